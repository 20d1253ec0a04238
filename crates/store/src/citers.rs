//! Where the rows naming a document lie: its own tenant, and the few others listed in
//! `document_citers` (migration 0027).
//!
//! A link to a document, and a conference's document or conclusion, are rows of the tenant that
//! wrote them (the linking document's, the conference's). Nearly always that is the named
//! document's own tenant — a district's plan implements its province's — but a province's plan
//! may implement a central directive, or a conference disseminate another province's document.
//! Read by the document alone, the rows naming it went to every shard on Citus; so every write
//! of such a row in another tenant notes that tenant here, in the same transaction ([`note`]),
//! and the reads name [`of`]'s tenants. A moved unit takes its rows to another tenant, and a
//! moved document leaves the rows naming it behind: both are found through the moves
//! (`tenant_move::linked`), so a move writes nothing here. A row deleted leaves its note: the
//! list may name a tenant with no such row left (one shard more to ask), never miss one.

use crate::{StoreError, Tx, on_tx};

/// Notes that a row of `holder` names `document_id`, of `document_tenant`: nothing when both
/// are one tenant, the pair once otherwise.
pub(crate) async fn note(tx: &mut Tx, document_id: i64, document_tenant: i64, holder: i64) -> Result<(), StoreError> {
    if holder == document_tenant {
        return Ok(());
    }
    on_tx!(tx, c => sqlx::query(
        "INSERT INTO document_citers (document_id, citer_tenant) VALUES ($1, $2) ON CONFLICT DO NOTHING")
        .bind(document_id).bind(holder).execute(c).await?.rows_affected());
    Ok(())
}

/// The tenants the rows naming any of `documents` (id, tenant) can lie in: their own, the
/// tenants noted for them, and every tenant joined to one of those by a move. Sorted, distinct.
/// Read once a snapshot for the same documents (a document page asks for its links and for its
/// conferences).
pub async fn of(tx: &mut Tx, documents: &[(i64, i64)]) -> Result<Vec<i64>, StoreError> {
    if let Some(Some(known)) = crate::seen::with(tx, |s| s.citers.get(documents).cloned()) {
        return Ok(known);
    }
    let found = read(tx, documents).await?;
    crate::seen::with(tx, |s| s.citers.insert(documents.to_vec(), found.clone()));
    Ok(found)
}

async fn read(tx: &mut Tx, documents: &[(i64, i64)]) -> Result<Vec<i64>, StoreError> {
    let mut start: Vec<i64> = documents.iter().map(|(_, t)| *t).collect();
    for chunk in documents.chunks(500) {
        let ids: Vec<String> = chunk.iter().map(|(id, _)| id.to_string()).collect();
        // Ids are integers read from our own rows, inlined.
        let sql = format!(
            "SELECT DISTINCT citer_tenant FROM document_citers WHERE document_id IN ({})",
            ids.join(",")
        );
        let noted: Vec<i64> =
            on_tx!(tx, c => sqlx::query_scalar(sqlx::AssertSqlSafe(sql.as_str())).fetch_all(c).await?);
        start.extend(noted);
    }
    crate::tenant_move::linked_all(tx, start).await
}
