//! `/nhiem-vu/{id}`: a task, its history as a timeline, and the actions the user may take.

use std::collections::HashMap;

use askama::Template;
use axum::extract::{Path, State};
use axum::http::{StatusCode, Uri};
use axum::response::{IntoResponse, Redirect, Response};
use axum::{Extension, Form};
use chrono::NaiveDate;
use domain::FieldError;
use domain::access::Action;
use domain::task::{CompleteInput, Decision, DecisionInput, ExtensionInput, MessageInput, ProgressInput};
use serde::Deserialize;
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
struct TaskPage {
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

async fn build(
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

/// After a form: 303 back to the task (post/redirect/get); or the page again with the
/// error beside the field and what was typed (422, 409), or the error page (404, 403).
/// Where a form was posted: the request's context, to render the page again.
struct Ctx<'a> {
    st: &'a AppState,
    auth: &'a Auth,
    user: &'a PageUser,
    uri: &'a Uri,
    id: i64,
}

async fn finish(
    c: Ctx<'_>,
    which: &str,
    fields: &[&str],
    values: HashMap<String, String>,
    result: Result<(), ApiError>,
) -> Result<Response, PageError> {
    let e = match result {
        Ok(()) => return Ok(Redirect::to(&format!("/nhiem-vu/{}#lich-su", c.id)).into_response()),
        Err(e) => e,
    };
    if !matches!(e.status, StatusCode::UNPROCESSABLE_ENTITY | StatusCode::CONFLICT) {
        return Err(PageError(e));
    }
    let field = e.field.clone().unwrap_or_default();
    let f = FormState {
        which: which.to_string(),
        values,
        general: !fields.contains(&field.as_str()),
        field,
        message: match Lang::current() {
            Lang::Vi => e.message_vi.clone(),
            Lang::En => e.message_en.clone(),
        },
    };
    let page = build(c.st, c.auth, c.user, c.uri, c.id, f).await?;
    Ok((e.status, render(&page)).into_response())
}

fn invalid(field: &str, vi: &str, en: &str) -> ApiError {
    FieldError::invalid(field, vi, en).into()
}

/// A date as typed: `2023-12-31` (date inputs) or `31/12/2023`.
fn parse_date(field: &str, s: &str) -> Result<NaiveDate, ApiError> {
    let s = s.trim();
    NaiveDate::parse_from_str(s, "%Y-%m-%d")
        .or_else(|_| NaiveDate::parse_from_str(s, "%d/%m/%Y"))
        .map_err(|_| {
            invalid(
                field,
                "Ngày không hợp lệ; hãy nhập theo dạng ngày/tháng/năm, ví dụ 31/12/2023.",
                "Invalid date; write it as dd/mm/yyyy, e.g. 31/12/2023.",
            )
        })
}

fn opt(s: &str) -> Option<String> {
    let s = s.trim();
    (!s.is_empty()).then(|| s.to_string())
}

#[derive(Deserialize)]
pub struct ProgressForm {
    #[serde(default)]
    percent: String,
    #[serde(default)]
    text: String,
}

pub async fn progress(
    State(st): State<AppState>,
    auth: Auth,
    Extension(user): Extension<PageUser>,
    uri: Uri,
    Path(id): Path<i64>,
    Form(f): Form<ProgressForm>,
) -> Result<Response, PageError> {
    let result = async {
        let percent = match f.percent.trim().parse::<i32>() {
            Ok(p) if (0..100).contains(&p) => p,
            _ => {
                return Err(invalid(
                    "percent",
                    "Tỷ lệ hoàn thành phải là số nguyên từ 0 đến 99; khi xong việc, hãy dùng “Đánh dấu hoàn thành”.",
                    "Percent must be a whole number from 0 to 99; when the work is done, mark the task complete.",
                ));
            }
        };
        let input = ProgressInput {
            reported_on: None,
            percent,
            text: f.text.clone(),
            evidence: vec![],
            author_id: auth.principal.person_id,
        };
        let clock = st.clock.clock();
        let mut tx = st.db.write_as(auth.actor.clone()).await?;
        guard::check(&mut tx, &auth, Action::ReportWork, Subject::Task(id)).await?;
        store::work::report_progress(&mut tx, id, input, &clock).await?;
        tx.commit().await?;
        Ok(())
    }
    .await;
    let values = HashMap::from([("percent".into(), f.percent), ("text".into(), f.text)]);
    finish(
        Ctx {
            st: &st,
            auth: &auth,
            user: &user,
            uri: &uri,
            id,
        },
        "progress",
        &["percent", "text"],
        values,
        result,
    )
    .await
}

#[derive(Deserialize)]
pub struct CompleteForm {
    #[serde(default)]
    version: String,
    #[serde(default)]
    completed_on: String,
    #[serde(default)]
    note: String,
}

pub async fn complete(
    State(st): State<AppState>,
    auth: Auth,
    Extension(user): Extension<PageUser>,
    uri: Uri,
    Path(id): Path<i64>,
    Form(f): Form<CompleteForm>,
) -> Result<Response, PageError> {
    let result = async {
        let version = f.version.trim().parse::<i64>().map_err(|_| {
            invalid(
                "version",
                "Thiếu phiên bản của nhiệm vụ; hãy tải lại trang.",
                "Missing version; reload the page.",
            )
        })?;
        let completed_on = match opt(&f.completed_on) {
            Some(s) => Some(parse_date("completed_on", &s)?),
            None => None,
        };
        let input = CompleteInput {
            completed_on,
            note: opt(&f.note),
            author_id: auth.principal.person_id,
            version,
        };
        let clock = st.clock.clock();
        let mut tx = st.db.write_as(auth.actor.clone()).await?;
        guard::check(&mut tx, &auth, Action::ReportWork, Subject::Task(id)).await?;
        store::work::complete(&mut tx, id, input, &clock).await?;
        tx.commit().await?;
        Ok(())
    }
    .await;
    let values = HashMap::from([("completed_on".into(), f.completed_on), ("note".into(), f.note)]);
    finish(
        Ctx {
            st: &st,
            auth: &auth,
            user: &user,
            uri: &uri,
            id,
        },
        "complete",
        &["completed_on", "note"],
        values,
        result,
    )
    .await
}

#[derive(Deserialize)]
pub struct ExtensionForm {
    #[serde(default)]
    new_due_on: String,
    #[serde(default)]
    reason: String,
}

pub async fn extension(
    State(st): State<AppState>,
    auth: Auth,
    Extension(user): Extension<PageUser>,
    uri: Uri,
    Path(id): Path<i64>,
    Form(f): Form<ExtensionForm>,
) -> Result<Response, PageError> {
    let result = async {
        if f.new_due_on.trim().is_empty() {
            return Err(FieldError::new(
                "new_due_on",
                "required",
                "Hãy nhập thời hạn đề nghị.",
                "Enter the requested due date.",
            )
            .into());
        }
        let input = ExtensionInput {
            new_due_on: parse_date("new_due_on", &f.new_due_on)?,
            reason: f.reason.clone(),
            requested_by: auth.principal.person_id,
        };
        let clock = st.clock.clock();
        let mut tx = st.db.write_as(auth.actor.clone()).await?;
        guard::check(&mut tx, &auth, Action::ReportWork, Subject::Task(id)).await?;
        store::work::request_extension(&mut tx, id, input, &clock).await?;
        tx.commit().await?;
        Ok(())
    }
    .await;
    let values = HashMap::from([("new_due_on".into(), f.new_due_on), ("reason".into(), f.reason)]);
    finish(
        Ctx {
            st: &st,
            auth: &auth,
            user: &user,
            uri: &uri,
            id,
        },
        "extension",
        &["new_due_on", "reason"],
        values,
        result,
    )
    .await
}

#[derive(Deserialize)]
pub struct DecisionForm {
    #[serde(default)]
    approve: String,
    #[serde(default)]
    note: String,
}

pub async fn decide(
    State(st): State<AppState>,
    auth: Auth,
    Extension(user): Extension<PageUser>,
    uri: Uri,
    Path((id, rid)): Path<(i64, i64)>,
    Form(f): Form<DecisionForm>,
) -> Result<Response, PageError> {
    let which = format!("decide-{rid}");
    let result = async {
        let approve = match f.approve.as_str() {
            "yes" => true,
            "no" => false,
            _ => {
                return Err(invalid(
                    "approve",
                    "Hãy chọn đồng ý hoặc không đồng ý.",
                    "Choose approve or reject.",
                ));
            }
        };
        let input = DecisionInput {
            approve,
            note: opt(&f.note),
            decided_by: auth.principal.person_id,
        };
        let clock = st.clock.clock();
        let mut tx = st.db.write_as(auth.actor.clone()).await?;
        guard::check(&mut tx, &auth, Action::DecideExtension, Subject::Task(id)).await?;
        store::work::decide_extension(&mut tx, id, rid, input, &clock).await?;
        tx.commit().await?;
        Ok(())
    }
    .await;
    let values = HashMap::from([("note".into(), f.note)]);
    finish(
        Ctx {
            st: &st,
            auth: &auth,
            user: &user,
            uri: &uri,
            id,
        },
        &which,
        &["approve", "note"],
        values,
        result,
    )
    .await
}

#[derive(Deserialize)]
pub struct MessageForm {
    #[serde(default)]
    text: String,
}

pub async fn explanation(
    State(st): State<AppState>,
    auth: Auth,
    Extension(user): Extension<PageUser>,
    uri: Uri,
    Path(id): Path<i64>,
    Form(f): Form<MessageForm>,
) -> Result<Response, PageError> {
    let result = async {
        let input = MessageInput {
            text: f.text.clone(),
            person_id: auth.principal.person_id,
        };
        let clock = st.clock.clock();
        let mut tx = st.db.write_as(auth.actor.clone()).await?;
        guard::check(&mut tx, &auth, Action::RequestExplanation, Subject::Task(id)).await?;
        store::work::request_explanation(&mut tx, id, input, &clock).await?;
        tx.commit().await?;
        Ok(())
    }
    .await;
    let values = HashMap::from([("text".into(), f.text)]);
    finish(
        Ctx {
            st: &st,
            auth: &auth,
            user: &user,
            uri: &uri,
            id,
        },
        "explain",
        &["text"],
        values,
        result,
    )
    .await
}

pub async fn answer(
    State(st): State<AppState>,
    auth: Auth,
    Extension(user): Extension<PageUser>,
    uri: Uri,
    Path((id, rid)): Path<(i64, i64)>,
    Form(f): Form<MessageForm>,
) -> Result<Response, PageError> {
    let which = format!("answer-{rid}");
    let result = async {
        let input = MessageInput {
            text: f.text.clone(),
            person_id: auth.principal.person_id,
        };
        let clock = st.clock.clock();
        let mut tx = st.db.write_as(auth.actor.clone()).await?;
        guard::check(&mut tx, &auth, Action::ReportWork, Subject::Task(id)).await?;
        store::work::answer_explanation(&mut tx, id, rid, input, &clock).await?;
        tx.commit().await?;
        Ok(())
    }
    .await;
    let values = HashMap::from([("text".into(), f.text)]);
    finish(
        Ctx {
            st: &st,
            auth: &auth,
            user: &user,
            uri: &uri,
            id,
        },
        &which,
        &["text"],
        values,
        result,
    )
    .await
}
