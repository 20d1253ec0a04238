//! Compliance requirements through the use-case layer: generation over a subtree, the live
//! list and its drill-down, reports checked against the month's meeting, accept and return,
//! items kept current when units are added, rights, on both databases.

use app::{App, Caller, ClockConfig, Settings};
use domain::ErrorCode;
use domain::access::{Binding, Principal, Role};
use domain::compliance::{Attendance, DoneInput, ItemState, MeetingInput, Month, RequirementInput, ReviewInput};
use domain::unit::{UnitKind, UnitPath};
use store::compliance::Counts;

use crate::common::*;

fn caller(role: Role, path: &str) -> Caller {
    Caller {
        principal: Principal {
            user_id: 9001,
            login: "thu.nghiem".into(),
            person_id: None,
            bindings: vec![Binding {
                role,
                unit_path: UnitPath::parse(path),
            }],
        },
        actor: store::Actor::system(),
    }
}

fn counts(done: i64, pending: i64, late: i64, returned: i64) -> Counts {
    Counts {
        done,
        pending,
        late,
        returned,
    }
}

both!(requirements_of_all_party_cells, |db| async move {
    let fx = fixture(&db).await?;
    let app = App::new(
        db.clone(),
        ClockConfig {
            fixed_today: Some(d("2023-11-20")),
            due_soon_days: 7,
        },
        Settings::default(),
    );
    let sys = Caller::system();
    let req = RequirementInput {
        issuer_unit_id: fx.long_bien.id,
        scope_unit_id: fx.long_bien.id,
        unit_kind: UnitKind::PartyCell,
        title: "Sinh hoạt chính trị về Chỉ thị 24-CT/TU trong kỳ sinh hoạt chi bộ tháng 10/2023".into(),
        due_on: d("2023-10-31"),
        meeting_month: Some(Month { year: 2023, month: 10 }),
        task_id: Some(fx.tasks[0].id),
        document_id: None,
    };
    // Nobody to do it: refused, naming the kind.
    let e = app::compliance::create(
        &app,
        &sys,
        RequirementInput {
            unit_kind: UnitKind::ResidentialGroup,
            ..req.clone()
        },
    )
    .await
    .unwrap_err();
    assert_eq!(e.field.as_deref(), Some("unit_kind"));
    assert!(e.message_vi.contains("Tổ dân phố"), "{}", e.message_vi);
    // A ward officer cannot set it for the district.
    let ward = caller(Role::UnitOfficer, &fx.bo_de.path);
    assert!(app::compliance::create(&app, &ward, req.clone()).await.is_err());

    let made = app::compliance::create(&app, &sys, req)
        .await
        .map_err(through_app::as_store)?;
    assert_eq!(made.items, 2, "one item per chi bộ under Long Biên");
    let id = made.requirement.id;
    let live = app::compliance::live(&app, &sys, id, fx.long_bien.id)
        .await
        .map_err(through_app::as_store)?;
    assert_eq!(live.total, counts(0, 0, 2, 0), "both late on 20/11/2023");
    let mut by: Vec<_> = live.by_child.clone();
    by.sort_by_key(|(c, _)| *c);
    assert_eq!(
        by,
        vec![(fx.bo_de.id, counts(0, 0, 1, 0)), (fx.ngoc_lam.id, counts(0, 0, 1, 0))]
    );

    // The Bồ Đề cell's October meeting; attendance above the number expected is refused.
    let meeting = |held: &str, present| MeetingInput {
        unit_id: fx.cb_bo_de.id,
        held_on: d(held),
        topic: "Học tập Chỉ thị 24-CT/TU".into(),
        attendance: Attendance { present, expected: 22 },
    };
    let e = app::compliance::record_meeting(&app, &sys, meeting("2023-10-05", 23), vec![])
        .await
        .unwrap_err();
    assert!(e.message_vi.contains("Số có mặt (23) lớn hơn số phải triệu tập (22)"));
    let sept = app::compliance::record_meeting(&app, &sys, meeting("2023-09-28", 20), vec![])
        .await
        .map_err(through_app::as_store)?
        .0;
    let oct = app::compliance::record_meeting(&app, &sys, meeting("2023-10-05", 20), vec![])
        .await
        .map_err(through_app::as_store)?
        .0;

    let mut tx = db.read().await?;
    let items = store::compliance::items_within(&mut tx, id, &UnitPath::parse(&fx.bo_de.path).unwrap(), 10).await?;
    drop(tx);
    assert_eq!(items.len(), 1);
    let item = items[0].id;
    let done = |meeting_id| DoneInput {
        done_on: d("2023-10-05"),
        note: Some("Chi bộ đã sinh hoạt chuyên đề".into()),
        attendance: Some(Attendance {
            present: 20,
            expected: 22,
        }),
        meeting_id,
    };
    let officer = caller(Role::UnitOfficer, &fx.cb_bo_de.path);
    let e = app::compliance::report_done(&app, &officer, item, done(None), vec![])
        .await
        .unwrap_err();
    assert_eq!(e.field.as_deref(), Some("meeting_id"));
    let e = app::compliance::report_done(&app, &officer, item, done(Some(sept.id)), vec![])
        .await
        .unwrap_err();
    assert!(
        e.message_vi.contains("tháng 10/2023") && e.message_vi.contains("28/09/2023"),
        "{}",
        e.message_vi
    );
    // Another unit's officer: the item is not theirs.
    let other = caller(Role::UnitOfficer, &fx.cb_ngoc_lam.path);
    assert_eq!(
        app::compliance::report_done(&app, &other, item, done(Some(oct.id)), vec![])
            .await
            .unwrap_err()
            .code,
        ErrorCode::NotFound
    );
    let (after, _) = app::compliance::report_done(&app, &officer, item, done(Some(oct.id)), vec![])
        .await
        .map_err(through_app::as_store)?;
    assert_eq!(after.state, ItemState::Reported);
    assert_eq!((after.present, after.expected), (Some(20), Some(22)));
    let e = app::compliance::report_done(&app, &officer, item, done(Some(oct.id)), vec![])
        .await
        .unwrap_err();
    assert_eq!(e.code, ErrorCode::AlreadyAnswered);
    let live = app::compliance::live(&app, &sys, id, fx.long_bien.id)
        .await
        .map_err(through_app::as_store)?;
    assert_eq!(live.total, counts(1, 0, 1, 0));

    // The cell cannot accept its own report; the district returns it with a reason.
    let e = app::compliance::review(
        &app,
        &officer,
        item,
        ReviewInput {
            accept: true,
            reason: None,
        },
    )
    .await
    .unwrap_err();
    assert_eq!(e.code, ErrorCode::Forbidden);
    let district = caller(Role::UnitOfficer, &fx.long_bien.path);
    let e = app::compliance::review(
        &app,
        &district,
        item,
        ReviewInput {
            accept: false,
            reason: None,
        },
    )
    .await
    .unwrap_err();
    assert_eq!(e.field.as_deref(), Some("reason"));
    let back = app::compliance::review(
        &app,
        &district,
        item,
        ReviewInput {
            accept: false,
            reason: Some("Thiếu biên bản sinh hoạt".into()),
        },
    )
    .await
    .map_err(through_app::as_store)?;
    assert_eq!(back.state, ItemState::Returned);
    assert_eq!(back.return_reason.as_deref(), Some("Thiếu biên bản sinh hoạt"));
    let live = app::compliance::live(&app, &sys, id, fx.long_bien.id)
        .await
        .map_err(through_app::as_store)?;
    assert_eq!(live.total, counts(0, 0, 1, 1));
    app::compliance::report_done(&app, &officer, item, done(Some(oct.id)), vec![])
        .await
        .map_err(through_app::as_store)?;
    let ok = app::compliance::review(
        &app,
        &district,
        item,
        ReviewInput {
            accept: true,
            reason: None,
        },
    )
    .await
    .map_err(through_app::as_store)?;
    assert_eq!(ok.state, ItemState::Accepted);

    // A chi bộ founded later under Ngọc Lâm owes it too; the reminder goes to those not done.
    let new_cell = app::org::create_unit(
        &app,
        &sys,
        domain::unit::UnitInput {
            parent_id: Some(fx.ngoc_lam.id),
            kind: UnitKind::PartyCell,
            name: "Chi bộ Tổ dân phố 9".into(),
            short_name: None,
        },
    )
    .await
    .map_err(through_app::as_store)?;
    let live = app::compliance::live(&app, &sys, id, fx.long_bien.id)
        .await
        .map_err(through_app::as_store)?;
    assert_eq!(live.total, counts(1, 0, 2, 0));
    let live = app::compliance::live(&app, &sys, id, fx.ngoc_lam.id)
        .await
        .map_err(through_app::as_store)?;
    assert_eq!(live.total.total(), 2, "drill-down into the ward");
    let mut waiting = app::compliance::not_done(&app, &district, id)
        .await
        .map_err(through_app::as_store)?;
    waiting.sort();
    assert_eq!(waiting, vec![fx.cb_ngoc_lam.id, new_cell.id]);
    Ok(())
});

both!(the_daily_run_tells_the_units_not_done, |db| async move {
    let fx = fixture(&db).await?;
    let app = App::new(
        db.clone(),
        ClockConfig {
            fixed_today: Some(d("2023-10-20")),
            due_soon_days: 7,
        },
        Settings::default(),
    );
    let sys = Caller::system();
    let made = app::compliance::create(
        &app,
        &sys,
        RequirementInput {
            issuer_unit_id: fx.long_bien.id,
            scope_unit_id: fx.long_bien.id,
            unit_kind: UnitKind::PartyCell,
            title: "Sinh hoạt chuyên đề".into(),
            due_on: d("2023-10-31"),
            meeting_month: None,
            task_id: None,
            document_id: None,
        },
    )
    .await
    .map_err(through_app::as_store)?;
    // An officer of each cell (and one of the ward above the Ngọc Lâm cell).
    let mut officers = Vec::new();
    let mut tx = db.write().await?;
    for (login, unit) in [
        ("bithu.bode", fx.cb_bo_de.id),
        ("bithu.ngoclam", fx.cb_ngoc_lam.id),
        ("phuong.ngoclam", fx.ngoc_lam.id),
    ] {
        let u = store::accounts::NewUser {
            login: login.into(),
            display_name: login.into(),
            password: String::new(),
            person_id: None,
            roles: vec![store::accounts::RoleBinding {
                role: Role::UnitOfficer,
                unit_id: Some(unit),
            }],
        };
        officers.push(store::accounts::create_user(&mut tx, &u, "x").await?.id);
    }
    tx.commit().await?;
    // Bồ Đề's cell reports in time.
    let mut tx = db.read().await?;
    let path = UnitPath::parse(&fx.cb_bo_de.path).unwrap();
    let item = store::compliance::items_within(&mut tx, made.requirement.id, &path, 1).await?[0].id;
    drop(tx);
    let done = DoneInput {
        done_on: d("2023-10-12"),
        note: None,
        attendance: None,
        meeting_id: None,
    };
    app::compliance::report_done(&app, &sys, item, done, vec![])
        .await
        .map_err(through_app::as_store)?;
    let told = |user: i64| {
        let db = db.clone();
        async move {
            let mut tx = db.read().await.unwrap();
            store::notify::list(&mut tx, user, false, 10, 0).await.unwrap()
        }
    };
    // On the due date nothing; the day after, the officers of the cell not done (and of its
    // ward), once.
    app::reminders::run(&db, d("2023-10-31"))
        .await
        .map_err(through_app::as_store)?;
    assert!(told(officers[1]).await.is_empty());
    app::reminders::run(&db, d("2023-11-01"))
        .await
        .map_err(through_app::as_store)?;
    app::reminders::run(&db, d("2023-11-01"))
        .await
        .map_err(through_app::as_store)?;
    assert!(told(officers[0]).await.is_empty(), "Bồ Đề reported");
    for o in &officers[1..] {
        let got = told(*o).await;
        assert_eq!(got.len(), 1, "{got:?}");
        assert_eq!(got[0].requirement_id, Some(made.requirement.id));
        assert_eq!(got[0].task_title.as_deref(), Some("Sinh hoạt chuyên đề"));
        assert_eq!(got[0].task_due_on, Some(d("2023-10-31")));
    }
    Ok(())
});
