//! Roll-ups for a unit subtree: task counts by status per child unit, rates, the overdue
//! list, key tasks and the targets summary — each an index-driven query, never a tree walk.
//!
//! Counts come from `task_rollup`, kept current in the same transaction as every task
//! write ([`change`]). Status is applied at read time by the domain's one rule: counts are
//! summed per due-date bucket ([`domain::status::DueBucket`]) and each bucket gets
//! [`domain::status::status_in`].

use std::collections::BTreeMap;

use chrono::NaiveDate;
use domain::status::{Clock, DueBucket, Phase, TaskStatus, status_in};
use domain::target::{TargetOutcome, TargetSummary};
use serde::Serialize;
use utoipa::ToSchema;

use crate::db::Tx;
use crate::sql::{Arg, Where};
use crate::{StoreError, bind_args, on_tx, units};

/// Stands for "no due date" in `task_rollup`, whose key cannot hold NULL.
pub const NO_DUE: NaiveDate = NaiveDate::MAX;

fn no_due() -> NaiveDate {
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

/// Adds `delta` tasks with key `k` to the counts of every ancestor of its lead unit.
pub async fn add(tx: &mut Tx, k: &RollupKey, delta: i64) -> Result<(), StoreError> {
    // SQLite needs a WHERE clause in an INSERT … SELECT … ON CONFLICT (parser ambiguity).
    let sql = "INSERT INTO task_rollup (tenant_id, anc_id, child_id, is_key, phase, due_on, n)
               SELECT tenant_id, anc_id, child_id, $2, $3, $4, $5 FROM unit_ancestors WHERE tenant_id = $6 AND unit_id = $1
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

/// Recomputes the whole roll-up from the tasks (after a unit move or a bulk load).
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
    pub unit_id: i64,
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

pub async fn rollup(tx: &mut Tx, q: &RollupQuery) -> Result<Rollup, StoreError> {
    let unit = units::get(tx, q.unit_id).await?;
    let path = units::path_of(tx, q.unit_id).await?;
    let (lo, hi) = path.range();

    // 1. Counts per child and key flag, from task_rollup. Grouped in the primary key's order
    //    (child, key flag, phase) with the due dates summed into the status rule's three buckets,
    //    so the database never sorts the subtree's (up to ~10^5) rows; the rule itself is
    //    applied here, once per bucket, by the domain (`status_in`).
    let mut w = Where::new();
    let today = w.arg(Arg::Date(q.clock.today));
    let soon = w.arg(Arg::Date(q.clock.soon_limit()));
    let anc = w.arg(Arg::Int(q.unit_id));
    w.cond(format!("r.anc_id = {anc}"));
    period_cond(&mut w, "r.due_on", q, NoDue::Sentinel);
    let sql = format!(
        "SELECT r.child_id, r.is_key, r.phase,
                CAST(SUM(CASE WHEN r.due_on < {today} THEN r.n ELSE 0 END) AS BIGINT) AS before_today,
                CAST(SUM(CASE WHEN r.due_on >= {today} AND r.due_on <= {soon} THEN r.n ELSE 0 END) AS BIGINT) AS by_soon,
                CAST(SUM(CASE WHEN r.due_on > {soon} THEN r.n ELSE 0 END) AS BIGINT) AS later
         FROM task_rollup r{} GROUP BY r.child_id, r.is_key, r.phase",
        w.sql()
    );
    let rows: Vec<(i64, bool, i32, i64, i64, i64)> = on_tx!(tx, c => bind_args!(sqlx::query_as(sqlx::AssertSqlSafe(sql.as_str())), w.args).fetch_all(&mut *c).await?);

    let children_units = units::children(tx, q.unit_id).await?;
    let mut per_child: BTreeMap<i64, StatusCounts> = BTreeMap::new();
    let mut totals = StatusCounts::new();
    let mut key_tasks = StatusCounts::new();
    for (child, is_key, phase, before_today, by_soon, later) in rows {
        let Some(phase) = Phase::from_code(phase) else { continue };
        for (bucket, n) in DueBucket::ALL.into_iter().zip([before_today, by_soon, later]) {
            if n == 0 {
                continue;
            }
            let s = status_in(phase, bucket);
            per_child.entry(child).or_default().add(s, n);
            totals.add(s, n);
            if is_key {
                key_tasks.add(s, n);
            }
        }
    }
    let mut children = Vec::new();
    if let Some(own) = per_child.remove(&q.unit_id).filter(|c| c.total > 0) {
        children.push(ChildRollup {
            unit_id: unit.id,
            name: unit.name.clone(),
            kind: unit.kind.as_str().into(),
            own: true,
            counts: own.finish(),
        });
    }
    for u in children_units {
        let counts = per_child.remove(&u.id).unwrap_or_default().finish();
        children.push(ChildRollup {
            unit_id: u.id,
            name: u.name,
            kind: u.kind.as_str().into(),
            own: false,
            counts,
        });
    }

    // 2. The overdue list: open tasks past due, walking the open-by-due-date index.
    let overdue_total = totals.get(TaskStatus::Overdue);
    let overdue = task_list(tx, q, &lo, &hi, ListKind::Overdue).await?;
    // Open key tasks: the dated ones nearest their deadline (walking the key-task index),
    // then open-ended ones if room is left — two index-ordered queries instead of one sort.
    let mut key_open = task_list(tx, q, &lo, &hi, ListKind::KeyDated).await?;
    if key_open.len() < KEY_LIST {
        key_open.extend(task_list(tx, q, &lo, &hi, ListKind::KeyOpenEnded).await?);
        key_open.truncate(KEY_LIST);
    }

    // 3. Targets of the subtree in the period, by stored outcome.
    let targets = target_summary(tx, &lo, &hi, q).await?;

    Ok(Rollup {
        unit_id: unit.id,
        unit_name: unit.name,
        as_of: q.clock.today,
        from: q.from,
        to: q.to,
        totals: totals.finish(),
        children,
        key_tasks: key_tasks.finish(),
        overdue,
        overdue_total,
        key_open,
        targets_headline: targets.headline_vi(),
        targets,
    })
}

/// How many open key tasks the roll-up lists.
const KEY_LIST: usize = 50;

/// How a due-date column says "no due date".
#[derive(Clone, Copy)]
enum NoDue {
    /// `task_rollup.due_on` holds the sentinel date.
    Sentinel,
    /// The query only sees dated rows.
    Dated,
}

/// Restricts `col` to the query's period; tasks with no due date count in every period.
fn period_cond(w: &mut Where, col: &str, q: &RollupQuery, no_due_as: NoDue) {
    for (bound, op) in [(q.from, ">="), (q.to, "<=")] {
        let Some(d) = bound else { continue };
        let ph = w.arg(Arg::Date(d));
        match no_due_as {
            NoDue::Sentinel => {
                let nd = w.arg(Arg::Date(no_due()));
                w.cond(format!("({col} {op} {ph} OR {col} = {nd})"));
            }
            NoDue::Dated => w.cond(format!("{col} {op} {ph}")),
        }
    }
}

enum ListKind {
    Overdue,
    KeyDated,
    KeyOpenEnded,
}

async fn task_list(
    tx: &mut Tx,
    q: &RollupQuery,
    lo: &str,
    hi: &str,
    kind: ListKind,
) -> Result<Vec<OverdueTask>, StoreError> {
    let mut w = Where::new();
    match kind {
        ListKind::Overdue => {
            // phase >= 4: open with no pending extension — the only phases the rule can call overdue.
            let today = w.arg(Arg::Date(q.clock.today));
            w.cond(format!("t.phase >= {} AND t.due_on < {today}", Phase::Started.code()));
        }
        ListKind::KeyDated => {
            w.cond(format!(
                "t.is_key = TRUE AND t.phase >= {} AND t.due_on IS NOT NULL",
                Phase::ExtensionPending.code()
            ));
        }
        ListKind::KeyOpenEnded => {
            w.cond(format!(
                "t.is_key = TRUE AND t.phase >= {} AND t.due_on IS NULL",
                Phase::ExtensionPending.code()
            ));
        }
    }
    let (l, h) = (w.arg(Arg::Text(lo.to_string())), w.arg(Arg::Text(hi.to_string())));
    w.cond(format!("t.unit_path >= {l} AND t.unit_path < {h}"));
    // Group headings are not tasks of their own.
    w.cond("t.is_group = FALSE".to_string());
    // Open-ended tasks count in every period; dated ones only when due in it.
    if !matches!(kind, ListKind::KeyOpenEnded) {
        period_cond(&mut w, "t.due_on", q, NoDue::Dated);
    }
    let (limit, order) = match kind {
        // Walk the open-by-due-date (or key-task) index in order.
        ListKind::Overdue => (q.overdue_limit.clamp(1, 500), "t.due_on, t.id"),
        ListKind::KeyDated => (KEY_LIST as i64, "t.due_on, t.id"),
        ListKind::KeyOpenEnded => (KEY_LIST as i64, "t.id"),
    };
    let sql = format!(
        "SELECT t.id, t.code, t.title, t.due_on, t.progress, t.lead_unit_id, u.name AS lead_unit_name,
                t.responsible_id, p.name AS responsible_name, t.plan_id, d.symbol AS plan_symbol, t.phase
         FROM tasks t JOIN units u ON u.tenant_id = t.tenant_id AND u.id = t.lead_unit_id JOIN documents d ON d.tenant_id = t.tenant_id AND d.id = t.plan_id
         LEFT JOIN people p ON p.tenant_id = t.tenant_id AND p.id = t.responsible_id{}
         ORDER BY {order} LIMIT {limit}",
        w.sql()
    );
    // Not a prepared statement: PostgreSQL's generic plan for a cached statement cannot see
    // how selective the path and date bounds are and would sort the whole subtree.
    let mut items: Vec<OverdueTaskWithPhase> = on_tx!(tx, c => bind_args!(sqlx::query_as::<_, OverdueTaskWithPhase>(sqlx::AssertSqlSafe(sql.as_str())), w.args).persistent(false).fetch_all(&mut *c).await?);
    Ok(items
        .drain(..)
        .map(|r| {
            let mut t = r.task;
            t.days_late = t.due_on.map(|d| q.clock.days_late(d)).unwrap_or(0);
            t.status = Phase::from_code(r.phase).map(|p| domain::status::status_of(p, t.due_on, &q.clock));
            t
        })
        .collect())
}

#[derive(sqlx::FromRow)]
struct OverdueTaskWithPhase {
    #[sqlx(flatten)]
    task: OverdueTask,
    phase: i32,
}

async fn target_summary(tx: &mut Tx, lo: &str, hi: &str, q: &RollupQuery) -> Result<TargetSummary, StoreError> {
    let mut w = Where::new();
    let (l, h) = (w.arg(Arg::Text(lo.to_string())), w.arg(Arg::Text(hi.to_string())));
    w.cond(format!("unit_path >= {l} AND unit_path < {h}"));
    if let Some(from) = q.from {
        let ph = w.arg(Arg::Date(from));
        w.cond(format!("period_start >= {ph}"));
    }
    if let Some(to) = q.to {
        let ph = w.arg(Arg::Date(to));
        w.cond(format!("period_end <= {ph}"));
    }
    let sql = format!("SELECT outcome, COUNT(*) FROM targets{} GROUP BY outcome", w.sql());
    let rows: Vec<(String, i64)> = on_tx!(tx, c => bind_args!(sqlx::query_as(sqlx::AssertSqlSafe(sql.as_str())), w.args).fetch_all(&mut *c).await?);
    let mut s = TargetSummary::default();
    for (o, n) in rows {
        if let Some(o) = TargetOutcome::parse(&o) {
            s.add_n(o, n);
        }
    }
    Ok(s)
}
