//! The audit trail of a record as a table on its page: who changed what, when, from where.

use store::Tx;

use crate::error::ApiError;

/// One entry as shown.
pub struct AuditRow {
    pub seq: i64,
    /// dd/mm/yyyy HH:MM, Vietnam time (UTC+7 all year).
    pub when: String,
    pub actor: String,
    pub address: String,
    pub action: String,
}

/// The entries of `entity` `id`, newest first (the last 100).
pub async fn rows(tx: &mut Tx, entity: &str, id: i64) -> Result<Vec<AuditRow>, ApiError> {
    let entries = store::audit::history(tx, entity, id).await?;
    Ok(entries
        .into_iter()
        .rev()
        .take(100)
        .map(|e| AuditRow {
            seq: e.seq,
            when: (e.at + chrono::Duration::hours(7)).format("%d/%m/%Y %H:%M").to_string(),
            actor: e.actor,
            address: e.address.unwrap_or_default(),
            action: e.action,
        })
        .collect())
}
