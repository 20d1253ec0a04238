//! dondoc's use-case layer: one road for every change.
//!
//! Each operation is a function taking the [`App`], the acting [`Caller`] and a typed input, and
//! returning a typed result or an [`Error`]. It owns the transaction, checks the caller's right
//! on the record and on every record the input names ([`authz`]), validates, calls the store
//! (which appends the audit entry in the same transaction) and commits — all or nothing. The
//! JSON API and the pages are thin adapters over these functions (parse → call → render); the
//! CLI, the demo loader and background workers call the same functions.
//!
//! Reads go through a [`read::Reader`]: a snapshot transaction whose every method narrows to
//! what the caller may see.

pub mod accounts;
pub mod authz;
pub mod compliance;
pub mod compliance_read;
pub mod conference_invitees;
pub mod conferences;
pub mod conferences_read;
pub mod documents;
pub mod error;
pub mod evaluation;
pub mod evaluation_admin;
pub mod evaluation_read;
pub mod exports;
pub mod feedback;
pub mod files;
pub mod inbox;
pub mod inspections;
pub mod inspections_choices;
pub mod inspections_read;
pub mod notices;
pub mod org;
pub mod plans;
pub mod publications;
pub mod ranking;
pub mod read;
mod recent_tenants;
pub mod reminders;
pub mod reports;
pub mod sheets;
pub mod targets;
pub mod tasks;
pub mod throttle;
pub mod work;

use std::sync::Arc;

use chrono::{NaiveDate, Utc};
use domain::access::Principal;
use domain::status::Clock;
use store::{Actor, Db, Tx};

pub use error::{Error, Result};

/// How "today" is decided: the real date in Vietnam (UTC+7), or a fixed date (demo data sets and
/// tests show their statuses as of their own day).
#[derive(Debug, Clone, Copy)]
pub struct ClockConfig {
    pub fixed_today: Option<NaiveDate>,
    pub due_soon_days: u32,
}

impl ClockConfig {
    pub fn clock(&self) -> Clock {
        // Vietnam keeps UTC+7 all year.
        let today = self
            .fixed_today
            .unwrap_or_else(|| (Utc::now() + chrono::Duration::hours(7)).date_naive());
        Clock::new(today, self.due_soon_days)
    }
}

/// The installation's settings the operations read.
#[derive(Debug, Clone)]
pub struct Settings {
    /// The red/amber/green thresholds.
    pub rag: domain::rag::Thresholds,
    /// How many days back a lead unit may date a completion on its own
    /// (`domain::task::workflow::check_completion_date`).
    pub completion_backdate_days: u32,
    /// Login throttling.
    pub logins: throttle::Limits,
    /// Where attached files are kept, and the size limit of one.
    pub files: files::FileSettings,
}

impl Default for Settings {
    fn default() -> Self {
        Settings {
            rag: domain::rag::Thresholds::default(),
            completion_backdate_days: 7,
            logins: throttle::Limits::default(),
            files: files::FileSettings::default(),
        }
    }
}

/// What every operation can reach.
#[derive(Clone)]
pub struct App {
    pub db: Db,
    pub clock: ClockConfig,
    pub settings: Arc<Settings>,
    /// Caps concurrent password verifications (each holds ~19 MB of Argon2 memory).
    pub verifications: Arc<tokio::sync::Semaphore>,
    /// How many passwords this process has verified with Argon2 (sign-ins and password
    /// changes): what the throttle must bound, observable by tests and operators.
    pub passwords_verified: Arc<std::sync::atomic::AtomicU64>,
    /// Where callers with no tenants of their own last found a record (look there first).
    pub(crate) recent_tenants: Arc<recent_tenants::RecentTenants>,
}

impl App {
    pub fn new(db: Db, clock: ClockConfig, settings: Settings) -> App {
        let permits = settings.logins.concurrent_verifications.max(1);
        App {
            db,
            clock,
            settings: Arc::new(settings),
            verifications: Arc::new(tokio::sync::Semaphore::new(permits)),
            passwords_verified: Arc::new(std::sync::atomic::AtomicU64::new(0)),
            recent_tenants: Arc::default(),
        }
    }

    /// What operations need beside the caller: today's clock and the settings.
    pub fn ctx(&self) -> Ctx<'_> {
        Ctx {
            clock: self.clock.clock(),
            settings: &self.settings,
        }
    }

    /// A write transaction on behalf of `caller`.
    pub(crate) async fn write(&self, caller: &Caller) -> Result<Tx> {
        let mut tx = self.db.write_as(caller.actor.clone()).await?;
        self.look_first(&mut tx, caller);
        Ok(tx)
    }

    /// A snapshot for reading on behalf of `caller`.
    pub async fn read<'a>(&'a self, caller: &'a Caller) -> Result<read::Reader<'a>> {
        Ok(read::Reader::new(self, caller, self.read_tx(caller).await?))
    }

    /// A bare read transaction on behalf of `caller`: records named by id are looked for in the
    /// caller's own tenants first (one shard each on Citus).
    pub(crate) async fn read_tx(&self, caller: &Caller) -> Result<Tx> {
        let mut tx = self.db.read().await?;
        self.look_first(&mut tx, caller);
        Ok(tx)
    }

    /// Where `tx` looks first for records named by id: the caller's tenants, or for a caller with
    /// none the tenant where it last found one (`recent_tenants`).
    fn look_first(&self, tx: &mut Tx, caller: &Caller) {
        let tenants = caller.principal.tenants();
        let own = tenants.is_some();
        tx.look_first_in(tenants);
        if !own && let Some(t) = self.recent_tenants.get(caller.principal.user_id) {
            tx.found_in(t);
        }
    }
}

/// What an operation running inside a caller's transaction needs: "today" (the demo loader
/// replays history with today set to each event's date) and the settings.
#[derive(Debug, Clone, Copy)]
pub struct Ctx<'a> {
    pub clock: Clock,
    pub settings: &'a Settings,
}

/// Who is acting: the signed-in principal with their rights, and the actor recorded in the audit
/// trail (account, login, address).
#[derive(Debug, Clone)]
pub struct Caller {
    pub principal: Principal,
    pub actor: Actor,
}

impl Caller {
    /// The installation itself (the CLI, the demo loader, jobs): every right, recorded as
    /// `system`.
    pub fn system() -> Caller {
        Caller {
            principal: Principal {
                user_id: 0,
                login: "system".into(),
                person_id: None,
                bindings: vec![domain::access::Binding {
                    role: domain::access::Role::Admin,
                    unit_path: None,
                }],
            },
            actor: Actor::system(),
        }
    }

    /// The account id, when a real account acts.
    pub fn user_id(&self) -> Option<i64> {
        self.actor.user_id
    }
}
