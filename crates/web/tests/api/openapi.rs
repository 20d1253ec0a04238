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
