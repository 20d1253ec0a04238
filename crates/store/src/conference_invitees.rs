//! A conference's invitation list and roll-call: the people the audiences may invite, the rows
//! of the list, refreshes, marks, people added or removed by hand, and the roll-call counted
//! per bridge point. Every write appends its audit entry (on the conference) in the same
//! transaction. Who is invited is decided in `domain::conference_invitees`; who may change the
//! list in `app::conference_invitees`.

use std::collections::HashMap;

use chrono::{DateTime, Utc};
use domain::Valid;
use domain::conference::AudienceGroup;
use domain::conference_invitees::{Listed, Refresh, Wanted};
use domain::conference_roll_call::{Attendance, MarksInput, Tally};
use domain::person::StaffCategory;
use domain::unit::{UnitKind, UnitPath};
use serde::Serialize;
use sqlx::FromRow;
use utoipa::ToSchema;

use crate::audit::{self, Change};
use crate::db::Tx;
use crate::{StoreError, on_tx};

/// A person as the invitation rule reads them, with their unit's place.
#[derive(Debug, Clone, PartialEq, FromRow)]
pub struct Candidate {
    pub person_id: i64,
    pub unit_id: i64,
    pub unit_path: String,
    #[sqlx(try_from = "String")]
    pub unit_kind: UnitKind,
    pub parent_kind: Option<String>,
    #[sqlx(try_from = "String")]
    pub category: StaffCategory,
    pub party_member: bool,
    pub is_head: bool,
    pub position: Option<String>,
}

/// Everyone working in the subtree of `within` (one index range over `people.unit_path`).
pub async fn candidates(tx: &mut Tx, within: &UnitPath) -> Result<Vec<Candidate>, StoreError> {
    let (lo, hi) = within.range();
    Ok(on_tx!(tx, c => sqlx::query_as::<_, Candidate>(
        "SELECT p.id AS person_id, p.unit_id, p.unit_path, u.kind AS unit_kind, pu.kind AS parent_kind, p.category,
                p.party_member, p.is_head, p.position
         FROM people p JOIN units u ON u.tenant_id = p.tenant_id AND u.id = p.unit_id
         LEFT JOIN units pu ON pu.tenant_id = u.tenant_id AND pu.id = u.parent_id
         WHERE p.unit_path >= $1 AND p.unit_path < $2")
        .bind(&lo).bind(&hi).fetch_all(c).await?))
}

/// One person on a list, as the page and the API show them.
#[derive(Debug, Clone, PartialEq, Serialize, FromRow, ToSchema)]
pub struct Invitee {
    pub person_id: i64,
    pub name: String,
    pub position: Option<String>,
    /// The unit they worked in when invited.
    pub unit_id: i64,
    pub unit_name: String,
    /// Where the person works now (whose readers may see them on the list).
    #[serde(skip)]
    pub person_path: String,
    /// The bridge point they attend at, and its name; none for the main venue.
    pub point_unit_id: Option<i64>,
    pub point_name: Option<String>,
    #[sqlx(try_from = "String")]
    pub audience_group: AudienceGroup,
    #[sqlx(try_from = "String")]
    pub attendance: Attendance,
    pub absence_reason: Option<String>,
    /// Added by hand rather than generated from the audiences.
    pub by_hand: bool,
    pub marked_at: Option<DateTime<Utc>>,
}

/// The list of a conference, by bridge point (the main venue first) and given name.
pub async fn list(tx: &mut Tx, conference_id: i64) -> Result<Vec<Invitee>, StoreError> {
    Ok(on_tx!(tx, c => sqlx::query_as::<_, Invitee>(
        "SELECT i.person_id, p.name, p.position, i.unit_id, u.name AS unit_name, p.unit_path AS person_path, i.point_unit_id, pu.name AS point_name,
                i.audience_group, i.attendance, i.absence_reason, i.by_hand, i.marked_at
         FROM conference_invitees i JOIN people p ON p.tenant_id = i.tenant_id AND p.id = i.person_id
         JOIN units u ON u.tenant_id = i.tenant_id AND u.id = i.unit_id
         LEFT JOIN units pu ON pu.tenant_id = i.tenant_id AND pu.id = i.point_unit_id
         WHERE i.conference_id = $1
         ORDER BY COALESCE(i.point_unit_id, 0), p.sort_key, i.person_id")
        .bind(conference_id).fetch_all(c).await?))
}

/// One invitee of a conference, if listed.
pub async fn get(tx: &mut Tx, conference_id: i64, person_id: i64) -> Result<Option<Invitee>, StoreError> {
    Ok(on_tx!(tx, c => sqlx::query_as::<_, Invitee>(
        "SELECT i.person_id, p.name, p.position, i.unit_id, u.name AS unit_name, p.unit_path AS person_path, i.point_unit_id, pu.name AS point_name,
                i.audience_group, i.attendance, i.absence_reason, i.by_hand, i.marked_at
         FROM conference_invitees i JOIN people p ON p.tenant_id = i.tenant_id AND p.id = i.person_id
         JOIN units u ON u.tenant_id = i.tenant_id AND u.id = i.unit_id
         LEFT JOIN units pu ON pu.tenant_id = i.tenant_id AND pu.id = i.point_unit_id
         WHERE i.conference_id = $1 AND i.person_id = $2")
        .bind(conference_id).bind(person_id).fetch_optional(c).await?))
}

#[derive(FromRow)]
struct ListedRow {
    person_id: i64,
    unit_id: i64,
    point_unit_id: Option<i64>,
    #[sqlx(try_from = "String")]
    audience_group: AudienceGroup,
    #[sqlx(try_from = "String")]
    attendance: Attendance,
    by_hand: bool,
}

/// The list as a refresh compares it.
pub async fn listed(tx: &mut Tx, conference_id: i64) -> Result<Vec<Listed>, StoreError> {
    let rows = on_tx!(tx, c => sqlx::query_as::<_, ListedRow>(
        "SELECT person_id, unit_id, point_unit_id, audience_group, attendance, by_hand
         FROM conference_invitees WHERE conference_id = $1")
        .bind(conference_id).fetch_all(c).await?);
    Ok(rows
        .into_iter()
        .map(|r| Listed {
            person_id: r.person_id,
            unit_id: r.unit_id,
            point: r.point_unit_id,
            group: r.audience_group,
            attendance: r.attendance,
            by_hand: r.by_hand,
        })
        .collect())
}

/// Rows inserted by one statement (7 values each: well under both backends' bind limits).
const BATCH: usize = 500;

async fn insert(
    tx: &mut Tx,
    tenant: i64,
    conference_id: i64,
    rows: &[Wanted],
    by_hand: bool,
) -> Result<(), StoreError> {
    let now = tx.now();
    for chunk in rows.chunks(BATCH) {
        let mut sql = String::from(
            "INSERT INTO conference_invitees (tenant_id, conference_id, person_id, unit_id, point_unit_id, audience_group, by_hand, created_at) VALUES ",
        );
        for i in 0..chunk.len() {
            let b = i * 6;
            if i > 0 {
                sql.push_str(", ");
            }
            sql.push_str(&format!(
                "(${}, ${}, ${}, ${}, ${}, ${}, ${}, ${})",
                b + 1,
                b + 2,
                b + 3,
                b + 4,
                b + 5,
                b + 6,
                chunk.len() * 6 + 1,
                chunk.len() * 6 + 2
            ));
        }
        on_tx!(tx, c => {
            let mut q = sqlx::query(sqlx::AssertSqlSafe(sql.as_str()));
            for w in chunk {
                q = q.bind(tenant).bind(conference_id).bind(w.person_id).bind(w.unit_id).bind(w.point).bind(w.group.as_str());
            }
            q.bind(by_hand).bind(now).execute(c).await?.rows_affected()
        });
    }
    Ok(())
}

/// Applies a refresh worked out by `domain::conference_invitees::refresh`.
pub async fn apply_refresh(tx: &mut Tx, tenant: i64, conference_id: i64, r: &Refresh) -> Result<(), StoreError> {
    if r.is_empty() {
        return Ok(());
    }
    insert(tx, tenant, conference_id, &r.add, false).await?;
    for w in &r.update {
        on_tx!(tx, c => sqlx::query(
            "UPDATE conference_invitees SET unit_id = $1, point_unit_id = $2, audience_group = $3
             WHERE tenant_id = $4 AND conference_id = $5 AND person_id = $6 AND attendance = 'invited' AND by_hand = $7")
            .bind(w.unit_id).bind(w.point).bind(w.group.as_str()).bind(tenant).bind(conference_id).bind(w.person_id).bind(false)
            .execute(c).await?.rows_affected());
    }
    for p in &r.remove {
        on_tx!(tx, c => sqlx::query(
            "DELETE FROM conference_invitees
             WHERE tenant_id = $1 AND conference_id = $2 AND person_id = $3 AND attendance = 'invited' AND by_hand = $4")
            .bind(tenant).bind(conference_id).bind(*p).bind(false).execute(c).await?.rows_affected());
    }
    audit::record(
        tx,
        Change::new(
            tenant,
            "conference",
            conference_id,
            "invitees",
            None,
            Some(audit::json(r)),
        ),
    )
    .await
}

/// Adds one person by hand (the caller has checked the person and that they are not listed).
pub async fn add(tx: &mut Tx, tenant: i64, conference_id: i64, w: &Wanted) -> Result<Invitee, StoreError> {
    insert(tx, tenant, conference_id, std::slice::from_ref(w), true).await?;
    let after = get(tx, conference_id, w.person_id)
        .await?
        .ok_or(StoreError::not_found("invitee", w.person_id))?;
    audit::record(
        tx,
        Change::new(
            tenant,
            "conference",
            conference_id,
            "invitee_add",
            None,
            Some(audit::json(&after)),
        ),
    )
    .await?;
    Ok(after)
}

/// Removes one person from the list.
pub async fn remove(tx: &mut Tx, tenant: i64, conference_id: i64, before: &Invitee) -> Result<(), StoreError> {
    on_tx!(tx, c => sqlx::query("DELETE FROM conference_invitees WHERE tenant_id = $1 AND conference_id = $2 AND person_id = $3")
        .bind(tenant).bind(conference_id).bind(before.person_id).execute(c).await?.rows_affected());
    audit::record(
        tx,
        Change::new(
            tenant,
            "conference",
            conference_id,
            "invitee_remove",
            Some(audit::json(before)),
            None,
        ),
    )
    .await
}

/// Records the roll-call of several invitees (each listed: the caller has checked), with who
/// marked them and when; clearing a mark clears both.
pub async fn mark(
    tx: &mut Tx,
    tenant: i64,
    conference_id: i64,
    input: &Valid<MarksInput>,
) -> Result<Vec<Invitee>, StoreError> {
    let (now, user) = (tx.now(), tx.actor.user_id);
    let mut before = Vec::with_capacity(input.marks.len());
    let mut after = Vec::with_capacity(input.marks.len());
    for m in &input.marks {
        before.push(get(tx, conference_id, m.person_id).await?);
        let (by, at) = if m.mark.is_marked() {
            (user, Some(now))
        } else {
            (None, None)
        };
        on_tx!(tx, c => sqlx::query(
            "UPDATE conference_invitees SET attendance = $1, absence_reason = $2, marked_by = $3, marked_at = $4
             WHERE tenant_id = $5 AND conference_id = $6 AND person_id = $7")
            .bind(m.mark.as_str()).bind(&m.absence_reason).bind(by).bind(at).bind(tenant).bind(conference_id)
            .bind(m.person_id).execute(c).await?.rows_affected());
        after.push(
            get(tx, conference_id, m.person_id)
                .await?
                .ok_or(StoreError::not_found("invitee", m.person_id))?,
        );
    }
    audit::record(
        tx,
        Change::updated(tenant, "conference", conference_id, "roll_call", &before, &after),
    )
    .await?;
    Ok(after)
}

/// The roll-call counted per place: bridge point unit id (`None`: the main venue) → tally.
pub async fn tallies(tx: &mut Tx, conference_id: i64) -> Result<HashMap<Option<i64>, Tally>, StoreError> {
    let rows: Vec<(Option<i64>, String, i64)> = on_tx!(tx, c => sqlx::query_as(
        "SELECT point_unit_id, attendance, COUNT(*) FROM conference_invitees WHERE conference_id = $1
         GROUP BY point_unit_id, attendance")
        .bind(conference_id).fetch_all(c).await?);
    let mut out: HashMap<Option<i64>, Tally> = HashMap::new();
    for (point, a, n) in rows {
        if let Some(a) = Attendance::parse(&a) {
            out.entry(point).or_default().add(a, n);
        }
    }
    Ok(out)
}
