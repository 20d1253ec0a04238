//! Evaluation records: one per person, period and rule-set family, with the state of each step,
//! the scores (hundredths of a point) and the history of steps.

use chrono::{DateTime, NaiveDate, Utc};
use domain::access::Scope;
use domain::evaluation::{Assessment, Level, Stage};
use serde::Serialize;
use sqlx::FromRow;

use crate::audit::{self, Change};
use crate::db::Tx;
use crate::sql::{Arg, Where};
use crate::{StoreError, bind_args, on_tx, units};

/// A stored evaluation with the person's name and unit.
#[derive(Debug, Clone, PartialEq, Serialize, FromRow, utoipa::ToSchema)]
pub struct EvaluationRecord {
    pub id: i64,
    pub tenant_id: i64,
    pub person_id: i64,
    pub person_name: String,
    pub unit_id: i64,
    pub unit_name: String,
    #[serde(skip)]
    pub owner_path: String,
    #[serde(skip)]
    pub unit_path: String,
    pub period: String,
    pub period_start: NaiveDate,
    pub period_end: NaiveDate,
    pub family: String,
    pub rule_set_id: i64,
    /// `staff` or `leader`.
    pub subject: String,
    pub post_group: Option<String>,
    /// `open`, `returned`, `self_assessed`, `reviewed`, `decided`, `locked`.
    pub stage: String,
    /// The counted work (`domain::evaluation::TaskTally` as JSON).
    #[serde(skip)]
    pub tally: String,
    /// Points in hundredths (6130 = 61,3); none until they can be computed.
    pub task_points: Option<i64>,
    #[serde(skip)]
    pub self_assessment: Option<String>,
    #[serde(skip)]
    pub assessment: Option<String>,
    pub general_points: Option<i64>,
    pub bonus_points: Option<i64>,
    pub total: Option<i64>,
    /// The level the current scores give.
    pub level: Option<String>,
    /// The level decided by the approver.
    pub decided_level: Option<String>,
    pub self_comment: Option<String>,
    pub review_comment: Option<String>,
    pub decision_comment: Option<String>,
    pub self_at: Option<NaiveDate>,
    pub self_late: bool,
    pub reviewed_at: Option<NaiveDate>,
    pub review_late: bool,
    pub decided_at: Option<NaiveDate>,
    pub decision_late: bool,
    pub reopened: i32,
    pub version: i64,
    pub computed_at: DateTime<Utc>,
}

impl EvaluationRecord {
    pub fn stage(&self) -> Stage {
        Stage::parse(&self.stage).unwrap_or(Stage::Open)
    }

    pub fn level(&self) -> Option<Level> {
        self.level.as_deref().and_then(Level::parse)
    }

    pub fn decided(&self) -> Option<Level> {
        self.decided_level.as_deref().and_then(Level::parse)
    }

    pub fn tally(&self) -> domain::evaluation::TaskTally {
        serde_json::from_str(&self.tally).unwrap_or_default()
    }

    /// The scores entered so far (the reviewer's once reviewed, else the person's).
    pub fn assessment(&self) -> Option<Assessment> {
        self.assessment.as_deref().and_then(|a| serde_json::from_str(a).ok())
    }

    pub fn self_assessment(&self) -> Option<Assessment> {
        self.self_assessment
            .as_deref()
            .and_then(|a| serde_json::from_str(a).ok())
    }

    pub fn period(&self) -> Option<domain::period::Period> {
        domain::period::Period::parse(&self.period).ok()
    }
}

pub(crate) const COLS: &str = "e.id, e.tenant_id, e.person_id, p.name AS person_name, e.unit_id, u.name AS unit_name,
    e.owner_path, e.unit_path, e.period, e.period_start, e.period_end, e.family, e.rule_set_id, e.subject, e.post_group,
    e.stage, e.tally, e.task_points, e.self_assessment, e.assessment, e.general_points, e.bonus_points, e.total, e.level,
    e.decided_level, e.self_comment, e.review_comment, e.decision_comment, e.self_at, e.self_late, e.reviewed_at,
    e.review_late, e.decided_at, e.decision_late, e.reopened, e.version, e.computed_at";
pub(crate) const FROM: &str = "evaluations e JOIN people p ON p.tenant_id = e.tenant_id AND p.id = e.person_id JOIN units u ON u.tenant_id = e.tenant_id AND u.id = e.unit_id";

pub async fn get(tx: &mut Tx, id: i64) -> Result<EvaluationRecord, StoreError> {
    crate::own_tenants::one_by_id::<EvaluationRecord>(tx, "e.tenant_id", id, |cond| {
        format!("SELECT {COLS} FROM {FROM} WHERE e.id = $1{cond}")
    })
    .await?
    .ok_or(StoreError::not_found("evaluation", id))
}

/// Filters for listing evaluations.
#[derive(Debug, Clone, Default)]
pub struct EvaluationFilter {
    /// Evaluations of people in this unit's subtree.
    pub within: Option<i64>,
    pub person_id: Option<i64>,
    pub period: Option<String>,
    pub family: Option<String>,
    pub stage: Option<String>,
    /// Only what this scope may see; none for trusted callers.
    pub scope: Option<Scope>,
    /// With `scope`: also the caller's own evaluations (staff see only their own).
    pub own_person: Option<i64>,
}

pub async fn list(
    tx: &mut Tx,
    f: &EvaluationFilter,
    limit: i64,
    offset: i64,
) -> Result<Vec<EvaluationRecord>, StoreError> {
    let mut w = Where::new();
    let backend = tx.backend();
    // An evaluation is in its person's tenant, that of its owner's and its unit's paths: named
    // on PostgreSQL (one shard per root on Citus).
    if let Some(s) = &f.scope
        && let Some(cond) = crate::access::scope_sql_in(&mut w, backend, "e.tenant_id", "e.owner_path", s)
    {
        match f.own_person {
            Some(p) => {
                let ph = w.arg(Arg::Int(p));
                w.cond(format!("({cond} OR e.person_id = {ph})"));
                // The person's own lie in their tenants (`access::person_tenants`): with the
                // scope's roots', named on PostgreSQL (those shards only on Citus).
                if backend == crate::Backend::Postgres {
                    let mut tenants = crate::access::person_tenants(tx, p).await?;
                    tenants.extend(crate::tenant_move::linked_all(tx, s.roots.iter().map(|r| r.tenant())).await?);
                    w.cond(crate::sql::in_tenants(backend, "e.tenant_id", tenants));
                }
            }
            None => w.cond(cond),
        }
    }
    if let Some(within) = f.within {
        let root = units::path_of(tx, within).await?;
        let cond = crate::sql::subtree(&mut w, backend, "e.tenant_id", "e.unit_path", &root);
        w.cond(cond);
    }
    if let Some(p) = f.person_id {
        if backend == crate::Backend::Postgres {
            let tenants = crate::access::person_tenants(tx, p).await?;
            w.cond(crate::sql::in_tenants(backend, "e.tenant_id", tenants));
        }
        let ph = w.arg(Arg::Int(p));
        w.cond(format!("e.person_id = {ph}"));
    }
    if let Some(p) = &f.period {
        let ph = w.arg(Arg::Text(p.clone()));
        w.cond(format!("e.period = {ph}"));
    }
    if let Some(fam) = &f.family {
        let ph = w.arg(Arg::Text(fam.clone()));
        w.cond(format!("e.family = {ph}"));
    }
    if let Some(s) = &f.stage {
        let ph = w.arg(Arg::Text(s.clone()));
        w.cond(format!("e.stage = {ph}"));
    }
    // Of one period the rows share its start: ordered by unit alone, the list walks the
    // `(tenant, period, unit path)` index and sorts only each unit's few people (PostgreSQL's
    // incremental sort) instead of a province's every row.
    let order = if f.period.is_some() {
        "e.unit_path, p.sort_key, e.id"
    } else {
        "e.period_start DESC, e.unit_path, p.sort_key, e.id"
    };
    let sql = format!(
        "SELECT {COLS} FROM {FROM}{} ORDER BY {order} LIMIT {limit} OFFSET {offset}",
        w.sql()
    );
    Ok(
        on_tx!(tx, c => bind_args!(sqlx::query_as::<_, EvaluationRecord>(sqlx::AssertSqlSafe(sql.as_str())), w.args).fetch_all(&mut *c).await?),
    )
}

/// One step taken on an evaluation.
#[derive(Debug, Clone, PartialEq, Serialize, FromRow, utoipa::ToSchema)]
pub struct StepRecord {
    pub id: i64,
    pub action: String,
    pub role: String,
    pub from_stage: String,
    pub to_stage: String,
    pub on_date: NaiveDate,
    pub late: bool,
    pub note: Option<String>,
    pub entered_by: Option<i64>,
    pub created_at: DateTime<Utc>,
}

/// The workflow history of an evaluation (of `tenant`, where its steps are too).
pub async fn steps(tx: &mut Tx, tenant: i64, evaluation_id: i64) -> Result<Vec<StepRecord>, StoreError> {
    Ok(on_tx!(tx, c => sqlx::query_as::<_, StepRecord>(
        "SELECT id, action, role, from_stage, to_stage, on_date, late, note, entered_by, created_at
         FROM evaluation_steps WHERE tenant_id = $2 AND evaluation_id = $1 ORDER BY id")
        .bind(evaluation_id).bind(tenant).fetch_all(c).await?))
}

/// What a workflow step writes: the new stage, the scores recomputed, the step's date, lateness
/// and comment. Decided by the caller (`app::evaluation`), stored here with the history row and
/// the audit entry in the same transaction.
#[derive(Debug, Clone)]
pub struct StepWrite {
    pub action: domain::evaluation::Action,
    pub role: domain::evaluation::Role,
    pub to: Stage,
    pub on: NaiveDate,
    pub late: bool,
    pub note: Option<String>,
    /// New scores entered at this step (kept as the current assessment).
    pub assessment: Option<Assessment>,
    pub scores: Option<super::compute::Scores>,
    pub decided_level: Option<Level>,
}

pub async fn apply_step(tx: &mut Tx, before: &EvaluationRecord, s: &StepWrite) -> Result<EvaluationRecord, StoreError> {
    use domain::evaluation::Action as A;
    crate::version::claim(tx, "evaluation", before.tenant_id, before.id, before.version).await?;
    let now = tx.now();
    let assessment = match &s.assessment {
        Some(a) => Some(serde_json::to_string(a).map_err(|e| StoreError::Db(sqlx::Error::Protocol(e.to_string())))?),
        None => before.assessment.clone(),
    };
    let self_assessment = match (s.action, &assessment) {
        (A::SubmitSelf, Some(a)) => Some(a.clone()),
        _ => before.self_assessment.clone(),
    };
    let (self_at, self_late, self_comment) = match s.action {
        A::SubmitSelf => (Some(s.on), s.late, s.note.clone()),
        _ => (before.self_at, before.self_late, before.self_comment.clone()),
    };
    let (reviewed_at, review_late, review_comment) = match s.action {
        A::Review => (Some(s.on), s.late, s.note.clone()),
        _ => (before.reviewed_at, before.review_late, before.review_comment.clone()),
    };
    let (decided_at, decision_late, decision_comment, decided_level) = match s.action {
        A::Decide => (
            Some(s.on),
            s.late,
            s.note.clone(),
            s.decided_level.map(|l| l.as_str().to_string()),
        ),
        A::Reopen => (None, false, before.decision_comment.clone(), None),
        _ => (
            before.decided_at,
            before.decision_late,
            before.decision_comment.clone(),
            before.decided_level.clone(),
        ),
    };
    let reopened = before.reopened + i32::from(s.action == A::Reopen);
    let sc = s.scores.clone();
    let (tally, task_points, general, bonus, total, level) = match &sc {
        Some(x) => (
            x.tally_json(),
            x.task_points,
            x.general,
            x.bonus,
            x.total,
            x.level.map(|l| l.as_str().to_string()),
        ),
        None => (
            before.tally.clone(),
            before.task_points,
            before.general_points,
            before.bonus_points,
            before.total,
            before.level.clone(),
        ),
    };
    on_tx!(tx, c => sqlx::query(
        "UPDATE evaluations SET stage = $1, assessment = $2, self_assessment = $3, self_at = $4, self_late = $5,
                self_comment = $6, reviewed_at = $7, review_late = $8, review_comment = $9, decided_at = $10,
                decision_late = $11, decision_comment = $12, decided_level = $13, reopened = $14, tally = $15,
                task_points = $16, general_points = $17, bonus_points = $18, total = $19, level = $20, updated_at = $21
         WHERE tenant_id = $23 AND id = $22")
        .bind(s.to.as_str()).bind(&assessment).bind(&self_assessment).bind(self_at).bind(self_late)
        .bind(&self_comment).bind(reviewed_at).bind(review_late).bind(&review_comment).bind(decided_at)
        .bind(decision_late).bind(&decision_comment).bind(&decided_level).bind(reopened).bind(&tally)
        .bind(task_points).bind(general).bind(bonus).bind(total).bind(&level).bind(now).bind(before.id)
        .bind(before.tenant_id).execute(c).await?.rows_affected());
    let user = tx_user(tx);
    on_tx!(tx, c => sqlx::query(
        "INSERT INTO evaluation_steps (tenant_id, evaluation_id, action, role, from_stage, to_stage, on_date, late, note,
                                       entered_by, created_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)")
        .bind(before.tenant_id).bind(before.id).bind(s.action.as_str()).bind(s.role.as_str()).bind(&before.stage)
        .bind(s.to.as_str()).bind(s.on).bind(s.late).bind(&s.note).bind(user).bind(now)
        .execute(c).await?.rows_affected());
    let after = get(tx, before.id).await?;
    audit::record(
        tx,
        Change::updated(
            before.tenant_id,
            "evaluation",
            before.id,
            s.action.as_str(),
            before,
            &after,
        ),
    )
    .await?;
    Ok(after)
}

fn tx_user(tx: &Tx) -> Option<i64> {
    tx.actor.user_id
}

/// Decided levels of the other people of an agency (unit) for a period and family, with the
/// levels the others' scores give, for the quota check.
pub async fn agency_levels(
    tx: &mut Tx,
    unit_id: i64,
    period: &str,
    family: &str,
) -> Result<Vec<(i64, Option<String>, Option<String>, Option<i64>, Option<String>)>, StoreError> {
    Ok(on_tx!(tx, c => sqlx::query_as(
        "SELECT person_id, decided_level, level, total, post_group FROM evaluations
         WHERE unit_id = $1 AND period = $2 AND family = $3")
        .bind(unit_id).bind(period).bind(family).fetch_all(c).await?))
}
