//! The outbox survives a worker killed mid-delivery: `dondoc worker` (the real binary) sends
//! to `dondoc mail-sink` (a real SMTP server process that takes a moment over each message);
//! it is killed with SIGKILL several times while sending; a last worker finishes. Every
//! message reaches the server, and none twice — save at most one per kill, the message whose
//! acceptance the killed worker had heard but not yet recorded, which then arrives again with
//! the same Message-ID. On SQLite and PostgreSQL.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use std::collections::HashMap;
use std::path::Path;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use fixtures::testing::TestDb;
use store::Backend;

mod common;
use common::{BIN, Proc, free_port, temp_dir};

const OFFICERS: usize = 12;
const TASKS: usize = 10;
const KILLS: usize = 3;

fn sink(port: u16, dir: &Path) -> Proc {
    let child = Command::new(BIN)
        .args([
            "mail-sink",
            "--listen",
            &format!("127.0.0.1:{port}"),
            "--delay-ms",
            "15",
        ])
        .arg("--dir")
        .arg(dir)
        .env_remove("DONDOC_CONFIG")
        .stdout(Stdio::null())
        .spawn()
        .expect("start the sink");
    // Killed and waited for on drop, started or not.
    let proc = Proc(child);
    for _ in 0..100 {
        if std::net::TcpStream::connect(("127.0.0.1", port)).is_ok() {
            return proc;
        }
        std::thread::sleep(Duration::from_millis(50));
    }
    panic!("sink did not start");
}

fn worker(db_url: &str, port: u16) -> Proc {
    let child = Command::new(BIN)
        .arg("worker")
        .env("DONDOC_DATABASE_URL", db_url)
        .env_remove("DATABASE_URL")
        .env_remove("DONDOC_CONFIG")
        .env("DONDOC_SMTP_HOST", "127.0.0.1")
        .env("DONDOC_SMTP_PORT", port.to_string())
        .env("DONDOC_SMTP_SECURITY", "none")
        .env("DONDOC_WORKER_POLL_SECONDS", "1")
        .env("DONDOC_WORKER_LEASE_SECONDS", "2")
        // No reminder run: only the notices made here are sent.
        .env("DONDOC_REMIND_HOUR", "23")
        .env("DONDOC_TODAY", "2023-10-02")
        .env("DONDOC_LOG", "warn")
        .stdout(Stdio::null())
        .spawn()
        .expect("start the worker");
    Proc(child)
}

/// Message-ID → how many times the sink holds it.
fn received(dir: &Path) -> HashMap<String, usize> {
    let mut out = HashMap::new();
    for e in std::fs::read_dir(dir).into_iter().flatten().flatten() {
        if e.path().extension().is_none_or(|x| x != "eml") {
            continue;
        }
        let text = std::fs::read_to_string(e.path()).unwrap_or_default();
        if let Some(id) = text
            .lines()
            .find_map(|l| l.strip_prefix("Message-ID:").or_else(|| l.strip_prefix("Message-Id:")))
        {
            *out.entry(id.trim().to_string()).or_default() += 1;
        }
    }
    out
}

async fn unsent(db: &store::Db) -> i64 {
    let mut tx = db.read().await.unwrap();
    let s = store::outbox::stats(&mut tx, &domain::access::Scope::everything())
        .await
        .unwrap();
    s.pending + s.sending
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_killed_worker_loses_nothing() {
    for backend in [Backend::Sqlite, Backend::Postgres] {
        let Some(t) = TestDb::open(backend).await else {
            eprintln!("skipped {backend:?}: DONDOC_TEST_PG_URL not set");
            continue;
        };
        let office = fixtures::mailbox::office(&t.db, OFFICERS, TASKS).await.unwrap();
        let expected = office.officers.len() * office.tasks.len();
        assert_eq!(unsent(&t.db).await as usize, expected);
        let dir = temp_dir("outbox_sink");
        let port = free_port();
        let _sink = sink(port, &dir);
        let mut kills = 0;
        while kills < KILLS {
            let w = worker(&t.url, port);
            // Let it send a few, then kill it in the middle of the run.
            let before = received(&dir).values().sum::<usize>();
            let started = Instant::now();
            while received(&dir).values().sum::<usize>() < before + 15 && started.elapsed() < Duration::from_secs(30) {
                tokio::time::sleep(Duration::from_millis(20)).await;
            }
            drop(w); // SIGKILL
            kills += 1;
        }
        assert!(unsent(&t.db).await > 0, "the kills came too late to test anything");
        let last = worker(&t.url, port);
        let started = Instant::now();
        while unsent(&t.db).await > 0 {
            assert!(started.elapsed() < Duration::from_secs(90), "the outbox did not drain");
            tokio::time::sleep(Duration::from_millis(200)).await;
        }
        drop(last);
        let got = received(&dir);
        let mut tx = t.db.read().await.unwrap();
        let rows = store::outbox::list(&mut tx, &domain::access::Scope::everything(), None, 1000)
            .await
            .unwrap();
        drop(tx);
        assert_eq!(rows.len(), expected);
        assert!(rows.iter().all(|r| r.state == "sent"), "{rows:?}");
        // Every message arrived; repeats only of a message in flight at a kill.
        assert_eq!(got.len(), expected, "distinct messages received");
        let repeats: usize = got.values().map(|n| n - 1).sum();
        assert!(repeats <= KILLS, "{repeats} repeated messages: {got:?}");
        eprintln!("{backend:?}: {expected} messages, {KILLS} kills, {repeats} repeated");
        let _ = std::fs::remove_dir_all(&dir);
        t.finish().await;
    }
}
