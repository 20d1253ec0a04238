//! Accounts: signing in and out, changing one's password, API tokens, and the administration of
//! accounts — scoped like everything else: an administrator of a subtree sees, creates and
//! changes only accounts whose roles lie in it, and links them only to people in it.

use std::time::Duration;

use domain::ErrorCode;
use domain::access::{Action, Principal};
use serde::Serialize;
use store::access::Subject;
use store::accounts::{ApiToken, NewUser, RoleBinding, User};
use store::{Actor, Tx};
use utoipa::ToSchema;

use crate::{App, Caller, Error, Result, authz, throttle};

/// How long a browser session lasts.
pub const SESSION_TTL: Duration = Duration::from_secs(12 * 3600);

fn bad_credentials() -> Error {
    Error::of(ErrorCode::BadCredentials)
}

fn busy() -> Error {
    let mut e = Error::of(ErrorCode::Busy);
    e.retry_after = Some(2);
    e
}

/// Runs Argon2 (slow by design) off the async threads, holding one of the verification permits;
/// refuses with `busy` when none frees up within a few seconds.
async fn with_permit<T: Send + 'static>(app: &App, f: impl FnOnce() -> T + Send + 'static) -> Result<T> {
    let permit = tokio::time::timeout(Duration::from_secs(3), app.verifications.clone().acquire_owned())
        .await
        .map_err(|_| busy())?
        .map_err(|_| busy())?;
    let out = tokio::task::spawn_blocking(f).await.map_err(|e| {
        tracing::error!(error = %e, "password verification failed to run");
        Error::internal()
    });
    drop(permit);
    out
}

fn dummy_hash() -> &'static str {
    static HASH: std::sync::OnceLock<String> = std::sync::OnceLock::new();
    HASH.get_or_init(|| store::accounts::hash_password("dondoc: no such account").unwrap_or_default())
}

/// A session opened by signing in.
#[derive(Debug, Clone)]
pub struct Session {
    pub user: User,
    pub roles: Vec<RoleBinding>,
    /// The secret for the session cookie.
    pub secret: String,
    /// The page language the user chose, if any.
    pub lang: Option<String>,
}

/// Signs in: throttled per (account, address) before anything is verified, the password checked
/// with Argon2 under a cap on concurrent verifications, then a new session.
pub async fn sign_in(app: &App, login: &str, password: &str, address: &str) -> Result<Session> {
    let limits = &app.settings.logins;
    // Reserve the attempt first (committed), so parallel guesses are counted one by one.
    let permit = tokio::time::timeout(Duration::from_secs(3), app.verifications.clone().acquire_owned())
        .await
        .map_err(|_| busy())?
        .map_err(|_| busy())?;
    let mut tx = app.db.write().await?;
    throttle::reserve(&mut tx, limits, "login", login, address).await?;
    let creds = store::accounts::credentials(&mut tx, login).await?;
    tx.commit().await?;
    let pw = password.to_string();
    let counter = app.passwords_verified.clone();
    let verified = tokio::task::spawn_blocking(move || match creds {
        Some((id, hash)) => {
            counter.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
            (id, store::accounts::verify_password(&pw, &hash))
        }
        // Verify against a real hash even for unknown logins, so timing does not tell.
        None => {
            counter.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
            let _ = store::accounts::verify_password(&pw, dummy_hash());
            (0, false)
        }
    })
    .await;
    drop(permit);
    let (user_id, ok) = verified.map_err(|e| {
        tracing::error!(error = %e, "password verification failed to run");
        Error::internal()
    })?;
    if !ok {
        return Err(bad_credentials());
    }
    let mut tx = app.db.write().await?;
    throttle::succeeded(&mut tx, limits, "login", login, address).await?;
    let ttl = chrono::Duration::seconds(i64::try_from(SESSION_TTL.as_secs()).unwrap_or(43_200));
    let secret = store::accounts::open_session(&mut tx, user_id, ttl, Some(address)).await?;
    let user = store::accounts::get_user(&mut tx, user_id).await?;
    let roles = store::accounts::roles(&mut tx, user_id).await?;
    let lang = store::accounts::language(&mut tx, user_id).await?;
    tx.commit().await?;
    Ok(Session {
        user,
        roles,
        secret,
        lang,
    })
}

/// Ends a session (unknown secrets are ignored: signing out twice is fine).
pub async fn sign_out(app: &App, secret: &str) -> Result<()> {
    let mut tx = app.db.write().await?;
    store::accounts::close_session(&mut tx, secret).await?;
    tx.commit().await?;
    Ok(())
}

/// The caller behind a session or token secret, with their display name; `None` when the secret
/// is unknown, expired or revoked.
pub async fn caller_for(app: &App, secret: &str, address: Option<String>) -> Result<Option<(Caller, String)>> {
    Ok(signed_in(app, secret, address, false)
        .await?
        .map(|(caller, name, _)| (caller, name)))
}

/// As [`caller_for`], with the caller's unread notifications (the bell every page shows), read
/// in the same statement.
pub async fn page_caller_for(
    app: &App,
    secret: &str,
    address: Option<String>,
) -> Result<Option<(Caller, String, i64)>> {
    Ok(signed_in(app, secret, address, true)
        .await?
        .map(|(caller, name, unread)| (caller, name, unread.unwrap_or(0))))
}

async fn signed_in(
    app: &App,
    secret: &str,
    address: Option<String>,
    count_unread: bool,
) -> Result<Option<(Caller, String, Option<i64>)>> {
    let mut tx = app.db.read().await?;
    let Some(signed) = store::accounts::signed_in(&mut tx, secret, count_unread).await? else {
        return Ok(None);
    };
    let actor = Actor {
        user_id: Some(signed.principal.user_id),
        label: signed.principal.login.clone(),
        address,
    };
    let caller = Caller {
        principal: signed.principal,
        actor,
    };
    Ok(Some((caller, signed.name, signed.unread)))
}

/// The signed-in user and their roles.
#[derive(Debug, Serialize, ToSchema)]
pub struct Me {
    pub user: User,
    pub roles: Vec<RoleBinding>,
}

pub async fn me(app: &App, caller: &Caller) -> Result<Me> {
    let mut tx = app.read_tx(caller).await?;
    let id = caller.principal.user_id;
    Ok(Me {
        user: store::accounts::get_user(&mut tx, id).await?,
        roles: store::accounts::roles(&mut tx, id).await?,
    })
}

/// Checks a new password's rules and hashes it with Argon2id.
pub async fn new_password_hash(app: &App, field: &str, password: &str) -> Result<String> {
    store::accounts::check_password(field, password)?;
    let pw = password.to_string();
    Ok(with_permit(app, move || store::accounts::hash_password(&pw)).await??)
}

/// Changes one's own password: the current one is checked under the same throttling as
/// signing in; every session ends and every API token is revoked.
pub async fn change_password(app: &App, caller: &Caller, address: &str, current: &str, new: &str) -> Result<()> {
    store::accounts::check_password("new_password", new)?;
    let login = caller.principal.login.clone();
    let mut tx = app.db.write().await?;
    throttle::reserve(&mut tx, &app.settings.logins, "password", &login, address).await?;
    let (_, hash) = store::accounts::credentials(&mut tx, &login)
        .await?
        .ok_or_else(bad_credentials)?;
    tx.commit().await?;
    let (current, new) = (current.to_string(), new.to_string());
    let counter = app.passwords_verified.clone();
    let new_hash = with_permit(app, move || {
        counter.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
        store::accounts::verify_password(&current, &hash)
            .then(|| store::accounts::hash_password(&new).ok())
            .flatten()
    })
    .await?
    .ok_or_else(|| {
        Error::from(domain::FieldError::invalid(
            "current_password",
            "Mật khẩu hiện tại không đúng.",
            "The current password is wrong.",
        ))
    })?;
    let mut tx = app.write(caller).await?;
    throttle::succeeded(&mut tx, &app.settings.logins, "password", &login, address).await?;
    store::accounts::set_password(&mut tx, caller.principal.user_id, &new_hash).await?;
    tx.commit().await?;
    Ok(())
}

/// Keeps the user's page language on the account.
pub async fn set_language(app: &App, caller: &Caller, lang: &str) -> Result<()> {
    let mut tx = app.write(caller).await?;
    store::accounts::set_language(&mut tx, caller.principal.user_id, lang).await?;
    tx.commit().await?;
    Ok(())
}

/// A token just created, with its secret (shown once).
#[derive(Debug, Serialize, ToSchema)]
pub struct NewToken {
    pub token: ApiToken,
    /// Shown once: send it as `Authorization: Bearer <secret>`.
    pub secret: String,
}

pub async fn list_tokens(app: &App, caller: &Caller) -> Result<Vec<ApiToken>> {
    let mut tx = app.read_tx(caller).await?;
    Ok(store::accounts::list_tokens(&mut tx, caller.principal.user_id).await?)
}

pub async fn create_token(app: &App, caller: &Caller, name: &str, days: Option<i64>) -> Result<NewToken> {
    let mut tx = app.write(caller).await?;
    let (token, secret) =
        store::accounts::create_token(&mut tx, caller.principal.user_id, name, days.unwrap_or(90)).await?;
    tx.commit().await?;
    Ok(NewToken { token, secret })
}

pub async fn revoke_token(app: &App, caller: &Caller, id: i64) -> Result<()> {
    let mut tx = app.write(caller).await?;
    store::accounts::revoke_token(&mut tx, caller.principal.user_id, id).await?;
    tx.commit().await?;
    Ok(())
}

// ---- Administration of accounts ---------------------------------------------------------------

/// An account with its roles.
#[derive(Debug, Serialize, ToSchema)]
pub struct UserWithRoles {
    pub user: User,
    pub roles: Vec<RoleBinding>,
}

/// Roles may be granted (or taken away) only at units inside the administrator's subtree; a
/// role everywhere only by an administrator of everything.
async fn check_grants(tx: &mut Tx, caller: &Caller, roles: &[RoleBinding]) -> Result<()> {
    let scope = caller.principal.scope(Action::ManageUsers);
    for (i, r) in roles.iter().enumerate() {
        let allowed = match r.unit_id {
            Some(u) => match store::units::path_of(tx, u).await {
                Ok(p) => scope.contains(&p),
                Err(store::StoreError::NotFound { .. }) => false,
                Err(e) => return Err(e.into()),
            },
            None => scope.all,
        };
        if !allowed {
            return Err(Error::forbidden().at(format!("roles[{i}].unit_id")));
        }
    }
    Ok(())
}

/// A person linked to an account must be one the administrator manages (in their subtree):
/// linking a person of another district would open its data to the account.
async fn check_person(tx: &mut Tx, caller: &Caller, person: Option<i64>) -> Result<()> {
    let Some(p) = person else { return Ok(()) };
    let path = match store::access::person_unit(tx, p).await {
        Ok(path) => path,
        Err(store::StoreError::NotFound { .. }) => return Err(authz::unknown("person_id", Subject::Person(p))),
        Err(e) => return Err(e.into()),
    };
    if !caller.principal.scope(Action::ManageUsers).contains(&path) {
        return Err(authz::unknown("person_id", Subject::Person(p)));
    }
    Ok(())
}

/// An account is visible to administrators whose subtree holds one of its roles or its person
/// (or who administer everything).
async fn check_user(tx: &mut Tx, caller: &Caller, id: i64) -> Result<UserWithRoles> {
    let user = store::accounts::get_user(tx, id).await?;
    let roles = store::accounts::roles(tx, id).await?;
    if !caller.principal.is_admin_everywhere() {
        let scope = caller.principal.scope(Action::ManageUsers);
        let mut visible = false;
        for r in &roles {
            if let Some(u) = r.unit_id {
                visible |= scope.contains(&store::units::path_of(tx, u).await?);
            }
        }
        if !visible {
            return Err(Error::not_found("user", id));
        }
    }
    Ok(UserWithRoles { user, roles })
}

/// The accounts the caller administers.
pub async fn list_users(app: &App, caller: &Caller) -> Result<Vec<UserWithRoles>> {
    let mut tx = app.read_tx(caller).await?;
    let mut out = Vec::new();
    for u in store::accounts::list_users(&mut tx).await? {
        match check_user(&mut tx, caller, u.id).await {
            Ok(x) => out.push(x),
            Err(e) if e.is(ErrorCode::NotFound) => {}
            Err(e) => return Err(e),
        }
    }
    Ok(out)
}

pub async fn get_user(app: &App, caller: &Caller, id: i64) -> Result<UserWithRoles> {
    let mut tx = app.read_tx(caller).await?;
    check_user(&mut tx, caller, id).await
}

/// Creates an account with its roles, within the administrator's subtree.
pub async fn create_user(app: &App, caller: &Caller, input: NewUser) -> Result<UserWithRoles> {
    require_admin(caller)?;
    let hash = new_password_hash(app, "password", &input.password).await?;
    let mut tx = app.write(caller).await?;
    check_grants(&mut tx, caller, &input.roles).await?;
    check_person(&mut tx, caller, input.person_id).await?;
    let user = store::accounts::create_user(&mut tx, &input, &hash).await?;
    let roles = store::accounts::roles(&mut tx, user.id).await?;
    tx.commit().await?;
    Ok(UserWithRoles { user, roles })
}

/// Replaces an account's roles (both the old and the new must lie in the subtree).
pub async fn set_roles(app: &App, caller: &Caller, id: i64, roles: Vec<RoleBinding>) -> Result<UserWithRoles> {
    require_admin(caller)?;
    let mut tx = app.write(caller).await?;
    let old = check_user(&mut tx, caller, id).await?;
    check_grants(&mut tx, caller, &old.roles).await?;
    check_grants(&mut tx, caller, &roles).await?;
    check_person(&mut tx, caller, old.user.person_id).await?;
    store::accounts::change_roles(&mut tx, id, &roles).await?;
    let user = store::accounts::get_user(&mut tx, id).await?;
    let roles = store::accounts::roles(&mut tx, id).await?;
    tx.commit().await?;
    Ok(UserWithRoles { user, roles })
}

/// Sets an account's password (ending its sessions and revoking its tokens).
pub async fn reset_password(app: &App, caller: &Caller, id: i64, new: &str) -> Result<()> {
    require_admin(caller)?;
    let hash = new_password_hash(app, "new_password", new).await?;
    let mut tx = app.write(caller).await?;
    let u = check_user(&mut tx, caller, id).await?;
    check_grants(&mut tx, caller, &u.roles).await?;
    store::accounts::set_password(&mut tx, id, &hash).await?;
    tx.commit().await?;
    Ok(())
}

fn require_admin(caller: &Caller) -> Result<()> {
    if caller.principal.may_at_all(Action::ManageUsers) {
        Ok(())
    } else {
        Err(Error::forbidden())
    }
}

/// Whether the principal administers accounts anywhere (for menus).
pub fn administers(p: &Principal) -> bool {
    p.may_at_all(Action::ManageUsers)
}
