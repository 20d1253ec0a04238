//! The inspector's pages. `/kiem-tra`: the follow-ups overdue today, the inspections in progress
//! with their step, those concluded and in follow-up, and the commissions' annual plans with their
//! lines (and, for the commission, "Lập kế hoạch kiểm tra, giám sát" and "Ra quyết định kiểm tra").
//! `/kiem-tra/ke-hoach/{id}`: one plan. `/kiem-tra/{id}`: one inspection — its steps, team, papers
//! with their files (working papers only for the team and the commission), findings, and
//! recommendations with their follow-up tasks' status — with the forms of the next step the
//! reader may take (the plan, decision and conclusion forms have pages of their own:
//! `plan_form`, `decision_form`, `conclusion_form`).

use std::collections::HashMap;

use askama::Template;
use axum::extract::{DefaultBodyLimit, Path, State};
use axum::http::Uri;
use axum::response::Response;
use axum::routing::{get, post};
use axum::{Extension, Router};
use chrono::NaiveDate;
use domain::access::Operation;
use domain::inspection::{InspectionStep, RecordKind};
use domain::status::TaskStatus;
use store::inspection_lists::ListedInspection;
use store::inspections::Plan;

use crate::AppState;
use crate::auth::Auth;
use crate::error::Lang;
use crate::kit::attachments::FileLink;
use crate::kit::{Layout, PageError, PageUser, fmt, i18n, label, render, status_class, status_label};

/// The page routes of inspections.
pub fn routes(state: &AppState) -> Router<AppState> {
    use crate::inspections::forms as f;
    use crate::inspections::{conclusion_form as conclusion, decision_form as decision};
    use crate::paths::route;
    let upload_limit = DefaultBodyLimit::max(crate::files::body_limit(state).saturating_add(1024 * 1024));
    Router::new()
        .route(route::INSPECTIONS, get(list))
        .route(
            route::INSPECTION_PLAN_NEW,
            get(crate::inspections::plan_form::new_form).post(crate::inspections::plan_form::create),
        )
        .route(route::INSPECTION_PLAN, get(plan))
        .route(route::INSPECTION, get(page))
        .route(route::INSPECTION_DECISION, get(decision::form).post(decision::create))
        .route(
            route::INSPECTION_CONCLUSION,
            get(conclusion::form).post(conclusion::create),
        )
        .route(route::INSPECTION_PAPER, post(f::paper).layer(upload_limit))
        .route(route::INSPECTION_RECOMMENDATION_CLOSE, post(f::close_recommendation))
        .route(route::INSPECTION_CLOSE, post(f::close))
}

/// An inspection as a line of a list.
pub struct Line {
    pub href: String,
    pub content: String,
    pub body: String,
    pub subjects: String,
    pub step: &'static str,
    pub method: &'static str,
    pub when: String,
    /// "Ra quyết định kiểm tra", for a line of the plan the reader may decide; else empty.
    pub decide_href: String,
}

impl Line {
    fn of(i: &ListedInspection) -> Line {
        let when = match (i.starts_on, i.ends_on, i.concluded_on) {
            (_, _, Some(c)) => fmt::date(c),
            (Some(s), Some(e), None) => format!("{} – {}", fmt::date(s), fmt::date(e)),
            _ => i.time_text.clone(),
        };
        Line {
            href: crate::paths::inspection(i.id),
            content: i.content.clone(),
            body: i.body_name.clone(),
            subjects: i.subjects.join(", "),
            step: label(i.step.label_vi(), i.step.label_en()),
            method: label(i.method.label_vi(), i.method.label_en()),
            when,
            decide_href: String::new(),
        }
    }
}

/// A recommendation as listed (on the inspection page and the overdue list).
pub struct RecLine {
    pub id: i64,
    pub text: String,
    pub task_href: String,
    pub lead: String,
    pub due_on: String,
    /// Days past the deadline today (0 when not overdue).
    pub days_late: i64,
    pub status: &'static str,
    pub class: &'static str,
    pub closed: String,
    pub href: String,
}

impl RecLine {
    fn of(r: &store::inspections::Recommendation, names: &HashMap<i64, String>, today: NaiveDate) -> RecLine {
        let status = TaskStatus::parse(&r.task_status).unwrap_or(TaskStatus::NotStarted);
        RecLine {
            id: r.id,
            text: r.text.clone(),
            task_href: crate::paths::task(r.task_id),
            lead: names.get(&r.lead_unit_id).cloned().unwrap_or_default(),
            due_on: fmt::opt_date(r.due_on),
            days_late: match (status, r.due_on) {
                (TaskStatus::Overdue, Some(due)) => (today - due).num_days().max(0),
                _ => 0,
            },
            status: status_label(status),
            class: status_class(status),
            closed: match (&r.closed_on, &r.close_reason) {
                (Some(on), reason) => format!("{} — {}", fmt::date(*on), reason.clone().unwrap_or_default()),
                _ => String::new(),
            },
            href: crate::paths::inspection(r.inspection_id),
        }
    }
}

/// The names of the units leading the follow-ups of `recs`.
async fn lead_names(
    st: &AppState,
    auth: &Auth,
    recs: &[store::inspections::Recommendation],
) -> Result<HashMap<i64, String>, PageError> {
    let ids: Vec<i64> = recs.iter().map(|r| r.lead_unit_id).collect();
    Ok(st.app.read(auth).await?.unit_names(&ids).await?)
}

/// An annual plan with its lines.
pub struct PlanBlock {
    pub href: String,
    pub year: i32,
    pub title: String,
    pub body: String,
    pub items: Vec<Line>,
}

/// Plan `p` with its lines among `all`; "Ra quyết định kiểm tra" on the lines still planned when
/// the reader may decide for the plan's commission (one of `deciders`).
fn plan_block(p: &Plan, all: &[ListedInspection], deciders: &[i64], body: String) -> PlanBlock {
    let items = all
        .iter()
        .filter(|i| i.plan_id == p.id)
        .map(|i| {
            let mut line = Line::of(i);
            if i.step == InspectionStep::Planned && deciders.contains(&i.body_unit_id) {
                line.decide_href = crate::paths::inspection_decision(i.id);
            }
            line
        })
        .collect();
    PlanBlock {
        href: crate::paths::inspection_plan(p.id),
        year: p.year,
        title: p.title.clone(),
        body,
        items,
    }
}

/// The commissions the reader may issue decisions for.
async fn deciders(st: &AppState, auth: &Auth) -> Result<Vec<i64>, PageError> {
    Ok(
        app::inspections_choices::bodies(&st.app, auth, Operation::DecideInspection)
            .await?
            .iter()
            .map(|u| u.id)
            .collect(),
    )
}

#[derive(Template)]
#[template(path = "inspections/list.html")]
struct ListPage {
    l: Layout,
    new_href: &'static str,
    plans: Vec<PlanBlock>,
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
    let today = st.app.clock.clock().today;
    let plans = r::plans(&st.app, &auth, None).await?;
    // Every inspection the reader sees (the latest 500), shown by step and under its plan.
    let all = r::list(&st.app, &auth, None, Vec::new(), 500).await?;
    let overdue = r::overdue(&st.app, &auth, None).await?;
    let names = lead_names(&st, &auth, &overdue).await?;
    let planners = app::inspections_choices::bodies(&st.app, &auth, Operation::PlanInspections).await?;
    let deciders = deciders(&st, &auth).await?;
    let bodies: Vec<i64> = plans.iter().map(|p| p.body_unit_id).collect();
    let body_names = st.app.read(&auth).await?.unit_names(&bodies).await?;
    let page = ListPage {
        l: Layout::new(Some(&user), &uri, i18n::t(lang, "insp_title"), "inspections"),
        new_href: if planners.is_empty() {
            ""
        } else {
            crate::paths::INSPECTION_PLAN_NEW
        },
        plans: plans
            .iter()
            .map(|p| {
                let body = body_names.get(&p.body_unit_id).cloned().unwrap_or_default();
                plan_block(p, &all, &deciders, body)
            })
            .collect(),
        in_progress: all.iter().filter(|i| i.step.in_progress()).map(Line::of).collect(),
        concluded: all
            .iter()
            .filter(|i| i.step == InspectionStep::Concluded)
            .map(Line::of)
            .collect(),
        overdue: overdue.iter().map(|o| RecLine::of(o, &names, today)).collect(),
    };
    Ok(render(&page))
}

#[derive(Template)]
#[template(path = "inspections/plan.html")]
struct PlanPage {
    l: Layout,
    p: PlanBlock,
}

/// `/kiem-tra/ke-hoach/{id}`: one plan and its lines the reader sees.
pub async fn plan(
    State(st): State<AppState>,
    auth: Auth,
    Extension(user): Extension<PageUser>,
    uri: Uri,
    Path(id): Path<i64>,
) -> Result<Response, PageError> {
    let (plan, items) = app::inspections_read::plan(&st.app, &auth, id).await?;
    let deciders = deciders(&st, &auth).await?;
    let body = st
        .app
        .read(&auth)
        .await?
        .unit_names(&[plan.body_unit_id])
        .await?
        .remove(&plan.body_unit_id)
        .unwrap_or_default();
    let page = PlanPage {
        l: Layout::new(Some(&user), &uri, plan.title.clone(), "inspections"),
        p: plan_block(&plan, &items, &deciders, body),
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
    plan_href: String,
    /// The decision and conclusion forms, when the reader may use them now; else empty.
    decide_href: String,
    conclude_href: String,
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
    let names = lead_names(&st, &auth, &v.recommendations).await?;
    let today = st.app.clock.clock().today;
    let form_href = |op, event, href: String| {
        if v.may.contains(&op) && step_open(event) {
            href
        } else {
            String::new()
        }
    };
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
        recommendations: v
            .recommendations
            .iter()
            .map(|r| RecLine::of(r, &names, today))
            .collect(),
        paper_forms,
        may_close_rec: v.may.contains(&Operation::CloseRecommendation) && step_open(E::CloseRecommendation),
        may_close: v.may.contains(&Operation::CloseInspection) && step_open(E::Close),
        upload_limit: crate::kit::attachments::size(st.app.settings.files.max_bytes),
        plan_href: crate::paths::inspection_plan(i.plan_id),
        decide_href: form_href(
            Operation::DecideInspection,
            E::Decide,
            crate::paths::inspection_decision(id),
        ),
        conclude_href: form_href(
            Operation::ConcludeInspection,
            E::Conclude,
            crate::paths::inspection_conclusion(id),
        ),
    };
    Ok(render(&page))
}
