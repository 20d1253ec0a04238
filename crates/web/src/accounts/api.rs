//! `/auth`: sign in and out, who am I, change password, API tokens.

use axum::Json;
use axum::extract::{Path, State};
use axum::http::{HeaderMap, StatusCode, header};
use axum::response::{IntoResponse, Response};
use serde::Deserialize;
use store::accounts::ApiToken;
use utoipa::ToSchema;

pub use app::accounts::{Me, NewToken};

use crate::AppState;
use crate::auth::address::ClientAddress;
use crate::auth::{Auth, secret};
use crate::error::{ApiError, ApiJson, ErrorBody};

#[derive(Debug, Deserialize, ToSchema)]
pub struct LoginInput {
    pub login: String,
    pub password: String,
}

/// Sign in: sets the session cookie (HttpOnly, SameSite=Lax; Secure with the `__Host-` prefix
/// over HTTPS). Failed attempts slow down further ones from the same address (429 with
/// `Retry-After`); the right password is never refused for another address's failures.
#[utoipa::path(post, path = "/auth/login", tag = "auth", request_body = LoginInput,
    responses((status = 200, body = Me), (status = 401, body = ErrorBody), (status = 429, body = ErrorBody), (status = 503, body = ErrorBody)))]
pub async fn login(
    State(st): State<AppState>,
    ClientAddress(address): ClientAddress,
    ApiJson(input): ApiJson<LoginInput>,
) -> Result<Response, ApiError> {
    let s = app::accounts::sign_in(&st.app, &input.login, &input.password, &address).await?;
    let cookie = st.web.session_cookie(&s.secret);
    let me = Me {
        user: s.user,
        roles: s.roles,
    };
    Ok(([(header::SET_COOKIE, cookie)], Json(me)).into_response())
}

/// Sign out: ends the session and clears the cookie.
#[utoipa::path(post, path = "/auth/logout", tag = "auth", responses((status = 204)))]
pub async fn logout(State(st): State<AppState>, headers: HeaderMap) -> Result<Response, ApiError> {
    if let Some((secret, true)) = secret(&headers) {
        app::accounts::sign_out(&st.app, &secret).await?;
    }
    let clear = st.web.session_cookie("");
    Ok((StatusCode::NO_CONTENT, [(header::SET_COOKIE, clear)]).into_response())
}

/// The signed-in user and their roles.
#[utoipa::path(get, path = "/auth/me", tag = "auth", responses((status = 200, body = Me), (status = 401, body = ErrorBody)))]
pub async fn me(State(st): State<AppState>, auth: Auth) -> Result<Json<Me>, ApiError> {
    Ok(Json(app::accounts::me(&st.app, &auth).await?))
}

#[derive(Debug, Deserialize, ToSchema)]
pub struct PasswordChange {
    pub current_password: String,
    pub new_password: String,
}

/// Change one's own password: every session ends and every API token is revoked. The current
/// password is checked under the same throttling as signing in.
#[utoipa::path(post, path = "/auth/password", tag = "auth", request_body = PasswordChange,
    responses((status = 204), (status = 401, body = ErrorBody), (status = 422, body = ErrorBody), (status = 429, body = ErrorBody)))]
pub async fn change_password(
    State(st): State<AppState>,
    auth: Auth,
    ClientAddress(address): ClientAddress,
    ApiJson(input): ApiJson<PasswordChange>,
) -> Result<StatusCode, ApiError> {
    app::accounts::change_password(&st.app, &auth, &address, &input.current_password, &input.new_password).await?;
    Ok(StatusCode::NO_CONTENT)
}

#[derive(Debug, Deserialize, ToSchema)]
pub struct TokenRequest {
    pub name: String,
    /// Days of validity (1–3650), default 90.
    pub days: Option<i64>,
}

/// The user's API tokens (never their secrets).
#[utoipa::path(get, path = "/auth/tokens", tag = "auth", responses((status = 200, body = Vec<ApiToken>), (status = 401, body = ErrorBody)))]
pub async fn list_tokens(State(st): State<AppState>, auth: Auth) -> Result<Json<Vec<ApiToken>>, ApiError> {
    Ok(Json(app::accounts::list_tokens(&st.app, &auth).await?))
}

/// Create an API token for integrations, acting as this user.
#[utoipa::path(post, path = "/auth/tokens", tag = "auth", request_body = TokenRequest,
    responses((status = 201, body = NewToken), (status = 422, body = ErrorBody)))]
pub async fn create_token(
    State(st): State<AppState>,
    auth: Auth,
    ApiJson(req): ApiJson<TokenRequest>,
) -> Result<Response, ApiError> {
    let t = app::accounts::create_token(&st.app, &auth, &req.name, req.days).await?;
    Ok((StatusCode::CREATED, Json(t)).into_response())
}

/// Revoke one of the user's API tokens.
#[utoipa::path(delete, path = "/auth/tokens/{id}", tag = "auth", params(("id" = i64, Path)),
    responses((status = 204), (status = 404, body = ErrorBody)))]
pub async fn revoke_token(State(st): State<AppState>, auth: Auth, Path(id): Path<i64>) -> Result<StatusCode, ApiError> {
    app::accounts::revoke_token(&st.app, &auth, id).await?;
    Ok(StatusCode::NO_CONTENT)
}
