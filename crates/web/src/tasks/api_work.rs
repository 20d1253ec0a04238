//! `/tasks/{id}/…`: progress, completion, cancellation, extension and explanation requests,
//! directive comments and urges.

use axum::Json;
use axum::extract::{Path, State};
use axum::response::Response;
use domain::task::{
    CompleteInput, DecisionInput, ExplanationRequestInput, ExtensionInput, MessageInput, NoteKind, ProgressInput,
};
use serde::Deserialize;
use store::model::{ExplanationRequest, ExtensionRequest, Task, TaskNote};
use store::work::TaskHistory;
use utoipa::ToSchema;

use crate::AppState;
use crate::api::created;
use crate::auth::Auth;
use crate::error::{ApiError, ApiJson, ErrorBody};
pub use app::work::{DecisionAnswer, ProgressAnswer};

/// The task's history: progress reports, extension and explanation requests, comments, urges.
#[utoipa::path(get, path = "/tasks/{id}/history", tag = "work", params(("id" = i64, Path)),
    responses((status = 200, body = TaskHistory), (status = 404, body = ErrorBody)))]
pub async fn history(
    State(st): State<AppState>,
    auth: Auth,
    Path(id): Path<i64>,
) -> Result<Json<TaskHistory>, ApiError> {
    let mut r = st.app.read(&auth).await?;
    Ok(Json(r.history(id).await?))
}

/// Report progress (percent below 100, text, evidence): the lead or a cooperating unit, or the
/// person responsible. A report lowering the progress needs `confirm_drop`.
#[utoipa::path(post, path = "/tasks/{id}/progress", tag = "work", params(("id" = i64, Path)), request_body = ProgressInput,
    responses((status = 201, body = ProgressAnswer), (status = 403, body = ErrorBody), (status = 404, body = ErrorBody), (status = 409, body = ErrorBody), (status = 422, body = ErrorBody)))]
pub async fn report_progress(
    State(st): State<AppState>,
    auth: Auth,
    Path(id): Path<i64>,
    ApiJson(input): ApiJson<ProgressInput>,
) -> Result<Response, ApiError> {
    let a = app::work::report_progress(&st.app, &auth, id, input).await?;
    Ok(created(format!("/api/v1/tasks/{id}/history"), a))
}

/// Report the task complete (on a date, default today): the lead unit or the person
/// responsible. A date far back needs the assigning office.
#[utoipa::path(post, path = "/tasks/{id}/complete", tag = "work", params(("id" = i64, Path)), request_body = CompleteInput,
    responses((status = 200, body = Task), (status = 403, body = ErrorBody), (status = 404, body = ErrorBody), (status = 409, body = ErrorBody), (status = 422, body = ErrorBody)))]
pub async fn complete(
    State(st): State<AppState>,
    auth: Auth,
    Path(id): Path<i64>,
    ApiJson(input): ApiJson<CompleteInput>,
) -> Result<Json<Task>, ApiError> {
    Ok(Json(app::work::complete(&st.app, &auth, id, input).await?))
}

#[derive(Debug, Deserialize, ToSchema)]
pub struct CancelInput {
    pub version: i64,
    pub reason: String,
    pub person_id: Option<i64>,
}

/// Cancel the task (it stays, counted as cancelled): the assigning side.
#[utoipa::path(post, path = "/tasks/{id}/cancel", tag = "work", params(("id" = i64, Path)), request_body = CancelInput,
    responses((status = 200, body = Task), (status = 403, body = ErrorBody), (status = 404, body = ErrorBody), (status = 409, body = ErrorBody), (status = 422, body = ErrorBody)))]
pub async fn cancel(
    State(st): State<AppState>,
    auth: Auth,
    Path(id): Path<i64>,
    ApiJson(input): ApiJson<CancelInput>,
) -> Result<Json<Task>, ApiError> {
    let reason = MessageInput {
        text: input.reason,
        person_id: input.person_id,
    };
    Ok(Json(
        app::tasks::cancel(&st.app, &auth, id, input.version, reason).await?,
    ))
}

/// Request an extension (đề nghị gia hạn): the lead unit or the person responsible; one may be
/// pending at a time.
#[utoipa::path(post, path = "/tasks/{id}/extensions", tag = "work", params(("id" = i64, Path)), request_body = ExtensionInput,
    responses((status = 201, body = ExtensionRequest), (status = 403, body = ErrorBody), (status = 404, body = ErrorBody), (status = 409, body = ErrorBody), (status = 422, body = ErrorBody)))]
pub async fn request_extension(
    State(st): State<AppState>,
    auth: Auth,
    Path(id): Path<i64>,
    ApiJson(input): ApiJson<ExtensionInput>,
) -> Result<Response, ApiError> {
    let r = app::work::request_extension(&st.app, &auth, id, input).await?;
    Ok(created(format!("/api/v1/tasks/{id}/history"), r))
}

/// Approve (moving the due date, to `approved_due_on` or the date asked) or reject an extension
/// request: the assigning side, never whoever requested it.
#[utoipa::path(post, path = "/tasks/{id}/extensions/{request_id}/decision", tag = "work",
    params(("id" = i64, Path), ("request_id" = i64, Path)), request_body = DecisionInput,
    responses((status = 200, body = DecisionAnswer), (status = 403, body = ErrorBody), (status = 404, body = ErrorBody), (status = 409, body = ErrorBody), (status = 422, body = ErrorBody)))]
pub async fn decide_extension(
    State(st): State<AppState>,
    auth: Auth,
    Path((id, request_id)): Path<(i64, i64)>,
    ApiJson(input): ApiJson<DecisionInput>,
) -> Result<Json<DecisionAnswer>, ApiError> {
    Ok(Json(
        app::work::decide_extension(&st.app, &auth, id, request_id, input).await?,
    ))
}

/// Ask a unit of the task to explain (yêu cầu giải trình), by a date.
#[utoipa::path(post, path = "/tasks/{id}/explanations", tag = "work", params(("id" = i64, Path)), request_body = ExplanationRequestInput,
    responses((status = 201, body = ExplanationRequest), (status = 403, body = ErrorBody), (status = 404, body = ErrorBody), (status = 422, body = ErrorBody)))]
pub async fn request_explanation(
    State(st): State<AppState>,
    auth: Auth,
    Path(id): Path<i64>,
    ApiJson(input): ApiJson<ExplanationRequestInput>,
) -> Result<Response, ApiError> {
    let r = app::work::request_explanation(&st.app, &auth, id, input).await?;
    Ok(created(format!("/api/v1/tasks/{id}/history"), r))
}

/// Answer an explanation request: the unit asked, never whoever asked.
#[utoipa::path(post, path = "/tasks/{id}/explanations/{request_id}/answer", tag = "work",
    params(("id" = i64, Path), ("request_id" = i64, Path)), request_body = MessageInput,
    responses((status = 200, body = ExplanationRequest), (status = 403, body = ErrorBody), (status = 404, body = ErrorBody), (status = 409, body = ErrorBody), (status = 422, body = ErrorBody)))]
pub async fn answer_explanation(
    State(st): State<AppState>,
    auth: Auth,
    Path((id, request_id)): Path<(i64, i64)>,
    ApiJson(input): ApiJson<MessageInput>,
) -> Result<Json<ExplanationRequest>, ApiError> {
    Ok(Json(
        app::work::answer_explanation(&st.app, &auth, id, request_id, input).await?,
    ))
}

/// Add a directive comment (ý kiến chỉ đạo): leaders and the assigning office.
#[utoipa::path(post, path = "/tasks/{id}/comments", tag = "work", params(("id" = i64, Path)), request_body = MessageInput,
    responses((status = 201, body = TaskNote), (status = 403, body = ErrorBody), (status = 404, body = ErrorBody), (status = 422, body = ErrorBody)))]
pub async fn comment(
    State(st): State<AppState>,
    auth: Auth,
    Path(id): Path<i64>,
    ApiJson(input): ApiJson<MessageInput>,
) -> Result<Response, ApiError> {
    let n = app::work::add_note(&st.app, &auth, id, NoteKind::Comment, input).await?;
    Ok(created(format!("/api/v1/tasks/{id}/history"), n))
}

/// Urge the unit (đôn đốc): a reminder entry on the task; the text may be empty.
#[utoipa::path(post, path = "/tasks/{id}/urges", tag = "work", params(("id" = i64, Path)), request_body = MessageInput,
    responses((status = 201, body = TaskNote), (status = 403, body = ErrorBody), (status = 404, body = ErrorBody), (status = 409, body = ErrorBody), (status = 422, body = ErrorBody)))]
pub async fn urge(
    State(st): State<AppState>,
    auth: Auth,
    Path(id): Path<i64>,
    ApiJson(input): ApiJson<MessageInput>,
) -> Result<Response, ApiError> {
    let n = app::work::add_note(&st.app, &auth, id, NoteKind::Urge, input).await?;
    Ok(created(format!("/api/v1/tasks/{id}/history"), n))
}
