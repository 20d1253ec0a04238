//! The duties a unit's officer meets every month, in the real browser: on a phone, a ward
//! officer reports a chi bộ's October meeting done with a photo of the minutes (issue 13); the
//! bell in the header counts unread notifications, and reading them in the inbox makes the
//! count drop, then go (issue 14). Screenshots go to `artifacts/screenshots/`.

use super::journeys::{account, sign_in};
use super::*;
use serde_json::json;

/// A 1×1 PNG: the photo of the minutes.
const PNG: &[u8] = b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\0\x01\0\0\0\x01\x08\x06\0\0\0\x1f\x15\xc4\x89\
\0\0\0\rIDAT\x78\xda\x63\x50\x48\x58\xf0\x1f\x00\x03\xe4\x02\x20\xa4\xd8\x1c\xcc\0\0\0\0IEND\xaeB`\x82";

/// The width of the whole page, scrolled content included.
const SCROLL_WIDTH: &str = "return document.documentElement.scrollWidth";

/// The number on the bell in the header, or None when it shows none.
async fn bell(d: &WebDriver) -> WebDriverResult<Option<i64>> {
    let counts = d.find_all(By::Css("header a.bell .count")).await?;
    match counts.first() {
        None => Ok(None),
        Some(c) => Ok(Some(c.text().await?.trim().parse().expect("the bell shows a number"))),
    }
}

/// The requirement page's count after this label (`#req-done`, `#req-late`…).
async fn count(d: &WebDriver, id: &str) -> WebDriverResult<i64> {
    let t = d.find(By::Id(id)).await?.text().await?;
    Ok(t.trim().replace('.', "").parse().expect("a count"))
}

/// The page fits a 390 px phone: nothing sticks out, nothing scrolls sideways.
async fn fits_phone(d: &WebDriver, name: &str) -> WebDriverResult<()> {
    d.set_window_rect(0, 0, 390, 844).await?;
    let wide: Vec<String> = d.execute(TOO_WIDE, vec![]).await?.convert()?;
    assert!(wide.is_empty(), "{name}: wider than a 390px phone: {wide:?}");
    let scroll: i64 = d.execute(SCROLL_WIDTH, vec![]).await?.convert()?;
    assert!(scroll <= 390, "{name}: the page is {scroll}px wide on a 390px phone");
    Ok(())
}

struct Meeting {
    requirement: i64,
    ward: i64,
    cell: String,
    item: i64,
    photo: PathBuf,
    /// The ward's counts before, as the API reads them: (done, late).
    ward_before: (i64, i64),
}

async fn report_meeting(d: WebDriver, base: String, dir: PathBuf, m: Meeting) -> WebDriverResult<()> {
    // A ward officer, on a phone, lands on "Việc của tôi": the chi bộ's meeting is owed there.
    d.set_window_rect(0, 0, 390, 844).await?;
    sign_in(&d, &base, "phuong.hbt").await?;
    find_text(&d, "h1", "Việc của tôi").await;
    let owed = find_text(&d, "#mw-owed + ul li", "Sinh hoạt chính trị").await;
    assert!(owed.is_displayed().await?, "the owed requirements are shown");
    fits_phone(&d, "20-ward-my-work").await?;
    shot(&d, &dir, "20-ward-my-work-phone", 390).await?;
    d.set_window_rect(0, 0, 390, 844).await?;
    // The line of the cell's meeting (cells of a ward may share a name's beginning).
    let line = d
        .find(By::XPath(format!(
            "//h2[@id='mw-owed']/following-sibling::ul/li[a[substring(@href, string-length(@href) - {len} + 1) = '#muc-{item}']]",
            len = format!("#muc-{}", m.item).len(),
            item = m.item
        )))
        .await?;
    let text = line.text().await?;
    assert!(
        text.contains(&m.cell) && text.contains("Quá hạn"),
        "the owed line: {text}"
    );
    line.find(By::Css("a")).await?.click().await?;

    // The requirement under the cell: one card, late, its report form open.
    find_text(&d, "h1", "Sinh hoạt chính trị").await;
    let card = format!("#muc-{}", m.item);
    find_text(&d, &format!("{card} h3"), &m.cell).await;
    find_text(&d, &format!("{card} h3 .badge"), "Quá hạn").await;
    let (done, late) = (count(&d, "req-done").await?, count(&d, "req-late").await?);
    let url = d.current_url().await?;
    assert_eq!((done, late), (0, 1), "the cell's counts before its report at {url}");
    let key = format!("m{}", m.item);
    let held = d.find(By::Id(format!("{key}-held_on"))).await?;
    assert!(held.is_displayed().await?, "the report form is open for the only card");
    fits_phone(&d, "21-requirement-before").await?;
    shot(&d, &dir, "21-requirement-before-phone", 390).await?;
    d.set_window_rect(0, 0, 390, 844).await?;

    // The report as the form asks: date of the meeting, topic, attendance, a photo.
    fill(&d, &format!("#{key}-held_on"), "25/10/2023").await?;
    fill(
        &d,
        &format!("#{key}-topic"),
        "Quán triệt Chỉ thị số 24-CT/TU; tự phê bình và phê bình",
    )
    .await?;
    fill(&d, &format!("#{key}-present"), "18").await?;
    fill(&d, &format!("#{key}-expected"), "20").await?;
    fill(
        &d,
        &format!("#{key}-note"),
        "Chi bộ đã sinh hoạt, thảo luận và đăng ký thực hiện Chỉ thị 24-CT/TU.",
    )
    .await?;
    d.find(By::Id(format!("{key}-file")))
        .await?
        .send_keys(m.photo.display().to_string())
        .await?;
    shot(&d, &dir, "22-requirement-filled-phone", 390).await?;
    d.set_window_rect(0, 0, 390, 844).await?;
    click(&d, &format!("#form-{key} button[type=submit]")).await?;

    // Back on the card: done on 25/10/2023, 18 of 20 present, the photo attached, no form.
    find_text(&d, &format!("{card} h3 .badge"), "Đã thực hiện").await;
    let text = find_text(&d, &card, "25/10/2023").await.text().await?;
    assert!(text.contains("18/20"), "the attendance on the card: {text}");
    assert!(
        text.contains("đăng ký thực hiện Chỉ thị 24-CT/TU"),
        "the note on the card: {text}"
    );
    find_text(&d, &format!("{card} ul.evidence a"), "bien-ban-sinh-hoat").await;
    assert!(
        d.find_all(By::Id(format!("form-{key}"))).await?.is_empty(),
        "a reported item is not reported twice"
    );
    let (done, late) = (count(&d, "req-done").await?, count(&d, "req-late").await?);
    assert_eq!((done, late), (1, 0), "the cell's counts after its report");
    fits_phone(&d, "23-requirement-after").await?;
    shot(&d, &dir, "23-requirement-after-phone", 390).await?;

    // The ward's counts: one more done, one fewer late.
    d.goto(format!("{base}/yeu-cau/{}?don_vi={}", m.requirement, m.ward))
        .await?;
    find_text(&d, "h1", "Sinh hoạt chính trị").await;
    let (done, late) = (count(&d, "req-done").await?, count(&d, "req-late").await?);
    assert_eq!(
        (done, late),
        (m.ward_before.0 + 1, m.ward_before.1 - 1),
        "the ward's counts after the cell's report"
    );
    fits_phone(&d, "24-requirement-ward").await?;
    shot(&d, &dir, "24-requirement-ward-phone", 390).await?;

    // Both pages meet WCAG A/AA at both widths (axe-core, when installed: CI installs it).
    if let Ok(axe) = std::fs::read_to_string(AXE) {
        let mut found = Vec::new();
        let urls = [
            format!("{base}/yeu-cau/{}?don_vi={}", m.requirement, m.ward),
            format!("{base}/viec"),
        ];
        audit_all(&d, &axe, &urls, &mut found).await?;
        assert!(found.is_empty(), "accessibility violations:\n{}", found.join("\n"));
    }

    // "Việc của tôi" no longer lists the cell's meeting as owed.
    d.goto(format!("{base}/viec")).await?;
    find_text(&d, "h1", "Việc của tôi").await;
    let still: Vec<String> = d
        .execute(
            "return [...document.querySelectorAll('main a')].map(a => a.getAttribute('href'))",
            vec![],
        )
        .await?
        .convert()?;
    let anchor = format!("#muc-{}", m.item);
    assert!(
        !still.iter().any(|h| h.ends_with(&anchor)),
        "the reported item is no longer owed: {still:?}"
    );
    Ok(())
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn ward_officer_reports_a_cell_meeting_with_a_photo_on_a_phone() {
    if !Path::new(CHROMEDRIVER).exists() {
        if std::env::var_os("CI").is_some() {
            panic!("{CHROMEDRIVER} is missing: install Debian's chromium and chromium-driver (.ci/run does)");
        }
        eprintln!("skipped: chromium-driver not installed");
        return;
    }
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../artifacts/screenshots");
    std::fs::create_dir_all(&dir).expect("screenshot dir");
    let app = TestApp::spawn(store::Backend::Sqlite).await.expect("a SQLite app");

    // Hai Bà Trưng's requirement on the chi bộ's October 2023 meeting (plan 153-KH/QU).
    let listed = app.get("/api/v1/requirements?limit=200").await;
    let requirement = listed
        .as_array()
        .and_then(|a| {
            a.iter().find(|r| {
                r["title"]
                    .as_str()
                    .is_some_and(|t| t.contains("sinh hoạt chi bộ tháng 10/2023"))
            })
        })
        .and_then(|r| r["id"].as_i64())
        .expect("the October 2023 meeting requirement");
    // A ward with a chi bộ that has not reported: the ward's officer, the cell's item.
    let live = app.get(&format!("/api/v1/requirements/{requirement}")).await;
    let ward = live["by_child"]
        .as_array()
        .and_then(|a| a.iter().find(|c| c["counts"]["late"].as_i64() > Some(0)))
        .expect("a ward with a late chi bộ");
    let ward_before = (
        ward["counts"]["done"].as_i64().unwrap(),
        ward["counts"]["late"].as_i64().unwrap(),
    );
    let ward = ward["unit_id"].as_i64().unwrap();
    let items = app
        .get(&format!(
            "/api/v1/requirements/{requirement}/items?unit_id={ward}&shown=late"
        ))
        .await;
    let item = &items[0];
    let item_id = item["id"].as_i64().expect("a late item");
    let cell = item["unit_name"].as_str().expect("its unit").to_string();
    account(&app, "phuong.hbt", Role::UnitOfficer, ward, None).await;
    let photo = std::env::temp_dir().join(format!("bien-ban-sinh-hoat-{}.png", std::process::id()));
    std::fs::write(&photo, PNG).expect("the photo");

    let meeting = Meeting {
        requirement,
        ward,
        cell,
        item: item_id,
        photo: photo.clone(),
        ward_before,
    };
    let driver = Driver::start();
    let session = driver.session().await;
    let base = app.base.clone();
    let result = session.run_and_quit(|d| report_meeting(d, base, dir, meeting)).await;
    drop(driver);
    let _ = std::fs::remove_file(&photo);
    if result.is_ok() {
        // Reported, awaiting the district office's acceptance; the photo stored with it.
        let after = app
            .get(&format!("/api/v1/requirements/{requirement}/items?unit_id={ward}"))
            .await;
        let mine = after
            .as_array()
            .and_then(|a| a.iter().find(|i| i["id"] == item_id))
            .expect("the item");
        assert_eq!(mine["state"], "reported", "{mine}");
        assert_eq!(mine["done_on"], "2023-10-25", "{mine}");
        assert_eq!(
            (mine["present"].as_i64(), mine["expected"].as_i64()),
            (Some(18), Some(20))
        );
    }
    app.finish().await;
    result.expect("the ward officer's report");
}

/// The task names of the inbox's notices that are empty, hidden or white on the white page.
const READABLE_TASKS: &str = "return [...document.querySelectorAll('ul.notices li.notice-item')].flatMap(li => {
    const task = [...li.querySelectorAll('a, button')].filter(e => e.innerText.trim() !== 'Đã đọc');
    if (task.length !== 1) return ['no task named: ' + li.innerText.slice(0, 80)];
    const e = task[0], c = getComputedStyle(e).color;
    return e.innerText.trim() && e.offsetParent !== null && c !== 'rgb(255, 255, 255)' ? [] : [e.outerHTML.slice(0, 120) + ' ' + c];
  })";

struct Inbox {
    /// Unread notifications the officer holds, as the store counts them.
    unread: i64,
}

async fn bell_and_inbox(d: WebDriver, base: String, dir: PathBuf, i: Inbox) -> WebDriverResult<()> {
    // The bell counts the unread notifications on every page.
    d.set_window_rect(0, 0, 1366, 900).await?;
    sign_in(&d, &base, "phuong.bode").await?;
    find_text(&d, "h1", "Việc của tôi").await;
    assert_eq!(bell(&d).await?, Some(i.unread), "the bell on the first page");
    let label = d.find(By::Css("header a.bell")).await?.text().await?;
    assert!(
        label.contains("thông báo chưa đọc"),
        "the bell says what it counts: {label:?}"
    );
    shot(&d, &dir, "30-bell-desktop", 1366).await?;

    // Opened: the list shows the three, each marked new.
    d.find(By::Css("header a.bell")).await?.click().await?;
    find_text(&d, "h1", "Thông báo").await;
    assert!(d.current_url().await?.path().starts_with("/thong-bao"));
    let items = d.find_all(By::Css("ul.notices li.notice-item.unread")).await?;
    assert_eq!(items.len() as i64, i.unread, "every unread notification is listed");
    find_text(&d, "ul.notices li", "Đôn đốc thực hiện nhiệm vụ").await;
    find_text(&d, "ul.notices li", "báo cáo trước 25/11/2023").await;
    find_text(&d, "ul.notices li", "Yêu cầu giải trình").await;
    find_text(&d, "ul.notices li", "Đề nghị giải trình lý do chậm tiến độ").await;
    find_text(&d, "ul.notices li", "Được giao nhiệm vụ mới").await;
    find_text(&d, "ul.notices li", "Rà soát, cập nhật hồ sơ người có công").await;
    find_text(&d, "ul.notices li strong.new", "Mới").await;
    // Each names its task, readable on the page (not the header's white-on-white button).
    let unreadable: Vec<String> = d.execute(READABLE_TASKS, vec![]).await?.convert()?;
    assert!(unreadable.is_empty(), "tasks not readable in the inbox: {unreadable:?}");
    shot(&d, &dir, "31-inbox-desktop", 1366).await?;
    shot(&d, &dir, "31-inbox-phone", 390).await?;
    fits_phone(&d, "31-inbox").await?;
    assert_eq!(bell(&d).await?, Some(i.unread), "the bell at phone width");
    d.set_window_rect(0, 0, 1366, 900).await?;
    // The inbox with its unread items meets WCAG A/AA at both widths.
    match std::fs::read_to_string(AXE) {
        Ok(axe) => {
            let mut found = Vec::new();
            audit_all(&d, &axe, &[format!("{base}/thong-bao")], &mut found).await?;
            assert!(found.is_empty(), "accessibility violations:\n{}", found.join("\n"));
        }
        Err(_) if std::env::var_os("CI").is_some() => {
            panic!("{AXE} is missing: run `npm ci --prefix crates/web/tests/browser` (.ci/run does)")
        }
        Err(_) => eprintln!("accessibility audit skipped: axe-core not installed ({AXE})"),
    }
    d.set_window_rect(0, 0, 1366, 900).await?;

    // One marked read with its own button: one fewer on the bell and in the list.
    find_text(&d, "ul.notices li.unread button", "Đã đọc")
        .await
        .click()
        .await?;
    find_text(&d, "h1", "Thông báo").await;
    let deadline = Instant::now() + WAIT;
    while bell(&d).await? != Some(i.unread - 1) {
        assert!(Instant::now() < deadline, "the bell did not drop to {}", i.unread - 1);
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    let left = d.find_all(By::Css("ul.notices li.notice-item.unread")).await?;
    assert_eq!(left.len() as i64, i.unread - 1, "one fewer marked new");

    // Opening a notice's task reads it too: the new task, named in its notice.
    let title = "Rà soát, cập nhật hồ sơ người có công trên địa bàn phường";
    find_text(&d, "ul.notices li.unread", "Được giao nhiệm vụ mới")
        .await
        .find(By::Css(".notice-task button"))
        .await?
        .click()
        .await?;
    find_text(&d, "h1", title).await;
    assert!(d.current_url().await?.path().starts_with("/nhiem-vu/"));
    assert_eq!(bell(&d).await?, Some(i.unread - 2), "the bell after opening a task");

    // All the rest at once: the bell shows no number, the list keeps every item, none new.
    d.find(By::Css("header a.bell")).await?.click().await?;
    find_text(&d, "h1", "Thông báo").await;
    find_text(
        &d,
        "form[action='/thong-bao/da-doc'] button",
        "Đánh dấu tất cả là đã đọc",
    )
    .await
    .click()
    .await?;
    find_text(&d, "h1", "Thông báo").await;
    let deadline = Instant::now() + WAIT;
    while bell(&d).await?.is_some() {
        assert!(Instant::now() < deadline, "the bell still shows a number");
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    assert!(d.find_all(By::Css("ul.notices li.unread")).await?.is_empty());
    let all = d.find_all(By::Css("ul.notices li.notice-item")).await?;
    assert_eq!(all.len() as i64, i.unread, "read notifications stay listed");
    assert!(
        d.find_all(By::Css("form[action='/thong-bao/da-doc']"))
            .await?
            .is_empty(),
        "nothing left to mark read"
    );
    shot(&d, &dir, "32-inbox-read-desktop", 1366).await?;
    shot(&d, &dir, "32-inbox-read-phone", 390).await?;
    fits_phone(&d, "32-inbox-read").await?;
    Ok(())
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn bell_counts_unread_and_the_inbox_reads_them() {
    if !Path::new(CHROMEDRIVER).exists() {
        if std::env::var_os("CI").is_some() {
            panic!("{CHROMEDRIVER} is missing: install Debian's chromium and chromium-driver (.ci/run does)");
        }
        eprintln!("skipped: chromium-driver not installed");
        return;
    }
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../artifacts/screenshots");
    std::fs::create_dir_all(&dir).expect("screenshot dir");
    let app = TestApp::spawn(store::Backend::Sqlite).await.expect("a SQLite app");
    let lb = unit(&app, "Quận Long Biên").await;
    let bode = unit(&app, "Phường Bồ Đề").await;
    let near = [
        bode,
        unit(&app, "UBND phường Bồ Đề").await,
        unit(&app, "Đảng ủy phường Bồ Đề").await,
    ];
    account(&app, "phuong.bode", Role::UnitOfficer, bode, None).await;

    // Through the app, as the district's people would: its office assigns the ward's People's
    // Committee a new task; its leader urges an open task the ward leads and asks the ward to
    // explain the delay. The ward officer is told of each.
    let tasks = app.get(&format!("/api/v1/tasks?within={bode}&limit=500")).await;
    let open = tasks["items"]
        .as_array()
        .expect("tasks")
        .iter()
        .filter(|t| {
            !matches!(
                t["status"].as_str(),
                Some("completed_on_time" | "completed_late" | "cancelled")
            )
        })
        .find(|t| t["lead_unit_id"].as_i64().is_some_and(|u| near.contains(&u)))
        .and_then(|t| t["id"].as_i64())
        .expect("an open task the ward leads");
    let office = app.token_for("chuyenvien.lb", Role::Specialist, Some(lb), None).await;
    let leader = app.token_for("lanhdao.lb", Role::Leader, Some(lb), None).await;
    let plan = app.document_id("215-KH/QU").await;
    let acts = [
        (
            &office,
            "/api/v1/tasks".to_string(),
            json!({"plan_id": plan, "title": "Rà soát, cập nhật hồ sơ người có công trên địa bàn phường",
                   "lead_unit_id": near[1], "due_on": "2023-12-30"}),
        ),
        (
            &leader,
            format!("/api/v1/tasks/{open}/urges"),
            json!({"text": "Đề nghị đơn vị khẩn trương hoàn thành, báo cáo trước 25/11/2023"}),
        ),
        (
            &leader,
            format!("/api/v1/tasks/{open}/explanations"),
            json!({"text": "Đề nghị giải trình lý do chậm tiến độ", "answer_due_on": "2023-11-27"}),
        ),
    ];
    for (token, path, body) in acts {
        let (s, v) = app.call_as(Some(token), reqwest::Method::POST, &path, Some(body)).await;
        assert!(s.is_success(), "POST {path}: {s} {v}");
    }
    let unread = {
        let mut tx = app.db.db.read().await.expect("tx");
        let (user, _) = store::accounts::credentials(&mut tx, "phuong.bode")
            .await
            .expect("read")
            .expect("the officer");
        store::notify::unread_count(&mut tx, user).await.expect("count")
    };
    assert_eq!(unread, 3, "one notification for each act");

    let driver = Driver::start();
    let session = driver.session().await;
    let base = app.base.clone();
    let result = session
        .run_and_quit(|d| bell_and_inbox(d, base, dir, Inbox { unread }))
        .await;
    drop(driver);
    app.finish().await;
    result.expect("the bell and the inbox");
}
