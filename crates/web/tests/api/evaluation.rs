//! Staff evaluation end to end over the demo data, on both databases: facts from the tasks, the
//! workflow with its refusals, the quota at its boundary, rule-set versions, bad input, who sees
//! what, and the public feedback form under abuse (replayed tokens, too fast, one per device).

use domain::access::Role;
use reqwest::{Method, StatusCode};
use serde_json::{Value, json};

use crate::common::*;

const FAMILY: &str = "qd3814_hanoi";

/// Full marks on every general criterion of Quyết định 3814, less `cut` on the first.
fn criteria(cut: f64) -> Value {
    json!([
        {"code": "chinh_tri_dao_duc", "points": 5.0 - cut},
        {"code": "ky_luat_ky_cuong", "points": 5.0},
        {"code": "tac_phong_chuyen_nghiep", "points": 5.0},
        {"code": "phuc_vu_nhan_dan", "points": 5.0},
    ])
}

async fn step(app: &TestApp, token: &str, id: i64, body: Value) -> (StatusCode, Value) {
    let version = app.get(&format!("/api/v1/evaluations/{id}")).await["record"]["version"].clone();
    let mut body = body;
    if body.get("version").is_none() {
        body["version"] = version;
    }
    app.call_as(
        Some(token),
        Method::POST,
        &format!("/api/v1/evaluations/{id}/steps"),
        Some(body),
    )
    .await
}

both!(the_monthly_cycle_from_tasks_to_lock, |app| async move {
    let bo_de = app.unit_id("phuong bo de").await;
    let lb = app.unit_id("quan long bien").await;
    // A month in which someone of Bồ Đề had a task due.
    let tasks = app.get(&format!("/api/v1/tasks?within={bo_de}&limit=500")).await;
    let task = tasks["items"]
        .as_array()
        .unwrap()
        .iter()
        .find(|t| t["responsible_id"].is_i64() && t["due_on"].as_str().is_some_and(|d| d.starts_with("2023")))
        .cloned()
        .expect("a task of 2023 with a responsible person");
    let period = task["due_on"].as_str().unwrap()[..7].to_string();
    let (s, sum) = app
        .post(
            "/api/v1/evaluations/compute",
            json!({"unit_id": bo_de, "period": period, "family": FAMILY}),
        )
        .await;
    assert_eq!(s, StatusCode::OK, "{sum}");
    assert!(sum["computed"].as_u64().unwrap() > 0, "{sum}");
    let list = app
        .get(&format!("/api/v1/evaluations?within={bo_de}&period={period}&limit=500"))
        .await;
    let items = list.as_array().unwrap();
    let mine = items
        .iter()
        .find(|e| e["person_id"] == task["responsible_id"])
        .cloned()
        .unwrap_or_else(|| panic!("the responsible person is evaluated: {list}"));
    assert!(mine["task_points"].is_i64(), "{mine}");
    let id = mine["id"].as_i64().unwrap();
    let person = mine["person_id"].as_i64().unwrap();
    let staff = app
        .token_for(
            "staff.ev",
            Role::Staff,
            Some(mine["unit_id"].as_i64().unwrap()),
            Some(person),
        )
        .await;
    // The person sees every task line and how it counted, and only their own evaluations.
    let (s, detail) = app
        .call_as(Some(&staff), Method::GET, &format!("/api/v1/evaluations/{id}"), None)
        .await;
    assert_eq!(s, StatusCode::OK, "{detail}");
    assert!(!detail["lines"].as_array().unwrap().is_empty(), "{detail}");
    assert!(detail["lines"][0]["vi"].as_str().unwrap().contains("Hạn"), "{detail}");
    let (_, own) = app
        .call_as(Some(&staff), Method::GET, "/api/v1/evaluations?limit=500", None)
        .await;
    assert!(!own.as_array().unwrap().is_empty(), "{own}");
    assert!(
        own.as_array().unwrap().iter().all(|e| e["person_id"] == person),
        "{own}"
    );
    let (s, _) = app
        .call_as(
            Some(&staff),
            Method::GET,
            &format!("/api/v1/evaluations?within={lb}"),
            None,
        )
        .await;
    assert_eq!(s, StatusCode::NOT_FOUND, "staff do not list a unit's evaluations");
    let other = items.iter().find(|e| e["person_id"] != person).unwrap()["id"]
        .as_i64()
        .unwrap();
    let (s, _) = app
        .call_as(Some(&staff), Method::GET, &format!("/api/v1/evaluations/{other}"), None)
        .await;
    assert_eq!(s, StatusCode::NOT_FOUND);

    // Bad input: a score outside its criterion's range, an unknown step, nothing half-written.
    let (s, e) = step(
        &app,
        &staff,
        id,
        json!({"action": "submit_self", "criteria": criteria(-1.0)}),
    )
    .await;
    assert_error(s, &e, StatusCode::UNPROCESSABLE_ENTITY, "invalid", None);
    assert!(e["error"]["field"].as_str().unwrap().starts_with("criteria"), "{e}");
    let (s, e) = step(&app, &staff, id, json!({"action": "tự chấm"})).await;
    assert_error(s, &e, StatusCode::UNPROCESSABLE_ENTITY, "invalid", Some("action"));
    assert_eq!(
        app.get(&format!("/api/v1/evaluations/{id}")).await["record"]["stage"],
        "open"
    );

    // Self-assessment, then a second one refused.
    let (s, r) = step(
        &app,
        &staff,
        id,
        json!({"action": "submit_self", "criteria": criteria(0.5), "comment": "Tự đánh giá"}),
    )
    .await;
    assert_eq!(s, StatusCode::OK, "{r}");
    assert_eq!(r["stage"], "self_assessed");
    assert!(r["total"].is_i64() && r["level"].is_string(), "{r}");
    let (s, e) = step(
        &app,
        &staff,
        id,
        json!({"action": "submit_self", "criteria": criteria(0.0)}),
    )
    .await;
    assert_error(s, &e, StatusCode::UNPROCESSABLE_ENTITY, "invalid", Some("stage"));
    assert!(
        e["error"]["message"]
            .as_str()
            .unwrap()
            .contains("Đã gửi bản tự đánh giá"),
        "{e}"
    );
    // The person cannot review themselves; an inspector reads but cannot review.
    let (s, _) = step(&app, &staff, id, json!({"action": "review"})).await;
    assert_eq!(s, StatusCode::FORBIDDEN);
    let inspector = app.token_for("inspector.ev", Role::Inspector, Some(lb), None).await;
    let (s, _) = app
        .call_as(
            Some(&inspector),
            Method::GET,
            &format!("/api/v1/evaluations/{id}"),
            None,
        )
        .await;
    assert_eq!(s, StatusCode::OK);
    let (s, _) = step(&app, &inspector, id, json!({"action": "review"})).await;
    assert_eq!(s, StatusCode::FORBIDDEN);

    // Review, decide, lock by the district's leader.
    let leader = app.token_for("leader.ev", Role::Leader, Some(lb), None).await;
    let (s, r) = step(&app, &leader, id, json!({"action": "review", "comment": "Đồng ý"})).await;
    assert_eq!((s, r["stage"].as_str()), (StatusCode::OK, Some("reviewed")), "{r}");
    let (s, e) = step(&app, &leader, id, json!({"action": "decide", "level": "excellent"})).await;
    if r["level"] != "excellent" {
        // A level above the one the points give is refused.
        assert_error(s, &e, StatusCode::UNPROCESSABLE_ENTITY, "invalid", Some("level"));
        let (s, d) = step(&app, &leader, id, json!({"action": "decide"})).await;
        assert_eq!(s, StatusCode::OK, "{d}");
    }
    let (s, r) = step(&app, &leader, id, json!({"action": "lock"})).await;
    assert_eq!((s, r["stage"].as_str()), (StatusCode::OK, Some("locked")), "{r}");
    let locked_total = r["total"].clone();

    // A locked month: no new self-assessment, a recomputation leaves it alone.
    let (s, e) = step(
        &app,
        &staff,
        id,
        json!({"action": "submit_self", "criteria": criteria(0.0)}),
    )
    .await;
    assert_error(s, &e, StatusCode::UNPROCESSABLE_ENTITY, "invalid", Some("stage"));
    assert!(e["error"]["message"].as_str().unwrap().contains("đã khóa"), "{e}");
    let (_, sum) = app
        .post(
            "/api/v1/evaluations/compute",
            json!({"unit_id": bo_de, "period": period}),
        )
        .await;
    assert!(sum["skipped_closed"].as_u64().unwrap() >= 1, "{sum}");
    assert_eq!(
        app.get(&format!("/api/v1/evaluations/{id}")).await["record"]["total"],
        locked_total
    );

    // Reopening needs a reason and is recorded.
    let (s, e) = step(&app, &leader, id, json!({"action": "reopen"})).await;
    assert_error(s, &e, StatusCode::UNPROCESSABLE_ENTITY, "required", Some("reason"));
    let (s, r) = step(
        &app,
        &leader,
        id,
        json!({"action": "reopen", "reason": "Khiếu nại được chấp nhận"}),
    )
    .await;
    assert_eq!(
        (s, r["stage"].as_str(), r["reopened"].as_i64()),
        (StatusCode::OK, Some("reviewed"), Some(1)),
        "{r}"
    );
    let detail = app.get(&format!("/api/v1/evaluations/{id}")).await;
    let steps: Vec<&str> = detail["steps"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s["action"].as_str().unwrap())
        .collect();
    assert_eq!(steps, ["submit_self", "review", "decide", "lock", "reopen"], "{detail}");
    assert_eq!(detail["steps"][4]["note"], "Khiếu nại được chấp nhận");
});

both!(the_quota_is_checked_at_its_boundary, |app| async move {
    let lb = app.unit_id("quan long bien").await;
    // The unit of Long Biên with the most people: its evaluations of January 2019 (before the
    // demo's tasks: task results are entered by hand, so every score is chosen here).
    let people = app.get(&format!("/api/v1/people?within={lb}&limit=500")).await;
    let mut by_unit: std::collections::BTreeMap<i64, Vec<i64>> = Default::default();
    for p in people["items"].as_array().unwrap() {
        by_unit
            .entry(p["unit_id"].as_i64().unwrap())
            .or_default()
            .push(p["id"].as_i64().unwrap());
    }
    let (unit, members) = by_unit.into_iter().max_by_key(|(_, m)| m.len()).unwrap();
    let n = members.len();
    assert!(n >= 4, "a unit with a few people: {n}");
    let (s, sum) = app
        .post(
            "/api/v1/evaluations/compute",
            json!({"unit_id": unit, "period": "2019-01"}),
        )
        .await;
    assert_eq!(s, StatusCode::OK, "{sum}");
    let leader = app.token_for("leader.quota", Role::Leader, Some(lb), None).await;
    let mut ids = Vec::new();
    for (k, person) in members.iter().enumerate() {
        let token = app
            .token_for(&format!("staff.quota{k}"), Role::Staff, Some(unit), Some(*person))
            .await;
        let e = app
            .get(&format!("/api/v1/evaluations?person_id={person}&period=2019-01"))
            .await;
        let id = e[0]["id"].as_i64().unwrap();
        let (s, r) = step(
            &app,
            &token,
            id,
            json!({"action": "submit_self", "criteria": criteria(0.0), "task_points": 70, "bonus": [{"code": "sang_kien", "points": 4}]}),
        )
        .await;
        assert_eq!(s, StatusCode::OK, "{r}");
        assert_eq!(r["level"], "excellent", "{r}");
        let (s, r) = step(&app, &leader, id, json!({"action": "review"})).await;
        assert_eq!(s, StatusCode::OK, "{r}");
        ids.push(id);
    }
    // Quyết định 3814: excellent ≤ 30 % of everyone rated in the agency.
    let allowed = n * 30 / 100;
    for (k, id) in ids.iter().enumerate() {
        let (s, r) = step(&app, &leader, *id, json!({"action": "decide"})).await;
        if k < allowed {
            assert_eq!(s, StatusCode::OK, "decision {k} of {n}: {r}");
            assert_eq!(r["decided_level"], "excellent");
        } else {
            assert_error(s, &r, StatusCode::UNPROCESSABLE_ENTITY, "invalid", Some("level"));
            let msg = r["error"]["message"].as_str().unwrap();
            assert!(msg.contains(&format!("đã có {}/{n} xuất sắc", allowed + 1)), "{msg}");
            assert!(msg.contains("vượt tỷ lệ 30 %"), "{msg}");
            // Deciding one level lower fits.
            let (s, r) = step(&app, &leader, *id, json!({"action": "decide", "level": "good"})).await;
            assert_eq!((s, r["decided_level"].as_str()), (StatusCode::OK, Some("good")), "{r}");
        }
    }
});

both!(bad_input_and_rule_set_versions, |app| async move {
    let bo_de = app.unit_id("phuong bo de").await;
    for (period, family, field) in [
        ("2023-13", FAMILY, "period"),
        ("2017-06", FAMILY, "period"),
        ("2023-10", "khong_co", "family"),
        ("2023-Q4", FAMILY, "period"),
    ] {
        let (s, e) = app
            .post(
                "/api/v1/evaluations/compute",
                json!({"unit_id": bo_de, "period": period, "family": family}),
            )
            .await;
        assert_error(s, &e, StatusCode::UNPROCESSABLE_ENTITY, "invalid", Some(field));
    }
    let (s, _) = app
        .post(
            "/api/v1/evaluations/compute",
            json!({"unit_id": bo_de, "period": "2023-10"}),
        )
        .await;
    assert_eq!(s, StatusCode::OK);
    let sets = app.get("/api/v1/evaluation-rule-sets").await;
    assert_eq!(sets.as_array().unwrap().len(), 3, "{sets}");
    let hanoi = sets.as_array().unwrap().iter().find(|s| s["family"] == FAMILY).unwrap()["id"]
        .as_i64()
        .unwrap();
    // Only installation administrators change rule sets.
    let lb = app.unit_id("quan long bien").await;
    let district_admin = app.token_for("admin.ev", Role::Admin, Some(lb), None).await;
    let (s, _) = app
        .call_as(
            Some(&district_admin),
            Method::POST,
            &format!("/api/v1/evaluation-rule-sets/{hanoi}/clone"),
            None,
        )
        .await;
    assert_eq!(s, StatusCode::FORBIDDEN);
    let (s, draft) = app
        .post(&format!("/api/v1/evaluation-rule-sets/{hanoi}/clone"), json!({}))
        .await;
    assert_eq!(s, StatusCode::CREATED, "{draft}");
    assert_eq!(
        (draft["version"].as_i64(), draft["active"].as_bool()),
        (Some(2), Some(false))
    );
    let did = draft["id"].as_i64().unwrap();
    let body = app.get(&format!("/api/v1/evaluation-rule-sets/{did}")).await["body"].clone();
    // Levels that overlap are refused, naming the field; nothing changes.
    let mut overlapping = body.clone();
    overlapping["levels"][1]["below"] = json!(95);
    let (s, e) = app
        .put(&format!("/api/v1/evaluation-rule-sets/{did}"), overlapping)
        .await;
    assert_eq!(s, StatusCode::UNPROCESSABLE_ENTITY, "{e}");
    assert!(e["error"]["field"].as_str().unwrap().starts_with("levels"), "{e}");
    // An edited quota is kept; the active version cannot be edited.
    let mut edited = body.clone();
    edited["quotas"][0]["max_percent"] = json!(35);
    let (s, r) = app
        .put(&format!("/api/v1/evaluation-rule-sets/{did}"), edited.clone())
        .await;
    assert_eq!(s, StatusCode::OK, "{r}");
    let mut v1 = edited.clone();
    v1["version"] = json!(1);
    let (s, e) = app.put(&format!("/api/v1/evaluation-rule-sets/{hanoi}"), v1).await;
    assert_error(s, &e, StatusCode::UNPROCESSABLE_ENTITY, "invalid", Some("rule_set"));
    assert!(e["error"]["message"].as_str().unwrap().contains("đã áp dụng"), "{e}");
    // Activating from a date already evaluated would change it silently: refused.
    let (s, e) = app
        .post(
            &format!("/api/v1/evaluation-rule-sets/{did}/activate"),
            json!({"effective_from": "2023-10-01"}),
        )
        .await;
    assert_error(
        s,
        &e,
        StatusCode::UNPROCESSABLE_ENTITY,
        "invalid",
        Some("effective_from"),
    );
    let (s, r) = app
        .post(
            &format!("/api/v1/evaluation-rule-sets/{did}/activate"),
            json!({"effective_from": "2024-01-01"}),
        )
        .await;
    assert_eq!((s, r["active"].as_bool()), (StatusCode::OK, Some(true)), "{r}");
    // A new month uses the new version; the old month keeps the old one.
    let (_, sum) = app
        .post(
            "/api/v1/evaluations/compute",
            json!({"unit_id": bo_de, "period": "2024-01"}),
        )
        .await;
    assert_eq!(sum["version"], 2, "{sum}");
    let (_, sum) = app
        .post(
            "/api/v1/evaluations/compute",
            json!({"unit_id": bo_de, "period": "2023-10"}),
        )
        .await;
    assert_eq!(sum["version"], 1, "{sum}");
    let old = app
        .get(&format!("/api/v1/evaluations?within={bo_de}&period=2023-10"))
        .await;
    assert!(
        old.as_array().unwrap().iter().all(|e| e["rule_set_id"] == hanoi),
        "{old}"
    );
});

both!(the_public_feedback_form_resists_abuse, |app| async move {
    let bo_de = app.unit_id("phuong bo de").await;
    let (s, p) = app
        .post(
            "/api/v1/feedback-points",
            json!({"unit_id": bo_de, "name": "Bộ phận Một cửa phường Bồ Đề", "code": "bo-de"}),
        )
        .await;
    assert_eq!(s, StatusCode::CREATED, "{p}");
    let (s, e) = app
        .post(
            "/api/v1/feedback-points",
            json!({"unit_id": bo_de, "name": "Trùng", "code": "bo-de"}),
        )
        .await;
    assert_error(s, &e, StatusCode::CONFLICT, "duplicate_code", Some("code"));
    let form = |app: std::sync::Arc<TestApp>| async move {
        let (s, f) = app.call_as(None, Method::GET, "/api/v1/feedback/bo-de", None).await;
        assert_eq!(s, StatusCode::OK, "{f}");
        f["form_token"].as_str().unwrap().to_string()
    };
    let send = |app: std::sync::Arc<TestApp>, token: String, rating: i64| async move {
        app.call_as(
            None,
            Method::POST,
            "/api/v1/feedback/bo-de",
            Some(json!({"form_token": token, "rating": rating, "answers": {"thai_do": true}})),
        )
        .await
    };
    let token = form(app.clone()).await;
    // Sent at once: a script, not a person reading the questions.
    let (s, e) = send(app.clone(), token.clone(), 5).await;
    assert_error(s, &e, StatusCode::UNPROCESSABLE_ENTITY, "invalid", Some("form_token"));
    tokio::time::sleep(std::time::Duration::from_millis(3200)).await;
    let (s, e) = send(app.clone(), token.clone(), 9).await;
    assert_error(s, &e, StatusCode::UNPROCESSABLE_ENTITY, "invalid", Some("rating"));
    let mut forged = token.clone();
    forged.pop();
    forged.push(if token.ends_with('0') { '1' } else { '0' });
    let (s, e) = send(app.clone(), forged, 4).await;
    assert_error(s, &e, StatusCode::UNPROCESSABLE_ENTITY, "invalid", Some("form_token"));
    let (s, r) = send(app.clone(), token.clone(), 4).await;
    assert_eq!(s, StatusCode::CREATED, "{r}");
    // The same form again: refused.
    let (s, e) = send(app.clone(), token, 4).await;
    assert_error(s, &e, StatusCode::CONFLICT, "form_used", Some("form_token"));
    // A fresh form from the same device the same day: refused.
    let token = form(app.clone()).await;
    tokio::time::sleep(std::time::Duration::from_millis(3200)).await;
    let (s, e) = send(app.clone(), token, 5).await;
    assert_error(s, &e, StatusCode::TOO_MANY_REQUESTS, "feedback_limit", None);
    // An unknown desk.
    let (s, _) = app.call_as(None, Method::GET, "/api/v1/feedback/khong-co", None).await;
    assert_eq!(s, StatusCode::NOT_FOUND);
    let desks = app.get(&format!("/api/v1/feedback-points?within={bo_de}")).await;
    assert_eq!(desks.as_array().unwrap().len(), 1);
});

both!(the_assigning_unit_marks_quality_and_it_counts, |app| async move {
    let bo_de = app.unit_id("phuong bo de").await;
    let tasks = app.get(&format!("/api/v1/tasks?within={bo_de}&limit=500")).await;
    let done = tasks["items"]
        .as_array()
        .unwrap()
        .iter()
        .find(|t| t["completed_on"].is_string() && t["responsible_id"].is_i64())
        .cloned()
        .expect("a completed task with a responsible person");
    let task = done["id"].as_i64().unwrap();
    let (s, e) = app
        .post(
            &format!("/api/v1/tasks/{task}/evaluation-marks"),
            json!({"quality_failure": "  "}),
        )
        .await;
    assert_error(
        s,
        &e,
        StatusCode::UNPROCESSABLE_ENTITY,
        "required",
        Some("quality_reason"),
    );
    let (s, e) = app
        .post(&format!("/api/v1/tasks/{task}/evaluation-marks"), json!({"weight": 0}))
        .await;
    assert_error(s, &e, StatusCode::UNPROCESSABLE_ENTITY, "invalid", Some("weight"));
    let (s, m) = app
        .post(
            &format!("/api/v1/tasks/{task}/evaluation-marks"),
            json!({"quality_failure": "Báo cáo thiếu số liệu", "exceeded": true}),
        )
        .await;
    assert_eq!(s, StatusCode::OK, "{m}");
    assert_eq!(
        (m["quality_failures"].as_i64(), m["exceeded"].as_bool()),
        (Some(1), Some(true))
    );
    let done_on = done["completed_on"].as_str().unwrap();
    let period = &done_on[..7];
    let person = done["responsible_id"].as_i64().unwrap();
    let (s, _) = app
        .post(
            "/api/v1/evaluations/compute",
            json!({"unit_id": bo_de, "period": period}),
        )
        .await;
    assert_eq!(s, StatusCode::OK);
    let list = app
        .get(&format!("/api/v1/evaluations?person_id={person}&period={period}"))
        .await;
    let id = list[0]["id"].as_i64().unwrap();
    let detail = app.get(&format!("/api/v1/evaluations/{id}")).await;
    let line = detail["lines"]
        .as_array()
        .unwrap()
        .iter()
        .find(|l| l["task_id"] == task)
        .unwrap_or_else(|| panic!("task {task} counted in {period}: {detail}"));
    let text = line["vi"].as_str().unwrap();
    assert!(text.contains("1 lần đánh giá chưa đạt chất lượng"), "{text}");
    assert!(text.contains("vượt mức"), "{text}");
    // The audit trail keeps the reason.
    let audit = app.get(&format!("/api/v1/tasks/{task}/audit")).await;
    assert!(audit.to_string().contains("Báo cáo thiếu số liệu"), "{audit}");
});

both!(the_demo_evaluates_long_bien_within_the_quota, |app| async move {
    let stats = fixtures::seed_evaluation::load(&app.db.db, 7)
        .await
        .expect("the demo evaluation loads");
    assert!(stats.evaluations > 100, "{stats:?}");
    assert!(stats.disputes > 0 && stats.reopened == 1, "{stats:?}");
    assert_eq!(stats.feedback, 72, "{stats:?}");
    let lb = app.unit_id("quan long bien").await;
    let oct = app
        .get(&format!("/api/v1/evaluations?within={lb}&period=2023-10&limit=500"))
        .await;
    let all = oct.as_array().unwrap();
    assert!(all.iter().all(|e| e["stage"] == "locked"), "{oct}");
    // Within each unit, at most 30 % decided excellent.
    let mut by_unit: std::collections::BTreeMap<i64, (usize, usize)> = Default::default();
    for e in all {
        let c = by_unit.entry(e["unit_id"].as_i64().unwrap()).or_default();
        c.0 += 1;
        c.1 += usize::from(e["decided_level"] == "excellent");
    }
    for (unit, (n, a)) in by_unit {
        assert!(a * 100 <= n * 30, "unit {unit}: {a}/{n} excellent");
    }
    let desks = app.get(&format!("/api/v1/feedback-points?within={lb}")).await;
    assert_eq!(desks.as_array().unwrap().len(), 2, "{desks}");
});
