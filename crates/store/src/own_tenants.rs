//! Reading a record by its id alone, first where it most likely is: the caller's own tenants.
//!
//! A page or an API call names a record by id only (`/nhiem-vu/123`). On Citus a query that
//! filters a tenant table by id alone goes to every shard of the table (32 by default), while the
//! same query with `tenant_id = <province>` goes to one. The caller's tenants are known before any
//! record is read — the provinces of the units their roles are bound to — and almost every record
//! a caller opens lies there. So [`one_by_id`] reads the row there first and only when it is not
//! there (a record of another province the caller may still see, such as a document of a higher
//! body, or no record at all) everywhere. The result is the same as reading by id alone on every
//! backend; only the shards asked differ. Once a record is read, the queries for what hangs off
//! it name its own `tenant_id`.

use sqlx::postgres::PgRow;
use sqlx::sqlite::SqliteRow;

use crate::{StoreError, Tx, on_tx};

/// The condition " AND <col> IN (…)" for the transaction's own tenants; for a caller with none (the
/// system, an account bound to the whole installation) the tenant of the last record it read
/// (`Tx::found_in`: on Citus one shard asked, then every shard only when the record lies
/// elsewhere), or nothing before its first read. The ids are the server's own integers, written
/// inline.
pub(crate) fn condition(tx: &Tx, col: &str) -> Option<String> {
    match (&tx.own_tenants, tx.found_tenant) {
        (Some(tenants), _) => {
            let list: Vec<String> = tenants.iter().map(i64::to_string).collect();
            Some(format!(" AND {col} IN ({})", list.join(", ")))
        }
        (None, Some(tenant)) => Some(format!(" AND {col} = {tenant}")),
        (None, None) => None,
    }
}

/// One row by id: `sql(cond)` is the statement with `$1` the id and `cond` appended to its
/// `WHERE` clause; run with the caller's tenants, then, if nothing was found, without.
pub(crate) async fn one_by_id<T>(
    tx: &mut Tx,
    tenant_col: &str,
    id: i64,
    sql: impl Fn(&str) -> String,
) -> Result<Option<T>, StoreError>
where
    T: for<'r> sqlx::FromRow<'r, SqliteRow> + for<'r> sqlx::FromRow<'r, PgRow> + Send + Unpin,
{
    Ok(all_by_id(tx, tenant_col, id, sql).await?.into_iter().next())
}

/// [`one_by_id`] for a statement that gives a record with what hangs off it, one row each (a
/// task with its cooperating units): every row, read where the first is found.
pub(crate) async fn all_by_id<T>(
    tx: &mut Tx,
    tenant_col: &str,
    id: i64,
    sql: impl Fn(&str) -> String,
) -> Result<Vec<T>, StoreError>
where
    T: for<'r> sqlx::FromRow<'r, SqliteRow> + for<'r> sqlx::FromRow<'r, PgRow> + Send + Unpin,
{
    if let Some(cond) = condition(tx, tenant_col) {
        let text = sql(&cond);
        let found: Vec<T> =
            on_tx!(tx, c => sqlx::query_as(sqlx::AssertSqlSafe(text.as_str())).bind(id).fetch_all(c).await?);
        if !found.is_empty() {
            return Ok(found);
        }
    }
    let text = sql("");
    Ok(on_tx!(tx, c => sqlx::query_as(sqlx::AssertSqlSafe(text.as_str())).bind(id).fetch_all(c).await?))
}

/// [`one_by_id`] for a single column.
pub(crate) async fn value_by_id<V>(
    tx: &mut Tx,
    tenant_col: &str,
    id: i64,
    sql: impl Fn(&str) -> String,
) -> Result<Option<V>, StoreError>
where
    (V,): for<'r> sqlx::FromRow<'r, SqliteRow> + for<'r> sqlx::FromRow<'r, PgRow> + Send + Unpin,
{
    Ok(one_by_id::<(V,)>(tx, tenant_col, id, sql).await?.map(|(v,)| v))
}

/// Several rows by id (a page's records): `sql(list, cond)` is the statement with `list` the ids'
/// placeholders ([`crate::sql::Ints`], from `$1`) and `cond` appended to its `WHERE` clause; run
/// with the caller's tenants, then without for the ids not found there, in chunks of 500. Rows
/// keyed by `id_of`; missing ids are left out.
pub(crate) async fn many_by_id<T>(
    tx: &mut Tx,
    tenant_col: &str,
    ids: &[i64],
    sql: impl Fn(&str, &str) -> String,
    id_of: impl Fn(&T) -> i64,
) -> Result<std::collections::HashMap<i64, T>, StoreError>
where
    T: for<'r> sqlx::FromRow<'r, SqliteRow> + for<'r> sqlx::FromRow<'r, PgRow> + Send + Unpin,
{
    let mut out = std::collections::HashMap::with_capacity(ids.len());
    let mut rest: Vec<i64> = ids.to_vec();
    rest.sort_unstable();
    rest.dedup();
    let own = condition(tx, tenant_col);
    for cond in own.into_iter().chain([String::new()]) {
        for chunk in rest.chunks(500) {
            let mut ints = crate::sql::Ints::from(1);
            let text = sql(&ints.list(chunk.iter().copied()), &cond);
            let rows: Vec<T> = on_tx!(tx, c =>
                crate::bind_ints!(sqlx::query_as(sqlx::AssertSqlSafe(text.as_str())), ints).fetch_all(c).await?);
            out.extend(rows.into_iter().map(|r| (id_of(&r), r)));
        }
        rest.retain(|id| !out.contains_key(id));
        if rest.is_empty() {
            break;
        }
    }
    Ok(out)
}
