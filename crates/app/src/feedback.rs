//! Citizen feedback at a service desk: a public form, no sign-in, protected against ballot
//! stuffing without a captcha:
//! - each form carries a token signed with the installation's key (HMAC-SHA-256) naming the
//!   desk, the time it was issued and a random nonce; a token is accepted once (its nonce is
//!   stored when used), not before [`MIN_DELAY_SECS`] (a person reads the questions; a script
//!   posting at once is refused) and not after [`MAX_AGE_SECS`];
//! - one response per desk, device and day (a device cookie, the address when cookies are off),
//!   and at most [`MAX_PER_ADDRESS_DAY`] from one address a day (an office's shared address).
//!
//! Responses feed the officer's and the unit's satisfaction figures on the evaluation pages.

use std::collections::BTreeMap;

use chrono::{DateTime, Utc};
use domain::access::Operation;
use domain::{ErrorCode, FieldError};
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};
use store::access::Subject;
use store::evaluation::feedback::{self, FeedbackPoint, Response};

use crate::{App, Caller, Error, Result, authz};

pub const MIN_DELAY_SECS: i64 = 3;
pub const MAX_AGE_SECS: i64 = 2 * 3600;
pub const MAX_PER_ADDRESS_DAY: i64 = 30;

/// The questions of the form (code, Vietnamese, English), each answered yes or no.
pub const QUESTIONS: &[(&str, &str, &str)] = &[
    (
        "huong_dan",
        "Cán bộ hướng dẫn thủ tục rõ ràng, đầy đủ, một lần",
        "The officer explained the procedure clearly and completely, once",
    ),
    (
        "thai_do",
        "Cán bộ có thái độ lịch sự, tôn trọng người dân",
        "The officer was polite and respectful",
    ),
    (
        "dung_hen",
        "Hồ sơ được giải quyết đúng hẹn",
        "The application was settled on time",
    ),
];

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

/// HMAC-SHA-256 (RFC 2104).
fn hmac(key: &[u8], msg: &[u8]) -> [u8; 32] {
    let mut k = [0u8; 64];
    if key.len() > 64 {
        k[..32].copy_from_slice(&Sha256::digest(key));
    } else {
        k[..key.len()].copy_from_slice(key);
    }
    let mut inner = Sha256::new();
    inner.update(k.map(|b| b ^ 0x36));
    inner.update(msg);
    let mut outer = Sha256::new();
    outer.update(k.map(|b| b ^ 0x5c));
    outer.update(inner.finalize());
    outer.finalize().into()
}

fn same(a: &[u8], b: &[u8]) -> bool {
    a.len() == b.len() && a.iter().zip(b).fold(0u8, |acc, (x, y)| acc | (x ^ y)) == 0
}

async fn key(app: &App) -> Result<String> {
    {
        let mut tx = app.db.read().await?;
        if let Some(k) = feedback::read_key(&mut tx).await? {
            return Ok(k);
        }
    }
    let mut tx = app.db.write().await?;
    let k = feedback::signing_key(&mut tx, &hex(&rand::random::<[u8; 32]>())).await?;
    tx.commit().await?;
    Ok(k)
}

fn sign(key: &str, point_id: i64, issued: i64, nonce: &str) -> String {
    hex(&hmac(key.as_bytes(), format!("{point_id}.{issued}.{nonce}").as_bytes()))
}

/// The desk behind a public short code (`not_found` when there is none).
pub async fn point(app: &App, code: &str) -> Result<FeedbackPoint> {
    let mut tx = app.db.read().await?;
    feedback::by_code(&mut tx, code).await?.ok_or_else(|| {
        Error::new(
            ErrorCode::NotFound,
            "Không tìm thấy điểm lấy ý kiến này.",
            "No such feedback point.",
        )
    })
}

/// A fresh signed form token for the desk.
pub async fn issue_token(app: &App, point_id: i64, now: DateTime<Utc>) -> Result<String> {
    let key = key(app).await?;
    let nonce = hex(&rand::random::<[u8; 16]>());
    let issued = now.timestamp();
    Ok(format!(
        "{point_id}.{issued}.{nonce}.{}",
        sign(&key, point_id, issued, &nonce)
    ))
}

/// What a citizen sends.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, utoipa::ToSchema)]
pub struct FeedbackInput {
    pub form_token: String,
    /// 1 (very dissatisfied) to 5 (very satisfied).
    pub rating: i64,
    /// Question code → yes/no.
    #[serde(default)]
    pub answers: BTreeMap<String, bool>,
    #[serde(default)]
    pub comment: Option<String>,
}

fn bad_token() -> Error {
    Error::from(FieldError::invalid(
        "form_token",
        "Phiếu không hợp lệ hoặc đã quá hạn; xin tải lại trang để lấy phiếu mới.",
        "The form is invalid or expired; reload the page for a new one.",
    ))
}

/// Checks and stores one response. `device` is the browser's device cookie (or the address when
/// it has none), `address` the client's address.
pub async fn submit(
    app: &App,
    code: &str,
    input: &FeedbackInput,
    device: &str,
    address: &str,
    now: DateTime<Utc>,
) -> Result<i64> {
    let point = point(app, code).await?;
    let parts: Vec<&str> = input.form_token.split('.').collect();
    let [pid, issued, nonce, sig] = parts.as_slice() else {
        return Err(bad_token());
    };
    let (Ok(pid), Ok(issued)) = (pid.parse::<i64>(), issued.parse::<i64>()) else {
        return Err(bad_token());
    };
    let key = key(app).await?;
    if pid != point.id || !same(sign(&key, pid, issued, nonce).as_bytes(), sig.as_bytes()) {
        return Err(bad_token());
    }
    let age = now.timestamp() - issued;
    if !(0..=MAX_AGE_SECS).contains(&age) {
        return Err(bad_token());
    }
    if age < MIN_DELAY_SECS {
        return Err(Error::from(FieldError::invalid(
            "form_token",
            "Phiếu được gửi quá nhanh; xin đọc các câu hỏi rồi gửi lại sau vài giây.",
            "The form was sent too quickly; read the questions and send it again in a few seconds.",
        )));
    }
    if !(1..=5).contains(&input.rating) {
        return Err(Error::from(FieldError::invalid(
            "rating",
            "Xin chọn mức độ hài lòng từ 1 đến 5.",
            "Choose a satisfaction rating from 1 to 5.",
        )));
    }
    for k in input.answers.keys() {
        if !QUESTIONS.iter().any(|(c, _, _)| c == k) {
            return Err(Error::from(FieldError::invalid(
                &format!("answers.{k}"),
                format!("Câu hỏi “{k}” không có trong phiếu."),
                format!("Question “{k}” is not on the form."),
            )));
        }
    }
    let comment = domain::text::optional("comment", input.comment.as_deref(), 2000)?;
    let day = (now + chrono::Duration::hours(7)).date_naive();
    let mut tx = app.db.write().await?;
    feedback::use_token(&mut tx, nonce).await?;
    let (by_device, by_address) = feedback::sent_today(&mut tx, point.id, device, address, day).await?;
    if by_device > 0 || by_address >= MAX_PER_ADDRESS_DAY {
        return Err(Error::of(ErrorCode::FeedbackLimit));
    }
    let id = feedback::insert(
        &mut tx,
        &Response {
            point: &point,
            rating: i32::try_from(input.rating).unwrap_or(0),
            answers: serde_json::to_value(&input.answers).unwrap_or_default(),
            comment,
            device,
            address,
            day,
        },
    )
    .await?;
    tx.commit().await?;
    Ok(id)
}

/// Opens a desk in a unit (those who manage the unit's organisation).
pub async fn create_point(
    app: &App,
    caller: &Caller,
    unit_id: i64,
    person_id: Option<i64>,
    name: &str,
    code: &str,
) -> Result<FeedbackPoint> {
    let mut tx = app.write(caller).await?;
    let desk = authz::named_for(
        &mut tx,
        caller,
        Operation::ManageFeedback,
        Subject::Unit(unit_id),
        "unit_id",
    )
    .await?;
    if let Some(p) = person_id {
        // The desk's officer works in the desk's province.
        authz::staff_of_province(&mut tx, caller, p, desk.owner.tenant(), "person_id").await?;
    }
    let point = feedback::create(&mut tx, unit_id, person_id, name, code).await?;
    tx.commit().await?;
    Ok(point)
}
