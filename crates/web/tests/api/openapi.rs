//! The OpenAPI document covers every route, and the routes it lists answer.

use reqwest::{Method, StatusCode};

/// Every route the API serves. A handler added to the router without `routes!` would have
/// no OpenAPI entry; one added with it must be listed here too, so both lists stay whole.
const ROUTES: &[(&str, &str)] = &[
    ("get", "/health"),
    ("get", "/units"),
    ("post", "/units"),
    ("get", "/units/{id}"),
    ("put", "/units/{id}"),
    ("delete", "/units/{id}"),
    ("get", "/units/{id}/children"),
    ("get", "/units/{id}/ancestors"),
    ("get", "/people"),
    ("post", "/people"),
    ("get", "/people/{id}"),
    ("put", "/people/{id}"),
    ("post", "/symbols/parse"),
    ("get", "/documents"),
    ("post", "/documents"),
    ("get", "/documents/{id}"),
    ("put", "/documents/{id}"),
    ("get", "/documents/{id}/links"),
    ("post", "/documents/{id}/links"),
    ("delete", "/documents/{id}/links/{link_id}"),
    ("get", "/documents/{id}/descendants"),
    ("get", "/themes"),
    ("post", "/themes"),
    ("get", "/themes/{id}"),
    ("put", "/themes/{id}"),
    ("get", "/tasks"),
    ("post", "/tasks"),
    ("post", "/tasks/batch"),
    ("get", "/tasks/{id}"),
    ("put", "/tasks/{id}"),
    ("get", "/tasks/{id}/history"),
    ("post", "/tasks/{id}/progress"),
    ("post", "/tasks/{id}/complete"),
    ("post", "/tasks/{id}/cancel"),
    ("post", "/tasks/{id}/extensions"),
    ("post", "/tasks/{id}/extensions/{request_id}/decision"),
    ("post", "/tasks/{id}/explanations"),
    ("post", "/tasks/{id}/explanations/{request_id}/answer"),
    ("get", "/targets"),
    ("post", "/targets"),
    ("get", "/targets/{id}"),
    ("put", "/targets/{id}"),
    ("get", "/targets/{id}/actuals"),
    ("post", "/targets/{id}/actuals"),
    ("get", "/rollup"),
];

#[test]
fn the_document_lists_exactly_the_routes() {
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
    let mut expected: Vec<(String, String)> = ROUTES
        .iter()
        .map(|(m, p)| (m.to_string(), format!("/api/v1{p}")))
        .collect();
    documented.sort();
    expected.sort();
    assert_eq!(documented, expected);
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

both!(served_and_every_route_answers, |app| async move {
    let (s, doc) = app.call(Method::GET, "/api/v1/openapi.json", None).await;
    assert_eq!(s, StatusCode::OK);
    assert!(
        doc["openapi"].as_str().is_some_and(|v| v.starts_with("3.")),
        "{}",
        doc["openapi"]
    );
    // Every documented route exists on the router: with ids that do not exist and no body,
    // the answer is one of ours (404/400/415/422 with our error body), never axum's bare 404/405.
    for (method, path) in ROUTES {
        let path = format!(
            "/api/v1{}",
            path.replace("{id}", "999999")
                .replace("{link_id}", "1")
                .replace("{request_id}", "1")
        );
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
