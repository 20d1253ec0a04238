//! What a task list shows beside each task: who leads it and who does it, the document it comes
//! from with its issuer (bare symbols of two wards look alike), and when it was last reported on.
//! A handful of keyed reads per page, never per row.

use std::collections::HashMap;

use chrono::NaiveDate;

use crate::model::Task;
use crate::{StoreError, Tx, on_tx};

/// A task's source document as a list names it.
#[derive(Debug, Clone, PartialEq)]
pub struct Source {
    pub plan_id: i64,
    pub symbol: String,
    /// The issuing body's short name (its name when it has none).
    pub issuer: String,
}

/// The context of a page of tasks.
#[derive(Debug, Clone, Default)]
pub struct ListContext {
    pub units: HashMap<i64, String>,
    pub people: HashMap<i64, String>,
    pub sources: HashMap<i64, Source>,
    pub last_reports: HashMap<i64, NaiveDate>,
}

fn id_list(ids: impl Iterator<Item = i64>) -> Option<String> {
    let mut ids: Vec<i64> = ids.collect();
    ids.sort_unstable();
    ids.dedup();
    (!ids.is_empty()).then(|| ids.iter().map(i64::to_string).collect::<Vec<_>>().join(","))
}

/// Reads the context of `tasks` (at most a page of them).
pub async fn context(tx: &mut Tx, tasks: &[Task]) -> Result<ListContext, StoreError> {
    let mut cx = ListContext {
        units: crate::units::names(tx, &tasks.iter().map(|t| t.lead_unit_id).collect::<Vec<_>>()).await?,
        people: crate::people::names(tx, &tasks.iter().filter_map(|t| t.responsible_id).collect::<Vec<_>>()).await?,
        ..Default::default()
    };
    // Integers only in the lists: no client text reaches the SQL. A task's plan lies in the
    // task's tenant (its lead is in the plan issuer's reach) or one joined to it by a move.
    if let Some(plans) = id_list(tasks.iter().map(|t| t.plan_id)) {
        let tenants = crate::tenant_move::linked_all(tx, tasks.iter().map(|t| t.tenant_id)).await?;
        let sql = format!(
            "SELECT d.id, d.symbol, COALESCE(u.short_name, u.name) FROM documents d \
             JOIN units u ON u.tenant_id = d.tenant_id AND u.id = d.issuer_unit_id WHERE {} AND d.id IN ({plans})",
            crate::sql::in_tenants(tx.backend(), "d.tenant_id", tenants)
        );
        let rows: Vec<(i64, String, String)> =
            on_tx!(tx, c => sqlx::query_as(sqlx::AssertSqlSafe(sql.as_str())).fetch_all(&mut *c).await?);
        cx.sources = rows
            .into_iter()
            .map(|(plan_id, symbol, issuer)| {
                (
                    plan_id,
                    Source {
                        plan_id,
                        symbol,
                        issuer,
                    },
                )
            })
            .collect();
    }
    if let Some(ids) = id_list(tasks.iter().map(|t| t.id)) {
        let tenants = crate::sql::in_tenants(tx.backend(), "tenant_id", tasks.iter().map(|t| t.tenant_id));
        let sql = format!(
            "SELECT task_id, MAX(reported_on) FROM progress_reports WHERE {tenants} AND task_id IN ({ids}) GROUP BY task_id"
        );
        let rows: Vec<(i64, NaiveDate)> =
            on_tx!(tx, c => sqlx::query_as(sqlx::AssertSqlSafe(sql.as_str())).fetch_all(&mut *c).await?);
        cx.last_reports = rows.into_iter().collect();
    }
    Ok(cx)
}
