//! How the task-list rounds' tests read a text (`task_lists_twentyfirst.rs` …): as the CLI reads
//! a file, each task as its title, lead, due date and recurrence. Each test file uses a part.
#![allow(dead_code)]

use vntext::plan::extract_plan;

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
