//! `/don-vi/{id}`: a unit's record, tasks (lead / cooperating), people, documents; and the
//! links to it from search and the overview.

use super::*;

both!(unit_page_of_a_ward_and_a_district, |app| async move {
    let app: Arc<TestApp> = app;
    let (lb, hbt, bode) = setup(&app).await;
    let b = Browser::login(&app, "lanhdao.lb").await;

    let body = b.ok(&format!("/don-vi/{lb}")).await;
    assert!(body.contains("<h1>Quận Long Biên</h1>"), "{body}");
    assert!(body.contains("Kết quả thực hiện nhiệm vụ"));
    assert!(
        body.contains(&format!("href=\"/tong-quan?don_vi={lb}\"")),
        "a link to the overview"
    );
    assert!(
        body.contains(&format!("href=\"/don-vi/{bode}\">Phường Bồ Đề</a>")),
        "subunits link down"
    );
    assert!(body.contains("badge"), "a RAG badge");
    assert!(!body.contains("style=\"") && !crate::inline_script(&body));
    assert!(body.len() < 100_000, "the district's page is {} bytes", body.len());

    // The ward: the tasks its bodies lead, counted as the API counts them, one page shown.
    let lead = app.get(&format!("/api/v1/tasks?within={bode}&limit=1")).await["total"]
        .as_i64()
        .unwrap();
    assert!(lead > 0, "the demo ward has tasks");
    let ward = b.ok(&format!("/don-vi/{bode}")).await;
    assert!(
        ward.contains(&format!(
            "aria-current=\"page\">Chủ trì (gồm đơn vị trực thuộc) ({lead})</a>"
        )),
        "{ward}"
    );
    assert!(
        unescape(&ward).contains(&format!("<a href=\"/don-vi/{lb}\">Quận Long Biên</a>")),
        "breadcrumbs"
    );
    let rows = ward.matches("href=\"/nhiem-vu/").count() as i64;
    assert_eq!(rows, lead.min(50), "one page of lead tasks");
    assert_eq!(ward.contains("Trang sau"), lead > 50);

    // A unit cooperating on tasks: the other tab lists them.
    let coop_unit = unit(&app, "Ban Tuyên giáo Quận ủy Long Biên").await;
    let coop = app
        .get(&format!("/api/v1/tasks?cooperating_unit_id={coop_unit}&limit=1"))
        .await["total"]
        .as_i64()
        .unwrap();
    assert!(coop > 0, "the demo's propaganda board cooperates");
    let coop_page = b.ok(&format!("/don-vi/{coop_unit}?xem=phoi-hop")).await;
    assert!(
        coop_page.contains(&format!("aria-current=\"page\">Phối hợp ({coop})</a>")),
        "{coop_page}"
    );
    assert_eq!(coop_page.matches("href=\"/nhiem-vu/").count() as i64, coop.min(50));

    // People: heads first.
    let people = app.get(&format!("/api/v1/people?within={bode}&limit=100")).await;
    let people = people["items"].as_array().unwrap();
    assert!(!people.is_empty());
    let head = people
        .iter()
        .find(|p| p["is_head"] == true)
        .expect("the ward has a head");
    let other = people.iter().find(|p| p["is_head"] == false).expect("and staff");
    let at = |name: &str| ward.find(name).unwrap_or_else(|| panic!("{name} missing"));
    assert!(at(head["name"].as_str().unwrap()) < at(other["name"].as_str().unwrap()));
    assert!(ward.contains("id=\"can-bo\""));

    // Out of scope: not found; a bad page number is a bad request.
    assert_eq!(b.get(&format!("/don-vi/{hbt}")).await.status, StatusCode::NOT_FOUND);
    assert_eq!(
        b.get(&format!("/don-vi/{bode}?trang=x")).await.status,
        StatusCode::BAD_REQUEST
    );

    // Search hits for units and people, and the overview, link here.
    let found = b.ok("/tim-kiem?q=phuong%20bo%20de").await;
    assert!(found.contains(&format!("href=\"/don-vi/{bode}\"")), "{found}");
    let name = head["name"].as_str().unwrap();
    let found = b.ok(&format!("/tim-kiem?q={}", urlencode(name))).await;
    let home = head["unit_id"].as_i64().unwrap();
    assert!(found.contains(&format!("href=\"/don-vi/{home}#can-bo\"")), "{found}");
    let overview = b.ok("/tong-quan").await;
    assert!(overview.contains(&format!("href=\"/don-vi/{lb}\"")));

    // English.
    let mut en = Browser::login(&app, "lanhdao.lb").await;
    en.cookies.push("dondoc_lang=en".into());
    let body = en.ok(&format!("/don-vi/{bode}")).await;
    assert!(body.contains(">As lead unit (") && body.contains("People ("), "{body}");
});
