//! The document, link and target forms (see `forms.rs` for what each test covers).

use super::forms::{field_error, forms_setup, id_in};
use super::*;

both!(document_and_link_forms, |app| async move {
    let app: Arc<TestApp> = app;
    let (lb, _, _, plan) = forms_setup(&app).await;
    let s = Browser::login(&app, "chuyenvien.lb").await;
    let body = s.ok("/van-ban/moi").await;
    assert!(body.contains("<script src=\"/static/symbol-check.js\" defer></script>"));
    assert!(body.contains("data-symbol-check"));
    let js = s.get("/static/symbol-check.js").await;
    assert_eq!(js.status, StatusCode::OK);
    assert!(
        js.headers["content-type"]
            .to_str()
            .unwrap()
            .starts_with("text/javascript")
    );
    assert!(js.body.contains("/api/v1/symbols/parse"));

    let l = lb.to_string();
    let mut form = vec![
        ("symbol", "khong co so"),
        ("kind", ""),
        ("title", "Kế hoạch chuyển đổi số năm 2024"),
        ("issuer_unit_id", l.as_str()),
        ("issued_on", "15/11/2023"),
    ];
    let p = s.post("/van-ban/moi", &form).await;
    assert_eq!(p.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(!field_error(&p.body, "symbol").is_empty());
    assert!(p.body.contains("Kế hoạch chuyển đổi số năm 2024</textarea>"));
    assert!(p.body.contains("value=\"15/11/2023\""));
    form[0] = ("symbol", "Số 199 KH/QU");
    let p = s.post("/van-ban/moi", &form).await;
    assert_eq!(p.status, StatusCode::SEE_OTHER, "{}", p.body);
    let id = id_in(p.location());
    let d = app.get(&format!("/api/v1/documents/{id}")).await;
    assert_eq!(
        (d["symbol"].as_str(), d["kind"].as_str()),
        (Some("199-KH/QU"), Some("plan"))
    );
    assert_eq!(d["issued_on"], "2023-11-15");

    // Edit: the normalised symbol beside the field; a stale version.
    let edit = format!("/van-ban/{id}/sua");
    let body = s.ok(&edit).await;
    assert!(body.contains("<strong>199-KH/QU</strong>"), "{body}");
    let v = d["version"].as_i64().unwrap().to_string();
    form.push(("version", &v));
    form[2] = ("title", "Kế hoạch chuyển đổi số năm 2024 (sửa)");
    assert_eq!(s.post(&edit, &form).await.status, StatusCode::SEE_OTHER);
    let p = s.post(&edit, &form).await;
    assert_eq!(p.status, StatusCode::CONFLICT);
    assert!(p.body.contains("đã được người khác sửa"));

    // Link: unknown symbol beside the field; then the plan by its symbol.
    let page = s.ok(&format!("/van-ban/{id}")).await;
    assert!(page.contains(&format!("href=\"/van-ban/{id}/lien-ket\"")));
    let link = format!("/van-ban/{id}/lien-ket");
    let p = s
        .post(&link, &[("kind", "implements"), ("to_symbol", "987-KH/QU")])
        .await;
    assert_eq!(p.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(field_error(&p.body, "to_symbol").starts_with("Không tìm thấy văn bản"));
    assert!(p.body.contains("value=\"987-KH/QU\""));
    let plan_symbol = app.get(&format!("/api/v1/documents/{plan}")).await["symbol"]
        .as_str()
        .unwrap()
        .to_string();
    let p = s
        .post(&link, &[("kind", "implements"), ("to_symbol", &plan_symbol)])
        .await;
    assert_eq!(p.status, StatusCode::SEE_OTHER, "{}", p.body);
    let links = app.get(&format!("/api/v1/documents/{id}/links")).await;
    assert!(
        links.to_string().contains(&format!("\"to_id\":{plan}")) || links.to_string().contains(&plan.to_string()),
        "{links}"
    );

    // A leader may not register documents.
    let leader = Browser::login(&app, "lanhdao.lb").await;
    assert_eq!(leader.get("/van-ban/moi").await.status, StatusCode::FORBIDDEN);
    assert_eq!(leader.get(&edit).await.status, StatusCode::FORBIDDEN);
    assert_eq!(
        leader
            .post(&link, &[("kind", "implements"), ("to_symbol", &plan_symbol)])
            .await
            .status,
        StatusCode::FORBIDDEN
    );
    assert!(!leader.ok(&format!("/van-ban/{id}")).await.contains("/lien-ket"));
});

both!(target_forms, |app| async move {
    let app: Arc<TestApp> = app;
    let (lb, hbt, _, _) = forms_setup(&app).await;
    let s = Browser::login(&app, "chuyenvien.lb").await;
    let new = format!("/chi-tieu/moi?don_vi={lb}");
    assert!(
        s.ok(&format!("/chi-tieu?don_vi={lb}"))
            .await
            .contains(&format!("href=\"{new}\""))
    );
    assert!(s.ok(&new).await.contains("<label for=\"planned\">Kế hoạch</label>"));
    let mut form = vec![
        ("period", "2023-Q9"),
        ("indicator", "Tỷ lệ hộ dân dùng nước sạch"),
        ("uom", "%"),
        ("direction", "higher"),
        ("planned", "98,5"),
    ];
    let p = s.post(&new, &form).await;
    assert_eq!(p.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(field_error(&p.body, "period").starts_with("Kỳ “2023-Q9” không hợp lệ"));
    assert!(p.body.contains("Tỷ lệ hộ dân dùng nước sạch</textarea>") && p.body.contains("value=\"98,5\""));
    form[0] = ("period", "2023");
    let p = s.post(&new, &form).await;
    assert_eq!(p.status, StatusCode::SEE_OTHER, "{}", p.body);
    assert_eq!(p.location(), format!("/chi-tieu?don_vi={lb}&ky=2023"));
    let list = app
        .get(&format!("/api/v1/targets?unit_id={lb}&period=2023&limit=500"))
        .await;
    let t = list["items"]
        .as_array()
        .unwrap()
        .iter()
        .find(|t| t["indicator"] == "Tỷ lệ hộ dân dùng nước sạch")
        .expect("the new target")
        .clone();
    assert_eq!(t["planned"], 98.5);
    let id = t["id"].as_i64().unwrap();

    // An actual value: a bad number, then a good one.
    let actual = format!("/chi-tieu/{id}/so-lieu");
    assert!(s.ok(&actual).await.contains("98,5") || s.ok(&actual).await.contains("98,50"));
    let p = s
        .post(
            &actual,
            &[
                ("measured_on", "15/11/2023"),
                ("value", "nhiều"),
                ("note", "Theo báo cáo phường"),
            ],
        )
        .await;
    assert_eq!(p.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(field_error(&p.body, "value"), "Hãy nhập một số, ví dụ 1.250,5.");
    assert!(p.body.contains("Theo báo cáo phường</textarea>"));
    let p = s
        .post(&actual, &[("measured_on", "15/11/2023"), ("value", "99"), ("note", "")])
        .await;
    assert_eq!(p.status, StatusCode::SEE_OTHER, "{}", p.body);
    assert_eq!(app.get(&format!("/api/v1/targets/{id}")).await["actual"], 99.0);

    // A leader may neither add targets nor record values; another district is not found.
    let l = Browser::login(&app, "lanhdao.lb").await;
    assert!(!l.ok(&format!("/chi-tieu?don_vi={lb}")).await.contains("/chi-tieu/moi"));
    assert_eq!(l.get(&new).await.status, StatusCode::FORBIDDEN);
    assert_eq!(l.post(&new, &form).await.status, StatusCode::FORBIDDEN);
    assert_eq!(l.get(&actual).await.status, StatusCode::FORBIDDEN);
    assert_eq!(
        s.get(&format!("/chi-tieu/moi?don_vi={hbt}")).await.status,
        StatusCode::NOT_FOUND
    );
});
