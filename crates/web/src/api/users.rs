//! `/users`: accounts and their roles, for administrators (within their own subtree).

use axum::Json;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::Response;
use domain::access::Action;
use serde::{Deserialize, Serialize};
use store::accounts::{NewUser, RoleBinding, User};
use utoipa::ToSchema;

use super::created;
use crate::AppState;
use crate::auth::{Auth, forbidden};
use crate::error::{ApiError, ApiJson, ErrorBody};

#[derive(Debug, Serialize, ToSchema)]
pub struct UserWithRoles {
    pub user: User,
    pub roles: Vec<RoleBinding>,
}

/// An administrator may grant roles only at units inside their own subtree.
async fn check_grants(tx: &mut store::Tx, auth: &Auth, roles: &[RoleBinding]) -> Result<(), ApiError> {
    let scope = auth.principal.scope(Action::ManageUsers);
    for r in roles {
        let allowed = match r.unit_id {
            Some(u) => scope.contains(&store::units::path_of_ref(tx, "roles.unit_id", u).await?),
            None => scope.all,
        };
        if !allowed {
            return Err(forbidden());
        }
    }
    Ok(())
}

/// Users are visible to administrators whose subtree holds one of their roles (or who
/// administer everything).
async fn check_user(tx: &mut store::Tx, auth: &Auth, id: i64) -> Result<(User, Vec<RoleBinding>), ApiError> {
    let user = store::accounts::get_user(tx, id).await?;
    let roles = store::accounts::roles(tx, id).await?;
    if !auth.principal.is_admin_everywhere() {
        let scope = auth.principal.scope(Action::ManageUsers);
        let mut visible = false;
        for r in &roles {
            if let Some(u) = r.unit_id {
                visible |= scope.contains(&store::units::path_of(tx, u).await?);
            }
        }
        if !visible {
            return Err(store::StoreError::not_found("user", id).into());
        }
    }
    Ok((user, roles))
}

/// Accounts the administrator manages.
#[utoipa::path(get, path = "/users", tag = "auth", responses((status = 200, body = Vec<UserWithRoles>)))]
pub async fn list(State(st): State<AppState>, auth: Auth) -> Result<Json<Vec<UserWithRoles>>, ApiError> {
    let mut tx = st.db.read().await?;
    let mut out = Vec::new();
    for u in store::accounts::list_users(&mut tx).await? {
        if let Ok((user, roles)) = check_user(&mut tx, &auth, u.id).await {
            out.push(UserWithRoles { user, roles });
        }
    }
    Ok(Json(out))
}

/// Create an account with its roles.
#[utoipa::path(post, path = "/users", tag = "auth", request_body = NewUser,
    responses((status = 201, body = UserWithRoles), (status = 403, body = ErrorBody), (status = 409, body = ErrorBody), (status = 422, body = ErrorBody)))]
pub async fn create(
    State(st): State<AppState>,
    auth: Auth,
    ApiJson(input): ApiJson<NewUser>,
) -> Result<Response, ApiError> {
    let hash = crate::auth::new_password_hash("password", &input.password).await?;
    let mut tx = st.db.write_as(auth.actor.clone()).await?;
    check_grants(&mut tx, &auth, &input.roles).await?;
    let user = store::accounts::create_user(&mut tx, &input, &hash).await?;
    let roles = store::accounts::roles(&mut tx, user.id).await?;
    tx.commit().await?;
    Ok(created(
        format!("/api/v1/users/{}", user.id),
        UserWithRoles { user, roles },
    ))
}

/// One account with its roles.
#[utoipa::path(get, path = "/users/{id}", tag = "auth", params(("id" = i64, Path)),
    responses((status = 200, body = UserWithRoles), (status = 404, body = ErrorBody)))]
pub async fn get(State(st): State<AppState>, auth: Auth, Path(id): Path<i64>) -> Result<Json<UserWithRoles>, ApiError> {
    let mut tx = st.db.read().await?;
    let (user, roles) = check_user(&mut tx, &auth, id).await?;
    Ok(Json(UserWithRoles { user, roles }))
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
    let mut tx = st.db.write_as(auth.actor.clone()).await?;
    let (_, old) = check_user(&mut tx, &auth, id).await?;
    // Roles outside the administrator's subtree can be neither granted nor taken away.
    check_grants(&mut tx, &auth, &old).await?;
    check_grants(&mut tx, &auth, &input.roles).await?;
    store::accounts::change_roles(&mut tx, id, &input.roles).await?;
    let user = store::accounts::get_user(&mut tx, id).await?;
    let roles = store::accounts::roles(&mut tx, id).await?;
    tx.commit().await?;
    Ok(Json(UserWithRoles { user, roles }))
}

#[derive(Debug, Deserialize, ToSchema)]
pub struct PasswordReset {
    pub new_password: String,
}

/// Reset an account's password (ends its sessions).
#[utoipa::path(post, path = "/users/{id}/password", tag = "auth", params(("id" = i64, Path)), request_body = PasswordReset,
    responses((status = 204), (status = 404, body = ErrorBody), (status = 422, body = ErrorBody)))]
pub async fn reset_password(
    State(st): State<AppState>,
    auth: Auth,
    Path(id): Path<i64>,
    ApiJson(input): ApiJson<PasswordReset>,
) -> Result<StatusCode, ApiError> {
    let hash = crate::auth::new_password_hash("new_password", &input.new_password).await?;
    let mut tx = st.db.write_as(auth.actor.clone()).await?;
    let (_, roles) = check_user(&mut tx, &auth, id).await?;
    check_grants(&mut tx, &auth, &roles).await?;
    store::accounts::set_password(&mut tx, id, &hash).await?;
    tx.commit().await?;
    Ok(StatusCode::NO_CONTENT)
}
