//! Read-your-writes across processes. One process keeps its own latest commit
//! ([`super::Cluster::note_commit`]); behind a load balancer, a user's next request may reach
//! another process, which never saw that commit. So a request carries a *floor*: the WAL
//! position its reads must not fall behind (the web layer keeps it in a cookie). Inside
//! [`with_floor`], a read goes to a replica only once it has replayed the floor, and every
//! commit of the request raises the floor to the primary's position after it — which the web
//! layer hands back to the client for its next request, whichever process serves it.

use std::future::Future;
use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};

tokio::task_local! {
    static FLOOR: Arc<ReadFloor>;
}

/// The WAL position a request's reads must have (0: none asked).
#[derive(Debug, Default)]
pub struct ReadFloor(AtomicU64);

impl ReadFloor {
    pub fn at(lsn: u64) -> Arc<ReadFloor> {
        Arc::new(ReadFloor(AtomicU64::new(lsn)))
    }

    pub fn get(&self) -> u64 {
        self.0.load(Ordering::Acquire)
    }

    fn raise(&self, lsn: u64) {
        self.0.fetch_max(lsn, Ordering::AcqRel);
    }
}

/// Runs `f` (a request) with `floor`: its reads wait for the floor, its commits raise it.
pub async fn with_floor<F: Future>(floor: Arc<ReadFloor>, f: F) -> F::Output {
    FLOOR.scope(floor, f).await
}

/// The floor of the request being served, 0 outside one.
pub(super) fn current() -> u64 {
    FLOOR.try_with(|f| f.get()).unwrap_or(0)
}

/// A commit at `lsn` made by the request being served.
pub(super) fn raise(lsn: u64) {
    let _ = FLOOR.try_with(|f| f.raise(lsn));
}

/// A WAL position as PostgreSQL writes it (`16/B374D848`) for a cookie, and back.
pub fn format_lsn(lsn: u64) -> String {
    format!("{:X}/{:X}", lsn >> 32, lsn & 0xFFFF_FFFF)
}
