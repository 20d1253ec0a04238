//! Where a span of time ends in a given year: the day a deadline written as a month, a
//! quarter, a half or a year (or an early or middle part of one) falls due, and the day before
//! such a period starts ("trước tháng 5/2025"). Split from `parse`, which resolves spans.

use chrono::NaiveDate;

use super::scan::{Part, Span};

/// The last day of the period before a month, quarter or year ("trước tháng 5/2025" is
/// due on 30/4/2025).
pub(super) fn end_before(span: Span, year: i32) -> Option<NaiveDate> {
    let start = match span {
        Span::Month {
            month,
            part: Part::Whole,
        } => NaiveDate::from_ymd_opt(year, month, 1)?,
        Span::Quarter(q) => NaiveDate::from_ymd_opt(year, q.checked_mul(3)?.checked_sub(2)?, 1)?,
        Span::Year { part: Part::Whole, .. } => NaiveDate::from_ymd_opt(year, 1, 1)?,
        _ => return None,
    };
    start.pred_opt()
}

/// Whether the span itself is a guess ("đầu tháng", "giữa năm").
pub(super) fn guessy(span: Span) -> bool {
    matches!(
        span,
        Span::Month {
            part: Part::Early | Part::Mid,
            ..
        } | Span::Year {
            part: Part::Early | Part::Mid,
            ..
        }
    )
}

/// The day a span ends in a given year.
pub(super) fn end_of(span: Span, year: i32) -> Option<NaiveDate> {
    match span {
        Span::Full(d) => d,
        Span::DayMonth { day, month } => NaiveDate::from_ymd_opt(year, month, day),
        Span::Month {
            month,
            part: Part::Whole,
        } => last_day(year, month),
        Span::Month {
            month,
            part: Part::Early,
        } => NaiveDate::from_ymd_opt(year, month, 10),
        Span::Month { month, part: Part::Mid } => NaiveDate::from_ymd_opt(year, month, 20),
        Span::Quarter(q) if (1..=4).contains(&q) => last_day(year, q * 3),
        Span::Quarter(_) => None,
        Span::Half(h) => last_day(year, if h == 1 { 6 } else { 12 }),
        Span::Year { part: Part::Whole, .. } | Span::Period { .. } => NaiveDate::from_ymd_opt(year, 12, 31),
        Span::Year { part: Part::Early, .. } => NaiveDate::from_ymd_opt(year, 3, 31),
        Span::Year { part: Part::Mid, .. } => NaiveDate::from_ymd_opt(year, 6, 30),
        Span::Relative { .. } => None,
    }
}

/// The last day of a month.
fn last_day(year: i32, month: u32) -> Option<NaiveDate> {
    let (ny, nm) = if month == 12 { (year + 1, 1) } else { (year, month + 1) };
    if !(1..=12).contains(&month) {
        return None;
    }
    NaiveDate::from_ymd_opt(ny, nm, 1).and_then(|d| d.pred_opt())
}
