//! `/tasks`: assignment of work.

use axum::Json;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use domain::status::TaskStatus;
use domain::task::TaskInput;
use serde::Deserialize;
use store::model::{Page, Task};
use store::tasks::{TaskFilter, TaskSort};
use utoipa::{IntoParams, ToSchema};

use super::{Versioned, created};
use crate::AppState;
use crate::auth::{Auth, guard};
use crate::error::{ApiError, ApiJson, ApiQuery, ErrorBody};
use domain::access::Action;
use store::access::Subject;

#[derive(Debug, Deserialize, IntoParams)]
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
    responses((status = 200, body = Page<Task>), (status = 400, body = ErrorBody)))]
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
        due_from: q.due_from,
        due_to: q.due_to,
        q: q.q,
        sort,
        visibility: Some(guard::task_visibility(&auth)),
    };
    let clock = st.clock.clock();
    let mut tx = st.db.read().await?;
    if let Some(w) = q.within {
        guard::check(&mut tx, &auth, Action::Read, Subject::Unit(w)).await?;
    }
    Ok(Json(store::tasks::list(&mut tx, &f, &clock, limit, offset).await?))
}

/// Assign a task. The deadline may be given as written ("Quý IV/2023"); the due date or
/// recurrence is computed from it.
#[utoipa::path(post, path = "/tasks", tag = "tasks", request_body = TaskInput,
    responses((status = 201, body = Task), (status = 422, body = ErrorBody)))]
pub async fn create(
    State(st): State<AppState>,
    auth: Auth,
    ApiJson(input): ApiJson<TaskInput>,
) -> Result<Response, ApiError> {
    let clock = st.clock.clock();
    let mut tx = st.db.write_as(auth.actor.clone()).await?;
    guard::check_ref(
        &mut tx,
        &auth,
        Action::ManageWork,
        Subject::Document(input.plan_id),
        "plan_id",
    )
    .await?;
    let t = store::tasks::create(&mut tx, input, &clock).await?;
    tx.commit().await?;
    Ok(created(format!("/api/v1/tasks/{}", t.id), t))
}

#[derive(Debug, Deserialize, ToSchema)]
pub struct TaskBatch {
    pub tasks: Vec<TaskInput>,
}

/// Assign many tasks at once: all are written, or none (the error names `tasks[i].field`).
#[utoipa::path(post, path = "/tasks/batch", tag = "tasks", request_body = TaskBatch,
    responses((status = 201, body = Vec<Task>), (status = 422, body = ErrorBody)))]
pub async fn create_batch(
    State(st): State<AppState>,
    auth: Auth,
    ApiJson(batch): ApiJson<TaskBatch>,
) -> Result<Response, ApiError> {
    if batch.tasks.len() > 10_000 {
        return Err(ApiError::new(
            StatusCode::PAYLOAD_TOO_LARGE,
            "too_many",
            "Mỗi lần gửi tối đa 10.000 nhiệm vụ.",
            "At most 10,000 tasks per batch.",
            Some("tasks".into()),
        ));
    }
    let clock = st.clock.clock();
    let mut tx = st.db.write_as(auth.actor.clone()).await?;
    let mut plans: Vec<i64> = batch.tasks.iter().map(|t| t.plan_id).collect();
    plans.sort_unstable();
    plans.dedup();
    for plan in plans {
        guard::check_ref(&mut tx, &auth, Action::ManageWork, Subject::Document(plan), "plan_id").await?;
    }
    let tasks = store::tasks::create_batch(&mut tx, batch.tasks, &clock).await?;
    tx.commit().await?;
    Ok((StatusCode::CREATED, Json(tasks)).into_response())
}

/// One task with its status.
#[utoipa::path(get, path = "/tasks/{id}", tag = "tasks", params(("id" = i64, Path)),
    responses((status = 200, body = Task), (status = 404, body = ErrorBody)))]
pub async fn get(State(st): State<AppState>, auth: Auth, Path(id): Path<i64>) -> Result<Json<Task>, ApiError> {
    let clock = st.clock.clock();
    let mut tx = st.db.read().await?;
    guard::check(&mut tx, &auth, Action::Read, Subject::Task(id)).await?;
    Ok(Json(store::tasks::get(&mut tx, id, &clock).await?))
}

/// Edit a task's assignment (title, units, person, deadline…).
#[utoipa::path(put, path = "/tasks/{id}", tag = "tasks", params(("id" = i64, Path)), request_body = Versioned<TaskInput>,
    responses((status = 200, body = Task), (status = 404, body = ErrorBody), (status = 409, body = ErrorBody), (status = 422, body = ErrorBody)))]
pub async fn update(
    State(st): State<AppState>,
    auth: Auth,
    Path(id): Path<i64>,
    ApiJson(body): ApiJson<Versioned<TaskInput>>,
) -> Result<Json<Task>, ApiError> {
    let clock = st.clock.clock();
    let mut tx = st.db.write_as(auth.actor.clone()).await?;
    guard::check(&mut tx, &auth, Action::ManageWork, Subject::Task(id)).await?;
    guard::check_ref(
        &mut tx,
        &auth,
        Action::ManageWork,
        Subject::Document(body.data.plan_id),
        "plan_id",
    )
    .await?;
    let t = store::tasks::update(&mut tx, id, body.version, body.data, &clock).await?;
    tx.commit().await?;
    Ok(Json(t))
}
