//! Leaders are also scored on their unit (Nghị định 335): the unit's part counts in full when
//! every subordinate is rated at least "hoàn thành", and at half when any is below.
//!
//! How that enters the score is not published in text; the decision, as rule-set data
//! ([`LeaderRule`]), is: the leader's task-results points are a blend
//!
//! ```text
//! points = (1 − unit_share) × own + unit_share × unit × factor
//! ```
//!
//! where `own` is the task-results points of the leader's own tasks, `unit` the task-results
//! points of the unit's tasks (the same formula over the tasks the unit leads — its
//! organising capacity: planned work done on time, to standard), and `factor` the full or the
//! reduced factor by the subordinates' levels. With the shipped defaults (share 50 %, factors
//! 100 %/50 %) a leader whose unit has a subordinate rated "không hoàn thành" loses at most
//! 17.5 of the 70 points. When the unit has no counted task, its part is not assessable and
//! the leader is scored on their own tasks alone (said so in the explanation).

use serde::{Deserialize, Serialize};

use super::explain::Line;
use super::facts::{TaskRecord, count_in_window};
use super::fixed::{Percent, Points, round_ratio};
use super::level::Level;
use super::ruleset::{LeaderRule, RuleSet};
use super::score::ratio_points;
use crate::FieldError;
use chrono::NaiveDate;

/// What the store loads for a leader besides their own tasks.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct LeaderInput {
    /// The tasks the leader's unit leads (lead unit = the unit), for its organising capacity.
    pub unit_tasks: Vec<TaskRecord>,
    /// The levels decided for the leader's direct subordinates this period.
    pub subordinate_levels: Vec<Level>,
}

/// The leader's task-results points and how they were blended.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
pub struct LeaderPart {
    /// Points of the leader's own tasks.
    pub own: Points,
    /// Points of the unit's tasks; none when the unit had no counted task.
    pub unit: Option<Points>,
    pub unit_share: Percent,
    pub factor: Percent,
    pub subordinates: u32,
    /// Subordinates rated below the rule's level.
    pub below: u32,
    /// The blended task-results points.
    pub points: Points,
}

/// Blends the leader's own task-results points with the unit's.
pub fn leader_part(
    rules: &RuleSet,
    rule: &LeaderRule,
    window: (NaiveDate, NaiveDate),
    own: Points,
    input: &LeaderInput,
) -> Result<LeaderPart, FieldError> {
    let unit_facts = count_in_window(&rules.task_results, window.0, window.1, &input.unit_tasks)?;
    let unit = ratio_points(rules.frame.task_results, &rules.task_results.weights, &unit_facts.tally);
    let below = input
        .subordinate_levels
        .iter()
        .filter(|l| !l.at_least(rule.reduced_when_below))
        .count();
    let factor = if below == 0 {
        rule.full_factor
    } else {
        rule.reduced_factor
    };
    let points = match unit {
        None => own,
        Some(unit) => {
            let share = i128::from(rule.unit_share.hundredths());
            let whole = i128::from(Percent::HUNDRED.hundredths());
            let num = i128::from(own.hundredths()) * (whole - share) * whole
                + i128::from(unit.hundredths()) * share * i128::from(factor.hundredths());
            Points::from_hundredths(round_ratio(num, whole * whole))
        }
    };
    Ok(LeaderPart {
        own,
        unit,
        unit_share: rule.unit_share,
        factor,
        subordinates: u32::try_from(input.subordinate_levels.len()).unwrap_or(u32::MAX),
        below: u32::try_from(below).unwrap_or(u32::MAX),
        points,
    })
}

impl LeaderPart {
    pub fn explain(&self, rule: &LeaderRule) -> Line {
        let Some(unit) = self.unit else {
            return Line::new(
                format!(
                    "Đơn vị không có nhiệm vụ được theo dõi trong kỳ: điểm kết quả thực hiện nhiệm vụ của người lãnh đạo chỉ tính từ nhiệm vụ của bản thân ({} điểm).",
                    self.own.vi()
                ),
                format!(
                    "The unit had no tracked task this period: the leader's task-results points come from their own tasks only ({}).",
                    self.own.en()
                ),
            );
        };
        let own_share = Percent::HUNDRED - self.unit_share;
        let (why_vi, why_en) = if self.below == 0 {
            (
                format!(
                    "{}/{} cá nhân thuộc quyền đạt {} trở lên",
                    self.subordinates,
                    self.subordinates,
                    rule.reduced_when_below.label_vi()
                ),
                format!(
                    "{}/{} subordinates rated {} or better",
                    self.subordinates,
                    self.subordinates,
                    rule.reduced_when_below.label_en()
                ),
            )
        } else {
            (
                format!(
                    "{}/{} cá nhân thuộc quyền dưới mức {}",
                    self.below,
                    self.subordinates,
                    rule.reduced_when_below.label_vi()
                ),
                format!(
                    "{}/{} subordinates rated below {}",
                    self.below,
                    self.subordinates,
                    rule.reduced_when_below.label_en()
                ),
            )
        };
        Line::new(
            format!(
                "Người lãnh đạo: {} % × {} (nhiệm vụ của bản thân) + {} % × {} (kết quả của đơn vị) × {} % ({why_vi}) = {} điểm.",
                own_share.vi(),
                self.own.vi(),
                self.unit_share.vi(),
                unit.vi(),
                self.factor.vi(),
                self.points.vi()
            ),
            format!(
                "Leader: {} % × {} (own tasks) + {} % × {} (unit results) × {} % ({why_en}) = {}.",
                own_share.en(),
                self.own.en(),
                self.unit_share.en(),
                unit.en(),
                self.factor.en(),
                self.points.en()
            ),
        )
    }
}
