//! Crash safety: the real server is killed with SIGKILL in the middle of a write load; after
//! a restart every acknowledged write is there, SQLite's integrity check passes and the audit
//! chain verifies.
// Tests fail loudly where they fail: unwrap, expect and panic are their assertions.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use std::path::Path;
use std::process::Stdio;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use serde_json::{Value, json};
use sqlx::Connection;

mod common;
use common::{Proc as Server, command, free_port};

/// Concurrent clients posting tasks.
const CLIENTS: usize = 6;
/// How long the load runs before the kill.
const LOAD_BEFORE_KILL: Duration = Duration::from_millis(2500);

async fn start(dir: &Path, client: &reqwest::Client) -> (Server, String) {
    let port = free_port();
    let child = command(dir, &["demo"])
        .env("DONDOC_LISTEN", format!("127.0.0.1:{port}"))
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .expect("server starts");
    let server = Server(child);
    let base = format!("http://127.0.0.1:{port}");
    let deadline = Instant::now() + Duration::from_secs(60);
    loop {
        if let Ok(r) = client.get(format!("{base}/api/v1/health")).send().await
            && r.status().is_success()
        {
            return (server, base);
        }
        assert!(Instant::now() < deadline, "the server did not answer /api/v1/health");
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
}

/// An API token for the demo administrator, when the build has accounts.
fn token(dir: &Path) -> Option<String> {
    let out = command(dir, &["token", "create", "quantri", "--name", "crash-test"])
        .env("DATABASE_URL", format!("sqlite://{}", dir.join("demo.db").display()))
        .output()
        .ok()?;
    if !out.status.success() {
        return None;
    }
    String::from_utf8_lossy(&out.stdout)
        .lines()
        .map(str::trim)
        .rfind(|l| !l.is_empty())
        .map(str::to_string)
}

fn authed(req: reqwest::RequestBuilder, token: &Option<String>) -> reqwest::RequestBuilder {
    match token {
        Some(t) => req.bearer_auth(t),
        None => req,
    }
}

async fn get_json(client: &reqwest::Client, token: &Option<String>, url: &str) -> (reqwest::StatusCode, Value) {
    let r = authed(client.get(url), token).send().await.expect("answered");
    let s = r.status();
    (s, r.json().await.unwrap_or(Value::Null))
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn acknowledged_writes_survive_sigkill() {
    let dir = common::temp_dir("crash");
    let out = command(&dir, &["demo", "--load-only"]).output().expect("demo loads");
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let token = token(&dir);
    let client = reqwest::Client::builder()
        .timeout(Duration::from_secs(10))
        .build()
        .expect("client");
    let (mut server, base) = start(&dir, &client).await;

    let (s, docs) = get_json(&client, &token, &format!("{base}/api/v1/documents?q=152-KH&limit=50")).await;
    assert!(s.is_success(), "{s}: {docs}");
    let plan = docs["items"]
        .as_array()
        .and_then(|a| a.iter().find(|d| d["symbol"] == "152-KH/QU"))
        .map(|d| d["id"].clone());
    let plan = plan.unwrap_or_else(|| panic!("plan 152-KH/QU: {docs}"));
    let (_, units) = get_json(&client, &token, &format!("{base}/api/v1/units?q=phuong%20bach%20mai")).await;
    let lead = units["items"][0]["id"].clone();
    assert!(lead.is_i64(), "{units}");

    // The load: every 201 is an acknowledged write, recorded with its id.
    let acked = Arc::new(Mutex::new(Vec::<i64>::new()));
    let refused = Arc::new(Mutex::new(Vec::<String>::new()));
    let mut clients = Vec::new();
    for c in 0..CLIENTS {
        let (client, base, token, acked, refused, plan, lead) = (
            client.clone(),
            base.clone(),
            token.clone(),
            acked.clone(),
            refused.clone(),
            plan.clone(),
            lead.clone(),
        );
        clients.push(tokio::spawn(async move {
            let started = Instant::now();
            let mut n = 0;
            // Bounded: stops at the first connection error (the kill) or after 10 seconds.
            while started.elapsed() < Duration::from_secs(10) {
                n += 1;
                let body = json!({"plan_id": plan, "lead_unit_id": lead, "title": format!("Kiểm tra sau sự cố {c}.{n}"),
                                  "deadline_text": "Quý IV/2023"});
                let Ok(r) = authed(client.post(format!("{base}/api/v1/tasks")), &token)
                    .json(&body)
                    .send()
                    .await
                else {
                    break;
                };
                let status = r.status();
                let Ok(v) = r.json::<Value>().await else { break };
                match (status.as_u16(), v["id"].as_i64()) {
                    (201, Some(id)) => acked.lock().expect("lock").push(id),
                    _ => refused.lock().expect("lock").push(format!("{status}: {v}")),
                }
            }
        }));
    }
    tokio::time::sleep(LOAD_BEFORE_KILL).await;
    server.0.kill().expect("SIGKILL");
    server.0.wait().expect("reaped");
    for c in clients {
        c.await.expect("client ends");
    }
    let acked: Vec<i64> = acked.lock().expect("lock").clone();
    let refused = refused.lock().expect("lock").clone();
    assert!(
        refused.is_empty(),
        "writes were refused: {:?}",
        &refused[..refused.len().min(3)]
    );
    assert!(
        acked.len() >= 10,
        "only {} writes acknowledged before the kill",
        acked.len()
    );
    drop(server);

    // Restarted on the same data: every acknowledged task is there, with its audit entry.
    let (server, base) = start(&dir, &client).await;
    for id in &acked {
        let (s, t) = get_json(&client, &token, &format!("{base}/api/v1/tasks/{id}")).await;
        assert_eq!(s, 200, "task {id} was acknowledged but is gone: {t}");
    }
    if let Some(id) = acked.last() {
        let (s, a) = get_json(&client, &token, &format!("{base}/api/v1/tasks/{id}/audit")).await;
        assert_eq!(s, 200, "{a}");
        assert_eq!(a[0]["action"], "create", "{a}");
    }
    drop(server);

    let db = dir.join("demo.db");
    let mut c = sqlx::SqliteConnection::connect(&format!("sqlite://{}", db.display()))
        .await
        .expect("open");
    let check: Vec<String> = sqlx::query_scalar("PRAGMA integrity_check")
        .fetch_all(&mut c)
        .await
        .expect("check");
    assert_eq!(check, ["ok"]);
    c.close().await.expect("close");
    let out = command(&dir, &["audit", "verify", "--demo"])
        .output()
        .expect("verify runs");
    assert!(
        out.status.success(),
        "{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    eprintln!(
        "crash test: {} writes acknowledged before SIGKILL, all present after restart",
        acked.len()
    );
    let _ = std::fs::remove_dir_all(&dir);
}
