//! dondoc over HTTP: the `/api/v1` JSON API with its OpenAPI document, and the web pages.
//!
//! Handlers are thin adapters over the use-case layer (`app`): parse the request, call the
//! operation with the signed-in caller, render the answer. They hold no SQL, open no
//! transaction and check no right themselves.

// Shared: the API and page router assemblies, the route policy, errors, files, paths, the
// page and form toolkits.
pub mod api;
pub mod auth;
pub mod error;
pub mod files;
pub mod kit;
pub mod ops;
pub mod pages;
pub mod paths;
pub mod read_floor;
pub mod request_id;

// One module per capability: its API handlers, pages, forms and strings together.
pub mod accounts;
pub mod audit;
pub mod compliance;
pub mod conferences;
pub mod documents;
pub mod evaluation;
pub mod feedback;
pub mod inspections;
pub mod notices;
pub mod plans;
pub mod reports;
pub mod targets;
pub mod tasks;
pub mod units;

use std::net::SocketAddr;
use std::sync::Arc;
use std::time::Duration;

use axum::Router;
use axum::extract::Request;
use axum::middleware::{self, Next};
use axum::response::Response;
use store::Db;
use tower_http::compression::CompressionLayer;
use tower_http::timeout::TimeoutLayer;
use tower_http::trace::TraceLayer;

use crate::error::{LANG, Lang};

pub use app::{App, ClockConfig, Settings};

/// What every handler can reach: the use-case layer, and the web's own settings.
#[derive(Clone)]
pub struct AppState {
    pub app: App,
    pub web: Arc<auth::WebSettings>,
    /// Request counts and latencies for `/metrics`.
    pub metrics: Arc<ops::Metrics>,
}

impl AppState {
    /// Defaults: settings as shipped, cookies for plain-HTTP local use.
    pub fn new(db: Db, clock: ClockConfig) -> Self {
        AppState::with(App::new(db, clock, Settings::default()), auth::WebSettings::default())
    }

    pub fn with(app: App, web: auth::WebSettings) -> Self {
        AppState {
            app,
            web: Arc::new(web),
            metrics: Arc::new(ops::Metrics::default()),
        }
    }

    /// The red/amber/green thresholds in force.
    pub fn rag(&self) -> &domain::rag::Thresholds {
        &self.app.settings.rag
    }
}

async fn language(req: Request, next: Next) -> Response {
    let lang = Lang::from_accept_language(
        req.headers()
            .get(axum::http::header::ACCEPT_LANGUAGE)
            .and_then(|v| v.to_str().ok()),
    );
    LANG.scope(lang, next.run(req)).await
}

/// The whole application router.
pub fn app(state: AppState) -> Router {
    let (api, mut openapi) = api::router().split_for_parts();
    api::contract::complete(&mut openapi);
    let openapi = Arc::new(openapi);
    // Every API route, the OpenAPI document included, passes the route policy.
    let api = api
        .route(
            "/api/v1/openapi.json",
            axum::routing::get(move || {
                let doc = openapi.clone();
                async move { axum::Json(doc.as_ref().clone()) }
            }),
        )
        .route_layer(middleware::from_fn_with_state(state.clone(), auth::enforce));
    Router::new()
        .merge(api)
        .merge(pages::router(state.clone()))
        .merge(ops::routes())
        .route_layer(middleware::from_fn_with_state(state.clone(), ops::track))
        .with_state(state.clone())
        .layer(middleware::from_fn(error::plain_rejections))
        .layer(middleware::from_fn_with_state(state.clone(), auth::security_headers))
        .layer(middleware::from_fn_with_state(state.clone(), read_floor::carry))
        .layer(middleware::from_fn(language))
        .layer(middleware::from_fn(request_id::assign))
        .layer(CompressionLayer::new())
        .layer(TimeoutLayer::with_status_code(
            axum::http::StatusCode::REQUEST_TIMEOUT,
            Duration::from_secs(60),
        ))
        .layer(TraceLayer::new_for_http())
}

/// The OpenAPI document, as served at `/api/v1/openapi.json`.
pub fn openapi() -> utoipa::openapi::OpenApi {
    let mut doc = api::router().split_for_parts().1;
    api::contract::complete(&mut doc);
    doc
}

/// Serves until `shutdown` resolves.
pub async fn serve(
    listener: tokio::net::TcpListener,
    state: AppState,
    shutdown: impl std::future::Future<Output = ()> + Send + 'static,
) -> std::io::Result<()> {
    axum::serve(listener, app(state).into_make_service_with_connect_info::<SocketAddr>())
        .with_graceful_shutdown(shutdown)
        .await
}
