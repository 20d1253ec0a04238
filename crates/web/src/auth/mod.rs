//! Authentication over HTTP (session cookie or API token), the route policy, CSRF protection,
//! the client's address behind trusted proxies, and security headers. Authorization itself
//! lives in `domain::access` and is applied by the use-case layer (`app::authz`).

pub mod address;
pub mod policy;

use std::ops::Deref;

use axum::extract::{FromRequestParts, MatchedPath, Request, State};
use axum::http::request::Parts;
use axum::http::{HeaderMap, HeaderValue, Method, header};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use domain::ErrorCode;

use crate::AppState;
use crate::error::ApiError;
pub use address::client_address;
use policy::policy_for;

/// The cookie's name over plain HTTP (local use, tests).
pub const SESSION_COOKIE: &str = "dondoc_session";
/// Over HTTPS: the `__Host-` prefix makes browsers refuse the cookie unless it is Secure, set for
/// the whole host (`Path=/`) and never for a parent domain.
pub const SECURE_SESSION_COOKIE: &str = "__Host-dondoc_session";

/// The web layer's own settings.
#[derive(Debug, Clone, Default)]
pub struct WebSettings {
    /// Served over HTTPS (the configured public URL is `https://…`): cookies are `Secure` with
    /// the `__Host-` prefix, and HSTS is sent.
    pub https: bool,
    /// Proxies whose `X-Forwarded-For` is believed (addresses or CIDR ranges).
    pub trusted_proxies: Vec<address::Net>,
    /// The address users reach the server at (`public_url`), without a trailing slash: links
    /// that leave the browser (printed QR codes) use it; without one, the request's host.
    pub public_url: Option<String>,
}

impl WebSettings {
    pub fn session_cookie_name(&self) -> &'static str {
        if self.https {
            SECURE_SESSION_COOKIE
        } else {
            SESSION_COOKIE
        }
    }

    /// The `Set-Cookie` value for a session (or its removal when `secret` is empty).
    pub fn session_cookie(&self, secret: &str) -> String {
        let name = self.session_cookie_name();
        let secure = if self.https { "; Secure" } else { "" };
        if secret.is_empty() {
            return format!("{name}=; Path=/; HttpOnly; SameSite=Lax; Max-Age=0{secure}");
        }
        format!(
            "{name}={secret}; Path=/; HttpOnly; SameSite=Lax; Max-Age={}{secure}",
            app::accounts::SESSION_TTL.as_secs()
        )
    }
}

/// The signed-in caller of a request (the use-case layer's [`app::Caller`]).
#[derive(Debug, Clone)]
pub struct Auth(pub app::Caller);

impl Deref for Auth {
    type Target = app::Caller;
    fn deref(&self) -> &app::Caller {
        &self.0
    }
}

impl<S: Send + Sync> FromRequestParts<S> for Auth {
    type Rejection = ApiError;

    async fn from_request_parts(parts: &mut Parts, _: &S) -> Result<Self, ApiError> {
        parts.extensions.get::<Auth>().cloned().ok_or_else(unauthenticated)
    }
}

pub fn unauthenticated() -> ApiError {
    ApiError::new(
        ErrorCode::Unauthenticated,
        "Bạn cần đăng nhập để thực hiện việc này.",
        "You need to sign in to do this.",
    )
}

pub fn forbidden() -> ApiError {
    ApiError(app::Error::forbidden())
}

pub fn cross_site_refused() -> ApiError {
    ApiError(app::Error::of(ErrorCode::CrossSite))
}

/// The secret a request carries: an `Authorization: Bearer` token (the scheme in any case, as
/// RFC 9110 says), or the session cookie (either name).
pub fn secret(headers: &HeaderMap) -> Option<(String, bool)> {
    if let Some(v) = headers.get(header::AUTHORIZATION).and_then(|v| v.to_str().ok())
        && let Some((scheme, token)) = v.trim().split_once(' ')
        && scheme.eq_ignore_ascii_case("bearer")
        && !token.trim().is_empty()
    {
        return Some((token.trim().to_string(), false));
    }
    for name in [SECURE_SESSION_COOKIE, SESSION_COOKIE] {
        if let Some(s) = crate::kit::cookie(headers, name)
            && !s.is_empty()
        {
            return Some((s.to_string(), true));
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

/// Whether a request changes something (the methods CSRF protection covers).
pub fn is_write(method: &Method) -> bool {
    !matches!(*method, Method::GET | Method::HEAD | Method::OPTIONS)
}

/// The caller a request's secret names, with their display name. A cookie write from another
/// site is refused before anything else.
/// Takes the request's parts, not the request: its body is not `Sync`, so a future holding a
/// reference to it could not be sent between threads.
pub async fn caller_of(
    st: &AppState,
    headers: &HeaderMap,
    method: &Method,
    address: Option<String>,
) -> Result<Option<(app::Caller, String)>, ApiError> {
    let Some(secret) = checked_secret(headers, method)? else {
        return Ok(None);
    };
    Ok(app::accounts::caller_for(&st.app, &secret, address).await?)
}

/// As [`caller_of`], with the caller's unread notifications for the page's bell.
pub async fn page_caller_of(
    st: &AppState,
    headers: &HeaderMap,
    method: &Method,
    address: Option<String>,
) -> Result<Option<(app::Caller, String, i64)>, ApiError> {
    let Some(secret) = checked_secret(headers, method)? else {
        return Ok(None);
    };
    Ok(app::accounts::page_caller_for(&st.app, &secret, address).await?)
}

/// The request's secret, if any; a cookie write from another site is refused.
fn checked_secret(headers: &HeaderMap, method: &Method) -> Result<Option<String>, ApiError> {
    let Some((secret, via_cookie)) = secret(headers) else {
        return Ok(None);
    };
    if via_cookie && is_write(method) && cross_site(headers) {
        return Err(cross_site_refused());
    }
    Ok(Some(secret))
}

/// Authenticates an API request and applies the route policy.
pub async fn enforce(State(st): State<AppState>, mut req: Request, next: Next) -> Response {
    let route = req
        .extensions()
        .get::<MatchedPath>()
        .map(|m| m.as_str().to_string())
        .unwrap_or_default();
    let Some(policy) = policy_for(req.method(), &route) else {
        let allowed = policy::methods_of(&route);
        if !allowed.is_empty() {
            // The address exists, the method does not: 405 with the methods it takes, for
            // anyone (it tells nothing about any record).
            return method_not_allowed(&allowed);
        }
        tracing::error!(%route, "route without an access policy");
        return forbidden().into_response();
    };
    let address = client_address(&st.web, &req);
    match caller_of(&st, req.headers(), req.method(), address).await {
        Ok(Some((caller, _))) => {
            req.extensions_mut().insert(Auth(caller));
        }
        Ok(None) => {}
        Err(e) => return e.into_response(),
    }
    if let Some(action) = policy.action() {
        match req.extensions().get::<Auth>() {
            None => return unauthenticated().into_response(),
            Some(a) if !a.principal.may_at_all(action) => return forbidden().into_response(),
            Some(_) => {}
        }
    }
    next.run(req).await
}

/// 405 with our error body and the `Allow` header.
fn method_not_allowed(allowed: &[&str]) -> Response {
    let mut resp = ApiError(app::Error::of(ErrorCode::MethodNotAllowed)).into_response();
    if let Ok(v) = HeaderValue::from_str(&allowed.join(", ")) {
        resp.headers_mut().insert(header::ALLOW, v);
    }
    resp
}

/// Security headers on every response; HSTS when served over HTTPS.
pub async fn security_headers(State(st): State<AppState>, req: Request, next: Next) -> Response {
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
    if st.web.https {
        set(h, "strict-transport-security", "max-age=31536000; includeSubDomains");
    }
    resp
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bearer_scheme_is_case_insensitive() {
        for v in ["Bearer abc", "bearer abc", "BEARER abc", "  Bearer   abc "] {
            let mut h = HeaderMap::new();
            h.insert(header::AUTHORIZATION, HeaderValue::from_str(v).unwrap());
            assert_eq!(secret(&h), Some(("abc".into(), false)), "{v}");
        }
        let mut h = HeaderMap::new();
        h.insert(header::AUTHORIZATION, HeaderValue::from_static("Basic abc"));
        assert_eq!(secret(&h), None);
    }

    #[test]
    fn cookies_follow_https() {
        let plain = WebSettings::default();
        assert!(plain.session_cookie("s").starts_with("dondoc_session=s;"));
        assert!(!plain.session_cookie("s").contains("Secure"));
        let tls = WebSettings {
            https: true,
            ..Default::default()
        };
        let c = tls.session_cookie("s");
        assert!(c.starts_with("__Host-dondoc_session=s;"), "{c}");
        assert!(c.contains("; Secure") && c.contains("Path=/"));
    }
}
