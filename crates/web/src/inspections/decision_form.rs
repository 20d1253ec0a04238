//! The inspection decision as a form (`/kiem-tra/{id}/quyet-dinh`), opened from a line of the
//! plan: its number and date, the schedule, and the team chosen among the commission's people
//! (each with their part: head, deputy, member). It calls the same operation as the API
//! (`app::inspections::decide`) and goes to the inspection (303); or shows the form again with
//! the error beside its field and what was typed kept.

use askama::Template;
use axum::extract::{Path, State};
use axum::http::Uri;
use axum::response::Response;
use axum::{Extension, Form};
use domain::access::Operation;
use domain::inspection::{Event, Facts, InspectionDecisionInput, TeamMemberInput, TeamRole};

use crate::AppState;
use crate::auth::Auth;
use crate::error::{ApiError, Lang};
use crate::kit::forms::{self as kit, Check, Fields, Opt, finish};
use crate::kit::{Layout, PageError, PageUser, fmt, i18n, label, render};

const NAMES: &[&str] = &["symbol", "decided_on", "starts_on", "ends_on", "team"];

/// A person of the commission, with the part typed for them.
pub struct MemberRow {
    pub field: String,
    pub name: String,
    pub position: String,
    pub role: String,
}

/// What the form says about the inspection it decides.
pub struct About {
    pub href: String,
    pub content: String,
    pub body: String,
    pub subjects: String,
    pub time_text: String,
    pub method: &'static str,
}

#[derive(Template)]
#[template(path = "inspections/decision_form.html")]
pub struct DecisionForm {
    l: Layout,
    f: Fields,
    action: String,
    about: About,
    people: Vec<MemberRow>,
    roles: Vec<Opt>,
}

/// The inspection as the form names it, once the caller may issue its decision now: 403 for
/// whoever may not, the procedure's refusal (409) when it is past that step.
pub(super) async fn about(st: &AppState, auth: &Auth, id: i64, op: Operation, event: Event) -> Result<About, ApiError> {
    let v = app::inspections_read::get(&st.app, auth, id).await?;
    if !v.may.contains(&op) {
        return Err(crate::auth::forbidden());
    }
    let i = &v.inspection;
    domain::inspection::next(i.step, event, Facts::default())?;
    Ok(About {
        href: crate::paths::inspection(id),
        content: i.content.clone(),
        body: v.body_name.clone(),
        subjects: v
            .subjects
            .iter()
            .map(|s| s.name.as_str())
            .collect::<Vec<_>>()
            .join(", "),
        time_text: i.time_text.clone(),
        method: label(i.method.label_vi(), i.method.label_en()),
    })
}

fn role_field(person: i64) -> String {
    format!("role_{person}")
}

async fn form_page(
    st: &AppState,
    auth: &Auth,
    user: &PageUser,
    uri: &Uri,
    id: i64,
    f: Fields,
) -> Result<DecisionForm, ApiError> {
    let about = about(st, auth, id, Operation::DecideInspection, Event::Decide).await?;
    let people = app::inspections_choices::team(&st.app, auth, id)
        .await?
        .into_iter()
        .map(|p| MemberRow {
            role: f.val(&role_field(p.id)).to_string(),
            field: role_field(p.id),
            name: p.name,
            position: p.position.unwrap_or_default(),
        })
        .collect();
    let mut roles = vec![Opt {
        value: String::new(),
        label: i18n::t(Lang::current(), "insp_role_none").into(),
    }];
    roles.extend(TeamRole::ALL.iter().map(|r| Opt {
        value: r.as_str().into(),
        label: label(r.label_vi(), r.label_en()).into(),
    }));
    Ok(DecisionForm {
        l: Layout::new(Some(user), uri, i18n::t(Lang::current(), "insp_decide"), "inspections"),
        f,
        action: crate::paths::inspection_decision(id),
        about,
        people,
        roles,
    })
}

/// `GET /kiem-tra/{id}/quyet-dinh`: dated today.
pub async fn form(
    State(st): State<AppState>,
    auth: Auth,
    Extension(user): Extension<PageUser>,
    uri: Uri,
    Path(id): Path<i64>,
) -> Result<Response, PageError> {
    let today = st.app.clock.clock().today;
    let f = Fields::from(&[("decided_on", fmt::date(today))]);
    Ok(render(&form_page(&st, &auth, &user, &uri, id, f).await?))
}

/// The decision as typed; every mistake of the form's own reading at once. The team is every
/// person given a part, in the order listed.
fn input(f: &Fields, pairs: &[(String, String)]) -> Result<InspectionDecisionInput, Vec<ApiError>> {
    let mut c = Check::default();
    let decided_on = c.take(kit::date("decided_on", f.val("decided_on")));
    let starts_on = c.take(kit::date("starts_on", f.val("starts_on")));
    let ends_on = c.take(kit::date("ends_on", f.val("ends_on")));
    let mut team = Vec::new();
    for (k, v) in pairs {
        let Some(person_id) = k.strip_prefix("role_").and_then(|p| p.parse::<i64>().ok()) else {
            continue;
        };
        match v.trim() {
            "" => {}
            r => match TeamRole::parse(r) {
                Some(role) => team.push(TeamMemberInput { person_id, role }),
                None => {
                    c.take::<()>(Err(kit::invalid(
                        "team",
                        "Vai trò trong Đoàn kiểm tra không hợp lệ.",
                        "The part in the team is not valid.",
                    )));
                }
            },
        }
    }
    match (decided_on, starts_on, ends_on) {
        (Some(decided_on), Some(starts_on), Some(ends_on)) if c.is_empty() => Ok(InspectionDecisionInput {
            symbol: f.val("symbol").to_string(),
            decided_on,
            team,
            starts_on,
            ends_on,
        }),
        _ => Err(c.into_errors()),
    }
}

/// `POST /kiem-tra/{id}/quyet-dinh`.
pub async fn create(
    State(st): State<AppState>,
    auth: Auth,
    Extension(user): Extension<PageUser>,
    uri: Uri,
    Path(id): Path<i64>,
    Form(pairs): Form<Vec<(String, String)>>,
) -> Result<Response, PageError> {
    let mut f = Fields::new(pairs.clone());
    let result = match input(&f, &pairs) {
        Ok(i) => app::inspections::decide(&st.app, &auth, id, i)
            .await
            .map(|_| crate::paths::inspection(id))
            .map_err(ApiError::from),
        Err(mut errors) => {
            let first = errors.remove(0);
            for e in &errors {
                f.add(e, NAMES);
            }
            Err(first)
        }
    };
    finish(result, f, NAMES, |f| form_page(&st, &auth, &user, &uri, id, f)).await
}
