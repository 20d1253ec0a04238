//! The authorization matrix: every role × every route of the policy table × a record in the
//! role's scope and one outside it. Expected outcomes come from the domain's rule
//! (`Principal::can`), observed outcomes from the real server. A route missing here fails.

use domain::access::{Action, Binding, Operation, Principal, Role};
use domain::unit::UnitPath;
use reqwest::{Method, StatusCode};
use serde_json::{Value, json};
use store::access::{Belonging, Subject};
use web::auth::policy::{Policy, ROUTE_POLICY};

use crate::common::*;

/// Ids of one record of each kind, all in one part of the tree.
#[derive(Clone, Copy, Debug)]
struct Records {
    unit: i64,
    person: i64,
    document: i64,
    theme: Option<i64>,
    task: i64,
    target: Option<i64>,
    extension: i64,
    explanation: i64,
    user: i64,
    /// A requirement issued by the unit for the units of a kind under it, and one of its items.
    requirement: i64,
    item: i64,
    /// A conference the unit holds, with itself as its bridge point.
    conference: i64,
    /// An inspection of the part of the tree at its (confidential) draft.
    insp: crate::inspection_scene::Inspected,
}

async fn first(app: &TestApp, path: &str) -> Option<i64> {
    app.get(path).await["items"][0]["id"].as_i64()
}

async fn records(app: &TestApp, unit: i64, user: i64) -> Records {
    let task = first(app, &format!("/api/v1/tasks?within={unit}"))
        .await
        .expect("a task");
    let (extension, explanation) = app.open_requests(task).await;
    let themes = app.get(&format!("/api/v1/themes?within={unit}")).await;
    let (requirement, item) = requirement(app, unit).await;
    let (s, conference) = app
        .post(
            "/api/v1/conferences",
            json!({"host_unit_id": unit, "kind": "briefing", "title": "Giao ban", "starts_on": "2023-01-12",
                "format": "online", "bridge_points": [{"unit_id": unit, "expected": 20}]}),
        )
        .await;
    assert!(s.is_success(), "{conference}");
    Records {
        unit,
        person: first(app, &format!("/api/v1/people?within={unit}"))
            .await
            .expect("a person"),
        document: first(app, &format!("/api/v1/documents?within={unit}"))
            .await
            .expect("a document"),
        theme: themes[0]["id"].as_i64(),
        task,
        target: first(app, &format!("/api/v1/targets?within={unit}")).await,
        extension,
        explanation,
        user,
        requirement,
        item,
        conference: conference["conference"]["id"].as_i64().unwrap(),
        insp: crate::inspection_scene::drafted(app, unit).await,
    }
}

/// A requirement `unit` sets for the units of a kind under it (wards of a district, chi bộ of
/// a ward), and its first item.
async fn requirement(app: &TestApp, unit: i64) -> (i64, i64) {
    let kind = if app.get(&format!("/api/v1/units/{unit}")).await["kind"] == "district" {
        "ward"
    } else {
        "party_cell"
    };
    let (s, made) = app
        .post(
            "/api/v1/requirements",
            json!({"issuer_unit_id": unit, "scope_unit_id": unit, "unit_kind": kind, "title": "Thử", "due_on": "2023-10-31"}),
        )
        .await;
    assert!(s.is_success(), "{made}");
    let id = made["requirement"]["id"].as_i64().unwrap();
    let items = app
        .get(&format!("/api/v1/requirements/{id}/items?unit_id={unit}"))
        .await;
    (id, items[0]["id"].as_i64().expect("an item"))
}

/// The request a route gets, and the record it is about (`None`: no record, e.g. `/auth/me`).
fn request(method: &str, route: &str, r: &Records) -> Option<(String, Option<Value>, Option<Subject>)> {
    let id_of = |route: &str| -> Option<(i64, Subject)> {
        let seg = route.trim_start_matches("/api/v1/").split('/').next().unwrap_or("");
        Some(match seg {
            "units" => (r.unit, Subject::Unit(r.unit)),
            "people" => (r.person, Subject::Person(r.person)),
            "documents" => (r.document, Subject::Document(r.document)),
            "themes" => (r.theme?, Subject::Theme(r.theme?)),
            "tasks" => (r.task, Subject::Task(r.task)),
            "targets" => (r.target?, Subject::Target(r.target?)),
            "requirements" => (r.requirement, Subject::Requirement(r.requirement)),
            "requirement-items" => (r.item, Subject::RequirementItem(r.item)),
            "conferences" => (r.conference, Subject::Conference(r.conference)),
            "inspections" => (r.insp.inspection, Subject::Inspection(r.insp.inspection)),
            // A plan is read by those who read its commission.
            "inspection-plans" => (r.insp.plan, Subject::Unit(r.insp.body)),
            // The draft: confidential to the team and the commission.
            "inspection-records" => (r.insp.draft, Subject::InspectionRecord(r.insp.draft)),
            _ => return None,
        })
    };
    let unit = Subject::Unit(r.unit);
    let (u, d) = (r.unit, r.document);
    let (path, body, subject): (String, Option<Value>, Option<Subject>) = match (method, route) {
        (_, p) if p.starts_with("/api/v1/users") => {
            let path = p.replace("{id}", &r.user.to_string());
            let body = match method {
                "POST" if p == "/api/v1/users" => Some(
                    json!({"login": format!("u{u}x{}", r.task), "display_name": "Thử", "password": "mat-khau-thu-nghiem", "roles": [{"role": "leader", "unit_id": u}]}),
                ),
                "POST" => Some(json!({"new_password": "mat-khau-moi-thu-nghiem"})),
                "PUT" => Some(json!({"roles": [{"role": "leader", "unit_id": u}]})),
                _ => None,
            };
            (path, body, Some(unit))
        }
        (_, p) if p.starts_with("/api/v1/auth") => (
            p.replace("{id}", "999999"),
            Some(json!({"name": "t", "current_password": "x", "new_password": "y", "login": "x", "password": "y"})),
            None,
        ),
        ("GET", "/api/v1/health") | ("GET", "/api/v1/openapi.json") => return None,
        ("POST", "/api/v1/symbols/parse") => (route.into(), Some(json!({"symbol": "152-KH/QU"})), None),
        ("GET", "/api/v1/search") => (format!("{route}?q=phuong"), None, None),
        // Everything the caller reads: no subject, so every signed-in role may ask.
        ("GET", "/api/v1/rollup/all") => (route.into(), None, None),
        ("GET", "/api/v1/evaluations/mine") => (format!("{route}?period=2019-01"), None, None),
        ("GET", "/api/v1/evaluation-rule-sets") => (route.into(), None, None),
        ("GET", "/api/v1/rollup") => (format!("{route}?unit_id={u}"), None, Some(unit)),
        ("GET", "/api/v1/reports/implementation") => (format!("{route}?unit_id={u}&period=2023"), None, Some(unit)),
        ("GET", p) if !p.contains('{') => (format!("{p}?within={u}"), None, Some(unit)),
        ("POST", "/api/v1/units") => (
            route.into(),
            Some(json!({"parent_id": u, "kind": "party_cell", "name": "Chi bộ thử"})),
            Some(unit),
        ),
        ("POST", "/api/v1/people") => (
            route.into(),
            Some(json!({"unit_id": u, "name": "Nguyễn Văn Thử", "category": "civil_servant"})),
            Some(unit),
        ),
        ("POST", "/api/v1/documents") => (
            route.into(),
            Some(
                json!({"symbol": format!("{}-KH/ĐU", 900 + u % 90), "title": "Thử", "issuer_unit_id": u, "issued_on": "2023-12-01"}),
            ),
            Some(unit),
        ),
        ("POST", "/api/v1/themes") => (
            route.into(),
            Some(json!({"unit_id": u, "year": 2030, "title": "Thử"})),
            Some(unit),
        ),
        ("POST", "/api/v1/targets") => (
            route.into(),
            Some(
                json!({"unit_id": u, "period": "2030", "indicator": "Thử", "uom": "%", "direction": "higher", "planned": 1.0}),
            ),
            Some(unit),
        ),
        ("POST", "/api/v1/tasks") => (
            route.into(),
            Some(json!({"plan_id": d, "title": "Thử", "lead_unit_id": u, "deadline_text": "Quý IV/2099"})),
            Some(Subject::Document(d)),
        ),
        ("POST", "/api/v1/tasks/batch") => (
            route.into(),
            Some(json!({"tasks": [{"plan_id": d, "title": "Thử", "lead_unit_id": u, "deadline_text": "Quý IV/2099"}]})),
            Some(Subject::Document(d)),
        ),
        ("POST", "/api/v1/plans/extract") => (
            route.into(),
            Some(json!({"text": "I. NHIỆM VỤ\n1. Thử", "issuer_unit_id": u})),
            Some(unit),
        ),
        // Sheets: the route's own operation here; each row's record checks in `imports.rs`. A
        // JSON body stops past authorization (415: a sheet is sent as multipart).
        ("POST", p) if p.starts_with("/api/v1/imports/") => (route.into(), Some(json!({})), None),
        ("POST", "/api/v1/plans/import") => (
            route.into(),
            Some(
                json!({"document": {"symbol": format!("{}-KH/ĐU", 800 + u % 90), "title": "Thử", "issuer_unit_id": u, "issued_on": "2023-12-01"}, "tasks": []}),
            ),
            Some(unit),
        ),
        ("POST", "/api/v1/requirements") => (
            route.into(),
            Some(
                json!({"issuer_unit_id": u, "scope_unit_id": u, "unit_kind": "ward", "title": "Thử", "due_on": "2023-12-31"}),
            ),
            Some(unit),
        ),
        ("POST", "/api/v1/meetings") => (
            route.into(),
            Some(
                json!({"unit_id": u, "held_on": "2023-10-05", "topic": "Thử", "attendance": {"present": 1, "expected": 2}}),
            ),
            Some(unit),
        ),
        ("POST", "/api/v1/requirements/{id}/reminders") => (
            format!("/api/v1/requirements/{}/reminders", r.requirement),
            None,
            Some(Subject::Requirement(r.requirement)),
        ),
        ("POST", p) if p.starts_with("/api/v1/requirement-items/") => (
            p.replace("{id}", &r.item.to_string()),
            Some(json!({"done_on": "2023-10-05", "note": "Thử", "accept": false, "reason": "Thử"})),
            Some(Subject::RequirementItem(r.item)),
        ),
        // Conferences: a valid conference, attendance within what is expected, a conclusion
        // whose title is missing (refused after authorization), a version never read.
        ("POST", "/api/v1/conferences") => (
            route.into(),
            Some(
                json!({"host_unit_id": u, "kind": "briefing", "title": "Thử", "starts_on": "2023-01-12", "format": "online"}),
            ),
            Some(unit),
        ),
        ("POST", "/api/v1/conference-series") => (
            route.into(),
            Some(json!({"host_unit_id": u, "title": "Thử"})),
            Some(unit),
        ),
        ("PUT", "/api/v1/conferences/{id}") => (
            format!("/api/v1/conferences/{}", r.conference),
            Some(
                json!({"version": 999_999, "host_unit_id": u, "kind": "briefing", "title": "Thử", "starts_on": "2023-01-12", "format": "online"}),
            ),
            Some(Subject::Conference(r.conference)),
        ),
        ("POST", "/api/v1/conferences/{id}/attendance") => (
            format!("/api/v1/conferences/{}/attendance", r.conference),
            Some(json!({"points": [{"unit_id": u, "present": 0}]})),
            Some(Subject::Conference(r.conference)),
        ),
        // The invitation list: one of the unit's people added (then removed), the roll-call
        // clearing a mark (refused after authorization when they are not on the list).
        ("POST", "/api/v1/conferences/{id}/invitees") => (
            format!("/api/v1/conferences/{}/invitees", r.conference),
            Some(json!({"person_id": r.person})),
            Some(Subject::Conference(r.conference)),
        ),
        ("DELETE", "/api/v1/conferences/{id}/invitees/{person_id}") => (
            format!("/api/v1/conferences/{}/invitees/{}", r.conference, r.person),
            None,
            Some(Subject::Conference(r.conference)),
        ),
        ("POST", "/api/v1/conferences/{id}/roll-call") => (
            format!("/api/v1/conferences/{}/roll-call", r.conference),
            Some(json!({"marks": [{"person_id": r.person, "mark": "invited"}]})),
            Some(Subject::Conference(r.conference)),
        ),
        ("POST", "/api/v1/conferences/{id}/conclusion") => (
            format!("/api/v1/conferences/{}/conclusion", r.conference),
            Some(
                json!({"document": {"symbol": "9-TB/ĐU", "title": "", "issuer_unit_id": u, "issued_on": "2023-01-20"}, "tasks": []}),
            ),
            Some(Subject::Conference(r.conference)),
        ),
        // Inspections: bodies that parse, so an allowed call stops after authorization (a date
        // ahead of today, no findings, a step out of turn at "drafted").
        ("POST", "/api/v1/inspection-plans") => (
            route.into(),
            Some(
                json!({"body_unit_id": r.insp.body, "year": 2023, "title": "Thử", "items": [
                {"content": "Thử", "subject_unit_ids": [r.insp.subject], "time_text": "Quý IV/2023", "method": "inspection"}]}),
            ),
            Some(Subject::Unit(r.insp.body)),
        ),
        ("POST", p) if p.starts_with("/api/v1/inspections/{id}/") => {
            let i = r.insp.inspection;
            let path = p
                .replace("{id}", &i.to_string())
                .replace("{recommendation_id}", "999999");
            let body = match p.rsplit('/').next().unwrap_or("") {
                "decision" => json!({"symbol": "1-QĐ/UBKTQU", "decided_on": "2023-10-02", "starts_on": "2023-10-02",
                    "ends_on": "2023-10-30", "team": [{"person_id": r.person, "role": "head"}]}),
                "conclusion" => {
                    json!({"symbol": "1-TB/UBKTQU", "concluded_on": "2023-11-01", "summary": "Thử", "findings": []})
                }
                "close" if p.contains("recommendations") => json!({"reason": ""}),
                "close" => json!({}),
                _ => json!({"subject_unit_id": r.insp.subject, "dated_on": "2099-01-01", "text": "Thử"}),
            };
            (path, Some(body), Some(Subject::Inspection(i)))
        }
        // Evaluation: the routes about one evaluation or rule set (`{id}`) are checked by
        // `evaluation.rs` (their rights depend on who the caller is to the record).
        ("POST", "/api/v1/evaluations/compute") => (
            route.into(),
            Some(json!({"unit_id": u, "period": "2019-01"})),
            Some(unit),
        ),
        ("POST", "/api/v1/feedback-points") => (
            route.into(),
            Some(json!({"unit_id": u, "name": "Thử", "code": format!("thu-{u}-{}", r.task)})),
            Some(unit),
        ),
        ("POST", p) if p.starts_with("/api/v1/evaluation-years") => (
            route.into(),
            Some(json!({"person_id": r.person, "year": 2019, "version": 0, "override_level": "good", "reason": "Thử"})),
            Some(Subject::Person(r.person)),
        ),
        (m, p) if p.contains("{id}") => {
            let (id, subject) = id_of(p)?;
            let path = p
                .replace("{id}", &id.to_string())
                .replace("{link_id}", "999999")
                .replace("{report_id}", "999999")
                .replace(
                    "{request_id}",
                    &if p.contains("extensions") {
                        r.extension
                    } else {
                        r.explanation
                    }
                    .to_string(),
                );
            // Version 0 is always stale: an authorized edit stops at 409 and changes nothing.
            let seg = p.trim_start_matches("/api/v1/").split('/').next().unwrap_or("");
            let body = match m {
                "GET" => None,
                "DELETE" => return Some((format!("{path}?version=0"), None, Some(subject))),
                "PUT" => Some(match seg {
                    "units" => json!({"version": 0, "parent_id": u, "kind": "ward", "name": "Thử"}),
                    "people" => json!({"version": 0, "unit_id": u, "name": "Thử", "category": "civil_servant"}),
                    "documents" => {
                        json!({"version": 0, "symbol": "152-KH/QU", "title": "Thử", "issuer_unit_id": u, "issued_on": "2023-01-01"})
                    }
                    "themes" => json!({"version": 0, "unit_id": u, "year": 2023, "title": "Thử"}),
                    "tasks" => {
                        json!({"version": 0, "plan_id": d, "title": "Thử", "lead_unit_id": u, "deadline_text": "Quý IV/2099"})
                    }
                    _ => {
                        json!({"version": 0, "unit_id": u, "period": "2030", "indicator": "Thử", "uom": "%", "direction": "higher", "planned": 1.0})
                    }
                }),
                _ if p.ends_with("/subtasks") => {
                    Some(json!({"title": "Thử", "lead_unit_id": u, "deadline_text": "Quý IV/2099"}))
                }
                _ => Some(
                    json!({"version": 0, "percent": 10, "text": "Thử", "new_due_on": "2099-12-31", "reason": "Thử",
                                 "approve": false, "measured_on": "2023-12-01", "value": 1.0, "to_id": d, "kind": "guides"}),
                ),
            };
            (path, body, Some(subject))
        }
        _ => panic!("{method} {route}: add this route to the authorization matrix"),
    };
    Some((path, body, subject))
}

/// What the domain's rule says the request must get: `Ok(())` allowed, `Err(codes)` refused.
fn expected(p: Option<&Principal>, op: Operation, b: Option<&Belonging>, body_ref: bool) -> Result<(), &'static [u16]> {
    let Some(p) = p else { return Err(&[401]) };
    if !p.may_at_all(op.rule().action) {
        return Err(&[403]);
    }
    let Some(b) = b else { return Ok(()) };
    if !p.can_read(&b.target()) {
        // Invisible: like a missing record (a reference in the body is a bad field).
        return Err(if body_ref { &[404, 422] } else { &[404] });
    }
    if op != Operation::Read && !p.may(op, &b.target()) {
        return Err(&[403]);
    }
    Ok(())
}

both!(every_role_on_every_route, |app| async move {
    let (lb, hbt, bo_de) = (
        app.unit_id("quan long bien").await,
        app.unit_id("quan hai ba trung").await,
        app.unit_id("phuong bo de").await,
    );
    let path_of = |id: i64| {
        let app = app.clone();
        async move { UnitPath::parse(app.get(&format!("/api/v1/units/{id}")).await["path"].as_str().unwrap()).unwrap() }
    };
    let staff_task = app.get(&format!("/api/v1/tasks?within={bo_de}&limit=500")).await["items"]
        .as_array()
        .unwrap()
        .iter()
        .find(|t| t["responsible_id"].is_i64())
        .cloned()
        .expect("a task with a responsible person");
    let staff_person = staff_task["responsible_id"].as_i64().unwrap();
    let roles: Vec<(&str, Option<(Role, i64)>)> = vec![
        ("anonymous", None),
        ("admin.lb", Some((Role::Admin, lb))),
        ("leader.lb", Some((Role::Leader, lb))),
        ("specialist.lb", Some((Role::Specialist, lb))),
        ("officer.bode", Some((Role::UnitOfficer, bo_de))),
        ("inspector.lb", Some((Role::Inspector, lb))),
        ("staff.bode", Some((Role::Staff, bo_de))),
    ];
    let mut cases = 0;
    let mut failures = Vec::new();
    for (login, binding) in roles {
        let (token, principal) = match binding {
            None => (None, None),
            Some((role, unit)) => {
                let person = (role == Role::Staff).then_some(staff_person);
                let t = app.token_for(login, role, Some(unit), person).await;
                let b = Binding {
                    role,
                    unit_path: Some(path_of(unit).await),
                };
                let user = app
                    .get("/api/v1/users")
                    .await
                    .as_array()
                    .unwrap()
                    .iter()
                    .find(|u| u["user"]["login"] == login)
                    .and_then(|u| u["user"]["id"].as_i64())
                    .unwrap();
                (
                    Some(t),
                    Some(Principal {
                        user_id: user,
                        login: login.into(),
                        person_id: person,
                        bindings: vec![b],
                    }),
                )
            }
        };
        let home = match binding {
            Some((Role::UnitOfficer | Role::Staff, _)) => bo_de,
            _ => lb,
        };
        // Accounts to be managed: one in the role's subtree, one outside it.
        let user_id = |name: String| {
            let app = app.clone();
            async move {
                app.get("/api/v1/users")
                    .await
                    .as_array()
                    .unwrap()
                    .iter()
                    .find(|u| u["user"]["login"] == name.as_str())
                    .and_then(|u| u["user"]["id"].as_i64())
                    .unwrap()
            }
        };
        app.token_for(&format!("{login}.in"), Role::Leader, Some(home), None)
            .await;
        app.token_for(&format!("{login}.out"), Role::Leader, Some(hbt), None)
            .await;
        let inside = records(&app, home, user_id(format!("{login}.in")).await).await;
        let outside = records(&app, hbt, user_id(format!("{login}.out")).await).await;
        for (which, r) in [("in", inside), ("out", outside)] {
            for (method, route, policy) in ROUTE_POLICY {
                let Policy::Signed(action) = policy else { continue };
                let action = *action;
                let Some((path, body, subject)) = request(method, route, &r) else {
                    continue;
                };
                let mut belonging = match subject {
                    Some(s) => Some(
                        store::access::belonging(&mut app.db.db.read().await.unwrap(), s)
                            .await
                            .unwrap(),
                    ),
                    None => None,
                };
                // Staff act on the task they are responsible for: their "in" task is that one.
                if login == "staff.bode" && which == "in" && matches!(subject, Some(Subject::Task(_))) {
                    belonging = Some(
                        store::access::belonging(
                            &mut app.db.db.read().await.unwrap(),
                            Subject::Task(staff_task["id"].as_i64().unwrap()),
                        )
                        .await
                        .unwrap(),
                    );
                }
                let path = if login == "staff.bode" && which == "in" && route.starts_with("/api/v1/tasks/{id}") {
                    path.replacen(
                        &format!("/tasks/{}", r.task),
                        &format!("/tasks/{}", staff_task["id"]),
                        1,
                    )
                } else {
                    path
                };
                let body_ref = body.is_some() && !route.contains("{id}");
                let want = if route.starts_with("/api/v1/users") {
                    // Accounts: administrators only, and only within their own subtree.
                    match &principal {
                        None => Err(&[401][..]),
                        Some(p) if !p.may_at_all(Action::ManageUsers) => Err(&[403][..]),
                        // Outside their subtree: accounts are invisible, roles cannot be granted.
                        Some(_) if which == "out" && !(*method == "GET" && *route == "/api/v1/users") => {
                            Err(&[403, 404][..])
                        }
                        Some(_) => Ok(()),
                    }
                } else {
                    expected(principal.as_ref(), action, belonging.as_ref(), body_ref)
                };
                let m = Method::from_bytes(method.as_bytes()).unwrap();
                let (status, resp) = app.call_as(token.as_deref(), m, &path, body).await;
                cases += 1;
                let ok = match want {
                    Ok(()) => {
                        // Allowed: past authorization (a GET finds the record).
                        !matches!(status.as_u16(), 401 | 403) && (status != StatusCode::NOT_FOUND || *method != "GET")
                    }
                    Err(codes) => codes.contains(&status.as_u16()),
                };
                if !ok {
                    failures.push(format!(
                        "{login} {which} {method} {path}: got {status} want {want:?}: {resp}"
                    ));
                }
            }
        }
    }
    assert!(
        failures.is_empty(),
        "{} of {cases} cases wrong:\n{}",
        failures.len(),
        failures.join("\n")
    );
    eprintln!("authorization matrix: {cases} cases");
});
