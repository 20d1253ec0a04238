//! Where each role lands and what waits there: "Việc của tôi" for staff and ward officers,
//! "Việc cần xử lý" for offices; bulk actions on the task list; the document register; the
//! overview's numbers leading to their lists.

use super::*;

/// An account that is a person (staff act on the tasks they are responsible for).
async fn person_account(app: &TestApp, login: &str, role: Role, unit_id: i64, person_id: i64) {
    let hash = store::accounts::hash_password(PASSWORD).expect("hash");
    let user = store::accounts::NewUser {
        login: login.into(),
        display_name: format!("Cán bộ {login}"),
        password: String::new(),
        person_id: Some(person_id),
        roles: vec![store::accounts::RoleBinding {
            role,
            unit_id: Some(unit_id),
        }],
    };
    let mut tx = app.db.db.write().await.expect("tx");
    store::accounts::create_user(&mut tx, &user, &hash).await.expect("user");
    tx.commit().await.expect("commit");
}

/// The open tasks of a subtree as the API lists them.
async fn open_tasks(app: &TestApp, within: i64) -> Vec<serde_json::Value> {
    let v = app.get(&format!("/api/v1/tasks?within={within}&limit=500")).await;
    v["items"]
        .as_array()
        .expect("items")
        .iter()
        .filter(|t| {
            !matches!(
                t["status"].as_str(),
                Some("completed_on_time" | "completed_late" | "cancelled")
            )
        })
        .cloned()
        .collect()
}

both!(staff_land_on_their_own_work_without_dead_links, |app| async move {
    let app: Arc<TestApp> = app;
    let (_lb, _hbt, bode) = setup(&app).await;
    let tasks = open_tasks(&app, bode).await;
    let mine = tasks
        .iter()
        .find(|t| t["responsible_id"].is_i64())
        .expect("an open ward task with a responsible person");
    let person = mine["responsible_id"].as_i64().unwrap();
    person_account(&app, "canbo.thu", Role::Staff, bode, person).await;
    let b = Browser::login(&app, "canbo.thu").await;

    let home = b.get("/").await;
    assert_eq!(home.location(), "/viec", "staff land on their work");
    let body = b.ok("/viec").await;
    let text = unescape(&body);
    assert!(text.contains("<h1>Việc của tôi</h1>"), "{body}");
    assert!(
        text.contains(mine["title"].as_str().unwrap()),
        "their task is listed: {body}"
    );
    // Only their own work: every task linked is one they are responsible for.
    let theirs: Vec<i64> = tasks
        .iter()
        .filter(|t| t["responsible_id"].as_i64() == Some(person))
        .map(|t| t["id"].as_i64().unwrap())
        .collect();
    for part in body.split("href=\"/nhiem-vu/").skip(1) {
        let id: i64 = part[..part.find(|c: char| !c.is_ascii_digit()).unwrap()]
            .parse()
            .unwrap();
        assert!(theirs.contains(&id), "task {id} is not theirs");
    }
    // Nothing they cannot open is a link: no unit pages, no overview, no targets in the menu.
    assert!(!body.contains("href=\"/don-vi/"), "unit links would be 404s for staff");
    assert!(!body.contains("href=\"/tong-quan\""));
    assert!(!body.contains("href=\"/chi-tieu\""));
    assert!(body.contains("Đăng xuất"));
    // The task itself opens, and search finds it.
    b.ok(&format!("/nhiem-vu/{}", mine["id"])).await;
    let word = mine["title"]
        .as_str()
        .unwrap()
        .split_whitespace()
        .nth(1)
        .unwrap()
        .to_string();
    let found = b.ok(&format!("/tim-kiem?q={}", urlencode(&word))).await;
    assert!(
        found.contains(&format!("/nhiem-vu/{}", mine["id"])),
        "search finds their own task"
    );
});

both!(a_ward_officer_sees_the_explanations_it_must_give, |app| async move {
    let app: Arc<TestApp> = app;
    let (_lb, _hbt, bode) = setup(&app).await;
    let task = open_tasks(&app, bode)
        .await
        .into_iter()
        .next()
        .expect("an open ward task");
    let (s, v) = app
        .post(
            &format!("/api/v1/tasks/{}/explanations", task["id"]),
            serde_json::json!({"text": "Đề nghị giải trình lý do chậm tiến độ lắp camera", "answer_due_on": "2023-11-25"}),
        )
        .await;
    assert_eq!(s, StatusCode::CREATED, "{v}");
    let b = Browser::login(&app, "phuong.bode").await;
    assert_eq!(b.get("/").await.location(), "/viec");
    let body = unescape(&b.ok("/viec").await);
    assert!(body.contains("Yêu cầu giải trình cần trả lời"), "{body}");
    assert!(body.contains("Đề nghị giải trình lý do chậm tiến độ lắp camera"));
    assert!(body.contains("Hạn trả lời 25/11/2023"));
    assert!(body.contains(&format!("/nhiem-vu/{}#giai-trinh", task["id"])));
    // A district office's queue lists it as sent, unanswered.
    let lb = unit(&app, "Quận Long Biên").await;
    account(&app, "chuyenvien.lb", Role::Specialist, Some(lb)).await;
    let office = Browser::login(&app, "chuyenvien.lb").await;
    let queue = unescape(&office.ok("/viec").await);
    assert!(queue.contains("<h1>Việc cần xử lý</h1>"), "{queue}");
    assert!(queue.contains("Yêu cầu giải trình đã gửi"));
    assert!(queue.contains(task["title"].as_str().unwrap()));
});

both!(an_office_queue_lists_pending_extensions_not_its_own, |app| async move {
    let app: Arc<TestApp> = app;
    let (lb, hbt, _bode) = setup(&app).await;
    account(&app, "chuyenvien.lb", Role::Specialist, Some(lb)).await;
    let pending = app
        .get(&format!("/api/v1/tasks?within={lb}&status=extension_pending&limit=50"))
        .await;
    let pending = pending["items"].as_array().unwrap().clone();
    assert!(
        !pending.is_empty(),
        "the demo has pending extension requests in Long Biên"
    );
    let b = Browser::login(&app, "chuyenvien.lb").await;
    let body = unescape(&b.ok("/viec").await);
    assert!(body.contains("Đề nghị gia hạn chờ quyết định"));
    for t in &pending {
        assert!(
            body.contains(t["title"].as_str().unwrap()),
            "pending request on {}",
            t["title"]
        );
    }
    // Hai Bà Trưng's requests are not Long Biên's to decide.
    let other = app
        .get(&format!("/api/v1/tasks?within={hbt}&status=extension_pending&limit=50"))
        .await;
    for t in other["items"].as_array().unwrap() {
        assert!(
            !body.contains(t["title"].as_str().unwrap()),
            "another district's request listed"
        );
    }
    // A leader has no such page: they land on the overview.
    let l = Browser::login(&app, "lanhdao.lb").await;
    assert_eq!(l.get("/").await.location(), "/tong-quan");
});

both!(bulk_urge_is_all_or_nothing_and_scoped, |app| async move {
    let app: Arc<TestApp> = app;
    let (lb, hbt, _bode) = setup(&app).await;
    account(&app, "chuyenvien.lb", Role::Specialist, Some(lb)).await;
    let ours = open_tasks(&app, lb).await;
    let theirs = open_tasks(&app, hbt).await;
    let (a, c) = (ours[0]["id"].as_i64().unwrap(), ours[1]["id"].as_i64().unwrap());
    let foreign = theirs[0]["id"].as_i64().unwrap();
    let b = Browser::login(&app, "chuyenvien.lb").await;
    let list = b.ok("/nhiem-vu").await;
    assert!(
        list.contains("action=\"/nhiem-vu/hang-loat\""),
        "the list offers bulk actions"
    );

    // One task of another district among the selection: refused, nothing written.
    let (sa, sc, sf) = (a.to_string(), c.to_string(), foreign.to_string());
    let p = b
        .post(
            "/nhiem-vu/hang-loat",
            &[
                ("back", "/nhiem-vu"),
                ("action", "urge"),
                ("text", "Khẩn trương hoàn thành"),
                ("id", &sa),
                ("id", &sf),
            ],
        )
        .await;
    assert!(
        p.status == StatusCode::NOT_FOUND || p.status == StatusCode::FORBIDDEN,
        "{}",
        p.status
    );
    let page = b.ok(&format!("/nhiem-vu/{a}")).await;
    assert!(!page.contains("Khẩn trương hoàn thành"), "nothing half-written");

    // Two of its own: both urged, back to the list with the outcome.
    let p = b
        .post(
            "/nhiem-vu/hang-loat",
            &[
                ("back", "/nhiem-vu?trang_thai=overdue"),
                ("action", "urge"),
                ("text", "Khẩn trương hoàn thành"),
                ("id", &sa),
                ("id", &sc),
            ],
        )
        .await;
    assert_eq!(p.status, StatusCode::SEE_OTHER, "{}", p.body);
    assert_eq!(p.location(), "/nhiem-vu?trang_thai=overdue&da_xu_ly=urge-2");
    assert!(b.ok(p.location()).await.contains("Đã đôn đốc 2 nhiệm vụ."));
    for id in [a, c] {
        assert!(
            b.ok(&format!("/nhiem-vu/{id}"))
                .await
                .contains("Khẩn trương hoàn thành"),
            "task {id} urged"
        );
    }
    // No selection: said so, nothing done; a foreign return address is not followed.
    let p = b
        .post(
            "/nhiem-vu/hang-loat",
            &[("back", "https://evil.example/"), ("action", "urge")],
        )
        .await;
    assert_eq!(p.location(), "/nhiem-vu?da_xu_ly=none");
});

both!(
    the_task_list_puts_open_work_first_and_names_its_source,
    |app| async move {
        let app: Arc<TestApp> = app;
        let (lb, _hbt, _bode) = setup(&app).await;
        let b = Browser::login(&app, "lanhdao.lb").await;
        let body = b.ok(&format!("/nhiem-vu?don_vi={lb}")).await;
        // Status badges in page order: no finished task before an open one.
        let statuses: Vec<&str> = body
            .split("data-label=\"Trạng thái\"><span class=\"badge ")
            .skip(1)
            .map(|s| &s[s.find('>').unwrap() + 1..s.find("</span>").unwrap()])
            .collect();
        assert!(statuses.len() > 10, "{statuses:?}");
        let closed = |s: &&str| s.starts_with("Hoàn thành") || *s == "Đã hủy";
        let first_closed = statuses.iter().position(closed).unwrap_or(statuses.len());
        assert!(
            statuses[first_closed..].iter().all(closed),
            "open work first: {statuses:?}"
        );
        assert!(!closed(&statuses[0]), "open work heads the list");
        // Each row names the source document with its issuer, and the days late.
        assert!(
            body.contains("215-KH/QU · QU Long Biên") || body.contains("215-KH/QU · Quận ủy Long Biên"),
            "{body}"
        );
        assert!(body.contains("class=\"late\">Chậm"));
        // Headings sort.
        assert!(body.contains("sap_xep=code") && body.contains("aria-sort=\"ascending\""));
    }
);

both!(
    the_register_lists_documents_from_above_and_none_of_another_district,
    |app| async move {
        let app: Arc<TestApp> = app;
        setup(&app).await;
        let b = Browser::login(&app, "lanhdao.lb").await;
        let body = unescape(&b.ok("/van-ban").await);
        assert!(body.contains("<h1>Sổ văn bản</h1>"));
        assert!(
            body.contains(">24-CT/TU</a> <span class=\"badge navy\">Cấp trên</span>"),
            "{body}"
        );
        assert!(body.contains(">215-KH/QU</a>"));
        assert!(
            !body.contains("152-KH/QU"),
            "Hai Bà Trưng's plan is not Long Biên's to read"
        );
        let found = unescape(&b.ok(&format!("/van-ban?q={}", urlencode("chi thi 24"))).await);
        assert!(
            found.contains(">24-CT/TU</a>") && !found.contains(">215-KH/QU</a>"),
            "{found}"
        );
        let p = b.get("/van-ban?loai=khong-ro").await;
        assert_eq!(p.status, StatusCode::BAD_REQUEST);
        assert!(p.body.contains("Loại văn bản"));
    }
);

both!(overview_numbers_lead_to_their_lists, |app| async move {
    let app: Arc<TestApp> = app;
    let (lb, _hbt, _bode) = setup(&app).await;
    let b = Browser::login(&app, "lanhdao.lb").await;
    let body = b.ok(&format!("/tong-quan?don_vi={lb}&ky=2023")).await;
    // Every linked count in the by-unit table equals the length of the list it leads to.
    let table = &body[body.find("id=\"by-unit\"").unwrap()..];
    let table = &table[..table.find("</table>").unwrap()];
    let mut checked = 0;
    for part in table.split("<a href=\"/nhiem-vu?").skip(1).take(12) {
        let href = unescape(&format!("/nhiem-vu?{}", &part[..part.find('"').unwrap()]));
        let n: i64 = part[part.find('>').unwrap() + 1..part.find("</a>").unwrap()]
            .replace('.', "")
            .parse()
            .unwrap();
        let list = b.ok(&href).await;
        assert_eq!(found(&list), n, "{href}");
        checked += 1;
    }
    assert!(checked >= 12, "links checked: {checked}");
    assert!(
        body.contains("Xem tất cả (8)") || body.contains("Xem tất cả ("),
        "see-all under the short lists"
    );
});
