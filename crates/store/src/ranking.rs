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

use crate::db::Tx;
use crate::{StoreError, on_tx};

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
    mut add: impl FnMut(&mut T, R),
) -> HashMap<i64, T> {
    let mut out: HashMap<i64, T> = children.iter().map(|(id, _)| (*id, T::default())).collect();
    for (path, row) in rows {
        if let Some(sum) = child_of(children, &path).and_then(|id| out.get_mut(id)) {
            add(sum, row);
        }
    }
    out
}

/// For each of `children` (units directly under `parent`): how many evaluations of people under
/// it for periods lying in `[from, to]` of `family` ended at each level (the decided level where
/// there is one, else the computed one): a month counts its people, a quarter or a year its
/// people-months. One query over the parent's subtree, not one per child.
pub async fn level_mix(
    tx: &mut Tx,
    parent: &UnitPath,
    children: &[(i64, UnitPath)],
    from: NaiveDate,
    to: NaiveDate,
    family: &str,
) -> Result<HashMap<i64, LevelMix>, StoreError> {
    let (lo, hi) = parent.range();
    // An evaluation is in its person's tenant, the tenant of the subtree they are in.
    let sql = format!(
        "SELECT unit_path, COALESCE(decided_level, level) AS lv, COUNT(*) FROM evaluations \
         WHERE {} = $6 AND unit_path >= $1 AND unit_path < $2 AND period_start >= $3 AND period_end <= $4 AND family = $5 \
         GROUP BY unit_path, COALESCE(decided_level, level)",
        crate::sql::tenant_col(tx.backend(), "tenant_id")
    );
    let rows: Vec<(String, Option<String>, i64)> = on_tx!(tx, c => sqlx::query_as(sqlx::AssertSqlSafe(sql.as_str()))
        .bind(lo).bind(hi).bind(from).bind(to).bind(family).bind(parent.tenant()).fetch_all(c).await?);
    let rows = rows.into_iter().map(|(path, level, n)| (path, (level, n))).collect();
    Ok(per_child(children, rows, |mix: &mut LevelMix, (level, n)| {
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

/// For each of `children` (units directly under `parent`): the compliance items of units under
/// it whose requirement falls due in `[from, to]` — how many, and how many the issuing office
/// accepted. One query over the parent's subtree. An item is in its requirement's tenant, which
/// is its unit's (a requirement's scope lies under its issuer), except the items a unit moved
/// from another province reported there before the move (`compliance::sync_unit` keeps them,
/// with the unit's new path): so in the parent's tenant or one joined to it by a move.
pub async fn compliance(
    tx: &mut Tx,
    parent: &UnitPath,
    children: &[(i64, UnitPath)],
    from: NaiveDate,
    to: NaiveDate,
) -> Result<HashMap<i64, (u32, u32)>, StoreError> {
    let (lo, hi) = parent.range();
    // The parent's tenant and those joined to it by a move (one shard on Citus when none moved).
    let tenants = crate::tenant_move::linked(tx, parent.tenant()).await?;
    let sql = format!(
        "SELECT i.unit_path, CAST(COUNT(*) AS BIGINT), CAST(COALESCE(SUM(CASE WHEN i.state = 'accepted' THEN 1 ELSE 0 END), 0) AS BIGINT) \
         FROM requirement_items i JOIN requirements r ON r.tenant_id = i.tenant_id AND r.id = i.requirement_id \
         WHERE {} AND i.unit_path >= $1 AND i.unit_path < $2 AND r.due_on >= $3 AND r.due_on <= $4 GROUP BY i.unit_path",
        crate::sql::in_tenants(tx.backend(), "i.tenant_id", tenants)
    );
    let rows: Vec<(String, i64, i64)> = on_tx!(tx, c => sqlx::query_as(sqlx::AssertSqlSafe(sql.as_str()))
        .bind(lo).bind(hi).bind(from).bind(to).fetch_all(c).await?);
    let rows = rows
        .into_iter()
        .map(|(path, items, done)| (path, (items, done)))
        .collect();
    Ok(per_child(children, rows, |sum: &mut (u32, u32), (items, done)| {
        sum.0 = sum.0.saturating_add(u32::try_from(items).unwrap_or(u32::MAX));
        sum.1 = sum.1.saturating_add(u32::try_from(done).unwrap_or(u32::MAX));
    }))
}

/// For each of `children` (units directly under `parent`): the days late, summed as of
/// `clock.today`, of the overdue tasks under it falling due in `[from, to]` (open past their
/// due date; group headings are no tasks). One query over the parent's subtree, grouped by unit
/// and due date, so the days are counted here by the domain's clock.
pub async fn overdue_days(
    tx: &mut Tx,
    parent: &UnitPath,
    children: &[(i64, UnitPath)],
    from: NaiveDate,
    to: NaiveDate,
    clock: &Clock,
) -> Result<HashMap<i64, i64>, StoreError> {
    let (lo, hi) = parent.range();
    // A task is in its lead unit's tenant, the tenant of the subtree.
    let sql = format!(
        "SELECT unit_path, due_on, COUNT(*) FROM tasks \
         WHERE {} = $1 AND unit_path >= $2 AND unit_path < $3 AND is_group = FALSE \
         AND phase >= $4 AND due_on < $5 AND due_on >= $6 AND due_on <= $7 \
         GROUP BY unit_path, due_on",
        crate::sql::tenant_col(tx.backend(), "tenant_id")
    );
    let rows: Vec<(String, NaiveDate, i64)> = on_tx!(tx, c => sqlx::query_as(sqlx::AssertSqlSafe(sql.as_str()))
        .bind(parent.tenant()).bind(lo).bind(hi).bind(Phase::Started.code()).bind(clock.today).bind(from).bind(to)
        .fetch_all(c).await?);
    let rows = rows.into_iter().map(|(path, due_on, n)| (path, (due_on, n))).collect();
    Ok(per_child(children, rows, |days: &mut i64, (due_on, n)| {
        *days = days.saturating_add(clock.days_late(due_on).saturating_mul(n));
    }))
}

/// For each of `children` (units directly under `parent`): the targets of units under it set
/// for periods lying in `[from, to]`, by stored outcome. One query over the parent's subtree.
pub async fn targets(
    tx: &mut Tx,
    parent: &UnitPath,
    children: &[(i64, UnitPath)],
    from: NaiveDate,
    to: NaiveDate,
) -> Result<HashMap<i64, TargetSummary>, StoreError> {
    let (lo, hi) = parent.range();
    let sql = format!(
        "SELECT unit_path, outcome, COUNT(*) FROM targets \
         WHERE {} = $1 AND unit_path >= $2 AND unit_path < $3 AND period_start >= $4 AND period_end <= $5 \
         GROUP BY unit_path, outcome",
        crate::sql::tenant_col(tx.backend(), "tenant_id")
    );
    let rows: Vec<(String, String, i64)> = on_tx!(tx, c => sqlx::query_as(sqlx::AssertSqlSafe(sql.as_str()))
        .bind(parent.tenant()).bind(lo).bind(hi).bind(from).bind(to).fetch_all(c).await?);
    let rows = rows
        .into_iter()
        .map(|(path, outcome, n)| (path, (outcome, n)))
        .collect();
    Ok(per_child(children, rows, |sum: &mut TargetSummary, (outcome, n)| {
        if let Some(o) = TargetOutcome::parse(&outcome) {
            sum.add_n(o, n);
        }
    }))
}
