//! `/nhiem-vu/{id}`: a task, its history as a timeline, and the actions the user may take.

use std::collections::HashMap;

use askama::Template;
use axum::Extension;
use axum::extract::{Path, State};
use axum::http::Uri;
use axum::response::Response;
use chrono::NaiveDate;
use domain::access::Action;
use domain::task::Decision;
use store::access::Subject;

use super::{Layout, PageError, PageUser, fmt, i18n, render, status_class, status_label};
use crate::AppState;
use crate::auth::{Auth, guard};
use crate::error::{ApiError, Lang};

/// What was typed into a refused form, and why it was refused.
#[derive(Default)]
pub struct FormState {
    pub which: String,
    pub values: HashMap<String, String>,
    pub field: String,
    pub message: String,
    /// The error names no field of the form: shown above it.
    pub general: bool,
}

impl FormState {
    /// The value typed into `name` of form `which` (empty unless that form was refused).
    pub fn val(&self, which: &str, name: &str) -> &str {
        if self.which == which {
            self.values.get(name).map(String::as_str).unwrap_or("")
        } else {
            ""
        }
    }

    /// The error of field `name` of form `which`, or "".
    pub fn err(&self, which: &str, name: &str) -> &str {
        if self.which == which && !self.general && self.field == name {
            &self.message
        } else {
            ""
        }
    }

    /// The form-level error of form `which`, or "".
    pub fn general_err(&self, which: &str) -> &str {
        if self.which == which && self.general {
            &self.message
        } else {
            ""
        }
    }

    /// Whether this form was the one refused (to open its <details>).
    pub fn is(&self, which: &str) -> bool {
        self.which == which
    }
}

pub struct Event {
    pub date: String,
    pub sort: (NaiveDate, u8, i64),
    pub kind: &'static str,
    pub heading: String,
    pub text: String,
    pub meta: String,
    pub class: &'static str,
}

pub struct Pending {
    pub id: i64,
    pub text: String,
    /// The form's name in [`FormState`].
    pub which: String,
}

#[derive(Template)]
#[template(path = "task.html")]
pub(super) struct TaskPage {
    l: Layout,
    f: FormState,
    id: i64,
    version: i64,
    code: String,
    title: String,
    details: String,
    is_key: bool,
    plan: String,
    /// The plan's symbol alone, for the breadcrumb (its title is in the facts below).
    plan_symbol: String,
    plan_href: String,
    /// The parent task ("code. title"), when there is one the user may open.
    parent: String,
    parent_href: String,
    lead_unit: String,
    lead_href: String,
    cooperating: Vec<String>,
    responsible: String,
    deadline_text: String,
    due: String,
    original_due: String,
    recurrence: String,
    expected_output: String,
    progress: i32,
    completed_on: String,
    cancelled: String,
    status_label: &'static str,
    status_class: &'static str,
    events: Vec<Event>,
    can_report: bool,
    /// The user may edit or cancel the task (links to the forms).
    can_manage: bool,
    can_extend: bool,
    can_request_explanation: bool,
    pending_extensions: Vec<Pending>,
    open_explanations: Vec<Pending>,
    today: String,
    audit: Vec<super::audit_log::AuditRow>,
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

async fn person_name(
    tx: &mut store::Tx,
    cache: &mut HashMap<i64, String>,
    id: Option<i64>,
) -> Result<String, ApiError> {
    let Some(id) = id else { return Ok(String::new()) };
    if let Some(n) = cache.get(&id) {
        return Ok(n.clone());
    }
    let n = match store::people::get(tx, id).await {
        Ok(p) => p.name,
        Err(store::StoreError::NotFound { .. }) => String::new(),
        Err(e) => return Err(e.into()),
    };
    cache.insert(id, n.clone());
    Ok(n)
}

pub(super) async fn build(
    st: &AppState,
    auth: &Auth,
    user: &PageUser,
    uri: &Uri,
    id: i64,
    f: FormState,
) -> Result<TaskPage, ApiError> {
    let lang = Lang::current();
    let tr = |k: &str| i18n::t(lang, k);
    let clock = st.clock.clock();
    let mut tx = st.db.read().await?;
    let b = guard::check(&mut tx, auth, Action::Read, Subject::Task(id)).await?;
    let target = b.target();
    let p = &auth.principal;
    let task = store::tasks::get(&mut tx, id, &clock).await?;
    let plan = store::documents::get(&mut tx, task.plan_id).await?;
    // The plan's page when the user may open it, else the plan's tasks they may see.
    let plan_href = if super::may_read(&mut tx, auth, Subject::Document(plan.id)).await? {
        format!("/van-ban/{}", plan.id)
    } else {
        format!("/nhiem-vu?ke_hoach={}", plan.id)
    };
    let parent = match task.parent_id {
        Some(pid) if super::may_read(&mut tx, auth, Subject::Task(pid)).await? => {
            let pt = store::tasks::get(&mut tx, pid, &clock).await?;
            match pt.code {
                Some(c) => format!("{c}. {}", pt.title),
                None => pt.title,
            }
        }
        _ => String::new(),
    };
    let lead = store::units::get(&mut tx, task.lead_unit_id).await?;
    let mut cooperating = Vec::new();
    for u in &task.cooperating_unit_ids {
        cooperating.push(store::units::get(&mut tx, *u).await?.name);
    }
    let mut names = HashMap::new();
    let responsible = person_name(&mut tx, &mut names, task.responsible_id).await?;
    let h = store::work::history(&mut tx, id, &clock).await?;
    let audit = super::audit_log::rows(&mut tx, "task", id, lang).await?;
    let by = |n: String| {
        if n.is_empty() {
            String::new()
        } else {
            format!("{}: {n}", tr("by"))
        }
    };
    let mut events = Vec::new();
    for r in &h.progress {
        events.push(Event {
            date: fmt::date(r.reported_on),
            sort: (r.reported_on, 0, r.id),
            kind: tr("ev_progress"),
            heading: format!("{} {}%", tr("ev_progress"), r.percent),
            text: r.body.clone(),
            meta: by(person_name(&mut tx, &mut names, r.author_id).await?),
            class: "ev-progress",
        });
    }
    let mut pending_extensions = Vec::new();
    for e in &h.extensions {
        events.push(Event {
            date: fmt::date(e.requested_on),
            sort: (e.requested_on, 1, e.id),
            kind: tr("ev_extension"),
            heading: format!(
                "{}: {} → {}",
                tr("ev_extension"),
                fmt::opt_date(e.old_due_on),
                fmt::date(e.new_due_on)
            ),
            text: e.reason.clone(),
            meta: by(person_name(&mut tx, &mut names, e.requested_by).await?),
            class: "ev-extension",
        });
        if e.decision == Decision::Pending {
            pending_extensions.push(Pending {
                id: e.id,
                which: format!("decide-{}", e.id),
                text: format!(
                    "{} → {}: {}",
                    fmt::opt_date(e.old_due_on),
                    fmt::date(e.new_due_on),
                    e.reason
                ),
            });
        } else if let Some(on) = e.decided_on {
            let label = match lang {
                Lang::Vi => e.decision.label_vi(),
                Lang::En => e.decision.label_en(),
            };
            events.push(Event {
                date: fmt::date(on),
                sort: (on, 2, e.id),
                kind: tr("ev_decision"),
                heading: format!("{}: {label}", tr("ev_decision")),
                text: e.decision_note.clone().unwrap_or_default(),
                meta: by(person_name(&mut tx, &mut names, e.decided_by).await?),
                class: if e.decision == Decision::Approved {
                    "ev-approved"
                } else {
                    "ev-rejected"
                },
            });
        }
    }
    let mut open_explanations = Vec::new();
    for x in &h.explanations {
        events.push(Event {
            date: fmt::date(x.requested_on),
            sort: (x.requested_on, 3, x.id),
            kind: tr("ev_explanation"),
            heading: tr("ev_explanation").to_string(),
            text: x.question.clone(),
            meta: by(person_name(&mut tx, &mut names, x.requested_by).await?),
            class: "ev-explanation",
        });
        match (x.answered_on, &x.answer) {
            (Some(on), Some(a)) => events.push(Event {
                date: fmt::date(on),
                sort: (on, 4, x.id),
                kind: tr("ev_answer"),
                heading: tr("ev_answer").to_string(),
                text: a.clone(),
                meta: by(person_name(&mut tx, &mut names, x.answered_by).await?),
                class: "ev-answer",
            }),
            _ => open_explanations.push(Pending {
                id: x.id,
                which: format!("answer-{}", x.id),
                text: x.question.clone(),
            }),
        }
    }
    if let Some(on) = task.completed_on {
        events.push(Event {
            date: fmt::date(on),
            sort: (on, 5, 0),
            kind: tr("ev_completed"),
            heading: tr("ev_completed").to_string(),
            text: String::new(),
            meta: String::new(),
            class: "ev-approved",
        });
    }
    if let Some(on) = task.cancelled_on {
        events.push(Event {
            date: fmt::date(on),
            sort: (on, 5, 1),
            kind: tr("ev_cancelled"),
            heading: tr("ev_cancelled").to_string(),
            text: task.cancel_reason.clone().unwrap_or_default(),
            meta: String::new(),
            class: "ev-rejected",
        });
    }
    events.sort_by_key(|e| std::cmp::Reverse(e.sort));
    drop(tx);

    let open = task.completed_on.is_none() && task.cancelled_on.is_none();
    let can_report = open && p.can(Action::ReportWork, &target);
    let status = task.status.unwrap_or_else(|| task.facts().status(&clock));
    let title = task.title.clone();
    Ok(TaskPage {
        l: Layout::new(Some(user), uri, format!("{} — {title}", tr("task")), "tasks"),
        f,
        id,
        version: task.version,
        code: task.code.clone().unwrap_or_default(),
        title,
        details: task.details.clone().unwrap_or_default(),
        is_key: task.is_key,
        plan: format!("{} — {}", plan.symbol, plan.title),
        plan_symbol: if plan.symbol.trim().is_empty() {
            format!("#{}", plan.id)
        } else {
            plan.symbol.clone()
        },
        plan_href,
        parent_href: task.parent_id.map(|p| format!("/nhiem-vu/{p}")).unwrap_or_default(),
        parent,
        lead_href: format!("/don-vi/{}", lead.id),
        lead_unit: lead.name,
        cooperating,
        responsible,
        deadline_text: task.deadline_text.clone().unwrap_or_default(),
        due: fmt::opt_date(task.due_on),
        original_due: match (task.original_due_on, task.due_on) {
            (Some(o), Some(d)) if o != d => fmt::date(o),
            _ => String::new(),
        },
        recurrence: task.recurrence.clone().unwrap_or_default(),
        expected_output: task.expected_output.clone().unwrap_or_default(),
        progress: task.progress,
        completed_on: task.completed_on.map(fmt::date).unwrap_or_default(),
        cancelled: task.cancelled_on.map(fmt::date).unwrap_or_default(),
        status_label: status_label(status),
        status_class: status_class(status),
        events,
        can_report,
        can_manage: open && p.can(Action::ManageWork, &target),
        can_extend: can_report && !task.ext_pending && task.due_on.is_some(),
        can_request_explanation: open && p.can(Action::RequestExplanation, &target),
        pending_extensions: if p.can(Action::DecideExtension, &target) {
            pending_extensions
        } else {
            vec![]
        },
        open_explanations: if p.can(Action::ReportWork, &target) {
            open_explanations
        } else {
            vec![]
        },
        today: clock.today.format("%Y-%m-%d").to_string(),
        audit,
    })
}
