//! Roll-ups for a unit subtree: task counts by status per child unit, rates, the overdue
//! list, key tasks and the targets summary — each an index-driven query, never a tree walk.
//!
//! Counts come from `task_rollup`, kept current in the same transaction as every task
//! write ([`change`]). Status is applied at read time by the domain's one rule: counts are
//! summed per due-date bucket ([`domain::status::DueBucket`]) and each bucket gets
//! [`domain::status::status_in`].

use std::collections::BTreeMap;

use chrono::NaiveDate;
use domain::status::{Clock, Phase, TaskStatus};
use domain::target::TargetSummary;
use serde::Serialize;
use utoipa::ToSchema;

use crate::db::Tx;
use crate::{StoreError, on_tx};

/// Stands for "no due date" in `task_rollup`, whose key cannot hold NULL.
pub const NO_DUE: NaiveDate = NaiveDate::MAX;

pub(crate) fn no_due() -> NaiveDate {
    NaiveDate::from_ymd_opt(9999, 12, 31).unwrap_or(NO_DUE)
}

/// What a task contributes to the roll-up.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct RollupKey {
    /// The task's tenant (that of its lead unit).
    pub tenant_id: i64,
    pub lead_unit_id: i64,
    pub is_key: bool,
    pub phase: Phase,
    pub due_on: Option<NaiveDate>,
}

/// The `child_id` of a tenant's "whole province" rows: under `anc_id` = the tenant's top unit,
/// its tasks counted once more without the child they lie under (no unit has id 0). The
/// national roll-up reads these (a few thousand rows a province) instead of every child's rows
/// (12.9 million at twenty million tasks: 248 ms); every reader of a unit's lines leaves them
/// out (`read::counts`, `tasks::subtree_total`).
pub(crate) const WHOLE: i64 = 0;

/// The condition on `{alias}child_id` that picks the rows counting the subtree of `anc` (of
/// `tenant`) once: a top unit's [`WHOLE`] rows, any other unit's lines.
pub(crate) fn counted_once(alias: &str, tenant: i64, anc: i64) -> String {
    let op = if tenant == anc { "=" } else { "<>" };
    format!("{alias}child_id {op} {WHOLE}")
}

/// The condition on `{alias}child_id` that picks a unit's lines (its own tasks and a child's
/// subtree each), leaving its [`WHOLE`] rows out.
pub(crate) fn lines_only(alias: &str) -> String {
    format!("{alias}child_id <> {WHOLE}")
}

/// Adds `delta` tasks with key `k` to the counts of every ancestor of its lead unit, and to its
/// tenant's [`WHOLE`] row — one statement.
pub async fn add(tx: &mut Tx, k: &RollupKey, delta: i64) -> Result<(), StoreError> {
    // SQLite needs a WHERE clause in an INSERT … SELECT … ON CONFLICT (parser ambiguity). The
    // whole-province row comes from the ancestor row of the top unit, read a second time
    // through a two-row join — not a UNION, which Citus would run on the coordinator (and
    // there mistype the parameters); this runs on the tenant's shard.
    let sql = "INSERT INTO task_rollup (tenant_id, anc_id, child_id, is_key, phase, due_on, n)
               SELECT ua.tenant_id, ua.anc_id, CASE WHEN k.whole = 1 THEN 0 ELSE ua.child_id END, $2, $3, $4, $5
               FROM unit_ancestors ua JOIN (SELECT 0 AS whole UNION ALL SELECT 1) k ON k.whole = 0 OR ua.anc_id = ua.tenant_id
               WHERE ua.tenant_id = $6 AND ua.unit_id = $1
               ON CONFLICT (tenant_id, anc_id, child_id, is_key, phase, due_on) DO UPDATE SET n = task_rollup.n + excluded.n";
    on_tx!(tx, c => sqlx::query(sql).bind(k.lead_unit_id).bind(k.is_key).bind(k.phase.code())
        .bind(k.due_on.unwrap_or_else(no_due)).bind(delta).bind(k.tenant_id).execute(c).await?.rows_affected());
    Ok(())
}

/// Moves one task's count from `old` to `new` (either may be absent: insert, delete).
pub async fn change(tx: &mut Tx, old: Option<RollupKey>, new: Option<RollupKey>) -> Result<(), StoreError> {
    if old == new {
        return Ok(());
    }
    if let Some(o) = old {
        add(tx, &o, -1).await?;
    }
    if let Some(n) = new {
        add(tx, &n, 1).await?;
    }
    Ok(())
}

/// The statement writing the [`WHOLE`] rows from the top units' lines, after a rebuild wrote
/// the lines — of one tenant, or of all. Migration 0031 ran the same for data written before.
fn whole_from_lines(tenant: Option<i64>) -> String {
    let only = tenant.map(|t| format!(" AND tenant_id = {t}")).unwrap_or_default();
    let lines = lines_only("");
    format!(
        "INSERT INTO task_rollup (tenant_id, anc_id, child_id, is_key, phase, due_on, n)
         SELECT tenant_id, anc_id, {WHOLE}, is_key, phase, due_on, SUM(n) FROM task_rollup
         WHERE anc_id = tenant_id AND {lines}{only} GROUP BY tenant_id, anc_id, is_key, phase, due_on"
    )
}

/// Recomputes the whole roll-up from the tasks (after a bulk load).
pub async fn rebuild(tx: &mut Tx) -> Result<(), StoreError> {
    on_tx!(tx, c => {
        sqlx::query("DELETE FROM task_rollup").execute(&mut *c).await?.rows_affected();
        sqlx::query(
            "INSERT INTO task_rollup (tenant_id, anc_id, child_id, is_key, phase, due_on, n)
             SELECT t.tenant_id, ua.anc_id, ua.child_id, t.is_key, t.phase, COALESCE(t.due_on, $1), COUNT(*)
             FROM tasks t JOIN unit_ancestors ua ON ua.tenant_id = t.tenant_id AND ua.unit_id = t.lead_unit_id
             WHERE t.is_group = FALSE
             GROUP BY t.tenant_id, ua.anc_id, ua.child_id, t.is_key, t.phase, COALESCE(t.due_on, $1)")
            .bind(no_due()).execute(&mut *c).await?.rows_affected();
        let whole = whole_from_lines(None);
        sqlx::query(sqlx::AssertSqlSafe(whole.as_str())).execute(&mut *c).await?.rows_affected();
    });
    Ok(())
}

/// Recomputes the roll-up of one tenant from its tasks (after a unit move, for the tenants it
/// touched): one shard on Citus, one province's rows elsewhere.
pub async fn rebuild_tenant(tx: &mut Tx, tenant: i64) -> Result<(), StoreError> {
    on_tx!(tx, c => {
        sqlx::query("DELETE FROM task_rollup WHERE tenant_id = $1").bind(tenant).execute(&mut *c).await?.rows_affected();
        sqlx::query(
            "INSERT INTO task_rollup (tenant_id, anc_id, child_id, is_key, phase, due_on, n)
             SELECT t.tenant_id, ua.anc_id, ua.child_id, t.is_key, t.phase, COALESCE(t.due_on, $1), COUNT(*)
             FROM tasks t JOIN unit_ancestors ua ON ua.tenant_id = t.tenant_id AND ua.unit_id = t.lead_unit_id
             WHERE t.tenant_id = $2 AND t.is_group = FALSE
             GROUP BY t.tenant_id, ua.anc_id, ua.child_id, t.is_key, t.phase, COALESCE(t.due_on, $1)")
            .bind(no_due()).bind(tenant).execute(&mut *c).await?.rows_affected();
        let whole = whole_from_lines(Some(tenant));
        sqlx::query(sqlx::AssertSqlSafe(whole.as_str())).execute(&mut *c).await?.rows_affected();
    });
    Ok(())
}

/// Task counts by status.
#[derive(Debug, Clone, PartialEq, Serialize, ToSchema)]
pub struct StatusCounts {
    pub total: i64,
    /// Status code → count; every status is present.
    pub by_status: BTreeMap<String, i64>,
    /// Completed (on time or late) over all but cancelled, in percent.
    pub completion_rate: Option<f64>,
    /// Completed on time over completed, in percent.
    pub on_time_rate: Option<f64>,
}

impl Default for StatusCounts {
    /// Zero for every status, so every status code is present in the answer.
    fn default() -> Self {
        StatusCounts {
            total: 0,
            by_status: TaskStatus::ALL.iter().map(|s| (s.as_str().to_string(), 0)).collect(),
            completion_rate: None,
            on_time_rate: None,
        }
    }
}

impl StatusCounts {
    fn new() -> Self {
        Self::default()
    }

    fn add(&mut self, status: TaskStatus, n: i64) {
        self.total += n;
        *self.by_status.entry(status.as_str().to_string()).or_default() += n;
    }

    pub fn get(&self, s: TaskStatus) -> i64 {
        self.by_status.get(s.as_str()).copied().unwrap_or(0)
    }

    fn finish(mut self) -> Self {
        let done = self.get(TaskStatus::CompletedOnTime) + self.get(TaskStatus::CompletedLate);
        let live = self.total - self.get(TaskStatus::Cancelled);
        self.completion_rate = (live > 0).then(|| done as f64 * 100.0 / live as f64);
        self.on_time_rate = (done > 0).then(|| self.get(TaskStatus::CompletedOnTime) as f64 * 100.0 / done as f64);
        self
    }
}

/// One child unit's line of the roll-up (or the unit's own tasks, when `own` is true).
#[derive(Debug, Clone, PartialEq, Serialize, ToSchema)]
pub struct ChildRollup {
    pub unit_id: i64,
    pub name: String,
    pub kind: String,
    /// True for the line counting tasks led by the unit itself rather than a child.
    pub own: bool,
    pub counts: StatusCounts,
}

/// An overdue task, with how late it is and who owns it.
#[derive(Debug, Clone, PartialEq, Serialize, sqlx::FromRow, ToSchema)]
pub struct OverdueTask {
    pub id: i64,
    pub code: Option<String>,
    pub title: String,
    /// None for open-ended work (in the key-task list).
    pub due_on: Option<NaiveDate>,
    pub progress: i32,
    pub lead_unit_id: i64,
    pub lead_unit_name: String,
    pub responsible_id: Option<i64>,
    pub responsible_name: Option<String>,
    pub plan_id: i64,
    pub plan_symbol: String,
    #[sqlx(skip)]
    pub days_late: i64,
    #[sqlx(skip)]
    pub status: Option<TaskStatus>,
}

/// The whole roll-up of a subtree for a period.
#[derive(Debug, Clone, PartialEq, Serialize, ToSchema)]
pub struct Rollup {
    /// The unit rolled up; none for several subtrees side by side (the whole country).
    pub unit_id: Option<i64>,
    pub unit_name: String,
    pub as_of: NaiveDate,
    pub from: Option<NaiveDate>,
    pub to: Option<NaiveDate>,
    pub totals: StatusCounts,
    pub children: Vec<ChildRollup>,
    pub key_tasks: StatusCounts,
    /// Up to `overdue_limit` overdue tasks, most days late first.
    pub overdue: Vec<OverdueTask>,
    pub overdue_total: i64,
    /// Open key tasks, nearest due date first (up to 50).
    pub key_open: Vec<OverdueTask>,
    pub targets: TargetSummary,
    /// "16/16 đạt, 09/16 vượt".
    pub targets_headline: String,
}

/// Which subtree, period and day to roll up.
#[derive(Debug, Clone, Copy)]
pub struct RollupQuery {
    pub unit_id: i64,
    pub from: Option<NaiveDate>,
    pub to: Option<NaiveDate>,
    pub clock: Clock,
    pub overdue_limit: i64,
}

mod read;

pub use read::{Lines, line_counts, lines, rollup, rollup_of_roots};
