//! The first-day journeys of each role, in the real browser (issue 10): staff report progress
//! from a phone; the district office assigns a task of the Quận ủy's plan to a ward People's
//! Committee; a ward officer splits a district task among its cells; a leader urges from the
//! overview. Screenshots of each page at 1280 and 390 px go to `artifacts/screenshots/`.

use super::*;

/// An account bound to a unit, optionally a person.
pub(super) async fn account(app: &TestApp, login: &str, role: Role, unit_id: i64, person_id: Option<i64>) {
    let hash = store::accounts::hash_password(PASSWORD).expect("hash");
    let user = store::accounts::NewUser {
        login: login.into(),
        display_name: format!("Cán bộ {login}"),
        password: String::new(),
        person_id,
        roles: vec![store::accounts::RoleBinding {
            role,
            unit_id: Some(unit_id),
        }],
    };
    let mut tx = app.db.db.write().await.expect("tx");
    store::accounts::create_user(&mut tx, &user, &hash).await.expect("user");
    tx.commit().await.expect("commit");
}

pub(super) async fn sign_in(d: &WebDriver, base: &str, login: &str) -> WebDriverResult<()> {
    d.delete_all_cookies().await?;
    d.goto(format!("{base}/dang-nhap")).await?;
    fill(d, "#login", login).await?;
    fill(d, "#password", PASSWORD).await?;
    click(d, "form[action='/dang-nhap'] button[type=submit]").await
}

/// Both widths of the current page, named after the journey step.
async fn shots(d: &WebDriver, dir: &Path, name: &str) -> WebDriverResult<()> {
    shot(d, dir, &format!("{name}-desktop"), 1280).await?;
    shot(d, dir, &format!("{name}-phone"), 390).await?;
    let wide: Vec<String> = {
        d.set_window_rect(0, 0, 390, 844).await?;
        let w = d.execute(TOO_WIDE, vec![]).await?.convert()?;
        d.set_window_rect(0, 0, 1280, 900).await?;
        w
    };
    assert!(wide.is_empty(), "{name}: wider than a 390px phone: {wide:?}");
    Ok(())
}

struct Cast {
    staff_task: i64,
    ward_task: i64,
    plan: i64,
    ward_pc: i64,
    cell: i64,
}

async fn journeys(d: WebDriver, base: String, dir: PathBuf, c: Cast) -> WebDriverResult<()> {
    // 1. Staff, on a phone: sign in, land on "Việc của tôi", open their task, report progress.
    d.set_window_rect(0, 0, 390, 844).await?;
    sign_in(&d, &base, "canbo.bode").await?;
    find_text(&d, "h1", "Việc của tôi").await;
    shots(&d, &dir, "10-staff-my-work").await?;
    d.find(By::Css(format!("main a[href='/nhiem-vu/{}']", c.staff_task)))
        .await?
        .click()
        .await?;
    find_text(&d, "#status", "").await;
    d.set_window_rect(0, 0, 390, 844).await?;
    // The progress form is open: it is what staff come for.
    fill(&d, "#percent", "85%").await?;
    fill(&d, "#ptext", "Đã hoàn thành 85% khối lượng, dự kiến xong trước hạn").await?;
    click(&d, "#form-progress button[type=submit]").await?;
    find_text(&d, "ol.timeline li", "Đã hoàn thành 85% khối lượng").await;
    find_text(&d, "ol.timeline li", "Báo cáo tiến độ 85%").await;
    shots(&d, &dir, "11-staff-reported").await?;

    // 2. The district office assigns a task of the Quận ủy's plan to a ward People's Committee.
    d.set_window_rect(0, 0, 1280, 900).await?;
    sign_in(&d, &base, "chuyenvien.lb").await?;
    find_text(&d, "h1", "Việc cần xử lý").await;
    shots(&d, &dir, "12-office-queue").await?;
    d.goto(format!("{base}/nhiem-vu/moi?ke_hoach={}", c.plan)).await?;
    find_text(&d, "h1", "").await;
    fill(
        &d,
        "#title",
        "Rà soát, cập nhật hồ sơ người có công trên địa bàn phường",
    )
    .await?;
    d.find(By::Css(format!("#lead_unit_id option[value='{}']", c.ward_pc)))
        .await
        .expect("the ward People's Committee is offered as lead unit")
        .click()
        .await?;
    fill(&d, "#due_on", "30/12/2023").await?;
    shots(&d, &dir, "13-office-assign-form").await?;
    click(&d, "form.entity-form button[type=submit]").await?;
    find_text(&d, "h1", "Rà soát, cập nhật hồ sơ người có công").await;
    find_text(&d, "main", "UBND phường Bồ Đề").await;
    find_text(&d, "main", "30/12/2023").await;
    shots(&d, &dir, "14-office-assigned").await?;

    // 3. A ward officer, on a phone, splits a district task its ward leads among its cells.
    d.set_window_rect(0, 0, 390, 844).await?;
    sign_in(&d, &base, "phuong.bode").await?;
    find_text(&d, "h1", "Việc của tôi").await;
    d.goto(format!("{base}/nhiem-vu/{}", c.ward_task)).await?;
    find_text(&d, "#split-task", "Phân công nhiệm vụ con")
        .await
        .click()
        .await?;
    find_text(&d, "h1", "").await;
    fill(&d, "#title", "Chi bộ tổ chức thảo luận, đăng ký thực hiện").await?;
    d.find(By::Css(format!("#lead_unit_id option[value='{}']", c.cell)))
        .await
        .expect("the ward's Party cell is offered")
        .click()
        .await?;
    shots(&d, &dir, "15-ward-split-form").await?;
    click(&d, "form.entity-form button[type=submit]").await?;
    find_text(&d, "h1", "Chi bộ tổ chức thảo luận").await;
    d.goto(format!("{base}/nhiem-vu/{}", c.ward_task)).await?;
    find_text(&d, "main", "Chi bộ tổ chức thảo luận, đăng ký thực hiện").await;
    shots(&d, &dir, "16-ward-split-done").await?;

    // 4. A leader urges from the overview: the overdue count leads to the list, then the task.
    d.set_window_rect(0, 0, 1280, 900).await?;
    sign_in(&d, &base, "lanhdao.lb").await?;
    find_text(&d, "h1", "Tổng quan: Quận Long Biên").await;
    d.find(By::XPath("//section[contains(@class,'cards')]//div[h2='Quá hạn']//a"))
        .await?
        .click()
        .await?;
    find_text(&d, "h1", "Nhiệm vụ").await;
    shots(&d, &dir, "17-leader-overdue-list").await?;
    d.find(By::Css("table.tasks tbody td.title a")).await?.click().await?;
    find_text(&d, "#status", "Quá hạn").await;
    find_text(&d, "details.action summary", "Đôn đốc").await.click().await?;
    fill(
        &d,
        "#utext",
        "Đề nghị đơn vị khẩn trương hoàn thành, báo cáo trước 25/11/2023",
    )
    .await?;
    click(&d, "form[action$='/don-doc'] button[type=submit]").await?;
    find_text(&d, "ol.timeline li", "khẩn trương hoàn thành, báo cáo trước 25/11/2023").await;
    shots(&d, &dir, "18-leader-urged").await?;
    Ok(())
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn first_day_journeys_of_each_role() {
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
    let ward_pc = unit(&app, "UBND phường Bồ Đề").await;
    let ward_party = unit(&app, "Đảng ủy phường Bồ Đề").await;

    // An open Bồ Đề task with a responsible person: that person's staff account.
    let tasks = app.get(&format!("/api/v1/tasks?within={bode}&limit=500")).await;
    let open = |t: &&serde_json::Value| {
        !matches!(
            t["status"].as_str(),
            Some("completed_on_time" | "completed_late" | "cancelled")
        )
    };
    let items = tasks["items"].as_array().expect("tasks");
    let staff = items
        .iter()
        .filter(open)
        .find(|t| t["responsible_id"].is_i64())
        .expect("an open ward task with a responsible person");
    // A task led by the ward's Party committee, to split among its cells.
    let ward_task = items
        .iter()
        .filter(open)
        .find(|t| t["lead_unit_id"].as_i64() == Some(ward_party))
        .expect("an open task of the ward's Party committee");
    let cells = app.get(&format!("/api/v1/units/{ward_party}/children")).await;
    let cell = cells
        .as_array()
        .and_then(|a| a.iter().find(|u| u["kind"] == "party_cell"))
        .and_then(|u| u["id"].as_i64())
        .expect("a Party cell of the ward");

    account(&app, "canbo.bode", Role::Staff, bode, staff["responsible_id"].as_i64()).await;
    account(&app, "chuyenvien.lb", Role::Specialist, lb, None).await;
    account(&app, "phuong.bode", Role::UnitOfficer, bode, None).await;
    account(&app, "lanhdao.lb", Role::Leader, lb, None).await;
    let cast = Cast {
        staff_task: staff["id"].as_i64().unwrap(),
        ward_task: ward_task["id"].as_i64().unwrap(),
        plan: app.document_id("215-KH/QU").await,
        ward_pc,
        cell,
    };

    let driver = Driver::start();
    let session = driver.session().await;
    let base = app.base.clone();
    let result = session.run_and_quit(|d| journeys(d, base, dir, cast)).await;
    drop(driver);
    app.finish().await;
    result.expect("the journeys");
}
