//! The page toolkit every capability's pages share: the frame (`Layout`, the signed-in
//! `PageUser` and the menu `Nav`), the error page, rendering, the language cookie, and the
//! small helpers for markup built in Rust. The page routes are assembled in `crate::pages`.

pub mod attachments;
pub mod fmt;
pub mod forms;
pub mod i18n;
pub mod pager;
pub mod picker;
pub mod timeline;

use askama::Template;
use axum::http::{HeaderMap, StatusCode, Uri, header};
use axum::response::{Html, IntoResponse, Response};

use crate::auth;
use crate::error::{ApiError, Lang};

pub const LANG_COOKIE: &str = "dondoc_lang";

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

/// The answer to a cookie-carrying write posted from another site (the API's CSRF rule).
pub fn cross_site_refused() -> PageError {
    PageError(auth::cross_site_refused())
}

// ---- Sessions ----------------------------------------------------------------------------

/// The signed-in user as the page frame shows them: their name and the menu their roles use
/// (put beside [`crate::auth::Auth`] by `crate::pages`).
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
            sheet_import: !crate::plans::sheet_import::kinds_for(p).is_empty(),
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
    pub(crate) static PAGE_USER: PageUser;
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
