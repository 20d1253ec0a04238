//! Moving a unit's subtree to another tenant (another province): the one operation that moves
//! rows between tenants.
//!
//! Citus refuses to change a row's distribution column (`UPDATE … SET tenant_id`: "modifying
//! the partition value of rows is not allowed"), so the rows are *copied* into the new tenant
//! and deleted from the old one, in the caller's transaction, with the same ids (ids come from
//! global sequences, never per tenant). One code path serves SQLite, plain PostgreSQL and
//! Citus:
//!
//! 1. every row to move is read into a temporary table of the connection (one per table), with
//!    its new tenant — while all of them are still where they were, so each table finds its
//!    rows through its parents' rows in the old tenant;
//! 2. the old rows are deleted, children before parents;
//! 3. the copies are inserted, parents before children (the subtree's top unit under its new
//!    parent, already in the new tenant).
//!
//! Deleting before inserting is what SQLite needs (a table keyed by its rowid cannot hold the
//! same id twice); children-first deletes and parents-first inserts keep every composite
//! foreign key satisfied at each statement, which Citus needs (its workers check the keys of
//! their shards as each statement ends). Rows elsewhere that name a moved record by id alone
//! (SQLite's single-column keys) are checked at commit: foreign keys are deferred on both
//! engines for the rest of the transaction.

use domain::unit::UnitPath;

use crate::{StoreError, Tx, on_tx};

/// The tables to move and which of their rows, children before parents. In each condition
/// `$1` is the old tenant and `$2`..`$3` the subtree's path range (still the old paths).
fn rows() -> Vec<(&'static str, String)> {
    let in_range = |col: &str| format!("{col} >= $2 AND {col} < $3");
    let sub = |table: &str, col: &str| format!("SELECT id FROM {table} WHERE tenant_id = $1 AND {}", in_range(col));
    let in_units = format!("unit_id IN ({})", sub("units", "path"));
    let in_tasks = format!("task_id IN ({})", sub("tasks", "unit_path"));
    let in_people = format!("person_id IN ({})", sub("people", "unit_path"));
    let in_conferences = format!("conference_id IN ({})", sub("conferences", "host_path"));
    let in_inspections = format!("inspection_id IN ({})", sub("inspections", "body_path"));
    let issued_by_units = |col: &str| format!("{col} IN ({})", sub("units", "path"));
    // Files go with the record their readers are decided by (`files::Subject`).
    let file_subjects = [
        ("unit", sub("units", "path")),
        ("person", sub("people", "unit_path")),
        ("document", sub("documents", "issuer_path")),
        ("task", sub("tasks", "unit_path")),
        ("target", sub("targets", "unit_path")),
        (
            "theme",
            format!("SELECT id FROM themes WHERE tenant_id = $1 AND {in_units}"),
        ),
        (
            "evaluation",
            format!("SELECT id FROM evaluations WHERE tenant_id = $1 AND {in_people}"),
        ),
        (
            "requirement",
            format!(
                "SELECT id FROM requirements WHERE tenant_id = $1 AND {}",
                issued_by_units("issuer_unit_id")
            ),
        ),
        (
            "requirement_item",
            format!(
                "SELECT id FROM requirement_items WHERE tenant_id = $1 AND requirement_id IN \
                 (SELECT id FROM requirements WHERE tenant_id = $1 AND {})",
                issued_by_units("issuer_unit_id")
            ),
        ),
        ("conference", sub("conferences", "host_path")),
        ("inspection", sub("inspections", "body_path")),
        (
            "inspection_record",
            format!("SELECT id FROM inspection_records WHERE tenant_id = $1 AND {in_inspections}"),
        ),
    ];
    let files = file_subjects
        .iter()
        .map(|(kind, ids)| format!("(subject_kind = '{kind}' AND subject_id IN ({ids}))"))
        .collect::<Vec<_>>()
        .join(" OR ");
    vec![
        ("files", format!("({files})")),
        ("progress_reports", in_tasks.clone()),
        ("extension_requests", in_tasks.clone()),
        ("explanation_requests", in_tasks.clone()),
        ("task_cooperators", in_tasks.clone()),
        ("task_notes", in_tasks.clone()),
        ("eval_task_marks", in_tasks),
        (
            "target_actuals",
            format!("target_id IN ({})", sub("targets", "unit_path")),
        ),
        (
            "theme_plans",
            format!("theme_id IN (SELECT id FROM themes WHERE tenant_id = $1 AND {in_units})"),
        ),
        ("themes", in_units.clone()),
        (
            "document_links",
            format!("from_id IN ({})", sub("documents", "issuer_path")),
        ),
        (
            "evaluation_steps",
            format!("evaluation_id IN (SELECT id FROM evaluations WHERE tenant_id = $1 AND {in_people})"),
        ),
        ("evaluations", in_people.clone()),
        ("evaluation_years", in_people),
        (
            "feedback_responses",
            format!("point_id IN ({})", sub("feedback_points", "unit_path")),
        ),
        ("feedback_points", in_range("unit_path")),
        (
            "requirement_items",
            format!(
                "requirement_id IN (SELECT id FROM requirements WHERE tenant_id = $1 AND {})",
                issued_by_units("issuer_unit_id")
            ),
        ),
        ("requirements", issued_by_units("issuer_unit_id")),
        ("conference_documents", in_conferences.clone()),
        ("conference_audiences", in_conferences.clone()),
        ("conference_points", in_conferences.clone()),
        ("conference_conclusions", in_conferences.clone()),
        ("conference_invitees", in_conferences),
        ("conferences", in_range("host_path")),
        ("conference_series", issued_by_units("host_unit_id")),
        ("inspection_subjects", in_inspections.clone()),
        ("inspection_team", in_inspections.clone()),
        ("inspection_records", in_inspections.clone()),
        ("inspection_findings", in_inspections.clone()),
        ("inspection_recommendations", in_inspections),
        ("inspections", in_range("body_path")),
        ("inspection_plans", issued_by_units("body_unit_id")),
        ("unit_meetings", in_units.clone()),
        ("reminder_rules", in_units.clone()),
        ("publication_plans", in_units.clone()),
        ("publications", in_units),
        ("people", in_range("unit_path")),
        ("tasks", in_range("unit_path")),
        ("targets", in_range("unit_path")),
        ("documents", in_range("issuer_path")),
        ("units", in_range("path")),
    ]
}

/// Moves the rows of the subtree at `old` (still at its old path) and every row hanging off them
/// — files attached to them included — from tenant `from` to tenant `to`, keeping their ids.
/// The subtree's top unit arrives under `new_parent` (its old parent is not in the new tenant);
/// the paths, ancestors and roll-up are the caller's (`units::update`).
pub(crate) async fn move_rows(
    tx: &mut Tx,
    old: &UnitPath,
    new_parent: Option<i64>,
    from: i64,
    to: i64,
) -> Result<(), StoreError> {
    let (lo, hi) = old.range();
    let top = old.ids().last().copied().ok_or(StoreError::not_found("unit", 0))?;
    match tx.backend() {
        // Both sides of every composite key change: checked once, at commit.
        crate::db::Backend::Postgres => {
            on_tx!(tx, c => sqlx::query("SET CONSTRAINTS ALL DEFERRED").execute(c).await?.rows_affected())
        }
        // Rows that stay may name a moved record by id (single-column keys on SQLite): it is
        // deleted, then inserted again with the same id; checked at commit. Reset by SQLite
        // when the transaction ends.
        crate::db::Backend::Sqlite => {
            on_tx!(tx, c => sqlx::query("PRAGMA defer_foreign_keys = ON").execute(c).await?.rows_affected())
        }
    };
    let rows = rows();
    // Table names and conditions are this file's constants; values are bound.
    for (table, cond) in &rows {
        let stash = stash_name(table);
        let create = format!("CREATE TEMPORARY TABLE {stash} AS SELECT * FROM {table} WHERE 1 = 0");
        let fill = format!("INSERT INTO {stash} SELECT * FROM {table} WHERE tenant_id = $1 AND {cond}");
        let retag = format!("UPDATE {stash} SET tenant_id = $1");
        on_tx!(tx, c => {
            sqlx::query(sqlx::AssertSqlSafe(create.as_str())).execute(&mut *c).await?.rows_affected();
            sqlx::query(sqlx::AssertSqlSafe(fill.as_str())).bind(from).bind(&lo).bind(&hi).execute(&mut *c).await?.rows_affected();
            sqlx::query(sqlx::AssertSqlSafe(retag.as_str())).bind(to).execute(&mut *c).await?.rows_affected();
        });
    }
    let reparent = format!("UPDATE {} SET parent_id = $1 WHERE id = $2", stash_name("units"));
    on_tx!(tx, c => sqlx::query(sqlx::AssertSqlSafe(reparent.as_str())).bind(new_parent).bind(top).execute(c).await?.rows_affected());
    for (table, cond) in &rows {
        let delete = format!("DELETE FROM {table} WHERE tenant_id = $1 AND {cond}");
        on_tx!(tx, c => sqlx::query(sqlx::AssertSqlSafe(delete.as_str())).bind(from).bind(&lo).bind(&hi).execute(c).await?.rows_affected());
    }
    // The role bindings of the moved units keep their unit's new tenant (`accounts::bindings`);
    // both tables are the coordinator's own on Citus.
    let rebind = format!(
        "UPDATE role_bindings SET unit_tenant = $1 WHERE unit_id IN (SELECT id FROM {})",
        stash_name("units")
    );
    on_tx!(tx, c => sqlx::query(sqlx::AssertSqlSafe(rebind.as_str())).bind(to).execute(c).await?.rows_affected());
    for (table, _) in rows.iter().rev() {
        let stash = stash_name(table);
        let insert = format!("INSERT INTO {table} SELECT * FROM {stash}");
        let drop = format!("DROP TABLE {stash}");
        on_tx!(tx, c => {
            sqlx::query(sqlx::AssertSqlSafe(insert.as_str())).execute(&mut *c).await?.rows_affected();
            sqlx::query(sqlx::AssertSqlSafe(drop.as_str())).execute(&mut *c).await?.rows_affected();
        });
    }
    Ok(())
}

/// The temporary table holding `table`'s rows on their way.
fn stash_name(table: &str) -> String {
    format!("moving_{table}")
}

/// Records that `unit`'s subtree moved from one tenant to another (`tenant_moves`, a reference
/// table on Citus), so that its records' histories still read the chain it left.
pub async fn record(tx: &mut Tx, unit_id: i64, from: i64, to: i64) -> Result<(), StoreError> {
    tx.person_tenants = None;
    tx.tenant_moves = None;
    let now = tx.now();
    on_tx!(tx, c => sqlx::query(
        "INSERT INTO tenant_moves (unit_id, from_tenant, to_tenant, moved_at) VALUES ($1, $2, $3, $4)")
        .bind(unit_id).bind(from).bind(to).bind(now).execute(c).await?.rows_affected());
    Ok(())
}

/// Every move between tenants, as (from, to); read once a transaction.
async fn moves(tx: &mut Tx) -> Result<Vec<(i64, i64)>, StoreError> {
    if let Some(moves) = &tx.tenant_moves {
        return Ok(moves.clone());
    }
    let moves: Vec<(i64, i64)> =
        on_tx!(tx, c => sqlx::query_as("SELECT from_tenant, to_tenant FROM tenant_moves").fetch_all(c).await?);
    tx.tenant_moves = Some(moves.clone());
    Ok(moves)
}

/// The tenants reached from `start` by following `step` over the moves, transitively: `step`
/// gives, for a move and a tenant reached, the tenant it leads to, if any.
fn reached(mut found: Vec<i64>, moves: &[(i64, i64)], step: impl Fn((i64, i64), i64) -> Option<i64>) -> Vec<i64> {
    let mut i = 0;
    while i < found.len() {
        let at = found[i];
        for m in moves {
            if let Some(next) = step(*m, at)
                && !found.contains(&next)
            {
                found.push(next);
            }
        }
        i += 1;
    }
    found
}

/// The audit chains a record of `tenant` can have entries in: its own, the installation chain
/// (entries written before migration 0020) and, following the moves backwards, every tenant a
/// unit moved into it from (the entries written before the move stay there).
pub async fn chains_for(tx: &mut Tx, tenant: i64) -> Result<Vec<i64>, StoreError> {
    let moves = moves(tx).await?;
    Ok(reached(
        vec![crate::audit::INSTALLATION, tenant],
        &moves,
        |(from, to), at| (to == at).then_some(from),
    ))
}

/// The tenants a person's own records can lie in, the person being in `tenant`: a responsible
/// person lies under the lead unit's root (`domain::assign::Reach`), an inspection team is its
/// body's province's staff (`app::inspections::decide_in`) and a desk's officer its unit's
/// (`app::feedback::create_point`), so those records are in the
/// person's tenant — unless a unit moved between provinces since, taking its records or its
/// people along. So: `tenant` and every tenant joined to it by a move, either way, transitively.
pub async fn linked(tx: &mut Tx, tenant: i64) -> Result<Vec<i64>, StoreError> {
    linked_all(tx, [tenant]).await
}

/// [`linked`] for several tenants at once: each of them and every tenant joined to one by a move.
pub async fn linked_all(tx: &mut Tx, tenants: impl IntoIterator<Item = i64>) -> Result<Vec<i64>, StoreError> {
    let moves = moves(tx).await?;
    let mut start: Vec<i64> = tenants.into_iter().collect();
    start.sort_unstable();
    start.dedup();
    let mut out = reached(start, &moves, |(from, to), at| {
        if from == at {
            Some(to)
        } else {
            (to == at).then_some(from)
        }
    });
    out.sort_unstable();
    Ok(out)
}
