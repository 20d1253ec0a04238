//! Storage errors, with stable codes the web layer maps to HTTP statuses.

use domain::FieldError;

#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    /// The record does not exist (or is not visible).
    #[error("{entity} {id} not found")]
    NotFound { entity: &'static str, id: i64 },
    /// The input is invalid for the current state of the data (unknown reference, cycle…).
    #[error("invalid input: {0}")]
    Invalid(FieldError),
    /// The record changed since the client read it.
    #[error("{entity} {id} was changed by someone else (version {expected} is stale)")]
    StaleVersion {
        entity: &'static str,
        id: i64,
        expected: i64,
    },
    /// The write conflicts with existing data (duplicate symbol, pending request…).
    #[error("conflict: {0}")]
    Conflict(FieldError),
    #[error("database error: {0}")]
    Db(#[from] sqlx::Error),
    #[error("migration error: {0}")]
    Migrate(#[from] sqlx::migrate::MigrateError),
}

impl From<FieldError> for StoreError {
    fn from(e: FieldError) -> Self {
        StoreError::Invalid(e)
    }
}

impl StoreError {
    pub fn not_found(entity: &'static str, id: i64) -> Self {
        StoreError::NotFound { entity, id }
    }

    /// A reference in the input (`field`) names a record that does not exist.
    pub fn unknown_ref(field: &str, entity_vi: &str, id: i64) -> Self {
        StoreError::Invalid(FieldError::new(
            field,
            domain::ErrorCode::UnknownReference,
            format!("Không tìm thấy {entity_vi} có mã {id}."),
            format!("No {field} with id {id}."),
        ))
    }

    /// A reference in an edit (`field`) names a record of another tenant (province) than the
    /// record edited: rows never change tenant in an ordinary edit (they live on one shard), so
    /// the edit is refused; moving a unit's subtree is the one operation that moves rows.
    pub fn same_tenant(field: &str, current: i64, chosen: i64) -> Result<(), Self> {
        if current == chosen {
            return Ok(());
        }
        Err(StoreError::Invalid(FieldError::new(
            field,
            domain::ErrorCode::OutOfScope,
            "Đơn vị được chọn thuộc tỉnh, thành phố khác; không thể chuyển bản ghi sang đó khi sửa.",
            "The unit chosen belongs to another province; an edit cannot move the record there.",
        )))
    }

    /// True when the database could not be reached or is not the one to write to (gone,
    /// shutting down, starting, now a standby): the request may succeed later, after a
    /// failover. The web layer answers 503.
    pub fn unavailable(e: &sqlx::Error) -> bool {
        match e {
            sqlx::Error::Io(_)
            | sqlx::Error::Tls(_)
            | sqlx::Error::PoolTimedOut
            | sqlx::Error::PoolClosed
            | sqlx::Error::WorkerCrashed
            | sqlx::Error::Protocol(_) => true,
            sqlx::Error::Database(d) => d.code().is_some_and(|c| {
                // 08: connection exception; 57P01-03: shutting down, crashed, starting;
                // 25006: a write reached a standby.
                c.starts_with("08") || matches!(&*c, "57P01" | "57P02" | "57P03" | "25006")
            }),
            _ => false,
        }
    }

    /// [`StoreError::unavailable`] for a store error.
    pub fn is_unavailable(&self) -> bool {
        matches!(self, StoreError::Db(e) if StoreError::unavailable(e))
    }

    /// True when the database refused a write for a unique key.
    pub fn is_unique_violation(e: &sqlx::Error) -> bool {
        matches!(e, sqlx::Error::Database(d) if d.is_unique_violation())
    }
}
