//! Notifications: written in the transaction of the change that causes them, to the accounts
//! the change concerns, once per (recipient, kind, item, day); read and marked read by their
//! recipient; mailed through the outbox (`crate::outbox`) as each user prefers.

use chrono::{DateTime, NaiveDate, Utc};
use domain::Valid;
use domain::notify::{DeliveryMode, NotificationKind, Preferences};
use serde::Serialize;
use sqlx::FromRow;
use utoipa::ToSchema;

use crate::audit::{self, Change};
use crate::sql::Ints;
use crate::{StoreError, Tx, bind_ints, on_tx};

/// Who a notification about a task goes to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Audience {
    /// The lead side: officers of the lead unit (or of the unit just above it) and the person
    /// responsible.
    LeadSide,
    /// Only the person responsible (newly named).
    Responsible,
    /// Officers of a named unit (the unit asked to explain) and the person responsible.
    UnitSide(i64),
    /// One account (who asked for an extension) and the lead side.
    UserAndLeadSide(Option<i64>),
    /// The head of the lead unit (its people marked head, through their accounts).
    LeadHead,
    /// The assigning office: specialists, leaders and officers of the unit that assigned the
    /// work (or of the unit just above it, where the offices sit).
    Office,
}

/// A notification to write for each task of a list.
#[derive(Debug, Clone)]
pub struct Event<'a> {
    pub kind: NotificationKind,
    pub audience: Audience,
    pub task_ids: &'a [i64],
    /// The tasks' leads when the caller holds them (tasks it has just written), so they are not
    /// read again; empty otherwise.
    pub known: &'a [TaskLead],
    /// Words that go with it (the urge's text, the question asked, the decision).
    pub detail: &'a str,
    /// The day it belongs to (the idempotency key's day).
    pub day: NaiveDate,
    /// The account acting: never notified of its own act.
    pub actor: Option<i64>,
    /// Queue a message per notification for those who want mail at once (a change's notice);
    /// false for the reminder run, which queues one message per person for the whole run.
    pub mail_each: bool,
}

/// A task's id, lead unit and person responsible: whom news of it reaches.
pub type TaskLead = (i64, i64, Option<i64>);

/// Writes the notifications of `ev` (nothing for a recipient who already has this one today)
/// and queues a mail for each recipient who wants mail at once. Returns the new notifications'
/// ids.
pub async fn fan_out(tx: &mut Tx, ev: &Event<'_>) -> Result<Vec<i64>, StoreError> {
    let now = tx.now();
    let mut created = Vec::new();
    for chunk in ev.task_ids.chunks(500) {
        // The statement's own parameters are $1–$5; the recipients' values follow.
        let mut ints = Ints::from(6);
        let Some(recipients) = crate::notify_audience::recipients(tx, ev.audience, chunk, ev.known, &mut ints).await?
        else {
            continue;
        };
        let sql = format!(
            "INSERT INTO notifications (user_id, kind, task_id, item, day, detail, created_at) \
             SELECT DISTINCT r.user_id, $1, r.task_id, 'task:' || CAST(r.task_id AS TEXT), $2, $3, $4 \
             FROM ({recipients}) r JOIN users u ON u.id = r.user_id WHERE u.is_active = TRUE AND u.id <> $5 \
             ON CONFLICT (user_id, kind, item, day) DO NOTHING RETURNING id"
        );
        let rows: Vec<i64> = on_tx!(tx, c => bind_ints!(sqlx::query_scalar(sqlx::AssertSqlSafe(sql.as_str()))
            .bind(ev.kind.as_str()).bind(ev.day).bind(ev.detail).bind(now).bind(ev.actor.unwrap_or(0)), ints)
            .fetch_all(c).await?);
        created.extend(rows);
    }
    if ev.mail_each {
        queue_immediate(tx, &created).await?;
    }
    Ok(created)
}

/// Notifications of `kind` about requirement `requirement_id` to the officers of the units in
/// `unit_ids` that owe it: those bound at such a unit or at a unit between it and the
/// requirement's scope (a ward's officers for its chi bộ), never at the scope itself. One per
/// officer, requirement and day, however many of their units owe it. Returns the new ids.
pub async fn to_units(
    tx: &mut Tx,
    kind: NotificationKind,
    requirement_id: i64,
    unit_ids: &[i64],
    day: NaiveDate,
    actor: Option<i64>,
    mail_each: bool,
) -> Result<Vec<i64>, StoreError> {
    let now = tx.now();
    let item = format!("requirement:{requirement_id}");
    let mut created = Vec::new();
    // The officers' units are read from the tenant tables first (the scope may be another
    // province's unit), then the accounts bound there from the coordinator's tables: Citus
    // joins neither across tenants nor distributed tables with coordinator ones.
    let scope_depth: Option<i32> = on_tx!(tx, c => sqlx::query_scalar(
        "SELECT depth FROM units WHERE id = (SELECT scope_unit_id FROM requirements WHERE id = $1)")
        .bind(requirement_id).fetch_optional(c).await?);
    let Some(scope_depth) = scope_depth else {
        return Ok(created);
    };
    for chunk in unit_ids.chunks(500) {
        let mut owing = Ints::from(3);
        let sql = format!(
            "SELECT DISTINCT a.anc_id FROM requirement_items i \
             JOIN unit_ancestors a ON a.tenant_id = i.tenant_id AND a.unit_id = i.unit_id \
             JOIN units x ON x.tenant_id = a.tenant_id AND x.id = a.anc_id AND x.depth > $2 \
             WHERE i.requirement_id = $1 AND i.unit_id IN ({})",
            owing.list(chunk.iter().copied())
        );
        let units: Vec<i64> = on_tx!(tx, c => bind_ints!(sqlx::query_scalar(sqlx::AssertSqlSafe(sql.as_str()))
            .bind(requirement_id).bind(scope_depth), owing).fetch_all(c).await?);
        if units.is_empty() {
            continue;
        }
        let mut officers = Ints::from(7);
        let sql = format!(
            "INSERT INTO notifications (user_id, kind, task_id, requirement_id, item, day, detail, created_at) \
             SELECT DISTINCT rb.user_id, $1, CAST(NULL AS BIGINT), $2, $3, $4, '', $5 \
             FROM role_bindings rb JOIN users u ON u.id = rb.user_id \
             WHERE rb.role = 'unit_officer' AND rb.unit_id IN ({}) AND u.is_active = TRUE AND u.id <> $6 \
             ON CONFLICT (user_id, kind, item, day) DO NOTHING RETURNING id",
            officers.list(units)
        );
        let rows: Vec<i64> = on_tx!(tx, c => bind_ints!(sqlx::query_scalar(sqlx::AssertSqlSafe(sql.as_str()))
            .bind(kind.as_str()).bind(requirement_id).bind(&item).bind(day).bind(now).bind(actor.unwrap_or(0)), officers)
            .fetch_all(c).await?);
        created.extend(rows);
    }
    if mail_each {
        queue_immediate(tx, &created).await?;
    }
    Ok(created)
}

/// One outbox message per new notification whose recipient wants mail at once.
async fn queue_immediate(tx: &mut Tx, ids: &[i64]) -> Result<(), StoreError> {
    let now = tx.now();
    let now_ms = now.timestamp_millis();
    for chunk in ids.chunks(500) {
        let mut ints = Ints::from(3);
        let list = ints.list(chunk.iter().copied());
        let insert = format!(
            "INSERT INTO mail_outbox (user_id, idem_key, kind, day, state, attempts, next_at, created_at) \
             SELECT n.user_id, 'n:' || CAST(n.id AS TEXT), 'immediate', n.day, 'pending', 0, $1, $2 \
             FROM notifications n JOIN notification_prefs p ON p.user_id = n.user_id \
             WHERE n.id IN ({list}) AND p.mode = 'immediate' AND p.email_on = TRUE AND p.email IS NOT NULL \
             ON CONFLICT (idem_key) DO NOTHING"
        );
        let mut again = Ints::from(1);
        let link = format!(
            "UPDATE notifications SET mail_id = (SELECT o.id FROM mail_outbox o \
             WHERE o.idem_key = 'n:' || CAST(notifications.id AS TEXT)) WHERE id IN ({}) AND mail_id IS NULL",
            again.list(chunk.iter().copied())
        );
        on_tx!(tx, c => {
            bind_ints!(sqlx::query(sqlx::AssertSqlSafe(insert.as_str())).bind(now_ms).bind(now), ints).execute(&mut *c).await?;
            bind_ints!(sqlx::query(sqlx::AssertSqlSafe(link.as_str())), again).execute(&mut *c).await?;
        });
    }
    Ok(())
}

/// A notification as its recipient sees it, with the task it is about.
#[derive(Debug, Clone, PartialEq, Serialize, FromRow, ToSchema)]
pub struct Notification {
    pub id: i64,
    #[sqlx(try_from = "String")]
    pub kind: NotificationKind,
    pub task_id: Option<i64>,
    /// The requirement it is about, when it is not about a task (the task fields then carry
    /// the requirement's title and due date).
    pub requirement_id: Option<i64>,
    pub task_code: Option<String>,
    pub task_title: Option<String>,
    pub task_due_on: Option<NaiveDate>,
    pub day: NaiveDate,
    pub detail: String,
    pub created_at: DateTime<Utc>,
    pub read_at: Option<DateTime<Utc>>,
}

/// A notification's own columns; what it is about is read apart ([`with_subjects`]).
const COLS: &str = "id, kind, task_id, requirement_id, CAST(NULL AS TEXT) AS task_code, \
     CAST(NULL AS TEXT) AS task_title, CAST(NULL AS DATE) AS task_due_on, day, detail, created_at, read_at";

/// The user's notifications, newest first (unread only when asked).
pub async fn list(
    tx: &mut Tx,
    user_id: i64,
    unread_only: bool,
    limit: i64,
    offset: i64,
) -> Result<Vec<Notification>, StoreError> {
    let unread = if unread_only { " AND read_at IS NULL" } else { "" };
    let sql =
        format!("SELECT {COLS} FROM notifications WHERE user_id = $1{unread} ORDER BY id DESC LIMIT $2 OFFSET $3");
    let rows = on_tx!(tx, c => sqlx::query_as::<_, Notification>(sqlx::AssertSqlSafe(sql.as_str()))
        .bind(user_id).bind(limit).bind(offset).fetch_all(c).await?);
    with_subjects(tx, rows).await
}

/// The notifications one outbox message carries, most urgent first is the caller's to order.
pub async fn of_mail(tx: &mut Tx, mail_id: i64) -> Result<Vec<Notification>, StoreError> {
    let sql = format!("SELECT {COLS} FROM notifications WHERE mail_id = $1 ORDER BY id");
    let rows = on_tx!(tx, c => sqlx::query_as::<_, Notification>(sqlx::AssertSqlSafe(sql.as_str()))
        .bind(mail_id).fetch_all(c).await?);
    with_subjects(tx, rows).await
}

/// What each notification is about: its task's code, title and due date, or its requirement's
/// title and due date. Notifications are installation-wide and tasks and requirements tenant
/// rows: read by id apart, the caller's tenants first (one shard on Citus), instead of a join
/// Citus would plan by sending the user's notifications to every shard.
async fn with_subjects(tx: &mut Tx, mut rows: Vec<Notification>) -> Result<Vec<Notification>, StoreError> {
    let task_ids: Vec<i64> = rows.iter().filter_map(|n| n.task_id).collect();
    let tasks: std::collections::HashMap<i64, (i64, Option<String>, String, Option<NaiveDate>)> =
        crate::own_tenants::many_by_id(
            tx,
            "tenant_id",
            &task_ids,
            |list, cond| format!("SELECT id, code, title, due_on FROM tasks WHERE id IN ({list}){cond}"),
            |r: &(i64, Option<String>, String, Option<NaiveDate>)| r.0,
        )
        .await?;
    let requirement_ids: Vec<i64> = rows.iter().filter_map(|n| n.requirement_id).collect();
    let requirements: std::collections::HashMap<i64, (i64, String, NaiveDate)> = crate::own_tenants::many_by_id(
        tx,
        "tenant_id",
        &requirement_ids,
        |list, cond| format!("SELECT id, title, due_on FROM requirements WHERE id IN ({list}){cond}"),
        |r: &(i64, String, NaiveDate)| r.0,
    )
    .await?;
    // As the join read them: the task's code, its title and due date, else the requirement's.
    for n in &mut rows {
        let task = n.task_id.and_then(|id| tasks.get(&id));
        let requirement = n.requirement_id.and_then(|id| requirements.get(&id));
        n.task_code = task.and_then(|(_, code, _, _)| code.clone());
        n.task_title = task
            .map(|(_, _, title, _)| title.clone())
            .or_else(|| requirement.map(|(_, title, _)| title.clone()));
        n.task_due_on = task
            .and_then(|(_, _, _, due)| *due)
            .or_else(|| requirement.map(|(_, _, due)| *due));
    }
    Ok(rows)
}

/// How many of the user's notifications are unread (the bell's number).
pub async fn unread_count(tx: &mut Tx, user_id: i64) -> Result<i64, StoreError> {
    Ok(on_tx!(tx, c => sqlx::query_scalar(
        "SELECT COUNT(*) FROM notifications WHERE user_id = $1 AND read_at IS NULL")
        .bind(user_id).fetch_one(c).await?))
}

/// How many notifications the user has in all.
pub async fn count(tx: &mut Tx, user_id: i64) -> Result<i64, StoreError> {
    Ok(
        on_tx!(tx, c => sqlx::query_scalar("SELECT COUNT(*) FROM notifications WHERE user_id = $1")
        .bind(user_id).fetch_one(c).await?),
    )
}

/// Marks the user's notifications read: the one given, or all. Only the user's own rows are
/// touched. Returns how many changed.
pub async fn mark_read(tx: &mut Tx, user_id: i64, id: Option<i64>) -> Result<u64, StoreError> {
    let now = tx.now();
    Ok(match id {
        Some(id) => on_tx!(tx, c => sqlx::query(
            "UPDATE notifications SET read_at = $1 WHERE user_id = $2 AND id = $3 AND read_at IS NULL")
            .bind(now).bind(user_id).bind(id).execute(c).await?.rows_affected()),
        None => on_tx!(tx, c => sqlx::query(
            "UPDATE notifications SET read_at = $1 WHERE user_id = $2 AND read_at IS NULL")
            .bind(now).bind(user_id).execute(c).await?.rows_affected()),
    })
}

#[derive(FromRow)]
struct PrefsRow {
    mode: String,
    digest_hour: i32,
    email_on: bool,
    email: Option<String>,
}

/// The user's delivery preferences (the defaults until they set any).
pub async fn preferences(tx: &mut Tx, user_id: i64) -> Result<Preferences, StoreError> {
    let row: Option<PrefsRow> = on_tx!(tx, c => sqlx::query_as(
        "SELECT mode, digest_hour, email_on, email FROM notification_prefs WHERE user_id = $1")
        .bind(user_id).fetch_optional(c).await?);
    Ok(match row {
        None => Preferences::default(),
        Some(r) => Preferences {
            mode: DeliveryMode::parse(&r.mode).unwrap_or(DeliveryMode::Immediate),
            digest_hour: u8::try_from(r.digest_hour.clamp(0, 23)).unwrap_or(7),
            email_on: r.email_on,
            email: r.email,
        },
    })
}

/// Sets the user's preferences, recorded in the audit trail.
pub async fn set_preferences(tx: &mut Tx, user_id: i64, p: &Valid<Preferences>) -> Result<(), StoreError> {
    let before = preferences(tx, user_id).await?;
    let now = tx.now();
    on_tx!(tx, c => sqlx::query(
        "INSERT INTO notification_prefs (user_id, mode, digest_hour, email_on, email, updated_at) \
         VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT (user_id) DO UPDATE SET mode = excluded.mode, \
         digest_hour = excluded.digest_hour, email_on = excluded.email_on, email = excluded.email, \
         updated_at = excluded.updated_at")
        .bind(user_id).bind(p.mode.as_str()).bind(i32::from(p.digest_hour)).bind(p.email_on)
        .bind(p.email.as_deref()).bind(now).execute(c).await?.rows_affected());
    let after: &Preferences = p;
    audit::record(
        tx,
        Change::updated(
            audit::INSTALLATION,
            "notification_prefs",
            user_id,
            "update",
            &before,
            after,
        ),
    )
    .await
}
