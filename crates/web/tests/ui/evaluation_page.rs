//! `/danh-gia…` and `/y-kien/{code}`: the evaluation pages and the public feedback form.

use super::*;

/// A staff account linked to `person`, with a real password.
async fn staff_account(app: &TestApp, login: &str, unit_id: i64, person: i64) {
    let hash = store::accounts::hash_password(PASSWORD).expect("hash");
    let user = store::accounts::NewUser {
        login: login.into(),
        display_name: format!("Cán bộ {login}"),
        password: String::new(),
        person_id: Some(person),
        roles: vec![store::accounts::RoleBinding {
            role: Role::Staff,
            unit_id: Some(unit_id),
        }],
    };
    let mut tx = app.db.db.write().await.expect("tx");
    store::accounts::create_user(&mut tx, &user, &hash).await.expect("user");
    tx.commit().await.expect("commit");
}

both!(my_evaluation_unit_evaluation_and_the_public_form, |app| async move {
    let app: Arc<TestApp> = app;
    let (_, _, bode) = setup(&app).await;
    let tasks = app.get(&format!("/api/v1/tasks?within={bode}&limit=500")).await;
    let task = tasks["items"]
        .as_array()
        .unwrap()
        .iter()
        .find(|t| t["responsible_id"].is_i64() && t["due_on"].as_str().is_some_and(|d| d.starts_with("2023")))
        .cloned()
        .expect("a 2023 task with a responsible person");
    let period = task["due_on"].as_str().unwrap()[..7].to_string();
    let person = task["responsible_id"].as_i64().unwrap();
    let person_unit = app.get(&format!("/api/v1/people/{person}")).await["unit_id"]
        .as_i64()
        .unwrap();
    staff_account(&app, "canbo.ev", person_unit, person).await;

    // "Đánh giá của tôi": the month is computed on opening; every counted task is listed.
    let me = Browser::login(&app, "canbo.ev").await;
    let home = me.ok("/viec").await;
    assert!(
        home.contains("href=\"/danh-gia\""),
        "the menu offers “Đánh giá của tôi”"
    );
    let p = me.get(&format!("/danh-gia?ky={period}")).await;
    assert_eq!(p.status, StatusCode::SEE_OTHER, "{}", p.body);
    let here = p.location().to_string();
    let body = me.ok(&here).await;
    assert!(body.contains("Nhiệm vụ được tính trong kỳ"), "{body}");
    assert!(body.contains(&format!("href=\"/nhiem-vu/{}\"", task["id"])), "{body}");
    assert!(
        body.contains("name=\"c_chinh_tri_dao_duc\""),
        "the self-assessment form"
    );
    assert!(!inline_script(&body));
    // A score outside the criterion's range: the page again, the reason, nothing saved.
    let id = here.trim_start_matches("/danh-gia/").to_string();
    let version = app.get(&format!("/api/v1/evaluations/{id}")).await["record"]["version"].to_string();
    let bad = me
        .post(
            &format!("/danh-gia/{id}/buoc"),
            &[
                ("action", "submit_self"),
                ("version", &version),
                ("c_chinh_tri_dao_duc", "7"),
                ("c_ky_luat_ky_cuong", "5"),
                ("c_tac_phong_chuyen_nghiep", "5"),
                ("c_phuc_vu_nhan_dan", "5"),
            ],
        )
        .await;
    assert_eq!(bad.status, StatusCode::UNPROCESSABLE_ENTITY, "{}", bad.body);
    assert!(bad.body.contains("id=\"step-error\""), "{}", bad.body);
    assert!(bad.body.contains("value=\"7\""), "what was typed is kept");
    let ok = me
        .post(
            &format!("/danh-gia/{id}/buoc"),
            &[
                ("action", "submit_self"),
                ("version", &version),
                ("c_chinh_tri_dao_duc", "4,5"),
                ("c_ky_luat_ky_cuong", "5"),
                ("c_tac_phong_chuyen_nghiep", "5"),
                ("c_phuc_vu_nhan_dan", "5"),
            ],
        )
        .await;
    assert_eq!(ok.status, StatusCode::SEE_OTHER, "{}", ok.body);
    let body = me.ok(&here).await;
    assert!(body.contains("id=\"stage\">Đã tự đánh giá, chờ nhận xét"), "{body}");

    // "Đánh giá đơn vị" for the district's leader: everyone with the state of each step.
    let leader = Browser::login(&app, "lanhdao.lb").await;
    let body = leader.ok(&format!("/danh-gia/don-vi?don_vi={bode}&ky={period}")).await;
    assert!(body.contains("id=\"people-table\""), "{body}");
    assert!(body.contains("Đã tự đánh giá, chờ nhận xét"), "{body}");
    assert!(
        body.contains(&format!("name=\"chon\" value=\"{id}:")),
        "bulk review offered: {body}"
    );
    let done = leader
        .post(
            "/danh-gia/don-vi/nhan-xet",
            &[
                ("don_vi", &bode.to_string()),
                ("ky", &period),
                ("chon", &format!("{id}:{}", version.parse::<i64>().unwrap() + 1)),
            ],
        )
        .await;
    assert_eq!(done.status, StatusCode::SEE_OTHER, "{}", done.body);
    assert_eq!(
        app.get(&format!("/api/v1/evaluations/{id}")).await["record"]["stage"],
        "reviewed"
    );
    assert_eq!(leader.get("/danh-gia/bo-tieu-chi").await.status, StatusCode::OK);
    // A line break in the form's period (found by an outside sweep: the computation was
    // committed, then the redirect could not be written and the client got a 500).
    for form in ["/danh-gia/don-vi/nhan-xet", "/danh-gia/don-vi/tinh-diem"] {
        let odd = format!("{period}\n");
        let r = leader.post(form, &[("don_vi", &bode.to_string()), ("ky", &odd)]).await;
        assert!(r.status.as_u16() < 500, "{form}: {} {}", r.status, r.body);
    }

    // The public feedback page: no sign-in, a device cookie, an unknown desk is 404.
    let (s, _) = app
        .post(
            "/api/v1/feedback-points",
            serde_json::json!({"unit_id": bode, "name": "Một cửa Bồ Đề", "code": "mot-cua-bo-de"}),
        )
        .await;
    assert_eq!(s, StatusCode::CREATED);
    let anon = Browser::new(&app);
    let p = anon.get("/y-kien/mot-cua-bo-de").await;
    assert_eq!(p.status, StatusCode::OK, "{}", p.body);
    assert!(p.body.contains("name=\"form_token\""), "{}", p.body);
    assert!(p.set_cookie("dondoc_thiet_bi").is_some());
    assert_eq!(anon.get("/y-kien/khong-co").await.status, StatusCode::NOT_FOUND);

    // The desk is listed on its unit's evaluation page with a QR sheet to print; the sheet is
    // public like the form, encodes the form's address and names the desk.
    let listed = leader.ok(&format!("/danh-gia/don-vi?don_vi={bode}")).await;
    assert!(listed.contains("href=\"/y-kien/mot-cua-bo-de/ma-qr\""), "{listed}");
    let sheet = anon.get("/y-kien/mot-cua-bo-de/ma-qr").await;
    assert_eq!(sheet.status, StatusCode::OK, "{}", sheet.body);
    assert!(sheet.body.contains("<svg"), "{}", sheet.body);
    assert!(sheet.body.contains("Một cửa Bồ Đề"), "{}", sheet.body);
    assert!(sheet.body.contains("/y-kien/mot-cua-bo-de</a>"), "{}", sheet.body);
    assert!(!sheet.body.contains("<?xml"), "the SVG is inlined as an element");
    assert_eq!(anon.get("/y-kien/khong-co/ma-qr").await.status, StatusCode::NOT_FOUND);
});
