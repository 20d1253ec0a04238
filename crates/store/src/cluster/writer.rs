//! The primary, and finding it again after a failover.
//!
//! The URL may name several hosts (`postgres://h1,h2/db?target_session_attrs=read-write`). The
//! write pool connects to one of them; with several hosts or `read-write`, every new connection
//! checks `pg_is_in_recovery()` and is refused on a standby. When a transaction cannot begin
//! because the server is gone (or has become a standby), the hosts are tried in the order
//! written, one connection each; the first that is not in recovery becomes the pool's target
//! and the transaction is tried once more. Nothing had been sent yet, so the retry is safe. A
//! failure after the transaction began is returned as is: the transaction was not committed
//! (or its outcome is unknown, when the connection broke during `COMMIT`), and the request
//! fails cleanly with "the database is unavailable".

use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::Duration;

use sqlx::postgres::{PgConnectOptions, PgPoolOptions};
use sqlx::{ConnectOptions, Connection, PgConnection, PgPool, Postgres, Transaction};

use super::urls::HostList;
use crate::StoreError;

/// How long one host may take to accept a connection while the primary is sought.
const PROBE_TIMEOUT: Duration = Duration::from_secs(2);

#[derive(Debug)]
pub struct Writer {
    hosts: HostList,
    current: AtomicUsize,
    seeking: tokio::sync::Mutex<()>,
}

impl Writer {
    pub fn new(hosts: HostList) -> Writer {
        Writer {
            hosts,
            current: AtomicUsize::new(0),
            seeking: tokio::sync::Mutex::new(()),
        }
    }

    /// True when the primary may move: several hosts, or a primary required.
    pub fn can_fail_over(&self) -> bool {
        self.hosts.hosts.len() > 1 || self.hosts.require_primary
    }

    /// `host:port` of the server written to now.
    pub fn current(&self) -> &str {
        &self.hosts.names[self.current.load(Ordering::Relaxed)]
    }

    /// Opens the write pool on the primary (the first host that is not in recovery, when the
    /// primary may move; the only host otherwise).
    pub async fn pool(&self) -> Result<PgPool, StoreError> {
        let first = if self.can_fail_over() {
            let found = self.seek().await;
            let Some(i) = found else {
                return Err(StoreError::Db(sqlx::Error::Configuration(
                    format!("no primary among {}", self.hosts.names.join(", ")).into(),
                )));
            };
            i
        } else {
            0
        };
        self.current.store(first, Ordering::Relaxed);
        let mut options = PgPoolOptions::new()
            .max_connections(16)
            .acquire_timeout(Duration::from_secs(if self.can_fail_over() { 5 } else { 10 }));
        if self.can_fail_over() {
            options = options.after_connect(|conn, _| {
                Box::pin(async move {
                    if in_recovery(conn).await? {
                        return Err(sqlx::Error::Protocol("the server is a standby (in recovery)".into()));
                    }
                    Ok(())
                })
            });
        }
        Ok(options.connect_with(self.hosts.hosts[first].clone()).await?)
    }

    /// Begins a transaction on the primary; when it cannot begin because the server is gone,
    /// finds the primary again and tries once more.
    pub async fn begin(&self, pool: &PgPool) -> Result<Transaction<'static, Postgres>, StoreError> {
        match pool.begin().await {
            Ok(t) => Ok(t),
            Err(e) if self.can_fail_over() && StoreError::unavailable(&e) => {
                let was = self.current.load(Ordering::Relaxed);
                if self.reconnect(pool, was).await {
                    Ok(pool.begin().await?)
                } else {
                    Err(e.into())
                }
            }
            Err(e) => Err(e.into()),
        }
    }

    /// Points `pool` at the primary, if one is found. `was` is the host that failed: when
    /// another caller has already moved the pool away from it, nothing is sought again.
    async fn reconnect(&self, pool: &PgPool, was: usize) -> bool {
        let _one_at_a_time = self.seeking.lock().await;
        if self.current.load(Ordering::Relaxed) != was {
            return true;
        }
        let Some(i) = self.seek().await else {
            tracing::warn!(hosts = %self.hosts.names.join(", "), "no PostgreSQL primary reachable");
            return false;
        };
        if i != was {
            tracing::warn!(from = %self.hosts.names[was], to = %self.hosts.names[i], "PostgreSQL primary moved");
            pool.set_connect_options(self.hosts.hosts[i].clone());
            self.current.store(i, Ordering::Relaxed);
        }
        true
    }

    /// The first host, in the order written, that accepts a connection and is not in recovery.
    async fn seek(&self) -> Option<usize> {
        for (i, opts) in self.hosts.hosts.iter().enumerate() {
            match probe(opts).await {
                Ok(false) => return Some(i),
                Ok(true) => tracing::debug!(host = %self.hosts.names[i], "standby, not the primary"),
                Err(e) => tracing::debug!(host = %self.hosts.names[i], error = %e, "unreachable"),
            }
        }
        None
    }
}

/// Whether the server behind `opts` is in recovery (a standby).
async fn probe(opts: &PgConnectOptions) -> Result<bool, sqlx::Error> {
    let mut conn = tokio::time::timeout(PROBE_TIMEOUT, opts.connect())
        .await
        .map_err(|_| sqlx::Error::PoolTimedOut)??;
    let standby = in_recovery(&mut conn).await;
    let _ = conn.close().await;
    standby
}

async fn in_recovery(conn: &mut PgConnection) -> Result<bool, sqlx::Error> {
    sqlx::query_scalar("SELECT pg_is_in_recovery()").fetch_one(conn).await
}
