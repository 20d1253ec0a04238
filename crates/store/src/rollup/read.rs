//! Reading a roll-up: one subtree (a unit and its children), or several subtrees side by side
//! (the whole country for a central body: one line per province). Every query carries the
//! tenant of each subtree, so on Citus a province's roll-up reads one shard and the national
//! one is a distributed aggregate (grouped per shard, merged on the coordinator).

use std::collections::BTreeMap;

use domain::status::{DueBucket, Phase, TaskStatus, status_in};
use domain::target::{TargetOutcome, TargetSummary};
use domain::unit::UnitPath;

use super::{ChildRollup, OverdueTask, Rollup, RollupQuery, StatusCounts, no_due};
use crate::db::Tx;
use crate::model::Unit;
use crate::sql::{self, Arg, Where};
use crate::{Backend, StoreError, bind_args, on_tx, units};

/// The subtrees a roll-up reads: `None` is the whole country (a central body's view), and only
/// that; an empty list is nothing at all — a caller who reads no unit (a staff member reads only
/// their own tasks) must not be given the country's lists by default.
struct Subtrees(Option<Vec<UnitPath>>);

impl Subtrees {
    fn everything() -> Self {
        Subtrees(None)
    }

    fn of(paths: &[UnitPath]) -> Self {
        Subtrees(Some(paths.to_vec()))
    }

    /// No subtree at all: the lists and targets are empty without asking the database.
    fn is_nothing(&self) -> bool {
        self.0.as_ref().is_some_and(Vec::is_empty)
    }

    /// Restricts `t` (tasks or targets: each row in its own unit's tenant) to the subtrees
    /// ([`sql::subtree_own`]: the tenant written on PostgreSQL only, alone for a top unit).
    fn cond(&self, w: &mut Where, t: &str, backend: Backend) {
        let Some(roots) = &self.0 else { return };
        if roots.is_empty() {
            w.cond("1 = 0".to_string());
            return;
        }
        let (tenant, path) = (format!("{t}tenant_id"), format!("{t}unit_path"));
        let any: Vec<String> = roots
            .iter()
            .map(|root| sql::subtree_own(w, backend, &tenant, &path, root))
            .collect();
        w.cond(format!("({})", any.join(" OR ")));
    }
}

/// Counts from `task_rollup` for the ancestors `ancs` (tenant, unit), per `child_id` (the lines
/// of one unit) or per `anc_id` (one line per subtree).
async fn counts(
    tx: &mut Tx,
    q: &RollupQuery,
    ancs: &[(i64, i64)],
    per: &str,
) -> Result<(BTreeMap<i64, StatusCounts>, StatusCounts, StatusCounts), StoreError> {
    // Grouped in the primary key's order (child, key flag, phase) with the due dates summed
    // into the status rule's three buckets, so the database never sorts the subtree's (up to
    // ~10^5) rows; the rule itself is applied here, once per bucket, by the domain
    // (`status_in`).
    let mut w = Where::new();
    let today = w.arg(Arg::Date(q.clock.today));
    let soon = w.arg(Arg::Date(q.clock.soon_limit()));
    // A unit's lines leave out its tenant's whole-province rows; one line per subtree reads a
    // top unit's from those rows alone (a few thousand a province instead of every child's).
    let mut any = Vec::with_capacity(ancs.len());
    for (tenant, anc) in ancs {
        let (n, a) = (w.arg(Arg::Int(*tenant)), w.arg(Arg::Int(*anc)));
        let rows = if per == "anc_id" {
            super::counted_once("r.", *tenant, *anc)
        } else {
            super::lines_only("r.")
        };
        any.push(format!("(r.tenant_id = {n} AND r.anc_id = {a} AND {rows})"));
    }
    w.cond(format!("({})", any.join(" OR ")));
    period_cond(&mut w, "r.due_on", q, NoDue::Sentinel);
    let sql = format!(
        "SELECT r.{per}, r.is_key, r.phase,
                CAST(SUM(CASE WHEN r.due_on < {today} THEN r.n ELSE 0 END) AS BIGINT) AS before_today,
                CAST(SUM(CASE WHEN r.due_on >= {today} AND r.due_on <= {soon} THEN r.n ELSE 0 END) AS BIGINT) AS by_soon,
                CAST(SUM(CASE WHEN r.due_on > {soon} THEN r.n ELSE 0 END) AS BIGINT) AS later
         FROM task_rollup r{} GROUP BY r.{per}, r.is_key, r.phase",
        w.sql()
    );
    let rows: Vec<(i64, bool, i32, i64, i64, i64)> = on_tx!(tx, c => bind_args!(sqlx::query_as(sqlx::AssertSqlSafe(sql.as_str())), w.args).fetch_all(&mut *c).await?);
    let mut per_line: BTreeMap<i64, StatusCounts> = BTreeMap::new();
    let mut totals = StatusCounts::new();
    let mut key_tasks = StatusCounts::new();
    for (line, is_key, phase, before_today, by_soon, later) in rows {
        let Some(phase) = Phase::from_code(phase) else { continue };
        for (bucket, n) in DueBucket::ALL.into_iter().zip([before_today, by_soon, later]) {
            if n == 0 {
                continue;
            }
            let s = status_in(phase, bucket);
            per_line.entry(line).or_default().add(s, n);
            totals.add(s, n);
            if is_key {
                key_tasks.add(s, n);
            }
        }
    }
    Ok((per_line, totals, key_tasks))
}

/// The lists and the targets of a roll-up, once its counts are known.
async fn finish(
    tx: &mut Tx,
    q: &RollupQuery,
    within: &Subtrees,
    head: (Option<i64>, String),
    (children, totals, key_tasks): (Vec<ChildRollup>, StatusCounts, StatusCounts),
) -> Result<Rollup, StoreError> {
    // The overdue list: open tasks past due, walking the open-by-due-date index.
    let overdue_total = totals.get(TaskStatus::Overdue);
    let overdue = task_list(tx, q, within, ListKind::Overdue).await?;
    // Open key tasks: the dated ones nearest their deadline (walking the key-task index),
    // then open-ended ones if room is left — two index-ordered queries instead of one sort.
    let mut key_open = task_list(tx, q, within, ListKind::KeyDated).await?;
    if key_open.len() < KEY_LIST {
        key_open.extend(task_list(tx, q, within, ListKind::KeyOpenEnded).await?);
        key_open.truncate(KEY_LIST);
    }
    // Targets of the subtrees in the period, by stored outcome.
    let targets = target_summary(tx, within, q).await?;
    Ok(Rollup {
        unit_id: head.0,
        unit_name: head.1,
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

/// The lines of a unit's roll-up without its lists and targets: the unit, its path, its child
/// units (in their order) and the counts — a line for its own tasks (first, when it has any)
/// and one per child unit. What the ranking reads for its units' task figures.
pub struct Lines {
    pub unit: Unit,
    pub path: UnitPath,
    pub child_units: Vec<Unit>,
    pub lines: Vec<ChildRollup>,
    pub totals: StatusCounts,
    pub key_tasks: StatusCounts,
}

/// The lines of the roll-up of unit `q.unit_id` (three queries: the unit with its path, its
/// counts grouped per child, its children).
pub async fn lines(tx: &mut Tx, q: &RollupQuery) -> Result<Lines, StoreError> {
    let unit = units::get(tx, q.unit_id).await?;
    // The unit's row holds its path: no second statement for it.
    let path = UnitPath::parse(&unit.path).ok_or(StoreError::not_found("unit", q.unit_id))?;
    let (mut per_child, totals, key_tasks) = counts(tx, q, &[(path.tenant(), q.unit_id)], "child_id").await?;
    let child_units = units::children(tx, q.unit_id).await?;
    let mut lines = Vec::with_capacity(child_units.len() + 1);
    if let Some(own) = per_child.remove(&q.unit_id).filter(|c| c.total > 0) {
        lines.push(ChildRollup {
            unit_id: unit.id,
            name: unit.name.clone(),
            kind: unit.kind.as_str().into(),
            own: true,
            counts: own.finish(),
        });
    }
    for u in &child_units {
        let counts = per_child.remove(&u.id).unwrap_or_default().finish();
        lines.push(ChildRollup {
            unit_id: u.id,
            name: u.name.clone(),
            kind: u.kind.as_str().into(),
            own: false,
            counts,
        });
    }
    Ok(Lines {
        unit,
        path,
        child_units,
        lines,
        // Rates computed, as a roll-up's (finishing again is harmless).
        totals: totals.finish(),
        key_tasks: key_tasks.finish(),
    })
}

/// The counts of [`lines`] alone, per line (a child unit's id, or the unit's own for its own
/// tasks), for unit `q.unit_id` of `tenant`: one query, the unit and its children not read again
/// (the ranking reads the same units' lines for each period before the one shown).
pub async fn line_counts(tx: &mut Tx, q: &RollupQuery, tenant: i64) -> Result<BTreeMap<i64, StatusCounts>, StoreError> {
    let (per_line, _, _) = counts(tx, q, &[(tenant, q.unit_id)], "child_id").await?;
    Ok(per_line.into_iter().map(|(id, c)| (id, c.finish())).collect())
}

/// The roll-up of unit `q.unit_id`: a line for its own tasks and one per child unit.
pub async fn rollup(tx: &mut Tx, q: &RollupQuery) -> Result<Rollup, StoreError> {
    let l = lines(tx, q).await?;
    let within = Subtrees::of(std::slice::from_ref(&l.path));
    finish(
        tx,
        q,
        &within,
        (Some(l.unit.id), l.unit.name),
        (l.lines, l.totals, l.key_tasks),
    )
    .await
}

/// The roll-up of several subtrees side by side, one line each: the whole country for a
/// central body (`whole`: every top-level unit, so the lists need no subtree filter), or the
/// provinces a caller's roles reach. `q.unit_id` is not read.
pub async fn rollup_of_roots(
    tx: &mut Tx,
    roots: &[Unit],
    whole: bool,
    name: String,
    q: &RollupQuery,
) -> Result<Rollup, StoreError> {
    let mut paths = Vec::with_capacity(roots.len());
    for r in roots {
        paths.push(UnitPath::parse(&r.path).ok_or(StoreError::not_found("unit", r.id))?);
    }
    let ancs: Vec<(i64, i64)> = roots.iter().zip(&paths).map(|(r, p)| (p.tenant(), r.id)).collect();
    let (mut per_root, totals, key_tasks) = if ancs.is_empty() {
        Default::default()
    } else {
        counts(tx, q, &ancs, "anc_id").await?
    };
    let children = roots
        .iter()
        .map(|u| ChildRollup {
            unit_id: u.id,
            name: u.name.clone(),
            kind: u.kind.as_str().into(),
            own: false,
            counts: per_root.remove(&u.id).unwrap_or_default().finish(),
        })
        .collect();
    let within = if whole {
        Subtrees::everything()
    } else {
        Subtrees::of(&paths)
    };
    finish(tx, q, &within, (None, name), (children, totals, key_tasks)).await
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
    within: &Subtrees,
    kind: ListKind,
) -> Result<Vec<OverdueTask>, StoreError> {
    if within.is_nothing() {
        return Ok(Vec::new());
    }
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
    within.cond(&mut w, "t.", tx.backend());
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
    // The tasks are chosen first, alone, walking the index in the list's order to the limit;
    // names are joined to those few. With the joins beside the walk, PostgreSQL can misjudge
    // how many tasks survive them and read and sort the whole subtree instead: at twenty
    // million tasks, with the table tried in partitions by tenant, it did so for a province's
    // key tasks (162 ms instead of a walk of 50 rows; docs/performance-twenty-million.md).
    // The named tables join one another on the tenant, and the first of them names the
    // subtrees' tenants as constants: on Citus the chosen tasks (a subquery with a limit) carry
    // no tenant to the joins, so without the constants the names were read on every shard, and
    // with the people joined to the chosen tasks alone Citus refused the outer join.
    let names_in = match &within.0 {
        Some(roots) => format!(
            " AND {}",
            sql::in_tenants(tx.backend(), "u.tenant_id", roots.iter().map(UnitPath::tenant))
        ),
        None => String::new(),
    };
    let sql = format!(
        "SELECT t.id, t.code, t.title, t.due_on, t.progress, t.lead_unit_id, u.name AS lead_unit_name,
                t.responsible_id, p.name AS responsible_name, t.plan_id, d.symbol AS plan_symbol, t.phase
         FROM (SELECT t.id, t.tenant_id, t.code, t.title, t.due_on, t.progress, t.lead_unit_id, t.responsible_id,
                      t.plan_id, t.phase
               FROM tasks t{} ORDER BY {order} LIMIT {limit}) t
         JOIN units u ON u.tenant_id = t.tenant_id AND u.id = t.lead_unit_id{names_in}
         JOIN documents d ON d.tenant_id = u.tenant_id AND d.id = t.plan_id
         LEFT JOIN people p ON p.tenant_id = u.tenant_id AND p.id = t.responsible_id
         ORDER BY {order}",
        w.sql()
    );
    // Planned with its values (`bind_args!`): a generic plan cannot see how selective the
    // path and date bounds are and would sort the whole subtree.
    let mut items: Vec<OverdueTaskWithPhase> = on_tx!(tx, c => bind_args!(sqlx::query_as::<_, OverdueTaskWithPhase>(sqlx::AssertSqlSafe(sql.as_str())), w.args).fetch_all(&mut *c).await?);
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

async fn target_summary(tx: &mut Tx, within: &Subtrees, q: &RollupQuery) -> Result<TargetSummary, StoreError> {
    if within.is_nothing() {
        return Ok(TargetSummary::default());
    }
    let mut w = Where::new();
    within.cond(&mut w, "", tx.backend());
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
