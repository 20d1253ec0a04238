//! Migration 0020 keeps the audit chain written before it: on a database migrated to 0019, a
//! chain is written as the code of that time wrote it (one head row, hash format 1, hashed
//! here from its specification in docs/security.md); after 0020 it is the chain of tenant 0,
//! still verifies, goes on with new entries, and an edit of an old entry is still caught.

use chrono::{DateTime, Utc};
use fixtures::testing::TestDb;
use serde_json::json;
use sha2::{Digest, Sha256};
use store::audit::{self, Change, ProblemKind};
use store::{Backend, Db};

use crate::audit::{problem, tamper};

/// SHA-256 of the format-1 encoding: tag `dondoc-audit-v1`, then each field as a presence
/// byte, an 8-byte big-endian length and its UTF-8 bytes.
fn v1_hash(fields: &[Option<&str>]) -> String {
    let mut h = Sha256::new();
    h.update(b"dondoc-audit-v1");
    for f in fields {
        match f {
            None => h.update([0u8]),
            Some(s) => {
                h.update([1u8]);
                h.update((s.len() as u64).to_be_bytes());
                h.update(s.as_bytes());
            }
        }
    }
    h.finalize().iter().map(|b| format!("{b:02x}")).collect()
}

/// Writes `n` entries the pre-0020 way (12 columns, head row `id = 1`); returns the last hash.
async fn write_old_chain(db: &Db, n: i64) -> String {
    let at: DateTime<Utc> = "2025-06-01T07:30:00.250000Z".parse().expect("date");
    let at_text = "2025-06-01T07:30:00.250000Z";
    let mut prev = "0".repeat(64);
    let mut tx = db.write().await.expect("write");
    for seq in 1..=n {
        let after = format!("{{\"id\":{seq},\"name\":\"Đơn vị {seq}\"}}");
        let (seq_s, id_s) = (seq.to_string(), (100 + seq).to_string());
        let hash = v1_hash(&[
            Some(&seq_s),
            Some(at_text),
            None,
            Some("system"),
            None,
            Some("unit"),
            Some(&id_s),
            Some("create"),
            None,
            Some(&after),
            Some(&prev),
        ]);
        store::on_tx!(tx, c => sqlx::query(
            "INSERT INTO audit_log (seq, at, user_id, actor, address, entity, entity_id, action, before, after, prev_hash, hash)
             VALUES ($1, $2, NULL, 'system', NULL, 'unit', $3, 'create', NULL, $4, $5, $6)")
            .bind(seq).bind(at).bind(100 + seq).bind(&after).bind(&prev).bind(&hash).execute(c).await.expect("insert").rows_affected());
        prev = hash;
    }
    store::on_tx!(tx, c => sqlx::query("UPDATE audit_head SET seq = $1, hash = $2 WHERE id = 1")
        .bind(n).bind(&prev).execute(c).await.expect("head").rows_affected());
    tx.commit().await.expect("commit");
    prev
}

async fn the_old_chain_becomes_tenant_zeros(t: TestDb) {
    let db = &t.db;
    match db {
        Db::Sqlite { write, .. } => sqlx::migrate!("./migrations/sqlite").run_to(19, write).await,
        Db::Postgres { pool: p, .. } => sqlx::migrate!("./migrations/postgres").run_to(19, p).await,
    }
    .expect("migrate to 0019");
    let last = write_old_chain(db, 5).await;
    db.migrate().await.expect("migrate to 0020 and beyond");

    let report = audit::verify(db).await.expect("verify");
    assert!(report.ok(), "{report:?}");
    // `migrate` then installs the shipped rule sets: installation entries of chain 0.
    let zero = report.chain(audit::INSTALLATION).expect("chain 0").clone();
    assert!(zero.entries >= 5 && zero.entries as i64 == zero.last_seq, "{zero:?}");
    let mut tx = db.read().await.expect("read");
    let fifth: String = store::on_tx!(tx, c => sqlx::query_scalar(
        "SELECT hash FROM audit_log WHERE tenant_id = 0 AND seq = 5").fetch_one(c).await.expect("entry 5"));
    assert_eq!(fifth, last);
    let h = audit::history(&mut tx, "unit", 103).await.expect("history");
    assert_eq!(h.iter().map(|e| (e.tenant_id, e.seq)).collect::<Vec<_>>(), [(0, 3)]);
    drop(tx);

    // The chain goes on in the new format; a province starts its own.
    let mut tx = db.write().await.expect("write");
    let note = |t: i64| Change::new(t, "user", 1, "lang", None, Some(json!("vi")));
    audit::record_many(&mut tx, vec![note(audit::INSTALLATION), note(42)])
        .await
        .expect("append");
    tx.commit().await.expect("commit");
    let report = audit::verify(db).await.expect("verify");
    assert!(report.ok(), "{report:?}");
    assert_eq!(
        report.chain(audit::INSTALLATION).map(|c| c.last_seq),
        Some(zero.last_seq + 1)
    );
    assert_eq!(report.chain(42).map(|c| c.last_seq), Some(1));

    // An old entry edited is still caught, in chain 0.
    tamper(
        db,
        "UPDATE audit_log SET actor = 'admin' WHERE tenant_id = 0 AND seq = 2",
    )
    .await
    .expect("tamper");
    assert_eq!(problem(db).await.expect("verify"), Some((0, 2, ProblemKind::Edited)));
    t.finish().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_old_chain_becomes_tenant_zeros_on_sqlite() {
    let t = TestDb::sqlite_unmigrated().await;
    assert_eq!(t.db.backend(), Backend::Sqlite);
    the_old_chain_becomes_tenant_zeros(t).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_old_chain_becomes_tenant_zeros_on_postgres() {
    let Some(t) = TestDb::postgres_unmigrated().await else {
        eprintln!("DONDOC_TEST_PG_URL unset: PostgreSQL part skipped");
        return;
    };
    the_old_chain_becomes_tenant_zeros(t).await;
}

/// Migration 0024 finds the moves to another province already in the audit trail (a move is
/// recorded in the chain of the tenant arrived in) and lists them, so that a moved record's
/// history still reads the chain it left; other unit entries (an edit, the same move seen from
/// the chain left) are not moves in.
async fn earlier_moves_are_listed(t: TestDb) {
    let db = &t.db;
    match db {
        Db::Sqlite { write, .. } => sqlx::migrate!("./migrations/sqlite").run_to(23, write).await,
        Db::Postgres { pool: p, .. } => sqlx::migrate!("./migrations/postgres").run_to(23, p).await,
    }
    .expect("migrate to 0023");
    let (before, after) = (json!({"id": 7, "tenant_id": 1}), json!({"id": 7, "tenant_id": 5}));
    let mut tx = db.write().await.expect("write");
    audit::record_many(
        &mut tx,
        vec![
            Change::new(1, "unit", 7, "update", Some(before.clone()), Some(before.clone())),
            Change::new(1, "unit", 7, "move", Some(before.clone()), Some(after.clone())),
            Change::new(5, "unit", 7, "move", Some(before), Some(after)),
        ],
    )
    .await
    .expect("append");
    tx.commit().await.expect("commit");
    db.migrate().await.expect("migrate to 0024 and beyond");
    let mut tx = db.read().await.expect("read");
    let moves: Vec<(i64, i64, i64)> = store::on_tx!(tx, c => sqlx::query_as(
        "SELECT unit_id, from_tenant, to_tenant FROM tenant_moves").fetch_all(c).await.expect("moves"));
    assert_eq!(moves, [(7, 1, 5)]);
    assert_eq!(
        store::tenant_move::chains_for(&mut tx, 5).await.expect("chains"),
        [audit::INSTALLATION, 5, 1]
    );
    let h = audit::history_in(&mut tx, 5, "unit", 7).await.expect("history");
    assert_eq!(h.iter().map(|e| e.tenant_id).collect::<Vec<_>>(), [1, 1, 5]);
    drop(tx);
    t.finish().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn earlier_moves_are_listed_on_sqlite() {
    earlier_moves_are_listed(TestDb::sqlite_unmigrated().await).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn earlier_moves_are_listed_on_postgres() {
    let Some(t) = TestDb::postgres_unmigrated().await else {
        eprintln!("DONDOC_TEST_PG_URL unset: PostgreSQL part skipped");
        return;
    };
    earlier_moves_are_listed(t).await;
}
