//! End-to-end in a real browser: Debian's chromium, driven through chromedriver (WebDriver),
//! against the real server on 127.0.0.1:0 over the demo data (SQLite; storage is covered on
//! both backends elsewhere). A user signs in, drills down, reports progress, completes a task
//! and sees the overview change. Screenshots go to `artifacts/screenshots/`. Every key page,
//! in both languages and at phone width, is then checked against the WCAG 2.1 A/AA rules of
//! axe-core (the npm package in this folder, installed by `npm ci --prefix
//! crates/web/tests/browser`; never fetched by the test).
// Tests fail loudly where they fail: unwrap, expect and panic are their assertions.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

#[allow(dead_code, unused_macros)]
#[macro_use]
#[path = "../api/common.rs"]
mod common;

use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

mod duties;
mod journeys;

use common::{TestApp, urlencode};
use domain::access::Role;
use thirtyfour::prelude::*;

const CHROMEDRIVER: &str = "/usr/bin/chromedriver";
const CHROMIUM: &str = "/usr/bin/chromium";
const PASSWORD: &str = "mat-khau-thu-nghiem-2023";
/// The longest any single wait may take; waits poll, so a normal run never reaches it.
const WAIT: Duration = Duration::from_secs(15);

/// chromedriver on a free port with a fresh browser profile; both go away on drop.
struct Driver {
    child: Child,
    port: u16,
    profile: PathBuf,
}

impl Driver {
    fn start() -> Driver {
        let port = std::net::TcpListener::bind("127.0.0.1:0")
            .and_then(|l| l.local_addr())
            .expect("a free port")
            .port();
        let profile = std::env::temp_dir().join(format!("dondoc-chromium-{}-{port}", std::process::id()));
        std::fs::create_dir_all(&profile).expect("profile dir");
        let child = Command::new(CHROMEDRIVER)
            .arg(format!("--port={port}"))
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .expect("chromedriver starts");
        let d = Driver { child, port, profile };
        let deadline = Instant::now() + WAIT;
        while std::net::TcpStream::connect(("127.0.0.1", port)).is_err() {
            assert!(Instant::now() < deadline, "chromedriver did not listen on {port}");
            std::thread::sleep(Duration::from_millis(20));
        }
        d
    }

    async fn session(&self) -> WebDriver {
        let mut caps = DesiredCapabilities::chrome();
        caps.set_binary(CHROMIUM).expect("binary");
        let profile = format!("--user-data-dir={}", self.profile.display());
        for arg in [
            "--headless=new",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-dev-shm-usage",
            "--disable-quic",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--window-size=1280,900",
            &profile,
        ] {
            caps.add_arg(arg).expect("arg");
        }
        WebDriver::new(format!("http://127.0.0.1:{}", self.port), caps)
            .await
            .expect("a chromium session")
    }
}

impl Drop for Driver {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
        let _ = std::fs::remove_dir_all(&self.profile);
    }
}

/// The first element matching `css` whose visible text contains `needle`, polling until WAIT.
async fn find_text(d: &WebDriver, css: &str, needle: &str) -> WebElement {
    let deadline = Instant::now() + WAIT;
    loop {
        for e in d.find_all(By::Css(css)).await.unwrap_or_default() {
            if e.text().await.is_ok_and(|t| t.contains(needle)) {
                return e;
            }
        }
        if Instant::now() > deadline {
            let url = d.current_url().await.map(|u| u.to_string()).unwrap_or_default();
            let body = match d.find(By::Tag("main")).await {
                Ok(m) => m.text().await.unwrap_or_default(),
                Err(_) => String::new(),
            };
            let body: String = body.chars().take(1500).collect();
            panic!("no `{css}` containing {needle:?} at {url}; the page reads:\n{body}");
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
}

/// The text of the big number on the overview's summary card with this heading.
async fn card(d: &WebDriver, heading: &str) -> String {
    let xpath = format!("//section[contains(@class,'cards')]//div[h2='{heading}']/p[contains(@class,'big')]");
    d.query(By::XPath(xpath))
        .wait(WAIT, Duration::from_millis(50))
        .first()
        .await
        .expect(heading)
        .text()
        .await
        .expect("text")
}

/// The outermost elements that stick out of the window's width (not inside a scrolling box).
const TOO_WIDE: &str = "const w = document.documentElement.clientWidth;
  const boxed = e => { for (let a = e.parentElement; a && a !== document.body; a = a.parentElement)
    if (getComputedStyle(a).overflowX !== 'visible') return true; return false; };
  const out = [...document.body.querySelectorAll('*')].filter(e => e.getBoundingClientRect().right > w + 1 && !boxed(e));
  return out.filter(e => !out.includes(e.parentElement)).slice(0, 5)
    .map(e => e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') + [...e.classList].map(c => '.' + c).join('')
      + ' ' + Math.round(e.getBoundingClientRect().right) + 'px');";

const HEADER_HEIGHT: &str = "return document.querySelector('header.top').getBoundingClientRect().height";

/// A full-page PNG under `artifacts/screenshots/` at this window width (the window is made
/// as tall as the page, plus the browser's own frame).
async fn shot(d: &WebDriver, dir: &Path, name: &str, width: u32) -> WebDriverResult<()> {
    d.set_window_rect(0, 0, width, 900).await?;
    let js = "const e = document.documentElement; return e.scrollHeight + outerHeight - innerHeight";
    let height: i64 = d.execute(js, vec![]).await?.convert()?;
    d.set_window_rect(0, 0, width, height.clamp(600, 10_000) as u32).await?;
    d.screenshot(&dir.join(format!("{name}.png"))).await?;
    d.set_window_rect(0, 0, 1280, 900).await
}

async fn fill(d: &WebDriver, css: &str, text: &str) -> WebDriverResult<()> {
    let e = d.find(By::Css(css)).await?;
    e.clear().await?;
    e.send_keys(text).await
}

async fn click(d: &WebDriver, css: &str) -> WebDriverResult<()> {
    d.find(By::Css(css)).await?.click().await
}

/// axe-core's script, from the npm package beside this test.
const AXE: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/tests/browser/node_modules/axe-core/axe.min.js"
);

/// Runs axe-core's WCAG 2.0/2.1 A and AA rules and its best practices on the current page;
/// returns the violations, one line each with the first elements it names.
const AXE_RUN: &str = "const done = arguments[arguments.length - 1];
  axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] } })
    .then(r => done(r.violations.map(v => v.id + ' [' + v.impact + '] ' + v.help + ': '
      + v.nodes.slice(0, 3).map(n => n.target.join(' ') + (n.failureSummary ? ' (' + n.failureSummary.replace(/\\s+/g, ' ') + ')' : '')).join('; '))),
      e => done(['axe failed: ' + e]));";

/// The accessibility violations axe finds on the page at `url` (opened, then audited).
async fn audit(d: &WebDriver, axe: &str, url: &str) -> WebDriverResult<Vec<String>> {
    d.goto(url).await?;
    find_text(d, "h1", "").await;
    d.execute(axe, vec![]).await?;
    d.execute_async(AXE_RUN, vec![]).await?.convert()
}

/// Every page in `urls` audited at desktop and phone width, in the current language.
async fn audit_all(d: &WebDriver, axe: &str, urls: &[String], found: &mut Vec<String>) -> WebDriverResult<()> {
    for width in [1280, 390] {
        d.set_window_rect(0, 0, width, 900).await?;
        for url in urls {
            for v in audit(d, axe, url).await? {
                found.push(format!("{url} at {width}px: {v}"));
            }
        }
    }
    d.set_window_rect(0, 0, 1280, 900).await
}

/// Keyboard use: the first Tab reaches the skip link, which moves focus to the main content;
/// every link, button and field after it can be reached by Tab (no negative tabindex, none
/// hidden from focus while visible).
async fn keyboard(d: &WebDriver, url: &str) -> WebDriverResult<()> {
    d.goto(url).await?;
    find_text(d, "h1", "").await;
    d.find(By::Tag("body")).await?.send_keys(Key::Tab).await?;
    let active = d.active_element().await?;
    assert_eq!(
        active.class_name().await?.as_deref(),
        Some("skip"),
        "{url}: Tab first reaches the skip link"
    );
    assert!(active.is_displayed().await?, "{url}: the focused skip link is visible");
    active.send_keys(Key::Enter).await?;
    let here = d.current_url().await?;
    assert_eq!(
        here.fragment(),
        Some("main"),
        "{url}: the skip link leads to the main content"
    );
    let unreachable: Vec<String> = d
        .execute(
            "return [...document.querySelectorAll('a[href], button, input, select, textarea, summary')]
               .filter(e => e.type !== 'hidden' && e.offsetParent !== null && e.tabIndex < 0)
               .map(e => e.outerHTML.slice(0, 80))",
            vec![],
        )
        .await?
        .convert()?;
    assert!(unreachable.is_empty(), "{url}: not reachable by Tab: {unreachable:?}");
    Ok(())
}

async fn scenario(d: WebDriver, base: String, dir: PathBuf, pages: Vec<String>) -> WebDriverResult<()> {
    // Signing in through the form, coming from a page that needs it.
    d.goto(format!("{base}/tong-quan")).await?;
    find_text(&d, "h1", "Đăng nhập").await;
    assert!(d.current_url().await?.path().starts_with("/dang-nhap"));
    shot(&d, &dir, "01-login", 1280).await?;
    fill(&d, "#login", "chuyenvien.lb").await?;
    fill(&d, "#password", PASSWORD).await?;
    click(&d, "form[action='/dang-nhap'] button[type=submit]").await?;

    // The overview of the user's district; its numbers before any work.
    find_text(&d, "h1", "Tổng quan: Quận Long Biên").await;
    let overdue_before = card(&d, "Quá hạn").await;
    let completion_before = card(&d, "Tỷ lệ hoàn thành").await;
    shot(&d, &dir, "02-overview", 1280).await?;

    // Drill down to a ward by its row in the by-unit table; the breadcrumbs lead back up.
    find_text(&d, "table.grid tbody th a", "Phường Đức Giang")
        .await
        .click()
        .await?;
    find_text(&d, "h1", "Tổng quan: Phường Đức Giang").await;
    find_text(&d, "nav.crumbs a", "Quận Long Biên").await;
    shot(&d, &dir, "03-ward-overview", 1280).await?;

    // Open the ward's most overdue task from the overdue list.
    let link = find_text(&d, "table.overdue tbody td a", "Vận động tháo dỡ").await;
    let title = link.text().await?;
    link.click().await?;
    find_text(&d, "#status", "Quá hạn").await;
    find_text(&d, "h1", &title).await;
    let task_url = d.current_url().await?;

    // A bad percent: the Vietnamese error beside the field, everything typed kept.
    let typed = "Đã tháo dỡ thêm 20 biển <khu tập thể>";
    fill(&d, "#percent", "150").await?;
    fill(&d, "#ptext", typed).await?;
    click(&d, "#form-progress button[type=submit]").await?;
    let error = find_text(&d, "#percent-error", "Tỷ lệ hoàn thành phải là số nguyên từ 0 đến 99").await;
    assert!(error.is_displayed().await?);
    d.find(By::Css("#percent ~ #percent-error")).await?; // beside its field
    assert_eq!(d.find(By::Id("percent")).await?.value().await?.as_deref(), Some("150"));
    assert_eq!(d.find(By::Id("ptext")).await?.value().await?.as_deref(), Some(typed));
    let invalid = d.find(By::Id("percent")).await?.attr("aria-invalid").await?;
    assert_eq!(invalid.as_deref(), Some("true"));
    shot(&d, &dir, "04-progress-error", 1280).await?;

    // Corrected, it goes through: the report heads the history; the task is still overdue.
    fill(&d, "#percent", "90").await?;
    click(&d, "#form-progress button[type=submit]").await?;
    find_text(&d, "ol.timeline li", typed).await;
    find_text(&d, "ol.timeline li", "Báo cáo tiến độ 90%").await;
    find_text(&d, "#status", "Quá hạn").await;

    // Marking it complete changes its status.
    find_text(&d, "details.action summary", "Báo cáo hoàn thành")
        .await
        .click()
        .await?;
    click(&d, "form[action$='/hoan-thanh'] button[type=submit]").await?;
    find_text(&d, "#status", "Hoàn thành quá hạn").await;
    shot(&d, &dir, "05-task-completed", 1280).await?;

    // Back to the district: one overdue task fewer, a higher completion rate.
    find_text(&d, "header nav a", "Tổng quan").await.click().await?;
    find_text(&d, "h1", "Tổng quan: Quận Long Biên").await;
    let overdue_after = card(&d, "Quá hạn").await;
    let completion_after = card(&d, "Tỷ lệ hoàn thành").await;
    let n = |s: &str| s.replace('.', "").parse::<i64>().expect("a count");
    assert_eq!(
        n(&overdue_after),
        n(&overdue_before) - 1,
        "overdue count on the overview"
    );
    assert_ne!(completion_after, completion_before, "completion rate on the overview");

    // At phone width the pages fit the screen (wide tables scroll inside their box).
    for (name, url) in [
        ("06-overview-phone", format!("{base}/tong-quan")),
        ("07-task-phone", task_url.to_string()),
    ] {
        d.goto(url).await?;
        find_text(&d, "h1", "").await;
        shot(&d, &dir, name, 390).await?;
        d.set_window_rect(0, 0, 390, 844).await?;
        let wide: Vec<String> = d.execute(TOO_WIDE, vec![]).await?.convert()?;
        assert!(wide.is_empty(), "{name}: wider than a 390px phone: {wide:?}");
        // The header stays compact: brand and tools, one scrollable menu row, the search box.
        let header: f64 = d.execute(HEADER_HEIGHT, vec![]).await?.convert()?;
        assert!(header <= 160.0, "{name}: the header is {header}px tall on a phone");
        d.set_window_rect(0, 0, 1280, 900).await?;
    }

    // On a wide screen the header is one row, in Vietnamese too.
    let header: f64 = d.execute(HEADER_HEIGHT, vec![]).await?.convert()?;
    assert!(header <= 80.0, "the header is {header}px tall at 1280px");

    // The English switch, remembered for the next page.
    d.goto(format!("{base}/tong-quan")).await?;
    find_text(&d, "header form.lang button", "English")
        .await
        .click()
        .await?;
    find_text(&d, "h1", "Overview: Quận Long Biên").await;
    d.goto(task_url.to_string()).await?;
    find_text(&d, "#status", "Completed late").await;
    let lang = d.find(By::Tag("html")).await?.attr("lang").await?;
    assert_eq!(lang.as_deref(), Some("en"));
    shot(&d, &dir, "08-task-english", 1280).await?;

    // Accessibility: axe-core's WCAG A/AA rules on every key page, in English and (after
    // switching back) in Vietnamese, on a wide screen and a phone; then the keyboard path.
    let urls: Vec<String> = pages
        .iter()
        .map(|p| format!("{base}{p}"))
        .chain([task_url.to_string()])
        .collect();
    match std::fs::read_to_string(AXE) {
        Ok(axe) => {
            let mut found = Vec::new();
            audit_all(&d, &axe, &urls, &mut found).await?;
            back_to_vietnamese(&d, &base).await?;
            audit_all(&d, &axe, &urls, &mut found).await?;
            // A form showing its errors, and the sign-in page.
            d.goto(format!("{base}/nhiem-vu/moi?ke_hoach={}", pages_plan(&pages)))
                .await?;
            click(&d, "form.entity-form button[type=submit]").await?;
            find_text(&d, ".field-error", "").await;
            d.execute(&axe, vec![]).await?;
            let errs: Vec<String> = d.execute_async(AXE_RUN, vec![]).await?.convert()?;
            found.extend(errs.into_iter().map(|v| format!("task form with errors: {v}")));
            assert!(found.is_empty(), "accessibility violations:\n{}", found.join("\n"));
            eprintln!(
                "axe-core: no violations on {} pages × 2 languages × 2 widths",
                urls.len()
            );
        }
        Err(_) if std::env::var_os("CI").is_some() => {
            panic!("{AXE} is missing: run `npm ci --prefix crates/web/tests/browser` (.ci/run does)")
        }
        Err(_) => {
            eprintln!("accessibility audit skipped: axe-core not installed ({AXE})");
            back_to_vietnamese(&d, &base).await?;
        }
    }
    for url in &urls {
        keyboard(&d, url).await?;
    }
    click(&d, "form[action='/dang-xuat'] button").await?;
    find_text(&d, "h1", "Đăng nhập").await;
    keyboard(&d, &format!("{base}/dang-nhap")).await
}

/// The language switch back to Vietnamese, remembered for the next pages (the sign-in page
/// the scenario ends on included).
async fn back_to_vietnamese(d: &WebDriver, base: &str) -> WebDriverResult<()> {
    d.goto(format!("{base}/tong-quan")).await?;
    find_text(d, "header form.lang button", "Tiếng Việt")
        .await
        .click()
        .await?;
    find_text(d, "h1", "Tổng quan: Quận Long Biên").await;
    Ok(())
}

/// The plan id in the document page's address among the audited pages.
fn pages_plan(pages: &[String]) -> &str {
    pages
        .iter()
        .find_map(|p| p.strip_prefix("/van-ban/"))
        .expect("a document page among the audited pages")
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

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn sign_in_drill_down_report_and_complete() {
    if !Path::new(CHROMEDRIVER).exists() {
        if std::env::var_os("CI").is_some() {
            panic!("{CHROMEDRIVER} is missing: install Debian's chromium and chromium-driver (.ci/run does)");
        }
        eprintln!("skipped: chromium-driver not installed");
        return;
    }
    let started = Instant::now();
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../artifacts/screenshots");
    std::fs::create_dir_all(&dir).expect("screenshot dir");
    let app = TestApp::spawn(store::Backend::Sqlite).await.expect("a SQLite app");

    // A specialist of the district office, like the demo's chuyenvien.longbien.
    let lb = unit(&app, "Quận Long Biên").await;
    let hash = store::accounts::hash_password(PASSWORD).expect("hash");
    let user = store::accounts::NewUser {
        login: "chuyenvien.lb".into(),
        display_name: "Chuyên viên Văn phòng Quận ủy".into(),
        password: String::new(),
        person_id: None,
        roles: vec![store::accounts::RoleBinding {
            role: Role::Specialist,
            unit_id: Some(lb),
        }],
    };
    let mut tx = app.db.db.write().await.expect("tx");
    store::accounts::create_user(&mut tx, &user, &hash).await.expect("user");
    tx.commit().await.expect("commit");

    // The key pages audited for accessibility (beside the task the scenario works on).
    let ward = unit(&app, "Phường Đức Giang").await;
    let plan = app.document_id("215-KH/QU").await;
    let pages = vec![
        "/tong-quan".to_string(),
        format!("/tong-quan?don_vi={ward}"),
        format!("/don-vi/{lb}"),
        format!("/van-ban/{plan}"),
        "/nhiem-vu?trang_thai=overdue".to_string(),
        format!("/chi-tieu?don_vi={lb}&ky=2020"),
        "/tim-kiem?q=quan%20uy%20long%20bien".to_string(),
        "/nhap-ke-hoach".to_string(),
        format!("/don-vi/moi?cap_tren={lb}"),
        "/viec".to_string(),
        "/van-ban".to_string(),
    ];

    let driver = Driver::start();
    let session = driver.session().await;
    let base = app.base.clone();
    let result = session.run_and_quit(|d| scenario(d, base, dir, pages)).await;
    drop(driver);
    app.finish().await;
    result.expect("the browser scenario");
    eprintln!("browser scenario took {:.1}s", started.elapsed().as_secs_f64());
}
