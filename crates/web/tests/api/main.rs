//! HTTP tests of the API: the real router on a random port, on SQLite and PostgreSQL.

#[macro_use]
mod common;

mod authz;
mod documents;
mod evaluation;
mod fuzz;
mod openapi;
mod plans;
mod rollup;
mod search;
mod tasks;
mod units;
