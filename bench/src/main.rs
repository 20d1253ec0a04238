//! Load benchmarks against a running dondoc server on this machine (loopback only).
//!
//! `dondoc-bench tasks` measures task creation through the API, one request per task and in
//! batches; `dondoc-bench get` measures the latency of a GET (a roll-up, a list). Every loop
//! is bounded in count; nothing is timed inside the test suite.

use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::{Duration, Instant};

use anyhow::{Context, Result, bail};
use clap::{Parser, Subcommand};
use serde_json::{Value, json};

#[derive(Parser)]
struct Cli {
    /// The server, e.g. http://127.0.0.1:8080 (must be a loopback address).
    #[arg(long, default_value = "http://127.0.0.1:8080")]
    url: String,
    /// An API token (`dondoc token create <login>`), sent as `Authorization: Bearer`.
    #[arg(long, env = "DONDOC_TOKEN")]
    token: String,
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Create tasks: `single` one request each with `concurrency` clients, then `batched` in
    /// batches of `batch_size`.
    Tasks {
        #[arg(long)]
        plan_id: i64,
        #[arg(long)]
        lead_unit_id: i64,
        #[arg(long, default_value_t = 5_000)]
        single: usize,
        #[arg(long, default_value_t = 16)]
        concurrency: usize,
        #[arg(long, default_value_t = 50_000)]
        batched: usize,
        #[arg(long, default_value_t = 1_000)]
        batch_size: usize,
    },
    /// Time `n` sequential GETs of a path and print p50/p95/max.
    Get {
        path: String,
        #[arg(long, default_value_t = 200)]
        n: usize,
    },
}

fn task(plan_id: i64, lead: i64, i: usize) -> Value {
    json!({
        "plan_id": plan_id,
        "code": format!("B.{i}"),
        "title": format!("Nhiệm vụ đo tải số {i}: rà soát, đôn đốc thực hiện kế hoạch"),
        "lead_unit_id": lead,
        "deadline_text": "Quý IV/2023",
        "is_key": i.is_multiple_of(10),
    })
}

fn percentile(sorted: &[Duration], p: f64) -> Duration {
    if sorted.is_empty() {
        return Duration::ZERO;
    }
    let idx = ((sorted.len() as f64 - 1.0) * p).round() as usize;
    sorted[idx.min(sorted.len() - 1)]
}

fn ms(d: Duration) -> f64 {
    d.as_secs_f64() * 1000.0
}

#[tokio::main]
async fn main() -> Result<()> {
    let cli = Cli::parse();
    let host = cli
        .url
        .split("://")
        .nth(1)
        .unwrap_or("")
        .split(['/', ':'])
        .next()
        .unwrap_or("");
    if !(host == "localhost" || host.starts_with("127.") || host == "[::1]") {
        bail!("refusing to load {host}: benchmarks only target this machine's loopback addresses");
    }
    let mut headers = reqwest::header::HeaderMap::new();
    headers.insert(reqwest::header::AUTHORIZATION, format!("Bearer {}", cli.token).parse()?);
    let client = reqwest::Client::builder()
        .pool_max_idle_per_host(64)
        .default_headers(headers)
        .build()?;
    match cli.command {
        Command::Tasks {
            plan_id,
            lead_unit_id,
            single,
            concurrency,
            batched,
            batch_size,
        } => {
            let next = Arc::new(AtomicUsize::new(0));
            let started = Instant::now();
            let mut workers = Vec::new();
            for _ in 0..concurrency {
                let (client, next, url) = (client.clone(), next.clone(), cli.url.clone());
                workers.push(tokio::spawn(async move {
                    let mut lat = Vec::new();
                    loop {
                        let i = next.fetch_add(1, Ordering::Relaxed);
                        if i >= single {
                            break;
                        }
                        let t0 = Instant::now();
                        let r = client
                            .post(format!("{url}/api/v1/tasks"))
                            .json(&task(plan_id, lead_unit_id, i))
                            .send()
                            .await?;
                        if r.status().as_u16() != 201 {
                            bail!("task {i}: HTTP {} {}", r.status(), r.text().await.unwrap_or_default());
                        }
                        lat.push(t0.elapsed());
                    }
                    Ok::<_, anyhow::Error>(lat)
                }));
            }
            let mut lat = Vec::new();
            for w in workers {
                lat.extend(w.await.context("worker")??);
            }
            let secs = started.elapsed().as_secs_f64();
            lat.sort();
            println!(
                "single: {single} tasks, {concurrency} clients, {secs:.2} s, {:.0} tasks/s, latency p50 {:.1} ms p95 {:.1} ms",
                single as f64 / secs,
                ms(percentile(&lat, 0.5)),
                ms(percentile(&lat, 0.95))
            );

            let started = Instant::now();
            let mut done = 0;
            while done < batched {
                let n = batch_size.min(batched - done);
                let tasks: Vec<Value> = (done..done + n)
                    .map(|i| task(plan_id, lead_unit_id, single + i))
                    .collect();
                let r = client
                    .post(format!("{}/api/v1/tasks/batch", cli.url))
                    .json(&json!({ "tasks": tasks }))
                    .send()
                    .await?;
                if r.status().as_u16() != 201 {
                    bail!(
                        "batch at {done}: HTTP {} {}",
                        r.status(),
                        r.text().await.unwrap_or_default()
                    );
                }
                done += n;
            }
            let secs = started.elapsed().as_secs_f64();
            println!(
                "batched: {batched} tasks in batches of {batch_size}, {secs:.2} s, {:.0} tasks/s",
                batched as f64 / secs
            );
        }
        Command::Get { path, n } => {
            let mut lat = Vec::with_capacity(n);
            for _ in 0..n {
                let t0 = Instant::now();
                let r = client.get(format!("{}{path}", cli.url)).send().await?;
                let status = r.status();
                let body = r.bytes().await?;
                if !status.is_success() {
                    bail!("GET {path}: HTTP {status} {}", String::from_utf8_lossy(&body));
                }
                lat.push(t0.elapsed());
            }
            lat.sort();
            println!(
                "GET {path}: n={n} p50 {:.1} ms p95 {:.1} ms max {:.1} ms",
                ms(percentile(&lat, 0.5)),
                ms(percentile(&lat, 0.95)),
                ms(lat.last().copied().unwrap_or_default())
            );
        }
    }
    Ok(())
}
