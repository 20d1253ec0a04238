//! Issue 9 on the pages: the task form cannot name another district's units (item 1), the
//! session cookie follows HTTPS (item 7), audit addresses only for account administrators
//! (item 9), links to unreadable documents say nothing of them (item 10), and `next` or a
//! search term with control characters never redirects off-site nor gives a 500 (item 11).

use super::*;
use forms::field_error;

both!(the_task_form_refuses_another_districts_unit, |app| async move {
    let app: Arc<TestApp> = app;
    let (_, hbt, bode) = setup(&app).await;
    account(&app, "chuyenvien.hbt", Role::Specialist, Some(hbt)).await;
    let plan = app.document_id("152-KH/QU").await;
    let lead = app.unit_id("ubnd phuong bach mai").await;
    let s = Browser::login(&app, "chuyenvien.hbt").await;
    let new = format!("/nhiem-vu/moi?ke_hoach={plan}");
    let form = s.ok(&new).await;
    assert!(
        !form.contains("Bồ Đề") && !form.contains("Long Biên"),
        "the form offers Long Biên units"
    );
    let before = app.get(&format!("/api/v1/tasks?within={bode}&limit=1")).await["total"].clone();
    let (plan_s, bode_s, lead_s) = (plan.to_string(), bode.to_string(), lead.to_string());
    for (field, fields) in [
        ("lead_unit_id", vec![("lead_unit_id", bode_s.as_str())]),
        (
            "cooperating_unit_ids",
            vec![
                ("lead_unit_id", lead_s.as_str()),
                ("cooperating_unit_ids", bode_s.as_str()),
            ],
        ),
    ] {
        let mut f = vec![
            ("plan_id", plan_s.as_str()),
            ("title", "Nhiệm vụ cài vào phường Bồ Đề"),
            ("deadline_text", "Quý IV/2023"),
        ];
        f.extend(fields);
        let p = s.post(&new, &f).await;
        assert_eq!(p.status, StatusCode::UNPROCESSABLE_ENTITY, "{field}: {}", p.body);
        assert!(!field_error(&p.body, field).is_empty());
        assert!(!p.body.contains("Phường Bồ Đề"), "{field}: the answer names the unit");
    }
    assert_eq!(
        app.get(&format!("/api/v1/tasks?within={bode}&limit=1")).await["total"],
        before
    );
});

both_with!(
    the_session_cookie_follows_https,
    Default::default(),
    web::auth::WebSettings {
        https: true,
        ..Default::default()
    },
    |app| async move {
        let app: Arc<TestApp> = app;
        setup(&app).await;
        let b = Browser::new(&app);
        let p = b
            .post(
                "/dang-nhap",
                &[("login", "lanhdao.lb"), ("password", PASSWORD), ("next", "")],
            )
            .await;
        assert_eq!(p.status, StatusCode::SEE_OTHER, "{}", p.body);
        let cookie = p
            .headers
            .get_all(SET_COOKIE)
            .iter()
            .filter_map(|v| v.to_str().ok())
            .find(|v| v.starts_with("__Host-dondoc_session="))
            .expect("a __Host- session cookie")
            .to_string();
        for part in ["; Secure", "; HttpOnly", "; Path=/", "SameSite=Lax"] {
            assert!(cookie.contains(part), "{cookie} lacks {part}");
        }
        assert!(!cookie.contains("Domain="), "{cookie}");
        let hsts = p
            .headers
            .get("strict-transport-security")
            .and_then(|v| v.to_str().ok())
            .unwrap_or("");
        assert!(hsts.contains("max-age="), "HSTS: {hsts:?}");
        // The cookie signs the browser in.
        let mut signed = Browser::new(&app);
        signed.cookies.push(cookie.split(';').next().unwrap().to_string());
        signed.ok("/tong-quan").await;
    }
);

both!(plain_http_sends_no_hsts_and_a_plain_cookie, |app| async move {
    let app: Arc<TestApp> = app;
    setup(&app).await;
    let p = Browser::new(&app)
        .post(
            "/dang-nhap",
            &[("login", "lanhdao.lb"), ("password", PASSWORD), ("next", "")],
        )
        .await;
    assert!(p.set_cookie("dondoc_session").is_some());
    assert!(p.headers.get("strict-transport-security").is_none());
});

both!(audit_addresses_only_for_account_administrators, |app| async move {
    let app: Arc<TestApp> = app;
    let (lb, _, _) = setup(&app).await;
    account(&app, "quantri.lb", Role::Admin, Some(lb)).await;
    let task = app.get(&format!("/api/v1/tasks?within={lb}")).await["items"][0]["id"]
        .as_i64()
        .unwrap();
    let (s, _) = app
        .post(
            &format!("/api/v1/tasks/{task}/comments"),
            serde_json::json!({"text": "Đề nghị khẩn trương"}),
        )
        .await;
    assert!(s.is_success());
    let leader = Browser::login(&app, "lanhdao.lb")
        .await
        .ok(&format!("/nhiem-vu/{task}"))
        .await;
    assert!(leader.contains("id=\"nhat-ky\""), "the leader sees the change log");
    assert!(!leader.contains("127.0.0.1"), "the leader sees an address");
    let admin = Browser::login(&app, "quantri.lb")
        .await
        .ok(&format!("/nhiem-vu/{task}"))
        .await;
    assert!(admin.contains("127.0.0.1"), "the administrator sees the address");
});

both!(links_to_unreadable_documents_show_no_title, |app| async move {
    let app: Arc<TestApp> = app;
    let (_, hbt, _) = setup(&app).await;
    account(&app, "lanhdao.hbt", Role::Leader, Some(hbt)).await;
    let hbt_plan = app.document_id("152-KH/QU").await;
    let lb_plan = app.document_id("215-KH/QU").await;
    let (s, _) = app
        .post(
            &format!("/api/v1/documents/{hbt_plan}/links"),
            serde_json::json!({"to_id": lb_plan, "kind": "guides"}),
        )
        .await;
    assert!(s.is_success());
    let lb_title = app.get(&format!("/api/v1/documents/{lb_plan}")).await["title"]
        .as_str()
        .unwrap()
        .to_string();
    let page = Browser::login(&app, "lanhdao.hbt")
        .await
        .ok(&format!("/van-ban/{hbt_plan}"))
        .await;
    let text = unescape(&page);
    assert!(
        !text.contains(&lb_title),
        "the title of an unreadable document is shown"
    );
    assert!(
        !text.contains("215-KH/QU"),
        "the symbol of an unreadable document is shown"
    );
    assert!(!page.contains(&format!("/van-ban/{lb_plan}\"")));
    assert!(
        page.contains("links_hidden") || text.contains(": 1"),
        "the hidden link is counted"
    );
});

both!(control_characters_never_redirect_off_site_or_fail, |app| async move {
    let app: Arc<TestApp> = app;
    setup(&app).await;
    for next in [
        "/\t/evil.example",
        "/%09/evil.example",
        "/\\evil.example",
        "//evil.example",
        "/%0D%0ALocation:%20https://evil.example",
        "https://evil.example",
        "/\u{0}x",
        "/x%00y",
    ] {
        let b = Browser::new(&app);
        let p = b
            .post(
                "/dang-nhap",
                &[("login", "lanhdao.lb"), ("password", PASSWORD), ("next", next)],
            )
            .await;
        assert_eq!(p.status, StatusCode::SEE_OTHER, "next={next:?}: {}", p.body);
        let to = p.location();
        assert!(
            to.starts_with('/') && !to.starts_with("//") && !to.contains('\\') && !to.chars().any(char::is_control),
            "next={next:?} redirected to {to:?}"
        );
        // What a browser makes of it (it drops tabs and line breaks) stays on this site.
        let seen: String = to.chars().filter(|c| !matches!(c, '\t' | '\n' | '\r')).collect();
        assert!(
            seen.starts_with('/') && !seen.starts_with("//"),
            "next={next:?} redirected to {to:?}"
        );
        let form = b.get(&format!("/dang-nhap?next={}", urlencode(next))).await;
        assert!(
            form.status == StatusCode::OK || form.status == StatusCode::BAD_REQUEST,
            "GET next={next:?}: {}",
            form.status
        );
    }
    let s = Browser::login(&app, "lanhdao.lb").await;
    for q in ["a%00b", "%00", "%E2%80%AE", "%0D%0A", "%09"] {
        for page in ["/tim-kiem?q=", "/nhiem-vu?q=", "/van-ban?q="] {
            let p = s.get(&format!("{page}{q}")).await;
            assert!(
                p.status.is_success() || p.status.is_client_error(),
                "{page}{q}: {}",
                p.status
            );
        }
    }
});
