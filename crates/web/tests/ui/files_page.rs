//! Files attached to progress reports: sent with the report from the task page, listed under
//! it, downloaded only by those who may read the task, refused whole when bad.

use super::*;

const BOUNDARY: &str = "dondoc-test-boundary-7c1f0e";
const PNG: &[u8] = b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\0\x01\0\0\0\x01\x08\x06\0\0\0\x1f\x15\xc4\x89";
const PDF: &[u8] = b"%PDF-1.4\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n";

/// A `multipart/form-data` body, written by hand so that any file name can be sent.
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
                "--{BOUNDARY}\r\nContent-Disposition: form-data; name=\"file\"; filename=\"{name}\"\r\nContent-Type: application/octet-stream\r\n\r\n"
            )
            .as_bytes(),
        );
        body.extend_from_slice(bytes);
        body.extend_from_slice(b"\r\n");
    }
    body.extend_from_slice(format!("--{BOUNDARY}--\r\n").as_bytes());
    body
}

impl Browser {
    async fn post_files(&self, path: &str, fields: &[(&str, &str)], files: &[(&str, &[u8])]) -> Page {
        self.send(
            self.client
                .post(format!("{}{path}", self.base))
                .header("content-type", format!("multipart/form-data; boundary={BOUNDARY}"))
                .body(multipart(fields, files)),
        )
        .await
    }

    async fn bytes(&self, path: &str) -> (StatusCode, HeaderMap, Vec<u8>) {
        let resp = self
            .client
            .get(format!("{}{path}", self.base))
            .header("cookie", self.cookies.join("; "))
            .send()
            .await
            .expect("answered");
        let (s, h) = (resp.status(), resp.headers().clone());
        (s, h, resp.bytes().await.expect("body").to_vec())
    }
}

/// An open Long Biên task and its lead unit.
async fn open_task(app: &TestApp, lb: i64) -> (i64, i64) {
    for status in ["not_started", "in_progress"] {
        let v = app
            .get(&format!("/api/v1/tasks?within={lb}&status={status}&limit=1"))
            .await;
        if let (Some(id), Some(unit)) = (v["items"][0]["id"].as_i64(), v["items"][0]["lead_unit_id"].as_i64()) {
            return (id, unit);
        }
    }
    panic!("Long Biên has an open task");
}

async fn counts(app: &TestApp, id: i64) -> (usize, usize) {
    let h = app.get(&format!("/api/v1/tasks/{id}/history")).await;
    let f = app.get(&format!("/api/v1/tasks/{id}/files")).await;
    (
        h["progress"].as_array().map_or(0, Vec::len),
        f.as_array().map_or(0, Vec::len),
    )
}

both!(progress_report_with_files, |app| async move {
    let app: Arc<TestApp> = app;
    let (lb, hbt, _) = setup(&app).await;
    let (id, lead) = open_task(&app, lb).await;
    account(&app, "canbo.tep", Role::UnitOfficer, Some(lead)).await;
    account(&app, "canbo.hbt", Role::UnitOfficer, Some(hbt)).await;
    let w = Browser::login(&app, "canbo.tep").await;
    let page = w.ok(&format!("/nhiem-vu/{id}")).await;
    assert!(page.contains("enctype=\"multipart/form-data\""), "{page}");
    assert!(page.contains("<label for=\"pfile\">Tệp minh chứng</label>"));
    assert!(page.contains("mỗi tệp tối đa 20 MB."), "the limit is shown");

    // A report with a photo: back to the task, the file listed under the report.
    let url = format!("/nhiem-vu/{id}/tien-do");
    let report = [
        ("percent", "35"),
        ("text", "Đã tổ chức hội nghị quán triệt"),
        ("confirm_drop", "1"),
    ];
    let p = w.post_files(&url, &report, &[("Ảnh hội nghị.png", PNG)]).await;
    assert_eq!(p.status, StatusCode::SEE_OTHER, "{}", p.body);
    let (reports, files) = counts(&app, id).await;
    assert_eq!(files, 1);
    let listed = app.get(&format!("/api/v1/tasks/{id}/files")).await;
    let fid = listed[0]["id"].as_i64().unwrap();
    assert_eq!(listed[0]["kind"], "png");
    assert_eq!(listed[0]["size_bytes"], PNG.len());
    assert_eq!(listed[0]["record_kind"], "progress_report");
    let page = w.ok(&format!("/nhiem-vu/{id}")).await;
    assert!(
        page.contains(&format!("<a href=\"/tep/{fid}\" download>Ảnh hội nghị.png</a>")),
        "{page}"
    );

    // The download: the same bytes, as an attachment, never sniffed or run.
    let (s, h, bytes) = w.bytes(&format!("/tep/{fid}")).await;
    assert_eq!(s, StatusCode::OK);
    assert_eq!(bytes, PNG);
    assert_eq!(h["content-type"], "image/png");
    let cd = h["content-disposition"].to_str().unwrap();
    assert!(cd.starts_with("attachment; filename=\"anh hoi nghi.png\""), "{cd}");
    assert!(
        cd.contains("filename*=UTF-8''%E1%BA%A2nh%20h%E1%BB%99i%20ngh%E1%BB%8B.png"),
        "{cd}"
    );
    assert_eq!(h["x-content-type-options"], "nosniff");
    assert!(h["content-security-policy"].to_str().unwrap().contains("sandbox"));
    // Others: not found, as for a file that does not exist; signed out: the login page.
    let other = Browser::login(&app, "canbo.hbt").await;
    let (s, _, body) = other.bytes(&format!("/tep/{fid}")).await;
    assert_eq!(s, StatusCode::NOT_FOUND);
    assert!(!String::from_utf8_lossy(&body).contains("Ảnh hội nghị"));
    assert_eq!(w.get("/tep/99999999").await.status, StatusCode::NOT_FOUND);
    assert_eq!(
        Browser::new(&app).get(&format!("/tep/{fid}")).await.status,
        StatusCode::SEE_OTHER
    );

    // Bad files: the reason beside the file field, what was typed kept, nothing written.
    let bad: Vec<(&str, Vec<u8>, &str)> = vec![
        (
            "chuong-trinh.exe",
            b"MZ\x90\0\x03\0\0\0".to_vec(),
            "không phải PDF, Word (.docx), Excel (.xlsx), ảnh JPEG hoặc PNG",
        ),
        (
            "bien-ban.pdf",
            PNG.to_vec(),
            "nội dung là ảnh png, tên tệp phải có đuôi .png",
        ),
        ("rong.pdf", Vec::new(), "không có nội dung (0 byte)"),
        ("thu-muc/anh.png", PNG.to_vec(), "Tên tệp không được chứa dấu “/”"),
        (
            "lon.pdf",
            [PDF, &vec![b' '; 20 * 1024 * 1024]].concat(),
            "lớn hơn mức cho phép 20 MB",
        ),
    ];
    for (name, bytes, says) in &bad {
        let p = w.post_files(&url, &report, &[(name, bytes)]).await;
        assert_eq!(p.status, StatusCode::UNPROCESSABLE_ENTITY, "{name}: {}", p.body);
        let text = unescape(&p.body);
        assert!(text.contains(says), "{name}: {text}");
        assert!(p.body.contains("id=\"pfile-error\""), "{name}: beside the file field");
        assert!(
            text.contains("Đã tổ chức hội nghị quán triệt</textarea>"),
            "{name}: text kept"
        );
    }
    // The same photo twice in one report.
    let p = w
        .post_files(&url, &report, &[("anh-1.png", PNG), ("anh-2.png", PNG)])
        .await;
    assert_eq!(p.status, StatusCode::CONFLICT, "{}", p.body);
    assert!(unescape(&p.body).contains("Tệp “anh-2.png” trùng nội dung với tệp “anh-1.png”"));
    assert_eq!(counts(&app, id).await, (reports, 1), "no report and no file written");

    // The old plain form still works (no files).
    let p = w
        .post(&url, &[("percent", "36"), ("text", "Tiếp tục tuyên truyền")])
        .await;
    assert_eq!(p.status, StatusCode::SEE_OTHER, "{}", p.body);

    // Through the API: a PDF added to the report; a reader out of scope cannot list them.
    let rid = app.get(&format!("/api/v1/tasks/{id}/history")).await["progress"]
        .as_array()
        .unwrap()
        .iter()
        .find(|r| r["body"] == "Đã tổ chức hội nghị quán triệt")
        .and_then(|r| r["id"].as_i64())
        .unwrap();
    let resp = app
        .client
        .post(format!("{}/api/v1/tasks/{id}/progress/{rid}/files", app.base))
        .bearer_auth(&app.token)
        .header("content-type", format!("multipart/form-data; boundary={BOUNDARY}"))
        .body(multipart(&[], &[("Kế hoạch.pdf", PDF)]))
        .send()
        .await
        .unwrap();
    assert_eq!(resp.status(), StatusCode::CREATED);
    let v: serde_json::Value = resp.json().await.unwrap();
    assert_eq!(v[0]["kind"], "pdf");
    assert_eq!(v[0]["name"], "Kế hoạch.pdf");
    assert_eq!(counts(&app, id).await.1, 2);
    let resp = app
        .client
        .post(format!("{}/api/v1/tasks/{id}/progress/{rid}/files", app.base))
        .bearer_auth(&app.token)
        .header("content-type", format!("multipart/form-data; boundary={BOUNDARY}"))
        .body(multipart(&[], &[("Kế hoạch (bản 2).pdf", PDF)]))
        .send()
        .await
        .unwrap();
    assert_eq!(resp.status(), StatusCode::CONFLICT);
    let v: serde_json::Value = resp.json().await.unwrap();
    assert_eq!(v["error"]["code"], "duplicate_file");
    assert_eq!(v["error"]["field"], "file");
    let (s, _, _) = other.bytes(&format!("/api/v1/tasks/{id}/files")).await;
    assert_eq!(s, StatusCode::NOT_FOUND);
});
