//! "Nhập từ Excel" over the API: exported sheets import back unchanged; a sheet an office keeps
//! creates its rows once and updates them on the next import (by the code "Mã"); bad rows are
//! all reported and nothing is saved; another district's units are refused; files that are not
//! sheets at all get a clear error, never a 500.

use std::sync::Arc;

use office::xlsx::{CellValue, specs, xlsx_bytes};
use reqwest::{Method, StatusCode};
use serde_json::Value;

use crate::common::*;

const BOUNDARY: &str = "dondoc-test-boundary-7c1f";

/// A `multipart/form-data` body: the workbook under `file`, then the text fields.
fn multipart(file: &[u8], fields: &[(&str, String)]) -> Vec<u8> {
    let mut body = Vec::new();
    for (name, value) in fields {
        body.extend_from_slice(
            format!("--{BOUNDARY}\r\nContent-Disposition: form-data; name=\"{name}\"\r\n\r\n{value}\r\n").as_bytes(),
        );
    }
    body.extend_from_slice(
        format!(
            "--{BOUNDARY}\r\nContent-Disposition: form-data; name=\"file\"; filename=\"bang.xlsx\"\r\n\
             Content-Type: application/vnd.openxmlformats-officedocument.spreadsheetml.sheet\r\n\r\n"
        )
        .as_bytes(),
    );
    body.extend_from_slice(file);
    body.extend_from_slice(format!("\r\n--{BOUNDARY}--\r\n").as_bytes());
    body
}

/// Posts a sheet to `/api/v1/imports/{path}` with `token`.
async fn post_sheet(
    app: &TestApp,
    token: &str,
    path: &str,
    file: &[u8],
    fields: &[(&str, String)],
) -> (StatusCode, Value) {
    let resp = app
        .client
        .post(format!("{}/api/v1/imports/{path}", app.base))
        .bearer_auth(token)
        .header("content-type", format!("multipart/form-data; boundary={BOUNDARY}"))
        .body(multipart(file, fields))
        .send()
        .await
        .expect("answered");
    let status = resp.status();
    let text = resp.text().await.expect("body");
    (status, serde_json::from_str(&text).unwrap_or(Value::String(text)))
}

/// Downloads an export with `token`.
async fn export(app: &TestApp, token: &str, path: &str) -> Vec<u8> {
    let resp = app
        .client
        .get(format!("{}{path}", app.base))
        .bearer_auth(token)
        .send()
        .await
        .expect("answered");
    assert_eq!(resp.status(), StatusCode::OK, "{path}");
    resp.bytes().await.expect("bytes").to_vec()
}

fn t(s: &str) -> CellValue {
    CellValue::text(s)
}

fn messages(v: &Value) -> Vec<String> {
    v["rows"]
        .as_array()
        .into_iter()
        .flatten()
        .flat_map(|r| r["errors"].as_array().cloned().unwrap_or_default())
        .map(|e| e["message_vi"].as_str().unwrap_or("").to_string())
        .collect()
}

async fn count(app: &TestApp, path: &str) -> i64 {
    app.get(path).await["total"].as_i64().unwrap()
}

both!(exported_sheets_import_back_unchanged, |app| async move {
    let app: Arc<TestApp> = app;
    let lb = app.unit_id("Quận Long Biên").await;
    let bode = app.unit_id("Phường Bồ Đề").await;
    let token = app
        .token_for("quantri.lb", domain::access::Role::Admin, Some(lb), None)
        .await;
    let plan = app.document_id("215-KH/QU").await;
    let unit = ("unit_id", lb.to_string());
    for (kind, path, fields) in [
        ("units", format!("/don-vi/{bode}/xuat-excel"), vec![unit.clone()]),
        (
            "people",
            format!("/can-bo/xuat-excel?don_vi={bode}"),
            vec![unit.clone()],
        ),
        (
            "targets",
            format!("/chi-tieu/xuat-excel?don_vi={lb}&ky=2020"),
            vec![unit.clone()],
        ),
        (
            "tasks",
            format!("/nhiem-vu/xuat-excel?ke_hoach={plan}"),
            vec![("plan_id", plan.to_string())],
        ),
    ] {
        let sheet = export(&app, &token, &path).await;
        let (s, v) = post_sheet(&app, &token, &format!("{kind}/preview"), &sheet, &fields).await;
        assert_eq!(s, StatusCode::OK, "{kind}: {v}");
        assert_eq!(v["error_count"], 0, "{kind}: {:?}", messages(&v));
        let rows = v["rows"].as_array().unwrap().len();
        assert!(rows > 0, "{kind}: the export has rows");
        assert_eq!(v["counts"]["unchanged"], rows, "{kind}: {}", v["counts"]);
        let (s, v) = post_sheet(&app, &token, kind, &sheet, &fields).await;
        assert_eq!(s, StatusCode::OK, "{kind}: {v}");
        assert_eq!(v["result"], "saved");
        assert_eq!(v["counts"]["create"], 0, "{kind}");
        assert_eq!(v["counts"]["update"], 0, "{kind}");
    }
});

both!(a_kept_sheet_creates_once_then_updates, |app| async move {
    let app: Arc<TestApp> = app;
    let lb = app.unit_id("Quận Long Biên").await;
    let bode = app.unit_id("UBND phường Bồ Đề").await;
    let token = app
        .token_for("quantri.lb", domain::access::Role::Admin, Some(lb), None)
        .await;
    let spec = specs::people();
    let row = |code: &str, name: &str, position: &str| {
        vec![
            t(code),
            t(name),
            t(position),
            // Written loosely: no tones, other case.
            t("ubnd phuong bo de"),
            t("Công chức"),
            t("Có"),
            CellValue::Empty,
        ]
    };
    let first = xlsx_bytes(
        &spec,
        vec![
            row("CB-0001", "Nguyễn Thị Mai", "Chuyên viên"),
            row("CB-0002", "Trần Văn Hùng", "Cán bộ địa chính"),
        ],
    )
    .unwrap();
    let fields = [("unit_id", lb.to_string())];
    let before = count(&app, &format!("/api/v1/people?unit_id={bode}&limit=1")).await;
    let (s, v) = post_sheet(&app, &token, "people/preview", &first, &fields).await;
    assert_eq!(s, StatusCode::OK, "{v}");
    assert_eq!(v["counts"]["create"], 2, "{v}");
    let (s, v) = post_sheet(&app, &token, "people", &first, &fields).await;
    assert_eq!((s, &v["result"]), (StatusCode::OK, &Value::from("saved")), "{v}");
    assert_eq!(
        count(&app, &format!("/api/v1/people?unit_id={bode}&limit=1")).await,
        before + 2
    );

    // The same sheet again, one position changed: one update, one unchanged, no copy.
    let second = xlsx_bytes(
        &spec,
        vec![
            row("CB-0001", "Nguyễn Thị Mai", "Phó Chủ tịch"),
            row("cb-0002", "Trần Văn Hùng", "Cán bộ địa chính"),
        ],
    )
    .unwrap();
    let (s, v) = post_sheet(&app, &token, "people", &second, &fields).await;
    assert_eq!(s, StatusCode::OK, "{v}");
    assert_eq!(
        (v["counts"]["update"].as_i64(), v["counts"]["unchanged"].as_i64()),
        (Some(1), Some(1)),
        "{v}"
    );
    assert_eq!(
        count(&app, &format!("/api/v1/people?unit_id={bode}&limit=1")).await,
        before + 2
    );
    let people = app
        .get(&format!("/api/v1/people?unit_id={bode}&q=Nguyen%20Thi%20Mai"))
        .await;
    assert_eq!(people["items"][0]["position"], "Phó Chủ tịch", "{people}");

    // The export names them by the office's codes, so the exported sheet imports back too.
    let sheet = export(&app, &token, &format!("/can-bo/xuat-excel?don_vi={bode}")).await;
    let read = office::xlsx::import_xlsx_bytes(&sheet, &spec, &Default::default()).unwrap();
    assert!(read.rows.iter().any(|r| r.values[0] == t("CB-0001")));
    let (_, v) = post_sheet(&app, &token, "people/preview", &sheet, &fields).await;
    assert_eq!(v["counts"]["unchanged"], v["rows"].as_array().unwrap().len(), "{v}");
});

both!(bad_rows_are_all_reported_and_nothing_is_saved, |app| async move {
    let app: Arc<TestApp> = app;
    let lb = app.unit_id("Quận Long Biên").await;
    let token = app
        .token_for("quantri.lb", domain::access::Role::Admin, Some(lb), None)
        .await;
    let plan = app.document_id("215-KH/QU").await;
    let spec = specs::tasks(None);
    let task = |content: &str, lead: &str, due: CellValue| {
        vec![
            CellValue::Empty,
            t("9.1"),
            t(content),
            t(lead),
            CellValue::Empty,
            CellValue::Empty,
            CellValue::Empty,
            due,
            CellValue::Empty,
            CellValue::Empty,
            CellValue::Empty,
            CellValue::Empty,
        ]
    };
    let sheet = xlsx_bytes(
        &spec,
        vec![
            task("Rà soát hồ sơ", "UBND phường Bồ Đề", t("sớm nhất có thể")),
            task("Chỉnh trang vỉa hè", "Phòng Không Có Thật", t("Quý IV/2023")),
            // A ward of Hai Bà Trưng: outside what Quận ủy Long Biên directs.
            task("Kiểm tra an toàn", "UBND phường Bạch Đằng", t("Quý IV/2023")),
            task("Tuyên truyền", "UBND phường Bồ Đề", t("Quý IV/2023")),
        ],
    )
    .unwrap();
    let fields = [("plan_id", plan.to_string())];
    let before = count(&app, &format!("/api/v1/tasks?plan_id={plan}&limit=1")).await;
    let (s, v) = post_sheet(&app, &token, "tasks/preview", &sheet, &fields).await;
    assert_eq!(s, StatusCode::OK, "{v}");
    let msgs = messages(&v);
    assert!(
        msgs.contains(&"Dòng 2, cột Hạn: 'sớm nhất có thể' — không hiểu thời hạn".to_string()),
        "{msgs:?}"
    );
    assert!(
        msgs.iter()
            .any(|m| m.starts_with("Dòng 3, cột Đơn vị chủ trì: 'Phòng Không Có Thật'")),
        "{msgs:?}"
    );
    assert!(
        msgs.iter()
            .any(|m| m.starts_with("Dòng 4, cột Đơn vị chủ trì: 'UBND phường Bạch Đằng'")),
        "{msgs:?}"
    );
    assert_eq!(v["counts"]["invalid"], 3);
    assert_eq!(v["counts"]["create"], 1);
    assert!(
        v["unmatched"]
            .as_array()
            .unwrap()
            .iter()
            .any(|n| n == "UBND phường Bạch Đằng")
    );
    let (s, v) = post_sheet(&app, &token, "tasks", &sheet, &fields).await;
    assert_eq!(s, StatusCode::OK, "{v}");
    assert_eq!(v["result"], "refused");
    assert_eq!(v["preview"]["counts"]["invalid"], 3);
    assert_eq!(
        count(&app, &format!("/api/v1/tasks?plan_id={plan}&limit=1")).await,
        before
    );

    // Mapping the other district's ward by hand does not get it past the rule either.
    let hbt_ward = app.unit_id("UBND phường Bạch Đằng").await;
    let mapped = [
        ("plan_id", plan.to_string()),
        ("unit_map", format!("UBND phường Bạch Đằng={hbt_ward}")),
    ];
    let (_, v) = post_sheet(&app, &token, "tasks/preview", &sheet, &mapped).await;
    let msgs = messages(&v);
    assert!(
        msgs.iter().any(|m| m.starts_with("Dòng 4, cột Đơn vị chủ trì:")),
        "{msgs:?}"
    );
    assert_eq!(v["counts"]["invalid"], 3);
});

both!(another_districts_unit_is_refused, |app| async move {
    let app: Arc<TestApp> = app;
    let lb = app.unit_id("Quận Long Biên").await;
    let hbt_ward = app.unit_id("UBND phường Bạch Đằng").await;
    let token = app
        .token_for("quantri.lb", domain::access::Role::Admin, Some(lb), None)
        .await;
    let spec = specs::people();
    let person = |unit: String| {
        vec![
            CellValue::Empty,
            t("Lê Văn An"),
            CellValue::Empty,
            t(&unit),
            t("Công chức"),
            t("Không"),
            CellValue::Empty,
        ]
    };
    let before = count(&app, &format!("/api/v1/people?unit_id={hbt_ward}&limit=1")).await;
    // By its code, and by its name mapped by hand: refused as the person form refuses it.
    let sheet = xlsx_bytes(
        &spec,
        vec![person(format!("DV-{hbt_ward}")), person("Bạch Đằng HBT".into())],
    )
    .unwrap();
    let fields = [
        ("unit_id", lb.to_string()),
        ("unit_map", format!("Bạch Đằng HBT={hbt_ward}")),
    ];
    let (s, v) = post_sheet(&app, &token, "people", &sheet, &fields).await;
    assert_eq!((s, &v["result"]), (StatusCode::OK, &Value::from("refused")), "{v}");
    let msgs = messages(&v["preview"]);
    assert_eq!(msgs.len(), 2, "{msgs:?}");
    assert!(
        msgs[0].starts_with(&format!("Dòng 2, cột Đơn vị: 'DV-{hbt_ward}' — ")),
        "{msgs:?}"
    );
    assert!(
        msgs[1].starts_with("Dòng 3, cột Đơn vị: 'Bạch Đằng HBT' — "),
        "{msgs:?}"
    );
    // The same answer a form gets for a unit it cannot see.
    let (_, form) = app
        .call_as(
            Some(&token),
            Method::POST,
            "/api/v1/people",
            Some(serde_json::json!({"unit_id": hbt_ward, "name": "Lê Văn An", "category": "civil_servant"})),
        )
        .await;
    let reason = form["error"]["message"]
        .as_str()
        .unwrap()
        .trim_end_matches('.')
        .to_lowercase();
    assert!(msgs[0].to_lowercase().ends_with(&reason), "{msgs:?} vs {reason}");
    assert_eq!(
        count(&app, &format!("/api/v1/people?unit_id={hbt_ward}&limit=1")).await,
        before
    );
});

both!(malformed_files_get_a_clear_error, |app| async move {
    let app: Arc<TestApp> = app;
    let lb = app.unit_id("Quận Long Biên").await;
    let token = app
        .token_for("quantri.lb", domain::access::Role::Admin, Some(lb), None)
        .await;
    let fields = [("unit_id", lb.to_string())];
    // Not a workbook at all.
    let (s, v) = post_sheet(&app, &token, "units/preview", b"STT;Ten\n1;abc\n", &fields).await;
    assert_error(s, &v, StatusCode::UNPROCESSABLE_ENTITY, "unreadable_file", Some("file"));
    assert!(
        v["error"]["message"]
            .as_str()
            .unwrap()
            .contains("không phải là bảng tính Excel"),
        "{v}"
    );
    // A workbook with other headers.
    let mut wb = rust_xlsxwriter::Workbook::new();
    let ws = wb.add_worksheet();
    ws.write_string(0, 0, "Họ và tên").unwrap();
    ws.write_string(0, 1, "Số điện thoại").unwrap();
    ws.write_string(1, 0, "Nguyễn Văn A").unwrap();
    let bytes = wb.save_to_buffer().unwrap();
    let (s, v) = post_sheet(&app, &token, "units", &bytes, &fields).await;
    assert_error(s, &v, StatusCode::UNPROCESSABLE_ENTITY, "unreadable_file", Some("file"));
    let msg = v["error"]["message"].as_str().unwrap();
    assert!(
        msg.contains("Dòng tiêu đề không đúng mẫu") && msg.contains("“Số điện thoại”"),
        "{msg}"
    );
    // No file, no unit.
    let (s, v) = post_sheet(&app, &token, "units/preview", b"", &fields).await;
    assert_error(s, &v, StatusCode::UNPROCESSABLE_ENTITY, "empty_file", Some("file"));
    let sheet = xlsx_bytes(&specs::units(), Vec::<Vec<CellValue>>::new()).unwrap();
    let (s, v) = post_sheet(&app, &token, "units/preview", &sheet, &[]).await;
    assert_error(s, &v, StatusCode::UNPROCESSABLE_ENTITY, "required", Some("unit_id"));
    // Not multipart.
    let (s, _) = app
        .call_as(
            Some(&token),
            Method::POST,
            "/api/v1/imports/units/preview",
            Some(serde_json::json!({})),
        )
        .await;
    assert_eq!(s, StatusCode::UNSUPPORTED_MEDIA_TYPE);
});
