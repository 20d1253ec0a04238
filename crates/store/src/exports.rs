//! Reading whole lists for export, a batch at a time: the tasks matching a list's filter in
//! id order after a given id (keyset paging — the 100th batch of a city's list costs what the
//! first does, where an OFFSET would rescan everything before it), and the cooperating units
//! of a batch in one read.

use std::collections::HashMap;

use domain::status::Clock;

use crate::model::Task;
use crate::sql::Arg;
use crate::tasks::{COLS, TaskFilter, filter_where};
use crate::{StoreError, Tx, bind_args, on_tx};

/// Up to `limit` tasks matching `f` with an id above `after`, in id order, with their status.
pub async fn tasks_after(
    tx: &mut Tx,
    f: &TaskFilter,
    clock: &Clock,
    after: i64,
    limit: i64,
) -> Result<Vec<Task>, StoreError> {
    let mut w = filter_where(tx, f, clock).await?;
    let ph = w.arg(Arg::Int(after));
    w.cond(format!("id > {ph}"));
    let sql = format!(
        "SELECT {COLS} FROM tasks{} ORDER BY id LIMIT {}",
        w.sql(),
        limit.clamp(1, 10_000)
    );
    let mut items: Vec<Task> = on_tx!(tx, c => bind_args!(sqlx::query_as::<_, Task>(sqlx::AssertSqlSafe(sql.as_str())), w.args).fetch_all(&mut *c).await?);
    for t in &mut items {
        t.status = Some(t.facts().status(clock));
    }
    Ok(items)
}

/// The cooperating units of each task in `ids`, in unit id order; the tasks lie in `tenants`
/// (their cooperators with them: one shard each on Citus).
pub async fn cooperators(
    tx: &mut Tx,
    ids: &[i64],
    tenants: impl IntoIterator<Item = i64>,
) -> Result<HashMap<i64, Vec<i64>>, StoreError> {
    let mut ids = ids.to_vec();
    ids.sort_unstable();
    ids.dedup();
    if ids.is_empty() {
        return Ok(HashMap::new());
    }
    // Integers only: no client text reaches the SQL.
    let list = ids.iter().map(i64::to_string).collect::<Vec<_>>().join(",");
    let sql = format!(
        "SELECT task_id, unit_id FROM task_cooperators WHERE {} AND task_id IN ({list}) ORDER BY task_id, unit_id",
        crate::sql::in_tenants(tx.backend(), "tenant_id", tenants)
    );
    let rows: Vec<(i64, i64)> =
        on_tx!(tx, c => sqlx::query_as(sqlx::AssertSqlSafe(sql.as_str())).fetch_all(&mut *c).await?);
    let mut out: HashMap<i64, Vec<i64>> = HashMap::new();
    for (t, u) in rows {
        out.entry(t).or_default().push(u);
    }
    Ok(out)
}
