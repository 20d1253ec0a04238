//! What a periodic report reads beside the roll-up: the plans whose tasks fall in the
//! subtree and period (section I), the reasons given for overdue tasks, and the head of the
//! issuing body (the signature block). Keyed or index-driven reads, never a tree walk.

use std::collections::HashMap;

use chrono::NaiveDate;

use crate::sql::{Arg, Where};
use crate::{StoreError, Tx, bind_args, on_tx, units};

/// A plan with tasks in the report's scope.
#[derive(Debug, Clone, PartialEq, sqlx::FromRow)]
pub struct PlanInScope {
    pub id: i64,
    pub symbol: String,
    pub title: String,
    pub issued_on: NaiveDate,
    pub issuer: String,
    /// Tasks of the plan in the subtree due in the period (or open-ended).
    pub tasks: i64,
}

/// Plans whose tasks, led in `unit_id`'s subtree, are due between `from` and `to` (open-ended
/// tasks count in every period, as in the roll-up), most tasks first; at most `limit`.
pub async fn plans_in_scope(
    tx: &mut Tx,
    unit_id: i64,
    from: NaiveDate,
    to: NaiveDate,
    limit: i64,
) -> Result<Vec<PlanInScope>, StoreError> {
    let root = units::path_of(tx, unit_id).await?;
    let mut w = Where::new();
    // A task is in its lead unit's tenant: the subtree's (`sql::subtree`, one shard on Citus).
    let cond = crate::sql::subtree(&mut w, tx.backend(), "t.tenant_id", "t.unit_path", &root);
    w.cond(cond);
    w.cond("t.is_group = FALSE".to_string());
    let (f, e) = (w.arg(Arg::Date(from)), w.arg(Arg::Date(to)));
    w.cond(format!("(t.due_on IS NULL OR (t.due_on >= {f} AND t.due_on <= {e}))"));
    let sql = format!(
        "SELECT d.id, d.symbol, d.title, d.issued_on, u.name AS issuer, CAST(COUNT(*) AS BIGINT) AS tasks
         FROM tasks t JOIN documents d ON d.tenant_id = t.tenant_id AND d.id = t.plan_id JOIN units u ON u.tenant_id = d.tenant_id AND u.id = d.issuer_unit_id{}
         GROUP BY d.id, d.symbol, d.title, d.issued_on, u.name
         ORDER BY tasks DESC, d.issued_on, d.id LIMIT {}",
        w.sql(),
        limit.clamp(1, 100)
    );
    let rows: Vec<PlanInScope> = on_tx!(tx, c => bind_args!(sqlx::query_as::<_, PlanInScope>(sqlx::AssertSqlSafe(sql.as_str())), w.args).fetch_all(&mut *c).await?);
    Ok(rows)
}

/// For each task, the latest reason its unit gave for being late: the answer to an
/// explanation request, else the reason of an extension request, else the latest progress
/// report. Tasks without any are absent.
pub async fn late_reasons(tx: &mut Tx, task_ids: &[i64]) -> Result<HashMap<i64, String>, StoreError> {
    let mut ids: Vec<i64> = task_ids.to_vec();
    ids.sort_unstable();
    ids.dedup();
    if ids.is_empty() {
        return Ok(HashMap::new());
    }
    // Integers only: no client text reaches the SQL.
    let list = ids.iter().map(i64::to_string).collect::<Vec<_>>().join(",");
    let mut out: HashMap<i64, String> = HashMap::new();
    let queries = [
        format!(
            "SELECT task_id, answer FROM explanation_requests WHERE task_id IN ({list}) AND answer IS NOT NULL \
             ORDER BY task_id, answered_on DESC, id DESC"
        ),
        format!(
            "SELECT task_id, reason FROM extension_requests WHERE task_id IN ({list}) \
             ORDER BY task_id, requested_on DESC, id DESC"
        ),
        format!(
            "SELECT task_id, body FROM progress_reports WHERE task_id IN ({list}) \
             ORDER BY task_id, reported_on DESC, id DESC"
        ),
    ];
    for sql in queries {
        let rows: Vec<(i64, String)> =
            on_tx!(tx, c => sqlx::query_as(sqlx::AssertSqlSafe(sql.as_str())).fetch_all(&mut *c).await?);
        for (id, text) in rows {
            let text = text.trim();
            if !text.is_empty() {
                out.entry(id).or_insert_with(|| text.to_string());
            }
        }
    }
    Ok(out)
}

/// The head of a unit (name and position), if one is recorded.
pub async fn head_of(tx: &mut Tx, unit_id: i64) -> Result<Option<(String, Option<String>)>, StoreError> {
    let row: Option<(String, Option<String>)> = on_tx!(tx, c => sqlx::query_as(
        "SELECT name, position FROM people WHERE unit_id = $1 AND is_head = TRUE ORDER BY id LIMIT 1")
        .bind(unit_id).fetch_optional(&mut *c).await?);
    Ok(row)
}
