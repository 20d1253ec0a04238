//! The tasks of one prose line once its sentences are read: a task drafted from a sentence,
//! its deadline set, and what the line as a whole says about them — a dated intro that dates
//! the items under it, a unit's name read as a piece of its own. Split from `prose.rs`, which
//! walks the paragraphs.

use chrono::NaiveDate;

use super::TaskDraft;
use crate::deadline::parse_deadline;

/// A task drafted from a sentence: its lead (a list naming one body then others gives the
/// first, `unit_list::first_named`), support and deadline.
pub(super) fn task(
    sentence: &str,
    lead: Option<(String, Vec<String>)>,
    dl: Option<String>,
    issued: Option<NaiveDate>,
) -> TaskDraft {
    let (lead, support) = lead
        .map(|(l, s)| (Some(super::unit_list::first_named(&l).to_string()), s))
        .unwrap_or_default();
    let mut t = TaskDraft {
        title: sentence.trim().trim_end_matches(['.', ';', ':']).trim().to_string(),
        lead,
        support,
        ..TaskDraft::default()
    };
    if let Some(dl) = dl {
        set_deadline(&mut t, dl, issued);
    }
    t
}

pub(super) fn set_deadline(t: &mut TaskDraft, text: String, issued: Option<NaiveDate>) {
    t.deadline = parse_deadline(&text, issued).ok();
    t.deadline_text = Some(text);
}

/// After the sentences of `line` gave `out[before_line..]`: "… nhấn mạnh một số công việc
/// trọng tâm cần thực hiện trong tháng 9 năm 2020, cụ thể như sau:" then "- Các ấp …" — the
/// intro dates the items under it (`intro_due` carries it from line to line) and is no task;
/// "Phòng Văn hoá và Thông tin: Xây dựng chuyên mục …" — the unit's name, read as a piece of
/// its own before its work, is no task.
pub(super) fn settle_line(
    out: &mut Vec<TaskDraft>,
    before_line: usize,
    is_item: bool,
    line: &str,
    issued: Option<NaiveDate>,
    intro_due: &mut Option<String>,
    shared: &[(usize, String)],
) {
    if !is_item {
        *intro_due = super::sentence_kind::dated_work_intro(line, issued);
        if intro_due.is_some() {
            out.truncate(before_line);
        } else if out.len() == before_line {
            *intro_due = time_for_items(line, issued);
        }
    } else if let Some(dl) = intro_due.as_ref() {
        for t in out[before_line..].iter_mut().filter(|t| t.deadline_text.is_none()) {
            set_deadline(t, dl.clone(), issued);
        }
    }
    // Indices of `shared` point into `out`: leave the line as it is if one points past it.
    if shared.iter().any(|&(i, _)| i > before_line) {
        return;
    }
    let mut i = before_line;
    while i + 1 < out.len() {
        let bare = out[i].lead.as_deref() == Some(out[i].title.as_str()) && out[i + 1].lead == out[i].lead;
        if bare {
            out.remove(i);
        } else {
            i += 1;
        }
    }
}

/// "Thời gian treo cờ Tổ quốc: Từ ngày 23/7/2025 đến hết ngày 27/7/2025." on a line of its own
/// that gave no task, before numbered items ("1. Trung tâm … thông tin …", "2. Các cơ quan …
/// thực hiện treo cờ …"): the time of the work the items share; each item without a time of
/// its own takes it.
fn time_for_items(line: &str, issued: Option<NaiveDate>) -> Option<String> {
    let f = crate::text::fold(line);
    if !f.starts_with("thoi gian ") && !f.starts_with("thoi han ") {
        return None;
    }
    let (_, rest) = line.split_once(':')?;
    let rest = rest.trim().trim_end_matches(['.', ';']).trim();
    let due = parse_deadline(rest, issued).ok()?.due().is_some();
    due.then(|| rest.to_string())
}
