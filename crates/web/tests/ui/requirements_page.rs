//! `/yeu-cau/{id}`: a requirement's live list, its percentage and drill-down, by scope.

use super::*;

both!(requirement_live_list, |app| async move {
    let app: Arc<TestApp> = app;
    let (lb, _hbt, bode) = setup(&app).await;
    account(
        &app,
        "canbo.hbt2",
        Role::UnitOfficer,
        Some(unit(&app, "Quận Hai Bà Trưng").await),
    )
    .await;
    let core = web::App::new(
        app.db.db.clone(),
        web::ClockConfig {
            fixed_today: Some(chrono::NaiveDate::from_ymd_opt(2023, 11, 20).unwrap()),
            due_soon_days: 7,
        },
        web::Settings::default(),
    );
    let sys = app::Caller::system();
    let made = app::compliance::create(
        &core,
        &sys,
        domain::compliance::RequirementInput {
            issuer_unit_id: lb,
            scope_unit_id: lb,
            unit_kind: domain::unit::UnitKind::Ward,
            title: "Xây dựng kế hoạch nghiên cứu, quán triệt Chỉ thị 24-CT/TU".into(),
            due_on: chrono::NaiveDate::from_ymd_opt(2023, 9, 30).unwrap(),
            meeting_month: None,
            task_id: None,
            document_id: None,
        },
    )
    .await
    .unwrap();
    let n = made.items as i64;
    assert!(n >= 2, "Long Biên has wards");
    let id = made.requirement.id;
    let b = Browser::login(&app, "lanhdao.lb").await;
    let body = b.ok(&format!("/yeu-cau/{id}")).await;
    assert!(
        body.contains(&format!("id=\"headline\">0/{n} phường, 0,0 %</p>")),
        "{body}"
    );
    assert!(
        body.contains(&format!("id=\"req-late\">{n}</dd>")),
        "all late on 20/11/2023"
    );

    // Bồ Đề reports it done: the district's figure changes.
    let item = {
        let mut tx = app.db.db.read().await.unwrap();
        let path = domain::unit::UnitPath::parse(&store::units::get(&mut tx, bode).await.unwrap().path).unwrap();
        store::compliance::items_within(&mut tx, id, &path, 5).await.unwrap()[0].id
    };
    app::compliance::report_done(
        &core,
        &sys,
        item,
        domain::compliance::DoneInput {
            done_on: chrono::NaiveDate::from_ymd_opt(2023, 9, 25).unwrap(),
            note: None,
            attendance: None,
            meeting_id: None,
        },
        vec![],
    )
    .await
    .unwrap();
    let body = b.ok(&format!("/yeu-cau/{id}")).await;
    let pct = domain::compliance::percent(1, n, 1);
    assert!(
        body.contains(&format!("id=\"headline\">1/{n} phường, {pct}</p>")),
        "{body}"
    );
    assert!(
        body.contains(&format!("href=\"/yeu-cau/{id}?don_vi={bode}\">Phường Bồ Đề</a>")),
        "{body}"
    );
    // One level down: the ward alone.
    let ward = b.ok(&format!("/yeu-cau/{id}?don_vi={bode}")).await;
    assert!(ward.contains("Phạm vi: Phường Bồ Đề"), "{ward}");
    // Another district sees nothing of it.
    let other = Browser::login(&app, "canbo.hbt2").await;
    assert_eq!(other.get(&format!("/yeu-cau/{id}")).await.status, StatusCode::NOT_FOUND);
    assert_eq!(b.get("/yeu-cau/99999999").await.status, StatusCode::NOT_FOUND);
});
