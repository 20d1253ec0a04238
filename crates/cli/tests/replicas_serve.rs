//! `dondoc serve` on a primary and a streaming replica (real servers from Debian's
//! PostgreSQL): the server's reads go to the replica, and keep being answered when the
//! replica stops. Skipped, with the reason printed, when the server binaries are missing.
// Tests fail loudly where they fail: unwrap, expect and panic are their assertions.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod common;
#[path = "../../store/tests/cluster/pg_servers.rs"]
mod pg_servers;

use std::time::Duration;

use common::{Proc, command, temp_dir};
use pg_servers::{Scratch, Server, free_port, require_bins, until};
use sqlx::{Connection, PgConnection};

/// `dondoc_db_reads_total{server="<server>"}` from the metrics text.
fn reads(metrics: &str, server: &str) -> u64 {
    let key = format!("dondoc_db_reads_total{{server=\"{server}\"}} ");
    metrics
        .lines()
        .find_map(|l| l.strip_prefix(&key))
        .and_then(|v| v.trim().parse().ok())
        .unwrap_or(0)
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_server_reads_from_the_replica_and_falls_back_to_the_primary() {
    let Some(bin) = require_bins("the_server_reads_from_the_replica_and_falls_back_to_the_primary") else {
        return;
    };
    let dir = Scratch::new("serve-replicas");
    let primary = Server::primary(&bin, &dir.path, "primary");
    let mut c = PgConnection::connect(&primary.url("postgres")).await.unwrap();
    sqlx::query("CREATE DATABASE dondoc").execute(&mut c).await.unwrap();
    c.close().await.unwrap();
    let replica = Server::replica_of(&primary, &dir.path, "replica");

    let data = temp_dir("serve_replicas");
    let port = free_port();
    let _server = Proc(
        command(&data, &["serve"])
            .env("DONDOC_DATABASE_URL", primary.url("dondoc"))
            .env("DONDOC_DATABASE_READ_URL", replica.url("dondoc"))
            .env("DONDOC_LISTEN", format!("127.0.0.1:{port}"))
            .spawn()
            .unwrap(),
    );
    let base = format!("http://127.0.0.1:{port}");
    let http = reqwest::Client::new();
    let get = |path: &str| {
        let (http, url) = (http.clone(), format!("{base}{path}"));
        async move {
            match http.get(url).send().await {
                Ok(r) => Some((r.status().as_u16(), r.text().await.unwrap_or_default())),
                Err(_) => None,
            }
        }
    };
    until(Duration::from_secs(120), "the server answers", || async {
        get("/healthz").await.is_some_and(|(s, _)| s == 200)
    })
    .await;

    // Reads (the readiness check reads the mail queue) reach the replica once it has caught up.
    until(Duration::from_secs(60), "a read served by the replica", || async {
        let ready = get("/readyz").await.is_some_and(|(s, _)| s == 200);
        let metrics = get("/metrics").await.map(|(_, t)| t).unwrap_or_default();
        ready && reads(&metrics, "replica") > 0
    })
    .await;

    // The replica stops: reads are still answered, by the primary.
    replica.kill();
    let before = reads(&get("/metrics").await.unwrap().1, "primary");
    for _ in 0..3 {
        let (status, body) = get("/readyz").await.unwrap();
        assert_eq!(status, 200, "{body}");
    }
    let metrics = get("/metrics").await.unwrap().1;
    assert!(reads(&metrics, "primary") >= before + 3, "{metrics}");
    let down = format!("dondoc_db_replica_up{{replica=\"127.0.0.1:{}\"}} 0", replica.port);
    assert!(metrics.contains(&down), "{metrics}");
    let _ = std::fs::remove_dir_all(&data);
}
