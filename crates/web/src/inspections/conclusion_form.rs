//! The commission's conclusion as a form (`/kiem-tra/{id}/ket-luan`): the notice's number and
//! date, the general conclusion, a finding per subject, and the recommendations — each about a
//! subject, given to a unit with a deadline; each becomes a follow-up task. It calls the same
//! operation as the API (`app::inspections::conclude`) and goes to the inspection (303); or shows
//! the form again with each error beside its field (a recommendation's beside that line's) and
//! everything typed kept. "Thêm dòng" shows one more recommendation line without saving.

use askama::Template;
use axum::extract::{Path, State};
use axum::http::Uri;
use axum::response::Response;
use axum::{Extension, Form};
use domain::access::Operation;
use domain::inspection::{ConclusionInput, Event, FindingInput, RecommendationInput};
use store::inspections::SubjectUnit;

use crate::AppState;
use crate::auth::Auth;
use crate::error::{ApiError, Lang};
use crate::inspections::decision_form::{About, about};
use crate::kit::forms::{self as kit, Cell, Check, Fields, Opt, finish};
use crate::kit::{Layout, PageError, PageUser, fmt, i18n, render};

const FINDINGS: &str = "findings";
const RECS: &str = "recommendations";
const REC_FIELDS: &[&str] = &["subject_unit_id", "text", "lead_unit_id", "due_on"];
/// Recommendation lines shown on a new form.
const FIRST_ROWS: usize = 3;

/// The finding about one subject.
pub struct FindingRow {
    pub subject: String,
    pub text: Cell,
}

/// One recommendation line as typed.
pub struct RecRow {
    pub subject: Cell,
    pub text: Cell,
    pub lead: Cell,
    pub due_on: Cell,
}

#[derive(Template)]
#[template(path = "inspections/conclusion_form.html")]
pub struct ConclusionForm {
    l: Layout,
    f: Fields,
    action: String,
    about: About,
    findings: Vec<FindingRow>,
    recs: Vec<RecRow>,
    subjects: Vec<Opt>,
    /// Units a follow-up may be given to: the subjects, then the others.
    lead_subjects: Vec<Opt>,
    lead_others: Vec<Opt>,
}

fn names(subjects: usize, rows: usize) -> Vec<String> {
    let mut out: Vec<String> = ["symbol", "concluded_on", "summary", FINDINGS, RECS]
        .map(String::from)
        .to_vec();
    out.extend((0..subjects).map(|k| format!("{FINDINGS}[{k}].text")));
    for i in 0..rows {
        out.extend(REC_FIELDS.iter().map(|f| format!("{RECS}[{i}].{f}")));
    }
    out
}

/// The inspection's subjects, in the order of the form's findings.
async fn subjects_of(st: &AppState, auth: &Auth, id: i64) -> Result<Vec<SubjectUnit>, ApiError> {
    Ok(app::inspections_read::get(&st.app, auth, id).await?.subjects)
}

async fn form_page(
    st: &AppState,
    auth: &Auth,
    user: &PageUser,
    uri: &Uri,
    id: i64,
    f: Fields,
    rows: usize,
) -> Result<ConclusionForm, ApiError> {
    let about = about(st, auth, id, Operation::ConcludeInspection, Event::Conclude).await?;
    let subjects = subjects_of(st, auth, id).await?;
    let (lead_subjects, lead_others) = app::inspections_choices::leads(&st.app, auth, id)
        .await?
        .into_iter()
        .map(|u| {
            let subject = subjects.iter().any(|s| s.unit_id == u.id);
            (
                subject,
                Opt {
                    value: u.id.to_string(),
                    label: crate::inspections::plan_form::unit_label(&u),
                },
            )
        })
        .partition::<Vec<_>, _>(|(subject, _)| *subject);
    let findings = subjects
        .iter()
        .enumerate()
        .map(|(k, s)| FindingRow {
            subject: s.name.clone(),
            text: f.cell(FINDINGS, k, "text"),
        })
        .collect();
    let recs = (0..rows)
        .map(|i| RecRow {
            subject: f.cell(RECS, i, "subject_unit_id"),
            text: f.cell(RECS, i, "text"),
            lead: f.cell(RECS, i, "lead_unit_id"),
            due_on: f.cell(RECS, i, "due_on"),
        })
        .collect();
    Ok(ConclusionForm {
        l: Layout::new(
            Some(user),
            uri,
            i18n::t(Lang::current(), "insp_conclude"),
            "inspections",
        ),
        f,
        action: crate::paths::inspection_conclusion(id),
        about,
        findings,
        recs,
        subjects: subjects
            .iter()
            .map(|s| Opt {
                value: s.unit_id.to_string(),
                label: s.name.clone(),
            })
            .collect(),
        lead_subjects: lead_subjects.into_iter().map(|(_, o)| o).collect(),
        lead_others: lead_others.into_iter().map(|(_, o)| o).collect(),
    })
}

/// `GET /kiem-tra/{id}/ket-luan`: dated today.
pub async fn form(
    State(st): State<AppState>,
    auth: Auth,
    Extension(user): Extension<PageUser>,
    uri: Uri,
    Path(id): Path<i64>,
) -> Result<Response, PageError> {
    let today = st.app.clock.clock().today;
    let f = Fields::from(&[("concluded_on", fmt::date(today))]);
    Ok(render(&form_page(&st, &auth, &user, &uri, id, f, FIRST_ROWS).await?))
}

/// What was read from the form, and the form row each finding and recommendation came from.
struct Read {
    input: ConclusionInput,
    findings_from: Vec<usize>,
    recs_from: Vec<usize>,
}

/// The conclusion as typed; every mistake of the form's own reading at once. Findings left
/// empty and recommendation lines without text or deadline are not sent on.
fn input(f: &Fields, subjects: &[SubjectUnit], rows: usize) -> Result<Read, Vec<ApiError>> {
    let mut c = Check::default();
    let concluded_on = c.take(kit::date("concluded_on", f.val("concluded_on")));
    let (mut findings, mut findings_from) = (Vec::new(), Vec::new());
    for (k, s) in subjects.iter().enumerate() {
        let text = f.cell(FINDINGS, k, "text").value;
        if !text.trim().is_empty() {
            findings.push(FindingInput {
                subject_unit_id: s.unit_id,
                text,
            });
            findings_from.push(k);
        }
    }
    let (mut recommendations, mut recs_from) = (Vec::new(), Vec::new());
    for i in 0..rows {
        let cell = |field: &str| f.cell(RECS, i, field);
        let (text, due) = (cell("text"), cell("due_on"));
        if text.value.trim().is_empty() && due.value.trim().is_empty() {
            continue;
        }
        let subject = c.take(kit::id(&cell("subject_unit_id").name, &cell("subject_unit_id").value));
        let lead = c.take(kit::id(&cell("lead_unit_id").name, &cell("lead_unit_id").value));
        let due_on = c.take(kit::date(&due.name, &due.value));
        if let (Some(subject_unit_id), Some(lead_unit_id), Some(due_on)) = (subject, lead, due_on) {
            recommendations.push(RecommendationInput {
                subject_unit_id,
                text: text.value,
                lead_unit_id,
                due_on,
            });
            recs_from.push(i);
        }
    }
    match concluded_on {
        Some(concluded_on) if c.is_empty() => Ok(Read {
            input: ConclusionInput {
                symbol: f.val("symbol").to_string(),
                concluded_on,
                summary: f.val("summary").to_string(),
                findings,
                recommendations,
            },
            findings_from,
            recs_from,
        }),
        _ => Err(c.into_errors()),
    }
}

/// `POST /kiem-tra/{id}/ket-luan`.
pub async fn create(
    State(st): State<AppState>,
    auth: Auth,
    Extension(user): Extension<PageUser>,
    uri: Uri,
    Path(id): Path<i64>,
    Form(pairs): Form<Vec<(String, String)>>,
) -> Result<Response, PageError> {
    let mut f = Fields::new(pairs);
    let rows = f.rows(RECS).max(1);
    if f.val("redraw") == "row" {
        return Ok(render(&form_page(&st, &auth, &user, &uri, id, f, rows + 1).await?));
    }
    let subjects = subjects_of(&st, &auth, id).await?;
    let names = names(subjects.len(), rows);
    let names: Vec<&str> = names.iter().map(String::as_str).collect();
    let result = match input(&f, &subjects, rows) {
        Ok(r) => app::inspections::conclude(&st.app, &auth, id, r.input)
            .await
            .map(|_| format!("{}#kien-nghi", crate::paths::inspection(id)))
            .map_err(|e| {
                let e = kit::in_row(ApiError::from(e), FINDINGS, &r.findings_from);
                kit::in_row(e, RECS, &r.recs_from)
            }),
        Err(mut errors) => {
            let first = errors.remove(0);
            for e in &errors {
                f.add(e, &names);
            }
            Err(first)
        }
    };
    finish(result, f, &names, |f| form_page(&st, &auth, &user, &uri, id, f, rows)).await
}
