//! Reminder rules kept per assigning unit, the tasks a daily run looks at, and the record of
//! each run.

use std::collections::HashMap;

use chrono::{DateTime, NaiveDate, Utc};
use domain::Valid;
use domain::reminder::ReminderRules;
use serde::Serialize;
use sqlx::FromRow;
use utoipa::ToSchema;

use crate::audit::{self, Change};
use crate::{StoreError, Tx, on_tx};

#[derive(FromRow)]
struct RulesRow {
    unit_id: i64,
    before_days: String,
    on_day: bool,
    after_days: String,
    escalate_head_after: Option<i32>,
    escalate_office_after: Option<i32>,
}

fn days(text: &str) -> Vec<u32> {
    text.split(',').filter_map(|d| d.trim().parse().ok()).collect()
}

fn join(days: &[u32]) -> String {
    days.iter().map(u32::to_string).collect::<Vec<_>>().join(",")
}

impl RulesRow {
    fn rules(&self) -> ReminderRules {
        let opt = |d: Option<i32>| d.and_then(|d| u32::try_from(d).ok());
        ReminderRules {
            before_days: days(&self.before_days),
            on_day: self.on_day,
            after_days: days(&self.after_days),
            escalate_head_after: opt(self.escalate_head_after),
            escalate_office_after: opt(self.escalate_office_after),
        }
    }
}

const RULE_COLS: &str = "unit_id, before_days, on_day, after_days, escalate_head_after, escalate_office_after";

/// The rules a unit set itself, if any.
pub async fn rules_of(tx: &mut Tx, unit_id: i64) -> Result<Option<ReminderRules>, StoreError> {
    // A unit's rules are in its tenant (one shard on Citus); none for no such unit.
    let Some(tenant) = crate::units::tenant_of(tx, unit_id).await? else {
        return Ok(None);
    };
    let sql = format!("SELECT {RULE_COLS} FROM reminder_rules WHERE tenant_id = $2 AND unit_id = $1");
    let row: Option<RulesRow> = on_tx!(tx, c => sqlx::query_as(sqlx::AssertSqlSafe(sql.as_str()))
        .bind(unit_id).bind(tenant).fetch_optional(c).await?);
    Ok(row.map(|r| r.rules()))
}

/// The rules in force for work a unit assigns: its own, else those of its nearest ancestor
/// that set some, else the installation's defaults. With the unit that set them.
pub async fn rules_for(tx: &mut Tx, unit_id: i64) -> Result<(Option<i64>, ReminderRules), StoreError> {
    // A unit's ancestors and their rules are in its tenant (one shard on Citus).
    let row: Option<RulesRow> = match crate::units::tenant_of(tx, unit_id).await? {
        None => None,
        Some(tenant) => {
            let sql = "SELECT r.unit_id, r.before_days, r.on_day, r.after_days, r.escalate_head_after, r.escalate_office_after \
                 FROM unit_ancestors a JOIN reminder_rules r ON r.tenant_id = a.tenant_id AND r.unit_id = a.anc_id JOIN units x ON x.tenant_id = a.tenant_id AND x.id = a.anc_id \
                 WHERE a.tenant_id = $2 AND a.unit_id = $1 ORDER BY x.depth DESC LIMIT 1";
            on_tx!(tx, c => sqlx::query_as(sql).bind(unit_id).bind(tenant).fetch_optional(c).await?)
        }
    };
    Ok(match row {
        Some(r) => (Some(r.unit_id), r.rules()),
        None => (None, ReminderRules::default()),
    })
}

/// Every unit's own rules.
pub async fn all_rules(tx: &mut Tx) -> Result<HashMap<i64, ReminderRules>, StoreError> {
    let sql = format!("SELECT {RULE_COLS} FROM reminder_rules");
    let rows: Vec<RulesRow> = on_tx!(tx, c => sqlx::query_as(sqlx::AssertSqlSafe(sql.as_str())).fetch_all(c).await?);
    Ok(rows.into_iter().map(|r| (r.unit_id, r.rules())).collect())
}

/// For each unit in `units`, its ancestors nearest first (itself included): to find the rules
/// in force without a query per task.
pub async fn ancestry(tx: &mut Tx, units: &[i64]) -> Result<HashMap<i64, Vec<i64>>, StoreError> {
    let mut out: HashMap<i64, Vec<(i32, i64)>> = HashMap::new();
    for chunk in units.chunks(500) {
        let list = chunk.iter().map(i64::to_string).collect::<Vec<_>>().join(",");
        let sql = format!(
            "SELECT a.unit_id, a.anc_id, x.depth FROM unit_ancestors a JOIN units x ON x.tenant_id = a.tenant_id AND x.id = a.anc_id \
             WHERE a.unit_id IN ({list})"
        );
        let rows: Vec<(i64, i64, i32)> =
            on_tx!(tx, c => sqlx::query_as(sqlx::AssertSqlSafe(sql.as_str())).fetch_all(c).await?);
        for (u, a, d) in rows {
            out.entry(u).or_default().push((d, a));
        }
    }
    Ok(out
        .into_iter()
        .map(|(u, mut v)| {
            v.sort_by_key(|x| std::cmp::Reverse(x.0));
            (u, v.into_iter().map(|(_, a)| a).collect())
        })
        .collect())
}

/// Sets a unit's rules (recorded in the audit trail).
pub async fn set_rules(tx: &mut Tx, unit_id: i64, r: &Valid<ReminderRules>) -> Result<(), StoreError> {
    let before = rules_of(tx, unit_id).await?;
    let now = tx.now();
    let opt = |d: Option<u32>| d.and_then(|d| i32::try_from(d).ok());
    on_tx!(tx, c => sqlx::query(
        "INSERT INTO reminder_rules (tenant_id, unit_id, before_days, on_day, after_days, escalate_head_after, \
         escalate_office_after, updated_at) SELECT tenant_id, id, $2, $3, $4, $5, $6, $7 FROM units WHERE id = $1 \
         ON CONFLICT (tenant_id, unit_id) DO UPDATE SET \
         before_days = excluded.before_days, on_day = excluded.on_day, after_days = excluded.after_days, \
         escalate_head_after = excluded.escalate_head_after, escalate_office_after = excluded.escalate_office_after, \
         version = reminder_rules.version + 1, updated_at = excluded.updated_at")
        .bind(unit_id).bind(join(&r.before_days)).bind(r.on_day).bind(join(&r.after_days))
        .bind(opt(r.escalate_head_after)).bind(opt(r.escalate_office_after)).bind(now)
        .execute(c).await?.rows_affected());
    let after: &ReminderRules = r;
    let tenant = audit::tenant_of(tx, "units", unit_id).await?;
    let change = match before {
        Some(b) => Change::updated(tenant, "reminder_rules", unit_id, "update", &b, after),
        None => Change::created(tenant, "reminder_rules", unit_id, after),
    };
    audit::record(tx, change).await
}

/// An open task due on a given day, as the reminder run sees it.
#[derive(Debug, Clone, Copy, PartialEq, FromRow)]
pub struct DueTask {
    pub id: i64,
    pub phase: i32,
    pub due_on: NaiveDate,
    /// The unit that assigned it (the unit that split it, else its plan's issuer).
    pub assigner_unit_id: i64,
}

/// Open tasks (started or not) due on `day`, headings excluded. Reads the open-work index.
pub async fn due_on(tx: &mut Tx, day: NaiveDate) -> Result<Vec<DueTask>, StoreError> {
    Ok(on_tx!(tx, c => sqlx::query_as::<_, DueTask>(
        "SELECT t.id, t.phase, t.due_on, COALESCE(t.assigner_unit_id, d.issuer_unit_id) AS assigner_unit_id \
         FROM tasks t JOIN documents d ON d.tenant_id = t.tenant_id AND d.id = t.plan_id \
         WHERE t.due_on = $1 AND t.phase >= 4 AND t.is_group = FALSE")
        .bind(day).fetch_all(c).await?))
}

/// A reminder run, as the metrics and the administrator see it.
#[derive(Debug, Clone, PartialEq, Serialize, FromRow, ToSchema)]
pub struct Run {
    pub id: i64,
    pub day: NaiveDate,
    pub started_at: DateTime<Utc>,
    pub finished_at: Option<DateTime<Utc>>,
    pub tasks: i64,
    pub notifications: i64,
    pub mails: i64,
}

/// Starts the record of a run.
pub async fn start_run(tx: &mut Tx, day: NaiveDate) -> Result<i64, StoreError> {
    let now = tx.now();
    Ok(on_tx!(tx, c => sqlx::query_scalar(
        "INSERT INTO reminder_runs (day, started_at) VALUES ($1, $2) RETURNING id")
        .bind(day).bind(now).fetch_one(c).await?))
}

/// Completes the record of a run.
pub async fn finish_run(tx: &mut Tx, id: i64, tasks: i64, notifications: i64, mails: i64) -> Result<(), StoreError> {
    let now = tx.now();
    on_tx!(tx, c => sqlx::query(
        "UPDATE reminder_runs SET finished_at = $1, tasks = $2, notifications = $3, mails = $4 WHERE id = $5")
        .bind(now).bind(tasks).bind(notifications).bind(mails).bind(id).execute(c).await?.rows_affected());
    Ok(())
}

/// Whether a run for `day` has finished.
pub async fn ran_on(tx: &mut Tx, day: NaiveDate) -> Result<bool, StoreError> {
    let n: i64 = on_tx!(tx, c => sqlx::query_scalar(
        "SELECT COUNT(*) FROM reminder_runs WHERE day = $1 AND finished_at IS NOT NULL")
        .bind(day).fetch_one(c).await?);
    Ok(n > 0)
}

/// Finished runs and the latest run.
pub async fn runs_summary(tx: &mut Tx) -> Result<(i64, Option<Run>), StoreError> {
    let n: i64 = on_tx!(tx, c => sqlx::query_scalar(
        "SELECT COUNT(*) FROM reminder_runs WHERE finished_at IS NOT NULL").fetch_one(&mut *c).await?);
    let last: Option<Run> = on_tx!(tx, c => sqlx::query_as(
        "SELECT id, day, started_at, finished_at, tasks, notifications, mails FROM reminder_runs \
         WHERE finished_at IS NOT NULL ORDER BY id DESC LIMIT 1").fetch_optional(&mut *c).await?);
    Ok((n, last))
}
