//! A conference's invitation list and roll-call (`/conferences/{id}/invitees`,
//! `/conferences/{id}/roll-call`): read, generate from the audiences, add or remove one person
//! by hand, mark many at once.

use axum::Json;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::Response;
use domain::conference_invitees::InviteeInput;
use domain::conference_roll_call::MarksInput;
use store::conference_invitees::Invitee;

use crate::AppState;
use crate::api::created;
use crate::auth::Auth;
use crate::error::{ApiError, ApiJson, ErrorBody};

/// The invitation list: by bridge point (the main venue first) and given name, with each
/// person's attendance as marked; the people the caller may read.
#[utoipa::path(get, path = "/conferences/{id}/invitees", tag = "conferences", params(("id" = i64, Path)),
    responses((status = 200, body = Vec<Invitee>), (status = 404, body = ErrorBody)))]
pub async fn list(State(st): State<AppState>, auth: Auth, Path(id): Path<i64>) -> Result<Json<Vec<Invitee>>, ApiError> {
    Ok(Json(app::conference_invitees::list(&st.app, &auth, id).await?))
}

/// Generate or refresh the list from the conference's audiences, over the people of its bridge
/// points (or, without bridge points, of what the host directs). Marks already made and people
/// added by hand are kept; running it again changes nothing unless the people did.
#[utoipa::path(post, path = "/conferences/{id}/invitees/generate", tag = "conferences", params(("id" = i64, Path)),
    responses((status = 200, body = app::conference_invitees::Generated), (status = 403, body = ErrorBody),
        (status = 404, body = ErrorBody), (status = 422, body = ErrorBody)))]
pub async fn generate(
    State(st): State<AppState>,
    auth: Auth,
    Path(id): Path<i64>,
) -> Result<Json<app::conference_invitees::Generated>, ApiError> {
    Ok(Json(app::conference_invitees::generate(&st.app, &auth, id).await?))
}

/// Add one person by hand (by default as an invited delegate): someone the host directs.
#[utoipa::path(post, path = "/conferences/{id}/invitees", tag = "conferences", params(("id" = i64, Path)),
    request_body = InviteeInput,
    responses((status = 201, body = Invitee), (status = 403, body = ErrorBody), (status = 404, body = ErrorBody),
        (status = 422, body = ErrorBody)))]
pub async fn add(
    State(st): State<AppState>,
    auth: Auth,
    Path(id): Path<i64>,
    ApiJson(input): ApiJson<InviteeInput>,
) -> Result<Response, ApiError> {
    let made = app::conference_invitees::add(&st.app, &auth, id, input).await?;
    Ok(created(format!("/api/v1/conferences/{id}/invitees"), made))
}

/// Remove one person from the list (a person already marked keeps their place until the mark is
/// cleared).
#[utoipa::path(delete, path = "/conferences/{id}/invitees/{person_id}", tag = "conferences",
    params(("id" = i64, Path), ("person_id" = i64, Path)),
    responses((status = 204), (status = 403, body = ErrorBody), (status = 404, body = ErrorBody), (status = 409, body = ErrorBody)))]
pub async fn remove(
    State(st): State<AppState>,
    auth: Auth,
    Path((id, person_id)): Path<(i64, i64)>,
) -> Result<StatusCode, ApiError> {
    app::conference_invitees::remove(&st.app, &auth, id, person_id).await?;
    Ok(StatusCode::NO_CONTENT)
}

/// Mark the roll-call of several invitees, all or nothing: present, late, absent (with
/// `absence_reason`), or `invited` to clear a mark; not before the conference's day. The host's
/// office marks anyone; a bridge point's unit the people invited at its point.
#[utoipa::path(post, path = "/conferences/{id}/roll-call", tag = "conferences", params(("id" = i64, Path)),
    request_body = MarksInput,
    responses((status = 200, body = Vec<Invitee>), (status = 403, body = ErrorBody), (status = 404, body = ErrorBody),
        (status = 422, body = ErrorBody)))]
pub async fn roll_call(
    State(st): State<AppState>,
    auth: Auth,
    Path(id): Path<i64>,
    ApiJson(input): ApiJson<MarksInput>,
) -> Result<Json<Vec<Invitee>>, ApiError> {
    Ok(Json(app::conference_invitees::mark(&st.app, &auth, id, input).await?))
}
