//! What a read transaction has already read, read again from memory: a page names the same
//! unit, task or document many times (its access check, its record, its roll-up, its lists),
//! and each read is a statement — on Citus a round trip from the coordinator to a worker. Kept
//! by read transactions only (`Db::read`): one snapshot, so a row read once stays as it was; a
//! write transaction may change a row and keeps nothing.

use std::collections::HashMap;

use crate::model::{Document, Task, Unit};
use crate::{StoreError, Tx};

#[derive(Default)]
pub(crate) struct Seen {
    /// Units' tenant and path by id.
    pub unit_places: HashMap<i64, (i64, String)>,
    pub units: HashMap<i64, Unit>,
    /// A unit's children, in their order.
    pub children: HashMap<i64, Vec<Unit>>,
    /// Tasks with their cooperating units (the status is the reader's, set again on each read).
    pub tasks: HashMap<i64, Task>,
    pub documents: HashMap<i64, Document>,
    /// The active versions of an evaluation rule-set family (`evaluation::rule_sets`).
    pub rule_families: HashMap<String, Vec<(i64, domain::Valid<domain::evaluation::RuleSet>)>>,
    /// The tenant of a row, by table and id.
    pub tenants: HashMap<(&'static str, i64), i64>,
    /// The tenants rows naming some documents lie in (`citers::of`), by the documents asked for.
    pub citers: HashMap<Vec<(i64, i64)>, Vec<i64>>,
}

/// The tenant of row `id` of `table` (a tenant table keyed by `id`), looked for in the caller's
/// tenants first (`crate::own_tenants`) and read once a snapshot; none when there is no such row.
pub(crate) async fn tenant_of(tx: &mut Tx, table: &'static str, id: i64) -> Result<Option<i64>, StoreError> {
    if let Some(t) = tx.seen.as_ref().and_then(|s| s.tenants.get(&(table, id))) {
        return Ok(Some(*t));
    }
    let t: Option<i64> = crate::own_tenants::value_by_id(tx, "tenant_id", id, |cond| {
        format!("SELECT tenant_id FROM {table} WHERE id = $1{cond}")
    })
    .await?;
    if let Some(t) = t {
        note_tenant(tx, table, id, t);
    }
    Ok(t)
}

/// Notes the tenant of row `id` of `table`.
pub(crate) fn note_tenant(tx: &mut Tx, table: &'static str, id: i64, tenant: i64) {
    if let Some(seen) = tx.seen.as_mut() {
        seen.tenants.insert((table, id), tenant);
    }
}

/// Runs `f` on the memo, when the transaction keeps one.
pub(crate) fn with<R>(tx: &mut Tx, f: impl FnOnce(&mut Seen) -> R) -> Option<R> {
    tx.seen.as_mut().map(f)
}
