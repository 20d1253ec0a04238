//! The daily reminder run (đôn đốc tự động): for each open task with a due date the rules
//! reach today, the reminders `domain::reminder` says are due go to the lead side, the unit's
//! head or the assigning office; then one message per person who wants mail at once is queued,
//! listing everything not yet mailed to them, most urgent first.
//!
//! It reads only the tasks due on the days some rule reaches (a handful of index range reads),
//! keeps one day's tasks in memory at a time, and writes each day's notifications in one
//! transaction. Every write is idempotent (one notification per recipient, kind, task and day;
//! one message per person and day), so a run that stops half-way is finished by running again.

use std::collections::{BTreeSet, HashMap};

use chrono::{DateTime, Duration, NaiveDate, Utc};
use domain::reminder::{Reminder, ReminderRules};
use domain::status::Phase;
use store::notify::{Audience, Event};
use store::reminders::DueTask;
use store::{Db, Tx};

use crate::Result;

/// What a run did.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct RunStats {
    pub day: Option<NaiveDate>,
    /// Open tasks looked at (due on a day some rule reaches).
    pub tasks: i64,
    /// Notifications written (not counting those already there).
    pub notifications: i64,
    /// Messages queued (one per person who wants mail at once).
    pub mails: i64,
}

/// Mail carries what was notified within this long before it is queued.
const MAIL_WINDOW_HOURS: i64 = 36;

fn audience(r: Reminder) -> Audience {
    match r {
        Reminder::Before(_) | Reminder::OnDay | Reminder::After(_) => Audience::LeadSide,
        Reminder::EscalateHead(_) => Audience::LeadHead,
        Reminder::EscalateOffice(_) => Audience::Office,
    }
}

fn days_of(r: Reminder) -> u32 {
    match r {
        Reminder::Before(n) | Reminder::After(n) | Reminder::EscalateHead(n) | Reminder::EscalateOffice(n) => n,
        Reminder::OnDay => 0,
    }
}

/// The due dates some rule reaches from `today`.
fn due_dates(rules: &[&ReminderRules], today: NaiveDate) -> BTreeSet<NaiveDate> {
    let mut out = BTreeSet::new();
    for r in rules {
        for d in &r.before_days {
            out.insert(today + Duration::days(i64::from(*d)));
        }
        if r.on_day {
            out.insert(today);
        }
        for d in r
            .after_days
            .iter()
            .chain(r.escalate_head_after.iter())
            .chain(r.escalate_office_after.iter())
        {
            out.insert(today - Duration::days(i64::from(*d)));
        }
    }
    out
}

/// The rules in force for each assigning unit, resolved once per unit.
struct RuleBook {
    own: HashMap<i64, ReminderRules>,
    resolved: HashMap<i64, ReminderRules>,
    default: ReminderRules,
}

impl RuleBook {
    async fn resolve(&mut self, tx: &mut Tx, units: impl Iterator<Item = i64>) -> Result<()> {
        let missing: Vec<i64> = units
            .filter(|u| !self.resolved.contains_key(u))
            .collect::<BTreeSet<_>>()
            .into_iter()
            .collect();
        if missing.is_empty() {
            return Ok(());
        }
        let chains = store::reminders::ancestry(tx, &missing).await?;
        for u in missing {
            let rules = chains
                .get(&u)
                .and_then(|chain| chain.iter().find_map(|a| self.own.get(a)))
                .unwrap_or(&self.default)
                .clone();
            self.resolved.insert(u, rules);
        }
        Ok(())
    }

    fn of(&self, unit: i64) -> &ReminderRules {
        self.resolved.get(&unit).unwrap_or(&self.default)
    }
}

/// Runs the reminders of `today`. `now` stamps what is written (the real time).
pub async fn run(db: &Db, today: NaiveDate) -> Result<RunStats> {
    run_at(db, today, Utc::now()).await
}

pub async fn run_at(db: &Db, today: NaiveDate, now: DateTime<Utc>) -> Result<RunStats> {
    let mut stats = RunStats {
        day: Some(today),
        ..Default::default()
    };
    let run_id = {
        let mut tx = db.write().await?;
        tx.at = Some(now);
        let id = store::reminders::start_run(&mut tx, today).await?;
        tx.commit().await?;
        id
    };
    let mut book = {
        let mut tx = db.read().await?;
        RuleBook {
            own: store::reminders::all_rules(&mut tx).await?,
            resolved: HashMap::new(),
            default: ReminderRules::default(),
        }
    };
    let dates = {
        let mut all: Vec<&ReminderRules> = book.own.values().collect();
        all.push(&book.default);
        due_dates(&all, today)
    };
    for due in dates {
        let tasks: Vec<DueTask> = {
            let mut tx = db.read().await?;
            let tasks = store::reminders::due_on(&mut tx, due).await?;
            book.resolve(&mut tx, tasks.iter().map(|t| t.assigner_unit_id)).await?;
            tasks
        };
        stats.tasks += tasks.len() as i64;
        // (reminder, audience) → tasks.
        let mut groups: HashMap<Reminder, Vec<i64>> = HashMap::new();
        for t in &tasks {
            let phase = Phase::from_code(t.phase).unwrap_or(Phase::Cancelled);
            for r in book.of(t.assigner_unit_id).due(phase, Some(t.due_on), today) {
                groups.entry(r).or_default().push(t.id);
            }
        }
        if groups.is_empty() {
            continue;
        }
        let mut tx = db.write().await?;
        tx.at = Some(now);
        for (r, ids) in &groups {
            let detail = days_of(*r).to_string();
            let ev = Event {
                kind: r.kind(),
                audience: audience(*r),
                task_ids: ids,
                known: &[],
                detail: &detail,
                day: today,
                actor: None,
                mail_each: false,
            };
            stats.notifications += store::notify::fan_out(&mut tx, &ev).await?.len() as i64;
        }
        tx.commit().await?;
    }
    let mut tx = db.write().await?;
    tx.at = Some(now);
    // Compliance requirements that fell due yesterday: the units not done are told.
    stats.notifications += crate::compliance_read::remind_due(&mut tx, today).await?;
    let since = now - Duration::hours(MAIL_WINDOW_HOURS);
    stats.mails = store::outbox::queue_grouped(&mut tx, false, today, 0, since).await? as i64;
    store::reminders::finish_run(&mut tx, run_id, stats.tasks, stats.notifications, stats.mails).await?;
    tx.commit().await?;
    Ok(stats)
}

/// Queues the daily digests whose hour (Vietnam time) has come, for `today`.
pub async fn queue_digests(db: &Db, today: NaiveDate, hour: u8) -> Result<u64> {
    let mut tx = db.write().await?;
    let since = tx.now() - Duration::hours(MAIL_WINDOW_HOURS);
    let n = store::outbox::queue_grouped(&mut tx, true, today, hour, since).await?;
    tx.commit().await?;
    Ok(n)
}

/// Whether today's run has been done.
pub async fn ran_today(db: &Db, today: NaiveDate) -> Result<bool> {
    let mut tx = db.read().await?;
    Ok(store::reminders::ran_on(&mut tx, today).await?)
}
