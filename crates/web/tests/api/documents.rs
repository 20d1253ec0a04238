//! Documents over HTTP: symbols parsed and refused with the expected forms, links, themes.

use reqwest::{Method, StatusCode};
use serde_json::json;

use crate::common::*;

both!(symbols_and_documents, |app| async move {
    let (s, p) = app
        .post("/api/v1/symbols/parse", json!({"symbol": "Số 09 KH/DU"}))
        .await;
    assert_eq!(s, StatusCode::OK, "{p}");
    assert_eq!(p["symbol"], "09-KH/ĐU");
    assert_eq!(p["kind"], "plan");
    assert_eq!(p["form"], "party");
    assert!(p["fixes"].as_array().is_some_and(|f| !f.is_empty()), "{p}");

    let (s, e) = app
        .post("/api/v1/symbols/parse", json!({"symbol": "kế hoạch năm"}))
        .await;
    assert_error(
        s,
        &e,
        StatusCode::UNPROCESSABLE_ENTITY,
        "invalid_symbol",
        Some("symbol"),
    );
    assert!(e["error"]["message"].as_str().unwrap().contains("152-KH/QU"), "{e}");

    let hbt_qu = app.unit_id("quan uy hai ba trung").await;
    let doc = json!({"symbol": "160-KH/QU", "title": "Thực hiện Chỉ thị số 24-CT/TU trong năm 2024",
                     "issuer_unit_id": hbt_qu, "issued_on": "2023-11-15"});
    let (s, d) = app.post("/api/v1/documents", doc.clone()).await;
    assert_eq!(s, StatusCode::CREATED, "{d}");
    assert_eq!(d["kind"], "plan");
    let (s, e) = app.post("/api/v1/documents", doc).await;
    assert_error(s, &e, StatusCode::CONFLICT, "duplicate_symbol", Some("symbol"));

    let (s, e) = app
        .post(
            "/api/v1/documents",
            json!({"symbol": "123/2020/NĐ-CP", "title": "Nghị định",
        "issuer_unit_id": hbt_qu, "issued_on": "2021-02-01"}),
        )
        .await;
    assert_error(s, &e, StatusCode::UNPROCESSABLE_ENTITY, "invalid", Some("issued_on"));

    // Link it to 24-CT/TU; the directive now has it below, and a cycle is refused.
    let ct24 = app.document_id("24-CT/TU").await;
    let id = d["id"].as_i64().unwrap();
    let (s, links) = app
        .post(
            &format!("/api/v1/documents/{id}/links"),
            json!({"to_id": ct24, "kind": "implements"}),
        )
        .await;
    assert_eq!(s, StatusCode::CREATED, "{links}");
    assert!(
        links
            .as_array()
            .unwrap()
            .iter()
            .any(|l| l["document_id"] == ct24 && l["direction"] == "up")
    );
    let down = app.get(&format!("/api/v1/documents/{ct24}/links")).await;
    assert!(
        down.as_array()
            .unwrap()
            .iter()
            .any(|l| l["document_id"] == id && l["direction"] == "down"),
        "{down}"
    );
    let (s, e) = app
        .post(
            &format!("/api/v1/documents/{ct24}/links"),
            json!({"to_id": id, "kind": "implements"}),
        )
        .await;
    assert_error(s, &e, StatusCode::UNPROCESSABLE_ENTITY, "cycle", Some("to_id"));

    // The directive's implementation graph reaches the ward plans under 152/153-KH/QU.
    let graph = app.get(&format!("/api/v1/documents/{ct24}/descendants")).await;
    assert!(graph.as_array().unwrap().len() >= 3, "{graph}");

    // Search by words without diacritics.
    let found = app.get("/api/v1/documents?q=chi%20thi%2024").await;
    assert!(
        found["items"]
            .as_array()
            .unwrap()
            .iter()
            .any(|d| d["symbol"] == "24-CT/TU"),
        "{found}"
    );

    let themes = app.get("/api/v1/themes?year=2023").await;
    assert!(
        themes
            .as_array()
            .unwrap()
            .iter()
            .any(|t| t["title"] == "Kỷ cương, trách nhiệm, hành động, sáng tạo, phát triển")
    );
    let (s, e) = app.call(Method::GET, "/api/v1/documents/999999/links", None).await;
    assert_error(s, &e, StatusCode::NOT_FOUND, "not_found", None);
});
