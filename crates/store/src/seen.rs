//! What a read transaction has already read, read again from memory: a page names the same
//! unit, task or document many times (its access check, its record, its roll-up, its lists),
//! and each read is a statement — on Citus a round trip from the coordinator to a worker. Kept
//! by read transactions only (`Db::read`): one snapshot, so a row read once stays as it was; a
//! write transaction may change a row and keeps nothing.

use std::collections::HashMap;

use crate::Tx;
use crate::model::{Document, Task, Unit};

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
}

/// The tenant of row `id` of `table`, if this snapshot has read it.
pub(crate) fn tenant(tx: &Tx, table: &'static str, id: i64) -> Option<i64> {
    tx.seen.as_ref()?.tenants.get(&(table, id)).copied()
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
