//! Lists of compliance requirements and their items, narrowed to what a reader may see: the
//! requirements a caller reads (issued within their scope, or published to a scope holding one
//! of their units), the items of one requirement under a unit with how each reads today, what a
//! unit's officers still owe ("Việc của tôi"), and a unit's recorded meetings.
//!
//! How an item reads on a day is the domain's rule (`domain::compliance::shown_sql`), here as in
//! `crate::compliance::summary`.

use chrono::NaiveDate;
use domain::access::Scope;
use domain::compliance::{ItemState, Shown, shown_sql};
use domain::unit::{UnitKind, UnitPath};
use serde::Serialize;
use sqlx::FromRow;
use utoipa::ToSchema;

use crate::access::scope_sql;
use crate::compliance::Meeting;
use crate::db::Tx;
use crate::sql::{Arg, Where};
use crate::{StoreError, bind_args, on_tx};

/// A requirement as listed, with how far it is done under the unit asked about (its whole
/// scope when none was).
#[derive(Debug, Clone, PartialEq, Serialize, FromRow, ToSchema)]
pub struct Listed {
    pub id: i64,
    pub issuer_unit_id: i64,
    pub issuer_name: String,
    pub scope_unit_id: i64,
    pub scope_name: String,
    #[sqlx(try_from = "String")]
    pub unit_kind: UnitKind,
    pub title: String,
    pub due_on: NaiveDate,
    pub meeting_month: Option<String>,
    pub document_id: Option<i64>,
    pub document_symbol: Option<String>,
    /// Items counted (under the unit asked about, when it lies in the scope).
    pub items: i64,
    /// Of them, done (reported or accepted).
    pub done: i64,
    /// Of them, late today.
    pub late: i64,
}

/// Which requirements a reader sees, and which of them to list.
#[derive(Debug, Clone, Default)]
pub struct RequirementFilter {
    /// Where the reader reads: requirements issued there.
    pub read: Scope,
    /// The units the reader is bound at (and those above them): requirements whose scope is one
    /// of these are published to the reader.
    pub bound_within: Vec<i64>,
    /// The tenants of the scope's roots and of the units the reader is bound at: a requirement
    /// either is in one of them (its issuer or its scope unit is there). Named for Citus, which
    /// then reads those shards only; none when the reader reads everywhere.
    pub tenants: Vec<i64>,
    /// Only those concerning this subtree: issued in it, or owing items in it.
    pub within: Option<UnitPath>,
    pub document_id: Option<i64>,
}

/// A listed requirement with its tenant, before its items are counted.
#[derive(FromRow)]
struct Found {
    #[sqlx(flatten)]
    listed: Listed,
    tenant_id: i64,
}

/// The requirements a reader sees, latest due first, at most `limit`.
pub async fn list(tx: &mut Tx, f: &RequirementFilter, today: NaiveDate, limit: i64) -> Result<Vec<Listed>, StoreError> {
    let mut w = Where::new();
    if !f.read.all {
        let issued = scope_sql(&mut w, "iu.path", &f.read);
        let ids: Vec<String> = f.bound_within.iter().map(i64::to_string).collect();
        let published = (!ids.is_empty()).then(|| format!("r.scope_unit_id IN ({})", ids.join(",")));
        match (issued, published) {
            (Some(a), Some(b)) => w.cond(format!("({a} OR {b})")),
            (Some(a), None) => w.cond(a),
            (None, Some(b)) => w.cond(b),
            (None, None) => {}
        }
        if !f.tenants.is_empty() {
            w.cond(crate::sql::in_tenants(
                tx.backend(),
                "r.tenant_id",
                f.tenants.iter().copied(),
            ));
        }
    }
    if let Some(p) = &f.within {
        let (lo, hi) = p.range();
        let (lo, hi) = (w.arg(Arg::Text(lo)), w.arg(Arg::Text(hi)));
        // An item is in its requirement's tenant. When the list is bound to one tenant, that
        // tenant is written as such: Citus routes a correlated subquery to one shard only when
        // it names its tenant as a constant.
        let item_tenant = match (tx.backend(), f.read.all, f.tenants.as_slice()) {
            (crate::Backend::Postgres, false, [one]) => one.to_string(),
            _ => "r.tenant_id".to_string(),
        };
        w.cond(format!(
            "((iu.path >= {lo} AND iu.path < {hi}) OR EXISTS (SELECT 1 FROM requirement_items x \
             WHERE x.tenant_id = {item_tenant} AND x.requirement_id = r.id AND x.unit_path >= {lo} AND x.unit_path < {hi}))"
        ));
    }
    if let Some(d) = f.document_id {
        let d = w.arg(Arg::Int(d));
        w.cond(format!("r.document_id = {d}"));
    }
    let lim = w.arg(Arg::Int(limit));
    // The items are counted by a second, grouped query rather than by subqueries per row:
    // Citus sends a statement with a correlated subquery to every shard whatever its tenant.
    let sql = format!(
        "SELECT r.id, r.tenant_id, r.issuer_unit_id, iu.name AS issuer_name, r.scope_unit_id, su.name AS scope_name, r.unit_kind, \
         r.title, r.due_on, r.meeting_month, r.document_id, d.symbol AS document_symbol, \
         CAST(0 AS BIGINT) AS items, CAST(0 AS BIGINT) AS done, CAST(0 AS BIGINT) AS late \
         FROM requirements r JOIN units iu ON iu.tenant_id = r.tenant_id AND iu.id = r.issuer_unit_id JOIN units su ON su.tenant_id = r.tenant_id AND su.id = r.scope_unit_id \
         LEFT JOIN documents d ON d.tenant_id = r.tenant_id AND d.id = r.document_id{} ORDER BY r.due_on DESC, r.id DESC LIMIT {lim}",
        w.sql()
    );
    let found: Vec<Found> = on_tx!(tx, c => bind_args!(sqlx::query_as::<_, Found>(sqlx::AssertSqlSafe(sql.as_str())), w.args).fetch_all(c).await?);
    if found.is_empty() {
        return Ok(Vec::new());
    }
    let counts = item_counts(tx, &found, f.within.as_ref(), today).await?;
    Ok(found
        .into_iter()
        .map(|r| {
            let mut l = r.listed;
            if let Some((items, done, late)) = counts.get(&l.id) {
                (l.items, l.done, l.late) = (*items, *done, *late);
            }
            l
        })
        .collect())
}

/// Per requirement of `found`: its items, done and late today — under `within` when it lies in
/// the requirement's scope, else over the whole scope (the issuing committee's page counts the
/// district it asked). One grouped query in the requirements' tenants.
async fn item_counts(
    tx: &mut Tx,
    found: &[Found],
    within: Option<&UnitPath>,
    today: NaiveDate,
) -> Result<std::collections::HashMap<i64, (i64, i64, i64)>, StoreError> {
    let mut w = Where::new();
    let t = w.arg(Arg::Date(today));
    let n: usize = t.trim_start_matches('$').parse().unwrap_or(1);
    let case = shown_sql("i.state", "r.due_on", n);
    let ids: Vec<String> = found.iter().map(|r| r.listed.id.to_string()).collect();
    w.cond(crate::sql::in_tenants(
        tx.backend(),
        "i.tenant_id",
        found.iter().map(|r| r.tenant_id),
    ));
    w.cond(format!("i.requirement_id IN ({})", ids.join(",")));
    if let Some(p) = within {
        let (lo, hi) = p.range();
        let (lo, hi) = (w.arg(Arg::Text(lo)), w.arg(Arg::Text(hi)));
        w.cond(format!(
            "(NOT ({lo} LIKE su.path || '%') OR (i.unit_path >= {lo} AND i.unit_path < {hi}))"
        ));
    }
    let sql = format!(
        "SELECT i.requirement_id, CAST(COUNT(*) AS BIGINT), \
         CAST(COALESCE(SUM(CASE WHEN ({case}) = '{done}' THEN 1 ELSE 0 END), 0) AS BIGINT), \
         CAST(COALESCE(SUM(CASE WHEN ({case}) = '{late}' THEN 1 ELSE 0 END), 0) AS BIGINT) \
         FROM requirement_items i JOIN requirements r ON r.tenant_id = i.tenant_id AND r.id = i.requirement_id \
         JOIN units su ON su.tenant_id = r.tenant_id AND su.id = r.scope_unit_id{} GROUP BY i.requirement_id",
        w.sql(),
        done = Shown::Done.as_str(),
        late = Shown::Late.as_str(),
    );
    let rows: Vec<(i64, i64, i64, i64)> =
        on_tx!(tx, c => bind_args!(sqlx::query_as(sqlx::AssertSqlSafe(sql.as_str())), w.args).fetch_all(c).await?);
    Ok(rows.into_iter().map(|(id, a, b, c)| (id, (a, b, c))).collect())
}

/// An item as listed: its unit's name and how it reads today.
#[derive(Debug, Clone, PartialEq, Serialize, FromRow, ToSchema)]
pub struct ItemRow {
    pub id: i64,
    pub requirement_id: i64,
    pub unit_id: i64,
    pub unit_name: String,
    /// The unit's path (for rights on the item).
    pub unit_path: String,
    #[sqlx(try_from = "String")]
    pub state: ItemState,
    #[sqlx(try_from = "String")]
    pub shown: Shown,
    pub done_on: Option<NaiveDate>,
    pub note: Option<String>,
    pub present: Option<i32>,
    pub expected: Option<i32>,
    pub meeting_id: Option<i64>,
    pub return_reason: Option<String>,
}

const ROW_COLS: &str = "i.id, i.requirement_id, i.unit_id, u.name AS unit_name, i.unit_path, i.state, i.done_on, i.note, \
     i.present, i.expected, i.meeting_id, i.return_reason";

/// The items of a requirement under `within`, in tree order, only those reading today as one
/// of `shown` (all when empty); at most `limit`.
pub async fn items(
    tx: &mut Tx,
    requirement_id: i64,
    within: &UnitPath,
    shown: &[Shown],
    today: NaiveDate,
    limit: i64,
) -> Result<Vec<ItemRow>, StoreError> {
    let mut w = Where::new();
    let (rid, t) = (w.arg(Arg::Int(requirement_id)), w.arg(Arg::Date(today)));
    let n: usize = t.trim_start_matches('$').parse().unwrap_or(2);
    let case = shown_sql("i.state", "r.due_on", n);
    let (lo, hi) = within.range();
    let (lo, hi) = (w.arg(Arg::Text(lo)), w.arg(Arg::Text(hi)));
    w.cond(crate::compliance::items_in(tx, requirement_id, "i.tenant_id").await?);
    w.cond(format!(
        "i.requirement_id = {rid} AND i.unit_path >= {lo} AND i.unit_path < {hi}"
    ));
    if !shown.is_empty() {
        let codes: Vec<String> = shown.iter().map(|s| w.arg(Arg::Text(s.as_str().into()))).collect();
        w.cond(format!("({case}) IN ({})", codes.join(", ")));
    }
    let lim = w.arg(Arg::Int(limit));
    let sql = format!(
        "SELECT {ROW_COLS}, {case} AS shown FROM requirement_items i JOIN requirements r ON r.tenant_id = i.tenant_id AND r.id = i.requirement_id \
         JOIN units u ON u.tenant_id = i.tenant_id AND u.id = i.unit_id{} ORDER BY i.unit_path LIMIT {lim}",
        w.sql()
    );
    Ok(
        on_tx!(tx, c => bind_args!(sqlx::query_as::<_, ItemRow>(sqlx::AssertSqlSafe(sql.as_str())), w.args).fetch_all(c).await?),
    )
}

/// One item as listed.
pub async fn item_row(tx: &mut Tx, item_id: i64, today: NaiveDate) -> Result<ItemRow, StoreError> {
    let case = shown_sql("i.state", "r.due_on", 2);
    let sql = format!(
        "SELECT {ROW_COLS}, {case} AS shown FROM requirement_items i JOIN requirements r ON r.tenant_id = i.tenant_id AND r.id = i.requirement_id \
         JOIN units u ON u.tenant_id = i.tenant_id AND u.id = i.unit_id WHERE i.id = $1"
    );
    on_tx!(tx, c => sqlx::query_as::<_, ItemRow>(sqlx::AssertSqlSafe(sql.as_str()))
        .bind(item_id).bind(today).fetch_optional(c).await?)
    .ok_or(StoreError::not_found("requirement_item", item_id))
}

/// An item a unit still owes, with its requirement.
#[derive(Debug, Clone, PartialEq, Serialize, FromRow, ToSchema)]
pub struct Owed {
    pub item_id: i64,
    pub requirement_id: i64,
    pub title: String,
    pub due_on: NaiveDate,
    pub meeting_month: Option<String>,
    pub unit_id: i64,
    pub unit_name: String,
    #[sqlx(try_from = "String")]
    pub shown: Shown,
    pub return_reason: Option<String>,
}

/// What the units under `roots` still owe (not reported, or returned), earliest due first, at
/// most `limit`.
pub async fn owed(tx: &mut Tx, roots: &[UnitPath], today: NaiveDate, limit: i64) -> Result<Vec<Owed>, StoreError> {
    if roots.is_empty() {
        return Ok(Vec::new());
    }
    let mut w = Where::new();
    let t = w.arg(Arg::Date(today));
    let n: usize = t.trim_start_matches('$').parse().unwrap_or(1);
    let case = shown_sql("i.state", "r.due_on", n);
    // By path: an item is in its requirement's tenant, which is its unit's (a requirement's
    // scope lies under its issuer). The unit is joined in that tenant, so an item returned to a
    // unit before it moved to another province (`compliance::sync_unit` keeps it in the old
    // province) is no longer listed as owed.
    let parts: Vec<String> = roots
        .iter()
        .map(|p| {
            let (lo, hi) = p.range();
            let (lo, hi) = (w.arg(Arg::Text(lo)), w.arg(Arg::Text(hi)));
            format!("(i.unit_path >= {lo} AND i.unit_path < {hi})")
        })
        .collect();
    w.cond(format!("({})", parts.join(" OR ")));
    if tx.backend() == crate::Backend::Postgres {
        // In the roots' tenants, or ones joined to them by a move (one shard on Citus).
        let tenants = crate::tenant_move::linked_all(tx, roots.iter().map(|r| r.tenant())).await?;
        w.cond(crate::sql::in_tenants(tx.backend(), "i.tenant_id", tenants));
    }
    let (p, r) = (
        w.arg(Arg::Text(ItemState::Pending.as_str().into())),
        w.arg(Arg::Text(ItemState::Returned.as_str().into())),
    );
    w.cond(format!("i.state IN ({p}, {r})"));
    let lim = w.arg(Arg::Int(limit));
    let sql = format!(
        "SELECT i.id AS item_id, r.id AS requirement_id, r.title, r.due_on, r.meeting_month, i.unit_id, u.name AS unit_name, \
         {case} AS shown, i.return_reason FROM requirement_items i JOIN requirements r ON r.tenant_id = i.tenant_id AND r.id = i.requirement_id \
         JOIN units u ON u.tenant_id = i.tenant_id AND u.id = i.unit_id{} ORDER BY r.due_on, i.unit_path LIMIT {lim}",
        w.sql()
    );
    Ok(
        on_tx!(tx, c => bind_args!(sqlx::query_as::<_, Owed>(sqlx::AssertSqlSafe(sql.as_str())), w.args).fetch_all(c).await?),
    )
}

/// A unit's recorded meetings, latest first, at most `limit`.
pub async fn meetings_of(tx: &mut Tx, unit_id: i64, limit: i64) -> Result<Vec<Meeting>, StoreError> {
    // A unit's meetings are in its tenant: found first, then read there.
    let Some(tenant) = crate::units::tenant_of(tx, unit_id).await? else {
        return Ok(Vec::new());
    };
    Ok(on_tx!(tx, c => sqlx::query_as::<_, Meeting>(
        "SELECT id, unit_id, held_on, topic, present, expected FROM unit_meetings WHERE tenant_id = $3 AND unit_id = $1
         ORDER BY held_on DESC, id DESC LIMIT $2")
        .bind(unit_id).bind(limit).bind(tenant).fetch_all(c).await?))
}

/// The requirements due on `day`.
pub async fn due_on(tx: &mut Tx, day: NaiveDate) -> Result<Vec<i64>, StoreError> {
    Ok(
        on_tx!(tx, c => sqlx::query_scalar("SELECT id FROM requirements WHERE due_on = $1 ORDER BY id")
        .bind(day).fetch_all(c).await?),
    )
}
