//! Citizen feedback desks over HTTP: the officer named at a desk works in the desk's province
//! (the ratings are written and read there); another province's officer is refused by field, in
//! Vietnamese, and nothing is written.

use reqwest::StatusCode;
use serde_json::{Value, json};

use crate::common::*;

both!(a_desk_officer_of_another_province_is_refused, |app| async move {
    let bo_de = app.unit_id("phuong bo de").await;
    let stranger = person_of_another_province(&app).await;
    let desk = |person: &Value| json!({"unit_id": bo_de, "person_id": person, "name": "Bộ phận một cửa", "code": "bo-de-mot-cua-2"});
    // The administrator sees both provinces, but a desk's officer works in the desk's province.
    let (s, e) = app.post("/api/v1/feedback-points", desk(&stranger["id"])).await;
    assert_error(
        s,
        &e,
        StatusCode::UNPROCESSABLE_ENTITY,
        "out_of_scope",
        Some("person_id"),
    );
    assert!(e["error"]["message"].as_str().unwrap().contains("cùng tỉnh"), "{e}");
    // Nothing was written: the same address is still free for the ward's own officer.
    let (s, own) = app
        .post(
            "/api/v1/people",
            json!({"unit_id": bo_de, "name": "Lê Văn Tâm", "category": "civil_servant"}),
        )
        .await;
    assert_eq!(s, StatusCode::CREATED, "{own}");
    let (s, v) = app.post("/api/v1/feedback-points", desk(&own["id"])).await;
    assert_eq!(s, StatusCode::CREATED, "{v}");
});
