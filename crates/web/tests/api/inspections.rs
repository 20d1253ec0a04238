//! Inspection and supervision over HTTP, on both databases: the demo's concluded inspection
//! with one follow-up overdue; every step of a new inspection in turn (and out of turn);
//! confidential working papers (the team and the commission read them, the subject's officer
//! and a district leader get 404, another district gets 404 everywhere); bad input named by its
//! field, in Vietnamese.

use domain::access::Role;
use reqwest::{Method, StatusCode};
use serde_json::{Value, json};

use crate::common::*;

const BOUNDARY: &str = "dondoc-inspection-boundary-7c1e";
const PNG: &[u8] = b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\0\x01\0\0\0\x01\x08\x06\0\0\0\x1f\x15\xc4\x89";

pub(crate) async fn as_(
    app: &TestApp,
    token: &str,
    method: Method,
    path: &str,
    body: Option<Value>,
) -> (StatusCode, Value) {
    app.call_as(Some(token), method, path, body).await
}

async fn upload(app: &TestApp, token: &str, record: i64) -> (StatusCode, Value) {
    let mut body = format!(
        "--{BOUNDARY}\r\nContent-Disposition: form-data; name=\"file\"; filename=\"bien-ban.png\"\r\nContent-Type: image/png\r\n\r\n"
    )
    .into_bytes();
    body.extend_from_slice(PNG);
    body.extend_from_slice(format!("\r\n--{BOUNDARY}--\r\n").as_bytes());
    let resp = app
        .client
        .post(format!("{}/api/v1/inspection-records/{record}/files", app.base))
        .bearer_auth(token)
        .header("content-type", format!("multipart/form-data; boundary={BOUNDARY}"))
        .body(body)
        .send()
        .await
        .expect("answered");
    let status = resp.status();
    (status, resp.json().await.unwrap_or(Value::Null))
}

/// The people involved: the commission's inspector, a team member, the subject ward's officer,
/// Long Biên's leader, and Hai Bà Trưng's specialist and inspector.
pub(crate) struct Cast {
    pub(crate) inspector: String,
    pub(crate) member: String,
    pub(crate) officer: String,
    pub(crate) leader: String,
    pub(crate) other: String,
    pub(crate) other_inspector: String,
}

pub(crate) async fn person_id(app: &TestApp, name: &str) -> i64 {
    let v = app.get(&format!("/api/v1/people?q={}", urlencode(name))).await;
    v["items"][0]["id"]
        .as_i64()
        .unwrap_or_else(|| panic!("no person {name}: {v}"))
}

pub(crate) async fn cast(app: &TestApp) -> Cast {
    let (lb, hbt, bo_de, body) = (
        app.unit_id("quan long bien").await,
        app.unit_id("quan hai ba trung").await,
        app.unit_id("phuong bo de").await,
        app.unit_id("uy ban kiem tra quan uy long bien").await,
    );
    let member = person_id(app, "Nguyễn Hoàng Hiếu").await;
    Cast {
        inspector: app.token_for("kt.lb", Role::Inspector, Some(lb), None).await,
        member: app.token_for("kt.member", Role::Staff, Some(body), Some(member)).await,
        officer: app.token_for("kt.bode", Role::UnitOfficer, Some(bo_de), None).await,
        leader: app.token_for("kt.leader", Role::Leader, Some(lb), None).await,
        other: app.token_for("kt.hbt", Role::Specialist, Some(hbt), None).await,
        other_inspector: app.token_for("kt.hbt.kt", Role::Inspector, Some(hbt), None).await,
    }
}

/// The demo's inspection and its papers by kind.
async fn demo(app: &TestApp, token: &str) -> Value {
    let lb = app.unit_id("quan long bien").await;
    let (s, list) = as_(
        app,
        token,
        Method::GET,
        &format!("/api/v1/inspections?within={lb}"),
        None,
    )
    .await;
    assert_eq!(s, StatusCode::OK, "{list}");
    let id = list[0]["id"].as_i64().expect("the demo's inspection");
    let (s, v) = as_(app, token, Method::GET, &format!("/api/v1/inspections/{id}"), None).await;
    assert_eq!(s, StatusCode::OK, "{v}");
    v
}

fn records_of<'a>(v: &'a Value, kind: &str) -> Vec<&'a Value> {
    v["records"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|r| r["record"]["kind"] == kind)
        .collect()
}

both!(
    the_demo_inspection_is_concluded_with_one_follow_up_overdue,
    |app| async move {
        let c = cast(&app).await;
        let v = demo(&app, &c.inspector).await;
        assert_eq!(v["inspection"]["step"], "concluded");
        assert_eq!(v["inspection"]["conclusion_symbol"], "12-TB/UBKTQU");
        assert_eq!(v["subjects"].as_array().unwrap().len(), 2);
        assert_eq!(v["team"].as_array().unwrap().len(), 2);
        assert_eq!(v["findings"].as_array().unwrap().len(), 2);
        let statuses: Vec<&str> = v["recommendations"]
            .as_array()
            .unwrap()
            .iter()
            .map(|r| r["task_status"].as_str().unwrap())
            .collect();
        assert_eq!(statuses, ["completed_on_time", "overdue", "not_started"], "{v}");
        let (s, overdue) = as_(
            &app,
            &c.inspector,
            Method::GET,
            "/api/v1/inspection-follow-ups/overdue",
            None,
        )
        .await;
        assert_eq!(s, StatusCode::OK);
        assert_eq!(overdue.as_array().unwrap().len(), 1, "{overdue}");
        assert_eq!(overdue[0]["due_on"], "2023-11-15");
        // The follow-up is a task of the conclusion notice, led by the ward: its officers see it.
        let task = overdue[0]["task_id"].as_i64().unwrap();
        let (s, t) = as_(&app, &c.officer, Method::GET, &format!("/api/v1/tasks/{task}"), None).await;
        assert_eq!(s, StatusCode::NOT_FOUND, "Ngọc Lâm's task is not Bồ Đề's: {t}");
        let (s, t) = app.call(Method::GET, &format!("/api/v1/tasks/{task}"), None).await;
        assert_eq!(s, StatusCode::OK);
        assert_eq!(t["status"], "overdue");
        // Closing is refused while recommendations are open.
        let id = v["inspection"]["id"].as_i64().unwrap();
        let (s, e) = as_(
            &app,
            &c.inspector,
            Method::POST,
            &format!("/api/v1/inspections/{id}/close"),
            None,
        )
        .await;
        assert_error(s, &e, StatusCode::CONFLICT, "inspection_step", Some("step"));
        assert!(
            e["error"]["message"].as_str().unwrap().contains("còn 2 kiến nghị"),
            "{e}"
        );
    }
);

both!(a_subject_sees_only_its_own_part_in_the_lists, |app| async move {
    // Found by an outside sweep: the ward's officer read, in the lists, the other ward's
    // overdue recommendation (its text, task and lead) and its name among the subjects,
    // though the inspection's page shows it only its own part.
    let c = cast(&app).await;
    let full = demo(&app, &c.inspector).await;
    let id = full["inspection"]["id"].as_i64().unwrap();
    let subjects_listed = |v: &Value| -> Vec<String> {
        v.as_array().unwrap().iter().find(|i| i["id"] == id).unwrap()["subjects"]
            .as_array()
            .unwrap()
            .iter()
            .map(|s| s.as_str().unwrap().to_string())
            .collect()
    };
    let (s, listed) = as_(&app, &c.officer, Method::GET, "/api/v1/inspections", None).await;
    assert_eq!(s, StatusCode::OK);
    assert_eq!(subjects_listed(&listed), ["Đảng ủy phường Bồ Đề"], "{listed}");
    let (s, overdue) = as_(
        &app,
        &c.officer,
        Method::GET,
        "/api/v1/inspection-follow-ups/overdue",
        None,
    )
    .await;
    assert_eq!(s, StatusCode::OK);
    assert_eq!(overdue, json!([]), "Ngọc Lâm's follow-up is not Bồ Đề's");
    // The inspecting side and the district above both wards see the whole inspection.
    for t in [&c.inspector, &c.leader] {
        let (_, listed) = as_(&app, t, Method::GET, "/api/v1/inspections", None).await;
        assert_eq!(subjects_listed(&listed).len(), 2, "{listed}");
        let (_, overdue) = as_(&app, t, Method::GET, "/api/v1/inspection-follow-ups/overdue", None).await;
        assert_eq!(overdue.as_array().unwrap().len(), 1, "{overdue}");
    }
});

both!(
    working_papers_are_for_the_team_and_the_commission_only,
    |app| async move {
        let c = cast(&app).await;
        let full = demo(&app, &c.inspector).await;
        let id = full["inspection"]["id"].as_i64().unwrap();
        let draft = records_of(&full, "draft")[0]["record"]["id"].as_i64().unwrap();
        let note = records_of(&full, "verification")[0]["record"]["id"].as_i64().unwrap();
        let bode_du = app.unit_id("dang uy phuong bo de").await;
        let reports = records_of(&full, "self_report");
        let own = reports
            .iter()
            .find(|r| r["record"]["subject_unit_id"] == bode_du)
            .unwrap()["record"]["id"]
            .as_i64()
            .unwrap();
        let others = reports
            .iter()
            .find(|r| r["record"]["subject_unit_id"] != bode_du)
            .unwrap()["record"]["id"]
            .as_i64()
            .unwrap();
        let get = |token: &str, path: String| {
            let (app, token) = (&app, token.to_string());
            async move { as_(app, &token, Method::GET, &path, None).await.0 }
        };
        let paper = |r: i64| format!("/api/v1/inspection-records/{r}");
        // The commission and a team member read the draft and the notes.
        for t in [&c.inspector, &c.member] {
            assert_eq!(get(t, paper(draft)).await, StatusCode::OK);
            assert_eq!(get(t, paper(note)).await, StatusCode::OK);
        }
        let (_, as_member) = as_(&app, &c.member, Method::GET, &format!("/api/v1/inspections/{id}"), None).await;
        assert_eq!(records_of(&as_member, "draft").len(), 1);
        // The subject's officer: the inspection, its own self-report, its findings and the
        // conclusion — not the draft, the notes, or the other ward's papers.
        assert_eq!(get(&c.officer, paper(draft)).await, StatusCode::NOT_FOUND);
        assert_eq!(get(&c.officer, paper(note)).await, StatusCode::NOT_FOUND);
        assert_eq!(get(&c.officer, paper(own)).await, StatusCode::OK);
        assert_eq!(get(&c.officer, paper(others)).await, StatusCode::NOT_FOUND);
        let (s, seen) = as_(
            &app,
            &c.officer,
            Method::GET,
            &format!("/api/v1/inspections/{id}"),
            None,
        )
        .await;
        assert_eq!(s, StatusCode::OK);
        assert_eq!(seen["inspection"]["conclusion_symbol"], "12-TB/UBKTQU");
        assert!(records_of(&seen, "draft").is_empty() && records_of(&seen, "verification").is_empty());
        assert_eq!(records_of(&seen, "self_report").len(), 1);
        assert_eq!(seen["findings"].as_array().unwrap().len(), 1);
        assert!(
            seen["findings"]
                .as_array()
                .unwrap()
                .iter()
                .all(|f| f["subject_unit_id"] == bode_du)
        );
        // The district's leader reads the inspection, not the working papers.
        assert_eq!(
            get(&c.leader, format!("/api/v1/inspections/{id}")).await,
            StatusCode::OK
        );
        assert_eq!(get(&c.leader, paper(draft)).await, StatusCode::NOT_FOUND);
        // Another district: nothing, anywhere.
        for t in [&c.other, &c.other_inspector] {
            assert_eq!(get(t, format!("/api/v1/inspections/{id}")).await, StatusCode::NOT_FOUND);
            for r in [draft, note, own] {
                assert_eq!(get(t, paper(r)).await, StatusCode::NOT_FOUND);
            }
            let plan = full["inspection"]["plan_id"].as_i64().unwrap();
            assert_eq!(
                get(t, format!("/api/v1/inspection-plans/{plan}")).await,
                StatusCode::NOT_FOUND
            );
            let (_, listed) = as_(&app, t, Method::GET, "/api/v1/inspections", None).await;
            assert!(listed.as_array().unwrap().iter().all(|i| i["id"] != id), "{listed}");
            let (_, overdue) = as_(&app, t, Method::GET, "/api/v1/inspection-follow-ups/overdue", None).await;
            assert_eq!(overdue, json!([]));
            let (s, _) = as_(&app, t, Method::POST, &format!("/api/v1/inspections/{id}/close"), None).await;
            assert!(matches!(s.as_u16(), 403 | 404), "{s}");
        }
        let (s, _) = as_(
            &app,
            &c.other_inspector,
            Method::POST,
            &format!("/api/v1/inspections/{id}/drafts"),
            Some(json!({"dated_on": "2023-11-01", "text": "Thử"})),
        )
        .await;
        assert_eq!(s, StatusCode::NOT_FOUND);
    }
);

/// A new plan by Long Biên's commission of Bồ Đề and Ngọc Lâm: its inspection's id.
pub(crate) async fn new_inspection(app: &TestApp, token: &str) -> (i64, i64, i64) {
    let (body, bode, ngoclam) = (
        app.unit_id("uy ban kiem tra quan uy long bien").await,
        app.unit_id("dang uy phuong bo de").await,
        app.unit_id("dang uy phuong ngoc lam").await,
    );
    let (s, made) = as_(
        app,
        token,
        Method::POST,
        "/api/v1/inspection-plans",
        Some(
            json!({"body_unit_id": body, "year": 2023, "title": "Chương trình giám sát chuyên đề quý IV/2023",
            "items": [{"content": "Giám sát việc thực hiện Chỉ thị 24-CT/TU", "subject_unit_ids": [bode, ngoclam],
                       "time_text": "Quý IV/2023", "method": "supervision"}]}),
        ),
    )
    .await;
    assert_eq!(s, StatusCode::CREATED, "{made}");
    assert_eq!(made["inspections"][0]["step"], "planned");
    (made["inspections"][0]["id"].as_i64().unwrap(), bode, ngoclam)
}

both!(every_step_in_turn_and_none_out_of_turn, |app| async move {
    let c = cast(&app).await;
    let (id, bode, ngoclam) = new_inspection(&app, &c.inspector).await;
    let at = |step: &str| format!("/api/v1/inspections/{id}/{step}");
    let post = |token: &str, path: String, body: Value| {
        let (app, token) = (&app, token.to_string());
        async move { as_(app, &token, Method::POST, &path, Some(body)).await }
    };
    let step = || {
        let app = &app;
        async move { app.get(&format!("/api/v1/inspections/{id}")).await["inspection"]["step"].clone() }
    };
    // Out of turn: no conclusion, no draft before the decision.
    let (s, e) = post(
        &c.inspector,
        at("drafts"),
        json!({"dated_on": "2023-11-01", "text": "Dự thảo"}),
    )
    .await;
    assert_error(s, &e, StatusCode::CONFLICT, "inspection_step", Some("step"));
    assert!(
        e["error"]["message"].as_str().unwrap().contains("Trong kế hoạch"),
        "{e}"
    );
    let (head, member) = (
        person_id(&app, "Nguyễn Duy Tuấn").await,
        person_id(&app, "Nguyễn Hoàng Hiếu").await,
    );
    let decision = json!({"symbol": "51-QĐ/UBKTQU", "decided_on": "2023-10-02", "starts_on": "2023-10-09", "ends_on": "2023-11-10",
        "team": [{"person_id": head, "role": "head"}, {"person_id": member, "role": "member"}]});
    let (s, v) = post(&c.inspector, at("decision"), decision.clone()).await;
    assert_eq!(s, StatusCode::OK, "{v}");
    assert_eq!(v["step"], "decided");
    let (s, _) = post(&c.inspector, at("decision"), decision).await;
    assert_eq!(s, StatusCode::CONFLICT, "one decision");
    // Self-reports: the ward's officer for its own party committee only, with a file.
    let (s, e) = post(
        &c.officer,
        at("self-reports"),
        json!({"subject_unit_id": ngoclam, "dated_on": "2023-10-12", "text": "Thử"}),
    )
    .await;
    assert_error(
        s,
        &e,
        StatusCode::UNPROCESSABLE_ENTITY,
        "unknown_reference",
        Some("subject_unit_id"),
    );
    let (s, r) = post(&c.officer, at("self-reports"), json!({"subject_unit_id": bode, "dated_on": "2023-10-12", "text": "Báo cáo tự kiểm tra của Đảng ủy phường Bồ Đề"})).await;
    assert_eq!(s, StatusCode::CREATED, "{r}");
    let own = r["record"]["id"].as_i64().unwrap();
    let (s, f) = upload(&app, &c.officer, own).await;
    assert_eq!(s, StatusCode::CREATED, "{f}");
    assert_eq!(step().await, "decided", "one subject of two has reported");
    let (s, _) = post(
        &c.inspector,
        at("verifications"),
        json!({"dated_on": "2023-10-13", "text": "Thử"}),
    )
    .await;
    assert_eq!(s, StatusCode::CONFLICT, "verification waits for every self-report");
    let (s, _) = app
        .post(&at("self-reports"), json!({"subject_unit_id": ngoclam, "dated_on": "2023-10-13", "text": "Báo cáo tự kiểm tra của Đảng ủy phường Ngọc Lâm"}))
        .await;
    assert_eq!(s, StatusCode::CREATED);
    assert_eq!(step().await, "verifying");
    // Verification and the draft: the commission's, with files the subject cannot fetch.
    let (s, e) = post(
        &c.inspector,
        at("drafts"),
        json!({"dated_on": "2023-10-20", "text": "Dự thảo"}),
    )
    .await;
    assert_error(s, &e, StatusCode::CONFLICT, "inspection_step", Some("step"));
    let (s, note) = post(
        &c.inspector,
        at("verifications"),
        json!({"subject_unit_id": bode, "dated_on": "2023-10-20", "text": "Biên bản xác minh"}),
    )
    .await;
    assert_eq!(s, StatusCode::CREATED, "{note}");
    let note = note["record"]["id"].as_i64().unwrap();
    let (s, files) = upload(&app, &c.inspector, note).await;
    assert_eq!(s, StatusCode::CREATED, "{files}");
    let file = files[0]["id"].as_i64().unwrap();
    let (s, _) = as_(&app, &c.officer, Method::GET, &format!("/api/v1/files/{file}"), None).await;
    assert_eq!(s, StatusCode::NOT_FOUND, "a working paper's file");
    let (s, _) = as_(&app, &c.member, Method::GET, &format!("/api/v1/files/{file}"), None).await;
    assert_eq!(s, StatusCode::OK);
    let (s, _) = upload(&app, &c.officer, note).await;
    assert_eq!(s, StatusCode::NOT_FOUND);
    let (s, _) = post(
        &c.officer,
        at("verifications"),
        json!({"dated_on": "2023-10-20", "text": "Thử"}),
    )
    .await;
    assert_eq!(s, StatusCode::FORBIDDEN);
    let (s, _) = post(
        &c.inspector,
        at("drafts"),
        json!({"dated_on": "2023-11-02", "text": "Dự thảo báo cáo kết quả giám sát"}),
    )
    .await;
    assert_eq!(s, StatusCode::CREATED);
    assert_eq!(step().await, "drafted");
    // The conclusion: findings about both, two recommendations become the wards' tasks.
    let (s, done) = post(
        &c.inspector,
        at("conclusion"),
        json!({"symbol": "20-TB/UBKTQU", "concluded_on": "2023-11-10", "summary": "Kết luận giám sát",
            "findings": [{"subject_unit_id": bode, "text": "Thực hiện tốt"}, {"subject_unit_id": ngoclam, "text": "Còn chậm"}],
            "recommendations": [{"subject_unit_id": ngoclam, "lead_unit_id": ngoclam, "text": "Khắc phục hạn chế", "due_on": "2023-12-15"},
                                {"subject_unit_id": bode, "lead_unit_id": bode, "text": "Phát huy", "due_on": "2023-12-31"}]}),
    )
    .await;
    assert_eq!(s, StatusCode::CREATED, "{done}");
    assert_eq!(done["inspection"]["step"], "concluded");
    let tasks: Vec<i64> = done["task_ids"]
        .as_array()
        .unwrap()
        .iter()
        .map(|t| t.as_i64().unwrap())
        .collect();
    let (s, t) = as_(
        &app,
        &c.officer,
        Method::GET,
        &format!("/api/v1/tasks/{}", tasks[1]),
        None,
    )
    .await;
    assert_eq!(s, StatusCode::OK, "the ward's follow-up task: {t}");
    assert_eq!(t["due_on"], "2023-12-31");
    assert_eq!(t["lead_unit_id"], bode);
    // The ward completes its task; the other recommendation is closed formally; then closing.
    let (s, v) = as_(
        &app,
        &c.officer,
        Method::POST,
        &format!("/api/v1/tasks/{}/complete", tasks[1]),
        Some(json!({"version": t["version"], "completed_on": "2023-11-20", "note": "Đã thực hiện"})),
    )
    .await;
    assert_eq!(s, StatusCode::OK, "{v}");
    let (s, e) = post(&c.inspector, at("close"), json!({})).await;
    assert!(
        e["error"]["message"].as_str().unwrap().contains("còn 1 kiến nghị"),
        "{s} {e}"
    );
    let recs = app.get(&format!("/api/v1/inspections/{id}")).await["recommendations"].clone();
    let open = recs
        .as_array()
        .unwrap()
        .iter()
        .find(|r| r["task_id"] == tasks[0])
        .unwrap()["id"]
        .as_i64()
        .unwrap();
    let close_rec = format!("/api/v1/inspections/{id}/recommendations/{open}/close");
    let (s, e) = post(&c.inspector, close_rec.clone(), json!({"reason": " "})).await;
    assert_error(s, &e, StatusCode::UNPROCESSABLE_ENTITY, "required", Some("reason"));
    let (s, _) = post(
        &c.inspector,
        close_rec.clone(),
        json!({"reason": "Đơn vị đã sáp nhập, kiến nghị không còn phù hợp"}),
    )
    .await;
    assert_eq!(s, StatusCode::NO_CONTENT);
    let (s, _) = post(&c.inspector, close_rec, json!({"reason": "Lần hai"})).await;
    assert_eq!(s, StatusCode::NOT_FOUND, "closed once");
    let (s, v) = post(&c.inspector, at("close"), json!({})).await;
    assert_eq!(s, StatusCode::OK, "{v}");
    assert_eq!(v["step"], "closed");
    assert_eq!(v["closed_on"], "2023-11-20");
    // Listed by step for the inspector's pages.
    let (_, in_progress) = as_(
        &app,
        &c.inspector,
        Method::GET,
        "/api/v1/inspections?step=in_progress",
        None,
    )
    .await;
    assert!(in_progress.as_array().unwrap().iter().all(|i| i["id"] != id));
    let (_, closed) = as_(&app, &c.inspector, Method::GET, "/api/v1/inspections?step=closed", None).await;
    assert!(closed.as_array().unwrap().iter().any(|i| i["id"] == id));
});
