//! Conference invitation lists and roll-calls over HTTP: the demo briefing's list and its
//! roll-call at four wards; a district office generating a list from the audiences (the right
//! people at the right bridge points), refreshing it without losing a mark, adding and removing
//! by hand; wards marking their own point only; an absence without its reason, a mark before the
//! conference's day and another district's office refused, nothing written; every change
//! audited.

use domain::access::Role;
use reqwest::{Method, StatusCode};
use serde_json::{Value, json};

use crate::common::*;

/// The invitees of `list` at bridge point `point` (`None`: the main venue).
fn at(list: &Value, point: Option<i64>) -> Vec<Value> {
    list.as_array()
        .unwrap()
        .iter()
        .filter(|i| i["point_unit_id"].as_i64() == point)
        .cloned()
        .collect()
}

fn person_named(list: &Value, name: &str) -> Value {
    list.as_array()
        .unwrap()
        .iter()
        .find(|i| i["name"] == name)
        .cloned()
        .unwrap_or_else(|| panic!("{name} is not on the list: {list}"))
}

both!(the_demo_briefing_has_its_list_and_roll_call, |app| async move {
    let lb = app.unit_id("quan long bien").await;
    let bo_de = app.unit_id("phuong bo de").await;
    let cu_khoi = app.unit_id("phuong cu khoi").await;
    let list = app.get(&format!("/api/v1/conferences?within={lb}")).await;
    let briefing = list
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["conference"]["starts_on"] == "2023-01-12")
        .cloned()
        .expect("the briefing of 12/01/2023");
    let id = briefing["conference"]["id"].as_i64().unwrap();
    let invitees = app.get(&format!("/api/v1/conferences/{id}/invitees")).await;
    // Key cadres of the 14 wards, each at their ward's point: 5 a ward, 6 in Bồ Đề (two cells).
    assert_eq!(invitees.as_array().unwrap().len(), 71, "{invitees}");
    assert!(at(&invitees, None).is_empty(), "nobody at the main venue");
    let bo_de_list = at(&invitees, Some(bo_de));
    assert_eq!(bo_de_list.len(), 6);
    assert!(
        bo_de_list.iter().all(|i| i["audience_group"] == "key_cadres"),
        "{bo_de_list:?}"
    );
    // The ward's office clerk (no post, not a cadre) is not a key cadre.
    assert!(!bo_de_list.iter().any(|i| i["name"] == "Lại Lan Xuân"));
    let late = person_named(&invitees, "Trần Quang Trung");
    assert_eq!(late["attendance"], "late");
    let absent = person_named(&invitees, "Tạ Trọng Minh");
    assert_eq!(absent["attendance"], "absent");
    assert_eq!(absent["absence_reason"], "Ốm, điều trị tại bệnh viện (có đơn xin phép)");
    assert_eq!(absent["position"], "Bí thư Chi bộ");
    // Bồ Đề counts its roll-call (5 came of 6); Cự Khối what it reported.
    let point = |unit: i64| {
        briefing["points"]
            .as_array()
            .unwrap()
            .iter()
            .find(|p| p["unit_id"] == unit)
            .cloned()
            .unwrap()
    };
    let b = point(bo_de);
    assert_eq!((b["present"].as_i64(), b["expected"].as_i64()), (Some(39), Some(41)));
    assert_eq!(b["marks"]["attended"], 5);
    assert_eq!(b["marks"]["invited"], 6);
    assert!(point(cu_khoi)["marks"]["marked"] == 0, "listed, not marked");
    // Totals: the venue 93/96, ten wards as reported 353/367, four by roll-call 19/21.
    assert_eq!(briefing["reach"], "14/14 điểm cầu");
    assert_eq!(briefing["attendance"], "465/484 người, đạt 96,07 %", "{briefing}");
    // A ward's count is no longer typed once its people are marked.
    let (s, v) = app
        .post(
            &format!("/api/v1/conferences/{id}/attendance"),
            json!({"points": [{"unit_id": bo_de, "present": 40}]}),
        )
        .await;
    assert_eq!(s, StatusCode::UNPROCESSABLE_ENTITY, "{v}");
    assert_eq!(v["error"]["field"], "points[0].present");
    assert!(
        v["error"]["message"]
            .as_str()
            .unwrap()
            .contains("đã điểm danh từng người"),
        "{v}"
    );
});

both!(a_list_is_generated_marked_refreshed_and_kept, |app| async move {
    let lb = app.unit_id("quan long bien").await;
    let qu = app.unit_id("quan uy long bien").await;
    let (bo_de, duc_giang) = (app.unit_id("phuong bo de").await, app.unit_id("phuong duc giang").await);
    let office = app
        .token_for("inv.specialist.lb", Role::Specialist, Some(lb), None)
        .await;
    let body = json!({
        "host_unit_id": qu, "kind": "dissemination", "title": "Hội nghị quán triệt Nghị quyết cho đảng viên hai phường",
        "starts_on": "2023-10-05", "format": "hybrid", "venue": "Trụ sở Quận ủy Long Biên",
        "audiences": [{"group": "party_members"}],
        "bridge_points": [{"unit_id": bo_de, "expected": 7}, {"unit_id": duc_giang, "expected": 5}]
    });
    let (s, made) = as_(&app, &office, Method::POST, "/api/v1/conferences", Some(body.clone())).await;
    assert_eq!(s, StatusCode::CREATED, "{made}");
    let id = made["conference"]["id"].as_i64().unwrap();
    let list_at = format!("/api/v1/conferences/{id}/invitees");

    // Generated: the Party members working in each ward, at their ward's point.
    let (s, g) = as_(&app, &office, Method::POST, &format!("{list_at}/generate"), None).await;
    assert_eq!(s, StatusCode::OK, "{g}");
    let invitees = app.get(&list_at).await;
    let mut everyone = 0;
    for ward in [bo_de, duc_giang] {
        let people = app.get(&format!("/api/v1/people?within={ward}&limit=500")).await;
        let mut members: Vec<i64> = people["items"]
            .as_array()
            .unwrap()
            .iter()
            .filter(|p| p["party_member"] == true)
            .map(|p| p["id"].as_i64().unwrap())
            .collect();
        let mut listed: Vec<i64> = at(&invitees, Some(ward))
            .iter()
            .map(|i| i["person_id"].as_i64().unwrap())
            .collect();
        members.sort_unstable();
        listed.sort_unstable();
        assert_eq!(listed, members, "ward {ward}");
        everyone += people["items"].as_array().unwrap().len();
    }
    assert!(12 < everyone, "not everyone: {everyone}");
    assert_eq!(g["added"], 12, "{g}");
    assert_eq!(g["total"], 12);

    // Bồ Đề's officer marks Bồ Đề's people; not Đức Giang's.
    let officer = app
        .token_for("inv.officer.bode", Role::UnitOfficer, Some(bo_de), None)
        .await;
    let bo_de_people: Vec<i64> = at(&invitees, Some(bo_de))
        .iter()
        .map(|i| i["person_id"].as_i64().unwrap())
        .collect();
    let duc_giang_people: Vec<i64> = at(&invitees, Some(duc_giang))
        .iter()
        .map(|i| i["person_id"].as_i64().unwrap())
        .collect();
    let roll = format!("/api/v1/conferences/{id}/roll-call");
    let (s, v) = as_(
            &app,
            &officer,
            Method::POST,
            &roll,
            Some(json!({"marks": [
                {"person_id": bo_de_people[0], "mark": "present"},
                {"person_id": bo_de_people[1], "mark": "late"},
                {"person_id": bo_de_people[2], "mark": "absent", "absence_reason": "Đi công tác theo Quyết định của UBND quận"}
            ]})),
        )
        .await;
    assert_eq!(s, StatusCode::OK, "{v}");
    assert_eq!(v[2]["absence_reason"], "Đi công tác theo Quyết định của UBND quận");
    let (s, v) = as_(
            &app,
            &officer,
            Method::POST,
            &roll,
            Some(json!({"marks": [{"person_id": bo_de_people[3], "mark": "present"}, {"person_id": duc_giang_people[0], "mark": "present"}]})),
        )
        .await;
    // Đức Giang's people are not Bồ Đề's to see, let alone mark.
    assert!(
        matches!(s, StatusCode::FORBIDDEN | StatusCode::UNPROCESSABLE_ENTITY),
        "{s} {v}"
    );
    assert_eq!(v["error"]["field"], "marks[1].person_id");

    // An absence without its reason: refused by field, in Vietnamese; nothing of the batch
    // written.
    let (s, v) = as_(
            &app,
            &office,
            Method::POST,
            &roll,
            Some(json!({"marks": [{"person_id": duc_giang_people[0], "mark": "present"}, {"person_id": duc_giang_people[1], "mark": "absent", "absence_reason": "  "}]})),
        )
        .await;
    assert_error(
        s,
        &v,
        StatusCode::UNPROCESSABLE_ENTITY,
        "required",
        Some("marks[1].absence_reason"),
    );
    assert!(v["error"]["message"].as_str().unwrap().contains("Lý do vắng"), "{v}");
    let now = app.get(&list_at).await;
    assert!(
        at(&now, Some(duc_giang)).iter().all(|i| i["attendance"] == "invited"),
        "the refused batch wrote nothing"
    );
    assert!(
        at(&now, Some(bo_de))
            .iter()
            .filter(|i| i["attendance"] != "invited")
            .count()
            == 3
    );
    // Someone not on the list.
    let outsider = app.get(&format!("/api/v1/people?within={qu}&limit=1")).await["items"][0]["id"]
        .as_i64()
        .unwrap();
    let (s, v) = as_(
        &app,
        &office,
        Method::POST,
        &roll,
        Some(json!({"marks": [{"person_id": outsider, "mark": "present"}]})),
    )
    .await;
    assert_error(
        s,
        &v,
        StatusCode::UNPROCESSABLE_ENTITY,
        "unknown_reference",
        Some("marks[0].person_id"),
    );

    // Bồ Đề's count is now its roll-call: 2 came (one late) of 7 invited.
    let conf = app.get(&format!("/api/v1/conferences/{id}")).await;
    let point = conf["points"]
        .as_array()
        .unwrap()
        .iter()
        .find(|p| p["unit_id"] == bo_de)
        .cloned()
        .unwrap();
    assert_eq!(point["marks"]["attended"], 2, "{point}");
    assert_eq!(point["marks"]["late"], 1);
    assert_eq!(conf["attendance"], "2/7 người, đạt 28,57 %", "{conf}");

    // Refreshing changes nothing and keeps the marks.
    let (s, g) = as_(&app, &office, Method::POST, &format!("{list_at}/generate"), None).await;
    assert_eq!(s, StatusCode::OK, "{g}");
    assert_eq!(
        (g["added"].as_i64(), g["removed"].as_i64(), g["total"].as_i64()),
        (Some(0), Some(0), Some(12))
    );
    assert_eq!(app.get(&list_at).await, now, "the same list, the same marks");

    // A district leader added by hand, as a delegate at the main venue.
    let leader = app.get(&format!("/api/v1/people?unit_id={qu}&limit=50")).await["items"]
        .as_array()
        .unwrap()
        .iter()
        .find(|p| p["is_head"] == true)
        .and_then(|p| p["id"].as_i64())
        .unwrap();
    let (s, v) = as_(
        &app,
        &office,
        Method::POST,
        &list_at,
        Some(json!({"person_id": leader})),
    )
    .await;
    assert_eq!(s, StatusCode::CREATED, "{v}");
    assert_eq!(
        (v["by_hand"].as_bool(), v["audience_group"].as_str()),
        (Some(true), Some("delegates"))
    );
    assert!(v["point_unit_id"].is_null());
    let (s, v) = as_(
        &app,
        &office,
        Method::POST,
        &list_at,
        Some(json!({"person_id": leader})),
    )
    .await;
    assert_error(s, &v, StatusCode::UNPROCESSABLE_ENTITY, "invalid", Some("person_id"));
    // Someone of another district is not the district's to invite.
    let hbt = app.unit_id("quan hai ba trung").await;
    let other = app.get(&format!("/api/v1/people?within={hbt}&limit=1")).await["items"][0]["id"]
        .as_i64()
        .unwrap();
    let (s, v) = as_(&app, &office, Method::POST, &list_at, Some(json!({"person_id": other}))).await;
    assert_error(
        s,
        &v,
        StatusCode::UNPROCESSABLE_ENTITY,
        "unknown_reference",
        Some("person_id"),
    );

    // Đức Giang is no longer a bridge point: its unmarked people leave the list at the next
    // refresh; the marked ones and the hand-added leader stay.
    let (s, v) = as_(
        &app,
        &office,
        Method::POST,
        &roll,
        Some(json!({"marks": [{"person_id": duc_giang_people[0], "mark": "present"}]})),
    )
    .await;
    assert_eq!(s, StatusCode::OK, "{v}");
    let mut edited = body.clone();
    edited["version"] = json!(0);
    edited["bridge_points"] = json!([{"unit_id": bo_de, "expected": 7}]);
    let (s, v) = as_(
        &app,
        &office,
        Method::PUT,
        &format!("/api/v1/conferences/{id}"),
        Some(edited),
    )
    .await;
    assert_eq!(s, StatusCode::OK, "{v}");
    let (s, g) = as_(&app, &office, Method::POST, &format!("{list_at}/generate"), None).await;
    assert_eq!(s, StatusCode::OK, "{g}");
    assert_eq!(g["removed"].as_u64(), Some(duc_giang_people.len() as u64 - 1), "{g}");
    let after = app.get(&list_at).await;
    let ids: Vec<i64> = after
        .as_array()
        .unwrap()
        .iter()
        .map(|i| i["person_id"].as_i64().unwrap())
        .collect();
    assert!(ids.contains(&duc_giang_people[0]) && ids.contains(&leader), "{after}");
    assert!(!ids.contains(&duc_giang_people[1]));

    // Removing by hand: an unmarked person goes; a marked one stays until the mark is cleared.
    let (s, _) = as_(&app, &office, Method::DELETE, &format!("{list_at}/{leader}"), None).await;
    assert_eq!(s, StatusCode::NO_CONTENT);
    let (s, v) = as_(
        &app,
        &office,
        Method::DELETE,
        &format!("{list_at}/{}", bo_de_people[0]),
        None,
    )
    .await;
    assert_error(s, &v, StatusCode::CONFLICT, "in_use", None);
    assert!(
        v["error"]["message"].as_str().unwrap().contains("Chưa điểm danh"),
        "{v}"
    );
    let (s, _) = as_(&app, &office, Method::DELETE, &format!("{list_at}/{leader}"), None).await;
    assert_eq!(s, StatusCode::NOT_FOUND, "already removed");

    assert_eq!(
        conference_audit(&app, id).await,
        [
            "create",
            "invitees",
            "roll_call",
            "invitee_add",
            "roll_call",
            "update",
            "invitees",
            "invitee_remove"
        ]
    );
});

both!(marks_before_the_day_and_other_districts_are_refused, |app| async move {
    let lb = app.unit_id("quan long bien").await;
    let qu = app.unit_id("quan uy long bien").await;
    let (bo_de, ngoc_lam) = (app.unit_id("phuong bo de").await, app.unit_id("phuong ngoc lam").await);
    // After the demo's day (20/11/2023).
    let (s, made) = app
        .post(
            "/api/v1/conferences",
            json!({"host_unit_id": qu, "kind": "deployment", "title": "Hội nghị triển khai nhiệm vụ năm 2024",
                "starts_on": "2023-12-05", "format": "online", "audiences": [{"group": "key_cadres"}],
                "bridge_points": [{"unit_id": bo_de}, {"unit_id": ngoc_lam}]}),
        )
        .await;
    assert_eq!(s, StatusCode::CREATED, "{made}");
    let id = made["conference"]["id"].as_i64().unwrap();
    let (s, g) = app
        .post(&format!("/api/v1/conferences/{id}/invitees/generate"), json!({}))
        .await;
    assert_eq!(s, StatusCode::OK, "{g}");
    let list = app.get(&format!("/api/v1/conferences/{id}/invitees")).await;
    let someone = at(&list, Some(bo_de))[0]["person_id"].as_i64().unwrap();
    let roll = format!("/api/v1/conferences/{id}/roll-call");
    let (s, v) = app
        .post(&roll, json!({"marks": [{"person_id": someone, "mark": "present"}]}))
        .await;
    assert_error(
        s,
        &v,
        StatusCode::UNPROCESSABLE_ENTITY,
        "invalid",
        Some("marks[0].mark"),
    );
    assert!(
        v["error"]["message"]
            .as_str()
            .unwrap()
            .contains("05/12/2023 chưa diễn ra"),
        "{v}"
    );

    // Another district's specialist sees neither the conference nor its list.
    let hbt = app.unit_id("quan hai ba trung").await;
    let other = app
        .token_for("inv.specialist.hbt", Role::Specialist, Some(hbt), None)
        .await;
    for (m, path, body) in [
        (Method::GET, format!("/api/v1/conferences/{id}/invitees"), None),
        (
            Method::POST,
            format!("/api/v1/conferences/{id}/invitees/generate"),
            None,
        ),
        (
            Method::POST,
            roll.clone(),
            Some(json!({"marks": [{"person_id": someone, "mark": "invited"}]})),
        ),
    ] {
        let (s, v) = as_(&app, &other, m, &path, body).await;
        assert_eq!(s, StatusCode::NOT_FOUND, "{path}: {v}");
    }
    // A ward's officer neither generates the district's list nor marks another ward's point.
    let officer = app
        .token_for("inv.officer.ngoclam", Role::UnitOfficer, Some(ngoc_lam), None)
        .await;
    let (s, _) = as_(
        &app,
        &officer,
        Method::POST,
        &format!("/api/v1/conferences/{id}/invitees/generate"),
        None,
    )
    .await;
    assert_eq!(s, StatusCode::FORBIDDEN);
    let (s, v) = as_(
        &app,
        &officer,
        Method::POST,
        &roll,
        Some(json!({"marks": [{"person_id": someone, "mark": "invited"}]})),
    )
    .await;
    assert!(
        matches!(s, StatusCode::FORBIDDEN | StatusCode::UNPROCESSABLE_ENTITY),
        "{s} {v}"
    );
    assert_eq!(v["error"]["field"], "marks[0].person_id", "{v}");
    // Ngọc Lâm's officer reads the list: its own people, not Bồ Đề's.
    let (s, seen) = as_(
        &app,
        &officer,
        Method::GET,
        &format!("/api/v1/conferences/{id}/invitees"),
        None,
    )
    .await;
    assert_eq!(s, StatusCode::OK, "{seen}");
    assert!(!seen.as_array().unwrap().is_empty());
    assert!(
        seen.as_array().unwrap().iter().all(|i| i["point_unit_id"] == ngoc_lam),
        "{seen}"
    );

    // A conference without audiences has no list to generate.
    let (s, bare) = app
            .post(
                "/api/v1/conferences",
                json!({"host_unit_id": qu, "kind": "briefing", "title": "Giao ban", "starts_on": "2023-10-05", "format": "online"}),
            )
            .await;
    assert_eq!(s, StatusCode::CREATED, "{bare}");
    let bare = bare["conference"]["id"].as_i64().unwrap();
    let (s, v) = app
        .post(&format!("/api/v1/conferences/{bare}/invitees/generate"), json!({}))
        .await;
    assert_error(s, &v, StatusCode::UNPROCESSABLE_ENTITY, "invalid", Some("audiences"));
    let _ = lb;
});
