//! Tasks: deadlines, references, parents, versions, all-or-nothing batches and list filters.

use std::collections::BTreeSet;

use domain::status::TaskStatus;
use domain::task::{Recurrence, TaskInput};
use store::tasks::{self, TaskFilter, TaskSort};

use crate::common::*;

both!(deadline_text_gives_the_due_date, |db| async move {
    let fx = fixture(&db).await?;
    let quan_triet = &fx.tasks[0];
    assert_eq!(quan_triet.deadline_text.as_deref(), Some("trong tháng 10/2023"));
    assert_eq!(
        (quan_triet.due_on, quan_triet.original_due_on),
        (Some(d("2023-10-31")), Some(d("2023-10-31")))
    );
    let mut tx = db.write().await?;
    let mut q4 = task_in(fx.kh152.id, fx.bo_de.id, "Báo cáo kết quả quý IV", None);
    q4.deadline_text = Some("Quý IV/2023".into());
    assert_eq!(
        through_app::create_task(&mut tx, q4, &fx.clock).await?.due_on,
        Some(d("2023-12-31"))
    );
    let ongoing = through_app::create_task(
        &mut tx,
        task_in(fx.kh152.id, fx.bo_de.id, "Thường xuyên kiểm tra", None),
        &fx.clock,
    )
    .await?;
    assert_eq!(
        (ongoing.due_on, ongoing.recurrence.as_deref()),
        (None, Some(Recurrence::Ongoing.as_str()))
    );
    assert_eq!(ongoing.status, Some(TaskStatus::NotStarted));
    let mut none = task_in(fx.kh152.id, fx.bo_de.id, "Không có thời hạn", None);
    none.deadline_text = None;
    assert_eq!(
        invalid(through_app::create_task(&mut tx, none, &fx.clock).await).field,
        "deadline_text"
    );
    let mut gibberish = task_in(fx.kh152.id, fx.bo_de.id, "Thời hạn không đọc được", None);
    gibberish.deadline_text = Some("khi nào xong thì thôi".into());
    assert_eq!(
        invalid(through_app::create_task(&mut tx, gibberish, &fx.clock).await).field,
        "deadline_text"
    );
    Ok(())
});

both!(references_are_checked, |db| async move {
    let fx = fixture(&db).await?;
    let mut tx = db.write().await?;
    let ok = || task_in(fx.kh152.id, fx.bo_de.id, "Kiểm tra", Some("2023-12-15"));
    let cases: Vec<(TaskInput, &str)> = vec![
        (
            task_in(fx.kh152.id, fx.bo_de.id, "Trước ngày ban hành", Some("2023-09-12")),
            "due_on",
        ),
        (
            TaskInput {
                lead_unit_id: 777_777,
                ..ok()
            },
            "lead_unit_id",
        ),
        (
            TaskInput {
                plan_id: 777_777,
                ..ok()
            },
            "plan_id",
        ),
        (
            TaskInput {
                responsible_id: Some(777_777),
                ..ok()
            },
            "responsible_id",
        ),
        (
            TaskInput {
                cooperating_unit_ids: vec![fx.ngoc_lam.id, 777_777],
                ..ok()
            },
            "cooperating_unit_ids",
        ),
        (
            TaskInput {
                cooperating_unit_ids: vec![fx.bo_de.id],
                ..ok()
            },
            "cooperating_unit_ids",
        ),
        (
            TaskInput {
                parent_id: Some(777_777),
                ..ok()
            },
            "parent_id",
        ),
        (
            TaskInput {
                title: " ".into(),
                ..ok()
            },
            "title",
        ),
    ];
    for (input, field) in cases {
        let e = invalid(through_app::create_task(&mut tx, input.clone(), &fx.clock).await);
        assert_eq!(e.field, field, "{input:?}");
    }
    // A parent from another plan is refused.
    let other = doc(
        &mut tx,
        "20-KH/ĐU",
        "Kế hoạch của Đảng ủy phường",
        fx.bo_de.id,
        "2023-09-20",
    )
    .await?;
    let e = invalid(
        through_app::create_task(
            &mut tx,
            TaskInput {
                plan_id: other.id,
                parent_id: Some(fx.tasks[0].id),
                ..ok()
            },
            &fx.clock,
        )
        .await,
    );
    assert_eq!(e.field, "parent_id");
    Ok(())
});

both!(update_refuses_cycles_and_stale_versions, |db| async move {
    let fx = fixture(&db).await?;
    let c = fx.clock;
    let mut tx = db.write().await?;
    let parent = &fx.tasks[0];
    let mut sub = task_in(
        fx.kh152.id,
        fx.long_bien.id,
        "Xây dựng tài liệu quán triệt",
        Some("2023-10-20"),
    );
    sub.parent_id = Some(parent.id);
    let child = through_app::create_task(&mut tx, sub, &c).await?;
    let mut subsub = task_in(fx.kh152.id, fx.long_bien.id, "In tài liệu", Some("2023-10-25"));
    subsub.parent_id = Some(child.id);
    let grandchild = through_app::create_task(&mut tx, subsub, &c).await?;
    let as_input = |t: &store::model::Task| TaskInput {
        plan_id: t.plan_id,
        parent_id: t.parent_id,
        code: t.code.clone(),
        title: t.title.clone(),
        details: t.details.clone(),
        is_key: t.is_key,
        is_group: false,
        lead_unit_id: t.lead_unit_id,
        cooperating_unit_ids: t.cooperating_unit_ids.clone(),
        responsible_id: t.responsible_id,
        deadline_text: t.deadline_text.clone(),
        due_on: t.original_due_on,
        recurrence: None,
        expected_output: t.expected_output.clone(),
    };
    for new_parent in [grandchild.id, child.id, parent.id] {
        let e = invalid(
            tasks::update(
                &mut tx,
                parent.id,
                parent.version,
                TaskInput {
                    parent_id: Some(new_parent),
                    ..as_input(parent)
                },
                &c,
            )
            .await,
        );
        assert_eq!(
            (e.field.as_str(), e.code.as_str()),
            ("parent_id", "cycle"),
            "parent {new_parent}"
        );
    }
    // A real edit: the ward leads it now and it is a key task.
    let moved = TaskInput {
        lead_unit_id: fx.ngoc_lam.id,
        cooperating_unit_ids: vec![fx.bo_de.id],
        is_key: true,
        ..as_input(&fx.tasks[1])
    };
    let edited = tasks::update(&mut tx, fx.tasks[1].id, fx.tasks[1].version, moved.clone(), &c).await?;
    assert_eq!(
        (edited.lead_unit_id, edited.is_key, edited.version),
        (fx.ngoc_lam.id, true, fx.tasks[1].version + 1)
    );
    assert_eq!(edited.cooperating_unit_ids, vec![fx.bo_de.id]);
    stale(tasks::update(&mut tx, fx.tasks[1].id, fx.tasks[1].version, moved, &c).await);
    tx.commit().await?;
    let r = rollup_of(&db, fx.long_bien.id, c, None, None).await?;
    let line = |id| {
        r.children
            .iter()
            .find(|ch| ch.unit_id == id)
            .map(|ch| ch.counts.total)
            .unwrap_or(0)
    };
    assert_eq!(
        (line(fx.bo_de.id), line(fx.ngoc_lam.id)),
        (1, 2),
        "the roll-up follows the new lead unit"
    );
    assert_eq!(r.key_tasks.total, 3);
    Ok(())
});

both!(batch_is_all_or_nothing, |db| async move {
    let fx = fixture(&db).await?;
    let before = counts(&db).await?;
    let mut tx = db.write().await?;
    let good = |t: &str| task_in(fx.kh152.id, fx.ngoc_lam.id, t, Some("2023-12-20"));
    let batch = vec![
        good("Họp triển khai"),
        good("Kiểm tra thực tế"),
        TaskInput {
            title: "".into(),
            ..good("x")
        },
        good("Báo cáo"),
    ];
    let e = invalid(tasks::create_batch(&mut tx, batch, &fx.clock).await);
    assert_eq!(e.field, "tasks[2].title");
    drop(tx);
    assert_eq!(counts(&db).await?, before, "nothing of the failed batch was written");
    let mut tx = db.write().await?;
    let batch = vec![
        good("Họp triển khai"),
        TaskInput {
            lead_unit_id: 888_888,
            ..good("Sai đơn vị")
        },
    ];
    let e = invalid(tasks::create_batch(&mut tx, batch, &fx.clock).await);
    assert_eq!(e.field, "tasks[1].lead_unit_id");
    drop(tx);
    assert_eq!(counts(&db).await?, before);
    let r = rollup_of(&db, fx.ha_noi.id, fx.clock, None, None).await?;
    assert_eq!(r.totals.total, 5, "the roll-up did not count the dropped tasks");
    let mut tx = db.write().await?;
    let made = tasks::create_batch(&mut tx, vec![good("Họp triển khai"), good("Báo cáo")], &fx.clock).await?;
    tx.commit().await?;
    assert_eq!(made.len(), 2);
    assert_eq!(counts(&db).await?[0], before[0] + 2);
    Ok(())
});

both!(list_filters, |db| async move {
    let fx = fixture(&db).await?;
    let c = fx.clock;
    let t: Vec<i64> = ids!(fx.tasks);
    let (quan_triet, ra_soat, tuyen_truyen, kien_toan, so_ket) = (t[0], t[1], t[2], t[3], t[4]);
    let mut tx = db.write().await?;
    let other_plan = doc(
        &mut tx,
        "20-KH/ĐU",
        "Kế hoạch của Đảng ủy phường Ngọc Lâm",
        fx.ngoc_lam.id,
        "2023-09-20",
    )
    .await?;
    let extra = through_app::create_task(
        &mut tx,
        task_in(
            other_plan.id,
            fx.cb_ngoc_lam.id,
            "Rà soát hộ kinh doanh",
            Some("2023-11-10"),
        ),
        &c,
    )
    .await?;
    tx.commit().await?;
    let mut tx = db.read().await?;
    let mut check = async |f: TaskFilter, want: Vec<i64>| -> Result<(), store::StoreError> {
        let page = tasks::list(&mut tx, &f, &c, 100, 0).await?;
        let got: BTreeSet<i64> = ids!(page.items).into_iter().collect();
        assert_eq!(got, want.iter().copied().collect::<BTreeSet<_>>(), "{f:?}");
        assert_eq!(page.total as usize, want.len());
        for item in &page.items {
            assert_eq!(item.status, Some(item.facts().status(&c)));
        }
        Ok(())
    };
    let all = TaskFilter::default;
    check(
        TaskFilter {
            within: Some(fx.bo_de.id),
            ..all()
        },
        vec![ra_soat, kien_toan],
    )
    .await?;
    check(
        TaskFilter {
            within: Some(fx.ngoc_lam.id),
            ..all()
        },
        vec![tuyen_truyen, extra.id],
    )
    .await?;
    check(
        TaskFilter {
            within: Some(fx.long_bien.id),
            ..all()
        },
        vec![quan_triet, ra_soat, tuyen_truyen, kien_toan, so_ket, extra.id],
    )
    .await?;
    check(
        TaskFilter {
            lead_unit_id: Some(fx.long_bien.id),
            ..all()
        },
        vec![quan_triet, so_ket],
    )
    .await?;
    check(
        TaskFilter {
            status: Some(TaskStatus::Overdue),
            ..all()
        },
        vec![quan_triet, kien_toan, extra.id],
    )
    .await?;
    check(
        TaskFilter {
            status: Some(TaskStatus::DueSoon),
            ..all()
        },
        vec![ra_soat],
    )
    .await?;
    check(
        TaskFilter {
            status: Some(TaskStatus::NotStarted),
            ..all()
        },
        vec![tuyen_truyen, so_ket],
    )
    .await?;
    check(
        TaskFilter {
            status: Some(TaskStatus::Overdue),
            within: Some(fx.bo_de.id),
            ..all()
        },
        vec![kien_toan],
    )
    .await?;
    check(
        TaskFilter {
            is_key: Some(true),
            ..all()
        },
        vec![quan_triet, kien_toan],
    )
    .await?;
    check(
        TaskFilter {
            is_key: Some(false),
            ..all()
        },
        vec![ra_soat, tuyen_truyen, so_ket, extra.id],
    )
    .await?;
    check(
        TaskFilter {
            cooperating_unit_id: Some(fx.ngoc_lam.id),
            ..all()
        },
        vec![ra_soat],
    )
    .await?;
    check(
        TaskFilter {
            responsible_id: Some(fx.hong.id),
            ..all()
        },
        vec![kien_toan],
    )
    .await?;
    check(
        TaskFilter {
            q: Some("phong chay".into()),
            ..all()
        },
        vec![ra_soat, kien_toan],
    )
    .await?;
    check(
        TaskFilter {
            q: Some("RÀ SOÁT".into()),
            ..all()
        },
        vec![ra_soat, extra.id],
    )
    .await?;
    check(
        TaskFilter {
            q: Some("quán triệt 24".into()),
            ..all()
        },
        vec![quan_triet],
    )
    .await?;
    check(
        TaskFilter {
            q: Some("II.3".into()),
            ..all()
        },
        vec![tuyen_truyen],
    )
    .await?;
    check(
        TaskFilter {
            q: Some("100%".into()),
            ..all()
        },
        vec![],
    )
    .await?;
    check(
        TaskFilter {
            plan_id: Some(other_plan.id),
            ..all()
        },
        vec![extra.id],
    )
    .await?;
    check(
        TaskFilter {
            plan_id: Some(fx.kh152.id),
            ..all()
        },
        vec![quan_triet, ra_soat, tuyen_truyen, kien_toan, so_ket],
    )
    .await?;
    let nov = TaskFilter {
        due_from: Some(d("2023-11-01")),
        due_to: Some(d("2023-12-31")),
        ..all()
    };
    check(nov, vec![ra_soat, tuyen_truyen, extra.id]).await?;
    // Sorted by due date by default.
    let page = tasks::list(
        &mut tx,
        &TaskFilter {
            plan_id: Some(fx.kh152.id),
            ..all()
        },
        &c,
        100,
        0,
    )
    .await?;
    assert_eq!(
        ids!(page.items),
        vec![kien_toan, quan_triet, ra_soat, tuyen_truyen, so_ket]
    );
    let page = tasks::list(
        &mut tx,
        &TaskFilter {
            plan_id: Some(fx.kh152.id),
            sort: TaskSort::Code,
            ..all()
        },
        &c,
        2,
        1,
    )
    .await?;
    assert_eq!((page.total, ids!(page.items)), (5, vec![ra_soat, tuyen_truyen]));
    Ok(())
});

both!(capped_lists_of_a_whole_tenant, |db| async move {
    let fx = fixture(&db).await?;
    let c = fx.clock;
    let mut tx = db.read().await?;
    let path = |u: &store::model::Unit| domain::unit::UnitPath::parse(&u.path).expect("a path");
    // Hà Nội is a top-level unit: on SQLite its ranges are written so the list reads in its
    // order's index; the rows and their order must not change.
    let city = TaskFilter {
        within: Some(fx.ha_noi.id),
        visibility: Some(store::access::TaskVisibility {
            scope: domain::access::Scope::subtrees(vec![path(&fx.ha_noi)]),
            person_id: None,
        }),
        ..Default::default()
    };
    let district = TaskFilter {
        within: Some(fx.long_bien.id),
        ..Default::default()
    };
    let exact = tasks::list(&mut tx, &district, &c, 100, 0).await?;
    assert_eq!(exact.total, 5);
    let (all, more) = tasks::list_capped(&mut tx, &city, &c, 100, 0, 10).await?;
    assert_eq!((all.total, more), (5, false), "under the cap: the exact total");
    assert_eq!(ids!(all.items), ids!(exact.items), "same tasks, same order");
    let (first, more) = tasks::list_capped(&mut tx, &city, &c, 2, 0, 3).await?;
    assert_eq!((first.total, more), (3, true), "counting stops at the cap");
    assert_eq!(ids!(first.items), ids!(exact.items)[..2].to_vec());
    let updated = TaskFilter {
        sort: TaskSort::Updated,
        ..city.clone()
    };
    let (by_update, _) = tasks::list_capped(&mut tx, &updated, &c, 100, 0, 10).await?;
    assert_eq!(
        ids!(by_update.items).into_iter().collect::<BTreeSet<_>>(),
        ids!(exact.items).into_iter().collect::<BTreeSet<_>>()
    );
    Ok(())
});
