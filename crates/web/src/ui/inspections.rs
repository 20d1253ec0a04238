//! The inspector's pages. `/kiem-tra`: the commission's annual plans, the inspections in
//! progress with their step, those concluded and in follow-up, and the follow-ups overdue today.
//! `/kiem-tra/{id}`: one inspection — its steps, team, papers with their files (working papers
//! only for the team and the commission), findings, and recommendations with their follow-up
//! tasks' status — with the forms of the next step the reader may take.

use askama::Template;
use axum::extract::{DefaultBodyLimit, Path, State};
use axum::http::Uri;
use axum::response::Response;
use axum::routing::{get, post};
use axum::{Extension, Router};
use domain::access::Operation;
use domain::inspection::{InspectionStep, RecordKind};
use domain::status::TaskStatus;
use store::inspection_lists::ListedInspection;

use super::attachments::FileLink;
use super::{Layout, PageError, PageUser, fmt, i18n, label, render, status_class, status_label};
use crate::AppState;
use crate::auth::Auth;
use crate::error::Lang;

/// The page routes of inspections.
pub fn routes(state: &AppState) -> Router<AppState> {
    use super::inspection_forms as f;
    let upload_limit = DefaultBodyLimit::max(crate::files::body_limit(state).saturating_add(1024 * 1024));
    Router::new()
        .route("/kiem-tra", get(list))
        .route("/kiem-tra/{id}", get(page))
        .route("/kiem-tra/{id}/ho-so/{kind}", post(f::paper).layer(upload_limit))
        .route("/kiem-tra/{id}/kien-nghi/{rid}/dong", post(f::close_recommendation))
        .route("/kiem-tra/{id}/ket-thuc", post(f::close))
}

/// An inspection as a line of a list.
pub struct Line {
    pub href: String,
    pub content: String,
    pub body: String,
    pub subjects: String,
    pub step: &'static str,
    pub when: String,
}

impl Line {
    fn of(i: &ListedInspection) -> Line {
        let when = match (i.starts_on, i.ends_on, i.concluded_on) {
            (_, _, Some(c)) => fmt::date(c),
            (Some(s), Some(e), None) => format!("{} – {}", fmt::date(s), fmt::date(e)),
            _ => i.time_text.clone(),
        };
        Line {
            href: format!("/kiem-tra/{}", i.id),
            content: i.content.clone(),
            body: i.body_name.clone(),
            subjects: i.subjects.join(", "),
            step: label(i.step.label_vi(), i.step.label_en()),
            when,
        }
    }
}

/// A recommendation as listed (on the inspection page and the overdue list).
pub struct RecLine {
    pub id: i64,
    pub text: String,
    pub task_href: String,
    pub due_on: String,
    pub status: &'static str,
    pub class: &'static str,
    pub closed: String,
    pub href: String,
}

impl RecLine {
    fn of(r: &store::inspections::Recommendation) -> RecLine {
        let status = TaskStatus::parse(&r.task_status).unwrap_or(TaskStatus::NotStarted);
        RecLine {
            id: r.id,
            text: r.text.clone(),
            task_href: format!("/nhiem-vu/{}", r.task_id),
            due_on: fmt::opt_date(r.due_on),
            status: status_label(status),
            class: status_class(status),
            closed: match (&r.closed_on, &r.close_reason) {
                (Some(on), reason) => format!("{} — {}", fmt::date(*on), reason.clone().unwrap_or_default()),
                _ => String::new(),
            },
            href: format!("/kiem-tra/{}", r.inspection_id),
        }
    }
}

#[derive(Template)]
#[template(path = "inspections/list.html")]
struct ListPage {
    l: Layout,
    plans: Vec<(String, String)>,
    in_progress: Vec<Line>,
    concluded: Vec<Line>,
    overdue: Vec<RecLine>,
}

/// `/kiem-tra`.
pub async fn list(
    State(st): State<AppState>,
    auth: Auth,
    Extension(user): Extension<PageUser>,
    uri: Uri,
) -> Result<Response, PageError> {
    use app::inspections_read as r;
    let lang = Lang::current();
    let plans = r::plans(&st.app, &auth, None).await?;
    let in_progress = r::list(
        &st.app,
        &auth,
        None,
        InspectionStep::ALL
            .iter()
            .copied()
            .filter(|s| s.in_progress())
            .collect(),
        200,
    )
    .await?;
    let concluded = r::list(&st.app, &auth, None, vec![InspectionStep::Concluded], 200).await?;
    let overdue = r::overdue(&st.app, &auth, None).await?;
    let page = ListPage {
        l: Layout::new(Some(&user), &uri, i18n::t(lang, "insp_title"), "inspections"),
        plans: plans.iter().map(|p| (p.year.to_string(), p.title.clone())).collect(),
        in_progress: in_progress.iter().map(Line::of).collect(),
        concluded: concluded.iter().map(Line::of).collect(),
        overdue: overdue.iter().map(RecLine::of).collect(),
    };
    Ok(render(&page))
}

/// A paper as shown.
pub struct Paper {
    pub kind: &'static str,
    pub confidential: bool,
    pub subject: String,
    pub dated_on: String,
    pub text: String,
    pub files: Vec<FileLink>,
}

/// One step of the procedure, done or not.
pub struct StepLine {
    pub label: &'static str,
    pub done: bool,
    pub current: bool,
}

#[derive(Template)]
#[template(path = "inspections/page.html")]
struct InspectionPage {
    l: Layout,
    id: i64,
    content: String,
    body: String,
    method: &'static str,
    time_text: String,
    steps: Vec<StepLine>,
    decision: String,
    team: Vec<(String, &'static str)>,
    subjects: Vec<(i64, String)>,
    papers: Vec<Paper>,
    conclusion: String,
    summary: String,
    findings: Vec<(String, String)>,
    recommendations: Vec<RecLine>,
    /// Forms the reader may use: paper kinds (code, label), closing.
    paper_forms: Vec<(&'static str, &'static str)>,
    may_close_rec: bool,
    may_close: bool,
    upload_limit: String,
}

/// `/kiem-tra/{id}`.
pub async fn page(
    State(st): State<AppState>,
    auth: Auth,
    Extension(user): Extension<PageUser>,
    uri: Uri,
    Path(id): Path<i64>,
) -> Result<Response, PageError> {
    let v = app::inspections_read::get(&st.app, &auth, id).await?;
    let i = &v.inspection;
    let name_of = |unit: Option<i64>| {
        unit.and_then(|u| v.subjects.iter().find(|s| s.unit_id == u))
            .map(|s| s.name.clone())
            .unwrap_or_default()
    };
    let steps = InspectionStep::ALL
        .iter()
        .map(|s| StepLine {
            label: label(s.label_vi(), s.label_en()),
            done: s.rank() < i.step.rank(),
            current: *s == i.step,
        })
        .collect();
    let papers = v
        .records
        .iter()
        .map(|r| Paper {
            kind: label(r.record.kind.label_vi(), r.record.kind.label_en()),
            confidential: r.record.kind.is_confidential(),
            subject: name_of(r.record.subject_unit_id),
            dated_on: fmt::date(r.record.dated_on),
            text: r.record.text.clone(),
            files: r.files.iter().map(FileLink::of).collect(),
        })
        .collect();
    let step_open = |e| domain::inspection::procedure::open_events(i.step).contains(&e);
    use domain::inspection::Event as E;
    let mut paper_forms = Vec::new();
    for (kind, op, events) in [
        (
            RecordKind::SelfReport,
            Operation::SubmitSelfReport,
            [E::SelfReport, E::LastSelfReport],
        ),
        (
            RecordKind::Verification,
            Operation::RecordVerification,
            [E::Verify, E::Verify],
        ),
        (
            RecordKind::Draft,
            Operation::DraftInspectionReport,
            [E::Draft, E::Draft],
        ),
    ] {
        if v.may.contains(&op) && events.iter().any(|e| step_open(*e)) {
            paper_forms.push((kind.as_str(), label(kind.label_vi(), kind.label_en())));
        }
    }
    let lang = Lang::current();
    let page = InspectionPage {
        l: Layout::new(Some(&user), &uri, i18n::t(lang, "insp_one"), "inspections"),
        id,
        content: i.content.clone(),
        body: v.body_name.clone(),
        method: label(i.method.label_vi(), i.method.label_en()),
        time_text: i.time_text.clone(),
        steps,
        decision: match (&i.decision_symbol, i.decided_on) {
            (Some(s), Some(d)) => format!(
                "{s} ({}); {} – {}",
                fmt::date(d),
                fmt::opt_date(i.starts_on),
                fmt::opt_date(i.ends_on)
            ),
            _ => String::new(),
        },
        team: v
            .team
            .iter()
            .map(|m| (m.name.clone(), label(m.role.label_vi(), m.role.label_en())))
            .collect(),
        subjects: v.subjects.iter().map(|s| (s.unit_id, s.name.clone())).collect(),
        papers,
        conclusion: match (&i.conclusion_symbol, i.concluded_on) {
            (Some(s), Some(d)) => format!("{s} ({})", fmt::date(d)),
            _ => String::new(),
        },
        summary: i.summary.clone().unwrap_or_default(),
        findings: v
            .findings
            .iter()
            .map(|f| (name_of(Some(f.subject_unit_id)), f.text.clone()))
            .collect(),
        recommendations: v.recommendations.iter().map(RecLine::of).collect(),
        paper_forms,
        may_close_rec: v.may.contains(&Operation::CloseRecommendation) && step_open(E::CloseRecommendation),
        may_close: v.may.contains(&Operation::CloseInspection) && step_open(E::Close),
        upload_limit: super::attachments::size(st.app.settings.files.max_bytes),
    };
    Ok(render(&page))
}
