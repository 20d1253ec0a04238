//! The stable codes ("Mã") spreadsheet rows carry (migration 0014): the code an import stored
//! on the record it created, looked up within the scope of an import (a unit's subtree, a
//! plan) so that importing the same sheet again updates instead of duplicating; and the codes
//! of listed records, for exports. Plus the few whole-scope reads an import matches against
//! (people by name, targets by unit, period and indicator).

use std::collections::HashMap;

use domain::unit::UnitPath;
use serde_json::json;

use crate::audit::{self, Change};
use crate::{StoreError, Tx, on_tx};

/// The kinds of record that carry a code.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Coded {
    Unit,
    Person,
    Target,
    Task,
}

impl Coded {
    fn table(self) -> &'static str {
        match self {
            Coded::Unit => "units",
            Coded::Person => "people",
            Coded::Target => "targets",
            Coded::Task => "tasks",
        }
    }

    fn entity(self) -> &'static str {
        match self {
            Coded::Unit => "unit",
            Coded::Person => "person",
            Coded::Target => "target",
            Coded::Task => "task",
        }
    }

    /// The column holding the path that scopes the record.
    fn path_column(self) -> &'static str {
        match self {
            Coded::Unit => "path",
            _ => "unit_path",
        }
    }
}

/// A code as stored and compared: trimmed, inner spaces collapsed, upper case.
pub fn normalize(code: &str) -> String {
    code.split_whitespace().collect::<Vec<_>>().join(" ").to_uppercase()
}

/// The coded records of `kind` under `within` (units, people, targets) by their code; a code
/// held by several records lists them all (the import reports it as ambiguous).
pub async fn codes_within(
    tx: &mut Tx,
    kind: Coded,
    within: &UnitPath,
) -> Result<HashMap<String, Vec<i64>>, StoreError> {
    let (lo, hi) = within.range();
    let tenant = within.tenant();
    // Table and column names come from the enum, never from the client.
    let sql = format!(
        "SELECT ext_code, id FROM {} WHERE tenant_id = $1 AND ext_code IS NOT NULL AND {col} >= $2 AND {col} < $3",
        kind.table(),
        col = kind.path_column()
    );
    let rows: Vec<(String, i64)> = on_tx!(tx, c => sqlx::query_as(sqlx::AssertSqlSafe(sql.as_str()))
        .bind(tenant).bind(lo).bind(hi).fetch_all(&mut *c).await?);
    Ok(group(rows))
}

/// The coded tasks of a plan by their code: read in the plan's tenant, or one joined to it by a
/// move (where a plan's tasks lie, `tasks::filter`).
pub async fn task_codes(tx: &mut Tx, plan_id: i64) -> Result<HashMap<String, Vec<i64>>, StoreError> {
    let plan = crate::documents::get(tx, plan_id).await?;
    let tenants = crate::tenant_move::linked(tx, plan.tenant_id).await?;
    let sql = format!(
        "SELECT ext_code, id FROM tasks WHERE {} AND plan_id = $1 AND ext_code IS NOT NULL",
        crate::sql::in_tenants(tx.backend(), "tenant_id", tenants)
    );
    let rows: Vec<(String, i64)> = on_tx!(tx, c => sqlx::query_as(sqlx::AssertSqlSafe(sql.as_str()))
        .bind(plan_id).fetch_all(&mut *c).await?);
    Ok(group(rows))
}

fn group(rows: Vec<(String, i64)>) -> HashMap<String, Vec<i64>> {
    let mut out: HashMap<String, Vec<i64>> = HashMap::new();
    for (code, id) in rows {
        out.entry(code).or_default().push(id);
    }
    out
}

/// The stored codes of records `ids` (those that have one), which lie in `tenants` (the tenants
/// of the records read: one shard each on Citus).
pub async fn codes_of(
    tx: &mut Tx,
    kind: Coded,
    ids: &[i64],
    tenants: impl IntoIterator<Item = i64>,
) -> Result<HashMap<i64, String>, StoreError> {
    let tenants = crate::sql::in_tenants(tx.backend(), "tenant_id", tenants);
    let mut out = HashMap::new();
    let mut ids = ids.to_vec();
    ids.sort_unstable();
    ids.dedup();
    for chunk in ids.chunks(1_000) {
        // Integers only: no client text reaches the SQL.
        let list = chunk.iter().map(i64::to_string).collect::<Vec<_>>().join(",");
        let sql = format!(
            "SELECT id, ext_code FROM {} WHERE {tenants} AND id IN ({list}) AND ext_code IS NOT NULL",
            kind.table()
        );
        let rows: Vec<(i64, String)> =
            on_tx!(tx, c => sqlx::query_as(sqlx::AssertSqlSafe(sql.as_str())).fetch_all(&mut *c).await?);
        out.extend(rows);
    }
    Ok(out)
}

/// Gives record `id` the code `code` (normalized), with its audit entry.
pub async fn set(tx: &mut Tx, kind: Coded, id: i64, code: &str) -> Result<(), StoreError> {
    let code = normalize(code);
    // The record and its tenant first (the caller's tenants looked in first), then the update
    // in that tenant: one shard on Citus.
    let table = kind.table();
    let found: Option<(Option<String>, i64)> = crate::own_tenants::one_by_id(tx, "tenant_id", id, |cond| {
        format!("SELECT ext_code, tenant_id FROM {table} WHERE id = $1{cond}")
    })
    .await?;
    let Some((before, tenant)) = found else {
        return Err(StoreError::not_found(kind.entity(), id));
    };
    if before.as_deref() == Some(code.as_str()) {
        return Ok(());
    }
    let sql = format!("UPDATE {table} SET ext_code = $1 WHERE tenant_id = $3 AND id = $2");
    on_tx!(tx, c => { sqlx::query(sqlx::AssertSqlSafe(sql.as_str())).bind(&code).bind(id).bind(tenant).execute(&mut *c).await?; });
    audit::record(
        tx,
        Change::updated(
            tenant,
            kind.entity(),
            id,
            "set_code",
            &json!({ "ext_code": before }),
            &json!({ "ext_code": code }),
        ),
    )
    .await
}

/// A person as an import matches names against.
#[derive(Debug, Clone, PartialEq, sqlx::FromRow)]
pub struct PersonName {
    pub id: i64,
    pub name_fold: String,
    pub unit_id: i64,
    pub unit_path: String,
}

/// Everyone under `within` (at most `limit`), for matching "Người phụ trách" by name.
pub async fn people_within(tx: &mut Tx, within: &UnitPath, limit: i64) -> Result<Vec<PersonName>, StoreError> {
    let (lo, hi) = within.range();
    Ok(on_tx!(tx, c => sqlx::query_as::<_, PersonName>(
        "SELECT id, name_fold, unit_id, unit_path FROM people WHERE unit_path >= $1 AND unit_path < $2 ORDER BY id LIMIT $3")
        .bind(lo).bind(hi).bind(limit).fetch_all(&mut *c).await?))
}

/// A target's natural key: unit, period code and folded indicator — unique (`targets_unique`).
#[derive(Debug, Clone, PartialEq, sqlx::FromRow)]
pub struct TargetKey {
    pub id: i64,
    pub unit_id: i64,
    pub period: String,
    pub indicator_fold: String,
}

/// The keys of every target under `within`.
pub async fn target_keys_within(tx: &mut Tx, within: &UnitPath) -> Result<Vec<TargetKey>, StoreError> {
    let (lo, hi) = within.range();
    Ok(on_tx!(tx, c => sqlx::query_as::<_, TargetKey>(
        "SELECT id, unit_id, period, indicator_fold FROM targets WHERE unit_path >= $1 AND unit_path < $2")
        .bind(lo).bind(hi).fetch_all(&mut *c).await?))
}
