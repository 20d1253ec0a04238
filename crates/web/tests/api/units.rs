//! Units over HTTP: validation, not found, versions, moves, language.

use reqwest::{Method, StatusCode};
use serde_json::json;

use crate::common::*;

both!(create_validate_and_find, |app| async move {
    let lb = app.unit_id("quan long bien").await;
    let (s, unit) = app
        .post(
            "/api/v1/units",
            json!({"parent_id": lb, "kind": "party_cell", "name": "  Chi bộ Tổ dân phố 12  "}),
        )
        .await;
    assert_eq!(s, StatusCode::CREATED, "{unit}");
    assert_eq!(unit["name"], "Chi bộ Tổ dân phố 12");
    assert!(unit["path"].as_str().unwrap().ends_with(&format!("/{}/", unit["id"])));

    let (s, e) = app
        .post(
            "/api/v1/units",
            json!({"parent_id": lb, "kind": "party_cell", "name": "   "}),
        )
        .await;
    assert_error(s, &e, StatusCode::UNPROCESSABLE_ENTITY, "required", Some("name"));
    assert!(e["error"]["message"].as_str().unwrap().contains("bắt buộc"), "{e}");

    let (s, e) = app
        .call_lang(
            Method::POST,
            "/api/v1/units",
            Some(json!({"kind": "party_cell", "name": ""})),
            "en",
        )
        .await;
    assert_error(s, &e, StatusCode::UNPROCESSABLE_ENTITY, "required", Some("name"));
    assert!(e["error"]["message"].as_str().unwrap().contains("required"), "{e}");

    let (s, e) = app.post("/api/v1/units", json!({"kind": "castle", "name": "X"})).await;
    assert_error(s, &e, StatusCode::UNPROCESSABLE_ENTITY, "invalid", Some("kind"));

    let (s, e) = app.post("/api/v1/units", json!({"kind": "ward"})).await;
    assert_error(s, &e, StatusCode::UNPROCESSABLE_ENTITY, "invalid", Some("name"));

    let (s, e) = app
        .post(
            "/api/v1/units",
            json!({"parent_id": 999999, "kind": "ward", "name": "Phường Mới"}),
        )
        .await;
    assert_error(
        s,
        &e,
        StatusCode::UNPROCESSABLE_ENTITY,
        "unknown_reference",
        Some("parent_id"),
    );

    let resp = app
        .client
        .post(format!("{}/api/v1/units", app.base))
        .bearer_auth(&app.token)
        .header("Content-Type", "application/json")
        .body("{oops")
        .send()
        .await
        .unwrap();
    assert_eq!(resp.status(), StatusCode::BAD_REQUEST);
    let e: serde_json::Value = resp.json().await.unwrap();
    assert_eq!(e["error"]["code"], "invalid_json");

    let (s, e) = app.call(Method::GET, "/api/v1/units/999999", None).await;
    assert_error(s, &e, StatusCode::NOT_FOUND, "not_found", None);

    // Diacritic-insensitive search; đ matches d.
    let found = app.get("/api/v1/units?q=duc%20giang").await;
    assert!(
        found["items"]
            .as_array()
            .unwrap()
            .iter()
            .any(|u| u["name"] == "Phường Đức Giang"),
        "{found}"
    );
});

both!(stale_version_gets_409_and_moves_refuse_cycles, |app| async move {
    let lb = app.unit_id("quan long bien").await;
    let bode = app.unit_id("phuong bo de").await;
    let unit = app.get(&format!("/api/v1/units/{bode}")).await;
    let v = unit["version"].as_i64().unwrap();
    let body = |name: &str, version: i64| json!({"version": version, "parent_id": lb, "kind": "ward", "name": name});
    // Two clients edit the same version: the first wins, the second gets 409.
    let (s1, _) = app
        .put(&format!("/api/v1/units/{bode}"), body("Phường Bồ Đề (mới)", v))
        .await;
    let (s2, e) = app
        .put(&format!("/api/v1/units/{bode}"), body("Phường Bồ Đề (khác)", v))
        .await;
    assert_eq!(s1, StatusCode::OK);
    assert_error(s2, &e, StatusCode::CONFLICT, "stale_version", Some("version"));
    assert_eq!(
        app.get(&format!("/api/v1/units/{bode}")).await["name"],
        "Phường Bồ Đề (mới)"
    );

    // Moving a district under its own ward is refused.
    let district = app.get(&format!("/api/v1/units/{lb}")).await;
    let (s, e) = app
        .put(
            &format!("/api/v1/units/{lb}"),
            json!({
        "version": district["version"], "parent_id": bode, "kind": "district", "name": "Quận Long Biên"}),
        )
        .await;
    assert_error(s, &e, StatusCode::UNPROCESSABLE_ENTITY, "cycle", Some("parent_id"));

    // Breadcrumbs run from the city down.
    let crumbs = app.get(&format!("/api/v1/units/{bode}/ancestors")).await;
    let names: Vec<&str> = crumbs
        .as_array()
        .unwrap()
        .iter()
        .map(|u| u["name"].as_str().unwrap())
        .collect();
    assert_eq!(names, ["Thành phố Hà Nội", "Quận Long Biên", "Phường Bồ Đề (mới)"]);

    // A unit in use cannot be deleted.
    let (s, e) = app
        .call(
            Method::DELETE,
            &format!("/api/v1/units/{lb}?version={}", district["version"]),
            None,
        )
        .await;
    assert_error(s, &e, StatusCode::CONFLICT, "in_use", None);
});
