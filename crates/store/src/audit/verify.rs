//! Verification of the audit trail's hash chains: every tenant's chain on its own, several at
//! a time.

use std::sync::Arc;

use serde::Serialize;
use sqlx::Row;
use tokio::sync::Mutex;
use tokio::task::JoinSet;

use super::{COLS, GENESIS, Stored, entry_hash};
use crate::db::{Backend, Db};
use crate::{StoreError, on_tx};

/// Entries read per query by [`verify_chain`].
const PAGE: i64 = 2000;

/// Chains [`verify`] reads at the same time (each holds one database connection).
pub const PARALLEL_CHAINS: usize = 4;

/// What is wrong at the first bad entry.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum ProblemKind {
    /// The entry's content no longer matches its hash.
    Edited,
    /// The entry's content matches its hash, but `prev_hash` is not the previous entry's hash.
    BrokenLink,
    /// An entry is missing (a gap in the sequence, or entries removed from the end).
    Missing,
    /// The entry was written with another sequence number: entries were moved.
    Reordered,
    /// `audit_head` does not name the last entry (or the chain has no head row).
    HeadMismatch,
}

impl ProblemKind {
    /// A short Vietnamese description, for the command line.
    pub fn label_vi(self) -> &'static str {
        match self {
            ProblemKind::Edited => "nội dung đã bị sửa",
            ProblemKind::BrokenLink => "liên kết với bản ghi trước bị đứt",
            ProblemKind::Missing => "thiếu bản ghi",
            ProblemKind::Reordered => "bản ghi bị đổi thứ tự",
            ProblemKind::HeadMismatch => "đầu chuỗi không khớp bản ghi cuối",
        }
    }
}

/// The first bad entry of a chain and why.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Problem {
    /// The chain (tenant) the entry belongs to.
    pub tenant_id: i64,
    pub seq: i64,
    pub kind: ProblemKind,
    pub detail: String,
}

/// The result of [`verify_chain`]: one tenant's chain.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct VerifyReport {
    /// The chain's tenant ([`super::INSTALLATION`] for installation-wide events).
    pub tenant_id: i64,
    /// Entries read and checked.
    pub entries: u64,
    /// The last sequence number read (0 for an empty log).
    pub last_seq: i64,
    /// The hash of the last entry read (the genesis hash for an empty log).
    pub last_hash: String,
    /// The first problem found; none when the chain holds.
    pub problem: Option<Problem>,
}

impl VerifyReport {
    pub fn ok(&self) -> bool {
        self.problem.is_none()
    }
}

/// The result of [`verify`]: every chain, in tenant order.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct AuditReport {
    pub chains: Vec<VerifyReport>,
}

impl AuditReport {
    /// True when every chain holds.
    pub fn ok(&self) -> bool {
        self.chains.iter().all(VerifyReport::ok)
    }

    /// Entries checked in all chains.
    pub fn entries(&self) -> u64 {
        self.chains.iter().map(|c| c.entries).sum()
    }

    /// The chain of `tenant`, if it has one.
    pub fn chain(&self, tenant: i64) -> Option<&VerifyReport> {
        self.chains.iter().find(|c| c.tenant_id == tenant)
    }

    /// The first problem of every broken chain, in tenant order.
    pub fn problems(&self) -> impl Iterator<Item = &Problem> {
        self.chains.iter().filter_map(|c| c.problem.as_ref())
    }
}

/// Checks one entry against the previous one; `Some` is the problem.
fn check_entry(e: &Stored, prev_seq: i64, prev_hash: &str) -> Option<Problem> {
    let expected = prev_seq + 1;
    if e.seq != expected {
        return Some(Problem {
            tenant_id: e.tenant_id,
            seq: expected,
            kind: ProblemKind::Missing,
            detail: format!("entries {expected}..{} are missing", e.seq - 1),
        });
    }
    if entry_hash(e, e.seq) != e.hash {
        // Written under another number? Then entries were moved, not edited.
        let window = (e.seq - 1000).max(1)..=e.seq + 1000;
        if let Some(orig) = window.into_iter().find(|s| *s != e.seq && entry_hash(e, *s) == e.hash) {
            return Some(Problem {
                tenant_id: e.tenant_id,
                seq: e.seq,
                kind: ProblemKind::Reordered,
                detail: format!("entry {} holds the entry written as {orig}", e.seq),
            });
        }
        return Some(Problem {
            tenant_id: e.tenant_id,
            seq: e.seq,
            kind: ProblemKind::Edited,
            detail: format!(
                "entry {} ({} {} {}) does not match its hash",
                e.seq, e.action, e.entity, e.entity_id
            ),
        });
    }
    if e.prev_hash != prev_hash {
        return Some(Problem {
            tenant_id: e.tenant_id,
            seq: e.seq,
            kind: ProblemKind::BrokenLink,
            detail: format!("entry {} does not follow entry {prev_seq}", e.seq),
        });
    }
    None
}

/// Verifies every chain: each tenant that has a head row or entries, [`PARALLEL_CHAINS`] chains
/// at a time, each in its own snapshot (chains are independent: no entry links two of them).
pub async fn verify(db: &Db) -> Result<AuditReport, StoreError> {
    let tenants: Vec<i64> = {
        let mut tx = db.read().await?;
        on_tx!(tx, c => sqlx::query_scalar(
            "SELECT tenant_id FROM audit_head UNION SELECT DISTINCT tenant_id FROM audit_log ORDER BY 1")
            .fetch_all(c).await?)
    };
    // A few workers take the next chain from a shared queue until it is empty.
    let queue = Arc::new(Mutex::new(tenants.into_iter()));
    let mut running = JoinSet::new();
    for _ in 0..PARALLEL_CHAINS {
        let (db, queue) = (db.clone(), queue.clone());
        running.spawn(async move {
            let mut done = Vec::new();
            loop {
                let next = queue.lock().await.next();
                let Some(tenant) = next else { break };
                done.push(verify_chain(&db, tenant).await?);
            }
            Ok::<_, StoreError>(done)
        });
    }
    let mut chains = Vec::new();
    while let Some(worker) = running.join_next().await {
        match worker {
            Ok(done) => chains.extend(done?),
            // A chain's check panicked: not a verdict on the chain, so let it surface.
            Err(e) => std::panic::resume_unwind(e.into_panic()),
        }
    }
    chains.sort_by_key(|c| c.tenant_id);
    Ok(AuditReport { chains })
}

/// Recomputes the chain of `tenant` in sequence order, a page at a time, in one snapshot, and
/// reports its first bad entry.
pub async fn verify_chain(db: &Db, tenant: i64) -> Result<VerifyReport, StoreError> {
    let mut tx = db.read().await?;
    if tx.backend() == Backend::Postgres {
        // One snapshot for every page (SQLite read transactions are snapshots already).
        on_tx!(tx, c => sqlx::query("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ").execute(c).await?.rows_affected());
    }
    let head: Option<(i64, String)> = on_tx!(tx, c => sqlx::query_as(
        "SELECT seq, hash FROM audit_head WHERE tenant_id = $1").bind(tenant).fetch_optional(c).await?);
    let mut report = VerifyReport {
        tenant_id: tenant,
        entries: 0,
        last_seq: 0,
        last_hash: GENESIS.to_string(),
        problem: None,
    };
    let sql = format!("SELECT {COLS} FROM audit_log WHERE tenant_id = $1 AND seq > $2 ORDER BY seq LIMIT {PAGE}");
    loop {
        let rows = on_tx!(tx, c => {
            let rows = sqlx::query(sqlx::AssertSqlSafe(sql.as_str())).bind(tenant).bind(report.last_seq).fetch_all(c).await?;
            decode_rows!(rows)
        });
        let n = rows.len();
        for r in rows {
            let problem = match r {
                Err((seq, why)) => Some(Problem {
                    tenant_id: tenant,
                    seq,
                    kind: ProblemKind::Edited,
                    detail: format!("entry {seq} is unreadable: {why}"),
                }),
                Ok(e) => check_entry(&e, report.last_seq, &report.last_hash).or_else(|| {
                    report.entries += 1;
                    report.last_seq = e.seq;
                    report.last_hash = e.hash;
                    None
                }),
            };
            if problem.is_some() {
                report.problem = problem;
                return Ok(report);
            }
        }
        if (n as i64) < PAGE {
            break;
        }
    }
    let (head_seq, head_hash) = match head {
        Some(h) => h,
        None => {
            report.problem = Some(Problem {
                tenant_id: tenant,
                seq: report.last_seq,
                kind: ProblemKind::HeadMismatch,
                detail: format!("the chain has no head; its log ends at entry {}", report.last_seq),
            });
            return Ok(report);
        }
    };
    if head_seq > report.last_seq {
        report.problem = Some(Problem {
            tenant_id: tenant,
            seq: report.last_seq + 1,
            kind: ProblemKind::Missing,
            detail: format!("entries {}..{head_seq} are missing from the end", report.last_seq + 1),
        });
    } else if head_seq != report.last_seq || head_hash != report.last_hash {
        report.problem = Some(Problem {
            tenant_id: tenant,
            seq: report.last_seq,
            kind: ProblemKind::HeadMismatch,
            detail: format!(
                "the head names entry {head_seq}, the log ends at entry {}",
                report.last_seq
            ),
        });
    }
    Ok(report)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::audit::tests::entry;

    #[test]
    fn checks_name_the_first_problem() {
        let mut e = entry();
        e.hash = entry_hash(&e, 1);
        assert_eq!(check_entry(&e, 0, GENESIS), None);
        assert_eq!(check_entry(&e, 0, "x").map(|p| p.kind), Some(ProblemKind::BrokenLink));
        let mut moved = e.clone();
        moved.seq = 3;
        assert_eq!(
            check_entry(&moved, 2, GENESIS).map(|p| p.kind),
            Some(ProblemKind::Reordered)
        );
        let mut edited = e.clone();
        edited.actor = "admin".into();
        assert_eq!(
            check_entry(&edited, 0, GENESIS).map(|p| p.kind),
            Some(ProblemKind::Edited)
        );
        let mut later = e.clone();
        later.seq = 3;
        assert_eq!(
            check_entry(&later, 0, GENESIS).map(|p| (p.kind, p.seq)),
            Some((ProblemKind::Missing, 1))
        );
    }
}
