//! Inspections of a commission: the annual plan and its inspections, their subjects, team,
//! papers, findings and recommendations.
//!
//! A step moves only from the step it was read at (`UPDATE … WHERE step = $old`): two people
//! concluding the same inspection at once cannot both succeed. Lists narrow to a scope in SQL:
//! an inspection is listed to whoever reads its inspecting body or one of its subjects.

use chrono::{DateTime, NaiveDate, Utc};
use domain::inspection::{
    ConclusionInput, InspectionDecisionInput, InspectionStep, Method, PlanInput, RecordInput, RecordKind, TeamRole,
};
use domain::unit::UnitPath;
use domain::{ErrorCode, FieldError, Valid};
use serde::Serialize;
use sqlx::FromRow;
use utoipa::ToSchema;

use crate::audit::{self, Change};
use crate::db::Tx;
use crate::{StoreError, on_tx};

#[derive(Debug, Clone, PartialEq, Serialize, FromRow, ToSchema)]
pub struct Plan {
    pub id: i64,
    pub tenant_id: i64,
    pub body_unit_id: i64,
    pub year: i32,
    pub title: String,
    pub created_at: DateTime<Utc>,
}

#[derive(Debug, Clone, PartialEq, Serialize, FromRow, ToSchema)]
pub struct Inspection {
    pub id: i64,
    pub tenant_id: i64,
    pub plan_id: i64,
    pub body_unit_id: i64,
    pub content: String,
    pub time_text: String,
    #[sqlx(try_from = "String")]
    pub method: Method,
    #[sqlx(try_from = "String")]
    pub step: InspectionStep,
    pub decision_symbol: Option<String>,
    pub decided_on: Option<NaiveDate>,
    pub starts_on: Option<NaiveDate>,
    pub ends_on: Option<NaiveDate>,
    pub conclusion_symbol: Option<String>,
    pub concluded_on: Option<NaiveDate>,
    pub summary: Option<String>,
    /// The conclusion notice as a registered document: the recommendations' tasks belong to it.
    pub document_id: Option<i64>,
    pub closed_on: Option<NaiveDate>,
    pub version: i64,
}

/// A unit inspected.
#[derive(Debug, Clone, PartialEq, Serialize, FromRow, ToSchema)]
pub struct SubjectUnit {
    pub unit_id: i64,
    pub name: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, FromRow, ToSchema)]
pub struct TeamMember {
    pub person_id: i64,
    pub name: String,
    #[sqlx(try_from = "String")]
    pub role: TeamRole,
}

/// A paper of the procedure.
#[derive(Debug, Clone, PartialEq, Serialize, FromRow, ToSchema)]
pub struct Record {
    pub id: i64,
    pub inspection_id: i64,
    #[sqlx(try_from = "String")]
    pub kind: RecordKind,
    pub subject_unit_id: Option<i64>,
    pub dated_on: NaiveDate,
    pub text: String,
    pub created_at: DateTime<Utc>,
}

#[derive(Debug, Clone, PartialEq, Serialize, FromRow, ToSchema)]
pub struct Finding {
    pub id: i64,
    pub subject_unit_id: i64,
    pub text: String,
}

/// A recommendation with its follow-up task's state.
#[derive(Debug, Clone, PartialEq, Serialize, FromRow, ToSchema)]
pub struct Recommendation {
    pub id: i64,
    pub inspection_id: i64,
    pub subject_unit_id: i64,
    pub text: String,
    pub task_id: i64,
    pub lead_unit_id: i64,
    pub due_on: Option<NaiveDate>,
    /// The task's status code (`domain::status`), as of the day asked.
    pub task_status: String,
    pub closed_on: Option<NaiveDate>,
    pub close_reason: Option<String>,
}

const INSP_COLS: &str = "id, tenant_id, plan_id, body_unit_id, content, time_text, method, step, decision_symbol, \
     decided_on, starts_on, ends_on, conclusion_symbol, concluded_on, summary, document_id, closed_on, version";
const REC_COLS: &str = "id, inspection_id, kind, subject_unit_id, dated_on, text, created_at";

async fn path_of(tx: &mut Tx, unit_id: i64) -> Result<String, StoreError> {
    crate::own_tenants::value_by_id(tx, "tenant_id", unit_id, |cond| {
        format!("SELECT path FROM units WHERE id = $1{cond}")
    })
    .await?
    .ok_or(StoreError::not_found("unit", unit_id))
}

/// Records a commission's annual plan and one inspection (step "planned") per item.
pub async fn create_plan(
    tx: &mut Tx,
    input: &Valid<PlanInput>,
    tenant_id: i64,
) -> Result<(Plan, Vec<Inspection>), StoreError> {
    let now = tx.now();
    let user = tx.actor.user_id;
    let id: i64 = on_tx!(tx, c => sqlx::query_scalar(
        "INSERT INTO inspection_plans (tenant_id, body_unit_id, year, title, created_by, created_at)
         VALUES ($1, $2, $3, $4, $5, $6) RETURNING id")
        .bind(tenant_id).bind(input.body_unit_id).bind(input.year).bind(&input.title).bind(user).bind(now)
        .fetch_one(c).await?);
    let body_path = path_of(tx, input.body_unit_id).await?;
    let mut made = Vec::with_capacity(input.items.len());
    for item in &input.items {
        let insp: i64 = on_tx!(tx, c => sqlx::query_scalar(
            "INSERT INTO inspections (tenant_id, plan_id, body_unit_id, body_path, content, time_text, method, step, created_at, updated_at)
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $9) RETURNING id")
            .bind(tenant_id).bind(id).bind(input.body_unit_id).bind(&body_path).bind(&item.content)
            .bind(&item.time_text).bind(item.method.as_str()).bind(InspectionStep::Planned.as_str()).bind(now)
            .fetch_one(c).await?);
        for unit in &item.subject_unit_ids {
            let path = path_of(tx, *unit).await?;
            on_tx!(tx, c => sqlx::query(
                "INSERT INTO inspection_subjects (tenant_id, inspection_id, unit_id, unit_path) VALUES ($1, $2, $3, $4)")
                .bind(tenant_id).bind(insp).bind(unit).bind(&path).execute(c).await?.rows_affected());
        }
        made.push(get(tx, insp).await?);
    }
    let plan = plan(tx, id).await?;
    audit::record(
        tx,
        Change::new(
            tenant_id,
            "inspection_plan",
            id,
            "create",
            None,
            Some(audit::with(&plan, "inspections", &made)),
        ),
    )
    .await?;
    Ok((plan, made))
}

pub async fn plan(tx: &mut Tx, id: i64) -> Result<Plan, StoreError> {
    crate::own_tenants::one_by_id::<Plan>(tx, "tenant_id", id, |cond| {
        format!("SELECT id, tenant_id, body_unit_id, year, title, created_at FROM inspection_plans WHERE id = $1{cond}")
    })
    .await?
    .ok_or(StoreError::not_found("inspection_plan", id))
}

pub async fn get(tx: &mut Tx, id: i64) -> Result<Inspection, StoreError> {
    crate::own_tenants::one_by_id::<Inspection>(tx, "tenant_id", id, |cond| {
        format!("SELECT {INSP_COLS} FROM inspections WHERE id = $1{cond}")
    })
    .await?
    .ok_or(StoreError::not_found("inspection", id))
}

// What hangs off an inspection is in its tenant and read there (one shard on Citus).

pub async fn subjects(tx: &mut Tx, i: &Inspection) -> Result<Vec<SubjectUnit>, StoreError> {
    Ok(on_tx!(tx, c => sqlx::query_as::<_, SubjectUnit>(
        "SELECT s.unit_id, u.name FROM inspection_subjects s JOIN units u ON u.tenant_id = s.tenant_id AND u.id = s.unit_id
         WHERE s.tenant_id = $2 AND s.inspection_id = $1 ORDER BY s.unit_path")
        .bind(i.id).bind(i.tenant_id).fetch_all(c).await?))
}

pub async fn team(tx: &mut Tx, i: &Inspection) -> Result<Vec<TeamMember>, StoreError> {
    Ok(on_tx!(tx, c => sqlx::query_as::<_, TeamMember>(
        "SELECT t.person_id, p.name, t.role FROM inspection_team t JOIN people p ON p.tenant_id = t.tenant_id AND p.id = t.person_id
         WHERE t.tenant_id = $2 AND t.inspection_id = $1 ORDER BY t.id")
        .bind(i.id).bind(i.tenant_id).fetch_all(c).await?))
}

/// Moves `before` to `to`, from the step it was read at; a concurrent move refuses this one.
async fn advance(tx: &mut Tx, before: &Inspection, to: InspectionStep) -> Result<(), StoreError> {
    let now = tx.now();
    let n = on_tx!(tx, c => sqlx::query(
        "UPDATE inspections SET step = $1, version = version + 1, updated_at = $2
         WHERE tenant_id = $6 AND id = $3 AND step = $4 AND version = $5")
        .bind(to.as_str()).bind(now).bind(before.id).bind(before.step.as_str()).bind(before.version).bind(before.tenant_id)
        .execute(c).await?.rows_affected());
    if n == 0 {
        return Err(StoreError::Invalid(FieldError::new(
            "step",
            ErrorCode::InspectionStep,
            "Cuộc kiểm tra vừa được người khác cập nhật; hãy tải lại trang.",
            "The inspection was just changed by someone else; reload.",
        )));
    }
    Ok(())
}

/// Records the decision, its team and schedule, and moves the inspection to `to`.
pub async fn decide(
    tx: &mut Tx,
    before: &Inspection,
    input: &Valid<InspectionDecisionInput>,
    to: InspectionStep,
) -> Result<Inspection, StoreError> {
    advance(tx, before, to).await?;
    on_tx!(tx, c => sqlx::query(
        "UPDATE inspections SET decision_symbol = $1, decided_on = $2, starts_on = $3, ends_on = $4 WHERE tenant_id = $6 AND id = $5")
        .bind(&input.symbol).bind(input.decided_on).bind(input.starts_on).bind(input.ends_on).bind(before.id).bind(before.tenant_id)
        .execute(c).await?.rows_affected());
    for m in &input.team {
        on_tx!(tx, c => sqlx::query(
            "INSERT INTO inspection_team (tenant_id, inspection_id, person_id, role) VALUES ($1, $2, $3, $4)")
            .bind(before.tenant_id).bind(before.id).bind(m.person_id).bind(m.role.as_str()).execute(c).await?.rows_affected());
    }
    let after = get(tx, before.id).await?;
    let team = team(tx, before).await?;
    audit::record(
        tx,
        Change::new(
            before.tenant_id,
            "inspection",
            before.id,
            "decide",
            Some(audit::json(before)),
            Some(audit::with(&after, "team", &team)),
        ),
    )
    .await?;
    Ok(after)
}

/// Adds a paper and moves the inspection to `to`.
pub async fn add_record(
    tx: &mut Tx,
    before: &Inspection,
    kind: RecordKind,
    input: &Valid<RecordInput>,
    to: InspectionStep,
) -> Result<Record, StoreError> {
    advance(tx, before, to).await?;
    let now = tx.now();
    let user = tx.actor.user_id;
    let id: i64 = on_tx!(tx, c => sqlx::query_scalar(
        "INSERT INTO inspection_records (tenant_id, inspection_id, kind, subject_unit_id, dated_on, text, created_by, created_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id")
        .bind(before.tenant_id).bind(before.id).bind(kind.as_str()).bind(input.subject_unit_id)
        .bind(input.dated_on).bind(&input.text).bind(user).bind(now).fetch_one(c).await?);
    let r = record(tx, id).await?;
    audit::record(tx, Change::created(before.tenant_id, "inspection_record", id, &r)).await?;
    Ok(r)
}

pub async fn record(tx: &mut Tx, id: i64) -> Result<Record, StoreError> {
    crate::own_tenants::one_by_id::<Record>(tx, "tenant_id", id, |cond| {
        format!("SELECT {REC_COLS} FROM inspection_records WHERE id = $1{cond}")
    })
    .await?
    .ok_or(StoreError::not_found("inspection_record", id))
}

/// Every paper of an inspection (the caller filters what the reader may see).
pub async fn records(tx: &mut Tx, i: &Inspection) -> Result<Vec<Record>, StoreError> {
    let sql = format!(
        "SELECT {REC_COLS} FROM inspection_records WHERE tenant_id = $2 AND inspection_id = $1 ORDER BY dated_on, id"
    );
    Ok(
        on_tx!(tx, c => sqlx::query_as::<_, Record>(sqlx::AssertSqlSafe(sql.as_str())).bind(i.id).bind(i.tenant_id).fetch_all(c).await?),
    )
}

/// How many papers of `kind` an inspection has (for `subject`, when given).
pub async fn count_records(tx: &mut Tx, id: i64, kind: RecordKind, subject: Option<i64>) -> Result<i64, StoreError> {
    Ok(on_tx!(tx, c => sqlx::query_scalar(
        "SELECT COUNT(DISTINCT COALESCE(subject_unit_id, 0)) FROM inspection_records
         WHERE inspection_id = $1 AND kind = $2 AND ($3 IS NULL OR subject_unit_id = $3)")
        .bind(id).bind(kind.as_str()).bind(subject).fetch_one(c).await?))
}

/// Records the conclusion and its findings and moves the inspection to `to`. The
/// recommendations are added by [`add_recommendation`] once their tasks exist.
pub async fn conclude(
    tx: &mut Tx,
    before: &Inspection,
    input: &Valid<ConclusionInput>,
    document_id: i64,
    to: InspectionStep,
) -> Result<Inspection, StoreError> {
    advance(tx, before, to).await?;
    on_tx!(tx, c => sqlx::query(
        "UPDATE inspections SET conclusion_symbol = $1, concluded_on = $2, summary = $3, document_id = $4
         WHERE tenant_id = $6 AND id = $5")
        .bind(&input.symbol).bind(input.concluded_on).bind(&input.summary).bind(document_id).bind(before.id).bind(before.tenant_id)
        .execute(c).await?.rows_affected());
    for f in &input.findings {
        on_tx!(tx, c => sqlx::query(
            "INSERT INTO inspection_findings (tenant_id, inspection_id, subject_unit_id, text) VALUES ($1, $2, $3, $4)")
            .bind(before.tenant_id).bind(before.id).bind(f.subject_unit_id).bind(&f.text).execute(c).await?.rows_affected());
    }
    let after = get(tx, before.id).await?;
    let findings = findings(tx, before).await?;
    audit::record(
        tx,
        Change::new(
            before.tenant_id,
            "inspection",
            before.id,
            "conclude",
            Some(audit::json(before)),
            Some(audit::with(&after, "findings", &findings)),
        ),
    )
    .await?;
    Ok(after)
}

pub async fn findings(tx: &mut Tx, i: &Inspection) -> Result<Vec<Finding>, StoreError> {
    Ok(on_tx!(tx, c => sqlx::query_as::<_, Finding>(
        "SELECT id, subject_unit_id, text FROM inspection_findings WHERE tenant_id = $2 AND inspection_id = $1 ORDER BY id")
        .bind(i.id).bind(i.tenant_id).fetch_all(c).await?))
}

/// Links a recommendation to the task that follows it up.
pub async fn add_recommendation(
    tx: &mut Tx,
    inspection: &Inspection,
    subject_unit_id: i64,
    text: &str,
    task_id: i64,
) -> Result<i64, StoreError> {
    let id: i64 = on_tx!(tx, c => sqlx::query_scalar(
        "INSERT INTO inspection_recommendations (tenant_id, inspection_id, subject_unit_id, text, task_id)
         VALUES ($1, $2, $3, $4, $5) RETURNING id")
        .bind(inspection.tenant_id).bind(inspection.id).bind(subject_unit_id).bind(text).bind(task_id)
        .fetch_one(c).await?);
    audit::record(
        tx,
        Change::new(
            inspection.tenant_id,
            "inspection_recommendation",
            id,
            "create",
            None,
            Some(serde_json::json!({"inspection_id": inspection.id, "subject_unit_id": subject_unit_id, "text": text, "task_id": task_id})),
        ),
    )
    .await?;
    Ok(id)
}

pub(crate) const REC_SELECT: &str = "SELECT r.id, r.inspection_id, r.subject_unit_id, r.text, r.task_id, t.lead_unit_id, t.due_on, \
     STATUS AS task_status, r.closed_on, r.close_reason FROM inspection_recommendations r \
     JOIN tasks t ON t.tenant_id = r.tenant_id AND t.id = r.task_id";

fn rec_select() -> String {
    REC_SELECT.replace("STATUS", &domain::status::status_sql("t.phase", "t.due_on", "$1", "$2"))
}

/// The recommendations of an inspection with their tasks' status on the clock's day.
pub async fn recommendations(
    tx: &mut Tx,
    i: &Inspection,
    clock: &domain::status::Clock,
) -> Result<Vec<Recommendation>, StoreError> {
    let sql = format!(
        "{} WHERE r.tenant_id = $4 AND r.inspection_id = $3 ORDER BY r.id",
        rec_select()
    );
    Ok(
        on_tx!(tx, c => sqlx::query_as::<_, Recommendation>(sqlx::AssertSqlSafe(sql.as_str()))
        .bind(clock.today).bind(clock.soon_limit()).bind(i.id).bind(i.tenant_id).fetch_all(c).await?),
    )
}

/// Recommendations neither closed nor done (their task completed).
pub async fn open_recommendations(tx: &mut Tx, id: i64) -> Result<i64, StoreError> {
    use domain::status::Phase;
    Ok(on_tx!(tx, c => sqlx::query_scalar(
        "SELECT COUNT(*) FROM inspection_recommendations r JOIN tasks t ON t.tenant_id = r.tenant_id AND t.id = r.task_id
         WHERE r.inspection_id = $1 AND r.closed_on IS NULL AND t.phase NOT IN ($2, $3)")
        .bind(id).bind(Phase::DoneOnTime.code()).bind(Phase::DoneLate.code()).fetch_one(c).await?))
}

/// Formally closes a recommendation of `inspection` (with a reason); one already closed or of
/// another inspection is not found.
pub async fn close_recommendation(
    tx: &mut Tx,
    inspection: &Inspection,
    recommendation_id: i64,
    reason: &str,
    on: NaiveDate,
) -> Result<(), StoreError> {
    let user = tx.actor.user_id;
    let n = on_tx!(tx, c => sqlx::query(
        "UPDATE inspection_recommendations SET closed_on = $1, close_reason = $2, closed_by = $3
         WHERE tenant_id = $6 AND id = $4 AND inspection_id = $5 AND closed_on IS NULL")
        .bind(on).bind(reason).bind(user).bind(recommendation_id).bind(inspection.id).bind(inspection.tenant_id)
        .execute(c).await?.rows_affected());
    if n == 0 {
        return Err(StoreError::not_found("inspection_recommendation", recommendation_id));
    }
    audit::record(
        tx,
        Change::new(
            inspection.tenant_id,
            "inspection_recommendation",
            recommendation_id,
            "close",
            None,
            Some(serde_json::json!({"closed_on": on, "close_reason": reason})),
        ),
    )
    .await
}

/// Closes the inspection (moves it to `to`) on `on`.
pub async fn close(
    tx: &mut Tx,
    before: &Inspection,
    on: NaiveDate,
    to: InspectionStep,
) -> Result<Inspection, StoreError> {
    advance(tx, before, to).await?;
    on_tx!(tx, c => sqlx::query("UPDATE inspections SET closed_on = $1 WHERE tenant_id = $3 AND id = $2")
        .bind(on).bind(before.id).bind(before.tenant_id).execute(c).await?.rows_affected());
    let after = get(tx, before.id).await?;
    audit::record(
        tx,
        Change::updated(before.tenant_id, "inspection", before.id, "close", before, &after),
    )
    .await?;
    Ok(after)
}

/// The paths of the inspecting body and the subjects, and the team (for access checks).
pub(crate) async fn access_facts(
    tx: &mut Tx,
    id: i64,
) -> Result<Option<(UnitPath, Vec<UnitPath>, Vec<i64>)>, StoreError> {
    let row: Option<(String, i64)> = crate::own_tenants::one_by_id(tx, "tenant_id", id, |cond| {
        format!("SELECT body_path, tenant_id FROM inspections WHERE id = $1{cond}")
    })
    .await?;
    let Some((body, tenant)) = row else {
        return Ok(None);
    };
    let Some(body) = UnitPath::parse(&body) else {
        return Ok(None);
    };
    let subjects: Vec<String> = on_tx!(tx, c => sqlx::query_scalar(
        "SELECT unit_path FROM inspection_subjects WHERE tenant_id = $2 AND inspection_id = $1").bind(id).bind(tenant).fetch_all(c).await?);
    let team: Vec<i64> = on_tx!(tx, c => sqlx::query_scalar(
        "SELECT person_id FROM inspection_team WHERE tenant_id = $2 AND inspection_id = $1").bind(id).bind(tenant).fetch_all(c).await?);
    Ok(Some((
        body,
        subjects.iter().filter_map(|p| UnitPath::parse(p)).collect(),
        team,
    )))
}
