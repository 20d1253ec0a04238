//! dondoc storage: one code path over SQLite (the embedded default) and PostgreSQL.
//!
//! Repositories are plain async functions taking a [`db::Tx`]: a request opens one
//! transaction, calls what it needs, and commits — all or nothing.

pub mod db;
pub mod documents;
pub mod synth;
pub mod error;
pub mod model;
pub mod people;
pub mod rollup;
pub mod seed;
pub mod sql;
pub mod targets;
pub mod tasks;
pub mod testing;
pub mod units;
pub mod version;
pub mod work;

pub use db::{Actor, Backend, Db, Tx};
pub use error::StoreError;
