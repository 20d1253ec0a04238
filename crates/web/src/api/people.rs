//! `/people`: staff.

use axum::Json;
use axum::extract::{Path, State};
use axum::response::Response;
use domain::person::PersonInput;
use serde::Deserialize;
use store::model::{Page, Person};
use store::people::PersonFilter;
use utoipa::IntoParams;

use super::{Versioned, created};
use crate::AppState;
use crate::auth::{Auth, guard};
use crate::error::{ApiError, ApiJson, ApiQuery, ErrorBody};
use domain::access::Action;
use store::access::Subject;

#[derive(Debug, Deserialize, IntoParams)]
pub struct PersonQuery {
    pub unit_id: Option<i64>,
    /// Everyone in this unit's subtree.
    pub within: Option<i64>,
    /// Diacritic-insensitive name search.
    pub q: Option<String>,
    /// At most 500; default 50.
    pub limit: Option<i64>,
    pub offset: Option<i64>,
}

/// List people (heads first, then by given name in Vietnamese order).
#[utoipa::path(get, path = "/people", tag = "people", params(PersonQuery),
    responses((status = 200, body = Page<Person>), (status = 400, body = ErrorBody)))]
pub async fn list(
    State(st): State<AppState>,
    auth: Auth,
    ApiQuery(q): ApiQuery<PersonQuery>,
) -> Result<Json<Page<Person>>, ApiError> {
    let (limit, offset) = store::sql::clamp_page(q.limit, q.offset);
    let f = PersonFilter {
        unit_id: q.unit_id,
        within: q.within,
        q: q.q,
        scope: Some(auth.principal.scope(Action::Read)),
    };
    let mut tx = st.db.read().await?;
    if let Some(w) = q.within {
        guard::check(&mut tx, &auth, Action::Read, Subject::Unit(w)).await?;
    }
    Ok(Json(store::people::list(&mut tx, &f, limit, offset).await?))
}

/// Add a person to a unit.
#[utoipa::path(post, path = "/people", tag = "people", request_body = PersonInput,
    responses((status = 201, body = Person), (status = 422, body = ErrorBody)))]
pub async fn create(
    State(st): State<AppState>,
    auth: Auth,
    ApiJson(input): ApiJson<PersonInput>,
) -> Result<Response, ApiError> {
    let input = input.validate()?;
    let mut tx = st.db.write_as(auth.actor.clone()).await?;
    guard::check_ref(
        &mut tx,
        &auth,
        Action::ManageOrganisation,
        Subject::Unit(input.unit_id),
        "unit_id",
    )
    .await?;
    let p = store::people::create(&mut tx, &input).await?;
    tx.commit().await?;
    Ok(created(format!("/api/v1/people/{}", p.id), p))
}

/// One person.
#[utoipa::path(get, path = "/people/{id}", tag = "people", params(("id" = i64, Path)),
    responses((status = 200, body = Person), (status = 404, body = ErrorBody)))]
pub async fn get(State(st): State<AppState>, auth: Auth, Path(id): Path<i64>) -> Result<Json<Person>, ApiError> {
    let mut tx = st.db.read().await?;
    guard::check(&mut tx, &auth, Action::Read, Subject::Person(id)).await?;
    Ok(Json(store::people::get(&mut tx, id).await?))
}

/// Edit a person (or move them to another unit).
#[utoipa::path(put, path = "/people/{id}", tag = "people", params(("id" = i64, Path)), request_body = Versioned<PersonInput>,
    responses((status = 200, body = Person), (status = 404, body = ErrorBody), (status = 409, body = ErrorBody), (status = 422, body = ErrorBody)))]
pub async fn update(
    State(st): State<AppState>,
    auth: Auth,
    Path(id): Path<i64>,
    ApiJson(body): ApiJson<Versioned<PersonInput>>,
) -> Result<Json<Person>, ApiError> {
    let input = body.data.validate()?;
    let mut tx = st.db.write_as(auth.actor.clone()).await?;
    guard::check(&mut tx, &auth, Action::ManageOrganisation, Subject::Person(id)).await?;
    guard::check_ref(
        &mut tx,
        &auth,
        Action::ManageOrganisation,
        Subject::Unit(input.unit_id),
        "unit_id",
    )
    .await?;
    let p = store::people::update(&mut tx, id, body.version, &input).await?;
    tx.commit().await?;
    Ok(Json(p))
}
