//! Staff evaluation, the monthly (or quarterly) cycle: computing a period's facts and scores for
//! a unit's people, the steps (self-assessment → review → decision → lock, returns and reopening
//! with a reason), the quota check at decision, and the assigning unit's marks on tasks.
//!
//! Who plays which part: the person evaluated self-assesses (only they); someone who may
//! review evaluations of the evaluation's unit reviews (a head's evaluation belongs to the unit
//! above, so a head is reviewed one level up); someone who may decide there decides, locks and
//! reopens. Nobody reviews or decides their own evaluation. The steps themselves, their
//! deadlines and reasons are `domain::evaluation::workflow`.

use domain::access::Operation;
use domain::evaluation::workflow::{ensure_editable, step};
use domain::evaluation::{Action, Assessment, CriterionScore, Level, QuotaEntry, Role, Stage, check_approval};
use domain::period::Period;
use domain::{ErrorCode, FieldError};
use serde::{Deserialize, Serialize};
use store::Tx;
use store::access::Subject;
use store::evaluation::compute::{ComputeSummary, Selection};
use store::evaluation::marks::{MarkInput, TaskMarks};
use store::evaluation::records::StepWrite;
use store::evaluation::{EvaluationRecord, compute, marks, records};

use crate::{App, Caller, Ctx, Error, Result, authz};

/// Computes (or refreshes) the period's evaluations of everyone in the unit's subtree.
pub async fn compute_unit(
    app: &App,
    caller: &Caller,
    unit_id: i64,
    period: &str,
    family: &str,
) -> Result<ComputeSummary> {
    let period = Period::parse(period)?;
    let mut tx = app.write(caller).await?;
    let s = compute_unit_in(&mut tx, caller, unit_id, &period, family).await?;
    tx.commit().await?;
    Ok(s)
}

pub async fn compute_unit_in(
    tx: &mut Tx,
    caller: &Caller,
    unit_id: i64,
    period: &Period,
    family: &str,
) -> Result<ComputeSummary> {
    authz::named_for(
        tx,
        caller,
        Operation::ComputeEvaluations,
        Subject::Unit(unit_id),
        "unit_id",
    )
    .await?;
    Ok(compute::compute(tx, Selection::Subtree(unit_id), period, family).await?)
}

/// The caller's own evaluation of a period, computed (or refreshed) first.
pub async fn own(app: &App, caller: &Caller, period: &str, family: &str) -> Result<EvaluationRecord> {
    let period = Period::parse(period)?;
    let Some(person) = caller.principal.person_id else {
        return Err(Error::new(
            ErrorCode::Forbidden,
            "Tài khoản chưa gắn với hồ sơ cán bộ nên chưa có kết quả đánh giá.",
            "The account is not linked to a staff record, so it has no evaluation.",
        ));
    };
    let mut tx = app.write(caller).await?;
    compute::compute(&mut tx, Selection::Person(person), &period, family).await?;
    let found = records::list(
        &mut tx,
        &records::EvaluationFilter {
            person_id: Some(person),
            period: Some(period.to_string()),
            family: Some(family.to_string()),
            ..Default::default()
        },
        1,
        0,
    )
    .await?;
    tx.commit().await?;
    found
        .into_iter()
        .next()
        .ok_or_else(|| Error::not_found("evaluation", person))
}

/// A step on an evaluation, with the scores entered at it.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, utoipa::ToSchema)]
#[serde(deny_unknown_fields)]
pub struct StepInput {
    /// `submit_self`, `review`, `return_to_person`, `decide`, `return_to_reviewer`, `lock`, `reopen`.
    pub action: String,
    /// The version of the evaluation read.
    pub version: i64,
    /// General criteria: points per criterion code.
    #[serde(default)]
    #[schema(value_type = Option<Vec<Object>>)]
    pub criteria: Option<Vec<CriterionScore>>,
    #[serde(default)]
    #[schema(value_type = Option<Vec<Object>>)]
    pub bonus: Option<Vec<CriterionScore>>,
    /// Task-results points, only when no task counted and the rule set wants them entered.
    #[serde(default)]
    pub task_points: Option<f64>,
    #[serde(default)]
    pub disqualifiers: Option<Vec<String>>,
    #[serde(default)]
    pub comment: Option<String>,
    /// Required to return, reopen, or review without a self-assessment.
    #[serde(default)]
    pub reason: Option<String>,
    /// At decision: a level not above the one the scores give (e.g. to keep within a quota).
    #[serde(default)]
    pub level: Option<String>,
}

fn parse_action(code: &str) -> Result<Action> {
    Action::parse(code).ok_or_else(|| {
        Error::from(FieldError::invalid(
            "action",
            format!("Bước “{code}” không có; chọn một trong: {}.", Action::codes()),
            format!("Unknown step “{code}”; one of: {}.", Action::codes()),
        ))
    })
}

fn operation(action: Action) -> Operation {
    match action {
        Action::SubmitSelf => Operation::SelfAssess,
        Action::Review | Action::ReturnToPerson => Operation::ReviewEvaluation,
        Action::Decide | Action::ReturnToReviewer | Action::Lock | Action::Reopen => Operation::DecideEvaluation,
    }
}

/// The part the caller plays for `action`; the person evaluated never plays another.
fn role_for(caller: &Caller, rec: &EvaluationRecord, action: Action) -> Result<Role> {
    let is_person = caller.principal.person_id == Some(rec.person_id);
    match (action, is_person) {
        (Action::SubmitSelf, true) => Ok(Role::Person),
        (Action::SubmitSelf, false) => Err(Error::new(
            ErrorCode::Forbidden,
            "Chỉ người được đánh giá mới tự đánh giá.",
            "Only the person evaluated self-assesses.",
        )),
        (_, true) => Err(Error::new(
            ErrorCode::SeparationOfDuties,
            "Không tự nhận xét, quyết định xếp loại, khóa hay mở lại hồ sơ đánh giá của chính mình.",
            "Nobody reviews, decides, locks or reopens their own evaluation.",
        )),
        (Action::Review | Action::ReturnToPerson, false) => Ok(Role::Reviewer),
        (_, false) => Ok(Role::Approver),
    }
}

fn scores_of(input: &StepInput, base: Option<Assessment>) -> Result<Option<Assessment>> {
    let entered = input.criteria.is_some()
        || input.bonus.is_some()
        || input.task_points.is_some()
        || input.disqualifiers.is_some();
    if !entered {
        return Ok(None);
    }
    let mut a = base.unwrap_or_default();
    if let Some(c) = &input.criteria {
        a.criteria = c.clone();
    }
    if let Some(b) = &input.bonus {
        a.bonus = b.clone();
    }
    if let Some(p) = input.task_points {
        a.task_points = Some(domain::evaluation::Points::from_f64(p).ok_or_else(|| {
            FieldError::invalid(
                "task_points",
                format!("Điểm “{p}” không hợp lệ; ghi số có tối đa hai chữ số thập phân."),
                format!("“{p}” is not valid points; at most two decimals."),
            )
        })?);
    }
    if let Some(d) = &input.disqualifiers {
        a.disqualifiers = d.clone();
    }
    Ok(Some(a))
}

/// Takes a step on an evaluation.
pub async fn take_step(app: &App, caller: &Caller, id: i64, input: StepInput) -> Result<EvaluationRecord> {
    let mut tx = app.write(caller).await?;
    let r = take_step_in(&mut tx, caller, &app.ctx(), id, &input).await?;
    tx.commit().await?;
    Ok(r)
}

pub async fn take_step_in(
    tx: &mut Tx,
    caller: &Caller,
    cx: &Ctx<'_>,
    id: i64,
    input: &StepInput,
) -> Result<EvaluationRecord> {
    let action = parse_action(&input.action)?;
    authz::check(tx, caller, operation(action), Subject::Evaluation(id)).await?;
    let rec = records::get(tx, id).await?;
    let role = role_for(caller, &rec, action)?;
    let stage = rec.stage();
    let rules = store::evaluation::rule_sets::body(tx, rec.rule_set_id).await?;
    let period = Period::parse(&rec.period)?;
    let deadlines = rules.workflow.deadlines(&period);
    let today = cx.clock.today;
    let reason = input.reason.as_deref().filter(|r| !r.trim().is_empty());
    let outcome = step(stage, action, role, reason, today, &deadlines)?;
    let note = domain::text::optional(
        if reason.is_some() { "reason" } else { "comment" },
        reason.or(input.comment.as_deref()),
        4000,
    )?;
    let base = if role == Role::Person {
        rec.self_assessment().or(rec.assessment())
    } else {
        rec.assessment()
    };
    let entered = scores_of(input, base)?;
    if entered.is_some() {
        ensure_editable(stage, role)?;
    }
    if action == Action::SubmitSelf && entered.is_none() {
        return Err(FieldError::required("criteria").into());
    }
    if action == Action::Review && entered.is_none() && rec.assessment().is_none() {
        return Err(FieldError::required("criteria").into());
    }
    let scoring = entered.clone().or_else(|| rec.assessment());
    let scores = match (&scoring, action) {
        (Some(a), Action::SubmitSelf | Action::Review | Action::Decide) => {
            Some(store::evaluation::compute::rescore(tx, &rec, Some(a)).await?.0)
        }
        _ => None,
    };
    let mut decided_level = None;
    if action == Action::Decide {
        let computed = scores
            .as_ref()
            .and_then(|s| s.level)
            .ok_or_else(|| FieldError::required("criteria"))?;
        let level = match input.level.as_deref() {
            None | Some("") => computed,
            Some(code) => Level::parse(code).ok_or_else(|| {
                FieldError::invalid(
                    "level",
                    format!("Mức “{code}” không có; chọn một trong: {}.", Level::codes()),
                    format!("Unknown level “{code}”; one of: {}.", Level::codes()),
                )
            })?,
        };
        if !computed.at_least(level) {
            return Err(FieldError::invalid(
                "level",
                format!(
                    "Không quyết định mức “{}” cao hơn mức theo điểm “{}”.",
                    level.label_vi(),
                    computed.label_vi()
                ),
                format!(
                    "The level decided (“{}”) cannot be above the level the scores give (“{}”).",
                    level.label_en(),
                    computed.label_en()
                ),
            )
            .into());
        }
        check_quota(tx, &rules, &rec, level, scores.as_ref().and_then(|s| s.total)).await?;
        decided_level = Some(level);
    }
    let write = StepWrite {
        action,
        role,
        to: outcome.to,
        on: today,
        late: outcome.late,
        note,
        assessment: entered,
        scores,
        decided_level,
    };
    Ok(records::apply_step(tx, &rec, &write).await?)
}

/// Refuses deciding `level` for `rec` when it puts the agency (the person's unit) or its group of
/// similar posts over a quota. Only decided levels take a place at the top level; everyone
/// rated counts in the base, those not yet decided at most at "tốt".
async fn check_quota(
    tx: &mut Tx,
    rules: &domain::evaluation::RuleSet,
    rec: &EvaluationRecord,
    level: Level,
    total: Option<i64>,
) -> Result<()> {
    let rows = records::agency_levels(tx, rec.unit_id, &rec.period, &rec.family).await?;
    let others: Vec<QuotaEntry> = rows
        .into_iter()
        .filter(|(p, ..)| *p != rec.person_id)
        .filter_map(|(person_id, decided, current, total, group)| {
            let level = match decided.as_deref().and_then(Level::parse) {
                Some(l) => l,
                None => current.as_deref().and_then(Level::parse)?.min(Level::Good),
            };
            Some(QuotaEntry {
                person_id,
                agency_id: rec.unit_id,
                post_group: group,
                level,
                points: domain::evaluation::Points::from_hundredths(total.unwrap_or(0)),
            })
        })
        .collect();
    let candidate = QuotaEntry {
        person_id: rec.person_id,
        agency_id: rec.unit_id,
        post_group: rec.post_group.clone(),
        level,
        points: domain::evaluation::Points::from_hundredths(total.unwrap_or(0)),
    };
    check_approval(rules, &others, &candidate, &[]).map_err(|e| {
        let mut e = Error::from(e);
        e.message_vi = e
            .message_vi
            .replace(&format!("Cơ quan #{}", rec.unit_id), &rec.unit_name);
        e.message_en = e
            .message_en
            .replace(&format!("Agency #{}", rec.unit_id), &rec.unit_name);
        e
    })
}

/// Records what the assigning unit found about a task: a failed quality check (with its
/// reason), "vượt mức", an objective cause, the conversion factor.
pub async fn mark_task(app: &App, caller: &Caller, task_id: i64, input: MarkInput) -> Result<TaskMarks> {
    let mut tx = app.write(caller).await?;
    authz::check(&mut tx, caller, Operation::MarkTaskResult, Subject::Task(task_id)).await?;
    let m = marks::mark(&mut tx, task_id, &input).await?;
    tx.commit().await?;
    Ok(m)
}

/// Stages in which an evaluation still waits for someone (for lists).
pub fn waiting(stage: Stage) -> bool {
    !matches!(stage, Stage::Decided | Stage::Locked)
}
