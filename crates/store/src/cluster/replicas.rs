//! Read replicas: which one serves a read, and when none may.
//!
//! A read goes to the next replica in turn that is reachable, has replayed every commit this
//! process made (read-your-writes: [`super::Cluster::note_commit`] keeps the primary's WAL
//! position after each commit), and lags the primary by at most the configured bound. The
//! check is the read transaction's first statement, so the snapshot that follows is at least
//! as recent as what was checked (replay only moves forward). A replica that fails is set
//! aside for [`DOWN_FOR`]; when no replica qualifies, the read goes to the primary — a replica
//! being down or behind is never an error for the user.

use std::sync::atomic::{AtomicU64, Ordering};
use std::time::{Duration, Instant};

use sqlx::postgres::{PgConnectOptions, PgPoolOptions};
use sqlx::{PgPool, Postgres, Transaction};

/// How long a replica that failed is left alone before it is tried again.
pub const DOWN_FOR: Duration = Duration::from_secs(5);

/// The replica's position and lag, read at the start of the transaction. The lag is zero when
/// everything received is replayed, else the age of the last transaction replayed; no WAL
/// receiver (the stream from the primary is cut) counts as unbounded lag.
const STATE: &str = "SELECT pg_last_wal_replay_lsn()::text, \
    CASE WHEN NOT EXISTS (SELECT 1 FROM pg_stat_wal_receiver) THEN NULL \
         WHEN pg_last_wal_receive_lsn() = pg_last_wal_replay_lsn() THEN 0.0::float8 \
         ELSE COALESCE(EXTRACT(EPOCH FROM now() - pg_last_xact_replay_timestamp())::float8, 0.0) END";

#[derive(Debug)]
pub struct Replica {
    pub name: String,
    pub pool: PgPool,
    /// Milliseconds since `epoch` until which the replica is set aside.
    down_until: AtomicU64,
    epoch: Instant,
}

/// Why a replica did not take a read.
#[derive(Debug, PartialEq)]
pub enum Refusal {
    /// It is the primary now, or not replaying (promoted, or not a replica).
    NotReplica,
    /// It has not replayed this process's last commit yet.
    Behind,
    /// Its lag is over the bound, or it receives nothing from the primary.
    Lagging,
}

impl Replica {
    pub fn new(name: String, opts: PgConnectOptions) -> Replica {
        let pool = PgPoolOptions::new()
            .max_connections(16)
            .acquire_timeout(Duration::from_secs(2))
            .connect_lazy_with(opts);
        Replica {
            name,
            pool,
            down_until: AtomicU64::new(0),
            epoch: Instant::now(),
        }
    }

    fn now_ms(&self) -> u64 {
        u64::try_from(self.epoch.elapsed().as_millis()).unwrap_or(u64::MAX)
    }

    pub fn is_down(&self) -> bool {
        self.now_ms() < self.down_until.load(Ordering::Relaxed)
    }

    pub fn set_down(&self) {
        let until = self.now_ms() + u64::try_from(DOWN_FOR.as_millis()).unwrap_or(5000);
        self.down_until.store(until, Ordering::Relaxed);
    }

    /// A read transaction on this replica if it has replayed `need` and lags at most `max_lag`.
    pub async fn begin(
        &self,
        need: u64,
        max_lag: Duration,
    ) -> Result<Result<Transaction<'static, Postgres>, Refusal>, sqlx::Error> {
        let mut tx = self.pool.begin().await?;
        let (replayed, lag): (Option<String>, Option<f64>) = sqlx::query_as(STATE).fetch_one(&mut *tx).await?;
        let Some(replayed) = replayed.as_deref().and_then(parse_lsn) else {
            return Ok(Err(Refusal::NotReplica));
        };
        if replayed < need {
            return Ok(Err(Refusal::Behind));
        }
        match lag {
            Some(l) if l <= max_lag.as_secs_f64() => Ok(Ok(tx)),
            _ => Ok(Err(Refusal::Lagging)),
        }
    }
}

/// A WAL position as PostgreSQL writes it (`16/B374D848`) as a number.
pub fn parse_lsn(text: &str) -> Option<u64> {
    let (hi, lo) = text.split_once('/')?;
    let half = |h: &str| u32::from_str_radix(h, 16).ok().filter(|_| !h.starts_with('+'));
    Some((u64::from(half(hi)?) << 32) | u64::from(half(lo)?))
}

#[cfg(test)]
mod tests {
    use super::parse_lsn;

    #[test]
    fn wal_positions_compare_as_numbers() {
        assert_eq!(parse_lsn("0/0"), Some(0));
        assert_eq!(parse_lsn("16/B374D848"), Some((0x16 << 32) | 0xB374D848));
        assert!(parse_lsn("1/FFFFFFFF") < parse_lsn("2/0"));
        assert_eq!(parse_lsn("garbage"), None);
        assert_eq!(parse_lsn("1/xyz"), None);
        assert_eq!(parse_lsn("1/123456789"), None, "each half is 32 bits");
        assert_eq!(parse_lsn("+1/0"), None);
        let p = (0x16 << 32) | 0xB374D848;
        assert_eq!(parse_lsn(&super::super::floor::format_lsn(p)), Some(p));
    }
}
