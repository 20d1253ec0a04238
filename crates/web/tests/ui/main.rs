//! Handler-level tests of the web pages: the real server on a random port over the demo
//! data, on SQLite and PostgreSQL, signed in through the real login form.
// Tests fail loudly where they fail: unwrap, expect and panic are their assertions.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

#[allow(dead_code)]
#[macro_use]
#[path = "../api/common.rs"]
mod common;

use std::sync::Arc;

use common::{TestApp, urlencode};
use domain::access::Role;
use reqwest::StatusCode;
use reqwest::header::{HeaderMap, LOCATION, SET_COOKIE};

const PASSWORD: &str = "mat-khau-thu-nghiem-2023";

/// A demo-like account with a real Argon2 password hash.
async fn account(app: &TestApp, login: &str, role: Role, unit_id: Option<i64>) {
    let hash = store::accounts::hash_password(PASSWORD).expect("hash");
    let user = store::accounts::NewUser {
        login: login.into(),
        display_name: format!("Cán bộ {login}"),
        password: String::new(),
        person_id: None,
        roles: vec![store::accounts::RoleBinding { role, unit_id }],
    };
    let mut tx = app.db.db.write().await.expect("tx");
    store::accounts::create_user(&mut tx, &user, &hash).await.expect("user");
    tx.commit().await.expect("commit");
}

/// A browser without a cookie jar and without following redirects: tests see every 303.
struct Browser {
    base: String,
    client: reqwest::Client,
    cookies: Vec<String>,
}

struct Page {
    status: StatusCode,
    headers: HeaderMap,
    body: String,
}

impl Page {
    fn location(&self) -> &str {
        self.headers.get(LOCATION).and_then(|v| v.to_str().ok()).unwrap_or("")
    }

    fn set_cookie(&self, name: &str) -> Option<String> {
        self.headers
            .get_all(SET_COOKIE)
            .iter()
            .filter_map(|v| v.to_str().ok())
            .find(|v| v.starts_with(&format!("{name}=")))
            .map(|v| v.split(';').next().unwrap_or("").to_string())
    }
}

impl Browser {
    fn new(app: &TestApp) -> Browser {
        Browser {
            base: app.base.clone(),
            client: reqwest::Client::builder()
                .redirect(reqwest::redirect::Policy::none())
                .build()
                .expect("client"),
            cookies: vec![],
        }
    }

    async fn send(&self, req: reqwest::RequestBuilder) -> Page {
        let req = if self.cookies.is_empty() {
            req
        } else {
            req.header("cookie", self.cookies.join("; "))
        };
        let resp = req.send().await.expect("answered");
        Page {
            status: resp.status(),
            headers: resp.headers().clone(),
            body: resp.text().await.expect("body"),
        }
    }

    async fn get(&self, path: &str) -> Page {
        self.send(self.client.get(format!("{}{path}", self.base))).await
    }

    async fn post(&self, path: &str, form: &[(&str, &str)]) -> Page {
        self.send(self.client.post(format!("{}{path}", self.base)).form(form))
            .await
    }

    /// Signs in through the login form; keeps the session cookie.
    async fn login(app: &TestApp, login: &str) -> Browser {
        let mut b = Browser::new(app);
        let p = b
            .post("/dang-nhap", &[("login", login), ("password", PASSWORD), ("next", "")])
            .await;
        assert_eq!(p.status, StatusCode::SEE_OTHER, "{}", p.body);
        b.cookies.push(p.set_cookie("dondoc_session").expect("session cookie"));
        b
    }

    async fn ok(&self, path: &str) -> String {
        let p = self.get(path).await;
        assert_eq!(p.status, StatusCode::OK, "GET {path}: {}", p.body);
        p.body
    }
}

/// The body with character references decoded (`&#60;` → `<`), for reading text.
fn unescape(body: &str) -> String {
    let mut out = String::with_capacity(body.len());
    let mut rest = body;
    while let Some(i) = rest.find('&') {
        out.push_str(&rest[..i]);
        rest = &rest[i..];
        let end = rest.find(';').filter(|e| *e < 10);
        let decoded = end.and_then(|e| match &rest[1..e] {
            "lt" => Some('<'),
            "gt" => Some('>'),
            "amp" => Some('&'),
            "quot" => Some('"'),
            n if n.starts_with('#') => n[1..].parse::<u32>().ok().and_then(char::from_u32),
            _ => None,
        });
        match (decoded, end) {
            (Some(c), Some(e)) => {
                out.push(c);
                rest = &rest[e + 1..];
            }
            _ => {
                out.push('&');
                rest = &rest[1..];
            }
        }
    }
    out.push_str(rest);
    out
}

/// The days-late column of the overdue table, in page order.
fn days_late(body: &str) -> Vec<i64> {
    body.split("<td class=\"num days-late\"")
        .skip(1)
        .map(|s| {
            let s = &s[s.find('>').unwrap() + 1..];
            s[..s.find('<').unwrap()].replace('.', "").parse().unwrap()
        })
        .collect()
}

/// The SVG chart whose title is `title` (panics when the page has none).
fn svg_titled(body: &str, title: &str) -> String {
    // The label on the `<svg>` itself (its scroll box may carry the same name).
    let label = format!("aria-label=\"{title}\"");
    let (start, at) = body
        .match_indices(&label)
        .map(|(at, _)| (body[..at].rfind('<').unwrap(), at))
        .find(|(start, _)| body[*start..].starts_with("<svg"))
        .unwrap_or_else(|| panic!("no chart “{title}”"));
    let end = at + body[at..].find("</svg>").unwrap();
    body[start..end].to_string()
}

/// The id of the unit with exactly this name.
async fn unit(app: &TestApp, name: &str) -> i64 {
    let v = app.get(&format!("/api/v1/units?q={}&limit=500", urlencode(name))).await;
    v["items"]
        .as_array()
        .and_then(|a| a.iter().find(|u| u["name"] == name))
        .and_then(|u| u["id"].as_i64())
        .unwrap_or_else(|| panic!("no unit {name}"))
}

async fn setup(app: &TestApp) -> (i64, i64, i64) {
    let lb = unit(app, "Quận Long Biên").await;
    let hbt = unit(app, "Quận Hai Bà Trưng").await;
    let bode = unit(app, "Phường Bồ Đề").await;
    account(app, "lanhdao.lb", Role::Leader, Some(lb)).await;
    account(app, "phuong.bode", Role::UnitOfficer, Some(bode)).await;
    (lb, hbt, bode)
}

both!(login_flow, |app| async move {
    let app: Arc<TestApp> = app;
    setup(&app).await;
    let anon = Browser::new(&app);
    let p = anon.get("/tong-quan?ky=2023").await;
    assert_eq!(p.status, StatusCode::SEE_OTHER);
    assert_eq!(
        p.location(),
        format!("/dang-nhap?next={}", urlencode("/tong-quan?ky=2023")).replace("%2F", "/")
    );
    let form = anon.get("/dang-nhap").await;
    assert_eq!(form.status, StatusCode::OK);
    assert!(
        form.body.contains("<label for=\"password\">Mật khẩu</label>"),
        "{}",
        form.body
    );

    // Wrong password: the form again, the Vietnamese message, the login kept.
    let p = anon
        .post(
            "/dang-nhap",
            &[("login", "lanhdao.lb"), ("password", "sai"), ("next", "/nhiem-vu")],
        )
        .await;
    assert_eq!(p.status, StatusCode::UNAUTHORIZED);
    assert!(p.body.contains("Tên đăng nhập hoặc mật khẩu không đúng."), "{}", p.body);
    assert!(p.body.contains("value=\"lanhdao.lb\""));
    assert!(p.set_cookie("dondoc_session").is_none());

    // Right password: the cookie, and back to where the user was going.
    let p = anon
        .post(
            "/dang-nhap",
            &[("login", "lanhdao.lb"), ("password", PASSWORD), ("next", "/nhiem-vu")],
        )
        .await;
    assert_eq!(p.status, StatusCode::SEE_OTHER);
    assert_eq!(p.location(), "/nhiem-vu");
    let raw = p.headers.get(SET_COOKIE).unwrap().to_str().unwrap();
    assert!(raw.contains("HttpOnly") && raw.contains("SameSite=Lax"), "{raw}");
    // Never to another site.
    let p = anon
        .post(
            "/dang-nhap",
            &[
                ("login", "lanhdao.lb"),
                ("password", PASSWORD),
                ("next", "//evil.example/"),
            ],
        )
        .await;
    assert_eq!(p.location(), "/");

    let mut b = Browser::new(&app);
    b.cookies.push(p.set_cookie("dondoc_session").unwrap());
    let home = b.get("/").await;
    assert_eq!(home.location(), "/tong-quan");
    let body = b.ok("/tong-quan").await;
    assert!(body.contains("Tổng quan: Quận Long Biên"), "{body}");
    assert!(body.contains("Cán bộ lanhdao.lb"), "the user's name in the header");

    // Security headers on pages; no inline style or script (the CSP forbids them).
    let p = b.get("/tong-quan").await;
    let csp = p.headers.get("content-security-policy").unwrap().to_str().unwrap();
    assert!(csp.contains("style-src 'self'"));
    assert!(!p.body.contains("<style") && !inline_script(&p.body) && !p.body.contains("style=\""));
    let css = b.get("/static/app.css").await;
    assert_eq!(css.status, StatusCode::OK);
    assert!(css.headers["content-type"].to_str().unwrap().starts_with("text/css"));
    assert!(css.body.contains("@media print"));

    // A cross-site form post with the cookie is refused.
    let p = b
        .send(
            b.client
                .post(format!("{}/dang-xuat", b.base))
                .header("origin", "https://evil.example")
                .form(&[("x", "1")]),
        )
        .await;
    assert_eq!(p.status, StatusCode::FORBIDDEN);

    // Sign out ends the session.
    let p = b.post("/dang-xuat", &[]).await;
    assert_eq!(p.status, StatusCode::SEE_OTHER);
    assert_eq!(p.location(), "/dang-nhap");
    assert_eq!(b.get("/tong-quan").await.status, StatusCode::SEE_OTHER);
});

both!(overview_of_long_bien, |app| async move {
    let app: Arc<TestApp> = app;
    let (lb, hbt, bode) = setup(&app).await;
    let b = Browser::login(&app, "lanhdao.lb").await;
    let wards = app.get(&format!("/api/v1/units/{lb}/children")).await;
    let body = b.ok("/tong-quan?ky=2020").await;
    for w in wards.as_array().unwrap() {
        let name = w["name"].as_str().unwrap();
        assert!(body.contains(name), "{name} missing from the overview");
    }
    assert!(body.contains("16/16 đạt, 09/16 vượt"), "targets headline");

    // The default period is the year of "today" (20/11/2023 in the demo).
    let body = b.ok("/tong-quan").await;
    assert!(body.contains("<option value=\"2023\" selected>Năm 2023</option>"));
    assert!(body.contains("<svg"), "the completion chart");
    // The status mix: one part and one key per non-zero status, in the badges' colours.
    let mix = svg_titled(&body, "Cơ cấu nhiệm vụ theo trạng thái");
    let r = app.get(&format!("/api/v1/rollup?unit_id={lb}&period=2023")).await;
    let mut shown = 0;
    for s in domain::status::TaskStatus::ALL {
        let n = r["totals"]["by_status"][s.as_str()].as_i64().unwrap();
        let key = format!("{}: {}", s.label_vi(), n);
        if n > 0 {
            shown += 1;
            assert!(mix.contains(&key), "{key} missing from the status chart: {mix}");
        } else {
            assert!(!mix.contains(&format!(">{}: ", s.label_vi())), "{key} shown");
        }
    }
    assert!(shown >= 3, "the demo has a mix of statuses");
    assert!(mix.contains("fill=\"#b3261e\"") && !mix.contains("style="));
    assert!(body.contains("Phường Bồ Đề"));
    let late = days_late(&body);
    assert!(!late.is_empty(), "the demo has overdue tasks in 2023");
    assert!(late.windows(2).all(|w| w[0] >= w[1]), "most days late first: {late:?}");
    assert!(body.len() < 100_000, "overview is {} bytes", body.len());

    // Drill down to a ward; the breadcrumbs go back up.
    let link = format!("/tong-quan?don_vi={bode}&amp;ky=2023");
    assert!(unescape(&body).contains(&unescape(&link)), "a link to the ward");
    let ward = b.ok(&format!("/tong-quan?don_vi={bode}&ky=2023")).await;
    assert!(ward.contains("Tổng quan: Phường Bồ Đề"));
    assert!(unescape(&ward).contains(&format!(
        "<a href=\"/tong-quan?don_vi={lb}&ky=2023\">Quận Long Biên</a>"
    )));

    // Out of scope: Hai Bà Trưng is not found, for the leader and the ward officer.
    let p = b.get(&format!("/tong-quan?don_vi={hbt}")).await;
    assert_eq!(p.status, StatusCode::NOT_FOUND);
    assert!(!p.body.contains("Hai Bà Trưng"));
    let w = Browser::login(&app, "phuong.bode").await;
    let p = w.get(&format!("/tong-quan?don_vi={hbt}")).await;
    assert_eq!(p.status, StatusCode::NOT_FOUND);
    assert!(p.body.contains("Không tìm thấy"));
    assert!(!p.body.contains("Hai Bà Trưng"));
    let own = w.ok("/tong-quan").await;
    assert!(own.contains("Tổng quan: Phường Bồ Đề"));
    assert!(!own.contains("Hai Bà Trưng"));
    assert!(
        !own.contains(">Quận Long Biên</a>"),
        "breadcrumbs stop at the user's scope"
    );
    let found = w.ok("/tim-kiem?q=hai%20ba%20trung").await;
    assert!(!found.contains("Hai Bà Trưng"), "search stays in scope");
    // Bad unit ids and periods are answered as pages.
    assert_eq!(b.get("/tong-quan?don_vi=abc").await.status, StatusCode::NOT_FOUND);
    assert_eq!(
        b.get("/tong-quan?ky=2023-Q9").await.status,
        StatusCode::UNPROCESSABLE_ENTITY
    );
});

both!(task_page_and_progress_form, |app| async move {
    let app: Arc<TestApp> = app;
    let (lb, _, _) = setup(&app).await;
    // An open task that is not near its deadline, and an officer of its lead unit.
    let mut found = None;
    for status in ["not_started", "in_progress"] {
        let v = app
            .get(&format!("/api/v1/tasks?within={lb}&status={status}&limit=1"))
            .await;
        if let (Some(id), Some(unit)) = (v["items"][0]["id"].as_i64(), v["items"][0]["lead_unit_id"].as_i64()) {
            found = Some((id, unit));
            break;
        }
    }
    let (id, lead) = found.expect("Long Biên has an open task that is not late");
    account(&app, "canbo.chutri", Role::UnitOfficer, Some(lead)).await;
    let w = Browser::login(&app, "canbo.chutri").await;
    let page = w.ok(&format!("/nhiem-vu/{id}")).await;
    assert!(
        page.contains(&format!("action=\"/nhiem-vu/{id}/tien-do\"")),
        "the officer may report"
    );
    assert!(page.contains("<label for=\"percent\">"));

    // Percent out of range: 422, the error beside the field, the text kept.
    let typed = "Đã họp triển khai <ngày 15/11>";
    let p = w
        .post(
            &format!("/nhiem-vu/{id}/tien-do"),
            &[("percent", "150"), ("text", typed)],
        )
        .await;
    assert_eq!(p.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        p.body
            .contains("class=\"field-error\" id=\"percent-error\">Tỷ lệ hoàn thành phải là số nguyên từ 0 đến 99"),
        "{}",
        p.body
    );
    assert!(p.body.contains("value=\"150\""));
    assert!(!p.body.contains("<ngày"), "typed text is escaped");
    assert!(unescape(&p.body).contains("Đã họp triển khai <ngày 15/11></textarea>"));
    // An empty text: the store's own rule, beside the text field.
    let p = w
        .post(&format!("/nhiem-vu/{id}/tien-do"), &[("percent", "20"), ("text", " ")])
        .await;
    assert_eq!(p.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(p.body.contains("<p class=\"field-error\">"), "{}", p.body);

    // A good report: 303 back to the task, which shows it and its new status. It is lower than
    // the last one (62 %): confirmed.
    let p = w
        .post(
            &format!("/nhiem-vu/{id}/tien-do"),
            &[
                ("percent", "40"),
                ("text", "Đã hoàn thành khảo sát"),
                ("confirm_drop", "1"),
            ],
        )
        .await;
    assert_eq!(p.status, StatusCode::SEE_OTHER, "{}", p.body);
    assert_eq!(p.location(), format!("/nhiem-vu/{id}#lich-su"));
    let page = w.ok(&format!("/nhiem-vu/{id}")).await;
    assert!(page.contains("Đã hoàn thành khảo sát"));
    assert!(page.contains("Báo cáo tiến độ 40%"));
    assert!(page.contains("id=\"status\">Đang thực hiện</span>"), "{page}");
    // The change log on the page comes from the audit trail: this report, by this account.
    let log = &page[page.find("id=\"nhat-ky\"").expect("a change log section")..];
    assert!(log.contains("<td>Báo cáo tiến độ</td>"), "{log}");
    assert!(log.contains("canbo.chutri"), "{log}");

    // Extension request with a bad date, then a good one; the leader sees no forms.
    let p = w
        .post(
            &format!("/nhiem-vu/{id}/gia-han"),
            &[("new_due_on", "31/02/2024"), ("reason", "Chờ kinh phí")],
        )
        .await;
    assert_eq!(p.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(p.body.contains("ngày không hợp lệ"), "{}", p.body);
    assert!(p.body.contains("Chờ kinh phí</textarea>"));
    let l = Browser::login(&app, "lanhdao.lb").await;
    let page = l.ok(&format!("/nhiem-vu/{id}")).await;
    assert!(page.contains("Đã hoàn thành khảo sát"));
    assert!(!page.contains("/tien-do\""), "a leader only reads");
    assert_eq!(
        l.post(&format!("/nhiem-vu/{id}/tien-do"), &[("percent", "50"), ("text", "x")])
            .await
            .status,
        StatusCode::FORBIDDEN
    );
    assert_eq!(w.get("/nhiem-vu/999999").await.status, StatusCode::NOT_FOUND);
});

both!(english_lists_and_search, |app| async move {
    let app: Arc<TestApp> = app;
    setup(&app).await;
    let mut b = Browser::login(&app, "lanhdao.lb").await;
    let p = b.post("/ngon-ngu", &[("lang", "en"), ("next", "/tong-quan")]).await;
    assert_eq!(p.status, StatusCode::SEE_OTHER);
    assert_eq!(p.location(), "/tong-quan");
    b.cookies.push(p.set_cookie("dondoc_lang").expect("language cookie"));
    let body = b.ok("/tong-quan").await;
    assert!(body.contains("<html lang=\"en\">"));
    assert!(body.contains("Overview") && body.contains("Overdue"), "{body}");
    assert!(body.contains("lang=\"vi\">Tiếng Việt</button>"), "the switch back");
    b.cookies.pop();

    // Task list: filters and pages.
    let all = b.ok("/nhiem-vu").await;
    assert!(all.contains("Trang sau"), "more than one page of tasks in Long Biên");
    let overdue = b.ok("/nhiem-vu?trang_thai=overdue").await;
    assert!(overdue.contains("badge red\">Quá hạn</span>"));
    assert!(!overdue.contains(">Đang thực hiện</span>"));
    let key = b.ok("/nhiem-vu?trong_tam=1&trang=2").await;
    assert!(key.contains("Trang trước"));
    assert_eq!(b.get("/nhiem-vu?trang_thai=nope").await.status, StatusCode::BAD_REQUEST);

    // Search with highlights, diacritics ignored.
    let found = b.ok("/tim-kiem?q=quan%20uy%20long%20bien").await;
    assert!(found.contains("<mark>"), "{found}");
    assert!(found.contains("Long Biên"));
});

/// The "Tìm thấy: N" count of a task list page.
fn found(body: &str) -> i64 {
    let s = &body[body.find("Tìm thấy: ").expect("a count") + "Tìm thấy: ".len()..];
    s[..s.find(|c: char| !c.is_ascii_digit() && c != '.').unwrap()]
        .replace('.', "")
        .parse()
        .unwrap()
}

both!(task_list_filters, |app| async move {
    let app: Arc<TestApp> = app;
    let (lb, _, bode) = setup(&app).await;
    let b = Browser::login(&app, "lanhdao.lb").await;
    let api_total = |q: String| {
        let app = app.clone();
        async move {
            app.get(&format!("/api/v1/tasks?limit=1&{q}")).await["total"]
                .as_i64()
                .unwrap()
        }
    };
    let all = found(&b.ok(&format!("/nhiem-vu?don_vi={lb}")).await);
    assert_eq!(all, api_total(format!("within={lb}")).await);

    // Period: tasks due in the fourth quarter of 2023.
    let body = b.ok(&format!("/nhiem-vu?don_vi={lb}&ky=2023-Q4")).await;
    let q4 = found(&body);
    assert_eq!(
        q4,
        api_total(format!("within={lb}&due_from=2023-10-01&due_to=2023-12-31")).await
    );
    assert!(0 < q4 && q4 < all, "{q4} of {all}");
    assert!(body.contains("<option value=\"2023-Q4\" selected>Quý IV/2023</option>"));
    assert!(
        b.ok(&format!("/nhiem-vu?don_vi={lb}&ky=2023-Q4&trang=1"))
            .await
            .contains("ky=2023-Q4")
            || q4 <= 50,
        "pages keep the period"
    );
    assert_eq!(
        b.get("/nhiem-vu?ky=2023-Q9").await.status,
        StatusCode::UNPROCESSABLE_ENTITY
    );

    // Lead or cooperating: the ward's own tasks, then those it cooperates on.
    let led = found(&b.ok(&format!("/nhiem-vu?don_vi={bode}&vai_tro=chu_tri")).await);
    assert_eq!(led, api_total(format!("within={bode}")).await);
    // The district's office cooperates on several of the district's tasks (demo data).
    let partner = unit(&app, "Văn phòng HĐND và UBND quận Long Biên").await;
    let body = b.ok(&format!("/nhiem-vu?don_vi={partner}&vai_tro=phoi_hop")).await;
    let coop = found(&body);
    assert_eq!(coop, api_total(format!("cooperating_unit_id={partner}")).await);
    assert!(coop > 0 && coop < all, "{coop}");
    let links = |body: &str| -> std::collections::BTreeSet<String> {
        body.split("href=\"/nhiem-vu/")
            .skip(1)
            .map(|s| s[..s.find('"').unwrap()].to_string())
            .collect()
    };
    let led_body = b.ok(&format!("/nhiem-vu?don_vi={partner}")).await;
    assert_ne!(links(&body), links(&led_body), "the role changes the list");
    assert!(body.contains("<option value=\"phoi_hop\" selected>Phối hợp</option>"));
    assert_eq!(b.get("/nhiem-vu?vai_tro=x").await.status, StatusCode::BAD_REQUEST);

    // Responsible person: the ward's people are offered; choosing one narrows the list.
    let tasks = app.get(&format!("/api/v1/tasks?within={bode}&limit=500")).await;
    let person = tasks["items"]
        .as_array()
        .unwrap()
        .iter()
        .find_map(|t| t["responsible_id"].as_i64())
        .expect("a ward task with a responsible person");
    let body = b.ok(&format!("/nhiem-vu?don_vi={bode}")).await;
    assert!(body.contains("name=\"can_bo\""), "the people select");
    assert!(body.contains(&format!("<option value=\"{person}\">")));
    let body = b.ok(&format!("/nhiem-vu?don_vi={bode}&can_bo={person}")).await;
    let theirs = found(&body);
    assert_eq!(
        theirs,
        api_total(format!("within={bode}&responsible_id={person}")).await
    );
    assert!(0 < theirs && theirs <= led);
    assert!(body.contains(&format!("<option value=\"{person}\" selected>")));
    assert!(
        !b.ok("/nhiem-vu").await.contains("name=\"can_bo\""),
        "no unit, no people"
    );
});

mod conferences_page;
mod document_page;
mod evaluation_page;
mod exports_page;
mod files_page;
mod forms;
mod forms_documents;
mod forms_more;
mod import_page;
mod inspection_forms;
mod invitees_page;
mod menus;
mod my_work_page;
mod publishing_page;
mod ranking_page;
mod reports_page;
mod requirement_forms;
mod requirements_page;
mod settings;
mod sheet_import_page;
mod targets_page;
mod trust_pages;
mod unit_page;

/// Whether a page carries a script of its own text (the CSP forbids them; files from
/// `/static/` are allowed).
pub fn inline_script(body: &str) -> bool {
    body.match_indices("<script").any(|(i, _)| {
        let tag = &body[i..body[i..].find('>').map_or(body.len(), |e| i + e)];
        !tag.contains(" src=\"/static/")
    })
}
