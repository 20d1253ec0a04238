//! An item of a plan whose text goes on with further work after its first sentence: "3.
//! Sở Khoa học và Công nghệ / Chủ trì, phối hợp … tham mưu UBND tỉnh …. Nghiên cứu, xây
//! dựng và ban hành quy chuẩn …", "1. Các cơ quan, đơn vị, địa phương xây dựng Kế hoạch …
//! xong trong tháng 12/2025. Định kỳ báo cáo UBND tỉnh … hằng năm …", "c) … Đồng thời, các
//! địa phương chủ động quy hoạch, bố trí quỹ đất …". A later sentence that opens with a
//! verb of work (after a time adverb) or with a unit of its own is a task of its own: of
//! its own unit, else of the item's. It is split off only where that takes no deadline
//! from the item: when it has none, or when the text before it has its own.

use chrono::NaiveDate;

use super::TaskDraft;
use super::lead::{lead_of, strip_openers};
use super::pieces::{sentences, starts_with_subject};
use super::words::VERBS;
use crate::deadline::parse_deadline;
use crate::text::fold;

/// A lead and its supporting units.
type Lead = (String, Vec<String>);

/// Time adverbs that may open a sentence before its verb ("Định kỳ báo cáo …", "Hằng năm
/// tổ chức …"), folded.
const TIME_ADVERBS: &[&str] = &["dinh ky ", "hang nam ", "hang quy ", "hang thang ", "thuong xuyen "];

/// Sentences that only time or report on the work before them stay with it.
const NOT_WORK: &[&str] = &["thoi gian", "thoi han", "hoan thanh", "ket qua", "kinh phi"];

/// The task, and the tasks its later sentences are.
pub(super) fn spread(task: TaskDraft, more: &[&str], issued: Option<NaiveDate>) -> Vec<TaskDraft> {
    // Fast path: one sentence, nothing after it.
    if more.is_empty() && !task.title.contains(". ") && !task.title.contains(": ") {
        return vec![task];
    }
    // The item's own lines after its heading (not its fields) go on with its text.
    let mut text = task.title.clone();
    for line in more {
        // The title lost its full stop; a line that opens with a capital starts a sentence,
        // one in lowercase goes on with it.
        let capital = line.trim_start().starts_with(char::is_uppercase);
        text.push_str(if capital && !text.ends_with(['.', ';', ':']) {
            ". "
        } else {
            " "
        });
        text.push_str(line.trim());
    }
    let parts = sentences(&text);
    if parts.len() < 2 {
        return vec![task];
    }
    // (start of the piece in `parts`, its own lead if it names one)
    let mut cuts: Vec<(usize, Option<Lead>)> = Vec::new();
    for (k, s) in parts.iter().enumerate().skip(1) {
        // "Nhiệm vụ: Xây dựng …": what follows a colon is that line's content.
        if parts[k - 1].trim_end().ends_with(':') {
            continue;
        }
        let Some(own) = work_sentence(s) else { continue };
        let before = parts[cuts.last().map_or(0, |c| c.0)..k].join(" ");
        let dated = |t: &str| super::deadline_clause(t).is_some_and(|d| parse_deadline(&d, issued).is_ok());
        if dated(s) && !dated(&before) {
            continue;
        }
        cuts.push((k, own));
    }
    if cuts.is_empty() {
        return vec![task];
    }
    let join = |a: usize, b: usize| {
        let t = parts[a..b].join(" ");
        t.trim().trim_end_matches(['.', ';']).trim().to_string()
    };
    let mut out = Vec::with_capacity(cuts.len() + 1);
    let mut main = task.clone();
    main.title = join(0, cuts[0].0);
    let own_time = super::deadline_clause(&main.title).filter(|d| parse_deadline(d, issued).is_ok());
    if let Some(d) = &own_time {
        main.deadline = parse_deadline(d, issued).ok();
        main.deadline_text = Some(d.clone());
    }
    // A time the item has from its fields or from above ("Thời gian thực hiện: Hằng năm")
    // holds for the work split off it too, unless that work has its own.
    let shared = own_time
        .is_none()
        .then(|| (task.deadline.clone(), task.deadline_text.clone()));
    out.push(main);
    for (n, (start, own)) in cuts.iter().enumerate() {
        let end = cuts.get(n + 1).map_or(parts.len(), |c| c.0);
        let title = join(*start, end);
        let mut deadline_text = super::deadline_clause(&title);
        let mut deadline = deadline_text.as_deref().and_then(|d| parse_deadline(d, issued).ok());
        // "… hằng năm (trước ngày 15 tháng 11)": the recurrence of the whole sentence wins
        // over a day without its year in brackets.
        if deadline.is_none()
            && let Some(d) = parse_deadline(&title, issued).ok().filter(|d| d.recurrence().is_some())
        {
            deadline = Some(d);
            deadline_text = Some(title.clone());
        }
        if deadline.is_none()
            && let Some((d, t)) = &shared
        {
            deadline = d.clone();
            deadline_text = t.clone();
        }
        let (lead, support) = match own {
            Some((l, s)) => (Some(l.clone()), s.clone()),
            None => (task.lead.clone(), task.support.clone()),
        };
        out.push(TaskDraft {
            code: format!("{}~{}", task.code, n + 2),
            parent: task.parent.clone(),
            title,
            lead,
            support,
            deadline_text: deadline.as_ref().and(deadline_text),
            deadline,
            output: None,
        });
    }
    out
}

/// Whether a later sentence is work of its own: `Some(None)` when it opens with a verb of
/// work, `Some(Some(unit))` when it opens with a unit and its verb (after "Đồng thời, …").
fn work_sentence(s: &str) -> Option<Option<Lead>> {
    let s = s.trim();
    if s.split_whitespace().count() < 4 || !s.starts_with(char::is_uppercase) {
        return None;
    }
    // "ĐIỀU CHỈNH LẦN THỨ HAI VỀ CƠ CẤU, …": a heading in capitals, no work.
    if !s.chars().any(char::is_lowercase) {
        return None;
    }
    // "Chậm nhất là ngày 05 tháng 02 năm 2026, căn cứ vào …, Ủy ban Thường vụ Quốc hội tiến
    // hành …": the time first, the unit after it (read as an item's subject is).
    let f = fold(s);
    if ["cham nhat ", "truoc ngay ", "ket thuc "]
        .iter()
        .any(|o| f.starts_with(o))
        && let Some(unit) = super::subject_lead(s)
    {
        return Some(Some((unit, Vec::new())));
    }
    let opened = strip_openers(s);
    // "Đồng thời, giao Công an tỉnh chủ trì … thường xuyên rà soát …": after the opener, an
    // order that names its unit is new work of that unit, as a subject would be.
    let ordered = ["giao ", "de nghi ", "yeu cau "]
        .iter()
        .any(|w| fold(opened).starts_with(w));
    if opened.len() < s.len() && (starts_with_subject(opened) || ordered) {
        return lead_of(opened).filter(|(_, plain)| *plain).map(|(l, _)| Some(l));
    }
    let mut f = fold(s);
    for a in TIME_ADVERBS {
        if let Some(rest) = f.strip_prefix(a) {
            f = rest.to_string();
        }
    }
    if NOT_WORK.iter().any(|w| f.starts_with(w)) {
        return None;
    }
    VERBS
        .iter()
        .filter(|v| !["de", "trong", "lam", "nham", "can cu"].contains(v))
        .any(|v| f.starts_with(v) && f[v.len()..].starts_with([' ', ',']))
        .then_some(None)
}
