//! The conference pages: a unit's list, a conference with its bridge points and rates, the
//! form to add one (refused input shown beside its field, what was typed kept), the attendance
//! entry of a ward's own point, the unit, document and overview pages naming the conferences,
//! and the conclusion notice read through the plan import review into tasks.

use super::*;

fn first_conference(body: &str) -> i64 {
    let at = body.find("href=\"/hoi-nghi/").expect("a conference link") + "href=\"/hoi-nghi/".len();
    body[at..].split('"').next().unwrap().parse().expect("an id")
}

both!(conference_pages, |app| async move {
    let app: Arc<TestApp> = app;
    let (lb, _hbt, bode) = setup(&app).await;
    let qu = unit(&app, "Quận ủy Long Biên").await;
    account(&app, "vanphong.qu", Role::Specialist, Some(lb)).await;

    // The overview and the unit page name the latest conference and its reach.
    let leader = Browser::login(&app, "lanhdao.lb").await;
    let overview = leader.ok(&format!("/tong-quan?don_vi={lb}")).await;
    assert!(overview.contains("Quán triệt đến 14/14 điểm cầu"), "{overview}");
    let unit_page = leader.ok(&format!("/don-vi/{lb}")).await;
    assert!(unit_page.contains("id=\"hoi-nghi\""), "{unit_page}");
    let list = leader.ok(&format!("/hoi-nghi?don_vi={lb}")).await;
    assert!(list.contains("2.909/3.044 người, đạt 95,56 %"), "{list}");
    let id = first_conference(&list);
    let page = unescape(&leader.ok(&format!("/hoi-nghi/{id}")).await);
    assert!(
        page.contains("Phường Bồ Đề") && page.contains("Trụ sở Quận ủy Long Biên"),
        "{page}"
    );
    assert!(!page.contains("/hoi-nghi/{id}/sua"), "a leader reads, does not edit");

    // The district office adds a conference; a count above expected is shown beside the table.
    let office = Browser::login(&app, "vanphong.qu").await;
    let form = office.ok(&format!("/hoi-nghi/moi?don_vi={qu}")).await;
    assert!(
        form.contains("name=\"point\"") && form.contains("Phường Bồ Đề"),
        "{form}"
    );
    let (b, e) = (bode.to_string(), format!("expected_{bode}"));
    let p_name = format!("present_{bode}");
    let q = qu.to_string();
    let mut fields = vec![
        ("host_unit_id", q.as_str()),
        ("kind", "deployment"),
        ("title", "Hội nghị triển khai công tác tháng 11/2023"),
        ("starts_on", "10/11/2023"),
        ("starts_at", "08:00"),
        ("format", "hybrid"),
        ("venue", "Trụ sở Quận ủy Long Biên"),
        ("document_ids", "215-KH/QU"),
        ("audience", "key_cadres"),
        ("point", b.as_str()),
        (e.as_str(), "30"),
        (p_name.as_str(), "31"),
    ];
    // A missing title and a missing date are named together, the date by its form label.
    let blank: Vec<(&str, &str)> = fields
        .iter()
        .map(|&(k, v)| {
            if k == "title" || k == "starts_on" {
                (k, "")
            } else {
                (k, v)
            }
        })
        .collect();
    let p = office.post(&format!("/hoi-nghi/moi?don_vi={qu}"), &blank).await;
    assert_eq!(p.status, StatusCode::UNPROCESSABLE_ENTITY, "{}", p.body);
    assert_eq!(crate::forms::field_error(&p.body, "title"), "Hãy nhập tên hội nghị.");
    assert!(
        crate::forms::field_error(&p.body, "starts_on").contains("Ngày bắt đầu"),
        "{}",
        p.body
    );
    assert!(
        p.body.contains(">Ngày bắt đầu<"),
        "the field is labelled as its error names it"
    );
    let p = office.post(&format!("/hoi-nghi/moi?don_vi={qu}"), &fields).await;
    assert_eq!(p.status, StatusCode::UNPROCESSABLE_ENTITY, "{}", p.body);
    let body = unescape(&p.body);
    assert!(body.contains("Số có mặt (31) lớn hơn số phải triệu tập (30)"), "{body}");
    assert!(
        body.contains("value=\"Hội nghị triển khai công tác tháng 11/2023\"")
            || body.contains(">Hội nghị triển khai công tác tháng 11/2023</textarea>"),
        "typed kept"
    );
    fields.pop();
    let p = office.post(&format!("/hoi-nghi/moi?don_vi={qu}"), &fields).await;
    assert_eq!(p.status, StatusCode::SEE_OTHER, "{}", p.body);
    let made: i64 = p.location().trim_start_matches("/hoi-nghi/").parse().unwrap();
    let page = unescape(&office.ok(&format!("/hoi-nghi/{made}")).await);
    assert!(
        page.contains("Quán triệt đến 0/1 điểm cầu") && page.contains("215-KH/QU"),
        "{page}"
    );
    assert!(page.contains(&format!("/hoi-nghi/{made}/sua")), "the office edits");
    assert!(
        page.contains(&format!("/nhap-ke-hoach?hoi_nghi={made}")),
        "the office concludes"
    );

    // Bồ Đề's officer records its own count on the conference page.
    let ward = Browser::login(&app, "phuong.bode").await;
    let page = ward.ok(&format!("/hoi-nghi/{made}")).await;
    assert!(page.contains(&format!("name=\"present_{bode}\"")), "{page}");
    let p = ward
        .post(&format!("/hoi-nghi/{made}/so-nguoi-du"), &[(p_name.as_str(), "45")])
        .await;
    assert_eq!(p.status, StatusCode::UNPROCESSABLE_ENTITY, "{}", p.body);
    assert!(
        unescape(&p.body).contains("Số có mặt (45) lớn hơn số phải triệu tập (30)"),
        "{}",
        p.body
    );
    let p = ward
        .post(&format!("/hoi-nghi/{made}/so-nguoi-du"), &[(p_name.as_str(), "28")])
        .await;
    assert_eq!(p.status, StatusCode::SEE_OTHER, "{}", p.body);
    let page = unescape(&ward.ok(&format!("/hoi-nghi/{made}")).await);
    assert!(
        page.contains("Quán triệt đến 1/1 điểm cầu") && page.contains("28/30 người, đạt 93,33 %"),
        "{page}"
    );

    // The document page lists the conference that disseminated it.
    let plan = unit_doc(&app, "215-KH/QU").await;
    let doc = leader.ok(&format!("/van-ban/{plan}")).await;
    assert!(doc.contains(&format!("/hoi-nghi/{made}")), "{doc}");

    // The conclusion notice: read, reviewed, saved; the tasks linked to the conference.
    let start = unescape(&office.ok(&format!("/nhap-ke-hoach?hoi_nghi={made}")).await);
    assert!(
        start.contains("Kết luận của hội nghị") && start.contains("name=\"conference_id\""),
        "{start}"
    );
    let notice = "THÔNG BÁO KẾT LUẬN\nHội nghị triển khai công tác tháng 11/2023\nI. NHIỆM VỤ\n1. Phường Bồ Đề hoàn thành chỉnh trang tuyến phố Nguyễn Văn Cừ, xong trước 31/12/2023.\n";
    let review = multipart_post(
        &office,
        "/nhap-ke-hoach",
        &[
            ("conference_id", &made.to_string()),
            ("issuer_unit_id", &q),
            ("text", notice),
        ],
    )
    .await;
    assert_eq!(review.status, StatusCode::OK, "{}", review.body);
    assert!(
        review.body.contains("name=\"conference_id\""),
        "the review carries the conference"
    );
    let m = made.to_string();
    let refs: Vec<(&str, &str)> = vec![
        ("conference_id", m.as_str()),
        ("issuer_unit_id", q.as_str()),
        ("text", notice),
        ("symbol", "47-TB/QU"),
        ("issued_on", "12/11/2023"),
        ("title", "Thông báo kết luận Hội nghị triển khai công tác tháng 11/2023"),
        ("tasks[0].keep", "1"),
        ("tasks[0].code", "1"),
        ("tasks[0].title", "Hoàn thành chỉnh trang tuyến phố Nguyễn Văn Cừ"),
        ("tasks[0].lead_unit_id", b.as_str()),
        ("tasks[0].lead_name", "Phường Bồ Đề"),
        ("tasks[0].deadline_text", "Trước 31/12/2023"),
    ];
    let saved = office.post("/nhap-ke-hoach/luu", &refs).await;
    assert_eq!(saved.status, StatusCode::SEE_OTHER, "{}", saved.body);
    assert_eq!(saved.location(), format!("/hoi-nghi/{made}"));
    let page = office.ok(&format!("/hoi-nghi/{made}")).await;
    assert!(page.contains("47-TB/QU"), "the notice is among the conclusions: {page}");
});

async fn unit_doc(app: &TestApp, symbol: &str) -> i64 {
    let v = app
        .get(&format!("/api/v1/documents?q={}&limit=500", urlencode(symbol)))
        .await;
    v["items"]
        .as_array()
        .and_then(|a| a.iter().find(|d| d["symbol"] == symbol))
        .and_then(|d| d["id"].as_i64())
        .unwrap()
}

const BOUNDARY: &str = "dondoc-conference-page-boundary";

/// A multipart/form-data post of text fields (the plan import's first step).
async fn multipart_post(b: &Browser, path: &str, fields: &[(&str, &str)]) -> Page {
    let mut body = Vec::new();
    for (k, v) in fields {
        body.extend_from_slice(
            format!("--{BOUNDARY}\r\nContent-Disposition: form-data; name=\"{k}\"\r\n\r\n{v}\r\n").as_bytes(),
        );
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

// The demo's Hai Bà Trưng conference on 24-CT/TU (15/09/2023): its conclusion notice is
// linked, and the notice's tasks follow it up — one of them overdue on the demo day.
both!(demo_conference_conclusion_is_followed_up, |app| async move {
    let app: Arc<TestApp> = app;
    let (_, hbt, _) = setup(&app).await;
    account(&app, "lanhdao.hbt", Role::Leader, Some(hbt)).await;
    let b = Browser::login(&app, "lanhdao.hbt").await;
    let list = unescape(&b.ok(&format!("/hoi-nghi?don_vi={hbt}")).await);
    let at = list.find("Chỉ thị số 24-CT/TU").expect("the conference is listed");
    let id: i64 = list[..at]
        .rsplit("href=\"/hoi-nghi/")
        .next()
        .and_then(|s| s.split('"').next())
        .and_then(|s| s.parse().ok())
        .expect("its link");
    let page = unescape(&b.ok(&format!("/hoi-nghi/{id}")).await);
    assert!(page.contains("236-TB/QU"), "the conclusion notice: {page}");
    let notice = app.document_id("236-TB/QU").await;
    let tasks = app.get(&format!("/api/v1/tasks?plan_id={notice}&limit=50")).await;
    assert_eq!(tasks["total"], 4, "{tasks}");
    let overdue = app
        .get(&format!("/api/v1/tasks?plan_id={notice}&status=overdue&limit=50"))
        .await;
    assert_eq!(overdue["total"], 1, "{overdue}");
    let doc = unescape(&b.ok(&format!("/van-ban/{notice}")).await);
    assert!(doc.contains("Nhiệm vụ của văn bản (4)"), "{doc}");
});
