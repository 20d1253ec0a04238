//! Nothing half-written: a transaction dropped after a failure leaves no trace.

use domain::status::TaskStatus;
use domain::task::ProgressInput;
use domain::unit::UnitKind;
use store::tasks;

use crate::common::*;

both!(failed_request_leaves_no_trace, |db| async move {
    let fx = fixture(&db).await?;
    let before = counts(&db).await?;
    let roll_before = rollup_of(&db, fx.ha_noi.id, fx.clock, None, None).await?;
    {
        // One request: a new ward, its staff, a plan, tasks and progress — then a bad task.
        let mut tx = db.write().await?;
        let ward = unit(&mut tx, Some(fx.long_bien.id), UnitKind::Ward, "Phường Thạch Bàn").await?;
        person(&mut tx, ward.id, "Phan Thị Yến", "Chủ tịch UBND phường", true).await?;
        let plan = doc(
            &mut tx,
            "30-KH/ĐU",
            "Kế hoạch thực hiện Chỉ thị 24-CT/TU",
            ward.id,
            "2023-10-01",
        )
        .await?;
        let t = through_app::create_task(
            &mut tx,
            task_in(plan.id, ward.id, "Ra quân kiểm tra", Some("2023-12-01")),
            &fx.clock,
        )
        .await?;
        let p = ProgressInput {
            confirm_drop: true,
            reported_on: None,
            percent: 40,
            text: "Đã kiểm tra 20 cơ sở".into(),
            evidence: vec![],
            author_id: None,
        };
        through_app::report_progress(&mut tx, fx.tasks[2].id, p, &fx.clock).await?;
        assert_eq!(
            tasks::get(&mut tx, t.id, &fx.clock).await?.status,
            Some(TaskStatus::NotStarted)
        );
        let e = invalid(
            through_app::create_task(
                &mut tx,
                task_in(plan.id, 123_456, "Đơn vị không tồn tại", Some("2023-12-01")),
                &fx.clock,
            )
            .await,
        );
        assert_eq!(e.field, "lead_unit_id");
        // The handler returns the error; the transaction is dropped, never committed.
    }
    assert_eq!(
        counts(&db).await?,
        before,
        "no unit, person, document or task of the failed request"
    );
    assert_eq!(
        rollup_of(&db, fx.ha_noi.id, fx.clock, None, None).await?,
        roll_before,
        "the roll-up did not move"
    );
    let mut tx = db.read().await?;
    let t = tasks::get(&mut tx, fx.tasks[2].id, &fx.clock).await?;
    assert_eq!(
        (t.progress, t.version, t.status),
        (0, fx.tasks[2].version, Some(TaskStatus::NotStarted))
    );
    assert!(
        through_app::history(&mut tx, t.id, &fx.clock)
            .await?
            .progress
            .is_empty()
    );
    drop(tx);
    // The database is still writable afterwards (the failed writer released its lock).
    let mut tx = db.write().await?;
    unit(&mut tx, Some(fx.long_bien.id), UnitKind::Ward, "Phường Thạch Bàn").await?;
    tx.commit().await?;
    assert_eq!(counts(&db).await?[1], before[1] + 1);
    Ok(())
});

both!(database_error_mid_transaction_leaves_no_trace, |db| async move {
    let fx = fixture(&db).await?;
    let before = counts(&db).await?;
    {
        let mut tx = db.write().await?;
        doc(&mut tx, "31-KH/ĐU", "Kế hoạch tháng 11", fx.bo_de.id, "2023-11-01").await?;
        // The unique index refuses this one inside the database.
        let e = conflict(doc(&mut tx, "152-KH/QU", "Trùng số", fx.long_bien.id, "2023-11-01").await);
        assert_eq!(e.code, "duplicate_symbol");
    }
    assert_eq!(counts(&db).await?, before);
    // Committing is what makes a write durable: a dropped transaction with only good writes is gone too.
    {
        let mut tx = db.write().await?;
        doc(&mut tx, "32-KH/ĐU", "Kế hoạch tháng 12", fx.bo_de.id, "2023-12-01").await?;
    }
    assert_eq!(counts(&db).await?, before);
    Ok(())
});
