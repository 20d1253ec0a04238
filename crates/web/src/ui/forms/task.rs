//! `/nhiem-vu/moi?ke_hoach=…`, `/nhiem-vu/{id}/sua`, `/nhiem-vu/{id}/huy`: assigning,
//! editing and cancelling a task (ManageWork, as `api::tasks` and `api::work::cancel`). The
//! parent task is one of the same plan's (the store refuses others and cycles).

use askama::Template;
use axum::extract::{Path, Query, State};
use axum::http::Uri;
use axum::response::Response;
use axum::{Extension, Form};
use domain::access::Action;
use domain::task::{MessageInput, TaskInput};
use serde::Deserialize;
use store::access::Subject;

use super::{Fields, Opt, finish, opt, opt_date, opt_id};
use crate::AppState;
use crate::auth::{Auth, guard};
use crate::error::{ApiError, Lang};
use crate::ui::{Layout, PageError, PageUser, fmt, i18n, render};

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

#[derive(Template)]
#[template(path = "forms/task.html")]
pub struct TaskForm {
    l: Layout,
    f: Fields,
    heading: String,
    action: String,
    editing: bool,
    plan: String,
    plan_href: String,
    back_href: String,
    units: Vec<Opt>,
    people: Vec<Opt>,
    /// The plan's other tasks, to choose the parent task from.
    parents: Vec<Opt>,
    current_due: String,
}

/// Most tasks offered as the parent task.
const MAX_PARENTS: i64 = 300;

/// The plan's tasks the user may see, by number, but not `task` itself nor the tasks under
/// it; plus the parent already chosen when missing.
async fn parent_options(
    tx: &mut store::Tx,
    auth: &Auth,
    clock: &domain::status::Clock,
    plan_id: i64,
    task: Option<i64>,
    chosen: &str,
) -> Result<Vec<Opt>, ApiError> {
    let filter = store::tasks::TaskFilter {
        plan_id: Some(plan_id),
        sort: store::tasks::TaskSort::Code,
        visibility: Some(guard::task_visibility(auth)),
        ..Default::default()
    };
    let mut tasks = store::tasks::list(tx, &filter, clock, MAX_PARENTS, 0).await?.items;
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
        && crate::ui::may_read(tx, auth, Subject::Task(id)).await?
    {
        tasks.push(store::tasks::get(tx, id, clock).await?);
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

/// The units offered: those in the plan issuer's subtree the user may manage work for,
/// and any already chosen.
async fn options(tx: &mut store::Tx, auth: &Auth, issuer: i64, f: &Fields) -> Result<(Vec<Opt>, Vec<Opt>), ApiError> {
    let uf = store::units::UnitFilter {
        within: Some(issuer),
        scope: Some(auth.principal.scope(Action::ManageWork)),
        ..Default::default()
    };
    let mut units = store::units::list(tx, &uf, 500, 0).await?.items;
    let mut chosen: Vec<&str> = f.all("cooperating_unit_ids");
    chosen.push(f.val("lead_unit_id"));
    for c in chosen {
        if let Ok(id) = c.parse::<i64>()
            && !units.iter().any(|u| u.id == id)
            && let Ok(u) = store::units::get(tx, id).await
        {
            units.push(u);
        }
    }
    units.sort_by_key(|u| vntext::collation_key(&u.name));
    let pf = store::people::PersonFilter {
        within: Some(issuer),
        scope: Some(auth.principal.scope(Action::Read)),
        ..Default::default()
    };
    let mut people = store::people::list(tx, &pf, 500, 0).await?.items;
    if let Ok(id) = f.val("responsible_id").parse::<i64>()
        && !people.iter().any(|p| p.id == id)
        && let Ok(p) = store::people::get(tx, id).await
    {
        people.push(p);
    }
    let unit_opts = units
        .into_iter()
        .map(|u| Opt {
            value: u.id.to_string(),
            label: u.name,
        })
        .collect();
    let people_opts = people
        .into_iter()
        .map(|p| Opt {
            value: p.id.to_string(),
            label: match p.position {
                Some(pos) => format!("{} — {pos}", p.name),
                None => p.name,
            },
        })
        .collect();
    Ok((unit_opts, people_opts))
}

/// The form for plan `plan_id` (new) or task `task` (edit); the user may manage its work.
async fn build(
    st: &AppState,
    auth: &Auth,
    user: &PageUser,
    uri: &Uri,
    task: Option<i64>,
    plan_id: i64,
    f: Fields,
) -> Result<TaskForm, ApiError> {
    let lang = Lang::current();
    let mut tx = st.db.read().await?;
    match task {
        Some(id) => guard::check(&mut tx, auth, Action::ManageWork, Subject::Task(id)).await?,
        None => guard::check(&mut tx, auth, Action::ManageWork, Subject::Document(plan_id)).await?,
    };
    let plan = store::documents::get(&mut tx, plan_id).await?;
    let (units, people) = options(&mut tx, auth, plan.issuer_unit_id, &f).await?;
    let parents = parent_options(&mut tx, auth, &st.clock.clock(), plan_id, task, f.val("parent_id")).await?;
    let current_due = match task {
        Some(id) => {
            let t = store::tasks::get(&mut tx, id, &st.clock.clock()).await?;
            match (t.due_on, t.recurrence) {
                (Some(d), _) => fmt::date(d),
                (None, Some(r)) => r,
                _ => String::new(),
            }
        }
        None => String::new(),
    };
    let heading = match task {
        Some(_) => i18n::t(lang, "edit_task").to_string(),
        None => i18n::t(lang, "new_task").to_string(),
    };
    Ok(TaskForm {
        l: Layout::new(Some(user), uri, heading.clone(), "tasks"),
        f,
        action: match task {
            Some(id) => format!("/nhiem-vu/{id}/sua"),
            None => format!("/nhiem-vu/moi?ke_hoach={plan_id}"),
        },
        editing: task.is_some(),
        heading,
        plan: format!("{} — {}", plan.symbol, plan.title),
        plan_href: format!("/van-ban/{plan_id}"),
        back_href: match task {
            Some(id) => format!("/nhiem-vu/{id}"),
            None => format!("/van-ban/{plan_id}"),
        },
        units,
        people,
        parents,
        current_due,
    })
}

#[derive(Deserialize)]
pub struct NewQuery {
    #[serde(default)]
    ke_hoach: String,
}

fn plan_of(q: &NewQuery) -> Result<i64, ApiError> {
    q.ke_hoach
        .trim()
        .parse()
        .map_err(|_| guard::not_visible(Subject::Document(0)))
}

pub async fn new_form(
    State(st): State<AppState>,
    auth: Auth,
    Extension(user): Extension<PageUser>,
    uri: Uri,
    Query(q): Query<NewQuery>,
) -> Result<Response, PageError> {
    let plan = plan_of(&q)?;
    let f = Fields::from(&[("plan_id", plan.to_string())]);
    Ok(render(&build(&st, &auth, &user, &uri, None, plan, f).await?))
}

/// The task as typed; the deadline is computed from its text unless a date is given.
fn input(f: &Fields, plan_id: i64) -> Result<TaskInput, ApiError> {
    super::need(f, "title", "Hãy nhập nội dung nhiệm vụ.", "Enter what the task is.")?;
    let mut cooperating = Vec::new();
    for c in f.all("cooperating_unit_ids") {
        cooperating.push(super::id("cooperating_unit_ids", c)?);
    }
    Ok(TaskInput {
        plan_id,
        parent_id: opt_id("parent_id", f.val("parent_id"))?,
        code: opt(f.val("code")),
        title: f.val("title").to_string(),
        details: opt(f.val("details")),
        is_key: f.has("is_key", "1"),
        lead_unit_id: super::id("lead_unit_id", f.val("lead_unit_id"))?,
        cooperating_unit_ids: cooperating,
        responsible_id: opt_id("responsible_id", f.val("responsible_id"))?,
        deadline_text: opt(f.val("deadline_text")),
        due_on: opt_date("due_on", f.val("due_on"))?,
        recurrence: None,
        expected_output: opt(f.val("expected_output")),
    })
}

pub async fn create(
    State(st): State<AppState>,
    auth: Auth,
    Extension(user): Extension<PageUser>,
    uri: Uri,
    Query(q): Query<NewQuery>,
    Form(pairs): Form<Vec<(String, String)>>,
) -> Result<Response, PageError> {
    let plan = plan_of(&q)?;
    let f = Fields::new(pairs);
    let result = async {
        let input = input(&f, plan)?;
        let clock = st.clock.clock();
        let mut tx = st.db.write_as(auth.actor.clone()).await?;
        guard::check_ref(&mut tx, &auth, Action::ManageWork, Subject::Document(plan), "plan_id").await?;
        let t = store::tasks::create(&mut tx, input, &clock).await?;
        tx.commit().await?;
        Ok(format!("/nhiem-vu/{}", t.id))
    }
    .await;
    finish(result, f, NAMES, |f| build(&st, &auth, &user, &uri, None, plan, f)).await
}

pub async fn edit_form(
    State(st): State<AppState>,
    auth: Auth,
    Extension(user): Extension<PageUser>,
    uri: Uri,
    Path(id): Path<i64>,
) -> Result<Response, PageError> {
    let (t, plan_issued) = {
        let mut tx = st.db.read().await?;
        guard::check(&mut tx, &auth, Action::ManageWork, Subject::Task(id)).await?;
        let t = store::tasks::get(&mut tx, id, &st.clock.clock()).await?;
        let issued = store::documents::get(&mut tx, t.plan_id).await?.issued_on;
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
        pairs.push(("due_on", super::iso(t.due_on)));
        f = Fields::from(&pairs);
    }
    Ok(render(&build(&st, &auth, &user, &uri, Some(id), t.plan_id, f).await?))
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
    let plan = {
        let mut tx = st.db.read().await?;
        guard::check(&mut tx, &auth, Action::ManageWork, Subject::Task(id)).await?;
        store::tasks::get(&mut tx, id, &st.clock.clock()).await?.plan_id
    };
    let result = async {
        let version = super::version(f.val("version"))?;
        let input = input(&f, plan)?;
        let clock = st.clock.clock();
        let mut tx = st.db.write_as(auth.actor.clone()).await?;
        guard::check(&mut tx, &auth, Action::ManageWork, Subject::Task(id)).await?;
        guard::check_ref(&mut tx, &auth, Action::ManageWork, Subject::Document(plan), "plan_id").await?;
        store::tasks::update(&mut tx, id, version, input, &clock).await?;
        tx.commit().await?;
        Ok(format!("/nhiem-vu/{id}"))
    }
    .await;
    finish(result, f, NAMES, |f| build(&st, &auth, &user, &uri, Some(id), plan, f)).await
}

#[derive(Template)]
#[template(path = "forms/cancel_task.html")]
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
    let mut tx = st.db.read().await?;
    guard::check(&mut tx, auth, Action::ManageWork, Subject::Task(id)).await?;
    let t = store::tasks::get(&mut tx, id, &st.clock.clock()).await?;
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
        let version = super::version(f.val("version"))?;
        if f.val("reason").trim().is_empty() {
            return Err(super::required(
                "reason",
                "Hãy nhập lý do hủy nhiệm vụ.",
                "Enter why the task is cancelled.",
            ));
        }
        let reason = MessageInput {
            text: f.val("reason").to_string(),
            person_id: auth.principal.person_id,
        };
        let clock = st.clock.clock();
        let mut tx = st.db.write_as(auth.actor.clone()).await?;
        guard::check(&mut tx, &auth, Action::ManageWork, Subject::Task(id)).await?;
        store::work::cancel(&mut tx, id, version, reason, &clock).await?;
        tx.commit().await?;
        Ok(format!("/nhiem-vu/{id}#lich-su"))
    }
    .await;
    finish(result, f, &["reason"], |f| {
        cancel_page(&st, &auth, &user, &uri, id, Some(f))
    })
    .await
}
