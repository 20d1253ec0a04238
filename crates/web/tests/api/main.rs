//! HTTP tests of the API: the real router on a random port, on SQLite and PostgreSQL.

#[macro_use]
mod common;

mod documents;
mod openapi;
mod rollup;
mod tasks;
mod units;
