//! `/van-ban/{id}`: a document, its graph up and down, its tasks filtered and sorted.

use super::*;

both!(document_page_and_graph, |app| async move {
    let app: Arc<TestApp> = app;
    let (lb, _, _) = setup(&app).await;
    let hn = unit(&app, "Thành phố Hà Nội").await;
    account(&app, "lanhdao.hn", Role::Leader, Some(hn)).await;
    let ct24 = app.document_id("24-CT/TU").await;
    let kh152 = app.document_id("152-KH/QU").await;

    // The city leader sees the directive and everything implementing it, down to the wards.
    let b = Browser::login(&app, "lanhdao.hn").await;
    let body = b.ok(&format!("/van-ban/{ct24}")).await;
    assert!(body.contains("24-CT/TU"), "{body}");
    assert!(body.contains("Chỉ thị"));
    assert!(body.contains("Ngày ban hành"));
    let below = app.get(&format!("/api/v1/documents/{ct24}/descendants")).await;
    let below = below.as_array().unwrap();
    assert!(!below.is_empty());
    for e in below {
        let id = e["from_id"].as_i64().unwrap();
        assert!(
            body.contains(&format!("href=\"/van-ban/{id}\"")),
            "descendant {id} missing"
        );
    }
    assert!(
        body.contains("class=\"depth-1\""),
        "ward plans sit under the district plan"
    );
    // A ward's officer sees in the tree exactly the documents below that it may open, and
    // some it may not are left out.
    let officer = Browser::login(&app, "phuong.bode").await;
    let seen = officer.ok(&format!("/van-ban/{ct24}")).await;
    let mut hidden = 0;
    for e in below {
        let id = e["from_id"].as_i64().unwrap();
        let may = officer.get(&format!("/api/v1/documents/{id}")).await.status == StatusCode::OK;
        hidden += usize::from(!may);
        assert_eq!(
            seen.contains(&format!("href=\"/van-ban/{id}\"")),
            may,
            "descendant {id}"
        );
    }
    assert!(hidden > 0, "another ward's plan is below the directive: {seen}");
    // Search hits for documents open this page.
    let found = b.ok("/tim-kiem?q=Chi%20thi%2024").await;
    assert!(found.contains(&format!("href=\"/van-ban/{ct24}\"")), "{found}");

    // The district plan: up to the directive; its tasks as a table.
    let body = b.ok(&format!("/van-ban/{kh152}")).await;
    assert!(
        body.contains(&format!("<a href=\"/van-ban/{ct24}\">24-CT/TU</a>")),
        "{body}"
    );
    let total = app.get(&format!("/api/v1/tasks?plan_id={kh152}&limit=1")).await["total"]
        .as_i64()
        .unwrap();
    assert!(total > 0);
    assert!(body.contains(&format!("Nhiệm vụ của văn bản ({total})")));
    assert_eq!(body.matches("href=\"/nhiem-vu/").count() as i64, total.min(50));

    // Filter by status and by lead unit; sort by progress.
    let tasks = app.get(&format!("/api/v1/tasks?plan_id={kh152}&limit=500")).await;
    let first_lead = tasks["items"][0]["lead_unit_id"].as_i64().unwrap();
    let led = tasks["items"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|t| t["lead_unit_id"] == first_lead)
        .count();
    let body = b.ok(&format!("/van-ban/{kh152}?don_vi={first_lead}")).await;
    assert_eq!(body.matches("href=\"/nhiem-vu/").count(), led.min(50));
    assert!(body.contains(&format!("<option value=\"{first_lead}\" selected>")));
    let overdue = app
        .get(&format!("/api/v1/tasks?plan_id={kh152}&status=overdue&limit=1"))
        .await["total"]
        .as_i64()
        .unwrap();
    let body = b.ok(&format!("/van-ban/{kh152}?trang_thai=overdue")).await;
    assert_eq!(body.matches("href=\"/nhiem-vu/").count() as i64, overdue.min(50));
    assert!(!body.contains(">Đang thực hiện</span>"));
    let body = b.ok(&format!("/van-ban/{kh152}?sap_xep=progress")).await;
    assert!(body.contains("<option value=\"progress\" selected>"));
    let progress: Vec<i64> = body
        .split("<td class=\"num\">")
        .skip(1)
        .filter_map(|s| s.split('%').next()?.parse().ok())
        .collect();
    assert!(progress.windows(2).all(|w| w[0] <= w[1]), "{progress:?}");
    assert_eq!(
        b.get(&format!("/van-ban/{kh152}?trang_thai=nope")).await.status,
        StatusCode::BAD_REQUEST
    );

    // The Long Biên leader: the district's plan and the city directive above it, which the
    // district implements (the levels above are read below); another district's plan is not
    // found.
    let kh215 = app.document_id("215-KH/QU").await;
    let ct01 = app.document_id("01/CT-UBND").await;
    let l = Browser::login(&app, "lanhdao.lb").await;
    let body = l.ok(&format!("/van-ban/{kh215}")).await;
    assert!(
        body.contains(&format!("href=\"/van-ban/{ct01}\">01/CT-UBND</a>")),
        "{body}"
    );
    let city = l.ok(&format!("/van-ban/{ct01}")).await;
    assert!(city.contains("01/CT-UBND"), "{city}");
    assert!(!city.contains("/sua\""), "read, not edited: {city}");
    assert_eq!(l.get(&format!("/van-ban/{kh152}")).await.status, StatusCode::NOT_FOUND);
    // A task of the plan links to the plan's page.
    let t = app.get(&format!("/api/v1/tasks?plan_id={kh215}&limit=1")).await;
    let task = t["items"][0]["id"].as_i64().unwrap();
    let page = l.ok(&format!("/nhiem-vu/{task}")).await;
    assert!(page.contains(&format!("href=\"/van-ban/{kh215}\"")), "{page}");
    let _ = lb;
});

both!(plan_progress_chart, |app| async move {
    let app: Arc<TestApp> = app;
    setup(&app).await;
    let kh215 = app.document_id("215-KH/QU").await;
    let l = Browser::login(&app, "lanhdao.lb").await;
    let body = l.ok(&format!("/van-ban/{kh215}")).await;
    let chart = svg_titled(&body, "Tiến độ thực hiện theo tháng");
    assert_eq!(chart.matches("<polyline").count(), 2, "due and completed: {chart}");
    assert!(
        chart.contains(">1/23</text>") && chart.contains(">12/23</text>"),
        "the plan's year by month"
    );
    // The lines end at the plan's totals (cancelled tasks left out).
    let tasks = app.get(&format!("/api/v1/tasks?plan_id={kh215}&limit=500")).await;
    let live: Vec<&serde_json::Value> = tasks["items"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|t| t["status"] != "cancelled")
        .collect();
    let due = live.iter().filter(|t| t["due_on"].is_string()).count();
    let done = live.iter().filter(|t| t["completed_on"].is_string()).count();
    assert!(done > 0 && due >= done, "{due} due, {done} done");
    assert!(chart.contains(&format!("Nhiệm vụ đến hạn (lũy kế): {due}<")), "{chart}");
    assert!(
        chart.contains(&format!("Nhiệm vụ đã hoàn thành (lũy kế): {done}<")),
        "{chart}"
    );
    assert!(!chart.contains("style="));
    // Not a link to a task: the tasks table's counts stay right.
    assert!(!chart.contains("/nhiem-vu/"));
});
