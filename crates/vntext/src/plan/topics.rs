//! Items of a conclusion notice that name the matter they answer before who does what:
//! "2. Về dự án … Nghi Sơn: Bộ Xây dựng khẩn trương rà soát …, báo cáo … trước ngày 31
//! tháng 12 năm 2025.", or "3. Về kiến nghị …:" over a paragraph "Giao Bộ Công Thương
//! nghiên cứu, xử lý …". The matter ("Về …") is no work and names no unit; the text after
//! its colon is read sentence by sentence, each sentence that names its unit a task of its
//! own ("… Tập đoàn … chủ động làm việc …. Để xác định vị trí …, Ủy ban nhân dân tỉnh
//! Thanh Hóa phối hợp …"), a sentence without one completing the task before it ("…
//! xem xét, xử lý theo đúng quy định. Đối với nội dung vượt thẩm quyền, đề xuất báo cáo …
//! trước ngày 25 tháng 12 năm 2025.").

use chrono::NaiveDate;

use super::TaskDraft;
use super::lead::{assigned_unit, lead_of};
use super::pieces::{sentences, starts_with_subject};
use super::sentence_kind::{closing_formula, is_closing};
use super::sentence_time::deadline_of;
use super::tree::Node;
use crate::deadline::parse_deadline;
use crate::text::fold;

/// The text after a topic item's "Về …:", when the item is one.
fn topic_body(n: &Node) -> Option<String> {
    let (topic, after) = n.heading.split_once(':')?;
    if !fold(topic.trim_start()).starts_with("ve ") || n.row.is_some() || !n.children.is_empty() {
        return None;
    }
    let mut body = after.trim().to_string();
    for e in &n.extra {
        if !body.is_empty() {
            body.push(' ');
        }
        body.push_str(e.trim());
    }
    (!body.is_empty()).then_some(body)
}

/// Tasks of a topic item (empty when the item is none, or names no unit after its topic).
pub(super) fn topic_tasks(n: &Node, parent: Option<String>, issued: Option<NaiveDate>) -> Vec<TaskDraft> {
    let Some(body) = topic_body(n) else {
        return Vec::new();
    };
    let mut out: Vec<TaskDraft> = Vec::new();
    for sentence in sentences(&body) {
        // "… Văn phòng Chính phủ xin trân trọng thông báo./": the notice's closing formula
        // after its last topic item is no work.
        if is_closing(sentence) || closing_formula(sentence) {
            continue;
        }
        for piece in units_pieces(sentence) {
            let piece = piece.trim().trim_end_matches(['.', ';']).trim();
            if piece.is_empty() {
                continue;
            }
            let deadline_text = deadline_of(piece, issued);
            match read_lead(piece) {
                Some(((lead, support), _)) => {
                    let code = match out.len() {
                        0 => n.code.clone(),
                        k => format!("{}~{}", n.code, k + 1),
                    };
                    let deadline = deadline_text.as_deref().and_then(|t| parse_deadline(t, issued).ok());
                    out.push(TaskDraft {
                        code,
                        parent: parent.clone(),
                        title: piece.split_whitespace().collect::<Vec<_>>().join(" "),
                        lead: Some(lead),
                        support,
                        deadline_text,
                        deadline,
                        output: None,
                    });
                }
                None => {
                    if let Some(last) = out.last_mut()
                        && last.deadline.is_none()
                        && let Some(t) = deadline_text
                    {
                        last.deadline = parse_deadline(&t, issued).ok();
                        last.deadline_text = Some(t);
                    }
                }
            }
        }
    }
    out
}

/// The unit a piece gives its work to: the one an order word names ("giao Tập đoàn … làm
/// việc …"), else its subject, also after an opening clause ("với vai trò là chủ đầu tư,
/// Tập đoàn … chủ động làm việc …").
fn read_lead(piece: &str) -> Option<((String, Vec<String>), bool)> {
    if let Some(found) = assigned_unit(piece) {
        return Some((found, true));
    }
    lead_of(piece).or_else(|| {
        let (opening, rest) = piece.split_once(", ")?;
        (opening.split_whitespace().count() <= 12 && starts_with_subject(rest))
            .then(|| lead_of(rest))
            .flatten()
    })
}

/// A sentence cut before each "; " that opens with another unit and its verb ("…, hoàn
/// thành trong tháng 12 năm 2025; Bộ Khoa học và Công nghệ hướng dẫn …").
fn units_pieces(sentence: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let mut start = 0;
    for (p, _) in sentence.match_indices("; ") {
        if starts_with_subject(&sentence[p + 2..]) {
            out.push(&sentence[start..p]);
            start = p + 2;
        }
    }
    out.push(&sentence[start..]);
    out
}
