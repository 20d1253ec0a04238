//! The notification centre: `/thong-bao` (the list behind the bell, newest first, unread
//! marked), marking read, and `/thong-bao/cai-dat` (how the user receives mail).

use crate::paths::route;
use askama::Template;
use axum::extract::{Path, Query, State};
use axum::http::Uri;
use axum::response::{IntoResponse, Redirect, Response};
use axum::routing::{get, post};
use axum::{Extension, Form, Router};
use domain::notify::{DeliveryMode, PreferencesInput, describe_detail};
use serde::Deserialize;

use crate::AppState;
use crate::auth::Auth;
use crate::error::Lang;
use crate::kit::forms::{Fields, Opt, is_form_error};
use crate::kit::{Layout, PageError, PageUser, fmt, i18n, label, render};

/// Notifications a page shows.
const PER_PAGE: i64 = 50;

pub fn routes() -> Router<AppState> {
    Router::new()
        .route(route::NOTICES, get(page))
        .route(route::NOTICES_READ, post(read_all))
        .route(route::NOTICE_READ, post(read_one))
        .route(route::NOTICE_SETTINGS, get(settings).post(save_settings))
}

/// The strings of these pages.
pub fn strings(key: &str) -> Option<(&'static str, &'static str)> {
    Some(match key {
        "notices" => ("Thông báo", "Notifications"),
        "notices_unread" => ("thông báo chưa đọc", "unread notifications"),
        "nt_only_unread" => ("Chỉ xem thông báo chưa đọc", "Unread only"),
        "nt_show_all" => ("Xem tất cả thông báo", "All notifications"),
        "nt_mark_all" => ("Đánh dấu tất cả là đã đọc", "Mark all as read"),
        "nt_mark_one" => ("Đã đọc", "Mark as read"),
        "nt_new" => ("Mới", "New"),
        "nt_none" => ("Chưa có thông báo nào.", "No notifications yet."),
        "nt_none_unread" => ("Không có thông báo chưa đọc.", "No unread notifications."),
        "nt_due" => ("Hạn", "Due"),
        "nt_settings" => ("Cách nhận thông báo", "How I receive notifications"),
        "nt_settings_help" => (
            "Thông báo luôn hiện ở biểu tượng chuông và trang này. Có thể nhận thêm qua thư điện tử: gửi ngay từng thông báo (việc nhắc hằng ngày gộp một thư), hoặc gộp một thư mỗi ngày vào giờ đã chọn.",
            "Notifications always appear under the bell and on this page. You can also receive them by email: each at once (daily reminders in one message), or one digest a day at the hour you choose.",
        ),
        "nt_mode" => ("Cách nhận thư", "Delivery"),
        "nt_hour" => (
            "Giờ gửi thư tổng hợp (0–23, giờ Việt Nam)",
            "Digest hour (0–23, Vietnam time)",
        ),
        "nt_email_on" => ("Nhận thông báo qua thư điện tử", "Receive notifications by email"),
        "nt_email" => ("Thư điện tử", "Email"),
        "nt_saved" => ("Đã lưu cách nhận thông báo.", "Saved."),
        "nt_save" => ("Lưu", "Save"),
        "nt_previous" => ("Trang trước", "Previous page"),
        "nt_next" => ("Trang sau", "Next page"),
        _ => return None,
    })
}

/// A notification as the list shows it.
pub struct Line {
    pub id: i64,
    pub headline: &'static str,
    pub task: String,
    pub task_href: String,
    pub due: String,
    pub said: String,
    pub day: String,
    pub unread: bool,
    /// The badge colour of its urgency.
    pub class: &'static str,
}

#[derive(Template)]
#[template(path = "notices/list.html")]
struct ListPage {
    l: Layout,
    lines: Vec<Line>,
    unread: i64,
    total: i64,
    only_unread: bool,
    prev_href: String,
    next_href: String,
}

#[derive(Deserialize, Default)]
pub struct ListQuery {
    #[serde(default, rename = "chua-doc")]
    unread: Option<String>,
    #[serde(default, rename = "trang")]
    page: Option<String>,
}

fn class_of(kind: domain::notify::NotificationKind) -> &'static str {
    use domain::notify::Urgency as U;
    match kind.urgency() {
        U::Overdue => "badge red",
        U::Requests => "badge teal",
        U::DueToday | U::DueSoon => "badge amber",
        U::Assigned => "badge blue",
    }
}

async fn page(
    State(st): State<AppState>,
    auth: Auth,
    Extension(user): Extension<PageUser>,
    uri: Uri,
    Query(q): Query<ListQuery>,
) -> Result<Response, PageError> {
    let lang = Lang::current();
    let only_unread = q.unread.as_deref().is_some_and(|v| v == "1");
    // A page number that is not one is the first page (a bookmark stays usable).
    let page = q
        .page
        .as_deref()
        .and_then(|p| p.trim().parse::<i64>().ok())
        .unwrap_or(1)
        .clamp(1, 1000);
    let list = app::notices::list(&st.app, &auth, only_unread, PER_PAGE + 1, (page - 1) * PER_PAGE).await?;
    let (unread, total) = app::notices::counts(&st.app, &auth).await?;
    let more = list.len() as i64 > PER_PAGE;
    let en = lang == Lang::En;
    let lines = list
        .into_iter()
        .take(PER_PAGE as usize)
        .map(|n| Line {
            id: n.id,
            headline: label(n.kind.label_vi(), n.kind.label_en()),
            task: match (&n.task_code, &n.task_title) {
                (Some(c), Some(t)) if !c.is_empty() => format!("{c}. {t}"),
                (_, Some(t)) => t.clone(),
                _ => String::new(),
            },
            task_href: match (n.task_id, n.requirement_id) {
                (Some(id), _) => crate::paths::task(id),
                (None, Some(id)) => crate::paths::requirement(id),
                _ => String::new(),
            },
            due: n.task_due_on.map(fmt::date).unwrap_or_default(),
            said: describe_detail(n.kind, &n.detail, en),
            day: fmt::date(n.day),
            unread: n.read_at.is_none(),
            class: class_of(n.kind),
        })
        .collect();
    let filter = if only_unread { "chua-doc=1&" } else { "" };
    let p = ListPage {
        l: Layout::new(Some(&user), &uri, i18n::t(lang, "notices"), "notices"),
        lines,
        unread,
        total,
        only_unread,
        prev_href: if page > 1 {
            format!("{}?{filter}trang={}", crate::paths::NOTICES, page - 1)
        } else {
            String::new()
        },
        next_href: if more {
            format!("{}?{filter}trang={}", crate::paths::NOTICES, page + 1)
        } else {
            String::new()
        },
    };
    Ok(render(&p))
}

async fn read_all(State(st): State<AppState>, auth: Auth) -> Result<Response, PageError> {
    app::notices::mark_read(&st.app, &auth, None).await?;
    Ok(Redirect::to(crate::paths::NOTICES).into_response())
}

#[derive(Deserialize, Default)]
pub struct ReadForm {
    /// Where to go next: the task (opening a notice marks it read) or back to the list.
    #[serde(default)]
    next: String,
}

async fn read_one(
    State(st): State<AppState>,
    auth: Auth,
    Path(id): Path<i64>,
    Form(f): Form<ReadForm>,
) -> Result<Response, PageError> {
    app::notices::mark_read(&st.app, &auth, Some(id)).await?;
    let to = crate::kit::safe_next(Some(&f.next)).unwrap_or_else(|| crate::paths::NOTICES.into());
    Ok(Redirect::to(&to).into_response())
}

#[derive(Template)]
#[template(path = "notices/settings.html")]
struct SettingsPage {
    l: Layout,
    f: Fields,
    modes: Vec<Opt>,
    saved: bool,
}

fn modes() -> Vec<Opt> {
    DeliveryMode::ALL
        .iter()
        .map(|m| Opt {
            value: m.as_str().to_string(),
            label: label(m.label_vi(), m.label_en()).to_string(),
        })
        .collect()
}

#[derive(Deserialize, Default)]
pub struct SavedQuery {
    #[serde(default, rename = "da-luu")]
    saved: Option<String>,
}

async fn settings(
    State(st): State<AppState>,
    auth: Auth,
    Extension(user): Extension<PageUser>,
    uri: Uri,
    Query(q): Query<SavedQuery>,
) -> Result<Response, PageError> {
    let p = app::notices::preferences(&st.app, &auth).await?;
    let f = Fields::from(&[
        ("mode", p.mode.as_str().to_string()),
        ("digest_hour", p.digest_hour.to_string()),
        ("email_on", if p.email_on { "1".into() } else { String::new() }),
        ("email", p.email.unwrap_or_default()),
    ]);
    let lang = Lang::current();
    Ok(render(&SettingsPage {
        l: Layout::new(Some(&user), &uri, i18n::t(lang, "nt_settings"), "notices"),
        f,
        modes: modes(),
        saved: q.saved.is_some(),
    }))
}

#[derive(Deserialize, Default)]
pub struct SettingsForm {
    #[serde(default)]
    mode: String,
    #[serde(default)]
    digest_hour: String,
    #[serde(default)]
    email_on: String,
    #[serde(default)]
    email: String,
}

async fn save_settings(
    State(st): State<AppState>,
    auth: Auth,
    Extension(user): Extension<PageUser>,
    uri: Uri,
    Form(form): Form<SettingsForm>,
) -> Result<Response, PageError> {
    let input = PreferencesInput {
        mode: form.mode.clone(),
        digest_hour: form.digest_hour.clone(),
        email_on: form.email_on == "1",
        email: form.email.clone(),
    };
    let e = match app::notices::set_preferences(&st.app, &auth, input).await {
        Ok(_) => return Ok(Redirect::to(&format!("{}?da-luu=1", crate::paths::NOTICE_SETTINGS)).into_response()),
        Err(e) => crate::error::ApiError::from(e),
    };
    let status = e.status();
    if !is_form_error(status) {
        return Err(PageError(e));
    }
    let mut f = Fields::from(&[
        ("mode", form.mode),
        ("digest_hour", form.digest_hour),
        ("email_on", form.email_on),
        ("email", form.email),
    ]);
    f.add(&e, &["mode", "digest_hour", "email_on", "email"]);
    let lang = Lang::current();
    let page = SettingsPage {
        l: Layout::new(Some(&user), &uri, i18n::t(lang, "nt_settings"), "notices"),
        f,
        modes: modes(),
        saved: false,
    };
    Ok((status, render(&page)).into_response())
}
