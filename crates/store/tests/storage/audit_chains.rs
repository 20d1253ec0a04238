//! One audit chain per tenant: each province's records go to its own chain (installation-wide
//! events to chain 0), the chains are verified on their own, a tampered entry is reported for
//! its tenant only, a batch claims each tenant's head once, and appenders of two tenants never
//! wait for each other.

use domain::unit::{UnitInput, UnitKind};
use serde_json::json;
use store::audit::{self, Change, ProblemKind};
use store::{Backend, Db, StoreError, on_tx, units};

use crate::audit::{problem, tamper};
use crate::common::*;

/// A second province with a district, committed: a tenant of its own.
async fn second_province(db: &Db) -> Result<(i64, i64), StoreError> {
    let mut tx = db.write().await?;
    let bac_ninh = unit(&mut tx, None, UnitKind::Province, "Tỉnh Bắc Ninh").await?;
    let tu_son = unit(&mut tx, Some(bac_ninh.id), UnitKind::District, "Thành phố Từ Sơn").await?;
    tx.commit().await?;
    Ok((bac_ninh.id, tu_son.id))
}

/// The (tenant, seq) of every entry about `entity` `id`, oldest first.
async fn entries_of(db: &Db, entity: &str, id: i64) -> Result<Vec<(i64, i64)>, StoreError> {
    let mut tx = db.read().await?;
    Ok(audit::history(&mut tx, entity, id)
        .await?
        .iter()
        .map(|e| (e.tenant_id, e.seq))
        .collect())
}

both!(two_tenants_keep_independent_chains, |db| async move {
    let fx = fixture(&db).await?;
    let (bn, tu_son) = second_province(&db).await?;
    // Bắc Ninh's chain starts at 1, whatever Hà Nội wrote before.
    assert_eq!(entries_of(&db, "unit", bn).await?, [(bn, 1)]);
    assert_eq!(entries_of(&db, "unit", tu_son).await?, [(bn, 2)]);
    let report = audit::verify(&db).await?;
    assert!(report.ok(), "{report:?}");
    let (hn_chain, bn_chain) = (
        report.chain(fx.ha_noi.id).expect("Hà Nội"),
        report.chain(bn).expect("Bắc Ninh"),
    );
    assert_eq!((bn_chain.entries, bn_chain.last_seq), (2, 2));
    assert!(hn_chain.entries > 10, "{hn_chain:?}");
    // An installation-wide write (an account) goes to chain 0 and touches neither.
    let mut tx = db.write().await?;
    audit::record(
        &mut tx,
        Change::new(audit::INSTALLATION, "user", 7, "lang", None, Some(json!("en"))),
    )
    .await?;
    tx.commit().await?;
    let after = audit::verify(&db).await?;
    assert!(after.ok(), "{after:?}");
    assert_eq!(after.chain(bn), Some(bn_chain));
    assert_eq!(after.chain(fx.ha_noi.id), Some(hn_chain));
    let zero = after.chain(audit::INSTALLATION).expect("chain 0");
    assert_eq!(
        zero.entries,
        report.chain(audit::INSTALLATION).map_or(0, |c| c.entries) + 1
    );
    Ok(())
});

both!(a_tampered_entry_is_reported_for_its_tenant, |db| async move {
    let hn = fixture(&db).await?.ha_noi.id;
    let (bn, _) = second_province(&db).await?;
    tamper(
        &db,
        &format!("UPDATE audit_log SET actor = 'someone' WHERE tenant_id = {bn} AND seq = 2"),
    )
    .await?;
    let report = audit::verify(&db).await?;
    assert_eq!(
        report
            .problems()
            .map(|p| (p.tenant_id, p.seq, p.kind))
            .collect::<Vec<_>>(),
        [(bn, 2, ProblemKind::Edited)],
        "{report:?}"
    );
    assert!(report.chain(hn).is_some_and(|c| c.ok()), "{report:?}");
    Ok(())
});

both!(an_entry_moved_to_another_chain_is_caught_in_both, |db| async move {
    if fixtures::testing::is_citus(&db).await {
        // The tampering itself cannot be done on Citus: it rewrites an entry's `tenant_id`, the
        // distribution column, which Citus refuses to change ("modifying the partition value
        // of rows is not allowed"); moving a row to another shard by hand is not a threat a
        // cluster's chains need to catch this way. Plain PostgreSQL and SQLite run it whole.
        return Ok(());
    }
    let hn = fixture(&db).await?.ha_noi.id;
    let (bn, _) = second_province(&db).await?;
    let hn_last = audit::verify(&db).await?.chain(hn).expect("chain").last_seq;
    // Bắc Ninh's last entry passed off as Hà Nội's next one, both heads adjusted to match.
    let hash_sql = format!("SELECT hash FROM audit_log WHERE tenant_id = {bn} AND seq = 1");
    tamper(
        &db,
        &format!(
            "UPDATE audit_log SET tenant_id = {hn}, seq = {next} WHERE tenant_id = {bn} AND seq = 2;
             UPDATE audit_head SET seq = {next}, hash = (SELECT hash FROM audit_log WHERE tenant_id = {hn} AND seq = {next}) WHERE tenant_id = {hn};
             UPDATE audit_head SET seq = 1, hash = ({hash_sql}) WHERE tenant_id = {bn}",
            next = hn_last + 1
        ),
    )
    .await?;
    let report = audit::verify(&db).await?;
    // Bắc Ninh's chain, cut back with its head, still holds; the entry's hash names its
    // tenant, so in Hà Nội's chain it is an edit.
    assert_eq!(problem(&db).await?, Some((hn, hn_last + 1, ProblemKind::Edited)));
    assert!(report.chain(bn).is_some_and(|c| c.ok()), "{report:?}");
    Ok(())
});

both!(a_batch_claims_each_tenants_head_once, |db| async move {
    let hn = fixture(&db).await?.ha_noi.id;
    let (bn, _) = second_province(&db).await?;
    let before = audit::verify(&db).await?;
    let last = |t: i64| before.chain(t).map_or(0, |c| c.last_seq);
    let mut tx = db.write().await?;
    let changes = (0..90)
        .map(|i| {
            let t = if i % 3 == 0 { bn } else { hn };
            Change::new(t, "note", i, "create", None, Some(json!({ "i": i })))
        })
        .collect();
    audit::record_many(&mut tx, changes).await?;
    tx.commit().await?;
    let after = audit::verify(&db).await?;
    assert!(after.ok(), "{after:?}");
    assert_eq!(after.chain(bn).map(|c| c.last_seq), Some(last(bn) + 30));
    assert_eq!(after.chain(hn).map(|c| c.last_seq), Some(last(hn) + 60));
    // In each chain the batch's entries follow each other in the order given.
    let mut tx = db.read().await?;
    let order: Vec<i64> = on_tx!(tx, c => sqlx::query_scalar(
        "SELECT entity_id FROM audit_log WHERE tenant_id = $1 AND entity = 'note' ORDER BY seq").bind(bn).fetch_all(c).await?);
    assert_eq!(order, (0..90).filter(|i| i % 3 == 0).collect::<Vec<i64>>());
    Ok(())
});

both!(a_move_to_another_province_is_recorded_in_both_chains, |db| async move {
    let fx = fixture(&db).await?;
    let (bn, _) = second_province(&db).await?;
    let mut tx = db.write().await?;
    let ward = unit(&mut tx, Some(fx.long_bien.id), UnitKind::Ward, "Phường Thạch Bàn").await?;
    tx.commit().await?;
    let mut tx = db.write().await?;
    let input = UnitInput {
        parent_id: Some(bn),
        kind: UnitKind::Ward,
        name: ward.name.clone(),
        short_name: None,
    }
    .validate()
    .map_err(StoreError::Invalid)?;
    units::update(&mut tx, ward.id, ward.version, &input).await?;
    tx.commit().await?;
    let history = entries_of(&db, "unit", ward.id).await?;
    let tenants: Vec<i64> = history.iter().map(|(t, _)| *t).collect();
    // Created in Hà Nội (stays there), moved: recorded in Hà Nội and in Bắc Ninh.
    assert_eq!(tenants, [fx.ha_noi.id, fx.ha_noi.id, bn], "{history:?}");
    let mut tx = db.read().await?;
    let h = audit::history(&mut tx, "unit", ward.id).await?;
    assert_eq!(
        h.iter().map(|e| e.action.as_str()).collect::<Vec<_>>(),
        ["create", "move", "move"]
    );
    assert_eq!(h[1].after, h[2].after);
    // Read from the chains a record of Bắc Ninh can be in (the move is remembered): the same
    // entries, the one left in Hà Nội's chain included.
    let seqs = |h: &[audit::AuditEntry]| h.iter().map(|e| (e.tenant_id, e.seq)).collect::<Vec<_>>();
    let within = audit::history_in(&mut tx, bn, "unit", ward.id).await?;
    assert_eq!(seqs(&within), seqs(&h));
    assert_eq!(
        store::tenant_move::chains_for(&mut tx, bn).await?,
        [audit::INSTALLATION, bn, fx.ha_noi.id]
    );
    // Nothing moved into Hà Nội: its records' histories read its chain and the installation's.
    assert_eq!(
        store::tenant_move::chains_for(&mut tx, fx.ha_noi.id).await?,
        [audit::INSTALLATION, fx.ha_noi.id]
    );
    let lb = audit::history_in(&mut tx, fx.ha_noi.id, "unit", fx.long_bien.id).await?;
    assert_eq!(
        seqs(&lb),
        seqs(&audit::history(&mut tx, "unit", fx.long_bien.id).await?)
    );
    assert!(!lb.is_empty());
    drop(tx);
    let report = audit::verify(&db).await?;
    assert!(report.ok(), "{report:?}");
    Ok(())
});

both!(appends_in_two_tenants_do_not_wait_for_each_other, |db| async move {
    let fx = fixture(&db).await?;
    let (bn, tu_son) = second_province(&db).await?;
    if db.backend() == Backend::Sqlite {
        // SQLite has one writer at a time for the whole file: nothing to show here beyond
        // what the other tests show. PostgreSQL below.
        return Ok(());
    }
    // Hà Nội's head is claimed and held: a write in Hà Nội, not committed.
    let mut held = db.write().await?;
    unit(&mut held, Some(fx.long_bien.id), UnitKind::Ward, "Phường Thạch Bàn").await?;
    // Bắc Ninh appends meanwhile, from another connection. Waiting on any lock for longer
    // than the limit fails the statement, and the test.
    let mut other = db.write().await?;
    on_tx!(other, c => sqlx::query("SET LOCAL lock_timeout = '20s'").execute(c).await?.rows_affected());
    unit(&mut other, Some(tu_son), UnitKind::Ward, "Phường Đông Ngàn").await?;
    other.commit().await?;
    // The control: a second writer in Hà Nội does wait for the held head.
    let mut same = db.write().await?;
    on_tx!(same, c => sqlx::query("SET LOCAL lock_timeout = '200ms'").execute(c).await?.rows_affected());
    let blocked = unit(&mut same, Some(fx.long_bien.id), UnitKind::Ward, "Phường Gia Thụy").await;
    let err = blocked.expect_err("the head of Hà Nội is held").to_string();
    assert!(err.contains("lock timeout"), "{err}");
    drop(same);
    held.commit().await?;
    let report = audit::verify(&db).await?;
    assert!(report.ok(), "{report:?}");
    assert_eq!(report.chain(bn).map(|c| c.entries), Some(3));
    Ok(())
});

both!(concurrent_writers_of_two_tenants_keep_both_chains, |db| async move {
    let fx = fixture(&db).await?;
    let (bn, tu_son) = second_province(&db).await?;
    let mut handles = Vec::new();
    for w in 0..6 {
        let (db, parent) = (db.clone(), if w % 2 == 0 { fx.long_bien.id } else { tu_son });
        handles.push(tokio::spawn(async move {
            for i in 0..5 {
                let mut tx = db.write().await?;
                unit(&mut tx, Some(parent), UnitKind::Ward, &format!("Phường {w}.{i}")).await?;
                tx.commit().await?;
            }
            Ok::<_, StoreError>(())
        }));
    }
    for h in handles {
        h.await.expect("writer finishes")?;
    }
    let report = audit::verify(&db).await?;
    assert!(report.ok(), "{report:?}");
    assert_eq!(report.chain(bn).map(|c| c.entries), Some(2 + 15));
    Ok(())
});
