//! The two backends behind one code path.
//!
//! Every repository function is written once, as SQL that both SQLite and PostgreSQL accept
//! (`$1` placeholders, `RETURNING`, `ON CONFLICT`), and run on either backend through the
//! [`on_tx!`] macro, which expands the same body for each connection type. Dialect
//! differences are confined to the migration folders and to this file.

use std::sync::Arc;
use std::time::Duration;

use sqlx::sqlite::{SqliteConnectOptions, SqliteJournalMode, SqlitePoolOptions, SqliteSynchronous};
use sqlx::{PgPool, Postgres, Sqlite, SqlitePool, Transaction};

use crate::StoreError;
use crate::cluster::{Cluster, ReadReplicas};

/// Which database engine a [`Db`] talks to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Backend {
    Sqlite,
    Postgres,
}

/// A connection pool on either backend.
#[derive(Clone, Debug)]
pub enum Db {
    /// SQLite keeps one writer connection (SQLite allows one writer at a time; a single
    /// writer avoids lock upgrade failures) and a pool of readers (WAL lets them run alongside).
    Sqlite { write: SqlitePool, read: SqlitePool },
    /// PostgreSQL: the pool on the primary (which may move, see [`crate::cluster`]) and the
    /// read replicas, if any.
    Postgres { pool: PgPool, cluster: Arc<Cluster> },
}

/// Who is writing: recorded with every change in the audit trail.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Actor {
    /// The signed-in user, if any (none for the system: demo loading, generators, CLI).
    pub user_id: Option<i64>,
    /// Login name, or `system`.
    pub label: String,
    /// The client's address, when the change came over the network.
    pub address: Option<String>,
}

impl Actor {
    pub fn system() -> Actor {
        Actor {
            user_id: None,
            label: "system".into(),
            address: None,
        }
    }
}

/// A transaction on either backend, and who it acts for. Dropping it without
/// [`Tx::commit`] rolls it back.
pub struct Tx {
    #[doc(hidden)]
    pub conn: Conn,
    pub actor: Actor,
    /// The time the transaction's writes are stamped with; the real time unless set. Loading a
    /// data set replays each event at its own date, so its history reads as it happened.
    pub at: Option<chrono::DateTime<chrono::Utc>>,
    /// Where a commit is noted (read-your-writes with replicas); none for reads and SQLite.
    noted: Option<(PgPool, Arc<Cluster>)>,
    /// The tenants the caller works in, where a record named by id alone is looked for first
    /// (`crate::own_tenants`); none for the system and installation-wide accounts.
    pub(crate) own_tenants: Option<Vec<i64>>,
    /// For a caller with no tenants of its own: the tenant of the last record whose belonging
    /// was read, looked in first for the next ones (a page's records mostly lie in one province).
    pub(crate) found_tenant: Option<i64>,
    /// The last person whose own records' tenants were read (`access::person_tenants`), with
    /// them: a page lists the same person's records several times. A move forgets it.
    pub(crate) person_tenants: Option<(i64, Vec<i64>)>,
    /// Every move between tenants (`tenant_move::moves`), read once a transaction: a page asks
    /// for the tenants linked to a few several times. A move forgets it.
    pub(crate) tenant_moves: Option<Vec<(i64, i64)>>,
    /// Rows read in this snapshot, read again from here (`crate::seen`); read transactions only.
    pub(crate) seen: Option<crate::seen::Seen>,
}

/// The open transaction itself.
pub enum Conn {
    Sqlite(Transaction<'static, Sqlite>),
    Postgres(Transaction<'static, Postgres>),
}

/// Runs `$body` with `$c` bound to the transaction's connection, for either backend.
#[macro_export]
macro_rules! on_tx {
    ($tx:expr, $c:ident => $body:expr) => {
        match &mut $tx.conn {
            $crate::db::Conn::Sqlite(t) => {
                let $c = &mut **t;
                $body
            }
            $crate::db::Conn::Postgres(t) => {
                let $c = &mut **t;
                $body
            }
        }
    };
}

impl Tx {
    /// The time to stamp writes with.
    pub fn now(&self) -> chrono::DateTime<chrono::Utc> {
        self.at.unwrap_or_else(chrono::Utc::now)
    }

    /// Undoes the transaction now (dropping it would also, but only once its connection is
    /// next used: a caller that goes on to change the schema must not wait on its locks).
    pub async fn rollback(self) -> Result<(), StoreError> {
        match self.conn {
            Conn::Sqlite(t) => t.rollback().await?,
            Conn::Postgres(t) => t.rollback().await?,
        }
        Ok(())
    }

    pub async fn commit(self) -> Result<(), StoreError> {
        match self.conn {
            Conn::Sqlite(t) => t.commit().await?,
            Conn::Postgres(t) => t.commit().await?,
        }
        if let Some((pool, cluster)) = &self.noted {
            cluster.note_commit(pool).await;
        }
        Ok(())
    }

    /// Names the tenants the caller works in (see `crate::own_tenants`): `None` or an empty list
    /// for a caller bound to the whole installation. Changes where records are looked for
    /// first, never what is found.
    pub fn look_first_in(&mut self, tenants: Option<Vec<i64>>) {
        self.own_tenants = tenants.filter(|t| !t.is_empty());
    }

    /// Notes that a record the caller reads lies in `tenant`: a caller with no tenants of its own
    /// looks there first for the next record named by id alone (`crate::own_tenants`).
    pub fn found_in(&mut self, tenant: i64) {
        if self.own_tenants.is_none() {
            self.found_tenant = Some(tenant);
        }
    }

    /// The tenant noted by [`Tx::found_in`] last, if any (never for a caller with tenants).
    pub fn last_found(&self) -> Option<i64> {
        self.found_tenant
    }

    pub fn backend(&self) -> Backend {
        match self.conn {
            Conn::Sqlite(_) => Backend::Sqlite,
            Conn::Postgres(_) => Backend::Postgres,
        }
    }
}

impl Db {
    /// Opens `url`: `postgres://…` for PostgreSQL (several hosts allowed, see
    /// [`crate::cluster::urls`]), `sqlite://path` or a plain file path for SQLite.
    pub async fn connect(url: &str) -> Result<Db, StoreError> {
        Db::connect_with(url, &ReadReplicas::default()).await
    }

    /// Opens `url` with read replicas beside it (PostgreSQL only).
    pub async fn connect_with(url: &str, read: &ReadReplicas) -> Result<Db, StoreError> {
        if crate::cluster::urls::is_postgres(url) {
            let (pool, cluster) = Cluster::open(url, read).await?;
            return Ok(Db::Postgres {
                pool,
                cluster: Arc::new(cluster),
            });
        }
        if !read.urls.is_empty() {
            return Err(StoreError::Db(sqlx::Error::Configuration(
                "read replicas need PostgreSQL".into(),
            )));
        }
        let path = url.strip_prefix("sqlite://").unwrap_or(url);
        let opts = SqliteConnectOptions::new()
            .filename(path)
            .create_if_missing(true)
            .journal_mode(SqliteJournalMode::Wal)
            .synchronous(SqliteSynchronous::Normal)
            .foreign_keys(true)
            .busy_timeout(Duration::from_secs(10))
            .pragma("cache_size", "-65536")
            .pragma("temp_store", "memory");
        let write = SqlitePoolOptions::new()
            .max_connections(1)
            .connect_with(opts.clone())
            .await?;
        let read = SqlitePoolOptions::new().max_connections(8).connect_with(opts).await?;
        Ok(Db::Sqlite { write, read })
    }

    pub fn backend(&self) -> Backend {
        match self {
            Db::Sqlite { .. } => Backend::Sqlite,
            Db::Postgres { .. } => Backend::Postgres,
        }
    }

    /// Applies the migrations of this backend.
    pub async fn migrate(&self) -> Result<(), StoreError> {
        match self {
            Db::Sqlite { write, .. } => sqlx::migrate!("./migrations/sqlite").run(write).await?,
            Db::Postgres { pool: p, .. } => {
                sqlx::migrate!("./migrations/postgres").run(p).await?;
                // On a Citus coordinator, place the tables (once); plain PostgreSQL: nothing.
                let placed = crate::distribution::distribute(p).await?;
                if !placed.changed.is_empty() {
                    tracing::info!(tables = ?placed.changed, "Citus: tables distributed by tenant");
                }
            }
        }
        // The shipped evaluation rule sets are data: installed (once) with the schema.
        crate::evaluation::rule_sets::install_shipped(self).await?;
        Ok(())
    }

    /// A transaction for writing (one per request: all or nothing), on behalf of the system.
    pub async fn write(&self) -> Result<Tx, StoreError> {
        self.write_as(Actor::system()).await
    }

    /// A transaction for writing on behalf of `actor`.
    pub async fn write_as(&self, actor: Actor) -> Result<Tx, StoreError> {
        let (conn, noted) = match self {
            Db::Sqlite { write, .. } => (Conn::Sqlite(write.begin_with("BEGIN IMMEDIATE").await?), None),
            Db::Postgres { pool, cluster } => (
                Conn::Postgres(cluster.begin_write(pool).await?),
                Some((pool.clone(), cluster.clone())),
            ),
        };
        Ok(Tx {
            conn,
            actor,
            at: None,
            noted,
            own_tenants: None,
            found_tenant: None,
            person_tenants: None,
            tenant_moves: None,
            seen: None,
        })
    }

    /// A transaction for reading: one consistent snapshot for the queries of a request. On
    /// PostgreSQL with replicas, a replica serves it when one has replayed every commit of this
    /// process and lags within bound; the primary otherwise.
    pub async fn read(&self) -> Result<Tx, StoreError> {
        let conn = match self {
            Db::Sqlite { read, .. } => Conn::Sqlite(read.begin().await?),
            Db::Postgres { pool, cluster } => Conn::Postgres(cluster.begin_read(pool).await?),
        };
        Ok(Tx {
            conn,
            actor: Actor::system(),
            at: None,
            noted: None,
            own_tenants: None,
            found_tenant: None,
            person_tenants: None,
            tenant_moves: None,
            seen: Some(crate::seen::Seen::default()),
        })
    }

    /// Refreshes the planner's statistics (after bulk loads).
    pub async fn analyze(&self) -> Result<(), StoreError> {
        match self {
            Db::Sqlite { write, .. } => {
                sqlx::query("ANALYZE").execute(write).await?;
            }
            Db::Postgres { pool, .. } => {
                sqlx::query("ANALYZE").execute(pool).await?;
            }
        }
        Ok(())
    }

    pub async fn close(&self) {
        match self {
            Db::Sqlite { write, read } => {
                read.close().await;
                write.close().await;
            }
            Db::Postgres { pool, cluster } => {
                cluster.close().await;
                pool.close().await;
            }
        }
    }
}
