//! Accounts: users with Argon2id password hashes, role bindings at units, browser sessions
//! and API tokens (both stored only as SHA-256 hashes of random secrets).

use argon2::Argon2;
use argon2::password_hash::{PasswordHash, PasswordHasher, SaltString, rand_core::OsRng};
use chrono::{DateTime, Duration, Utc};
use domain::FieldError;
use domain::access::{Binding, Principal, Role};
use domain::unit::UnitPath;
use rand::RngCore;
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};
use utoipa::ToSchema;

use crate::audit::{self, Change};
use crate::db::Tx;
use crate::{StoreError, on_tx, units};

/// A user as shown to administrators (never the password hash).
#[derive(Debug, Clone, PartialEq, Serialize, sqlx::FromRow, ToSchema)]
pub struct User {
    pub id: i64,
    pub login: String,
    pub display_name: String,
    pub person_id: Option<i64>,
    pub is_active: bool,
    pub version: i64,
}

/// A role held at a unit, as stored and served.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, sqlx::FromRow, ToSchema)]
pub struct RoleBinding {
    #[sqlx(try_from = "String")]
    pub role: Role,
    /// The unit (and its subtree) the role applies to; none for everywhere (administrators).
    pub unit_id: Option<i64>,
}

/// A new account.
#[derive(Debug, Clone, Deserialize, ToSchema)]
pub struct NewUser {
    pub login: String,
    pub display_name: String,
    pub password: String,
    pub person_id: Option<i64>,
    #[serde(default)]
    pub roles: Vec<RoleBinding>,
}

/// Passwords: at least 10 characters, not all the same character.
pub fn check_password(field: &str, pw: &str) -> Result<(), FieldError> {
    let n = pw.chars().count();
    if !(10..=200).contains(&n) || pw.chars().all(|c| pw.starts_with(c)) {
        return Err(FieldError::invalid(
            field,
            "Mật khẩu phải dài từ 10 đến 200 ký tự và không được lặp một ký tự.",
            "The password must be 10 to 200 characters long and not one repeated character.",
        ));
    }
    Ok(())
}

fn check_login(login: &str) -> Result<String, FieldError> {
    let l = login.trim().to_lowercase();
    let ok = (3..=64).contains(&l.len())
        && l.chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || matches!(c, '.' | '_' | '-' | '@'));
    if !ok {
        return Err(FieldError::invalid(
            "login",
            "Tên đăng nhập dài 3–64 ký tự, chỉ gồm chữ không dấu, số và . _ - @.",
            "The login is 3–64 characters: unaccented letters, digits and . _ - @.",
        ));
    }
    Ok(l)
}

/// Argon2id hash of a password (slow on purpose: call from a blocking thread).
pub fn hash_password(pw: &str) -> Result<String, StoreError> {
    let salt = SaltString::generate(&mut OsRng);
    Argon2::default()
        .hash_password(pw.as_bytes(), &salt)
        .map(|h| h.to_string())
        .map_err(|e| StoreError::Db(sqlx::Error::Protocol(format!("password hashing failed: {e}"))))
}

/// Argon2's working memory (19 MiB with the default parameters), kept for the next
/// verification instead of being freed: allocations of that size freed from many threads are
/// not returned to the system, and a flood of sign-ins grew the server by gigabytes. The pool
/// holds at most [`KEPT_BUFFERS`] buffers — as many as verifications may run at once.
static ARGON2_MEMORY: std::sync::Mutex<Vec<Vec<argon2::Block>>> = std::sync::Mutex::new(Vec::new());
const KEPT_BUFFERS: usize = 8;

fn take_memory(blocks: usize) -> Vec<argon2::Block> {
    let kept = ARGON2_MEMORY
        .lock()
        .unwrap_or_else(std::sync::PoisonError::into_inner)
        .pop();
    match kept {
        Some(m) if m.len() == blocks => m,
        _ => vec![argon2::Block::new(); blocks],
    }
}

fn give_back_memory(m: Vec<argon2::Block>) {
    let mut pool = ARGON2_MEMORY.lock().unwrap_or_else(std::sync::PoisonError::into_inner);
    if pool.len() < KEPT_BUFFERS {
        pool.push(m);
    }
}

/// Checks a password against a stored hash (slow on purpose: call from a blocking thread), with
/// the hash's own parameters and working memory from the pool. The comparison is constant-time
/// (`password_hash::Output`).
pub fn verify_password(pw: &str, hash: &str) -> bool {
    let Ok(h) = PasswordHash::new(hash) else { return false };
    let (Some(salt), Some(expected)) = (h.salt, h.hash) else {
        return false;
    };
    let Ok(algorithm) = argon2::Algorithm::try_from(h.algorithm) else {
        return false;
    };
    let version = match h.version.map(argon2::Version::try_from).transpose() {
        Ok(v) => v.unwrap_or_default(),
        Err(_) => return false,
    };
    let Ok(params) = argon2::Params::try_from(&h) else {
        return false;
    };
    let mut salt_buf = [0u8; 64];
    let Ok(salt) = salt.decode_b64(&mut salt_buf) else {
        return false;
    };
    let mut out = vec![0u8; expected.len()];
    let mut memory = take_memory(params.block_count());
    let computed = Argon2::new(algorithm, version, params).hash_password_into_with_memory(
        pw.as_bytes(),
        salt,
        &mut out,
        &mut memory,
    );
    give_back_memory(memory);
    computed.is_ok() && argon2::password_hash::Output::new(&out).is_ok_and(|o| o == expected)
}

/// A random secret (64 hex characters) and the hash stored for it.
pub fn new_secret(prefix: &str) -> (String, String) {
    let mut bytes = [0u8; 32];
    rand::rng().fill_bytes(&mut bytes);
    let secret = format!("{prefix}{}", hex(&bytes));
    let hash = secret_hash(&secret);
    (secret, hash)
}

pub fn secret_hash(secret: &str) -> String {
    hex(&Sha256::digest(secret.as_bytes()))
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

/// Creates a user; `password_hash` comes from [`hash_password`].
pub async fn create_user(tx: &mut Tx, u: &NewUser, password_hash: &str) -> Result<User, StoreError> {
    let login = check_login(&u.login)?;
    let name = domain::text::required("display_name", &u.display_name, 120)?;
    crate::people::check_ref(tx, "person_id", u.person_id).await?;
    let now = tx.now();
    let res: Result<i64, sqlx::Error> = on_tx!(tx, c => sqlx::query_scalar(
        "INSERT INTO users (login, display_name, person_id, password_hash, created_at, updated_at)
         VALUES ($1, $2, $3, $4, $5, $5) RETURNING id")
        .bind(&login).bind(&name).bind(u.person_id).bind(password_hash).bind(now).fetch_one(c).await);
    let id = match res {
        Ok(id) => id,
        Err(e) if StoreError::is_unique_violation(&e) => {
            return Err(StoreError::Conflict(FieldError::new(
                "login",
                domain::ErrorCode::DuplicateLogin,
                format!("Tên đăng nhập “{login}” đã có người dùng."),
                format!("The login “{login}” is taken."),
            )));
        }
        Err(e) => return Err(e.into()),
    };
    set_roles(tx, id, &u.roles).await?;
    let user = get_user(tx, id).await?;
    let roles = roles(tx, id).await?;
    audit::record(
        tx,
        Change::created(
            audit::INSTALLATION,
            "user",
            id,
            &serde_json::json!({ "user": user, "roles": roles }),
        ),
    )
    .await?;
    Ok(user)
}

pub async fn get_user(tx: &mut Tx, id: i64) -> Result<User, StoreError> {
    on_tx!(tx, c => sqlx::query_as::<_, User>(
        "SELECT id, login, display_name, person_id, is_active, version FROM users WHERE id = $1")
        .bind(id).fetch_optional(c).await?)
    .ok_or(StoreError::not_found("user", id))
}

pub async fn list_users(tx: &mut Tx) -> Result<Vec<User>, StoreError> {
    Ok(on_tx!(tx, c => sqlx::query_as::<_, User>(
        "SELECT id, login, display_name, person_id, is_active, version FROM users ORDER BY login LIMIT 10000")
        .fetch_all(c).await?))
}

/// Replaces a user's role bindings (recorded in the audit trail).
pub async fn change_roles(tx: &mut Tx, user_id: i64, new: &[RoleBinding]) -> Result<(), StoreError> {
    let before = roles(tx, user_id).await?;
    set_roles(tx, user_id, new).await?;
    let after = roles(tx, user_id).await?;
    audit::record(
        tx,
        Change::updated(audit::INSTALLATION, "user", user_id, "roles", &before, &after),
    )
    .await
}

async fn set_roles(tx: &mut Tx, user_id: i64, roles: &[RoleBinding]) -> Result<(), StoreError> {
    // Each binding's unit is checked, and its tenant and path kept beside the binding.
    let mut paths = Vec::with_capacity(roles.len());
    for r in roles {
        match r.unit_id {
            Some(u) => paths.push(Some(units::path_of_ref(tx, "roles.unit_id", u).await?)),
            None if r.role != Role::Admin => {
                return Err(StoreError::Invalid(FieldError::required("roles.unit_id")));
            }
            None => paths.push(None),
        }
    }
    on_tx!(tx, c => sqlx::query("DELETE FROM role_bindings WHERE user_id = $1").bind(user_id).execute(&mut *c).await?.rows_affected());
    for (r, path) in roles.iter().zip(paths) {
        let tenant = path.as_ref().map(UnitPath::tenant);
        let path = path.as_ref().map(UnitPath::as_str);
        on_tx!(tx, c => sqlx::query("INSERT INTO role_bindings (user_id, role, unit_id, unit_tenant, unit_path) VALUES ($1, $2, $3, $4, $5) ON CONFLICT DO NOTHING")
            .bind(user_id).bind(r.role.as_str()).bind(r.unit_id).bind(tenant).bind(path).execute(&mut *c).await?.rows_affected());
    }
    Ok(())
}

pub async fn roles(tx: &mut Tx, user_id: i64) -> Result<Vec<RoleBinding>, StoreError> {
    Ok(on_tx!(tx, c => sqlx::query_as::<_, RoleBinding>(
        "SELECT role, unit_id FROM role_bindings WHERE user_id = $1 ORDER BY role, unit_id")
        .bind(user_id).fetch_all(c).await?))
}

/// The login's id and password hash, for signing in (inactive users are not found).
pub async fn credentials(tx: &mut Tx, login: &str) -> Result<Option<(i64, String)>, StoreError> {
    Ok(on_tx!(tx, c => sqlx::query_as::<_, (i64, String)>(
        "SELECT id, password_hash FROM users WHERE login = $1 AND is_active = TRUE")
        .bind(login.trim().to_lowercase()).fetch_optional(c).await?))
}

pub async fn set_password(tx: &mut Tx, user_id: i64, password_hash: &str) -> Result<(), StoreError> {
    let now = tx.now();
    let n = on_tx!(tx, c => sqlx::query("UPDATE users SET password_hash = $1, version = version + 1, updated_at = $2 WHERE id = $3")
        .bind(password_hash).bind(now).bind(user_id).execute(&mut *c).await?.rows_affected());
    if n == 0 {
        return Err(StoreError::not_found("user", user_id));
    }
    // A new password ends every open session of the user and revokes their API tokens: whoever
    // knew the old password may have made one.
    on_tx!(tx, c => sqlx::query("DELETE FROM sessions WHERE user_id = $1").bind(user_id).execute(&mut *c).await?.rows_affected());
    let now = tx.now();
    on_tx!(tx, c => sqlx::query("UPDATE api_tokens SET revoked_at = $1 WHERE user_id = $2 AND revoked_at IS NULL")
        .bind(now).bind(user_id).execute(&mut *c).await?.rows_affected());
    // The hash itself is never logged.
    let note = serde_json::json!({ "password": "changed" });
    audit::record(
        tx,
        Change::updated(
            audit::INSTALLATION,
            "user",
            user_id,
            "password",
            &serde_json::Value::Null,
            &note,
        ),
    )
    .await
}

/// The page languages a user may choose.
pub const LANGUAGES: [&str; 2] = ["vi", "en"];

/// The page language the user chose, if they ever did.
pub async fn language(tx: &mut Tx, user_id: i64) -> Result<Option<String>, StoreError> {
    let lang: Option<Option<String>> = on_tx!(tx, c => sqlx::query_scalar("SELECT lang FROM users WHERE id = $1")
        .bind(user_id).fetch_optional(c).await?);
    Ok(lang.flatten().filter(|l| LANGUAGES.contains(&l.as_str())))
}

/// Keeps the user's page language on the account, so it follows them to another device.
/// A change is recorded in the audit trail; choosing the same language again writes nothing.
pub async fn set_language(tx: &mut Tx, user_id: i64, lang: &str) -> Result<(), StoreError> {
    if !LANGUAGES.contains(&lang) {
        return Err(StoreError::Invalid(FieldError::invalid(
            "lang",
            "Ngôn ngữ phải là “vi” hoặc “en”.",
            "The language must be “vi” or “en”.",
        )));
    }
    let before = language(tx, user_id).await?;
    if before.as_deref() == Some(lang) {
        return Ok(());
    }
    let now = tx.now();
    let n = on_tx!(tx, c => sqlx::query("UPDATE users SET lang = $1, updated_at = $2 WHERE id = $3")
        .bind(lang).bind(now).bind(user_id).execute(&mut *c).await?.rows_affected());
    if n == 0 {
        return Err(StoreError::not_found("user", user_id));
    }
    audit::record(
        tx,
        Change::updated(audit::INSTALLATION, "user", user_id, "lang", &before, &lang),
    )
    .await
}

/// The user behind an id, with bindings resolved to unit paths.
pub async fn principal(tx: &mut Tx, user_id: i64) -> Result<Option<Principal>, StoreError> {
    let row: Option<(String, Option<i64>)> = on_tx!(tx, c => sqlx::query_as(
        "SELECT login, person_id FROM users WHERE id = $1 AND is_active = TRUE")
        .bind(user_id).fetch_optional(c).await?);
    let Some((login, person_id)) = row else { return Ok(None) };
    Ok(Some(Principal {
        user_id,
        login,
        person_id,
        bindings: bindings(tx, user_id).await?,
    }))
}

/// What a request's secret signs in: the account's rights, its display name and, when asked
/// for (pages show the bell), its unread notifications.
#[derive(Debug, Clone)]
pub struct SignedIn {
    pub principal: Principal,
    pub name: String,
    pub unread: Option<i64>,
}

/// A binding as stored: role, unit, the unit's tenant and path (kept beside it, migration 0030).
type BindingRow = (String, Option<i64>, Option<i64>, Option<String>);

/// The active account a secret (a session or an API token) signs in, with its rights and its
/// display name; none when the secret is unknown, expired or revoked, or the account inactive.
/// Every request reads this, so the secret, the account, its bindings with their units' paths
/// and (for pages) the unread count are one query on the installation's own tables — on Citus
/// all of them the coordinator's, so signing in sends nothing to a worker.
pub async fn signed_in(tx: &mut Tx, secret: &str, count_unread: bool) -> Result<Option<SignedIn>, StoreError> {
    let hash = secret_hash(secret);
    let now = tx.now();
    let (from, valid) = if secret.starts_with("s_") {
        ("sessions s", "s.token_hash = $1 AND s.expires_at > $2")
    } else {
        (
            "api_tokens s",
            "s.token_hash = $1 AND s.expires_at > $2 AND s.revoked_at IS NULL",
        )
    };
    let unread = if count_unread {
        "(SELECT COUNT(*) FROM notifications n WHERE n.user_id = u.id AND n.read_at IS NULL)"
    } else {
        "CAST(NULL AS BIGINT)"
    };
    let sql = format!(
        "SELECT u.id, u.login, u.person_id, u.display_name, {unread}, b.role, b.unit_id, b.unit_tenant, b.unit_path
         FROM {from} JOIN users u ON u.id = s.user_id LEFT JOIN role_bindings b ON b.user_id = u.id
         WHERE {valid} AND u.is_active = TRUE"
    );
    type Row = (
        i64,
        String,
        Option<i64>,
        String,
        Option<i64>,
        Option<String>,
        Option<i64>,
        Option<i64>,
        Option<String>,
    );
    let rows: Vec<Row> =
        on_tx!(tx, c => sqlx::query_as(sqlx::AssertSqlSafe(sql.as_str())).bind(&hash).bind(now).fetch_all(c).await?);
    let Some((user_id, login, person_id, name, unread, ..)) = rows.first().cloned() else {
        return Ok(None);
    };
    let stored = rows
        .into_iter()
        .filter_map(|(.., role, unit, tenant, path)| Some((role?, unit, tenant, path)))
        .collect();
    let principal = Principal {
        user_id,
        login,
        person_id,
        bindings: resolve_bindings(tx, stored).await?,
    };
    Ok(Some(SignedIn {
        principal,
        name,
        unread,
    }))
}

/// An account's role bindings, each unit resolved to its path.
async fn bindings(tx: &mut Tx, user_id: i64) -> Result<Vec<Binding>, StoreError> {
    let rows: Vec<BindingRow> = on_tx!(tx, c => sqlx::query_as(
        "SELECT role, unit_id, unit_tenant, unit_path FROM role_bindings WHERE user_id = $1")
        .bind(user_id).fetch_all(c).await?);
    resolve_bindings(tx, rows).await
}

/// Bindings from their rows. A binding written without its unit's path (before migration 0030,
/// or by an older server during an upgrade) has it looked up: by id within the tenant kept
/// beside it, so on Citus that read goes to one shard. A unit that no longer exists binds
/// nothing.
async fn resolve_bindings(tx: &mut Tx, rows: Vec<BindingRow>) -> Result<Vec<Binding>, StoreError> {
    let missing: Vec<(i64, Option<i64>)> = rows
        .iter()
        .filter(|(_, _, _, path)| path.is_none())
        .filter_map(|(_, unit, tenant, _)| Some(((*unit)?, *tenant)))
        .collect();
    let looked_up = if missing.is_empty() {
        Default::default()
    } else {
        crate::sql::names_in_tenants(tx, "units", "path", &missing).await?
    };
    Ok(rows
        .into_iter()
        .filter_map(|(r, unit, _, path)| {
            let unit_path = match unit {
                Some(u) => Some(UnitPath::parse(
                    path.as_deref().or(looked_up.get(&u).map(String::as_str))?,
                )?),
                None => None,
            };
            Some(Binding {
                role: Role::parse(&r)?,
                unit_path,
            })
        })
        .collect())
}

/// Opens a session; returns the secret for the cookie.
pub async fn open_session(
    tx: &mut Tx,
    user_id: i64,
    ttl: Duration,
    address: Option<&str>,
) -> Result<String, StoreError> {
    let (secret, hash) = new_secret("s_");
    let now = tx.now();
    on_tx!(tx, c => sqlx::query("INSERT INTO sessions (token_hash, user_id, created_at, expires_at, address) VALUES ($1, $2, $3, $4, $5)")
        .bind(&hash).bind(user_id).bind(now).bind(now + ttl).bind(address).execute(c).await?.rows_affected());
    Ok(secret)
}

pub async fn close_session(tx: &mut Tx, secret: &str) -> Result<(), StoreError> {
    on_tx!(tx, c => sqlx::query("DELETE FROM sessions WHERE token_hash = $1").bind(secret_hash(secret)).execute(c).await?.rows_affected());
    Ok(())
}

/// An API token as listed (never its secret).
#[derive(Debug, Clone, PartialEq, Serialize, sqlx::FromRow, ToSchema)]
pub struct ApiToken {
    pub id: i64,
    pub name: String,
    pub created_at: DateTime<Utc>,
    pub expires_at: DateTime<Utc>,
    pub revoked_at: Option<DateTime<Utc>>,
}

/// Creates an API token valid for `days`; returns it and its secret (shown once).
pub async fn create_token(tx: &mut Tx, user_id: i64, name: &str, days: i64) -> Result<(ApiToken, String), StoreError> {
    let name = domain::text::required("name", name, 100)?;
    if !(1..=3650).contains(&days) {
        return Err(StoreError::Invalid(FieldError::invalid(
            "days",
            "Thời hạn từ 1 đến 3650 ngày.",
            "Validity is 1 to 3650 days.",
        )));
    }
    let (secret, hash) = new_secret("t_");
    let now = tx.now();
    let token: ApiToken = on_tx!(tx, c => sqlx::query_as::<_, ApiToken>(
        "INSERT INTO api_tokens (user_id, name, token_hash, created_at, expires_at) VALUES ($1, $2, $3, $4, $5)
         RETURNING id, name, created_at, expires_at, revoked_at")
        .bind(user_id).bind(&name).bind(&hash).bind(now).bind(now + Duration::days(days)).fetch_one(c).await?);
    audit::record(tx, Change::created(audit::INSTALLATION, "api_token", token.id, &token)).await?;
    Ok((token, secret))
}

pub async fn list_tokens(tx: &mut Tx, user_id: i64) -> Result<Vec<ApiToken>, StoreError> {
    Ok(on_tx!(tx, c => sqlx::query_as::<_, ApiToken>(
        "SELECT id, name, created_at, expires_at, revoked_at FROM api_tokens WHERE user_id = $1 ORDER BY id")
        .bind(user_id).fetch_all(c).await?))
}

pub async fn revoke_token(tx: &mut Tx, user_id: i64, token_id: i64) -> Result<(), StoreError> {
    let now = tx.now();
    let n = on_tx!(tx, c => sqlx::query("UPDATE api_tokens SET revoked_at = $1 WHERE id = $2 AND user_id = $3 AND revoked_at IS NULL")
        .bind(now).bind(token_id).bind(user_id).execute(c).await?.rows_affected());
    if n == 0 {
        return Err(StoreError::not_found("api_token", token_id));
    }
    audit::record(
        tx,
        Change::updated(
            audit::INSTALLATION,
            "api_token",
            token_id,
            "revoke",
            &serde_json::Value::Null,
            &serde_json::json!({"revoked": true}),
        ),
    )
    .await
}

/// Whether any account exists (a real install starts with `dondoc user create --admin`).
pub async fn any_user(tx: &mut Tx) -> Result<bool, StoreError> {
    let n: i64 = on_tx!(tx, c => sqlx::query_scalar("SELECT COUNT(*) FROM users").fetch_one(c).await?);
    Ok(n > 0)
}

/// The display names of several accounts and the person each is linked to (who entered a
/// history entry, and whether on their own behalf).
pub async fn briefs(
    tx: &mut Tx,
    ids: &[i64],
) -> Result<std::collections::HashMap<i64, (String, Option<i64>)>, StoreError> {
    let mut ids: Vec<i64> = ids.to_vec();
    ids.sort_unstable();
    ids.dedup();
    let mut out = std::collections::HashMap::with_capacity(ids.len());
    for chunk in ids.chunks(500) {
        let list: Vec<String> = chunk.iter().map(i64::to_string).collect();
        let sql = format!(
            "SELECT id, display_name, person_id FROM users WHERE id IN ({})",
            list.join(",")
        );
        let rows: Vec<(i64, String, Option<i64>)> =
            on_tx!(tx, c => sqlx::query_as(sqlx::AssertSqlSafe(sql.as_str())).fetch_all(c).await?);
        out.extend(rows.into_iter().map(|(id, name, person)| (id, (name, person))));
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pooled_verification_agrees_with_argon2() {
        let hash = hash_password("mat-khau-dung-2023").expect("hash");
        for _ in 0..3 {
            assert!(verify_password("mat-khau-dung-2023", &hash));
            assert!(!verify_password("mat-khau-sai-2023", &hash));
        }
        assert!(!verify_password("x", "not a hash"));
        // A hash made by the argon2 crate's own verifier path agrees too.
        let parsed = PasswordHash::new(&hash).expect("parses");
        use argon2::password_hash::PasswordVerifier;
        assert!(
            Argon2::default()
                .verify_password(b"mat-khau-dung-2023", &parsed)
                .is_ok()
        );
    }
}
