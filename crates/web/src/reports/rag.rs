//! How the red/amber/green assessment (a domain rule: `domain::rag`) looks on pages.

pub use domain::rag::Rag;
use domain::rag::{Tally, Thresholds};
use domain::status::TaskStatus;
use store::rollup::StatusCounts;

/// The assessment of a roll-up line.
pub fn of(c: &StatusCounts, th: &Thresholds) -> Rag {
    Rag::assess(
        &Tally {
            total: c.total,
            cancelled: c.get(TaskStatus::Cancelled),
            on_time: c.get(TaskStatus::CompletedOnTime),
            late: c.get(TaskStatus::CompletedLate),
            overdue: c.get(TaskStatus::Overdue),
        },
        th,
    )
}

/// The rule in words, with the installation's thresholds (not restated).
pub fn rule_text(lang: crate::error::Lang, th: &Thresholds) -> String {
    let pct = |x: f64| crate::kit::fmt::number(x, if x.fract() == 0.0 { 0 } else { 1 });
    crate::kit::i18n::t(lang, "rag_rule")
        .replace("{green}", &pct(th.green_on_time_min))
        .replace("{red_overdue}", &pct(th.red_overdue_share_min))
        .replace("{red_done}", &pct(th.red_completion_below))
}

/// Badge class, label key and chart colour of an assessment.
pub trait RagStyle {
    fn class(self) -> &'static str;
    fn key(self) -> &'static str;
    fn fill(self) -> &'static str;
}

impl RagStyle for Rag {
    fn class(self) -> &'static str {
        match self {
            Rag::Green => "badge green",
            Rag::Amber => "badge amber",
            Rag::Red => "badge red",
            Rag::None => "badge grey",
        }
    }

    /// The i18n key of its label.
    fn key(self) -> &'static str {
        match self {
            Rag::Green => "rag_green",
            Rag::Amber => "rag_amber",
            Rag::Red => "rag_red",
            Rag::None => "rag_none",
        }
    }

    /// Bar colour in charts (contrast ≥ 4.5:1 against white for the labels beside them).
    fn fill(self) -> &'static str {
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

    /// The shipped rule.
    fn of(c: &StatusCounts) -> Rag {
        super::of(c, &Thresholds::default())
    }

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
        assert_eq!(of(&counts(&[])), Rag::None);
        assert_eq!(
            of(&counts(&[(CompletedOnTime, 9), (CompletedLate, 1), (InProgress, 5)])),
            Rag::Green
        );
        assert_eq!(
            of(&counts(&[(CompletedOnTime, 8), (CompletedLate, 2), (InProgress, 5)])),
            Rag::Amber
        );
        // One overdue among 20 live: 5% — amber, not green.
        assert_eq!(
            of(&counts(&[(CompletedOnTime, 10), (Overdue, 1), (InProgress, 9)])),
            Rag::Amber
        );
        // 10% overdue: red.
        assert_eq!(
            of(&counts(&[(CompletedOnTime, 10), (Overdue, 2), (InProgress, 8)])),
            Rag::Red
        );
        // Fewer than 60% of due tasks done: red.
        assert_eq!(
            of(&counts(&[(CompletedLate, 1), (Overdue, 1), (InProgress, 98)])),
            Rag::Red
        );
        // Nothing due yet: green.
        assert_eq!(of(&counts(&[(InProgress, 3)])), Rag::Green);
    }
}
