//! `dondoc worker`, `dondoc remind`, `dondoc mail-sink`, and the worker inside `serve`.

use std::net::SocketAddr;
use std::path::PathBuf;

use anyhow::{Context, Result};
use chrono::NaiveDate;
use mail::Smtp;
use web::{App, ClockConfig};

use crate::config::Config;

/// The address links in mail point to.
pub fn base_url(config: &Config) -> String {
    config
        .public_url
        .clone()
        .unwrap_or_else(|| format!("http://{}", config.listen))
}

fn sender(config: &Config) -> Result<Option<Smtp>> {
    match &config.mail.smtp {
        None => Ok(None),
        Some(s) => Ok(Some(Smtp::new(s).map_err(|e| anyhow::anyhow!("SMTP settings: {e}"))?)),
    }
}

/// Starts the worker beside the server; stop it by sending `true`.
pub fn spawn(
    app: App,
    config: &Config,
) -> Result<Option<(tokio::sync::watch::Sender<bool>, tokio::task::JoinHandle<()>)>> {
    if !config.mail.worker_in_serve {
        return Ok(None);
    }
    let smtp = sender(config)?;
    if smtp.is_none() {
        println!("  Thư:      chưa cấu hình máy chủ SMTP — thư chờ trong hàng đợi (outbox)");
    }
    let (stop, rx) = tokio::sync::watch::channel(false);
    let cfg = config.mail.worker(&base_url(config));
    let handle = tokio::spawn(mail::worker::run(app, smtp, cfg, rx));
    Ok(Some((stop, handle)))
}

/// `dondoc worker`: the worker alone, until Ctrl+C.
pub async fn worker(config: &Config, url: &str) -> Result<()> {
    let db = crate::open(url).await?;
    let clock = ClockConfig {
        fixed_today: config.today,
        due_soon_days: config.due_soon_days,
    };
    let app = App::new(db.clone(), clock, config.app());
    let smtp = sender(config)?;
    let cfg = config.mail.worker(&base_url(config));
    let (stop, rx) = tokio::sync::watch::channel(false);
    tracing::info!(smtp = smtp.is_some(), "worker started");
    let run = tokio::spawn(mail::worker::run(app, smtp, cfg, rx));
    let _ = tokio::signal::ctrl_c().await;
    let _ = stop.send(true);
    let _ = run.await;
    db.close().await;
    Ok(())
}

/// `dondoc remind`: one reminder run for `day` (default: today), then the messages it queued
/// are left to the worker.
pub async fn remind(config: &Config, url: &str, day: Option<NaiveDate>) -> Result<()> {
    let db = crate::open(url).await?;
    let clock = ClockConfig {
        fixed_today: day.or(config.today),
        due_soon_days: config.due_soon_days,
    };
    let today = clock.clock().today;
    let started = std::time::Instant::now();
    let s = app::reminders::run(&db, today)
        .await
        .map_err(|e| anyhow::anyhow!("reminder run: {e}"))?;
    println!(
        "Nhắc việc ngày {}: {} nhiệm vụ xem xét, {} thông báo mới, {} thư xếp hàng — {:.1} giây.",
        today.format("%d/%m/%Y"),
        s.tasks,
        s.notifications,
        s.mails,
        started.elapsed().as_secs_f64()
    );
    db.close().await;
    Ok(())
}

/// `dondoc mail-sink`: a development SMTP server writing each message to `dir`.
pub async fn mail_sink(listen: SocketAddr, dir: PathBuf, delay_ms: u64) -> Result<()> {
    let listener = tokio::net::TcpListener::bind(listen)
        .await
        .with_context(|| format!("listening on {listen}"))?;
    println!(
        "Hộp thư thử (SMTP) tại {} — thư lưu vào {}",
        listener.local_addr()?,
        dir.display()
    );
    let opts = mail::sink::SinkOptions {
        delay: std::time::Duration::from_millis(delay_ms),
    };
    tokio::select! {
        r = mail::sink::serve(listener, dir, opts) => r?,
        _ = tokio::signal::ctrl_c() => {}
    }
    Ok(())
}
