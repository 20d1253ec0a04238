//! Fuzzing the API: garbage and schema-shaped JSON bodies, and garbage query strings and path
//! ids, sent to every route of the OpenAPI document (so a new route is fuzzed too). No answer
//! may be a 5xx, and every 4xx must carry our error body `{"error": {"code", "message"}}`.
//!
//! Cases: `PROPTEST_CASES` per backend, or the defaults below (bounded for CI).

use std::collections::BTreeMap;
use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::Instant;

use proptest::prelude::*;
use proptest::test_runner::{Config, TestCaseError, TestRunner};
use reqwest::Method;
use serde_json::{Number, Value};

use crate::common::*;

/// One route of the document: method, path template, query parameter names, body field names.
#[derive(Debug, Clone)]
struct Route {
    method: Method,
    path: String,
    params: Vec<String>,
    fields: Vec<String>,
}

/// Field names of a schema, following `$ref`, `allOf`/`oneOf`/`anyOf`, arrays and objects.
fn fields(doc: &Value, schema: &Value, depth: u32, out: &mut Vec<String>) {
    if depth > 6 {
        return;
    }
    if let Some(r) = schema["$ref"].as_str() {
        let name = r.rsplit('/').next().unwrap_or("");
        return fields(doc, &doc["components"]["schemas"][name], depth + 1, out);
    }
    for k in ["allOf", "oneOf", "anyOf"] {
        for s in schema[k].as_array().into_iter().flatten() {
            fields(doc, s, depth + 1, out);
        }
    }
    fields_of_items(doc, schema, depth, out);
    for (name, s) in schema["properties"].as_object().into_iter().flatten() {
        if !out.contains(name) {
            out.push(name.clone());
        }
        fields(doc, s, depth + 1, out);
    }
}

fn fields_of_items(doc: &Value, schema: &Value, depth: u32, out: &mut Vec<String>) {
    if schema["items"].is_object() {
        fields(doc, &schema["items"], depth + 1, out);
    }
}

fn routes() -> Vec<Route> {
    let doc = serde_json::to_value(web::openapi()).expect("document");
    let mut out = Vec::new();
    for (path, item) in doc["paths"].as_object().expect("paths") {
        for (method, op) in item.as_object().expect("item") {
            let params = op["parameters"]
                .as_array()
                .into_iter()
                .flatten()
                .filter(|p| p["in"] == "query")
                .filter_map(|p| p["name"].as_str().map(str::to_string))
                .collect();
            let mut names = Vec::new();
            fields(
                &doc,
                &op["requestBody"]["content"]["application/json"]["schema"],
                0,
                &mut names,
            );
            out.push(Route {
                method: Method::from_bytes(method.to_uppercase().as_bytes()).expect("method"),
                path: path.clone(),
                params,
                fields: names,
            });
        }
    }
    out.sort_by(|a, b| (&a.path, a.method.as_str()).cmp(&(&b.path, b.method.as_str())));
    out
}

/// Values that have broken parsers before: limits, dates, Vietnamese, SQL and LIKE syntax.
const STRINGS: &[&str] = &[
    "",
    " ",
    "0",
    "-1",
    "1",
    "2",
    "5",
    "9223372036854775807",
    "99999999999999999999",
    "1.5",
    "1e309",
    "NaN",
    "true",
    "null",
    "2023-12-31",
    "2023-02-30",
    "0000-00-00",
    "31/12/2023",
    "2023",
    "2023-Q4",
    "2023-H3",
    "2023-13",
    "Quý IV/2023",
    "trong tháng 12/2023",
    "thường xuyên",
    "152-KH/QU",
    "Số 09 KH/DU",
    "Ủy ban nhân dân",
    "Ủy ban",
    "đ",
    "\u{301}",
    "a\u{0}b",
    "%",
    "_",
    "\\",
    "'; DROP TABLE tasks; --",
    "\" OR 1=1 --",
    "../../etc/passwd",
    "<script>",
    "overdue",
    "due",
    "code",
    "implements",
    "approve",
    "yes",
    "\u{feff}",
    "🙂",
    "\t\n",
];

const IDS: &[&str] = &[
    "1",
    "2",
    "3",
    "7",
    "20",
    "100",
    "133",
    "0",
    "-1",
    "999999",
    "9223372036854775807",
    "9223372036854775808",
    "abc",
    "1.5",
    "%20",
    "%FF",
    "1e3",
    "",
];

fn leaf() -> impl Strategy<Value = Value> {
    prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::Bool),
        prop_oneof![Just(0i64), Just(1), Just(-1), Just(i64::MAX), Just(i64::MIN), 0..300i64].prop_map(Value::from),
        any::<i64>().prop_map(Value::from),
        any::<f64>().prop_map(|f| Number::from_f64(f).map(Value::Number).unwrap_or(Value::Null)),
        (0..STRINGS.len()).prop_map(|i| Value::from(STRINGS[i])),
        "\\PC{0,40}".prop_map(Value::from),
        (1..6000usize).prop_map(|n| Value::from("x".repeat(n))),
    ]
}

fn json() -> impl Strategy<Value = Value> {
    leaf().prop_recursive(3, 32, 6, |inner| {
        prop_oneof![
            proptest::collection::vec(inner.clone(), 0..5).prop_map(Value::Array),
            proptest::collection::btree_map("\\PC{0,8}", inner, 0..5)
                .prop_map(|m| Value::Object(m.into_iter().collect())),
        ]
    })
}

#[derive(Debug, Clone)]
enum Body {
    None,
    /// Bytes sent as `application/json`.
    Raw(Vec<u8>),
    /// An object with the route's own field names (by index) and fuzzed values.
    Shaped(Vec<(usize, Value)>),
    Json(Value),
}

#[derive(Debug, Clone)]
enum Query {
    /// The route's own parameters (by index) with fuzzed values.
    Params(Vec<(usize, String)>),
    Raw(String),
}

#[derive(Debug, Clone)]
struct Case {
    route: usize,
    ids: Vec<usize>,
    query: Query,
    body: Body,
}

fn case(n_routes: usize) -> impl Strategy<Value = Case> {
    let body = prop_oneof![
        1 => Just(Body::None),
        2 => proptest::collection::vec(any::<u8>(), 0..200).prop_map(Body::Raw),
        2 => "\\PC{0,120}".prop_map(|s| Body::Raw(s.into_bytes())),
        6 => proptest::collection::vec((any::<usize>(), json()), 0..10).prop_map(Body::Shaped),
        2 => json().prop_map(Body::Json),
    ];
    let value = prop_oneof![(0..STRINGS.len()).prop_map(|i| STRINGS[i].to_string()), "\\PC{0,20}"];
    let query = prop_oneof![
        4 => proptest::collection::vec((any::<usize>(), value), 0..5).prop_map(Query::Params),
        1 => "[ -~]{0,60}".prop_map(Query::Raw),
    ];
    (0..n_routes, proptest::collection::vec(0..IDS.len(), 2), query, body).prop_map(|(route, ids, query, body)| Case {
        route,
        ids,
        query,
        body,
    })
}

fn encode(s: &str) -> String {
    urlencode(s)
}

/// The request of a case: its URL and body.
fn request(r: &Route, c: &Case) -> (String, Option<Vec<u8>>) {
    // Ids of account routes stay out of range: revoking our own token or roles would turn
    // every later case into a 401.
    let own = r.path.contains("/auth/") || r.path.contains("/users/");
    let mut path = r.path.clone();
    for (i, name) in ["{id}", "{link_id}", "{request_id}"].iter().enumerate() {
        let id = if own { "999999" } else { IDS[c.ids[i.min(1)]] };
        path = path.replace(name, &encode(id));
    }
    let query = match &c.query {
        Query::Raw(q) => q.clone(),
        Query::Params(ps) if r.params.is_empty() => ps
            .iter()
            .map(|(_, v)| format!("x={}", encode(v)))
            .collect::<Vec<_>>()
            .join("&"),
        Query::Params(ps) => ps
            .iter()
            .map(|(k, v)| format!("{}={}", r.params[k % r.params.len()], encode(v)))
            .collect::<Vec<_>>()
            .join("&"),
    };
    let url = if query.is_empty() {
        path
    } else {
        format!("{path}?{query}")
    };
    let body = match &c.body {
        Body::None => None,
        Body::Raw(b) => Some(b.clone()),
        Body::Json(v) => Some(v.to_string().into_bytes()),
        Body::Shaped(kv) => {
            let mut m = BTreeMap::new();
            for (k, v) in kv {
                let key = if r.fields.is_empty() {
                    format!("f{k}")
                } else {
                    r.fields[k % r.fields.len()].clone()
                };
                m.insert(key, v.clone());
            }
            Some(serde_json::to_vec(&m).unwrap_or_default())
        }
    };
    (url, body)
}

/// Answers by status class (index 2 = 2xx…), for the summary line.
static STATUS: [AtomicU64; 6] = [const { AtomicU64::new(0) }; 6];

async fn send(app: &TestApp, r: &Route, c: &Case) -> Result<(), TestCaseError> {
    let (url, body) = request(r, c);
    let mut req = app
        .client
        .request(r.method.clone(), format!("{}{url}", app.base))
        .bearer_auth(&app.token)
        .header("Accept-Language", "vi");
    if let Some(b) = body {
        req = req.header("Content-Type", "application/json").body(b);
    }
    let Ok(resp) = req.send().await else {
        // A URL reqwest refuses to send is not a server answer.
        return Ok(());
    };
    let status = resp.status();
    STATUS[usize::from(status.as_u16() / 100).min(5)].fetch_add(1, Ordering::Relaxed);
    let text = resp.text().await.unwrap_or_default();
    let what = || {
        format!(
            "{} {url} → {status}: {}",
            r.method,
            text.chars().take(300).collect::<String>()
        )
    };
    if status.is_server_error() {
        return Err(TestCaseError::fail(what()));
    }
    if status.is_client_error() {
        let v: Value =
            serde_json::from_str(&text).map_err(|_| TestCaseError::fail(format!("not our error body: {}", what())))?;
        let ok = v["error"]["code"].is_string() && v["error"]["message"].as_str().is_some_and(|m| !m.is_empty());
        if !ok {
            return Err(TestCaseError::fail(format!("not our error body: {}", what())));
        }
    }
    Ok(())
}

/// Runs the cases against the app on a blocking thread (proptest is synchronous), each case
/// one HTTP request; returns how many ran.
async fn fuzz(app: Arc<TestApp>, default_cases: u32) -> u32 {
    let cases = std::env::var("PROPTEST_CASES")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(default_cases);
    let routes = routes();
    let handle = tokio::runtime::Handle::current();
    let started = Instant::now();
    let result = tokio::task::spawn_blocking(move || {
        let config = Config {
            cases,
            failure_persistence: None,
            max_shrink_iters: 200,
            ..Config::default()
        };
        let mut runner = TestRunner::new(config);
        let strategy = case(routes.len());
        runner
            .run(&strategy, |c| handle.block_on(send(&app, &routes[c.route], &c)))
            .map_err(|e| e.to_string())
    })
    .await
    .expect("fuzzing thread");
    if let Err(e) = result {
        panic!("{e}");
    }
    let n = |i: usize| STATUS[i].load(Ordering::Relaxed);
    eprintln!(
        "api fuzz: {cases} cases in {:.1} s (all backends so far: {} 2xx, {} 4xx)",
        started.elapsed().as_secs_f64(),
        n(2),
        n(4)
    );
    cases
}

both!(every_route_answers_garbage_with_a_4xx_error_body, |app| async move {
    let default = match app.db.db.backend() {
        store::Backend::Sqlite => 12000,
        store::Backend::Postgres => 5000,
    };
    fuzz(app.clone(), default).await;
    // Whatever the fuzzer managed to write went into the audit trail, and the chain holds.
    let report = store::audit::verify(&app.db.db).await.expect("verify");
    assert!(report.ok(), "{report:?}");
});
