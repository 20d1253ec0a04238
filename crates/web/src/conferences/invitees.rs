//! The "Danh sách mời" section of a conference's page: the invitation list grouped by bridge
//! point (the main venue first), each place with its roll-call count ("Có mặt 18/20"); the
//! host's button that generates or refreshes the list; and, from the conference's day, a
//! roll-call form per place — one row per person, with the marks as radio buttons and the reason
//! of an absence — for whoever may mark that place (the host's office, or the point's own unit).
//!
//! The posts (`/hoi-nghi/{id}/danh-sach-moi`, `/hoi-nghi/{id}/diem-danh`) call the same
//! operations as the API, then come back to the section (303), or show the page again with the
//! error beside the person's row and what was chosen kept.

use crate::paths::route;
use std::collections::HashMap;

use axum::Extension;
use axum::extract::{Path, State};
use axum::http::Uri;
use axum::response::{IntoResponse, Redirect, Response};
use axum::{Form, Router, routing::post};
use domain::compliance::thousands;
use domain::conference_roll_call::{Attendance, MarkInput, MarksInput, Tally};
use store::conference_invitees::Invitee;
use store::conferences::Full;

use crate::AppState;
use crate::auth::Auth;
use crate::conferences::pages::build;
use crate::error::ApiError;
use crate::kit::forms::{Fields, FormState, is_form_error};
use crate::kit::{PageError, PageUser, label, render};

/// The section's form names (for `FormState`).
const GENERATE: &str = "danh-sach-moi";
const ROLL_CALL: &str = "diem-danh";

pub fn routes() -> Router<AppState> {
    Router::new()
        .route(route::CONFERENCE_INVITEES, post(generate))
        .route(route::CONFERENCE_ROLL_CALL, post(roll_call))
}

/// One person's row.
pub struct Row {
    pub person_id: i64,
    pub name: String,
    /// "Phó Chủ tịch UBND phường · UBND phường Bồ Đề".
    pub detail: String,
    pub group: &'static str,
    /// The mark's code and label.
    pub mark: &'static str,
    pub mark_label: &'static str,
    pub reason: String,
    pub by_hand: bool,
}

/// One place of the list: a bridge point, or the main venue.
pub struct Place {
    pub anchor: String,
    pub name: String,
    pub rows: Vec<Row>,
    /// "18/20": who came (late included) of those invited; "" before anyone is marked.
    pub present: String,
    pub marked: String,
    pub late: i64,
    pub absent: i64,
    /// The caller may mark this place's people today.
    pub may_mark: bool,
}

/// The section as the page shows it.
#[derive(Default)]
pub struct Section {
    pub places: Vec<Place>,
    /// The whole list: how many are listed, marked, came (late included), came late, absent.
    pub listed: String,
    pub marked: String,
    pub attended: String,
    pub late: i64,
    pub absent: i64,
    pub may_generate: bool,
    /// The conference's day has come (marks are taken).
    pub held: bool,
    pub held_from: String,
}

/// A mark's choices, in the order of a roll-call.
pub struct Choice {
    pub value: &'static str,
    pub label: &'static str,
}

pub fn choices() -> Vec<Choice> {
    [
        Attendance::Present,
        Attendance::Late,
        Attendance::Absent,
        Attendance::Invited,
    ]
    .into_iter()
    .map(|a| Choice {
        value: a.as_str(),
        label: label(a.label_vi(), a.label_en()),
    })
    .collect()
}

fn row(i: &Invitee) -> Row {
    let detail = match &i.position {
        Some(p) => format!("{p} · {}", i.unit_name),
        None => i.unit_name.clone(),
    };
    Row {
        person_id: i.person_id,
        name: i.name.clone(),
        detail,
        group: label(i.audience_group.label_vi(), i.audience_group.label_en()),
        mark: i.attendance.as_str(),
        mark_label: label(i.attendance.label_vi(), i.attendance.label_en()),
        reason: i.absence_reason.clone().unwrap_or_default(),
        by_hand: i.by_hand,
    }
}

fn fraction(t: &Tally) -> String {
    if t.marked == 0 {
        String::new()
    } else {
        format!("{}/{}", thousands(t.attended), thousands(t.invited))
    }
}

/// Builds the section. `may_mark_point` says whether the caller may mark a bridge point's
/// people (`None`: the main venue, the host's alone).
pub fn section(
    full: &Full,
    invitees: &[Invitee],
    today: chrono::NaiveDate,
    may_generate: bool,
    may_mark_point: impl Fn(Option<i64>) -> bool,
) -> Section {
    let held = full.conference.starts_on <= today;
    let mut by_place: HashMap<Option<i64>, Vec<&Invitee>> = HashMap::new();
    for i in invitees {
        by_place.entry(i.point_unit_id).or_default().push(i);
    }
    // The main venue, then the points in the conference's order, then places no longer points.
    let mut order: Vec<(Option<i64>, String)> = vec![(
        None,
        crate::kit::i18n::t(crate::error::Lang::current(), "conf_main_point").to_string(),
    )];
    order.extend(full.points.iter().map(|p| (Some(p.unit_id), p.unit_name.clone())));
    for i in invitees {
        if !order.iter().any(|(p, _)| *p == i.point_unit_id) {
            order.push((i.point_unit_id, i.point_name.clone().unwrap_or_default()));
        }
    }
    let mut total = Tally::default();
    let mut places = Vec::new();
    for (point, name) in order {
        let Some(people) = by_place.get(&point) else {
            continue;
        };
        let mut t = Tally::default();
        for i in people {
            t.add(i.attendance, 1);
            total.add(i.attendance, 1);
        }
        places.push(Place {
            anchor: format!("moi-{}", point.unwrap_or(0)),
            name,
            rows: people.iter().map(|i| row(i)).collect(),
            present: fraction(&t),
            marked: format!("{}/{}", thousands(t.marked), thousands(t.invited)),
            late: t.late,
            absent: t.absent,
            may_mark: held && may_mark_point(point),
        });
    }
    Section {
        places,
        listed: thousands(total.invited),
        marked: thousands(total.marked),
        attended: thousands(total.attended),
        late: total.late,
        absent: total.absent,
        may_generate,
        held,
        held_from: crate::kit::fmt::date(full.conference.starts_on),
    }
}

/// `/hoi-nghi/{id}/danh-sach-moi`: generate or refresh the list.
pub async fn generate(
    State(st): State<AppState>,
    auth: Auth,
    Extension(user): Extension<PageUser>,
    uri: Uri,
    Path(id): Path<i64>,
) -> Result<Response, PageError> {
    match app::conference_invitees::generate(&st.app, &auth, id).await {
        Ok(_) => Ok(Redirect::to(&format!("{}#danh-sach-moi", crate::paths::conference(id))).into_response()),
        Err(e) => {
            again(
                &st,
                &auth,
                &user,
                &uri,
                id,
                GENERATE,
                Fields::new(Vec::new()),
                e.into(),
                None,
            )
            .await
        }
    }
}

/// The marks chosen in a roll-call form, only those that changed (`was_<person>` and
/// `wasr_<person>` carry what the page showed), in the order of the rows.
fn changed_marks(pairs: &[(String, String)]) -> Result<Vec<MarkInput>, ApiError> {
    let f = Fields::new(pairs.to_vec());
    let mut out = Vec::new();
    for (k, v) in pairs {
        let Some(person_id) = k.strip_prefix("mark_").and_then(|p| p.parse::<i64>().ok()) else {
            continue;
        };
        let mark = Attendance::parse(v.trim()).ok_or_else(|| {
            ApiError::bad_request(
                Some(format!("marks[{}].mark", out.len())),
                format!("Không có lựa chọn điểm danh “{v}”."),
                format!("There is no attendance mark “{v}”."),
            )
        })?;
        let reason = f.val(&format!("reason_{person_id}")).trim().to_string();
        let was = f.val(&format!("was_{person_id}"));
        let was_reason = f.val(&format!("wasr_{person_id}")).trim();
        let same = mark.as_str() == was && (mark != Attendance::Absent || reason == was_reason);
        if !same {
            out.push(MarkInput {
                person_id,
                mark,
                absence_reason: (!reason.is_empty()).then_some(reason),
            });
        }
    }
    Ok(out)
}

/// `/hoi-nghi/{id}/diem-danh`: the roll-call of one place.
pub async fn roll_call(
    State(st): State<AppState>,
    auth: Auth,
    Extension(user): Extension<PageUser>,
    uri: Uri,
    Path(id): Path<i64>,
    Form(pairs): Form<Vec<(String, String)>>,
) -> Result<Response, PageError> {
    let back = format!("{}#danh-sach-moi", crate::paths::conference(id));
    let marks = match changed_marks(&pairs) {
        Ok(m) => m,
        Err(e) => return again(&st, &auth, &user, &uri, id, ROLL_CALL, Fields::new(pairs), e, None).await,
    };
    if marks.is_empty() {
        return Ok(Redirect::to(&back).into_response());
    }
    let people: Vec<i64> = marks.iter().map(|m| m.person_id).collect();
    match app::conference_invitees::mark(&st.app, &auth, id, MarksInput { marks }).await {
        Ok(_) => Ok(Redirect::to(&back).into_response()),
        Err(e) => {
            let fields = Fields::new(pairs);
            again(&st, &auth, &user, &uri, id, ROLL_CALL, fields, e.into(), Some(&people)).await
        }
    }
}

/// The field of a person's row an error of `marks[i].…` belongs to.
fn row_field(field: &str, people: &[i64]) -> Option<String> {
    let rest = field.strip_prefix("marks[")?;
    let (i, tail) = rest.split_once("].")?;
    let person = people.get(i.parse::<usize>().ok()?)?;
    Some(match tail {
        "absence_reason" => format!("reason_{person}"),
        _ => format!("mark_{person}"),
    })
}

#[allow(clippy::too_many_arguments)]
/// The page again with the section's form `which` refused, or the error page.
async fn again(
    st: &AppState,
    auth: &Auth,
    user: &PageUser,
    uri: &Uri,
    id: i64,
    which: &str,
    mut fields: Fields,
    mut e: ApiError,
    people: Option<&[i64]>,
) -> Result<Response, PageError> {
    let status = e.status();
    let at_row = e.0.field.as_deref().and_then(|f| row_field(f, people.unwrap_or(&[])));
    // A refusal naming one person's row (not theirs to mark, not on the list) is shown there.
    if !is_form_error(status) && at_row.is_none() {
        return Err(PageError(e));
    }
    match at_row {
        Some(f) => {
            e.0.field = Some(f.clone());
            fields.add(&e, &[f.as_str()]);
        }
        None => fields.add(&e, &[]),
    }
    let page = build(st, auth, user, uri, id, FormState::refused(which, fields)).await?;
    Ok((status, render(&page)).into_response())
}
