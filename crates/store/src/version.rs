//! Optimistic concurrency: an edit first claims the version the client read.
//!
//! `UPDATE … SET version = version + 1 WHERE id = $1 AND version = $2` succeeds for exactly one
//! of two concurrent writers holding the same version: on PostgreSQL the second waits for the
//! first's row lock, then finds the version moved on; on SQLite writers are serialised. The
//! loser gets [`StoreError::StaleVersion`] and its transaction writes nothing.

use crate::db::Tx;
use crate::{StoreError, on_tx};

/// Versioned tables, by the entity name used in errors.
fn table(entity: &'static str) -> &'static str {
    match entity {
        "unit" => "units",
        "person" => "people",
        "document" => "documents",
        "theme" => "themes",
        "task" => "tasks",
        "target" => "targets",
        "evaluation" => "evaluations",
        "evaluation_year" => "evaluation_years",
        "conference" => "conferences",
        _ => "unknown_entity",
    }
}

/// Claims version `version` of the record `id` of tenant `tenant` (the record as read before
/// the edit), moving it to `version + 1`. The tenant routes the claim to the record's shard on
/// Citus; an id alone would be a write to every shard of the table.
pub async fn claim(tx: &mut Tx, entity: &'static str, tenant: i64, id: i64, version: i64) -> Result<(), StoreError> {
    let t = table(entity);
    let sql = format!(
        "UPDATE {t} SET version = version + 1, updated_at = $1 WHERE tenant_id = $2 AND id = $3 AND version = $4"
    );
    let now = tx.now();
    let n = on_tx!(tx, c => sqlx::query(sqlx::AssertSqlSafe(sql.as_str()))
        .bind(now).bind(tenant).bind(id).bind(version).execute(c).await?.rows_affected());
    if n == 1 {
        return Ok(());
    }
    let sql = format!("SELECT COUNT(*) FROM {t} WHERE tenant_id = $1 AND id = $2");
    let exists: i64 = on_tx!(tx, c => sqlx::query_scalar(sqlx::AssertSqlSafe(sql.as_str())).bind(tenant).bind(id).fetch_one(c).await?);
    if exists == 0 {
        Err(StoreError::not_found(entity, id))
    } else {
        Err(StoreError::StaleVersion {
            entity,
            id,
            expected: version,
        })
    }
}
