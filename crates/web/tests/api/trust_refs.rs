//! Issue 9, item 1: writes into another district through the records an input names. Hai Bà
//! Trưng's specialist names Long Biên's units, people, tasks and documents in every way a task can
//! be written (one, a batch, an edit, a sub-task, the responsible person, a plan import) and in a
//! plan extract: every attempt is refused with the field named, nothing is written, Long Biên's
//! roll-up does not move, and no Long Biên name or id comes back.

use domain::access::Role;
use reqwest::{Method, StatusCode};
use serde_json::{Value, json};

use crate::common::*;

/// The actors and records of the attack.
struct Scene {
    /// Hai Bà Trưng's specialist (ManageWork over the district).
    hbt_token: String,
    /// A plan of Hai Bà Trưng's Party committee and a unit it may assign to.
    hbt_plan: i64,
    hbt_lead: i64,
    /// A task of that plan.
    hbt_task: Value,
    /// Phường Bồ Đề (Long Biên), a person there, a task led there and a Long Biên document.
    bode: i64,
    lb_person: i64,
    lb_task: i64,
    lb_document: i64,
}

async fn scene(app: &TestApp) -> Scene {
    let hbt = app.unit_id("quan hai ba trung").await;
    let bode = app.unit_id("phuong bo de").await;
    let lb = app.unit_id("quan long bien").await;
    let hbt_token = app.token_for("chuyenvien.hbt", Role::Specialist, Some(hbt), None).await;
    let hbt_plan = app.document_id("152-KH/QU").await;
    let hbt_lead = app.unit_id("ubnd phuong bach mai").await;
    let (s, hbt_task) = app
        .post(
            "/api/v1/tasks",
            json!({"plan_id": hbt_plan, "title": "Rà soát hồ sơ tồn đọng", "lead_unit_id": hbt_lead, "deadline_text": "Quý IV/2099"}),
        )
        .await;
    assert_eq!(s, StatusCode::CREATED, "{hbt_task}");
    let lb_person = app.get(&format!("/api/v1/people?within={bode}")).await["items"][0]["id"]
        .as_i64()
        .expect("a person in Bồ Đề");
    let lb_task = app.get(&format!("/api/v1/tasks?within={bode}")).await["items"][0]["id"]
        .as_i64()
        .expect("a task led in Bồ Đề");
    let lb_document = app.get(&format!("/api/v1/documents?within={lb}")).await["items"][0]["id"]
        .as_i64()
        .expect("a Long Biên document");
    Scene {
        hbt_token,
        hbt_plan,
        hbt_lead,
        hbt_task,
        bode,
        lb_person,
        lb_task,
        lb_document,
    }
}

/// What Long Biên's numbers look like to its own administrator: Bồ Đề's roll-up and task list.
async fn long_bien_state(app: &TestApp, sc: &Scene) -> (Value, Value) {
    let rollup = app.get(&format!("/api/v1/rollup?unit_id={}", sc.bode)).await;
    let tasks = app.get(&format!("/api/v1/tasks?within={}&limit=1", sc.bode)).await;
    (rollup["totals"].clone(), tasks["total"].clone())
}

/// The attacker's inputs, each naming one Long Biên record in one field.
fn poisoned(sc: &Scene) -> Vec<(&'static str, Value)> {
    let base = json!({"plan_id": sc.hbt_plan, "title": "Nhiệm vụ cài vào", "lead_unit_id": sc.hbt_lead, "deadline_text": "Quý IV/2099"});
    let with = |k: &str, v: Value| {
        let mut b = base.clone();
        b[k] = v;
        b
    };
    vec![
        ("lead_unit_id", with("lead_unit_id", json!(sc.bode))),
        ("cooperating_unit_ids", with("cooperating_unit_ids", json!([sc.bode]))),
        ("responsible_id", with("responsible_id", json!(sc.lb_person))),
        ("parent_id", with("parent_id", json!(sc.lb_task))),
    ]
}

/// A refusal that names the field and says nothing about the record named.
fn refused(status: StatusCode, body: &Value, field: &str, what: &str) {
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "{what}: {body}");
    assert_eq!(body["error"]["field"], field, "{what}: {body}");
    let msg = body["error"]["message"].as_str().unwrap_or("");
    assert!(!msg.is_empty() && !msg.contains("Bồ Đề"), "{what}: {body}");
}

both!(a_task_naming_another_districts_records_is_refused, |app| async move {
    let sc = scene(&app).await;
    let before = long_bien_state(&app, &sc).await;
    let hbt = Some(sc.hbt_token.as_str());
    for (field, body) in poisoned(&sc) {
        // One task.
        let (s, e) = app
            .call_as(hbt, Method::POST, "/api/v1/tasks", Some(body.clone()))
            .await;
        refused(s, &e, field, "create");
        // A batch: the item and its field are named, nothing of the good item is written.
        let good = json!({"plan_id": sc.hbt_plan, "title": "Nhiệm vụ hợp lệ", "lead_unit_id": sc.hbt_lead, "deadline_text": "Quý IV/2099"});
        let (s, e) = app
            .call_as(
                hbt,
                Method::POST,
                "/api/v1/tasks/batch",
                Some(json!({"tasks": [good, body.clone()]})),
            )
            .await;
        refused(s, &e, &format!("tasks[1].{field}"), "batch");
        // An edit of one of its own tasks.
        let mut edit = body.clone();
        edit["version"] = sc.hbt_task["version"].clone();
        let (s, e) = app
            .call_as(
                hbt,
                Method::PUT,
                &format!("/api/v1/tasks/{}", sc.hbt_task["id"]),
                Some(edit),
            )
            .await;
        refused(s, &e, field, "edit");
        // A sub-task of one of its own tasks.
        if field != "parent_id" {
            let (s, e) = app
                .call_as(
                    hbt,
                    Method::POST,
                    &format!("/api/v1/tasks/{}/subtasks", sc.hbt_task["id"]),
                    Some(body.clone()),
                )
                .await;
            refused(s, &e, field, "subtask");
        }
    }
    // Naming the responsible person alone.
    let (s, e) = app
        .call_as(
            hbt,
            Method::PUT,
            &format!("/api/v1/tasks/{}/responsible", sc.hbt_task["id"]),
            Some(json!({"version": sc.hbt_task["version"], "responsible_id": sc.lb_person})),
        )
        .await;
    refused(s, &e, "responsible_id", "responsible");
    // Linking one of its documents to a Long Biên document it cannot read.
    let (s, e) = app
        .call_as(
            hbt,
            Method::POST,
            &format!("/api/v1/documents/{}/links", sc.hbt_plan),
            Some(json!({"to_id": sc.lb_document, "kind": "implements"})),
        )
        .await;
    assert_eq!(s, StatusCode::UNPROCESSABLE_ENTITY, "link: {e}");
    assert_eq!(e["error"]["code"], "unknown_reference", "{e}");
    // Nothing was written: the task is unchanged and Long Biên's numbers did not move.
    let now = app.get(&format!("/api/v1/tasks/{}", sc.hbt_task["id"])).await;
    assert_eq!(now["version"], sc.hbt_task["version"]);
    assert_eq!(now["responsible_id"], Value::Null);
    assert_eq!(long_bien_state(&app, &sc).await, before);
    let mine = app
        .call_as(
            hbt,
            Method::GET,
            &format!("/api/v1/tasks?plan_id={}&limit=500", sc.hbt_plan),
            None,
        )
        .await
        .1;
    assert!(
        !mine.to_string().contains("Nhiệm vụ hợp lệ"),
        "a refused batch wrote its good item"
    );
});

both!(
    a_visible_unit_outside_the_issuers_reach_is_out_of_scope,
    |app| async move {
        // Long Biên's specialist sees the whole district, but a ward Party committee's plan may
        // only be led within that ward: the district's People's Committee is out of its reach.
        let lb = app.unit_id("quan long bien").await;
        let token = app.token_for("chuyenvien.lb", Role::Specialist, Some(lb), None).await;
        let ward_plan = app.document_id("105-KH/ĐU").await;
        let district_ubnd = app.unit_id("ubnd quan long bien").await;
        let (s, e) = app
        .call_as(
            Some(&token),
            Method::POST,
            "/api/v1/tasks",
            Some(
                json!({"plan_id": ward_plan, "title": "Vượt cấp", "lead_unit_id": district_ubnd, "deadline_text": "Quý IV/2099"}),
            ),
        )
        .await;
        assert_error(
            s,
            &e,
            StatusCode::UNPROCESSABLE_ENTITY,
            "out_of_scope",
            Some("lead_unit_id"),
        );
    }
);

both!(plan_import_and_extract_stay_in_the_actors_scope, |app| async move {
    let sc = scene(&app).await;
    let hbt = Some(sc.hbt_token.as_str());
    let before = long_bien_state(&app, &sc).await;
    let issuer = app.get(&format!("/api/v1/documents/{}", sc.hbt_plan)).await["issuer_unit_id"]
        .as_i64()
        .unwrap();
    let docs_before = app.get("/api/v1/documents?limit=1").await["total"].clone();
    let doc =
        json!({"symbol": "777-KH/QU", "title": "Kế hoạch thử", "issuer_unit_id": issuer, "issued_on": "2023-11-01"});
    // A task led by Bồ Đề, a cooperating Long Biên unit, a Long Biên person, an implemented
    // Long Biên document: each refused, naming the row and field; nothing written.
    let task = |k: &str, v: Value| {
        let mut t =
            json!({"code": "1", "title": "Nhiệm vụ nhập", "lead_unit_id": sc.hbt_lead, "deadline_text": "Quý IV/2099"});
        t[k] = v;
        t
    };
    for (field, t) in [
        ("tasks[0].lead_unit_id", task("lead_unit_id", json!(sc.bode))),
        (
            "tasks[0].cooperating_unit_ids",
            task("cooperating_unit_ids", json!([sc.bode])),
        ),
        ("tasks[0].responsible_id", task("responsible_id", json!(sc.lb_person))),
    ] {
        let (s, e) = app
            .call_as(
                hbt,
                Method::POST,
                "/api/v1/plans/import",
                Some(json!({"document": doc, "tasks": [t]})),
            )
            .await;
        refused(s, &e, field, "import");
    }
    let (s, e) = app
        .call_as(
            hbt,
            Method::POST,
            "/api/v1/plans/import",
            Some(json!({"document": doc, "implements": [sc.lb_document], "tasks": []})),
        )
        .await;
    assert_eq!(s, StatusCode::UNPROCESSABLE_ENTITY, "implements: {e}");
    assert_eq!(e["error"]["code"], "unknown_reference", "{e}");
    assert_eq!(app.get("/api/v1/documents?limit=1").await["total"], docs_before);
    assert_eq!(long_bien_state(&app, &sc).await, before);

    // The extract resolves nothing of Long Biên: its plan's symbol stays unresolved, its units
    // unmatched, and no Long Biên unit name is offered back.
    let lb_symbol = app.get(&format!("/api/v1/documents/{}", sc.lb_document)).await["symbol"]
        .as_str()
        .unwrap()
        .to_string();
    let text = format!(
        "QUẬN ỦY HAI BÀ TRƯNG\nSố 778-KH/QU\nHà Nội, ngày 01 tháng 11 năm 2023\nKẾ HOẠCH\nThực hiện Kế hoạch số {lb_symbol}\n\
         I. NHIỆM VỤ\n1. UBND phường Bồ Đề chủ trì rà soát hồ sơ đất đai, hoàn thành trong Quý IV/2023.\n\
         2. Đảng ủy phường Bồ Đề phối hợp với UBND phường Bách Mai tổ chức hội nghị, hoàn thành trong tháng 12/2023.\n"
    );
    let (s, x) = app
        .call_as(
            hbt,
            Method::POST,
            "/api/v1/plans/extract",
            Some(json!({"text": text, "issuer_unit_id": issuer})),
        )
        .await;
    assert_eq!(s, StatusCode::OK, "{x}");
    for r in x["implements"].as_array().expect("implements") {
        assert_eq!(r["document_id"], Value::Null, "resolved out of scope: {x}");
    }
    let lb_units: Vec<i64> = app.get(&format!("/api/v1/units?within={}&limit=500", sc.bode)).await["items"]
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|u| u["id"].as_i64())
        .collect();
    let tasks = x["tasks"].as_array().expect("tasks");
    assert!(!tasks.is_empty(), "{x}");
    for t in tasks {
        for m in std::iter::once(&t["lead"]).chain(t["support"].as_array().into_iter().flatten()) {
            if let Some(id) = m["unit_id"].as_i64() {
                assert!(!lb_units.contains(&id), "matched to a Long Biên unit: {m}");
            }
        }
    }
    // Names only as typed in the text, never a stored Long Biên unit's full name.
    let lb_names: Vec<String> = app.get(&format!("/api/v1/units?within={}&limit=500", sc.bode)).await["items"]
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|u| u["name"].as_str().map(str::to_string))
        .filter(|n| !text.contains(n.as_str()))
        .collect();
    let answer = x.to_string();
    for n in lb_names {
        assert!(!answer.contains(&n), "the extract lists {n}: {x}");
    }
});
