//! Units: the organisation tree, with materialized paths and the ancestor table.

use domain::Valid;
use domain::unit::{UnitInput, UnitPath, check_move};

use crate::audit::{self, Change};
use crate::db::Tx;
use crate::model::{Page, Unit};
use crate::sql::{Arg, Where, contains_pattern};
use crate::{StoreError, bind_args, on_tx};

const COLS: &str = "id, tenant_id, parent_id, kind, name, short_name, path, depth, version, updated_at";

pub async fn get(tx: &mut Tx, id: i64) -> Result<Unit, StoreError> {
    if let Some(u) = tx.seen.as_ref().and_then(|s| s.units.get(&id)) {
        return Ok(u.clone());
    }
    let u = crate::own_tenants::one_by_id::<Unit>(tx, "tenant_id", id, |cond| {
        format!("SELECT {COLS} FROM units WHERE id = $1{cond}")
    })
    .await?
    .ok_or(StoreError::not_found("unit", id))?;
    crate::seen::with(tx, |s| {
        s.unit_places.insert(id, (u.tenant_id, u.path.clone()));
        s.units.insert(id, u.clone());
    });
    Ok(u)
}

/// Notes a unit's tenant and path read by a query of its own, for the snapshot's later reads
/// (read transactions only: see `Tx::unit_places`).
fn note_place(tx: &mut Tx, id: i64, tenant: i64, path: &str) {
    crate::seen::with(tx, |s| s.unit_places.insert(id, (tenant, path.to_string())));
}

/// A unit's tenant and path: read once a read transaction.
pub(crate) async fn place_of(tx: &mut Tx, id: i64) -> Result<Option<(i64, String)>, StoreError> {
    if let Some(p) = tx.seen.as_ref().and_then(|s| s.unit_places.get(&id)) {
        return Ok(Some(p.clone()));
    }
    let found: Option<(i64, String)> = crate::own_tenants::one_by_id(tx, "tenant_id", id, |cond| {
        format!("SELECT tenant_id, path FROM units WHERE id = $1{cond}")
    })
    .await?;
    if let Some((tenant, path)) = &found {
        note_place(tx, id, *tenant, path);
    }
    Ok(found)
}

/// The unit's path, checked to be well formed.
pub async fn path_of(tx: &mut Tx, id: i64) -> Result<UnitPath, StoreError> {
    let (_, p) = place_of(tx, id).await?.ok_or(StoreError::not_found("unit", id))?;
    UnitPath::parse(&p).ok_or_else(|| StoreError::Db(sqlx::Error::Decode(format!("bad unit path {p:?}").into())))
}

/// Like [`path_of`], but an unknown id is the client's mistake in `field`.
pub async fn path_of_ref(tx: &mut Tx, field: &str, id: i64) -> Result<UnitPath, StoreError> {
    match path_of(tx, id).await {
        Err(StoreError::NotFound { .. }) => Err(StoreError::unknown_ref(field, "đơn vị", id)),
        other => other,
    }
}

pub async fn create(tx: &mut Tx, input: &Valid<UnitInput>) -> Result<Unit, StoreError> {
    let parent = match input.parent_id {
        Some(pid) => Some(path_of_ref(tx, "parent_id", pid).await?),
        None => None,
    };
    let now = tx.now();
    let sort_key = vntext::collation_key(&input.name);
    let name_fold = domain::text::search_key(&[&input.name, input.short_name.as_deref().unwrap_or("")]);
    // The row is written once, complete: its id is taken first, so its path and its tenant (the
    // top unit of the path: its own id for a top unit) are known before the insert. A row never
    // changes tenant in an ordinary edit (Citus cannot move a row between shards in place).
    let id = next_id(tx).await?;
    let path = match &parent {
        Some(p) => p.child(id),
        None => UnitPath::root(id),
    };
    let tenant = path.tenant();
    on_tx!(tx, c => sqlx::query(
        "INSERT INTO units (id, tenant_id, parent_id, kind, name, name_fold, short_name, sort_key, path, depth, created_at, updated_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $11)")
        .bind(id).bind(tenant).bind(input.parent_id).bind(input.kind.as_str()).bind(&input.name).bind(&name_fold)
        .bind(&input.short_name).bind(&sort_key).bind(path.as_str()).bind(path.depth() as i32)
        .bind(now).execute(c).await?.rows_affected());
    insert_ancestors(tx, &[path]).await?;
    let unit = get(tx, id).await?;
    audit::record(tx, Change::created(unit.tenant_id, "unit", id, &unit)).await?;
    Ok(unit)
}

/// The id the next unit will have, taken from the table's own counter (PostgreSQL: the identity
/// sequence; SQLite: the AUTOINCREMENT counter, safe because SQLite has one writer at a time).
async fn next_id(tx: &mut Tx) -> Result<i64, StoreError> {
    Ok(match tx.backend() {
        crate::db::Backend::Postgres => on_tx!(tx, c => sqlx::query_scalar(
            "SELECT nextval(pg_get_serial_sequence('units', 'id'))").fetch_one(c).await?),
        crate::db::Backend::Sqlite => on_tx!(tx, c => sqlx::query_scalar(
            "SELECT MAX(COALESCE((SELECT seq FROM sqlite_sequence WHERE name = 'units'), 0),
                        COALESCE((SELECT MAX(id) FROM units), 0)) + 1")
            .fetch_one(c).await?),
    })
}

/// Edits a unit; a changed parent moves the whole subtree (paths of units, people, tasks,
/// documents and targets below it, the ancestor table and the task roll-up).
pub async fn update(tx: &mut Tx, id: i64, version: i64, input: &Valid<UnitInput>) -> Result<Unit, StoreError> {
    let current = get(tx, id).await?;
    if current.version != version {
        return Err(StoreError::StaleVersion {
            entity: "unit",
            id,
            expected: version,
        });
    }
    let new_path = if input.parent_id != current.parent_id {
        Some(new_path(tx, &current, input.parent_id).await?)
    } else {
        None
    };
    let action = if new_path.is_some() { "move" } else { "update" };
    let tenant = new_path.as_ref().map_or(current.tenant_id, UnitPath::tenant);
    // Checks done; claim the version (a concurrent editor loses here), then write.
    crate::version::claim(tx, "unit", current.tenant_id, id, version).await?;
    if let Some(new) = new_path {
        move_subtree(tx, &current, input.parent_id, new).await?;
    }
    let name_fold = domain::text::search_key(&[&input.name, input.short_name.as_deref().unwrap_or("")]);
    on_tx!(tx, c => sqlx::query(
        "UPDATE units SET kind = $1, name = $2, name_fold = $3, short_name = $4, sort_key = $5 WHERE tenant_id = $6 AND id = $7")
        .bind(input.kind.as_str()).bind(&input.name).bind(&name_fold).bind(&input.short_name)
        .bind(vntext::collation_key(&input.name)).bind(tenant).bind(id).execute(c).await?.rows_affected());
    let after = get(tx, id).await?;
    let mut changes = vec![Change::updated(current.tenant_id, "unit", id, action, &current, &after)];
    if after.tenant_id != current.tenant_id {
        // A move to another province: the entries written so far stay in the old tenant's
        // chain (history is not rewritten); the move is recorded in both chains, so each
        // province's trail shows the subtree leaving or arriving.
        changes.push(Change::updated(after.tenant_id, "unit", id, action, &current, &after));
        crate::tenant_move::record(tx, id, current.tenant_id, after.tenant_id).await?;
    }
    audit::record_many(tx, changes).await?;
    Ok(after)
}

/// Where `unit` would sit under `new_parent`, refusing unknown parents and cycles.
async fn new_path(tx: &mut Tx, unit: &Unit, new_parent: Option<i64>) -> Result<UnitPath, StoreError> {
    let old = UnitPath::parse(&unit.path).ok_or(StoreError::not_found("unit", unit.id))?;
    Ok(match new_parent {
        Some(pid) => {
            let parent = path_of_ref(tx, "parent_id", pid).await?;
            check_move(&old, &parent)?;
            parent.child(unit.id)
        }
        None => UnitPath::root(unit.id),
    })
}

async fn move_subtree(tx: &mut Tx, unit: &Unit, new_parent: Option<i64>, new: UnitPath) -> Result<(), StoreError> {
    let old = UnitPath::parse(&unit.path).ok_or(StoreError::not_found("unit", unit.id))?;
    let tenant = new.tenant();
    let (lo, hi) = old.range();
    let cut = old.as_str().len() as i32 + 1;
    let delta = new.depth() as i32 - old.depth() as i32;
    let old_tenant = unit.tenant_id;
    // The ancestors of every moved unit are written again below (in its new tenant).
    on_tx!(tx, c => sqlx::query("DELETE FROM unit_ancestors WHERE tenant_id = $1 AND unit_id IN (SELECT id FROM units WHERE tenant_id = $1 AND path >= $2 AND path < $3)")
        .bind(old_tenant).bind(&lo).bind(&hi).execute(c).await?.rows_affected());
    if tenant != old_tenant {
        // Rows leave their tenant: copied into the new one, deleted from the old (Citus cannot
        // change a row's tenant in place).
        crate::tenant_move::move_rows(tx, &old, new_parent, old_tenant, tenant).await?;
    }
    on_tx!(tx, c => {
        sqlx::query("UPDATE units SET parent_id = $1 WHERE tenant_id = $2 AND id = $3")
            .bind(new_parent).bind(tenant).bind(unit.id).execute(&mut *c).await?.rows_affected();
        sqlx::query("UPDATE units SET path = $1 || substr(path, $2), depth = depth + $3 WHERE tenant_id = $4 AND path >= $5 AND path < $6")
            .bind(new.as_str()).bind(cut).bind(delta).bind(tenant).bind(&lo).bind(&hi).execute(&mut *c).await?.rows_affected();
        // Rows of the subtree are in the new tenant now; rows outside it that name one of its
        // units (an item owed by a moved unit, a moved unit inspected) stayed in the old one.
        for (table, col) in [("people", "unit_path"), ("tasks", "unit_path"), ("targets", "unit_path"), ("documents", "issuer_path"),
                             ("evaluations", "unit_path"), ("evaluations", "owner_path"), ("evaluation_years", "unit_path"),
                             ("feedback_points", "unit_path"), ("feedback_responses", "unit_path"), ("requirement_items", "unit_path"),
                             ("conferences", "host_path"), ("inspections", "body_path"), ("inspection_subjects", "unit_path")] {
            let sql = format!("UPDATE {table} SET {col} = $1 || substr({col}, $2) WHERE tenant_id IN ($3, $6) AND {col} >= $4 AND {col} < $5");
            sqlx::query(sqlx::AssertSqlSafe(sql.as_str())).bind(new.as_str()).bind(cut).bind(tenant).bind(&lo).bind(&hi)
                .bind(old_tenant).execute(&mut *c).await?.rows_affected();
        }
        // The role bindings keep their unit's path and tenant too (`accounts::signed_in`); a
        // path names its tenant first, so the range alone finds them.
        sqlx::query("UPDATE role_bindings SET unit_path = $1 || substr(unit_path, $2), unit_tenant = $3 WHERE unit_path >= $4 AND unit_path < $5")
            .bind(new.as_str()).bind(cut).bind(tenant).bind(&lo).bind(&hi).execute(&mut *c).await?.rows_affected();
    });
    let (nlo, nhi) = new.range();
    let moved: Vec<String> = on_tx!(tx, c => sqlx::query_scalar("SELECT path FROM units WHERE tenant_id = $1 AND path >= $2 AND path < $3")
        .bind(tenant).bind(&nlo).bind(&nhi).fetch_all(c).await?);
    let moved: Vec<UnitPath> = moved.iter().filter_map(|p| UnitPath::parse(p)).collect();
    insert_ancestors(tx, &moved).await?;
    crate::rollup::rebuild_tenant(tx, old_tenant).await?;
    if tenant != old_tenant {
        crate::rollup::rebuild_tenant(tx, tenant).await?;
    }
    Ok(())
}

/// Rows of `unit_ancestors` for the given units: each ancestor (and the unit itself) with
/// the child through which the unit is reached.
pub async fn insert_ancestors(tx: &mut Tx, paths: &[UnitPath]) -> Result<(), StoreError> {
    let mut rows = Vec::new();
    for p in paths {
        let ids = p.ids();
        let Some(&me) = ids.last() else { continue };
        for (i, anc) in ids.iter().enumerate() {
            let child = ids.get(i + 1).copied().unwrap_or(me);
            let tenant = ids.first().copied().unwrap_or(me);
            rows.push(format!("({tenant},{me},{anc},{child})"));
        }
    }
    // Values are ids read from our own paths (integers), never client text.
    for chunk in rows.chunks(500) {
        let sql = format!(
            "INSERT INTO unit_ancestors (tenant_id, unit_id, anc_id, child_id) VALUES {}",
            chunk.join(",")
        );
        on_tx!(tx, c => sqlx::query(sqlx::AssertSqlSafe(sql.as_str())).execute(c).await?.rows_affected());
    }
    Ok(())
}

/// Deletes a unit that nothing refers to; otherwise a conflict naming what is in the way.
pub async fn delete(tx: &mut Tx, id: i64, version: i64) -> Result<(), StoreError> {
    let before = get(tx, id).await?;
    crate::version::claim(tx, "unit", before.tenant_id, id, version).await?;
    let used: i64 = on_tx!(tx, c => sqlx::query_scalar(
        "SELECT (SELECT COUNT(*) FROM units WHERE parent_id = $1) + (SELECT COUNT(*) FROM people WHERE unit_id = $1)
              + (SELECT COUNT(*) FROM tasks WHERE lead_unit_id = $1) + (SELECT COUNT(*) FROM task_cooperators WHERE unit_id = $1)
              + (SELECT COUNT(*) FROM documents WHERE issuer_unit_id = $1) + (SELECT COUNT(*) FROM targets WHERE unit_id = $1)
              + (SELECT COUNT(*) FROM themes WHERE unit_id = $1)
              + (SELECT COUNT(*) FROM conferences WHERE host_unit_id = $1) + (SELECT COUNT(*) FROM conference_points WHERE unit_id = $1)
              + (SELECT COUNT(*) FROM conference_series WHERE host_unit_id = $1)
              + (SELECT COUNT(*) FROM inspection_plans WHERE body_unit_id = $1) + (SELECT COUNT(*) FROM inspection_subjects WHERE unit_id = $1)
              + (SELECT COUNT(*) FROM conference_invitees WHERE unit_id = $1 OR point_unit_id = $1)")
        .bind(id).fetch_one(c).await?);
    // Accounts' roles at the unit: a table of the installation (the coordinator's on Citus), so
    // a statement of its own rather than one more term above.
    let bound: i64 = on_tx!(tx, c => sqlx::query_scalar("SELECT COUNT(*) FROM role_bindings WHERE unit_id = $1")
        .bind(id).fetch_one(c).await?);
    if bound > 0 {
        return Err(StoreError::Conflict(domain::FieldError::new(
            "id",
            domain::ErrorCode::InUse,
            "Đơn vị còn tài khoản được phân quyền tại đơn vị nên không thể xóa; hãy gỡ quyền của các tài khoản đó trước.",
            "Accounts still hold roles at the unit, so it cannot be deleted; remove those roles first.",
        )));
    }
    if used > 0 {
        return Err(StoreError::Conflict(domain::FieldError::new(
            "id",
            domain::ErrorCode::InUse,
            "Đơn vị còn đơn vị trực thuộc, cán bộ, văn bản, nhiệm vụ, chỉ tiêu, hội nghị hoặc cuộc kiểm tra nên không thể xóa.",
            "The unit still has sub-units, people, documents, tasks, targets, conferences or inspections and cannot be deleted.",
        )));
    }
    on_tx!(tx, c => {
        sqlx::query("DELETE FROM unit_ancestors WHERE tenant_id = $1 AND unit_id = $2").bind(before.tenant_id).bind(id).execute(&mut *c).await?.rows_affected();
        sqlx::query("DELETE FROM units WHERE tenant_id = $1 AND id = $2").bind(before.tenant_id).bind(id).execute(&mut *c).await?.rows_affected();
    });
    audit::record(tx, Change::deleted(before.tenant_id, "unit", id, &before)).await
}

/// The id of the unit at the end of a path.
pub fn id_of_path(p: &UnitPath) -> Option<i64> {
    p.ids().last().copied()
}

/// A unit as name matching and pickers see it.
#[derive(Debug, Clone, PartialEq, sqlx::FromRow)]
pub struct UnitBrief {
    pub id: i64,
    pub name: String,
    pub short_name: Option<String>,
    pub path: String,
    #[sqlx(try_from = "String")]
    pub kind: domain::unit::UnitKind,
    pub parent_kind: Option<String>,
    pub parent_name: Option<String>,
}

impl UnitBrief {
    /// The unit as the assignment rule sees it.
    pub fn place(&self) -> Option<domain::assign::UnitPlace> {
        Some(domain::assign::UnitPlace {
            path: UnitPath::parse(&self.path)?,
            kind: self.kind,
            parent_kind: self.parent_kind.as_deref().and_then(domain::unit::UnitKind::parse),
        })
    }
}

/// Every unit in `root`'s subtree with its parent's kind and name, at most `limit`.
pub async fn briefs_within(tx: &mut Tx, root: &UnitPath, limit: i64) -> Result<Vec<UnitBrief>, StoreError> {
    // A subtree is in its root's tenant: named on PostgreSQL (one shard on Citus).
    let mut w = Where::new();
    let cond = crate::sql::subtree(&mut w, tx.backend(), "u.tenant_id", "u.path", root);
    w.cond(cond);
    let lim = w.arg(Arg::Int(limit));
    let sql = format!(
        "SELECT u.id, u.name, u.short_name, u.path, u.kind, p.kind AS parent_kind, p.name AS parent_name
         FROM units u LEFT JOIN units p ON p.tenant_id = u.tenant_id AND p.id = u.parent_id{}
         ORDER BY u.depth, u.sort_key, u.id LIMIT {lim}",
        w.sql()
    );
    Ok(
        on_tx!(tx, c => bind_args!(sqlx::query_as::<_, UnitBrief>(sqlx::AssertSqlSafe(sql.as_str())), w.args).fetch_all(c).await?),
    )
}

/// Filters for listing units.
#[derive(Debug, Clone, Default)]
pub struct UnitFilter {
    /// Direct children of this unit.
    pub parent_id: Option<i64>,
    /// Everything below (and including) this unit.
    pub within: Option<i64>,
    /// Diacritic-insensitive name search.
    pub q: Option<String>,
    /// Only top-level units.
    pub roots: bool,
    /// Only what this scope may see (the caller's rights); none for trusted callers.
    pub scope: Option<domain::access::Scope>,
    /// Only units of this kind (the inspection commissions a user plans for…).
    pub kind: Option<domain::unit::UnitKind>,
}

/// Units matching the filter, in Vietnamese alphabetical order.
pub async fn list(tx: &mut Tx, f: &UnitFilter, limit: i64, offset: i64) -> Result<Page<Unit>, StoreError> {
    let mut w = Where::new();
    if let Some(s) = &f.scope {
        crate::access::scope_cond_in(&mut w, tx.backend(), "tenant_id", "path", s);
    }
    if let Some(p) = f.parent_id {
        let ph = w.arg(Arg::Int(p));
        w.cond(format!("parent_id = {ph}"));
    }
    if f.roots {
        w.cond("parent_id IS NULL");
    }
    if let Some(k) = f.kind {
        let ph = w.arg(Arg::Text(k.as_str().into()));
        w.cond(format!("kind = {ph}"));
    }
    if let Some(within) = f.within {
        let root = path_of(tx, within).await?;
        let cond = crate::sql::subtree(&mut w, tx.backend(), "tenant_id", "path", &root);
        w.cond(cond);
    }
    if let Some(pat) = f.q.as_deref().and_then(contains_pattern) {
        w.folded_like("name_fold", pat);
    }
    let where_sql = w.sql();
    let count_sql = format!("SELECT COUNT(*) FROM units{where_sql}");
    let list_sql =
        format!("SELECT {COLS} FROM units{where_sql} ORDER BY depth, sort_key, id LIMIT {limit} OFFSET {offset}");
    let total: i64 = on_tx!(tx, c => bind_args!(sqlx::query_scalar(sqlx::AssertSqlSafe(count_sql.as_str())), w.args).fetch_one(&mut *c).await?);
    let items = on_tx!(tx, c => bind_args!(sqlx::query_as::<_, Unit>(sqlx::AssertSqlSafe(list_sql.as_str())), w.args).fetch_all(&mut *c).await?);
    Ok(Page {
        items,
        total,
        limit,
        offset,
    })
}

/// The direct children of a unit, in Vietnamese alphabetical order.
pub async fn children(tx: &mut Tx, id: i64) -> Result<Vec<Unit>, StoreError> {
    if let Some(list) = tx.seen.as_ref().and_then(|s| s.children.get(&id)) {
        return Ok(list.clone());
    }
    // A unit's children and ancestors are in its tenant: found first, then read there.
    let Some(tenant) = tenant_of(tx, id).await? else {
        return Ok(Vec::new());
    };
    let t = crate::sql::tenant_col(tx.backend(), "tenant_id");
    let sql = format!("SELECT {COLS} FROM units WHERE {t} = $2 AND parent_id = $1 ORDER BY sort_key, id");
    let list: Vec<Unit> = on_tx!(tx, c => sqlx::query_as::<_, Unit>(sqlx::AssertSqlSafe(sql.as_str())).bind(id).bind(tenant).fetch_all(c).await?);
    crate::seen::with(tx, |s| {
        for u in &list {
            s.unit_places.insert(u.id, (u.tenant_id, u.path.clone()));
        }
        s.children.insert(id, list.clone());
    });
    Ok(list)
}

/// The chain from the root down to the unit (breadcrumbs).
pub async fn ancestors(tx: &mut Tx, id: i64) -> Result<Vec<Unit>, StoreError> {
    let Some(tenant) = tenant_of(tx, id).await? else {
        return Ok(Vec::new());
    };
    let t = crate::sql::tenant_col(tx.backend(), "tenant_id");
    let sql = format!(
        "SELECT {COLS} FROM units WHERE {t} = $2 AND id IN (SELECT anc_id FROM unit_ancestors WHERE tenant_id = $2 AND unit_id = $1) ORDER BY depth"
    );
    Ok(
        on_tx!(tx, c => sqlx::query_as::<_, Unit>(sqlx::AssertSqlSafe(sql.as_str())).bind(id).bind(tenant).fetch_all(c).await?),
    )
}

/// The tenant of unit `id`, looked for in the caller's tenants first; none when there is no
/// such unit.
pub(crate) async fn tenant_of(tx: &mut Tx, id: i64) -> Result<Option<i64>, StoreError> {
    Ok(place_of(tx, id).await?.map(|(tenant, _)| tenant))
}

/// The names of several units in one query (for tables that show each row's unit).
pub async fn names(tx: &mut Tx, ids: &[i64]) -> Result<std::collections::HashMap<i64, String>, StoreError> {
    crate::sql::names_by_id(tx, "units", "name", ids).await
}

/// The top units (no parent), in Vietnamese alphabetical order.
pub async fn top(tx: &mut Tx) -> Result<Vec<Unit>, StoreError> {
    let sql = format!("SELECT {COLS} FROM units WHERE parent_id IS NULL ORDER BY sort_key, id");
    Ok(on_tx!(tx, c => sqlx::query_as::<_, Unit>(sqlx::AssertSqlSafe(sql.as_str())).fetch_all(c).await?))
}
