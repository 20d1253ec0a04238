//! Operations endpoints: `/metrics` (Prometheus text format: requests by route and status,
//! latency histograms, the mail outbox's depth and age, reminder runs, the database pool),
//! `/healthz` (the process answers) and `/readyz` (the database answers).

use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::sync::Mutex;
use std::time::Instant;

use axum::Router;
use axum::extract::{MatchedPath, Request, State};
use axum::http::{StatusCode, header};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use store::Db;

use crate::AppState;

/// Upper bounds (seconds) of the latency histogram's buckets.
const BUCKETS: [f64; 11] = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0];

#[derive(Debug, Default, Clone)]
struct Series {
    count: u64,
    sum: f64,
    /// Non-cumulative counts per bucket; the last slot is +Inf.
    buckets: [u64; BUCKETS.len() + 1],
}

/// Request counts and latencies by (method, route, status), kept in memory since start.
#[derive(Debug, Default)]
pub struct Metrics {
    series: Mutex<BTreeMap<(String, String, u16), Series>>,
}

impl Metrics {
    pub fn observe(&self, method: &str, route: &str, status: u16, seconds: f64) {
        let Ok(mut map) = self.series.lock() else {
            return;
        };
        let s = map.entry((method.to_string(), route.to_string(), status)).or_default();
        s.count += 1;
        s.sum += seconds;
        let i = BUCKETS.iter().position(|b| seconds <= *b).unwrap_or(BUCKETS.len());
        s.buckets[i] += 1;
    }

    fn render(&self, out: &mut String) {
        let Ok(map) = self.series.lock() else {
            return;
        };
        out.push_str("# HELP dondoc_http_requests_total HTTP requests by method, route and status.\n");
        out.push_str("# TYPE dondoc_http_requests_total counter\n");
        for ((m, r, st), s) in map.iter() {
            let _ = writeln!(
                out,
                "dondoc_http_requests_total{{method=\"{m}\",route=\"{}\",status=\"{st}\"}} {}",
                escape(r),
                s.count
            );
        }
        out.push_str("# HELP dondoc_http_request_duration_seconds Time to answer, by method and route.\n");
        out.push_str("# TYPE dondoc_http_request_duration_seconds histogram\n");
        // Histograms by (method, route): statuses merged.
        let mut by_route: BTreeMap<(&str, &str), Series> = BTreeMap::new();
        for ((m, r, _), s) in map.iter() {
            let e = by_route.entry((m.as_str(), r.as_str())).or_default();
            e.count += s.count;
            e.sum += s.sum;
            for (a, b) in e.buckets.iter_mut().zip(s.buckets.iter()) {
                *a += b;
            }
        }
        for ((m, r), s) in by_route {
            let r = escape(r);
            let mut cumulative = 0;
            for (i, le) in BUCKETS.iter().enumerate() {
                cumulative += s.buckets[i];
                let _ = writeln!(
                    out,
                    "dondoc_http_request_duration_seconds_bucket{{method=\"{m}\",route=\"{r}\",le=\"{le}\"}} {cumulative}"
                );
            }
            let _ = writeln!(
                out,
                "dondoc_http_request_duration_seconds_bucket{{method=\"{m}\",route=\"{r}\",le=\"+Inf\"}} {}",
                s.count
            );
            let _ = writeln!(
                out,
                "dondoc_http_request_duration_seconds_sum{{method=\"{m}\",route=\"{r}\"}} {}",
                s.sum
            );
            let _ = writeln!(
                out,
                "dondoc_http_request_duration_seconds_count{{method=\"{m}\",route=\"{r}\"}} {}",
                s.count
            );
        }
    }
}

fn escape(s: &str) -> String {
    s.replace('\\', "\\\\").replace('"', "\\\"").replace('\n', "\\n")
}

/// Counts every routed request under its route pattern (`/nhiem-vu/{id}`, never the id).
pub async fn track(State(st): State<AppState>, req: Request, next: Next) -> Response {
    let route = req
        .extensions()
        .get::<MatchedPath>()
        .map(|p| p.as_str().to_string())
        .unwrap_or_else(|| "unmatched".into());
    let method = req.method().as_str().to_string();
    let started = Instant::now();
    let res = next.run(req).await;
    st.metrics
        .observe(&method, &route, res.status().as_u16(), started.elapsed().as_secs_f64());
    res
}

pub fn routes() -> Router<AppState> {
    Router::new()
        .route("/metrics", get(metrics))
        .route("/healthz", get(healthz))
        .route("/readyz", get(readyz))
}

fn gauge(out: &mut String, name: &str, help: &str, value: impl std::fmt::Display) {
    let _ = writeln!(out, "# HELP {name} {help}\n# TYPE {name} gauge\n{name} {value}");
}

fn pool(out: &mut String, db: &Db) {
    out.push_str("# HELP dondoc_db_pool_connections Open database connections by pool and state.\n");
    out.push_str("# TYPE dondoc_db_pool_connections gauge\n");
    let mut line = |pool: &str, size: u32, idle: usize| {
        let idle = u32::try_from(idle).unwrap_or(u32::MAX);
        let _ = writeln!(
            out,
            "dondoc_db_pool_connections{{pool=\"{pool}\",state=\"idle\"}} {idle}"
        );
        let _ = writeln!(
            out,
            "dondoc_db_pool_connections{{pool=\"{pool}\",state=\"in_use\"}} {}",
            size.saturating_sub(idle)
        );
    };
    match db {
        Db::Sqlite { write, read } => {
            line("sqlite_write", write.size(), write.num_idle());
            line("sqlite_read", read.size(), read.num_idle());
        }
        Db::Postgres { pool: p, cluster } => {
            line("postgres", p.size(), p.num_idle());
            let reads = cluster.read_counts();
            out.push_str("# HELP dondoc_db_reads_total Read transactions by the server that served them.\n");
            out.push_str("# TYPE dondoc_db_reads_total counter\n");
            let _ = writeln!(out, "dondoc_db_reads_total{{server=\"replica\"}} {}", reads.replica);
            let _ = writeln!(out, "dondoc_db_reads_total{{server=\"primary\"}} {}", reads.primary);
            out.push_str("# HELP dondoc_db_replica_up Read replicas: 1 in use, 0 set aside after a failure.\n");
            out.push_str("# TYPE dondoc_db_replica_up gauge\n");
            for (name, down) in cluster.replicas() {
                let _ = writeln!(out, "dondoc_db_replica_up{{replica=\"{name}\"}} {}", u8::from(!down));
            }
        }
    }
}

async fn metrics(State(st): State<AppState>) -> Response {
    let mut out = String::new();
    st.metrics.render(&mut out);
    pool(&mut out, &st.app.db);
    match queue_figures(&st.app.db).await {
        Ok((o, runs, last)) => {
            out.push_str("# HELP dondoc_outbox_messages Mail outbox messages by state.\n");
            out.push_str("# TYPE dondoc_outbox_messages gauge\n");
            for (state, n) in [
                ("pending", o.pending),
                ("sending", o.sending),
                ("sent", o.sent),
                ("dead", o.dead),
            ] {
                let _ = writeln!(out, "dondoc_outbox_messages{{state=\"{state}\"}} {n}");
            }
            gauge(
                &mut out,
                "dondoc_outbox_depth",
                "Messages waiting to be sent (pending or being sent).",
                o.pending + o.sending,
            );
            gauge(
                &mut out,
                "dondoc_outbox_retrying",
                "Waiting messages that failed at least once: alert when it stays above 0.",
                o.retrying,
            );
            gauge(
                &mut out,
                "dondoc_outbox_oldest_age_seconds",
                "Age of the oldest message not yet sent.",
                o.oldest_unsent_age_s,
            );
            out.push_str("# HELP dondoc_reminder_runs_total Finished daily reminder runs.\n# TYPE dondoc_reminder_runs_total counter\n");
            let _ = writeln!(out, "dondoc_reminder_runs_total {runs}");
            if let Some(r) = last {
                gauge(
                    &mut out,
                    "dondoc_reminder_last_run_timestamp_seconds",
                    "When the last reminder run finished.",
                    r.finished_at.map(|t| t.timestamp()).unwrap_or(0),
                );
                gauge(
                    &mut out,
                    "dondoc_reminder_last_run_notifications",
                    "Notifications the last reminder run wrote.",
                    r.notifications,
                );
                gauge(
                    &mut out,
                    "dondoc_reminder_last_run_tasks",
                    "Tasks the last reminder run looked at.",
                    r.tasks,
                );
                let secs = r
                    .finished_at
                    .map(|f| (f - r.started_at).num_milliseconds() as f64 / 1000.0)
                    .unwrap_or(0.0);
                gauge(
                    &mut out,
                    "dondoc_reminder_last_run_duration_seconds",
                    "How long the last reminder run took.",
                    secs,
                );
            }
            gauge(
                &mut out,
                "dondoc_database_up",
                "Whether the database answered this scrape.",
                1,
            );
        }
        Err(e) => {
            tracing::warn!(error = %e, "metrics: database figures unavailable");
            gauge(
                &mut out,
                "dondoc_database_up",
                "Whether the database answered this scrape.",
                0,
            );
        }
    }
    (
        [(header::CONTENT_TYPE, "text/plain; version=0.0.4; charset=utf-8")],
        out,
    )
        .into_response()
}

type QueueFigures = (store::outbox::OutboxStats, i64, Option<store::reminders::Run>);

async fn queue_figures(db: &Db) -> Result<QueueFigures, store::StoreError> {
    let mut tx = db.read().await?;
    let o = store::outbox::stats(&mut tx, &domain::access::Scope::everything()).await?;
    let (runs, last) = store::reminders::runs_summary(&mut tx).await?;
    Ok((o, runs, last))
}

async fn healthz() -> Response {
    (StatusCode::OK, "ok\n").into_response()
}

async fn readyz(State(st): State<AppState>) -> Response {
    let ok = async {
        let mut tx = st.app.db.read().await?;
        store::outbox::stats(&mut tx, &domain::access::Scope::everything()).await?;
        Ok::<_, store::StoreError>(())
    }
    .await;
    match ok {
        Ok(()) => (StatusCode::OK, "ready\n").into_response(),
        Err(e) => {
            tracing::warn!(error = %e, "not ready: database");
            (StatusCode::SERVICE_UNAVAILABLE, "database unavailable\n").into_response()
        }
    }
}
