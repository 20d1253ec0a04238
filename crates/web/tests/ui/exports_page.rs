//! "Xuất Excel": every list as XLSX in the import's own format (read back with the import
//! against the same column specification), with the list's filters and the user's scope.

use office::xlsx::{CellValue, ImportOptions, SheetSpec, import_xlsx_bytes, specs};

use super::reports_page::fetch;
use super::*;

const XLSX: &str = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

/// Downloads an export and reads it back with the import of the same specification.
async fn sheet(b: &Browser, path: &str, spec: &SheetSpec) -> Vec<Vec<CellValue>> {
    let (status, headers, bytes) = fetch(b, path).await;
    assert_eq!(status, StatusCode::OK, "{path}: {}", String::from_utf8_lossy(&bytes));
    assert_eq!(headers["content-type"], XLSX);
    let read = import_xlsx_bytes(&bytes, spec, &ImportOptions::default()).expect("the export reads back");
    assert!(read.errors.is_empty(), "{path}: {:?}", read.errors);
    read.rows.into_iter().map(|r| r.values).collect()
}

fn col(spec: &SheetSpec, key: &str) -> usize {
    spec.index_of(key).expect("column")
}

both!(lists_export_to_excel, |app| async move {
    let app: Arc<TestApp> = app;
    let (lb, hbt, bode) = setup(&app).await;
    let b = Browser::login(&app, "lanhdao.lb").await;

    // Tasks: the list's filters apply; the page links to its export with them.
    let page = unescape(&b.ok(&format!("/nhiem-vu?don_vi={lb}&ky=2023&trang_thai=overdue")).await);
    let href = format!("/nhiem-vu/xuat-excel?don_vi={lb}&trang_thai=overdue&ky=2023");
    assert!(page.contains(&href), "{page}");
    let spec = specs::tasks(None);
    let rows = sheet(&b, &href, &spec).await;
    let api = app
        .get(&format!(
            "/api/v1/tasks?within={lb}&status=overdue&due_from=2023-01-01&due_to=2023-12-31&limit=1"
        ))
        .await;
    assert_eq!(rows.len() as i64, api["total"].as_i64().unwrap());
    assert!(!rows.is_empty(), "the demo has overdue tasks in 2023");
    for r in &rows {
        assert_eq!(r[col(&spec, "status")], CellValue::text("Quá hạn"));
        assert!(
            matches!(r[col(&spec, "due_date")], CellValue::Date(_)),
            "a real date: {r:?}"
        );
        let code = r[col(&spec, "code")].as_text().unwrap();
        let id = domain::external_code::parse(domain::external_code::CodeKind::Task, code).expect("NV-<id>");
        let task = app.get(&format!("/api/v1/tasks/{id}")).await;
        assert_eq!(
            r[col(&spec, "content")],
            CellValue::text(task["title"].as_str().unwrap())
        );
    }
    // All of the district's tasks, unfiltered, in one file.
    let all = sheet(&b, &format!("/nhiem-vu/xuat-excel?don_vi={lb}"), &spec).await;
    let api = app.get(&format!("/api/v1/tasks?within={lb}&limit=1")).await;
    assert_eq!(all.len() as i64, api["total"].as_i64().unwrap());

    // Targets of 2020: 16, with plan and actual as numbers.
    let spec = specs::targets();
    let rows = sheet(&b, &format!("/chi-tieu/xuat-excel?don_vi={lb}&ky=2020"), &spec).await;
    assert_eq!(rows.len(), 16);
    assert!(
        rows.iter()
            .all(|r| matches!(r[col(&spec, "planned")], CellValue::Number(_)))
    );
    assert!(
        rows.iter()
            .any(|r| r[col(&spec, "name")] == CellValue::text("Thu ngân sách nhà nước trên địa bàn"))
    );
    assert!(
        rows.iter()
            .all(|r| r[col(&spec, "period")] == CellValue::text("Năm 2020"))
    );
    let targets = unescape(&b.ok(&format!("/chi-tieu?don_vi={lb}&ky=2020")).await);
    assert!(targets.contains(&format!("/chi-tieu/xuat-excel?don_vi={lb}&ky=2020")));

    // Units and people of a ward; codes are stable ("DV-<id>", "CB-<id>").
    let spec = specs::units();
    let rows = sheet(&b, &format!("/don-vi/{bode}/xuat-excel"), &spec).await;
    assert_eq!(rows[0][col(&spec, "code")], CellValue::text(format!("DV-{bode}")));
    assert_eq!(rows[0][col(&spec, "name")], CellValue::text("Phường Bồ Đề"));
    assert!(
        rows[1..]
            .iter()
            .all(|r| matches!(&r[col(&spec, "parent")], CellValue::Text(p) if p.starts_with("DV-")))
    );
    let spec = specs::people();
    let rows = sheet(&b, &format!("/can-bo/xuat-excel?don_vi={lb}"), &spec).await;
    let api = app.get(&format!("/api/v1/people?within={lb}&limit=1")).await;
    assert_eq!(rows.len() as i64, api["total"].as_i64().unwrap());
    let unit_page = b.ok(&format!("/don-vi/{bode}")).await;
    assert!(unit_page.contains(&format!("/don-vi/{bode}/xuat-excel")));
    assert!(unit_page.contains(&format!("/can-bo/xuat-excel?don_vi={bode}")));

    // Nothing outside the user's scope; bad filters are named.
    for path in [
        format!("/nhiem-vu/xuat-excel?don_vi={hbt}"),
        format!("/chi-tieu/xuat-excel?don_vi={hbt}"),
        format!("/don-vi/{hbt}/xuat-excel"),
        format!("/can-bo/xuat-excel?don_vi={hbt}"),
    ] {
        assert_eq!(b.get(&path).await.status, StatusCode::NOT_FOUND, "{path}");
    }
    let p = b
        .get(&format!("/nhiem-vu/xuat-excel?don_vi={lb}&trang_thai=nope"))
        .await;
    assert_eq!(p.status, StatusCode::BAD_REQUEST);
    // Without a session: the login page.
    assert_eq!(
        Browser::new(&app).get("/nhiem-vu/xuat-excel").await.status,
        StatusCode::SEE_OTHER
    );
});
