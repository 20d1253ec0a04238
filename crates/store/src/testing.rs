//! Fresh databases for tests (feature `testing`): a temporary SQLite file, or a new
//! PostgreSQL database on the server named by `DONDOC_TEST_PG_URL`, dropped afterwards.

use std::sync::atomic::{AtomicU64, Ordering};
use std::time::{SystemTime, UNIX_EPOCH};

use sqlx::Connection;

use crate::{Backend, Db};

static COUNTER: AtomicU64 = AtomicU64::new(0);

/// A name unique to this process and call: `dondoc_t_<pid>_<counter>_<nanos>`.
pub fn unique_name() -> String {
    let n = COUNTER.fetch_add(1, Ordering::SeqCst);
    let nanos = SystemTime::now().duration_since(UNIX_EPOCH).map(|d| d.subsec_nanos()).unwrap_or(0);
    format!("dondoc_t_{}_{}_{}", std::process::id(), n, nanos)
}

/// `url` with its database name replaced by `name`.
pub fn with_database(url: &str, name: &str) -> String {
    let (base, query) = match url.split_once('?') {
        Some((b, q)) => (b, Some(q)),
        None => (url, None),
    };
    let scheme_end = base.find("://").map(|i| i + 3).unwrap_or(0);
    let host_part = match base[scheme_end..].find('/') {
        Some(i) => &base[..scheme_end + i],
        None => base,
    };
    match query {
        Some(q) => format!("{host_part}/{name}?{q}"),
        None => format!("{host_part}/{name}"),
    }
}

/// The PostgreSQL server for tests, or `None` when `DONDOC_TEST_PG_URL` is not set.
pub fn pg_url() -> Option<String> {
    std::env::var("DONDOC_TEST_PG_URL").ok().filter(|u| !u.trim().is_empty())
}

/// A migrated, empty database that [`TestDb::finish`] removes.
pub struct TestDb {
    pub db: Db,
    /// The URL it was opened with.
    pub url: String,
    pg_admin: Option<(String, String)>,
}

impl TestDb {
    pub async fn sqlite() -> TestDb {
        let path = std::env::temp_dir().join(format!("{}.sqlite", unique_name()));
        let url = path.to_string_lossy().into_owned();
        let db = Db::connect(&url).await.unwrap_or_else(|e| panic!("open SQLite {url}: {e}"));
        db.migrate().await.unwrap_or_else(|e| panic!("migrate SQLite {url}: {e}"));
        TestDb { db, url, pg_admin: None }
    }

    /// A fresh PostgreSQL database; `None` (skip) when `DONDOC_TEST_PG_URL` is unset.
    /// Panics when it is set but the server cannot be reached: CI must not silently skip.
    pub async fn postgres() -> Option<TestDb> {
        let admin_url = pg_url()?;
        let mut admin = sqlx::PgConnection::connect(&admin_url)
            .await
            .unwrap_or_else(|e| panic!("DONDOC_TEST_PG_URL is set but PostgreSQL is not reachable: {e}"));
        let name = unique_name();
        sqlx::query(sqlx::AssertSqlSafe(format!("CREATE DATABASE \"{name}\"")))
            .execute(&mut admin)
            .await
            .unwrap_or_else(|e| panic!("CREATE DATABASE {name}: {e}"));
        let _ = admin.close().await;
        let url = with_database(&admin_url, &name);
        let db = Db::connect(&url).await.unwrap_or_else(|e| panic!("open PostgreSQL {name}: {e}"));
        db.migrate().await.unwrap_or_else(|e| panic!("migrate PostgreSQL {name}: {e}"));
        Some(TestDb { db, url, pg_admin: Some((admin_url, name)) })
    }

    /// Either backend by name.
    pub async fn open(backend: Backend) -> Option<TestDb> {
        match backend {
            Backend::Sqlite => Some(TestDb::sqlite().await),
            Backend::Postgres => TestDb::postgres().await,
        }
    }

    /// Closes and deletes the database.
    pub async fn finish(self) {
        self.db.close().await;
        match self.pg_admin {
            None => {
                for suffix in ["", "-wal", "-shm", "-journal"] {
                    let _ = std::fs::remove_file(format!("{}{suffix}", self.url));
                }
            }
            Some((admin_url, name)) => {
                if let Ok(mut admin) = sqlx::PgConnection::connect(&admin_url).await {
                    let _ = sqlx::query(sqlx::AssertSqlSafe(format!("DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)")))
                        .execute(&mut admin)
                        .await;
                    let _ = admin.close().await;
                }
            }
        }
    }
}
