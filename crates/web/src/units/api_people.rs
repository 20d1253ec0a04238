//! `/people`: staff.

use axum::Json;
use axum::extract::{Path, State};
use axum::response::Response;
use domain::person::PersonInput;
use serde::Deserialize;
use store::model::{Page, Person};
use store::people::PersonFilter;
use utoipa::IntoParams;

use crate::AppState;
use crate::api::{Versioned, created};
use crate::auth::Auth;
use crate::error::{ApiError, ApiJson, ApiQuery, ErrorBody};

#[derive(Debug, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
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
        scope: None,
    };
    let mut r = st.app.read(&auth).await?;
    Ok(Json(r.people(f, limit, offset).await?))
}

/// Add a person to a unit the caller manages.
#[utoipa::path(post, path = "/people", tag = "people", request_body = PersonInput,
    responses((status = 201, body = Person), (status = 403, body = ErrorBody), (status = 422, body = ErrorBody)))]
pub async fn create(
    State(st): State<AppState>,
    auth: Auth,
    ApiJson(input): ApiJson<PersonInput>,
) -> Result<Response, ApiError> {
    let p = app::org::create_person(&st.app, &auth, input).await?;
    Ok(created(format!("/api/v1/people/{}", p.id), p))
}

/// One person.
#[utoipa::path(get, path = "/people/{id}", tag = "people", params(("id" = i64, Path)),
    responses((status = 200, body = Person), (status = 404, body = ErrorBody)))]
pub async fn get(State(st): State<AppState>, auth: Auth, Path(id): Path<i64>) -> Result<Json<Person>, ApiError> {
    let mut r = st.app.read(&auth).await?;
    Ok(Json(r.person(id).await?))
}

/// Edit a person (rights on their unit today and on the unit named).
#[utoipa::path(put, path = "/people/{id}", tag = "people", params(("id" = i64, Path)), request_body = Versioned<PersonInput>,
    responses((status = 200, body = Person), (status = 404, body = ErrorBody), (status = 409, body = ErrorBody), (status = 422, body = ErrorBody)))]
pub async fn update(
    State(st): State<AppState>,
    auth: Auth,
    Path(id): Path<i64>,
    ApiJson(body): ApiJson<Versioned<PersonInput>>,
) -> Result<Json<Person>, ApiError> {
    Ok(Json(
        app::org::update_person(&st.app, &auth, id, body.version, body.data).await?,
    ))
}
