//! What the unit ranking (issue 12, thi đua) reads beyond the roll-up: the head of each unit,
//! the level mix of a period's evaluations under a unit, and the compliance items due in a
//! period under it, and per child unit the days late of its overdue tasks and its targets'
//! outcomes — each one grouped query over the parent's subtree, whatever the number of children.
//! The ranking itself is the domain's (`domain::evaluation::ranking`).

use std::collections::HashMap;

use chrono::NaiveDate;
use domain::evaluation::Level;
use domain::evaluation::ranking::LevelMix;
use domain::status::{Clock, Phase};
use domain::target::{TargetOutcome, TargetSummary};
use domain::unit::UnitPath;

use sqlx::postgres::PgRow;
use sqlx::sqlite::SqliteRow;

use crate::db::Tx;
use crate::sql::{Arg, Where};
use crate::{StoreError, bind_args, on_tx};

/// The head of each unit ("người đứng đầu"), as "name, position" when a position is recorded.
/// The units are under `parent`, so in its tenant, and a person is in their unit's: named for
/// Citus (one shard).
pub async fn heads(tx: &mut Tx, parent: &UnitPath, unit_ids: &[i64]) -> Result<HashMap<i64, String>, StoreError> {
    let mut out = HashMap::new();
    let tenant = crate::sql::in_tenants(tx.backend(), "tenant_id", [parent.tenant()]);
    for chunk in unit_ids.chunks(500) {
        let list: Vec<String> = chunk.iter().map(i64::to_string).collect();
        let sql = format!(
            "SELECT unit_id, name, position FROM people WHERE {tenant} AND is_head = TRUE AND unit_id IN ({}) ORDER BY sort_key, id",
            list.join(",")
        );
        let rows: Vec<(i64, String, Option<String>)> =
            on_tx!(tx, c => sqlx::query_as(sqlx::AssertSqlSafe(sql.as_str())).fetch_all(c).await?);
        for (unit, name, position) in rows {
            out.entry(unit)
                .or_insert_with(|| match position.filter(|p| !p.trim().is_empty()) {
                    Some(p) => format!("{name}, {p}"),
                    None => name,
                });
        }
    }
    Ok(out)
}

/// The child of `children` whose subtree holds `path`, if any.
fn child_of<'a>(children: &'a [(i64, UnitPath)], path: &str) -> Option<&'a i64> {
    let path = UnitPath::parse(path)?;
    children.iter().find(|(_, c)| c.contains(&path)).map(|(id, _)| id)
}

/// Rows of a query grouped by unit path, summed per child of `children` whose subtree holds
/// the path (`add` folds one row in); every child is present, at zero when no row is its.
fn per_child<T: Default, R>(
    children: &[(i64, UnitPath)],
    rows: Vec<(String, R)>,
    add: &mut impl FnMut(&mut T, R),
) -> HashMap<i64, T> {
    let mut out: HashMap<i64, T> = children.iter().map(|(id, _)| (*id, T::default())).collect();
    for (path, row) in rows {
        if let Some(sum) = child_of(children, &path).and_then(|id| out.get_mut(id)) {
            add(sum, row);
        }
    }
    out
}

/// Periods read together (the ranking of a period and of the ones before it, shown side by
/// side): each a first and a last day, not overlapping.
pub type Spans<'a> = &'a [(NaiveDate, NaiveDate)];

/// `CAST(CASE WHEN … THEN 0 WHEN … THEN 1 … END AS BIGINT)`: the index of the span of `spans` a row lies in
/// (its `start_col` on or after the span's first day and its `end_col` on or before its last),
/// NULL in none; and the condition bounding rows to the spans' whole stretch. One query reads
/// every span, grouped by this index.
fn span_index(w: &mut Where, spans: Spans, start_col: &str, end_col: &str) -> (String, String) {
    let mut case = String::from("CAST(CASE");
    for (i, (from, to)) in spans.iter().enumerate() {
        let (a, b) = (w.arg(Arg::Date(*from)), w.arg(Arg::Date(*to)));
        case.push_str(&format!(" WHEN {start_col} >= {a} AND {end_col} <= {b} THEN {i}"));
    }
    case.push_str(" END AS BIGINT)");
    let first = spans.iter().map(|s| s.0).min().unwrap_or(NaiveDate::MIN);
    let last = spans.iter().map(|s| s.1).max().unwrap_or(NaiveDate::MIN);
    let (a, b) = (w.arg(Arg::Date(first)), w.arg(Arg::Date(last)));
    (case, format!("{start_col} >= {a} AND {end_col} <= {b}"))
}

/// Rows keyed by span index and unit path, summed per span and per child of `children`.
fn per_span<T: Default, R>(
    spans: Spans,
    children: &[(i64, UnitPath)],
    rows: Vec<(Option<i64>, String, R)>,
    mut add: impl FnMut(&mut T, R),
) -> Vec<HashMap<i64, T>> {
    let mut by_span: Vec<Vec<(String, R)>> = spans.iter().map(|_| Vec::new()).collect();
    for (span, path, row) in rows {
        if let Some(list) = span
            .and_then(|i| usize::try_from(i).ok())
            .and_then(|i| by_span.get_mut(i))
        {
            list.push((path, row));
        }
    }
    by_span
        .into_iter()
        .map(|rows| per_child(children, rows, &mut add))
        .collect()
}

/// Runs `sql` (its first two columns the span index and a unit path, then two figures) with
/// `w`'s arguments, each row as (span, path, figures).
async fn span_rows<A, B>(tx: &mut Tx, sql: &str, w: &Where) -> Result<Vec<(Option<i64>, String, (A, B))>, StoreError>
where
    (Option<i64>, String, A, B): for<'r> sqlx::FromRow<'r, SqliteRow> + for<'r> sqlx::FromRow<'r, PgRow> + Send + Unpin,
{
    let rows: Vec<(Option<i64>, String, A, B)> =
        on_tx!(tx, c => bind_args!(sqlx::query_as(sqlx::AssertSqlSafe(sql)), w.args).fetch_all(c).await?);
    Ok(rows.into_iter().map(|(s, path, a, b)| (s, path, (a, b))).collect())
}

/// For each span and each of `children` (units directly under `parent`): how many evaluations
/// of people under it for periods lying in the span of `family` ended at each level (the
/// decided level where there is one, else the computed one): a month counts its people, a
/// quarter or a year its people-months. One query over the parent's subtree, not one per child
/// or per span.
pub async fn level_mix(
    tx: &mut Tx,
    parent: &UnitPath,
    children: &[(i64, UnitPath)],
    spans: Spans<'_>,
    family: &str,
) -> Result<Vec<HashMap<i64, LevelMix>>, StoreError> {
    // An evaluation is in its person's tenant, the tenant of the subtree they are in.
    let mut w = Where::new();
    let within = crate::sql::subtree(&mut w, tx.backend(), "tenant_id", "unit_path", parent);
    w.cond(within);
    let (span, within) = span_index(&mut w, spans, "period_start", "period_end");
    w.cond(within);
    let fam = w.arg(Arg::Text(family.to_string()));
    w.cond(format!("family = {fam}"));
    let sql = format!(
        "SELECT {span} AS span, unit_path, COALESCE(decided_level, level) AS lv, COUNT(*) FROM evaluations{} \
         GROUP BY {span}, unit_path, COALESCE(decided_level, level)",
        w.sql()
    );
    let rows = span_rows::<Option<String>, i64>(tx, &sql, &w).await?;
    Ok(per_span(spans, children, rows, |mix: &mut LevelMix, (level, n)| {
        let n = u32::try_from(n).unwrap_or(u32::MAX);
        match level.as_deref().and_then(Level::parse) {
            Some(Level::Excellent) => mix.excellent += n,
            Some(Level::Good) => mix.good += n,
            Some(Level::Satisfactory) => mix.satisfactory += n,
            Some(Level::Unsatisfactory) => mix.unsatisfactory += n,
            None => {}
        }
    }))
}

/// For each span and each of `children` (units directly under `parent`): the compliance items
/// of units under it whose requirement falls due in the span — how many, and how many the
/// issuing office accepted. One query over the parent's subtree. An item is in its
/// requirement's tenant, which is its unit's (a requirement's scope lies under its issuer),
/// except the items a unit moved from another province reported there before the move
/// (`compliance::sync_unit` keeps them, with the unit's new path): so in the parent's tenant or
/// one joined to it by a move.
pub async fn compliance(
    tx: &mut Tx,
    parent: &UnitPath,
    children: &[(i64, UnitPath)],
    spans: Spans<'_>,
) -> Result<Vec<HashMap<i64, (u32, u32)>>, StoreError> {
    let (lo, hi) = parent.range();
    // The parent's tenant and those joined to it by a move (one shard on Citus when none moved).
    let tenants = crate::tenant_move::linked(tx, parent.tenant()).await?;
    let mut w = Where::new();
    w.cond(crate::sql::in_tenants(tx.backend(), "i.tenant_id", tenants));
    let (lo, hi) = (w.arg(Arg::Text(lo)), w.arg(Arg::Text(hi)));
    w.cond(format!("i.unit_path >= {lo} AND i.unit_path < {hi}"));
    let (span, within) = span_index(&mut w, spans, "r.due_on", "r.due_on");
    w.cond(within);
    let sql = format!(
        "SELECT {span} AS span, i.unit_path, CAST(COUNT(*) AS BIGINT), \
         CAST(COALESCE(SUM(CASE WHEN i.state = 'accepted' THEN 1 ELSE 0 END), 0) AS BIGINT) \
         FROM requirement_items i JOIN requirements r ON r.tenant_id = i.tenant_id AND r.id = i.requirement_id{} \
         GROUP BY {span}, i.unit_path",
        w.sql()
    );
    let rows = span_rows::<i64, i64>(tx, &sql, &w).await?;
    Ok(per_span(
        spans,
        children,
        rows,
        |sum: &mut (u32, u32), (items, done)| {
            sum.0 = sum.0.saturating_add(u32::try_from(items).unwrap_or(u32::MAX));
            sum.1 = sum.1.saturating_add(u32::try_from(done).unwrap_or(u32::MAX));
        },
    ))
}

/// For each span and each of `children` (units directly under `parent`): the days late,
/// summed as of `clock.today`, of the overdue tasks under it falling due in the span (open past
/// their due date; group headings are no tasks). One query over the parent's subtree, grouped
/// by unit and due date, so the days are counted here by the domain's clock.
pub async fn overdue_days(
    tx: &mut Tx,
    parent: &UnitPath,
    children: &[(i64, UnitPath)],
    spans: Spans<'_>,
    clock: &Clock,
) -> Result<Vec<HashMap<i64, i64>>, StoreError> {
    // A task is in its lead unit's tenant, the tenant of the subtree.
    let mut w = Where::new();
    let within = crate::sql::subtree(&mut w, tx.backend(), "tenant_id", "unit_path", parent);
    w.cond(within);
    let phase = w.arg(Arg::Int(i64::from(Phase::Started.code())));
    let today = w.arg(Arg::Date(clock.today));
    w.cond(format!("is_group = FALSE AND phase >= {phase} AND due_on < {today}"));
    let (span, within) = span_index(&mut w, spans, "due_on", "due_on");
    w.cond(within);
    let sql = format!(
        "SELECT {span} AS span, unit_path, due_on, COUNT(*) FROM tasks{} GROUP BY {span}, unit_path, due_on",
        w.sql()
    );
    let rows = span_rows::<NaiveDate, i64>(tx, &sql, &w).await?;
    Ok(per_span(spans, children, rows, |days: &mut i64, (due_on, n)| {
        *days = days.saturating_add(clock.days_late(due_on).saturating_mul(n));
    }))
}

/// For each span and each of `children` (units directly under `parent`): the targets of units
/// under it set for periods lying in the span, by stored outcome. One query over the parent's
/// subtree.
pub async fn targets(
    tx: &mut Tx,
    parent: &UnitPath,
    children: &[(i64, UnitPath)],
    spans: Spans<'_>,
) -> Result<Vec<HashMap<i64, TargetSummary>>, StoreError> {
    let mut w = Where::new();
    let within = crate::sql::subtree(&mut w, tx.backend(), "tenant_id", "unit_path", parent);
    w.cond(within);
    let (span, within) = span_index(&mut w, spans, "period_start", "period_end");
    w.cond(within);
    let sql = format!(
        "SELECT {span} AS span, unit_path, outcome, COUNT(*) FROM targets{} GROUP BY {span}, unit_path, outcome",
        w.sql()
    );
    let rows = span_rows::<String, i64>(tx, &sql, &w).await?;
    Ok(per_span(
        spans,
        children,
        rows,
        |sum: &mut TargetSummary, (outcome, n)| {
            if let Some(o) = TargetOutcome::parse(&outcome) {
                sum.add_n(o, n);
            }
        },
    ))
}
