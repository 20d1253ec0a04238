//! Lists of tasks side by side, one per status, as the work page shows them ("Quá hạn", "Sắp
//! đến hạn", "Đang thực hiện" …): every list's count in one statement and every list's first
//! lines in another, instead of a count and a page per status. On Citus each statement is a
//! round trip from the coordinator to a worker, so a page's statements are its cost there
//! (docs/scaling.md).

use domain::status::{Clock, TaskStatus, status_filter_sql, status_sql};

use super::{COLS, TaskFilter, attach_cooperators, filter_where};
use crate::db::Tx;
use crate::model::{Page, Task};
use crate::sql::Arg;
use crate::{StoreError, bind_args, on_tx};

/// A list's order: by deadline, open-ended work last (as [`super::TaskSort::Due`]).
const ORDER: &str = "COALESCE(due_on, '9999-12-31'), id";

/// For each of `statuses`, in order: the first `limit` tasks matching `f` with that status, by
/// deadline, and how many there are — what `list` gives for `f` with that status and
/// [`super::TaskSort::Due`], in at most three statements whatever the number of statuses.
/// `f.status` is not read.
pub async fn lists_by_status(
    tx: &mut Tx,
    f: &TaskFilter,
    clock: &Clock,
    statuses: &[TaskStatus],
    limit: i64,
) -> Result<Vec<Page<Task>>, StoreError> {
    let f = TaskFilter {
        status: None,
        ..f.clone()
    };
    let mut w = filter_where(tx, &f, clock).await?;
    let (today, soon) = (w.arg(Arg::Date(clock.today)), w.arg(Arg::Date(clock.soon_limit())));
    let filters: Vec<String> = statuses
        .iter()
        .map(|s| status_filter_sql(*s, "phase", "due_on", &today, &soon))
        .collect();
    if filters.is_empty() {
        return Ok(Vec::new());
    }

    // The counts: the matching tasks of any of the statuses, grouped by the status the domain's
    // rule gives them.
    let mut any = w.clone();
    any.cond(format!(
        "({})",
        filters
            .iter()
            .map(|c| format!("({c})"))
            .collect::<Vec<_>>()
            .join(" OR ")
    ));
    let sql = format!(
        "SELECT {} AS status, COUNT(*) FROM tasks{} GROUP BY 1",
        status_sql("phase", "due_on", &today, &soon),
        any.sql()
    );
    let counts: Vec<(String, i64)> = on_tx!(tx, c => bind_args!(sqlx::query_as(sqlx::AssertSqlSafe(sql.as_str())), any.args).fetch_all(&mut *c).await?);
    let total = |s: TaskStatus| {
        counts
            .iter()
            .find(|(code, _)| code == s.as_str())
            .map_or(0, |(_, n)| *n)
    };

    // The first lines of every list that has any, each list read in its own order to its
    // limit (a subquery each: SQLite takes no ORDER BY on a member of a compound SELECT).
    let parts: Vec<String> = statuses
        .iter()
        .zip(&filters)
        .filter(|(s, _)| total(**s) > 0 && limit > 0)
        .enumerate()
        .map(|(i, (_, cond))| {
            let mut one = w.clone();
            one.cond(cond.clone());
            format!(
                "SELECT * FROM (SELECT {COLS} FROM tasks{} ORDER BY {ORDER} LIMIT {limit}) AS s{i}",
                one.sql()
            )
        })
        .collect();
    let mut rows: Vec<Task> = if parts.is_empty() {
        Vec::new()
    } else {
        let sql = parts.join(" UNION ALL ");
        on_tx!(tx, c => bind_args!(sqlx::query_as::<_, Task>(sqlx::AssertSqlSafe(sql.as_str())), w.args).fetch_all(&mut *c).await?)
    };
    attach_cooperators(tx, &mut rows).await?;
    for t in &mut rows {
        t.status = Some(t.facts().status(clock));
    }
    rows.sort_by_key(|t| (t.due_on.is_none(), t.due_on, t.id));

    Ok(statuses
        .iter()
        .map(|s| Page {
            items: rows.iter().filter(|t| t.status == Some(*s)).cloned().collect(),
            total: total(*s),
            limit,
            offset: 0,
        })
        .collect())
}
