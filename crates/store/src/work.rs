//! Persisting the work on a task: progress reports, completion, cancellation, extension and
//! explanation requests, directive comments and urges — each appends history, updates the task
//! and the roll-up, and records the audit entry, inside the caller's transaction.
//!
//! Which step is allowed, by whom and with what values is decided before these are called
//! (`domain::task::workflow`, the use-case layer); this module only keeps the records right: the
//! version read is claimed so a concurrent change fails whole, and a request is decided or
//! answered at most once.

use chrono::NaiveDate;
use domain::status::Clock;
use domain::task::{
    CompleteInput, Decision, DecisionInput, ExplanationRequestInput, ExtensionInput, MessageInput, NoteKind,
    ProgressInput,
};
use domain::{ErrorCode, FieldError, Valid};

use crate::audit::{self, Change};
use crate::db::Tx;
use crate::model::{ExplanationRequest, ExtensionRequest, ProgressReport, Task, TaskNote};
use crate::{StoreError, on_tx, tasks};

/// The latest progress report's date and percent, by report date (a late-filed older report
/// does not win).
pub async fn latest_report(tx: &mut Tx, task: &Task) -> Result<Option<(NaiveDate, i32)>, StoreError> {
    // A task's reports are in its tenant (one shard on Citus).
    Ok(on_tx!(tx, c => sqlx::query_as::<_, (NaiveDate, i32)>(
        "SELECT reported_on, percent FROM progress_reports WHERE tenant_id = $2 AND task_id = $1 ORDER BY reported_on DESC, id DESC LIMIT 1")
        .bind(task.id).bind(task.tenant_id).fetch_optional(c).await?))
}

async fn insert_report(tx: &mut Tx, task: &Task, p: &ProgressInput) -> Result<i64, StoreError> {
    let evidence = serde_json::to_string(&p.evidence).unwrap_or_else(|_| "[]".into());
    let entered_by = tx.actor.user_id;
    let now = tx.now();
    Ok(on_tx!(tx, c => sqlx::query_scalar(
        "INSERT INTO progress_reports (tenant_id, task_id, reported_on, author_id, percent, body, evidence, created_at, entered_by)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) RETURNING id")
        .bind(task.tenant_id).bind(task.id).bind(p.reported_on).bind(p.author_id).bind(p.percent)
        .bind(&p.text).bind(evidence).bind(now).bind(entered_by).fetch_one(c).await?))
}

const REPORT_COLS: &str = "id, task_id, reported_on, author_id, percent, body, evidence, entered_by, created_at";

async fn get_report(tx: &mut Tx, id: i64) -> Result<ProgressReport, StoreError> {
    crate::own_tenants::one_by_id::<ProgressReport>(tx, "tenant_id", id, |cond| {
        format!("SELECT {REPORT_COLS} FROM progress_reports WHERE id = $1{cond}")
    })
    .await?
    .ok_or(StoreError::not_found("progress_report", id))
}

/// Adds a progress report; the task's progress becomes the latest report's percent.
pub async fn report_progress(
    tx: &mut Tx,
    task: &Task,
    input: &Valid<ProgressInput>,
    clock: &Clock,
) -> Result<(ProgressReport, Task), StoreError> {
    let id = insert_report(tx, task, input).await?;
    let progress = latest_report(tx, task).await?.map_or(0, |(_, p)| p);
    let after = tasks::save_facts(
        tx,
        task,
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
            task.tenant_id,
            "task",
            task.id,
            "progress",
            Some(audit::json(task)),
            Some(audit::with(&after, "progress_report", &report)),
        ),
    )
    .await?;
    Ok((report, after))
}

/// Marks a task complete on the date given (already checked); a pending extension request is
/// withdrawn. The completion is also the work's last progress report (100 %).
pub async fn complete(
    tx: &mut Tx,
    task: &Task,
    input: &Valid<CompleteInput>,
    clock: &Clock,
) -> Result<Task, StoreError> {
    let done = input.completed_on.unwrap_or(clock.today);
    let report = ProgressInput {
        reported_on: Some(done),
        percent: 100,
        text: input.note.clone().unwrap_or_else(|| "Đã hoàn thành nhiệm vụ.".into()),
        evidence: Vec::new(),
        author_id: input.author_id,
        confirm_drop: false,
    };
    insert_report(tx, task, &report).await?;
    withdraw_pending(tx, task, clock).await?;
    let facts = domain::status::TaskFacts {
        completed_on: Some(done),
        progress: 100,
        extension_pending: false,
        ..task.facts()
    };
    let after = tasks::save_facts(tx, task, facts, clock).await?;
    audit::record(
        tx,
        Change::updated(task.tenant_id, "task", task.id, "complete", task, &after),
    )
    .await?;
    Ok(after)
}

async fn withdraw_pending(tx: &mut Tx, task: &Task, clock: &Clock) -> Result<(), StoreError> {
    let now = tx.now();
    on_tx!(tx, c => sqlx::query("UPDATE extension_requests SET decision = $1, decided_on = $2, decided_at = $3 WHERE tenant_id = $6 AND task_id = $4 AND decision = $5")
        .bind(Decision::Withdrawn.as_str()).bind(clock.today).bind(now).bind(task.id).bind(Decision::Pending.as_str())
        .bind(task.tenant_id)
        .execute(c).await?.rows_affected());
    Ok(())
}

/// Cancels a task (it stays in history, counted as cancelled); a pending extension request is
/// withdrawn.
pub async fn cancel(tx: &mut Tx, task: &Task, reason: &Valid<MessageInput>, clock: &Clock) -> Result<Task, StoreError> {
    withdraw_pending(tx, task, clock).await?;
    let facts = domain::status::TaskFacts {
        cancelled: true,
        extension_pending: false,
        ..task.facts()
    };
    tasks::save_facts(tx, task, facts, clock).await?;
    on_tx!(tx, c => sqlx::query("UPDATE tasks SET cancel_reason = $1 WHERE tenant_id = $3 AND id = $2")
        .bind(&reason.text).bind(task.id).bind(task.tenant_id).execute(c).await?.rows_affected());
    let after = tasks::get(tx, task.id, clock).await?;
    audit::record(
        tx,
        Change::updated(task.tenant_id, "task", task.id, "cancel", task, &after),
    )
    .await?;
    Ok(after)
}

const EXT_COLS: &str = "id, task_id, requested_on, requested_by, requested_by_user, old_due_on, new_due_on, reason, decision, \
    decided_on, decided_by, decided_by_user, decided_at, granted_due_on, decision_note, created_at";

/// Files an extension request; the task shows "Chờ gia hạn" until it is decided.
pub async fn request_extension(
    tx: &mut Tx,
    task: &Task,
    input: &Valid<ExtensionInput>,
    clock: &Clock,
) -> Result<ExtensionRequest, StoreError> {
    let user = tx.actor.user_id;
    let now = tx.now();
    let id: i64 = on_tx!(tx, c => sqlx::query_scalar(
        "INSERT INTO extension_requests (tenant_id, task_id, requested_on, requested_by, requested_by_user, old_due_on, new_due_on, reason, decision, created_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) RETURNING id")
        .bind(task.tenant_id).bind(task.id).bind(clock.today).bind(input.requested_by).bind(user).bind(task.due_on)
        .bind(input.new_due_on).bind(&input.reason).bind(Decision::Pending.as_str()).bind(now)
        .fetch_one(c).await?);
    let after = tasks::save_facts(
        tx,
        task,
        domain::status::TaskFacts {
            extension_pending: true,
            ..task.facts()
        },
        clock,
    )
    .await?;
    let req = get_extension(tx, task.tenant_id, task.id, id).await?;
    let change = Change::new(
        task.tenant_id,
        "task",
        task.id,
        "extension_request",
        Some(audit::json(task)),
        Some(audit::with(&after, "extension_request", &req)),
    );
    audit::record(tx, change).await?;
    Ok(req)
}

/// A request of a task; the task's tenant names the one shard it is in on Citus.
pub async fn get_extension(tx: &mut Tx, tenant: i64, task_id: i64, id: i64) -> Result<ExtensionRequest, StoreError> {
    let sql = format!("SELECT {EXT_COLS} FROM extension_requests WHERE tenant_id = $3 AND id = $1 AND task_id = $2");
    on_tx!(tx, c => sqlx::query_as::<_, ExtensionRequest>(sqlx::AssertSqlSafe(sql.as_str())).bind(id).bind(task_id).bind(tenant).fetch_optional(c).await?)
        .ok_or(StoreError::not_found("extension_request", id))
}

fn already_decided() -> StoreError {
    StoreError::Conflict(FieldError::new(
        "decision",
        ErrorCode::AlreadyDecided,
        "Đề nghị gia hạn này đã được quyết định.",
        "This extension request has already been decided.",
    ))
}

fn already_answered() -> StoreError {
    StoreError::Conflict(FieldError::new(
        "answer",
        ErrorCode::AlreadyAnswered,
        "Yêu cầu giải trình này đã được trả lời.",
        "This explanation request has already been answered.",
    ))
}

/// Decides a pending extension request; approval moves the task's due date to the date granted
/// (the one asked unless the decision says otherwise).
pub async fn decide_extension(
    tx: &mut Tx,
    task: &Task,
    req: &ExtensionRequest,
    input: &Valid<DecisionInput>,
    clock: &Clock,
) -> Result<(ExtensionRequest, Task), StoreError> {
    if req.decision != Decision::Pending {
        return Err(already_decided());
    }
    let (decision, granted) = if input.approve {
        (
            Decision::Approved,
            Some(input.approved_due_on.unwrap_or(req.new_due_on)),
        )
    } else {
        (Decision::Rejected, None)
    };
    let user = tx.actor.user_id;
    let now = tx.now();
    let n = on_tx!(tx, c => sqlx::query(
        "UPDATE extension_requests SET decision = $1, decided_on = $2, decided_by = $3, decision_note = $4,
                decided_by_user = $5, decided_at = $6, granted_due_on = $7
         WHERE tenant_id = $10 AND id = $8 AND decision = $9")
        .bind(decision.as_str()).bind(clock.today).bind(input.decided_by).bind(&input.note).bind(user)
        .bind(now).bind(granted).bind(req.id).bind(Decision::Pending.as_str()).bind(task.tenant_id)
        .execute(c).await?.rows_affected());
    if n != 1 {
        return Err(already_decided());
    }
    let after = tasks::save_facts(
        tx,
        task,
        domain::status::TaskFacts {
            extension_pending: false,
            due_on: granted.or(task.due_on),
            ..task.facts()
        },
        clock,
    )
    .await?;
    let decided = get_extension(tx, task.tenant_id, task.id, req.id).await?;
    let change = Change::new(
        task.tenant_id,
        "task",
        task.id,
        "extension_decision",
        Some(audit::with(task, "extension_request", req)),
        Some(audit::with(&after, "extension_request", &decided)),
    );
    audit::record(tx, change).await?;
    Ok((decided, after))
}

const EXP_COLS: &str = "id, task_id, requested_on, requested_by, requested_by_user, addressee_unit_id, answer_due_on, question, \
    answered_on, answered_by, answered_by_user, answered_at, answer, created_at";

/// Asks a unit to explain (yêu cầu giải trình) by a date.
pub async fn request_explanation(
    tx: &mut Tx,
    task: &Task,
    input: &Valid<ExplanationRequestInput>,
    addressee_unit_id: i64,
    clock: &Clock,
) -> Result<ExplanationRequest, StoreError> {
    let user = tx.actor.user_id;
    let now = tx.now();
    let id: i64 = on_tx!(tx, c => sqlx::query_scalar(
        "INSERT INTO explanation_requests (tenant_id, task_id, requested_on, requested_by, requested_by_user, addressee_unit_id, answer_due_on, question, created_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) RETURNING id")
        .bind(task.tenant_id).bind(task.id).bind(clock.today).bind(input.person_id).bind(user)
        .bind(addressee_unit_id).bind(input.answer_due_on).bind(&input.text).bind(now)
        .fetch_one(c).await?);
    let req = get_explanation(tx, task.tenant_id, task.id, id).await?;
    let change = Change::new(
        task.tenant_id,
        "task",
        task.id,
        "explanation_request",
        Some(audit::json(task)),
        Some(audit::with(task, "explanation_request", &req)),
    );
    audit::record(tx, change).await?;
    Ok(req)
}

/// A request of a task; the task's tenant names the one shard it is in on Citus.
pub async fn get_explanation(
    tx: &mut Tx,
    tenant: i64,
    task_id: i64,
    id: i64,
) -> Result<ExplanationRequest, StoreError> {
    let sql = format!("SELECT {EXP_COLS} FROM explanation_requests WHERE tenant_id = $3 AND id = $1 AND task_id = $2");
    on_tx!(tx, c => sqlx::query_as::<_, ExplanationRequest>(sqlx::AssertSqlSafe(sql.as_str())).bind(id).bind(task_id).bind(tenant).fetch_optional(c).await?)
        .ok_or(StoreError::not_found("explanation_request", id))
}

/// Records the answer to an explanation request, once.
pub async fn answer_explanation(
    tx: &mut Tx,
    task: &Task,
    req: &ExplanationRequest,
    input: &Valid<MessageInput>,
    clock: &Clock,
) -> Result<ExplanationRequest, StoreError> {
    if req.answered_on.is_some() {
        return Err(already_answered());
    }
    let user = tx.actor.user_id;
    let now = tx.now();
    let n = on_tx!(tx, c => sqlx::query(
        "UPDATE explanation_requests SET answered_on = $1, answered_by = $2, answer = $3, answered_by_user = $4, answered_at = $5
         WHERE tenant_id = $7 AND id = $6 AND answered_on IS NULL")
        .bind(clock.today).bind(input.person_id).bind(&input.text).bind(user).bind(now).bind(req.id)
        .bind(task.tenant_id)
        .execute(c).await?.rows_affected());
    if n != 1 {
        return Err(already_answered());
    }
    let answered = get_explanation(tx, task.tenant_id, task.id, req.id).await?;
    let change = Change::new(
        task.tenant_id,
        "task",
        task.id,
        "explanation_answer",
        Some(audit::with(task, "explanation_request", req)),
        Some(audit::with(task, "explanation_request", &answered)),
    );
    audit::record(tx, change).await?;
    Ok(answered)
}

const NOTE_COLS: &str = "id, task_id, kind, body, person_id, entered_by, created_at";

/// Adds a directive comment or an urge to a task's history.
pub async fn add_note(
    tx: &mut Tx,
    task: &Task,
    kind: NoteKind,
    input: &Valid<MessageInput>,
) -> Result<TaskNote, StoreError> {
    let user = tx.actor.user_id;
    let now = tx.now();
    let id: i64 = on_tx!(tx, c => sqlx::query_scalar(
        "INSERT INTO task_notes (tenant_id, task_id, kind, body, person_id, entered_by, created_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id")
        .bind(task.tenant_id).bind(task.id).bind(kind.as_str()).bind(&input.text).bind(input.person_id)
        .bind(user).bind(now).fetch_one(c).await?);
    let sql = format!("SELECT {NOTE_COLS} FROM task_notes WHERE id = $1");
    let note =
        on_tx!(tx, c => sqlx::query_as::<_, TaskNote>(sqlx::AssertSqlSafe(sql.as_str())).bind(id).fetch_one(c).await?);
    audit::record(
        tx,
        Change::new(
            task.tenant_id,
            "task",
            task.id,
            kind.as_str(),
            None,
            Some(audit::with(task, "note", &note)),
        ),
    )
    .await?;
    Ok(note)
}

/// A task's history: progress reports, extension and explanation requests, comments and urges,
/// each oldest first.
#[derive(Debug, Clone, PartialEq, serde::Serialize, utoipa::ToSchema)]
pub struct TaskHistory {
    pub progress: Vec<ProgressReport>,
    pub extensions: Vec<ExtensionRequest>,
    pub explanations: Vec<ExplanationRequest>,
    pub notes: Vec<TaskNote>,
}

pub async fn history(tx: &mut Tx, task_id: i64, clock: &Clock) -> Result<TaskHistory, StoreError> {
    // What hangs off a task is in the task's tenant: read there (one shard on Citus).
    let tenant = tasks::get(tx, task_id, clock).await?.tenant_id;
    let t = crate::sql::tenant_col(tx.backend(), "tenant_id");
    let sql =
        format!("SELECT {REPORT_COLS} FROM progress_reports WHERE {t} = $2 AND task_id = $1 ORDER BY reported_on, id");
    let progress = on_tx!(tx, c => sqlx::query_as::<_, ProgressReport>(sqlx::AssertSqlSafe(sql.as_str())).bind(task_id).bind(tenant).fetch_all(c).await?);
    let sql =
        format!("SELECT {EXT_COLS} FROM extension_requests WHERE {t} = $2 AND task_id = $1 ORDER BY requested_on, id");
    let extensions = on_tx!(tx, c => sqlx::query_as::<_, ExtensionRequest>(sqlx::AssertSqlSafe(sql.as_str())).bind(task_id).bind(tenant).fetch_all(c).await?);
    let sql = format!(
        "SELECT {EXP_COLS} FROM explanation_requests WHERE {t} = $2 AND task_id = $1 ORDER BY requested_on, id"
    );
    let explanations = on_tx!(tx, c => sqlx::query_as::<_, ExplanationRequest>(sqlx::AssertSqlSafe(sql.as_str())).bind(task_id).bind(tenant).fetch_all(c).await?);
    let sql = format!("SELECT {NOTE_COLS} FROM task_notes WHERE {t} = $2 AND task_id = $1 ORDER BY created_at, id");
    let notes = on_tx!(tx, c => sqlx::query_as::<_, TaskNote>(sqlx::AssertSqlSafe(sql.as_str())).bind(task_id).bind(tenant).fetch_all(c).await?);
    Ok(TaskHistory {
        progress,
        extensions,
        explanations,
        notes,
    })
}
