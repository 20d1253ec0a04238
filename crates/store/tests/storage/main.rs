//! Storage tests: each runs on SQLite and on PostgreSQL (when `DONDOC_TEST_PG_URL` is set).

#[path = "../common/mod.rs"]
#[macro_use]
mod common;

mod accounts;
mod agreement;
mod atomic;
mod audit;
mod backup;
mod compliance;
mod consistency;
mod documents;
mod notify;
mod files;
mod people;
mod rollup;
mod targets;
mod tasks;
mod units;
mod work;
