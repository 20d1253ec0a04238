//! The `WHERE` clause of a task list: a [`TaskFilter`] as SQL conditions, with the caller's
//! visibility, over the indexes the lists are read through.

use domain::status::Clock;
use domain::unit::UnitPath;

use super::TaskFilter;
use crate::db::Tx;
use crate::sql::{Arg, Where};
use crate::{StoreError, units};

/// How a list writes its path ranges. A top-level unit's range holds all its tenant's tasks,
/// but SQLite's planner (no histograms) would still read it through `tasks_unit_path` and sort
/// a million rows; written unindexable (`+unit_path`), the list reads in its order's index
/// instead. Narrower ranges, and PostgreSQL (whose statistics see the difference), keep the
/// index.
fn path_column<'a>(tx: &Tx, ranges: impl IntoIterator<Item = &'a UnitPath>) -> &'static str {
    let mut ranges = ranges.into_iter().peekable();
    let broad = ranges.peek().is_some() && ranges.all(|p| p.depth() <= 1);
    if broad && tx.backend() == crate::Backend::Sqlite {
        "+unit_path"
    } else {
        "unit_path"
    }
}

/// The `WHERE` clause of a task filter.
pub(crate) async fn filter_where(tx: &mut Tx, f: &TaskFilter, clock: &Clock) -> Result<Where, StoreError> {
    let mut w = Where::new();
    let within = match f.within {
        Some(id) => Some(units::path_of(tx, id).await?),
        None => None,
    };
    // Every task led within a subtree the caller's scope holds is visible to the caller, so
    // the visibility condition (scope, cooperations, own tasks) adds nothing there; left out,
    // a province's list is counted from the path index alone (at national scale 92 ms → 10 ms
    // for the count of a province's 57,000 tasks, docs/performance-national.md).
    let scope_holds_within = match (&f.visibility, &within) {
        (Some(v), Some(p)) => v.scope.contains(p),
        _ => false,
    };
    if let Some(v) = f.visibility.as_ref().filter(|_| !scope_holds_within) {
        let own = match v.person_id {
            Some(p) if tx.backend() == crate::Backend::Postgres => crate::access::person_tenants(tx, p).await?,
            _ => Vec::new(),
        };
        v.cond(&mut w, tx.backend(), path_column(tx, &v.scope.roots), &own);
    }
    if let Some(path) = within {
        // A task is in its lead unit's tenant: named on PostgreSQL (`sql::subtree_own`), so
        // that Citus reads the subtree's shard only; a province is its tenant alone.
        let col = path_column(tx, [&path]);
        let cond = crate::sql::subtree_own(&mut w, tx.backend(), "tenant_id", col, &path);
        w.cond(cond);
    }
    for (col, v) in [
        ("lead_unit_id", f.lead_unit_id),
        ("plan_id", f.plan_id),
        ("parent_id", f.parent_id),
        ("responsible_id", f.responsible_id),
    ] {
        if let Some(v) = v {
            if tx.backend() == crate::Backend::Postgres {
                let tenants = tenants_named(tx, col, v).await?;
                w.cond(crate::sql::in_tenants(tx.backend(), "tenant_id", tenants));
            }
            let ph = w.arg(Arg::Int(v));
            w.cond(format!("{col} = {ph}"));
        }
    }
    if let Some(u) = f.cooperating_unit_id {
        // Named on PostgreSQL where the unit's cooperations can lie (one shard on Citus).
        let tenants = match tx.backend() {
            crate::Backend::Postgres => crate::access::unit_tenants(tx, u).await?,
            crate::Backend::Sqlite => Vec::new(),
        };
        let ph = w.arg(Arg::Int(u));
        let mut cond = format!("tc.unit_id = {ph}");
        if !tenants.is_empty() {
            let backend = tx.backend();
            cond.push_str(&format!(
                " AND {}",
                crate::sql::in_tenants(backend, "tc.tenant_id", tenants.iter().copied())
            ));
            w.cond(crate::sql::in_tenants(backend, "tenant_id", tenants));
        }
        w.cond(format!(
            "id IN (SELECT tc.task_id FROM task_cooperators tc WHERE {cond})"
        ));
    }
    if let Some(k) = f.is_key {
        let ph = w.arg(Arg::Bool(k));
        w.cond(format!("is_key = {ph}"));
    }
    if !f.include_groups {
        w.cond("is_group = FALSE");
    }
    if let Some(d) = f.due_from {
        let ph = w.arg(Arg::Date(d));
        w.cond(format!("due_on >= {ph}"));
    }
    if let Some(d) = f.due_to {
        let ph = w.arg(Arg::Date(d));
        w.cond(format!("due_on <= {ph}"));
    }
    if let Some(q) = f.q.as_deref() {
        w.folded_words("title_fold", q);
    }
    if let Some(s) = f.status {
        let (today, soon) = (w.arg(Arg::Date(clock.today)), w.arg(Arg::Date(clock.soon_limit())));
        w.cond(domain::status::status_filter_sql(s, "phase", "due_on", &today, &soon));
    }
    Ok(w)
}

/// The tenants the tasks naming record `id` in `col` can lie in, named on PostgreSQL so that
/// Citus reads those shards only: a task is in its lead unit's tenant, which lies in the reach
/// of its plan's issuer and of its parent's lead (`domain::assign::Reach`), and its responsible
/// person under the lead's root — so in the named record's tenant, or one joined to it by a
/// move. None when the record does not exist (no task names it).
async fn tenants_named(tx: &mut Tx, col: &str, id: i64) -> Result<Vec<i64>, StoreError> {
    let tenant = match col {
        "lead_unit_id" => units::tenant_of(tx, id).await?,
        "plan_id" => crate::documents::tenant_of(tx, id).await?,
        "parent_id" => {
            crate::own_tenants::value_by_id(tx, "tenant_id", id, |cond| {
                format!("SELECT tenant_id FROM tasks WHERE id = $1{cond}")
            })
            .await?
        }
        _ => return crate::access::person_tenants(tx, id).await,
    };
    match tenant {
        Some(t) => crate::tenant_move::linked(tx, t).await,
        None => Ok(Vec::new()),
    }
}
