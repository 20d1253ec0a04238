//! `/chi-tieu`: plan vs actual, outcomes, the headline and the chart.

use super::*;

both!(targets_of_long_bien_2020, |app| async move {
    let app: Arc<TestApp> = app;
    let (lb, hbt, _) = setup(&app).await;
    let b = Browser::login(&app, "lanhdao.lb").await;
    let body = b.ok(&format!("/chi-tieu?don_vi={lb}&ky=2020")).await;
    assert!(body.contains("id=\"headline\">16/16 đạt, 09/16 vượt</p>"), "{body}");
    assert!(body.contains("Thu ngân sách nhà nước trên địa bàn"));
    assert!(body.contains("5.540"), "Vietnamese thousands separator");
    assert_eq!(body.matches("<span class=\"badge green\">Vượt</span>").count(), 9);
    assert_eq!(body.matches("<tr><th scope=\"row\">").count(), 16);
    assert!(body.contains("<svg class=\"chart\""), "the plan-vs-actual chart");
    assert!(body.contains("Thực hiện so với kế hoạch (%)"));
    assert!(!body.contains("style=\""));

    // Default: the home unit and this year; a period without targets says so.
    let body = b.ok("/chi-tieu").await;
    assert!(body.contains("Chỉ tiêu: Quận Long Biên"));
    assert!(body.contains("<option value=\"2023\" selected>"));
    let body = b.ok(&format!("/chi-tieu?don_vi={lb}&ky=2015")).await;
    assert!(body.contains("Không có chỉ tiêu trong kỳ này."), "{body}");
    // The overview links here with its period.
    let overview = b.ok(&format!("/tong-quan?don_vi={lb}&ky=2020")).await;
    assert!(
        overview.contains(&format!("href=\"/chi-tieu?don_vi={lb}&amp;ky=2020\"")),
        "{overview}"
    );

    assert_eq!(
        b.get(&format!("/chi-tieu?don_vi={hbt}")).await.status,
        StatusCode::NOT_FOUND
    );
    assert_eq!(
        b.get(&format!("/chi-tieu?don_vi={lb}&ky=2020-Q9")).await.status,
        StatusCode::UNPROCESSABLE_ENTITY
    );
    let mut en = Browser::login(&app, "lanhdao.lb").await;
    en.cookies.push("dondoc_lang=en".into());
    let body = en.ok(&format!("/chi-tieu?don_vi={lb}&ky=2020")).await;
    assert!(body.contains("16/16 met, 9/16 exceeded"), "{body}");
});
