//! The records of attached files: which record a file is attached to, through which record its
//! readers are decided, and its name, kind, size and SHA-256. The content is in [`crate::blobs`].

use chrono::{DateTime, Utc};
use domain::file::{FileInput, FileKind};
use domain::{ErrorCode, FieldError, Valid};
use serde::Serialize;
use sqlx::FromRow;
use utoipa::ToSchema;

use crate::access::Subject;
use crate::audit::{self, Change};
use crate::db::Tx;
use crate::{StoreError, on_tx};

/// What a file is attached to: the record (a progress report…) and the record whose readers
/// may read it (the report's task…).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Attachment {
    pub subject: Subject,
    pub tenant_id: i64,
    pub record_kind: &'static str,
    pub record_id: i64,
}

/// An attached file as stored and served.
#[derive(Debug, Clone, PartialEq, Serialize, FromRow, ToSchema)]
pub struct StoredFile {
    pub id: i64,
    /// The kind of record its readers are decided by (`task`…) and its id.
    pub subject_kind: String,
    pub subject_id: i64,
    /// The record it is attached to (`progress_report`…) and its id.
    pub record_kind: String,
    pub record_id: i64,
    pub name: String,
    #[sqlx(try_from = "String")]
    pub kind: FileKind,
    pub size_bytes: i64,
    pub sha256: String,
    /// The account that uploaded it.
    pub uploaded_by: Option<i64>,
    pub created_at: DateTime<Utc>,
}

impl StoredFile {
    /// The record whose readers may read this file.
    pub fn subject(&self) -> Option<Subject> {
        match self.subject_kind.as_str() {
            "task" => Some(Subject::Task(self.subject_id)),
            "document" => Some(Subject::Document(self.subject_id)),
            "unit" => Some(Subject::Unit(self.subject_id)),
            "evaluation" => Some(Subject::Evaluation(self.subject_id)),
            "conference" => Some(Subject::Conference(self.subject_id)),
            "inspection_record" => Some(Subject::InspectionRecord(self.subject_id)),
            _ => None,
        }
    }
}

fn subject_code(s: Subject) -> (&'static str, i64) {
    match s {
        Subject::Unit(id) => ("unit", id),
        Subject::Person(id) => ("person", id),
        Subject::Document(id) => ("document", id),
        Subject::Theme(id) => ("theme", id),
        Subject::Task(id) => ("task", id),
        Subject::Target(id) => ("target", id),
        Subject::Evaluation(id) => ("evaluation", id),
        Subject::Requirement(id) => ("requirement", id),
        Subject::RequirementItem(id) => ("requirement_item", id),
        Subject::Conference(id) => ("conference", id),
        Subject::Inspection(id) => ("inspection", id),
        Subject::InspectionRecord(id) => ("inspection_record", id),
    }
}

const COLS: &str =
    "id, subject_kind, subject_id, record_kind, record_id, name, kind, size_bytes, sha256, uploaded_by, created_at";

/// Records a checked file as attached to `to`. The same content twice on one record is refused
/// (`duplicate_file`), naming the file already there.
pub async fn attach(tx: &mut Tx, to: &Attachment, f: &Valid<FileInput>) -> Result<StoredFile, StoreError> {
    let existing: Option<String> = on_tx!(tx, c => sqlx::query_scalar(
        "SELECT name FROM files WHERE tenant_id = $4 AND record_kind = $1 AND record_id = $2 AND sha256 = $3")
        .bind(to.record_kind).bind(to.record_id).bind(&f.sha256).bind(to.tenant_id).fetch_optional(c).await?);
    if let Some(first) = existing {
        return Err(StoreError::Conflict(FieldError::new(
            "file",
            ErrorCode::DuplicateFile,
            format!("Tệp “{}” trùng nội dung với tệp “{first}” đã đính kèm.", f.name),
            format!(
                "The file “{}” has the same content as “{first}”, already attached.",
                f.name
            ),
        )));
    }
    let (kind, subject_id) = subject_code(to.subject);
    let now = tx.now();
    let user = tx.actor.user_id;
    let size = i64::try_from(f.size).unwrap_or(i64::MAX);
    let id: i64 = on_tx!(tx, c => sqlx::query_scalar(
        "INSERT INTO files (tenant_id, subject_kind, subject_id, record_kind, record_id, name, kind, size_bytes, sha256, uploaded_by, created_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11) RETURNING id")
        .bind(to.tenant_id).bind(kind).bind(subject_id).bind(to.record_kind).bind(to.record_id)
        .bind(&f.name).bind(f.kind.map(FileKind::as_str).unwrap_or("")).bind(size).bind(&f.sha256)
        .bind(user).bind(now).fetch_one(c).await?);
    let stored = get(tx, id).await?;
    audit::record(tx, Change::created(to.tenant_id, "file", id, &stored)).await?;
    Ok(stored)
}

/// One file record.
pub async fn get(tx: &mut Tx, id: i64) -> Result<StoredFile, StoreError> {
    crate::own_tenants::one_by_id::<StoredFile>(tx, "tenant_id", id, |cond| {
        format!("SELECT {COLS} FROM files WHERE id = $1{cond}")
    })
    .await?
    .ok_or(StoreError::not_found("file", id))
}

/// The files attached through one record (a task's files: those of all its reports), oldest
/// first.
pub async fn of_subject(tx: &mut Tx, subject: Subject) -> Result<Vec<StoredFile>, StoreError> {
    let (kind, id) = subject_code(subject);
    // A file is in its record's tenant: found first (in the caller's tenants first), the files
    // then read there — one shard on Citus, where a read by subject alone goes to every shard.
    let Some(tenant) = subject_tenant(tx, subject).await? else {
        return Ok(Vec::new());
    };
    let sql =
        format!("SELECT {COLS} FROM files WHERE tenant_id = $3 AND subject_kind = $1 AND subject_id = $2 ORDER BY id");
    Ok(
        on_tx!(tx, c => sqlx::query_as::<_, StoredFile>(sqlx::AssertSqlSafe(sql.as_str()))
        .bind(kind).bind(id).bind(tenant).fetch_all(c).await?),
    )
}

/// The tenant of the record a file hangs off; none when there is no such record.
async fn subject_tenant(tx: &mut Tx, s: Subject) -> Result<Option<i64>, StoreError> {
    let (table, id) = match s {
        Subject::Unit(id) => ("units", id),
        Subject::Person(id) => ("people", id),
        Subject::Document(id) => ("documents", id),
        Subject::Theme(id) => ("themes", id),
        Subject::Task(id) => ("tasks", id),
        Subject::Target(id) => ("targets", id),
        Subject::Evaluation(id) => ("evaluations", id),
        Subject::Requirement(id) => ("requirements", id),
        Subject::RequirementItem(id) => ("requirement_items", id),
        Subject::Conference(id) => ("conferences", id),
        Subject::Inspection(id) => ("inspections", id),
        Subject::InspectionRecord(id) => ("inspection_records", id),
    };
    crate::own_tenants::value_by_id(tx, "tenant_id", id, |cond| {
        format!("SELECT tenant_id FROM {table} WHERE id = $1{cond}")
    })
    .await
}

/// The files attached to records of one kind (`requirement_item`…) lying in `tenant` (a file is
/// in its record's tenant: one shard on Citus), oldest first.
pub async fn of_records(
    tx: &mut Tx,
    tenant: i64,
    record_kind: &str,
    ids: &[i64],
) -> Result<Vec<StoredFile>, StoreError> {
    if ids.is_empty() {
        return Ok(Vec::new());
    }
    // Ids are integers: no client text in the SQL.
    let list = ids.iter().map(i64::to_string).collect::<Vec<_>>().join(",");
    let sql = format!(
        "SELECT {COLS} FROM files WHERE {} AND record_kind = $1 AND record_id IN ({list}) ORDER BY id",
        crate::sql::in_tenants(tx.backend(), "tenant_id", [tenant])
    );
    Ok(
        on_tx!(tx, c => sqlx::query_as::<_, StoredFile>(sqlx::AssertSqlSafe(sql.as_str()))
        .bind(record_kind).fetch_all(c).await?),
    )
}

/// The tenant of progress report `report_id` when it is a report on task `task_id`.
pub async fn report_tenant(tx: &mut Tx, task_id: i64, report_id: i64) -> Result<Option<i64>, StoreError> {
    Ok(on_tx!(tx, c => sqlx::query_scalar(
        "SELECT tenant_id FROM progress_reports WHERE id = $1 AND task_id = $2")
        .bind(report_id).bind(task_id).fetch_optional(c).await?))
}
