//! Inspections over HTTP, bad input: a subject outside the commission's reach, a plan item
//! without subjects, a schedule before its decision, a paper dated ahead of today, a conclusion
//! without findings, a follow-up due before the conclusion, a lead unit in another district,
//! a team member of another province — each named by its field in Vietnamese, nothing written;
//! another district's caller refused.

use reqwest::{Method, StatusCode};
use serde_json::{Value, json};

use crate::common::*;
use crate::inspections::{as_, cast, new_inspection, person_id};

both!(bad_input_is_named_in_vietnamese_and_writes_nothing, |app| async move {
    let c = cast(&app).await;
    let (body, hbt_ward) = (
        app.unit_id("uy ban kiem tra quan uy long bien").await,
        app.unit_id("dang uy phuong bach khoa").await,
    );
    let plan = |subjects: Value| {
        json!({"body_unit_id": body, "year": 2023, "title": "Thử",
        "items": [{"content": "Thử", "subject_unit_ids": subjects, "time_text": "Quý IV/2023", "method": "inspection"}]})
    };
    // A subject in another district: unknown to Long Biên's inspector, out of scope for an admin.
    let (s, e) = as_(
        &app,
        &c.inspector,
        Method::POST,
        "/api/v1/inspection-plans",
        Some(plan(json!([hbt_ward]))),
    )
    .await;
    assert_error(
        s,
        &e,
        StatusCode::UNPROCESSABLE_ENTITY,
        "unknown_reference",
        Some("items[0].subject_unit_ids"),
    );
    let (s, e) = app.post("/api/v1/inspection-plans", plan(json!([hbt_ward]))).await;
    assert_error(
        s,
        &e,
        StatusCode::UNPROCESSABLE_ENTITY,
        "out_of_scope",
        Some("items[0].subject_unit_ids"),
    );
    let (s, e) = as_(
        &app,
        &c.inspector,
        Method::POST,
        "/api/v1/inspection-plans",
        Some(plan(json!([]))),
    )
    .await;
    assert_error(
        s,
        &e,
        StatusCode::UNPROCESSABLE_ENTITY,
        "required",
        Some("items[0].subject_unit_ids"),
    );
    assert!(
        e["error"]["message"].as_str().unwrap().contains("Đối tượng kiểm tra"),
        "{e}"
    );
    let (_, plans) = as_(&app, &c.inspector, Method::GET, "/api/v1/inspection-plans", None).await;
    assert_eq!(plans.as_array().unwrap().len(), 1, "nothing written: {plans}");
    // The demo's inspection at "concluded" cannot be concluded again; a new one walks to a draft.
    let (id, bode, ngoclam) = new_inspection(&app, &c.inspector).await;
    let at = |step: &str| format!("/api/v1/inspections/{id}/{step}");
    let head = person_id(&app, "Nguyễn Duy Tuấn").await;
    let (s, e) = as_(&app, &c.inspector, Method::POST, &at("decision"), Some(json!({"symbol": "52-QĐ/UBKTQU",
        "decided_on": "2023-10-02", "starts_on": "2023-09-09", "ends_on": "2023-11-10", "team": [{"person_id": head, "role": "head"}]}))).await;
    assert_error(s, &e, StatusCode::UNPROCESSABLE_ENTITY, "invalid", Some("starts_on"));
    let (s, _) = as_(&app, &c.inspector, Method::POST, &at("decision"), Some(json!({"symbol": "52-QĐ/UBKTQU",
        "decided_on": "2023-10-02", "starts_on": "2023-10-09", "ends_on": "2023-11-10", "team": [{"person_id": head, "role": "head"}]}))).await;
    assert_eq!(s, StatusCode::OK);
    for subject in [bode, ngoclam] {
        let (s, _) = app
            .post(
                &at("self-reports"),
                json!({"subject_unit_id": subject, "dated_on": "2023-10-12", "text": "Báo cáo"}),
            )
            .await;
        assert_eq!(s, StatusCode::CREATED);
    }
    let (s, e) = app
        .post(
            &at("self-reports"),
            json!({"dated_on": "2023-10-12", "text": "Báo cáo"}),
        )
        .await;
    assert_error(
        s,
        &e,
        StatusCode::UNPROCESSABLE_ENTITY,
        "required",
        Some("subject_unit_id"),
    );
    let (s, e) = as_(
        &app,
        &c.inspector,
        Method::POST,
        &at("verifications"),
        Some(json!({"dated_on": "2099-01-01", "text": "Thử"})),
    )
    .await;
    assert_error(s, &e, StatusCode::UNPROCESSABLE_ENTITY, "invalid", Some("dated_on"));
    for (path, text) in [("verifications", "Biên bản"), ("drafts", "Dự thảo")] {
        let (s, _) = as_(
            &app,
            &c.inspector,
            Method::POST,
            &at(path),
            Some(json!({"dated_on": "2023-10-20", "text": text})),
        )
        .await;
        assert_eq!(s, StatusCode::CREATED);
    }
    let conclusion = |findings: Value, due: &str| {
        json!({"symbol": "21-TB/UBKTQU", "concluded_on": "2023-11-10", "summary": "Kết luận",
        "findings": findings, "recommendations": [{"subject_unit_id": bode, "lead_unit_id": bode, "text": "Khắc phục", "due_on": due}]})
    };
    let both_findings = json!([{"subject_unit_id": bode, "text": "Tốt"}, {"subject_unit_id": ngoclam, "text": "Chậm"}]);
    let (s, e) = as_(
        &app,
        &c.inspector,
        Method::POST,
        &at("conclusion"),
        Some(conclusion(json!([]), "2023-12-31")),
    )
    .await;
    assert_error(s, &e, StatusCode::UNPROCESSABLE_ENTITY, "invalid", Some("findings"));
    assert!(
        e["error"]["message"]
            .as_str()
            .unwrap()
            .contains("chưa có nội dung kết luận"),
        "{e}"
    );
    let (s, e) = as_(
        &app,
        &c.inspector,
        Method::POST,
        &at("conclusion"),
        Some(conclusion(both_findings.clone(), "2023-11-09")),
    )
    .await;
    assert_error(
        s,
        &e,
        StatusCode::UNPROCESSABLE_ENTITY,
        "invalid",
        Some("recommendations[0].due_on"),
    );
    let msg = e["error"]["message"].as_str().unwrap();
    assert!(msg.contains("09/11/2023") && msg.contains("10/11/2023"), "{msg}");
    let mut far = conclusion(both_findings.clone(), "2023-12-31");
    far["recommendations"][0]["lead_unit_id"] = json!(hbt_ward);
    let (s, e) = as_(&app, &c.inspector, Method::POST, &at("conclusion"), Some(far)).await;
    assert_error(
        s,
        &e,
        StatusCode::UNPROCESSABLE_ENTITY,
        "unknown_reference",
        Some("recommendations[0].lead_unit_id"),
    );
    // Nothing was half written: still a draft, no notice registered, no task.
    let v = app.get(&format!("/api/v1/inspections/{id}")).await;
    assert_eq!(v["inspection"]["step"], "drafted");
    assert!(v["inspection"]["document_id"].is_null());
    assert_eq!(v["recommendations"], json!([]));
    let (s, done) = as_(
        &app,
        &c.inspector,
        Method::POST,
        &at("conclusion"),
        Some(conclusion(both_findings, "2023-11-10")),
    )
    .await;
    assert_eq!(
        s,
        StatusCode::CREATED,
        "a follow-up due on the conclusion day is accepted: {done}"
    );
    // Another district's ids: Hai Bà Trưng's inspector cannot act on Long Biên's inspection.
    let (s, _) = as_(&app, &c.other_inspector, Method::POST, &at("close"), None).await;
    assert_eq!(s, StatusCode::NOT_FOUND);
    let (s, _) = as_(&app, &c.leader, Method::POST, &at("close"), None).await;
    assert_eq!(s, StatusCode::FORBIDDEN);
});

both!(a_team_member_of_another_province_is_refused, |app| async move {
    let c = cast(&app).await;
    let (id, _, _) = new_inspection(&app, &c.inspector).await;
    let stranger = person_of_another_province(&app).await;
    let head = person_id(&app, "Nguyễn Duy Tuấn").await;
    let decision = |team: Value| {
        json!({"symbol": "53-QĐ/UBKTQU", "decided_on": "2023-10-02", "starts_on": "2023-10-09",
               "ends_on": "2023-11-10", "team": team})
    };
    let at = format!("/api/v1/inspections/{id}/decision");
    // Even the administrator, who sees both provinces, cannot put Bắc Ninh's staff on Long
    // Biên's team: the team is the inspecting body's province's staff.
    let (s, e) = app
        .post(
            &at,
            decision(json!([{"person_id": head, "role": "head"}, {"person_id": stranger["id"], "role": "member"}])),
        )
        .await;
    assert_error(
        s,
        &e,
        StatusCode::UNPROCESSABLE_ENTITY,
        "out_of_scope",
        Some("team[1].person_id"),
    );
    assert!(e["error"]["message"].as_str().unwrap().contains("cùng tỉnh"), "{e}");
    let seen = app.get(&format!("/api/v1/inspections/{id}")).await;
    assert!(seen["decision_symbol"].is_null(), "nothing written: {seen}");
    // With the commission's own staff the same decision goes through.
    let (s, v) = app
        .post(&at, decision(json!([{"person_id": head, "role": "head"}])))
        .await;
    assert_eq!(s, StatusCode::OK, "{v}");
});
