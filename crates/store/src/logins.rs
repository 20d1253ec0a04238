//! Login throttling state (`login_attempts`): one row per key, shared by every server instance
//! and kept across restarts. The policy — how many attempts, how long to wait — is the use-case
//! layer's; this module reads and writes the rows, locking each for the transaction so that two
//! concurrent attempts on one key are counted one after the other.

use chrono::{DateTime, Utc};

use crate::db::Tx;
use crate::{Backend, StoreError, on_tx};

/// A key's state.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Attempts {
    pub failures: i32,
    pub last_at: DateTime<Utc>,
    pub next_allowed_at: DateTime<Utc>,
}

/// Removes keys idle since before `cutoff` (bounded growth under a flood of distinct keys).
pub async fn prune(tx: &mut Tx, cutoff: DateTime<Utc>) -> Result<(), StoreError> {
    on_tx!(tx, c => sqlx::query("DELETE FROM login_attempts WHERE last_at < $1").bind(cutoff).execute(c).await?.rows_affected());
    Ok(())
}

/// The key's state, locked until the transaction ends (created empty when missing).
pub async fn lock(tx: &mut Tx, key: &str, now: DateTime<Utc>) -> Result<Attempts, StoreError> {
    on_tx!(tx, c => sqlx::query(
        "INSERT INTO login_attempts (key, failures, last_at, next_allowed_at) VALUES ($1, 0, $2, $2) ON CONFLICT (key) DO NOTHING")
        .bind(key).bind(now).execute(c).await?.rows_affected());
    // SQLite's write transaction already excludes every other writer; PostgreSQL locks the row.
    let sql = match tx.backend() {
        Backend::Postgres => "SELECT failures, last_at, next_allowed_at FROM login_attempts WHERE key = $1 FOR UPDATE",
        Backend::Sqlite => "SELECT failures, last_at, next_allowed_at FROM login_attempts WHERE key = $1",
    };
    let (failures, last_at, next_allowed_at): (i32, DateTime<Utc>, DateTime<Utc>) =
        on_tx!(tx, c => sqlx::query_as(sql).bind(key).fetch_one(c).await?);
    Ok(Attempts {
        failures,
        last_at,
        next_allowed_at,
    })
}

pub async fn save(tx: &mut Tx, key: &str, a: &Attempts) -> Result<(), StoreError> {
    on_tx!(tx, c => sqlx::query("UPDATE login_attempts SET failures = $1, last_at = $2, next_allowed_at = $3 WHERE key = $4")
        .bind(a.failures).bind(a.last_at).bind(a.next_allowed_at).bind(key).execute(c).await?.rows_affected());
    Ok(())
}

/// Forgets a key (after a successful sign-in).
pub async fn clear(tx: &mut Tx, key: &str) -> Result<(), StoreError> {
    on_tx!(tx, c => sqlx::query("DELETE FROM login_attempts WHERE key = $1").bind(key).execute(c).await?.rows_affected());
    Ok(())
}

/// Takes one failure back from a key (an attempt reserved as a failure that then succeeded), so
/// the successful sign-ins of an office behind one address never add up to a delay.
pub async fn forgive(tx: &mut Tx, key: &str) -> Result<(), StoreError> {
    on_tx!(tx, c => sqlx::query("UPDATE login_attempts SET failures = failures - 1 WHERE key = $1 AND failures > 0")
        .bind(key).execute(c).await?.rows_affected());
    Ok(())
}
