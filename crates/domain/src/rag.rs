//! Red/amber/green assessment of a unit's tasks — the thresholds live here and only here.
//!
//! "Due" tasks are those whose deadline has arrived or that are done: completed (on time or
//! late) plus overdue. Tasks still within their deadline do not count against a unit.

use crate::FieldError;

/// The thresholds of the assessment, in percent. An installation may set its own (the
/// `rag_*` settings of the configuration); [`Thresholds::default`] is the rule as shipped.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Thresholds {
    /// Green needs at least this share of due tasks completed on time, and no overdue.
    pub green_on_time_min: f64,
    /// Red from this share of overdue tasks among live (not cancelled) ones…
    pub red_overdue_share_min: f64,
    /// …or when fewer than this share of due tasks are completed.
    pub red_completion_below: f64,
}

impl Default for Thresholds {
    fn default() -> Self {
        Thresholds {
            green_on_time_min: 90.0,
            red_overdue_share_min: 10.0,
            red_completion_below: 60.0,
        }
    }
}

impl Thresholds {
    /// Each threshold is a percentage; the field named is the setting at fault.
    pub fn validate(self) -> Result<Thresholds, FieldError> {
        for (field, v) in [
            ("rag_green_on_time", self.green_on_time_min),
            ("rag_red_overdue", self.red_overdue_share_min),
            ("rag_red_completion", self.red_completion_below),
        ] {
            if !(0.0..=100.0).contains(&v) {
                return Err(FieldError::invalid(
                    field,
                    "Ngưỡng phải là tỷ lệ phần trăm từ 0 đến 100.",
                    "A threshold is a percentage from 0 to 100.",
                ));
            }
        }
        Ok(self)
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Rag {
    Green,
    Amber,
    Red,
    /// No live task: nothing to judge.
    None,
}

/// The task counts an assessment reads.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Tally {
    pub total: i64,
    pub cancelled: i64,
    pub on_time: i64,
    pub late: i64,
    pub overdue: i64,
}

impl Rag {
    /// Every assessment, in the order a legend lists them.
    pub const ALL: [Rag; 4] = [Rag::Green, Rag::Amber, Rag::Red, Rag::None];

    pub fn assess(t: &Tally, th: &Thresholds) -> Rag {
        let live = t.total - t.cancelled;
        if live <= 0 {
            return Rag::None;
        }
        let done = t.on_time + t.late;
        let due = done + t.overdue;
        let share = |n: i64, d: i64| if d > 0 { n as f64 * 100.0 / d as f64 } else { 100.0 };
        if t.overdue as f64 * 100.0 / live as f64 >= th.red_overdue_share_min
            || share(done, due) < th.red_completion_below
        {
            Rag::Red
        } else if t.overdue == 0 && share(t.on_time, due) >= th.green_on_time_min {
            Rag::Green
        } else {
            Rag::Amber
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn tally(total: i64, on_time: i64, late: i64, overdue: i64) -> Tally {
        Tally {
            total,
            cancelled: 0,
            on_time,
            late,
            overdue,
        }
    }

    #[test]
    fn the_shipped_rule() {
        let th = Thresholds::default();
        assert_eq!(Rag::assess(&tally(10, 10, 0, 0), &th), Rag::Green);
        assert_eq!(
            Rag::assess(&tally(20, 16, 3, 1), &th),
            Rag::Amber,
            "one overdue is not green"
        );
        assert_eq!(Rag::assess(&tally(10, 8, 0, 2), &th), Rag::Red, "20% overdue");
        assert_eq!(
            Rag::assess(&tally(10, 2, 0, 0), &th),
            Rag::Green,
            "nothing due yet counts as done"
        );
        assert_eq!(Rag::assess(&Tally::default(), &th), Rag::None);
    }

    #[test]
    fn an_installation_sets_its_own_thresholds() {
        let strict = Thresholds {
            green_on_time_min: 100.0,
            red_overdue_share_min: 5.0,
            red_completion_below: 80.0,
        }
        .validate()
        .unwrap();
        let t = tally(100, 95, 0, 0);
        assert_eq!(Rag::assess(&t, &Thresholds::default()), Rag::Green);
        assert_eq!(Rag::assess(&t, &strict), Rag::Green);
        let t = tally(100, 90, 3, 6);
        assert_eq!(Rag::assess(&t, &Thresholds::default()), Rag::Amber);
        assert_eq!(Rag::assess(&t, &strict), Rag::Red, "6% overdue ≥ 5%");
        let bad = Thresholds {
            green_on_time_min: 120.0,
            ..Thresholds::default()
        };
        assert_eq!(bad.validate().unwrap_err().field, "rag_green_on_time");
    }
}
