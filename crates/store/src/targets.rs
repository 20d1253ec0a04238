//! Targets (chỉ tiêu): plan per unit and period, actual values measured over the period.

use chrono::NaiveDate;
use domain::FieldError;
use domain::Valid;
use domain::target::{TargetInput, check_actual};

use crate::audit::{self, Change};
use crate::db::Tx;
use crate::model::{Page, Target, TargetActual};
use crate::sql::{Arg, Where};
use crate::{StoreError, bind_args, on_tx, units};

const COLS: &str = "id, tenant_id, unit_id, period, period_start, period_end, indicator, uom, direction, planned, actual, actual_on, version";

pub async fn get(tx: &mut Tx, id: i64) -> Result<Target, StoreError> {
    crate::own_tenants::one_by_id::<Target>(tx, "tenant_id", id, |cond| {
        format!("SELECT {COLS} FROM targets WHERE id = $1{cond}")
    })
    .await?
    .map(Target::derive)
    .ok_or(StoreError::not_found("target", id))
}

fn duplicate(t: &TargetInput) -> StoreError {
    StoreError::Conflict(FieldError::new(
        "indicator",
        domain::ErrorCode::DuplicateTarget,
        format!("Đơn vị đã có chỉ tiêu “{}” cho kỳ {}.", t.indicator, t.period),
        format!("The unit already has target “{}” for {}.", t.indicator, t.period),
    ))
}

fn outcome_code(t: &TargetInput, actual: Option<f64>) -> &'static str {
    domain::target::outcome(t.direction, t.planned, actual).as_str()
}

pub async fn create(tx: &mut Tx, t: &Valid<TargetInput>) -> Result<Target, StoreError> {
    let path = units::path_of_ref(tx, "unit_id", t.unit_id).await?;
    let tenant = path.tenant();
    let (start, end) = t.period.bounds();
    let now = tx.now();
    let res: Result<i64, sqlx::Error> = on_tx!(tx, c => sqlx::query_scalar(
        "INSERT INTO targets (tenant_id, unit_id, unit_path, period, period_start, period_end, indicator, indicator_fold,
                              uom, direction, planned, outcome, created_at, updated_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $13) RETURNING id")
        .bind(tenant).bind(t.unit_id).bind(path.as_str()).bind(t.period.to_string()).bind(start).bind(end)
        .bind(&t.indicator).bind(vntext::fold(&t.indicator)).bind(&t.uom).bind(t.direction.as_str())
        .bind(t.planned).bind(outcome_code(t, None)).bind(now).fetch_one(c).await);
    match res {
        Ok(id) => {
            let target = get(tx, id).await?;
            audit::record(tx, Change::created(target.tenant_id, "target", id, &target)).await?;
            Ok(target)
        }
        Err(e) if StoreError::is_unique_violation(&e) => Err(duplicate(t)),
        Err(e) => Err(e.into()),
    }
}

pub async fn update(tx: &mut Tx, id: i64, version: i64, t: &Valid<TargetInput>) -> Result<Target, StoreError> {
    let current = get(tx, id).await?;
    crate::version::claim(tx, "target", current.tenant_id, id, version).await?;
    let path = units::path_of_ref(tx, "unit_id", t.unit_id).await?;
    let tenant = path.tenant();
    StoreError::same_tenant("unit_id", current.tenant_id, tenant)?;
    let (start, end) = t.period.bounds();
    let res: Result<_, sqlx::Error> = on_tx!(tx, c => sqlx::query(
        "UPDATE targets SET unit_id = $2, unit_path = $3, period = $4, period_start = $5, period_end = $6,
                indicator = $7, indicator_fold = $8, uom = $9, direction = $10, planned = $11, outcome = $12
         WHERE tenant_id = $1 AND id = $13")
        .bind(tenant).bind(t.unit_id).bind(path.as_str()).bind(t.period.to_string()).bind(start).bind(end)
        .bind(&t.indicator).bind(vntext::fold(&t.indicator)).bind(&t.uom).bind(t.direction.as_str())
        .bind(t.planned).bind(outcome_code(t, current.actual)).bind(id).execute(c).await.map(|r| r.rows_affected()));
    match res {
        Ok(_) => {
            let after = get(tx, id).await?;
            audit::record(
                tx,
                Change::updated(after.tenant_id, "target", id, "update", &current, &after),
            )
            .await?;
            Ok(after)
        }
        Err(e) if StoreError::is_unique_violation(&e) => Err(duplicate(t)),
        Err(e) => Err(e.into()),
    }
}

/// A measured value of a target.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, utoipa::ToSchema)]
pub struct ActualInput {
    pub measured_on: NaiveDate,
    pub value: f64,
    pub note: Option<String>,
}

/// Records a measurement; the target's actual value becomes the latest measurement's.
pub async fn record_actual(tx: &mut Tx, target_id: i64, a: ActualInput) -> Result<Target, StoreError> {
    let t = get(tx, target_id).await?;
    // Claiming the version read serialises concurrent measurements of one target.
    crate::version::claim(tx, "target", t.tenant_id, target_id, t.version).await?;
    let value = check_actual(a.value)?;
    let note = domain::text::optional("note", a.note.as_deref(), 1000)?;
    if a.measured_on < t.period_start {
        return Err(StoreError::Invalid(FieldError::invalid(
            "measured_on",
            format!(
                "Ngày đo {} trước kỳ chỉ tiêu {}.",
                a.measured_on.format("%d/%m/%Y"),
                t.period
            ),
            format!(
                "The measurement date {} is before the target period {}.",
                a.measured_on, t.period
            ),
        )));
    }
    let now = tx.now();
    on_tx!(tx, c => sqlx::query(
        "INSERT INTO target_actuals (tenant_id, target_id, measured_on, value, note, created_at) VALUES ($1, $2, $3, $4, $5, $6)")
        .bind(t.tenant_id).bind(target_id).bind(a.measured_on).bind(value).bind(&note).bind(now).execute(c).await?.rows_affected());
    let (latest_on, latest): (NaiveDate, f64) = on_tx!(tx, c => sqlx::query_as(
        "SELECT measured_on, value FROM target_actuals WHERE tenant_id = $2 AND target_id = $1 ORDER BY measured_on DESC, id DESC LIMIT 1")
        .bind(target_id).bind(t.tenant_id).fetch_one(c).await?);
    let outcome = domain::target::outcome(t.direction, t.planned, Some(latest)).as_str();
    on_tx!(tx, c => sqlx::query(
        "UPDATE targets SET actual = $1, actual_on = $2, outcome = $3 WHERE tenant_id = $5 AND id = $4")
        .bind(latest).bind(latest_on).bind(outcome).bind(target_id).bind(t.tenant_id).execute(c).await?.rows_affected());
    let after = get(tx, target_id).await?;
    audit::record(
        tx,
        Change::new(
            t.tenant_id,
            "target",
            target_id,
            "record_actual",
            Some(audit::json(&t)),
            Some(audit::with(&after, "actual", &a)),
        ),
    )
    .await?;
    Ok(after)
}

pub async fn actuals(tx: &mut Tx, target_id: i64) -> Result<Vec<TargetActual>, StoreError> {
    let tenant = get(tx, target_id).await?.tenant_id;
    Ok(on_tx!(tx, c => sqlx::query_as::<_, TargetActual>(
        "SELECT id, target_id, measured_on, value, note FROM target_actuals WHERE tenant_id = $2 AND target_id = $1 ORDER BY measured_on, id")
        .bind(target_id).bind(tenant).fetch_all(c).await?))
}

/// Filters for listing targets.
#[derive(Debug, Clone, Default)]
pub struct TargetFilter {
    pub within: Option<i64>,
    pub unit_id: Option<i64>,
    /// Targets whose period lies inside these bounds.
    pub from: Option<NaiveDate>,
    pub to: Option<NaiveDate>,
    /// Only what this scope may see (the caller's rights); none for trusted callers.
    pub scope: Option<domain::access::Scope>,
}

pub async fn list(tx: &mut Tx, f: &TargetFilter, limit: i64, offset: i64) -> Result<Page<Target>, StoreError> {
    let mut w = Where::new();
    if let Some(s) = &f.scope {
        crate::access::scope_cond_in(&mut w, tx.backend(), "tenant_id", "unit_path", s);
    }
    if let Some(within) = f.within {
        let root = units::path_of(tx, within).await?;
        let cond = crate::sql::subtree(&mut w, tx.backend(), "tenant_id", "unit_path", &root);
        w.cond(cond);
    }
    if let Some(u) = f.unit_id {
        let ph = w.arg(Arg::Int(u));
        w.cond(format!("unit_id = {ph}"));
    }
    if let Some(d) = f.from {
        let ph = w.arg(Arg::Date(d));
        w.cond(format!("period_start >= {ph}"));
    }
    if let Some(d) = f.to {
        let ph = w.arg(Arg::Date(d));
        w.cond(format!("period_end <= {ph}"));
    }
    let where_sql = w.sql();
    let count_sql = format!("SELECT COUNT(*) FROM targets{where_sql}");
    let list_sql = format!(
        "SELECT {COLS} FROM targets{where_sql} ORDER BY unit_id, period_start, id LIMIT {limit} OFFSET {offset}"
    );
    let total: i64 = on_tx!(tx, c => bind_args!(sqlx::query_scalar(sqlx::AssertSqlSafe(count_sql.as_str())), w.args).fetch_one(&mut *c).await?);
    let items: Vec<Target> = on_tx!(tx, c => bind_args!(sqlx::query_as::<_, Target>(sqlx::AssertSqlSafe(list_sql.as_str())), w.args).fetch_all(&mut *c).await?);
    Ok(Page {
        items: items.into_iter().map(Target::derive).collect(),
        total,
        limit,
        offset,
    })
}
