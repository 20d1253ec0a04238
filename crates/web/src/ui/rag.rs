//! Red/amber/green for a unit's tasks — the thresholds live here and only here.
//!
//! "Due" tasks are those whose deadline has arrived or that are done: completed (on time or
//! late) plus overdue. Tasks still within their deadline do not count against a unit.

use domain::status::TaskStatus;
use store::rollup::StatusCounts;

/// Green needs at least this share (percent) of due tasks completed on time, and no overdue.
pub const GREEN_ON_TIME_MIN: f64 = 90.0;
/// Red from this share (percent) of overdue tasks among live (not cancelled) ones…
pub const RED_OVERDUE_SHARE_MIN: f64 = 10.0;
/// …or when fewer than this share (percent) of due tasks are completed.
pub const RED_COMPLETION_BELOW: f64 = 60.0;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Rag {
    Green,
    Amber,
    Red,
    /// No live task: nothing to judge.
    None,
}

impl Rag {
    /// Every assessment, in the order a legend lists them.
    pub const ALL: [Rag; 4] = [Rag::Green, Rag::Amber, Rag::Red, Rag::None];

    pub fn of(c: &StatusCounts) -> Rag {
        let live = c.total - c.get(TaskStatus::Cancelled);
        if live <= 0 {
            return Rag::None;
        }
        let on_time = c.get(TaskStatus::CompletedOnTime);
        let done = on_time + c.get(TaskStatus::CompletedLate);
        let overdue = c.get(TaskStatus::Overdue);
        let due = done + overdue;
        let share = |n: i64, d: i64| if d > 0 { n as f64 * 100.0 / d as f64 } else { 100.0 };
        if overdue as f64 * 100.0 / live as f64 >= RED_OVERDUE_SHARE_MIN || share(done, due) < RED_COMPLETION_BELOW {
            Rag::Red
        } else if overdue == 0 && share(on_time, due) >= GREEN_ON_TIME_MIN {
            Rag::Green
        } else {
            Rag::Amber
        }
    }

    pub fn class(self) -> &'static str {
        match self {
            Rag::Green => "badge green",
            Rag::Amber => "badge amber",
            Rag::Red => "badge red",
            Rag::None => "badge grey",
        }
    }

    /// The i18n key of its label.
    pub fn key(self) -> &'static str {
        match self {
            Rag::Green => "rag_green",
            Rag::Amber => "rag_amber",
            Rag::Red => "rag_red",
            Rag::None => "rag_none",
        }
    }

    /// Bar colour in charts (contrast ≥ 4.5:1 against white for the labels beside them).
    pub fn fill(self) -> &'static str {
        match self {
            Rag::Green => "#1e7b34",
            Rag::Amber => "#b35c00",
            Rag::Red => "#b3261e",
            Rag::None => "#6b7280",
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn counts(pairs: &[(TaskStatus, i64)]) -> StatusCounts {
        let mut c = StatusCounts::default();
        for (s, n) in pairs {
            c.total += n;
            c.by_status.insert(s.as_str().into(), *n);
        }
        c
    }

    #[test]
    fn thresholds() {
        use TaskStatus::*;
        assert_eq!(Rag::of(&counts(&[])), Rag::None);
        assert_eq!(
            Rag::of(&counts(&[(CompletedOnTime, 9), (CompletedLate, 1), (InProgress, 5)])),
            Rag::Green
        );
        assert_eq!(
            Rag::of(&counts(&[(CompletedOnTime, 8), (CompletedLate, 2), (InProgress, 5)])),
            Rag::Amber
        );
        // One overdue among 20 live: 5% — amber, not green.
        assert_eq!(
            Rag::of(&counts(&[(CompletedOnTime, 10), (Overdue, 1), (InProgress, 9)])),
            Rag::Amber
        );
        // 10% overdue: red.
        assert_eq!(
            Rag::of(&counts(&[(CompletedOnTime, 10), (Overdue, 2), (InProgress, 8)])),
            Rag::Red
        );
        // Fewer than 60% of due tasks done: red.
        assert_eq!(
            Rag::of(&counts(&[(CompletedLate, 1), (Overdue, 1), (InProgress, 98)])),
            Rag::Red
        );
        // Nothing due yet: green.
        assert_eq!(Rag::of(&counts(&[(InProgress, 3)])), Rag::Green);
    }
}
