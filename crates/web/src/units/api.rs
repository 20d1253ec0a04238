//! `/units`: the organisation tree.

use axum::Json;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::Response;
use domain::unit::UnitInput;
use serde::Deserialize;
use store::model::{Page, Unit};
use store::units::UnitFilter;
use utoipa::IntoParams;

use crate::AppState;
use crate::api::{Versioned, created};
use crate::auth::Auth;
use crate::error::{ApiError, ApiJson, ApiQuery, ErrorBody};

#[derive(Debug, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct UnitQuery {
    /// Direct children of this unit.
    pub parent_id: Option<i64>,
    /// Everything in this unit's subtree.
    pub within: Option<i64>,
    /// Only top-level units.
    #[serde(default)]
    pub roots: bool,
    /// Diacritic-insensitive name search ("quan uy long bien").
    pub q: Option<String>,
    /// At most 500; default 50.
    pub limit: Option<i64>,
    pub offset: Option<i64>,
}

/// List units (alphabetical in Vietnamese order, shallowest first).
#[utoipa::path(get, path = "/units", tag = "units", params(UnitQuery),
    responses((status = 200, body = Page<Unit>), (status = 400, body = ErrorBody)))]
pub async fn list(
    State(st): State<AppState>,
    auth: Auth,
    ApiQuery(q): ApiQuery<UnitQuery>,
) -> Result<Json<Page<Unit>>, ApiError> {
    let (limit, offset) = store::sql::clamp_page(q.limit, q.offset);
    let f = UnitFilter {
        parent_id: q.parent_id,
        within: q.within,
        q: q.q,
        roots: q.roots,
        scope: None,
        kind: None,
    };
    let mut r = st.app.read(&auth).await?;
    Ok(Json(r.units(f, limit, offset).await?))
}

/// Create a unit under a parent the caller manages (a top-level one: administrators of
/// everything only).
#[utoipa::path(post, path = "/units", tag = "units", request_body = UnitInput,
    responses((status = 201, body = Unit), (status = 403, body = ErrorBody), (status = 422, body = ErrorBody)))]
pub async fn create(
    State(st): State<AppState>,
    auth: Auth,
    ApiJson(input): ApiJson<UnitInput>,
) -> Result<Response, ApiError> {
    let unit = app::org::create_unit(&st.app, &auth, input).await?;
    Ok(created(format!("/api/v1/units/{}", unit.id), unit))
}

/// One unit.
#[utoipa::path(get, path = "/units/{id}", tag = "units", params(("id" = i64, Path)),
    responses((status = 200, body = Unit), (status = 404, body = ErrorBody)))]
pub async fn get(State(st): State<AppState>, auth: Auth, Path(id): Path<i64>) -> Result<Json<Unit>, ApiError> {
    let mut r = st.app.read(&auth).await?;
    Ok(Json(r.unit(id).await?))
}

/// Edit a unit; a new `parent_id` moves the unit with its whole subtree.
#[utoipa::path(put, path = "/units/{id}", tag = "units", params(("id" = i64, Path)), request_body = Versioned<UnitInput>,
    responses((status = 200, body = Unit), (status = 403, body = ErrorBody), (status = 404, body = ErrorBody), (status = 409, body = ErrorBody), (status = 422, body = ErrorBody)))]
pub async fn update(
    State(st): State<AppState>,
    auth: Auth,
    Path(id): Path<i64>,
    ApiJson(body): ApiJson<Versioned<UnitInput>>,
) -> Result<Json<Unit>, ApiError> {
    Ok(Json(
        app::org::update_unit(&st.app, &auth, id, body.version, body.data).await?,
    ))
}

#[derive(Debug, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct VersionQuery {
    /// The version last read.
    pub version: i64,
}

/// Delete a unit nothing refers to.
#[utoipa::path(delete, path = "/units/{id}", tag = "units", params(("id" = i64, Path), VersionQuery),
    responses((status = 204), (status = 400, body = ErrorBody), (status = 404, body = ErrorBody), (status = 409, body = ErrorBody)))]
pub async fn delete(
    State(st): State<AppState>,
    auth: Auth,
    Path(id): Path<i64>,
    ApiQuery(v): ApiQuery<VersionQuery>,
) -> Result<StatusCode, ApiError> {
    app::org::delete_unit(&st.app, &auth, id, v.version).await?;
    Ok(StatusCode::NO_CONTENT)
}

/// Direct children of a unit, alphabetical.
#[utoipa::path(get, path = "/units/{id}/children", tag = "units", params(("id" = i64, Path)),
    responses((status = 200, body = Vec<Unit>), (status = 404, body = ErrorBody)))]
pub async fn children(
    State(st): State<AppState>,
    auth: Auth,
    Path(id): Path<i64>,
) -> Result<Json<Vec<Unit>>, ApiError> {
    let mut r = st.app.read(&auth).await?;
    Ok(Json(r.children(id).await?))
}

/// The chain from the top of what the caller sees down to this unit (breadcrumbs).
#[utoipa::path(get, path = "/units/{id}/ancestors", tag = "units", params(("id" = i64, Path)),
    responses((status = 200, body = Vec<Unit>), (status = 404, body = ErrorBody)))]
pub async fn ancestors(
    State(st): State<AppState>,
    auth: Auth,
    Path(id): Path<i64>,
) -> Result<Json<Vec<Unit>>, ApiError> {
    let mut r = st.app.read(&auth).await?;
    Ok(Json(r.ancestors(id).await?))
}
