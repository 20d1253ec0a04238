//! Starts the real router on 127.0.0.1:0 over a fresh database and talks HTTP to it.

use std::future::Future;

use fixtures::testing::TestDb;
use reqwest::{Client, Method, StatusCode};
use serde_json::{Value, json};
use store::Backend;
use web::{AppState, ClockConfig};

/// The demo data set, loaded into every test app.
pub const DEMO: &str = include_str!("../../../cli/demo/hanoi.toml");

pub struct TestApp {
    pub base: String,
    pub client: Client,
    pub db: TestDb,
    /// An administrator-of-everything's API token, sent by default.
    pub token: String,
    /// The use-case layer the server runs on (its counters are observable).
    pub app: web::App,
    shutdown: tokio::sync::oneshot::Sender<()>,
    server: tokio::task::JoinHandle<()>,
}

/// Generates `<name>::sqlite` and `<name>::postgres` tests with a running app.
macro_rules! both {
    ($name:ident, |$app:ident| $body:expr) => {
        mod $name {
            #[allow(unused_imports)]
            use super::*;

            #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
            async fn sqlite() {
                crate::common::run(store::Backend::Sqlite, |$app| $body).await
            }

            #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
            async fn postgres() {
                crate::common::run(store::Backend::Postgres, |$app| $body).await
            }
        }
    };
}

/// As `both!`, with the installation's settings and the web layer's own (expressions).
#[allow(unused_macros)]
macro_rules! both_with {
    ($name:ident, $settings:expr, $web:expr, |$app:ident| $body:expr) => {
        mod $name {
            #[allow(unused_imports)]
            use super::*;

            #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
            async fn sqlite() {
                crate::common::run_with(store::Backend::Sqlite, $settings, $web, |$app| $body).await
            }

            #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
            async fn postgres() {
                crate::common::run_with(store::Backend::Postgres, $settings, $web, |$app| $body).await
            }
        }
    };
}

pub async fn run<F, Fut>(backend: Backend, f: F)
where
    F: FnOnce(std::sync::Arc<TestApp>) -> Fut,
    Fut: Future<Output = ()> + Send + 'static,
{
    run_with(backend, Default::default(), Default::default(), f).await
}

/// As [`run`], with the installation's settings and the web layer's own.
pub async fn run_with<F, Fut>(backend: Backend, settings: web::Settings, web: web::auth::WebSettings, f: F)
where
    F: FnOnce(std::sync::Arc<TestApp>) -> Fut,
    Fut: Future<Output = ()> + Send + 'static,
{
    let Some(app) = TestApp::spawn_full(backend, settings, web).await else {
        eprintln!("skipped: DONDOC_TEST_PG_URL not set");
        return;
    };
    let app = std::sync::Arc::new(app);
    let result = tokio::spawn(f(app.clone())).await;
    if let Ok(app) = std::sync::Arc::try_unwrap(app) {
        app.finish().await;
    }
    if let Err(e) = result {
        if e.is_panic() {
            std::panic::resume_unwind(e.into_panic());
        }
        panic!("test task failed: {e}");
    }
}

impl TestApp {
    /// An app over a fresh database holding the demo data, with "today" = the demo's day.
    #[allow(dead_code)] // used by the page and browser tests
    pub async fn spawn(backend: Backend) -> Option<TestApp> {
        Self::spawn_with(backend, domain::rag::Thresholds::default()).await
    }

    /// As [`TestApp::spawn`], with the installation's red/amber/green thresholds.
    #[allow(dead_code)] // used by the page tests
    pub async fn spawn_with(backend: Backend, rag: domain::rag::Thresholds) -> Option<TestApp> {
        let settings = web::Settings {
            rag,
            ..Default::default()
        };
        Self::spawn_full(backend, settings, Default::default()).await
    }

    /// As [`TestApp::spawn`], with the installation's settings and the web layer's own.
    pub async fn spawn_full(backend: Backend, settings: web::Settings, web: web::auth::WebSettings) -> Option<TestApp> {
        let db = TestDb::open(backend).await?;
        let set = fixtures::seed::SeedSet::from_toml(DEMO).expect("demo data parses");
        fixtures::seed::load(&db.db, &set, 7).await.expect("demo data loads");
        let clock = ClockConfig {
            fixed_today: Some(set.meta.as_of),
            due_soon_days: 7,
        };
        let core = web::App::new(db.db.clone(), clock, settings);
        let state = AppState::with(core.clone(), web);
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.expect("bind");
        let base = format!("http://{}", listener.local_addr().expect("addr"));
        let (shutdown, rx) = tokio::sync::oneshot::channel::<()>();
        let server = tokio::spawn(async move {
            web::serve(listener, state, async {
                let _ = rx.await;
            })
            .await
            .expect("server runs");
        });
        let token = Self::make_token(&db.db, "quantri", domain::access::Role::Admin, None, None).await;
        Some(TestApp {
            base,
            client: Client::new(),
            token,
            app: core,
            db,
            shutdown,
            server,
        })
    }

    /// Creates an account holding `role` at `unit_id` and returns an API token for it.
    pub async fn make_token(
        db: &store::Db,
        login: &str,
        role: domain::access::Role,
        unit_id: Option<i64>,
        person_id: Option<i64>,
    ) -> String {
        // These accounts sign in with tokens, never with passwords.
        let user = store::accounts::NewUser {
            login: login.into(),
            display_name: login.into(),
            password: String::new(),
            person_id,
            roles: vec![store::accounts::RoleBinding { role, unit_id }],
        };
        let mut tx = db.write().await.expect("tx");
        let u = store::accounts::create_user(&mut tx, &user, "not-a-password-hash")
            .await
            .expect("user");
        let (_, secret) = store::accounts::create_token(&mut tx, u.id, "test", 1)
            .await
            .expect("token");
        tx.commit().await.expect("commit");
        secret
    }

    pub async fn token_for(
        &self,
        login: &str,
        role: domain::access::Role,
        unit_id: Option<i64>,
        person_id: Option<i64>,
    ) -> String {
        Self::make_token(&self.db.db, login, role, unit_id, person_id).await
    }

    pub async fn finish(self) {
        let _ = self.shutdown.send(());
        let _ = self.server.await;
        self.db.finish().await;
    }

    /// Sends a request; returns the status and the JSON body (Null when empty).
    pub async fn call(&self, method: Method, path: &str, body: Option<Value>) -> (StatusCode, Value) {
        self.call_lang(method, path, body, "vi").await
    }

    pub async fn call_lang(&self, method: Method, path: &str, body: Option<Value>, lang: &str) -> (StatusCode, Value) {
        self.call_full(Some(&self.token), method, path, body, lang).await
    }

    /// A request with the given API token (or none).
    pub async fn call_as(
        &self,
        token: Option<&str>,
        method: Method,
        path: &str,
        body: Option<Value>,
    ) -> (StatusCode, Value) {
        self.call_full(token, method, path, body, "vi").await
    }

    async fn call_full(
        &self,
        token: Option<&str>,
        method: Method,
        path: &str,
        body: Option<Value>,
        lang: &str,
    ) -> (StatusCode, Value) {
        let mut req = self
            .client
            .request(method, format!("{}{path}", self.base))
            .header("Accept-Language", lang);
        if let Some(t) = token {
            req = req.bearer_auth(t);
        }
        if let Some(b) = body {
            req = req.json(&b);
        }
        let resp = req.send().await.expect("request is answered");
        let status = resp.status();
        let text = resp.text().await.expect("body");
        let json = if text.is_empty() {
            Value::Null
        } else {
            serde_json::from_str(&text).unwrap_or(Value::String(text))
        };
        (status, json)
    }

    pub async fn get(&self, path: &str) -> Value {
        let (s, v) = self.call(Method::GET, path, None).await;
        assert_eq!(s, StatusCode::OK, "GET {path}: {v}");
        v
    }

    pub async fn post(&self, path: &str, body: Value) -> (StatusCode, Value) {
        self.call(Method::POST, path, Some(body)).await
    }

    pub async fn put(&self, path: &str, body: Value) -> (StatusCode, Value) {
        self.call(Method::PUT, path, Some(body)).await
    }

    /// The id of the first unit whose name matches the (diacritic-insensitive) query.
    /// A pending extension request and an open explanation request on `task`, sent by this
    /// client's account: their ids, or 0 where the task refused one.
    pub async fn open_requests(&self, task: i64) -> (i64, i64) {
        let (_, ext) = self
            .post(
                &format!("/api/v1/tasks/{task}/extensions"),
                json!({"new_due_on": "2099-12-31", "reason": "Thử"}),
            )
            .await;
        let (_, exp) = self
            .post(&format!("/api/v1/tasks/{task}/explanations"), json!({"text": "Thử"}))
            .await;
        (ext["id"].as_i64().unwrap_or(0), exp["id"].as_i64().unwrap_or(0))
    }

    pub async fn unit_id(&self, q: &str) -> i64 {
        let v = self.get(&format!("/api/v1/units?q={}", q.replace(' ', "%20"))).await;
        v["items"][0]["id"]
            .as_i64()
            .unwrap_or_else(|| panic!("no unit matches {q:?}: {v}"))
    }

    /// The id of the document with this exact symbol.
    pub async fn document_id(&self, symbol: &str) -> i64 {
        let v = self
            .get(&format!("/api/v1/documents?q={}&limit=500", urlencode(symbol)))
            .await;
        v["items"]
            .as_array()
            .and_then(|a| a.iter().find(|d| d["symbol"] == symbol))
            .and_then(|d| d["id"].as_i64())
            .unwrap_or_else(|| panic!("no document {symbol}: {v}"))
    }
}

pub fn urlencode(s: &str) -> String {
    s.bytes()
        .map(|b| match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' => (b as char).to_string(),
            _ => format!("%{b:02X}"),
        })
        .collect()
}

/// Asserts an error response: status, code and field.
pub fn assert_error(status: StatusCode, body: &Value, want: StatusCode, code: &str, field: Option<&str>) {
    assert_eq!(status, want, "{body}");
    assert_eq!(body["error"]["code"], code, "{body}");
    if let Some(f) = field {
        assert_eq!(body["error"]["field"], f, "{body}");
    }
    assert!(
        body["error"]["message"].as_str().is_some_and(|m| !m.is_empty()),
        "{body}"
    );
}

/// A request with `token` (the shape the conference and compliance tests call most).
pub async fn as_(app: &TestApp, token: &str, method: Method, path: &str, body: Option<Value>) -> (StatusCode, Value) {
    app.call_as(Some(token), method, path, body).await
}

/// The actions recorded in the audit trail for conference `id`, oldest first.
pub async fn conference_audit(app: &TestApp, id: i64) -> Vec<String> {
    let mut db = app.db.db.read().await.unwrap();
    store::audit::history(&mut db, "conference", id)
        .await
        .unwrap()
        .into_iter()
        .map(|e| e.action)
        .collect()
}

/// A civil servant of another province (Bắc Ninh, a new top-level unit), made by the
/// administrator: someone the administrator sees but no Hà Nội body may staff with.
pub async fn person_of_another_province(app: &TestApp) -> Value {
    let (s, bac_ninh) = app
        .post(
            "/api/v1/units",
            serde_json::json!({"parent_id": null, "kind": "province", "name": "Tỉnh Bắc Ninh"}),
        )
        .await;
    assert_eq!(s, StatusCode::CREATED, "{bac_ninh}");
    let (s, person) = app
        .post(
            "/api/v1/people",
            serde_json::json!({"unit_id": bac_ninh["id"], "name": "Ngô Văn Hải", "category": "civil_servant"}),
        )
        .await;
    assert_eq!(s, StatusCode::CREATED, "{person}");
    person
}
