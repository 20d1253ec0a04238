//! What waits for someone: the requests and documents behind "Việc của tôi" (my work) and
//! "Việc cần xử lý" (the office's queue). Read-only; each query is narrowed by the subtrees the
//! caller acts in (computed by the use-case layer from the caller's rights) and by the person.

use chrono::NaiveDate;
use domain::access::Scope;
use sqlx::FromRow;

use crate::access::{scope_sql, scope_sql_in};
use crate::model::{ExplanationRequest, ExtensionRequest};
use crate::sql::{Arg, Where};
use crate::{StoreError, Tx, on_tx};

/// The task a request is about, as a list shows it.
#[derive(Debug, Clone, PartialEq, FromRow)]
pub struct TaskBrief {
    pub id: i64,
    pub code: Option<String>,
    pub title: String,
    pub lead_unit_id: i64,
    pub due_on: Option<NaiveDate>,
}

/// A request with the task it is about.
#[derive(Debug, Clone, PartialEq)]
pub struct OnTask<R> {
    pub request: R,
    pub task: TaskBrief,
}

/// A document of a level above that no document of the caller's units implements yet.
#[derive(Debug, Clone, PartialEq, FromRow)]
pub struct Unimplemented {
    pub id: i64,
    pub symbol: String,
    pub title: String,
    pub issued_on: NaiveDate,
    pub issuer_unit_id: i64,
}

/// A plan of the caller's units with no task yet.
#[derive(Debug, Clone, PartialEq, FromRow)]
pub struct PlanWithoutTasks {
    pub id: i64,
    pub symbol: String,
    pub title: String,
    pub issued_on: NaiveDate,
    pub issuer_unit_id: i64,
}

/// Who the lists are for: the subtrees where the caller reports on the work (lead side), and
/// the person whose own tasks count too.
#[derive(Debug, Clone, Default)]
pub struct Reporter {
    pub scope: Scope,
    pub person_id: Option<i64>,
    pub user_id: Option<i64>,
}

/// The assigning unit of a task `t` (alias) as a joinable unit: the unit that split the work,
/// else its plan's issuer.
const ASSIGNER_JOIN: &str = "JOIN documents d ON d.tenant_id = t.tenant_id AND d.id = t.plan_id \
     JOIN units au ON au.tenant_id = t.tenant_id AND au.id = COALESCE(t.assigner_unit_id, d.issuer_unit_id)";

/// Where the tasks of a reporter's inbox lie, as a condition on `t.tenant_id` (PostgreSQL, a
/// reporter bound to subtrees): the tasks led in its subtrees are in their roots' tenants, its
/// own in the person's (`access::person_tenants`), and the requests it made on tasks it could
/// report on, one or the other — each or a tenant joined to it by a move. The caller's own
/// tenants are added: a request made before a role moved elsewhere is still answered there.
async fn reporter_tenants(tx: &mut Tx, r: &Reporter) -> Result<Option<String>, StoreError> {
    if tx.backend() != crate::Backend::Postgres || r.scope.all {
        return Ok(None);
    }
    let mut tenants = crate::tenant_move::linked_all(tx, r.scope.roots.iter().map(|p| p.tenant())).await?;
    if let Some(p) = r.person_id {
        tenants.extend(crate::access::person_tenants(tx, p).await?);
    }
    if r.user_id.is_some() {
        tenants.extend(tx.own_tenants.clone().unwrap_or_default());
    }
    Ok(Some(crate::sql::in_tenants(tx.backend(), "t.tenant_id", tenants)))
}

/// "The task is ours": led in the reporter's subtrees, or the reporter's own.
fn ours(w: &mut Where, backend: crate::Backend, r: &Reporter) -> String {
    let mut parts = Vec::new();
    if let Some(s) = scope_sql_in(w, backend, "t.tenant_id", "t.unit_path", &r.scope) {
        parts.push(s);
    } else {
        parts.push("1 = 1".into());
    }
    if let Some(p) = r.person_id {
        let ph = w.arg(Arg::Int(p));
        parts.push(format!("t.responsible_id = {ph}"));
    }
    format!("({})", parts.join(" OR "))
}

const EXT_COLS: &str = "e.id, e.task_id, e.requested_on, e.requested_by, e.requested_by_user, e.old_due_on, \
     e.new_due_on, e.reason, e.decision, e.decided_on, e.decided_by, e.decided_by_user, e.decided_at, \
     e.granted_due_on, e.decision_note, e.created_at";
const EXP_COLS: &str = "x.id, x.task_id, x.requested_on, x.requested_by, x.requested_by_user, x.addressee_unit_id, \
     x.answer_due_on, x.question, x.answered_on, x.answered_by, x.answered_by_user, x.answered_at, x.answer, x.created_at";

/// The tasks `ids`, read the caller's tenants first (one shard on Citus).
async fn briefs(tx: &mut Tx, ids: impl Iterator<Item = i64>) -> Result<Vec<TaskBrief>, StoreError> {
    let ids: Vec<i64> = ids.collect();
    let found = crate::own_tenants::many_by_id(
        tx,
        "tenant_id",
        &ids,
        |list, cond| format!("SELECT id, code, title, lead_unit_id, due_on FROM tasks WHERE id IN ({list}){cond}"),
        |t: &TaskBrief| t.id,
    )
    .await?;
    let mut out: Vec<TaskBrief> = found.into_values().collect();
    out.sort_by_key(|t| t.id);
    Ok(out)
}

async fn attach<R>(tx: &mut Tx, rows: Vec<R>, task_of: impl Fn(&R) -> i64) -> Result<Vec<OnTask<R>>, StoreError> {
    let tasks = briefs(tx, rows.iter().map(&task_of)).await?;
    Ok(rows
        .into_iter()
        .filter_map(|r| {
            let task = tasks.iter().find(|t| t.id == task_of(&r))?.clone();
            Some(OnTask { request: r, task })
        })
        .collect())
}

/// Explanation requests waiting for an answer from the reporter's side: addressed to one of its
/// units (the lead unit when no addressee was named), or on the reporter's own tasks. Oldest
/// deadline first.
pub async fn explanations_to_answer(
    tx: &mut Tx,
    r: &Reporter,
    limit: i64,
) -> Result<Vec<OnTask<ExplanationRequest>>, StoreError> {
    let mut w = Where::new();
    let addressed = {
        let mut parts = Vec::new();
        // The addressee is joined in the task's tenant: a subtree names it (one shard on Citus).
        match scope_sql_in(&mut w, tx.backend(), "t.tenant_id", "au.path", &r.scope) {
            Some(s) => parts.push(s),
            None => parts.push("1 = 1".into()),
        }
        if let Some(p) = r.person_id {
            let ph = w.arg(Arg::Int(p));
            parts.push(format!("t.responsible_id = {ph}"));
        }
        format!("({})", parts.join(" OR "))
    };
    w.cond("x.answered_on IS NULL");
    w.cond(addressed);
    if let Some(t) = reporter_tenants(tx, r).await? {
        w.cond(t);
    }
    let sql = format!(
        "SELECT {EXP_COLS} FROM explanation_requests x JOIN tasks t ON t.tenant_id = x.tenant_id AND t.id = x.task_id \
         JOIN units au ON au.tenant_id = t.tenant_id AND au.id = COALESCE(x.addressee_unit_id, t.lead_unit_id){} \
         ORDER BY COALESCE(x.answer_due_on, '9999-12-31'), x.id LIMIT {limit}",
        w.sql()
    );
    let rows = on_tx!(tx, c => crate::bind_args!(sqlx::query_as::<_, ExplanationRequest>(sqlx::AssertSqlSafe(sql.as_str())), w.args).fetch_all(&mut *c).await?);
    attach(tx, rows, |x| x.task_id).await
}

/// Extension requests of the reporter's side decided since `since` (newest first): the answers
/// they are waiting for.
pub async fn decisions_received(
    tx: &mut Tx,
    r: &Reporter,
    since: NaiveDate,
    limit: i64,
) -> Result<Vec<OnTask<ExtensionRequest>>, StoreError> {
    let mut w = Where::new();
    let mine = ours(&mut w, tx.backend(), r);
    let mine = match r.user_id {
        Some(u) => {
            let ph = w.arg(Arg::Int(u));
            format!("({mine} OR e.requested_by_user = {ph})")
        }
        None => mine,
    };
    w.cond("e.decision <> 'pending'");
    let ph = w.arg(Arg::Date(since));
    w.cond(format!("e.decided_on >= {ph}"));
    w.cond(mine);
    if let Some(t) = reporter_tenants(tx, r).await? {
        w.cond(t);
    }
    let sql = format!(
        "SELECT {EXT_COLS} FROM extension_requests e JOIN tasks t ON t.tenant_id = e.tenant_id AND t.id = e.task_id{} \
         ORDER BY e.decided_on DESC, e.id DESC LIMIT {limit}",
        w.sql()
    );
    let rows = on_tx!(tx, c => crate::bind_args!(sqlx::query_as::<_, ExtensionRequest>(sqlx::AssertSqlSafe(sql.as_str())), w.args).fetch_all(&mut *c).await?);
    attach(tx, rows, |e| e.task_id).await
}

/// Extension requests waiting for a decision of the assigning side in `deciding` (oldest first),
/// except the caller's own requests (nobody decides their own).
pub async fn extensions_to_decide(
    tx: &mut Tx,
    deciding: &Scope,
    user_id: Option<i64>,
    limit: i64,
) -> Result<Vec<OnTask<ExtensionRequest>>, StoreError> {
    let mut w = Where::new();
    w.cond("e.decision = 'pending'");
    if let Some(s) = scope_sql_in(&mut w, tx.backend(), "t.tenant_id", "au.path", deciding) {
        w.cond(s);
    }
    if let Some(u) = user_id {
        let ph = w.arg(Arg::Int(u));
        w.cond(format!("(e.requested_by_user IS NULL OR e.requested_by_user <> {ph})"));
    }
    let sql = format!(
        "SELECT {EXT_COLS} FROM extension_requests e JOIN tasks t ON t.tenant_id = e.tenant_id AND t.id = e.task_id {ASSIGNER_JOIN}{} \
         ORDER BY e.requested_on, e.id LIMIT {limit}",
        w.sql()
    );
    let rows = on_tx!(tx, c => crate::bind_args!(sqlx::query_as::<_, ExtensionRequest>(sqlx::AssertSqlSafe(sql.as_str())), w.args).fetch_all(&mut *c).await?);
    attach(tx, rows, |e| e.task_id).await
}

/// Explanation requests on work assigned by `assigning` that are still unanswered (those past
/// their deadline first), or were answered since `since` (to be read).
pub async fn explanations_sent(
    tx: &mut Tx,
    assigning: &Scope,
    since: NaiveDate,
    limit: i64,
) -> Result<Vec<OnTask<ExplanationRequest>>, StoreError> {
    let mut w = Where::new();
    if let Some(s) = scope_sql_in(&mut w, tx.backend(), "t.tenant_id", "au.path", assigning) {
        w.cond(s);
    }
    let ph = w.arg(Arg::Date(since));
    w.cond(format!("(x.answered_on IS NULL OR x.answered_on >= {ph})"));
    let sql = format!(
        "SELECT {EXP_COLS} FROM explanation_requests x JOIN tasks t ON t.tenant_id = x.tenant_id AND t.id = x.task_id {ASSIGNER_JOIN}{} \
         ORDER BY CASE WHEN x.answered_on IS NULL THEN 0 ELSE 1 END, \
                  COALESCE(x.answer_due_on, '9999-12-31'), x.answered_on DESC, x.id LIMIT {limit}",
        w.sql()
    );
    let rows = on_tx!(tx, c => crate::bind_args!(sqlx::query_as::<_, ExplanationRequest>(sqlx::AssertSqlSafe(sql.as_str())), w.args).fetch_all(&mut *c).await?);
    attach(tx, rows, |x| x.task_id).await
}

/// Plans issued in `managing` that have no task yet (to be broken down), newest first.
pub async fn plans_without_tasks(
    tx: &mut Tx,
    managing: &Scope,
    limit: i64,
) -> Result<Vec<PlanWithoutTasks>, StoreError> {
    let mut w = Where::new();
    w.cond("d.kind IN ('plan', 'programme')");
    if let Some(s) = scope_sql_in(&mut w, tx.backend(), "d.tenant_id", "d.issuer_path", managing) {
        w.cond(s);
    }
    w.cond("NOT EXISTS (SELECT 1 FROM tasks t WHERE t.tenant_id = d.tenant_id AND t.plan_id = d.id)");
    let sql = format!(
        "SELECT d.id, d.symbol, d.title, d.issued_on, d.issuer_unit_id FROM documents d{} \
         ORDER BY d.issued_on DESC, d.id DESC LIMIT {limit}",
        w.sql()
    );
    Ok(
        on_tx!(tx, c => crate::bind_args!(sqlx::query_as::<_, PlanWithoutTasks>(sqlx::AssertSqlSafe(sql.as_str())), w.args).fetch_all(&mut *c).await?),
    )
}

/// Documents issued by `issuers` (the levels above) since `since` that no document issued in
/// `managing` implements yet: directives waiting for the units' own plans. Newest first.
pub async fn unimplemented_from_above(
    tx: &mut Tx,
    issuers: &[i64],
    managing: &Scope,
    since: NaiveDate,
    limit: i64,
) -> Result<Vec<Unimplemented>, StoreError> {
    if issuers.is_empty() {
        return Ok(Vec::new());
    }
    let mut w = Where::new();
    let list = issuers.iter().map(i64::to_string).collect::<Vec<_>>().join(",");
    w.cond(format!("d.issuer_unit_id IN ({list})"));
    w.cond("d.kind IN ('directive', 'resolution', 'conclusion', 'plan', 'programme')");
    let ph = w.arg(Arg::Date(since));
    w.cond(format!("d.issued_on >= {ph}"));
    if let Some(own) = scope_sql(&mut w, "d.issuer_path", managing) {
        w.cond(format!("NOT {own}"));
    }
    // Two steps rather than a `NOT EXISTS` over the links: a directive from above may lie in
    // another tenant than the plans implementing it, and Citus cannot correlate across
    // tenants. Candidates come newest first, a page at a time, until `limit` are left.
    let filter = w.sql();
    let mut out = Vec::new();
    let mut offset = 0i64;
    loop {
        let page_sql = format!(
            "SELECT d.id, d.symbol, d.title, d.issued_on, d.issuer_unit_id FROM documents d{filter} \
             ORDER BY d.issued_on DESC, d.id DESC LIMIT {PAGE} OFFSET {offset}"
        );
        let page: Vec<Unimplemented> = on_tx!(tx, c => crate::bind_args!(sqlx::query_as::<_, Unimplemented>(sqlx::AssertSqlSafe(page_sql.as_str())), w.args.clone()).fetch_all(&mut *c).await?);
        let done = implemented_within(tx, &page, managing).await?;
        let n = page.len();
        out.extend(page.into_iter().filter(|d| !done.contains(&d.id)));
        if out.len() >= limit as usize || n < PAGE as usize {
            break;
        }
        offset += PAGE;
    }
    out.truncate(limit.max(0) as usize);
    Ok(out)
}

/// Candidates read per step by [`unimplemented_from_above`].
const PAGE: i64 = 200;

/// Which of `docs` a document issued in `managing` implements.
async fn implemented_within(
    tx: &mut Tx,
    docs: &[Unimplemented],
    managing: &Scope,
) -> Result<std::collections::HashSet<i64>, StoreError> {
    if docs.is_empty() {
        return Ok(Default::default());
    }
    let mut w = Where::new();
    let ids = docs.iter().map(|d| d.id.to_string()).collect::<Vec<_>>().join(",");
    w.cond(format!("l.to_id IN ({ids})"));
    w.cond("l.kind = 'implements'");
    if let Some(mine) = scope_sql_in(&mut w, tx.backend(), "m.tenant_id", "m.issuer_path", managing) {
        w.cond(mine);
    }
    let sql = format!(
        "SELECT DISTINCT l.to_id FROM document_links l JOIN documents m ON m.tenant_id = l.tenant_id AND m.id = l.from_id{}",
        w.sql()
    );
    let rows: Vec<i64> = on_tx!(tx, c => crate::bind_args!(sqlx::query_scalar(sqlx::AssertSqlSafe(sql.as_str())), w.args).fetch_all(&mut *c).await?);
    Ok(rows.into_iter().collect())
}
