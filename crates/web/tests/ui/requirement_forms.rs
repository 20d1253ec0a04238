//! The compliance forms: the district's office sets a requirement from a document's page; a
//! ward's officer finds it in "Việc của tôi" and reports a chi bộ's October meeting with a
//! photo; the office returns it with a reason, then accepts it, and reminds the rest; errors
//! stand beside their fields in Vietnamese, what was typed is kept.

use super::*;

const BOUNDARY: &str = "dondoc-requirement-form-9e3a";
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
            format!("--{BOUNDARY}\r\nContent-Disposition: form-data; name=\"file\"; filename=\"{name}\"\r\nContent-Type: image/png\r\n\r\n")
                .as_bytes(),
        );
        body.extend_from_slice(bytes);
        body.extend_from_slice(b"\r\n");
    }
    body.extend_from_slice(format!("--{BOUNDARY}--\r\n").as_bytes());
    body
}

async fn post_report(b: &Browser, path: &str, fields: &[(&str, &str)], files: &[(&str, &[u8])]) -> Page {
    b.send(
        b.client
            .post(format!("{}{path}", b.base))
            .header("content-type", format!("multipart/form-data; boundary={BOUNDARY}"))
            .body(multipart(fields, files)),
    )
    .await
}

both!(office_sets_a_requirement_from_the_document_page, |app| async move {
    let app: Arc<TestApp> = app;
    let (lb, hbt, _) = setup(&app).await;
    account(&app, "chuyenvien.lb", Role::Specialist, Some(lb)).await;
    account(&app, "chuyenvien.hbt", Role::Specialist, Some(hbt)).await;
    let plan = app.document_id("215-KH/QU").await;
    let b = Browser::login(&app, "chuyenvien.lb").await;
    let doc = b.ok(&format!("/van-ban/{plan}")).await;
    let new = format!("/yeu-cau/moi?van_ban={plan}");
    assert!(doc.contains(&format!("href=\"{new}\"")), "the document page offers it");
    let form = b.ok(&new).await;
    assert!(form.contains("Loại đơn vị phải thực hiện"), "{form}");
    let issuer = unit(&app, "Quận ủy Long Biên").await;
    assert!(
        form.contains(&format!(
            "<option value=\"{issuer}\" selected>Quận ủy Long Biên</option>"
        )),
        "the plan's issuer is chosen: {form}"
    );
    assert!(
        form.contains(&format!("<option value=\"{lb}\" selected>Quận Long Biên</option>")),
        "the district it reaches: {form}"
    );

    // Wrong: no title, an impossible date, a month after the due date; all named, all kept.
    let (issuer_s, lb_s, plan_s) = (issuer.to_string(), lb.to_string(), plan.to_string());
    let mut fields = vec![
        ("issuer_unit_id", issuer_s.as_str()),
        ("scope_unit_id", lb_s.as_str()),
        ("unit_kind", "party_cell"),
        ("document_id", plan_s.as_str()),
        ("title", " "),
        ("due_on", "31/13/2023"),
        ("meeting_month", "10/2023"),
    ];
    let p = b.post(&new, &fields).await;
    assert_eq!(p.status, StatusCode::UNPROCESSABLE_ENTITY, "{}", p.body);
    let body = unescape(&p.body);
    assert!(body.contains("Chưa nhập “Trích yếu, nội dung”"), "{body}");
    assert!(body.contains("“Hạn hoàn thành”: ngày không hợp lệ"), "{body}");
    assert!(body.contains("value=\"31/13/2023\""), "what was typed is kept");
    fields[4] = (
        "title",
        "Sinh hoạt chính trị về Chỉ thị 24-CT/TU trong kỳ sinh hoạt chi bộ tháng 10/2023",
    );
    fields[5] = ("due_on", "31/10/2023");
    fields[6] = ("meeting_month", "11/2023");
    let p = b.post(&new, &fields).await;
    assert_eq!(p.status, StatusCode::UNPROCESSABLE_ENTITY, "{}", p.body);
    assert!(
        unescape(&p.body).contains("Tháng sinh hoạt 11/2023 ở sau hạn hoàn thành"),
        "{}",
        p.body
    );

    fields[6] = ("meeting_month", "10/2023");
    let p = b.post(&new, &fields).await;
    assert_eq!(p.status, StatusCode::SEE_OTHER, "{}", p.body);
    let at = p.location().to_string();
    assert!(at.starts_with("/yeu-cau/"), "{at}");
    let page = unescape(&b.ok(&at).await);
    assert!(page.contains("0/43 chi bộ, 0,0 %"), "{page}");
    assert!(page.contains("Trong kỳ sinh hoạt tháng 10/2023"), "{page}");
    // Listed on the document's page and the unit's.
    assert!(
        b.ok(&format!("/van-ban/{plan}"))
            .await
            .contains(&format!("href=\"{at}\""))
    );
    assert!(unescape(&b.ok(&format!("/don-vi/{lb}")).await).contains("0/43 chi bộ, 0,0 %"));
    // Another district sees nothing of it, and cannot set one for Long Biên.
    let other = Browser::login(&app, "chuyenvien.hbt").await;
    assert_eq!(other.get(&at).await.status, StatusCode::NOT_FOUND);
    assert_eq!(
        other.get(&format!("/yeu-cau/moi?don_vi={lb}")).await.status,
        StatusCode::NOT_FOUND
    );
});

both!(ward_officer_reports_a_meeting_with_a_photo, |app| async move {
    let app: Arc<TestApp> = app;
    let (lb, _, bode) = setup(&app).await;
    account(&app, "chuyenvien.lb", Role::Specialist, Some(lb)).await;
    let (s, made) = app
        .post(
            "/api/v1/requirements",
            serde_json::json!({"issuer_unit_id": unit(&app, "Quận ủy Long Biên").await, "scope_unit_id": lb,
                "unit_kind": "party_cell", "title": "Sinh hoạt chính trị về Chỉ thị 24-CT/TU",
                "due_on": "2023-10-31", "meeting_month": {"year": 2023, "month": 10}}),
        )
        .await;
    assert_eq!(s, StatusCode::CREATED, "{made}");
    let id = made["requirement"]["id"].as_i64().unwrap();
    let n = made["items"].as_i64().unwrap();
    let items = app
        .get(&format!("/api/v1/requirements/{id}/items?unit_id={bode}"))
        .await;
    let item = items[0]["id"].as_i64().unwrap();
    let cell = items[0]["unit_name"].as_str().unwrap().to_string();

    // The ward's officer finds it in "Việc của tôi", opens its ward's part.
    let ward = Browser::login(&app, "phuong.bode").await;
    let mine = unescape(&ward.ok("/viec").await);
    assert!(mine.contains("Yêu cầu đơn vị chưa thực hiện"), "{mine}");
    assert!(
        mine.contains(&format!("#muc-{item}\">Sinh hoạt chính trị về Chỉ thị 24-CT/TU</a>")),
        "{mine}"
    );
    let page = unescape(&ward.ok(&format!("/yeu-cau/{id}")).await);
    assert!(page.contains("Phạm vi: Phường Bồ Đề"), "{page}");
    assert!(
        page.contains(&format!("action=\"/yeu-cau/muc/{item}/bao-cao\"")),
        "{page}"
    );
    assert!(
        page.contains(&format!("id=\"m{item}-held_on\"")),
        "the meeting's date is asked"
    );

    // A meeting of September is not the October one; a count that is not one is named.
    let path = format!("/yeu-cau/muc/{item}/bao-cao");
    let bode_s = bode.to_string();
    let report = |held: &'static str, present: &'static str| {
        vec![
            ("don_vi", bode_s.clone()),
            ("held_on", held.to_string()),
            ("topic", "Học tập Chỉ thị 24-CT/TU".to_string()),
            ("present", present.to_string()),
            ("expected", "20".to_string()),
            ("note", "Chi bộ thảo luận, tự phê bình và phê bình".to_string()),
        ]
    };
    let send = |fields: Vec<(&'static str, String)>| {
        let ward = &ward;
        let path = path.clone();
        async move {
            let f: Vec<(&str, &str)> = fields.iter().map(|(k, v)| (*k, v.as_str())).collect();
            post_report(ward, &path, &f, &[("bien-ban-sinh-hoat.png", PNG)]).await
        }
    };
    let p = send(report("28/09/2023", "18")).await;
    assert_eq!(p.status, StatusCode::UNPROCESSABLE_ENTITY, "{}", p.body);
    let body = unescape(&p.body);
    assert!(
        body.contains(&format!("id=\"m{item}-held_on-error\" role=\"alert\" tabindex=\"-1\" data-focus>Yêu cầu phải thực hiện trong kỳ sinh hoạt tháng 10/2023")),
        "beside the meeting's date: {body}"
    );
    let p = send(report("05/10/2023", "mười tám")).await;
    assert_eq!(p.status, StatusCode::UNPROCESSABLE_ENTITY);
    let body = unescape(&p.body);
    assert!(
        body.contains(&format!(
            "id=\"m{item}-present-error\">“Số có mặt” phải là một số nguyên"
        )),
        "{body}"
    );
    assert!(body.contains("value=\"mười tám\""), "kept");
    assert_eq!(
        app.get(&format!("/api/v1/requirements/{id}")).await["total"]["done"],
        0,
        "nothing written"
    );

    let p = send(report("05/10/2023", "18")).await;
    assert_eq!(p.status, StatusCode::SEE_OTHER, "{}", p.body);
    assert_eq!(p.location(), format!("/yeu-cau/{id}?don_vi={bode}#muc-{item}"));
    let pct = domain::compliance::percent(1, n, 1);
    let office = Browser::login(&app, "chuyenvien.lb").await;
    let page = unescape(&office.ok(&format!("/yeu-cau/{id}")).await);
    assert!(page.contains(&format!("1/{n} chi bộ, {pct}")), "{page}");
    // The office sees the photo and the attendance on the cell's card, and may decide.
    let card = format!("/yeu-cau/{id}?don_vi={bode}&hien=done");
    let page = unescape(&office.ok(&card).await);
    assert!(
        page.contains(&cell) && page.contains("bien-ban-sinh-hoat.png"),
        "{page}"
    );
    assert!(page.contains("18/20, đạt 90,00 %"), "{page}");
    // Reported, not yet accepted: the card says it waits for the office.
    assert!(page.contains("Chờ xác nhận"), "{page}");
    assert!(
        page.contains(&format!("action=\"/yeu-cau/muc/{item}/xac-nhan\"")),
        "{page}"
    );

    // Returned without a reason: refused beside the field; with one: the cell sees why.
    let review = format!("/yeu-cau/muc/{item}/xac-nhan");
    let p = office
        .post(&review, &[("don_vi", &bode_s), ("accept", "0"), ("reason", "")])
        .await;
    assert_eq!(p.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        unescape(&p.body).contains(&format!("id=\"m{item}-reason-error\"")),
        "{}",
        p.body
    );
    let p = office
        .post(
            &review,
            &[
                ("don_vi", &bode_s),
                ("accept", "0"),
                ("reason", "Ảnh biên bản bị mờ, đề nghị chụp lại"),
            ],
        )
        .await;
    assert_eq!(p.status, StatusCode::SEE_OTHER, "{}", p.body);
    let page = unescape(&ward.ok(&format!("/yeu-cau/{id}?don_vi={bode}")).await);
    assert!(
        page.contains("Lý do trả lại: Ảnh biên bản bị mờ, đề nghị chụp lại"),
        "{page}"
    );
    assert!(page.contains("Báo cáo lại"), "{page}");
    // The cell cannot accept its own report.
    let p = ward.post(&review, &[("don_vi", &bode_s), ("accept", "1")]).await;
    assert_eq!(p.status, StatusCode::FORBIDDEN);

    // One click reminds the rest.
    let p = office.post(&format!("/yeu-cau/{id}/nhac"), &[("don_vi", "")]).await;
    assert_eq!(p.status, StatusCode::SEE_OTHER);
    assert_eq!(p.location(), format!("/yeu-cau/{id}?nhac={n}"));
    let page = unescape(&office.ok(p.location()).await);
    assert!(
        page.contains(&format!("Đã gửi thông báo nhắc tới {n} đơn vị chưa thực hiện.")),
        "{page}"
    );
    let told = unescape(&ward.ok("/thong-bao").await);
    assert!(
        told.contains("Đơn vị chưa thực hiện yêu cầu") && told.contains(&format!("/yeu-cau/{id}")),
        "{told}"
    );
});

both!(the_demo_shows_hai_ba_trung_in_october, |app| async move {
    let app: Arc<TestApp> = app;
    let (_, hbt, _) = setup(&app).await;
    account(&app, "chuyenvien.hbt", Role::Specialist, Some(hbt)).await;
    let minh_khai = unit(&app, "Phường Minh Khai").await;
    account(&app, "phuong.minhkhai", Role::UnitOfficer, Some(minh_khai)).await;
    let b = Browser::login(&app, "chuyenvien.hbt").await;
    // 153-KH/QU: every ward's plan in September (done), every chi bộ's October meeting.
    let overview = unescape(&b.ok(&format!("/tong-quan?don_vi={hbt}")).await);
    assert!(overview.contains("18/18 phường, 100,0 %"), "{overview}");
    assert!(overview.contains("47/53 chi bộ, 88,6 %"), "{overview}");
    let plan = app.document_id("153-KH/QU").await;
    let doc = unescape(&b.ok(&format!("/van-ban/{plan}")).await);
    assert!(
        doc.contains("47/53 chi bộ, 88,6 %") && doc.contains("Giao yêu cầu thực hiện"),
        "{doc}"
    );
    let list = app.get(&format!("/api/v1/requirements?document_id={plan}")).await;
    let id = list
        .as_array()
        .unwrap()
        .iter()
        .find(|r| r["unit_kind"] == "party_cell")
        .and_then(|r| r["id"].as_i64())
        .unwrap();
    let page = b.ok(&format!("/yeu-cau/{id}")).await;
    assert!(
        page.contains("id=\"req-late\">5</dd>") && page.contains("id=\"req-returned\">1</dd>"),
        "{page}"
    );
    let late = unescape(&b.ok(&format!("/yeu-cau/{id}?don_vi={hbt}&hien=chua")).await);
    assert!(
        late.contains("Chi bộ Công an phường Bạch Mai") && late.contains("Biên bản sinh hoạt chưa ghi"),
        "{late}"
    );
    // Minh Khai's officer sees its late chi bộ in "Việc của tôi".
    let ward = Browser::login(&app, "phuong.minhkhai").await;
    let mine = unescape(&ward.ok("/viec").await);
    assert!(
        mine.contains("Yêu cầu đơn vị chưa thực hiện (1)") && mine.contains("Quá hạn"),
        "{mine}"
    );
});
