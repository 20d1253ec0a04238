//! Targets (chỉ tiêu): plan vs actual, percent achieved, met / exceeded / missed, and the
//! "16/16 đạt, 09/16 vượt" roll-up.

use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

use crate::period::Period;
use crate::{FieldError, Valid, labelled_enum, text};

labelled_enum! {
    /// Whether a larger actual value is better (revenue) or a smaller one (poverty rate).
    Direction {
        Higher = "higher", "Càng cao càng tốt", "Higher is better";
        Lower = "lower", "Càng thấp càng tốt", "Lower is better";
    }
}

labelled_enum! {
    /// How an indicator ended against its plan. "Đạt" counts met and exceeded together.
    TargetOutcome {
        Exceeded = "exceeded", "Vượt", "Exceeded";
        Met = "met", "Đạt", "Met";
        Missed = "missed", "Không đạt", "Missed";
        Pending = "pending", "Chưa có số liệu", "No data yet";
    }
}

/// Percent of plan achieved, oriented so that 100 means "exactly as planned" and more is
/// better in both directions. `None` when there is no actual value or the ratio is undefined.
pub fn percent_achieved(direction: Direction, planned: f64, actual: Option<f64>) -> Option<f64> {
    let actual = actual?;
    let pct = match direction {
        Direction::Higher if planned != 0.0 => actual / planned * 100.0,
        Direction::Lower if actual != 0.0 => planned / actual * 100.0,
        // A "lower" target reaching zero, or a zero plan, is met when the actual is no worse.
        Direction::Lower => return Some(if planned >= 0.0 { 100.0 } else { 0.0 }),
        Direction::Higher => return Some(if actual >= 0.0 { 100.0 } else { 0.0 }),
    };
    pct.is_finite().then_some(pct)
}

/// The outcome, decided by comparing values (not the rounded percent), so that an actual
/// exactly equal to the plan is "met" and anything better is "exceeded".
pub fn outcome(direction: Direction, planned: f64, actual: Option<f64>) -> TargetOutcome {
    let Some(actual) = actual else {
        return TargetOutcome::Pending;
    };
    let better = match direction {
        Direction::Higher => actual - planned,
        Direction::Lower => planned - actual,
    };
    // Values are entered with at most a few decimals; treat float noise as equality.
    let tolerance = 1e-9 * planned.abs().max(1.0);
    if better > tolerance {
        TargetOutcome::Exceeded
    } else if better >= -tolerance {
        TargetOutcome::Met
    } else {
        TargetOutcome::Missed
    }
}

/// Counts of outcomes over a set of targets.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
pub struct TargetSummary {
    pub total: i64,
    pub exceeded: i64,
    pub met: i64,
    pub missed: i64,
    pub pending: i64,
}

impl TargetSummary {
    pub fn add(&mut self, o: TargetOutcome) {
        self.add_n(o, 1);
    }

    pub fn add_n(&mut self, o: TargetOutcome, n: i64) {
        self.total += n;
        match o {
            TargetOutcome::Exceeded => self.exceeded += n,
            TargetOutcome::Met => self.met += n,
            TargetOutcome::Missed => self.missed += n,
            TargetOutcome::Pending => self.pending += n,
        }
    }

    /// Met or exceeded ("đạt").
    pub fn achieved(&self) -> i64 {
        self.exceeded + self.met
    }

    /// "16/16 đạt, 09/16 vượt" — counts zero-padded to the width of the total, as offices write them.
    pub fn headline_vi(&self) -> String {
        let w = self.total.to_string().len().max(2);
        format!(
            "{:0w$}/{:0w$} đạt, {:0w$}/{:0w$} vượt",
            self.achieved(),
            self.total,
            self.exceeded,
            self.total
        )
    }

    pub fn headline_en(&self) -> String {
        format!(
            "{}/{} met, {}/{} exceeded",
            self.achieved(),
            self.total,
            self.exceeded,
            self.total
        )
    }
}

/// What a client sends to create or edit a target.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ToSchema)]
pub struct TargetInput {
    pub unit_id: i64,
    /// `2020`, `2023-H1`, `2023-Q3` or `2023-09`.
    #[schema(value_type = String, example = "2020")]
    pub period: Period,
    pub indicator: String,
    /// Unit of measure: "tỷ đồng", "%", "hộ"…
    pub uom: String,
    pub direction: Direction,
    pub planned: f64,
}

impl TargetInput {
    pub fn validate(self) -> Result<Valid<TargetInput>, FieldError> {
        if !self.planned.is_finite() || self.planned < 0.0 {
            return Err(FieldError::invalid(
                "planned",
                "Giá trị kế hoạch phải là một số không âm.",
                "The planned value must be a number, not negative.",
            ));
        }
        Ok(Valid::new(TargetInput {
            indicator: text::line("indicator", &self.indicator, 300)?,
            uom: text::line("uom", &self.uom, 40)?,
            ..self
        }))
    }
}

/// Checks a measured actual value.
pub fn check_actual(value: f64) -> Result<f64, FieldError> {
    if value.is_finite() && value >= 0.0 {
        Ok(value)
    } else {
        Err(FieldError::invalid(
            "value",
            "Giá trị thực hiện phải là một số không âm.",
            "The actual value must be a number, not negative.",
        ))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn long_bien_2020_headline() {
        let mut s = TargetSummary::default();
        // Budget revenue 107%, land certificates 329%, poverty reduction 195%, ...
        for (p, a) in [(100.0, 107.0), (100.0, 329.0), (100.0, 195.0)] {
            s.add(outcome(Direction::Higher, p, Some(a)));
        }
        for _ in 0..6 {
            s.add(outcome(Direction::Higher, 10.0, Some(11.0)));
        }
        for _ in 0..7 {
            s.add(outcome(Direction::Higher, 10.0, Some(10.0)));
        }
        assert_eq!(s.headline_vi(), "16/16 đạt, 09/16 vượt");
        assert_eq!(
            percent_achieved(Direction::Higher, 6500.0, Some(6955.0)).map(|p| p.round()),
            Some(107.0)
        );
    }

    #[test]
    fn lower_is_better() {
        assert_eq!(outcome(Direction::Lower, 1.0, Some(0.8)), TargetOutcome::Exceeded);
        assert_eq!(outcome(Direction::Lower, 1.0, Some(1.0)), TargetOutcome::Met);
        assert_eq!(outcome(Direction::Lower, 1.0, Some(1.2)), TargetOutcome::Missed);
        assert_eq!(outcome(Direction::Lower, 1.0, None), TargetOutcome::Pending);
        assert_eq!(percent_achieved(Direction::Lower, 1.0, Some(0.5)), Some(200.0));
    }

    proptest! {
        #[test]
        fn outcome_agrees_with_percent(planned in 0.1f64..1e6, actual in 0.0f64..2e6, higher: bool) {
            let d = if higher { Direction::Higher } else { Direction::Lower };
            let pct = percent_achieved(d, planned, Some(actual));
            let o = outcome(d, planned, Some(actual));
            if let Some(p) = pct {
                match o {
                    TargetOutcome::Exceeded => prop_assert!(p > 99.9999),
                    TargetOutcome::Met => prop_assert!((p - 100.0).abs() < 1e-3),
                    TargetOutcome::Missed => prop_assert!(p < 100.0001),
                    TargetOutcome::Pending => prop_assert!(false),
                }
            }
        }
    }
}
