//! `/targets`: plan vs actual.

use axum::Json;
use axum::extract::{Path, State};
use axum::response::Response;
use domain::period::Period;
use domain::target::TargetInput;
use serde::Deserialize;
use store::model::{Page, Target, TargetActual};
use store::targets::{ActualInput, TargetFilter};
use utoipa::IntoParams;

use crate::AppState;
use crate::api::{Versioned, created};
use crate::auth::Auth;
use crate::error::{ApiError, ApiJson, ApiQuery, ErrorBody};

#[derive(Debug, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct TargetQuery {
    /// Targets of units in this subtree.
    pub within: Option<i64>,
    pub unit_id: Option<i64>,
    /// Targets whose period lies within this one: `2020`, `2023-Q3`…
    pub period: Option<String>,
    /// At most 500; default 50.
    pub limit: Option<i64>,
    pub offset: Option<i64>,
}

/// List targets with percent achieved and outcome.
#[utoipa::path(get, path = "/targets", tag = "targets", params(TargetQuery),
    responses((status = 200, body = Page<Target>), (status = 400, body = ErrorBody)))]
pub async fn list(
    State(st): State<AppState>,
    auth: Auth,
    ApiQuery(q): ApiQuery<TargetQuery>,
) -> Result<Json<Page<Target>>, ApiError> {
    let (limit, offset) = store::sql::clamp_page(q.limit, q.offset);
    let bounds = q.period.as_deref().map(Period::parse).transpose()?.map(|p| p.bounds());
    let f = TargetFilter {
        within: q.within,
        unit_id: q.unit_id,
        from: bounds.map(|b| b.0),
        to: bounds.map(|b| b.1),
        scope: None,
    };
    let mut r = st.app.read(&auth).await?;
    Ok(Json(r.targets(f, limit, offset).await?))
}

/// Set a target for a unit and period.
#[utoipa::path(post, path = "/targets", tag = "targets", request_body = TargetInput,
    responses((status = 201, body = Target), (status = 409, body = ErrorBody), (status = 422, body = ErrorBody)))]
pub async fn create(
    State(st): State<AppState>,
    auth: Auth,
    ApiJson(input): ApiJson<TargetInput>,
) -> Result<Response, ApiError> {
    let t = app::targets::save(&st.app, &auth, None, input).await?;
    Ok(created(format!("/api/v1/targets/{}", t.id), t))
}

/// One target.
#[utoipa::path(get, path = "/targets/{id}", tag = "targets", params(("id" = i64, Path)),
    responses((status = 200, body = Target), (status = 404, body = ErrorBody)))]
pub async fn get(State(st): State<AppState>, auth: Auth, Path(id): Path<i64>) -> Result<Json<Target>, ApiError> {
    let mut r = st.app.read(&auth).await?;
    Ok(Json(r.target(id).await?))
}

/// Edit a target.
#[utoipa::path(put, path = "/targets/{id}", tag = "targets", params(("id" = i64, Path)), request_body = Versioned<TargetInput>,
    responses((status = 200, body = Target), (status = 404, body = ErrorBody), (status = 409, body = ErrorBody), (status = 422, body = ErrorBody)))]
pub async fn update(
    State(st): State<AppState>,
    auth: Auth,
    Path(id): Path<i64>,
    ApiJson(body): ApiJson<Versioned<TargetInput>>,
) -> Result<Json<Target>, ApiError> {
    Ok(Json(
        app::targets::save(&st.app, &auth, Some((id, body.version)), body.data).await?,
    ))
}

/// The measurements of a target, oldest first.
#[utoipa::path(get, path = "/targets/{id}/actuals", tag = "targets", params(("id" = i64, Path)),
    responses((status = 200, body = Vec<TargetActual>), (status = 404, body = ErrorBody)))]
pub async fn actuals(
    State(st): State<AppState>,
    auth: Auth,
    Path(id): Path<i64>,
) -> Result<Json<Vec<TargetActual>>, ApiError> {
    let mut r = st.app.read(&auth).await?;
    Ok(Json(r.actuals(id).await?))
}

/// Record a measured value; the latest by date is the target's actual.
#[utoipa::path(post, path = "/targets/{id}/actuals", tag = "targets", params(("id" = i64, Path)), request_body = ActualInput,
    responses((status = 201, body = Target), (status = 404, body = ErrorBody), (status = 422, body = ErrorBody)))]
pub async fn record_actual(
    State(st): State<AppState>,
    auth: Auth,
    Path(id): Path<i64>,
    ApiJson(input): ApiJson<ActualInput>,
) -> Result<Response, ApiError> {
    let t = app::targets::record_actual(&st.app, &auth, id, input).await?;
    Ok(created(format!("/api/v1/targets/{id}"), t))
}
