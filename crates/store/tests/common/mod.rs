//! Test harness for the store: every test runs on a fresh SQLite file and, when
//! `DONDOC_TEST_PG_URL` is set, on a fresh PostgreSQL database.

#![allow(dead_code)]

pub mod fixture;
pub mod through_app;

use std::future::Future;

use fixtures::testing::TestDb;
use store::{Backend, Db, StoreError};

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
                crate::common::run(store::Backend::Sqlite, |$db: store::Db| $body).await
            }

            #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
            async fn postgres() {
                crate::common::run(store::Backend::Postgres, |$db: store::Db| $body).await
            }
        }
    };
}

/// The ids of a list of records with an `id`, in order.
macro_rules! ids {
    ($items:expr) => {
        $items.iter().map(|x| x.id).collect::<Vec<i64>>()
    };
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
        Ok(Err(e)) => Some(message(format!("test returned an error: {e} ({e:?})"))),
        Err(e) if e.is_panic() => Some(e.into_panic()),
        Err(e) => Some(message(format!("test task failed: {e}"))),
    }
}

/// Re-raises a failure: a panic as it was, a message as a new panic (so it is printed).
fn fail(p: Box<dyn std::any::Any + Send>) -> ! {
    match p.downcast::<String>() {
        Ok(msg) if msg.starts_with(MESSAGE) => panic!("{}", &msg[MESSAGE.len()..]),
        Ok(msg) => std::panic::resume_unwind(msg),
        Err(p) => std::panic::resume_unwind(p),
    }
}

/// Marks failures that did not panic yet (returned errors, setup failures).
const MESSAGE: &str = "\u{1}dondoc-test:";

fn message(s: String) -> Box<dyn std::any::Any + Send> {
    Box::new(format!("{MESSAGE}{s}"))
}

/// Runs `f` on a fresh database of `backend` (skipping PostgreSQL when it is not configured),
/// removes the database, then re-raises any failure.
pub async fn run<F, Fut>(backend: Backend, f: F)
where
    F: FnOnce(Db) -> Fut,
    Fut: Future<Output = TestResult> + Send + 'static,
{
    let Some(test_db) = TestDb::open(backend).await else {
        eprintln!("skipped: DONDOC_TEST_PG_URL not set");
        return;
    };
    let failure = run_body(test_db.db.clone(), f).await;
    test_db.finish().await;
    if let Some(p) = failure {
        fail(p);
    }
}
