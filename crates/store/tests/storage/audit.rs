//! The audit trail: every write is recorded with who, what, before and after; the hash
//! chain detects edited, removed and reordered entries; the log refuses UPDATE and DELETE.
//! The fixture's records are all in the tenant of Hà Nội: the tampering tests work on its
//! chain (`audit_chains.rs` has several tenants).

use domain::task::ProgressInput;
use domain::unit::UnitKind;
use store::audit::{self, ProblemKind};
use store::{Actor, Backend, Db, StoreError, on_tx, units};

use crate::common::*;

const DEMO: &str = include_str!("../../../cli/demo/hanoi.toml");

/// Runs `sql` with the append-only triggers out of the way, as someone with direct access
/// to the database file or superuser rights could.
pub async fn tamper(db: &Db, sql: &str) -> Result<(), StoreError> {
    let mut tx = db.write().await?;
    let unlock = match tx.backend() {
        Backend::Sqlite => {
            "DROP TRIGGER IF EXISTS audit_log_no_update; DROP TRIGGER IF EXISTS audit_log_no_delete; DROP TRIGGER IF EXISTS audit_head_forward; DROP TRIGGER IF EXISTS audit_head_no_delete"
        }
        // On Citus the guards are gone already (`GUARDS_DROPPED_ON_CITUS`), and Citus refuses
        // ALTER TABLE … TRIGGER on a distributed table.
        Backend::Postgres => {
            "DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_extension WHERE extname = 'citus') THEN
               ALTER TABLE audit_log DISABLE TRIGGER ALL; ALTER TABLE audit_head DISABLE TRIGGER ALL;
             END IF; END $$"
        }
    };
    let sql = sql.to_string();
    on_tx!(tx, c => {
        sqlx::raw_sql(unlock).execute(&mut *c).await?;
        sqlx::raw_sql(sqlx::AssertSqlSafe(sql)).execute(&mut *c).await?.rows_affected()
    });
    tx.commit().await
}

/// The first problem of any chain, with its chain.
pub async fn problem(db: &Db) -> Result<Option<(i64, i64, ProblemKind)>, StoreError> {
    Ok(audit::verify(db)
        .await?
        .problems()
        .next()
        .map(|p| (p.tenant_id, p.seq, p.kind)))
}

both!(every_write_records_who_what_before_and_after, |db| async move {
    let fx = fixture(&db).await?;
    let actor = Actor {
        user_id: Some(42),
        label: "chuyenvien.lb".into(),
        address: Some("10.1.2.3".into()),
    };
    let mut tx = db.write_as(actor).await?;
    let task = fx.tasks[1].id;
    let p = ProgressInput {
        confirm_drop: true,
        reported_on: None,
        percent: 40,
        text: "Đã rà soát 20 hồ sơ".into(),
        evidence: vec![],
        author_id: None,
    };
    through_app::report_progress(&mut tx, task, p, &fx.clock).await?;
    tx.commit().await?;

    let mut tx = db.read().await?;
    let h = audit::history(&mut tx, "task", task).await?;
    assert_eq!(
        h.iter().map(|e| e.action.as_str()).collect::<Vec<_>>(),
        ["create", "progress"]
    );
    let (created, progress) = (&h[0], &h[1]);
    assert_eq!(
        (created.actor.as_str(), created.user_id, created.before.is_none()),
        ("system", None, true)
    );
    assert_eq!(
        created.after.as_ref().map(|a| a["title"].clone()),
        Some(fx.tasks[1].title.clone().into())
    );
    assert_eq!(progress.user_id, Some(42));
    assert_eq!(progress.actor, "chuyenvien.lb");
    assert_eq!(progress.address.as_deref(), Some("10.1.2.3"));
    let before = progress.before.as_ref().expect("before");
    let after = progress.after.as_ref().expect("after");
    assert_eq!(
        (before["progress"].as_i64(), after["progress"].as_i64()),
        (Some(0), Some(40))
    );
    assert_eq!(after["progress_report"]["body"], "Đã rà soát 20 hồ sơ");
    assert_eq!(progress.prev_hash.len(), 64);
    assert!(progress.seq > created.seq);
    drop(tx);

    // A deletion keeps the record as it was.
    let mut tx = db.write().await?;
    let ward = unit(&mut tx, Some(fx.long_bien.id), UnitKind::Ward, "Phường Thạch Bàn").await?;
    units::delete(&mut tx, ward.id, ward.version).await?;
    let h = audit::history(&mut tx, "unit", ward.id).await?;
    assert_eq!(
        h.iter().map(|e| e.action.as_str()).collect::<Vec<_>>(),
        ["create", "delete"]
    );
    assert_eq!(
        h[1].before.as_ref().map(|b| b["name"].clone()),
        Some("Phường Thạch Bàn".into())
    );
    assert!(h[1].after.is_none());
    tx.commit().await?;

    let report = audit::verify(&db).await?;
    assert!(report.ok(), "{report:?}");
    assert!(report.entries() > 20, "{report:?}");
    // The fixture's records went to the chain of their tenant, not the installation's.
    assert_eq!(progress.tenant_id, fx.ha_noi.id);
    assert!(report.chain(fx.ha_noi.id).is_some_and(|c| c.entries > 20), "{report:?}");
    Ok(())
});

both!(a_failed_request_leaves_no_entry, |db| async move {
    let fx = fixture(&db).await?;
    let before = audit::verify(&db).await?;
    {
        let mut tx = db.write().await?;
        unit(&mut tx, Some(fx.long_bien.id), UnitKind::Ward, "Phường Thạch Bàn").await?;
        // Dropped without commit.
    }
    let after = audit::verify(&db).await?;
    assert!(after.ok(), "{after:?}");
    assert_eq!(after, before);
    Ok(())
});

both!(the_demo_load_verifies, |db| async move {
    let set = fixtures::seed::SeedSet::from_toml(DEMO).expect("demo parses");
    fixtures::seed::load(&db, &set, 7).await.expect("demo loads");
    let report = audit::verify(&db).await?;
    assert!(report.ok(), "{report:?}");
    assert!(report.entries() > 500, "{report:?}");
    Ok(())
});

both!(an_edited_entry_is_named, |db| async move {
    let hn = fixture(&db).await?.ha_noi.id;
    assert_eq!(problem(&db).await?, None);
    // The first entry naming Long Biên.
    let seq: i64 = {
        let mut tx = db.read().await?;
        store::on_tx!(&mut tx, c => sqlx::query_scalar::<_, i64>(
            "SELECT MIN(seq) FROM audit_log WHERE tenant_id = $1 AND after LIKE '%Long Biên%'").bind(hn).fetch_one(c).await?)
    };
    tamper(
        &db,
        &format!("UPDATE audit_log SET after = replace(after, 'Long Biên', 'Long Bien') WHERE tenant_id = {hn} AND seq = {seq}"),
    )
    .await?;
    let report = audit::verify(&db).await?;
    let chain = report.chain(hn).expect("Hà Nội has a chain");
    assert_eq!(
        chain.problem.as_ref().map(|p| (p.tenant_id, p.seq, p.kind)),
        Some((hn, seq, ProblemKind::Edited)),
        "{report:?}"
    );
    assert_eq!(chain.entries as i64, seq - 1, "entries before the bad one were checked");
    assert_eq!(
        report.problems().count(),
        1,
        "only Hà Nội's chain is broken: {report:?}"
    );
    Ok(())
});

both!(a_removed_entry_is_named, |db| async move {
    let hn = fixture(&db).await?.ha_noi.id;
    tamper(
        &db,
        &format!("DELETE FROM audit_log WHERE tenant_id = {hn} AND seq = 7"),
    )
    .await?;
    assert_eq!(problem(&db).await?, Some((hn, 7, ProblemKind::Missing)));
    Ok(())
});

both!(removed_last_entries_are_found_by_the_head, |db| async move {
    let hn = fixture(&db).await?.ha_noi.id;
    let last = audit::verify(&db).await?.chain(hn).expect("chain").last_seq;
    tamper(
        &db,
        &format!("DELETE FROM audit_log WHERE tenant_id = {hn} AND seq >= {}", last - 1),
    )
    .await?;
    assert_eq!(problem(&db).await?, Some((hn, last - 1, ProblemKind::Missing)));
    // Moving the head back as well leaves a head that does not match the last entry.
    tamper(
        &db,
        &format!("UPDATE audit_head SET seq = {} WHERE tenant_id = {hn}", last - 2),
    )
    .await?;
    assert_eq!(problem(&db).await?, Some((hn, last - 2, ProblemKind::HeadMismatch)));
    // Removing the head altogether is seen too.
    tamper(&db, &format!("DELETE FROM audit_head WHERE tenant_id = {hn}")).await?;
    assert_eq!(problem(&db).await?, Some((hn, last - 2, ProblemKind::HeadMismatch)));
    Ok(())
});

both!(reordered_entries_are_named, |db| async move {
    let hn = fixture(&db).await?.ha_noi.id;
    tamper(&db, &format!("UPDATE audit_log SET seq = -3 WHERE tenant_id = {hn} AND seq = 3; UPDATE audit_log SET seq = 3 WHERE tenant_id = {hn} AND seq = 4; UPDATE audit_log SET seq = 4 WHERE tenant_id = {hn} AND seq = -3")).await?;
    assert_eq!(problem(&db).await?, Some((hn, 3, ProblemKind::Reordered)));
    Ok(())
});

both!(the_log_refuses_update_and_delete, |db| async move {
    if fixtures::testing::is_citus(&db).await {
        // Citus refuses triggers on distributed tables, so `migrate` drops these guards there
        // (`distribution::GUARDS_DROPPED_ON_CITUS`); on a cluster the chains' hashes are the
        // guard, and the tamper tests above show `verify` naming every such edit.
        return Ok(());
    }
    fixture(&db).await?;
    for sql in [
        "UPDATE audit_log SET actor = 'someone else' WHERE seq = 1",
        "DELETE FROM audit_log WHERE seq = 1",
        "UPDATE audit_head SET seq = 0",
        "DELETE FROM audit_head",
    ] {
        let mut tx = db.write().await?;
        let res = on_tx!(tx, c => sqlx::raw_sql(sql).execute(c).await.map(|r| r.rows_affected()));
        let err = res.expect_err(sql).to_string();
        assert!(
            ["append-only", "forward", "cannot be deleted"]
                .iter()
                .any(|m| err.contains(m)),
            "{sql}: {err}"
        );
    }
    if db.backend() == Backend::Postgres {
        let mut tx = db.write().await?;
        let res = on_tx!(tx, c => sqlx::raw_sql("TRUNCATE audit_log").execute(c).await.map(|r| r.rows_affected()));
        assert!(res.is_err(), "TRUNCATE is refused");
    }
    assert_eq!(problem(&db).await?, None);
    Ok(())
});

both!(concurrent_writers_keep_the_chain, |db| async move {
    let fx = fixture(&db).await?;
    let mut handles = Vec::new();
    for w in 0..8 {
        let (db, fx) = (db.clone(), fx.clone());
        handles.push(tokio::spawn(async move {
            for i in 0..6 {
                let mut tx = db
                    .write_as(Actor {
                        user_id: Some(w),
                        label: format!("writer{w}"),
                        address: None,
                    })
                    .await?;
                let lead = if w % 2 == 0 { fx.bo_de.id } else { fx.ngoc_lam.id };
                through_app::create_task(
                    &mut tx,
                    task_in(fx.kh152.id, lead, &format!("Việc {w}.{i}"), Some("2023-12-31")),
                    &fx.clock,
                )
                .await?;
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
    let mut tx = db.read().await?;
    let n: i64 = on_tx!(tx, c => sqlx::query_scalar("SELECT COUNT(*) FROM audit_log WHERE actor LIKE 'writer%'").fetch_one(c).await?);
    assert_eq!(n, 48);
    Ok(())
});
