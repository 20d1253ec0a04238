//! Rule-set versions as data. The shipped sets are installed when the database is migrated;
//! an administrator clones a version into a draft, edits it, and activates it from a date.
//! An active version is never edited again, so a period evaluated under it stays reproducible.

use chrono::NaiveDate;
use domain::evaluation::{RuleSet, shipped};
use domain::{FieldError, Valid};
use serde::Serialize;
use sha2::{Digest, Sha256};
use sqlx::FromRow;

use crate::audit::{self, Change};
use crate::db::{Db, Tx};
use crate::{StoreError, on_tx};

/// A stored version, without its body.
#[derive(Debug, Clone, PartialEq, Serialize, FromRow, utoipa::ToSchema)]
pub struct RuleSetRecord {
    pub id: i64,
    pub family: String,
    pub version: i32,
    pub name: String,
    pub body_hash: String,
    pub effective_from: NaiveDate,
    pub effective_until: Option<NaiveDate>,
    /// False for a draft (an edited clone not yet activated).
    pub active: bool,
    pub based_on: Option<i64>,
}

const COLS: &str = "id, family, version, name, body_hash, effective_from, effective_until, active, based_on";

fn hash(body: &str) -> String {
    Sha256::digest(body.as_bytes())
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

fn body_of(set: &RuleSet) -> Result<String, StoreError> {
    serde_json::to_string(set).map_err(|e| {
        StoreError::Invalid(FieldError::invalid(
            "rule_set",
            format!("Không lưu được bộ tiêu chí: {e}"),
            format!("The rule set could not be stored: {e}"),
        ))
    })
}

/// Installs the shipped rule sets that are not stored yet (idempotent: run at every migrate).
pub async fn install_shipped(db: &Db) -> Result<(), StoreError> {
    let sets = shipped::shipped().map_err(StoreError::Invalid)?;
    let mut tx = db.write().await?;
    for set in sets {
        let exists: Option<i64> = on_tx!(tx, c => sqlx::query_scalar(
            "SELECT id FROM eval_rule_sets WHERE family = $1 AND version = $2")
            .bind(&set.family).bind(i64::from(set.version)).fetch_optional(c).await?);
        if exists.is_none() {
            insert(&mut tx, &set, true, None).await?;
        }
    }
    tx.commit().await
}

async fn insert(tx: &mut Tx, set: &RuleSet, active: bool, based_on: Option<i64>) -> Result<RuleSetRecord, StoreError> {
    let body = body_of(set)?;
    let now = tx.now();
    let id: i64 = on_tx!(tx, c => sqlx::query_scalar(
        "INSERT INTO eval_rule_sets (family, version, name, body, body_hash, effective_from, effective_until, active,
                                     based_on, created_at, updated_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $10) RETURNING id")
        .bind(&set.family).bind(i64::from(set.version)).bind(&set.name_vi).bind(&body).bind(hash(&body))
        .bind(set.effective_from).bind(set.effective_until).bind(active).bind(based_on).bind(now)
        .fetch_one(c).await?);
    let rec = get(tx, id).await?;
    audit::record(tx, Change::created(audit::INSTALLATION, "eval_rule_set", id, &rec)).await?;
    Ok(rec)
}

pub async fn get(tx: &mut Tx, id: i64) -> Result<RuleSetRecord, StoreError> {
    let sql = format!("SELECT {COLS} FROM eval_rule_sets WHERE id = $1");
    on_tx!(tx, c => sqlx::query_as::<_, RuleSetRecord>(sqlx::AssertSqlSafe(sql.as_str())).bind(id).fetch_optional(c).await?)
        .ok_or(StoreError::not_found("eval_rule_set", id))
}

/// The stored body of a version, checked again (a stored body is always valid, but the check
/// is cheap and keeps a hand-edited row from scoring anyone).
pub async fn body(tx: &mut Tx, id: i64) -> Result<Valid<RuleSet>, StoreError> {
    let text: Option<String> = on_tx!(tx, c => sqlx::query_scalar("SELECT body FROM eval_rule_sets WHERE id = $1")
        .bind(id).fetch_optional(c).await?);
    parse_body(&text.ok_or(StoreError::not_found("eval_rule_set", id))?)
}

/// A stored body, read and checked.
fn parse_body(text: &str) -> Result<Valid<RuleSet>, StoreError> {
    let set: RuleSet = serde_json::from_str(text).map_err(|e| {
        StoreError::Invalid(FieldError::invalid(
            "rule_set",
            format!("Bộ tiêu chí đã lưu không đọc được: {e}"),
            format!("The stored rule set cannot be read: {e}"),
        ))
    })?;
    Ok(set.validate()?)
}

pub async fn list(tx: &mut Tx) -> Result<Vec<RuleSetRecord>, StoreError> {
    let sql = format!("SELECT {COLS} FROM eval_rule_sets ORDER BY family, version");
    Ok(on_tx!(tx, c => sqlx::query_as::<_, RuleSetRecord>(sqlx::AssertSqlSafe(sql.as_str())).fetch_all(c).await?))
}

/// The active versions of a family with their bodies, for choosing the one in force.
pub async fn active_family(tx: &mut Tx, family: &str) -> Result<Vec<(i64, Valid<RuleSet>)>, StoreError> {
    if let Some(sets) = tx.seen.as_ref().and_then(|s| s.rule_families.get(family)) {
        return Ok(sets.clone());
    }
    // One statement, bodies with their ids, once a read snapshot (a ranking page asks for
    // several periods).
    let rows: Vec<(i64, String)> = on_tx!(tx, c => sqlx::query_as(
        "SELECT id, body FROM eval_rule_sets WHERE family = $1 AND active = TRUE ORDER BY version")
        .bind(family).fetch_all(c).await?);
    let sets = rows
        .into_iter()
        .map(|(id, text)| Ok((id, parse_body(&text)?)))
        .collect::<Result<Vec<_>, StoreError>>()?;
    crate::seen::with(tx, |s| s.rule_families.insert(family.to_string(), sets.clone()));
    Ok(sets)
}

/// The version of `family` that governs `period` (the one in force on its first day), or the
/// period's error naming the family when none is.
pub async fn for_period(
    tx: &mut Tx,
    family: &str,
    period: &domain::period::Period,
) -> Result<(i64, Valid<RuleSet>), StoreError> {
    let sets = active_family(tx, family).await?;
    if sets.is_empty() {
        return Err(StoreError::Invalid(FieldError::invalid(
            "family",
            format!("Không có bộ tiêu chí đánh giá “{family}”."),
            format!("There is no evaluation rule set “{family}”."),
        )));
    }
    let bodies: Vec<Valid<RuleSet>> = sets.iter().map(|(_, s)| s.clone()).collect();
    let chosen = domain::evaluation::for_period(&bodies, family, period)?;
    let id = sets
        .iter()
        .find(|(_, s)| s.version == chosen.version)
        .map(|(id, _)| *id)
        .ok_or(StoreError::not_found("eval_rule_set", 0))?;
    Ok((id, chosen.clone()))
}

/// Copies a version into a new draft of the same family (next version number, inactive).
pub async fn clone_draft(tx: &mut Tx, id: i64) -> Result<RuleSetRecord, StoreError> {
    let source = body(tx, id).await?.into_inner();
    let next: i64 = on_tx!(tx, c => sqlx::query_scalar(
        "SELECT CAST(COALESCE(MAX(version), 0) + 1 AS BIGINT) FROM eval_rule_sets WHERE family = $1")
        .bind(&source.family).fetch_one(c).await?);
    let mut draft = source;
    draft.version = u32::try_from(next).unwrap_or(u32::MAX);
    draft.effective_until = None;
    insert(tx, &draft, false, Some(id)).await
}

fn refuse(field: &str, vi: impl Into<String>, en: impl Into<String>) -> StoreError {
    StoreError::Conflict(FieldError::invalid(field, vi, en))
}

/// Replaces a draft's body. Family and version stay the draft's own; an active version is
/// refused (it may already have scored someone).
pub async fn update_draft(tx: &mut Tx, id: i64, set: &Valid<RuleSet>) -> Result<RuleSetRecord, StoreError> {
    let before = get(tx, id).await?;
    if before.active {
        return Err(refuse(
            "rule_set",
            "Phiên bản này đã áp dụng nên không sửa được; hãy nhân bản rồi sửa bản sao.",
            "This version is in use and cannot be edited; clone it and edit the copy.",
        ));
    }
    if set.family != before.family || i64::from(set.version) != i64::from(before.version) {
        return Err(StoreError::Invalid(FieldError::invalid(
            "family",
            format!(
                "Bản nháp là “{}” phiên bản {}; không đổi được mã hoặc số phiên bản.",
                before.family, before.version
            ),
            format!(
                "The draft is “{}” version {}; its family and version cannot change.",
                before.family, before.version
            ),
        )));
    }
    let body = body_of(set)?;
    let now = tx.now();
    on_tx!(tx, c => sqlx::query(
        "UPDATE eval_rule_sets SET name = $1, body = $2, body_hash = $3, effective_from = $4, effective_until = $5,
                updated_at = $6 WHERE id = $7")
        .bind(&set.name_vi).bind(&body).bind(hash(&body)).bind(set.effective_from).bind(set.effective_until)
        .bind(now).bind(id).execute(c).await?.rows_affected());
    let after = get(tx, id).await?;
    audit::record(
        tx,
        Change::updated(audit::INSTALLATION, "eval_rule_set", id, "update", &before, &after),
    )
    .await?;
    Ok(after)
}

/// Activates a draft from `from`. Refused when a period starting on or after `from` was already
/// evaluated under this family (activating would change an evaluated period silently), or when
/// another active version takes effect the same day.
pub async fn activate(tx: &mut Tx, id: i64, from: NaiveDate) -> Result<RuleSetRecord, StoreError> {
    if tx.backend() == crate::db::Backend::Postgres {
        // On Citus the rule sets are a reference table that the distributed `evaluations` point
        // at: a change to it after the read of every shard below is refused unless the
        // transaction keeps one connection per node. Without Citus the setting is an inert
        // placeholder.
        on_tx!(tx, c => sqlx::query("SET LOCAL citus.multi_shard_modify_mode TO 'sequential'").execute(c).await?.rows_affected());
    }
    let before = get(tx, id).await?;
    if before.active {
        return Err(refuse(
            "rule_set",
            "Phiên bản này đã được áp dụng.",
            "This version is already active.",
        ));
    }
    let evaluated: Option<NaiveDate> = on_tx!(tx, c => sqlx::query_scalar(
        "SELECT MAX(period_start) FROM evaluations WHERE family = $1 AND period_start >= $2")
        .bind(&before.family).bind(from).fetch_one(c).await?);
    if let Some(last) = evaluated {
        return Err(StoreError::Invalid(FieldError::invalid(
            "effective_from",
            format!(
                "Đã có kết quả đánh giá theo bộ tiêu chí này cho kỳ bắt đầu {}; chỉ áp dụng phiên bản mới từ sau ngày đó.",
                last.format("%d/%m/%Y")
            ),
            format!("Periods starting {last} were already evaluated under this family; activate from a later date."),
        )));
    }
    let same_day: Option<i64> = on_tx!(tx, c => sqlx::query_scalar(
        "SELECT version FROM eval_rule_sets WHERE family = $1 AND active = TRUE AND effective_from = $2")
        .bind(&before.family).bind(from).fetch_optional(c).await?.map(|v: i32| i64::from(v)));
    if let Some(v) = same_day {
        return Err(StoreError::Invalid(FieldError::invalid(
            "effective_from",
            format!(
                "Phiên bản {v} đã áp dụng từ ngày {}; chọn ngày khác.",
                from.format("%d/%m/%Y")
            ),
            format!("Version {v} already takes effect on {from}; choose another day."),
        )));
    }
    let mut set = body(tx, id).await?.into_inner();
    set.effective_from = from;
    if set.effective_until.is_some_and(|u| u < from) {
        set.effective_until = None;
    }
    let set = set.validate()?;
    let body = body_of(&set)?;
    let now = tx.now();
    on_tx!(tx, c => sqlx::query(
        "UPDATE eval_rule_sets SET body = $1, body_hash = $2, effective_from = $3, effective_until = $4, active = TRUE,
                updated_at = $5 WHERE id = $6")
        .bind(&body).bind(hash(&body)).bind(from).bind(set.effective_until).bind(now).bind(id)
        .execute(c).await?.rows_affected());
    let after = get(tx, id).await?;
    audit::record(
        tx,
        Change::updated(audit::INSTALLATION, "eval_rule_set", id, "activate", &before, &after),
    )
    .await?;
    Ok(after)
}
