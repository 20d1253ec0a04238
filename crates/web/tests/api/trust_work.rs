//! Issue 9, items 4, 6, 9, 10, 11 and 12 over the API: forged authors, backdated completion and
//! cooperating units closing the lead's task, audit addresses, links to unreadable documents,
//! inputs that once gave a 500, and values validated at the edge.

use domain::access::Role;
use reqwest::{Method, StatusCode};
use serde_json::{Value, json};

use crate::common::*;

/// A Long Biên task led by UBND phường Bồ Đề with UBND phường Đức Giang cooperating, overdue
/// (due 05/11/2023, today 20/11/2023), and the people and accounts around it.
struct Work {
    task: i64,
    /// Bồ Đề's officer, signed in as a Bồ Đề person (`own`).
    officer: String,
    own: i64,
    /// Another person of UBND phường Bồ Đề (entered on their behalf).
    colleague: i64,
    /// Đức Giang's officer (the cooperating side).
    cooperator: String,
    /// Long Biên's specialist (the assigning office).
    specialist: String,
    specialist_user: i64,
    /// A person of Hai Bà Trưng (another district).
    stranger: i64,
}

async fn user_id(app: &TestApp, login: &str) -> i64 {
    app.get("/api/v1/users")
        .await
        .as_array()
        .unwrap()
        .iter()
        .find(|u| u["user"]["login"] == login)
        .and_then(|u| u["user"]["id"].as_i64())
        .unwrap()
}

async fn work(app: &TestApp) -> Work {
    let lb = app.unit_id("quan long bien").await;
    let hbt = app.unit_id("quan hai ba trung").await;
    let bode_ubnd = app.unit_id("ubnd phuong bo de").await;
    let ducgiang_ubnd = app.unit_id("ubnd phuong duc giang").await;
    let plan = app.document_id("215-KH/QU").await;
    let people = app.get(&format!("/api/v1/people?within={bode_ubnd}")).await;
    let ids: Vec<i64> = people["items"]
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|p| p["id"].as_i64())
        .collect();
    assert!(ids.len() >= 2, "two people in UBND phường Bồ Đề: {people}");
    let stranger = app.get(&format!("/api/v1/people?within={hbt}")).await["items"][0]["id"]
        .as_i64()
        .unwrap();
    let (s, t) = app
        .post(
            "/api/v1/tasks",
            json!({"plan_id": plan, "title": "Chỉnh trang vỉa hè tuyến phố", "lead_unit_id": bode_ubnd,
                   "cooperating_unit_ids": [ducgiang_ubnd], "due_on": "2023-11-05"}),
        )
        .await;
    assert_eq!(s, StatusCode::CREATED, "{t}");
    let officer = app
        .token_for("canbo.bode", Role::UnitOfficer, Some(bode_ubnd), Some(ids[0]))
        .await;
    let cooperator = app
        .token_for("canbo.ducgiang", Role::UnitOfficer, Some(ducgiang_ubnd), None)
        .await;
    let specialist = app
        .token_for("chuyenvien.lb.work", Role::Specialist, Some(lb), None)
        .await;
    Work {
        task: t["id"].as_i64().unwrap(),
        officer,
        own: ids[0],
        colleague: ids[1],
        cooperator,
        specialist,
        specialist_user: user_id(app, "chuyenvien.lb.work").await,
        stranger,
    }
}

async fn version(app: &TestApp, task: i64) -> Value {
    app.get(&format!("/api/v1/tasks/{task}")).await["version"].clone()
}

both!(
    the_author_is_the_signed_in_person_or_one_entered_for,
    |app| async move {
        let w = work(&app).await;
        let t = w.task;
        let officer = Some(w.officer.as_str());
        let progress = format!("/api/v1/tasks/{t}/progress");
        // Naming a person of another district as the author is refused, naming the field.
        let (s, e) = app
            .call_as(
                officer,
                Method::POST,
                &progress,
                Some(json!({"percent": 30, "text": "Đã khảo sát", "author_id": w.stranger})),
            )
            .await;
        assert_error(
            s,
            &e,
            StatusCode::UNPROCESSABLE_ENTITY,
            "unknown_reference",
            Some("author_id"),
        );
        // Without a name: the signed-in account's person.
        let (s, r) = app
            .call_as(
                officer,
                Method::POST,
                &progress,
                Some(json!({"percent": 30, "text": "Đã khảo sát"})),
            )
            .await;
        assert_eq!(s, StatusCode::CREATED, "{r}");
        assert_eq!(r["report"]["author_id"], w.own);
        // Entered on a colleague's behalf ("nhập thay"): both are recorded.
        let (s, r) = app
            .call_as(
                officer,
                Method::POST,
                &progress,
                Some(json!({"percent": 40, "text": "Đã thi công 1/3", "author_id": w.colleague})),
            )
            .await;
        assert_eq!(s, StatusCode::CREATED, "{r}");
        assert_eq!(r["report"]["author_id"], w.colleague);
        assert_eq!(r["report"]["entered_by"], user_id(&app, "canbo.bode").await);
        // The requester of an extension, the decider, the author of an explanation request and the
        // answerer cannot be a stranger either.
        let (s, e) = app
            .call_as(
                officer,
                Method::POST,
                &format!("/api/v1/tasks/{t}/extensions"),
                Some(json!({"new_due_on": "2023-12-31", "reason": "Mưa kéo dài", "requested_by": w.stranger})),
            )
            .await;
        assert_error(
            s,
            &e,
            StatusCode::UNPROCESSABLE_ENTITY,
            "unknown_reference",
            Some("requested_by"),
        );
        let (s, x) = app
            .call_as(
                officer,
                Method::POST,
                &format!("/api/v1/tasks/{t}/extensions"),
                Some(json!({"new_due_on": "2023-12-31", "reason": "Mưa kéo dài"})),
            )
            .await;
        assert_eq!(s, StatusCode::CREATED, "{x}");
        assert_eq!(x["requested_by"], w.own);
        let spec = Some(w.specialist.as_str());
        let decide = format!("/api/v1/tasks/{t}/extensions/{}/decision", x["id"]);
        let (s, e) = app
            .call_as(
                spec,
                Method::POST,
                &decide,
                Some(json!({"approve": true, "decided_by": w.stranger})),
            )
            .await;
        assert_error(
            s,
            &e,
            StatusCode::UNPROCESSABLE_ENTITY,
            "unknown_reference",
            Some("decided_by"),
        );
        let (s, d) = app
            .call_as(spec, Method::POST, &decide, Some(json!({"approve": true})))
            .await;
        assert_eq!(s, StatusCode::OK, "{d}");
        assert_eq!(
            d["request"]["decided_by"],
            Value::Null,
            "an account without a person decides as itself"
        );
        assert_eq!(d["request"]["decided_by_user"], w.specialist_user);
        let (s, q) = app
            .call_as(
                spec,
                Method::POST,
                &format!("/api/v1/tasks/{t}/explanations"),
                Some(json!({"text": "Đề nghị giải trình việc chậm"})),
            )
            .await;
        assert!(s.is_success(), "{q}");
        let answer = format!("/api/v1/tasks/{t}/explanations/{}/answer", q["id"]);
        let (s, e) = app
            .call_as(
                officer,
                Method::POST,
                &answer,
                Some(json!({"text": "Do mưa", "person_id": w.stranger})),
            )
            .await;
        assert_error(
            s,
            &e,
            StatusCode::UNPROCESSABLE_ENTITY,
            "unknown_reference",
            Some("person_id"),
        );
        let (s, a) = app
            .call_as(officer, Method::POST, &answer, Some(json!({"text": "Do mưa kéo dài"})))
            .await;
        assert!(s.is_success(), "{a}");
        assert_eq!(a["answered_by"], w.own);
    }
);

both!(completion_is_the_lead_sides_and_cannot_be_backdated, |app| async move {
    let w = work(&app).await;
    let t = w.task;
    let complete = format!("/api/v1/tasks/{t}/complete");
    // The cooperating unit may report progress, not complete the lead unit's task.
    let (s, r) = app
        .call_as(
            Some(&w.cooperator),
            Method::POST,
            &format!("/api/v1/tasks/{t}/progress"),
            Some(json!({"percent": 50, "text": "Đã phối hợp", "reported_on": "2023-11-10"})),
        )
        .await;
    assert_eq!(s, StatusCode::CREATED, "{r}");
    let (s, e) = app
        .call_as(
            Some(&w.cooperator),
            Method::POST,
            &complete,
            Some(json!({"version": version(&app, t).await})),
        )
        .await;
    assert_error(s, &e, StatusCode::FORBIDDEN, "forbidden", None);
    // Before the last report (10/11): refused; before the due date (an overdue task made "on
    // time") is further back than the 7 days allowed: refused for the lead unit.
    let officer = Some(w.officer.as_str());
    for (on, why) in [
        ("2023-11-09", "trước ngày báo cáo tiến độ gần nhất"),
        ("2023-11-04", "trước ngày báo cáo"),
    ] {
        let (s, e) = app
            .call_as(
                officer,
                Method::POST,
                &complete,
                Some(json!({"version": version(&app, t).await, "completed_on": on})),
            )
            .await;
        assert_error(s, &e, StatusCode::UNPROCESSABLE_ENTITY, "invalid", Some("completed_on"));
        assert!(e["error"]["message"].as_str().unwrap().contains(why), "{e}");
    }
    let task = app.get(&format!("/api/v1/tasks/{t}")).await;
    assert_eq!(task["status"], "overdue", "{task}");
    // A second overdue task without reports: 8 days back is refused for the lead unit, and
    // recorded by the assigning office.
    let w2 = app.get(&format!("/api/v1/tasks/{t}")).await;
    let (s, t2) = app
        .post(
            "/api/v1/tasks",
            json!({"plan_id": w2["plan_id"], "title": "Lắp đặt biển báo", "lead_unit_id": w2["lead_unit_id"], "due_on": "2023-11-12"}),
        )
        .await;
    assert_eq!(s, StatusCode::CREATED, "{t2}");
    let t2 = t2["id"].as_i64().unwrap();
    let complete2 = format!("/api/v1/tasks/{t2}/complete");
    let (s, e) = app
        .call_as(
            officer,
            Method::POST,
            &complete2,
            Some(json!({"version": version(&app, t2).await, "completed_on": "2023-11-12"})),
        )
        .await;
    assert_error(s, &e, StatusCode::UNPROCESSABLE_ENTITY, "invalid", Some("completed_on"));
    assert!(
        e["error"]["message"].as_str().unwrap().contains("văn phòng giao việc"),
        "{e}"
    );
    let (s, done) = app
        .call_as(
            Some(&w.specialist),
            Method::POST,
            &complete2,
            Some(json!({"version": version(&app, t2).await, "completed_on": "2023-11-12"})),
        )
        .await;
    assert_eq!(s, StatusCode::OK, "{done}");
    assert_eq!(done["status"], "completed_on_time", "{done}");
    // Within the allowed days, after the last report: the lead unit completes (late).
    let (s, done) = app
        .call_as(
            officer,
            Method::POST,
            &complete,
            Some(json!({"version": version(&app, t).await, "completed_on": "2023-11-15"})),
        )
        .await;
    assert_eq!(s, StatusCode::OK, "{done}");
    assert_eq!(done["status"], "completed_late", "{done}");
});

both!(audit_addresses_are_for_account_administrators, |app| async move {
    let lb = app.unit_id("quan long bien").await;
    let task = app.get(&format!("/api/v1/tasks?within={lb}")).await["items"][0]["id"]
        .as_i64()
        .unwrap();
    let (s, _) = app
        .post(
            &format!("/api/v1/tasks/{task}/comments"),
            json!({"text": "Khẩn trương hoàn thành"}),
        )
        .await;
    assert!(s.is_success());
    let admin = app.get(&format!("/api/v1/tasks/{task}/audit")).await;
    assert!(
        admin
            .as_array()
            .unwrap()
            .iter()
            .any(|e| e["address"].as_str().is_some_and(|a| a.contains("127.0.0.1"))),
        "the administrator sees addresses: {admin}"
    );
    for (login, role) in [("lanhdao.audit", Role::Leader), ("chuyenvien.audit", Role::Specialist)] {
        let token = app.token_for(login, role, Some(lb), None).await;
        let (s, seen) = app
            .call_as(Some(&token), Method::GET, &format!("/api/v1/tasks/{task}/audit"), None)
            .await;
        assert_eq!(s, StatusCode::OK);
        for e in seen.as_array().unwrap() {
            assert_eq!(e["address"], Value::Null, "{login} sees an address: {e}");
        }
    }
});

both!(links_to_unreadable_documents_are_not_shown, |app| async move {
    // A Hai Bà Trưng plan implements the city's directive and is linked (by the administrator)
    // to a Long Biên plan: Hai Bà Trưng's leader sees the first link, not the second.
    let hbt = app.unit_id("quan hai ba trung").await;
    let hbt_plan = app.document_id("152-KH/QU").await;
    let lb_plan = app.document_id("215-KH/QU").await;
    let (s, l) = app
        .post(
            &format!("/api/v1/documents/{hbt_plan}/links"),
            json!({"to_id": lb_plan, "kind": "guides"}),
        )
        .await;
    assert!(s.is_success(), "{l}");
    let lb_title = app.get(&format!("/api/v1/documents/{lb_plan}")).await["title"]
        .as_str()
        .unwrap()
        .to_string();
    let leader = app.token_for("lanhdao.hbt.links", Role::Leader, Some(hbt), None).await;
    let (s, links) = app
        .call_as(
            Some(&leader),
            Method::GET,
            &format!("/api/v1/documents/{hbt_plan}/links"),
            None,
        )
        .await;
    assert_eq!(s, StatusCode::OK, "{links}");
    let text = links.to_string();
    assert!(!text.contains(&lb_title) && !text.contains("215-KH/QU"), "{links}");
    assert!(!text.contains(&format!("\"id\":{lb_plan},")), "{links}");
});

both!(hostile_strings_never_give_a_server_error, |app| async move {
    for q in ["a%00b", "%00", "ph%C6%B0%E1%BB%9Dng%00", "%E2%80%AE", "%0D%0A%09"] {
        for path in [
            "/api/v1/search?q=",
            "/api/v1/tasks?q=",
            "/api/v1/units?q=",
            "/api/v1/documents?q=",
            "/api/v1/people?q=",
        ] {
            let (s, body) = app.call(Method::GET, &format!("{path}{q}"), None).await;
            assert!(s.is_success() || s.is_client_error(), "{path}{q}: {s} {body}");
            if s.is_client_error() {
                assert!(body["error"]["code"].is_string(), "{path}{q}: {body}");
            }
        }
    }
    // A NUL inside a JSON body.
    let lb = app.unit_id("quan long bien").await;
    let (s, e) = app
        .post(
            "/api/v1/people",
            json!({"unit_id": lb, "name": "Nguyễn\u{0}Văn A", "category": "civil_servant"}),
        )
        .await;
    assert_error(s, &e, StatusCode::UNPROCESSABLE_ENTITY, "invalid", Some("name"));
});

both!(values_are_validated_at_the_edge, |app| async move {
    let plan = app.document_id("152-KH/QU").await;
    let lead = app.unit_id("ubnd phuong bach mai").await;
    // Years a person cannot mean, in every date form the API reads.
    for due in ["10000-01-01", "+10000-01-01", "-0001-12-31", "0000-01-01", "2101-01-01"] {
        let (s, e) = app
            .post(
                "/api/v1/tasks",
                json!({"plan_id": plan, "title": "Năm lạ", "lead_unit_id": lead, "due_on": due}),
            )
            .await;
        assert!(matches!(s.as_u16(), 400 | 422), "due_on {due}: {s} {e}");
        assert!(e["error"]["code"].is_string(), "{e}");
    }
    // Every date the API returns parses back as one it accepts.
    let page = app.get("/api/v1/tasks?limit=500").await;
    for t in page["items"].as_array().unwrap() {
        if let Some(d) = t["due_on"].as_str() {
            assert!(
                d.len() == 10 && chrono::NaiveDate::parse_from_str(d, "%Y-%m-%d").is_ok(),
                "{d}"
            );
        }
    }
    // Names: a right-to-left override is refused, zero-width characters are dropped.
    let lb = app.unit_id("quan long bien").await;
    let (s, e) = app
        .post(
            "/api/v1/people",
            json!({"unit_id": lb, "name": "Nguyễn Văn \u{202E}A", "category": "civil_servant"}),
        )
        .await;
    assert_error(s, &e, StatusCode::UNPROCESSABLE_ENTITY, "invalid", Some("name"));
    assert!(e["error"]["message"].as_str().unwrap().contains("ký tự"), "{e}");
    let (s, p) = app
        .post(
            "/api/v1/people",
            json!({"unit_id": lb, "name": "Trần\u{200B} Thị\u{FEFF} Bình", "category": "civil_servant"}),
        )
        .await;
    assert_eq!(s, StatusCode::CREATED, "{p}");
    assert_eq!(p["name"], "Trần Thị Bình");
    let (s, e) = app
        .post(
            "/api/v1/tasks",
            json!({"plan_id": plan, "title": "Việc \u{202E}ẩn", "lead_unit_id": lead, "deadline_text": "Quý IV/2099"}),
        )
        .await;
    assert_error(s, &e, StatusCode::UNPROCESSABLE_ENTITY, "invalid", Some("title"));
    // Evidence: http(s) links only; a document reference stays text.
    let (_, t) = app
        .post(
            "/api/v1/tasks",
            json!({"plan_id": plan, "title": "Có minh chứng", "lead_unit_id": lead, "deadline_text": "Quý IV/2099"}),
        )
        .await;
    let progress = format!("/api/v1/tasks/{}/progress", t["id"]);
    for bad in [
        "javascript:alert(1)",
        "JavaScript:alert(document.cookie)",
        "data:text/html,<b>x</b>",
        "vbscript:x",
    ] {
        let (s, e) = app
            .post(&progress, json!({"percent": 10, "text": "Báo cáo", "evidence": [bad]}))
            .await;
        assert_error(s, &e, StatusCode::UNPROCESSABLE_ENTITY, "invalid", Some("evidence"));
    }
    let (s, r) = app
        .post(&progress, json!({"percent": 10, "text": "Báo cáo", "evidence": ["https://longbien.hanoi.gov.vn/tin-tuc", "Báo cáo số 12/BC-UBND: kết quả"]}))
        .await;
    assert_eq!(s, StatusCode::CREATED, "{r}");
});
