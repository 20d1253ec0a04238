//! The roll-up over the demo district: what a leader reads before a meeting.

use reqwest::StatusCode;

use crate::common::*;

both!(long_bien_roll_up, |app| async move {
    let lb = app.unit_id("quan long bien").await;
    let r = app.get(&format!("/api/v1/rollup?unit_id={lb}&period=2020")).await;
    assert_eq!(r["targets_headline"], "16/16 đạt, 09/16 vượt", "{}", r["targets"]);

    let r = app.get(&format!("/api/v1/rollup?unit_id={lb}&overdue_limit=100")).await;
    let totals = &r["totals"];
    let sum: i64 = totals["by_status"]
        .as_object()
        .unwrap()
        .values()
        .map(|v| v.as_i64().unwrap())
        .sum();
    assert_eq!(sum, totals["total"].as_i64().unwrap());
    // The children's lines add up to the subtree's totals.
    let child_sum: i64 = r["children"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["counts"]["total"].as_i64().unwrap())
        .sum();
    assert_eq!(child_sum, totals["total"].as_i64().unwrap());
    // The overdue list is complete here and sorted by days late, longest first.
    let overdue = r["overdue"].as_array().unwrap();
    assert_eq!(overdue.len() as i64, r["overdue_total"].as_i64().unwrap());
    assert!(!overdue.is_empty());
    let days: Vec<i64> = overdue.iter().map(|o| o["days_late"].as_i64().unwrap()).collect();
    assert!(days.windows(2).all(|w| w[0] >= w[1]), "{days:?}");
    assert!(overdue.iter().all(|o| o["status"] == "overdue"));

    // Long Biên's plan for the 2023 theme has its 47 key tasks.
    let kh = app.document_id("215-KH/QU").await;
    let key = app
        .get(&format!("/api/v1/tasks?plan_id={kh}&is_key=true&limit=1"))
        .await;
    assert_eq!(key["total"], 47);

    // A ward's roll-up counts only its own subtree.
    let bode = app.unit_id("phuong bo de").await;
    let w = app.get(&format!("/api/v1/rollup?unit_id={bode}")).await;
    let in_list = app.get(&format!("/api/v1/tasks?within={bode}&limit=1")).await["total"]
        .as_i64()
        .unwrap();
    assert_eq!(w["totals"]["total"].as_i64().unwrap(), in_list);
    assert!(in_list > 0);

    let (s, e) = app
        .call(
            reqwest::Method::GET,
            &format!("/api/v1/rollup?unit_id={lb}&period=2023-Q5"),
            None,
        )
        .await;
    assert_error(s, &e, StatusCode::UNPROCESSABLE_ENTITY, "invalid", Some("period"));

    // A missing or malformed parameter is named by its label, in Vietnamese, not by serde.
    let (s, e) = app.call(reqwest::Method::GET, "/api/v1/rollup", None).await;
    assert_error(s, &e, StatusCode::BAD_REQUEST, "bad_request", Some("unit_id"));
    assert_eq!(e["error"]["message"], "Thiếu tham số “Đơn vị”.", "{e}");
    let (s, e) = app.call(reqwest::Method::GET, "/api/v1/rollup?unit_id=abc", None).await;
    assert_error(s, &e, StatusCode::BAD_REQUEST, "bad_request", Some("unit_id"));
    assert_eq!(
        e["error"]["message"], "Giá trị của tham số “Đơn vị” không hợp lệ.",
        "{e}"
    );
});

// Without a unit, the roll-up covers everything the caller reads: for an administrator of the
// one-city demo, the city itself; for a ward's officer, their ward.
both!(rollup_of_what_the_caller_reads, |app| async move {
    let hn = app.unit_id("thanh pho ha noi").await;
    let whole = app.get("/api/v1/rollup/all").await;
    let city = app.get(&format!("/api/v1/rollup?unit_id={hn}")).await;
    assert_eq!(whole["unit_id"], hn, "{}", whole["unit_name"]);
    assert_eq!(whole["totals"], city["totals"]);
    assert_eq!(whole["children"], city["children"]);

    let bode = app.unit_id("phuong bo de").await;
    let officer = app
        .token_for("canbo.rollup", domain::access::Role::UnitOfficer, Some(bode), None)
        .await;
    let (s, mine) = as_(
        &app,
        &officer,
        reqwest::Method::GET,
        "/api/v1/rollup/all?period=2023",
        None,
    )
    .await;
    assert_eq!(s, StatusCode::OK, "{mine}");
    let ward = app.get(&format!("/api/v1/rollup?unit_id={bode}&period=2023")).await;
    assert_eq!(mine["unit_id"], bode);
    assert_eq!(mine["totals"], ward["totals"]);

    let (s, e) = app
        .call(reqwest::Method::GET, "/api/v1/rollup/all?period=2023-Q5", None)
        .await;
    assert_error(s, &e, StatusCode::UNPROCESSABLE_ENTITY, "invalid", Some("period"));
});

// A staff member reads their own tasks, no unit: "everything I read" as a roll-up is empty — not
// the whole installation's overdue tasks, key tasks and targets (what it gave before 07/12/2026).
both!(rollup_of_a_staff_member_lists_no_other_work, |app| async move {
    let bode = app.unit_id("phuong bo de").await;
    let person = app.get(&format!("/api/v1/tasks?within={bode}&limit=500")).await["items"]
        .as_array()
        .unwrap()
        .iter()
        .find_map(|t| t["responsible_id"].as_i64())
        .expect("a task with a responsible person");
    let staff = app
        .token_for("staff.rollup", domain::access::Role::Staff, Some(bode), Some(person))
        .await;
    let (s, r) = as_(&app, &staff, reqwest::Method::GET, "/api/v1/rollup/all", None).await;
    assert_eq!(s, StatusCode::OK, "{r}");
    assert_eq!(r["overdue"].as_array().map(Vec::len), Some(0), "{}", r["overdue"]);
    assert_eq!(r["key_open"].as_array().map(Vec::len), Some(0), "{}", r["key_open"]);
    assert_eq!(r["children"].as_array().map(Vec::len), Some(0), "{}", r["children"]);
    assert_eq!(r["totals"]["total"], 0);
    assert_eq!(r["targets"]["total"], 0, "{}", r["targets"]);
    // The administrator's roll-up of the same installation does list overdue work.
    let whole = app.get("/api/v1/rollup/all").await;
    assert!(!whole["overdue"].as_array().unwrap().is_empty());
});
