//! What the real-text measurements share (`real_world.rs`, `heldout.rs`): how a passage's
//! answer is written for comparison, and how found and expected answers are matched.

use chrono::NaiveDate;
use serde_json::Value;
use vntext::refs::extract_refs;
use vntext::{DeadlineValue, parse_deadline};

/// A reference as compared: its normalised symbol and its date (`-` when none).
pub fn with_date(symbol: &str, date: Option<&str>) -> String {
    format!("{symbol}@{}", date.unwrap_or("-"))
}

/// The labelled references of a case (`expect: [{symbol, date}]`).
pub fn expected_refs(case: &Value) -> Vec<String> {
    case["expect"]
        .as_array()
        .into_iter()
        .flatten()
        .map(|e| with_date(e["symbol"].as_str().unwrap_or_default(), e["date"].as_str()))
        .collect()
}

/// The references the engine finds in `text`, as compared.
pub fn found_refs(text: &str) -> Vec<String> {
    extract_refs(text)
        .iter()
        .map(|r| with_date(&r.symbol.normalized, r.date.map(|d| d.to_string()).as_deref()))
        .collect()
}

/// The engine's reading of a deadline phrase: the due date, the recurrence's code, or `err`.
pub fn deadline_answer(phrase: &str, issued: Option<NaiveDate>) -> String {
    match parse_deadline(phrase, issued) {
        Ok(d) => match d.value {
            DeadlineValue::Due(date) => date.to_string(),
            DeadlineValue::Recurrence(r) => r.as_str().to_string(),
        },
        Err(_) => "err".to_string(),
    }
}

/// Matches `found` against `expected` as multisets: (true positives, extras, missing).
pub fn score(found: &[String], expected: &[String]) -> (usize, Vec<String>, Vec<String>) {
    let mut left: Vec<String> = expected.to_vec();
    let mut extra = Vec::new();
    let mut tp = 0;
    for f in found {
        match left.iter().position(|e| e == f) {
            Some(p) => {
                left.remove(p);
                tp += 1;
            }
            None => extra.push(f.clone()),
        }
    }
    (tp, extra, left)
}
