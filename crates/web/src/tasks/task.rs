//! `/nhiem-vu/{id}`: a task, its sub-tasks, its history as a timeline naming who acted and when,
//! and the actions the user may take — each shown only to the side that may take it (the
//! lead side reports, the assigning side decides, leaders direct and urge; nobody decides or
//! answers their own request).

use askama::Template;
use axum::Extension;
use axum::extract::{Path, State};
use axum::http::Uri;
use axum::response::Response;
use chrono::{DateTime, NaiveDate, Utc};
use domain::access::Operation;
use domain::task::{Decision, NoteKind};
use store::access::Subject;
use store::model::Task;
use store::tasks::{TaskFilter, TaskSort};

use crate::AppState;
use crate::auth::Auth;
use crate::error::{ApiError, Lang};
use crate::kit::attachments::FileLink;
use crate::kit::timeline::{Event, Names, entry_time};
use crate::kit::{Layout, PageError, PageUser, fmt, i18n, label, render, status_class, status_label};

use crate::kit::forms::FormState;

/// A request awaiting the user's decision or answer.
pub struct Pending {
    pub id: i64,
    pub text: String,
    /// The form's name in [`FormState`].
    pub which: String,
    /// For an extension request: the date asked, as dd/mm/yyyy.
    pub asked: String,
}

/// A sub-task line.
pub struct Child {
    pub href: String,
    pub code: String,
    pub title: String,
    pub unit: String,
    pub due: String,
    pub status_label: &'static str,
    pub status_class: &'static str,
    pub is_group: bool,
}

/// A choice in a select.
pub struct Choice {
    pub value: String,
    pub label: String,
    pub selected: bool,
}

/// A unit or document named on the page: a link when the user may open it, plain text otherwise
/// (never a link to a 404).
pub struct Named {
    pub text: String,
    pub href: String,
}

#[derive(Template)]
#[template(path = "tasks/task.html")]
pub(super) struct TaskPage {
    l: Layout,
    f: FormState,
    id: i64,
    version: i64,
    code: String,
    title: String,
    details: String,
    is_key: bool,
    is_group: bool,
    plan: Named,
    plan_symbol: String,
    parent: Named,
    lead: Named,
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
    children: Vec<Child>,
    can_report: bool,
    /// The size limit of one attached file, as shown ("20 MB").
    upload_limit: String,
    can_complete: bool,
    can_edit: bool,
    can_cancel: bool,
    can_split: bool,
    can_set_responsible: bool,
    can_extend: bool,
    can_request_explanation: bool,
    can_comment: bool,
    can_urge: bool,
    pending_extensions: Vec<Pending>,
    open_explanations: Vec<Pending>,
    /// Units that may be asked to explain (the lead unit first).
    addressees: Vec<Choice>,
    /// People the lead unit may name as responsible.
    people: Vec<Choice>,
    audit: Vec<crate::audit::pages::AuditRow>,
    show_addresses: bool,
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

/// A day's start, for entries kept without a time of their own.
fn day_start(d: NaiveDate) -> DateTime<Utc> {
    d.and_hms_opt(0, 0, 0).map(|t| t.and_utc()).unwrap_or_default()
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
    let mut rd = st.app.read(auth).await?;
    let clock = rd.clock();
    let b = rd.belonging(Subject::Task(id)).await?;
    let task = rd.task(id).await?;
    let principal = &auth.principal;
    let may = |op: Operation| principal.may(op, &b.target());
    let (can_read_plan, can_read_lead) = (
        rd.may_read(Subject::Document(task.plan_id)).await?,
        rd.may_read(Subject::Unit(task.lead_unit_id)).await?,
    );
    let plan = store_plan(&mut rd, task.plan_id).await?;
    let parent = match task.parent_id {
        Some(pid) if rd.may_read(Subject::Task(pid)).await? => {
            let pt = rd.task(pid).await?;
            Named {
                text: titled(&pt),
                href: crate::paths::task(pid),
            }
        }
        _ => Named {
            text: String::new(),
            href: String::new(),
        },
    };
    let mut unit_ids = vec![task.lead_unit_id];
    unit_ids.extend(&task.cooperating_unit_ids);
    let h = rd.history(id).await?;
    let mut person_ids: Vec<i64> = task.responsible_id.into_iter().collect();
    let mut user_ids: Vec<i64> = Vec::new();
    for r in &h.progress {
        person_ids.extend(r.author_id);
        user_ids.extend(r.entered_by);
    }
    for e in &h.extensions {
        person_ids.extend(e.requested_by.into_iter().chain(e.decided_by));
        user_ids.extend(e.requested_by_user.into_iter().chain(e.decided_by_user));
    }
    for x in &h.explanations {
        person_ids.extend(x.requested_by.into_iter().chain(x.answered_by));
        user_ids.extend(x.requested_by_user.into_iter().chain(x.answered_by_user));
        unit_ids.extend(x.addressee_unit_id);
    }
    for n in &h.notes {
        person_ids.extend(n.person_id);
        user_ids.extend(n.entered_by);
    }
    let names = Names {
        people: rd.person_names(&person_ids).await?,
        users: rd.user_names(&user_ids).await?,
        lang,
    };
    let units = rd.unit_names(&unit_ids).await?;
    let unit_name = |u: i64| units.get(&u).cloned().unwrap_or_default();
    let me_user = auth.principal.user_id;
    let me_person = auth.principal.person_id;

    let attached = rd.task_files(id).await?;
    let files_of = |report: i64| {
        attached
            .iter()
            .filter(|f| f.record_kind == "progress_report" && f.record_id == report)
            .map(FileLink::of)
            .collect::<Vec<_>>()
    };
    let mut events: Vec<Event> = Vec::new();
    for r in &h.progress {
        if r.percent >= 100 {
            continue;
        }
        events.push(Event {
            at: r.created_at,
            when: entry_time(r.reported_on, r.created_at),
            kind: tr("ev_progress"),
            heading: format!("{} {}%", tr("ev_progress"), r.percent),
            text: r.body.clone(),
            evidence: r.evidence.0.clone(),
            files: files_of(r.id),
            who: names.who(r.author_id, r.entered_by),
            class: "ev-progress",
        });
    }
    let mut pending_extensions = Vec::new();
    for e in &h.extensions {
        events.push(Event {
            at: e.created_at,
            when: entry_time(e.requested_on, e.created_at),
            kind: tr("ev_extension"),
            heading: format!(
                "{}: {} → {}",
                tr("ev_extension"),
                fmt::opt_date(e.old_due_on),
                fmt::date(e.new_due_on)
            ),
            text: e.reason.clone(),
            evidence: vec![],
            files: vec![],
            who: names.who(e.requested_by, e.requested_by_user),
            class: "ev-extension",
        });
        let mine = e.requested_by_user == Some(me_user) || (e.requested_by.is_some() && e.requested_by == me_person);
        if e.decision == Decision::Pending {
            if !mine {
                pending_extensions.push(Pending {
                    id: e.id,
                    which: format!("decide-{}", e.id),
                    text: format!(
                        "{} → {}: {}",
                        fmt::opt_date(e.old_due_on),
                        fmt::date(e.new_due_on),
                        e.reason
                    ),
                    asked: fmt::date(e.new_due_on),
                });
            }
        } else if let Some(on) = e.decided_on {
            let granted = match (e.decision, e.granted_due_on) {
                (Decision::Approved, Some(g)) if g != e.new_due_on => {
                    format!(" ({} {})", tr("granted_until"), fmt::date(g))
                }
                _ => String::new(),
            };
            events.push(Event {
                at: e.decided_at.unwrap_or_else(|| day_start(on)),
                when: entry_time(on, e.decided_at.unwrap_or_else(|| day_start(on))),
                kind: tr("ev_decision"),
                heading: format!(
                    "{}: {}{granted}",
                    tr("ev_decision"),
                    label(e.decision.label_vi(), e.decision.label_en())
                ),
                text: e.decision_note.clone().unwrap_or_default(),
                evidence: vec![],
                files: vec![],
                who: names.who(e.decided_by, e.decided_by_user),
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
        let to = x.addressee_unit_id.map(unit_name).unwrap_or_default();
        let due = x
            .answer_due_on
            .map(|d| format!(" — {} {}", tr("answer_by"), fmt::date(d)))
            .unwrap_or_default();
        events.push(Event {
            at: x.created_at,
            when: entry_time(x.requested_on, x.created_at),
            kind: tr("ev_explanation"),
            heading: if to.is_empty() {
                format!("{}{due}", tr("ev_explanation"))
            } else {
                format!("{} {to}{due}", tr("ev_explanation_to"))
            },
            text: x.question.clone(),
            evidence: vec![],
            files: vec![],
            who: names.who(x.requested_by, x.requested_by_user),
            class: "ev-explanation",
        });
        match (x.answered_on, &x.answer) {
            (Some(on), Some(a)) => events.push(Event {
                at: x.answered_at.unwrap_or_else(|| day_start(on)),
                when: entry_time(on, x.answered_at.unwrap_or_else(|| day_start(on))),
                kind: tr("ev_answer"),
                heading: tr("ev_answer").to_string(),
                text: a.clone(),
                evidence: vec![],
                files: vec![],
                who: names.who(x.answered_by, x.answered_by_user),
                class: "ev-answer",
            }),
            _ => {
                let asked_by_me =
                    x.requested_by_user == Some(me_user) || (x.requested_by.is_some() && x.requested_by == me_person);
                let addressee_is_lead = x.addressee_unit_id.is_none_or(|u| u == task.lead_unit_id);
                let may_answer = if addressee_is_lead {
                    may(Operation::AnswerExplanation)
                } else {
                    may(Operation::ReportProgress)
                };
                if may_answer && !asked_by_me {
                    open_explanations.push(Pending {
                        id: x.id,
                        which: format!("answer-{}", x.id),
                        text: format!("{}{due}", x.question),
                        asked: String::new(),
                    });
                }
            }
        }
    }
    for n in &h.notes {
        let (kind, class) = match n.kind {
            NoteKind::Comment => (tr("ev_comment"), "ev-comment"),
            NoteKind::Urge => (tr("ev_urge"), "ev-urge"),
        };
        events.push(Event {
            at: n.created_at,
            when: entry_time(n.created_at.date_naive(), n.created_at),
            kind,
            heading: kind.to_string(),
            text: n.body.clone(),
            evidence: vec![],
            files: vec![],
            who: names.who(n.person_id, n.entered_by),
            class,
        });
    }
    if let Some(on) = task.completed_on {
        let report = h.progress.iter().rev().find(|r| r.percent >= 100);
        let stamp = report.map(|r| r.created_at).unwrap_or_else(|| day_start(on));
        events.push(Event {
            at: stamp,
            when: entry_time(on, stamp),
            kind: tr("ev_completed"),
            heading: tr("ev_completed").to_string(),
            text: report.map(|r| r.body.clone()).unwrap_or_default(),
            evidence: report.map(|r| r.evidence.0.clone()).unwrap_or_default(),
            files: vec![],
            who: report.map(|r| names.who(r.author_id, r.entered_by)).unwrap_or_default(),
            class: "ev-approved",
        });
    }
    if let Some(on) = task.cancelled_on {
        events.push(Event {
            at: task.updated_at,
            when: entry_time(on, task.updated_at),
            kind: tr("ev_cancelled"),
            heading: tr("ev_cancelled").to_string(),
            text: task.cancel_reason.clone().unwrap_or_default(),
            evidence: vec![],
            files: vec![],
            who: String::new(),
            class: "ev-rejected",
        });
    }
    // Newest first, by the time each entry was made.
    events.sort_by_key(|e| std::cmp::Reverse(e.at));

    let children = rd
        .tasks(
            TaskFilter {
                parent_id: Some(id),
                include_groups: true,
                sort: TaskSort::Code,
                ..Default::default()
            },
            500,
            0,
        )
        .await?
        .items;
    let child_units = rd
        .unit_names(&children.iter().map(|c| c.lead_unit_id).collect::<Vec<_>>())
        .await?;
    let children = children
        .iter()
        .map(|c| {
            let s = c.status.unwrap_or_else(|| c.facts().status(&clock));
            Child {
                href: crate::paths::task(c.id),
                code: c.code.clone().unwrap_or_default(),
                title: c.title.clone(),
                unit: child_units.get(&c.lead_unit_id).cloned().unwrap_or_default(),
                due: fmt::opt_date(c.due_on),
                status_label: status_label(s),
                status_class: status_class(s),
                is_group: c.is_group,
            }
        })
        .collect();

    let open = task.completed_on.is_none() && task.cancelled_on.is_none();
    let can_set_responsible = open && may(Operation::SetResponsible);
    let people = if can_set_responsible {
        responsible_choices(&mut rd, &task).await?
    } else {
        Vec::new()
    };
    let addressees = std::iter::once(task.lead_unit_id)
        .chain(task.cooperating_unit_ids.iter().copied())
        .enumerate()
        .map(|(i, u)| Choice {
            value: u.to_string(),
            label: unit_name(u),
            selected: i == 0,
        })
        .collect();
    let audit = crate::audit::pages::rows(&mut rd, Subject::Task(id), lang).await?;
    let show_addresses = auth.principal.may_at_all(domain::access::Action::ManageUsers);
    let can_report = open && may(Operation::ReportProgress);
    let can_complete = open && may(Operation::CompleteTask);
    let can_edit = may(Operation::UpdateTask);
    let can_cancel = open && may(Operation::CancelTask);
    let can_split = open && may(Operation::CreateSubtask);
    let can_extend = open && may(Operation::RequestExtension) && !task.ext_pending && task.due_on.is_some();
    let can_request_explanation = may(Operation::RequestExplanation);
    let can_comment = may(Operation::CommentTask);
    let can_urge = open && may(Operation::UrgeTask);
    let pending_extensions = if may(Operation::DecideExtension) {
        pending_extensions
    } else {
        vec![]
    };
    let responsible = task
        .responsible_id
        .and_then(|p| names.people.get(&p).cloned())
        .unwrap_or_default();
    drop(rd);

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
        is_group: task.is_group,
        plan_symbol: if plan.0.trim().is_empty() {
            format!("#{}", task.plan_id)
        } else {
            plan.0.clone()
        },
        plan: Named {
            text: format!("{} — {}", plan.0, plan.1),
            href: if can_read_plan {
                crate::paths::document(task.plan_id)
            } else {
                String::new()
            },
        },
        parent,
        lead: Named {
            text: unit_name(task.lead_unit_id),
            href: if can_read_lead {
                crate::paths::unit(task.lead_unit_id)
            } else {
                String::new()
            },
        },
        cooperating: task.cooperating_unit_ids.iter().map(|u| unit_name(*u)).collect(),
        responsible,
        deadline_text: task.deadline_text.clone().unwrap_or_default(),
        due: fmt::opt_date(task.due_on),
        original_due: match (task.original_due_on, task.due_on) {
            (Some(o), Some(d)) if o != d => fmt::date(o),
            _ => String::new(),
        },
        recurrence: task
            .recurrence
            .as_deref()
            .and_then(domain::task::Recurrence::parse)
            .map(|r| label(r.label_vi(), r.label_en()).to_string())
            .unwrap_or_default(),
        expected_output: task.expected_output.clone().unwrap_or_default(),
        progress: task.progress,
        completed_on: task.completed_on.map(fmt::date).unwrap_or_default(),
        cancelled: task.cancelled_on.map(fmt::date).unwrap_or_default(),
        status_label: status_label(status),
        status_class: status_class(status),
        events,
        children,
        can_report,
        upload_limit: crate::kit::attachments::size(st.app.settings.files.max_bytes),
        can_complete,
        can_edit,
        can_cancel,
        can_split,
        can_set_responsible,
        can_extend,
        can_request_explanation,
        can_comment,
        can_urge,
        pending_extensions,
        open_explanations,
        addressees,
        people,
        audit,
        show_addresses,
    })
}

/// The plan's symbol and title (the plan of a visible task is named even when its page is not
/// open to the user: it says what the work implements).
async fn store_plan(rd: &mut app::read::Reader<'_>, plan_id: i64) -> Result<(String, String), ApiError> {
    Ok(rd.plan_heading(plan_id).await?)
}

/// "II.1. Title", or the title alone.
fn titled(t: &Task) -> String {
    match &t.code {
        Some(c) => format!("{c}. {}", t.title),
        None => t.title.clone(),
    }
}

/// The people the task's lead unit may name as responsible: those of the units it directs that
/// the user sees, the current one selected.
async fn responsible_choices(rd: &mut app::read::Reader<'_>, task: &Task) -> Result<Vec<Choice>, ApiError> {
    let people = rd.assignable_people(task.lead_unit_id, None, 300).await?;
    let mut out: Vec<Choice> = people
        .into_iter()
        .map(|p| Choice {
            selected: Some(p.id) == task.responsible_id,
            value: p.id.to_string(),
            label: match p.position {
                Some(pos) => format!("{} — {pos}", p.name),
                None => p.name,
            },
        })
        .collect();
    out.insert(
        0,
        Choice {
            value: String::new(),
            label: i18n::t(Lang::current(), "nobody").to_string(),
            selected: task.responsible_id.is_none(),
        },
    );
    Ok(out)
}
