//! The work on a task as users do it: through the use-case layer's operations (as the
//! installation itself), inside the test's transaction. The workflow rules (a closed task
//! refuses progress, 100 % only through completion, one pending extension…) live in
//! `domain::task::workflow` and are applied there, so the store's tests of them go through it.
//! Errors come back in the store's shape so the tests keep their assertions.

use app::{Caller, Ctx, Settings};
use domain::ErrorCode;
use domain::FieldError;
use domain::status::Clock;
use domain::task::{
    CompleteInput, DecisionInput, ExplanationRequestInput, ExtensionInput, MessageInput, ProgressInput, TaskInput,
};
use store::model::{ExplanationRequest, ExtensionRequest, ProgressReport, Task};
use store::{StoreError, Tx};

fn settings() -> &'static Settings {
    static S: std::sync::OnceLock<Settings> = std::sync::OnceLock::new();
    S.get_or_init(Settings::default)
}

fn cx(clock: &Clock) -> Ctx<'static> {
    Ctx {
        clock: *clock,
        settings: settings(),
    }
}

/// The store's error for an operation's error.
pub fn as_store(e: app::Error) -> StoreError {
    let field = FieldError {
        field: e.field.clone().unwrap_or_default(),
        code: e.code,
        message_vi: e.message_vi.clone(),
        message_en: e.message_en.clone(),
    };
    match e.code {
        ErrorCode::NotFound => StoreError::NotFound {
            entity: "record",
            id: 0,
        },
        ErrorCode::StaleVersion => StoreError::StaleVersion {
            entity: "task",
            id: 0,
            expected: 0,
        },
        ErrorCode::TaskClosed
        | ErrorCode::ExtensionPending
        | ErrorCode::AlreadyDecided
        | ErrorCode::AlreadyAnswered
        | ErrorCode::DuplicateSymbol
        | ErrorCode::DuplicateLink => StoreError::Conflict(field),
        _ => StoreError::Invalid(field),
    }
}

pub async fn create_task(tx: &mut Tx, input: TaskInput, clock: &Clock) -> Result<Task, StoreError> {
    app::tasks::create_in(tx, &Caller::system(), &cx(clock), input)
        .await
        .map_err(as_store)
}

/// A progress report; a report lowering the progress is confirmed (the store's tests predate
/// the confirmation, which the domain's and the pages' tests cover).
pub async fn report_progress(
    tx: &mut Tx,
    id: i64,
    input: ProgressInput,
    clock: &Clock,
) -> Result<(ProgressReport, Task), StoreError> {
    let input = ProgressInput {
        confirm_drop: true,
        ..input
    };
    app::work::report_progress_in(tx, &Caller::system(), &cx(clock), id, input)
        .await
        .map(|a| (a.report, a.task))
        .map_err(as_store)
}

pub async fn complete(tx: &mut Tx, id: i64, input: CompleteInput, clock: &Clock) -> Result<Task, StoreError> {
    app::work::complete_in(tx, &Caller::system(), &cx(clock), id, input)
        .await
        .map_err(as_store)
}

pub async fn cancel(
    tx: &mut Tx,
    id: i64,
    version: i64,
    reason: MessageInput,
    clock: &Clock,
) -> Result<Task, StoreError> {
    app::tasks::cancel_in(tx, &Caller::system(), &cx(clock), id, version, reason)
        .await
        .map_err(as_store)
}

pub async fn request_extension(
    tx: &mut Tx,
    id: i64,
    input: ExtensionInput,
    clock: &Clock,
) -> Result<ExtensionRequest, StoreError> {
    app::work::request_extension_in(tx, &Caller::system(), &cx(clock), id, input)
        .await
        .map_err(as_store)
}

pub async fn decide_extension(
    tx: &mut Tx,
    id: i64,
    request_id: i64,
    input: DecisionInput,
    clock: &Clock,
) -> Result<(ExtensionRequest, Task), StoreError> {
    app::work::decide_extension_in(tx, &Caller::system(), &cx(clock), id, request_id, input)
        .await
        .map(|a| (a.request, a.task))
        .map_err(as_store)
}

pub async fn request_explanation(
    tx: &mut Tx,
    id: i64,
    input: MessageInput,
    clock: &Clock,
) -> Result<ExplanationRequest, StoreError> {
    let input = ExplanationRequestInput {
        text: input.text,
        addressee_unit_id: None,
        answer_due_on: None,
        person_id: input.person_id,
    };
    app::work::request_explanation_in(tx, &Caller::system(), &cx(clock), id, input)
        .await
        .map_err(as_store)
}

pub async fn answer_explanation(
    tx: &mut Tx,
    id: i64,
    request_id: i64,
    input: MessageInput,
    clock: &Clock,
) -> Result<ExplanationRequest, StoreError> {
    app::work::answer_explanation_in(tx, &Caller::system(), &cx(clock), id, request_id, input)
        .await
        .map_err(as_store)
}

pub async fn history(tx: &mut Tx, id: i64, clock: &Clock) -> Result<store::work::TaskHistory, StoreError> {
    store::work::history(tx, id, clock).await
}
