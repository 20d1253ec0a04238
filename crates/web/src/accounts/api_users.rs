//! `/users`: accounts and their roles, for administrators (within their own subtree).

use axum::Json;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::Response;
use serde::Deserialize;
use store::accounts::{NewUser, RoleBinding};
use utoipa::ToSchema;

pub use app::accounts::UserWithRoles;

use crate::AppState;
use crate::api::created;
use crate::auth::Auth;
use crate::error::{ApiError, ApiJson, ErrorBody};

/// Accounts the administrator manages.
#[utoipa::path(get, path = "/users", tag = "auth", responses((status = 200, body = Vec<UserWithRoles>), (status = 403, body = ErrorBody)))]
pub async fn list(State(st): State<AppState>, auth: Auth) -> Result<Json<Vec<UserWithRoles>>, ApiError> {
    Ok(Json(app::accounts::list_users(&st.app, &auth).await?))
}

/// Create an account with its roles, bound to units inside the administrator's subtree and
/// linked (optionally) to a person there.
#[utoipa::path(post, path = "/users", tag = "auth", request_body = NewUser,
    responses((status = 201, body = UserWithRoles), (status = 403, body = ErrorBody), (status = 409, body = ErrorBody), (status = 422, body = ErrorBody)))]
pub async fn create(
    State(st): State<AppState>,
    auth: Auth,
    ApiJson(input): ApiJson<NewUser>,
) -> Result<Response, ApiError> {
    let u = app::accounts::create_user(&st.app, &auth, input).await?;
    Ok(created(format!("/api/v1/users/{}", u.user.id), u))
}

/// One account with its roles.
#[utoipa::path(get, path = "/users/{id}", tag = "auth", params(("id" = i64, Path)),
    responses((status = 200, body = UserWithRoles), (status = 404, body = ErrorBody)))]
pub async fn get(State(st): State<AppState>, auth: Auth, Path(id): Path<i64>) -> Result<Json<UserWithRoles>, ApiError> {
    Ok(Json(app::accounts::get_user(&st.app, &auth, id).await?))
}

#[derive(Debug, Deserialize, ToSchema)]
pub struct RolesInput {
    pub roles: Vec<RoleBinding>,
}

/// Replace an account's roles.
#[utoipa::path(put, path = "/users/{id}/roles", tag = "auth", params(("id" = i64, Path)), request_body = RolesInput,
    responses((status = 200, body = UserWithRoles), (status = 403, body = ErrorBody), (status = 404, body = ErrorBody)))]
pub async fn set_roles(
    State(st): State<AppState>,
    auth: Auth,
    Path(id): Path<i64>,
    ApiJson(input): ApiJson<RolesInput>,
) -> Result<Json<UserWithRoles>, ApiError> {
    Ok(Json(app::accounts::set_roles(&st.app, &auth, id, input.roles).await?))
}

#[derive(Debug, Deserialize, ToSchema)]
pub struct PasswordReset {
    pub new_password: String,
}

/// Reset an account's password (ends its sessions, revokes its tokens).
#[utoipa::path(post, path = "/users/{id}/password", tag = "auth", params(("id" = i64, Path)), request_body = PasswordReset,
    responses((status = 204), (status = 404, body = ErrorBody), (status = 422, body = ErrorBody)))]
pub async fn reset_password(
    State(st): State<AppState>,
    auth: Auth,
    Path(id): Path<i64>,
    ApiJson(input): ApiJson<PasswordReset>,
) -> Result<StatusCode, ApiError> {
    app::accounts::reset_password(&st.app, &auth, id, &input.new_password).await?;
    Ok(StatusCode::NO_CONTENT)
}
