//! The OpenAPI document, the route policy table and the router agree: every documented route
//! has an access policy, every policy names a documented route, and every route answers.

use reqwest::{Method, StatusCode};
use web::auth::policy::ROUTE_POLICY;

/// Every API route, from the policy table (the OpenAPI document itself is not in it).
pub fn routes() -> Vec<(String, String)> {
    ROUTE_POLICY
        .iter()
        .filter(|(_, p, _)| *p != "/api/v1/openapi.json")
        .map(|(m, p, _)| (m.to_lowercase(), p.to_string()))
        .collect()
}

#[test]
fn the_document_and_the_policy_table_list_the_same_routes() {
    let doc = serde_json::to_value(web::openapi()).expect("serialises");
    let mut documented: Vec<(String, String)> = Vec::new();
    for (path, item) in doc["paths"].as_object().expect("paths") {
        for (method, op) in item.as_object().expect("path item") {
            documented.push((method.clone(), path.clone()));
            assert!(
                op["responses"].as_object().is_some_and(|r| !r.is_empty()),
                "{method} {path} has no responses"
            );
            assert!(
                op["tags"].as_array().is_some_and(|t| !t.is_empty()),
                "{method} {path} has no tag"
            );
        }
    }
    let mut expected = routes();
    documented.sort();
    expected.sort();
    assert_eq!(
        documented, expected,
        "routes without a policy, or policies without a route"
    );
    for schema in [
        "Unit",
        "Person",
        "Document",
        "Task",
        "Target",
        "Rollup",
        "ErrorBody",
        "TaskInput",
    ] {
        assert!(
            doc["components"]["schemas"][schema].is_object(),
            "schema {schema} missing"
        );
    }
}

/// The route with placeholders filled by ids that do not exist.
pub fn concrete(path: &str, id: i64) -> String {
    path.replace("{id}", &id.to_string())
        .replace("{link_id}", "1")
        .replace("{request_id}", "1")
}

both!(served_and_every_route_answers, |app| async move {
    let (s, doc) = app.call(Method::GET, "/api/v1/openapi.json", None).await;
    assert_eq!(s, StatusCode::OK);
    assert!(
        doc["openapi"].as_str().is_some_and(|v| v.starts_with("3.")),
        "{}",
        doc["openapi"]
    );
    // Every route exists on the router: with ids that do not exist and no body, the answer
    // is one of ours (with our error body), never axum's bare 404/405.
    for (method, path) in routes() {
        let path = concrete(&path, 999_999);
        let m = Method::from_bytes(method.to_uppercase().as_bytes()).expect("method");
        let (status, body) = app.call(m, &path, None).await;
        assert_ne!(status, StatusCode::METHOD_NOT_ALLOWED, "{method} {path}");
        if status.is_client_error() {
            assert!(
                body["error"]["code"].is_string(),
                "{method} {path} answered {status} without our error body: {body}"
            );
        }
    }
});

/// Every operation of the served document, as (method, path, operation).
fn operations(doc: &serde_json::Value) -> Vec<(String, String, serde_json::Value)> {
    let mut out = Vec::new();
    for (path, item) in doc["paths"].as_object().expect("paths") {
        for (method, op) in item.as_object().expect("path item") {
            out.push((method.clone(), path.clone(), op.clone()));
        }
    }
    out
}

#[test]
fn query_parameters_are_declared_in_the_query() {
    let doc = serde_json::to_value(web::openapi()).expect("serialises");
    let (mut query, mut path_params) = (0, 0);
    for (method, path, op) in operations(&doc) {
        for p in op["parameters"].as_array().into_iter().flatten() {
            let name = p["name"].as_str().expect("name");
            match p["in"].as_str() {
                Some("path") => {
                    path_params += 1;
                    assert!(
                        path.contains(&format!("{{{name}}}")),
                        "{method} {path}: `{name}` declared in the path but not in the template"
                    );
                }
                Some("query") => query += 1,
                other => panic!("{method} {path}: `{name}` in {other:?}"),
            }
        }
        // Every placeholder of the template is declared.
        for seg in path.split('/').filter(|s| s.starts_with('{')) {
            let name = seg.trim_matches(['{', '}']);
            assert!(
                op["parameters"]
                    .as_array()
                    .is_some_and(|ps| ps.iter().any(|p| p["name"] == name && p["in"] == "path")),
                "{method} {path}: `{name}` not declared"
            );
        }
    }
    eprintln!("OpenAPI: {query} query parameters, {path_params} path parameters");
    assert!(query >= 40, "only {query} query parameters declared");
}

#[test]
fn client_errors_are_documented() {
    let doc = serde_json::to_value(web::openapi()).expect("serialises");
    for (method, path, op) in operations(&doc) {
        let responses = op["responses"].as_object().expect("responses");
        let has = |code: &str| responses.contains_key(code);
        let json_body = op["requestBody"]["content"]["application/json"].is_object();
        if json_body {
            for code in ["400", "415", "422"] {
                assert!(has(code), "{method} {path} takes JSON but does not document {code}");
            }
        }
        let has_query = op["parameters"]
            .as_array()
            .is_some_and(|ps| ps.iter().any(|p| p["in"] == "query"));
        let has_path = path.contains('{');
        if has_query || has_path {
            assert!(has("400"), "{method} {path} reads parameters but does not document 400");
        }
        // Every documented error answer uses the one error body.
        for (code, r) in responses {
            if code.starts_with('4') || code.starts_with('5') {
                let schema = &r["content"]["application/json"]["schema"]["$ref"];
                assert_eq!(
                    schema, "#/components/schemas/ErrorBody",
                    "{method} {path} {code} does not use ErrorBody"
                );
            }
        }
    }
}

both!(unsupported_methods_answer_405, |app| async move {
    for (method, path) in [
        (Method::PATCH, "/api/v1/tasks"),
        (Method::DELETE, "/api/v1/tasks"),
        (Method::PUT, "/api/v1/auth/login"),
        (Method::DELETE, "/api/v1/rollup"),
        (Method::POST, "/api/v1/units/1"),
    ] {
        for token in [Some(app.token.as_str()), None] {
            let resp = app
                .client
                .request(method.clone(), format!("{}{path}", app.base))
                .header(
                    "authorization",
                    token.map(|t| format!("Bearer {t}")).unwrap_or_default(),
                )
                .send()
                .await
                .expect("answered");
            let status = resp.status();
            let allow = resp
                .headers()
                .get("allow")
                .and_then(|v| v.to_str().ok())
                .unwrap_or("")
                .to_string();
            let body: serde_json::Value = resp.json().await.unwrap_or_default();
            assert_eq!(
                status,
                StatusCode::METHOD_NOT_ALLOWED,
                "{method} {path} ({token:?}): {body}"
            );
            assert_eq!(body["error"]["code"], "method_not_allowed", "{body}");
            assert!(!allow.is_empty(), "{method} {path}: no Allow header");
        }
    }
});

both!(bad_bodies_answer_400_and_415, |app| async move {
    let send = |ct: &'static str, body: &'static str| {
        let app = app.clone();
        async move {
            let resp = app
                .client
                .post(format!("{}/api/v1/units", app.base))
                .bearer_auth(&app.token)
                .header("content-type", ct)
                .body(body)
                .send()
                .await
                .expect("answered");
            let s = resp.status();
            (s, resp.json::<serde_json::Value>().await.unwrap_or_default())
        }
    };
    let (s, b) = send("text/plain", "{}").await;
    assert_eq!(s, StatusCode::UNSUPPORTED_MEDIA_TYPE, "{b}");
    assert!(b["error"]["code"].is_string(), "{b}");
    let (s, b) = send("application/json", "{\"name\": ").await;
    assert_eq!(s, StatusCode::BAD_REQUEST, "{b}");
    assert!(b["error"]["code"].is_string(), "{b}");
    let (s, b) = app.call(Method::GET, "/api/v1/tasks?limit=abc", None).await;
    assert_eq!(s, StatusCode::BAD_REQUEST, "{b}");
    assert!(b["error"]["code"].is_string(), "{b}");
});

both!(the_bearer_scheme_is_read_in_any_case, |app| async move {
    for scheme in ["Bearer", "bearer", "BEARER", "bEaReR"] {
        let resp = app
            .client
            .get(format!("{}/api/v1/auth/me", app.base))
            .header("authorization", format!("{scheme} {}", app.token))
            .send()
            .await
            .expect("answered");
        assert_eq!(resp.status(), StatusCode::OK, "{scheme}");
    }
    let resp = app
        .client
        .get(format!("{}/api/v1/auth/me", app.base))
        .header("authorization", format!("Basic {}", app.token))
        .send()
        .await
        .expect("answered");
    assert_eq!(resp.status(), StatusCode::UNAUTHORIZED);
});

both!(the_task_list_carries_cooperating_units, |app| async move {
    let page = app.get("/api/v1/tasks?limit=500").await;
    let items = page["items"].as_array().expect("items");
    let with_coop: Vec<&serde_json::Value> = items
        .iter()
        .filter(|t| t["cooperating_unit_ids"].as_array().is_some_and(|c| !c.is_empty()))
        .collect();
    assert!(!with_coop.is_empty(), "no listed task has cooperating units");
    for t in items.iter().take(100) {
        let one = app.get(&format!("/api/v1/tasks/{}", t["id"])).await;
        assert_eq!(
            t["cooperating_unit_ids"], one["cooperating_unit_ids"],
            "task {}: the list and the task disagree",
            t["id"]
        );
    }
});
