//! Compliance requirements and their check items, and units' regular meetings.
//!
//! A requirement's items are generated in one `INSERT … SELECT` over the scope's path range
//! (every unit of the kind under the scope unit), and kept current when a unit is added or moved
//! ([`sync_unit`]): a unit that enters a scope gets its item, an item not yet reported of a unit
//! that left is removed (a report made stays, as history). How an item reads on a day is the
//! domain's rule (`domain::compliance::shown_sql`); the summary counts it per child unit of any
//! subtree through `unit_ancestors`, so a drill-down is one grouped query.

use chrono::{DateTime, NaiveDate, Utc};
use domain::compliance::{DoneInput, ItemState, MeetingInput, RequirementInput, ReviewInput, Shown, shown_sql};
use domain::unit::{UnitKind, UnitPath};
use domain::{ErrorCode, FieldError, Valid};
use serde::Serialize;
use sqlx::FromRow;
use utoipa::ToSchema;

use crate::audit::{self, Change};
use crate::db::Tx;
use crate::{StoreError, on_tx};

#[derive(Debug, Clone, PartialEq, Serialize, FromRow, ToSchema)]
pub struct Requirement {
    pub id: i64,
    pub tenant_id: i64,
    pub issuer_unit_id: i64,
    pub scope_unit_id: i64,
    #[sqlx(try_from = "String")]
    pub unit_kind: UnitKind,
    pub title: String,
    pub due_on: NaiveDate,
    /// `2023-10` when it must be done in that month's meeting.
    pub meeting_month: Option<String>,
    pub task_id: Option<i64>,
    /// The document it comes from.
    pub document_id: Option<i64>,
    pub created_at: DateTime<Utc>,
}

#[derive(Debug, Clone, PartialEq, Serialize, FromRow, ToSchema)]
pub struct Item {
    pub id: i64,
    pub requirement_id: i64,
    pub unit_id: i64,
    #[sqlx(try_from = "String")]
    pub state: ItemState,
    pub done_on: Option<NaiveDate>,
    pub note: Option<String>,
    pub present: Option<i32>,
    pub expected: Option<i32>,
    pub meeting_id: Option<i64>,
    pub return_reason: Option<String>,
    pub updated_at: DateTime<Utc>,
}

#[derive(Debug, Clone, PartialEq, Serialize, FromRow, ToSchema)]
pub struct Meeting {
    pub id: i64,
    pub unit_id: i64,
    pub held_on: NaiveDate,
    pub topic: String,
    pub present: i32,
    pub expected: i32,
}

pub(crate) const REQ_COLS: &str = "id, tenant_id, issuer_unit_id, scope_unit_id, unit_kind, title, due_on, meeting_month, task_id, \
     document_id, created_at";
pub(crate) const ITEM_COLS: &str =
    "id, requirement_id, unit_id, state, done_on, note, present, expected, meeting_id, return_reason, updated_at";

fn empty_target(kind: UnitKind) -> StoreError {
    StoreError::Invalid(FieldError::invalid(
        "unit_kind",
        format!(
            "Không có đơn vị loại “{}” nào trong phạm vi đã chọn; yêu cầu không có ai phải thực hiện.",
            kind.label_vi()
        ),
        format!("No unit of kind “{}” lies within the unit chosen.", kind.label_en()),
    ))
}

/// Creates a requirement and one item per unit of its kind under its scope unit. A
/// requirement nobody would have to meet is refused.
pub async fn create(
    tx: &mut Tx,
    input: &Valid<RequirementInput>,
    scope: &UnitPath,
    tenant_id: i64,
) -> Result<(Requirement, u64), StoreError> {
    let now = tx.now();
    let user = tx.actor.user_id;
    let month = input.meeting_month.map(|m| format!("{:04}-{:02}", m.year, m.month));
    let id: i64 = on_tx!(tx, c => sqlx::query_scalar(
        "INSERT INTO requirements (tenant_id, issuer_unit_id, scope_unit_id, unit_kind, title, due_on, meeting_month, task_id, created_by, created_at, document_id)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11) RETURNING id")
        .bind(tenant_id).bind(input.issuer_unit_id).bind(input.scope_unit_id).bind(input.unit_kind.as_str())
        .bind(&input.title).bind(input.due_on).bind(&month).bind(input.task_id).bind(user).bind(now).bind(input.document_id)
        .fetch_one(c).await?);
    let (lo, hi) = scope.range();
    let made = on_tx!(tx, c => sqlx::query(
        "INSERT INTO requirement_items (tenant_id, requirement_id, unit_id, unit_path, state, updated_at)
         SELECT $7, $1, u.id, u.path, $2, $3 FROM units u WHERE u.path >= $4 AND u.path < $5 AND u.kind = $6")
        .bind(id).bind(ItemState::Pending.as_str()).bind(now).bind(lo).bind(hi).bind(input.unit_kind.as_str()).bind(tenant_id)
        .execute(c).await?.rows_affected());
    if made == 0 {
        return Err(empty_target(input.unit_kind));
    }
    let r = get(tx, id).await?;
    audit::record(
        tx,
        Change::new(
            r.tenant_id,
            "requirement",
            id,
            "create",
            None,
            Some(audit::with(&r, "items", &made)),
        ),
    )
    .await?;
    Ok((r, made))
}

pub async fn get(tx: &mut Tx, id: i64) -> Result<Requirement, StoreError> {
    crate::own_tenants::one_by_id::<Requirement>(tx, "tenant_id", id, |cond| {
        format!("SELECT {REQ_COLS} FROM requirements WHERE id = $1{cond}")
    })
    .await?
    .ok_or(StoreError::not_found("requirement", id))
}

/// Where a requirement's items lie, as a condition on `col`: its tenant, or one joined to it
/// by a move (an item is written in its requirement's tenant); false for no such requirement.
pub(crate) async fn items_in(tx: &mut Tx, requirement_id: i64, col: &str) -> Result<String, StoreError> {
    let tenants = match get(tx, requirement_id).await {
        Ok(r) => crate::tenant_move::linked(tx, r.tenant_id).await?,
        Err(StoreError::NotFound { .. }) => Vec::new(),
        Err(e) => return Err(e),
    };
    Ok(crate::sql::in_tenants(tx.backend(), col, tenants))
}

pub async fn item(tx: &mut Tx, id: i64) -> Result<Item, StoreError> {
    crate::own_tenants::one_by_id::<Item>(tx, "tenant_id", id, |cond| {
        format!("SELECT {ITEM_COLS} FROM requirement_items WHERE id = $1{cond}")
    })
    .await?
    .ok_or(StoreError::not_found("requirement_item", id))
}

/// The items of units under `within` (a subtree), in path order, at most `limit`.
pub async fn items_within(
    tx: &mut Tx,
    requirement_id: i64,
    within: &UnitPath,
    limit: i64,
) -> Result<Vec<Item>, StoreError> {
    let (lo, hi) = within.range();
    let items_in = items_in(tx, requirement_id, "tenant_id").await?;
    let sql = format!(
        "SELECT {ITEM_COLS} FROM requirement_items WHERE {items_in} AND requirement_id = $1 AND unit_path >= $2 AND unit_path < $3 ORDER BY unit_path LIMIT $4"
    );
    Ok(
        on_tx!(tx, c => sqlx::query_as::<_, Item>(sqlx::AssertSqlSafe(sql.as_str()))
        .bind(requirement_id).bind(lo).bind(hi).bind(limit).fetch_all(c).await?),
    )
}

/// Counts of one part of a drill-down.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, ToSchema)]
pub struct Counts {
    pub done: i64,
    pub pending: i64,
    pub late: i64,
    pub returned: i64,
}

impl Counts {
    pub fn total(&self) -> i64 {
        self.done + self.pending + self.late + self.returned
    }

    fn add(&mut self, shown: Shown, n: i64) {
        match shown {
            Shown::Done => self.done += n,
            Shown::Pending => self.pending += n,
            Shown::Late => self.late += n,
            Shown::Returned => self.returned += n,
        }
    }
}

/// The live list of a requirement under `unit_id`: the totals, and the counts per child unit
/// through which the items are reached (the drill-down: wards of a district, cells of a ward).
pub async fn summary(
    tx: &mut Tx,
    requirement_id: i64,
    unit_id: i64,
    today: NaiveDate,
) -> Result<(Counts, Vec<(i64, Counts)>), StoreError> {
    let case = shown_sql("i.state", "r.due_on", 3);
    let within = items_in(tx, requirement_id, "i.tenant_id").await?;
    let sql = format!(
        "SELECT a.child_id, {case} AS shown, COUNT(*) FROM requirement_items i
         JOIN requirements r ON r.tenant_id = i.tenant_id AND r.id = i.requirement_id
         JOIN unit_ancestors a ON a.tenant_id = i.tenant_id AND a.unit_id = i.unit_id AND a.anc_id = $2
         WHERE {within} AND i.requirement_id = $1 AND i.unit_id <> $2 GROUP BY a.child_id, shown"
    );
    let rows: Vec<(i64, String, i64)> = on_tx!(tx, c => sqlx::query_as(sqlx::AssertSqlSafe(sql.as_str()))
        .bind(requirement_id).bind(unit_id).bind(today).fetch_all(c).await?);
    let mut total = Counts::default();
    let mut by_child: Vec<(i64, Counts)> = Vec::new();
    for (child, shown, n) in rows {
        let shown = Shown::parse(&shown).unwrap_or(Shown::Pending);
        total.add(shown, n);
        match by_child.iter_mut().find(|(c, _)| *c == child) {
            Some((_, counts)) => counts.add(shown, n),
            None => {
                let mut counts = Counts::default();
                counts.add(shown, n);
                by_child.push((child, counts));
            }
        }
    }
    // The unit's own item (a requirement on the unit itself) is not reached through a child
    // (`unit_ancestors` also holds each unit as its own ancestor: left out above).
    let own: Option<String> = on_tx!(tx, c => sqlx::query_scalar(sqlx::AssertSqlSafe(format!(
        "SELECT {case} FROM requirement_items i JOIN requirements r ON r.tenant_id = i.tenant_id AND r.id = i.requirement_id
         WHERE {within} AND i.requirement_id = $1 AND i.unit_id = $2")))
        .bind(requirement_id).bind(unit_id).bind(today).fetch_optional(c).await?);
    if let Some(s) = own {
        total.add(Shown::parse(&s).unwrap_or(Shown::Pending), 1);
    }
    Ok((total, by_child))
}

/// The units whose items are not done (pending, late or returned), for a reminder.
pub async fn not_done_units(tx: &mut Tx, requirement_id: i64) -> Result<Vec<i64>, StoreError> {
    let within = items_in(tx, requirement_id, "tenant_id").await?;
    let sql = format!(
        "SELECT unit_id FROM requirement_items WHERE {within} AND requirement_id = $1 AND state IN ($2, $3) ORDER BY unit_path"
    );
    Ok(on_tx!(tx, c => sqlx::query_scalar(sqlx::AssertSqlSafe(sql.as_str()))
        .bind(requirement_id).bind(ItemState::Pending.as_str()).bind(ItemState::Returned.as_str()).fetch_all(c).await?))
}

/// Records a unit's report that the item is done (from pending or returned).
pub async fn report_done(tx: &mut Tx, before: &Item, input: &Valid<DoneInput>) -> Result<Item, StoreError> {
    if !matches!(before.state, ItemState::Pending | ItemState::Returned) {
        return Err(StoreError::Conflict(FieldError::new(
            "done_on",
            ErrorCode::AlreadyAnswered,
            "Đơn vị đã báo cáo hoàn thành yêu cầu này.",
            "This unit has already reported it done.",
        )));
    }
    let now = tx.now();
    let user = tx.actor.user_id;
    // The item's tenant first: the update then goes to its one shard on Citus.
    let tenant = audit::tenant_of(tx, "requirement_items", before.id).await?;
    let (present, expected) = input
        .attendance
        .map_or((None, None), |a| (Some(a.present), Some(a.expected)));
    on_tx!(tx, c => sqlx::query(
        "UPDATE requirement_items SET state = $1, done_on = $2, note = $3, present = $4, expected = $5, meeting_id = $6,
         return_reason = NULL, reported_by = $7, updated_at = $8 WHERE tenant_id = $10 AND id = $9")
        .bind(ItemState::Reported.as_str()).bind(input.done_on).bind(&input.note).bind(present).bind(expected)
        .bind(input.meeting_id).bind(user).bind(now).bind(before.id).bind(tenant).execute(c).await?.rows_affected());
    let after = item(tx, before.id).await?;
    audit::record(
        tx,
        Change::updated(tenant, "requirement_item", before.id, "report_done", before, &after),
    )
    .await?;
    Ok(after)
}

/// The assigning office accepts a report or returns it with a reason.
pub async fn review(tx: &mut Tx, before: &Item, input: &Valid<ReviewInput>) -> Result<Item, StoreError> {
    if before.state != ItemState::Reported {
        return Err(StoreError::Conflict(FieldError::new(
            "accept",
            ErrorCode::AlreadyDecided,
            "Chỉ xác nhận hoặc trả lại báo cáo đang chờ xác nhận.",
            "Only a report awaiting acceptance can be accepted or returned.",
        )));
    }
    let state = if input.accept {
        ItemState::Accepted
    } else {
        ItemState::Returned
    };
    let tenant = audit::tenant_of(tx, "requirement_items", before.id).await?;
    let now = tx.now();
    let user = tx.actor.user_id;
    on_tx!(tx, c => sqlx::query(
        "UPDATE requirement_items SET state = $1, return_reason = $2, reviewed_by = $3, updated_at = $4 WHERE tenant_id = $6 AND id = $5")
        .bind(state.as_str()).bind(&input.reason).bind(user).bind(now).bind(before.id).bind(tenant).execute(c).await?.rows_affected());
    let after = item(tx, before.id).await?;
    audit::record(
        tx,
        Change::updated(tenant, "requirement_item", before.id, "review", before, &after),
    )
    .await?;
    Ok(after)
}

/// Keeps every requirement's items current for a unit just created or moved: an item where it
/// now falls in a scope (of its kind), its path updated, and an unreported item removed where it
/// no longer does.
pub async fn sync_unit(tx: &mut Tx, unit_id: i64) -> Result<(), StoreError> {
    let now = tx.now();
    // The unit and the units whose subtree holds it are read first and passed as values: a
    // requirement's scope may be another province's unit, and Citus cannot join distributed
    // tables off the tenant column.
    let unit: Option<(String, String)> = crate::own_tenants::one_by_id(tx, "tenant_id", unit_id, |cond| {
        format!("SELECT path, kind FROM units WHERE id = $1{cond}")
    })
    .await?;
    let Some((path, kind)) = unit else {
        return Ok(());
    };
    // The units whose subtree holds it are the ids of its path (itself and its ancestors):
    // integers from our own row, inlined (never empty: the unit holds itself).
    let holders = UnitPath::parse(&path).map(|p| p.ids()).unwrap_or_else(|| vec![unit_id]);
    let holders = holders.iter().map(i64::to_string).collect::<Vec<_>>().join(",");
    on_tx!(tx, c => sqlx::query("UPDATE requirement_items SET unit_path = $2 WHERE unit_id = $1")
        .bind(unit_id).bind(&path).execute(c).await?.rows_affected());
    // Unreported items of requirements whose scope no longer holds the unit.
    let sql = format!(
        "DELETE FROM requirement_items WHERE unit_id = $1 AND state = $2 AND requirement_id IN (
            SELECT id FROM requirements WHERE scope_unit_id NOT IN ({holders}) OR unit_kind <> $3)"
    );
    on_tx!(tx, c => sqlx::query(sqlx::AssertSqlSafe(sql.as_str()))
        .bind(unit_id).bind(ItemState::Pending.as_str()).bind(&kind).execute(c).await?.rows_affected());
    let sql = format!(
        "INSERT INTO requirement_items (tenant_id, requirement_id, unit_id, unit_path, state, updated_at)
         SELECT r.tenant_id, r.id, $1, $4, $2, $3 FROM requirements r
         WHERE r.scope_unit_id IN ({holders}) AND r.unit_kind = $5
           AND NOT EXISTS (SELECT 1 FROM requirement_items x
                           WHERE x.tenant_id = r.tenant_id AND x.requirement_id = r.id AND x.unit_id = $1)"
    );
    on_tx!(tx, c => sqlx::query(sqlx::AssertSqlSafe(sql.as_str()))
        .bind(unit_id).bind(ItemState::Pending.as_str()).bind(now).bind(&path).bind(&kind)
        .execute(c).await?.rows_affected());
    Ok(())
}

/// [`sync_unit`] for a unit and every unit under it (after a move).
pub async fn sync_subtree(tx: &mut Tx, unit_id: i64) -> Result<(), StoreError> {
    let path: String = on_tx!(tx, c => sqlx::query_scalar("SELECT path FROM units WHERE id = $1")
        .bind(unit_id).fetch_one(c).await?);
    let Some(p) = UnitPath::parse(&path) else {
        return Ok(());
    };
    let (lo, hi) = p.range();
    let ids: Vec<i64> = on_tx!(tx, c => sqlx::query_scalar("SELECT id FROM units WHERE path >= $1 AND path < $2")
        .bind(lo).bind(hi).fetch_all(c).await?);
    for id in ids {
        sync_unit(tx, id).await?;
    }
    Ok(())
}

/// Records a unit's regular meeting.
pub async fn record_meeting(tx: &mut Tx, input: &Valid<MeetingInput>, tenant_id: i64) -> Result<Meeting, StoreError> {
    let now = tx.now();
    let user = tx.actor.user_id;
    let id: i64 = on_tx!(tx, c => sqlx::query_scalar(
        "INSERT INTO unit_meetings (tenant_id, unit_id, held_on, topic, present, expected, entered_by, created_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id")
        .bind(tenant_id).bind(input.unit_id).bind(input.held_on).bind(&input.topic)
        .bind(input.attendance.present).bind(input.attendance.expected).bind(user).bind(now).fetch_one(c).await?);
    let m = meeting(tx, id).await?;
    audit::record(tx, Change::created(tenant_id, "unit_meeting", id, &m)).await?;
    Ok(m)
}

pub async fn meeting(tx: &mut Tx, id: i64) -> Result<Meeting, StoreError> {
    crate::own_tenants::one_by_id::<Meeting>(tx, "tenant_id", id, |cond| {
        format!("SELECT id, unit_id, held_on, topic, present, expected FROM unit_meetings WHERE id = $1{cond}")
    })
    .await?
    .ok_or(StoreError::not_found("unit_meeting", id))
}
