//! Where each table lives on a Citus cluster, and the step of `migrate` that puts it there.
//!
//! A *tenant table* is any table with a `tenant_id` column (the top unit a row belongs to):
//! Citus distributes it by `tenant_id`, co-located with `units`, so the rows of one tenant —
//! a province — sit on one shard and a request about that tenant runs on one node. Migration
//! 0018 gives these tables keys that allow it (the tenant in every primary and unique key,
//! composite foreign keys). A *reference table* is small shared data copied to every node.
//! Every other table is installation-wide and stays on the coordinator, never referenced by
//! a tenant table. The lists below are the only place these choices are written; the schema
//! test `tenant_keys` holds the catalog to them.
//!
//! Without the `citus` extension this step does nothing: plain PostgreSQL.

use sqlx::PgPool;

use crate::StoreError;

/// Small shared data, copied to every node (tenant tables may refer to it).
pub const REFERENCE_TABLES: &[&str] = &["document_citers", "eval_rule_sets", "tenant_moves"];

/// Installation-wide tables kept on the coordinator: accounts and their sessions,
/// notifications and mail (per account, not per tenant), login throttling, the feedback form
/// key, and sqlx's record of applied migrations. (The audit trail is a tenant table since
/// migration 0020: one chain per tenant, installation-wide events in the chain of tenant 0.)
pub const COORDINATOR_TABLES: &[&str] = &[
    "_sqlx_migrations",
    "api_tokens",
    "feedback_keys",
    "feedback_used_tokens",
    "login_attempts",
    "mail_outbox",
    "notification_prefs",
    "notifications",
    "reminder_runs",
    "role_bindings",
    "sessions",
    "users",
];

/// The only triggers allowed on tenant tables, as (table, trigger): the audit trail's
/// append-only guards. Plain PostgreSQL keeps them; Citus refuses triggers on distributed
/// tables, so [`distribute`] drops them before distributing, and on a cluster the chains'
/// hashes are the guard (`dondoc audit verify`; see docs/security.md). The schema test
/// `tenant_keys` holds every other tenant table to "no trigger".
pub const GUARDS_DROPPED_ON_CITUS: &[(&str, &str)] = &[
    ("audit_log", "audit_log_no_update"),
    ("audit_log", "audit_log_no_truncate"),
    ("audit_head", "audit_head_forward"),
    ("audit_head", "audit_head_no_truncate"),
];

/// The table every tenant table is co-located with.
pub const ANCHOR: &str = "units";

/// What [`distribute`] did.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Distribution {
    /// False on plain PostgreSQL (no `citus` extension): nothing was done.
    pub citus: bool,
    /// Tables made distributed or reference tables by this run (none when already done).
    pub changed: Vec<String>,
}

/// A table or constraint name (read from the catalog) quoted for SQL.
fn ident(name: &str) -> String {
    format!("\"{}\"", name.replace('"', "\"\""))
}

/// The tenant tables of the current schema, read from the catalog.
pub async fn tenant_tables(pool: &PgPool) -> Result<Vec<String>, StoreError> {
    Ok(sqlx::query_scalar(
        "SELECT c.relname::text FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
         JOIN pg_attribute a ON a.attrelid = c.oid AND a.attname = 'tenant_id' AND NOT a.attisdropped
         WHERE n.nspname = current_schema() AND c.relkind = 'r' ORDER BY 1",
    )
    .fetch_all(pool)
    .await?)
}

/// The tenant tables in an order where every table comes after the tables its foreign keys
/// point at (Citus distributes a referencing table only once its targets are distributed).
async fn in_key_order(pool: &PgPool, tables: &[String]) -> Result<Vec<String>, StoreError> {
    let edges: Vec<(String, String)> = sqlx::query_as(
        "SELECT DISTINCT src.relname::text, dst.relname::text FROM pg_constraint con
         JOIN pg_class src ON src.oid = con.conrelid JOIN pg_class dst ON dst.oid = con.confrelid
         JOIN pg_namespace n ON n.oid = src.relnamespace
         WHERE con.contype = 'f' AND n.nspname = current_schema() AND src.oid <> dst.oid",
    )
    .fetch_all(pool)
    .await?;
    let mut done: Vec<String> = Vec::new();
    let mut left: Vec<String> = tables.to_vec();
    // The anchor first: every other tenant table is co-located with it.
    left.sort_by_key(|t| t != ANCHOR);
    while !left.is_empty() {
        let before = left.len();
        let mut i = 0;
        while i < left.len() {
            let t = &left[i];
            let ready = edges
                .iter()
                .filter(|(src, dst)| src == t && tables.contains(dst))
                .all(|(_, dst)| done.contains(dst));
            if ready {
                done.push(left.remove(i));
            } else {
                i += 1;
            }
        }
        if left.len() == before {
            // A cycle of foreign keys between tables (none today): Citus takes them in any order
            // once they are co-located, so the rest go as they are.
            done.append(&mut left);
        }
    }
    Ok(done)
}

/// On a Citus coordinator: makes every reference table a reference table and every tenant
/// table a distributed table by `tenant_id`, co-located with `units`. Idempotent: tables
/// already placed are left alone, so every `migrate` may run it.
pub async fn distribute(pool: &PgPool) -> Result<Distribution, StoreError> {
    let citus: bool = sqlx::query_scalar("SELECT EXISTS (SELECT 1 FROM pg_extension WHERE extname = 'citus')")
        .fetch_one(pool)
        .await?;
    if !citus {
        return Ok(Distribution::default());
    }
    let placed: Vec<String> = sqlx::query_scalar(
        "SELECT c.relname::text FROM pg_dist_partition p JOIN pg_class c ON c.oid = p.logicalrelid
         JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = current_schema()",
    )
    .fetch_all(pool)
    .await?;
    let mut changed = Vec::new();
    let mut tx = pool.begin().await?;
    // Placing tables and changing keys in one transaction: Citus must then work over one
    // connection per node, not in parallel.
    sqlx::query("SET LOCAL citus.multi_shard_modify_mode TO 'sequential'")
        .execute(&mut *tx)
        .await?;
    // A foreign key from a plain table to a reference table would make Citus turn the plain
    // table (and every table chained to it by keys) into a coordinator-local table, which can
    // no longer be distributed: such keys are set aside while the tenant tables are placed,
    // and put back (now between a distributed and a reference table) at the end.
    let new_refs: Vec<&str> = REFERENCE_TABLES
        .iter()
        .copied()
        .filter(|t| !placed.iter().any(|p| p == t))
        .collect();
    let set_aside: Vec<(String, String, String)> = sqlx::query_as(
        "SELECT src.relname::text, con.conname::text, pg_get_constraintdef(con.oid) FROM pg_constraint con
         JOIN pg_class src ON src.oid = con.conrelid JOIN pg_class dst ON dst.oid = con.confrelid
         JOIN pg_namespace n ON n.oid = src.relnamespace
         WHERE con.contype = 'f' AND n.nspname = current_schema() AND src.oid <> dst.oid
           AND dst.relname::text = ANY($1)",
    )
    .bind(&new_refs)
    .fetch_all(&mut *tx)
    .await?;
    for (table, name, _) in &set_aside {
        let sql = format!("ALTER TABLE {} DROP CONSTRAINT {}", ident(table), ident(name));
        sqlx::query(sqlx::AssertSqlSafe(sql)).execute(&mut *tx).await?;
    }
    let tenants = tenant_tables(pool).await?;
    for t in in_key_order(pool, &tenants).await? {
        if placed.contains(&t) {
            continue;
        }
        for (_, trigger) in GUARDS_DROPPED_ON_CITUS.iter().filter(|(table, _)| *table == t) {
            let sql = format!("DROP TRIGGER IF EXISTS {} ON {}", ident(trigger), ident(&t));
            sqlx::query(sqlx::AssertSqlSafe(sql)).execute(&mut *tx).await?;
        }
        let colocate = if t == ANCHOR { "default" } else { ANCHOR };
        sqlx::query("SELECT create_distributed_table($1::regclass, 'tenant_id', colocate_with => $2)")
            .bind(&t)
            .bind(colocate)
            .execute(&mut *tx)
            .await?;
        changed.push(t);
    }
    for t in new_refs {
        sqlx::query("SELECT create_reference_table($1::regclass)")
            .bind(t)
            .execute(&mut *tx)
            .await?;
        changed.push(t.to_string());
    }
    for (table, name, definition) in &set_aside {
        // The definition is PostgreSQL's own rendering of a key of our schema.
        let sql = format!(
            "ALTER TABLE {} ADD CONSTRAINT {} {definition}",
            ident(table),
            ident(name)
        );
        sqlx::query(sqlx::AssertSqlSafe(sql)).execute(&mut *tx).await?;
    }
    tx.commit().await?;
    Ok(Distribution { citus: true, changed })
}
