//! The authorization matrix, second half: the records an input *names*. Every role × every
//! write route × every field that names a record, with the subject in Long Biên and the named
//! record in Hai Bà Trưng (units, people, tasks, documents, accounts' people and roles). A caller
//! allowed to act on the subject must be refused on that field (`unknown_reference`,
//! `out_of_scope` or `forbidden`, naming it); any other caller is refused as the route matrix
//! says. Nothing may succeed. The fields come from the OpenAPI document, so a new field that
//! names a record and is missing here fails the test.

use domain::access::{Action, Binding, Operation, Principal, Role};
use domain::unit::UnitPath;
use reqwest::Method;
use serde_json::{Value, json};
use store::access::Subject;
use web::auth::policy::{Policy, ROUTE_POLICY};

mod compliance;
mod conferences;
mod documented;
mod inspections;
mod scene;

use documented::{IGNORED, documented_references};
use scene::{Scene, scene};

/// One case: the request, the field it names out of scope (as the error names it), the
/// documented field it covers, the operation and its subject.
struct Case {
    method: &'static str,
    route: &'static str,
    path: String,
    body: Value,
    field: String,
    covers: String,
    subject: Subject,
}

fn cases(sc: &Scene, user: i64) -> Vec<Case> {
    let (ou, op, ot, od) = (sc.out_unit, sc.out_person, sc.out_task, sc.out_document);
    let task = |k: &str, v: Value| {
        let mut b =
            json!({"plan_id": sc.plan, "title": "Thử", "lead_unit_id": sc.unit, "deadline_text": "Quý IV/2099"});
        b[k] = v;
        b
    };
    let task_refs = [
        ("plan_id", json!(od)),
        ("lead_unit_id", json!(ou)),
        ("cooperating_unit_ids", json!([ou])),
        ("responsible_id", json!(op)),
        ("parent_id", json!(ot)),
    ];
    let mut out = Vec::new();
    let mut push = |method, route, path: String, body: Value, field: &str, covers: &str, subject| {
        out.push(Case {
            method,
            route,
            path,
            body,
            field: field.to_string(),
            covers: covers.to_string(),
            subject,
        })
    };
    let plan = Subject::Document(sc.plan);
    for (f, v) in &task_refs {
        push(
            "POST",
            "/api/v1/tasks",
            "/api/v1/tasks".into(),
            task(f, v.clone()),
            f,
            f,
            plan,
        );
        push(
            "POST",
            "/api/v1/tasks/batch",
            "/api/v1/tasks/batch".into(),
            json!({"tasks": [task(f, v.clone())]}),
            &format!("tasks[0].{f}"),
            &format!("tasks[].{f}"),
            plan,
        );
        let mut edit = task(f, v.clone());
        edit["version"] = sc.task_version.clone();
        push(
            "PUT",
            "/api/v1/tasks/{id}",
            format!("/api/v1/tasks/{}", sc.task),
            edit,
            f,
            f,
            Subject::Task(sc.task),
        );
        if !matches!(*f, "parent_id" | "plan_id") {
            push(
                "POST",
                "/api/v1/tasks/{id}/subtasks",
                format!("/api/v1/tasks/{}/subtasks", sc.task),
                task(f, v.clone()),
                f,
                f,
                Subject::Task(sc.task),
            );
        }
    }
    let t = Subject::Task(sc.task);
    let on = |p: &str| format!("/api/v1/tasks/{}/{p}", sc.task);
    push(
        "PUT",
        "/api/v1/tasks/{id}/responsible",
        on("responsible"),
        json!({"version": sc.task_version, "responsible_id": op}),
        "responsible_id",
        "responsible_id",
        t,
    );
    push(
        "POST",
        "/api/v1/tasks/{id}/progress",
        on("progress"),
        json!({"percent": 10, "text": "Thử", "author_id": op}),
        "author_id",
        "author_id",
        t,
    );
    push(
        "POST",
        "/api/v1/tasks/{id}/complete",
        on("complete"),
        json!({"version": sc.task_version, "author_id": op}),
        "author_id",
        "author_id",
        t,
    );
    push(
        "POST",
        "/api/v1/tasks/{id}/extensions",
        on("extensions"),
        json!({"new_due_on": "2099-12-31", "reason": "Thử", "requested_by": op}),
        "requested_by",
        "requested_by",
        t,
    );
    push(
        "POST",
        "/api/v1/tasks/{id}/extensions/{request_id}/decision",
        format!("/api/v1/tasks/{}/extensions/{}/decision", sc.ext_task, sc.ext_id),
        json!({"approve": false, "note": "Thử", "decided_by": op}),
        "decided_by",
        "decided_by",
        Subject::Task(sc.ext_task),
    );
    push(
        "POST",
        "/api/v1/tasks/{id}/explanations",
        on("explanations"),
        json!({"text": "Thử", "person_id": op}),
        "person_id",
        "person_id",
        t,
    );
    push(
        "POST",
        "/api/v1/tasks/{id}/explanations",
        on("explanations"),
        json!({"text": "Thử", "addressee_unit_id": ou}),
        "addressee_unit_id",
        "addressee_unit_id",
        t,
    );
    push(
        "POST",
        "/api/v1/tasks/{id}/explanations/{request_id}/answer",
        format!("/api/v1/tasks/{}/explanations/{}/answer", sc.exp_task, sc.exp_id),
        json!({"text": "Thử", "person_id": op}),
        "person_id",
        "person_id",
        Subject::Task(sc.exp_task),
    );
    push(
        "POST",
        "/api/v1/tasks/{id}/cancel",
        on("cancel"),
        json!({"version": sc.task_version, "reason": "Thử", "person_id": op}),
        "person_id",
        "person_id",
        t,
    );
    for p in ["comments", "urges"] {
        let route = if p == "comments" {
            "/api/v1/tasks/{id}/comments"
        } else {
            "/api/v1/tasks/{id}/urges"
        };
        push(
            "POST",
            route,
            on(p),
            json!({"text": "Thử", "person_id": op}),
            "person_id",
            "person_id",
            t,
        );
    }
    let d = Subject::Document(sc.plan);
    push(
        "POST",
        "/api/v1/documents/{id}/links",
        format!("/api/v1/documents/{}/links", sc.plan),
        json!({"to_id": od, "kind": "guides"}),
        "to_id",
        "to_id",
        d,
    );
    let doc = |issuer: i64| json!({"symbol": "901-KH/QU", "title": "Thử", "issuer_unit_id": issuer, "issued_on": "2023-11-01"});
    let u = Subject::Unit(sc.unit);
    push(
        "POST",
        "/api/v1/documents",
        "/api/v1/documents".into(),
        doc(ou),
        "issuer_unit_id",
        "issuer_unit_id",
        u,
    );
    let mut edit = doc(ou);
    edit["version"] = json!(0);
    push(
        "PUT",
        "/api/v1/documents/{id}",
        format!("/api/v1/documents/{}", sc.plan),
        edit,
        "issuer_unit_id",
        "issuer_unit_id",
        d,
    );
    push(
        "POST",
        "/api/v1/units",
        "/api/v1/units".into(),
        json!({"parent_id": ou, "kind": "party_cell", "name": "Chi bộ thử"}),
        "parent_id",
        "parent_id",
        u,
    );
    push(
        "PUT",
        "/api/v1/units/{id}",
        format!("/api/v1/units/{}", sc.unit),
        json!({"version": sc.unit_version, "parent_id": ou, "kind": "peoples_committee", "name": "UBND phường Bồ Đề"}),
        "parent_id",
        "parent_id",
        u,
    );
    let person = |unit: i64| json!({"unit_id": unit, "name": "Nguyễn Văn Thử", "category": "civil_servant"});
    push(
        "POST",
        "/api/v1/people",
        "/api/v1/people".into(),
        person(ou),
        "unit_id",
        "unit_id",
        u,
    );
    let mut edit = person(ou);
    edit["version"] = sc.person_version.clone();
    push(
        "PUT",
        "/api/v1/people/{id}",
        format!("/api/v1/people/{}", sc.person),
        edit,
        "unit_id",
        "unit_id",
        Subject::Person(sc.person),
    );
    push(
        "POST",
        "/api/v1/themes",
        "/api/v1/themes".into(),
        json!({"unit_id": ou, "year": 2031, "title": "Thử"}),
        "unit_id",
        "unit_id",
        u,
    );
    push(
        "POST",
        "/api/v1/themes",
        "/api/v1/themes".into(),
        json!({"unit_id": sc.unit, "year": 2032, "title": "Thử", "plan_ids": [od]}),
        "plan_ids[0]",
        "plan_ids",
        u,
    );
    if let Some((id, th)) = &sc.theme {
        let mut edit = json!({"version": th["version"], "unit_id": ou, "year": th["year"], "title": th["title"]});
        push(
            "PUT",
            "/api/v1/themes/{id}",
            format!("/api/v1/themes/{id}"),
            edit.clone(),
            "unit_id",
            "unit_id",
            Subject::Theme(*id),
        );
        edit["unit_id"] = th["unit_id"].clone();
        edit["plan_ids"] = json!([od]);
        push(
            "PUT",
            "/api/v1/themes/{id}",
            format!("/api/v1/themes/{id}"),
            edit,
            "plan_ids[0]",
            "plan_ids",
            Subject::Theme(*id),
        );
    }
    let target = |unit: i64| json!({"unit_id": unit, "period": "2031", "indicator": "Thử", "uom": "%", "direction": "higher", "planned": 1.0});
    push(
        "POST",
        "/api/v1/targets",
        "/api/v1/targets".into(),
        target(ou),
        "unit_id",
        "unit_id",
        u,
    );
    if let Some((id, tg)) = &sc.target {
        let mut edit = target(ou);
        edit["version"] = tg["version"].clone();
        push(
            "PUT",
            "/api/v1/targets/{id}",
            format!("/api/v1/targets/{id}"),
            edit,
            "unit_id",
            "unit_id",
            Subject::Target(*id),
        );
    }
    let issuer = json!({"symbol": "902-KH/QU", "title": "Thử", "issuer_unit_id": sc.unit, "issued_on": "2023-11-01"});
    push(
        "POST",
        "/api/v1/plans/extract",
        "/api/v1/plans/extract".into(),
        json!({"text": "I. NHIỆM VỤ\n1. Thử", "issuer_unit_id": ou}),
        "issuer_unit_id",
        "issuer_unit_id",
        u,
    );
    push(
        "POST",
        "/api/v1/plans/import",
        "/api/v1/plans/import".into(),
        json!({"document": doc(ou), "tasks": []}),
        "document.issuer_unit_id",
        "document.issuer_unit_id",
        u,
    );
    push(
        "POST",
        "/api/v1/plans/import",
        "/api/v1/plans/import".into(),
        json!({"document": issuer, "implements": [od], "tasks": []}),
        "implements[0]",
        "implements",
        u,
    );
    for (f, v) in &task_refs {
        if matches!(*f, "parent_id" | "plan_id") {
            continue;
        }
        let mut t = json!({"code": "1", "title": "Thử", "lead_unit_id": sc.unit, "deadline_text": "Quý IV/2099"});
        t[*f] = v.clone();
        push(
            "POST",
            "/api/v1/plans/import",
            "/api/v1/plans/import".into(),
            json!({"document": issuer, "tasks": [t]}),
            &format!("tasks[0].{f}"),
            &format!("tasks[].{f}"),
            u,
        );
    }
    // Evaluation: the unit computed, the person classified or overridden, the unit and the
    // person a feedback point serves — each named in the body, each refused outside.
    push(
        "POST",
        "/api/v1/evaluations/compute",
        "/api/v1/evaluations/compute".into(),
        json!({"unit_id": ou, "period": "2023-10"}),
        "unit_id",
        "unit_id",
        u,
    );
    push(
        "POST",
        "/api/v1/evaluation-years/classify",
        "/api/v1/evaluation-years/classify".into(),
        json!({"person_id": op, "year": 2023}),
        "person_id",
        "person_id",
        Subject::Person(sc.person),
    );
    push(
        "POST",
        "/api/v1/evaluation-years/override",
        "/api/v1/evaluation-years/override".into(),
        json!({"person_id": op, "year": 2023, "version": 0, "override_level": "good", "reason": "Thử"}),
        "person_id",
        "person_id",
        Subject::Person(sc.person),
    );
    push(
        "POST",
        "/api/v1/feedback-points",
        "/api/v1/feedback-points".into(),
        json!({"unit_id": ou, "name": "Thử", "code": format!("thu-{user}-u")}),
        "unit_id",
        "unit_id",
        u,
    );
    push(
        "POST",
        "/api/v1/feedback-points",
        "/api/v1/feedback-points".into(),
        json!({"unit_id": sc.unit, "person_id": op, "name": "Thử", "code": format!("thu-{user}-p")}),
        "person_id",
        "person_id",
        u,
    );
    // Account administration: an account linked to a person, or given a role, outside.
    let login = format!("matran.{user}.{}", ou);
    push(
        "POST",
        "/api/v1/users",
        "/api/v1/users".into(),
        json!({"login": login, "display_name": "Thử", "password": "mat-khau-thu-nghiem", "person_id": op, "roles": [{"role": "leader", "unit_id": sc.unit}]}),
        "person_id",
        "person_id",
        u,
    );
    push(
        "POST",
        "/api/v1/users",
        "/api/v1/users".into(),
        json!({"login": format!("{login}.r"), "display_name": "Thử", "password": "mat-khau-thu-nghiem", "roles": [{"role": "leader", "unit_id": ou}]}),
        "roles[0].unit_id",
        "roles[].unit_id",
        u,
    );
    push(
        "PUT",
        "/api/v1/users/{id}/roles",
        format!("/api/v1/users/{user}/roles"),
        json!({"roles": [{"role": "leader", "unit_id": ou}]}),
        "roles[0].unit_id",
        "roles[].unit_id",
        u,
    );
    out.extend(compliance::cases(sc));
    out.extend(conferences::cases(sc));
    out.extend(inspections::cases(sc));
    out
}

both!(every_named_record_on_every_route, |app| async move {
    let sc = scene(&app).await;
    let (lb, bo_de) = (app.unit_id("quan long bien").await, app.unit_id("phuong bo de").await);
    let path_of = |id: i64| {
        let app = app.clone();
        async move { UnitPath::parse(app.get(&format!("/api/v1/units/{id}")).await["path"].as_str().unwrap()).unwrap() }
    };
    // An account inside Long Biên, for the roles route.
    let (_, acct) = app
        .post(
            "/api/v1/users",
            json!({"login": "matran.trong", "display_name": "Thử", "password": "mat-khau-thu-nghiem", "roles": [{"role": "leader", "unit_id": sc.unit}]}),
        )
        .await;
    let inside_user = acct["user"]["id"].as_i64().expect("account");
    let all = cases(&sc, inside_user);
    // Every documented reference field is covered.
    let covered: Vec<(String, String)> = all
        .iter()
        .map(|c| (format!("{} {}", c.method, c.route), c.covers.clone()))
        .collect();
    let mut missing = Vec::new();
    for (m, p, f) in documented_references() {
        let ignored = IGNORED
            .iter()
            .any(|(im, ip, ifield)| *im == m && *ip == p && *ifield == f);
        if !ignored && !covered.iter().any(|(r, c)| *r == format!("{m} {p}") && *c == f) {
            missing.push(format!("{m} {p} {f}"));
        }
    }
    assert!(
        missing.is_empty(),
        "fields naming records without a case:\n{}",
        missing.join("\n")
    );
    let roles: Vec<(&str, Option<(Role, i64)>)> = vec![
        ("anonymous", None),
        ("admin.lb", Some((Role::Admin, lb))),
        ("leader.lb", Some((Role::Leader, lb))),
        ("specialist.lb", Some((Role::Specialist, lb))),
        ("officer.bode", Some((Role::UnitOfficer, bo_de))),
        ("inspector.lb", Some((Role::Inspector, lb))),
        ("staff.bode", Some((Role::Staff, bo_de))),
    ];
    let (mut count, mut allowed_cases) = (0, 0);
    let mut failures = Vec::new();
    for (login, binding) in roles {
        let (token, principal) = match binding {
            None => (None, None),
            Some((role, unit)) => {
                let person = (role == Role::Staff).then_some(sc.person);
                let t = app.token_for(&format!("refs.{login}"), role, Some(unit), person).await;
                let p = Principal {
                    user_id: 0,
                    login: login.into(),
                    person_id: person,
                    bindings: vec![Binding {
                        role,
                        unit_path: Some(path_of(unit).await),
                    }],
                };
                (Some(t), Some(p))
            }
        };
        for c in &all {
            let Some((_, _, Policy::Signed(op))) =
                ROUTE_POLICY.iter().find(|(m, r, _)| *m == c.method && *r == c.route)
            else {
                panic!("{} {} is not in the policy table", c.method, c.route);
            };
            let b = store::access::belonging(&mut app.db.db.read().await.unwrap(), c.subject)
                .await
                .unwrap();
            // Whether the caller may do the operation on the subject (in Long Biên).
            let allowed = principal.as_ref().is_some_and(|p| {
                if c.route.starts_with("/api/v1/users") {
                    p.may_at_all(Action::ManageUsers)
                } else if *op == Operation::ImportPlan || c.route == "/api/v1/tasks/batch" || c.route == "/api/v1/tasks"
                {
                    p.may(*op, &b.target())
                } else {
                    p.can_read(&b.target()) && p.may(*op, &b.target())
                }
            });
            let m = Method::from_bytes(c.method.as_bytes()).unwrap();
            let (status, resp) = app.call_as(token.as_deref(), m, &c.path, Some(c.body.clone())).await;
            count += 1;
            allowed_cases += usize::from(allowed);
            let code = status.as_u16();
            let ok = if status.is_success() || status.is_server_error() {
                false
            } else if allowed {
                matches!(code, 403 | 422) && resp["error"]["field"] == c.field.as_str()
            } else {
                matches!(code, 401 | 403 | 404 | 422)
            };
            if !ok {
                failures.push(format!(
                    "{login} {} {} naming {} outside: got {status} (allowed: {allowed}): {resp}",
                    c.method, c.path, c.field
                ));
            }
        }
    }
    assert!(
        failures.is_empty(),
        "{} of {count} cases wrong:\n{}",
        failures.len(),
        failures.join("\n")
    );
    // Nothing was written: the subject task is as it was.
    let t = app.get(&format!("/api/v1/tasks/{}", sc.task)).await;
    assert_eq!(t["version"], sc.task_version, "{t}");
    eprintln!(
        "referenced-record matrix: {count} cases ({} requests × 7 callers), {allowed_cases} by callers allowed on the subject",
        all.len()
    );
    // Most requests come from a caller allowed to act on the subject, so the refusal is the
    // named record's.
    assert!(allowed_cases * 3 >= all.len(), "only {allowed_cases} allowed cases");
});
