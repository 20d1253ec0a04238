//! The web application: server-rendered pages (askama templates) over the same store
//! functions and authorization checks as the API. Pages need a session (the API's
//! `dondoc_session` cookie); forms post to page routes and answer 303 (post/redirect/get),
//! or re-render the page with the field's error (422) so nothing typed is lost.

pub mod attachments;
mod audit_log;
pub mod chart;
mod conference_actions;
mod conference_forms;
mod conference_invitees;
mod conference_strings;
mod conferences;
mod document;
mod documents;
mod evaluation;
mod evaluation_rules;
mod evaluation_strings;
mod evaluation_unit;
mod exports;
pub mod feedback;
mod feedback_qr;
pub mod fmt;
mod forms;
pub mod i18n;
mod import;
mod import_form;
mod login;
mod my_work;
mod notice_admin;
mod notices;
mod overview;
mod pager;
pub mod picker;
mod publishing;
pub mod rag;
mod ranking;
mod reports;
pub mod sheet_import;
pub use reports::docx_response;
mod inspection_conclusion_form;
mod inspection_decision_form;
mod inspection_forms;
mod inspection_plan_form;
mod inspection_strings;
mod inspections;
mod requirement_forms;
mod requirement_strings;
mod requirements;
mod targets;
mod task;
mod task_actions;
mod task_bulk;
mod task_rows;
mod tasks;
pub mod timeline;
mod unit;

use crate::paths::route;
use askama::Template;
use axum::extract::{DefaultBodyLimit, Request, State};
use axum::http::{HeaderMap, HeaderValue, Method, StatusCode, Uri, header};
use axum::middleware::{self, Next};
use axum::response::{Html, IntoResponse, Redirect, Response};
use axum::routing::{get, post};
use axum::{Extension, Form, Router};
use serde::Deserialize;

use crate::AppState;
use crate::auth::address::ClientAddress;
use crate::auth::{self, Auth};
use crate::error::{ApiError, LANG, Lang};

pub const LANG_COOKIE: &str = "dondoc_lang";

/// The page routes.
pub fn router(state: AppState) -> Router<AppState> {
    // A little above the streamed cap, so the cap (with its message) is met first.
    let upload_limit = DefaultBodyLimit::max(crate::files::body_limit(&state).saturating_add(1024 * 1024));
    let signed = Router::new()
        .route(route::HOME, get(home))
        .route(route::OVERVIEW, get(overview::page))
        .route(route::MY_WORK, get(my_work::page))
        .route(route::TASKS, get(tasks::list))
        .route(route::TASKS_BULK, post(task_bulk::submit))
        .route(route::TASK, get(task::page))
        .route(route::TASK_PROGRESS, post(task_actions::progress).layer(upload_limit))
        .route(route::FILE, get(download_file))
        .route(route::TASK_COMPLETE, post(task_actions::complete))
        .route(route::TASK_EXTENSION, post(task_actions::extension))
        .route(route::TASK_EXTENSION_DECISION, post(task_actions::decide))
        .route(route::TASK_EXPLANATION, post(task_actions::explanation))
        .route(route::TASK_EXPLANATION_ANSWER, post(task_actions::answer))
        .route(route::TASK_RESPONSIBLE, post(task_actions::set_responsible))
        .route(route::TASK_COMMENT, post(task_actions::comment))
        .route(route::TASK_URGE, post(task_actions::urge))
        .route(route::SEARCH, get(tasks::search))
        .route(route::UNIT, get(unit::page))
        .route(route::DOCUMENTS, get(documents::page))
        .route(route::DOCUMENT, get(document::page))
        .route(route::TARGETS, get(targets::page))
        .route(
            route::PLAN_IMPORT,
            get(import::form)
                .post(import::read)
                .layer(DefaultBodyLimit::max(import::BODY_LIMIT)),
        )
        .route(
            route::PLAN_IMPORT_SAVE,
            post(import::save).layer(DefaultBodyLimit::max(import::BODY_LIMIT)),
        )
        .route(route::LOGOUT, post(login::logout))
        .merge(forms::routes())
        .merge(requirements::routes(&state))
        .merge(conferences::routes(&state))
        .merge(conference_invitees::routes())
        .merge(inspections::routes(&state))
        .merge(reports::routes())
        .merge(exports::routes())
        .merge(sheet_import::routes())
        .merge(publishing::routes())
        .merge(notices::routes())
        .merge(notice_admin::routes())
        .merge(ranking::routes())
        .route_layer(middleware::from_fn_with_state(state, require_session));
    Router::new()
        .merge(signed)
        .merge(publishing::public_routes())
        .route(route::LOGIN, get(login::form).post(login::submit))
        .route(route::LANGUAGE, post(set_language))
        .route(route::FEEDBACK, get(feedback::page).post(feedback::send))
        .route(route::FEEDBACK_QR, get(feedback_qr::sheet))
        .route("/static/app.css", get(css))
        .route("/static/symbol-check.js", get(symbol_js))
        .route("/static/app.js", get(app_js))
        .layer(middleware::from_fn(page_language))
}

/// `/tep/{id}`: an attached file, for those who may read the record it belongs to.
async fn download_file(
    State(st): State<AppState>,
    auth: Auth,
    axum::extract::Path(id): axum::extract::Path<i64>,
) -> Result<Response, PageError> {
    Ok(crate::files::download(&st, &auth, id).await?)
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
    LANG.scope(lang, async move {
        // A control character in a query value (a NUL in a search term) is refused on every
        // page, before it reaches a database that cannot store it.
        if let Err(e) = crate::error::refuse_control_characters(req.uri().query().unwrap_or("")) {
            return PageError(e).into_response();
        }
        next.run(req).await
    })
    .await
}

/// Only our own paths: `/x`, never `//host` or `https://…` (no open redirect). Any control
/// character (a tab makes browsers read `/\t/host` as `//host`) or backslash refuses the whole
/// value.
pub fn safe_next(next: Option<&str>) -> Option<String> {
    let n = next?;
    (n.starts_with('/') && !n.starts_with("//") && !n.contains('\\') && !n.chars().any(char::is_control))
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
    ClientAddress(address): ClientAddress,
    headers: HeaderMap,
    Form(f): Form<LanguageForm>,
) -> Result<Response, PageError> {
    if auth::cross_site(&headers) {
        return Err(cross_site_refused());
    }
    let caller = auth::caller_of(&st, &headers, &Method::POST, Some(address)).await?;
    let code = if f.lang == "en" { "en" } else { "vi" };
    if let Some((caller, _)) = caller {
        app::accounts::set_language(&st.app, &caller, code).await?;
    }
    let to = safe_next(Some(&f.next)).unwrap_or_else(|| crate::paths::HOME.into());
    Ok(([(header::SET_COOKIE, language_cookie(code))], Redirect::to(&to)).into_response())
}

/// The answer to a cookie-carrying write posted from another site (the API's CSRF rule).
pub fn cross_site_refused() -> PageError {
    PageError(auth::cross_site_refused())
}

// ---- Sessions ----------------------------------------------------------------------------

/// The signed-in user as the page frame shows them: their name and the menu their roles use
/// (put beside [`Auth`] by [`require_session`]).
#[derive(Debug, Clone, Default)]
pub struct PageUser {
    pub display_name: String,
    pub nav: Nav,
    /// Unread notifications (the bell's number).
    pub unread: i64,
}

/// The menu entries a user's roles can use: nothing leads to a page they cannot open.
#[derive(Debug, Clone, Copy, Default)]
pub struct Nav {
    /// "Việc của tôi" (staff, unit officers) or "Việc cần xử lý" (offices).
    pub work: Option<&'static str>,
    pub overview: bool,
    pub documents: bool,
    pub targets: bool,
    pub import: bool,
    /// "Nhập từ Excel": the user may import some kind of sheet.
    pub sheet_import: bool,
    /// Reminder rules of the units the user manages.
    pub reminder_rules: bool,
    /// The mail outbox (administrators).
    pub outbox: bool,
    /// "Đánh giá của tôi": the account is a staff record.
    pub my_evaluation: bool,
    /// "Đánh giá đơn vị": heads, leaders, inspectors (read).
    pub unit_evaluation: bool,
    /// The evaluation rule sets (everyone signed in reads them; administrators edit).
    pub rule_sets: bool,
    /// "Kiểm tra, giám sát": the inspector role only.
    pub inspections: bool,
}

impl Nav {
    pub fn of(p: &domain::access::Principal) -> Nav {
        use domain::access::{Action, Role};
        let sees_units = !p.scope(Action::Read).is_empty();
        let manages = p.may_at_all(Action::ManageWork);
        Nav {
            work: if p.has_role(Role::Specialist) || p.has_role(Role::Admin) {
                Some("queue")
            } else if p.has_role(Role::UnitOfficer) || p.has_role(Role::Staff) {
                Some("my_work")
            } else {
                None
            },
            overview: sees_units,
            documents: sees_units,
            targets: sees_units,
            import: manages,
            sheet_import: !sheet_import::kinds_for(p).is_empty(),
            reminder_rules: p.may_at_all(domain::access::Operation::SetReminderRules.rule().action),
            outbox: p.may_at_all(domain::access::Operation::ViewOutbox.rule().action),
            my_evaluation: p.person_id.is_some(),
            unit_evaluation: sees_units,
            rule_sets: p.scope(Action::ManageRuleSets).all,
            inspections: p.has_role(Role::Inspector),
        }
    }
}

tokio::task_local! {
    /// The signed-in user of the current page request, so that error pages keep the menu.
    static PAGE_USER: PageUser;
}

/// Pages need a signed-in user: anonymous requests go to the login page (303), cookie writes
/// from other sites are refused (the API's CSRF rule).
async fn require_session(State(st): State<AppState>, mut req: Request, next: Next) -> Response {
    let mut page_user = None;
    let address = auth::client_address(&st.web, &req);
    match auth::caller_of(&st, req.headers(), req.method(), address).await {
        Ok(Some((caller, display_name))) => {
            // The bell is a convenience: a failed count shows none rather than failing the page.
            let unread = app::notices::unread(&st.app, &caller).await.unwrap_or(0);
            let user = PageUser {
                display_name,
                nav: Nav::of(&caller.principal),
                unread,
            };
            req.extensions_mut().insert(Auth(caller));
            req.extensions_mut().insert(user.clone());
            page_user = Some(user);
        }
        Ok(None) => {}
        Err(e) => return PageError(e).into_response(),
    }
    if req.extensions().get::<Auth>().is_none() {
        let here = req.uri().path_and_query().map(|p| p.as_str()).unwrap_or("/");
        let to = if *req.method() == Method::GET && here != crate::paths::HOME {
            format!("{}?next={}", crate::paths::LOGIN, urlencode(here))
        } else {
            crate::paths::LOGIN.to_string()
        };
        return Redirect::to(&to).into_response();
    }
    PAGE_USER.scope(page_user.unwrap_or_default(), next.run(req)).await
}

/// Each role lands where its day's work is: staff and unit officers on "Việc của tôi", offices
/// on "Việc cần xử lý", leaders and inspectors on the overview.
async fn home(Extension(user): Extension<PageUser>) -> Redirect {
    match user.nav.work {
        Some(_) => Redirect::to(crate::paths::MY_WORK),
        None if user.nav.overview => Redirect::to(crate::paths::OVERVIEW),
        None => Redirect::to(crate::paths::TASKS),
    }
}

// ---- Layout, errors, helpers -------------------------------------------------------------

/// What every page's frame shows: language, the user, the search box, where we are.
pub struct Layout {
    pub lang: Lang,
    pub title: String,
    pub user: String,
    pub menu: Nav,
    /// The current path and query (for the language switch to come back to).
    pub here: String,
    pub q: String,
    pub nav: &'static str,
    /// Unread notifications (the bell).
    pub unread: i64,
}

impl Layout {
    pub fn new(user: Option<&PageUser>, uri: &Uri, title: impl Into<String>, nav: &'static str) -> Layout {
        Layout {
            lang: Lang::current(),
            title: title.into(),
            user: user.map(|u| u.display_name.clone()).unwrap_or_default(),
            menu: user.map(|u| u.nav).unwrap_or_default(),
            here: uri
                .path_and_query()
                .map(|p| p.as_str().to_string())
                .unwrap_or_else(|| "/".into()),
            q: String::new(),
            nav,
            unread: user.map(|u| u.unread).unwrap_or(0),
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
    /// Quoted when reporting the problem; ties the page to the server's log lines.
    request_id: String,
}

impl IntoResponse for PageError {
    fn into_response(self) -> Response {
        let lang = Lang::current();
        let e = self.0;
        let status = e.status();
        let heading = match status {
            StatusCode::NOT_FOUND => "err_not_found",
            StatusCode::FORBIDDEN => "err_forbidden",
            s if s.is_client_error() => "err_bad_request",
            _ => "err_internal",
        };
        let message = e.message().to_string();
        // Inside a page request the menu stays (an error is not a dead end).
        let user = PAGE_USER.try_with(|u| u.clone()).unwrap_or_default();
        let l = Layout {
            lang,
            title: i18n::t(lang, heading).to_string(),
            user: user.display_name,
            menu: user.nav,
            here: "/".into(),
            q: String::new(),
            nav: "",
            unread: user.unread,
        };
        let page = ErrorPage {
            heading: i18n::t(lang, heading),
            l,
            status: status.as_u16(),
            message,
            request_id: crate::request_id::current().unwrap_or_default(),
        };
        (status, render(&page)).into_response()
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
        S::Overdue => "badge red",
        S::CompletedLate => "badge purple",
        S::DueSoon => "badge amber",
        S::ExtensionPending => "badge teal",
        S::CompletedOnTime => "badge green",
        S::InProgress => "badge blue",
        S::NotStarted => "badge grey",
        S::Cancelled => "badge brown",
    }
}

/// The fill of a status in charts: the colour of its badge (`status_class`, app.css).
pub fn status_fill(s: domain::status::TaskStatus) -> &'static str {
    use domain::status::TaskStatus as S;
    match s {
        S::Overdue => "#b3261e",
        S::CompletedLate => "#6a3d9a",
        S::DueSoon => "#8a4b00",
        S::ExtensionPending => "#00666e",
        S::CompletedOnTime => "#1e7b34",
        S::InProgress => "#0b5cad",
        S::NotStarted => "#5b6270",
        S::Cancelled => "#6d4c41",
    }
}

/// The label in the page's language, for the domain's `label_vi()` / `label_en()` pairs.
pub fn label(vi: &'static str, en: &'static str) -> &'static str {
    match Lang::current() {
        Lang::Vi => vi,
        Lang::En => en,
    }
}

/// The ancestors of a unit that the user may see, top first, without the unit (breadcrumbs).
pub async fn visible_ancestors(
    r: &mut app::read::Reader<'_>,
    unit_id: i64,
) -> Result<Vec<store::model::Unit>, ApiError> {
    Ok(r.ancestors(unit_id)
        .await?
        .into_iter()
        .filter(|u| u.id != unit_id)
        .collect())
}

pub fn status_label(s: domain::status::TaskStatus) -> &'static str {
    match Lang::current() {
        Lang::Vi => s.label_vi(),
        Lang::En => s.label_en(),
    }
}

/// A static file served with its type and an hour's caching.
fn asset(content_type: &'static str, body: &'static str) -> Response {
    (
        [
            (header::CONTENT_TYPE, HeaderValue::from_static(content_type)),
            (header::CACHE_CONTROL, HeaderValue::from_static("public, max-age=3600")),
        ],
        body,
    )
        .into_response()
}

async fn symbol_js() -> Response {
    asset(
        "text/javascript; charset=utf-8",
        include_str!("../../static/symbol-check.js"),
    )
}

async fn app_js() -> Response {
    asset("text/javascript; charset=utf-8", include_str!("../../static/app.js"))
}

async fn css() -> Response {
    asset("text/css; charset=utf-8", include_str!("../../static/app.css"))
}
