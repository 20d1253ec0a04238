//! Publishing to citizens: a unit's choice of what is public (`publications`,
//! `publication_plans`, migration 0013), and the public page read from it. The page reads
//! only what was chosen, and only columns that hold no person, note or request: plan symbols
//! and titles with task counts, target figures, titles and dates of completed key tasks.

use chrono::{DateTime, NaiveDate, Utc};
use domain::Valid;
use domain::publication::PublicationInput;
use domain::target::{Direction, TargetOutcome, TargetSummary};
use serde::Serialize;

use crate::audit::{self, Change};
use crate::{StoreError, Tx, on_tx, units};

/// A unit's publication settings.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Publication {
    pub unit_id: i64,
    pub published: bool,
    pub intro: String,
    pub plan_ids: Vec<i64>,
    pub show_targets: bool,
    pub targets_year: Option<i32>,
    pub show_key_tasks: bool,
    pub version: i64,
    pub updated_at: DateTime<Utc>,
}

type Row = (bool, String, bool, Option<i32>, bool, i64, DateTime<Utc>);

/// The unit's settings, if it ever published.
pub async fn get(tx: &mut Tx, unit_id: i64) -> Result<Option<Publication>, StoreError> {
    // A unit's publication is in the unit's tenant: found first, then read there.
    let Some(tenant) = crate::units::tenant_of(tx, unit_id).await? else {
        return Ok(None);
    };
    let row: Option<Row> = on_tx!(tx, c => sqlx::query_as(
        "SELECT published, intro, show_targets, targets_year, show_key_tasks, version, updated_at
         FROM publications WHERE tenant_id = $2 AND unit_id = $1")
        .bind(unit_id).bind(tenant).fetch_optional(&mut *c).await?);
    let Some((published, intro, show_targets, targets_year, show_key_tasks, version, updated_at)) = row else {
        return Ok(None);
    };
    let plan_ids: Vec<i64> = on_tx!(tx, c => sqlx::query_scalar(
        "SELECT plan_id FROM publication_plans WHERE tenant_id = $2 AND unit_id = $1 ORDER BY plan_id")
        .bind(unit_id).bind(tenant).fetch_all(&mut *c).await?);
    Ok(Some(Publication {
        unit_id,
        published,
        intro,
        plan_ids,
        show_targets,
        targets_year,
        show_key_tasks,
        version,
        updated_at,
    }))
}

/// Saves the unit's settings (all or nothing, audited as `publish`, `unpublish` or `update`).
pub async fn save(tx: &mut Tx, unit_id: i64, input: &Valid<PublicationInput>) -> Result<Publication, StoreError> {
    let before = get(tx, unit_id).await?;
    let unit = units::get(tx, unit_id).await?;
    let now = tx.now();
    on_tx!(tx, c => sqlx::query(
        "INSERT INTO publications (unit_id, tenant_id, published, intro, show_targets, targets_year, show_key_tasks, version, updated_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, 1, $8)
         ON CONFLICT (tenant_id, unit_id) DO UPDATE SET published = excluded.published, intro = excluded.intro,
             show_targets = excluded.show_targets, targets_year = excluded.targets_year,
             show_key_tasks = excluded.show_key_tasks, version = publications.version + 1,
             updated_at = excluded.updated_at")
        .bind(unit_id).bind(unit.tenant_id).bind(input.published).bind(&input.intro)
        .bind(input.show_targets).bind(input.targets_year).bind(input.show_key_tasks).bind(now)
        .execute(&mut *c).await?.rows_affected());
    on_tx!(tx, c => sqlx::query("DELETE FROM publication_plans WHERE tenant_id = $2 AND unit_id = $1")
        .bind(unit_id).bind(unit.tenant_id).execute(&mut *c).await?.rows_affected());
    for p in &input.plan_ids {
        on_tx!(tx, c => sqlx::query("INSERT INTO publication_plans (tenant_id, unit_id, plan_id) VALUES ($3, $1, $2)")
            .bind(unit_id).bind(*p).bind(unit.tenant_id).execute(&mut *c).await?.rows_affected());
    }
    let after = get(tx, unit_id).await?.ok_or(StoreError::NotFound {
        entity: "publication",
        id: unit_id,
    })?;
    let was_public = before.as_ref().is_some_and(|b| b.published);
    let action = match (was_public, after.published) {
        (false, true) => "publish",
        (true, false) => "unpublish",
        _ => "update",
    };
    audit::record(
        tx,
        Change::updated(unit.tenant_id, "publication", unit_id, action, &before, &after),
    )
    .await?;
    Ok(after)
}

/// A published plan with its progress in the unit's subtree.
#[derive(Debug, Clone, PartialEq, Serialize, sqlx::FromRow)]
pub struct PublicPlan {
    pub id: i64,
    pub symbol: String,
    pub title: String,
    pub issued_on: NaiveDate,
    /// Tasks of the plan led in the subtree (not cancelled, not group headings).
    pub tasks: i64,
    pub completed: i64,
}

/// A published target: figures only.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct PublicTarget {
    pub indicator: String,
    pub uom: String,
    pub planned: f64,
    pub actual: Option<f64>,
    pub outcome: TargetOutcome,
}

/// A completed key task: what was done, by which unit, when.
#[derive(Debug, Clone, PartialEq, Serialize, sqlx::FromRow)]
pub struct PublicTask {
    pub title: String,
    pub unit: String,
    pub completed_on: Option<NaiveDate>,
}

/// Everything a public page shows.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct PublicPage {
    pub unit_id: i64,
    pub unit_name: String,
    pub intro: String,
    pub updated_at: DateTime<Utc>,
    pub plans: Vec<PublicPlan>,
    pub targets_year: Option<i32>,
    pub targets: Vec<PublicTarget>,
    pub targets_summary: TargetSummary,
    pub key_tasks: Option<Vec<PublicTask>>,
}

/// Most completed key tasks a public page lists.
pub const KEY_TASKS_SHOWN: i64 = 50;

/// The public page of a unit, or none when it is not published (the same answer as a unit
/// that does not exist).
pub async fn public_page(tx: &mut Tx, unit_id: i64) -> Result<Option<PublicPage>, StoreError> {
    let Some(p) = get(tx, unit_id).await?.filter(|p| p.published) else {
        return Ok(None);
    };
    let unit = units::get(tx, unit_id).await?;
    let (lo, hi) = units::path_of(tx, unit_id).await?.range();
    let mut plans = Vec::new();
    for plan in &p.plan_ids {
        let row: Option<PublicPlan> = on_tx!(tx, c => sqlx::query_as::<_, PublicPlan>(
            "SELECT d.id, d.symbol, d.title, d.issued_on,
                    CAST(COUNT(t.id) AS BIGINT) AS tasks,
                    CAST(COALESCE(SUM(CASE WHEN t.phase IN (1, 2) THEN 1 ELSE 0 END), 0) AS BIGINT) AS completed
             FROM documents d LEFT JOIN tasks t ON t.tenant_id = d.tenant_id AND t.plan_id = d.id AND t.is_group = FALSE AND t.phase <> 0
                  AND t.unit_path >= $2 AND t.unit_path < $3
             WHERE d.id = $1 GROUP BY d.id, d.symbol, d.title, d.issued_on")
            .bind(*plan).bind(&lo).bind(&hi).fetch_optional(&mut *c).await?);
        plans.extend(row);
    }
    let mut targets = Vec::new();
    let mut summary = TargetSummary::default();
    if let Some(year) = p.targets_year.filter(|_| p.show_targets) {
        let from = NaiveDate::from_ymd_opt(year, 1, 1).unwrap_or(NaiveDate::MIN);
        let to = NaiveDate::from_ymd_opt(year, 12, 31).unwrap_or(NaiveDate::MAX);
        let rows: Vec<(String, String, String, f64, Option<f64>)> = on_tx!(tx, c => sqlx::query_as(
            "SELECT indicator, uom, direction, planned, actual FROM targets
             WHERE unit_path >= $1 AND unit_path < $2 AND period_start >= $3 AND period_end <= $4
             ORDER BY period_start, id")
            .bind(&lo).bind(&hi).bind(from).bind(to).fetch_all(&mut *c).await?);
        for (indicator, uom, direction, planned, actual) in rows {
            let dir = Direction::parse(&direction).unwrap_or(Direction::Higher);
            let outcome = domain::target::outcome(dir, planned, actual);
            summary.add(outcome);
            targets.push(PublicTarget {
                indicator,
                uom,
                planned,
                actual,
                outcome,
            });
        }
    }
    let key_tasks = if p.show_key_tasks {
        let rows: Vec<PublicTask> = on_tx!(tx, c => sqlx::query_as::<_, PublicTask>(
            "SELECT t.title, u.name AS unit, t.completed_on FROM tasks t JOIN units u ON u.tenant_id = t.tenant_id AND u.id = t.lead_unit_id
             WHERE t.unit_path >= $1 AND t.unit_path < $2 AND t.is_key = TRUE AND t.is_group = FALSE
               AND t.phase IN (1, 2)
             ORDER BY t.completed_on DESC, t.id DESC LIMIT $3")
            .bind(&lo).bind(&hi).bind(KEY_TASKS_SHOWN).fetch_all(&mut *c).await?);
        Some(rows)
    } else {
        None
    };
    Ok(Some(PublicPage {
        unit_id,
        unit_name: unit.name,
        intro: p.intro,
        updated_at: p.updated_at,
        plans,
        targets_year: p.targets_year.filter(|_| p.show_targets),
        targets,
        targets_summary: summary,
        key_tasks,
    }))
}

/// The published units, for the sitemap: (id, last change).
pub async fn published(tx: &mut Tx) -> Result<Vec<(i64, DateTime<Utc>)>, StoreError> {
    Ok(on_tx!(tx, c => sqlx::query_as(
        "SELECT unit_id, updated_at FROM publications WHERE published = TRUE ORDER BY unit_id")
        .fetch_all(&mut *c).await?))
}
