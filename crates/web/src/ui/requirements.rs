//! `/yeu-cau/{id}?don_vi=<unit>`: a compliance requirement's live list — "98/104 chi bộ,
//! 94,2 %", done / pending / late / returned, and the same per child unit, each row a link one
//! level down (district → wards → cells).

use askama::Template;
use axum::Extension;
use axum::extract::{Path, Query, State};
use axum::http::Uri;
use axum::response::Response;
use domain::compliance::{percent, progress_text};
use serde::Deserialize;
use store::compliance::Counts;

use super::{Layout, PageError, PageUser, fmt, render};
use crate::AppState;
use crate::auth::Auth;

#[derive(Deserialize, Default)]
pub struct LiveQuery {
    #[serde(default)]
    don_vi: String,
}

pub struct Row {
    pub name: String,
    pub href: String,
    pub done: i64,
    pub pending: i64,
    pub late: i64,
    pub returned: i64,
    pub total: i64,
    pub percent: String,
}

#[derive(Template)]
#[template(path = "requirements/live.html")]
struct LivePage {
    l: Layout,
    title: String,
    unit_name: String,
    due_on: String,
    meeting_month: String,
    headline: String,
    total: Counts,
    complete: bool,
    rows: Vec<Row>,
}

pub async fn page(
    State(st): State<AppState>,
    auth: Auth,
    Extension(user): Extension<PageUser>,
    uri: Uri,
    Path(id): Path<i64>,
    Query(q): Query<LiveQuery>,
) -> Result<Response, PageError> {
    let unit_id = match q.don_vi.trim() {
        "" => None,
        s => Some(
            s.parse::<i64>()
                .map_err(|_| crate::error::ApiError::from(app::Error::not_found("unit", 0)))?,
        ),
    };
    let scope = match unit_id {
        Some(u) => u,
        None => app::compliance::scope_of(&st.app, &auth, id).await?,
    };
    let live = app::compliance::live(&st.app, &auth, id, scope).await?;
    let mut rd = st.app.read(&auth).await?;
    let mut ids: Vec<i64> = live.by_child.iter().map(|(c, _)| *c).collect();
    ids.push(scope);
    let names = rd.unit_names(&ids).await?;
    let r = &live.requirement;
    let mut rows: Vec<Row> = live
        .by_child
        .iter()
        .map(|(child, c)| Row {
            name: names.get(child).cloned().unwrap_or_default(),
            href: format!("/yeu-cau/{id}?don_vi={child}"),
            done: c.done,
            pending: c.pending,
            late: c.late,
            returned: c.returned,
            total: c.total(),
            percent: percent(c.done, c.total(), 1),
        })
        .collect();
    rows.sort_by_key(|r| vntext::collation_key(&r.name));
    let t = &live.total;
    let page = LivePage {
        l: Layout::new(Some(&user), &uri, r.title.clone(), "overview"),
        title: r.title.clone(),
        unit_name: names.get(&scope).cloned().unwrap_or_default(),
        due_on: fmt::date(r.due_on),
        meeting_month: r
            .meeting_month
            .as_deref()
            .and_then(|m| domain::compliance::Month::parse("meeting_month", m).ok())
            .map(|m| m.to_string())
            .unwrap_or_default(),
        headline: progress_text(t.done, t.total(), r.unit_kind),
        complete: t.total() > 0 && t.done == t.total(),
        total: t.clone(),
        rows,
    };
    Ok(render(&page))
}

/// The page's strings.
pub fn strings(key: &str) -> Option<(&'static str, &'static str)> {
    Some(match key {
        "requirement" => ("Yêu cầu thực hiện", "Requirement"),
        "req_due" => ("Hạn thực hiện", "Due"),
        "req_meeting" => ("Trong kỳ sinh hoạt tháng", "In the meeting of"),
        "req_within" => ("Phạm vi", "Within"),
        "req_done" => ("Đã thực hiện", "Done"),
        "req_pending" => ("Chưa thực hiện", "Pending"),
        "req_late" => ("Quá hạn", "Late"),
        "req_returned" => ("Bị trả lại", "Returned"),
        "req_total" => ("Tổng số", "Total"),
        "req_rate" => ("Tỷ lệ", "Rate"),
        "req_by_unit" => ("Theo đơn vị trực thuộc", "By unit below"),
        "req_complete" => ("Đã đạt 100 %.", "100 % reached."),
        _ => return None,
    })
}
