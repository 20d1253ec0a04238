//! One period's evaluation of one subject, from the loaded facts and the entered assessment
//! to the total and the level, with every step explainable.
//!
//! ```text
//! total = general criteria + task results (blended with the unit for leaders) + bonus,
//!         kept within 0 and the frame's total
//! level = classify(total, task shares, disqualifiers)
//! ```

use serde::{Deserialize, Serialize};

use super::explain::{Line, period_vi};
use super::facts::{PeriodFacts, TaskRecord, count_tasks};
use super::fixed::Points;
use super::leader::{LeaderInput, LeaderPart, leader_part};
use super::level::{Classification, classify};
use super::ruleset::{Cycle, RuleSet, Subject};
use super::score::{Assessment, TaskResults, task_results};
use crate::period::Period;
use crate::{FieldError, Valid};

/// Everything one evaluation needs: what the store loads and what people entered.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct EvaluationRequest {
    pub period: Period,
    pub subject: Subject,
    /// One record per task the subject is responsible for (see [`TaskRecord`]).
    pub tasks: Vec<TaskRecord>,
    pub assessment: Assessment,
    /// Required for a leader when the rule set scores leaders on their unit.
    #[serde(default)]
    pub leader: Option<LeaderInput>,
}

/// The result, with the facts it was computed from.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Evaluation {
    /// The rule set used: family and version.
    pub family: String,
    pub version: u32,
    pub period: Period,
    pub subject: Subject,
    pub facts: PeriodFacts,
    pub general: Points,
    /// The task-results part of the subject's own tasks.
    pub task: TaskResults,
    pub leader: Option<LeaderPart>,
    /// Task-results points counted in the total (the leader blend when there is one).
    pub task_points: Points,
    pub bonus: Points,
    pub total: Points,
    pub classification: Classification,
}

/// Evaluates one subject for one period under `rules`.
pub fn evaluate(rules: &Valid<RuleSet>, req: &EvaluationRequest) -> Result<Evaluation, FieldError> {
    check_period(rules, &req.period)?;
    let checklist = req.assessment.check(rules, req.subject)?;
    let mut facts = count_tasks(&rules.task_results, &req.period, &req.tasks)?;
    let task = task_results(rules, &mut facts, req.assessment.task_points)?;
    let leader = match (&rules.leader, req.subject, &req.leader) {
        (Some(rule), Subject::Leader, Some(input)) => {
            Some(leader_part(rules, rule, (facts.start, facts.end), task.points, input)?)
        }
        (Some(_), Subject::Leader, None) => return Err(FieldError::required("leader")),
        (_, _, Some(_)) => {
            return Err(FieldError::invalid(
                "leader",
                "Chỉ chấm phần kết quả của đơn vị cho người giữ chức vụ lãnh đạo, quản lý khi bộ quy tắc có quy định này.",
                "Unit results are scored only for a leader, under a rule set that provides for it.",
            ));
        }
        _ => None,
    };
    let task_points = leader.map_or(task.points, |l| l.points);
    let total = (checklist.general + task_points + checklist.bonus).clamp(Points::ZERO, rules.frame.total);
    let classification = classify(rules, req.subject, total, &facts.tally, &req.assessment.disqualifiers);
    Ok(Evaluation {
        family: rules.family.clone(),
        version: rules.version,
        period: req.period,
        subject: req.subject,
        facts,
        general: checklist.general,
        task,
        leader,
        task_points,
        bonus: checklist.bonus,
        total,
        classification,
    })
}

/// Refuses a period the rule set does not govern: outside its dates or of a cycle it does not use.
pub fn check_period(rules: &RuleSet, period: &Period) -> Result<(), FieldError> {
    let (start, _) = period.bounds();
    if !rules.in_force_on(start) {
        return Err(FieldError::invalid(
            "period",
            format!(
                "Bộ quy tắc “{}” không có hiệu lực vào kỳ {}.",
                rules.name_vi,
                period_vi(period)
            ),
            format!("Rule set “{}” is not in force for period {period}.", rules.name_en),
        ));
    }
    match Cycle::of(period) {
        Some(c) if rules.cycles.contains(&c) => Ok(()),
        _ => {
            let vi: Vec<&str> = rules.cycles.iter().map(|c| c.label_vi()).collect();
            let en: Vec<&str> = rules.cycles.iter().map(|c| c.label_en()).collect();
            Err(FieldError::invalid(
                "period",
                format!(
                    "Bộ quy tắc “{}” đánh giá theo kỳ: {}; không đánh giá kỳ {}.",
                    rules.name_vi,
                    vi.join(", ").to_lowercase(),
                    period_vi(period)
                ),
                format!(
                    "Rule set “{}” evaluates {} periods, not {period}.",
                    rules.name_en,
                    en.join(", ").to_lowercase()
                ),
            ))
        }
    }
}

impl Evaluation {
    /// The summary lines: each part, the total and the level with its reasons. Each task's own
    /// line is `facts.tasks[i].explain(&rules.task_results)`.
    pub fn explain(&self, rules: &RuleSet) -> Vec<Line> {
        let f = rules.frame;
        let mut lines = vec![Line::new(
            format!("Tiêu chí chung: {}/{} điểm.", self.general.vi(), f.general.vi()),
            format!("General criteria: {}/{} points.", self.general.en(), f.general.en()),
        )];
        lines.push(self.task.explain(rules));
        if let (Some(part), Some(rule)) = (&self.leader, &rules.leader) {
            lines.push(part.explain(rule));
        }
        if f.bonus > Points::ZERO {
            lines.push(Line::new(
                format!("Điểm thưởng: {}/{} điểm.", self.bonus.vi(), f.bonus.vi()),
                format!("Bonus: {}/{} points.", self.bonus.en(), f.bonus.en()),
            ));
        }
        lines.push(Line::new(
            format!(
                "Tổng: {} + {} + {} = {}/{} điểm.",
                self.general.vi(),
                self.task_points.vi(),
                self.bonus.vi(),
                self.total.vi(),
                f.total.vi()
            ),
            format!(
                "Total: {} + {} + {} = {}/{} points.",
                self.general.en(),
                self.task_points.en(),
                self.bonus.en(),
                self.total.en(),
                f.total.en()
            ),
        ));
        lines.extend(self.classification.explain(rules, self.total));
        lines
    }
}
