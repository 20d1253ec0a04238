//! Plan import over HTTP: a Long Biên plan's text read into a draft with units matched to the
//! demo's ids, then saved whole — or, with one bad task, not at all.

use reqwest::StatusCode;
use serde_json::{Value, json};

use crate::common::*;

const PLAN: &str = include_str!("fixtures/plan_long_bien.txt");

/// The ids of the units a Long Biên plan names.
async fn unit(app: &TestApp, q: &str) -> i64 {
    app.unit_id(q).await
}

async fn rollup_total(app: &TestApp, unit_id: i64) -> i64 {
    app.get(&format!("/api/v1/rollup?unit_id={unit_id}")).await["totals"]["total"]
        .as_i64()
        .unwrap()
}

/// The reviewed draft as the UI would send it: each task with its matched units.
fn import_body(draft: &Value, issuer: i64, symbol: &str) -> Value {
    let tasks: Vec<Value> = draft["tasks"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|t| t["lead"]["unit_id"].is_i64())
        .map(|t| {
            let support: Vec<Value> = t["support"]
                .as_array()
                .unwrap()
                .iter()
                .filter_map(|s| s["unit_id"].as_i64())
                .filter(|id| Some(*id) != t["lead"]["unit_id"].as_i64())
                .map(Value::from)
                .collect();
            json!({
                "code": t["code"], "parent_code": t["parent_code"], "title": t["title"],
                "lead_unit_id": t["lead"]["unit_id"], "cooperating_unit_ids": support,
                "deadline_text": t["deadline_text"], "expected_output": t["output"], "is_key": true,
            })
        })
        .collect();
    let implements: Vec<Value> = draft["implements"]
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|i| i["document_id"].as_i64())
        .map(Value::from)
        .collect();
    json!({
        "document": {"symbol": symbol, "title": draft["header"]["title"], "issuer_unit_id": issuer,
                     "issued_on": draft["header"]["issued_on"]},
        "implements": implements,
        "tasks": tasks,
    })
}

both!(extract_and_import_a_plan, |app| async move {
    let qu = unit(&app, "quan uy long bien").await;
    let lb = unit(&app, "quan long bien").await;
    let (s, draft) = app
        .post("/api/v1/plans/extract", json!({"text": PLAN, "issuer_unit_id": qu}))
        .await;
    assert_eq!(s, StatusCode::OK, "{draft}");
    assert_eq!(draft["header"]["symbol"], "171-KH/QU");
    assert_eq!(draft["header"]["issued_on"], "2023-10-02");
    assert_eq!(draft["header"]["kind"], "plan");
    assert!(draft["header"]["existing_document_id"].is_null());
    let ct24 = app.document_id("24-CT/TU").await;
    assert_eq!(
        draft["implements"],
        json!([{"symbol": "24-CT/TU", "document_id": ct24}])
    );

    let tasks = draft["tasks"].as_array().unwrap();
    assert_eq!(tasks.len(), 6, "{draft:#}");
    let lead = |code: &str| {
        let t = tasks
            .iter()
            .find(|t| t["code"] == code)
            .unwrap_or_else(|| panic!("no task {code}"));
        (
            t["lead"]["name"].as_str().unwrap().to_string(),
            t["lead"]["unit_id"].as_i64(),
        )
    };
    let expected = [
        ("II.1.a", "ban tuyen giao quan uy long bien"),
        ("II.1.b", "phong van hoa va thong tin quan long bien"),
        ("II.2.a", "van phong hdnd va ubnd quan long bien"),
        ("II.2.b", "phong noi vu quan long bien"),
        ("III.1", "uy ban kiem tra quan uy long bien"),
        ("III.2", "van phong quan uy long bien"),
    ];
    for (code, q) in expected {
        assert_eq!(lead(code).1, Some(unit(&app, q).await), "{code}: {:?}", lead(code));
    }
    let t = &tasks[0];
    assert_eq!(t["due_on"], "2023-10-31");
    assert_eq!(
        t["support"][0]["unit_id"],
        unit(&app, "van phong quan uy long bien").await
    );
    assert!(t["lead"]["confidence"].as_f64().unwrap() >= 0.6);
    assert_eq!(tasks[3]["recurrence"], "quarterly");
    // "UBND các phường" names fourteen wards, not one: the user maps it.
    assert_eq!(draft["unmatched"], json!(["UBND các phường"]));
    assert!(tasks[1]["support"][1]["unit_id"].is_null());

    // Import: the plan, its link to 24-CT/TU and its tasks, counted by the roll-up.
    let before = rollup_total(&app, lb).await;
    let body = import_body(&draft, qu, "171-KH/QU");
    let (s, saved) = app.post("/api/v1/plans/import", body).await;
    assert_eq!(s, StatusCode::CREATED, "{saved}");
    let doc = saved["document"]["id"].as_i64().unwrap();
    assert_eq!(saved["document"]["symbol"], "171-KH/QU");
    assert_eq!(saved["tasks"].as_array().unwrap().len(), 6);
    assert_eq!(
        saved["tasks"][2]["lead_unit_id"],
        unit(&app, "van phong hdnd va ubnd quan long bien").await
    );
    assert_eq!(
        app.get(&format!("/api/v1/tasks?plan_id={doc}&limit=1")).await["total"],
        6
    );
    let links = app.get(&format!("/api/v1/documents/{doc}/links")).await;
    assert_eq!(links[0]["document_id"], ct24, "{links}");
    assert_eq!(links[0]["kind"], "implements");
    assert_eq!(rollup_total(&app, lb).await, before + 6);
    // Searchable at once; extracting again points at the existing document.
    let hits = app.get("/api/v1/search?q=171-KH%2FQU").await;
    assert_eq!(hits["hits"][0]["id"], doc, "{hits}");
    let (_, again) = app
        .post("/api/v1/plans/extract", json!({"text": PLAN, "issuer_unit_id": qu}))
        .await;
    assert_eq!(again["header"]["existing_document_id"], doc);
});

both!(import_is_all_or_nothing, |app| async move {
    let qu = unit(&app, "quan uy long bien").await;
    let lb = unit(&app, "quan long bien").await;
    let (_, draft) = app
        .post("/api/v1/plans/extract", json!({"text": PLAN, "issuer_unit_id": qu}))
        .await;
    let before = rollup_total(&app, lb).await;
    let docs_before = app.get("/api/v1/documents?limit=1").await["total"].clone();
    let count = || async {
        (
            rollup_total(&app, lb).await,
            app.get("/api/v1/documents?limit=1").await["total"].clone(),
        )
    };

    // The fourth task's deadline is before the plan was issued.
    let mut body = import_body(&draft, qu, "172-KH/QU");
    body["tasks"][3]["deadline_text"] = json!("trước ngày 01/01/2023");
    let (s, e) = app.post("/api/v1/plans/import", body).await;
    assert_error(
        s,
        &e,
        StatusCode::UNPROCESSABLE_ENTITY,
        "invalid",
        Some("tasks[3].due_on"),
    );
    assert_eq!(count().await, (before, docs_before.clone()));

    // A lead unit that does not exist, in the last (deepest) task.
    let mut body = import_body(&draft, qu, "172-KH/QU");
    body["tasks"][0]["code"] = json!("1");
    body["tasks"][5]["parent_code"] = json!("1");
    body["tasks"][5]["lead_unit_id"] = json!(999999);
    let (s, e) = app.post("/api/v1/plans/import", body).await;
    assert_error(
        s,
        &e,
        StatusCode::UNPROCESSABLE_ENTITY,
        "unknown_reference",
        Some("tasks[5].lead_unit_id"),
    );
    assert_eq!(count().await, (before, docs_before.clone()));

    // Unknown parent code, bad JSON, a duplicate symbol: named, nothing written.
    let mut body = import_body(&draft, qu, "172-KH/QU");
    body["tasks"][2]["parent_code"] = json!("IX.9");
    let (s, e) = app.post("/api/v1/plans/import", body).await;
    assert_error(
        s,
        &e,
        StatusCode::UNPROCESSABLE_ENTITY,
        "unknown_reference",
        Some("tasks[2].parent_code"),
    );
    let mut body = import_body(&draft, qu, "172-KH/QU");
    body["tasks"][1]["lead_unit_id"] = json!("Ban Tuyên giáo");
    let (s, e) = app.post("/api/v1/plans/import", body).await;
    assert_error(
        s,
        &e,
        StatusCode::UNPROCESSABLE_ENTITY,
        "invalid",
        Some("tasks[1].lead_unit_id"),
    );
    let body = import_body(&draft, qu, "215-KH/QU");
    let (s, e) = app.post("/api/v1/plans/import", body).await;
    assert_error(s, &e, StatusCode::CONFLICT, "duplicate_symbol", Some("document.symbol"));
    let mut body = import_body(&draft, qu, "172-KH/QU");
    body["implements"] = json!([999999]);
    let (s, e) = app.post("/api/v1/plans/import", body).await;
    assert_error(
        s,
        &e,
        StatusCode::UNPROCESSABLE_ENTITY,
        "unknown_reference",
        Some("implements[0]"),
    );
    assert_eq!(count().await, (before, docs_before.clone()));

    // Extract: a missing issuer, an unknown one, a broken .docx.
    let (s, e) = app.post("/api/v1/plans/extract", json!({"text": PLAN})).await;
    assert_error(
        s,
        &e,
        StatusCode::UNPROCESSABLE_ENTITY,
        "invalid",
        Some("issuer_unit_id"),
    );
    let (s, e) = app
        .post("/api/v1/plans/extract", json!({"text": PLAN, "issuer_unit_id": 999999}))
        .await;
    assert_error(
        s,
        &e,
        StatusCode::UNPROCESSABLE_ENTITY,
        "unknown_reference",
        Some("issuer_unit_id"),
    );
    let resp = app
        .client
        .post(format!("{}/api/v1/plans/extract?issuer_unit_id={qu}", app.base))
        .bearer_auth(&app.token)
        .header(
            "Content-Type",
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        )
        .body("not a zip")
        .send()
        .await
        .unwrap();
    assert_eq!(resp.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let e: Value = resp.json().await.unwrap();
    assert!(e["error"]["code"].is_string(), "{e}");
});

both!(extract_from_docx, |app| async move {
    let qu = unit(&app, "quan uy long bien").await;
    let url = format!("{}/api/v1/plans/extract?issuer_unit_id={qu}", app.base);
    let resp = app
        .client
        .post(&url)
        .bearer_auth(&app.token)
        .header("Content-Type", DOCX)
        .body(docx(PLAN))
        .send()
        .await
        .unwrap();
    assert_eq!(resp.status(), StatusCode::OK);
    let draft: Value = resp.json().await.unwrap();
    assert_eq!(draft["header"]["symbol"], "171-KH/QU", "{draft:#}");
    assert_eq!(draft["tasks"].as_array().map(Vec::len), Some(6));
    assert_eq!(
        draft["tasks"][0]["lead"]["unit_id"],
        unit(&app, "ban tuyen giao quan uy long bien").await
    );
    let resp = app
        .client
        .post(format!("{}/api/v1/plans/extract", app.base))
        .bearer_auth(&app.token)
        .header("Content-Type", DOCX)
        .body(docx(PLAN))
        .send()
        .await
        .unwrap();
    assert_eq!(resp.status(), StatusCode::UNPROCESSABLE_ENTITY);
});

const DOCX: &str = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

/// A minimal .docx (stored ZIP holding word/document.xml): one paragraph a line, tabs kept.
fn docx(text: &str) -> Vec<u8> {
    let esc = |s: &str| s.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;");
    let body: String = text
        .lines()
        .map(|l| {
            let runs: Vec<String> = l
                .split('\t')
                .map(|p| format!("<w:t xml:space=\"preserve\">{}</w:t>", esc(p)))
                .collect();
            format!("<w:p><w:r>{}</w:r></w:p>", runs.join("<w:tab/>"))
        })
        .collect();
    let xml = format!(
        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><w:document \
         xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>{body}</w:body></w:document>"
    );
    stored_zip("word/document.xml", xml.as_bytes())
}

fn stored_zip(name: &str, data: &[u8]) -> Vec<u8> {
    let mut z = Vec::new();
    let p16 = |z: &mut Vec<u8>, v: u16| z.extend_from_slice(&v.to_le_bytes());
    let p32 = |z: &mut Vec<u8>, v: u32| z.extend_from_slice(&v.to_le_bytes());
    let (n, len) = (name.len() as u16, data.len() as u32);
    p32(&mut z, 0x0403_4b50);
    for v in [20u16, 0, 0, 0, 0] {
        p16(&mut z, v);
    }
    for v in [0, len, len] {
        p32(&mut z, v);
    }
    p16(&mut z, n);
    p16(&mut z, 0);
    z.extend_from_slice(name.as_bytes());
    z.extend_from_slice(data);
    let cd = z.len() as u32;
    p32(&mut z, 0x0201_4b50);
    for v in [20u16, 20, 0, 0, 0, 0] {
        p16(&mut z, v);
    }
    for v in [0, len, len] {
        p32(&mut z, v);
    }
    p16(&mut z, n);
    for v in [0u16, 0, 0, 0] {
        p16(&mut z, v);
    }
    p32(&mut z, 0);
    p32(&mut z, 0);
    z.extend_from_slice(name.as_bytes());
    let cd_len = z.len() as u32 - cd;
    p32(&mut z, 0x0605_4b50);
    for v in [0u16, 0, 1, 1] {
        p16(&mut z, v);
    }
    p32(&mut z, cd_len);
    p32(&mut z, cd);
    p16(&mut z, 0);
    z
}
