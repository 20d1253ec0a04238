//! Publishing to citizens: the office chooses, anyone reads `/cong-khai/{id}` without signing
//! in, the page never shows people's names, the sitemap lists it, and both publishing and
//! withdrawing are in the audit trail.

use super::*;

/// The plan ids offered on the settings page.
fn offered_plans(body: &str) -> Vec<String> {
    body.split("name=\"ke_hoach\" type=\"checkbox\" value=\"")
        .skip(1)
        .map(|s| s[..s.find('"').unwrap()].to_string())
        .collect()
}

async fn audit_actions(app: &TestApp, unit: i64) -> Vec<String> {
    let mut tx = app.db.db.read().await.expect("tx");
    store::audit::history(&mut tx, "publication", unit)
        .await
        .expect("history")
        .into_iter()
        .map(|e| e.action)
        .collect()
}

both!(public_page_of_long_bien, |app| async move {
    let app: Arc<TestApp> = app;
    let (lb, hbt, _) = setup(&app).await;
    account(&app, "chuyenvien.lb", Role::Specialist, Some(lb)).await;
    let anon = Browser::new(&app);
    assert_eq!(
        anon.get(&format!("/cong-khai/{lb}")).await.status,
        StatusCode::NOT_FOUND
    );

    let cv = Browser::login(&app, "chuyenvien.lb").await;
    let unit_page = cv.ok(&format!("/don-vi/{lb}")).await;
    assert!(unit_page.contains(&format!("/don-vi/{lb}/cong-khai")));
    let form = cv.ok(&format!("/don-vi/{lb}/cong-khai")).await;
    let plans = offered_plans(&form);
    assert!(!plans.is_empty(), "{form}");
    let intro = "Ủy ban nhân dân quận công khai kết quả thực hiện các kế hoạch năm 2020.";
    let p = cv
        .post(
            &format!("/don-vi/{lb}/cong-khai"),
            &[
                ("cong_khai", "1"),
                ("gioi_thieu", intro),
                ("ke_hoach", &plans[0]),
                ("chi_tieu", "1"),
                ("nam_chi_tieu", "2020"),
                ("nhiem_vu_trong_tam", "1"),
            ],
        )
        .await;
    assert_eq!(p.status, StatusCode::SEE_OTHER, "{}", p.body);
    assert_eq!(p.location(), format!("/don-vi/{lb}/cong-khai?da_luu=1"));
    assert_eq!(audit_actions(&app, lb).await, vec!["publish"]);

    // Anyone reads it, cached, with the targets headline and the chosen plan.
    let page = anon.get(&format!("/cong-khai/{lb}")).await;
    assert_eq!(page.status, StatusCode::OK, "{}", page.body);
    assert!(
        page.headers["cache-control"]
            .to_str()
            .unwrap()
            .starts_with("public, max-age="),
        "{:?}",
        page.headers
    );
    let body = unescape(&page.body);
    assert!(body.contains(intro));
    assert!(body.contains("16/16 đạt, 09/16 vượt"), "{body}");
    assert!(body.contains("Thu ngân sách nhà nước trên địa bàn"));
    let plan = app.get(&format!("/api/v1/documents/{}", plans[0])).await;
    assert!(body.contains(plan["symbol"].as_str().unwrap()), "{body}");
    // Never a person's name, a link into the application, or a form.
    let people = app.get(&format!("/api/v1/people?within={lb}&limit=500")).await;
    for person in people["items"].as_array().unwrap() {
        let name = person["name"].as_str().unwrap();
        assert!(!body.contains(name), "{name} is on the public page");
    }
    assert!(!body.contains("/nhiem-vu/"));
    assert!(!body.contains("<form"));
    // Listed in the sitemap.
    let sitemap = anon.get("/sitemap.xml").await;
    assert_eq!(sitemap.status, StatusCode::OK);
    assert!(
        sitemap.body.contains(&format!("/cong-khai/{lb}</loc>")),
        "{}",
        sitemap.body
    );

    // Bad input is named and nothing changes; a plan the office cannot see is refused.
    let p = cv
        .post(
            &format!("/don-vi/{lb}/cong-khai"),
            &[("cong_khai", "1"), ("chi_tieu", "1"), ("nam_chi_tieu", "hai nghìn")],
        )
        .await;
    assert_eq!(p.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(unescape(&p.body).contains("“Năm công khai chỉ tiêu”"), "{}", p.body);
    let other = app.get(&format!("/api/v1/documents?within={hbt}&limit=1")).await;
    let other = other["items"][0]["id"].as_i64().unwrap().to_string();
    let p = cv
        .post(
            &format!("/don-vi/{lb}/cong-khai"),
            &[("cong_khai", "1"), ("ke_hoach", &other)],
        )
        .await;
    assert_eq!(p.status, StatusCode::UNPROCESSABLE_ENTITY, "{}", p.body);
    assert_eq!(audit_actions(&app, lb).await, vec!["publish"]);

    // Only the office managing the unit's work publishes; others' units are not found.
    let leader = Browser::login(&app, "lanhdao.lb").await;
    let p = leader
        .post(&format!("/don-vi/{lb}/cong-khai"), &[("cong_khai", "0")])
        .await;
    assert_eq!(p.status, StatusCode::FORBIDDEN);
    assert_eq!(
        cv.get(&format!("/don-vi/{hbt}/cong-khai")).await.status,
        StatusCode::NOT_FOUND
    );

    // Withdrawn: gone for everyone, out of the sitemap, audited.
    let p = cv
        .post(&format!("/don-vi/{lb}/cong-khai"), &[("gioi_thieu", intro)])
        .await;
    assert_eq!(p.status, StatusCode::SEE_OTHER, "{}", p.body);
    assert_eq!(
        anon.get(&format!("/cong-khai/{lb}")).await.status,
        StatusCode::NOT_FOUND
    );
    assert!(
        !anon
            .get("/sitemap.xml")
            .await
            .body
            .contains(&format!("/cong-khai/{lb}<"))
    );
    assert_eq!(audit_actions(&app, lb).await, vec!["publish", "unpublish"]);
});
