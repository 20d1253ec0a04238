//! "Nhập từ Excel" as a person uses it: the menu entry, the template, an upload whose preview
//! puts each problem on its row with a summary at the top, a unit name mapped by hand, and the
//! save that writes every row.

use office::xlsx::{CellValue, specs, xlsx_bytes};

use super::*;

const BOUNDARY: &str = "dondoc-page-boundary-41aa";

fn multipart(file: &[u8], fields: &[(&str, String)]) -> Vec<u8> {
    let mut body = Vec::new();
    for (name, value) in fields {
        body.extend_from_slice(
            format!("--{BOUNDARY}\r\nContent-Disposition: form-data; name=\"{name}\"\r\n\r\n{value}\r\n").as_bytes(),
        );
    }
    body.extend_from_slice(
        format!("--{BOUNDARY}\r\nContent-Disposition: form-data; name=\"file\"; filename=\"can-bo.xlsx\"\r\n\r\n")
            .as_bytes(),
    );
    body.extend_from_slice(file);
    body.extend_from_slice(format!("\r\n--{BOUNDARY}--\r\n").as_bytes());
    body
}

/// The hidden value of `name` in a page.
fn hidden(body: &str, name: &str) -> String {
    let marker = format!("name=\"{name}\" value=\"");
    let at = body.find(&marker).unwrap_or_else(|| panic!("no {name} in {body}")) + marker.len();
    body[at..].split('"').next().unwrap().to_string()
}

both!(import_people_from_a_sheet, |app| async move {
    let app: Arc<TestApp> = app;
    let lb = unit(&app, "Quận Long Biên").await;
    let bode = unit(&app, "UBND phường Bồ Đề").await;
    account(&app, "qt.nhap", Role::Admin, Some(lb)).await;
    let b = Browser::login(&app, "qt.nhap").await;

    let page = b.ok("/nhap-excel?loai=can-bo").await;
    assert!(page.contains("href=\"/nhap-excel\""), "the menu links the page");
    assert!(page.contains("/nhap-excel/mau?loai=can-bo"));
    let tpl = b.get("/nhap-excel/mau?loai=can-bo").await;
    assert_eq!(tpl.status, StatusCode::OK);

    let person = |name: &str, unit: &str, category: &str| {
        vec![
            CellValue::text(format!("CB-T-{name}")),
            CellValue::text(name),
            CellValue::Empty,
            CellValue::text(unit),
            CellValue::text(category),
            CellValue::text("Có"),
            CellValue::Empty,
        ]
    };
    let sheet = xlsx_bytes(
        &specs::people(),
        vec![
            person("Phạm Thu Trang", "UBND phường Bồ Đề", "Viên chức"),
            person("Đỗ Minh Quân", "Tổ công tác đặc biệt", "Công chức"),
            person("Vũ Hải Yến", "UBND phường Bồ Đề", "Bác sĩ"),
        ],
    )
    .unwrap();
    let fields = [("loai", "can-bo".to_string()), ("unit_id", lb.to_string())];
    let req = b
        .client
        .post(format!("{}/nhap-excel/xem-truoc", b.base))
        .header("content-type", format!("multipart/form-data; boundary={BOUNDARY}"))
        .body(multipart(&sheet, &fields));
    let p = b.send(req).await;
    assert_eq!(p.status, StatusCode::OK, "{}", p.body);
    let body = unescape(&p.body);
    assert!(
        body.contains("3 dòng: 1 thêm mới, 0 cập nhật, 0 không thay đổi, 2 có lỗi (2 lỗi)."),
        "{body}"
    );
    assert!(
        body.contains("Dòng 3, cột Đơn vị: 'Tổ công tác đặc biệt' — không tìm thấy đơn vị này"),
        "{body}"
    );
    assert!(
        body.contains("Dòng 4, cột Ngạch/loại: 'Bác sĩ' — không thuộc danh sách"),
        "{body}"
    );
    assert!(body.contains("Tên đơn vị chưa nhận ra"), "{body}");
    assert!(!body.contains("value=\"luu\""), "no save while rows are in error");
    let tep = hidden(&p.body, "tep");

    // Nothing is saved while a row is in error, even when asked.
    let p = b
        .post(
            "/nhap-excel/luu",
            &[
                ("loai", "can-bo"),
                ("unit_id", &lb.to_string()),
                ("tep", &tep),
                ("buoc", "luu"),
            ],
        )
        .await;
    assert_eq!(p.status, StatusCode::OK);
    assert!(unescape(&p.body).contains("2 có lỗi"), "{}", p.body);
    let people = app
        .get(&format!("/api/v1/people?unit_id={bode}&q=Pham%20Thu%20Trang"))
        .await;
    assert_eq!(people["total"], 0);

    // The unknown name mapped by hand, the third row fixed in a new upload: saved at once.
    let sheet = xlsx_bytes(
        &specs::people(),
        vec![
            person("Phạm Thu Trang", "UBND phường Bồ Đề", "Viên chức"),
            person("Đỗ Minh Quân", "Tổ công tác đặc biệt", "Công chức"),
        ],
    )
    .unwrap();
    let req = b
        .client
        .post(format!("{}/nhap-excel/xem-truoc", b.base))
        .header("content-type", format!("multipart/form-data; boundary={BOUNDARY}"))
        .body(multipart(&sheet, &fields));
    let p = b.send(req).await;
    let tep = hidden(&p.body, "tep");
    let map = format!("Tổ công tác đặc biệt={bode}");
    let p = b
        .post(
            "/nhap-excel/luu",
            &[
                ("loai", "can-bo"),
                ("unit_id", &lb.to_string()),
                ("tep", &tep),
                ("unit_map", &map),
                ("buoc", "xem"),
            ],
        )
        .await;
    let body = unescape(&p.body);
    assert!(body.contains("2 dòng: 2 thêm mới"), "{body}");
    assert!(body.contains("value=\"luu\""), "{body}");
    let p = b
        .post(
            "/nhap-excel/luu",
            &[
                ("loai", "can-bo"),
                ("unit_id", &lb.to_string()),
                ("tep", &tep),
                ("unit_map", &map),
                ("buoc", "luu"),
            ],
        )
        .await;
    assert_eq!(p.status, StatusCode::SEE_OTHER, "{}", p.body);
    let done = unescape(&b.ok(p.location()).await);
    assert!(
        done.contains("Đã lưu: 2 thêm mới, 0 cập nhật, 0 không thay đổi."),
        "{done}"
    );
    let people = app
        .get(&format!("/api/v1/people?unit_id={bode}&q=Do%20Minh%20Quan"))
        .await;
    assert_eq!(people["total"], 1, "{people}");

    // A file that is not a workbook: the reason on the page, not an error page.
    let req = b
        .client
        .post(format!("{}/nhap-excel/xem-truoc", b.base))
        .header("content-type", format!("multipart/form-data; boundary={BOUNDARY}"))
        .body(multipart(b"not a sheet", &fields));
    let p = b.send(req).await;
    assert_eq!(p.status, StatusCode::OK);
    assert!(
        unescape(&p.body).contains("Tệp không phải là bảng tính Excel"),
        "{}",
        p.body
    );
});
