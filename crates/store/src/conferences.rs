//! Conferences, their documents, audiences and bridge points, their series, and the conclusion
//! notices imported from them. Every write is audited with the whole conference as it stands.

use chrono::{DateTime, NaiveDate, NaiveTime, Utc};
use domain::Valid;
use domain::conference::{
    AttendanceInput, Audience, AudienceGroup, ConferenceFormat, ConferenceInput, ConferenceKind, SeriesInput,
};
use domain::conference_roll_call::{CountSource, Tally, shown};
use domain::unit::UnitPath;
use serde::Serialize;
use sqlx::FromRow;
use utoipa::ToSchema;

use crate::audit::{self, Change};
use crate::db::Tx;
use crate::{StoreError, on_tx};

#[derive(Debug, Clone, PartialEq, Serialize, FromRow, ToSchema)]
pub struct Conference {
    pub id: i64,
    pub tenant_id: i64,
    pub host_unit_id: i64,
    pub series_id: Option<i64>,
    #[sqlx(try_from = "String")]
    pub kind: ConferenceKind,
    pub title: String,
    pub starts_on: NaiveDate,
    /// "08:00".
    pub starts_at: Option<String>,
    #[sqlx(try_from = "String")]
    pub format: ConferenceFormat,
    pub venue: Option<String>,
    pub venue_expected: Option<i32>,
    pub venue_present: Option<i32>,
    pub version: i64,
    pub created_at: DateTime<Utc>,
}

/// A bridge point with its unit's name, the counts reported there and the roll-call of the
/// people invited there.
#[derive(Debug, Clone, PartialEq, Serialize, FromRow, ToSchema)]
pub struct Point {
    pub unit_id: i64,
    pub unit_name: String,
    /// As reported (by the point or the host).
    pub expected: Option<i32>,
    pub present: Option<i32>,
    /// The roll-call of the point's invitees, when the point has any.
    #[sqlx(skip)]
    pub marks: Option<Tally>,
}

impl Point {
    /// The counts shown (`domain::conference_invitees::shown`): the marks once anyone is
    /// marked, else the numbers reported; and which of the two.
    pub fn shown(&self) -> (Option<i64>, Option<i64>, CountSource) {
        shown(self.present, self.expected, self.marks.as_ref())
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, FromRow, ToSchema)]
pub struct Series {
    pub id: i64,
    pub tenant_id: i64,
    pub host_unit_id: i64,
    pub title: String,
}

/// A conference with everything it names.
#[derive(Debug, Clone, PartialEq, Serialize, ToSchema)]
pub struct Full {
    pub conference: Conference,
    pub document_ids: Vec<i64>,
    pub audiences: Vec<Audience>,
    pub points: Vec<Point>,
    /// The conclusion notices imported as plans (their tasks follow the conference up).
    pub conclusion_ids: Vec<i64>,
}

/// Totals over a conference's bridge points.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, ToSchema)]
pub struct Totals {
    pub points: i64,
    /// Points whose attendance is reported.
    pub reported: i64,
    pub present: i64,
    pub expected: i64,
}

impl Full {
    /// The counts of the bridge points reported (or marked), and of the main venue once counted.
    pub fn totals(&self) -> Totals {
        let mut t = Totals {
            points: self.points.len() as i64,
            ..Totals::default()
        };
        let c = &self.conference;
        if let Some(n) = c.venue_present {
            t.present += i64::from(n);
            t.expected += i64::from(c.venue_expected.unwrap_or(n));
        }
        for p in &self.points {
            if let (Some(n), expected, _) = p.shown() {
                t.reported += 1;
                t.present += n;
                t.expected += expected.unwrap_or(n);
            }
        }
        t
    }
}

const COLS: &str = "id, tenant_id, host_unit_id, series_id, kind, title, starts_on, starts_at, format, venue, venue_expected, venue_present, version, created_at";

fn time_text(t: Option<NaiveTime>) -> Option<String> {
    t.map(|t| t.format("%H:%M").to_string())
}

pub async fn get(tx: &mut Tx, id: i64) -> Result<Conference, StoreError> {
    crate::own_tenants::one_by_id::<Conference>(tx, "tenant_id", id, |cond| {
        format!("SELECT {COLS} FROM conferences WHERE id = $1{cond}")
    })
    .await?
    .ok_or(StoreError::not_found("conference", id))
}

/// The conference with its documents, audiences, bridge points (in the order entered) and
/// conclusions.
pub async fn full(tx: &mut Tx, id: i64) -> Result<Full, StoreError> {
    let conference = get(tx, id).await?;
    let tenant = conference.tenant_id;
    let document_ids: Vec<i64> = on_tx!(tx, c => sqlx::query_scalar(
        "SELECT document_id FROM conference_documents WHERE tenant_id = $2 AND conference_id = $1 ORDER BY document_id")
        .bind(id).bind(tenant).fetch_all(c).await?);
    let rows: Vec<(String, Option<String>)> = on_tx!(tx, c => sqlx::query_as(
        "SELECT audience_group, note FROM conference_audiences WHERE tenant_id = $2 AND conference_id = $1 ORDER BY position")
        .bind(id).bind(tenant).fetch_all(c).await?);
    let audiences = rows
        .into_iter()
        .filter_map(|(g, note)| AudienceGroup::parse(&g).map(|group| Audience { group, note }))
        .collect();
    let mut points = on_tx!(tx, c => sqlx::query_as::<_, Point>(
        "SELECT p.unit_id, u.name AS unit_name, p.expected, p.present FROM conference_points p
         JOIN units u ON u.tenant_id = p.tenant_id AND u.id = p.unit_id WHERE p.tenant_id = $2 AND p.conference_id = $1
         ORDER BY p.position")
        .bind(id).bind(tenant).fetch_all(c).await?);
    let tallies = crate::conference_invitees::tallies(tx, tenant, id).await?;
    for p in &mut points {
        p.marks = tallies.get(&Some(p.unit_id)).copied();
    }
    let conclusion_ids: Vec<i64> = on_tx!(tx, c => sqlx::query_scalar(
        "SELECT document_id FROM conference_conclusions WHERE tenant_id = $2 AND conference_id = $1 ORDER BY document_id")
        .bind(id).bind(tenant).fetch_all(c).await?);
    Ok(Full {
        conference,
        document_ids,
        audiences,
        points,
        conclusion_ids,
    })
}

/// Writes what a conference names (documents, audiences, bridge points), replacing what it
/// named before.
async fn write_parts(tx: &mut Tx, id: i64, tenant: i64, input: &ConferenceInput) -> Result<(), StoreError> {
    let now = tx.now();
    on_tx!(tx, c => {
        for table in ["conference_documents", "conference_audiences", "conference_points"] {
            let sql = format!("DELETE FROM {table} WHERE tenant_id = $2 AND conference_id = $1");
            sqlx::query(sqlx::AssertSqlSafe(sql.as_str())).bind(id).bind(tenant).execute(&mut *c).await?.rows_affected();
        }
        for d in &input.document_ids {
            sqlx::query("INSERT INTO conference_documents (tenant_id, conference_id, document_id) VALUES ($1, $2, $3)")
                .bind(tenant).bind(id).bind(*d).execute(&mut *c).await?.rows_affected();
        }
        for (i, a) in input.audiences.iter().enumerate() {
            sqlx::query("INSERT INTO conference_audiences (tenant_id, conference_id, position, audience_group, note) VALUES ($1, $2, $3, $4, $5)")
                .bind(tenant).bind(id).bind(i as i32).bind(a.group.as_str()).bind(&a.note).execute(&mut *c).await?.rows_affected();
        }
        for (i, p) in input.bridge_points.iter().enumerate() {
            sqlx::query("INSERT INTO conference_points (tenant_id, conference_id, unit_id, position, expected, present, updated_at)
                         VALUES ($1, $2, $3, $4, $5, $6, $7)")
                .bind(tenant).bind(id).bind(p.unit_id).bind(i as i32).bind(p.expected).bind(p.present).bind(now)
                .execute(&mut *c).await?.rows_affected();
        }
    });
    let named = crate::documents::get_many(tx, &input.document_ids).await?;
    for d in named.values() {
        crate::citers::note(tx, d.id, d.tenant_id, tenant).await?;
    }
    Ok(())
}

/// Creates a conference held by the unit at `host`.
pub async fn create(
    tx: &mut Tx,
    input: &Valid<ConferenceInput>,
    host: &UnitPath,
    tenant: i64,
) -> Result<Full, StoreError> {
    let now = tx.now();
    let user = tx.actor.user_id;
    let id: i64 = on_tx!(tx, c => sqlx::query_scalar(
        "INSERT INTO conferences (tenant_id, host_unit_id, host_path, series_id, kind, title, starts_on, starts_at, format, venue,
                                  venue_expected, venue_present, created_by, created_at, updated_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $14) RETURNING id")
        .bind(tenant).bind(input.host_unit_id).bind(host.as_str()).bind(input.series_id).bind(input.kind.as_str())
        .bind(&input.title).bind(input.starts_on).bind(time_text(input.starts_at)).bind(input.format.as_str())
        .bind(&input.venue).bind(input.venue_expected).bind(input.venue_present).bind(user).bind(now).fetch_one(c).await?);
    write_parts(tx, id, tenant, input).await?;
    let after = full(tx, id).await?;
    audit::record(tx, Change::created(tenant, "conference", id, &after)).await?;
    Ok(after)
}

/// Replaces a conference as edited, claiming the version the editor read.
pub async fn update(
    tx: &mut Tx,
    id: i64,
    version: i64,
    input: &Valid<ConferenceInput>,
    host: &UnitPath,
    tenant: i64,
) -> Result<Full, StoreError> {
    let before = full(tx, id).await?;
    crate::version::claim(tx, "conference", before.conference.tenant_id, id, version).await?;
    StoreError::same_tenant("host_unit_id", before.conference.tenant_id, tenant)?;
    on_tx!(tx, c => sqlx::query(
        "UPDATE conferences SET host_unit_id = $2, host_path = $3, series_id = $4, kind = $5, title = $6,
                starts_on = $7, starts_at = $8, format = $9, venue = $10, venue_expected = $11, venue_present = $12
         WHERE tenant_id = $1 AND id = $13")
        .bind(tenant).bind(input.host_unit_id).bind(host.as_str()).bind(input.series_id).bind(input.kind.as_str())
        .bind(&input.title).bind(input.starts_on).bind(time_text(input.starts_at)).bind(input.format.as_str())
        .bind(&input.venue).bind(input.venue_expected).bind(input.venue_present).bind(id).execute(c).await?.rows_affected());
    write_parts(tx, id, tenant, input).await?;
    let after = full(tx, id).await?;
    audit::record(tx, Change::updated(tenant, "conference", id, "update", &before, &after)).await?;
    Ok(after)
}

/// Records the counts reported at bridge points (each named point must be one of the
/// conference's: the caller checks that).
pub async fn record_attendance(tx: &mut Tx, id: i64, input: &Valid<AttendanceInput>) -> Result<Full, StoreError> {
    let before = full(tx, id).await?;
    let (now, user) = (tx.now(), tx.actor.user_id);
    for p in &input.points {
        on_tx!(tx, c => sqlx::query(
            "UPDATE conference_points SET present = $1, expected = COALESCE($2, expected), reported_by = $3, updated_at = $4
             WHERE tenant_id = $7 AND conference_id = $5 AND unit_id = $6")
            .bind(p.present).bind(p.expected).bind(user).bind(now).bind(id).bind(p.unit_id).bind(before.conference.tenant_id)
            .execute(c).await?.rows_affected());
    }
    let after = full(tx, id).await?;
    audit::record(
        tx,
        Change::updated(
            before.conference.tenant_id,
            "conference",
            id,
            "attendance",
            &before.points,
            &after.points,
        ),
    )
    .await?;
    Ok(after)
}

/// Links an imported conclusion notice to its conference.
pub async fn link_conclusion(tx: &mut Tx, id: i64, document_id: i64) -> Result<(), StoreError> {
    let c = get(tx, id).await?;
    let doc = crate::documents::get(tx, document_id).await?;
    let now = tx.now();
    on_tx!(tx, cx => sqlx::query(
        "INSERT INTO conference_conclusions (tenant_id, conference_id, document_id, created_at) VALUES ($1, $2, $3, $4)")
        .bind(c.tenant_id).bind(id).bind(document_id).bind(now).execute(cx).await?.rows_affected());
    crate::citers::note(tx, doc.id, doc.tenant_id, c.tenant_id).await?;
    audit::record(
        tx,
        Change::new(
            c.tenant_id,
            "conference",
            id,
            "conclusion",
            None,
            Some(serde_json::json!({"document_id": document_id})),
        ),
    )
    .await
}

pub async fn create_series(tx: &mut Tx, input: &Valid<SeriesInput>, tenant: i64) -> Result<Series, StoreError> {
    let (now, user) = (tx.now(), tx.actor.user_id);
    let id: i64 = on_tx!(tx, c => sqlx::query_scalar(
        "INSERT INTO conference_series (tenant_id, host_unit_id, title, created_by, created_at) VALUES ($1, $2, $3, $4, $5) RETURNING id")
        .bind(tenant).bind(input.host_unit_id).bind(&input.title).bind(user).bind(now).fetch_one(c).await?);
    let s = series(tx, id).await?;
    audit::record(tx, Change::created(tenant, "conference_series", id, &s)).await?;
    Ok(s)
}

pub async fn series(tx: &mut Tx, id: i64) -> Result<Series, StoreError> {
    crate::own_tenants::one_by_id::<Series>(tx, "tenant_id", id, |cond| {
        format!("SELECT id, tenant_id, host_unit_id, title FROM conference_series WHERE id = $1{cond}")
    })
    .await?
    .ok_or(StoreError::not_found("conference_series", id))
}

/// The series a unit holds, newest first.
pub async fn series_of(tx: &mut Tx, host_unit_id: i64) -> Result<Vec<Series>, StoreError> {
    // A series is in its host's tenant (one shard on Citus); none for no such unit.
    let Some(tenant) = crate::units::tenant_of(tx, host_unit_id).await? else {
        return Ok(Vec::new());
    };
    Ok(on_tx!(tx, c => sqlx::query_as::<_, Series>(
        "SELECT id, tenant_id, host_unit_id, title FROM conference_series WHERE tenant_id = $2 AND host_unit_id = $1 ORDER BY id DESC")
        .bind(host_unit_id).bind(tenant).fetch_all(c).await?))
}

/// Which conferences a list asks for.
#[derive(Debug, Clone, Default)]
pub struct Filter {
    /// Held by a unit in this subtree, or reaching a bridge point in it.
    pub within: Option<UnitPath>,
    /// Disseminating this document, or concluded by it.
    pub document_id: Option<i64>,
    pub series_id: Option<i64>,
}

/// The ids of conferences matching `f`, latest first, at most `limit`.
pub async fn ids(tx: &mut Tx, f: &Filter, limit: i64) -> Result<Vec<i64>, StoreError> {
    let mut w = crate::sql::Where::new();
    if let Some(p) = &f.within {
        let (lo, hi) = p.range();
        let (lo, hi) = (w.arg(crate::sql::Arg::Text(lo)), w.arg(crate::sql::Arg::Text(hi)));
        // Held in the subtree, or with a bridge point there (a point's unit is joined in its
        // conference's tenant): either way in the subtree's tenant, named for Citus.
        let t = w.arg(crate::sql::Arg::Int(p.tenant()));
        let (ct, pt) = (
            crate::sql::tenant_col(tx.backend(), "c.tenant_id"),
            crate::sql::tenant_col(tx.backend(), "p.tenant_id"),
        );
        w.cond(format!(
            "{ct} = {t} AND ((c.host_path >= {lo} AND c.host_path < {hi}) OR c.id IN (SELECT p.conference_id FROM conference_points p
               JOIN units u ON u.tenant_id = p.tenant_id AND u.id = p.unit_id WHERE {pt} = {t} AND u.path >= {lo} AND u.path < {hi}))"
        ));
    }
    if let Some(d) = f.document_id {
        // The conferences naming a document lie where the rows naming it do (`citers`): its
        // own tenant but for a few; none for a document that does not exist.
        let tenants = match crate::documents::tenant_of(tx, d).await? {
            Some(t) => crate::citers::of(tx, &[(d, t)]).await?,
            None => Vec::new(),
        };
        let (c_in, x_in) = (
            crate::sql::in_tenants(tx.backend(), "c.tenant_id", tenants.iter().copied()),
            crate::sql::in_tenants(tx.backend(), "x.tenant_id", tenants.iter().copied()),
        );
        w.cond(c_in);
        let d = w.arg(crate::sql::Arg::Int(d));
        // A conference's documents and conclusions are in its own tenant: joined on it, each
        // shard answers for itself (Citus pushes the whole statement down to the shards, where
        // `c.id IN (SELECT …)` without the tenant is planned as two subplans first). The
        // subqueries name the tenants as constants too: only so does Citus route them to one.
        w.cond(format!(
            "(EXISTS (SELECT 1 FROM conference_documents x WHERE {x_in} AND x.tenant_id = c.tenant_id AND x.conference_id = c.id AND x.document_id = {d})
              OR EXISTS (SELECT 1 FROM conference_conclusions x WHERE {x_in} AND x.tenant_id = c.tenant_id AND x.conference_id = c.id AND x.document_id = {d}))"
        ));
    }
    if let Some(s) = f.series_id {
        let s = w.arg(crate::sql::Arg::Int(s));
        w.cond(format!("c.series_id = {s}"));
    }
    let lim = w.arg(crate::sql::Arg::Int(limit));
    let sql = format!(
        "SELECT c.id FROM conferences c{} ORDER BY c.starts_on DESC, c.id DESC LIMIT {lim}",
        w.sql()
    );
    let ids: Vec<i64> = on_tx!(tx, c => crate::bind_args!(sqlx::query_scalar(sqlx::AssertSqlSafe(sql.as_str())), w.args).fetch_all(c).await?);
    Ok(ids)
}
