//! Assigning work: creating tasks (one, a batch, or sub-tasks a unit splits its own part into),
//! editing them, naming the person responsible, and cancelling.
//!
//! Every unit and person a task names is checked against the assignment rule
//! (`domain::assign`): what the plan's issuer — or, for a sub-task, the unit that leads the
//! parent — may direct.

use std::collections::HashMap;

use domain::access::Operation;
use domain::assign::{Reach, UnitPlace};
use domain::task::workflow::{Step, check_step};
use domain::task::{MessageInput, TaskInput};
use domain::{ErrorCode, FieldError};
use store::Tx;
use store::access::Subject;
use store::model::Task;

use crate::authz::Seen;
use crate::{App, Caller, Ctx, Error, Result, authz};

/// Most tasks in one batch.
pub const MAX_BATCH: usize = 10_000;

/// The issuing unit of plan `plan_id`, if the caller may assign its tasks (`op` on the plan).
pub(crate) async fn plan_issuer(tx: &mut Tx, caller: &Caller, op: Operation, plan_id: i64) -> Result<UnitPlace> {
    Ok(authz::document_for(tx, caller, op, plan_id, "plan_id").await?.issuer)
}

/// As [`plan_issuer`], noting the plan in `seen` for the store.
async fn plan_issuer_seen(tx: &mut Tx, caller: &Caller, plan_id: i64, seen: &mut Seen) -> Result<UnitPlace> {
    let facts = authz::document_for(tx, caller, Operation::CreateTask, plan_id, "plan_id").await?;
    seen.plan(plan_id, &facts);
    Ok(facts.issuer)
}

/// Assigns a task in a plan the caller manages, to units the plan's issuer may direct.
pub async fn create(app: &App, caller: &Caller, input: TaskInput) -> Result<Task> {
    let mut tx = app.write(caller).await?;
    let t = create_in(&mut tx, caller, &app.ctx(), input).await?;
    tx.commit().await?;
    Ok(t)
}

pub async fn create_in(tx: &mut Tx, caller: &Caller, cx: &Ctx<'_>, input: TaskInput) -> Result<Task> {
    if let Some(parent) = input.parent_id
        && !may_on_plan(tx, caller, Operation::CreateTask, input.plan_id).await?
    {
        // Not the plan's office: the lead side of the parent splitting its part.
        return create_subtask_in(tx, caller, cx, parent, input).await;
    }
    let mut seen = Seen::default();
    let issuer = plan_issuer_seen(tx, caller, input.plan_id, &mut seen).await?;
    assign_seen(tx, caller, cx, &Reach::of(&issuer), input, seen).await
}

/// Assigns a task within `reach` once the caller's right to assign in its plan is settled (by
/// [`create_in`], or by the conclusion of an inspection for its recommendations): every unit and
/// person it names checked, stored with its roll-up and audit entry, the lead unit notified.
pub(crate) async fn assign_within(
    tx: &mut Tx,
    caller: &Caller,
    cx: &Ctx<'_>,
    reach: &Reach,
    input: TaskInput,
) -> Result<Task> {
    assign_seen(tx, caller, cx, reach, input, Seen::default()).await
}

async fn assign_seen(
    tx: &mut Tx,
    caller: &Caller,
    cx: &Ctx<'_>,
    reach: &Reach,
    input: TaskInput,
    mut seen: Seen,
) -> Result<Task> {
    authz::assignment_within(tx, caller, reach, &input, &mut seen).await?;
    let t = store::tasks::create_known(tx, input, None, &cx.clock, &mut seen.known).await?;
    crate::notices::assigned(tx, caller, cx, std::slice::from_ref(&t)).await?;
    Ok(t)
}

async fn may_on_plan(tx: &mut Tx, caller: &Caller, op: Operation, plan_id: i64) -> Result<bool> {
    Ok(match authz::visible(tx, caller, Subject::Document(plan_id)).await? {
        Some(b) => caller.principal.may(op, &b.target()),
        None => false,
    })
}

/// Assigns many tasks at once: all are written, or none; an error names `tasks[i].field`.
pub async fn create_batch(app: &App, caller: &Caller, inputs: Vec<TaskInput>) -> Result<Vec<Task>> {
    if inputs.len() > MAX_BATCH {
        return Err(Error::new(
            ErrorCode::TooMany,
            "Mỗi lần gửi tối đa 10.000 nhiệm vụ.",
            "At most 10,000 tasks per batch.",
        )
        .at("tasks"));
    }
    let cx = app.ctx();
    let mut tx = app.write(caller).await?;
    let mut issuers: HashMap<i64, UnitPlace> = HashMap::new();
    let mut seen = Seen::default();
    for (i, input) in inputs.iter().enumerate() {
        let issuer = match issuers.get(&input.plan_id) {
            Some(p) => p.clone(),
            None => {
                let p = plan_issuer_seen(&mut tx, caller, input.plan_id, &mut seen)
                    .await
                    .map_err(|e| e.in_item("tasks", i))?;
                issuers.insert(input.plan_id, p.clone());
                p
            }
        };
        authz::assignment(&mut tx, caller, &issuer, input, &mut seen)
            .await
            .map_err(|e| e.in_item("tasks", i))?;
    }
    let tasks = store::tasks::create_batch_known(&mut tx, inputs, &cx.clock, &mut seen.known).await?;
    crate::notices::assigned(&mut tx, caller, &cx, &tasks).await?;
    tx.commit().await?;
    Ok(tasks)
}

/// A unit splits the task it leads into sub-tasks for its own cells and staff (or the assigning
/// side adds a sub-task): the sub-task belongs to the same plan, and its units are those the
/// parent's lead unit may direct. The splitting unit then decides on it.
pub async fn create_subtask(app: &App, caller: &Caller, parent_id: i64, input: TaskInput) -> Result<Task> {
    let mut tx = app.write(caller).await?;
    let t = create_subtask_in(&mut tx, caller, &app.ctx(), parent_id, input).await?;
    tx.commit().await?;
    Ok(t)
}

pub async fn create_subtask_in(
    tx: &mut Tx,
    caller: &Caller,
    cx: &Ctx<'_>,
    parent_id: i64,
    mut input: TaskInput,
) -> Result<Task> {
    let b = authz::check(tx, caller, Operation::CreateSubtask, Subject::Task(parent_id)).await?;
    let parent = store::tasks::get(tx, parent_id, &cx.clock).await?;
    check_step(Step::Split, &parent.facts())?;
    input.plan_id = parent.plan_id;
    input.parent_id = Some(parent_id);
    let by_assigner = caller.principal.may(Operation::UpdateTask, &b.target());
    let (from, assigner) = if by_assigner {
        (
            plan_issuer(tx, caller, Operation::Read, parent.plan_id).await?,
            parent.assigner_unit_id,
        )
    } else {
        (
            store::access::unit_place(tx, parent.lead_unit_id).await?,
            Some(parent.lead_unit_id),
        )
    };
    let mut seen = Seen::default();
    authz::assignment(tx, caller, &from, &input, &mut seen).await?;
    let t = store::tasks::create_known(tx, input, assigner, &cx.clock, &mut seen.known).await?;
    crate::notices::assigned(tx, caller, cx, std::slice::from_ref(&t)).await?;
    Ok(t)
}

/// Edits a task's assignment (title, units, person, deadline…): the assigning side only.
pub async fn update(app: &App, caller: &Caller, id: i64, version: i64, input: TaskInput) -> Result<Task> {
    let cx = app.ctx();
    let mut tx = app.write(caller).await?;
    let t = update_in(&mut tx, caller, &cx, id, version, input).await?;
    tx.commit().await?;
    Ok(t)
}

pub async fn update_in(
    tx: &mut Tx,
    caller: &Caller,
    cx: &Ctx<'_>,
    id: i64,
    version: i64,
    input: TaskInput,
) -> Result<Task> {
    authz::check(tx, caller, Operation::UpdateTask, Subject::Task(id)).await?;
    let current = store::tasks::get(tx, id, &cx.clock).await?;
    check_step(Step::Edit, &current.facts())?;
    let from = match current.assigner_unit_id {
        // A sub-task stays within what the unit that split it directs.
        Some(unit) if input.plan_id == current.plan_id => store::access::unit_place(tx, unit).await?,
        _ => plan_issuer(tx, caller, Operation::CreateTask, input.plan_id).await?,
    };
    authz::assignment(tx, caller, &from, &input, &mut Seen::default()).await?;
    Ok(store::tasks::update(tx, id, version, input, &cx.clock).await?)
}

/// Names (or clears) the person responsible: the assigning side, or the lead unit deciding who
/// of its staff does the work.
pub async fn set_responsible(app: &App, caller: &Caller, id: i64, version: i64, person: Option<i64>) -> Result<Task> {
    let cx = app.ctx();
    let mut tx = app.write(caller).await?;
    let t = set_responsible_in(&mut tx, caller, &cx, id, Some(version), person).await?;
    tx.commit().await?;
    Ok(t)
}

/// As [`set_responsible`]; without a version, the current one (bulk actions act on what is there).
pub async fn set_responsible_in(
    tx: &mut Tx,
    caller: &Caller,
    cx: &Ctx<'_>,
    id: i64,
    version: Option<i64>,
    person: Option<i64>,
) -> Result<Task> {
    authz::check(tx, caller, Operation::SetResponsible, Subject::Task(id)).await?;
    let current = store::tasks::get(tx, id, &cx.clock).await?;
    check_step(Step::SetResponsible, &current.facts())?;
    if let Some(p) = person {
        let lead = store::access::unit_place(tx, current.lead_unit_id).await?;
        authz::responsible(tx, caller, &lead, p).await?;
    }
    let version = version.unwrap_or(current.version);
    let t = store::tasks::set_responsible(tx, &current, version, person, &cx.clock).await?;
    if person.is_some() && person != current.responsible_id {
        crate::notices::responsible_named(tx, caller, cx, &t).await?;
    }
    Ok(t)
}

/// Gives several tasks to one person (a bulk action on a list): all or none; an error names the
/// task by its place in the selection.
pub async fn set_responsible_many(app: &App, caller: &Caller, ids: &[i64], person: i64) -> Result<usize> {
    let cx = app.ctx();
    let mut tx = app.write(caller).await?;
    for (i, id) in ids.iter().enumerate() {
        set_responsible_in(&mut tx, caller, &cx, *id, None, Some(person))
            .await
            .map_err(|e| e.in_item("task_ids", i))?;
    }
    tx.commit().await?;
    Ok(ids.len())
}

/// Cancels a task with a reason (it stays, counted as cancelled).
pub async fn cancel(app: &App, caller: &Caller, id: i64, version: i64, reason: MessageInput) -> Result<Task> {
    let mut tx = app.write(caller).await?;
    let t = cancel_in(&mut tx, caller, &app.ctx(), id, version, reason).await?;
    tx.commit().await?;
    Ok(t)
}

pub async fn cancel_in(
    tx: &mut Tx,
    caller: &Caller,
    cx: &Ctx<'_>,
    id: i64,
    version: i64,
    reason: MessageInput,
) -> Result<Task> {
    let b = authz::check(tx, caller, Operation::CancelTask, Subject::Task(id)).await?;
    let current = store::tasks::get(tx, id, &cx.clock).await?;
    stale(&current, version)?;
    check_step(Step::Cancel, &current.facts())?;
    let reason = crate::work::message_as(tx, caller, reason, &b, "person_id").await?;
    Ok(store::work::cancel(tx, &current, &reason, &cx.clock).await?)
}

/// Refuses an edit made on a version of the task that is no longer current.
pub(crate) fn stale(task: &Task, version: i64) -> Result<()> {
    if task.version != version {
        return Err(store::StoreError::StaleVersion {
            entity: "task",
            id: task.id,
            expected: version,
        }
        .into());
    }
    Ok(())
}

/// The error for a version field that is missing or not a number (forms).
pub fn bad_version() -> Error {
    FieldError::invalid(
        "version",
        "Thiếu phiên bản của nhiệm vụ; hãy tải lại trang.",
        "Missing version; reload the page.",
    )
    .into()
}
