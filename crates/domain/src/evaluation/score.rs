//! Scoring: the task-results points from the facts, and the checklist points entered by people.
//!
//! Task results (the formula's weights are rule-set data; the default reads Nghị định 335's
//! published formula as the mean of the three shares):
//!
//! ```text
//! quantity   = Σ weight of counted tasks completed            / Σ weight of counted tasks
//! quality    = Σ weight × (100 % − quality_deduction × failures, ≥ 0)   / Σ weight
//! timeliness = Σ weight × (100 % − timeliness_deduction × delays, ≥ 0)  / Σ weight
//! points     = frame.task_results × (kq·quantity + kl·quality + kt·timeliness) / (kq + kl + kt)
//! ```
//!
//! computed exactly and rounded once, half up, to a hundredth. Each task's share of it
//! (`possible` and `earned` on its fact) is rounded separately for its explanation line, so the
//! lines may differ from the total by rounding only.

use serde::{Deserialize, Serialize};

use super::explain::Line;
use super::facts::{FULL, PeriodFacts, TaskTally};
use super::fixed::{Percent, Points, round_ratio};
use super::level::applies;
use super::ruleset::{ComponentWeights, Criterion, NoTaskPolicy, RuleSet, Subject};
use crate::{FieldError, Valid, labelled_enum};

labelled_enum! {
    /// Where the task-results points came from.
    TaskPointsSource {
        Computed = "computed", "Tính từ nhiệm vụ được theo dõi", "Computed from the tracked tasks";
        Manual = "manual", "Người đánh giá nhập (không có nhiệm vụ được theo dõi)", "Entered by the evaluator (no tracked task)";
        FullWithoutTasks = "full_without_tasks", "Không có nhiệm vụ được theo dõi: tính đủ điểm", "No tracked task: full points";
        ZeroWithoutTasks = "zero_without_tasks", "Không có nhiệm vụ được theo dõi: không tính điểm", "No tracked task: no points";
    }
}

/// The task-results part of a score.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
pub struct TaskResults {
    pub points: Points,
    pub source: TaskPointsSource,
    /// The three shares of the assigned work (100 % when no task counted).
    pub quantity: Percent,
    pub quality: Percent,
    pub timeliness: Percent,
}

/// The task-results points of a tally, exactly; none when no task counted.
pub fn ratio_points(frame: Points, w: &ComponentWeights, t: &TaskTally) -> Option<Points> {
    let k = i128::from(w.sum());
    if t.assigned <= 0 || k == 0 {
        return None;
    }
    let full = i128::from(FULL);
    let num = i128::from(w.quantity) * i128::from(t.completed) * full
        + i128::from(w.quality) * i128::from(t.quality_credit)
        + i128::from(w.timeliness) * i128::from(t.timeliness_credit);
    let den = k * i128::from(t.assigned) * full;
    Some(Points::from_hundredths(round_ratio(
        i128::from(frame.hundredths()) * num,
        den,
    )))
}

/// Scores the task results of `facts` and fills each counted task's `possible` and `earned`.
/// `manual` is the evaluator's figure, accepted only when no task counts and the rule set says so.
pub fn task_results(
    rules: &RuleSet,
    facts: &mut PeriodFacts,
    manual: Option<Points>,
) -> Result<TaskResults, FieldError> {
    let frame = rules.frame.task_results;
    let w = rules.task_results.weights;
    let t = facts.tally;
    let shares = |t: &TaskTally| {
        (
            Percent::of(t.completed, t.assigned),
            Percent::of(t.quality_credit, t.full_credit()),
            Percent::of(t.timeliness_credit, t.full_credit()),
        )
    };
    let (quantity, quality, timeliness) = shares(&t);
    let Some(points) = ratio_points(frame, &w, &t) else {
        let (points, source) = without_tasks(rules, manual)?;
        return Ok(TaskResults {
            points,
            source,
            quantity,
            quality,
            timeliness,
        });
    };
    if manual.is_some() {
        return Err(FieldError::invalid(
            "task_points",
            "Kỳ này có nhiệm vụ được theo dõi nên điểm kết quả thực hiện nhiệm vụ được tính từ nhiệm vụ, không nhập tay.",
            "Tasks were tracked this period, so the task-results points are computed from them, not entered.",
        ));
    }
    let (k, a, full) = (i128::from(w.sum()), i128::from(t.assigned), i128::from(FULL));
    let frame_h = i128::from(frame.hundredths());
    for f in facts.tasks.iter_mut().filter(|f| f.counting.counts()) {
        let wt = i128::from(f.weight.hundredths());
        f.possible = Points::from_hundredths(round_ratio(frame_h * wt, a));
        let credit = i128::from(w.quantity) * i128::from(f.quantity.hundredths())
            + i128::from(w.quality) * i128::from(f.quality.hundredths())
            + i128::from(w.timeliness) * i128::from(f.timeliness.hundredths());
        f.earned = Points::from_hundredths(round_ratio(frame_h * wt * credit, k * full * a));
    }
    Ok(TaskResults {
        points,
        source: TaskPointsSource::Computed,
        quantity,
        quality,
        timeliness,
    })
}

fn without_tasks(rules: &RuleSet, manual: Option<Points>) -> Result<(Points, TaskPointsSource), FieldError> {
    let frame = rules.frame.task_results;
    match (rules.task_results.when_no_tasks, manual) {
        (NoTaskPolicy::Manual, None) => Err(FieldError::required("task_points")),
        (NoTaskPolicy::Manual, Some(p)) if p < Points::ZERO || p > frame => Err(FieldError::invalid(
            "task_points",
            format!(
                "Điểm kết quả thực hiện nhiệm vụ phải từ 0 đến {} (đang nhập {}).",
                frame.vi(),
                p.vi()
            ),
            format!(
                "Task-results points must be from 0 to {} (entered {}).",
                frame.en(),
                p.en()
            ),
        )),
        (NoTaskPolicy::Manual, Some(p)) => Ok((p, TaskPointsSource::Manual)),
        (_, Some(_)) => Err(FieldError::invalid(
            "task_points",
            "Bộ quy tắc này không cho nhập tay điểm kết quả thực hiện nhiệm vụ.",
            "This rule set does not accept entered task-results points.",
        )),
        (NoTaskPolicy::Full, None) => Ok((frame, TaskPointsSource::FullWithoutTasks)),
        (NoTaskPolicy::Zero, None) => Ok((Points::ZERO, TaskPointsSource::ZeroWithoutTasks)),
    }
}

impl TaskResults {
    /// The summary line: the three shares and the formula with its numbers.
    pub fn explain(&self, rules: &RuleSet) -> Line {
        let frame = rules.frame.task_results;
        if self.source != TaskPointsSource::Computed {
            return Line::new(
                format!("{}: {}/{} điểm.", self.source.label_vi(), self.points.vi(), frame.vi()),
                format!(
                    "{}: {}/{} points.",
                    self.source.label_en(),
                    self.points.en(),
                    frame.en()
                ),
            );
        }
        let w = rules.task_results.weights;
        Line::new(
            format!(
                "Số lượng {} %, chất lượng {} %, tiến độ {} %; điểm kết quả thực hiện nhiệm vụ = {} × ({}×{} % + {}×{} % + {}×{} %) / {} = {} điểm.",
                self.quantity.vi(),
                self.quality.vi(),
                self.timeliness.vi(),
                frame.vi(),
                w.quantity,
                self.quantity.vi(),
                w.quality,
                self.quality.vi(),
                w.timeliness,
                self.timeliness.vi(),
                w.sum(),
                self.points.vi()
            ),
            format!(
                "Quantity {} %, quality {} %, timeliness {} %; task-results points = {} × ({}×{} % + {}×{} % + {}×{} %) / {} = {}.",
                self.quantity.en(),
                self.quality.en(),
                self.timeliness.en(),
                frame.en(),
                w.quantity,
                self.quantity.en(),
                w.quality,
                self.quality.en(),
                w.timeliness,
                self.timeliness.en(),
                w.sum(),
                self.points.en()
            ),
        )
    }
}

/// Points given for one checklist item.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct CriterionScore {
    pub code: String,
    pub points: Points,
}

/// What people enter for a period: the checklist, bonus items, the task-results points when
/// no task was tracked, and the disqualifiers established.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct Assessment {
    pub criteria: Vec<CriterionScore>,
    #[serde(default)]
    pub bonus: Vec<CriterionScore>,
    #[serde(default)]
    pub task_points: Option<Points>,
    #[serde(default)]
    pub disqualifiers: Vec<String>,
}

/// The checklist sums of a checked assessment.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct ChecklistPoints {
    pub general: Points,
    pub bonus: Points,
}

impl Assessment {
    /// Checks every item against the rule set: each criterion scored once within its range,
    /// bonus items within theirs (absent ones count 0), disqualifiers known and applicable.
    pub fn validate(self, rules: &RuleSet, subject: Subject) -> Result<Valid<Assessment>, FieldError> {
        self.check(rules, subject)?;
        Ok(Valid::new(self))
    }

    /// The sums, or the first item at fault.
    pub fn check(&self, rules: &RuleSet, subject: Subject) -> Result<ChecklistPoints, FieldError> {
        let general = sum_items("criteria", &rules.criteria, &self.criteria, true)?;
        let bonus = sum_items("bonus", &rules.bonus_criteria, &self.bonus, false)?;
        check_disqualifiers(rules, subject, &self.disqualifiers)?;
        Ok(ChecklistPoints { general, bonus })
    }
}

/// Refuses a disqualifier code the rule set does not define or that does not apply to `subject`.
pub fn check_disqualifiers(rules: &RuleSet, subject: Subject, codes: &[String]) -> Result<(), FieldError> {
    for (i, code) in codes.iter().enumerate() {
        let field = format!("disqualifiers[{i}]");
        let Some(d) = rules.disqualifier(code) else {
            return Err(FieldError::invalid(
                &field,
                format!("Trường hợp “{code}” không có trong bộ quy tắc {}.", rules.name_vi),
                format!("“{code}” is not a disqualifier of rule set {}.", rules.name_en),
            ));
        };
        if !applies(&d.subjects, subject) {
            return Err(FieldError::invalid(
                &field,
                format!(
                    "Trường hợp “{}” không áp dụng cho {}.",
                    d.label_vi,
                    subject.label_vi().to_lowercase()
                ),
                format!(
                    "“{}” does not apply to {}.",
                    d.label_en,
                    subject.label_en().to_lowercase()
                ),
            ));
        }
    }
    Ok(())
}

fn sum_items(
    list: &str,
    items: &[Criterion],
    given: &[CriterionScore],
    all_required: bool,
) -> Result<Points, FieldError> {
    for (i, g) in given.iter().enumerate() {
        if !items.iter().any(|c| c.code == g.code) {
            return Err(FieldError::invalid(
                &format!("{list}[{i}]"),
                format!("Tiêu chí “{}” không có trong bộ tiêu chí.", g.code),
                format!("Criterion “{}” is not in the checklist.", g.code),
            ));
        }
        if given[..i].iter().any(|e| e.code == g.code) {
            return Err(FieldError::invalid(
                &format!("{list}.{}", g.code),
                format!("Tiêu chí “{}” được chấm hai lần.", g.code),
                format!("Criterion “{}” is scored twice.", g.code),
            ));
        }
    }
    let mut sum = Points::ZERO;
    for c in items {
        // The field name is built only on failure: this loop runs for every evaluation.
        let field = || format!("{list}.{}", c.code);
        match given.iter().find(|g| g.code == c.code) {
            None if all_required => return Err(FieldError::required(&field())),
            None => {}
            Some(g) if g.points < Points::ZERO || g.points > c.max => {
                return Err(FieldError::invalid(
                    &field(),
                    format!(
                        "Điểm tiêu chí “{}” phải từ 0 đến {} (đang nhập {}).",
                        c.label_vi,
                        c.max.vi(),
                        g.points.vi()
                    ),
                    format!(
                        "Points for “{}” must be from 0 to {} (entered {}).",
                        c.label_en,
                        c.max.en(),
                        g.points.en()
                    ),
                ));
            }
            Some(g) => sum = sum + g.points,
        }
    }
    Ok(sum)
}
