//! Times search on an existing data set (e.g. one made by `dondoc gen --scale city`).
//!
//! ```text
//! cargo run --release -p dondoc-store --example search_bench -- <sqlite-path|postgres-url> [runs]
//! ```
//! Prints p50/p95 per query over `runs` runs (default 30), for everything and for one
//! district's scope, after one warm-up run.

use std::time::{Duration, Instant};

use domain::access::Scope;
use domain::unit::UnitPath;
use store::{Db, on_tx};

const QUERIES: &[&str] = &[
    "quan uy",
    "phuong duc giang",
    "Chi thi 24",
    "24-CT/TU",
    "ke hoach thuc hien",
    "to chuc hoi nghi",
    "nguyen van",
    "kiem tra giam sat",
    "ubnd",
    "zzqx khong co",
];

fn pct(mut v: Vec<Duration>, p: f64) -> f64 {
    v.sort();
    let i = ((v.len() as f64 - 1.0) * p).round() as usize;
    v[i].as_secs_f64() * 1000.0
}

#[tokio::main(flavor = "current_thread")]
async fn main() -> Result<(), Box<dyn std::error::Error>> {
    let args: Vec<String> = std::env::args().collect();
    let Some(url) = args.get(1) else {
        eprintln!("usage: search_bench <sqlite-path|postgres-url> [runs]");
        std::process::exit(2);
    };
    let runs: usize = args.get(2).and_then(|r| r.parse().ok()).unwrap_or(30);
    let db = Db::connect(url).await?;
    db.migrate().await?;
    let mut tx = db.read().await?;
    // A district-sized scope: the first unit of depth 2 with the most tasks below it.
    let district: Option<String> = on_tx!(tx, c => sqlx::query_scalar(
        "SELECT u.path FROM units u WHERE u.depth = 2 ORDER BY (SELECT COUNT(*) FROM units x WHERE x.parent_id = u.id) DESC LIMIT 1")
        .fetch_optional(c).await?);
    drop(tx);
    let mut scopes = vec![("everything", Scope::everything())];
    if let Some(p) = district.as_deref().and_then(UnitPath::parse) {
        scopes.push(("one district", Scope::subtrees(vec![p])));
    }
    println!("| query | scope | hits | p50 ms | p95 ms |");
    println!("|---|---|---|---|---|");
    for (label, scope) in &scopes {
        for q in QUERIES {
            let mut times = Vec::with_capacity(runs);
            let mut hits = 0;
            for i in 0..=runs {
                let mut tx = db.read().await?;
                let t = Instant::now();
                let r = store::search::search(&mut tx, q, scope, 20).await?;
                if i > 0 {
                    times.push(t.elapsed());
                }
                hits = r.hits.len();
            }
            println!(
                "| `{q}` | {label} | {hits} | {:.1} | {:.1} |",
                pct(times.clone(), 0.5),
                pct(times, 0.95)
            );
        }
    }
    db.close().await;
    Ok(())
}
