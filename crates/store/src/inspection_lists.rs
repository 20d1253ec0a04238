//! Lists of inspections narrowed to what a reader may see: an inspection is listed to whoever
//! reads its inspecting body or one of its subjects, and to its team's people. The annual plans,
//! the inspections (by step: in progress, concluded…), and the follow-ups overdue today (the
//! task status rule of `domain::status`, as everywhere).

use chrono::NaiveDate;
use domain::access::Scope;
use domain::inspection::{InspectionStep, Method};
use domain::status::{Clock, TaskStatus};
use domain::unit::UnitPath;
use serde::Serialize;
use sqlx::FromRow;
use utoipa::ToSchema;

use crate::access::scope_sql;
use crate::db::Tx;
use crate::inspections::{Plan, Recommendation};
use crate::sql::{Arg, Where};
use crate::{StoreError, bind_args, on_tx};

/// An inspection as listed.
#[derive(Debug, Clone, PartialEq, Serialize, FromRow, ToSchema)]
pub struct ListedInspection {
    pub id: i64,
    /// Where its subjects are read (one shard on Citus); not shown.
    #[serde(skip)]
    pub tenant_id: i64,
    pub plan_id: i64,
    pub body_unit_id: i64,
    pub body_name: String,
    pub content: String,
    pub time_text: String,
    #[sqlx(try_from = "String")]
    pub method: Method,
    #[sqlx(try_from = "String")]
    pub step: InspectionStep,
    pub decision_symbol: Option<String>,
    pub starts_on: Option<NaiveDate>,
    pub ends_on: Option<NaiveDate>,
    pub concluded_on: Option<NaiveDate>,
    /// The inspecting body's path: who reads every subject (`domain::inspection::sees_subject`).
    #[serde(skip)]
    pub body_path: String,
    /// The subjects' names, in path order.
    #[sqlx(skip)]
    pub subjects: Vec<String>,
    /// The subjects' paths, beside their names: a reader who is not on the inspecting side is
    /// shown only the subjects they read.
    #[serde(skip)]
    #[sqlx(skip)]
    pub subject_paths: Vec<String>,
    /// The team's people.
    #[serde(skip)]
    #[sqlx(skip)]
    pub team: Vec<i64>,
}

/// A recommendation whose follow-up is overdue, with what decides who may see it.
#[derive(Debug, Clone, FromRow)]
pub struct OverdueFollowUp {
    #[sqlx(flatten)]
    pub recommendation: Recommendation,
    pub tenant_id: i64,
    pub subject_path: String,
    pub body_path: String,
    #[sqlx(skip)]
    pub team: Vec<i64>,
}

/// The people of the teams of `inspections` (id, tenant), per inspection.
async fn teams(tx: &mut Tx, inspections: &[(i64, i64)]) -> Result<Vec<(i64, i64)>, StoreError> {
    if inspections.is_empty() {
        return Ok(Vec::new());
    }
    // Ids are integers read just now: no client text in the SQL. A team is in its inspection's
    // tenant.
    let ids = inspections
        .iter()
        .map(|(i, _)| i.to_string())
        .collect::<Vec<_>>()
        .join(",");
    let sql = format!(
        "SELECT t.inspection_id, t.person_id FROM inspection_team t WHERE {} AND t.inspection_id IN ({ids})",
        crate::sql::in_tenants(tx.backend(), "t.tenant_id", inspections.iter().map(|(_, t)| *t))
    );
    Ok(on_tx!(tx, c => sqlx::query_as(sqlx::AssertSqlSafe(sql.as_str())).fetch_all(c).await?))
}

fn team_of(teams: &[(i64, i64)], inspection: i64) -> Vec<i64> {
    teams
        .iter()
        .filter(|(i, _)| *i == inspection)
        .map(|(_, p)| *p)
        .collect()
}

/// Who reads, and what to list.
#[derive(Debug, Clone, Default)]
pub struct InspectionFilter {
    /// Where the reader reads.
    pub read: Scope,
    /// The reader's person (a team member reads the inspections of their team).
    pub person_id: Option<i64>,
    /// Only those by a body in, or of a subject in, this subtree.
    pub within: Option<UnitPath>,
    pub steps: Vec<InspectionStep>,
    pub plan_id: Option<i64>,
    /// The plan's tenant, when known: a plan's inspections are in it (named on PostgreSQL, one
    /// shard on Citus).
    pub plan_tenant: Option<i64>,
}

/// Where the inspections a filter lists can lie, named on PostgreSQL (on SQLite naming them
/// gains nothing).
#[derive(Default)]
struct Tenants {
    /// Those whose team holds `f.person_id` (`access::person_tenants`).
    own: Vec<i64>,
    /// All of them, when the filter bounds them: an inspection is in its body's tenant and its
    /// subjects lie in the body's reach, so an inspection seen through a scope's root or within
    /// a subtree lies in the root's (the subtree's) tenant or one joined to it by a move; a team
    /// member's in `own`. `None`: anywhere (a reader of the whole installation).
    all: Option<Vec<i64>>,
}

async fn tenants(tx: &mut Tx, f: &InspectionFilter) -> Result<Tenants, StoreError> {
    if tx.backend() != crate::Backend::Postgres {
        return Ok(Tenants::default());
    }
    let own = match f.person_id {
        Some(p) => crate::access::person_tenants(tx, p).await?,
        None => Vec::new(),
    };
    let mut all: Option<Vec<i64>> = None;
    if !f.read.all {
        let mut seen = own.clone();
        for root in &f.read.roots {
            seen.extend(crate::tenant_move::linked(tx, root.tenant()).await?);
        }
        all = Some(seen);
    }
    if let Some(within) = &f.within {
        let there = crate::tenant_move::linked(tx, within.tenant()).await?;
        all = Some(match all {
            Some(seen) => seen.into_iter().filter(|t| there.contains(t)).collect(),
            None => there,
        });
    }
    Ok(Tenants { own, all })
}

/// The visibility and filter conditions on `inspections i`, added to `w`, in the tenants where
/// they can lie (`tenants`): a reader who sees inspections only as a team member reads those of
/// the team (one shard on Citus), a reader of a scope its roots'.
fn conditions(w: &mut Where, backend: crate::Backend, f: &InspectionFilter, tenants: &Tenants) {
    let own = &tenants.own;
    // The subjects' subqueries name the tenants as constants: Citus routes a subquery to one
    // shard only so.
    let subjects_in = match &tenants.all {
        Some(t) => format!(
            " AND {}",
            crate::sql::in_tenants(backend, "s.tenant_id", t.iter().copied())
        ),
        None => String::new(),
    };
    if let Some(t) = &tenants.all {
        w.cond(crate::sql::in_tenants(backend, "i.tenant_id", t.iter().copied()));
    }
    let team = |w: &mut Where, p: i64| {
        let ph = w.arg(Arg::Int(p));
        if backend == crate::Backend::Postgres && !own.is_empty() {
            let (i_in, t_in) = (
                crate::sql::in_tenants(backend, "i.tenant_id", own.iter().copied()),
                crate::sql::in_tenants(backend, "t.tenant_id", own.iter().copied()),
            );
            format!(
                "({i_in} AND i.id IN (SELECT t.inspection_id FROM inspection_team t WHERE {t_in} AND t.person_id = {ph}))"
            )
        } else {
            format!("i.id IN (SELECT t.inspection_id FROM inspection_team t WHERE t.person_id = {ph})")
        }
    };
    let reads_nothing = !f.read.all && f.read.roots.is_empty();
    match f.person_id {
        // Only the team: its condition alone, where Citus prunes shards by the tenants named.
        Some(p) if reads_nothing => {
            let cond = team(w, p);
            w.cond(cond);
        }
        None if reads_nothing => w.cond("1 = 0"),
        person => {
            if let Some(body) = scope_sql(w, "i.body_path", &f.read) {
                let subj = scope_sql(w, "s.unit_path", &f.read).unwrap_or_else(|| "1 = 0".into());
                let mut parts = vec![
                    body,
                    format!("i.id IN (SELECT s.inspection_id FROM inspection_subjects s WHERE {subj}{subjects_in})"),
                ];
                if let Some(p) = person {
                    parts.push(team(w, p));
                }
                w.cond(format!("({})", parts.join(" OR ")));
            }
        }
    }
    if let Some(within) = &f.within {
        let (lo, hi) = within.range();
        let (lo, hi) = (w.arg(Arg::Text(lo)), w.arg(Arg::Text(hi)));
        w.cond(format!(
            "((i.body_path >= {lo} AND i.body_path < {hi}) OR i.id IN (SELECT s.inspection_id FROM inspection_subjects s WHERE s.unit_path >= {lo} AND s.unit_path < {hi}{subjects_in}))"
        ));
    }
    if !f.steps.is_empty() {
        let list: Vec<String> = f.steps.iter().map(|s| w.arg(Arg::Text(s.as_str().into()))).collect();
        w.cond(format!("i.step IN ({})", list.join(", ")));
    }
    if let Some(p) = f.plan_id {
        let ph = w.arg(Arg::Int(p));
        w.cond(format!("i.plan_id = {ph}"));
        if let Some(t) = f.plan_tenant.filter(|_| backend == crate::Backend::Postgres) {
            w.cond(crate::sql::in_tenants(backend, "i.tenant_id", [t]));
        }
    }
}

/// The inspections a reader sees, latest first, at most `limit`.
pub async fn list(tx: &mut Tx, f: &InspectionFilter, limit: i64) -> Result<Vec<ListedInspection>, StoreError> {
    let tenants = tenants(tx, f).await?;
    let mut w = Where::new();
    conditions(&mut w, tx.backend(), f, &tenants);
    let lim = w.arg(Arg::Int(limit));
    let sql = format!(
        "SELECT i.id, i.tenant_id, i.plan_id, i.body_unit_id, b.name AS body_name, i.content, i.time_text, i.method, i.step,
                i.decision_symbol, i.starts_on, i.ends_on, i.concluded_on, i.body_path
         FROM inspections i JOIN units b ON b.tenant_id = i.tenant_id AND b.id = i.body_unit_id{} ORDER BY i.id DESC LIMIT {lim}",
        w.sql()
    );
    let mut rows: Vec<ListedInspection> = on_tx!(tx, c => bind_args!(sqlx::query_as::<_, ListedInspection>(sqlx::AssertSqlSafe(sql.as_str())), w.args).fetch_all(c).await?);
    if rows.is_empty() {
        return Ok(rows);
    }
    // Ids are integers read just now: no client text in the SQL. An inspection's subjects are
    // in its tenant.
    let ids = rows.iter().map(|r| r.id.to_string()).collect::<Vec<_>>().join(",");
    let names_sql = format!(
        "SELECT s.inspection_id, u.name, s.unit_path FROM inspection_subjects s JOIN units u ON u.tenant_id = s.tenant_id AND u.id = s.unit_id
         WHERE {} AND s.inspection_id IN ({ids}) ORDER BY s.unit_path",
        crate::sql::in_tenants(tx.backend(), "s.tenant_id", rows.iter().map(|r| r.tenant_id))
    );
    let names: Vec<(i64, String, String)> =
        on_tx!(tx, c => sqlx::query_as(sqlx::AssertSqlSafe(names_sql.as_str())).fetch_all(c).await?);
    let teams = teams(tx, &rows.iter().map(|r| (r.id, r.tenant_id)).collect::<Vec<_>>()).await?;
    for r in &mut rows {
        (r.subjects, r.subject_paths) = names
            .iter()
            .filter(|(i, _, _)| *i == r.id)
            .map(|(_, n, p)| (n.clone(), p.clone()))
            .unzip();
        r.team = team_of(&teams, r.id);
    }
    Ok(rows)
}

/// The annual plans of the bodies in `read`, latest year first.
pub async fn plans(tx: &mut Tx, read: &Scope, within: Option<&UnitPath>) -> Result<Vec<Plan>, StoreError> {
    let mut w = Where::new();
    // A plan is in its body's tenant (the body is joined there): named on PostgreSQL.
    let backend = tx.backend();
    if let Some(c) = crate::access::scope_sql_in(&mut w, backend, "p.tenant_id", "u.path", read) {
        w.cond(c);
    }
    if let Some(within) = within {
        let c = crate::sql::subtree(&mut w, backend, "p.tenant_id", "u.path", within);
        w.cond(c);
    }
    let sql = format!(
        "SELECT p.id, p.tenant_id, p.body_unit_id, p.year, p.title, p.created_at
         FROM inspection_plans p JOIN units u ON u.tenant_id = p.tenant_id AND u.id = p.body_unit_id{}
         ORDER BY p.year DESC, p.id DESC LIMIT 200",
        w.sql()
    );
    Ok(
        on_tx!(tx, c => bind_args!(sqlx::query_as::<_, Plan>(sqlx::AssertSqlSafe(sql.as_str())), w.args).fetch_all(c).await?),
    )
}

/// Recommendations not closed whose follow-up task is overdue on the clock's day, of the
/// inspections the reader sees, the most overdue first.
pub async fn overdue_follow_ups(
    tx: &mut Tx,
    f: &InspectionFilter,
    clock: &Clock,
) -> Result<Vec<OverdueFollowUp>, StoreError> {
    let tenants = tenants(tx, f).await?;
    let mut w = Where::new();
    let (today, soon) = (w.arg(Arg::Date(clock.today)), w.arg(Arg::Date(clock.soon_limit())));
    let status = domain::status::status_sql("t.phase", "t.due_on", &today, &soon);
    let overdue = domain::status::status_filter_sql(TaskStatus::Overdue, "t.phase", "t.due_on", &today, &soon);
    conditions(&mut w, tx.backend(), f, &tenants);
    let inner_sql = w.sql();
    // A recommendation is in its inspection's tenant.
    let in_reach = match &tenants.all {
        Some(t) => format!(
            " AND {}",
            crate::sql::in_tenants(tx.backend(), "r.tenant_id", t.iter().copied())
        ),
        None => String::new(),
    };
    let sql = format!(
        "SELECT r.id, r.inspection_id, r.subject_unit_id, r.text, r.task_id, t.lead_unit_id, t.due_on,
                {status} AS task_status, r.closed_on, r.close_reason, r.tenant_id, s.unit_path AS subject_path,
                ii.body_path
         FROM inspection_recommendations r JOIN tasks t ON t.tenant_id = r.tenant_id AND t.id = r.task_id
         JOIN inspections ii ON ii.tenant_id = r.tenant_id AND ii.id = r.inspection_id
         JOIN inspection_subjects s ON s.tenant_id = r.tenant_id AND s.inspection_id = r.inspection_id AND s.unit_id = r.subject_unit_id
         WHERE r.closed_on IS NULL AND {overdue}{in_reach}
           AND r.inspection_id IN (SELECT i.id FROM inspections i{inner_sql})
         ORDER BY t.due_on, r.id LIMIT 500"
    );
    let mut rows: Vec<OverdueFollowUp> = on_tx!(tx, c => bind_args!(sqlx::query_as::<_, OverdueFollowUp>(sqlx::AssertSqlSafe(sql.as_str())), w.args).fetch_all(c).await?);
    let teams = teams(
        tx,
        &rows
            .iter()
            .map(|r| (r.recommendation.inspection_id, r.tenant_id))
            .collect::<Vec<_>>(),
    )
    .await?;
    for r in &mut rows {
        r.team = team_of(&teams, r.recommendation.inspection_id);
    }
    Ok(rows)
}
