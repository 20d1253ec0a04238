//! `/hoi-nghi?don_vi=<unit>`: the conferences a unit held or was a bridge point of;
//! `/hoi-nghi/{id}`: one conference — what it was, the documents it disseminated, its audiences,
//! the bridge points with the attendance reported at each and the rate, in total "14/14 điểm
//! cầu" and "2.909/3.044 người, đạt 95,56 %"; its materials and minutes; its conclusion notices
//! with their tasks. The forms are `conferences::forms`.

use crate::paths::route;
use askama::Template;
use axum::extract::{DefaultBodyLimit, Path, Query, State};
use axum::http::Uri;
use axum::response::Response;
use axum::routing::{get, post};
use axum::{Extension, Router};
use domain::access::Operation;
use domain::compliance::{percent, thousands};
use domain::conference::{attendance_text, reach_text};
use domain::conference_roll_call::CountSource;
use serde::Deserialize;
use store::access::Subject;
use store::conferences::Full;

use crate::AppState;
use crate::auth::Auth;
use crate::error::{ApiError, Lang};
use crate::kit::attachments::FileLink;
use crate::kit::forms::FormState;
use crate::kit::{Layout, PageError, PageUser, fmt, i18n, label, render};

/// The page routes of conferences.
pub fn routes(state: &AppState) -> Router<AppState> {
    use crate::conferences::forms as f;
    let upload_limit = DefaultBodyLimit::max(crate::files::body_limit(state).saturating_add(1024 * 1024));
    Router::new()
        .route(route::CONFERENCES, get(list))
        .route(route::CONFERENCE_NEW, get(f::new_form).post(f::create))
        .route(route::CONFERENCE_SERIES, post(f::create_series))
        .route(route::CONFERENCE, get(page))
        .route(route::CONFERENCE_EDIT, get(f::edit_form).post(f::update))
        .route(
            route::CONFERENCE_ATTENDANCE,
            post(crate::conferences::actions::attendance),
        )
        .route(
            route::CONFERENCE_FILES,
            post(crate::conferences::actions::attach).layer(upload_limit),
        )
}

/// A conference as the lists show it (unit, document, overview and list pages).
pub struct Line {
    pub href: String,
    pub title: String,
    pub kind: &'static str,
    pub starts_on: String,
    pub reach: String,
    pub attendance: String,
}

impl Line {
    pub fn of(full: &Full) -> Line {
        let c = &full.conference;
        let t = full.totals();
        Line {
            href: crate::paths::conference(c.id),
            title: c.title.clone(),
            kind: label(c.kind.label_vi(), c.kind.label_en()),
            starts_on: fmt::date(c.starts_on),
            reach: if t.points > 0 {
                reach_text(t.reported, t.points)
            } else {
                String::new()
            },
            attendance: attendance_text(t.present, t.expected).unwrap_or_default(),
        }
    }
}

/// The conferences concerning a unit, as lines (empty when the caller may not read them).
pub async fn lines_of_unit(rd: &mut app::read::Reader<'_>, unit: i64, limit: i64) -> Result<Vec<Line>, ApiError> {
    let q = app::conferences_read::ListQuery {
        within: Some(unit),
        ..Default::default()
    };
    Ok(app::conferences_read::lines_in(rd, q, limit)
        .await?
        .iter()
        .map(Line::of)
        .collect())
}

/// The conferences that disseminated a document or were concluded by it, as lines.
pub async fn lines_of_document(rd: &mut app::read::Reader<'_>, document: i64) -> Result<Vec<Line>, ApiError> {
    let q = app::conferences_read::ListQuery {
        document_id: Some(document),
        ..Default::default()
    };
    Ok(app::conferences_read::lines_in(rd, q, 50)
        .await?
        .iter()
        .map(Line::of)
        .collect())
}

#[derive(Template)]
#[template(path = "conferences/list.html")]
struct ListPage {
    l: Layout,
    unit_name: String,
    lines: Vec<Line>,
    new_href: String,
}

#[derive(Deserialize, Default)]
pub struct ListQuery {
    #[serde(default)]
    don_vi: String,
}

/// `/hoi-nghi?don_vi=`: a unit's conferences (the caller's home unit by default).
pub async fn list(
    State(st): State<AppState>,
    auth: Auth,
    Extension(user): Extension<PageUser>,
    uri: Uri,
    Query(q): Query<ListQuery>,
) -> Result<Response, PageError> {
    let lang = Lang::current();
    let mut rd = st.app.read(&auth).await?;
    let unit = match q.don_vi.trim() {
        "" => rd.home_unit().await?,
        s => Some(
            s.parse::<i64>()
                .map_err(|_| ApiError::from(app::Error::not_found("unit", 0)))?,
        ),
    };
    let (unit_name, may_add) = match unit {
        Some(u) => (
            rd.unit(u).await?.name,
            rd.may(Operation::CreateConference, Subject::Unit(u)).await?,
        ),
        None => (String::new(), false),
    };
    let lines = match unit {
        Some(u) => lines_of_unit(&mut rd, u, 200).await?,
        None => Vec::new(),
    };
    drop(rd);
    let page = ListPage {
        l: Layout::new(Some(&user), &uri, i18n::t(lang, "conferences"), "overview"),
        unit_name,
        lines,
        new_href: match (may_add, unit) {
            (true, Some(u)) => format!("{}?don_vi={u}", crate::paths::CONFERENCE_NEW),
            _ => String::new(),
        },
    };
    Ok(render(&page))
}

/// A bridge point's row.
pub struct PointRow {
    pub unit_id: i64,
    pub name: String,
    pub expected: String,
    pub present: String,
    pub rate: String,
    /// The counts are the roll-call's (else as reported).
    pub from_marks: bool,
    /// The caller may record this point's attendance (not once its people are marked).
    pub may_record: bool,
}

pub struct DocLink {
    pub href: String,
    pub symbol: String,
    pub title: String,
}

#[derive(Template)]
#[template(path = "conferences/page.html")]
pub struct ConferencePage {
    l: Layout,
    id: i64,
    title: String,
    kind: &'static str,
    host: String,
    host_href: String,
    when: String,
    format: &'static str,
    venue: String,
    /// The main venue's counts and rate, when counted.
    venue_expected: String,
    venue_present: String,
    venue_rate: String,
    series: String,
    series_href: String,
    audiences: Vec<String>,
    documents: Vec<DocLink>,
    points: Vec<PointRow>,
    /// Some point's counts are the roll-call's (the page says where each count comes from).
    counts_from_marks: bool,
    reach: String,
    attendance: String,
    total_expected: String,
    total_present: String,
    materials: Vec<FileLink>,
    minutes: Vec<FileLink>,
    conclusions: Vec<DocLink>,
    may_edit: bool,
    may_record: bool,
    may_conclude: bool,
    f: FormState,
    upload_limit: String,
    /// The invitation list and its roll-call.
    inv: crate::conferences::invitees::Section,
    mark_choices: Vec<crate::conferences::invitees::Choice>,
}

impl ConferencePage {
    /// What the attendance form shows for `unit`'s count `name` (`present` or `expected`): as
    /// typed after a refusal, else as recorded.
    pub fn shown_count(&self, name: &str, unit: &i64, recorded: &str) -> String {
        if self.f.is("so-nguoi-du") {
            self.f.val("so-nguoi-du", &format!("{name}_{unit}")).to_string()
        } else {
            recorded.to_string()
        }
    }

    /// The mark a roll-call row shows for `person`: as chosen after a refusal, else as marked.
    pub fn shown_mark(&self, person: &i64, marked: &str) -> String {
        match self.f.val("diem-danh", &format!("mark_{person}")) {
            "" => marked.to_string(),
            chosen => chosen.to_string(),
        }
    }

    /// The reason of an absence a row shows: as typed after a refusal, else as recorded.
    pub fn shown_reason(&self, person: &i64, recorded: &str) -> String {
        if self.f.is("diem-danh") {
            self.f.val("diem-danh", &format!("reason_{person}")).to_string()
        } else {
            recorded.to_string()
        }
    }
}

/// Links to the documents among `ids` the caller may read.
async fn doc_links(rd: &mut app::read::Reader<'_>, ids: &[i64]) -> Result<Vec<DocLink>, ApiError> {
    let mut out = Vec::new();
    for d in ids {
        if rd.may_read(Subject::Document(*d)).await? {
            let doc = rd.document(*d).await?;
            out.push(DocLink {
                href: crate::paths::document(d),
                symbol: doc.symbol,
                title: doc.title,
            });
        }
    }
    Ok(out)
}

/// Builds the page of conference `id`, with the state `f` of a refused form.
pub async fn build(
    st: &AppState,
    auth: &Auth,
    user: &PageUser,
    uri: &Uri,
    id: i64,
    f: FormState,
) -> Result<ConferencePage, ApiError> {
    let full = app::conferences_read::get(&st.app, auth, id).await?;
    let files = app::conferences_read::files(&st.app, auth, id).await?;
    let c = &full.conference;
    let mut rd = st.app.read(auth).await?;
    let host = rd
        .unit_names(&[c.host_unit_id])
        .await?
        .remove(&c.host_unit_id)
        .unwrap_or_default();
    let b = rd.belonging(Subject::Conference(id)).await?;
    let may_edit = rd.may_on(&b, Operation::UpdateConference);
    let may_conclude = rd.may_on(&b, Operation::ConcludeConference);
    let for_any = auth
        .principal
        .may(Operation::RecordAttendance, &domain::access::Target::unit(&b.owner));
    let documents = doc_links(&mut rd, &full.document_ids).await?;
    let conclusions = doc_links(&mut rd, &full.conclusion_ids).await?;
    let series = match c.series_id {
        Some(s) => {
            let mut db = st.app.db.read().await?;
            store::conferences::series(&mut db, s).await?.title
        }
        None => String::new(),
    };
    let mut points = Vec::with_capacity(full.points.len());
    // The points whose attendance the caller may record (and whose people they may mark).
    let mut own_points = Vec::new();
    for p in &full.points {
        let may_record = for_any
            || match rd.unit(p.unit_id).await {
                Ok(u) => domain::unit::UnitPath::parse(&u.path).is_some_and(|path| {
                    auth.principal
                        .may(Operation::RecordAttendance, &domain::access::Target::unit(&path))
                }),
                // Another ward's bridge point: not the caller's to see, so not theirs to record
                // (a ward reads the district's conference beside the other wards' rows).
                Err(e) if e.code == domain::ErrorCode::NotFound => false,
                Err(e) => return Err(e.into()),
            };
        if may_record {
            own_points.push(p.unit_id);
        }
        let (present, expected, source) = p.shown();
        let from_marks = source == CountSource::Marks;
        points.push(PointRow {
            unit_id: p.unit_id,
            name: p.unit_name.clone(),
            expected: expected.map(thousands).unwrap_or_default(),
            present: present.map(thousands).unwrap_or_default(),
            rate: match (present, expected) {
                (Some(n), Some(e)) => percent(n, e, 2),
                _ => String::new(),
            },
            from_marks,
            may_record: may_record && !from_marks,
        });
    }
    drop(rd);
    let invitees = app::conference_invitees::list(&st.app, auth, id).await?;
    let inv = crate::conferences::invitees::section(&full, &invitees, st.app.clock.clock().today, may_edit, |point| {
        for_any || point.is_some_and(|u| own_points.contains(&u))
    });
    let t = full.totals();
    let lang = Lang::current();
    let when = match &c.starts_at {
        Some(at) => format!("{at}, {}", fmt::date(c.starts_on)),
        None => fmt::date(c.starts_on),
    };
    let of = |kind: &str| -> Vec<FileLink> {
        files
            .iter()
            .filter(|f| f.record_kind == kind)
            .map(FileLink::of)
            .collect()
    };
    Ok(ConferencePage {
        l: Layout::new(Some(user), uri, c.title.clone(), "overview"),
        id,
        title: c.title.clone(),
        kind: label(c.kind.label_vi(), c.kind.label_en()),
        host,
        host_href: crate::paths::unit(c.host_unit_id),
        when,
        format: label(c.format.label_vi(), c.format.label_en()),
        venue: c.venue.clone().unwrap_or_default(),
        venue_expected: c.venue_expected.map(|n| thousands(i64::from(n))).unwrap_or_default(),
        venue_present: c.venue_present.map(|n| thousands(i64::from(n))).unwrap_or_default(),
        venue_rate: match (c.venue_present, c.venue_expected) {
            (Some(n), Some(e)) => percent(i64::from(n), i64::from(e), 2),
            _ => String::new(),
        },
        series_href: c
            .series_id
            .map(|_| format!("{}?don_vi={}", crate::paths::CONFERENCES, c.host_unit_id))
            .unwrap_or_default(),
        series,
        audiences: full
            .audiences
            .iter()
            .map(|a| match &a.note {
                Some(n) => format!("{} {n}", label(a.group.label_vi(), a.group.label_en())),
                None => label(a.group.label_vi(), a.group.label_en()).to_string(),
            })
            .collect(),
        documents,
        may_record: points.iter().any(|p| p.may_record),
        counts_from_marks: points.iter().any(|p| p.from_marks),
        points,
        reach: if t.points > 0 {
            format!("{} {}", i18n::t(lang, "conf_reach"), reach_text(t.reported, t.points))
        } else {
            String::new()
        },
        attendance: attendance_text(t.present, t.expected).unwrap_or_default(),
        total_expected: thousands(t.expected),
        total_present: thousands(t.present),
        materials: of(app::conferences::Part::Materials.record_kind()),
        minutes: of(app::conferences::Part::Minutes.record_kind()),
        conclusions,
        may_edit,
        may_conclude,
        f,
        upload_limit: crate::kit::attachments::size(st.app.settings.files.max_bytes),
        inv,
        mark_choices: crate::conferences::invitees::choices(),
    })
}

pub async fn page(
    State(st): State<AppState>,
    auth: Auth,
    Extension(user): Extension<PageUser>,
    uri: Uri,
    Path(id): Path<i64>,
) -> Result<Response, PageError> {
    Ok(render(&build(&st, &auth, &user, &uri, id, FormState::default()).await?))
}
