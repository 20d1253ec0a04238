//! The yearly classification of a person under a rule-set family: derived from the decided
//! periods by the rule set, stored with the emulation titles it proposes; an override keeps the
//! derived level beside it and needs a reason (audited).

use domain::FieldError;
use domain::evaluation::{Level, YearEvaluation};
use serde::Serialize;
use sqlx::FromRow;

use crate::audit::{self, Change};
use crate::db::Tx;
use crate::{StoreError, on_tx};

#[derive(Debug, Clone, PartialEq, Serialize, FromRow, utoipa::ToSchema)]
pub struct YearRecord {
    pub id: i64,
    pub person_id: i64,
    pub year: i32,
    pub family: String,
    pub rule_set_id: i64,
    pub periods: i32,
    /// Mean of the period scores, in hundredths.
    pub points: i64,
    /// The level the rule set derives.
    pub level: String,
    pub override_level: Option<String>,
    pub override_reason: Option<String>,
    /// Proposed emulation titles (JSON list).
    pub titles: String,
    pub version: i64,
}

const COLS: &str = "id, person_id, year, family, rule_set_id, periods, points, level, override_level, override_reason, titles, version";

/// The decided periods of a person's year (period code, total in hundredths, decided level).
pub async fn decided_periods(
    tx: &mut Tx,
    person_id: i64,
    year: i32,
    family: &str,
) -> Result<Vec<(String, i64, String, i64)>, StoreError> {
    let (lo, hi) = (format!("{year}-"), format!("{year}."));
    Ok(on_tx!(tx, c => sqlx::query_as(
        "SELECT period, COALESCE(total, 0), decided_level, rule_set_id FROM evaluations
         WHERE person_id = $1 AND family = $2 AND period >= $3 AND period < $4 AND decided_level IS NOT NULL
         ORDER BY period_start")
        .bind(person_id).bind(family).bind(lo).bind(hi).fetch_all(c).await?))
}

pub async fn get(tx: &mut Tx, person_id: i64, year: i32, family: &str) -> Result<Option<YearRecord>, StoreError> {
    let sql = format!("SELECT {COLS} FROM evaluation_years WHERE person_id = $1 AND year = $2 AND family = $3");
    Ok(
        on_tx!(tx, c => sqlx::query_as::<_, YearRecord>(sqlx::AssertSqlSafe(sql.as_str()))
        .bind(person_id).bind(year).bind(family).fetch_optional(c).await?),
    )
}

/// Stores (or replaces) the derived classification; an override already made is kept.
pub async fn save(
    tx: &mut Tx,
    person_id: i64,
    family: &str,
    rule_set_id: i64,
    y: &YearEvaluation,
) -> Result<YearRecord, StoreError> {
    let before = get(tx, person_id, y.year, family).await?;
    let (tenant, path): (i64, String) = crate::own_tenants::one_by_id(tx, "tenant_id", person_id, |cond| {
        format!("SELECT tenant_id, unit_path FROM people WHERE id = $1{cond}")
    })
    .await?
    .ok_or(StoreError::not_found("person", person_id))?;
    let titles = serde_json::to_string(&y.titles).unwrap_or_else(|_| "[]".into());
    let now = tx.now();
    on_tx!(tx, c => sqlx::query(
        "INSERT INTO evaluation_years (tenant_id, person_id, unit_path, year, family, rule_set_id, periods, points, level,
                                       titles, created_at, updated_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $11)
         ON CONFLICT (tenant_id, person_id, year, family) DO UPDATE SET rule_set_id = excluded.rule_set_id,
             periods = excluded.periods, points = excluded.points, level = excluded.level, titles = excluded.titles,
             version = evaluation_years.version + 1, updated_at = excluded.updated_at")
        .bind(tenant).bind(person_id).bind(&path).bind(y.year).bind(family).bind(rule_set_id)
        .bind(i32::try_from(y.periods).unwrap_or(i32::MAX)).bind(y.points.hundredths())
        .bind(y.classification.level.as_str()).bind(&titles).bind(now).execute(c).await?.rows_affected());
    let after = get(tx, person_id, y.year, family)
        .await?
        .ok_or(StoreError::not_found("evaluation_year", person_id))?;
    let change = match &before {
        Some(b) => Change::updated(tenant, "evaluation_year", after.id, "classify", b, &after),
        None => Change::created(tenant, "evaluation_year", after.id, &after),
    };
    audit::record(tx, change).await?;
    Ok(after)
}

/// Overrides the derived level, with a reason (audited); `version` is the one the client read.
pub async fn override_level(
    tx: &mut Tx,
    id: i64,
    version: i64,
    level: Level,
    reason: &str,
) -> Result<YearRecord, StoreError> {
    let sql = format!("SELECT {COLS} FROM evaluation_years WHERE id = $1");
    let before: YearRecord = on_tx!(tx, c => sqlx::query_as::<_, YearRecord>(sqlx::AssertSqlSafe(sql.as_str()))
        .bind(id).fetch_optional(c).await?)
    .ok_or(StoreError::not_found("evaluation_year", id))?;
    let reason = domain::text::required("reason", reason, 2000)?;
    if before.level == level.as_str() {
        return Err(StoreError::Invalid(FieldError::invalid(
            "override_level",
            "Mức điều chỉnh trùng với mức xếp loại theo quy định; không cần điều chỉnh.",
            "The adjusted level is the derived one; nothing to override.",
        )));
    }
    let tenant = audit::tenant_of(tx, "evaluation_years", id).await?;
    crate::version::claim(tx, "evaluation_year", tenant, id, version).await?;
    on_tx!(tx, c => sqlx::query("UPDATE evaluation_years SET override_level = $1, override_reason = $2 WHERE tenant_id = $3 AND id = $4")
        .bind(level.as_str()).bind(&reason).bind(tenant).bind(id).execute(c).await?.rows_affected());
    let after: YearRecord = on_tx!(tx, c => sqlx::query_as::<_, YearRecord>(sqlx::AssertSqlSafe(sql.as_str()))
        .bind(id).fetch_one(c).await?);
    audit::record(
        tx,
        Change::updated(tenant, "evaluation_year", id, "override", &before, &after),
    )
    .await?;
    Ok(after)
}
