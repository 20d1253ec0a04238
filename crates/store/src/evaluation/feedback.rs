//! Citizen feedback: service desks (a unit, optionally one officer) with a public page, the
//! responses, the key that signs form tokens, and the tokens already used.

use chrono::NaiveDate;
use domain::{ErrorCode, FieldError};
use serde::Serialize;
use sqlx::FromRow;

use crate::audit::{self, Change};
use crate::db::Tx;
use crate::{StoreError, on_tx, units};

#[derive(Debug, Clone, PartialEq, Serialize, FromRow, utoipa::ToSchema)]
pub struct FeedbackPoint {
    pub id: i64,
    /// The short code of its public address (`/y-kien/{code}`).
    pub code: String,
    pub name: String,
    pub unit_id: i64,
    pub unit_name: String,
    pub person_id: Option<i64>,
    pub person_name: Option<String>,
    #[serde(skip)]
    pub unit_path: String,
}

const COLS: &str =
    "f.id, f.code, f.name, f.unit_id, u.name AS unit_name, f.person_id, p.name AS person_name, f.unit_path";
const FROM: &str = "feedback_points f JOIN units u ON u.tenant_id = f.tenant_id AND u.id = f.unit_id LEFT JOIN people p ON p.tenant_id = f.tenant_id AND p.id = f.person_id";

pub async fn by_code(tx: &mut Tx, code: &str) -> Result<Option<FeedbackPoint>, StoreError> {
    let sql = format!("SELECT {COLS} FROM {FROM} WHERE f.code = $1");
    Ok(
        on_tx!(tx, c => sqlx::query_as::<_, FeedbackPoint>(sqlx::AssertSqlSafe(sql.as_str())).bind(code).fetch_optional(c).await?),
    )
}

pub async fn get(tx: &mut Tx, id: i64) -> Result<FeedbackPoint, StoreError> {
    crate::own_tenants::one_by_id::<FeedbackPoint>(tx, "f.tenant_id", id, |cond| {
        format!("SELECT {COLS} FROM {FROM} WHERE f.id = $1{cond}")
    })
    .await?
    .ok_or(StoreError::not_found("feedback_point", id))
}

/// The desks in a unit's subtree.
pub async fn list_within(tx: &mut Tx, unit_id: i64) -> Result<Vec<FeedbackPoint>, StoreError> {
    let root = units::path_of(tx, unit_id).await?;
    let (lo, hi) = root.range();
    // A desk is in its unit's tenant, the subtree's.
    let t = crate::sql::tenant_col(tx.backend(), "f.tenant_id");
    let sql = format!(
        "SELECT {COLS} FROM {FROM} WHERE {t} = $3 AND f.unit_path >= $1 AND f.unit_path < $2 ORDER BY f.unit_path, f.id"
    );
    Ok(
        on_tx!(tx, c => sqlx::query_as::<_, FeedbackPoint>(sqlx::AssertSqlSafe(sql.as_str())).bind(lo).bind(hi).bind(root.tenant()).fetch_all(c).await?),
    )
}

/// Opens a desk: `code` is its short address (lower-case letters, digits and "-").
pub async fn create(
    tx: &mut Tx,
    unit_id: i64,
    person_id: Option<i64>,
    name: &str,
    code: &str,
) -> Result<FeedbackPoint, StoreError> {
    let name = domain::text::required("name", name, 300)?;
    if code.is_empty()
        || code.len() > 40
        || !code
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
    {
        return Err(StoreError::Invalid(FieldError::invalid(
            "code",
            "Mã địa chỉ ngắn chỉ gồm chữ thường không dấu, chữ số và “-”, tối đa 40 ký tự.",
            "The short code may contain only lower-case ASCII letters, digits and “-”, at most 40 characters.",
        )));
    }
    let path = units::path_of_ref(tx, "unit_id", unit_id).await?;
    let tenant = path.tenant();
    let now = tx.now();
    let res: Result<i64, sqlx::Error> = on_tx!(tx, c => sqlx::query_scalar(
        "INSERT INTO feedback_points (tenant_id, code, name, unit_id, unit_path, person_id, created_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id")
        .bind(tenant).bind(code).bind(&name).bind(unit_id).bind(path.as_str()).bind(person_id).bind(now)
        .fetch_one(c).await);
    let id = match res {
        Ok(id) => id,
        Err(e) if StoreError::is_unique_violation(&e) => {
            return Err(StoreError::Conflict(FieldError::new(
                "code",
                ErrorCode::DuplicateCode,
                format!("Mã “{code}” đã được dùng cho điểm lấy ý kiến khác."),
                format!("Code “{code}” is already used by another feedback point."),
            )));
        }
        Err(e) => return Err(e.into()),
    };
    let point = get(tx, id).await?;
    audit::record(tx, Change::created(tenant, "feedback_point", id, &point)).await?;
    Ok(point)
}

/// The installation's key for signing form tokens, made on first use.
pub async fn signing_key(tx: &mut Tx, fresh: &str) -> Result<String, StoreError> {
    on_tx!(tx, c => sqlx::query("INSERT INTO feedback_keys (id, key) VALUES (1, $1) ON CONFLICT (id) DO NOTHING")
        .bind(fresh).execute(c).await?.rows_affected());
    Ok(on_tx!(tx, c => sqlx::query_scalar("SELECT key FROM feedback_keys WHERE id = 1").fetch_one(c).await?))
}

/// The signing key, if made.
pub async fn read_key(tx: &mut Tx) -> Result<Option<String>, StoreError> {
    Ok(on_tx!(tx, c => sqlx::query_scalar("SELECT key FROM feedback_keys WHERE id = 1").fetch_optional(c).await?))
}

/// Marks a token's nonce used; a second use is refused (`form_used`).
pub async fn use_token(tx: &mut Tx, nonce: &str) -> Result<(), StoreError> {
    let now = tx.now();
    let n = on_tx!(tx, c => sqlx::query(
        "INSERT INTO feedback_used_tokens (nonce, used_at) VALUES ($1, $2) ON CONFLICT (nonce) DO NOTHING")
        .bind(nonce).bind(now).execute(c).await?.rows_affected());
    if n == 0 {
        return Err(StoreError::Conflict(FieldError::new(
            "form_token",
            ErrorCode::FormUsed,
            ErrorCode::FormUsed.label_vi(),
            ErrorCode::FormUsed.label_en(),
        )));
    }
    Ok(())
}

/// Responses already sent today to this desk from this device, and from this address anywhere.
pub async fn sent_today(
    tx: &mut Tx,
    point_id: i64,
    device: &str,
    address: &str,
    day: NaiveDate,
) -> Result<(i64, i64), StoreError> {
    let by_device: i64 = on_tx!(tx, c => sqlx::query_scalar(
        "SELECT COUNT(*) FROM feedback_responses WHERE point_id = $1 AND day = $2 AND device = $3")
        .bind(point_id).bind(day).bind(device).fetch_one(c).await?);
    let by_address: i64 = on_tx!(tx, c => sqlx::query_scalar(
        "SELECT COUNT(*) FROM feedback_responses WHERE day = $1 AND address = $2")
        .bind(day).bind(address).fetch_one(c).await?);
    Ok((by_device, by_address))
}

/// One response, already checked.
#[derive(Debug, Clone)]
pub struct Response<'a> {
    pub point: &'a FeedbackPoint,
    pub rating: i32,
    pub answers: serde_json::Value,
    pub comment: Option<String>,
    pub device: &'a str,
    pub address: &'a str,
    pub day: NaiveDate,
}

pub async fn insert(tx: &mut Tx, r: &Response<'_>) -> Result<i64, StoreError> {
    let tenant = units::path_of(tx, r.point.unit_id)
        .await?
        .ids()
        .first()
        .copied()
        .unwrap_or(r.point.unit_id);
    let now = tx.now();
    let id: i64 = on_tx!(tx, c => sqlx::query_scalar(
        "INSERT INTO feedback_responses (tenant_id, point_id, unit_path, person_id, rating, answers, comment, device, address,
                                         day, created_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11) RETURNING id")
        .bind(tenant).bind(r.point.id).bind(&r.point.unit_path).bind(r.point.person_id).bind(r.rating)
        .bind(r.answers.to_string()).bind(&r.comment).bind(r.device).bind(r.address).bind(r.day).bind(now)
        .fetch_one(c).await?);
    audit::record(
        tx,
        Change::new(
            tenant,
            "feedback_response",
            id,
            "create",
            None,
            Some(serde_json::json!({"point_id": r.point.id, "rating": r.rating, "day": r.day})),
        ),
    )
    .await?;
    Ok(id)
}

/// Satisfaction of a desk or an officer over a window: responses and mean rating (1–5).
#[derive(Debug, Clone, Copy, PartialEq, Serialize, utoipa::ToSchema)]
pub struct Satisfaction {
    pub responses: i64,
    /// Mean rating in hundredths (450 = 4,5); none without responses.
    pub mean: Option<i64>,
    /// Share of ratings 4 or 5, in hundredths of a percent.
    pub satisfied: Option<i64>,
}

fn satisfaction(n: i64, sum: i64, good: i64) -> Satisfaction {
    Satisfaction {
        responses: n,
        mean: (n > 0).then(|| (sum * 100 + n / 2) / n),
        satisfied: (n > 0).then(|| (good * 10_000 + n / 2) / n),
    }
}

pub async fn of_person(
    tx: &mut Tx,
    person_id: i64,
    from: NaiveDate,
    to: NaiveDate,
) -> Result<Satisfaction, StoreError> {
    // An officer's ratings are written in their desk's tenant, which is the officer's
    // (`app::feedback::create_point`), or one joined to it by a move: named, one shard on Citus.
    let own = crate::access::person_tenants(tx, person_id).await?;
    if own.is_empty() {
        return Ok(satisfaction(0, 0, 0));
    }
    let sql = format!(
        "SELECT COUNT(*), SUM(rating), SUM(CASE WHEN rating >= 4 THEN 1 ELSE 0 END) FROM feedback_responses
         WHERE {} AND person_id = $1 AND day >= $2 AND day <= $3",
        crate::sql::in_tenants(tx.backend(), "tenant_id", own)
    );
    let (n, sum, good): (i64, Option<i64>, Option<i64>) = on_tx!(tx, c => sqlx::query_as(sqlx::AssertSqlSafe(sql.as_str()))
        .bind(person_id).bind(from).bind(to).fetch_one(c).await?);
    Ok(satisfaction(n, sum.unwrap_or(0), good.unwrap_or(0)))
}

pub async fn of_point(tx: &mut Tx, point_id: i64, from: NaiveDate, to: NaiveDate) -> Result<Satisfaction, StoreError> {
    let (n, sum, good): (i64, Option<i64>, Option<i64>) = on_tx!(tx, c => sqlx::query_as(
        "SELECT COUNT(*), SUM(rating), SUM(CASE WHEN rating >= 4 THEN 1 ELSE 0 END) FROM feedback_responses
         WHERE point_id = $1 AND day >= $2 AND day <= $3")
        .bind(point_id).bind(from).bind(to).fetch_one(c).await?);
    Ok(satisfaction(n, sum.unwrap_or(0), good.unwrap_or(0)))
}
