//! Roll-up details that the agreement test does not reach.

use domain::status::{Clock, TaskStatus};
use domain::unit::UnitKind;

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

// The national view: several provinces side by side, one line each, their counts and lists
// together; a province's own roll-up sees none of the other's tasks.
both!(provinces_side_by_side, |db| async move {
    let fx = fixture(&db).await?;
    let c = Clock::new(d("2023-12-01"), 7);
    let mut tx = db.write().await?;
    let hue = unit(&mut tx, None, UnitKind::Province, "Thành phố Huế").await?;
    let ward = unit(&mut tx, Some(hue.id), UnitKind::Ward, "Phường Thuận Hóa").await?;
    let plan = doc(
        &mut tx,
        "12-KH/TU",
        "Kế hoạch thực hiện Chỉ thị 24",
        hue.id,
        "2023-09-01",
    )
    .await?;
    let late = through_app::create_task(
        &mut tx,
        task_in(plan.id, ward.id, "Rà soát hồ sơ", Some("2023-11-01")),
        &c,
    )
    .await?;
    through_app::create_task(
        &mut tx,
        task_in(plan.id, ward.id, "Báo cáo kết quả", Some("2024-01-15")),
        &c,
    )
    .await?;
    tx.commit().await?;

    let mut tx = db.read().await?;
    let q = store::rollup::RollupQuery {
        unit_id: 0,
        from: None,
        to: None,
        clock: c,
        overdue_limit: 20,
    };
    let ha_noi = store::units::get(&mut tx, fx.ha_noi.id).await?;
    let nation =
        store::rollup::rollup_of_roots(&mut tx, &[ha_noi.clone(), hue.clone()], true, "Toàn quốc".into(), &q).await?;
    let one = store::rollup::rollup(
        &mut tx,
        &store::rollup::RollupQuery {
            unit_id: fx.ha_noi.id,
            ..q
        },
    )
    .await?;
    let hue_alone = store::rollup::rollup(&mut tx, &store::rollup::RollupQuery { unit_id: hue.id, ..q }).await?;

    assert_eq!((nation.unit_id, nation.unit_name.as_str()), (None, "Toàn quốc"));
    let lines: Vec<(i64, i64)> = nation.children.iter().map(|l| (l.unit_id, l.counts.total)).collect();
    assert_eq!(lines, vec![(fx.ha_noi.id, one.totals.total), (hue.id, 2)]);
    assert_eq!(nation.totals.total, one.totals.total + 2);
    assert_eq!(nation.overdue_total, one.overdue_total + 1);
    assert!(
        nation.overdue.iter().any(|o| o.id == late.id),
        "the other province's overdue task is listed"
    );
    assert!(
        !one.overdue.iter().any(|o| o.id == late.id),
        "Hà Nội's roll-up does not list Huế's task"
    );
    assert_eq!(hue_alone.totals.total, 2);
    assert_eq!(
        hue_alone.overdue.iter().map(|o| o.id).collect::<Vec<_>>(),
        vec![late.id]
    );

    // Not the whole country: the lists keep to the provinces named.
    let only_hue = store::rollup::rollup_of_roots(
        &mut tx,
        std::slice::from_ref(&hue),
        false,
        "Phạm vi theo dõi".into(),
        &q,
    )
    .await?;
    assert_eq!(only_hue.totals.total, 2);
    assert_eq!(only_hue.overdue.iter().map(|o| o.id).collect::<Vec<_>>(), vec![late.id]);

    // No subtree at all (a caller who reads no unit) is nothing, not the whole country.
    let none = store::rollup::rollup_of_roots(&mut tx, &[], false, "Phạm vi theo dõi".into(), &q).await?;
    assert_eq!(none.totals.total, 0);
    assert!(none.children.is_empty());
    assert!(
        none.overdue.is_empty() && none.key_open.is_empty(),
        "no task of any province is listed: {:?}",
        none.overdue.iter().map(|o| &o.title).collect::<Vec<_>>()
    );
    assert_eq!(none.targets.total, 0);
    Ok(())
});

// A subtree's task list without other conditions takes its total from the roll-up
// (`tasks::subtree_total`): it must be the count of the rows listed — group headings left out,
// open-ended and key tasks in — for every unit of the tree.
both!(subtree_list_total_is_the_count_of_its_rows, |db| async move {
    let fx = fixture(&db).await?;
    let mut tx = db.write().await?;
    let mut heading = task_in(fx.kh152.id, fx.bo_de.id, "I. CÔNG TÁC TUYÊN TRUYỀN", Some("2023-12-31"));
    heading.is_group = true;
    through_app::create_task(&mut tx, heading, &fx.clock).await?;
    let mut key = task_in(fx.kh152.id, fx.cb_bo_de.id, "Thường xuyên kiểm tra, giám sát", None);
    key.is_key = true;
    through_app::create_task(&mut tx, key, &fx.clock).await?;
    tx.commit().await?;
    for unit in [
        fx.ha_noi.id,
        fx.long_bien.id,
        fx.bo_de.id,
        fx.cb_bo_de.id,
        fx.ngoc_lam.id,
    ] {
        let mut tx = db.read().await?;
        let f = store::tasks::TaskFilter {
            within: Some(unit),
            ..Default::default()
        };
        let page = store::tasks::list(&mut tx, &f, &fx.clock, 500, 0).await?;
        let (counted, more) = store::tasks::list_capped(&mut tx, &f, &fx.clock, 500, 0, 10_000).await?;
        assert!(!more);
        assert_eq!(page.total, counted.total, "unit {unit}");
        assert_eq!(page.total, page.items.len() as i64, "unit {unit}");
        assert!(page.items.iter().all(|t| !t.is_group), "unit {unit}");
    }
    let mut tx = db.read().await?;
    let f = store::tasks::TaskFilter {
        within: Some(fx.long_bien.id),
        ..Default::default()
    };
    assert_eq!(store::tasks::list(&mut tx, &f, &fx.clock, 0, 0).await?.total, 6);
    Ok(())
});
