//! `/auth`: sign in and out, who am I, change password, API tokens.

use axum::Json;
use axum::extract::{ConnectInfo, Path, State};
use axum::http::{HeaderMap, StatusCode, header};
use axum::response::{IntoResponse, Response};
use serde::{Deserialize, Serialize};
use std::net::SocketAddr;
use store::accounts::{ApiToken, RoleBinding, User};
use utoipa::ToSchema;

use crate::AppState;
use crate::auth::{Auth, SESSION_COOKIE, session_cookie};
use crate::error::{ApiError, ApiJson, ErrorBody};

#[derive(Debug, Deserialize, ToSchema)]
pub struct LoginInput {
    pub login: String,
    pub password: String,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct Me {
    pub user: User,
    pub roles: Vec<RoleBinding>,
}

fn dummy_hash() -> &'static str {
    static HASH: std::sync::OnceLock<String> = std::sync::OnceLock::new();
    HASH.get_or_init(|| store::accounts::hash_password("dondoc: no such account").unwrap_or_default())
}

fn bad_credentials() -> ApiError {
    ApiError::new(
        StatusCode::UNAUTHORIZED,
        "bad_credentials",
        "Tên đăng nhập hoặc mật khẩu không đúng.",
        "Wrong login or password.",
        None,
    )
}

async fn blocking<T: Send + 'static>(f: impl FnOnce() -> T + Send + 'static) -> Result<T, ApiError> {
    tokio::task::spawn_blocking(f).await.map_err(|e| {
        tracing::error!(error = %e, "blocking task failed");
        ApiError::new(
            StatusCode::INTERNAL_SERVER_ERROR,
            "internal",
            "Lỗi hệ thống.",
            "Internal error.",
            None,
        )
    })
}

/// The core of signing in, shared by the API and the login page: throttling, the password
/// check (Argon2, off the async threads) and a new session. Returns the user, the session
/// secret and the open write transaction (uncommitted) for the caller to finish.
pub(crate) async fn sign_in(
    st: &AppState,
    login: &str,
    password: &str,
    address: &str,
) -> Result<(i64, String, store::Tx), ApiError> {
    if let Some(wait) = st.auth.throttle.locked(login, Some(address)) {
        return Err(ApiError::new(
            StatusCode::TOO_MANY_REQUESTS,
            "too_many_attempts",
            format!(
                "Đăng nhập sai quá nhiều lần. Vui lòng thử lại sau {} phút.",
                wait.div_ceil(60)
            ),
            format!("Too many failed sign-ins. Try again in {} minutes.", wait.div_ceil(60)),
            None,
        ));
    }
    let mut tx = st.db.read().await?;
    let creds = store::accounts::credentials(&mut tx, login).await?;
    drop(tx);
    let pw = password.to_string();
    let (user_id, ok) = blocking(move || match creds {
        Some((id, hash)) => (id, store::accounts::verify_password(&pw, &hash)),
        // Verify against a real hash even for unknown logins, so timing does not tell.
        None => {
            let _ = store::accounts::verify_password(&pw, dummy_hash());
            (0, false)
        }
    })
    .await?;
    if !ok {
        st.auth.throttle.failed(login, Some(address));
        return Err(bad_credentials());
    }
    st.auth.throttle.succeeded(login);
    let ttl = st.auth.session_ttl;
    let mut tx = st.db.write().await?;
    let secret = store::accounts::open_session(
        &mut tx,
        user_id,
        chrono::Duration::seconds(ttl.as_secs() as i64),
        Some(address),
    )
    .await?;
    Ok((user_id, secret, tx))
}

/// Sign in: sets the session cookie (HttpOnly, SameSite=Lax).
#[utoipa::path(post, path = "/auth/login", tag = "auth", request_body = LoginInput,
    responses((status = 200, body = Me), (status = 401, body = ErrorBody), (status = 429, body = ErrorBody)))]
pub async fn login(
    State(st): State<AppState>,
    ConnectInfo(addr): ConnectInfo<SocketAddr>,
    ApiJson(input): ApiJson<LoginInput>,
) -> Result<Response, ApiError> {
    let address = addr.ip().to_string();
    let (user_id, secret, mut tx) = sign_in(&st, &input.login, &input.password, &address).await?;
    let me = Me {
        user: store::accounts::get_user(&mut tx, user_id).await?,
        roles: store::accounts::roles(&mut tx, user_id).await?,
    };
    tx.commit().await?;
    let cookie = session_cookie(&secret, st.auth.session_ttl, st.auth.secure_cookies);
    Ok(([(header::SET_COOKIE, cookie)], Json(me)).into_response())
}

/// Sign out: ends the session and clears the cookie.
#[utoipa::path(post, path = "/auth/logout", tag = "auth", responses((status = 204)))]
pub async fn logout(State(st): State<AppState>, headers: HeaderMap) -> Result<Response, ApiError> {
    let cookie = headers.get(header::COOKIE).and_then(|v| v.to_str().ok()).unwrap_or("");
    if let Some(secret) = cookie
        .split(';')
        .find_map(|p| p.trim().strip_prefix(&format!("{SESSION_COOKIE}=")))
    {
        let mut tx = st.db.write().await?;
        store::accounts::close_session(&mut tx, secret).await?;
        tx.commit().await?;
    }
    let clear = session_cookie("", std::time::Duration::ZERO, st.auth.secure_cookies);
    Ok((StatusCode::NO_CONTENT, [(header::SET_COOKIE, clear)]).into_response())
}

/// The signed-in user and their roles.
#[utoipa::path(get, path = "/auth/me", tag = "auth", responses((status = 200, body = Me), (status = 401, body = ErrorBody)))]
pub async fn me(State(st): State<AppState>, auth: Auth) -> Result<Json<Me>, ApiError> {
    let mut tx = st.db.read().await?;
    let id = auth.principal.user_id;
    Ok(Json(Me {
        user: store::accounts::get_user(&mut tx, id).await?,
        roles: store::accounts::roles(&mut tx, id).await?,
    }))
}

#[derive(Debug, Deserialize, ToSchema)]
pub struct PasswordChange {
    pub current_password: String,
    pub new_password: String,
}

/// Change one's own password (ends every session of the user).
#[utoipa::path(post, path = "/auth/password", tag = "auth", request_body = PasswordChange,
    responses((status = 204), (status = 401, body = ErrorBody), (status = 422, body = ErrorBody)))]
pub async fn change_password(
    State(st): State<AppState>,
    auth: Auth,
    ApiJson(input): ApiJson<PasswordChange>,
) -> Result<StatusCode, ApiError> {
    store::accounts::check_password("new_password", &input.new_password)?;
    let mut tx = st.db.read().await?;
    let (_, hash) = store::accounts::credentials(&mut tx, &auth.principal.login)
        .await?
        .ok_or_else(bad_credentials)?;
    drop(tx);
    let (current, new) = (input.current_password, input.new_password);
    let new_hash = blocking(move || {
        if store::accounts::verify_password(&current, &hash) {
            store::accounts::hash_password(&new).ok()
        } else {
            None
        }
    })
    .await?
    .ok_or_else(|| {
        ApiError::field(
            StatusCode::UNPROCESSABLE_ENTITY,
            domain::FieldError::invalid(
                "current_password",
                "Mật khẩu hiện tại không đúng.",
                "The current password is wrong.",
            ),
        )
    })?;
    let mut tx = st.db.write_as(auth.actor.clone()).await?;
    store::accounts::set_password(&mut tx, auth.principal.user_id, &new_hash).await?;
    tx.commit().await?;
    Ok(StatusCode::NO_CONTENT)
}

#[derive(Debug, Deserialize, ToSchema)]
pub struct TokenRequest {
    pub name: String,
    /// Days of validity (1–3650), default 90.
    pub days: Option<i64>,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct NewToken {
    pub token: ApiToken,
    /// Shown once: send it as `Authorization: Bearer <secret>`.
    pub secret: String,
}

/// The user's API tokens (never their secrets).
#[utoipa::path(get, path = "/auth/tokens", tag = "auth", responses((status = 200, body = Vec<ApiToken>)))]
pub async fn list_tokens(State(st): State<AppState>, auth: Auth) -> Result<Json<Vec<ApiToken>>, ApiError> {
    let mut tx = st.db.read().await?;
    Ok(Json(
        store::accounts::list_tokens(&mut tx, auth.principal.user_id).await?,
    ))
}

/// Create an API token for integrations, acting as this user.
#[utoipa::path(post, path = "/auth/tokens", tag = "auth", request_body = TokenRequest,
    responses((status = 201, body = NewToken), (status = 422, body = ErrorBody)))]
pub async fn create_token(
    State(st): State<AppState>,
    auth: Auth,
    ApiJson(req): ApiJson<TokenRequest>,
) -> Result<Response, ApiError> {
    let mut tx = st.db.write_as(auth.actor.clone()).await?;
    let (token, secret) =
        store::accounts::create_token(&mut tx, auth.principal.user_id, &req.name, req.days.unwrap_or(90)).await?;
    tx.commit().await?;
    Ok((StatusCode::CREATED, Json(NewToken { token, secret })).into_response())
}

/// Revoke one of the user's API tokens.
#[utoipa::path(delete, path = "/auth/tokens/{id}", tag = "auth", params(("id" = i64, Path)),
    responses((status = 204), (status = 404, body = ErrorBody)))]
pub async fn revoke_token(State(st): State<AppState>, auth: Auth, Path(id): Path<i64>) -> Result<StatusCode, ApiError> {
    let mut tx = st.db.write_as(auth.actor.clone()).await?;
    store::accounts::revoke_token(&mut tx, auth.principal.user_id, id).await?;
    tx.commit().await?;
    Ok(StatusCode::NO_CONTENT)
}
