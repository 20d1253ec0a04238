//! The tamper-evident audit trail: every write appends who, when, from where and what
//! (entity, id, action, before and after) to `audit_log`.
//!
//! There is one hash chain per tenant (the top unit the changed record belongs to), and one for
//! installation-wide events ([`INSTALLATION`]: accounts, roles, tokens, settings, rule sets).
//! Entry `n` of a chain stores `prev_hash` (the hash of entry `n - 1` of the same chain, or
//! [`GENESIS`] for the first) and `hash` = SHA-256 over a canonical encoding of its own fields
//! and `prev_hash`. Editing, removing or reordering an entry breaks its chain at that point,
//! which [`verify`] reports. `audit_head` holds each chain's last sequence number and hash;
//! claiming the next numbers (an upsert of the tenant's head row) serialises the appenders *of
//! one tenant* only: two provinces never wait for each other. On SQLite and plain PostgreSQL
//! triggers refuse UPDATE and DELETE on the log (migrations 0002, 0020); on Citus the tables
//! are distributed, triggers are not allowed, and the chain's hashes are the guard (see
//! docs/security.md).

use std::collections::BTreeMap;

use chrono::{DateTime, SubsecRound, Utc};
use serde::Serialize;
use serde_json::Value;
use sha2::{Digest, Sha256};
use sqlx::Row;

use crate::db::Tx;
use crate::{StoreError, on_tx};

/// The chain of installation-wide events: changes to records that belong to no unit (accounts,
/// roles, tokens, notification settings, evaluation rule sets). No unit has id 0. The chain
/// written before migration 0020 (one chain for everything) is kept as this chain.
pub const INSTALLATION: i64 = 0;

/// The `prev_hash` of the first entry of every chain.
pub const GENESIS: &str = "0000000000000000000000000000000000000000000000000000000000000000";

/// One change, as the write functions describe it.
#[derive(Debug, Clone, PartialEq)]
pub struct Change {
    /// The chain the entry goes to: the tenant of the record, or [`INSTALLATION`].
    pub tenant_id: i64,
    pub entity: &'static str,
    pub entity_id: i64,
    pub action: &'static str,
    pub before: Option<Value>,
    pub after: Option<Value>,
}

/// A record serialised for the log (all stored records derive `Serialize`).
pub fn json<T: Serialize + ?Sized>(record: &T) -> Value {
    serde_json::to_value(record).unwrap_or_else(|e| serde_json::json!({ "unserializable": e.to_string() }))
}

/// `record` serialised, with `extra` added under `key` (the sub-record a task action wrote:
/// a progress report, an extension request…).
pub fn with<T: Serialize + ?Sized, E: Serialize + ?Sized>(record: &T, key: &str, extra: &E) -> Value {
    let mut v = json(record);
    if let Value::Object(map) = &mut v {
        map.insert(key.to_string(), json(extra));
    }
    v
}

impl Change {
    pub fn new(
        tenant_id: i64,
        entity: &'static str,
        entity_id: i64,
        action: &'static str,
        before: Option<Value>,
        after: Option<Value>,
    ) -> Change {
        Change {
            tenant_id,
            entity,
            entity_id,
            action,
            before,
            after,
        }
    }

    pub fn created<T: Serialize + ?Sized>(tenant_id: i64, entity: &'static str, entity_id: i64, after: &T) -> Change {
        Change::new(tenant_id, entity, entity_id, "create", None, Some(json(after)))
    }

    pub fn updated<B: Serialize + ?Sized, A: Serialize + ?Sized>(
        tenant_id: i64,
        entity: &'static str,
        entity_id: i64,
        action: &'static str,
        before: &B,
        after: &A,
    ) -> Change {
        Change::new(
            tenant_id,
            entity,
            entity_id,
            action,
            Some(json(before)),
            Some(json(after)),
        )
    }

    pub fn deleted<T: Serialize + ?Sized>(tenant_id: i64, entity: &'static str, entity_id: i64, before: &T) -> Change {
        Change::new(tenant_id, entity, entity_id, "delete", Some(json(before)), None)
    }
}

/// One entry of the log.
#[derive(Debug, Clone, PartialEq, Serialize, utoipa::ToSchema)]
pub struct AuditEntry {
    /// The chain: the tenant the record belonged to when the entry was written, or 0 for
    /// installation-wide events and for every entry written before migration 0020.
    pub tenant_id: i64,
    /// The entry's number in its chain.
    pub seq: i64,
    pub at: DateTime<Utc>,
    /// The signed-in user, if any.
    pub user_id: Option<i64>,
    /// Login name, or `system`.
    pub actor: String,
    /// The client's address, when the change came over the network.
    pub address: Option<String>,
    pub entity: String,
    pub entity_id: i64,
    /// `create`, `update`, `move`, `delete`, `link`, `progress`, `complete`…
    pub action: String,
    /// The record before the change (none for a creation).
    #[schema(value_type = Option<Object>)]
    pub before: Option<Value>,
    /// The record after the change (none for a deletion).
    #[schema(value_type = Option<Object>)]
    pub after: Option<Value>,
    pub prev_hash: String,
    pub hash: String,
}

/// The stored form of an entry: the exact text that was hashed.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Stored {
    tenant_id: i64,
    seq: i64,
    at: DateTime<Utc>,
    user_id: Option<i64>,
    actor: String,
    address: Option<String>,
    entity: String,
    entity_id: i64,
    action: String,
    before: Option<String>,
    after: Option<String>,
    prev_hash: String,
    hash: String,
    /// 1: written before migration 0020, hashed without the tenant; 2: hashed with it.
    hash_format: i16,
}

/// The hash format of new entries.
const FORMAT: i16 = 2;

/// The timestamp as hashed: UTC, microseconds (what both databases keep exactly).
fn at_text(at: &DateTime<Utc>) -> String {
    at.format("%Y-%m-%dT%H:%M:%S%.6fZ").to_string()
}

/// SHA-256 (hex) over a canonical encoding: a version tag, then every field in order as a
/// presence byte (0 = NULL, 1 = value) followed by the value's byte length (8 bytes,
/// big-endian) and its UTF-8 bytes. Integers are written in decimal. Format 2 (every entry
/// since migration 0020) starts with the tenant, so an entry cannot be passed off as one of
/// another chain; format 1 (the single chain before it) has no tenant. A format the code does
/// not know hashes to nothing that can match.
pub(crate) fn entry_hash(e: &Stored, seq: i64) -> String {
    let mut h = Sha256::new();
    match e.hash_format {
        1 => h.update(b"dondoc-audit-v1"),
        2 => h.update(b"dondoc-audit-v2"),
        _ => return String::new(),
    }
    let mut field = |v: Option<&str>| match v {
        None => h.update([0u8]),
        Some(s) => {
            h.update([1u8]);
            h.update((s.len() as u64).to_be_bytes());
            h.update(s.as_bytes());
        }
    };
    if e.hash_format >= 2 {
        field(Some(&e.tenant_id.to_string()));
    }
    field(Some(&seq.to_string()));
    field(Some(&at_text(&e.at)));
    field(e.user_id.map(|u| u.to_string()).as_deref());
    field(Some(&e.actor));
    field(e.address.as_deref());
    field(Some(&e.entity));
    field(Some(&e.entity_id.to_string()));
    field(Some(&e.action));
    field(e.before.as_deref());
    field(e.after.as_deref());
    field(Some(&e.prev_hash));
    h.finalize().iter().map(|b| format!("{b:02x}")).collect()
}

/// Appends `c` to its tenant's chain for the transaction's actor. Call it last in a write
/// function, after its other row locks: the head row is then always the last lock taken.
pub async fn record(tx: &mut Tx, c: Change) -> Result<(), StoreError> {
    record_many(tx, vec![c]).await
}

/// Appends several entries at once (a batch of tasks): one claim of each tenant's head for all
/// of that tenant's entries (heads claimed in tenant order, so two batches never deadlock), the
/// chains computed here, rows inserted a few dozen per statement.
pub async fn record_many(tx: &mut Tx, changes: Vec<Change>) -> Result<(), StoreError> {
    let mut by_tenant: BTreeMap<i64, Vec<Change>> = BTreeMap::new();
    for c in changes {
        by_tenant.entry(c.tenant_id).or_default().push(c);
    }
    for (tenant, changes) in by_tenant {
        append_chain(tx, tenant, changes).await?;
    }
    Ok(())
}

/// Appends `changes` (not empty) to the chain of `tenant`.
async fn append_chain(tx: &mut Tx, tenant: i64, changes: Vec<Change>) -> Result<(), StoreError> {
    let n = changes.len() as i64;
    // The tenant's first entry creates its head; later ones move it forward. The row lock of
    // this statement serialises the appenders of this tenant until commit.
    let (last, mut prev_hash): (i64, String) = on_tx!(tx, conn => sqlx::query_as(
        "INSERT INTO audit_head (tenant_id, seq, hash) VALUES ($1, $2, $3)
         ON CONFLICT (tenant_id) DO UPDATE SET seq = audit_head.seq + excluded.seq
         RETURNING seq, hash").bind(tenant).bind(n).bind(GENESIS).fetch_one(conn).await?);
    let at = tx.now().trunc_subsecs(6);
    let mut entries = Vec::with_capacity(changes.len());
    for (i, c) in changes.into_iter().enumerate() {
        let seq = last - n + 1 + i as i64;
        let mut e = Stored {
            tenant_id: tenant,
            seq,
            at,
            user_id: tx.actor.user_id,
            actor: tx.actor.label.clone(),
            address: tx.actor.address.clone(),
            entity: c.entity.to_string(),
            entity_id: c.entity_id,
            action: c.action.to_string(),
            before: c.before.map(|v| v.to_string()),
            after: c.after.map(|v| v.to_string()),
            prev_hash: std::mem::take(&mut prev_hash),
            hash: String::new(),
            hash_format: FORMAT,
        };
        e.hash = entry_hash(&e, seq);
        prev_hash = e.hash.clone();
        entries.push(e);
    }
    // 14 columns × 40 rows stays far below SQLite's parameter limit.
    for chunk in entries.chunks(40) {
        let rows: Vec<String> = (0..chunk.len())
            .map(|r| {
                let b = r * 14;
                let ph: Vec<String> = (1..=14).map(|k| format!("${}", b + k)).collect();
                format!("({})", ph.join(", "))
            })
            .collect();
        let sql = format!("INSERT INTO audit_log ({COLS}) VALUES {}", rows.join(", "));
        on_tx!(tx, conn => {
            let mut q = sqlx::query(sqlx::AssertSqlSafe(sql.as_str()));
            for e in chunk {
                q = q.bind(e.tenant_id).bind(e.seq).bind(e.at).bind(e.user_id).bind(&e.actor).bind(&e.address)
                    .bind(&e.entity).bind(e.entity_id).bind(&e.action).bind(&e.before).bind(&e.after)
                    .bind(&e.prev_hash).bind(&e.hash).bind(e.hash_format);
            }
            q.execute(&mut *conn).await?;
        });
    }
    on_tx!(tx, conn => sqlx::query("UPDATE audit_head SET hash = $1 WHERE tenant_id = $2")
        .bind(&prev_hash).bind(tenant).execute(conn).await?.rows_affected());
    Ok(())
}

/// The tenant of the row `id` of `table` (a tenant table keyed by `id`), for callers whose
/// record does not carry it.
pub(crate) async fn tenant_of(tx: &mut Tx, table: &'static str, id: i64) -> Result<i64, StoreError> {
    crate::seen::tenant_of(tx, table, id)
        .await?
        .ok_or(StoreError::not_found(table, id))
}

const COLS: &str = "tenant_id, seq, at, user_id, actor, address, entity, entity_id, action, before, after, prev_hash, hash, hash_format";

/// Reads rows into [`Stored`]; a row whose columns cannot be read at all (a hand edit that
/// broke a type) comes back as `Err((seq, why))`.
macro_rules! decode_rows {
    ($rows:expr) => {
        $rows
            .iter()
            .map(|r| {
                let seq: i64 = r.try_get("seq").map_err(|e| (-1, e.to_string()))?;
                let bad = |e: sqlx::Error| (seq, e.to_string());
                Ok(Stored {
                    tenant_id: r.try_get("tenant_id").map_err(bad)?,
                    seq,
                    at: r.try_get("at").map_err(bad)?,
                    user_id: r.try_get("user_id").map_err(bad)?,
                    actor: r.try_get("actor").map_err(bad)?,
                    address: r.try_get("address").map_err(bad)?,
                    entity: r.try_get("entity").map_err(bad)?,
                    entity_id: r.try_get("entity_id").map_err(bad)?,
                    action: r.try_get("action").map_err(bad)?,
                    before: r.try_get("before").map_err(bad)?,
                    after: r.try_get("after").map_err(bad)?,
                    prev_hash: r.try_get("prev_hash").map_err(bad)?,
                    hash: r.try_get("hash").map_err(bad)?,
                    hash_format: r.try_get("hash_format").map_err(bad)?,
                })
            })
            .collect::<Vec<Result<Stored, (i64, String)>>>()
    };
}

fn parse_json(s: Option<String>) -> Option<Value> {
    s.map(|s| serde_json::from_str(&s).unwrap_or(Value::String(s)))
}

/// The log entries of one record, oldest first, from every chain: a record's entries before
/// migration 0020 are in the installation chain, and a unit moved to another province leaves
/// its earlier entries in the chain of its old tenant.
pub async fn history(tx: &mut Tx, entity: &str, entity_id: i64) -> Result<Vec<AuditEntry>, StoreError> {
    entries(tx, None, entity, entity_id).await
}

/// [`history`] of a record of `tenant`, read from the chains its entries can be in: the
/// tenant's, the installation chain and those of the tenants units moved into it from
/// (`tenant_move::chains_for`). The same entries, from a few shards on Citus instead of all.
pub async fn history_in(tx: &mut Tx, tenant: i64, entity: &str, entity_id: i64) -> Result<Vec<AuditEntry>, StoreError> {
    let chains = crate::tenant_move::chains_for(tx, tenant).await?;
    entries(tx, Some(&chains), entity, entity_id).await
}

async fn entries(
    tx: &mut Tx,
    chains: Option<&[i64]>,
    entity: &str,
    entity_id: i64,
) -> Result<Vec<AuditEntry>, StoreError> {
    // Tenant ids read from our own tables, inlined, so Citus prunes the shards.
    let within = chains.map_or(String::new(), |c| {
        format!(
            " AND {}",
            crate::sql::in_tenants(tx.backend(), "tenant_id", c.iter().copied())
        )
    });
    let sql = format!(
        "SELECT {COLS} FROM audit_log WHERE entity = $1 AND entity_id = $2{within} ORDER BY at, tenant_id, seq"
    );
    let rows = on_tx!(tx, c => {
        let rows = sqlx::query(sqlx::AssertSqlSafe(sql.as_str())).bind(entity).bind(entity_id).fetch_all(c).await?;
        decode_rows!(rows)
    });
    let mut out = Vec::with_capacity(rows.len());
    for r in rows {
        let e =
            r.map_err(|(seq, why)| StoreError::Db(sqlx::Error::Decode(format!("audit entry {seq}: {why}").into())))?;
        out.push(AuditEntry {
            tenant_id: e.tenant_id,
            seq: e.seq,
            at: e.at,
            user_id: e.user_id,
            actor: e.actor,
            address: e.address,
            entity: e.entity,
            entity_id: e.entity_id,
            action: e.action,
            before: parse_json(e.before),
            after: parse_json(e.after),
            prev_hash: e.prev_hash,
            hash: e.hash,
        });
    }
    Ok(out)
}

mod verify;

pub use verify::{AuditReport, PARALLEL_CHAINS, Problem, ProblemKind, VerifyReport, verify, verify_chain};

#[cfg(test)]
mod tests {
    use super::*;

    pub(crate) fn entry() -> Stored {
        Stored {
            tenant_id: 12,
            seq: 1,
            at: DateTime::parse_from_rfc3339("2023-11-20T08:30:00.123456Z")
                .map(|d| d.with_timezone(&Utc))
                .expect("date"),
            user_id: None,
            actor: "system".into(),
            address: None,
            entity: "task".into(),
            entity_id: 7,
            action: "create".into(),
            before: None,
            after: Some("{\"id\":7}".into()),
            prev_hash: GENESIS.into(),
            hash: String::new(),
            hash_format: FORMAT,
        }
    }

    #[test]
    fn every_field_is_covered_and_null_differs_from_empty() {
        let base = entry_hash(&entry(), 1);
        assert_eq!(base.len(), 64);
        let mut e = entry();
        e.address = Some(String::new());
        assert_ne!(entry_hash(&e, 1), base);
        let mut e = entry();
        e.after = Some("{\"id\":8}".into());
        assert_ne!(entry_hash(&e, 1), base);
        assert_ne!(entry_hash(&entry(), 2), base);
        // Field boundaries are unambiguous: moving a character between fields changes the hash.
        let mut e = entry();
        e.actor = "syste".into();
        e.entity = "mtask".into();
        assert_ne!(entry_hash(&e, 1), base);
        // The tenant is covered (format 2); format 1 entries, written before it, are not.
        let mut e = entry();
        e.tenant_id = 13;
        assert_ne!(entry_hash(&e, 1), base);
        let mut old = entry();
        old.hash_format = 1;
        let v1 = entry_hash(&old, 1);
        old.tenant_id = 13;
        assert_eq!(entry_hash(&old, 1), v1);
        assert_ne!(v1, base);
        old.hash_format = 3;
        assert_eq!(entry_hash(&old, 1), "");
    }
}
