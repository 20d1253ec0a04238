//! The mail outbox: messages waiting to be sent, claimed by workers with a lease, retried with
//! backoff, and their state for the administrator and the metrics.
//!
//! A worker claims due messages in one short transaction (on PostgreSQL with
//! `FOR UPDATE SKIP LOCKED`, so several workers share the queue without waiting on each other;
//! SQLite's single writer serialises claims), sends each, and records the outcome in another. A
//! worker that dies leaves its claims `sending`; when the lease runs out they are claimed again,
//! so nothing is lost. A message is sent once unless the worker dies between the server's
//! acceptance and the record of it; it then goes again with the same Message-ID.

use chrono::{DateTime, NaiveDate, Utc};
use serde::Serialize;
use sqlx::FromRow;
use utoipa::ToSchema;

use domain::access::Scope;

use crate::access::scope_sql;
use crate::sql::{Arg, Where};
use crate::{Backend, StoreError, Tx, bind_args, on_tx};

/// How many times a message is tried before it is set aside as `dead`.
pub const MAX_ATTEMPTS: i32 = 8;

/// Delay before the next try after `attempts` failures: 30 s, 1 min, 2 min… capped at an hour.
pub fn backoff_ms(attempts: i32) -> i64 {
    let step = attempts.clamp(1, 12) - 1;
    (30_000_i64 << step).min(3_600_000)
}

/// One message, as the worker needs it and the administrator sees it.
#[derive(Debug, Clone, PartialEq, Serialize, FromRow, ToSchema)]
pub struct OutboxMessage {
    pub id: i64,
    pub user_id: i64,
    pub login: String,
    pub display_name: String,
    /// The recipient's page language (`vi` unless they chose `en`).
    pub lang: Option<String>,
    pub email: Option<String>,
    pub idem_key: String,
    /// `immediate`, `reminders` (one per person per reminder run) or `digest`.
    pub kind: String,
    pub day: NaiveDate,
    /// `pending`, `sending`, `sent` or `dead`.
    pub state: String,
    pub attempts: i32,
    pub next_at: i64,
    pub last_error: Option<String>,
    pub created_at: DateTime<Utc>,
    pub sent_at: Option<DateTime<Utc>>,
}

const COLS: &str = "o.id, o.user_id, u.login, u.display_name, u.lang, p.email, o.idem_key, o.kind, o.day, o.state, \
     o.attempts, o.next_at, o.last_error, o.created_at, o.sent_at";
const FROM: &str =
    "mail_outbox o JOIN users u ON u.id = o.user_id LEFT JOIN notification_prefs p ON p.user_id = o.user_id";

/// Claims up to `limit` messages that are due (pending and due, or `sending` with an expired
/// lease), marking them `sending` until `now_ms + lease_ms`. Commit before sending.
pub async fn claim(tx: &mut Tx, now_ms: i64, lease_ms: i64, limit: i64) -> Result<Vec<i64>, StoreError> {
    let lock = match tx.backend() {
        Backend::Postgres => " FOR UPDATE SKIP LOCKED",
        Backend::Sqlite => "",
    };
    let sql = format!(
        "UPDATE mail_outbox SET state = 'sending', lease_until = $1, attempts = attempts + 1 \
         WHERE id IN (SELECT id FROM mail_outbox WHERE (state = 'pending' AND next_at <= $2) \
         OR (state = 'sending' AND lease_until < $2) ORDER BY next_at, id LIMIT $3{lock}) RETURNING id"
    );
    let mut ids: Vec<i64> = on_tx!(tx, c => sqlx::query_scalar(sqlx::AssertSqlSafe(sql.as_str()))
        .bind(now_ms + lease_ms).bind(now_ms).bind(limit).fetch_all(c).await?);
    ids.sort_unstable();
    Ok(ids)
}

/// One message by id.
pub async fn get(tx: &mut Tx, id: i64) -> Result<OutboxMessage, StoreError> {
    let sql = format!("SELECT {COLS} FROM {FROM} WHERE o.id = $1");
    on_tx!(tx, c => sqlx::query_as::<_, OutboxMessage>(sqlx::AssertSqlSafe(sql.as_str()))
        .bind(id).fetch_optional(c).await?)
    .ok_or(StoreError::NotFound { entity: "mail", id })
}

/// Records a message sent. Only a message still claimed is changed (a message whose lease ran
/// out and was sent by another worker stays as that worker recorded it).
pub async fn mark_sent(tx: &mut Tx, id: i64) -> Result<bool, StoreError> {
    let now = tx.now();
    let n = on_tx!(tx, c => sqlx::query(
        "UPDATE mail_outbox SET state = 'sent', sent_at = $1, lease_until = NULL, last_error = NULL \
         WHERE id = $2 AND state = 'sending'")
        .bind(now).bind(id).execute(c).await?.rows_affected());
    Ok(n == 1)
}

/// Records a failed try: due again after the backoff, or `dead` after [`MAX_ATTEMPTS`] (or at
/// once when the failure is permanent: no address, a refused recipient). Returns the new state.
pub async fn mark_failed(
    tx: &mut Tx,
    id: i64,
    error: &str,
    permanent: bool,
    now_ms: i64,
) -> Result<&'static str, StoreError> {
    let attempts: Option<i32> = on_tx!(tx, c => sqlx::query_scalar(
        "SELECT attempts FROM mail_outbox WHERE id = $1 AND state = 'sending'")
        .bind(id).fetch_optional(c).await?);
    let Some(attempts) = attempts else {
        return Ok("sent");
    };
    let state = if permanent || attempts >= MAX_ATTEMPTS {
        "dead"
    } else {
        "pending"
    };
    let error: String = error.chars().take(1000).collect();
    on_tx!(tx, c => sqlx::query(
        "UPDATE mail_outbox SET state = $1, next_at = $2, lease_until = NULL, last_error = $3 WHERE id = $4")
        .bind(state).bind(now_ms + backoff_ms(attempts)).bind(error).bind(id).execute(c).await?.rows_affected());
    Ok(state)
}

/// Puts a dead message back in the queue (the administrator, after fixing an address).
pub async fn retry(tx: &mut Tx, scope: &Scope, id: i64, now_ms: i64) -> Result<bool, StoreError> {
    let mut w = Where::new();
    let now = w.arg(Arg::Int(now_ms));
    let idp = w.arg(Arg::Int(id));
    w.cond(format!("o.id = {idp}"));
    w.cond("o.state = 'dead'".to_string());
    scope_of_recipient(&mut w, scope);
    // The row is named `o` for the scope condition; `UPDATE … AS` is not portable, so the
    // condition selects the id.
    let sql = format!(
        "UPDATE mail_outbox SET state = 'pending', attempts = 0, next_at = {now} \
         WHERE id IN (SELECT o.id FROM mail_outbox o{})",
        w.sql()
    );
    let n = on_tx!(tx, c => bind_args!(sqlx::query(sqlx::AssertSqlSafe(sql.as_str())), w.args).execute(c).await?.rows_affected());
    Ok(n == 1)
}

/// Queues one message per user for the notifications not yet mailed since `since`: for users
/// who want mail at once (`mode = immediate`, after a reminder run: key `r:<user>:<day>`), or
/// for users whose daily digest hour has come (`mode = digest`, `digest_hour <= hour`: key
/// `d:<user>:<day>`). Never an empty message: only users with something to send. Returns how
/// many messages were queued.
pub async fn queue_grouped(
    tx: &mut Tx,
    digest: bool,
    day: NaiveDate,
    hour: u8,
    since: DateTime<Utc>,
) -> Result<u64, StoreError> {
    let now = tx.now();
    let (prefix, kind) = if digest { ("d:", "digest") } else { ("r:", "reminders") };
    // Whose messages these are; `{h}` is the hour's placeholder.
    let eligible = |h: &str| {
        if digest {
            format!("p.mode = 'digest' AND p.digest_hour <= {h}")
        } else {
            "p.mode = 'immediate'".to_string()
        }
    };
    let insert = format!(
        "INSERT INTO mail_outbox (user_id, idem_key, kind, day, state, attempts, next_at, created_at) \
         SELECT p.user_id, '{prefix}' || CAST(p.user_id AS TEXT) || ':' || $4, '{kind}', $1, 'pending', 0, $2, $3 \
         FROM notification_prefs p JOIN users u ON u.id = p.user_id \
         WHERE {} AND p.email_on = TRUE AND p.email IS NOT NULL AND u.is_active = TRUE \
         AND EXISTS (SELECT 1 FROM notifications n WHERE n.user_id = p.user_id AND n.mail_id IS NULL \
         AND n.created_at >= $5) ON CONFLICT (idem_key) DO NOTHING",
        eligible("$6")
    );
    let link = format!(
        "UPDATE notifications SET mail_id = (SELECT o.id FROM mail_outbox o \
         WHERE o.idem_key = '{prefix}' || CAST(notifications.user_id AS TEXT) || ':' || $1 AND o.state = 'pending') \
         WHERE mail_id IS NULL AND created_at >= $2 AND user_id IN (SELECT o.user_id FROM mail_outbox o \
         WHERE o.idem_key = '{prefix}' || CAST(o.user_id AS TEXT) || ':' || $1 AND o.state = 'pending')"
    );
    let day_key = day.format("%Y-%m-%d").to_string();
    let hour = i32::from(hour);
    let n = on_tx!(tx, c => {
        let q = sqlx::query(sqlx::AssertSqlSafe(insert.as_str()))
            .bind(day).bind(now.timestamp_millis()).bind(now).bind(&day_key).bind(since);
        let q = if digest { q.bind(hour) } else { q };
        let n = q.execute(&mut *c).await?.rows_affected();
        sqlx::query(sqlx::AssertSqlSafe(link.as_str()))
            .bind(&day_key).bind(since)
            .execute(&mut *c).await?;
        n
    });
    Ok(n)
}

/// The queue at a glance, for the administrator and the metrics.
#[derive(Debug, Clone, Default, PartialEq, Serialize, ToSchema)]
pub struct OutboxStats {
    pub pending: i64,
    pub sending: i64,
    pub sent: i64,
    pub dead: i64,
    /// Pending messages that failed at least once (being retried).
    pub retrying: i64,
    /// Age in seconds of the oldest message not yet sent (0 when none).
    pub oldest_unsent_age_s: i64,
}

pub async fn stats(tx: &mut Tx, scope: &Scope) -> Result<OutboxStats, StoreError> {
    let mut w = Where::new();
    scope_of_recipient(&mut w, scope);
    let scoped = w.sql();
    let and = if scoped.is_empty() { " WHERE" } else { " AND" };
    let by_state = format!("SELECT o.state, COUNT(*) FROM mail_outbox o{scoped} GROUP BY o.state");
    let retrying = format!("SELECT COUNT(*) FROM mail_outbox o{scoped}{and} o.state = 'pending' AND o.attempts > 0");
    let oldest = format!("SELECT MIN(o.created_at) FROM mail_outbox o{scoped}{and} o.state IN ('pending', 'sending')");
    let rows: Vec<(String, i64)> = on_tx!(tx, c => bind_args!(sqlx::query_as(sqlx::AssertSqlSafe(by_state.as_str())), w.args.clone()).fetch_all(&mut *c).await?);
    let retrying: i64 = on_tx!(tx, c => bind_args!(sqlx::query_scalar(sqlx::AssertSqlSafe(retrying.as_str())), w.args.clone()).fetch_one(&mut *c).await?);
    let oldest: Option<DateTime<Utc>> = on_tx!(tx, c => bind_args!(sqlx::query_scalar(sqlx::AssertSqlSafe(oldest.as_str())), w.args.clone()).fetch_one(&mut *c).await?);
    let mut s = OutboxStats {
        retrying,
        oldest_unsent_age_s: oldest.map(|t| (Utc::now() - t).num_seconds().max(0)).unwrap_or(0),
        ..Default::default()
    };
    for (state, n) in rows {
        match state.as_str() {
            "pending" => s.pending = n,
            "sending" => s.sending = n,
            "sent" => s.sent = n,
            "dead" => s.dead = n,
            _ => {}
        }
    }
    Ok(s)
}

/// The latest messages, or those in one state, newest first.
pub async fn list(
    tx: &mut Tx,
    scope: &Scope,
    state: Option<&str>,
    limit: i64,
) -> Result<Vec<OutboxMessage>, StoreError> {
    let mut w = Where::new();
    scope_of_recipient(&mut w, scope);
    if let Some(st) = state {
        let ph = w.arg(Arg::Text(st.to_string()));
        w.cond(format!("o.state = {ph}"));
    }
    let lim = w.arg(Arg::Int(limit));
    let sql = format!("SELECT {COLS} FROM {FROM}{} ORDER BY o.id DESC LIMIT {lim}", w.sql());
    Ok(
        on_tx!(tx, c => bind_args!(sqlx::query_as::<_, OutboxMessage>(sqlx::AssertSqlSafe(sql.as_str())), w.args).fetch_all(c).await?),
    )
}

/// Messages to accounts the caller administers: those holding a role at a unit in the scope
/// (the rule `app::accounts` uses to show an account). Addresses and delivery errors of
/// another district's people are not a district administrator's to read. Written as nested
/// uncorrelated subqueries, not a join: the bindings and the outbox are the coordinator's, the
/// units distributed, and Citus runs the units' part on the shards and the rest locally.
fn scope_of_recipient(w: &mut Where, scope: &Scope) {
    if let Some(cond) = scope_sql(w, "un.path", scope) {
        w.cond(format!(
            "o.user_id IN (SELECT rb.user_id FROM role_bindings rb \
                           WHERE rb.unit_id IN (SELECT un.id FROM units un WHERE {cond}))"
        ));
    }
}
