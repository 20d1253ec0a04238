//! The closing paragraph of a plan after its last item: "Trên đây là Kế hoạch …. Đề nghị các
//! cơ quan, đơn vị nghiêm túc triển khai thực hiện. Định kỳ hằng năm (trước ngày 30 tháng 11)
//! báo cáo kết quả thực hiện về Sở Xây dựng …", "Ủy ban nhân dân Thành phố yêu cầu các Sở, ban,
//! ngành … nghiêm túc triển khai thực hiện; định kỳ … hàng năm báo cáo kết quả …". It restates
//! the plan and handles its problems; the one piece of work in it is the periodic report the
//! units it addresses owe, which is theirs.

use chrono::NaiveDate;

use super::TaskDraft;
use super::lead::lead_of;
use super::pieces::sentences;
use super::sentence_kind::closing_formula;
use crate::deadline::parse_deadline;
use crate::text::fold;

/// Whether a paragraph opens the plan's closing: "Trên đây là …", or an order to all the
/// units to carry the plan out ("… yêu cầu / đề nghị các … nghiêm túc triển khai thực hiện")
/// in its first sentence.
pub(super) fn opens_closing(paragraph: &str) -> bool {
    let f = fold(paragraph.trim());
    if f.starts_with("tren day la ") {
        return true;
    }
    let first = f.split(['.', ';']).next().unwrap_or_default();
    ["yeu cau cac ", "de nghi cac "].iter().any(|w| first.contains(w))
        && ["nghiem tuc trien khai", "nghiem tuc thuc hien", "nghiem tuc to chuc"]
            .iter()
            .any(|w| first.contains(w))
}

/// The periodic reports a closing paragraph asks of the units it addresses, as tasks of
/// those units (none when it names no units or asks no periodic report).
pub(super) fn report_tasks(paragraph: &str, code: &str, issued: Option<NaiveDate>) -> Vec<TaskDraft> {
    let Some(units) = addressees(paragraph) else {
        return Vec::new();
    };
    let mut out = Vec::new();
    for sentence in sentences(paragraph) {
        for clause in sentence.split(';') {
            let clause = clause.trim().trim_end_matches(['.', '/']).trim();
            if !fold(clause).contains("bao cao") || closing_formula(clause) {
                continue;
            }
            let Ok(deadline) = parse_deadline(clause, issued) else {
                continue;
            };
            if deadline.recurrence().is_none() {
                continue;
            }
            out.push(TaskDraft {
                code: format!("{code}~{}", out.len() + 1),
                parent: None,
                title: clause.split_whitespace().collect::<Vec<_>>().join(" "),
                lead: Some(units.clone()),
                support: Vec::new(),
                deadline_text: Some(clause.to_string()),
                deadline: Some(deadline),
                output: None,
            });
        }
    }
    out
}

/// The units the closing's order addresses: "đề nghị các cơ quan, đơn vị nghiêm túc …" →
/// "các cơ quan, đơn vị"; of a list, the first, as any order's lead is read.
fn addressees(paragraph: &str) -> Option<String> {
    let sentence = sentences(paragraph)
        .into_iter()
        .find(|s| fold(s).contains("nghiem tuc"))?;
    let f = fold(sentence);
    let from = ["yeu cau ", "de nghi "]
        .iter()
        .filter_map(|w| f.find(w).map(|k| k + w.len()))
        .min()?;
    let to = f.find(" nghiem tuc")?;
    if to <= from {
        return None;
    }
    let at = |k: usize| super::assign::byte_at_fold(sentence, k);
    let units = sentence[at(from)..at(to)].trim();
    let order = format!("{units} nghiêm túc triển khai thực hiện");
    let lead = lead_of(&order).map_or_else(|| units.to_string(), |((l, _), _)| l);
    (!lead.is_empty()).then_some(lead)
}
