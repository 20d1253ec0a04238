//! Settings the pages follow: the user's language, the installation's red/amber/green
//! thresholds.

use super::*;
use domain::rag::Thresholds;

/// The count of red ("Chậm") badges in the by-unit table of a page.
fn red_rows(body: &str) -> usize {
    body.matches("<span class=\"badge red\">Chậm</span>").count()
}

/// The count of green ("Tốt") badges in the by-unit table of a page.
fn green_rows(body: &str) -> usize {
    body.matches("<span class=\"badge green\">Tốt</span>").count()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn red_amber_green_thresholds_are_the_installations() {
    let shipped = TestApp::spawn(store::Backend::Sqlite).await.expect("app");
    setup(&shipped).await;
    let page = Browser::login(&shipped, "lanhdao.lb").await.ok("/tong-quan").await;
    assert!(
        page.contains("ít nhất 90% nhiệm vụ đến hạn"),
        "the legend states the shipped rule"
    );
    let red_shipped = red_rows(&page);
    let green_shipped = green_rows(&page);
    shipped.finish().await;

    // An installation that tolerates far more before calling a unit behind.
    let lenient = Thresholds {
        green_on_time_min: 50.0,
        red_overdue_share_min: 100.0,
        red_completion_below: 20.0,
    };
    let app = TestApp::spawn_with(store::Backend::Sqlite, lenient).await.expect("app");
    setup(&app).await;
    let page = Browser::login(&app, "lanhdao.lb").await.ok("/tong-quan").await;
    assert!(
        page.contains("ít nhất 50% nhiệm vụ đến hạn") && page.contains("từ 100% nhiệm vụ quá hạn"),
        "the legend states the thresholds in force"
    );
    assert!(
        red_rows(&page) < red_shipped,
        "lenient thresholds leave fewer units red ({} < {red_shipped})",
        red_rows(&page)
    );
    assert!(green_rows(&page) >= green_shipped, "no green unit turns amber or red");
    let unit = Browser::login(&app, "lanhdao.lb")
        .await
        .ok(&format!("/don-vi/{}", unit(&app, "Quận Long Biên").await))
        .await;
    assert!(
        unit.contains("dưới 20% nhiệm vụ đến hạn"),
        "the unit page follows them too"
    );
    app.finish().await;
}

/// The language cookie a fresh browser gets when the leader signs in.
async fn language_at_sign_in(app: &TestApp) -> Option<String> {
    let form = [("login", "lanhdao.lb"), ("password", PASSWORD), ("next", "")];
    Browser::new(app)
        .post("/dang-nhap", &form)
        .await
        .set_cookie("dondoc_lang")
}

both!(the_language_is_the_accounts, |app| async move {
    let app: Arc<TestApp> = app;
    setup(&app).await;
    let b = Browser::login(&app, "lanhdao.lb").await;
    let p = b.post("/ngon-ngu", &[("lang", "en"), ("next", "/tong-quan")]).await;
    assert_eq!(p.status, StatusCode::SEE_OTHER);
    assert_eq!(p.location(), "/tong-quan");
    // The choice is the account's: signing in from another browser brings it along.
    assert_eq!(language_at_sign_in(&app).await.as_deref(), Some("dondoc_lang=en"));
    // A switch posted from another site is refused and changes nothing.
    let forged = b
        .send(
            b.client
                .post(format!("{}/ngon-ngu", b.base))
                .header("sec-fetch-site", "cross-site")
                .form(&[("lang", "vi")]),
        )
        .await;
    assert_eq!(forged.status, StatusCode::FORBIDDEN);
    assert_eq!(language_at_sign_in(&app).await.as_deref(), Some("dondoc_lang=en"));
    // Switching back is kept too.
    b.post("/ngon-ngu", &[("lang", "vi"), ("next", "/")]).await;
    assert_eq!(language_at_sign_in(&app).await.as_deref(), Some("dondoc_lang=vi"));
});
