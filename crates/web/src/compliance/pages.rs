//! `/yeu-cau/{id}?don_vi=<unit>&hien=<filter>`: a compliance requirement's live list — "98/104
//! chi bộ, 94,2 %", done / pending / late / returned, the same per child unit (each row a link
//! one level down: district → wards → cells) — and the units' items as cards: a unit's officer
//! reports its own item done with a photo of the minutes (phone first), the issuing office sees
//! who has not reported, accepts or returns reports and reminds everyone not done.
//! `/yeu-cau?don_vi=<unit>`: the requirements concerning a unit.

use crate::paths::route;
use askama::Template;
use axum::extract::{DefaultBodyLimit, Path, Query, State};
use axum::http::Uri;
use axum::response::Response;
use axum::routing::{get, post};
use axum::{Extension, Router};
use domain::compliance::{ItemState, Month, Shown, percent, progress_text};
use serde::Deserialize;
use store::compliance::Counts;
use store::compliance_lists::Listed;

use crate::AppState;
use crate::auth::Auth;
use crate::error::{ApiError, Lang};
use crate::kit::attachments::FileLink;
use crate::kit::forms::FormState;
use crate::kit::{Layout, PageError, PageUser, fmt, i18n, label, render};

/// At most this many items are shown as cards; more are read one unit down.
const ITEMS_MAX: i64 = 100;

/// The page routes of requirements.
pub fn routes(state: &AppState) -> Router<AppState> {
    use crate::compliance::forms as f;
    let upload_limit = DefaultBodyLimit::max(crate::files::body_limit(state).saturating_add(1024 * 1024));
    Router::new()
        .route(route::REQUIREMENTS, get(list))
        .route(route::REQUIREMENT_NEW, get(f::new_form).post(f::create))
        .route(route::REQUIREMENT, get(page))
        .route(route::REQUIREMENT_REMIND, post(f::remind))
        .route(route::REQUIREMENT_ITEM_REPORT, post(f::report).layer(upload_limit))
        .route(route::REQUIREMENT_ITEM_REVIEW, post(f::review))
}

#[derive(Deserialize, Default)]
pub struct LiveQuery {
    #[serde(default)]
    pub don_vi: String,
    /// `chua` (not done), or one of done / pending / late / returned.
    #[serde(default)]
    pub hien: String,
    /// After a reminder: how many units were reminded.
    #[serde(default)]
    pub nhac: String,
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

pub struct FilterLink {
    pub label: String,
    pub href: String,
    pub current: bool,
}

/// One unit's item, as a card.
pub struct Card {
    pub id: i64,
    /// The form key (`m<id>`) of its forms.
    pub key: String,
    pub unit: String,
    pub shown: &'static str,
    /// Reported, not yet accepted by the issuing office.
    pub awaiting: bool,
    pub class: &'static str,
    pub done_on: String,
    pub attendance: String,
    pub note: String,
    pub reason: String,
    pub files: Vec<FileLink>,
    /// The caller may report it (pending or returned).
    pub may_report: bool,
    /// The caller may accept or return it (reported).
    pub may_review: bool,
}

#[derive(Template)]
#[template(path = "compliance/live.html")]
pub struct LivePage {
    l: Layout,
    id: i64,
    unit_id: i64,
    title: String,
    unit_name: String,
    issuer: String,
    document: String,
    document_href: String,
    due_on: String,
    meeting_month: String,
    headline: String,
    total: Counts,
    complete: bool,
    rows: Vec<Row>,
    filters: Vec<FilterLink>,
    cards: Vec<Card>,
    more: bool,
    may_remind: bool,
    reminded: String,
    topic: String,
    f: FormState,
    upload_limit: String,
}

impl LivePage {
    /// The value typed into field `name` of card `key` (after a refusal), else `default`.
    pub fn typed<'a>(&'a self, key: &str, name: &str, default: &'a str) -> &'a str {
        if self.f.is(key) { self.f.val(key, name) } else { default }
    }
}

fn shown_class(s: Shown) -> &'static str {
    match s {
        Shown::Done => "badge green",
        Shown::Pending => "badge grey",
        Shown::Late => "badge red",
        Shown::Returned => "badge purple",
    }
}

/// The filters of the item list: their codes and what they show.
fn filter_of(code: &str) -> (&'static str, Vec<Shown>) {
    match code {
        "chua" => ("chua", vec![Shown::Pending, Shown::Late, Shown::Returned]),
        c => match Shown::parse(c) {
            Some(Shown::Done) => ("done", vec![Shown::Done]),
            Some(Shown::Pending) => ("pending", vec![Shown::Pending]),
            Some(Shown::Late) => ("late", vec![Shown::Late]),
            Some(Shown::Returned) => ("returned", vec![Shown::Returned]),
            None => ("", Vec::new()),
        },
    }
}

fn unit_param(s: &str) -> Result<Option<i64>, ApiError> {
    match s.trim() {
        "" => Ok(None),
        s => Ok(Some(
            s.parse::<i64>()
                .map_err(|_| ApiError::from(app::Error::not_found("unit", 0)))?,
        )),
    }
}

/// Builds the page of requirement `id` under `unit` (the caller's default when none), its
/// cards filtered by `hien`, with the state `f` of a refused form.
#[allow(clippy::too_many_arguments)]
pub async fn build(
    st: &AppState,
    auth: &Auth,
    user: &PageUser,
    uri: &Uri,
    id: i64,
    q: &LiveQuery,
    f: FormState,
) -> Result<LivePage, ApiError> {
    let lang = Lang::current();
    // One read snapshot for the whole page: the requirement's access is read once.
    let mut rd = st.app.read(auth).await?;
    let requirement = app::compliance::readable(&mut rd, id).await?;
    let scope = match unit_param(&q.don_vi)? {
        Some(u) => u,
        None => app::compliance::scope_of_in(&mut rd, &requirement).await?,
    };
    let live = app::compliance::live_in(&mut rd, requirement, scope).await?;
    let (code, shown) = filter_of(q.hien.trim());
    let items = app::compliance_read::items_with_rights_in(&mut rd, id, scope, &shown, ITEMS_MAX + 1).await?;
    let more = items.len() as i64 > ITEMS_MAX;
    let ids: Vec<i64> = items.iter().take(ITEMS_MAX as usize).map(|(i, _)| i.id).collect();
    let files = app::compliance_read::files_of_in(&mut rd, live.requirement.tenant_id, &ids).await?;
    let r = &live.requirement;
    let mut unit_ids: Vec<i64> = live.by_child.iter().map(|(c, _)| *c).collect();
    unit_ids.extend([scope, r.issuer_unit_id]);
    let names = rd.unit_names(&unit_ids).await?;
    let (document, document_href) = match r.document_id {
        Some(d) if rd.may_read(store::access::Subject::Document(d)).await? => {
            (rd.document(d).await?.symbol, crate::paths::document(d))
        }
        _ => (String::new(), String::new()),
    };
    let may_remind = rd
        .may(
            domain::access::Operation::ReviewRequirement,
            store::access::Subject::Requirement(id),
        )
        .await?;
    drop(rd);
    let mut rows: Vec<Row> = live
        .by_child
        .iter()
        .map(|(child, c)| Row {
            name: names.get(child).cloned().unwrap_or_default(),
            href: format!("{}?don_vi={child}", crate::paths::requirement(id)),
            done: c.done,
            pending: c.pending,
            late: c.late,
            returned: c.returned,
            total: c.total(),
            percent: percent(c.done, c.total(), 1),
        })
        .collect();
    rows.sort_by_key(|r| vntext::collation_key(&r.name));
    let here = |hien: &str| {
        if hien.is_empty() {
            format!("{}?don_vi={scope}#cac-don-vi", crate::paths::requirement(id))
        } else {
            format!(
                "{}?don_vi={scope}&hien={hien}#cac-don-vi",
                crate::paths::requirement(id)
            )
        }
    };
    let filters = [
        ("", i18n::t(lang, "req_all")),
        ("chua", i18n::t(lang, "req_not_done")),
        ("late", i18n::t(lang, "req_late")),
        ("returned", i18n::t(lang, "req_returned")),
        ("done", i18n::t(lang, "req_done")),
    ]
    .into_iter()
    .map(|(c, name)| FilterLink {
        label: name.to_string(),
        href: here(c),
        current: c == code,
    })
    .collect();
    let cards = items
        .into_iter()
        .take(ITEMS_MAX as usize)
        .map(|(i, rights)| {
            let open = matches!(i.state, ItemState::Pending | ItemState::Returned);
            Card {
                key: format!("m{}", i.id),
                unit: i.unit_name.clone(),
                shown: label(i.shown.label_vi(), i.shown.label_en()),
                awaiting: i.state == ItemState::Reported,
                class: shown_class(i.shown),
                done_on: i.done_on.map(fmt::date).unwrap_or_default(),
                attendance: match (i.present, i.expected) {
                    (Some(p), Some(e)) => domain::compliance::Attendance {
                        present: p,
                        expected: e,
                    }
                    .text(),
                    _ => String::new(),
                },
                note: i.note.clone().unwrap_or_default(),
                reason: i.return_reason.clone().unwrap_or_default(),
                files: files.iter().filter(|f| f.record_id == i.id).map(FileLink::of).collect(),
                may_report: rights.report && open,
                may_review: rights.review && i.state == ItemState::Reported,
                id: i.id,
            }
        })
        .collect();
    let t = &live.total;
    let reminded = match q.nhac.trim().parse::<i64>() {
        Ok(n) => format!(
            "{} {n} {}.",
            i18n::t(lang, "req_reminded"),
            i18n::t(lang, "req_reminded_units")
        ),
        Err(_) => String::new(),
    };
    Ok(LivePage {
        l: Layout::new(Some(user), uri, r.title.clone(), "overview"),
        id,
        unit_id: scope,
        title: r.title.clone(),
        unit_name: names.get(&scope).cloned().unwrap_or_default(),
        issuer: names.get(&r.issuer_unit_id).cloned().unwrap_or_default(),
        document,
        document_href,
        due_on: fmt::date(r.due_on),
        meeting_month: r
            .meeting_month
            .as_deref()
            .and_then(|m| Month::parse("meeting_month", m).ok())
            .map(|m| m.to_string())
            .unwrap_or_default(),
        headline: progress_text(t.done, t.total(), r.unit_kind),
        complete: t.total() > 0 && t.done == t.total(),
        total: t.clone(),
        rows,
        filters,
        cards,
        more,
        may_remind,
        reminded,
        topic: r.title.clone(),
        f,
        upload_limit: crate::kit::attachments::size(st.app.settings.files.max_bytes),
    })
}

pub async fn page(
    State(st): State<AppState>,
    auth: Auth,
    Extension(user): Extension<PageUser>,
    uri: Uri,
    Path(id): Path<i64>,
    Query(q): Query<LiveQuery>,
) -> Result<Response, PageError> {
    Ok(render(
        &build(&st, &auth, &user, &uri, id, &q, FormState::default()).await?,
    ))
}

/// A requirement as the lists show it.
pub struct ListLine {
    pub href: String,
    pub title: String,
    pub issuer: String,
    pub document: String,
    pub due_on: String,
    pub progress: String,
    pub late: i64,
    pub complete: bool,
}

impl ListLine {
    /// `l` counted under `unit` (links open the requirement there).
    pub fn of(l: &Listed, unit: Option<i64>) -> ListLine {
        let href = match unit {
            Some(u) if u != l.issuer_unit_id => format!("{}?don_vi={u}", crate::paths::requirement(l.id)),
            _ => crate::paths::requirement(l.id),
        };
        ListLine {
            href,
            title: l.title.clone(),
            issuer: l.issuer_name.clone(),
            document: l.document_symbol.clone().unwrap_or_default(),
            due_on: fmt::date(l.due_on),
            progress: progress_text(l.done, l.items, l.unit_kind),
            late: l.late,
            complete: l.items > 0 && l.done == l.items,
        }
    }
}

#[derive(Template)]
#[template(path = "compliance/list.html")]
struct ListPage {
    l: Layout,
    unit_name: String,
    lines: Vec<ListLine>,
    new_href: String,
}

#[derive(Deserialize, Default)]
pub struct ListQuery {
    #[serde(default)]
    don_vi: String,
}

/// `/yeu-cau?don_vi=`: the requirements concerning a unit (the caller's home unit by default).
pub async fn list(
    State(st): State<AppState>,
    auth: Auth,
    Extension(user): Extension<PageUser>,
    uri: Uri,
    Query(q): Query<ListQuery>,
) -> Result<Response, PageError> {
    let lang = Lang::current();
    let unit = match unit_param(&q.don_vi)? {
        Some(u) => Some(u),
        None => st.app.read(&auth).await?.home_unit().await?,
    };
    let listed = app::compliance_read::list(
        &st.app,
        &auth,
        app::compliance_read::ListQuery {
            within: unit,
            document_id: None,
        },
        200,
    )
    .await?;
    let mut rd = st.app.read(&auth).await?;
    let unit_name = match unit {
        Some(u) => rd.unit(u).await?.name,
        None => String::new(),
    };
    let may_set = match unit {
        Some(u) => {
            rd.may(
                domain::access::Operation::CreateRequirement,
                store::access::Subject::Unit(u),
            )
            .await?
        }
        None => false,
    };
    let page = ListPage {
        l: Layout::new(Some(&user), &uri, i18n::t(lang, "requirements"), "overview"),
        unit_name,
        lines: listed.iter().map(|x| ListLine::of(x, unit)).collect(),
        new_href: match (may_set, unit) {
            (true, Some(u)) => format!("{}?don_vi={u}", crate::paths::REQUIREMENT_NEW),
            _ => String::new(),
        },
    };
    Ok(render(&page))
}
