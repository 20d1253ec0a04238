//! "Xếp hạng thi đua" (issue 12): Long Biên's units ranked for October 2023 — ranks follow the
//! points, each unit's on-time share, days late and targets are the dashboard's own counts, the history and the Excel
//! file come with it, the API gives the same places, and another district cannot read it.

use super::*;

both!(units_are_ranked_from_the_dashboards_figures, |app| async move {
    let app: Arc<TestApp> = app;
    let (lb, hbt, _) = setup(&app).await;
    let leader = Browser::login(&app, "lanhdao.lb").await;
    let body = leader.ok(&format!("/thi-dua?don_vi={lb}&ky=2023-10")).await;
    let text = unescape(&body);
    assert!(text.contains("<h1>Xếp hạng thi đua: Quận Long Biên</h1>"), "{body}");
    assert!(text.contains("Tháng 5/2023"), "five earlier months are shown: {body}");

    // The API gives the places; they follow the points (equal points share a place).
    let api = app.get(&format!("/api/v1/rankings?within={lb}&period=2023-10")).await;
    let rows = api["rows"].as_array().expect("rows");
    assert!(rows.len() >= 10, "Long Biên's units are ranked: {api}");
    for pair in rows.windows(2) {
        let (a, b) = (&pair[0], &pair[1]);
        let (ta, tb) = (a["total_value"].as_f64().unwrap(), b["total_value"].as_f64().unwrap());
        assert!(ta >= tb, "sorted by points: {a} then {b}");
        let (ra, rb) = (a["rank"].as_u64().unwrap(), b["rank"].as_u64().unwrap());
        assert!(
            if ta == tb { ra == rb } else { rb > ra },
            "places follow points: {a} then {b}"
        );
    }
    assert_eq!(rows[0]["rank"], 1);
    // Every unit on the page, in the API's order.
    let mut at = 0;
    for r in rows {
        let name = r["unit_name"].as_str().unwrap();
        let pos = text[at..]
            .find(name)
            .unwrap_or_else(|| panic!("{name} missing or out of order"));
        at += pos;
    }

    // The on-time share of each unit is the roll-up's: on time / (on time + late + overdue).
    let rollup = app.get(&format!("/api/v1/rollup?unit_id={lb}&period=2023-10")).await;
    for r in rows {
        let child = rollup["children"]
            .as_array()
            .unwrap()
            .iter()
            .find(|c| c["unit_id"] == r["unit_id"] && c["own"] == false)
            .expect("the unit is a child in the roll-up");
        let by = &child["counts"]["by_status"];
        let n = |s: &str| by[s].as_u64().unwrap_or(0);
        assert_eq!(
            r["figures"]["tasks_on_time"].as_u64(),
            Some(n("completed_on_time")),
            "{r}"
        );
        assert_eq!(
            r["figures"]["tasks_due"].as_u64(),
            Some(n("completed_on_time") + n("completed_late") + n("overdue")),
            "{r}"
        );
        assert_eq!(r["figures"]["overdue_tasks"].as_u64(), Some(n("overdue")), "{r}");
    }
    // Each place is explained in sentences.
    assert!(text.contains("điểm"), "{body}");
    // The history (the five months before, read together) gives each unit the place the API
    // gives it for that month alone.
    let mut history_places = 0;
    for month in 5..=9 {
        let earlier = app
            .get(&format!("/api/v1/rankings?within={lb}&period=2023-{month:02}"))
            .await;
        for r in rows {
            let id = r["unit_id"].as_i64().unwrap();
            let place = earlier["rows"]
                .as_array()
                .unwrap()
                .iter()
                .find(|e| e["unit_id"].as_i64() == Some(id))
                .map_or_else(|| "—".to_string(), |e| e["rank"].to_string());
            let start = text.find(&format!("/don-vi/{id}\"")).expect("the unit's row");
            let row = &text[start..start + text[start..].find("</tr>").unwrap()];
            let cell = format!("data-label=\"Tháng {month}/2023\">{place}</td>");
            assert!(row.contains(&cell), "{cell} in {row}");
            history_places += usize::from(place != "—");
        }
    }
    assert!(history_places > 0, "earlier months have places");

    // The same table as a workbook.
    let x = leader.get(&format!("/thi-dua/xuat-excel?don_vi={lb}&ky=2023-10")).await;
    assert_eq!(x.status, StatusCode::OK);
    assert!(
        x.headers
            .get("content-type")
            .and_then(|v| v.to_str().ok())
            .is_some_and(|v| v.contains("spreadsheetml")),
        "{:?}",
        x.headers
    );

    // A year: the targets count (the wards' 2023 targets), and the years before are shown.
    let year = app.get(&format!("/api/v1/rankings?within={lb}&period=2023")).await;
    let with_targets = year["rows"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|r| r["figures"]["targets"].as_u64().unwrap_or(0) > 0)
        .count();
    assert!(with_targets > 0, "targets count in a year's ranking: {year}");
    // Each unit's days late and targets are those of its own roll-up for the year.
    let mut late_units = 0;
    for r in year["rows"].as_array().unwrap() {
        let own = app
            .get(&format!(
                "/api/v1/rollup?unit_id={}&period=2023&overdue_limit=500",
                r["unit_id"]
            ))
            .await;
        let listed = own["overdue"].as_array().unwrap();
        assert_eq!(own["overdue_total"].as_u64(), Some(listed.len() as u64), "{own}");
        let days: i64 = listed.iter().map(|t| t["days_late"].as_i64().unwrap()).sum();
        assert_eq!(r["figures"]["overdue_days"].as_i64(), Some(days), "{r}");
        late_units += usize::from(days > 0);
        let t = &own["targets"];
        let n = |k: &str| t[k].as_i64().unwrap();
        assert_eq!(
            r["figures"]["targets"].as_i64(),
            Some(n("total") - n("pending")),
            "{r} {t}"
        );
        assert_eq!(
            r["figures"]["targets_met"].as_i64(),
            Some(n("met") + n("exceeded")),
            "{r} {t}"
        );
        assert_eq!(
            r["figures"]["targets_exceeded"].as_i64(),
            Some(n("exceeded")),
            "{r} {t}"
        );
    }
    assert!(late_units > 0, "some unit has overdue tasks in 2023: {year}");
    let page = unescape(&leader.ok(&format!("/thi-dua?don_vi={lb}&ky=2023")).await);
    assert!(page.contains("Năm 2022"), "{page}");

    // Another district's leader does not read Long Biên's ranking; a bad month is refused.
    account(&app, "lanhdao.hbt", Role::Leader, Some(hbt)).await;
    let other = Browser::login(&app, "lanhdao.hbt").await;
    assert_eq!(
        other.get(&format!("/thi-dua?don_vi={lb}&ky=2023-10")).await.status,
        StatusCode::NOT_FOUND
    );
    let (s, _) = app
        .call(
            reqwest::Method::GET,
            &format!("/api/v1/rankings?within={lb}&period=thang-muoi"),
            None,
        )
        .await;
    assert_eq!(s, StatusCode::UNPROCESSABLE_ENTITY);
});
