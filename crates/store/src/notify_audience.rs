//! Who a notification about tasks reaches, in two steps. The units and people an event
//! concerns are read from the tenant tables (joined tenant to tenant), then passed as values
//! to the query on the installation-wide `role_bindings` and `users`: on Citus those stay on
//! the coordinator while the tenant tables are distributed, and one query joining both kinds
//! off the tenant column is refused ("complex joins are only supported when all distributed
//! tables are co-located").

use std::collections::{BTreeMap, BTreeSet};

use crate::notify::{Audience, TaskLead};
use crate::sql::Ints;
use crate::{StoreError, Tx, bind_ints, on_tx};

/// The roles of a unit's officers, and of an assigning office.
const OFFICERS: &str = "'unit_officer'";
const OFFICE: &str = "'specialist', 'leader', 'unit_officer'";

/// What an audience names, per task: units whose bound accounts (of some roles) are reached,
/// people reached through their accounts, and accounts reached directly.
#[derive(Default)]
struct Reached {
    units: BTreeSet<(i64, i64, &'static str)>,
    people: BTreeSet<(i64, i64)>,
    users: BTreeSet<(i64, i64)>,
}

/// Each unit of `units` with itself and its parent: officers and offices are often bound one
/// level above the body that issues or leads (the district above its People's Committee).
async fn near(tx: &mut Tx, units: &BTreeSet<i64>) -> Result<BTreeMap<i64, Vec<i64>>, StoreError> {
    let mut out: BTreeMap<i64, Vec<i64>> = BTreeMap::new();
    if units.is_empty() {
        return Ok(out);
    }
    let mut ints = Ints::from(1);
    let sql = format!(
        "SELECT a.unit_id, a.anc_id FROM unit_ancestors a \
         JOIN units x ON x.tenant_id = a.tenant_id AND x.id = a.anc_id \
         JOIN units y ON y.tenant_id = a.tenant_id AND y.id = a.unit_id \
         WHERE a.unit_id IN ({}) AND x.depth >= y.depth - 1",
        ints.list(units.iter().copied())
    );
    let rows: Vec<(i64, i64)> =
        on_tx!(tx, c => bind_ints!(sqlx::query_as(sqlx::AssertSqlSafe(sql.as_str())), ints).fetch_all(c).await?);
    for (unit, anc) in rows {
        out.entry(unit).or_default().push(anc);
    }
    Ok(out)
}

/// The tasks' lead units and responsible people: those the caller already holds (tasks it has
/// just written), else read.
async fn tasks(tx: &mut Tx, ids: &[i64], known: &[TaskLead]) -> Result<Vec<TaskLead>, StoreError> {
    let held: Vec<TaskLead> = ids
        .iter()
        .filter_map(|id| known.iter().find(|t| t.0 == *id).copied())
        .collect();
    if held.len() == ids.len() {
        return Ok(held);
    }
    let mut ints = Ints::from(1);
    let sql = format!(
        "SELECT id, lead_unit_id, responsible_id FROM tasks WHERE id IN ({})",
        ints.list(ids.iter().copied())
    );
    Ok(on_tx!(tx, c => bind_ints!(sqlx::query_as(sqlx::AssertSqlSafe(sql.as_str())), ints).fetch_all(c).await?))
}

/// Adds, for each task, the accounts bound with `roles` at the units near `unit_of(task)`.
async fn officers_near(
    tx: &mut Tx,
    reached: &mut Reached,
    anchors: &[(i64, i64)],
    roles: &'static str,
) -> Result<(), StoreError> {
    let units: BTreeSet<i64> = anchors.iter().map(|&(_, u)| u).collect();
    let near = near(tx, &units).await?;
    for &(task, unit) in anchors {
        for &anc in near.get(&unit).map(Vec::as_slice).unwrap_or_default() {
            reached.units.insert((task, anc, roles));
        }
    }
    Ok(())
}

/// SQL giving the `(user_id, task_id)` rows of `audience` for the tasks in `ids`, reading only
/// coordinator tables, its values registered in `ints`; `None` when it reaches nobody. `known`
/// may hold the tasks' leads already (see [`crate::notify::Event::known`]).
pub(crate) async fn recipients(
    tx: &mut Tx,
    audience: Audience,
    ids: &[i64],
    known: &[TaskLead],
    ints: &mut Ints,
) -> Result<Option<String>, StoreError> {
    let mut reached = Reached::default();
    let lead_side = |r: &mut Reached, rows: &[TaskLead]| {
        for &(task, _, responsible) in rows {
            if let Some(p) = responsible {
                r.people.insert((task, p));
            }
        }
    };
    match audience {
        Audience::LeadSide | Audience::UserAndLeadSide(_) => {
            let rows = tasks(tx, ids, known).await?;
            lead_side(&mut reached, &rows);
            let anchors: Vec<(i64, i64)> = rows.iter().map(|&(t, lead, _)| (t, lead)).collect();
            officers_near(tx, &mut reached, &anchors, OFFICERS).await?;
            if let Audience::UserAndLeadSide(Some(user)) = audience {
                for &(task, _, _) in &rows {
                    reached.users.insert((task, user));
                }
            }
        }
        Audience::Responsible => {
            let rows = tasks(tx, ids, known).await?;
            lead_side(&mut reached, &rows);
        }
        Audience::UnitSide(unit) => {
            let rows = tasks(tx, ids, known).await?;
            lead_side(&mut reached, &rows);
            let anchors: Vec<(i64, i64)> = rows.iter().map(|&(t, _, _)| (t, unit)).collect();
            officers_near(tx, &mut reached, &anchors, OFFICERS).await?;
        }
        Audience::LeadHead => {
            let mut these = Ints::from(1);
            let sql = format!(
                "SELECT t.id, p.id FROM tasks t JOIN people p ON p.tenant_id = t.tenant_id AND p.unit_id = t.lead_unit_id \
                 AND p.is_head = TRUE WHERE t.id IN ({})",
                these.list(ids.iter().copied())
            );
            let heads: Vec<(i64, i64)> = on_tx!(tx, c =>
                bind_ints!(sqlx::query_as(sqlx::AssertSqlSafe(sql.as_str())), these).fetch_all(c).await?);
            reached.people.extend(heads);
        }
        Audience::Office => {
            // Tasks of a plan only (the plan of the task's own tenant): the office that assigned
            // the work, or the plan's issuer.
            let mut these = Ints::from(1);
            let sql = format!(
                "SELECT t.id, COALESCE(t.assigner_unit_id, d.issuer_unit_id) FROM tasks t \
                 JOIN documents d ON d.tenant_id = t.tenant_id AND d.id = t.plan_id WHERE t.id IN ({})",
                these.list(ids.iter().copied())
            );
            let rows: Vec<(i64, Option<i64>)> = on_tx!(tx, c =>
                bind_ints!(sqlx::query_as(sqlx::AssertSqlSafe(sql.as_str())), these).fetch_all(c).await?);
            let anchors: Vec<(i64, i64)> = rows.iter().filter_map(|&(t, u)| Some((t, u?))).collect();
            officers_near(tx, &mut reached, &anchors, OFFICE).await?;
        }
    }
    Ok(reached.sql(ints))
}

impl Reached {
    /// The rows as one query on `role_bindings` and `users` over `VALUES` bound in `ints`.
    fn sql(&self, ints: &mut Ints) -> Option<String> {
        let mut parts = Vec::new();
        for roles in [OFFICERS, OFFICE] {
            let rows: Vec<(i64, i64)> = self.units.iter().filter(|r| r.2 == roles).map(|r| (r.0, r.1)).collect();
            if !rows.is_empty() {
                parts.push(format!(
                    "SELECT rb.user_id AS user_id, v.column1 AS task_id FROM (VALUES {}) v \
                     JOIN role_bindings rb ON rb.unit_id = v.column2 AND rb.role IN ({roles})",
                    ints.pairs(rows)
                ));
            }
        }
        if !self.people.is_empty() {
            parts.push(format!(
                "SELECT u.id AS user_id, v.column1 AS task_id FROM (VALUES {}) v JOIN users u ON u.person_id = v.column2",
                ints.pairs(self.people.iter().copied())
            ));
        }
        if !self.users.is_empty() {
            parts.push(format!(
                "SELECT v.column2 AS user_id, v.column1 AS task_id FROM (VALUES {}) v",
                ints.pairs(self.users.iter().copied())
            ));
        }
        (!parts.is_empty()).then(|| parts.join(" UNION "))
    }
}
