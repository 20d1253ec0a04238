//! Assigning, editing, splitting and cancelling a task:
//! - `/nhiem-vu/moi?ke_hoach=P`: a task of plan P (its office);
//! - `/nhiem-vu/moi?cha=T`: a sub-task of T — the unit leading T hands part of it to its cells
//!   and staff (or the assigning office adds one);
//! - `/nhiem-vu/{id}/sua`, `/nhiem-vu/{id}/huy`: edit or cancel (the assigning side).
//!
//! The units offered are those the plan's issuer — or the unit splitting its part — may assign
//! work to, grouped by area with their parent named (`kit::picker`); the operation checks every
//! one again.

use askama::Template;
use axum::extract::{Path, Query, State};
use axum::http::Uri;
use axum::response::{IntoResponse, Redirect, Response};
use axum::{Extension, Form};
use domain::access::Operation;
use domain::task::{MessageInput, TaskInput};
use serde::Deserialize;
use store::access::Subject;
use store::tasks::{TaskFilter, TaskSort};

use crate::AppState;
use crate::auth::Auth;
use crate::error::{ApiError, Lang};
use crate::kit::forms::{Check, Fields, Opt, finish, opt, opt_date, opt_id};
use crate::kit::picker;
use crate::kit::picker::Group;
use crate::kit::{Layout, PageError, PageUser, fmt, i18n, render};

const NAMES: &[&str] = &[
    "code",
    "title",
    "details",
    "parent_id",
    "lead_unit_id",
    "cooperating_unit_ids",
    "responsible_id",
    "deadline_text",
    "due_on",
    "expected_output",
];

/// Most units offered by the pickers (a city's Party committee reaches thousands: the filter box
/// narrows them).
const MAX_UNITS: i64 = 3000;

/// What the form makes.
#[derive(Clone, Copy)]
enum Mode {
    /// A task of a plan.
    Plan(i64),
    /// A sub-task of a task.
    Sub(i64),
    /// Editing a task.
    Edit(i64),
}

#[derive(Template)]
#[template(path = "tasks/form.html")]
pub struct TaskForm {
    l: Layout,
    f: Fields,
    heading: String,
    action: String,
    editing: bool,
    /// The task a sub-task is split from ("II.1. …"), empty otherwise.
    splitting: String,
    plan: String,
    plan_href: String,
    back_href: String,
    lead_groups: Vec<Group>,
    coop_groups: Vec<Group>,
    people: Vec<Opt>,
    /// The plan's other tasks, to choose the parent task from (not when splitting).
    parents: Vec<Opt>,
    current_due: String,
}

/// Most tasks offered as the parent task.
const MAX_PARENTS: i64 = 300;

/// The plan's tasks the user may see, by number, but not `task` itself nor the tasks under it;
/// plus the parent typed when it was refused (so the choice is kept beside its error).
async fn parent_options(
    rd: &mut app::read::Reader<'_>,
    plan_id: i64,
    task: Option<i64>,
    chosen: &str,
) -> Result<Vec<Opt>, ApiError> {
    let filter = TaskFilter {
        plan_id: Some(plan_id),
        include_groups: true,
        sort: TaskSort::Code,
        ..Default::default()
    };
    let mut tasks = rd.tasks(filter, MAX_PARENTS, 0).await?.items;
    if let Some(me) = task {
        // The task and its descendants (as far as they are listed) cannot be its parent.
        let mut below = std::collections::HashSet::from([me]);
        loop {
            let more: Vec<i64> = tasks
                .iter()
                .filter(|t| !below.contains(&t.id) && t.parent_id.is_some_and(|p| below.contains(&p)))
                .map(|t| t.id)
                .collect();
            if more.is_empty() {
                break;
            }
            below.extend(more);
        }
        tasks.retain(|t| !below.contains(&t.id));
    }
    if let Ok(id) = chosen.trim().parse::<i64>()
        && !tasks.iter().any(|t| t.id == id)
        && rd.may_read(Subject::Task(id)).await?
    {
        tasks.push(rd.task(id).await?);
    }
    Ok(tasks
        .into_iter()
        .map(|t| {
            let title: String = if t.title.chars().count() > 90 {
                t.title.chars().take(89).chain(['…']).collect()
            } else {
                t.title
            };
            Opt {
                value: t.id.to_string(),
                label: match t.code {
                    Some(c) => format!("{c}. {title}"),
                    None => title,
                },
            }
        })
        .collect())
}

/// The form for `mode`, if the user may use it.
async fn build(
    st: &AppState,
    auth: &Auth,
    user: &PageUser,
    uri: &Uri,
    mode: Mode,
    f: Fields,
) -> Result<TaskForm, ApiError> {
    let lang = Lang::current();
    let mut rd = st.app.read(auth).await?;
    let (plan_id, task, from, splitting) = match mode {
        Mode::Plan(p) => {
            if !rd.may(Operation::CreateTask, Subject::Document(p)).await? {
                rd.check(Subject::Document(p)).await?;
                return Err(crate::auth::forbidden());
            }
            let issuer = rd.document(p).await?.issuer_unit_id;
            (p, None, issuer, String::new())
        }
        Mode::Sub(parent) => {
            let b = rd.belonging(Subject::Task(parent)).await?;
            if !rd.may_on(&b, Operation::CreateSubtask) {
                return Err(crate::auth::forbidden());
            }
            let t = rd.task(parent).await?;
            let from = if rd.may_on(&b, Operation::UpdateTask) {
                rd.plan_issuer(t.plan_id).await?
            } else {
                t.lead_unit_id
            };
            let label = match &t.code {
                Some(c) => format!("{c}. {}", t.title),
                None => t.title.clone(),
            };
            (t.plan_id, None, from, label)
        }
        Mode::Edit(id) => {
            let b = rd.belonging(Subject::Task(id)).await?;
            if !rd.may_on(&b, Operation::UpdateTask) {
                return Err(crate::auth::forbidden());
            }
            let t = rd.task(id).await?;
            let from = match t.assigner_unit_id {
                Some(u) => u,
                None => rd.plan_issuer(t.plan_id).await?,
            };
            (t.plan_id, Some(t), from, String::new())
        }
    };
    let plan = rd.plan_heading(plan_id).await?;
    let plan_readable = rd.may_read(Subject::Document(plan_id)).await?;
    let (reach, units) = rd.assignable_units(from, MAX_UNITS).await?;
    let people = rd
        .assignable_people(from, None, 500)
        .await?
        .into_iter()
        .map(|p| Opt {
            value: p.id.to_string(),
            label: match p.position {
                Some(pos) => format!("{} — {pos}", p.name),
                None => p.name,
            },
        })
        .collect();
    let parents = match mode {
        Mode::Sub(_) => Vec::new(),
        _ => parent_options(&mut rd, plan_id, task.as_ref().map(|t| t.id), f.val("parent_id")).await?,
    };
    drop(rd);
    let current_due = match &task {
        Some(t) => match (t.due_on, &t.recurrence) {
            (Some(d), _) => fmt::date(d),
            (None, Some(r)) => domain::task::Recurrence::parse(r)
                .map(|r| crate::kit::label(r.label_vi(), r.label_en()).to_string())
                .unwrap_or_default(),
            _ => String::new(),
        },
        None => String::new(),
    };
    let heading = match mode {
        Mode::Edit(_) => i18n::t(lang, "edit_task"),
        Mode::Sub(_) => i18n::t(lang, "split_task"),
        Mode::Plan(_) => i18n::t(lang, "new_task"),
    }
    .to_string();
    Ok(TaskForm {
        l: Layout::new(Some(user), uri, heading.clone(), "tasks"),
        f,
        action: match mode {
            Mode::Edit(id) => crate::paths::task_edit(id),
            Mode::Sub(parent) => format!("{}?cha={parent}", crate::paths::TASK_NEW),
            Mode::Plan(p) => format!("{}?ke_hoach={p}", crate::paths::TASK_NEW),
        },
        editing: matches!(mode, Mode::Edit(_)),
        heading,
        splitting,
        plan: format!("{} — {}", plan.0, plan.1),
        plan_href: if plan_readable {
            crate::paths::document(plan_id)
        } else {
            String::new()
        },
        back_href: match mode {
            Mode::Edit(id) | Mode::Sub(id) => crate::paths::task(id),
            Mode::Plan(p) => crate::paths::document(p),
        },
        lead_groups: picker::lead_groups(&reach, &units),
        coop_groups: picker::cooperating_groups(&units),
        people,
        parents,
        current_due,
    })
}

#[derive(Deserialize)]
pub struct NewQuery {
    #[serde(default)]
    ke_hoach: String,
    #[serde(default)]
    cha: String,
}

fn mode_of(q: &NewQuery) -> Result<Mode, ApiError> {
    let not_found = || app::authz::not_visible(Subject::Document(0)).into();
    if let Ok(parent) = q.cha.trim().parse::<i64>() {
        return Ok(Mode::Sub(parent));
    }
    q.ke_hoach.trim().parse().map(Mode::Plan).map_err(|_| not_found())
}

pub async fn new_form(
    State(st): State<AppState>,
    auth: Auth,
    Extension(user): Extension<PageUser>,
    uri: Uri,
    Query(q): Query<NewQuery>,
) -> Result<Response, PageError> {
    if q.ke_hoach.trim().is_empty() && q.cha.trim().is_empty() {
        // A task is assigned from its plan: the register lists the plans to choose from.
        return Ok(Redirect::to(crate::paths::DOCUMENTS).into_response());
    }
    let mode = mode_of(&q)?;
    // A part of a task is due when the whole is, until the one splitting it says otherwise.
    let f = match mode {
        Mode::Sub(parent) => {
            let t = st.app.read(&auth).await?.task(parent).await?;
            let mut pairs = vec![("deadline_text", t.deadline_text.clone().unwrap_or_default())];
            if t.due_on.is_some() {
                pairs.push(("due_on", crate::kit::forms::dmy(t.due_on)));
            }
            Fields::from(&pairs)
        }
        _ => Fields::default(),
    };
    Ok(render(&build(&st, &auth, &user, &uri, mode, f).await?))
}

/// The task as typed; every field's error is collected, so all are shown at once. The deadline
/// is computed from its text unless a date is given.
fn input(f: &Fields, plan_id: i64) -> Result<TaskInput, Vec<ApiError>> {
    let mut c = Check::default();
    if f.val("title").trim().is_empty() {
        c.take::<()>(Err(crate::kit::forms::required(
            "title",
            "Hãy nhập nội dung nhiệm vụ.",
            "Enter what the task is.",
        )));
    }
    let lead = c.take(
        crate::kit::forms::id("lead_unit_id", f.val("lead_unit_id")).map_err(|_| {
            crate::kit::forms::required("lead_unit_id", "Hãy chọn đơn vị chủ trì.", "Choose the lead unit.")
        }),
    );
    let mut cooperating = Vec::new();
    for v in f.all("cooperating_unit_ids") {
        cooperating.extend(c.take(crate::kit::forms::id("cooperating_unit_ids", v)));
    }
    let parent_id = c.take(opt_id("parent_id", f.val("parent_id")));
    let responsible_id = c.take(opt_id("responsible_id", f.val("responsible_id")));
    let due_on = c.take(opt_date("due_on", f.val("due_on")));
    if f.val("deadline_text").trim().is_empty() && f.val("due_on").trim().is_empty() {
        c.take::<()>(Err(crate::kit::forms::required(
            "deadline_text",
            "Hãy ghi thời hạn (ví dụ “Quý IV/2023”, “trong tháng 10/2023”, “thường xuyên”) hoặc ngày hết hạn.",
            "Enter a deadline (e.g. “Quý IV/2023”) or a due date.",
        )));
    }
    match (lead, parent_id, responsible_id, due_on) {
        (Some(lead_unit_id), Some(parent_id), Some(responsible_id), Some(due_on)) if c.is_empty() => Ok(TaskInput {
            plan_id,
            parent_id,
            code: opt(f.val("code")),
            title: f.val("title").to_string(),
            details: opt(f.val("details")),
            is_key: f.has("is_key", "1"),
            is_group: f.has("is_group", "1"),
            lead_unit_id,
            cooperating_unit_ids: cooperating,
            responsible_id,
            deadline_text: opt(f.val("deadline_text")),
            due_on,
            recurrence: None,
            expected_output: opt(f.val("expected_output")),
        }),
        _ => Err(c.into_errors()),
    }
}

/// Renders the form again with every error found.
async fn refused(
    st: &AppState,
    auth: &Auth,
    user: &PageUser,
    uri: &Uri,
    mode: Mode,
    mut f: Fields,
    errors: Vec<ApiError>,
) -> Result<Response, PageError> {
    for e in &errors {
        f.add(e, NAMES);
    }
    let page = build(st, auth, user, uri, mode, f).await?;
    Ok((axum::http::StatusCode::UNPROCESSABLE_ENTITY, render(&page)).into_response())
}

pub async fn create(
    State(st): State<AppState>,
    auth: Auth,
    Extension(user): Extension<PageUser>,
    uri: Uri,
    Query(q): Query<NewQuery>,
    Form(pairs): Form<Vec<(String, String)>>,
) -> Result<Response, PageError> {
    let mode = mode_of(&q)?;
    let f = Fields::new(pairs);
    let plan_id = match mode {
        Mode::Plan(p) => p,
        Mode::Sub(parent) | Mode::Edit(parent) => st.app.read(&auth).await?.task(parent).await?.plan_id,
    };
    let input = match input(&f, plan_id) {
        Ok(i) => i,
        Err(errors) => return refused(&st, &auth, &user, &uri, mode, f, errors).await,
    };
    let result = match mode {
        Mode::Sub(parent) => app::tasks::create_subtask(&st.app, &auth, parent, input).await,
        _ => app::tasks::create(&st.app, &auth, input).await,
    }
    .map(|t| crate::paths::task(t.id))
    .map_err(ApiError::from);
    finish(result, f, NAMES, |f| build(&st, &auth, &user, &uri, mode, f)).await
}

pub async fn edit_form(
    State(st): State<AppState>,
    auth: Auth,
    Extension(user): Extension<PageUser>,
    uri: Uri,
    Path(id): Path<i64>,
) -> Result<Response, PageError> {
    let (t, plan_issued) = {
        let mut rd = st.app.read(&auth).await?;
        let t = rd.task(id).await?;
        let issued = rd.plan_issued_on(t.plan_id).await?;
        (t, issued)
    };
    let mut pairs = vec![
        ("plan_id", t.plan_id.to_string()),
        ("version", t.version.to_string()),
        ("code", t.code.clone().unwrap_or_default()),
        ("title", t.title.clone()),
        ("details", t.details.clone().unwrap_or_default()),
        ("parent_id", t.parent_id.map(|p| p.to_string()).unwrap_or_default()),
        ("lead_unit_id", t.lead_unit_id.to_string()),
        (
            "responsible_id",
            t.responsible_id.map(|p| p.to_string()).unwrap_or_default(),
        ),
        ("deadline_text", t.deadline_text.clone().unwrap_or_default()),
        ("expected_output", t.expected_output.clone().unwrap_or_default()),
    ];
    if t.is_key {
        pairs.push(("is_key", "1".into()));
    }
    if t.is_group {
        pairs.push(("is_group", "1".into()));
    }
    for c in &t.cooperating_unit_ids {
        pairs.push(("cooperating_unit_ids", c.to_string()));
    }
    // The due date is an override only where it is not what the deadline's text gives.
    let mut f = Fields::from(&pairs);
    let from_text = input(&f, t.plan_id)
        .ok()
        .and_then(|i| i.validate(plan_issued).ok())
        .and_then(|d| d.into_inner().input.due_on);
    if t.due_on.is_some() && from_text != t.due_on {
        pairs.push(("due_on", crate::kit::forms::dmy(t.due_on)));
        f = Fields::from(&pairs);
    }
    Ok(render(&build(&st, &auth, &user, &uri, Mode::Edit(id), f).await?))
}

pub async fn update(
    State(st): State<AppState>,
    auth: Auth,
    Extension(user): Extension<PageUser>,
    uri: Uri,
    Path(id): Path<i64>,
    Form(pairs): Form<Vec<(String, String)>>,
) -> Result<Response, PageError> {
    let f = Fields::new(pairs);
    let plan = st.app.read(&auth).await?.task(id).await?.plan_id;
    let version = match crate::kit::forms::version(f.val("version")) {
        Ok(v) => v,
        Err(e) => return refused(&st, &auth, &user, &uri, Mode::Edit(id), f, vec![e]).await,
    };
    let input = match input(&f, plan) {
        Ok(i) => i,
        Err(errors) => return refused(&st, &auth, &user, &uri, Mode::Edit(id), f, errors).await,
    };
    let result = app::tasks::update(&st.app, &auth, id, version, input)
        .await
        .map(|_| crate::paths::task(id))
        .map_err(ApiError::from);
    finish(result, f, NAMES, |f| build(&st, &auth, &user, &uri, Mode::Edit(id), f)).await
}

#[derive(Template)]
#[template(path = "tasks/cancel_form.html")]
pub struct CancelForm {
    l: Layout,
    f: Fields,
    id: i64,
    title: String,
}

async fn cancel_page(
    st: &AppState,
    auth: &Auth,
    user: &PageUser,
    uri: &Uri,
    id: i64,
    f: Option<Fields>,
) -> Result<CancelForm, ApiError> {
    let mut rd = st.app.read(auth).await?;
    if !rd.may(Operation::CancelTask, Subject::Task(id)).await? {
        rd.check(Subject::Task(id)).await?;
        return Err(crate::auth::forbidden());
    }
    let t = rd.task(id).await?;
    let f = f.unwrap_or_else(|| Fields::from(&[("version", t.version.to_string())]));
    Ok(CancelForm {
        l: Layout::new(Some(user), uri, i18n::t(Lang::current(), "cancel_task"), "tasks"),
        f,
        id,
        title: t.title,
    })
}

pub async fn cancel_form(
    State(st): State<AppState>,
    auth: Auth,
    Extension(user): Extension<PageUser>,
    uri: Uri,
    Path(id): Path<i64>,
) -> Result<Response, PageError> {
    Ok(render(&cancel_page(&st, &auth, &user, &uri, id, None).await?))
}

pub async fn cancel(
    State(st): State<AppState>,
    auth: Auth,
    Extension(user): Extension<PageUser>,
    uri: Uri,
    Path(id): Path<i64>,
    Form(pairs): Form<Vec<(String, String)>>,
) -> Result<Response, PageError> {
    let f = Fields::new(pairs);
    let result = async {
        let version = crate::kit::forms::version(f.val("version"))?;
        if f.val("reason").trim().is_empty() {
            return Err(crate::kit::forms::required(
                "reason",
                "Hãy nhập lý do hủy nhiệm vụ.",
                "Enter why the task is cancelled.",
            ));
        }
        let reason = MessageInput {
            text: f.val("reason").to_string(),
            person_id: None,
        };
        app::tasks::cancel(&st.app, &auth, id, version, reason).await?;
        Ok(format!("{}#lich-su", crate::paths::task(id)))
    }
    .await;
    finish(result, f, &["reason"], |f| {
        cancel_page(&st, &auth, &user, &uri, id, Some(f))
    })
    .await
}
