//! `/nhap-ke-hoach`: paste or upload a plan, review the drafts beside the text, save all or
//! nothing with errors beside the row at fault.

use serde_json::Value;

use super::*;

const PLAN: &str = include_str!("../api/fixtures/plan_long_bien.txt");
const BOUNDARY: &str = "dondoc-test-boundary-7c1e";

/// A multipart/form-data post (text fields and one file field).
async fn post_multipart(b: &Browser, path: &str, fields: &[(&str, &str)], file: Option<&[u8]>) -> Page {
    let mut body = Vec::new();
    for (k, v) in fields {
        body.extend_from_slice(
            format!("--{BOUNDARY}\r\nContent-Disposition: form-data; name=\"{k}\"\r\n\r\n{v}\r\n").as_bytes(),
        );
    }
    if let Some(bytes) = file {
        body.extend_from_slice(
            format!(
                "--{BOUNDARY}\r\nContent-Disposition: form-data; name=\"file\"; filename=\"kh.docx\"\r\nContent-Type: application/vnd.openxmlformats-officedocument.wordprocessingml.document\r\n\r\n"
            )
            .as_bytes(),
        );
        body.extend_from_slice(bytes);
        body.extend_from_slice(b"\r\n");
    }
    body.extend_from_slice(format!("--{BOUNDARY}--\r\n").as_bytes());
    b.send(
        b.client
            .post(format!("{}{path}", b.base))
            .header("content-type", format!("multipart/form-data; boundary={BOUNDARY}"))
            .body(body),
    )
    .await
}

/// The review form as the page fills it, from the API's reading of the same text.
fn review_form(draft: &Value, issuer: i64) -> Vec<(String, String)> {
    let s = |v: &Value| v.as_str().unwrap_or("").to_string();
    let mut f = vec![
        ("issuer_unit_id".to_string(), issuer.to_string()),
        ("text".into(), PLAN.into()),
        ("symbol".into(), s(&draft["header"]["symbol"])),
        ("issued_on".into(), s(&draft["header"]["issued_on"])),
        ("title".into(), s(&draft["header"]["title"])),
    ];
    for (i, t) in draft["tasks"].as_array().unwrap().iter().enumerate() {
        let k = |n: &str| format!("tasks[{i}].{n}");
        let support: Vec<String> = t["support"].as_array().unwrap().iter().map(|u| s(&u["name"])).collect();
        f.extend([
            (k("keep"), "1".into()),
            (k("code"), s(&t["code"])),
            (k("parent_code"), s(&t["parent_code"])),
            (k("title"), s(&t["title"])),
            (
                k("lead_unit_id"),
                t["lead"]["unit_id"].as_i64().map(|i| i.to_string()).unwrap_or_default(),
            ),
            (k("lead_name"), s(&t["lead"]["name"])),
            (k("support"), support.join("; ")),
            (k("deadline_text"), s(&t["deadline_text"])),
            (k("due_on"), s(&t["due_on"])),
            (k("recurrence"), s(&t["recurrence"])),
            (k("output"), s(&t["output"])),
        ]);
    }
    f
}

fn set(form: &mut [(String, String)], key: &str, value: &str) {
    form.iter_mut()
        .find(|(k, _)| k == key)
        .unwrap_or_else(|| panic!("no {key}"))
        .1 = value.into();
}

both!(import_a_plan_through_the_pages, |app| async move {
    let app: Arc<TestApp> = app;
    let (lb, _, _) = setup(&app).await;
    let qu = unit(&app, "Quận ủy Long Biên").await;
    account(&app, "chuyenvien.lb", Role::Specialist, Some(lb)).await;
    let b = Browser::login(&app, "chuyenvien.lb").await;

    let start = b.ok("/nhap-ke-hoach").await;
    assert!(start.contains("enctype=\"multipart/form-data\""));
    assert!(start.contains("<label for=\"plan-text\">") && start.contains("<label for=\"issuer\">"));
    assert!(start.contains(&format!("<option value=\"{qu}\">Quận ủy Long Biên</option>")));

    // Nothing pasted: the error beside the text box, the issuer kept.
    let p = post_multipart(
        &b,
        "/nhap-ke-hoach",
        &[("issuer_unit_id", &qu.to_string()), ("text", " ")],
        None,
    )
    .await;
    assert_eq!(p.status, StatusCode::UNPROCESSABLE_ENTITY, "{}", p.body);
    assert!(
        p.body.contains("id=\"plan-text-error\">Hãy dán nội dung kế hoạch"),
        "{}",
        p.body
    );
    assert!(p.body.contains(&format!("<option value=\"{qu}\" selected>")));
    // A file that is not a .docx: the error beside the file field.
    let p = post_multipart(
        &b,
        "/nhap-ke-hoach",
        &[("issuer_unit_id", &qu.to_string())],
        Some(b"not a zip"),
    )
    .await;
    assert_eq!(p.status, StatusCode::UNPROCESSABLE_ENTITY, "{}", p.body);
    assert!(p.body.contains("id=\"plan-file-error\""), "{}", p.body);

    // The plan read: header, six drafts, units matched, the unmatched name highlighted.
    let p = post_multipart(
        &b,
        "/nhap-ke-hoach",
        &[("issuer_unit_id", &qu.to_string()), ("text", PLAN)],
        None,
    )
    .await;
    assert_eq!(p.status, StatusCode::OK, "{}", p.body);
    let review = p.body;
    assert!(review.contains("class=\"side-by-side\""));
    assert!(
        review.contains("value=\"171-KH/QU\"") && review.contains("value=\"02/10/2023\""),
        "dates as dd/mm/yyyy"
    );
    assert!(review.contains("name=\"tasks[5].title\"") && !review.contains("name=\"tasks[6].title\""));
    let bt = unit(&app, "Ban Tuyên giáo Quận ủy Long Biên").await;
    let row0 = &review[review.find("id=\"row-0\"").unwrap()..review.find("id=\"row-1\"").unwrap()];
    assert!(row0.contains(&format!("<option value=\"{bt}\" selected>")), "{row0}");
    assert!(review.contains("<mark class=\"unmatched\">UBND các phường</mark>"));
    assert!(
        review.contains("Tổ chức hội nghị quán triệt Chỉ thị số 24-CT/TU"),
        "the text beside the drafts"
    );
    assert!(!review.contains("style=\"") && !crate::inline_script(&review));

    let (_, draft) = app
        .post(
            "/api/v1/plans/extract",
            serde_json::json!({"text": PLAN, "issuer_unit_id": qu}),
        )
        .await;
    let docs = || async {
        app.get("/api/v1/documents?q=171&limit=5").await["total"]
            .as_i64()
            .unwrap()
    };

    // Saved as read: "UBND các phường" is not a unit — the error on that row, nothing saved,
    // everything typed kept.
    let mut form = review_form(&draft, qu);
    set(&mut form, "tasks[0].title", "Hội nghị quán triệt <đã sửa>");
    let pairs: Vec<(&str, &str)> = form.iter().map(|(k, v)| (k.as_str(), v.as_str())).collect();
    let p = b.post("/nhap-ke-hoach/luu", &pairs).await;
    assert_eq!(p.status, StatusCode::UNPROCESSABLE_ENTITY, "{}", p.body);
    let row1 = &p.body[p.body.find("id=\"row-1\"").unwrap()..p.body.find("id=\"row-2\"").unwrap()];
    assert!(row1.contains("Không tìm thấy đơn vị “UBND các phường”"), "{row1}");
    assert!(!p.body.contains("<đã sửa>"), "typed text escaped");
    assert!(
        unescape(&p.body).contains("Hội nghị quán triệt <đã sửa></textarea>"),
        "typed text kept"
    );
    assert_eq!(docs().await, 0);

    // The user maps it, skips the first row and clears a lead unit: the error names that row.
    set(&mut form, "tasks[1].support", "Ban Tuyên giáo Quận ủy");
    set(&mut form, "tasks[2].support", "Phòng Nội vụ quận");
    set(&mut form, "tasks[0].keep", "0");
    set(&mut form, "tasks[3].lead_unit_id", "");
    let pairs: Vec<(&str, &str)> = form.iter().map(|(k, v)| (k.as_str(), v.as_str())).collect();
    let p = b.post("/nhap-ke-hoach/luu", &pairs).await;
    assert_eq!(p.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        p.body.contains("id=\"t3-lead-error\">Hãy chọn đơn vị chủ trì."),
        "{}",
        p.body
    );

    // A store error in the third task sent (row 3, the first row being skipped) comes back
    // beside row 3: a due date before the plan was issued.
    let hdnd = draft["tasks"][3]["lead"]["unit_id"].as_i64().unwrap().to_string();
    set(&mut form, "tasks[3].lead_unit_id", &hdnd);
    set(&mut form, "tasks[3].due_on", "2023-01-01");
    let pairs: Vec<(&str, &str)> = form.iter().map(|(k, v)| (k.as_str(), v.as_str())).collect();
    let p = b.post("/nhap-ke-hoach/luu", &pairs).await;
    assert_eq!(p.status, StatusCode::UNPROCESSABLE_ENTITY, "{}", p.body);
    let row3 = &p.body[p.body.find("id=\"row-3\"").unwrap()..p.body.find("id=\"row-4\"").unwrap()];
    assert!(row3.contains("class=\"field-error\""), "{}", p.body);
    assert_eq!(docs().await, 0, "all or nothing");

    // Fixed: saved, and the new document's page shows it with its five tasks.
    set(&mut form, "tasks[3].due_on", "");
    let pairs: Vec<(&str, &str)> = form.iter().map(|(k, v)| (k.as_str(), v.as_str())).collect();
    let p = b.post("/nhap-ke-hoach/luu", &pairs).await;
    assert_eq!(p.status, StatusCode::SEE_OTHER, "{}", p.body);
    assert!(p.location().starts_with("/van-ban/"));
    let page = b.ok(p.location()).await;
    assert!(page.contains("171-KH/QU"), "{page}");
    assert!(page.contains("Nhiệm vụ của văn bản (5)"), "{page}");
    assert_eq!(docs().await, 1);

    // A leader may read but not import.
    let l = Browser::login(&app, "lanhdao.lb").await;
    assert!(l.ok("/nhap-ke-hoach").await.contains("không có quyền nhập kế hoạch"));
    let pairs: Vec<(&str, &str)> = form.iter().map(|(k, v)| (k.as_str(), v.as_str())).collect();
    assert_eq!(l.post("/nhap-ke-hoach/luu", &pairs).await.status, StatusCode::FORBIDDEN);
});

const COLLECTIVE_PLAN: &str = "QUẬN ỦY LONG BIÊN\n*\nSố 172-KH/QU\tLong Biên, ngày 05 tháng 10 năm 2023\n\nKẾ HOẠCH\n\
tổ chức sinh hoạt chính trị về Chỉ thị số 24-CT/TU\n\nII. NHIỆM VỤ\n\
1. Tổ chức sinh hoạt chính trị, thảo luận nội dung Chỉ thị số 24-CT/TU trong kỳ sinh hoạt chi bộ tháng 10/2023.\n\
- Chủ trì: Đảng ủy các phường.\n- Thời gian: hoàn thành trong tháng 10/2023.\n\
2. Tổng hợp, báo cáo kết quả thực hiện về Ban Thường vụ Quận ủy.\n- Chủ trì: Văn phòng Quận ủy.\n- Thời gian: trước ngày 15/11/2023.\n";

both!(a_collective_lead_becomes_one_task_per_unit, |app| async move {
    let app: Arc<TestApp> = app;
    let (lb, _, bode) = setup(&app).await;
    let qu = unit(&app, "Quận ủy Long Biên").await;
    account(&app, "chuyenvien.lb", Role::Specialist, Some(lb)).await;
    let b = Browser::login(&app, "chuyenvien.lb").await;
    let (_, draft) = app
        .post(
            "/api/v1/plans/extract",
            serde_json::json!({"text": COLLECTIVE_PLAN, "issuer_unit_id": qu}),
        )
        .await;
    let first = &draft["tasks"][0];
    let units: Vec<i64> = first["expansion"]
        .as_array()
        .expect("an expansion")
        .iter()
        .map(|u| u["unit_id"].as_i64().unwrap())
        .collect();
    // Every ward of Long Biên has its Party committee; the ward People's Committees are not it.
    let wards = app.get(&format!("/api/v1/units/{lb}/children")).await;
    let ward_count = wards.as_array().unwrap().iter().filter(|u| u["kind"] == "ward").count();
    assert_eq!(units.len(), ward_count, "{first}");
    let bode_pc = unit(&app, "Đảng ủy phường Bồ Đề").await;
    assert!(units.contains(&bode_pc) && !units.contains(&bode));
    assert!(
        !draft["unmatched"]
            .as_array()
            .unwrap()
            .iter()
            .any(|n| n == "Đảng ủy các phường"),
        "a collective is not an unmatched name"
    );

    // The review offers it, checked; the second task's deadline is read without a warning.
    let p = post_multipart(
        &b,
        "/nhap-ke-hoach",
        &[("issuer_unit_id", &qu.to_string()), ("text", COLLECTIVE_PLAN)],
        None,
    )
    .await;
    assert_eq!(p.status, StatusCode::OK, "{}", p.body);
    assert!(
        p.body
            .contains(&format!("Giao cho từng đơn vị, mỗi đơn vị một nhiệm vụ ({ward_count})")),
        "{}",
        p.body
    );
    let row1 = &p.body[p.body.find("id=\"row-1\"").unwrap()..];
    assert!(
        !row1.contains("Cần kiểm tra thời hạn"),
        "a clear deadline is not flagged"
    );

    // Saved with the expansion: a heading and one task per ward, the heading not counted.
    let s = |v: &Value| v.as_str().unwrap_or("").to_string();
    let ids: Vec<String> = units.iter().map(i64::to_string).collect();
    let mut form: Vec<(String, String)> = vec![
        ("issuer_unit_id".into(), qu.to_string()),
        ("text".into(), COLLECTIVE_PLAN.into()),
        ("symbol".into(), "172-KH/QU".into()),
        ("issued_on".into(), "05/10/2023".into()),
        ("title".into(), s(&draft["header"]["title"])),
    ];
    for (i, t) in draft["tasks"].as_array().unwrap().iter().enumerate() {
        let k = |n: &str| format!("tasks[{i}].{n}");
        form.extend([
            (k("keep"), "1".to_string()),
            (k("code"), s(&t["code"])),
            (k("title"), s(&t["title"])),
            (
                k("lead_unit_id"),
                t["lead"]["unit_id"].as_i64().map(|i| i.to_string()).unwrap_or_default(),
            ),
            (k("due_on"), s(&t["due_on"])),
        ]);
    }
    form.push(("tasks[0].expand".into(), "1".into()));
    form.push(("tasks[0].expand_ids".into(), ids.join(",")));
    let pairs: Vec<(&str, &str)> = form.iter().map(|(k, v)| (k.as_str(), v.as_str())).collect();
    let p = b.post("/nhap-ke-hoach/luu", &pairs).await;
    assert_eq!(p.status, StatusCode::SEE_OTHER, "{}", p.body);
    let doc: i64 = p.location().trim_start_matches("/van-ban/").parse().unwrap();
    let tasks = app.get(&format!("/api/v1/tasks?plan_id={doc}&limit=100")).await;
    assert_eq!(tasks["total"].as_i64(), Some(ward_count as i64 + 1), "{tasks}");
    let with_groups = app
        .get(&format!("/api/v1/tasks?plan_id={doc}&groups=true&limit=100"))
        .await;
    assert_eq!(with_groups["total"].as_i64(), Some(ward_count as i64 + 2));
    let bode_task = tasks["items"]
        .as_array()
        .unwrap()
        .iter()
        .find(|t| t["lead_unit_id"].as_i64() == Some(bode_pc))
        .expect("Bồ Đề's Party committee has its task");
    assert_eq!(bode_task["due_on"], "2023-10-31");
});
