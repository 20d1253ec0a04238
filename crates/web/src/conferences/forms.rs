//! The forms of conferences: add (`/hoi-nghi/moi?don_vi=`) and edit (`/hoi-nghi/{id}/sua`) a
//! conference with its bridge points and their counts; a new series (`/hoi-nghi/dot`). Each
//! calls the same use-case operation as the API, then goes to the conference (303); or shows
//! the form again with the error beside its field and what was typed kept.

use askama::Template;
use axum::extract::{Path, Query, State};
use axum::http::Uri;
use axum::response::{IntoResponse, Redirect, Response};
use axum::{Extension, Form};
use chrono::NaiveTime;
use domain::access::Operation;
use domain::conference::{
    Audience, AudienceGroup, BridgePointInput, ConferenceFormat, ConferenceInput, ConferenceKind, SeriesInput,
};
use domain::unit::UnitKind;
use serde::Deserialize;
use store::access::Subject;

use crate::AppState;
use crate::auth::Auth;
use crate::error::{ApiError, Lang};
use crate::kit::forms::{Check, Fields, Opt, finish};
use crate::kit::{Layout, PageError, PageUser, i18n, label, render};

const NAMES: &[&str] = &[
    "host_unit_id",
    "kind",
    "title",
    "starts_on",
    "starts_at",
    "format",
    "venue",
    "venue_expected",
    "venue_present",
    "document_ids",
    "series_id",
    "audiences",
    "bridge_points",
];

/// A unit that may be chosen as a bridge point, with what was typed for it.
pub struct PointChoice {
    pub id: i64,
    pub name: String,
    pub chosen: bool,
    pub expected: String,
    pub present: String,
}

pub struct AudienceChoice {
    pub code: &'static str,
    pub label: &'static str,
    pub chosen: bool,
    pub note: String,
}

#[derive(Template)]
#[template(path = "conferences/form.html")]
pub struct FormPage {
    l: Layout,
    f: Fields,
    heading: String,
    action: String,
    back_href: String,
    hosts: Vec<Opt>,
    kinds: Vec<Opt>,
    formats: Vec<Opt>,
    series: Vec<Opt>,
    audiences: Vec<AudienceChoice>,
    points: Vec<PointChoice>,
    host_id: i64,
}

#[derive(Deserialize, Default)]
pub struct NewQuery {
    #[serde(default)]
    don_vi: String,
    /// A series just started, chosen on the form.
    #[serde(default)]
    dot: String,
}

fn id_param(s: &str) -> Option<i64> {
    s.trim().parse().ok()
}

fn options<T: Copy>(
    all: &[T],
    code: fn(T) -> &'static str,
    vi: fn(T) -> &'static str,
    en: fn(T) -> &'static str,
) -> Vec<Opt> {
    all.iter()
        .map(|k| Opt {
            value: code(*k).into(),
            label: label(vi(*k), en(*k)).into(),
        })
        .collect()
}

/// The form for the host typed (or `host`), with `f` as typed.
async fn form_page(
    st: &AppState,
    auth: &Auth,
    user: &PageUser,
    uri: &Uri,
    editing: Option<i64>,
    host: i64,
    f: Fields,
) -> Result<FormPage, ApiError> {
    let lang = Lang::current();
    let host = id_param(f.val("host_unit_id")).unwrap_or(host);
    let mut rd = st.app.read(auth).await?;
    let op = if editing.is_some() {
        Operation::UpdateConference
    } else {
        Operation::CreateConference
    };
    match editing {
        Some(id) => crate::kit::forms::require(&mut rd, op, Subject::Conference(id)).await?,
        None => crate::kit::forms::require(&mut rd, op, Subject::Unit(host)).await?,
    }
    let hosts = crate::kit::forms::issuing_units(&mut rd, host).await?;
    let (_, reach) = rd.assignable_units(host, 400).await?;
    let chosen: Vec<&str> = f.all("point");
    let mut points: Vec<PointChoice> = reach
        .into_iter()
        .filter(|u| {
            u.kind.is_area() || u.kind == UnitKind::PartyCommittee || chosen.contains(&u.id.to_string().as_str())
        })
        .take(200)
        .map(|u| PointChoice {
            chosen: chosen.contains(&u.id.to_string().as_str()),
            expected: f.val(&format!("expected_{}", u.id)).to_string(),
            present: f.val(&format!("present_{}", u.id)).to_string(),
            id: u.id,
            name: u.name,
        })
        .collect();
    points.sort_by_key(|p| !p.chosen);
    drop(rd);
    let series = app::conferences_read::series_of(&st.app, auth, host)
        .await?
        .into_iter()
        .map(|s| Opt {
            value: s.id.to_string(),
            label: s.title,
        })
        .collect();
    let audiences = AudienceGroup::ALL
        .iter()
        .map(|g| AudienceChoice {
            code: g.as_str(),
            label: label(g.label_vi(), g.label_en()),
            chosen: f.has("audience", g.as_str()),
            note: f.val(&format!("audience_note_{}", g.as_str())).to_string(),
        })
        .collect();
    let (heading, action, back_href) = match editing {
        Some(id) => (
            i18n::t(lang, "conf_edit"),
            crate::paths::conference_edit(id),
            crate::paths::conference(id),
        ),
        None => (
            i18n::t(lang, "conf_new"),
            format!("{}?don_vi={host}", crate::paths::CONFERENCE_NEW),
            format!("{}?don_vi={host}", crate::paths::CONFERENCES),
        ),
    };
    Ok(FormPage {
        l: Layout::new(Some(user), uri, heading, "overview"),
        f,
        heading: heading.to_string(),
        action,
        back_href,
        hosts,
        kinds: options(
            ConferenceKind::ALL,
            ConferenceKind::as_str,
            ConferenceKind::label_vi,
            ConferenceKind::label_en,
        ),
        formats: options(
            ConferenceFormat::ALL,
            ConferenceFormat::as_str,
            ConferenceFormat::label_vi,
            ConferenceFormat::label_en,
        ),
        series,
        audiences,
        points,
        host_id: host,
    })
}

pub async fn new_form(
    State(st): State<AppState>,
    auth: Auth,
    Extension(user): Extension<PageUser>,
    uri: Uri,
    Query(q): Query<NewQuery>,
) -> Result<Response, PageError> {
    let host = match id_param(&q.don_vi) {
        Some(u) => u,
        None => st
            .app
            .read(&auth)
            .await?
            .home_unit()
            .await?
            .ok_or_else(|| ApiError::from(app::authz::not_visible(Subject::Unit(0))))?,
    };
    let f = Fields::from(&[
        ("host_unit_id", host.to_string()),
        ("kind", ConferenceKind::Dissemination.as_str().to_string()),
        ("format", ConferenceFormat::Hybrid.as_str().to_string()),
        ("series_id", q.dot.trim().to_string()),
    ]);
    Ok(render(&form_page(&st, &auth, &user, &uri, None, host, f).await?))
}

/// Whole numbers typed for a point (`expected_<id>`, `present_<id>`), `None` when empty.
pub(super) fn count(f: &Fields, name: &str, field: &str) -> Result<Option<i32>, ApiError> {
    let v = f.val(name).trim().replace('.', "");
    if v.is_empty() {
        return Ok(None);
    }
    v.parse::<i32>().map(Some).map_err(|_| {
        crate::kit::forms::invalid(
            field,
            "Số người phải là một số nguyên, ví dụ 120.",
            "A number of people must be a whole number, e.g. 120.",
        )
    })
}

/// Document symbols typed ("152-KH/QU, 153-KH/QU") as the ids of documents the caller reads.
async fn documents(st: &AppState, auth: &Auth, typed: &str) -> Result<Vec<i64>, ApiError> {
    let mut rd = st.app.read(auth).await?;
    let mut ids = Vec::new();
    for symbol in typed.split([',', ';', '\n']).map(str::trim).filter(|s| !s.is_empty()) {
        let f = store::documents::DocumentFilter {
            q: Some(symbol.to_string()),
            ..Default::default()
        };
        let found = rd.documents(f, 20, 0).await?;
        let Some(d) = found.items.iter().find(|d| d.symbol.eq_ignore_ascii_case(symbol)) else {
            return Err(crate::kit::forms::invalid(
                "document_ids",
                &format!("Không tìm thấy văn bản số “{symbol}” đã đăng ký."),
                &format!("No registered document numbered “{symbol}”."),
            ));
        };
        ids.push(d.id);
    }
    Ok(ids)
}

/// The conference as typed; every mistake of the form's own reading at once.
async fn input(st: &AppState, auth: &Auth, f: &Fields) -> Result<ConferenceInput, Vec<ApiError>> {
    let mut c = Check::default();
    // Named with the other fields' errors, not only once they parse (the domain checks it too).
    c.take(crate::kit::forms::need(
        f,
        "title",
        "Hãy nhập tên hội nghị.",
        "Enter the conference's title.",
    ));
    let host = c.take(crate::kit::forms::id("host_unit_id", f.val("host_unit_id")));
    let kind = c.take(ConferenceKind::parse(f.val("kind")).ok_or_else(|| {
        crate::kit::forms::required("kind", "Hãy chọn loại hội nghị.", "Choose the kind of conference.")
    }));
    let format = c.take(
        ConferenceFormat::parse(f.val("format"))
            .ok_or_else(|| crate::kit::forms::required("format", "Hãy chọn hình thức tổ chức.", "Choose the format.")),
    );
    let starts_on = c.take(crate::kit::forms::date("starts_on", f.val("starts_on")));
    let starts_at = match f.val("starts_at").trim() {
        "" => Some(None),
        t => c.take(NaiveTime::parse_from_str(t, "%H:%M").map(Some).map_err(|_| {
            crate::kit::forms::invalid(
                "starts_at",
                "Giờ bắt đầu ghi theo dạng giờ:phút, ví dụ 08:00.",
                "Write the start time as hh:mm, e.g. 08:00.",
            )
        })),
    };
    let series = c.take(crate::kit::forms::opt_id("series_id", f.val("series_id")));
    let venue_expected = c.take(count(f, "venue_expected", "venue_expected"));
    let venue_present = c.take(count(f, "venue_present", "venue_present"));
    let docs = c.take(documents(st, auth, f.val("document_ids")).await);
    let mut bridge_points = Vec::new();
    for (i, p) in f.all("point").iter().enumerate() {
        let field = format!("bridge_points[{i}].present");
        let Some(unit_id) = c.take(crate::kit::forms::id("bridge_points", p)) else {
            continue;
        };
        let expected = c.take(count(f, &format!("expected_{unit_id}"), &field));
        let present = c.take(count(f, &format!("present_{unit_id}"), &field));
        if let (Some(expected), Some(present)) = (expected, present) {
            bridge_points.push(BridgePointInput {
                unit_id,
                expected,
                present,
            });
        }
    }
    let audiences = f
        .all("audience")
        .iter()
        .filter_map(|a| AudienceGroup::parse(a))
        .map(|group| Audience {
            group,
            note: crate::kit::forms::opt(f.val(&format!("audience_note_{}", group.as_str()))),
        })
        .collect();
    match (
        host,
        kind,
        format,
        starts_on,
        starts_at,
        series,
        docs,
        venue_expected,
        venue_present,
    ) {
        (
            Some(host_unit_id),
            Some(kind),
            Some(format),
            Some(starts_on),
            Some(starts_at),
            Some(series_id),
            Some(document_ids),
            Some(venue_expected),
            Some(venue_present),
        ) if c.is_empty() => Ok(ConferenceInput {
            host_unit_id,
            kind,
            title: f.val("title").to_string(),
            starts_on,
            starts_at,
            format,
            venue: crate::kit::forms::opt(f.val("venue")),
            venue_expected,
            venue_present,
            document_ids,
            audiences,
            bridge_points,
            series_id,
        }),
        _ => Err(c.into_errors()),
    }
}

/// The first error through `finish`, the others beside their fields.
fn first_of(f: &mut Fields, mut errors: Vec<ApiError>) -> ApiError {
    let first = errors.remove(0);
    for e in &errors {
        f.add(e, NAMES);
    }
    first
}

pub async fn create(
    State(st): State<AppState>,
    auth: Auth,
    Extension(user): Extension<PageUser>,
    uri: Uri,
    Query(q): Query<NewQuery>,
    Form(pairs): Form<Vec<(String, String)>>,
) -> Result<Response, PageError> {
    let mut f = Fields::new(pairs);
    let result = match input(&st, &auth, &f).await {
        Ok(i) => app::conferences::create(&st.app, &auth, i)
            .await
            .map(|c| crate::paths::conference(c.conference.id))
            .map_err(ApiError::from),
        Err(errors) => Err(first_of(&mut f, errors)),
    };
    let host = id_param(&q.don_vi).unwrap_or(0);
    finish(result, f, NAMES, |f| form_page(&st, &auth, &user, &uri, None, host, f)).await
}

pub async fn edit_form(
    State(st): State<AppState>,
    auth: Auth,
    Extension(user): Extension<PageUser>,
    uri: Uri,
    Path(id): Path<i64>,
) -> Result<Response, PageError> {
    let full = app::conferences_read::get(&st.app, &auth, id).await?;
    let c = &full.conference;
    let mut rd = st.app.read(&auth).await?;
    let mut symbols = Vec::new();
    for d in &full.document_ids {
        symbols.push(rd.document(*d).await?.symbol);
    }
    drop(rd);
    let mut pairs: Vec<(String, String)> = vec![
        ("version".into(), c.version.to_string()),
        ("host_unit_id".into(), c.host_unit_id.to_string()),
        ("kind".into(), c.kind.as_str().into()),
        ("title".into(), c.title.clone()),
        ("starts_on".into(), crate::kit::fmt::date(c.starts_on)),
        ("starts_at".into(), c.starts_at.clone().unwrap_or_default()),
        ("format".into(), c.format.as_str().into()),
        ("venue".into(), c.venue.clone().unwrap_or_default()),
        (
            "venue_expected".into(),
            c.venue_expected.map(|n| n.to_string()).unwrap_or_default(),
        ),
        (
            "venue_present".into(),
            c.venue_present.map(|n| n.to_string()).unwrap_or_default(),
        ),
        ("document_ids".into(), symbols.join(", ")),
        (
            "series_id".into(),
            c.series_id.map(|s| s.to_string()).unwrap_or_default(),
        ),
    ];
    for a in &full.audiences {
        pairs.push(("audience".into(), a.group.as_str().into()));
        pairs.push((
            format!("audience_note_{}", a.group.as_str()),
            a.note.clone().unwrap_or_default(),
        ));
    }
    for p in &full.points {
        pairs.push(("point".into(), p.unit_id.to_string()));
        pairs.push((
            format!("expected_{}", p.unit_id),
            p.expected.map(|n| n.to_string()).unwrap_or_default(),
        ));
        pairs.push((
            format!("present_{}", p.unit_id),
            p.present.map(|n| n.to_string()).unwrap_or_default(),
        ));
    }
    let f = Fields::new(pairs);
    Ok(render(
        &form_page(&st, &auth, &user, &uri, Some(id), c.host_unit_id, f).await?,
    ))
}

pub async fn update(
    State(st): State<AppState>,
    auth: Auth,
    Extension(user): Extension<PageUser>,
    uri: Uri,
    Path(id): Path<i64>,
    Form(pairs): Form<Vec<(String, String)>>,
) -> Result<Response, PageError> {
    let mut f = Fields::new(pairs);
    let result = match (
        input(&st, &auth, &f).await,
        crate::kit::forms::version(f.val("version")),
    ) {
        (Ok(i), Ok(v)) => app::conferences::update(&st.app, &auth, id, v, i)
            .await
            .map(|_| crate::paths::conference(id))
            .map_err(ApiError::from),
        (Err(errors), _) => Err(first_of(&mut f, errors)),
        (_, Err(e)) => Err(e),
    };
    finish(result, f, NAMES, |f| form_page(&st, &auth, &user, &uri, Some(id), 0, f)).await
}

#[derive(Deserialize)]
pub struct SeriesForm {
    #[serde(default)]
    host_unit_id: String,
    #[serde(default)]
    title: String,
}

/// `/hoi-nghi/dot`: a new series, then back to the new conference form with it chosen.
pub async fn create_series(
    State(st): State<AppState>,
    auth: Auth,
    Form(s): Form<SeriesForm>,
) -> Result<Response, PageError> {
    let host = crate::kit::forms::id("host_unit_id", &s.host_unit_id)?;
    let made = app::conferences::create_series(
        &st.app,
        &auth,
        SeriesInput {
            host_unit_id: host,
            title: s.title,
        },
    )
    .await?;
    Ok(Redirect::to(&format!(
        "{}?don_vi={host}&dot={}",
        crate::paths::CONFERENCE_NEW,
        made.id
    ))
    .into_response())
}
