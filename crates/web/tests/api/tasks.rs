//! Tasks over HTTP: assignment from deadline text, batches all-or-nothing, the work flow.

use reqwest::StatusCode;
use serde_json::{Value, json};

use crate::common::*;
use reqwest::Method;

async fn setup(app: &TestApp) -> (i64, i64) {
    (
        app.document_id("152-KH/QU").await,
        app.unit_id("ubnd phuong bach mai").await,
    )
}

fn task(plan: i64, lead: i64, title: &str, deadline: &str) -> Value {
    json!({"plan_id": plan, "title": title, "lead_unit_id": lead, "deadline_text": deadline, "is_key": true})
}

both!(assign_and_validate, |app| async move {
    let (plan, lead) = setup(&app).await;
    let (s, t) = app
        .post(
            "/api/v1/tasks",
            task(
                plan,
                lead,
                "Rà soát hồ sơ giải quyết thủ tục hành chính quá hạn",
                "trong tháng 12/2023",
            ),
        )
        .await;
    assert_eq!(s, StatusCode::CREATED, "{t}");
    assert_eq!(t["due_on"], "2023-12-31");
    assert_eq!(t["status"], "not_started");

    let (s, e) = app
        .post(
            "/api/v1/tasks",
            json!({"plan_id": plan, "title": "X", "lead_unit_id": lead, "due_on": "2023-01-01"}),
        )
        .await;
    assert_error(s, &e, StatusCode::UNPROCESSABLE_ENTITY, "invalid", Some("due_on"));
    let (s, e) = app
        .post(
            "/api/v1/tasks",
            json!({"plan_id": plan, "title": "X", "lead_unit_id": lead}),
        )
        .await;
    assert_error(
        s,
        &e,
        StatusCode::UNPROCESSABLE_ENTITY,
        "required",
        Some("deadline_text"),
    );
    let (s, e) = app.post("/api/v1/tasks", task(plan, 999999, "X", "Quý IV/2023")).await;
    assert_error(
        s,
        &e,
        StatusCode::UNPROCESSABLE_ENTITY,
        "unknown_reference",
        Some("lead_unit_id"),
    );

    // A batch with one bad item writes nothing and names the item.
    let before = app.get(&format!("/api/v1/tasks?plan_id={plan}&limit=1")).await["total"]
        .as_i64()
        .unwrap();
    let batch = json!({"tasks": [task(plan, lead, "Một", "Quý IV/2023"), task(plan, lead, "  ", "Quý IV/2023")]});
    let (s, e) = app.post("/api/v1/tasks/batch", batch).await;
    assert_error(
        s,
        &e,
        StatusCode::UNPROCESSABLE_ENTITY,
        "required",
        Some("tasks[1].title"),
    );
    let after = app.get(&format!("/api/v1/tasks?plan_id={plan}&limit=1")).await["total"]
        .as_i64()
        .unwrap();
    assert_eq!(before, after);
    let batch = json!({"tasks": [task(plan, lead, "Một", "Quý IV/2023"), task(plan, lead, "Hai", "hằng tháng")]});
    let (s, created) = app.post("/api/v1/tasks/batch", batch).await;
    assert_eq!(s, StatusCode::CREATED, "{created}");
    assert_eq!(created[1]["recurrence"], "monthly");
});

both!(work_flow_changes_status_and_history, |app| async move {
    let (plan, lead) = setup(&app).await;
    let (_, t) = app
        .post(
            "/api/v1/tasks",
            task(
                plan,
                lead,
                "Tổ chức hội nghị quán triệt tại các chi bộ",
                "trong tháng 12/2023",
            ),
        )
        .await;
    let id = t["id"].as_i64().unwrap();
    let (s, p) = app
        .post(
            &format!("/api/v1/tasks/{id}/progress"),
            json!({"percent": 40, "text": "Đã tổ chức tại 8/12 chi bộ."}),
        )
        .await;
    assert_eq!(s, StatusCode::CREATED, "{p}");
    assert_eq!(p["task"]["status"], "in_progress");
    let (s, e) = app
        .post(
            &format!("/api/v1/tasks/{id}/progress"),
            json!({"percent": 140, "text": "?"}),
        )
        .await;
    assert_error(s, &e, StatusCode::UNPROCESSABLE_ENTITY, "invalid", Some("percent"));

    let (s, r) = app
        .post(
            &format!("/api/v1/tasks/{id}/extensions"),
            json!({"new_due_on": "2024-01-31", "reason": "Chờ ý kiến của Ban Tuyên giáo"}),
        )
        .await;
    assert_eq!(s, StatusCode::CREATED, "{r}");
    assert_eq!(
        app.get(&format!("/api/v1/tasks/{id}")).await["status"],
        "extension_pending"
    );
    let (s, e) = app
        .post(
            &format!("/api/v1/tasks/{id}/extensions"),
            json!({"new_due_on": "2024-02-28", "reason": "Lần hai"}),
        )
        .await;
    assert_error(s, &e, StatusCode::CONFLICT, "extension_pending", None);
    let rid = r["id"].as_i64().unwrap();
    // Requests are decided and answered by another account than the one that made them.
    let other = app
        .token_for("quantri.khac", domain::access::Role::Admin, None, None)
        .await;
    let (s, e) = app
        .post(
            &format!("/api/v1/tasks/{id}/extensions/{rid}/decision"),
            json!({"approve": true, "note": "Tự duyệt"}),
        )
        .await;
    assert_error(s, &e, StatusCode::FORBIDDEN, "separation_of_duties", None);
    let (s, d) = app
        .call_as(
            Some(&other),
            Method::POST,
            &format!("/api/v1/tasks/{id}/extensions/{rid}/decision"),
            Some(json!({"approve": true, "note": "Đồng ý"})),
        )
        .await;
    assert_eq!(s, StatusCode::OK, "{d}");
    assert_eq!(d["task"]["due_on"], "2024-01-31");
    assert_eq!(d["task"]["original_due_on"], "2023-12-31");

    let (s, x) = app
        .post(
            &format!("/api/v1/tasks/{id}/explanations"),
            json!({"text": "Đề nghị giải trình lý do chậm."}),
        )
        .await;
    assert_eq!(s, StatusCode::CREATED, "{x}");
    let xid = x["id"].as_i64().unwrap();
    let (s, _) = app
        .call_as(
            Some(&other),
            Method::POST,
            &format!("/api/v1/tasks/{id}/explanations/{xid}/answer"),
            Some(json!({"text": "Do thay đổi nhân sự."})),
        )
        .await;
    assert_eq!(s, StatusCode::OK);

    let v = app.get(&format!("/api/v1/tasks/{id}")).await["version"]
        .as_i64()
        .unwrap();
    let (s, done) = app
        .post(
            &format!("/api/v1/tasks/{id}/complete"),
            json!({"version": v, "note": "Hoàn thành"}),
        )
        .await;
    assert_eq!(s, StatusCode::OK, "{done}");
    assert_eq!(done["status"], "completed_on_time");
    let (s, e) = app
        .post(&format!("/api/v1/tasks/{id}/complete"), json!({"version": v}))
        .await;
    assert_error(s, &e, StatusCode::CONFLICT, "stale_version", Some("version"));

    let h = app.get(&format!("/api/v1/tasks/{id}/history")).await;
    assert_eq!(h["progress"].as_array().unwrap().len(), 2);
    assert_eq!(h["extensions"][0]["decision"], "approved");
    assert_eq!(h["explanations"][0]["answer"], "Do thay đổi nhân sự.");
});
