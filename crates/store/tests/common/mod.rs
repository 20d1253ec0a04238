//! Test harness for the store: every test runs on a fresh SQLite file and, when
//! `DONDOC_TEST_PG_URL` is set, on a fresh PostgreSQL database.

#![allow(dead_code)]

pub mod fixture;

use std::future::Future;
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::{SystemTime, UNIX_EPOCH};

use dondoc_store::{Db, StoreError};
use sqlx::Connection;

pub use fixture::*;

/// What a test body returns: `?` on store calls, `Ok(())` at the end.
pub type TestResult = Result<(), StoreError>;

/// Generates `<name>::sqlite` and `<name>::postgres` tests running `body` with a fresh [`Db`].
macro_rules! both {
    ($name:ident, |$db:ident| $body:expr) => {
        mod $name {
            #[allow(unused_imports)]
            use super::*;

            #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
            async fn sqlite() {
                crate::common::run_sqlite(|$db: dondoc_store::Db| $body).await
            }

            #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
            async fn postgres() {
                crate::common::run_postgres(|$db: dondoc_store::Db| $body).await
            }
        }
    };
}

static COUNTER: AtomicU64 = AtomicU64::new(0);

/// A name unique to this process and call: `dondoc_t_<pid>_<counter>_<nanos>`.
pub fn unique_name() -> String {
    let n = COUNTER.fetch_add(1, Ordering::SeqCst);
    let nanos = SystemTime::now().duration_since(UNIX_EPOCH).map(|d| d.subsec_nanos()).unwrap_or(0);
    format!("dondoc_t_{}_{}_{}", std::process::id(), n, nanos)
}

/// Runs the body on its own task so that a panic inside it still lets us clean up, then
/// re-raises the panic (or turns a returned error into one).
async fn run_body<F, Fut>(db: Db, f: F) -> Option<Box<dyn std::any::Any + Send>>
where
    F: FnOnce(Db) -> Fut,
    Fut: Future<Output = TestResult> + Send + 'static,
{
    let handle = tokio::spawn(f(db));
    match handle.await {
        Ok(Ok(())) => None,
        Ok(Err(e)) => Some(Box::new(format!("test returned an error: {e} ({e:?})"))),
        Err(e) if e.is_panic() => Some(e.into_panic()),
        Err(e) => Some(Box::new(format!("test task failed: {e}"))),
    }
}

pub async fn run_sqlite<F, Fut>(f: F)
where
    F: FnOnce(Db) -> Fut,
    Fut: Future<Output = TestResult> + Send + 'static,
{
    let path = std::env::temp_dir().join(format!("{}.sqlite", unique_name()));
    let url = path.to_string_lossy().into_owned();
    let db = Db::connect(&url).await.unwrap_or_else(|e| panic!("open SQLite {url}: {e}"));
    db.migrate().await.unwrap_or_else(|e| panic!("migrate SQLite {url}: {e}"));
    let failure = run_body(db.clone(), f).await;
    db.close().await;
    for suffix in ["", "-wal", "-shm", "-journal"] {
        let _ = std::fs::remove_file(format!("{url}{suffix}"));
    }
    if let Some(p) = failure {
        std::panic::resume_unwind(p);
    }
}

/// `url` with its database name replaced by `name`.
fn with_database(url: &str, name: &str) -> String {
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

pub async fn run_postgres<F, Fut>(f: F)
where
    F: FnOnce(Db) -> Fut,
    Fut: Future<Output = TestResult> + Send + 'static,
{
    let Ok(admin_url) = std::env::var("DONDOC_TEST_PG_URL") else {
        eprintln!("skipped: DONDOC_TEST_PG_URL not set");
        return;
    };
    if admin_url.trim().is_empty() {
        eprintln!("skipped: DONDOC_TEST_PG_URL not set");
        return;
    }
    // Set but unreachable is a failure, never a skip.
    let mut admin = sqlx::PgConnection::connect(&admin_url)
        .await
        .unwrap_or_else(|e| panic!("DONDOC_TEST_PG_URL is set but PostgreSQL is not reachable ({admin_url}): {e}"));
    let name = unique_name();
    let create = format!("CREATE DATABASE \"{name}\"");
    let mut attempt = 0;
    loop {
        match sqlx::raw_sql(sqlx::AssertSqlSafe(create.as_str())).execute(&mut admin).await {
            Ok(_) => break,
            // Concurrent CREATE DATABASE can briefly collide on the template database.
            Err(e) if attempt < 20 && e.to_string().contains("being accessed by other users") => {
                attempt += 1;
                tokio::time::sleep(std::time::Duration::from_millis(100 * attempt)).await;
            }
            Err(e) => panic!("CREATE DATABASE {name}: {e}"),
        }
    }
    let url = with_database(&admin_url, &name);
    let failure = match Db::connect(&url).await {
        Ok(db) => {
            let failure = match db.migrate().await {
                Ok(()) => run_body(db.clone(), f).await,
                Err(e) => Some(Box::new(format!("migrate PostgreSQL {name}: {e}")) as Box<dyn std::any::Any + Send>),
            };
            db.close().await;
            failure
        }
        Err(e) => Some(Box::new(format!("connect to {url}: {e}")) as Box<dyn std::any::Any + Send>),
    };
    let drop = format!("DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)");
    if let Err(e) = sqlx::raw_sql(sqlx::AssertSqlSafe(drop.as_str())).execute(&mut admin).await {
        eprintln!("warning: could not drop test database {name}: {e}");
    }
    let _ = admin.close().await;
    if let Some(p) = failure {
        std::panic::resume_unwind(p);
    }
}

#[cfg(test)]
mod tests {
    use super::with_database;

    #[test]
    fn database_name_is_replaced() {
        assert_eq!(with_database("postgres://u@h:5432/test", "x"), "postgres://u@h:5432/x");
        assert_eq!(with_database("postgres://u@h:5432", "x"), "postgres://u@h:5432/x");
        assert_eq!(with_database("postgresql://u@h/test?sslmode=disable", "x"), "postgresql://u@h/x?sslmode=disable");
    }
}
