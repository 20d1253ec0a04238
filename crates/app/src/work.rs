//! The work on a task: progress reports, completion, extension requests and decisions,
//! explanation requests and answers, directive comments and urges.
//!
//! Each is checked in this order: the caller's right on the task for the operation (lead side,
//! assigning side… `domain::access::operations`), the step allowed in the task's phase
//! (`domain::task::workflow`), the separation of duties for decisions and answers, then the
//! values. The entry records the signed-in account and the person it was made as: the account's
//! own person, or a person of the units involved when an office enters it on their behalf.

use domain::access::Operation;
use domain::task::workflow::{self, CompletionContext, Requester, Step, check_step};
use domain::task::{
    CompleteInput, DecisionInput, ExplanationRequestInput, ExtensionInput, MessageInput, NoteKind, ProgressInput,
};
use domain::{FieldError, Valid};
use serde::Serialize;
use store::Tx;
use store::access::{Belonging, Subject};
use store::model::{ExplanationRequest, ExtensionRequest, ProgressReport, Task, TaskNote};
use utoipa::ToSchema;

use crate::tasks::stale;
use crate::{App, Caller, Ctx, Result, authz};

/// The person an entry is made as: the one named (checked to work in a unit the task involves,
/// "nhập thay"), or by default the signed-in account's own person.
async fn acting_person(
    tx: &mut Tx,
    caller: &Caller,
    named: Option<i64>,
    of: &Belonging,
    field: &str,
) -> Result<Option<i64>> {
    match named {
        Some(p) if Some(p) != caller.principal.person_id => {
            authz::on_behalf(tx, caller, p, of, field).await?;
            Ok(Some(p))
        }
        _ => Ok(caller.principal.person_id),
    }
}

/// A message made as the acting person.
pub(crate) async fn message_as(
    tx: &mut Tx,
    caller: &Caller,
    input: MessageInput,
    of: &Belonging,
    field: &str,
) -> Result<Valid<MessageInput>> {
    let person_id = acting_person(tx, caller, input.person_id, of, field).await?;
    Ok(MessageInput { person_id, ..input }.validate()?)
}

/// What a progress report answers.
#[derive(Debug, Serialize, ToSchema)]
pub struct ProgressAnswer {
    pub report: ProgressReport,
    pub task: Task,
}

/// Reports progress (below 100 %): the lead or a cooperating unit, or the person responsible.
pub async fn report_progress(app: &App, caller: &Caller, id: i64, input: ProgressInput) -> Result<ProgressAnswer> {
    let mut tx = app.write(caller).await?;
    let a = report_progress_in(&mut tx, caller, &app.ctx(), id, input).await?;
    tx.commit().await?;
    Ok(a)
}

pub async fn report_progress_in(
    tx: &mut Tx,
    caller: &Caller,
    cx: &Ctx<'_>,
    id: i64,
    input: ProgressInput,
) -> Result<ProgressAnswer> {
    let b = authz::check(tx, caller, Operation::ReportProgress, Subject::Task(id)).await?;
    let task = store::tasks::get(tx, id, &cx.clock).await?;
    check_step(Step::ReportProgress, &task.facts())?;
    let plan = store::documents::get(tx, task.plan_id).await?;
    let author_id = acting_person(tx, caller, input.author_id, &b, "author_id").await?;
    let input = ProgressInput { author_id, ..input }.validate(cx.clock.today, plan.issued_on)?;
    // The values first, then whether a lower figure is confirmed.
    workflow::check_progress(input.percent, task.progress, input.confirm_drop)?;
    let (report, task) = store::work::report_progress(tx, &task, &input, &cx.clock).await?;
    Ok(ProgressAnswer { report, task })
}

/// Reports the task complete: the lead unit or the person responsible. A date in the past is
/// allowed back to the last report and the configured number of days; further back only the
/// assigning office may record it.
pub async fn complete(app: &App, caller: &Caller, id: i64, input: CompleteInput) -> Result<Task> {
    let mut tx = app.write(caller).await?;
    let t = complete_in(&mut tx, caller, &app.ctx(), id, input).await?;
    tx.commit().await?;
    Ok(t)
}

pub async fn complete_in(tx: &mut Tx, caller: &Caller, cx: &Ctx<'_>, id: i64, input: CompleteInput) -> Result<Task> {
    let b = authz::check(tx, caller, Operation::CompleteTask, Subject::Task(id)).await?;
    let task = store::tasks::get(tx, id, &cx.clock).await?;
    stale(&task, input.version)?;
    check_step(Step::Complete, &task.facts())?;
    let plan = store::documents::get(tx, task.plan_id).await?;
    let on = input.completed_on.unwrap_or(cx.clock.today);
    let last = store::work::latest_report(tx, &task).await?;
    workflow::check_completion_date(
        on,
        &CompletionContext {
            today: cx.clock.today,
            plan_issued_on: plan.issued_on,
            last_report_on: last.map(|(d, _)| d),
            backdate_days: cx.settings.completion_backdate_days,
            by_assigner: caller.principal.may(Operation::UpdateTask, &b.target()),
        },
    )?;
    let author_id = acting_person(tx, caller, input.author_id, &b, "author_id").await?;
    let input = CompleteInput {
        completed_on: Some(on),
        author_id,
        ..input
    }
    .validate(cx.clock.today)?;
    Ok(store::work::complete(tx, &task, &input, &cx.clock).await?)
}

/// Requests an extension (đề nghị gia hạn): the lead unit or the person responsible; one may be
/// pending at a time.
pub async fn request_extension(app: &App, caller: &Caller, id: i64, input: ExtensionInput) -> Result<ExtensionRequest> {
    let mut tx = app.write(caller).await?;
    let r = request_extension_in(&mut tx, caller, &app.ctx(), id, input).await?;
    tx.commit().await?;
    Ok(r)
}

pub async fn request_extension_in(
    tx: &mut Tx,
    caller: &Caller,
    cx: &Ctx<'_>,
    id: i64,
    input: ExtensionInput,
) -> Result<ExtensionRequest> {
    let b = authz::check(tx, caller, Operation::RequestExtension, Subject::Task(id)).await?;
    let task = store::tasks::get(tx, id, &cx.clock).await?;
    check_step(Step::RequestExtension, &task.facts())?;
    let requested_by = acting_person(tx, caller, input.requested_by, &b, "requested_by").await?;
    let input = ExtensionInput { requested_by, ..input }.validate(task.due_on)?;
    Ok(store::work::request_extension(tx, &task, &input, &cx.clock).await?)
}

/// What a decision answers.
#[derive(Debug, Serialize, ToSchema)]
pub struct DecisionAnswer {
    pub request: ExtensionRequest,
    pub task: Task,
}

/// Decides an extension request: the assigning side, never whoever requested it. Approval may
/// grant another date than the one asked.
pub async fn decide_extension(
    app: &App,
    caller: &Caller,
    id: i64,
    request_id: i64,
    input: DecisionInput,
) -> Result<DecisionAnswer> {
    let mut tx = app.write(caller).await?;
    let a = decide_extension_in(&mut tx, caller, &app.ctx(), id, request_id, input).await?;
    tx.commit().await?;
    Ok(a)
}

pub async fn decide_extension_in(
    tx: &mut Tx,
    caller: &Caller,
    cx: &Ctx<'_>,
    id: i64,
    request_id: i64,
    input: DecisionInput,
) -> Result<DecisionAnswer> {
    let b = authz::check(tx, caller, Operation::DecideExtension, Subject::Task(id)).await?;
    let req = store::work::get_extension(tx, b.owner.tenant(), id, request_id).await?;
    let task = store::tasks::get(tx, id, &cx.clock).await?;
    check_step(Step::DecideExtension, &task.facts())?;
    let decided_by = acting_person(tx, caller, input.decided_by, &b, "decided_by").await?;
    other_side(
        caller,
        Requester {
            user_id: req.requested_by_user,
            person_id: req.requested_by,
        },
        decided_by,
    )?;
    let input = DecisionInput { decided_by, ..input }.validate(task.due_on)?;
    let (request, task) = store::work::decide_extension(tx, &task, &req, &input, &cx.clock).await?;
    crate::notices::extension_decided(tx, caller, cx, &request).await?;
    Ok(DecisionAnswer { request, task })
}

/// The separation of duties: the caller's account and the person it acts as differ from the
/// requester's. The installation itself (loading a data set) has no account.
fn other_side(caller: &Caller, requester: Requester, acting: Option<i64>) -> Result<()> {
    match caller.user_id() {
        Some(user) => Ok(workflow::check_other_side(&requester, user, acting)?),
        None => Ok(()),
    }
}

/// Asks a unit to explain (yêu cầu giải trình): the lead unit unless another unit of the task is
/// named, with a date to answer by.
pub async fn request_explanation(
    app: &App,
    caller: &Caller,
    id: i64,
    input: ExplanationRequestInput,
) -> Result<ExplanationRequest> {
    let mut tx = app.write(caller).await?;
    let r = request_explanation_in(&mut tx, caller, &app.ctx(), id, input).await?;
    tx.commit().await?;
    Ok(r)
}

pub async fn request_explanation_in(
    tx: &mut Tx,
    caller: &Caller,
    cx: &Ctx<'_>,
    id: i64,
    input: ExplanationRequestInput,
) -> Result<ExplanationRequest> {
    let b = authz::check(tx, caller, Operation::RequestExplanation, Subject::Task(id)).await?;
    let task = store::tasks::get(tx, id, &cx.clock).await?;
    check_step(Step::RequestExplanation, &task.facts())?;
    let addressee = match input.addressee_unit_id {
        None => task.lead_unit_id,
        Some(u) if u == task.lead_unit_id || task.cooperating_unit_ids.contains(&u) => u,
        Some(_) => {
            return Err(FieldError::invalid(
                "addressee_unit_id",
                "Chỉ yêu cầu giải trình đơn vị chủ trì hoặc đơn vị phối hợp của nhiệm vụ.",
                "Only the task's lead or cooperating units can be asked to explain.",
            )
            .into());
        }
    };
    let person_id = acting_person(tx, caller, input.person_id, &b, "person_id").await?;
    let input = ExplanationRequestInput {
        person_id,
        addressee_unit_id: Some(addressee),
        ..input
    }
    .validate(cx.clock.today)?;
    let req = store::work::request_explanation(tx, &task, &input, addressee, &cx.clock).await?;
    crate::notices::send(
        tx,
        caller,
        cx,
        domain::notify::NotificationKind::ExplanationRequested,
        store::notify::Audience::UnitSide(addressee),
        &[task.id],
        &req.question,
    )
    .await?;
    Ok(req)
}

/// Answers an explanation request: the unit it was addressed to (or the person responsible),
/// never whoever asked.
pub async fn answer_explanation(
    app: &App,
    caller: &Caller,
    id: i64,
    request_id: i64,
    input: MessageInput,
) -> Result<ExplanationRequest> {
    let mut tx = app.write(caller).await?;
    let r = answer_explanation_in(&mut tx, caller, &app.ctx(), id, request_id, input).await?;
    tx.commit().await?;
    Ok(r)
}

pub async fn answer_explanation_in(
    tx: &mut Tx,
    caller: &Caller,
    cx: &Ctx<'_>,
    id: i64,
    request_id: i64,
    input: MessageInput,
) -> Result<ExplanationRequest> {
    let b = authz::visible(tx, caller, Subject::Task(id))
        .await?
        .ok_or_else(|| authz::not_visible(Subject::Task(id)))?;
    let req = store::work::get_explanation(tx, b.owner.tenant(), id, request_id).await?;
    // The addressee unit stands where the lead unit stands in the rule.
    let addressee = match req.addressee_unit_id {
        Some(u) => store::access::unit_place(tx, u).await?.path,
        None => b.owner.clone(),
    };
    let as_addressee = Belonging {
        owner: addressee,
        ..b.clone()
    };
    if !caller
        .principal
        .may(Operation::AnswerExplanation, &as_addressee.target())
    {
        return Err(crate::Error::forbidden());
    }
    let task = store::tasks::get(tx, id, &cx.clock).await?;
    check_step(Step::AnswerExplanation, &task.facts())?;
    let message = message_as(tx, caller, input, &b, "person_id").await?;
    other_side(
        caller,
        Requester {
            user_id: req.requested_by_user,
            person_id: req.requested_by,
        },
        message.person_id,
    )?;
    Ok(store::work::answer_explanation(tx, &task, &req, &message, &cx.clock).await?)
}

/// Adds a directive comment (ý kiến chỉ đạo) or an urge (đôn đốc) — leaders and the assigning
/// office. An urge is a visible reminder entry on the task now, and a notification when
/// reminders are delivered.
pub async fn add_note(app: &App, caller: &Caller, id: i64, kind: NoteKind, input: MessageInput) -> Result<TaskNote> {
    let mut tx = app.write(caller).await?;
    let n = add_note_in(&mut tx, caller, &app.ctx(), id, kind, input).await?;
    tx.commit().await?;
    Ok(n)
}

pub async fn add_note_in(
    tx: &mut Tx,
    caller: &Caller,
    cx: &Ctx<'_>,
    id: i64,
    kind: NoteKind,
    input: MessageInput,
) -> Result<TaskNote> {
    let (op, step) = match kind {
        NoteKind::Comment => (Operation::CommentTask, Step::Comment),
        NoteKind::Urge => (Operation::UrgeTask, Step::Urge),
    };
    let b = authz::check(tx, caller, op, Subject::Task(id)).await?;
    let task = store::tasks::get(tx, id, &cx.clock).await?;
    check_step(step, &task.facts())?;
    let input = match (kind, input.text.trim().is_empty()) {
        // An urge needs no words: "Đề nghị khẩn trương thực hiện" is what it says.
        (NoteKind::Urge, true) => MessageInput {
            text: "Đề nghị đơn vị khẩn trương thực hiện, báo cáo kết quả.".into(),
            ..input
        },
        _ => input,
    };
    let message = message_as(tx, caller, input, &b, "person_id").await?;
    let note = store::work::add_note(tx, &task, kind, &message).await?;
    if kind == NoteKind::Urge {
        crate::notices::send(
            tx,
            caller,
            cx,
            domain::notify::NotificationKind::Urged,
            store::notify::Audience::LeadSide,
            &[task.id],
            &message.text,
        )
        .await?;
    }
    Ok(note)
}

/// Adds urges to many tasks at once (bulk action on a list): all or none.
pub async fn urge_many(app: &App, caller: &Caller, ids: &[i64], text: &str) -> Result<usize> {
    let cx = app.ctx();
    let mut tx = app.write(caller).await?;
    for (i, id) in ids.iter().enumerate() {
        let input = MessageInput {
            text: text.to_string(),
            person_id: None,
        };
        add_note_in(&mut tx, caller, &cx, *id, NoteKind::Urge, input)
            .await
            .map_err(|e| e.in_item("task_ids", i))?;
    }
    tx.commit().await?;
    Ok(ids.len())
}
