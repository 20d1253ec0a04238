//! The commission's forms, on both databases: Long Biên's inspector draws up a plan of two lines
//! from `/kiem-tra`, issues the decision of one with its team, and — once the papers are in —
//! the conclusion with two recommendations, which become the wards' follow-up tasks. Mistakes
//! stand beside their field (a line's beside that line's) in Vietnamese, with what was typed
//! kept and nothing written; a ward's officer and another district's specialist are refused.

use super::*;

/// The path of the first link to `prefix…` on a page, up to its closing quote.
fn link_to(body: &str, prefix: &str) -> Option<String> {
    let at = body.find(&format!("href=\"{prefix}"))? + "href=\"".len();
    Some(body[at..].split('"').next()?.to_string())
}

/// The id at the end of a path (`/kiem-tra/ke-hoach/12` → 12).
fn tail_id(path: &str) -> i64 {
    path.trim_end_matches('/').rsplit('/').next().unwrap().parse().unwrap()
}

/// The field error shown beside the element `id`.
fn error_of(body: &str, id: &str) -> String {
    let marker = format!("id=\"{id}-error\">");
    let at = body
        .find(&marker)
        .unwrap_or_else(|| panic!("no error beside {id}: {body}"))
        + marker.len();
    body[at..at + body[at..].find('<').unwrap()].to_string()
}

both!(
    the_commission_plans_decides_and_concludes_by_its_forms,
    |app| async move {
        let app: Arc<TestApp> = app;
        let (lb, hbt, _bode) = setup(&app).await;
        account(&app, "ubkt.lb", Role::Inspector, Some(lb)).await;
        account(&app, "chuyenvien.hbt", Role::Specialist, Some(hbt)).await;
        let body = unit(&app, "Ủy ban Kiểm tra Quận ủy Long Biên").await;
        let bode_du = unit(&app, "Đảng ủy phường Bồ Đề").await;
        let ngoclam_du = unit(&app, "Đảng ủy phường Ngọc Lâm").await;
        let (body_s, bode_s, ngoclam_s) = (body.to_string(), bode_du.to_string(), ngoclam_du.to_string());
        let kt = Browser::login(&app, "ubkt.lb").await;

        // The list offers the plan form and shows the demo's plan with its line.
        let list = unescape(&kt.ok("/kiem-tra").await);
        assert!(list.contains("href=\"/kiem-tra/ke-hoach/moi\""), "{list}");
        assert!(
            list.contains("Chương trình kiểm tra, giám sát năm 2023 của Ủy ban Kiểm tra Quận ủy Long Biên"),
            "{list}"
        );
        assert!(
            list.contains("Quá hạn 5 ngày"),
            "the overdue follow-up, due 15/11: {list}"
        );
        let form = unescape(&kt.ok("/kiem-tra/ke-hoach/moi").await);
        assert!(
            form.contains(&format!(
                "<option value=\"{body}\" selected>Ủy ban Kiểm tra Quận ủy Long Biên</option>"
            )),
            "{form}"
        );
        assert!(
            form.contains(&format!("<option value=\"{bode_s}\">Đảng ủy phường Bồ Đề</option>")),
            "{form}"
        );
        assert!(
            form.contains(">Chi bộ khu dân cư số 1 (Đảng ủy phường Bồ Đề)</option>"),
            "a cell is named with its committee (every ward has a cell of that name)"
        );
        let plans_before = app.get("/api/v1/inspection-plans").await.as_array().unwrap().len();

        // A year that is not one, then a second line without subjects: each beside its field.
        let content = "Kiểm tra việc thực hiện Quy định 08-QĐi/TW về trách nhiệm nêu gương";
        let mut plan = vec![
            ("body_unit_id", body_s.as_str()),
            ("year", "năm nay"),
            ("title", "Chương trình kiểm tra, giám sát quý IV/2023"),
            ("items[0].content", content),
            ("items[0].subject_unit_ids", bode_s.as_str()),
            ("items[0].subject_unit_ids", ngoclam_s.as_str()),
            ("items[0].time_text", "Quý IV/2023"),
            ("items[0].method", "inspection"),
            ("items[1].content", "Giám sát chuyên đề công tác phát triển đảng viên"),
            ("items[1].time_text", "Tháng 12/2023"),
            ("items[1].method", "supervision"),
            ("items[2].content", ""),
            ("items[2].time_text", ""),
            ("items[2].method", "inspection"),
        ];
        let p = kt.post("/kiem-tra/ke-hoach/moi", &plan).await;
        assert_eq!(p.status, StatusCode::UNPROCESSABLE_ENTITY, "{}", p.body);
        let page = unescape(&p.body);
        assert!(error_of(&page, "year").contains("bốn chữ số"), "{page}");
        assert!(page.contains("value=\"năm nay\""), "typed kept");
        assert!(page.contains(&format!(">{content}</textarea>")), "the line kept");
        plan[1] = ("year", "2023");
        let p = kt.post("/kiem-tra/ke-hoach/moi", &plan).await;
        assert_eq!(p.status, StatusCode::UNPROCESSABLE_ENTITY, "{}", p.body);
        let page = unescape(&p.body);
        let e = error_of(&page, "items[1].subject_unit_ids");
        assert!(e.contains("Đối tượng kiểm tra"), "{e}");
        assert!(
            page.contains(&format!(
                "<option value=\"{ngoclam_s}\" selected>Đảng ủy phường Ngọc Lâm</option>"
            )),
            "the first line's subjects stay chosen"
        );
        assert_eq!(
            app.get("/api/v1/inspection-plans").await.as_array().unwrap().len(),
            plans_before,
            "nothing written"
        );
        // "Thêm dòng" shows a fourth line and saves nothing.
        let mut more = plan.clone();
        more.push(("redraw", "row"));
        let p = kt.post("/kiem-tra/ke-hoach/moi", &more).await;
        assert_eq!(p.status, StatusCode::OK);
        assert!(p.body.contains("name=\"items[3].content\""), "{}", p.body);
        plan.insert(9, ("items[1].subject_unit_ids", bode_s.as_str()));
        let p = kt.post("/kiem-tra/ke-hoach/moi", &plan).await;
        assert_eq!(p.status, StatusCode::SEE_OTHER, "{}", p.body);
        let plan_page = p.location().to_string();
        assert!(plan_page.starts_with("/kiem-tra/ke-hoach/"), "{plan_page}");
        let page = unescape(&kt.ok(&plan_page).await);
        assert!(page.contains(content) && page.contains("Giám sát chuyên đề công tác phát triển đảng viên"));
        assert!(
            page.contains("Đảng ủy phường Bồ Đề, Đảng ủy phường Ngọc Lâm")
                || page.contains("Đảng ủy phường Ngọc Lâm, Đảng ủy phường Bồ Đề")
        );
        let made = app
            .get(&format!("/api/v1/inspection-plans/{}", tail_id(&plan_page)))
            .await;
        let id_of = |text: &str| {
            made["inspections"]
                .as_array()
                .unwrap()
                .iter()
                .find(|i| i["content"] == text)
                .and_then(|i| i["id"].as_i64())
                .unwrap()
        };
        let (id, other) = (
            id_of(content),
            id_of("Giám sát chuyên đề công tác phát triển đảng viên"),
        );
        assert_eq!(made["inspections"][0]["step"], "planned");
        let decide = format!("/kiem-tra/{id}/quyet-dinh");
        assert_eq!(
            link_to(&page, &decide).as_deref(),
            Some(decide.as_str()),
            "from the plan"
        );
        assert!(
            unescape(&kt.ok("/kiem-tra").await).contains("Chương trình kiểm tra, giám sát quý IV/2023"),
            "the list shows the new plan"
        );

        // The decision: the commission's people with their part; the schedule checked.
        let form = unescape(&kt.ok(&decide).await);
        let (head, member) = (
            app.get(&format!("/api/v1/people?q={}", urlencode("Nguyễn Duy Tuấn")))
                .await["items"][0]["id"]
                .as_i64()
                .unwrap(),
            app.get(&format!("/api/v1/people?q={}", urlencode("Nguyễn Hoàng Hiếu")))
                .await["items"][0]["id"]
                .as_i64()
                .unwrap(),
        );
        assert!(
            form.contains("Nguyễn Duy Tuấn") && form.contains(&format!("name=\"role_{member}\"")),
            "{form}"
        );
        let (head_f, member_f) = (format!("role_{head}"), format!("role_{member}"));
        let mut decision = vec![
            ("symbol", "51-QĐ/UBKTQU"),
            ("decided_on", "02/10/2023"),
            ("starts_on", "09/10/2023"),
            ("ends_on", "01/10/2023"),
            (head_f.as_str(), "head"),
            (member_f.as_str(), "member"),
        ];
        let p = kt.post(&decide, &decision).await;
        assert_eq!(p.status, StatusCode::UNPROCESSABLE_ENTITY, "{}", p.body);
        let page = unescape(&p.body);
        assert!(
            error_of(&page, "ends_on").contains("Thời gian kết thúc ở trước thời gian bắt đầu"),
            "{page}"
        );
        assert!(page.contains("value=\"51-QĐ/UBKTQU\"") && page.contains("<option value=\"head\" selected>"));
        decision[3] = ("ends_on", "10/11/2023");
        decision[4] = (head_f.as_str(), "member");
        let p = kt.post(&decide, &decision).await;
        assert_eq!(p.status, StatusCode::UNPROCESSABLE_ENTITY, "{}", p.body);
        assert!(error_of(&unescape(&p.body), "team").contains("đúng một Trưởng đoàn"));
        decision[4] = (head_f.as_str(), "head");
        let p = kt.post(&decide, &decision).await;
        assert_eq!(p.status, StatusCode::SEE_OTHER, "{}", p.body);
        assert_eq!(p.location(), format!("/kiem-tra/{id}"));
        let page = unescape(&kt.ok(&format!("/kiem-tra/{id}")).await);
        assert!(
            page.contains("51-QĐ/UBKTQU (02/10/2023); 09/10/2023 – 10/11/2023"),
            "{page}"
        );
        assert!(page.contains("Nguyễn Duy Tuấn (Trưởng đoàn)"), "{page}");
        assert!(!page.contains(&decide), "decided once");

        // The papers (their own forms are tested elsewhere), up to the draft.
        let (a, me) = (&app.app, app::Caller::system());
        let paper = |subject: Option<i64>| domain::inspection::RecordInput {
            subject_unit_id: subject,
            dated_on: chrono::NaiveDate::from_ymd_opt(2023, 10, 20).unwrap(),
            text: "Thử".into(),
        };
        use domain::inspection::RecordKind as K;
        for (kind, subject) in [
            (K::SelfReport, Some(bode_du)),
            (K::SelfReport, Some(ngoclam_du)),
            (K::Verification, None),
            (K::Draft, None),
        ] {
            app::inspections::add_record(a, &me, id, kind, paper(subject), vec![])
                .await
                .expect("a paper");
        }

        // The conclusion: no finding, then a deadline before the conclusion, each named.
        let conclude = format!("/kiem-tra/{id}/ket-luan");
        let page = unescape(&kt.ok(&format!("/kiem-tra/{id}")).await);
        assert_eq!(link_to(&page, &conclude).as_deref(), Some(conclude.as_str()), "{page}");
        let form = unescape(&kt.ok(&conclude).await);
        assert!(form.contains("name=\"findings[1].text\"") && form.contains("Đảng ủy phường Ngọc Lâm"));
        let mut conclusion = vec![
            ("symbol", "20-TB/UBKTQU"),
            ("concluded_on", "15/11/2023"),
            (
                "summary",
                "Hai Đảng ủy phường đã thực hiện nghiêm túc Quy định 08-QĐi/TW",
            ),
            ("findings[0].text", ""),
            ("findings[1].text", ""),
            ("recommendations[0].subject_unit_id", ngoclam_s.as_str()),
            ("recommendations[0].text", ""),
            ("recommendations[0].lead_unit_id", ngoclam_s.as_str()),
            ("recommendations[0].due_on", ""),
            ("recommendations[1].subject_unit_id", ngoclam_s.as_str()),
            (
                "recommendations[1].text",
                "Kiểm điểm, rút kinh nghiệm việc chậm cập nhật sổ theo dõi",
            ),
            ("recommendations[1].lead_unit_id", ngoclam_s.as_str()),
            ("recommendations[1].due_on", "15/12/2023"),
            ("recommendations[2].subject_unit_id", bode_s.as_str()),
            (
                "recommendations[2].text",
                "Phát huy, báo cáo kết quả về Ủy ban Kiểm tra Quận ủy",
            ),
            ("recommendations[2].lead_unit_id", bode_s.as_str()),
            ("recommendations[2].due_on", "10/11/2023"),
        ];
        let p = kt.post(&conclude, &conclusion).await;
        assert_eq!(p.status, StatusCode::UNPROCESSABLE_ENTITY, "{}", p.body);
        let page = unescape(&p.body);
        assert!(
            error_of(&page, "findings").contains("chưa có nội dung kết luận"),
            "{page}"
        );
        assert!(page.contains("Hai Đảng ủy phường đã thực hiện nghiêm túc Quy định 08-QĐi/TW</textarea>"));
        conclusion[3] = ("findings[0].text", "Thực hiện tốt việc nêu gương của cán bộ chủ chốt");
        conclusion[4] = ("findings[1].text", "Sổ theo dõi chưa cập nhật thường xuyên");
        let p = kt.post(&conclude, &conclusion).await;
        assert_eq!(p.status, StatusCode::UNPROCESSABLE_ENTITY, "{}", p.body);
        let page = unescape(&p.body);
        let e = error_of(&page, "recommendations[2].due_on");
        assert!(
            e.contains("10/11/2023") && e.contains("15/11/2023"),
            "beside the third line: {e}"
        );
        assert!(page.contains("value=\"10/11/2023\""), "the deadline typed is kept");
        let v = app.get(&format!("/api/v1/inspections/{id}")).await;
        assert_eq!(v["inspection"]["step"], "drafted", "nothing written: {v}");
        conclusion[16] = ("recommendations[2].due_on", "31/12/2023");
        let p = kt.post(&conclude, &conclusion).await;
        assert_eq!(p.status, StatusCode::SEE_OTHER, "{}", p.body);
        assert_eq!(p.location(), format!("/kiem-tra/{id}#kien-nghi"));

        // Two follow-up tasks, led by the wards' Party committees, due as typed.
        let v = app.get(&format!("/api/v1/inspections/{id}")).await;
        assert_eq!(v["inspection"]["step"], "concluded");
        assert_eq!(v["inspection"]["conclusion_symbol"], "20-TB/UBKTQU");
        let recs = v["recommendations"].as_array().unwrap();
        assert_eq!(recs.len(), 2, "{v}");
        let mut seen = Vec::new();
        for r in recs {
            let t = app.get(&format!("/api/v1/tasks/{}", r["task_id"])).await;
            seen.push((
                t["lead_unit_id"].as_i64().unwrap(),
                t["due_on"].as_str().unwrap().to_string(),
            ));
        }
        seen.sort();
        let mut want = vec![
            (ngoclam_du, "2023-12-15".to_string()),
            (bode_du, "2023-12-31".to_string()),
        ];
        want.sort();
        assert_eq!(seen, want);
        let page = unescape(&kt.ok(&format!("/kiem-tra/{id}")).await);
        assert!(
            page.contains("Kiểm điểm, rút kinh nghiệm việc chậm cập nhật sổ theo dõi"),
            "{page}"
        );
        assert!(page.contains(&format!("href=\"/nhiem-vu/{}\"", recs[0]["task_id"])));
        assert!(page.contains("Đơn vị thực hiện: Đảng ủy phường Ngọc Lâm"), "{page}");

        // Refused: a ward's officer (who reads the inspection of its Party committee) and another
        // district's specialist (who sees none of it); nothing written.
        let ward = Browser::login(&app, "phuong.bode").await;
        let far = Browser::login(&app, "chuyenvien.hbt").await;
        let other_decide = format!("/kiem-tra/{other}/quyet-dinh");
        for b in [&ward, &far] {
            assert_eq!(b.get("/kiem-tra/ke-hoach/moi").await.status, StatusCode::FORBIDDEN);
            assert_eq!(
                b.post("/kiem-tra/ke-hoach/moi", &plan).await.status,
                StatusCode::FORBIDDEN
            );
        }
        assert_eq!(ward.get(&other_decide).await.status, StatusCode::FORBIDDEN);
        assert_eq!(ward.post(&other_decide, &decision).await.status, StatusCode::FORBIDDEN);
        assert_eq!(ward.post(&conclude, &conclusion).await.status, StatusCode::FORBIDDEN);
        assert_eq!(far.get(&other_decide).await.status, StatusCode::NOT_FOUND);
        assert_eq!(far.post(&other_decide, &decision).await.status, StatusCode::NOT_FOUND);
        assert_eq!(far.post(&conclude, &conclusion).await.status, StatusCode::NOT_FOUND);
        assert_eq!(
            app.get("/api/v1/inspection-plans").await.as_array().unwrap().len(),
            plans_before + 1
        );
        let v = app.get(&format!("/api/v1/inspections/{other}")).await;
        assert_eq!(v["inspection"]["step"], "planned");
    }
);

both!(the_plan_form_speaks_english_when_asked, |app| async move {
    let app: Arc<TestApp> = app;
    let (lb, _, _) = setup(&app).await;
    account(&app, "ubkt.en", Role::Inspector, Some(lb)).await;
    let mut b = Browser::login(&app, "ubkt.en").await;
    let p = b.post("/ngon-ngu", &[("lang", "en"), ("next", "/kiem-tra")]).await;
    b.cookies.push(p.set_cookie("dondoc_lang").expect("language cookie"));
    let form = b.ok("/kiem-tra/ke-hoach/moi").await;
    assert!(
        form.contains("Draw up an inspection plan") && form.contains("Add a line"),
        "{form}"
    );
    let p = b.post("/kiem-tra/ke-hoach/moi", &[("year", "x")]).await;
    assert_eq!(p.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        unescape(&p.body).contains("Write the year with four digits"),
        "{}",
        p.body
    );
});
