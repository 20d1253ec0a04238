//! Storage tests: each runs on SQLite and on PostgreSQL (when `DONDOC_TEST_PG_URL` is set).
// Tests fail loudly where they fail: unwrap, expect and panic are their assertions.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

#[path = "../common/mod.rs"]
#[macro_use]
mod common;

mod accounts;
mod agreement;
mod atomic;
mod audit;
mod audit_chains;
mod audit_legacy;
mod backup;
mod compliance;
mod consistency;
mod document_citers;
mod documents;
mod files;
mod notify;
mod own_tenants;
mod people;
mod person_tenants;
mod rollup;
mod schema_twin;
mod search_common;
mod targets;
mod tasks;
mod tasks_by_status;
mod tenant_keys;
mod tenant_moves;
mod units;
mod work;
