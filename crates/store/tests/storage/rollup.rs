//! Roll-up details that the agreement test does not reach.

use domain::status::{Clock, TaskStatus};

use crate::common::*;

// An open-ended key task ("thường xuyên": no due date) must not break the roll-up: it is
// counted in every period and listed among the open key tasks.
both!(open_ended_key_task_in_rollup, |db| async move {
    let fx = fixture(&db).await?;
    let mut tx = db.write().await?;
    let mut ongoing = task_in(
        fx.kh152.id,
        fx.bo_de.id,
        "Thường xuyên tuyên truyền phòng cháy, chữa cháy",
        None,
    );
    ongoing.is_key = true;
    let t = through_app::create_task(&mut tx, ongoing, &fx.clock).await?;
    tx.commit().await?;
    assert_eq!(t.due_on, None);
    let r = rollup_of(&db, fx.long_bien.id, fx.clock, None, None).await?;
    assert_eq!(r.totals.total, 6);
    assert_eq!(r.key_tasks.by_status[TaskStatus::NotStarted.as_str()], 1);
    assert!(r.key_open.iter().any(|k| k.id == t.id), "the open key task is listed");
    let q4 = rollup_of(
        &db,
        fx.long_bien.id,
        fx.clock,
        Some(d("2023-10-01")),
        Some(d("2023-12-31")),
    )
    .await?;
    assert!(
        q4.key_open.iter().any(|k| k.id == t.id),
        "tasks without a due date count in every period"
    );
    Ok(())
});

// Overdue list: most days late first, and days late counted from today.
both!(overdue_list_order_and_days_late, |db| async move {
    let fx = fixture(&db).await?;
    let c = Clock::new(d("2023-12-01"), 7);
    let r = rollup_of(&db, fx.ha_noi.id, c, None, None).await?;
    let seen: Vec<(i64, i64)> = r.overdue.iter().map(|o| (o.id, o.days_late)).collect();
    // Kiện toàn due 15/10 (47 days), quán triệt due 31/10 (31 days), rà soát due 25/11 (6 days).
    assert_eq!(
        seen,
        vec![(fx.tasks[3].id, 47), (fx.tasks[0].id, 31), (fx.tasks[1].id, 6)]
    );
    assert_eq!(r.overdue_total, 3);
    let o = &r.overdue[0];
    assert_eq!(
        (o.plan_symbol.as_str(), o.lead_unit_name.as_str()),
        ("152-KH/QU", "Chi bộ Tổ dân phố số 5 phường Bồ Đề")
    );
    assert_eq!(
        (o.responsible_name.as_deref(), o.status),
        (Some("Lê Thị Hồng"), Some(TaskStatus::Overdue))
    );
    let limited = {
        let mut tx = db.read().await?;
        let q = store::rollup::RollupQuery {
            unit_id: fx.ha_noi.id,
            from: None,
            to: None,
            clock: c,
            overdue_limit: 2,
        };
        store::rollup::rollup(&mut tx, &q).await?
    };
    assert_eq!(
        (limited.overdue.len(), limited.overdue_total),
        (2, 3),
        "the list is cut, the total is not"
    );
    Ok(())
});
