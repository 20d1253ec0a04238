//! Compliance requirements over HTTP: set for every chi bộ of a district, reported done by a
//! cell with a photo, returned and accepted by the district's office, the counts following;
//! reminders to the units not done; a cell's officer cannot report for another cell, another
//! district sees nothing; bad input is named by its field, in Vietnamese.

use domain::access::Role;
use reqwest::{Method, StatusCode};
use serde_json::{Value, json};

use crate::common::*;

const BOUNDARY: &str = "dondoc-compliance-boundary-41d2";
const PNG: &[u8] = b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\0\x01\0\0\0\x01\x08\x06\0\0\0\x1f\x15\xc4\x89";

fn multipart(fields: &[(&str, &str)], files: &[(&str, &[u8])]) -> Vec<u8> {
    let mut body = Vec::new();
    for (k, v) in fields {
        body.extend_from_slice(
            format!("--{BOUNDARY}\r\nContent-Disposition: form-data; name=\"{k}\"\r\n\r\n{v}\r\n").as_bytes(),
        );
    }
    for (name, bytes) in files {
        body.extend_from_slice(
            format!(
                "--{BOUNDARY}\r\nContent-Disposition: form-data; name=\"file\"; filename=\"{name}\"\r\nContent-Type: image/png\r\n\r\n"
            )
            .as_bytes(),
        );
        body.extend_from_slice(bytes);
        body.extend_from_slice(b"\r\n");
    }
    body.extend_from_slice(format!("--{BOUNDARY}--\r\n").as_bytes());
    body
}

/// Posts a form with files as `token`.
async fn post_form(
    app: &TestApp,
    token: &str,
    path: &str,
    fields: &[(&str, &str)],
    files: &[(&str, &[u8])],
) -> (StatusCode, Value) {
    let resp = app
        .client
        .post(format!("{}{path}", app.base))
        .bearer_auth(token)
        .header("content-type", format!("multipart/form-data; boundary={BOUNDARY}"))
        .body(multipart(fields, files))
        .send()
        .await
        .expect("answered");
    let status = resp.status();
    (status, resp.json().await.unwrap_or(Value::Null))
}

/// The counts of a requirement under its scope, as the API reads them.
async fn totals(app: &TestApp, id: i64) -> (i64, i64, i64, i64) {
    let v = app.get(&format!("/api/v1/requirements/{id}")).await;
    let t = &v["total"];
    let n = |k: &str| t[k].as_i64().unwrap();
    (n("done"), n("pending"), n("late"), n("returned"))
}

/// A requirement the Long Biên Party committee sets for every chi bộ of the district.
async fn long_bien_requirement(app: &TestApp) -> (i64, i64) {
    let (s, made) = app
        .post(
            "/api/v1/requirements",
            json!({
                "issuer_unit_id": app.unit_id("quan uy long bien").await,
                "scope_unit_id": app.unit_id("quan long bien").await,
                "unit_kind": "party_cell",
                "title": "Sinh hoạt chuyên đề về Chỉ thị 24-CT/TU",
                "due_on": "2023-10-31",
                "document_id": app.document_id("215-KH/QU").await,
            }),
        )
        .await;
    assert_eq!(s, StatusCode::CREATED, "{made}");
    (
        made["requirement"]["id"].as_i64().unwrap(),
        made["items"].as_i64().unwrap(),
    )
}

both!(report_return_accept_and_counts, |app| async move {
    let (id, n) = long_bien_requirement(&app).await;
    assert!(n >= 10, "every chi bộ of Long Biên: {n}");
    assert_eq!(totals(&app, id).await, (0, 0, n, 0), "all late on 20/11/2023");
    let v = app.get(&format!("/api/v1/requirements/{id}")).await;
    assert_eq!(v["progress"], format!("0/{n} chi bộ, 0,0 %"));
    let listed = app
        .get(&format!(
            "/api/v1/requirements?document_id={}",
            app.document_id("215-KH/QU").await
        ))
        .await;
    let row = listed
        .as_array()
        .unwrap()
        .iter()
        .find(|r| r["id"] == id)
        .expect("listed");
    assert_eq!(
        (&row["items"], &row["done"], &row["late"]),
        (&json!(n), &json!(0), &json!(n)),
        "{row}"
    );

    // Two chi bộ of Bồ Đề, each with its own officer.
    let bo_de = app.unit_id("phuong bo de").await;
    let items = app
        .get(&format!("/api/v1/requirements/{id}/items?unit_id={bo_de}"))
        .await;
    let (a, b) = (&items[0], &items[1]);
    let (item_a, item_b) = (a["id"].as_i64().unwrap(), b["id"].as_i64().unwrap());
    // Read at a chi bộ itself: its one item, counted once, no unit below it.
    let at_cell = app
        .get(&format!("/api/v1/requirements/{id}?unit_id={}", a["unit_id"]))
        .await;
    assert_eq!(
        at_cell["total"],
        json!({"done": 0, "pending": 0, "late": 1, "returned": 0})
    );
    assert_eq!(at_cell["by_child"], json!([]), "{at_cell}");
    let officer_a = app
        .token_for("bithu.cb.a", Role::UnitOfficer, a["unit_id"].as_i64(), None)
        .await;
    let officer_b = app
        .token_for("bithu.cb.b", Role::UnitOfficer, b["unit_id"].as_i64(), None)
        .await;
    let specialist = app
        .token_for(
            "chuyenvien.lb",
            Role::Specialist,
            Some(app.unit_id("quan long bien").await),
            None,
        )
        .await;

    // A cell cannot report for another cell: the other's item does not exist for it.
    let (s, e) = post_form(
        &app,
        &officer_a,
        &format!("/api/v1/requirement-items/{item_b}/done"),
        &[("done_on", "05/10/2023")],
        &[],
    )
    .await;
    assert_error(s, &e, StatusCode::NOT_FOUND, "not_found", None);
    let (s, e) = as_(
        &app,
        &officer_b,
        Method::POST,
        &format!("/api/v1/requirement-items/{item_a}/done"),
        Some(json!({"done_on": "2023-10-05"})),
    )
    .await;
    assert_error(s, &e, StatusCode::NOT_FOUND, "not_found", None);

    // Chi bộ A reports with a photo of its minutes.
    let path = format!("/api/v1/requirement-items/{item_a}/done");
    let fields = [
        ("done_on", "05/10/2023"),
        ("note", "Đã sinh hoạt chuyên đề"),
        ("present", "18"),
        ("expected", "20"),
    ];
    let (s, done) = post_form(&app, &officer_a, &path, &fields, &[("bien-ban.png", PNG)]).await;
    assert_eq!(s, StatusCode::CREATED, "{done}");
    assert_eq!(done["item"]["state"], "reported");
    assert_eq!(
        (done["item"]["present"].as_i64(), done["item"]["expected"].as_i64()),
        (Some(18), Some(20))
    );
    assert_eq!(done["files"][0]["name"], "bien-ban.png");
    assert_eq!(totals(&app, id).await, (1, 0, n - 1, 0));
    // The district's office reads the photo; the item carries it.
    let it = app.get(&format!("/api/v1/requirement-items/{item_a}")).await;
    assert_eq!(it["files"].as_array().map(Vec::len), Some(1), "{it}");
    let (s, _) = as_(
        &app,
        &specialist,
        Method::GET,
        &format!("/api/v1/files/{}", it["files"][0]["id"]),
        None,
    )
    .await;
    assert_eq!(s, StatusCode::OK);

    // The cell cannot accept its own report; the office must give a reason to return it.
    let review = format!("/api/v1/requirement-items/{item_a}/review");
    let (s, e) = as_(&app, &officer_a, Method::POST, &review, Some(json!({"accept": true}))).await;
    assert_error(s, &e, StatusCode::FORBIDDEN, "forbidden", None);
    let (s, e) = as_(
        &app,
        &specialist,
        Method::POST,
        &review,
        Some(json!({"accept": false, "reason": "  "})),
    )
    .await;
    assert_error(s, &e, StatusCode::UNPROCESSABLE_ENTITY, "required", Some("reason"));
    assert!(e["error"]["message"].as_str().unwrap().contains("Lý do"), "{e}");
    let (s, back) = as_(
        &app,
        &specialist,
        Method::POST,
        &review,
        Some(json!({"accept": false, "reason": "Ảnh biên bản không đọc được"})),
    )
    .await;
    assert_eq!(s, StatusCode::OK, "{back}");
    assert_eq!(back["state"], "returned");
    assert_eq!(totals(&app, id).await, (0, 0, n - 1, 1));
    let returned = app
        .get(&format!(
            "/api/v1/requirements/{id}/items?unit_id={bo_de}&shown=returned"
        ))
        .await;
    assert_eq!(returned.as_array().map(Vec::len), Some(1));
    assert_eq!(returned[0]["return_reason"], "Ảnh biên bản không đọc được");

    // Reported again (JSON), accepted: done again.
    let (s, again) = as_(
        &app,
        &officer_a,
        Method::POST,
        &path,
        Some(json!({"done_on": "2023-10-06", "note": "Bổ sung biên bản"})),
    )
    .await;
    assert_eq!(s, StatusCode::CREATED, "{again}");
    let (s, ok) = as_(&app, &specialist, Method::POST, &review, Some(json!({"accept": true}))).await;
    assert_eq!((s, ok["state"].as_str()), (StatusCode::OK, Some("accepted")), "{ok}");
    assert_eq!(totals(&app, id).await, (1, 0, n - 1, 0));
    let v = app.get(&format!("/api/v1/requirements/{id}")).await;
    assert_eq!(
        v["progress"],
        format!("1/{n} chi bộ, {}", domain::compliance::percent(1, n, 1))
    );

    // One click reminds every unit not done: B's officer is told once a day, A's not at all.
    let remind = format!("/api/v1/requirements/{id}/reminders");
    let (s, e) = as_(&app, &officer_a, Method::POST, &remind, None).await;
    assert_eq!(s, StatusCode::FORBIDDEN, "{e}");
    let (s, r) = as_(&app, &specialist, Method::POST, &remind, None).await;
    assert_eq!(s, StatusCode::OK, "{r}");
    assert_eq!(r["units"], n - 1);
    assert!(r["notifications"].as_i64().unwrap() >= 1, "{r}");
    let (_, r2) = as_(&app, &specialist, Method::POST, &remind, None).await;
    assert_eq!(r2["notifications"], 0, "not twice the same day");
    let told = |login: &str| {
        let app = app.clone();
        let login = login.to_string();
        async move {
            let mut tx = app.db.db.read().await.unwrap();
            let (user, _) = store::accounts::credentials(&mut tx, &login).await.unwrap().unwrap();
            store::notify::list(&mut tx, user, false, 50, 0).await.unwrap()
        }
    };
    let b_told = told("bithu.cb.b").await;
    let due = b_told
        .iter()
        .find(|x| x.requirement_id == Some(id) && x.kind.as_str() == "requirement_due")
        .unwrap_or_else(|| panic!("{b_told:?}"));
    // The notice names the requirement it is about: its title and due date.
    assert_eq!(due.task_title.as_deref(), v["requirement"]["title"].as_str(), "{due:?}");
    assert_eq!(
        due.task_due_on.map(|d| d.to_string()).as_deref(),
        v["requirement"]["due_on"].as_str(),
        "{due:?}"
    );
    assert!(told("bithu.cb.a").await.is_empty());
});

both!(another_district_sees_nothing, |app| async move {
    let (id, _) = long_bien_requirement(&app).await;
    let lb = app.unit_id("quan long bien").await;
    let item = app.get(&format!("/api/v1/requirements/{id}/items?unit_id={lb}")).await[0]["id"]
        .as_i64()
        .unwrap();
    let hbt = app.unit_id("quan hai ba trung").await;
    let hbt_specialist = app.token_for("chuyenvien.hbt", Role::Specialist, Some(hbt), None).await;
    for (m, p, body) in [
        (Method::GET, format!("/api/v1/requirements/{id}"), None),
        (
            Method::GET,
            format!("/api/v1/requirements/{id}/items?unit_id={lb}"),
            None,
        ),
        (Method::GET, format!("/api/v1/requirement-items/{item}"), None),
        (Method::POST, format!("/api/v1/requirements/{id}/reminders"), None),
        (
            Method::POST,
            format!("/api/v1/requirement-items/{item}/done"),
            Some(json!({"done_on": "2023-10-05"})),
        ),
        (
            Method::POST,
            format!("/api/v1/requirement-items/{item}/review"),
            Some(json!({"accept": true})),
        ),
    ] {
        let (s, v) = as_(&app, &hbt_specialist, m.clone(), &p, body).await;
        assert_eq!(s, StatusCode::NOT_FOUND, "{m} {p}: {v}");
    }
    let (_, listed) = as_(&app, &hbt_specialist, Method::GET, "/api/v1/requirements", None).await;
    assert!(!listed.as_array().unwrap().iter().any(|r| r["id"] == id), "{listed}");
    // Nor can it set one for Long Biên's cells from its own committee.
    let (s, e) = as_(
        &app,
        &hbt_specialist,
        Method::POST,
        "/api/v1/requirements",
        Some(
            json!({"issuer_unit_id": app.unit_id("quan uy hai ba trung").await, "scope_unit_id": lb,
            "unit_kind": "party_cell", "title": "Thử", "due_on": "2023-10-31"}),
        ),
    )
    .await;
    assert_error(
        s,
        &e,
        StatusCode::UNPROCESSABLE_ENTITY,
        "unknown_reference",
        Some("scope_unit_id"),
    );
    assert_eq!(totals(&app, id).await.0, 0, "nothing reported");
});

both!(bad_input_is_named_in_vietnamese, |app| async move {
    let base = json!({
        "issuer_unit_id": app.unit_id("quan uy long bien").await,
        "scope_unit_id": app.unit_id("quan long bien").await,
        "unit_kind": "party_cell",
        "title": "Sinh hoạt chuyên đề",
        "due_on": "2023-10-31",
    });
    let with = |k: &str, v: Value| {
        let mut b = base.clone();
        match v {
            Value::Null => {
                b.as_object_mut().unwrap().remove(k);
            }
            v => b[k] = v,
        }
        b
    };
    let (s, e) = app.post("/api/v1/requirements", with("due_on", Value::Null)).await;
    assert_error(s, &e, StatusCode::UNPROCESSABLE_ENTITY, "invalid", Some("due_on"));
    assert!(
        e["error"]["message"].as_str().unwrap().contains("Hạn hoàn thành"),
        "{e}"
    );
    let (s, e) = app
        .post("/api/v1/requirements", with("due_on", json!("31/10/2023")))
        .await;
    assert_error(s, &e, StatusCode::UNPROCESSABLE_ENTITY, "invalid", Some("due_on"));
    let (s, e) = app.post("/api/v1/requirements", with("title", json!("   "))).await;
    assert_error(s, &e, StatusCode::UNPROCESSABLE_ENTITY, "required", Some("title"));
    assert!(
        e["error"]["message"]
            .as_str()
            .unwrap()
            .starts_with("Chưa nhập “Trích yếu, nội dung”"),
        "{e}"
    );
    // A scope outside what the issuer directs (a residential group of another district).
    let (s, e) = app
        .post(
            "/api/v1/requirements",
            with("scope_unit_id", json!(app.unit_id("to dan pho so 7").await)),
        )
        .await;
    assert_error(
        s,
        &e,
        StatusCode::UNPROCESSABLE_ENTITY,
        "out_of_scope",
        Some("scope_unit_id"),
    );

    let (id, n) = long_bien_requirement(&app).await;
    let lb = app.unit_id("quan long bien").await;
    let item = app.get(&format!("/api/v1/requirements/{id}/items?unit_id={lb}")).await[0]["id"]
        .as_i64()
        .unwrap();
    let path = format!("/api/v1/requirement-items/{item}/done");
    let token = app.token.clone();
    for (fields, field, words) in [
        (vec![("note", "Đã sinh hoạt")], "done_on", "Chưa nhập “Ngày thực hiện”"),
        (vec![("done_on", "31/13/2023")], "done_on", "ngày không hợp lệ"),
        (vec![("done_on", "5/10/23")], "done_on", "bốn chữ số"),
        (
            vec![("done_on", "05/10/2023"), ("present", "mười tám"), ("expected", "20")],
            "present",
            "Số có mặt",
        ),
        (
            vec![("done_on", "05/10/2023"), ("present", "21"), ("expected", "20")],
            "attendance",
            "Số có mặt (21)",
        ),
        (vec![("done_on", "05/10/2099")], "done_on", ""),
    ] {
        let (s, e) = post_form(&app, &token, &path, &fields, &[("anh.png", PNG)]).await;
        assert_eq!(s, StatusCode::UNPROCESSABLE_ENTITY, "{fields:?}: {e}");
        assert_eq!(e["error"]["field"], field, "{fields:?}: {e}");
        assert!(
            e["error"]["message"].as_str().unwrap().contains(words),
            "{fields:?}: {e}"
        );
    }
    // A meeting without its topic.
    let (s, e) = post_form(
        &app,
        &token,
        "/api/v1/meetings",
        &[
            ("unit_id", &lb.to_string()),
            ("held_on", "05/10/2023"),
            ("topic", " "),
            ("present", "3"),
            ("expected", "4"),
        ],
        &[],
    )
    .await;
    assert_error(s, &e, StatusCode::UNPROCESSABLE_ENTITY, "required", Some("topic"));
    // Nothing was written: no report, no file.
    assert_eq!(totals(&app, id).await, (0, 0, n, 0));
    let it = app.get(&format!("/api/v1/requirement-items/{item}")).await;
    assert_eq!(it["files"].as_array().map(Vec::len), Some(0), "{it}");
    assert_eq!(it["item"]["state"], "pending");
});
