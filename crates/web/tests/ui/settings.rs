//! Installation settings the pages follow: the red/amber/green thresholds.

use super::*;
use domain::rag::Thresholds;

/// The count of red ("Chậm") badges in the by-unit table of a page.
fn red_rows(body: &str) -> usize {
    body.matches("<span class=\"badge red\">Chậm</span>").count()
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
    shipped.finish().await;

    let strict = Thresholds {
        green_on_time_min: 99.5,
        red_overdue_share_min: 1.0,
        red_completion_below: 95.0,
    };
    let app = TestApp::spawn_with(store::Backend::Sqlite, strict).await.expect("app");
    setup(&app).await;
    let page = Browser::login(&app, "lanhdao.lb").await.ok("/tong-quan").await;
    assert!(
        page.contains("ít nhất 99,5% nhiệm vụ đến hạn") && page.contains("từ 1% nhiệm vụ quá hạn"),
        "the legend states the thresholds in force"
    );
    assert!(
        red_rows(&page) > red_shipped,
        "stricter thresholds turn more units red ({} > {red_shipped})",
        red_rows(&page)
    );
    let unit = Browser::login(&app, "lanhdao.lb")
        .await
        .ok(&format!("/don-vi/{}", unit(&app, "Quận Long Biên").await))
        .await;
    assert!(
        unit.contains("dưới 95% nhiệm vụ đến hạn"),
        "the unit page follows them too"
    );
    app.finish().await;
}
