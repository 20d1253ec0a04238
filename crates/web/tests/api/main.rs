//! HTTP tests of the API: the real router on a random port, on SQLite and PostgreSQL.
// Tests fail loudly where they fail: unwrap, expect and panic are their assertions.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

#[macro_use]
mod common;

mod authz;
mod authz_lists;
mod authz_refs;
mod compliance;
mod conferences;
mod documents;
mod evaluation;
mod feedback_desks;
mod fuzz;
mod imports;
mod inspection_scene;
mod inspections;
mod inspections_bad_input;
mod invitees;
mod openapi;
mod operations;
mod plans;
mod rollup;
mod search;
mod tasks;
mod trust_login;
mod trust_refs;
mod trust_work;
mod units;
