//! No dead ends, for any role: from where each role lands, every link of the page — the menu
//! included — opens (after its redirects) to a page, never to "Không tìm thấy" or an error. A
//! system-wide administrator and a leader with no staff record reach the unit evaluation page;
//! "Giao nhiệm vụ" without a plan leads to the register to choose one; "Giao yêu cầu thực
//! hiện" without a document opens on the caller's own unit. A page address with a bad id is
//! an error page, not the API's JSON.

use super::*;

/// Follows redirects within the site; the final status and path.
async fn open(b: &Browser, path: &str) -> (StatusCode, String) {
    let mut path = path.to_string();
    for _ in 0..5 {
        let p = b.get(&path).await;
        if p.status.is_redirection() {
            path = p.location().to_string();
            continue;
        }
        return (p.status, path);
    }
    panic!("too many redirects from {path}");
}

/// The site's own links of a page (no files, no static assets, no sign-out form target).
fn links(body: &str) -> Vec<String> {
    let mut out: Vec<String> = body
        .split("href=\"")
        .skip(1)
        .filter_map(|s| s.split('"').next())
        .filter(|h| h.starts_with('/') && !h.starts_with("/static/") && !h.starts_with("/tep/"))
        .map(|h| h.replace("&amp;", "&"))
        .map(|h| h.split('#').next().unwrap_or("").to_string())
        .filter(|h| !h.is_empty())
        .collect();
    out.sort();
    out.dedup();
    out
}

both!(every_link_each_role_lands_on_opens, |app| async move {
    let app: Arc<TestApp> = app;
    let (lb, _hbt, bode) = setup(&app).await;
    account(&app, "menu.admin", Role::Admin, None).await;
    account(&app, "menu.leader", Role::Leader, Some(lb)).await;
    account(&app, "menu.specialist", Role::Specialist, Some(lb)).await;
    account(&app, "menu.officer", Role::UnitOfficer, Some(bode)).await;
    account(&app, "menu.inspector", Role::Inspector, Some(lb)).await;
    let mut opened = 0;
    for login in [
        "menu.admin",
        "menu.leader",
        "menu.specialist",
        "menu.officer",
        "menu.inspector",
    ] {
        let b = Browser::login(&app, login).await;
        let (status, landing) = open(&b, "/").await;
        assert_eq!(status, StatusCode::OK, "{login} lands on {landing}");
        let body = b.ok(&landing).await;
        for href in links(&body) {
            let (status, at) = open(&b, &href).await;
            assert_eq!(
                status,
                StatusCode::OK,
                "{login}: the link {href} on {landing} ends at {at}"
            );
            opened += 1;
        }
    }
    assert!(opened >= 40, "only {opened} links opened");

    // A ward officer's own unit page offers only what the officer may do (it offered "Thêm chỉ
    // tiêu", a 403, before).
    let officer = Browser::login(&app, "menu.officer").await;
    let unit_page = officer.ok(&format!("/don-vi/{bode}")).await;
    for href in links(&unit_page) {
        let (status, at) = open(&officer, &href).await;
        assert_eq!(
            status,
            StatusCode::OK,
            "menu.officer: the link {href} on its unit page ends at {at}"
        );
    }

    // Pages reached by their menu's word, whatever the account is linked to.
    let admin = Browser::login(&app, "menu.admin").await;
    let unit_evaluation = admin.ok("/danh-gia/don-vi").await;
    assert!(unit_evaluation.contains("<h1>"), "{unit_evaluation}");
    let leader = Browser::login(&app, "menu.leader").await;
    assert_eq!(leader.get("/danh-gia").await.location(), "/danh-gia/don-vi");
    let specialist = Browser::login(&app, "menu.specialist").await;
    assert_eq!(specialist.get("/nhiem-vu/moi").await.location(), "/van-ban");
    // "Giao yêu cầu thực hiện" from the requirement list: the form opens on the caller's unit.
    let form = specialist.ok("/yeu-cau/moi").await;
    assert!(form.contains(&format!("value=\"{lb}\" selected")), "{form}");

    // A page address with an id that is no number is an error page in Vietnamese, not the
    // API's JSON; the API keeps its JSON body.
    for path in ["/nhiem-vu/abc", "/van-ban/12x", "/don-vi/%20"] {
        let p = specialist.get(path).await;
        assert_eq!(p.status, StatusCode::BAD_REQUEST, "{path}");
        let kind = p
            .headers
            .get("content-type")
            .and_then(|v| v.to_str().ok())
            .unwrap_or("");
        assert!(kind.starts_with("text/html"), "{path}: {kind}");
        assert!(p.body.contains("mã số phải là số nguyên"), "{path}: {}", p.body);
    }
    let nowhere = specialist.get("/khong-co-trang-nay").await;
    assert_eq!(nowhere.status, StatusCode::NOT_FOUND);
    assert!(nowhere.body.contains("Không tìm thấy địa chỉ này."), "{}", nowhere.body);
    let api = specialist.get("/api/v1/tasks/abc").await;
    assert_eq!(api.status, StatusCode::BAD_REQUEST);
    assert!(api.body.starts_with('{'), "{}", api.body);

    // A staff member typing a unit page's address by hand (the ranking, a unit's evaluation,
    // targets, the overview) is told the page is not for the account, not "not found".
    account(&app, "menu.staff", Role::Staff, Some(bode)).await;
    let staff = Browser::login(&app, "menu.staff").await;
    for path in ["/thi-dua", "/danh-gia/don-vi", "/chi-tieu", "/tong-quan"] {
        let p = staff.get(path).await;
        if p.status == StatusCode::OK {
            continue; // the role reads the page (its own unit's)
        }
        assert_eq!(p.status, StatusCode::FORBIDDEN, "{path}: {}", p.body);
        assert!(!p.body.contains("Không tìm thấy"), "{path}: {}", p.body);
    }
    let ranking = staff.get("/thi-dua").await;
    assert_eq!(ranking.status, StatusCode::FORBIDDEN);
    assert!(
        ranking.body.contains("tài khoản của bạn không xem được trang này"),
        "{}",
        ranking.body
    );
});
