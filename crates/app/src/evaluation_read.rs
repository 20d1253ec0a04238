//! Reading evaluations, narrowed to what the caller may see: staff their own, heads and leaders
//! their units', inspectors read.

use domain::access::Action;
use domain::evaluation::explain::Line;
use domain::evaluation::ruleset::{Criterion, Note, StepDeadlines};
use domain::evaluation::score::task_results;
use domain::evaluation::{Stage, count_tasks};
use domain::period::Period;
use serde::Serialize;
use store::access::Subject;
use store::evaluation::feedback::{self, Satisfaction};
use store::evaluation::records::{self, EvaluationFilter};
use store::evaluation::{EvaluationRecord, RuleSetRecord, StepRecord, compute, rule_sets};

use crate::Result;
use crate::read::Reader;

/// How one task counted, for the page and the API.
#[derive(Debug, Clone, PartialEq, Serialize, utoipa::ToSchema)]
pub struct TaskLine {
    pub task_id: i64,
    pub title: String,
    pub counted: bool,
    /// Points earned and possible, in hundredths.
    pub earned: i64,
    pub possible: i64,
    pub vi: String,
    pub en: String,
}

/// One evaluation with everything its page shows.
#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
pub struct EvaluationDetail {
    pub record: EvaluationRecord,
    pub steps: Vec<StepRecord>,
    pub rule_set: RuleSetRecord,
    pub lines: Vec<TaskLine>,
    /// The computation in sentences (each part, the total, the level and why).
    #[schema(value_type = Vec<Object>)]
    pub summary: Vec<Line>,
    #[schema(value_type = Object)]
    pub deadlines: StepDeadlines,
    #[schema(value_type = Vec<Object>)]
    pub criteria: Vec<Criterion>,
    #[schema(value_type = Vec<Object>)]
    pub bonus_criteria: Vec<Criterion>,
    /// What is uncertain in the rule set and how it was parameterised.
    #[schema(value_type = Vec<Object>)]
    pub notes: Vec<Note>,
    /// Citizen feedback about the person over the period.
    pub satisfaction: Satisfaction,
    /// Maximum general-criteria and task-results points.
    pub general_max: i64,
    pub task_max: i64,
    pub bonus_max: i64,
}

impl Reader<'_> {
    /// Evaluations the caller may see: inside their read scope, plus their own.
    pub async fn evaluations(
        &mut self,
        mut f: EvaluationFilter,
        limit: i64,
        offset: i64,
    ) -> Result<Vec<EvaluationRecord>> {
        if let Some(u) = f.within {
            self.check(Subject::Unit(u)).await?;
        }
        f.scope = Some(self.caller.principal.scope(Action::Read));
        f.own_person = self.caller.principal.person_id;
        Ok(records::list(&mut self.tx, &f, limit, offset).await?)
    }

    pub async fn evaluation(&mut self, id: i64) -> Result<EvaluationDetail> {
        self.check(Subject::Evaluation(id)).await?;
        let record = records::get(&mut self.tx, id).await?;
        let steps = records::steps(&mut self.tx, record.tenant_id, id).await?;
        let rule_set = rule_sets::get(&mut self.tx, record.rule_set_id).await?;
        let assessment = record.assessment();
        let (_, eval, rules, tasks) = match compute::rescore(&mut self.tx, &record, assessment.as_ref()).await {
            Ok(x) => x,
            Err(_) => compute::rescore(&mut self.tx, &record, None).await?,
        };
        let period = Period::parse(&record.period)?;
        let (facts, summary) = match &eval {
            Some(e) => (e.facts.clone(), e.explain(&rules)),
            None => {
                let mut facts = count_tasks(&rules.task_results, &period, &tasks)?;
                let summary = match task_results(&rules, &mut facts, None) {
                    Ok(t) => vec![t.explain(&rules)],
                    Err(_) => vec![Line::new(
                        "Kỳ này không có nhiệm vụ được theo dõi: điểm kết quả thực hiện nhiệm vụ do người đánh giá nhập.",
                        "No tracked task this period: the task-results points are entered by the evaluator.",
                    )],
                };
                (facts, summary)
            }
        };
        let ids: Vec<i64> = facts.tasks.iter().map(|t| t.task_id).collect();
        let titles = compute::task_titles(&mut self.tx, &ids).await?;
        let lines = facts
            .tasks
            .iter()
            .map(|t| {
                let l = t.explain(&rules.task_results);
                TaskLine {
                    task_id: t.task_id,
                    title: titles.get(&t.task_id).cloned().unwrap_or_default(),
                    counted: t.counting.counts(),
                    earned: t.earned.hundredths(),
                    possible: t.possible.hundredths(),
                    vi: l.vi,
                    en: l.en,
                }
            })
            .collect();
        let (start, end) = period.bounds();
        let satisfaction = feedback::of_person(&mut self.tx, record.person_id, start, end).await?;
        Ok(EvaluationDetail {
            steps,
            rule_set,
            lines,
            summary,
            deadlines: rules.workflow.deadlines(&period),
            criteria: rules.criteria.clone(),
            bonus_criteria: rules.bonus_criteria.clone(),
            notes: rules.notes.clone(),
            satisfaction,
            general_max: rules.frame.general.hundredths(),
            task_max: rules.frame.task_results.hundredths(),
            bonus_max: rules.frame.bonus.hundredths(),
            record,
        })
    }

    /// Citizen feedback desks in a unit's subtree.
    pub async fn feedback_points(&mut self, within: i64) -> Result<Vec<store::evaluation::feedback::FeedbackPoint>> {
        self.check(Subject::Unit(within)).await?;
        Ok(feedback::list_within(&mut self.tx, within).await?)
    }

    /// Whether the caller is the person evaluated.
    pub fn is_own(&self, rec: &EvaluationRecord) -> bool {
        self.caller.principal.person_id == Some(rec.person_id)
    }
}

/// Whether a stage still waits for a step.
pub fn open(stage: Stage) -> bool {
    crate::evaluation::waiting(stage)
}
