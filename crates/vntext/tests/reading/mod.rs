//! How the rounds' tests read a text: the task-list rounds (`task_lists_twentyfirst.rs` …) as the
//! CLI reads a file, each task as its title, lead, due date and recurrence; the reference rounds
//! (`refs_twentythird.rs` …) each reference as `symbol@date`. Each test file uses a part.
#![allow(dead_code)]

use vntext::plan::extract_plan;
use vntext::refs::extract_refs;

/// A task as read: title, lead, due date, recurrence.
pub type Read = (String, Option<String>, Option<String>, Option<String>);

/// The tasks read from `text` as the CLI reads a file (through `repair_ocr`).
pub fn tasks(text: &str) -> Vec<Read> {
    let plan = extract_plan(&vntext::repair_ocr(text)).to_cli();
    plan.tasks
        .into_iter()
        .map(|t| (t.title, t.lead, t.due, t.recurrence.map(str::to_string)))
        .collect()
}

/// The task whose title holds `piece`.
pub fn task(text: &str, piece: &str) -> Read {
    let all = tasks(text);
    all.iter()
        .find(|t| t.0.contains(piece))
        .cloned()
        .unwrap_or_else(|| panic!("no task {piece:?} in {all:?}"))
}

/// The lead of the task whose title holds `piece`.
pub fn lead(text: &str, piece: &str) -> Option<String> {
    task(text, piece).1
}

/// Whether some task's title holds `piece`.
pub fn has_task(text: &str, piece: &str) -> bool {
    tasks(text).iter().any(|t| t.0.contains(piece))
}

/// `symbol@date` for every reference found in `text`, in order (`-` for no date).
pub fn found(text: &str) -> Vec<String> {
    extract_refs(text)
        .iter()
        .map(|r| {
            let d = r.date.map_or("-".to_string(), |d| d.format("%Y-%m-%d").to_string());
            format!("{}@{d}", r.symbol.normalized)
        })
        .collect()
}
