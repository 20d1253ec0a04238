//! People: staff of units.

use domain::Valid;
use domain::person::PersonInput;

use crate::audit::{self, Change};
use crate::db::Tx;
use crate::model::{Page, Person};
use crate::sql::{Arg, Where, contains_pattern};
use crate::{StoreError, bind_args, on_tx, units};

const COLS: &str = "id, tenant_id, unit_id, name, position, category, party_member, is_head, version, updated_at";

pub async fn get(tx: &mut Tx, id: i64) -> Result<Person, StoreError> {
    crate::own_tenants::one_by_id::<Person>(tx, "tenant_id", id, |cond| {
        format!("SELECT {COLS} FROM people WHERE id = $1{cond}")
    })
    .await?
    .ok_or(StoreError::not_found("person", id))
}

/// Checks that a person referenced by `field` exists.
pub async fn check_ref(tx: &mut Tx, field: &str, id: Option<i64>) -> Result<(), StoreError> {
    if let Some(id) = id {
        let found: Option<i64> = crate::own_tenants::value_by_id(tx, "tenant_id", id, |cond| {
            format!("SELECT id FROM people WHERE id = $1{cond}")
        })
        .await?;
        if found.is_none() {
            return Err(StoreError::unknown_ref(field, "cán bộ", id));
        }
    }
    Ok(())
}

pub async fn create(tx: &mut Tx, input: &Valid<PersonInput>) -> Result<Person, StoreError> {
    let path = units::path_of_ref(tx, "unit_id", input.unit_id).await?;
    let tenant = path.tenant();
    let now = tx.now();
    let id: i64 = on_tx!(tx, c => sqlx::query_scalar(
        "INSERT INTO people (tenant_id, unit_id, unit_path, name, name_fold, sort_key, position, category, party_member, is_head, created_at, updated_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $11) RETURNING id")
        .bind(tenant).bind(input.unit_id).bind(path.as_str()).bind(&input.name)
        .bind(vntext::fold(&input.name)).bind(sort_key(&input.name)).bind(&input.position)
        .bind(input.category.as_str()).bind(input.party_member).bind(input.is_head).bind(now)
        .fetch_one(c).await?);
    let person = get(tx, id).await?;
    audit::record(tx, Change::created(person.tenant_id, "person", id, &person)).await?;
    Ok(person)
}

pub async fn update(tx: &mut Tx, id: i64, version: i64, input: &Valid<PersonInput>) -> Result<Person, StoreError> {
    let before = get(tx, id).await?;
    crate::version::claim(tx, "person", before.tenant_id, id, version).await?;
    let path = units::path_of_ref(tx, "unit_id", input.unit_id).await?;
    let tenant = path.tenant();
    StoreError::same_tenant("unit_id", before.tenant_id, tenant)?;
    on_tx!(tx, c => sqlx::query(
        "UPDATE people SET unit_id = $2, unit_path = $3, name = $4, name_fold = $5, sort_key = $6,
                position = $7, category = $8, party_member = $9, is_head = $10
         WHERE tenant_id = $1 AND id = $11")
        .bind(tenant).bind(input.unit_id).bind(path.as_str()).bind(&input.name).bind(vntext::fold(&input.name))
        .bind(sort_key(&input.name)).bind(&input.position).bind(input.category.as_str())
        .bind(input.party_member).bind(input.is_head).bind(id).execute(c).await?.rows_affected());
    let after = get(tx, id).await?;
    audit::record(
        tx,
        Change::updated(after.tenant_id, "person", id, "update", &before, &after),
    )
    .await?;
    Ok(after)
}

/// Filters for listing people.
#[derive(Debug, Clone, Default)]
pub struct PersonFilter {
    pub unit_id: Option<i64>,
    /// Everyone in this unit's subtree.
    pub within: Option<i64>,
    pub q: Option<String>,
    /// Only what this scope may see (the caller's rights); none for trusted callers.
    pub scope: Option<domain::access::Scope>,
}

pub async fn list(tx: &mut Tx, f: &PersonFilter, limit: i64, offset: i64) -> Result<Page<Person>, StoreError> {
    let mut w = Where::new();
    if let Some(s) = &f.scope {
        crate::access::scope_cond_in(&mut w, tx.backend(), "tenant_id", "unit_path", s);
    }
    if let Some(u) = f.unit_id {
        let ph = w.arg(Arg::Int(u));
        w.cond(format!("unit_id = {ph}"));
    }
    if let Some(within) = f.within {
        let root = units::path_of(tx, within).await?;
        let cond = crate::sql::subtree(&mut w, tx.backend(), "tenant_id", "unit_path", &root);
        w.cond(cond);
    }
    if let Some(pat) = f.q.as_deref().and_then(contains_pattern) {
        w.folded_like("name_fold", pat);
    }
    let where_sql = w.sql();
    let count_sql = format!("SELECT COUNT(*) FROM people{where_sql}");
    let list_sql = format!(
        "SELECT {COLS} FROM people{where_sql} ORDER BY is_head DESC, sort_key, id LIMIT {limit} OFFSET {offset}"
    );
    let total: i64 = on_tx!(tx, c => bind_args!(sqlx::query_scalar(sqlx::AssertSqlSafe(count_sql.as_str())), w.args).fetch_one(&mut *c).await?);
    let items = on_tx!(tx, c => bind_args!(sqlx::query_as::<_, Person>(sqlx::AssertSqlSafe(list_sql.as_str())), w.args).fetch_all(&mut *c).await?);
    Ok(Page {
        items,
        total,
        limit,
        offset,
    })
}

/// Vietnamese lists order people by given name (the last word), then by the full name.
fn sort_key(name: &str) -> Vec<u8> {
    let given = name.rsplit(' ').next().unwrap_or(name);
    vntext::collation_key(&format!("{given} {name}"))
}

/// The names of several people in one query (the authors of a task's history).
pub async fn names(tx: &mut Tx, ids: &[i64]) -> Result<std::collections::HashMap<i64, String>, StoreError> {
    crate::sql::names_by_id(tx, "people", "name", ids).await
}
