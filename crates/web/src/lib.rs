//! dondoc over HTTP: the `/api/v1` JSON API and its OpenAPI document.
//!
//! Handlers hold no SQL: each opens one transaction, calls repository functions from
//! `store`, and commits — so a request is written entirely or not at all.

pub mod api;
pub mod auth;
pub mod error;
pub mod ui;

use std::net::SocketAddr;
use std::sync::Arc;
use std::time::Duration;

use axum::Router;
use axum::extract::Request;
use axum::middleware::{self, Next};
use axum::response::Response;
use chrono::{NaiveDate, Utc};
use domain::status::Clock;
use store::Db;
use tower_http::compression::CompressionLayer;
use tower_http::timeout::TimeoutLayer;
use tower_http::trace::TraceLayer;

use crate::error::{LANG, Lang};

/// How "today" is decided: the real date in Vietnam (UTC+7), or a fixed date (demo data
/// sets and tests show their statuses as of their own day).
#[derive(Debug, Clone, Copy)]
pub struct ClockConfig {
    pub fixed_today: Option<NaiveDate>,
    pub due_soon_days: u32,
}

impl ClockConfig {
    pub fn clock(&self) -> Clock {
        // Vietnam keeps UTC+7 all year.
        let today = self
            .fixed_today
            .unwrap_or_else(|| (Utc::now() + chrono::Duration::hours(7)).date_naive());
        Clock::new(today, self.due_soon_days)
    }
}

/// What every handler can reach.
#[derive(Clone)]
pub struct AppState {
    pub db: Db,
    pub clock: ClockConfig,
    pub auth: Arc<auth::AuthState>,
    /// The installation's red/amber/green thresholds.
    pub rag: domain::rag::Thresholds,
}

impl AppState {
    pub fn new(db: Db, clock: ClockConfig) -> Self {
        AppState {
            db,
            clock,
            auth: Arc::new(auth::AuthState::default()),
            rag: domain::rag::Thresholds::default(),
        }
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
    let (api, openapi) = api::router().split_for_parts();
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
        .merge(ui::router(state.clone()))
        .with_state(state)
        .layer(middleware::from_fn(error::plain_rejections))
        .layer(middleware::from_fn(auth::security_headers))
        .layer(middleware::from_fn(language))
        .layer(CompressionLayer::new())
        .layer(TimeoutLayer::with_status_code(
            axum::http::StatusCode::REQUEST_TIMEOUT,
            Duration::from_secs(60),
        ))
        .layer(TraceLayer::new_for_http())
}

/// The OpenAPI document, as served at `/api/v1/openapi.json`.
pub fn openapi() -> utoipa::openapi::OpenApi {
    api::router().split_for_parts().1
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
