//! Fresh databases for tests (of this crate and the others): a temporary SQLite file, or a
//! new PostgreSQL database on the server named by `DONDOC_TEST_PG_URL`, dropped afterwards.

use std::sync::atomic::{AtomicU64, Ordering};
use std::time::{SystemTime, UNIX_EPOCH};

use sqlx::Connection;

use crate::{Backend, Db};

static COUNTER: AtomicU64 = AtomicU64::new(0);

/// Each PostgreSQL test holds a few connections: keep well under the server's
/// `max_connections` however many test threads the machine runs.
static PG_SLOTS: tokio::sync::Semaphore = tokio::sync::Semaphore::const_new(8);

/// A name unique to this process and call: `dondoc_t_<pid>_<counter>_<nanos>`.
pub fn unique_name() -> String {
    let n = COUNTER.fetch_add(1, Ordering::SeqCst);
    let nanos = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map(|d| d.subsec_nanos())
        .unwrap_or(0);
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
    std::env::var("DONDOC_TEST_PG_URL")
        .ok()
        .filter(|u| !u.trim().is_empty())
}

/// A migrated, empty database that [`TestDb::finish`] removes.
pub struct TestDb {
    pub db: Db,
    /// The URL it was opened with.
    pub url: String,
    pg_admin: Option<(String, String)>,
    _slot: Option<tokio::sync::SemaphorePermit<'static>>,
}

impl TestDb {
    pub async fn sqlite() -> TestDb {
        let path = std::env::temp_dir().join(format!("{}.sqlite", unique_name()));
        let url = path.to_string_lossy().into_owned();
        let db = Db::connect(&url)
            .await
            .unwrap_or_else(|e| panic!("open SQLite {url}: {e}"));
        db.migrate()
            .await
            .unwrap_or_else(|e| panic!("migrate SQLite {url}: {e}"));
        TestDb {
            db,
            url,
            pg_admin: None,
            _slot: None,
        }
    }

    /// A fresh PostgreSQL database; `None` (skip) when `DONDOC_TEST_PG_URL` is unset.
    /// Panics when it is set but the server cannot be reached: CI must not silently skip.
    pub async fn postgres() -> Option<TestDb> {
        let admin_url = pg_url()?;
        let slot = PG_SLOTS.acquire().await.ok();
        let mut admin = sqlx::PgConnection::connect(&admin_url)
            .await
            .unwrap_or_else(|e| panic!("DONDOC_TEST_PG_URL is set but PostgreSQL is not reachable: {e}"));
        let name = unique_name();
        let create = format!("CREATE DATABASE \"{name}\"");
        let mut attempt = 0;
        loop {
            match sqlx::raw_sql(sqlx::AssertSqlSafe(create.as_str()))
                .execute(&mut admin)
                .await
            {
                Ok(_) => break,
                // Concurrent CREATE DATABASE can briefly collide on the template database.
                Err(e) if attempt < 20 && e.to_string().contains("being accessed by other users") => {
                    attempt += 1;
                    tokio::time::sleep(std::time::Duration::from_millis(100 * attempt)).await;
                }
                Err(e) => panic!("CREATE DATABASE {name}: {e}"),
            }
        }
        let _ = admin.close().await;
        let url = with_database(&admin_url, &name);
        let db = Db::connect(&url)
            .await
            .unwrap_or_else(|e| panic!("open PostgreSQL {name}: {e}"));
        db.migrate()
            .await
            .unwrap_or_else(|e| panic!("migrate PostgreSQL {name}: {e}"));
        Some(TestDb {
            db,
            url,
            pg_admin: Some((admin_url, name)),
            _slot: slot,
        })
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
                    let drop = format!("DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)");
                    if let Err(e) = sqlx::raw_sql(sqlx::AssertSqlSafe(drop.as_str()))
                        .execute(&mut admin)
                        .await
                    {
                        eprintln!("warning: could not drop test database {name}: {e}");
                    }
                    let _ = admin.close().await;
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::with_database;

    #[test]
    fn database_name_is_replaced() {
        assert_eq!(with_database("postgres://u@h:5432/test", "x"), "postgres://u@h:5432/x");
        assert_eq!(with_database("postgres://u@h:5432", "x"), "postgres://u@h:5432/x");
        assert_eq!(
            with_database("postgresql://u@h/test?sslmode=disable", "x"),
            "postgresql://u@h/x?sslmode=disable"
        );
    }
}
