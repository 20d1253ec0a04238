//! HTTP tests of the API: the real router on a random port, on SQLite and PostgreSQL.
// Tests fail loudly where they fail: unwrap, expect and panic are their assertions.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

#[macro_use]
mod common;

mod authz;
mod documents;
mod fuzz;
mod openapi;
mod plans;
mod rollup;
mod search;
mod tasks;
mod units;
