//! The records the referenced-record matrix acts on (Long Biên) and names (Hai Bà Trưng).

use serde_json::{Value, json};

use crate::common::*;

/// Records inside Long Biên (the subjects) and in Hai Bà Trưng (what is named).
pub(super) struct Scene {
    pub(super) plan: i64,
    pub(super) task: i64,
    pub(super) task_version: Value,
    /// A task with a pending extension request, and one with an open explanation request.
    pub(super) ext_task: i64,
    pub(super) ext_id: i64,
    pub(super) exp_task: i64,
    pub(super) exp_id: i64,
    pub(super) unit: i64,
    pub(super) unit_version: Value,
    pub(super) person: i64,
    pub(super) person_version: Value,
    pub(super) theme: Option<(i64, Value)>,
    pub(super) target: Option<(i64, Value)>,
    pub(super) out_unit: i64,
    pub(super) out_person: i64,
    pub(super) out_task: i64,
    pub(super) out_document: i64,
    /// An item of a requirement Bồ Đề sets for its chi bộ, and a meeting of a unit outside.
    pub(super) item: i64,
    pub(super) out_meeting: i64,
    /// A conference Bồ Đề's People's Committee holds (its own bridge point), and a series of
    /// Hai Bà Trưng's.
    pub(super) conference: i64,
    pub(super) out_series: i64,
    /// An inspection by Long Biên's commission at its draft, and one still in the plan.
    pub(super) insp: crate::inspection_scene::Inspected,
    pub(super) planned: i64,
}

pub(super) async fn scene(app: &TestApp) -> Scene {
    let lb = app.unit_id("quan long bien").await;
    let hbt = app.unit_id("quan hai ba trung").await;
    let unit = app.unit_id("ubnd phuong bo de").await;
    let plan = app.document_id("215-KH/QU").await;
    let mk = |title: &'static str| async move {
        let (s, t) = app
            .post(
                "/api/v1/tasks",
                json!({"plan_id": plan, "title": title, "lead_unit_id": unit, "deadline_text": "Quý IV/2098"}),
            )
            .await;
        assert!(s.is_success(), "{t}");
        t
    };
    let task = mk("Nhiệm vụ của ma trận").await;
    let ext_task = mk("Nhiệm vụ chờ gia hạn").await["id"].as_i64().unwrap();
    let exp_task = mk("Nhiệm vụ cần giải trình").await["id"].as_i64().unwrap();
    let (_, ext) = app
        .post(
            &format!("/api/v1/tasks/{ext_task}/extensions"),
            json!({"new_due_on": "2099-12-31", "reason": "Thử"}),
        )
        .await;
    let (_, exp) = app
        .post(
            &format!("/api/v1/tasks/{exp_task}/explanations"),
            json!({"text": "Thử"}),
        )
        .await;
    let person = app.get(&format!("/api/v1/people?within={unit}")).await["items"][0].clone();
    let unit_v = app.get(&format!("/api/v1/units/{unit}")).await;
    let first = |list: Value| {
        list["items"]
            .as_array()
            .and_then(|a| a.first().cloned())
            .or_else(|| list.as_array().and_then(|a| a.first().cloned()))
    };
    let theme = first(app.get(&format!("/api/v1/themes?within={lb}")).await).map(|t| (t["id"].as_i64().unwrap(), t));
    let target = first(app.get(&format!("/api/v1/targets?within={lb}")).await).map(|t| (t["id"].as_i64().unwrap(), t));
    let (s, made) = app
        .post(
            "/api/v1/requirements",
            json!({"issuer_unit_id": app.unit_id("phuong bo de").await, "scope_unit_id": app.unit_id("phuong bo de").await,
                "unit_kind": "party_cell", "title": "Sinh hoạt chuyên đề", "due_on": "2023-10-31"}),
        )
        .await;
    assert!(s.is_success(), "{made}");
    let rid = made["requirement"]["id"].as_i64().unwrap();
    let item = app.get(&format!("/api/v1/requirements/{rid}/items")).await[0]["id"]
        .as_i64()
        .expect("an item");
    let (s, meeting) = app
        .post(
            "/api/v1/meetings",
            json!({"unit_id": app.unit_id("ubnd phuong bach mai").await, "held_on": "2023-10-05", "topic": "Thử",
                "attendance": {"present": 5, "expected": 6}}),
        )
        .await;
    assert!(s.is_success(), "{meeting}");
    let (s, conference) = app
        .post(
            "/api/v1/conferences",
            json!({"host_unit_id": unit, "kind": "briefing", "title": "Giao ban", "starts_on": "2023-01-12",
                "format": "online", "bridge_points": [{"unit_id": unit, "expected": 20}]}),
        )
        .await;
    assert!(s.is_success(), "{conference}");
    let (s, series) = app
        .post(
            "/api/v1/conference-series",
            json!({"host_unit_id": hbt, "title": "Quán triệt Chỉ thị 24-CT/TU"}),
        )
        .await;
    assert!(s.is_success(), "{series}");
    let insp = crate::inspection_scene::drafted(app, lb).await;
    let planned = app::inspections::create_plan(
        &app.app,
        &app::Caller::system(),
        serde_json::from_value(json!({"body_unit_id": insp.body, "year": 2024, "title": "Thử", "items": [
            {"content": "Thử", "subject_unit_ids": [insp.subject], "time_text": "Quý I/2024", "method": "supervision"}]}))
        .unwrap(),
    )
    .await
    .expect("a planned inspection")
    .inspections[0]
        .id;
    Scene {
        conference: conference["conference"]["id"].as_i64().unwrap(),
        out_series: series["id"].as_i64().unwrap(),
        insp,
        planned,
        item,
        out_meeting: meeting["meeting"]["id"].as_i64().unwrap(),
        plan,
        task: task["id"].as_i64().unwrap(),
        task_version: task["version"].clone(),
        ext_task,
        ext_id: ext["id"]
            .as_i64()
            .unwrap_or_else(|| panic!("an extension request: {ext}")),
        exp_task,
        exp_id: exp["id"]
            .as_i64()
            .unwrap_or_else(|| panic!("an explanation request: {exp}")),
        unit,
        unit_version: unit_v["version"].clone(),
        person: person["id"].as_i64().unwrap(),
        person_version: person["version"].clone(),
        theme,
        target,
        out_unit: app.unit_id("ubnd phuong bach mai").await,
        out_person: app.get(&format!("/api/v1/people?within={hbt}")).await["items"][0]["id"]
            .as_i64()
            .unwrap(),
        out_task: app.get(&format!("/api/v1/tasks?within={hbt}")).await["items"][0]["id"]
            .as_i64()
            .unwrap(),
        out_document: app.document_id("152-KH/QU").await,
    }
}
