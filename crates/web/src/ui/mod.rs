//! The web application: server-rendered pages (askama templates) over the same store
//! functions and authorization checks as the API. Pages need a session (the API's
//! `dondoc_session` cookie); forms post to page routes and answer 303 (post/redirect/get),
//! or re-render the page with the field's error (422) so nothing typed is lost.

mod audit_log;
pub mod chart;
mod document;
pub mod fmt;
mod forms;
pub mod i18n;
mod import;
mod import_form;
mod login;
mod overview;
mod pager;
pub mod rag;
mod targets;
mod task;
mod task_actions;
mod tasks;
mod unit;

use std::net::SocketAddr;

use askama::Template;
use axum::extract::{ConnectInfo, DefaultBodyLimit, Request, State};
use axum::http::{HeaderMap, HeaderValue, Method, StatusCode, Uri, header};
use axum::middleware::{self, Next};
use axum::response::{Html, IntoResponse, Redirect, Response};
use axum::routing::{get, post};
use axum::{Form, Router};
use domain::access::Action;
use serde::Deserialize;
use store::Actor;

use crate::AppState;
use crate::auth::{self, Auth};
use crate::error::{ApiError, LANG, Lang};

pub const LANG_COOKIE: &str = "dondoc_lang";

/// The page routes.
pub fn router(state: AppState) -> Router<AppState> {
    let signed = Router::new()
        .route("/", get(home))
        .route("/tong-quan", get(overview::page))
        .route("/nhiem-vu", get(tasks::list))
        .route("/nhiem-vu/{id}", get(task::page))
        .route("/nhiem-vu/{id}/tien-do", post(task_actions::progress))
        .route("/nhiem-vu/{id}/hoan-thanh", post(task_actions::complete))
        .route("/nhiem-vu/{id}/gia-han", post(task_actions::extension))
        .route("/nhiem-vu/{id}/gia-han/{rid}/quyet-dinh", post(task_actions::decide))
        .route("/nhiem-vu/{id}/giai-trinh", post(task_actions::explanation))
        .route("/nhiem-vu/{id}/giai-trinh/{rid}/tra-loi", post(task_actions::answer))
        .route("/tim-kiem", get(tasks::search))
        .route("/don-vi/{id}", get(unit::page))
        .route("/van-ban/{id}", get(document::page))
        .route("/chi-tieu", get(targets::page))
        .route(
            "/nhap-ke-hoach",
            get(import::form)
                .post(import::read)
                .layer(DefaultBodyLimit::max(import::BODY_LIMIT)),
        )
        .route(
            "/nhap-ke-hoach/luu",
            post(import::save).layer(DefaultBodyLimit::max(import::BODY_LIMIT)),
        )
        .route("/dang-xuat", post(login::logout))
        .merge(form_routes())
        .route_layer(middleware::from_fn_with_state(state, require_session));
    Router::new()
        .merge(signed)
        .route("/dang-nhap", get(login::form).post(login::submit))
        .route("/ngon-ngu", post(set_language))
        .route("/static/app.css", get(css))
        .route("/static/symbol-check.js", get(symbol_js))
        .layer(middleware::from_fn(page_language))
}

/// The create/edit forms (`ui::forms`).
fn form_routes() -> Router<AppState> {
    use forms::{document as doc, org, target, task as t};
    Router::new()
        .route("/nhiem-vu/moi", get(t::new_form).post(t::create))
        .route("/nhiem-vu/{id}/sua", get(t::edit_form).post(t::update))
        .route("/nhiem-vu/{id}/huy", get(t::cancel_form).post(t::cancel))
        .route("/van-ban/moi", get(doc::new_form).post(doc::create))
        .route("/van-ban/{id}/sua", get(doc::edit_form).post(doc::update))
        .route("/van-ban/{id}/lien-ket", get(doc::link_form).post(doc::link))
        .route("/van-ban/{id}/lien-ket/{link_id}/xoa", post(doc::unlink))
        .route("/don-vi/moi", get(org::new_unit).post(org::create_unit))
        .route("/don-vi/{id}/sua", get(org::edit_unit).post(org::update_unit))
        .route("/can-bo/moi", get(org::new_person).post(org::create_person))
        .route("/can-bo/{id}/sua", get(org::edit_person).post(org::update_person))
        .route("/chi-tieu/moi", get(target::new_form).post(target::create))
        .route("/chi-tieu/{id}/so-lieu", get(target::actual_form).post(target::record))
        .route("/chi-tieu/{id}/sua", get(target::edit_form).post(target::update))
}

// ---- Language ---------------------------------------------------------------------------

/// A cookie's value from the request headers.
pub fn cookie<'a>(headers: &'a HeaderMap, name: &str) -> Option<&'a str> {
    headers
        .get_all(header::COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(';'))
        .find_map(|p| p.trim().strip_prefix(name)?.strip_prefix('='))
}

/// Pages speak Vietnamese unless the user chose English (remembered in a cookie).
fn page_lang(headers: &HeaderMap) -> Lang {
    match cookie(headers, LANG_COOKIE) {
        Some("en") => Lang::En,
        _ => Lang::Vi,
    }
}

async fn page_language(req: Request, next: Next) -> Response {
    let lang = page_lang(req.headers());
    LANG.scope(lang, next.run(req)).await
}

/// Only our own paths: `/x`, never `//host` or `https://…` (no open redirect).
pub fn safe_next(next: Option<&str>) -> Option<String> {
    let n = next?;
    (n.starts_with('/') && !n.starts_with("//") && !n.contains('\\') && !n.contains(['\r', '\n']))
        .then(|| n.to_string())
}

/// The cookie that keeps the pages' language in this browser.
pub fn language_cookie(code: &str) -> String {
    format!("{LANG_COOKIE}={code}; Path=/; SameSite=Lax; Max-Age=31536000")
}

#[derive(Deserialize)]
struct LanguageForm {
    #[serde(default)]
    lang: String,
    #[serde(default)]
    next: String,
}

/// Switches the pages' language: a cookie for this browser and, for a signed-in user, their
/// account too, so the choice follows them to another device (applied when they sign in).
async fn set_language(
    State(st): State<AppState>,
    ConnectInfo(addr): ConnectInfo<SocketAddr>,
    headers: HeaderMap,
    Form(f): Form<LanguageForm>,
) -> Result<Response, PageError> {
    if auth::cross_site(&headers) {
        return Err(cross_site_refused());
    }
    let code = if f.lang == "en" { "en" } else { "vi" };
    if let Some((secret, true)) = auth::secret(&headers)
        && let Some((p, _)) = signed_in(&st, &secret).await?
    {
        let actor = Actor {
            user_id: Some(p.user_id),
            label: p.login.clone(),
            address: Some(addr.ip().to_string()),
        };
        let mut tx = st.db.write_as(actor).await?;
        store::accounts::set_language(&mut tx, p.user_id, code).await?;
        tx.commit().await?;
    }
    let to = safe_next(Some(&f.next)).unwrap_or_else(|| "/".into());
    Ok(([(header::SET_COOKIE, language_cookie(code))], Redirect::to(&to)).into_response())
}

/// The answer to a cookie-carrying write posted from another site (the API's CSRF rule).
pub fn cross_site_refused() -> PageError {
    PageError(ApiError::new(
        StatusCode::FORBIDDEN,
        "cross_site",
        "Yêu cầu từ trang web khác bị từ chối.",
        "Cross-site request refused.",
        None,
    ))
}

// ---- Sessions ----------------------------------------------------------------------------

/// The signed-in user's display name (put beside [`Auth`] by [`require_session`]).
#[derive(Debug, Clone)]
pub struct PageUser {
    pub display_name: String,
}

/// Pages need a signed-in user: anonymous requests go to the login page (303), cookie writes
/// from other sites are refused (the API's CSRF rule).
async fn require_session(State(st): State<AppState>, mut req: Request, next: Next) -> Response {
    if let Some((secret, via_cookie)) = auth::secret(req.headers()) {
        if via_cookie
            && !matches!(*req.method(), Method::GET | Method::HEAD | Method::OPTIONS)
            && auth::cross_site(req.headers())
        {
            return cross_site_refused().into_response();
        }
        match signed_in(&st, &secret).await {
            Ok(Some((principal, display_name))) => {
                let actor = Actor {
                    user_id: Some(principal.user_id),
                    label: principal.login.clone(),
                    address: auth::client_address(req.extensions()),
                };
                req.extensions_mut().insert(Auth { principal, actor });
                req.extensions_mut().insert(PageUser { display_name });
            }
            Ok(None) => {}
            Err(e) => return PageError(e).into_response(),
        }
    }
    if req.extensions().get::<Auth>().is_none() {
        let here = req.uri().path_and_query().map(|p| p.as_str()).unwrap_or("/");
        let to = if *req.method() == Method::GET && here != "/" {
            format!("/dang-nhap?next={}", urlencode(here))
        } else {
            "/dang-nhap".to_string()
        };
        return Redirect::to(&to).into_response();
    }
    next.run(req).await
}

async fn signed_in(st: &AppState, secret: &str) -> Result<Option<(domain::access::Principal, String)>, ApiError> {
    let mut tx = st.db.read().await?;
    let Some(user) = store::accounts::user_for_secret(&mut tx, secret).await? else {
        return Ok(None);
    };
    let Some(p) = store::accounts::principal(&mut tx, user).await? else {
        return Ok(None);
    };
    let name = store::accounts::get_user(&mut tx, user).await?.display_name;
    Ok(Some((p, name)))
}

/// The unit a user lands on: their first role's unit, or the first top-level unit for
/// administrators of everything.
pub async fn home_unit(tx: &mut store::Tx, auth: &Auth) -> Result<Option<i64>, ApiError> {
    let roles = store::accounts::roles(tx, auth.principal.user_id).await?;
    if let Some(u) = roles.iter().find_map(|r| r.unit_id) {
        return Ok(Some(u));
    }
    let f = store::units::UnitFilter {
        roots: true,
        scope: Some(auth.principal.scope(Action::Read)),
        ..Default::default()
    };
    Ok(store::units::list(tx, &f, 1, 0).await?.items.first().map(|u| u.id))
}

async fn home() -> Redirect {
    Redirect::to("/tong-quan")
}

// ---- Layout, errors, helpers -------------------------------------------------------------

/// What every page's frame shows: language, the user, the search box, where we are.
pub struct Layout {
    pub lang: Lang,
    pub title: String,
    pub user: String,
    /// The current path and query (for the language switch to come back to).
    pub here: String,
    pub q: String,
    pub nav: &'static str,
}

impl Layout {
    pub fn new(user: Option<&PageUser>, uri: &Uri, title: impl Into<String>, nav: &'static str) -> Layout {
        Layout {
            lang: Lang::current(),
            title: title.into(),
            user: user.map(|u| u.display_name.clone()).unwrap_or_default(),
            here: uri
                .path_and_query()
                .map(|p| p.as_str().to_string())
                .unwrap_or_else(|| "/".into()),
            q: String::new(),
            nav,
        }
    }

    pub fn t(&self, key: &str) -> &'static str {
        i18n::t(self.lang, key)
    }

    pub fn code(&self) -> &'static str {
        match self.lang {
            Lang::Vi => "vi",
            Lang::En => "en",
        }
    }

    /// The language the switch offers (posted to `/ngon-ngu`, coming back here).
    pub fn switch_code(&self) -> &'static str {
        match self.lang {
            Lang::Vi => "en",
            Lang::En => "vi",
        }
    }

    pub fn switch_label(&self) -> &'static str {
        match self.lang {
            Lang::Vi => "English",
            Lang::En => "Tiếng Việt",
        }
    }
}

/// An error answered as a page, in the user's language, with the API's status code.
#[derive(Debug)]
pub struct PageError(pub ApiError);

impl<E: Into<ApiError>> From<E> for PageError {
    fn from(e: E) -> Self {
        PageError(e.into())
    }
}

#[derive(Template)]
#[template(path = "error.html")]
struct ErrorPage {
    l: Layout,
    status: u16,
    heading: &'static str,
    message: String,
}

impl IntoResponse for PageError {
    fn into_response(self) -> Response {
        let lang = Lang::current();
        let e = self.0;
        let heading = match e.status {
            StatusCode::NOT_FOUND => "err_not_found",
            StatusCode::FORBIDDEN => "err_forbidden",
            s if s.is_client_error() => "err_bad_request",
            _ => "err_internal",
        };
        let message = match lang {
            Lang::Vi => e.message_vi,
            Lang::En => e.message_en,
        };
        let l = Layout {
            lang,
            title: i18n::t(lang, heading).to_string(),
            user: String::new(),
            here: "/".into(),
            q: String::new(),
            nav: "",
        };
        let page = ErrorPage {
            heading: i18n::t(lang, heading),
            l,
            status: e.status.as_u16(),
            message,
        };
        (e.status, render(&page)).into_response()
    }
}

/// Renders a template; a template error is logged and answered as a plain 500.
pub fn render<T: Template>(t: &T) -> Response {
    match t.render() {
        Ok(s) => Html(s).into_response(),
        Err(e) => {
            tracing::error!(error = %e, "template failed");
            (StatusCode::INTERNAL_SERVER_ERROR, "Lỗi hệ thống / Internal error").into_response()
        }
    }
}

/// Percent-encodes everything but unreserved characters and `/`.
pub fn urlencode(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for b in s.bytes() {
        match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' | b'~' | b'/' => out.push(b as char),
            _ => out.push_str(&format!("%{b:02X}")),
        }
    }
    out
}

/// Escapes text for HTML (for markup built in Rust: charts, highlights).
pub fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

/// The CSS class of a task status badge.
pub fn status_class(s: domain::status::TaskStatus) -> &'static str {
    use domain::status::TaskStatus as S;
    match s {
        S::Overdue | S::CompletedLate => "badge red",
        S::DueSoon | S::ExtensionPending => "badge amber",
        S::CompletedOnTime => "badge green",
        S::InProgress => "badge blue",
        S::NotStarted | S::Cancelled => "badge grey",
    }
}

/// The fill of a status in charts: the colour of its badge (`status_class`, app.css).
pub fn status_fill(s: domain::status::TaskStatus) -> &'static str {
    use domain::status::TaskStatus as S;
    match s {
        S::Overdue | S::CompletedLate => "#b3261e",
        S::DueSoon | S::ExtensionPending => "#8a4b00",
        S::CompletedOnTime => "#1e7b34",
        S::InProgress => "#0b5cad",
        S::NotStarted | S::Cancelled => "#5b6270",
    }
}

/// The label in the page's language, for the domain's `label_vi()` / `label_en()` pairs.
pub fn label(vi: &'static str, en: &'static str) -> &'static str {
    match Lang::current() {
        Lang::Vi => vi,
        Lang::En => en,
    }
}

/// Whether the user may read `subject` (for links to records that may be out of scope).
pub async fn may_read(tx: &mut store::Tx, auth: &Auth, subject: store::access::Subject) -> Result<bool, ApiError> {
    match store::access::belonging(tx, subject).await {
        Ok(b) => Ok(auth.principal.can(Action::Read, &b.target())),
        Err(store::StoreError::NotFound { .. }) => Ok(false),
        Err(e) => Err(e.into()),
    }
}

/// The ancestors of a unit that the user may see, top first (breadcrumbs).
pub async fn visible_ancestors(
    tx: &mut store::Tx,
    auth: &Auth,
    unit_id: i64,
) -> Result<Vec<store::model::Unit>, ApiError> {
    let scope = auth.principal.scope(Action::Read);
    Ok(store::units::ancestors(tx, unit_id)
        .await?
        .into_iter()
        .filter(|u| u.id != unit_id)
        .filter(|u| domain::unit::UnitPath::parse(&u.path).is_some_and(|p| scope.contains(&p)))
        .collect())
}

pub fn status_label(s: domain::status::TaskStatus) -> &'static str {
    match Lang::current() {
        Lang::Vi => s.label_vi(),
        Lang::En => s.label_en(),
    }
}

static SYMBOL_JS: &str = include_str!("../../static/symbol-check.js");

async fn symbol_js() -> Response {
    (
        [
            (
                header::CONTENT_TYPE,
                HeaderValue::from_static("text/javascript; charset=utf-8"),
            ),
            (header::CACHE_CONTROL, HeaderValue::from_static("public, max-age=3600")),
        ],
        SYMBOL_JS,
    )
        .into_response()
}

static CSS: &str = include_str!("../../static/app.css");

async fn css() -> Response {
    (
        [
            (
                header::CONTENT_TYPE,
                HeaderValue::from_static("text/css; charset=utf-8"),
            ),
            (header::CACHE_CONTROL, HeaderValue::from_static("public, max-age=3600")),
        ],
        CSS,
    )
        .into_response()
}
