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

use super::{Versioned, created};
use crate::AppState;
use crate::auth::{Auth, guard};
use crate::error::{ApiError, ApiJson, ApiQuery, ErrorBody};
use domain::access::Action;
use store::access::Subject;

#[derive(Debug, Deserialize, IntoParams)]
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
        scope: Some(auth.principal.scope(Action::Read)),
    };
    let mut tx = st.db.read().await?;
    if let Some(w) = q.within {
        guard::check(&mut tx, &auth, Action::Read, Subject::Unit(w)).await?;
    }
    Ok(Json(store::targets::list(&mut tx, &f, limit, offset).await?))
}

/// Set a target for a unit and period.
#[utoipa::path(post, path = "/targets", tag = "targets", request_body = TargetInput,
    responses((status = 201, body = Target), (status = 409, body = ErrorBody), (status = 422, body = ErrorBody)))]
pub async fn create(
    State(st): State<AppState>,
    auth: Auth,
    ApiJson(input): ApiJson<TargetInput>,
) -> Result<Response, ApiError> {
    let input = input.validate()?;
    let mut tx = st.db.write_as(auth.actor.clone()).await?;
    let t = save(&mut tx, &auth, None, &input).await?;
    tx.commit().await?;
    Ok(created(format!("/api/v1/targets/{}", t.id), t))
}

/// One target.
#[utoipa::path(get, path = "/targets/{id}", tag = "targets", params(("id" = i64, Path)),
    responses((status = 200, body = Target), (status = 404, body = ErrorBody)))]
pub async fn get(State(st): State<AppState>, auth: Auth, Path(id): Path<i64>) -> Result<Json<Target>, ApiError> {
    let mut tx = st.db.read().await?;
    guard::check(&mut tx, &auth, Action::Read, Subject::Target(id)).await?;
    Ok(Json(store::targets::get(&mut tx, id).await?))
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
    let input = body.data.validate()?;
    let mut tx = st.db.write_as(auth.actor.clone()).await?;
    let t = save(&mut tx, &auth, Some((id, body.version)), &input).await?;
    tx.commit().await?;
    Ok(Json(t))
}

/// The measurements of a target, oldest first.
#[utoipa::path(get, path = "/targets/{id}/actuals", tag = "targets", params(("id" = i64, Path)),
    responses((status = 200, body = Vec<TargetActual>), (status = 404, body = ErrorBody)))]
pub async fn actuals(
    State(st): State<AppState>,
    auth: Auth,
    Path(id): Path<i64>,
) -> Result<Json<Vec<TargetActual>>, ApiError> {
    let mut tx = st.db.read().await?;
    guard::check(&mut tx, &auth, Action::Read, Subject::Target(id)).await?;
    Ok(Json(store::targets::actuals(&mut tx, id).await?))
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
    let mut tx = st.db.write_as(auth.actor.clone()).await?;
    guard::check(&mut tx, &auth, Action::ReportWork, Subject::Target(id)).await?;
    let t = store::targets::record_actual(&mut tx, id, input).await?;
    tx.commit().await?;
    Ok(created(format!("/api/v1/targets/{id}"), t))
}

/// Creates a target (`existing` none) or updates one (its id and the version read), with the
/// rights both need: ManageWork on the target and on the unit it is for. The API and the
/// target form both save through here.
pub(crate) async fn save(
    tx: &mut store::Tx,
    auth: &Auth,
    existing: Option<(i64, i64)>,
    input: &domain::Valid<TargetInput>,
) -> Result<Target, ApiError> {
    if let Some((id, _)) = existing {
        guard::check(tx, auth, Action::ManageWork, Subject::Target(id)).await?;
    }
    guard::check_ref(tx, auth, Action::ManageWork, Subject::Unit(input.unit_id), "unit_id").await?;
    Ok(match existing {
        Some((id, version)) => store::targets::update(tx, id, version, input).await?,
        None => store::targets::create(tx, input).await?,
    })
}
