//! dondoc storage: one code path over SQLite (the embedded default) and PostgreSQL.
//!
//! Repositories are plain async functions taking a [`db::Tx`]: a request opens one
//! transaction, calls what it needs, and commits — all or nothing.

pub mod access;
pub mod accounts;
pub mod audit;
pub mod backup;
pub mod blobs;
pub mod citers;
pub mod cluster;
pub mod compliance;
pub mod compliance_lists;
pub mod conference_batch;
pub mod conference_invitees;
pub mod conferences;
pub mod db;
pub mod distribution;
pub mod documents;
pub mod error;
pub mod evaluation;
pub mod exports;
pub mod files;
pub mod import_codes;
pub mod inbox;
pub mod inspection_lists;
pub mod inspections;
pub mod listing;
pub mod logins;
pub mod model;
pub mod notify;
mod notify_audience;
pub mod outbox;
mod own_tenants;
pub mod people;
pub mod publications;
pub mod ranking;
pub mod reminders;
pub mod reports;
pub mod rollup;
pub mod search;
mod seen;
pub mod sql;
pub mod targets;
pub mod tasks;
pub mod tenant_move;
pub mod units;
pub mod version;
pub mod work;

pub use db::{Actor, Backend, Db, Tx};
pub use error::StoreError;
