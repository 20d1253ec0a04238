//! Authentication (session cookie or API token), the route policy, CSRF protection and
//! security headers. Authorization rules themselves live in `domain::access`.

pub mod guard;
pub mod policy;
pub mod throttle;

use std::net::SocketAddr;
use std::time::Duration;

use axum::extract::{ConnectInfo, FromRequestParts, MatchedPath, Request, State};
use axum::http::request::Parts;
use axum::http::{HeaderMap, HeaderValue, Method, StatusCode, header};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use domain::access::Principal;
use store::Actor;

use crate::AppState;
use crate::error::ApiError;
use policy::{Policy, policy_for};

pub const SESSION_COOKIE: &str = "dondoc_session";

/// Settings and state of authentication.
pub struct AuthState {
    pub throttle: throttle::Throttle,
    pub session_ttl: Duration,
    /// Mark cookies `Secure` (when served over TLS, directly or behind a proxy).
    pub secure_cookies: bool,
}

impl Default for AuthState {
    fn default() -> Self {
        AuthState {
            throttle: Default::default(),
            session_ttl: Duration::from_secs(12 * 3600),
            secure_cookies: false,
        }
    }
}

/// The signed-in user of a request, and the actor its writes are recorded under.
#[derive(Debug, Clone)]
pub struct Auth {
    pub principal: Principal,
    pub actor: Actor,
}

impl<S: Send + Sync> FromRequestParts<S> for Auth {
    type Rejection = ApiError;

    async fn from_request_parts(parts: &mut Parts, _: &S) -> Result<Self, ApiError> {
        parts.extensions.get::<Auth>().cloned().ok_or_else(unauthenticated)
    }
}

pub fn unauthenticated() -> ApiError {
    ApiError::new(
        StatusCode::UNAUTHORIZED,
        "unauthenticated",
        "Bạn cần đăng nhập để thực hiện việc này.",
        "You need to sign in to do this.",
        None,
    )
}

pub fn forbidden() -> ApiError {
    ApiError::new(
        StatusCode::FORBIDDEN,
        "forbidden",
        "Tài khoản của bạn không có quyền thực hiện việc này.",
        "Your account may not do this.",
        None,
    )
}

/// The client's address as seen by the server.
pub fn client_address(req_ext: &axum::http::Extensions) -> Option<String> {
    req_ext.get::<ConnectInfo<SocketAddr>>().map(|c| c.0.ip().to_string())
}

/// The secret a request carries: an `Authorization: Bearer` token, or the session cookie.
pub(crate) fn secret(headers: &HeaderMap) -> Option<(String, bool)> {
    if let Some(v) = headers.get(header::AUTHORIZATION).and_then(|v| v.to_str().ok())
        && let Some(t) = v.strip_prefix("Bearer ")
    {
        return Some((t.trim().to_string(), false));
    }
    for v in headers.get_all(header::COOKIE) {
        for part in v.to_str().unwrap_or("").split(';') {
            if let Some(s) = part.trim().strip_prefix(&format!("{SESSION_COOKIE}=")) {
                return Some((s.to_string(), true));
            }
        }
    }
    None
}

/// A cookie-authenticated write must come from our own pages: browsers say where a request
/// comes from (`Sec-Fetch-Site`, `Origin`); a cross-site one is refused.
pub fn cross_site(headers: &HeaderMap) -> bool {
    if let Some(site) = headers.get("sec-fetch-site").and_then(|v| v.to_str().ok()) {
        return !matches!(site, "same-origin" | "none");
    }
    match (
        headers.get(header::ORIGIN).and_then(|v| v.to_str().ok()),
        headers.get(header::HOST).and_then(|v| v.to_str().ok()),
    ) {
        (Some(origin), Some(host)) => origin.split("://").nth(1) != Some(host),
        (Some(_), None) => true,
        _ => false,
    }
}

/// Authenticates the request and applies the route policy.
pub async fn enforce(State(st): State<AppState>, mut req: Request, next: Next) -> Response {
    let route = req
        .extensions()
        .get::<MatchedPath>()
        .map(|m| m.as_str().to_string())
        .unwrap_or_default();
    let Some(policy) = policy_for(req.method(), &route) else {
        tracing::error!(%route, "route without an access policy");
        return forbidden().into_response();
    };
    let address = client_address(req.extensions());
    if let Some((secret, via_cookie)) = secret(req.headers()) {
        if via_cookie
            && !matches!(*req.method(), Method::GET | Method::HEAD | Method::OPTIONS)
            && cross_site(req.headers())
        {
            return ApiError::new(
                StatusCode::FORBIDDEN,
                "cross_site",
                "Yêu cầu từ trang web khác bị từ chối.",
                "Cross-site request refused.",
                None,
            )
            .into_response();
        }
        match principal_for(&st, &secret).await {
            Ok(Some(principal)) => {
                let actor = Actor {
                    user_id: Some(principal.user_id),
                    label: principal.login.clone(),
                    address,
                };
                req.extensions_mut().insert(Auth { principal, actor });
            }
            Ok(None) => {}
            Err(e) => return e.into_response(),
        }
    }
    if let Policy::Signed(action) = policy {
        match req.extensions().get::<Auth>() {
            None => return unauthenticated().into_response(),
            Some(a) if !a.principal.may_at_all(action) => return forbidden().into_response(),
            Some(_) => {}
        }
    }
    next.run(req).await
}

async fn principal_for(st: &AppState, secret: &str) -> Result<Option<Principal>, ApiError> {
    let mut tx = st.db.read().await?;
    let Some(user) = store::accounts::user_for_secret(&mut tx, secret).await? else {
        return Ok(None);
    };
    Ok(store::accounts::principal(&mut tx, user).await?)
}

/// Security headers on every response.
pub async fn security_headers(req: Request, next: Next) -> Response {
    let mut resp = next.run(req).await;
    let h = resp.headers_mut();
    let set = |h: &mut HeaderMap, k: &'static str, v: &'static str| {
        h.entry(k).or_insert(HeaderValue::from_static(v));
    };
    set(
        h,
        "content-security-policy",
        "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; frame-ancestors 'none'; base-uri 'self'; form-action 'self'",
    );
    set(h, "x-content-type-options", "nosniff");
    set(h, "referrer-policy", "same-origin");
    set(h, "x-frame-options", "DENY");
    resp
}

/// The `Set-Cookie` value for a session (or its removal when `secret` is empty).
pub fn session_cookie(secret: &str, max_age: Duration, secure: bool) -> String {
    let secure = if secure { "; Secure" } else { "" };
    if secret.is_empty() {
        return format!("{SESSION_COOKIE}=; Path=/; HttpOnly; SameSite=Lax; Max-Age=0{secure}");
    }
    format!(
        "{SESSION_COOKIE}={secret}; Path=/; HttpOnly; SameSite=Lax; Max-Age={}{secure}",
        max_age.as_secs()
    )
}

/// Checks a new password's rules and hashes it with Argon2id on a blocking thread.
pub async fn new_password_hash(field: &str, password: &str) -> Result<String, ApiError> {
    store::accounts::check_password(field, password)?;
    let pw = password.to_string();
    tokio::task::spawn_blocking(move || store::accounts::hash_password(&pw))
        .await
        .map_err(|_| {
            ApiError::new(
                StatusCode::INTERNAL_SERVER_ERROR,
                "internal",
                "Lỗi hệ thống.",
                "Internal error.",
                None,
            )
        })?
        .map_err(ApiError::from)
}
