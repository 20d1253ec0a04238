//! `/tasks`: assignment of work.

use axum::Json;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use domain::status::TaskStatus;
use domain::task::TaskInput;
use serde::{Deserialize, Serialize};
use store::model::{Page, Task};
use store::tasks::{TaskFilter, TaskSort};
use utoipa::{IntoParams, ToSchema};

use crate::AppState;
use crate::api::{Versioned, created};
use crate::auth::Auth;
use crate::error::{ApiError, ApiJson, ApiQuery, ErrorBody};

#[derive(Debug, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct TaskQuery {
    /// Tasks led by units in this subtree.
    pub within: Option<i64>,
    pub lead_unit_id: Option<i64>,
    /// Tasks this unit cooperates on.
    pub cooperating_unit_id: Option<i64>,
    pub plan_id: Option<i64>,
    pub parent_id: Option<i64>,
    pub responsible_id: Option<i64>,
    pub status: Option<TaskStatus>,
    pub is_key: Option<bool>,
    /// Also list group headings ("Nhóm nhiệm vụ …"), which are never counted as tasks.
    pub groups: Option<bool>,
    pub due_from: Option<chrono::NaiveDate>,
    pub due_to: Option<chrono::NaiveDate>,
    /// Search in code and title, diacritic-insensitive.
    pub q: Option<String>,
    /// `due` (default), `code`, `updated` or `progress`.
    pub sort: Option<String>,
    /// At most 500; default 50.
    pub limit: Option<i64>,
    pub offset: Option<i64>,
}

/// List tasks with their status as of today.
#[utoipa::path(get, path = "/tasks", tag = "tasks", params(TaskQuery),
    responses((status = 200, body = Page<Task>), (status = 400, body = ErrorBody), (status = 401, body = ErrorBody)))]
pub async fn list(
    State(st): State<AppState>,
    auth: Auth,
    ApiQuery(q): ApiQuery<TaskQuery>,
) -> Result<Json<Page<Task>>, ApiError> {
    let (limit, offset) = store::sql::clamp_page(q.limit, q.offset);
    let sort = match q.sort.as_deref() {
        None => TaskSort::default(),
        Some(s) => TaskSort::parse(s).ok_or_else(|| {
            ApiError::bad_request(
                Some("sort".into()),
                format!("Cách sắp xếp “{s}” không hợp lệ; dùng due, code, updated hoặc progress."),
                format!("Unknown sort “{s}”; use due, code, updated or progress."),
            )
        })?,
    };
    let f = TaskFilter {
        within: q.within,
        lead_unit_id: q.lead_unit_id,
        cooperating_unit_id: q.cooperating_unit_id,
        plan_id: q.plan_id,
        parent_id: q.parent_id,
        responsible_id: q.responsible_id,
        status: q.status,
        is_key: q.is_key,
        include_groups: q.groups.unwrap_or(false),
        due_from: q.due_from,
        due_to: q.due_to,
        q: q.q,
        sort,
        visibility: None,
    };
    let mut r = st.app.read(&auth).await?;
    Ok(Json(r.tasks(f, limit, offset).await?))
}

/// Assign a task. The deadline may be given as written ("Quý IV/2023"); the due date or
/// recurrence is computed from it. Every unit and person named must be one the plan's issuer
/// may assign work to.
#[utoipa::path(post, path = "/tasks", tag = "tasks", request_body = TaskInput,
    responses((status = 201, body = Task), (status = 403, body = ErrorBody), (status = 422, body = ErrorBody)))]
pub async fn create(
    State(st): State<AppState>,
    auth: Auth,
    ApiJson(input): ApiJson<TaskInput>,
) -> Result<Response, ApiError> {
    let t = app::tasks::create(&st.app, &auth, input).await?;
    Ok(created(format!("/api/v1/tasks/{}", t.id), t))
}

#[derive(Debug, Deserialize, ToSchema)]
pub struct TaskBatch {
    pub tasks: Vec<TaskInput>,
}

/// Assign many tasks at once: all are written, or none (the error names `tasks[i].field`).
#[utoipa::path(post, path = "/tasks/batch", tag = "tasks", request_body = TaskBatch,
    responses((status = 201, body = Vec<Task>), (status = 413, body = ErrorBody), (status = 422, body = ErrorBody)))]
pub async fn create_batch(
    State(st): State<AppState>,
    auth: Auth,
    ApiJson(batch): ApiJson<TaskBatch>,
) -> Result<Response, ApiError> {
    let tasks = app::tasks::create_batch(&st.app, &auth, batch.tasks).await?;
    Ok((StatusCode::CREATED, Json(tasks)).into_response())
}

/// One task with its status.
#[utoipa::path(get, path = "/tasks/{id}", tag = "tasks", params(("id" = i64, Path)),
    responses((status = 200, body = Task), (status = 404, body = ErrorBody)))]
pub async fn get(State(st): State<AppState>, auth: Auth, Path(id): Path<i64>) -> Result<Json<Task>, ApiError> {
    let mut r = st.app.read(&auth).await?;
    Ok(Json(r.task(id).await?))
}

/// Edit a task's assignment (title, units, person, deadline…): the assigning side only.
#[utoipa::path(put, path = "/tasks/{id}", tag = "tasks", params(("id" = i64, Path)), request_body = Versioned<TaskInput>,
    responses((status = 200, body = Task), (status = 404, body = ErrorBody), (status = 409, body = ErrorBody), (status = 422, body = ErrorBody)))]
pub async fn update(
    State(st): State<AppState>,
    auth: Auth,
    Path(id): Path<i64>,
    ApiJson(body): ApiJson<Versioned<TaskInput>>,
) -> Result<Json<Task>, ApiError> {
    Ok(Json(
        app::tasks::update(&st.app, &auth, id, body.version, body.data).await?,
    ))
}

/// A sub-task: the unit leading `id` splits its part among its cells and staff (or the
/// assigning side adds one). Its units must be ones the parent's lead unit may direct.
#[utoipa::path(post, path = "/tasks/{id}/subtasks", tag = "tasks", params(("id" = i64, Path)), request_body = TaskInput,
    responses((status = 201, body = Task), (status = 404, body = ErrorBody), (status = 409, body = ErrorBody), (status = 422, body = ErrorBody)))]
pub async fn create_subtask(
    State(st): State<AppState>,
    auth: Auth,
    Path(id): Path<i64>,
    ApiJson(input): ApiJson<TaskInput>,
) -> Result<Response, ApiError> {
    let t = app::tasks::create_subtask(&st.app, &auth, id, input).await?;
    Ok(created(format!("/api/v1/tasks/{}", t.id), t))
}

#[derive(Debug, Deserialize, Serialize, ToSchema)]
pub struct ResponsibleInput {
    /// The version last read.
    pub version: i64,
    /// The person responsible; none to clear.
    pub responsible_id: Option<i64>,
}

/// Name the person responsible: the assigning side, or the lead unit deciding who of its staff
/// does the work.
#[utoipa::path(put, path = "/tasks/{id}/responsible", tag = "tasks", params(("id" = i64, Path)), request_body = ResponsibleInput,
    responses((status = 200, body = Task), (status = 404, body = ErrorBody), (status = 409, body = ErrorBody), (status = 422, body = ErrorBody)))]
pub async fn set_responsible(
    State(st): State<AppState>,
    auth: Auth,
    Path(id): Path<i64>,
    ApiJson(input): ApiJson<ResponsibleInput>,
) -> Result<Json<Task>, ApiError> {
    Ok(Json(
        app::tasks::set_responsible(&st.app, &auth, id, input.version, input.responsible_id).await?,
    ))
}
