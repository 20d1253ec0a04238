//! Generates a synthetic data set and times roll-ups on it.
//!
//! ```text
//! cargo run --release -p dondoc-store --example gen_bench -- <sqlite-path|postgres-url> <scale> [today] [seed]
//! ```
//! `scale`: district, city, nation, tiny, optionally `:<tasks>`. A SQLite file is replaced;
//! a PostgreSQL database must exist and be empty. `today` defaults to the current date.
//! With `-` as the scale, only the roll-ups of the existing data set are timed.

use std::time::{Duration, Instant};

use chrono::{Datelike, NaiveDate};
use domain::status::Clock;
use store::rollup::{RollupQuery, rollup};
use store::synth::{Scale, generate};
use store::{Db, on_tx};

#[tokio::main(flavor = "current_thread")]
async fn main() -> Result<(), Box<dyn std::error::Error>> {
    let args: Vec<String> = std::env::args().collect();
    if args.len() < 3 {
        eprintln!("usage: gen_bench <sqlite-path|postgres-url> <scale> [today YYYY-MM-DD] [seed]");
        std::process::exit(2);
    }
    let url = &args[1];
    // `-` times the roll-ups of an existing data set without generating one.
    let reuse = args[2] == "-";
    let scale = if reuse {
        Scale::District
    } else {
        Scale::parse(&args[2]).ok_or("scale: district, city, nation or tiny, optionally :<tasks>, or -")?
    };
    let today = match args.get(3) {
        Some(d) => NaiveDate::parse_from_str(d, "%Y-%m-%d")?,
        None => chrono::Utc::now().date_naive(),
    };
    let seed: u64 = args.get(4).map(|s| s.parse()).transpose()?.unwrap_or(1);
    let is_pg = url.starts_with("postgres");
    let sqlite_path = url.strip_prefix("sqlite://").unwrap_or(url).to_string();
    if !is_pg && !reuse {
        for suffix in ["", "-wal", "-shm"] {
            let _ = std::fs::remove_file(format!("{sqlite_path}{suffix}"));
        }
    }

    let db = Db::connect(url).await?;
    if !reuse {
        db.migrate().await?;
        eprintln!("generating {:?} as of {today}, seed {seed}", scale.shape());
        let started = Instant::now();
        let last = std::sync::Mutex::new((String::new(), Instant::now()));
        let report = |stage: &str, done: u64, total: u64| {
            let mut l = last.lock().unwrap();
            if l.0 != stage || l.1.elapsed() > Duration::from_secs(2) || done == total {
                eprintln!(
                    "  {:>7.1}s {stage:<10} {done:>10}/{total}",
                    started.elapsed().as_secs_f64()
                );
                *l = (stage.to_string(), Instant::now());
            }
        };
        let stats = generate(&db, scale, seed, today, &report).await?;
        let gen_time = started.elapsed();
        println!("generated in {:.1} s: {stats:?}", gen_time.as_secs_f64());
        if !is_pg {
            let size = |p: &str| std::fs::metadata(p).map(|m| m.len()).unwrap_or(0);
            let main = size(&sqlite_path);
            let wal = size(&format!("{sqlite_path}-wal"));
            println!(
                "sqlite file: {:.1} MiB (+ wal {:.1} MiB)",
                main as f64 / 1048576.0,
                wal as f64 / 1048576.0
            );
        }
    }
    let (root, ward, ward_tasks): (i64, i64, i64) = {
        let mut tx = db.read().await?;
        on_tx!(&mut tx, c => {
            let root: i64 = sqlx::query_scalar("SELECT MIN(id) FROM units WHERE parent_id IS NULL").fetch_one(&mut *c).await?;
            // A ward of typical size: the median by task count.
            let wards: Vec<(i64, i64)> = sqlx::query_as(
                "SELECT u.id, (SELECT COUNT(*) FROM tasks t WHERE t.unit_path >= u.path AND t.unit_path < substr(u.path, 1, length(u.path) - 1) || '0') AS n
                 FROM units u WHERE u.kind IN ('ward', 'commune') AND u.tenant_id = $1 ORDER BY n, u.id")
                .bind(root).fetch_all(&mut *c).await?;
            let (ward, n) = wards[wards.len() / 2];
            (root, ward, n)
        })
    };
    println!("root unit {root}; ward unit {ward} with {ward_tasks} tasks");
    let clock = Clock::new(today, 7);
    let year_from = NaiveDate::from_ymd_opt(today.year(), 1, 1);
    let year_to = NaiveDate::from_ymd_opt(today.year(), 12, 31);
    for (label, unit, from, to) in [
        ("root", root, None, None),
        ("ward", ward, None, None),
        ("root, year", root, year_from, year_to),
        ("ward, year", ward, year_from, year_to),
    ] {
        let q = RollupQuery {
            unit_id: unit,
            from,
            to,
            clock,
            overdue_limit: 50,
        };
        let mut times = Vec::with_capacity(200);
        let mut total = 0;
        for _ in 0..200 {
            let t0 = Instant::now();
            let mut tx = db.read().await?;
            let r = rollup(&mut tx, &q).await?;
            drop(tx);
            times.push(t0.elapsed().as_secs_f64() * 1000.0);
            total = r.totals.total;
        }
        times.sort_by(|a, b| a.total_cmp(b));
        let pct = |p: f64| times[((times.len() as f64 - 1.0) * p).round() as usize];
        println!(
            "rollup {label:<11} ({total:>8} tasks): p50 {:>7.2} ms  p95 {:>7.2} ms  max {:>7.2} ms",
            pct(0.5),
            pct(0.95),
            times[times.len() - 1]
        );
    }
    db.close().await;
    Ok(())
}
