//! The worker: each round it runs the day's reminders once their hour has come, queues the
//! daily digests whose hour has come, and delivers what is due in the outbox. It runs inside
//! `dondoc serve` and alone as `dondoc worker`; several may share one PostgreSQL database.

use std::time::Duration;

use chrono::{Timelike, Utc};
use store::Db;
use tokio::sync::watch;

use crate::compose::compose;
use crate::smtp::{SendError, Sender};

/// How the worker runs.
#[derive(Debug, Clone)]
pub struct WorkerConfig {
    /// Pause between rounds.
    pub poll: Duration,
    /// How long a claimed message is reserved for its worker; after that another may send it.
    pub lease: Duration,
    /// Messages claimed at a time.
    pub batch: i64,
    /// The hour (Vietnam time) the daily reminder run starts.
    pub remind_hour: u8,
    /// The address links in mail point to.
    pub base_url: String,
}

impl Default for WorkerConfig {
    fn default() -> Self {
        WorkerConfig {
            poll: Duration::from_secs(30),
            lease: Duration::from_secs(300),
            batch: 50,
            remind_hour: 6,
            base_url: "http://127.0.0.1:8080".into(),
        }
    }
}

/// What a delivery round did.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Delivered {
    pub sent: u64,
    /// Failed and due again later.
    pub retrying: u64,
    /// Set aside (permanent failure or too many tries).
    pub dead: u64,
}

fn now_ms() -> i64 {
    Utc::now().timestamp_millis()
}

/// Delivers every message due now, batch by batch, until none is left (or a round of failures:
/// those wait for their backoff).
pub async fn deliver_due<S: Sender>(db: &Db, sender: &S, cfg: &WorkerConfig) -> app::Result<Delivered> {
    let mut done = Delivered::default();
    loop {
        let ids = {
            let mut tx = db.write().await?;
            let ids = store::outbox::claim(&mut tx, now_ms(), cfg.lease.as_millis() as i64, cfg.batch).await?;
            tx.commit().await?;
            ids
        };
        if ids.is_empty() {
            return Ok(done);
        }
        for id in ids {
            match deliver_one(db, sender, cfg, id).await? {
                "sent" => done.sent += 1,
                "dead" => done.dead += 1,
                _ => done.retrying += 1,
            }
        }
    }
}

/// Sends one claimed message and records the outcome.
async fn deliver_one<S: Sender>(db: &Db, sender: &S, cfg: &WorkerConfig, id: i64) -> app::Result<&'static str> {
    let (msg, items) = {
        let mut tx = db.read().await?;
        let msg = store::outbox::get(&mut tx, id).await?;
        let items = store::notify::of_mail(&mut tx, id).await?;
        (msg, items)
    };
    let outcome = match compose(&msg, &items, &cfg.base_url) {
        None => Err(SendError::Permanent(
            "nothing to send, or no address (Chưa có địa chỉ thư điện tử)".into(),
        )),
        Some(c) => sender.send(&c).await,
    };
    let mut tx = db.write().await?;
    let state = match outcome {
        Ok(()) => {
            store::outbox::mark_sent(&mut tx, id).await?;
            "sent"
        }
        Err(SendError::Transient(e)) => {
            tracing::warn!(mail = id, attempts = msg.attempts, error = %e, "mail not sent; will retry");
            store::outbox::mark_failed(&mut tx, id, &e, false, now_ms()).await?
        }
        Err(SendError::Permanent(e)) => {
            tracing::warn!(mail = id, error = %e, "mail refused; set aside");
            store::outbox::mark_failed(&mut tx, id, &e, true, now_ms()).await?
        }
    };
    tx.commit().await?;
    Ok(state)
}

/// The hour now in Vietnam (UTC+7 all year).
pub fn vietnam_hour() -> u8 {
    ((Utc::now() + chrono::Duration::hours(7)).hour()) as u8
}

/// One round: reminders (once a day, from their hour), digests, delivery.
pub async fn round<S: Sender>(app: &app::App, sender: Option<&S>, cfg: &WorkerConfig) -> app::Result<()> {
    let today = app.clock.clock().today;
    let hour = vietnam_hour();
    if hour >= cfg.remind_hour && !app::reminders::ran_today(&app.db, today).await? {
        let s = app::reminders::run(&app.db, today).await?;
        tracing::info!(day = %today, tasks = s.tasks, notifications = s.notifications, mails = s.mails, "reminder run");
    }
    let digests = app::reminders::queue_digests(&app.db, today, hour).await?;
    if digests > 0 {
        tracing::info!(digests, "daily digests queued");
    }
    if let Some(sender) = sender {
        let d = deliver_due(&app.db, sender, cfg).await?;
        if d != Delivered::default() {
            tracing::info!(sent = d.sent, retrying = d.retrying, dead = d.dead, "mail delivery");
        }
    }
    Ok(())
}

/// Runs rounds until `stop` turns true. Errors are logged and the next round tries again.
pub async fn run<S: Sender>(app: app::App, sender: Option<S>, cfg: WorkerConfig, mut stop: watch::Receiver<bool>) {
    loop {
        if let Err(e) = round(&app, sender.as_ref(), &cfg).await {
            tracing::error!(error = %e, "worker round failed");
        }
        tokio::select! {
            _ = tokio::time::sleep(cfg.poll) => {}
            _ = stop.changed() => {}
        }
        if *stop.borrow() {
            return;
        }
    }
}
