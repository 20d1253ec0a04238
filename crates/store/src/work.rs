//! The work on a task: progress reports, completion, cancellation, extension requests and
//! explanation requests — each one transaction that appends history and updates the task.

use chrono::Utc;
use domain::FieldError;
use domain::status::Clock;
use domain::task::{CompleteInput, Decision, DecisionInput, ExtensionInput, MessageInput, ProgressInput};

use crate::audit::{self, Change};
use crate::db::Tx;
use crate::model::{ExplanationRequest, ExtensionRequest, ProgressReport, Task};
use crate::{StoreError, documents, on_tx, people, tasks};

fn closed(task: &Task) -> StoreError {
    let (vi, en) = if task.cancelled_on.is_some() {
        ("Nhiệm vụ đã bị hủy.", "The task is cancelled.")
    } else {
        ("Nhiệm vụ đã hoàn thành.", "The task is already completed.")
    };
    StoreError::Conflict(FieldError::new("task", "task_closed", vi, en))
}

fn is_closed(task: &Task) -> bool {
    task.cancelled_on.is_some() || task.completed_on.is_some()
}

async fn plan_issued_on(tx: &mut Tx, task: &Task) -> Result<chrono::NaiveDate, StoreError> {
    Ok(documents::get(tx, task.plan_id).await?.issued_on)
}

/// The latest progress percent by report date (a late-filed older report does not win).
async fn latest_percent(tx: &mut Tx, task_id: i64) -> Result<i32, StoreError> {
    let p: Option<i32> = on_tx!(tx, c => sqlx::query_scalar(
        "SELECT percent FROM progress_reports WHERE task_id = $1 ORDER BY reported_on DESC, id DESC LIMIT 1")
        .bind(task_id).fetch_optional(c).await?);
    Ok(p.unwrap_or(0))
}

async fn insert_report(tx: &mut Tx, task: &Task, p: &ProgressInput) -> Result<i64, StoreError> {
    let evidence = serde_json::to_string(&p.evidence).unwrap_or_else(|_| "[]".into());
    Ok(on_tx!(tx, c => sqlx::query_scalar(
        "INSERT INTO progress_reports (tenant_id, task_id, reported_on, author_id, percent, body, evidence, created_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id")
        .bind(task.tenant_id).bind(task.id).bind(p.reported_on).bind(p.author_id).bind(p.percent)
        .bind(&p.text).bind(evidence).bind(Utc::now()).fetch_one(c).await?))
}

/// Adds a progress report; the task's progress becomes the latest report's percent.
pub async fn report_progress(
    tx: &mut Tx,
    task_id: i64,
    input: ProgressInput,
    clock: &Clock,
) -> Result<(ProgressReport, Task), StoreError> {
    let task = tasks::get(tx, task_id, clock).await?;
    if is_closed(&task) {
        return Err(closed(&task));
    }
    if input.percent >= 100 {
        return Err(StoreError::Invalid(FieldError::invalid(
            "percent",
            "Để báo hoàn thành 100%, hãy dùng chức năng “Đánh dấu hoàn thành”.",
            "To report 100%, mark the task complete.",
        )));
    }
    let issued = plan_issued_on(tx, &task).await?;
    let input = input.validate(clock.today, issued)?;
    people::check_ref(tx, "author_id", input.author_id).await?;
    let id = insert_report(tx, &task, &input).await?;
    let progress = latest_percent(tx, task_id).await?;
    let after = tasks::save_facts(
        tx,
        &task,
        domain::status::TaskFacts {
            progress,
            ..task.facts()
        },
        clock,
    )
    .await?;
    let report = get_report(tx, id).await?;
    audit::record(
        tx,
        Change::new(
            "task",
            task_id,
            "progress",
            Some(audit::json(&task)),
            Some(audit::with(&after, "progress_report", &report)),
        ),
    )
    .await?;
    Ok((report, after))
}

async fn get_report(tx: &mut Tx, id: i64) -> Result<ProgressReport, StoreError> {
    on_tx!(tx, c => sqlx::query_as::<_, ProgressReport>(
        "SELECT id, task_id, reported_on, author_id, percent, body, evidence FROM progress_reports WHERE id = $1")
        .bind(id).fetch_optional(c).await?)
    .ok_or(StoreError::not_found("progress_report", id))
}

/// Marks a task complete on a date; a pending extension request is withdrawn.
pub async fn complete(tx: &mut Tx, task_id: i64, input: CompleteInput, clock: &Clock) -> Result<Task, StoreError> {
    let task = tasks::get(tx, task_id, clock).await?;
    if task.version != input.version {
        return Err(StoreError::StaleVersion {
            entity: "task",
            id: task_id,
            expected: input.version,
        });
    }
    if is_closed(&task) {
        return Err(closed(&task));
    }
    let issued = plan_issued_on(tx, &task).await?;
    let input = input.validate(clock.today, issued)?.into_inner();
    people::check_ref(tx, "author_id", input.author_id).await?;
    let done = input.completed_on.unwrap_or(clock.today);
    let report = ProgressInput {
        reported_on: Some(done),
        percent: 100,
        text: input.note.clone().unwrap_or_else(|| "Đã hoàn thành nhiệm vụ.".into()),
        evidence: Vec::new(),
        author_id: input.author_id,
    };
    insert_report(tx, &task, &report).await?;
    withdraw_pending(tx, &task, clock).await?;
    let facts = domain::status::TaskFacts {
        completed_on: Some(done),
        progress: 100,
        extension_pending: false,
        ..task.facts()
    };
    let after = tasks::save_facts(tx, &task, facts, clock).await?;
    audit::record(tx, Change::updated("task", task_id, "complete", &task, &after)).await?;
    Ok(after)
}

async fn withdraw_pending(tx: &mut Tx, task: &Task, clock: &Clock) -> Result<(), StoreError> {
    on_tx!(tx, c => sqlx::query("UPDATE extension_requests SET decision = $1, decided_on = $2 WHERE task_id = $3 AND decision = $4")
        .bind(Decision::Withdrawn.as_str()).bind(clock.today).bind(task.id).bind(Decision::Pending.as_str())
        .execute(c).await?.rows_affected());
    Ok(())
}

/// Cancels a task (it stays in history, counted as cancelled).
pub async fn cancel(
    tx: &mut Tx,
    task_id: i64,
    version: i64,
    reason: MessageInput,
    clock: &Clock,
) -> Result<Task, StoreError> {
    let task = tasks::get(tx, task_id, clock).await?;
    if task.version != version {
        return Err(StoreError::StaleVersion {
            entity: "task",
            id: task_id,
            expected: version,
        });
    }
    if is_closed(&task) {
        return Err(closed(&task));
    }
    let reason = reason.validate()?;
    withdraw_pending(tx, &task, clock).await?;
    let facts = domain::status::TaskFacts {
        cancelled: true,
        extension_pending: false,
        ..task.facts()
    };
    tasks::save_facts(tx, &task, facts, clock).await?;
    on_tx!(tx, c => sqlx::query("UPDATE tasks SET cancel_reason = $1 WHERE id = $2")
        .bind(&reason.text).bind(task_id).execute(c).await?.rows_affected());
    let after = tasks::get(tx, task_id, clock).await?;
    audit::record(tx, Change::updated("task", task_id, "cancel", &task, &after)).await?;
    Ok(after)
}

const EXT_COLS: &str = "id, task_id, requested_on, requested_by, old_due_on, new_due_on, reason, decision, decided_on, decided_by, decision_note";

/// Files an extension request (one pending at a time); the task shows "Chờ gia hạn" until decided.
pub async fn request_extension(
    tx: &mut Tx,
    task_id: i64,
    input: ExtensionInput,
    clock: &Clock,
) -> Result<ExtensionRequest, StoreError> {
    let task = tasks::get(tx, task_id, clock).await?;
    if is_closed(&task) {
        return Err(closed(&task));
    }
    if task.ext_pending {
        return Err(StoreError::Conflict(FieldError::new(
            "task",
            "extension_pending",
            "Nhiệm vụ đang có một đề nghị gia hạn chờ quyết định.",
            "The task already has an extension request awaiting a decision.",
        )));
    }
    let input = input.validate(task.due_on)?;
    people::check_ref(tx, "requested_by", input.requested_by).await?;
    let id: i64 = on_tx!(tx, c => sqlx::query_scalar(
        "INSERT INTO extension_requests (tenant_id, task_id, requested_on, requested_by, old_due_on, new_due_on, reason, decision, created_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) RETURNING id")
        .bind(task.tenant_id).bind(task_id).bind(clock.today).bind(input.requested_by).bind(task.due_on)
        .bind(input.new_due_on).bind(&input.reason).bind(Decision::Pending.as_str()).bind(Utc::now())
        .fetch_one(c).await?);
    let after = tasks::save_facts(
        tx,
        &task,
        domain::status::TaskFacts {
            extension_pending: true,
            ..task.facts()
        },
        clock,
    )
    .await?;
    let req = get_extension(tx, task_id, id).await?;
    let change = Change::new(
        "task",
        task_id,
        "extension_request",
        Some(audit::json(&task)),
        Some(audit::with(&after, "extension_request", &req)),
    );
    audit::record(tx, change).await?;
    Ok(req)
}

pub async fn get_extension(tx: &mut Tx, task_id: i64, id: i64) -> Result<ExtensionRequest, StoreError> {
    let sql = format!("SELECT {EXT_COLS} FROM extension_requests WHERE id = $1 AND task_id = $2");
    on_tx!(tx, c => sqlx::query_as::<_, ExtensionRequest>(sqlx::AssertSqlSafe(sql.as_str())).bind(id).bind(task_id).fetch_optional(c).await?)
        .ok_or(StoreError::not_found("extension_request", id))
}

fn already_decided() -> StoreError {
    StoreError::Conflict(FieldError::new(
        "decision",
        "already_decided",
        "Đề nghị gia hạn này đã được quyết định.",
        "This extension request has already been decided.",
    ))
}

fn already_answered() -> StoreError {
    StoreError::Conflict(FieldError::new(
        "answer",
        "already_answered",
        "Yêu cầu giải trình này đã được trả lời.",
        "This explanation request has already been answered.",
    ))
}

/// Decides a pending extension request; approval moves the task's due date.
pub async fn decide_extension(
    tx: &mut Tx,
    task_id: i64,
    req_id: i64,
    input: DecisionInput,
    clock: &Clock,
) -> Result<(ExtensionRequest, Task), StoreError> {
    let req = get_extension(tx, task_id, req_id).await?;
    if req.decision != Decision::Pending {
        return Err(already_decided());
    }
    let input = input.validate()?;
    people::check_ref(tx, "decided_by", input.decided_by).await?;
    let task = tasks::get(tx, task_id, clock).await?;
    let decision = if input.approve {
        Decision::Approved
    } else {
        Decision::Rejected
    };
    let n = on_tx!(tx, c => sqlx::query("UPDATE extension_requests SET decision = $1, decided_on = $2, decided_by = $3, decision_note = $4 WHERE id = $5 AND decision = $6")
        .bind(decision.as_str()).bind(clock.today).bind(input.decided_by).bind(&input.note).bind(req_id)
        .bind(Decision::Pending.as_str()).execute(c).await?.rows_affected());
    if n != 1 {
        return Err(already_decided());
    }
    let due_on = if input.approve {
        Some(req.new_due_on)
    } else {
        task.due_on
    };
    let after = tasks::save_facts(
        tx,
        &task,
        domain::status::TaskFacts {
            extension_pending: false,
            due_on,
            ..task.facts()
        },
        clock,
    )
    .await?;
    let decided = get_extension(tx, task_id, req_id).await?;
    let change = Change::new(
        "task",
        task_id,
        "extension_decision",
        Some(audit::with(&task, "extension_request", &req)),
        Some(audit::with(&after, "extension_request", &decided)),
    );
    audit::record(tx, change).await?;
    Ok((decided, after))
}

const EXP_COLS: &str = "id, task_id, requested_on, requested_by, question, answered_on, answered_by, answer";

/// Asks the lead unit to explain a lagging task (yêu cầu giải trình).
pub async fn request_explanation(
    tx: &mut Tx,
    task_id: i64,
    input: MessageInput,
    clock: &Clock,
) -> Result<ExplanationRequest, StoreError> {
    let task = tasks::get(tx, task_id, clock).await?;
    let input = input.validate()?;
    people::check_ref(tx, "person_id", input.person_id).await?;
    let id: i64 = on_tx!(tx, c => sqlx::query_scalar(
        "INSERT INTO explanation_requests (tenant_id, task_id, requested_on, requested_by, question, created_at)
         VALUES ($1, $2, $3, $4, $5, $6) RETURNING id")
        .bind(task.tenant_id).bind(task_id).bind(clock.today).bind(input.person_id).bind(&input.text).bind(Utc::now())
        .fetch_one(c).await?);
    let req = get_explanation(tx, task_id, id).await?;
    let change = Change::new(
        "task",
        task_id,
        "explanation_request",
        Some(audit::json(&task)),
        Some(audit::with(&task, "explanation_request", &req)),
    );
    audit::record(tx, change).await?;
    Ok(req)
}

pub async fn get_explanation(tx: &mut Tx, task_id: i64, id: i64) -> Result<ExplanationRequest, StoreError> {
    let sql = format!("SELECT {EXP_COLS} FROM explanation_requests WHERE id = $1 AND task_id = $2");
    on_tx!(tx, c => sqlx::query_as::<_, ExplanationRequest>(sqlx::AssertSqlSafe(sql.as_str())).bind(id).bind(task_id).fetch_optional(c).await?)
        .ok_or(StoreError::not_found("explanation_request", id))
}

pub async fn answer_explanation(
    tx: &mut Tx,
    task_id: i64,
    req_id: i64,
    input: MessageInput,
    clock: &Clock,
) -> Result<ExplanationRequest, StoreError> {
    let req = get_explanation(tx, task_id, req_id).await?;
    if req.answered_on.is_some() {
        return Err(already_answered());
    }
    let input = input.validate()?;
    people::check_ref(tx, "person_id", input.person_id).await?;
    let n = on_tx!(tx, c => sqlx::query("UPDATE explanation_requests SET answered_on = $1, answered_by = $2, answer = $3 WHERE id = $4 AND answered_on IS NULL")
        .bind(clock.today).bind(input.person_id).bind(&input.text).bind(req_id).execute(c).await?.rows_affected());
    if n != 1 {
        return Err(already_answered());
    }
    let answered = get_explanation(tx, task_id, req_id).await?;
    let task = tasks::get(tx, task_id, clock).await?;
    let change = Change::new(
        "task",
        task_id,
        "explanation_answer",
        Some(audit::with(&task, "explanation_request", &req)),
        Some(audit::with(&task, "explanation_request", &answered)),
    );
    audit::record(tx, change).await?;
    Ok(answered)
}

/// A task's history: progress reports, extension and explanation requests, oldest first.
#[derive(Debug, Clone, PartialEq, serde::Serialize, utoipa::ToSchema)]
pub struct TaskHistory {
    pub progress: Vec<ProgressReport>,
    pub extensions: Vec<ExtensionRequest>,
    pub explanations: Vec<ExplanationRequest>,
}

pub async fn history(tx: &mut Tx, task_id: i64, clock: &Clock) -> Result<TaskHistory, StoreError> {
    tasks::get(tx, task_id, clock).await?;
    let progress = on_tx!(tx, c => sqlx::query_as::<_, ProgressReport>(
        "SELECT id, task_id, reported_on, author_id, percent, body, evidence FROM progress_reports WHERE task_id = $1 ORDER BY reported_on, id")
        .bind(task_id).fetch_all(c).await?);
    let sql = format!("SELECT {EXT_COLS} FROM extension_requests WHERE task_id = $1 ORDER BY requested_on, id");
    let extensions = on_tx!(tx, c => sqlx::query_as::<_, ExtensionRequest>(sqlx::AssertSqlSafe(sql.as_str())).bind(task_id).fetch_all(c).await?);
    let sql = format!("SELECT {EXP_COLS} FROM explanation_requests WHERE task_id = $1 ORDER BY requested_on, id");
    let explanations = on_tx!(tx, c => sqlx::query_as::<_, ExplanationRequest>(sqlx::AssertSqlSafe(sql.as_str())).bind(task_id).fetch_all(c).await?);
    Ok(TaskHistory {
        progress,
        extensions,
        explanations,
    })
}
