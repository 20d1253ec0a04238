//! Lists, counts, roll-ups and search narrowed to the caller's scope in SQL: nothing of
//! another district shows up, whatever the route (the companion of the authorization matrix
//! in `authz.rs`, which checks single records).

use domain::access::{Binding, Principal, Role};
use domain::unit::UnitPath;
use reqwest::{Method, StatusCode};
use serde_json::Value;
use store::access::Subject;

both!(lists_counts_and_search_show_only_the_scope, |app| async move {
    let (lb, bo_de, hbt) = (
        app.unit_id("quan long bien").await,
        app.unit_id("phuong bo de").await,
        app.unit_id("quan hai ba trung").await,
    );
    let path = |v: &Value| UnitPath::parse(v["path"].as_str().unwrap()).unwrap();
    let lb_path = path(&app.get(&format!("/api/v1/units/{lb}")).await);
    let bd_path = path(&app.get(&format!("/api/v1/units/{bo_de}")).await);
    for (login, role, unit, unit_path) in [
        ("leader.scope", Role::Leader, lb, lb_path),
        ("officer.scope", Role::UnitOfficer, bo_de, bd_path),
    ] {
        let token = app.token_for(login, role, Some(unit), None).await;
        let p = Principal {
            user_id: 0,
            login: login.into(),
            person_id: None,
            bindings: vec![Binding {
                role,
                unit_path: Some(unit_path),
            }],
        };
        for (list, kind) in [
            ("tasks", "task"),
            ("units", "unit"),
            ("documents", "document"),
            ("people", "person"),
            ("targets", "target"),
        ] {
            let (s, page) = app
                .call_as(Some(&token), Method::GET, &format!("/api/v1/{list}?limit=500"), None)
                .await;
            assert_eq!(s, StatusCode::OK);
            let items = page["items"].as_array().unwrap();
            assert_eq!(
                page["total"].as_u64().unwrap() as usize,
                items.len().min(500),
                "{login} {list}: the count is of visible rows"
            );
            for it in items {
                let id = it["id"].as_i64().unwrap();
                let subject = match kind {
                    "task" => Subject::Task(id),
                    "unit" => Subject::Unit(id),
                    "document" => Subject::Document(id),
                    "person" => Subject::Person(id),
                    _ => Subject::Target(id),
                };
                let b = store::access::belonging(&mut app.db.db.read().await.unwrap(), subject)
                    .await
                    .unwrap();
                assert!(p.can_read(&b.target()), "{login} sees {kind} {id} outside its scope");
            }
        }
        // Roll-ups and searches outside the scope show nothing.
        let (s, _) = app
            .call_as(
                Some(&token),
                Method::GET,
                &format!("/api/v1/rollup?unit_id={hbt}"),
                None,
            )
            .await;
        assert_eq!(s, StatusCode::NOT_FOUND);
        let (_, found) = app
            .call_as(Some(&token), Method::GET, "/api/v1/search?q=hai%20ba%20trung", None)
            .await;
        assert!(
            found["hits"].as_array().is_some_and(|h| h.is_empty()),
            "{login}: {found}"
        );
    }
    // The ward officer's roll-up of its ward equals the admin's view of it.
    let officer = app
        .token_for("officer.rollup", Role::UnitOfficer, Some(bo_de), None)
        .await;
    let (_, mine) = app
        .call_as(
            Some(&officer),
            Method::GET,
            &format!("/api/v1/rollup?unit_id={bo_de}"),
            None,
        )
        .await;
    let all = app.get(&format!("/api/v1/rollup?unit_id={bo_de}")).await;
    assert_eq!(mine["totals"], all["totals"]);
});
