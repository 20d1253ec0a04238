//! The offices' and administrators' side of notifications: `/quy-dinh-nhac-viec` (the reminder
//! rules of a unit that assigns work) and `/hang-doi-thu` (the mail outbox: what waits, what
//! was sent, what failed and why).

use crate::paths::route;
use askama::Template;
use axum::extract::{Path, Query, State};
use axum::http::Uri;
use axum::response::{IntoResponse, Redirect, Response};
use axum::routing::{get, post};
use axum::{Extension, Form, Router};
use domain::reminder::ReminderRulesInput;
use serde::Deserialize;

use crate::AppState;
use crate::auth::Auth;
use crate::error::{ApiError, Lang};
use crate::kit::forms::{Fields, Opt, is_form_error};
use crate::kit::{Layout, PageError, PageUser, fmt, i18n, render};

pub fn routes() -> Router<AppState> {
    Router::new()
        .route(route::REMINDER_RULES, get(rules_page))
        .route(route::REMINDER_RULES_SAVE, post(save_rules))
        .route(route::OUTBOX, get(outbox_page))
        .route(route::OUTBOX_RETRY, post(retry))
}

pub fn strings(key: &str) -> Option<(&'static str, &'static str)> {
    Some(match key {
        "rr_menu" => ("Quy định nhắc việc", "Reminder rules"),
        "rr_help" => (
            "Hệ thống tự nhắc đơn vị chủ trì và người phụ trách trước hạn, đúng hạn và sau hạn; khi quá hạn lâu thì báo người đứng đầu đơn vị, rồi báo cơ quan giao việc. Quy định của một đơn vị áp dụng cho nhiệm vụ do đơn vị đó và các đơn vị trực thuộc giao (nếu các đơn vị này chưa đặt quy định riêng).",
            "dondoc reminds the lead unit and the person responsible before, on and after the due date; when work stays overdue it tells the unit's head, then the assigning office. A unit's rules apply to the work it and the units under it assign (unless they set their own).",
        ),
        "rr_unit" => ("Đơn vị giao việc", "Assigning unit"),
        "rr_show" => ("Xem", "Show"),
        "rr_inherited" => ("Đang áp dụng quy định của", "Rules in force are those of"),
        "rr_default" => (
            "Đơn vị chưa đặt quy định riêng: đang áp dụng quy định mặc định của hệ thống.",
            "No rules of its own: the installation's defaults apply.",
        ),
        "rr_own" => ("Quy định riêng của đơn vị.", "The unit's own rules."),
        "rr_before" => (
            "Nhắc trước hạn (số ngày, cách nhau bằng dấu phẩy)",
            "Remind before the due date (days, comma separated)",
        ),
        "rr_on_day" => ("Nhắc đúng ngày đến hạn", "Remind on the due date"),
        "rr_after" => (
            "Nhắc sau hạn (số ngày quá hạn, cách nhau bằng dấu phẩy)",
            "Remind after the due date (days overdue, comma separated)",
        ),
        "rr_head" => (
            "Báo người đứng đầu đơn vị chủ trì khi quá hạn (số ngày; để trống: không báo)",
            "Tell the lead unit's head after (days overdue; blank: never)",
        ),
        "rr_office" => (
            "Báo cơ quan giao việc khi quá hạn (số ngày; để trống: không báo)",
            "Tell the assigning office after (days overdue; blank: never)",
        ),
        "rr_saved" => ("Đã lưu quy định nhắc việc.", "Reminder rules saved."),
        "rr_save" => ("Lưu quy định", "Save the rules"),
        "ob_menu" => ("Tình trạng gửi thư", "Mail delivery"),
        "ob_help" => (
            "Thư thông báo chờ gửi, đã gửi và gửi lỗi. Thư lỗi tạm thời được gửi lại tự động (thưa dần); thư lỗi nhiều lần hoặc không có địa chỉ được để riêng, có thể gửi lại sau khi sửa.",
            "Notification mail waiting, sent and failed. Temporary failures are retried automatically (less and less often); messages that failed too often or have no address are set aside and can be sent again once fixed.",
        ),
        "ob_pending" => ("Chờ gửi", "Waiting"),
        "ob_sending" => ("Đang gửi", "Sending"),
        "ob_sent" => ("Đã gửi", "Sent"),
        "ob_dead" => ("Gửi lỗi, đã dừng", "Failed, stopped"),
        "ob_retrying" => ("Đang gửi lại sau lỗi", "Being retried"),
        "ob_oldest" => ("Thư chờ lâu nhất (giây)", "Oldest waiting (seconds)"),
        "ob_all" => ("Tất cả", "All"),
        "ob_to" => ("Người nhận", "Recipient"),
        "ob_kind" => ("Loại thư", "Kind"),
        "ob_state" => ("Tình trạng", "State"),
        "ob_attempts" => ("Số lần gửi", "Attempts"),
        "ob_error" => ("Lỗi gần nhất", "Last error"),
        "ob_created" => ("Tạo lúc", "Created"),
        "ob_retry" => ("Gửi lại", "Send again"),
        "ob_none" => ("Không có thư nào.", "No messages."),
        "ob_kind_immediate" => ("Thông báo ngay", "Immediate notice"),
        "ob_kind_reminders" => ("Nhắc việc hằng ngày", "Daily reminders"),
        "ob_kind_digest" => ("Thư tổng hợp", "Daily digest"),
        "ob_no_address" => ("(chưa có địa chỉ)", "(no address)"),
        _ => return None,
    })
}

#[derive(Template)]
#[template(path = "notices/rules.html")]
struct RulesPage {
    l: Layout,
    units: Vec<Opt>,
    unit: i64,
    /// "" (own rules), the name of the unit whose rules apply, or "-" (defaults).
    source: String,
    f: Fields,
    saved: bool,
}

#[derive(Deserialize, Default)]
pub struct RulesQuery {
    #[serde(default, rename = "don-vi")]
    unit: Option<String>,
    #[serde(default, rename = "da-luu")]
    saved: Option<String>,
}

fn rule_fields(r: &domain::reminder::ReminderRules) -> Fields {
    let i = r.as_input();
    Fields::from(&[
        ("before_days", i.before_days),
        ("on_day", if i.on_day { "1".into() } else { String::new() }),
        ("after_days", i.after_days),
        ("escalate_head_after", i.escalate_head_after),
        ("escalate_office_after", i.escalate_office_after),
    ])
}

async fn rules_page(
    State(st): State<AppState>,
    auth: Auth,
    Extension(user): Extension<PageUser>,
    uri: Uri,
    Query(q): Query<RulesQuery>,
) -> Result<Response, PageError> {
    let units = app::notices::rule_units(&st.app, &auth).await?;
    if units.is_empty() {
        return Err(PageError(ApiError::from(app::Error::forbidden())));
    }
    let chosen = q.unit.as_deref().and_then(|u| u.trim().parse::<i64>().ok());
    let unit = chosen
        .filter(|c| units.iter().any(|(id, _)| id == c))
        .unwrap_or(units[0].0);
    let (source, rules) = app::notices::reminder_rules(&st.app, &auth, unit).await?;
    build_rules(
        &st,
        &auth,
        &user,
        &uri,
        units,
        unit,
        source,
        rule_fields(&rules),
        q.saved.is_some(),
    )
    .await
}

#[allow(clippy::too_many_arguments)]
async fn build_rules(
    st: &AppState,
    auth: &Auth,
    user: &PageUser,
    uri: &Uri,
    units: Vec<(i64, String)>,
    unit: i64,
    source: Option<i64>,
    f: Fields,
    saved: bool,
) -> Result<Response, PageError> {
    let lang = Lang::current();
    let source = match source {
        Some(s) if s == unit => String::new(),
        Some(s) => {
            let mut rd = st.app.read(auth).await?;
            rd.unit_names(&[s]).await?.remove(&s).unwrap_or_default()
        }
        None => "-".into(),
    };
    let page = RulesPage {
        l: Layout::new(Some(user), uri, i18n::t(lang, "rr_menu"), "notices"),
        units: units
            .into_iter()
            .map(|(id, name)| Opt {
                value: id.to_string(),
                label: name,
            })
            .collect(),
        unit,
        source,
        f,
        saved,
    };
    Ok(render(&page))
}

#[derive(Deserialize, Default)]
pub struct RulesForm {
    #[serde(default)]
    before_days: String,
    #[serde(default)]
    on_day: String,
    #[serde(default)]
    after_days: String,
    #[serde(default)]
    escalate_head_after: String,
    #[serde(default)]
    escalate_office_after: String,
}

async fn save_rules(
    State(st): State<AppState>,
    auth: Auth,
    Extension(user): Extension<PageUser>,
    uri: Uri,
    Path(unit): Path<i64>,
    Form(form): Form<RulesForm>,
) -> Result<Response, PageError> {
    let input = ReminderRulesInput {
        before_days: form.before_days.clone(),
        on_day: form.on_day == "1",
        after_days: form.after_days.clone(),
        escalate_head_after: form.escalate_head_after.clone(),
        escalate_office_after: form.escalate_office_after.clone(),
    };
    let e = match app::notices::set_reminder_rules(&st.app, &auth, unit, input).await {
        Ok(_) => {
            return Ok(
                Redirect::to(&format!("{}?don-vi={unit}&da-luu=1", crate::paths::REMINDER_RULES)).into_response(),
            );
        }
        Err(e) => ApiError::from(e),
    };
    let status = e.status();
    if !is_form_error(status) {
        return Err(PageError(e));
    }
    let names = [
        "before_days",
        "on_day",
        "after_days",
        "escalate_head_after",
        "escalate_office_after",
    ];
    let mut f = Fields::from(&[
        ("before_days", form.before_days),
        ("on_day", form.on_day),
        ("after_days", form.after_days),
        ("escalate_head_after", form.escalate_head_after),
        ("escalate_office_after", form.escalate_office_after),
    ]);
    f.add(&e, &names);
    let units = app::notices::rule_units(&st.app, &auth).await?;
    let (source, _) = app::notices::reminder_rules(&st.app, &auth, unit).await?;
    let page = build_rules(&st, &auth, &user, &uri, units, unit, source, f, false).await?;
    Ok((status, page).into_response())
}

/// A message as the outbox table shows it.
pub struct MailLine {
    pub id: i64,
    pub to: String,
    pub kind: &'static str,
    pub state: &'static str,
    pub state_code: String,
    pub attempts: i32,
    pub error: String,
    pub created: String,
}

#[derive(Template)]
#[template(path = "notices/outbox.html")]
struct OutboxPage {
    l: Layout,
    stats: store::outbox::OutboxStats,
    lines: Vec<MailLine>,
    state: String,
    states: Vec<Opt>,
}

#[derive(Deserialize, Default)]
pub struct OutboxQuery {
    #[serde(default, rename = "tinh-trang")]
    state: Option<String>,
}

fn state_key(s: &str) -> &'static str {
    match s {
        "pending" => "ob_pending",
        "sending" => "ob_sending",
        "sent" => "ob_sent",
        _ => "ob_dead",
    }
}

async fn outbox_page(
    State(st): State<AppState>,
    auth: Auth,
    Extension(user): Extension<PageUser>,
    uri: Uri,
    Query(q): Query<OutboxQuery>,
) -> Result<Response, PageError> {
    let lang = Lang::current();
    let state = q.state.unwrap_or_default();
    let (stats, rows) = app::notices::outbox(&st.app, &auth, Some(state.as_str())).await?;
    let lines = rows
        .into_iter()
        .map(|m| MailLine {
            id: m.id,
            to: match &m.email {
                Some(e) => format!("{} <{e}>", m.display_name),
                None => format!("{} {}", m.display_name, i18n::t(lang, "ob_no_address")),
            },
            kind: i18n::t(
                lang,
                match m.kind.as_str() {
                    "immediate" => "ob_kind_immediate",
                    "reminders" => "ob_kind_reminders",
                    _ => "ob_kind_digest",
                },
            ),
            state: i18n::t(lang, state_key(&m.state)),
            state_code: m.state.clone(),
            attempts: m.attempts,
            error: m.last_error.unwrap_or_default(),
            created: fmt::date(m.created_at.date_naive()),
        })
        .collect();
    let states = ["pending", "sending", "sent", "dead"]
        .iter()
        .map(|s| Opt {
            value: (*s).to_string(),
            label: i18n::t(lang, state_key(s)).to_string(),
        })
        .collect();
    let page = OutboxPage {
        l: Layout::new(Some(&user), &uri, i18n::t(lang, "ob_menu"), "notices"),
        stats,
        lines,
        state,
        states,
    };
    Ok(render(&page))
}

async fn retry(State(st): State<AppState>, auth: Auth, Path(id): Path<i64>) -> Result<Response, PageError> {
    app::notices::retry_mail(&st.app, &auth, id).await?;
    Ok(Redirect::to(crate::paths::OUTBOX).into_response())
}
