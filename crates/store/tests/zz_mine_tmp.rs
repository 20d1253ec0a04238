#[path = "common/mod.rs"]
#[macro_use]
mod common;
#[path = "storage/audit.rs"]
mod audit;
#[path = "storage/backup.rs"]
mod backup;
