//! `/tasks/{id}/…`: progress, completion, cancellation, extension and explanation requests.

use axum::Json;
use axum::extract::{Path, State};
use axum::response::Response;
use domain::task::{CompleteInput, DecisionInput, ExtensionInput, MessageInput, ProgressInput};
use serde::{Deserialize, Serialize};
use store::model::{ExplanationRequest, ExtensionRequest, ProgressReport, Task};
use store::work::TaskHistory;
use utoipa::ToSchema;

use super::created;
use crate::AppState;
use crate::auth::{Auth, guard};
use crate::error::{ApiError, ApiJson, ErrorBody};
use domain::access::Action;
use store::access::Subject;

/// The task's history: progress reports, extension and explanation requests.
#[utoipa::path(get, path = "/tasks/{id}/history", tag = "work", params(("id" = i64, Path)),
    responses((status = 200, body = TaskHistory), (status = 404, body = ErrorBody)))]
pub async fn history(
    State(st): State<AppState>,
    auth: Auth,
    Path(id): Path<i64>,
) -> Result<Json<TaskHistory>, ApiError> {
    let clock = st.clock.clock();
    let mut tx = st.db.read().await?;
    guard::check(&mut tx, &auth, Action::Read, Subject::Task(id)).await?;
    Ok(Json(store::work::history(&mut tx, id, &clock).await?))
}

#[derive(Debug, Serialize, ToSchema)]
pub struct ProgressAnswer {
    pub report: ProgressReport,
    pub task: Task,
}

/// Report progress (percent below 100, text, evidence).
#[utoipa::path(post, path = "/tasks/{id}/progress", tag = "work", params(("id" = i64, Path)), request_body = ProgressInput,
    responses((status = 201, body = ProgressAnswer), (status = 404, body = ErrorBody), (status = 409, body = ErrorBody), (status = 422, body = ErrorBody)))]
pub async fn report_progress(
    State(st): State<AppState>,
    auth: Auth,
    Path(id): Path<i64>,
    ApiJson(input): ApiJson<ProgressInput>,
) -> Result<Response, ApiError> {
    let clock = st.clock.clock();
    let mut tx = st.db.write_as(auth.actor.clone()).await?;
    guard::check(&mut tx, &auth, Action::ReportWork, Subject::Task(id)).await?;
    let (report, task) = store::work::report_progress(&mut tx, id, input, &clock).await?;
    tx.commit().await?;
    Ok(created(
        format!("/api/v1/tasks/{id}/history"),
        ProgressAnswer { report, task },
    ))
}

/// Mark the task complete (on a date, default today).
#[utoipa::path(post, path = "/tasks/{id}/complete", tag = "work", params(("id" = i64, Path)), request_body = CompleteInput,
    responses((status = 200, body = Task), (status = 404, body = ErrorBody), (status = 409, body = ErrorBody), (status = 422, body = ErrorBody)))]
pub async fn complete(
    State(st): State<AppState>,
    auth: Auth,
    Path(id): Path<i64>,
    ApiJson(input): ApiJson<CompleteInput>,
) -> Result<Json<Task>, ApiError> {
    let clock = st.clock.clock();
    let mut tx = st.db.write_as(auth.actor.clone()).await?;
    guard::check(&mut tx, &auth, Action::ReportWork, Subject::Task(id)).await?;
    let t = store::work::complete(&mut tx, id, input, &clock).await?;
    tx.commit().await?;
    Ok(Json(t))
}

#[derive(Debug, Deserialize, ToSchema)]
pub struct CancelInput {
    pub version: i64,
    pub reason: String,
    pub person_id: Option<i64>,
}

/// Cancel the task (it stays, counted as cancelled).
#[utoipa::path(post, path = "/tasks/{id}/cancel", tag = "work", params(("id" = i64, Path)), request_body = CancelInput,
    responses((status = 200, body = Task), (status = 404, body = ErrorBody), (status = 409, body = ErrorBody), (status = 422, body = ErrorBody)))]
pub async fn cancel(
    State(st): State<AppState>,
    auth: Auth,
    Path(id): Path<i64>,
    ApiJson(input): ApiJson<CancelInput>,
) -> Result<Json<Task>, ApiError> {
    let clock = st.clock.clock();
    let reason = MessageInput {
        text: input.reason,
        person_id: input.person_id,
    };
    let mut tx = st.db.write_as(auth.actor.clone()).await?;
    guard::check(&mut tx, &auth, Action::ManageWork, Subject::Task(id)).await?;
    let t = store::work::cancel(&mut tx, id, input.version, reason, &clock).await?;
    tx.commit().await?;
    Ok(Json(t))
}

/// Request an extension (đề nghị gia hạn); one may be pending at a time.
#[utoipa::path(post, path = "/tasks/{id}/extensions", tag = "work", params(("id" = i64, Path)), request_body = ExtensionInput,
    responses((status = 201, body = ExtensionRequest), (status = 404, body = ErrorBody), (status = 409, body = ErrorBody), (status = 422, body = ErrorBody)))]
pub async fn request_extension(
    State(st): State<AppState>,
    auth: Auth,
    Path(id): Path<i64>,
    ApiJson(input): ApiJson<ExtensionInput>,
) -> Result<Response, ApiError> {
    let clock = st.clock.clock();
    let mut tx = st.db.write_as(auth.actor.clone()).await?;
    guard::check(&mut tx, &auth, Action::ReportWork, Subject::Task(id)).await?;
    let r = store::work::request_extension(&mut tx, id, input, &clock).await?;
    tx.commit().await?;
    Ok(created(format!("/api/v1/tasks/{id}/history"), r))
}

#[derive(Debug, Serialize, ToSchema)]
pub struct DecisionAnswer {
    pub request: ExtensionRequest,
    pub task: Task,
}

/// Approve (moving the due date) or reject an extension request.
#[utoipa::path(post, path = "/tasks/{id}/extensions/{request_id}/decision", tag = "work",
    params(("id" = i64, Path), ("request_id" = i64, Path)), request_body = DecisionInput,
    responses((status = 200, body = DecisionAnswer), (status = 404, body = ErrorBody), (status = 409, body = ErrorBody), (status = 422, body = ErrorBody)))]
pub async fn decide_extension(
    State(st): State<AppState>,
    auth: Auth,
    Path((id, request_id)): Path<(i64, i64)>,
    ApiJson(input): ApiJson<DecisionInput>,
) -> Result<Json<DecisionAnswer>, ApiError> {
    let clock = st.clock.clock();
    let mut tx = st.db.write_as(auth.actor.clone()).await?;
    guard::check(&mut tx, &auth, Action::DecideExtension, Subject::Task(id)).await?;
    let (request, task) = store::work::decide_extension(&mut tx, id, request_id, input, &clock).await?;
    tx.commit().await?;
    Ok(Json(DecisionAnswer { request, task }))
}

/// Ask the lead unit to explain (yêu cầu giải trình).
#[utoipa::path(post, path = "/tasks/{id}/explanations", tag = "work", params(("id" = i64, Path)), request_body = MessageInput,
    responses((status = 201, body = ExplanationRequest), (status = 404, body = ErrorBody), (status = 422, body = ErrorBody)))]
pub async fn request_explanation(
    State(st): State<AppState>,
    auth: Auth,
    Path(id): Path<i64>,
    ApiJson(input): ApiJson<MessageInput>,
) -> Result<Response, ApiError> {
    let clock = st.clock.clock();
    let mut tx = st.db.write_as(auth.actor.clone()).await?;
    guard::check(&mut tx, &auth, Action::RequestExplanation, Subject::Task(id)).await?;
    let r = store::work::request_explanation(&mut tx, id, input, &clock).await?;
    tx.commit().await?;
    Ok(created(format!("/api/v1/tasks/{id}/history"), r))
}

/// Answer an explanation request.
#[utoipa::path(post, path = "/tasks/{id}/explanations/{request_id}/answer", tag = "work",
    params(("id" = i64, Path), ("request_id" = i64, Path)), request_body = MessageInput,
    responses((status = 200, body = ExplanationRequest), (status = 404, body = ErrorBody), (status = 409, body = ErrorBody), (status = 422, body = ErrorBody)))]
pub async fn answer_explanation(
    State(st): State<AppState>,
    auth: Auth,
    Path((id, request_id)): Path<(i64, i64)>,
    ApiJson(input): ApiJson<MessageInput>,
) -> Result<Json<ExplanationRequest>, ApiError> {
    let clock = st.clock.clock();
    let mut tx = st.db.write_as(auth.actor.clone()).await?;
    guard::check(&mut tx, &auth, Action::ReportWork, Subject::Task(id)).await?;
    let r = store::work::answer_explanation(&mut tx, id, request_id, input, &clock).await?;
    tx.commit().await?;
    Ok(Json(r))
}
