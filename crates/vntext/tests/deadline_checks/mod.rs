//! What the deadline tests of the rounds ask of `parse_deadline`: a due date, a recurrence, or
//! no deadline at all; each fails naming the phrase. Shared by the `deadlines_*` test files.
// Not every file uses every check.
#![allow(dead_code)]

pub use chrono::NaiveDate;
use vntext::Recurrence;
pub use vntext::parse_deadline;

pub fn day(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap()
}

pub fn due(phrase: &str, issued: Option<NaiveDate>) -> NaiveDate {
    parse_deadline(phrase, issued)
        .unwrap_or_else(|e| panic!("{phrase}: {e:?}"))
        .due()
        .unwrap_or_else(|| panic!("{phrase}: no due date"))
}

/// The recurrence of a phrase read without an issue date.
pub fn rec(phrase: &str) -> Recurrence {
    rec_on(phrase, None)
}

pub fn rec_on(phrase: &str, issued: Option<NaiveDate>) -> Recurrence {
    parse_deadline(phrase, issued)
        .unwrap_or_else(|e| panic!("{phrase}: {e:?}"))
        .recurrence()
        .unwrap_or_else(|| panic!("{phrase}: no recurrence"))
}

/// The phrase sets no deadline.
pub fn none(phrase: &str, issued: Option<NaiveDate>) {
    if let Ok(d) = parse_deadline(phrase, issued) {
        panic!("{phrase}: read {:?}", d.value);
    }
}
