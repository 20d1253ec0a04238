//! PostgreSQL beyond one server: read replicas and a primary that may move.
//!
//! - [`urls`] cuts multi-host connection strings, which sqlx does not read.
//! - [`writer`] keeps the write pool on the primary and finds it again after a failover.
//! - [`replicas`] chooses the replica for a read, or the primary when none may serve it.
//!
//! Read-your-writes is decided here and only here: after every commit on the primary the
//! process keeps the primary's WAL position ([`Cluster::note_commit`]); a read goes to a
//! replica only if that replica has replayed up to it. Every later read of this process —
//! the writer's next page, a session just created at sign-in — sees every write this process
//! acknowledged. Another process's writes are seen once the replica replays them, within the
//! lag bound — or at once by a request that carries their position ([`floor`]: the web layer
//! passes a user's last commit along in a cookie, so they read their writes whichever process
//! serves them next).

pub mod floor;
pub mod replicas;
pub mod urls;
pub mod writer;

use std::sync::atomic::{AtomicU64, AtomicUsize, Ordering};
use std::time::Duration;

use sqlx::{PgPool, Postgres, Transaction};

use crate::StoreError;
use replicas::{Replica, parse_lsn};
use writer::Writer;

/// The read replicas to use beside the primary.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ReadReplicas {
    /// `postgres://…` URLs; a URL with several hosts names several replicas.
    pub urls: Vec<String>,
    /// A replica that lags the primary by more than this serves no read.
    pub max_lag: Duration,
}

/// How many reads each side served (since the process started).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct ReadCounts {
    pub replica: u64,
    pub primary: u64,
}

#[derive(Debug)]
pub struct Cluster {
    writer: Writer,
    replicas: Vec<Replica>,
    next: AtomicUsize,
    max_lag: Duration,
    /// The primary's WAL position after this process's latest commit (`u64::MAX`: unknown,
    /// read from the primary until the next commit tells it).
    written: AtomicU64,
    replica_reads: AtomicU64,
    primary_reads: AtomicU64,
}

impl Cluster {
    /// Opens the write pool on the primary named by `url` and (lazily) the replicas' pools.
    pub async fn open(url: &str, read: &ReadReplicas) -> Result<(PgPool, Cluster), StoreError> {
        let writer = Writer::new(urls::parse(url)?);
        let mut replicas = Vec::new();
        for u in &read.urls {
            let list = urls::parse(u)?;
            for (name, opts) in list.names.into_iter().zip(list.hosts) {
                replicas.push(Replica::new(name, opts));
            }
        }
        let pool = writer.pool().await?;
        Ok((
            pool,
            Cluster {
                writer,
                replicas,
                next: AtomicUsize::new(0),
                max_lag: read.max_lag,
                written: AtomicU64::new(0),
                replica_reads: AtomicU64::new(0),
                primary_reads: AtomicU64::new(0),
            },
        ))
    }

    /// A write transaction on the primary.
    pub async fn begin_write(&self, pool: &PgPool) -> Result<Transaction<'static, Postgres>, StoreError> {
        self.writer.begin(pool).await
    }

    /// A read transaction: on a replica that may serve it, else on the primary.
    pub async fn begin_read(&self, pool: &PgPool) -> Result<Transaction<'static, Postgres>, StoreError> {
        if !self.replicas.is_empty() {
            let need = self.written.load(Ordering::Acquire).max(floor::current());
            let n = self.replicas.len();
            let start = self.next.fetch_add(1, Ordering::Relaxed);
            for k in 0..n {
                let r = &self.replicas[(start + k) % n];
                if r.is_down() {
                    continue;
                }
                match r.begin(need, self.max_lag).await {
                    Ok(Ok(tx)) => {
                        self.replica_reads.fetch_add(1, Ordering::Relaxed);
                        return Ok(tx);
                    }
                    Ok(Err(why)) => tracing::debug!(replica = %r.name, ?why, "read sent elsewhere"),
                    Err(e) => {
                        tracing::warn!(replica = %r.name, error = %e, "read replica unavailable; set aside");
                        r.set_down();
                    }
                }
            }
        }
        let tx = self.writer.begin(pool).await?;
        self.primary_reads.fetch_add(1, Ordering::Relaxed);
        Ok(tx)
    }

    /// Called after a commit on the primary: keeps its WAL position, which includes the commit,
    /// so that this process reads from a replica only once the replica has replayed it.
    pub async fn note_commit(&self, pool: &PgPool) {
        if self.replicas.is_empty() {
            return;
        }
        let at: Result<String, sqlx::Error> = sqlx::query_scalar("SELECT pg_current_wal_lsn()::text")
            .fetch_one(pool)
            .await;
        match at.ok().as_deref().and_then(parse_lsn) {
            Some(lsn) => {
                floor::raise(lsn);
                let _ = self.written.fetch_update(Ordering::AcqRel, Ordering::Acquire, |w| {
                    (w == u64::MAX || w < lsn).then_some(lsn)
                });
            }
            // Position unknown: read from the primary until a commit tells it again.
            None => self.written.store(u64::MAX, Ordering::Release),
        }
    }

    /// The reads served by replicas and by the primary so far.
    pub fn read_counts(&self) -> ReadCounts {
        ReadCounts {
            replica: self.replica_reads.load(Ordering::Relaxed),
            primary: self.primary_reads.load(Ordering::Relaxed),
        }
    }

    /// `host:port` of the primary written to now.
    pub fn primary(&self) -> &str {
        self.writer.current()
    }

    /// The replicas, by `host:port`, with whether each is set aside now.
    pub fn replicas(&self) -> Vec<(String, bool)> {
        self.replicas.iter().map(|r| (r.name.clone(), r.is_down())).collect()
    }

    pub async fn close(&self) {
        for r in &self.replicas {
            r.pool.close().await;
        }
    }
}
