//! Conferences over HTTP: the demo's conferences read as the articles report them; a district
//! office adds one to two wards' bridge points, each ward reports its own count, the office
//! edits it and turns its conclusion notice into tasks; every write audited; bad input
//! (attendance above expected, a bridge point outside the host's reach, another district's
//! records, a count before the conference) refused by field in Vietnamese, nothing written.

use domain::access::Role;
use reqwest::{Method, StatusCode};
use serde_json::{Value, json};

use crate::common::*;

both!(the_demo_conferences_read_as_reported, |app| async move {
    let lb = app.unit_id("quan long bien").await;
    let list = app.get(&format!("/api/v1/conferences?within={lb}")).await;
    let list = list.as_array().unwrap();
    let briefing = list
        .iter()
        .find(|c| c["conference"]["starts_on"] == "2023-01-12")
        .expect("the briefing of 12/01/2023");
    assert_eq!(briefing["reach"], "14/14 điểm cầu", "{briefing}");
    assert_eq!(briefing["conference"]["format"], "hybrid");
    assert_eq!(briefing["points"].as_array().unwrap().len(), 14);
    // The last session of the series on the Congress resolution: the wards' Party members.
    let wards = list
        .iter()
        .find(|c| c["conference"]["starts_on"] == "2020-12-08")
        .expect("the wards' session");
    assert_eq!(wards["attendance"], "2.909/3.044 người, đạt 95,56 %");
    let series = wards["conference"]["series_id"].as_i64().unwrap();
    let sessions = app.get(&format!("/api/v1/conferences?series_id={series}")).await;
    assert_eq!(sessions.as_array().unwrap().len(), 4, "four audiences, one series");
    // Hai Bà Trưng's conference is on the pages of the three documents it disseminated.
    for symbol in ["24-CT/TU", "152-KH/QU", "153-KH/QU"] {
        let d = app.document_id(symbol).await;
        let of = app.get(&format!("/api/v1/conferences?document_id={d}")).await;
        assert!(
            of.as_array()
                .unwrap()
                .iter()
                .any(|c| c["conference"]["starts_on"] == "2023-09-15"),
            "{symbol}: {of}"
        );
    }
    // Long Biên's officers do not see Hai Bà Trưng's conference.
    let officer = app
        .token_for(
            "conf.officer.bode",
            Role::UnitOfficer,
            Some(app.unit_id("phuong bo de").await),
            None,
        )
        .await;
    let hbt = app.unit_id("quan hai ba trung").await;
    let hbt_conf = app.get(&format!("/api/v1/conferences?within={hbt}")).await[0]["conference"]["id"]
        .as_i64()
        .unwrap();
    let (s, _) = as_(
        &app,
        &officer,
        Method::GET,
        &format!("/api/v1/conferences/{hbt_conf}"),
        None,
    )
    .await;
    assert_eq!(s, StatusCode::NOT_FOUND);
    // The ward reads the district's conference it was a bridge point of.
    let id = briefing["conference"]["id"].as_i64().unwrap();
    let (s, v) = as_(&app, &officer, Method::GET, &format!("/api/v1/conferences/{id}"), None).await;
    assert_eq!(s, StatusCode::OK, "{v}");
});

both!(a_conference_is_added_attended_edited_and_concluded, |app| async move {
    let qu = app.unit_id("quan uy long bien").await;
    let (bo_de, duc_giang) = (app.unit_id("phuong bo de").await, app.unit_id("phuong duc giang").await);
    let plan = app.document_id("215-KH/QU").await;
    // The district's office: bound at the district, it reaches the Party committee and the wards.
    let office = app
        .token_for(
            "conf.specialist.lb",
            Role::Specialist,
            Some(app.unit_id("quan long bien").await),
            None,
        )
        .await;
    let body = json!({
        "host_unit_id": qu, "kind": "deployment", "title": "Hội nghị triển khai nhiệm vụ quý IV/2023",
        "starts_on": "2023-10-05", "starts_at": "14:00", "format": "hybrid", "venue": "Trụ sở Quận ủy Long Biên",
        "document_ids": [plan], "audiences": [{"group": "key_cadres", "note": "của quận và các phường"}],
        "bridge_points": [{"unit_id": bo_de, "expected": 32}, {"unit_id": duc_giang, "expected": 40}]
    });
    let (s, made) = as_(&app, &office, Method::POST, "/api/v1/conferences", Some(body.clone())).await;
    assert_eq!(s, StatusCode::CREATED, "{made}");
    let id = made["conference"]["id"].as_i64().unwrap();
    assert_eq!(made["reach"], "0/2 điểm cầu");
    assert_eq!(made["conference"]["starts_at"], "14:00");

    // Bồ Đề's officer reports Bồ Đề's count, not Đức Giang's.
    let officer = app
        .token_for("conf.officer.bode2", Role::UnitOfficer, Some(bo_de), None)
        .await;
    let at = format!("/api/v1/conferences/{id}/attendance");
    let (s, v) = as_(
        &app,
        &officer,
        Method::POST,
        &at,
        Some(json!({"points": [{"unit_id": bo_de, "present": 30}]})),
    )
    .await;
    assert_eq!(s, StatusCode::OK, "{v}");
    assert_eq!(v["reach"], "1/2 điểm cầu");
    assert_eq!(v["attendance"], "30/32 người, đạt 93,75 %");
    let (s, v) = as_(
        &app,
        &officer,
        Method::POST,
        &at,
        Some(json!({"points": [{"unit_id": duc_giang, "present": 30}]})),
    )
    .await;
    assert_eq!(s, StatusCode::FORBIDDEN, "{v}");
    assert_eq!(v["error"]["field"], "points[0].unit_id");

    // More present than expected: refused by field, in Vietnamese, nothing changed.
    let (s, v) = as_(
        &app,
        &office,
        Method::POST,
        &at,
        Some(json!({"points": [{"unit_id": duc_giang, "present": 39}, {"unit_id": bo_de, "present": 33}]})),
    )
    .await;
    assert_eq!(s, StatusCode::UNPROCESSABLE_ENTITY, "{v}");
    assert_eq!(v["error"]["field"], "points[1].present");
    assert!(
        v["error"]["message"]
            .as_str()
            .unwrap()
            .contains("Số có mặt (33) lớn hơn số phải triệu tập (32)"),
        "{v}"
    );
    let now = app.get(&format!("/api/v1/conferences/{id}")).await;
    assert_eq!(now["reach"], "1/2 điểm cầu", "the refused batch wrote nothing: {now}");

    // The office edits it (the version read), and a stale edit is refused.
    let mut edited = body.clone();
    edited["version"] = json!(0);
    edited["title"] = json!("Hội nghị triển khai nhiệm vụ trọng tâm quý IV/2023");
    edited["bridge_points"] = json!([{"unit_id": bo_de, "expected": 32, "present": 30}, {"unit_id": duc_giang, "expected": 40, "present": 38}]);
    let (s, v) = as_(
        &app,
        &office,
        Method::PUT,
        &format!("/api/v1/conferences/{id}"),
        Some(edited.clone()),
    )
    .await;
    assert_eq!(s, StatusCode::OK, "{v}");
    assert_eq!(v["reach"], "2/2 điểm cầu");
    assert_eq!(v["attendance"], "68/72 người, đạt 94,44 %");
    let (s, _) = as_(
        &app,
        &office,
        Method::PUT,
        &format!("/api/v1/conferences/{id}"),
        Some(edited),
    )
    .await;
    assert_eq!(s, StatusCode::CONFLICT);

    // Its conclusion notice becomes tasks, implementing the plan it disseminated.
    let conclusion = json!({
        "document": {"symbol": "45-TB/QU", "title": "Thông báo kết luận Hội nghị triển khai nhiệm vụ quý IV/2023",
            "issuer_unit_id": qu, "issued_on": "2023-10-09"},
        "tasks": [
            {"code": "1", "title": "Hoàn thành chỉnh trang các tuyến phố trọng điểm", "lead_unit_id": duc_giang, "deadline_text": "Quý IV/2023"},
            {"code": "2", "title": "Báo cáo kết quả thực hiện chủ đề năm", "lead_unit_id": bo_de, "deadline_text": "Trước 15/12/2023"}
        ]
    });
    let (s, v) = as_(
        &app,
        &office,
        Method::POST,
        &format!("/api/v1/conferences/{id}/conclusion"),
        Some(conclusion),
    )
    .await;
    assert_eq!(s, StatusCode::CREATED, "{v}");
    let notice = v["document"]["id"].as_i64().unwrap();
    assert_eq!(v["tasks"].as_array().unwrap().len(), 2);
    let now = app.get(&format!("/api/v1/conferences/{id}")).await;
    assert_eq!(now["conclusion_ids"], json!([notice]));
    let links = app.get(&format!("/api/v1/documents/{notice}/links")).await;
    assert!(
        links.to_string().contains(&format!("{plan}")),
        "the notice implements 215-KH/QU: {links}"
    );
    let of_notice = app.get(&format!("/api/v1/conferences?document_id={notice}")).await;
    assert_eq!(of_notice[0]["conference"]["id"], id);
    // A ward's officer may not conclude the district's conference.
    let (s, _) = as_(&app, &officer, Method::POST, &format!("/api/v1/conferences/{id}/conclusion"), Some(json!({"document": {"symbol": "46-TB/QU", "title": "Thử", "issuer_unit_id": qu, "issued_on": "2023-10-09"}, "tasks": []}))).await;
    assert_eq!(s, StatusCode::FORBIDDEN);

    assert_eq!(
        conference_audit(&app, id).await,
        ["create", "attendance", "update", "conclusion"]
    );
});

both!(
    bad_conferences_are_refused_by_field_and_write_nothing,
    |app| async move {
        let qu = app.unit_id("quan uy long bien").await;
        let bo_de = app.unit_id("phuong bo de").await;
        let bach_mai = app.unit_id("phuong bach mai").await;
        let lb = app.unit_id("quan long bien").await;
        let office = app
            .token_for("conf.specialist.bad", Role::Specialist, Some(lb), None)
            .await;
        let before = app
            .get(&format!("/api/v1/conferences?within={lb}&limit=500"))
            .await
            .as_array()
            .unwrap()
            .len();
        let base = json!({"host_unit_id": qu, "kind": "dissemination", "title": "Hội nghị quán triệt", "starts_on": "2023-10-05",
        "format": "hybrid", "venue": "Trụ sở Quận ủy", "bridge_points": [{"unit_id": bo_de, "expected": 30, "present": 29}]});
        let with = |k: &str, v: Value| {
            let mut b = base.clone();
            b[k] = v;
            b
        };
        let cases = [
            (
                with(
                    "bridge_points",
                    json!([{"unit_id": bo_de, "expected": 30, "present": 31}]),
                ),
                "bridge_points[0].present",
                "Số có mặt (31) lớn hơn số phải triệu tập (30)",
            ),
            (
                with("bridge_points", json!([{"unit_id": bach_mai, "expected": 30}])),
                "bridge_points[0].unit_id",
                "Không tìm thấy",
            ),
            (
                with("host_unit_id", json!(app.unit_id("quan uy hai ba trung").await)),
                "host_unit_id",
                "Không tìm thấy",
            ),
            (
                with("starts_on", json!("2023-12-20")),
                "bridge_points[0].present",
                "chưa diễn ra",
            ),
            (
                with("format", json!("in_person")),
                "bridge_points",
                "trực tiếp không có điểm cầu",
            ),
            (with("venue", Value::Null), "venue", "Địa điểm chính"),
            (with("title", json!("  ")), "title", ""),
            (with("series_id", json!(999_999)), "series_id", "đợt hội nghị"),
        ];
        for (body, field, says) in cases {
            let (s, v) = as_(&app, &office, Method::POST, "/api/v1/conferences", Some(body)).await;
            assert!(s.is_client_error(), "{field}: {s} {v}");
            assert_eq!(v["error"]["field"], field, "{v}");
            assert!(v["error"]["message"].as_str().unwrap().contains(says), "{field}: {v}");
        }
        let after = app
            .get(&format!("/api/v1/conferences?within={lb}&limit=500"))
            .await
            .as_array()
            .unwrap()
            .len();
        assert_eq!(before, after, "nothing written");
        // Attendance at a conference not yet held, and at another district's conference.
        let (s, made) = as_(
            &app,
            &office,
            Method::POST,
            "/api/v1/conferences",
            Some(
                with("starts_on", json!("2023-12-20"))
                    .as_object()
                    .map(|o| {
                        let mut o = o.clone();
                        o.insert("bridge_points".into(), json!([{"unit_id": bo_de, "expected": 30}]));
                        Value::Object(o)
                    })
                    .unwrap(),
            ),
        )
        .await;
        assert_eq!(s, StatusCode::CREATED, "{made}");
        let id = made["conference"]["id"].as_i64().unwrap();
        let (s, v) = as_(
            &app,
            &office,
            Method::POST,
            &format!("/api/v1/conferences/{id}/attendance"),
            Some(json!({"points": [{"unit_id": bo_de, "present": 3}]})),
        )
        .await;
        assert_eq!(s, StatusCode::UNPROCESSABLE_ENTITY, "{v}");
        assert!(
            v["error"]["message"]
                .as_str()
                .unwrap()
                .contains("20/12/2023 chưa diễn ra"),
            "{v}"
        );
        let hbt = app.unit_id("quan hai ba trung").await;
        let theirs = app.get(&format!("/api/v1/conferences?within={hbt}")).await[0]["conference"]["id"]
            .as_i64()
            .unwrap();
        for (m, path, body) in [
            (Method::GET, format!("/api/v1/conferences/{theirs}"), None),
            (
                Method::POST,
                format!("/api/v1/conferences/{theirs}/attendance"),
                Some(json!({"points": [{"unit_id": bach_mai, "present": 1}]})),
            ),
        ] {
            let (s, v) = as_(&app, &office, m, &path, body).await;
            assert_eq!(s, StatusCode::NOT_FOUND, "{path}: {v}");
        }
        let (s, v) = as_(
            &app,
            &office,
            Method::GET,
            &format!("/api/v1/conferences?within={hbt}"),
            None,
        )
        .await;
        assert_eq!(s, StatusCode::NOT_FOUND, "{v}");
    }
);

const BOUNDARY: &str = "dondoc-conference-boundary-7c1e";
const PNG: &[u8] = b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\0\x01\0\0\0\x01\x08\x06\0\0\0\x1f\x15\xc4\x89";

both!(
    minutes_are_attached_and_read_only_by_those_who_read_the_conference,
    |app| async move {
        let lb = app.unit_id("quan long bien").await;
        let id = app.get(&format!("/api/v1/conferences?within={lb}")).await[0]["conference"]["id"]
            .as_i64()
            .unwrap();
        let mut body = Vec::new();
        body.extend_from_slice(
        format!("--{BOUNDARY}\r\nContent-Disposition: form-data; name=\"file\"; filename=\"bien-ban.png\"\r\nContent-Type: image/png\r\n\r\n").as_bytes(),
    );
        body.extend_from_slice(PNG);
        body.extend_from_slice(format!("\r\n--{BOUNDARY}--\r\n").as_bytes());
        let resp = app
            .client
            .post(format!("{}/api/v1/conferences/{id}/files?part=minutes", app.base))
            .bearer_auth(&app.token)
            .header("content-type", format!("multipart/form-data; boundary={BOUNDARY}"))
            .body(body)
            .send()
            .await
            .unwrap();
        assert_eq!(resp.status(), StatusCode::CREATED);
        let stored: Value = resp.json().await.unwrap();
        assert_eq!(stored[0]["record_kind"], "conference_minutes", "{stored}");
        let file = stored[0]["id"].as_i64().unwrap();
        let leader = app.token_for("conf.leader.lb", Role::Leader, Some(lb), None).await;
        let (s, _) = as_(&app, &leader, Method::GET, &format!("/api/v1/files/{file}"), None).await;
        assert_eq!(s, StatusCode::OK);
        // The conference's answer lists it, so a client finds the minutes without guessing ids.
        let (s, c) = as_(&app, &leader, Method::GET, &format!("/api/v1/conferences/{id}"), None).await;
        assert_eq!(s, StatusCode::OK);
        let listed: Vec<i64> = c["files"]
            .as_array()
            .unwrap()
            .iter()
            .map(|f| f["id"].as_i64().unwrap())
            .collect();
        assert!(listed.contains(&file), "{c}");
        let other = app
            .token_for(
                "conf.leader.hbt",
                Role::Leader,
                Some(app.unit_id("quan hai ba trung").await),
                None,
            )
            .await;
        let (s, _) = as_(&app, &other, Method::GET, &format!("/api/v1/files/{file}"), None).await;
        assert_eq!(s, StatusCode::NOT_FOUND, "another district cannot read the minutes");
        // A part that does not exist is named.
        let (s, v) = as_(
            &app,
            &app.token,
            Method::POST,
            &format!("/api/v1/conferences/{id}/files?part=photos"),
            None,
        )
        .await;
        assert_eq!(s, StatusCode::BAD_REQUEST, "{v}");
        assert_eq!(v["error"]["field"], "part");
    }
);
