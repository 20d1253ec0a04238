//! Many conferences at once, for a list: each with everything it names and where it belongs
//! (who may read it), in a fixed number of reads whatever their number. Read one by one
//! ([`crate::conferences::full`] and [`crate::access::belonging`]), a unit page's ten
//! conferences took about 120 statements — on Citus each a round trip to a worker.
//!
//! The same rows as the one-by-one reads: a conference is found in the caller's tenants first,
//! then by id alone; what hangs off it is read in its own tenant.

use std::collections::{BTreeSet, HashMap};

use domain::conference::Audience;
use domain::conference::AudienceGroup;
use domain::conference_roll_call::{Attendance, Tally};
use domain::unit::UnitPath;
use sqlx::FromRow;

use crate::access::Belonging;
use crate::conferences::{Conference, Full, Point};
use crate::db::Tx;
use crate::{StoreError, on_tx};

#[derive(FromRow)]
struct Found {
    #[sqlx(flatten)]
    conference: Conference,
    host_path: String,
}

const COLS: &str = "id, tenant_id, host_unit_id, series_id, kind, title, starts_on, starts_at, format, venue, \
     venue_expected, venue_present, version, created_at, host_path";

/// What of each conference a list reads.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Parts {
    /// Everything it names (the API's list).
    Whole,
    /// What a line of a page shows and who may read it: its row, its bridge points and their
    /// roll-call — not its documents, conclusions and audiences, which stay empty (three
    /// statements fewer on a unit's or a document's page).
    Lines,
}

/// The conferences `ids` that exist, in the order given, each with its belonging.
pub async fn many(tx: &mut Tx, ids: &[i64]) -> Result<Vec<(Full, Belonging)>, StoreError> {
    many_of(tx, ids, Parts::Whole).await
}

/// [`many`], reading only `parts`.
pub async fn many_of(tx: &mut Tx, ids: &[i64], parts: Parts) -> Result<Vec<(Full, Belonging)>, StoreError> {
    let found = conferences(tx, ids).await?;
    if found.is_empty() {
        return Ok(Vec::new());
    }
    let list: Vec<String> = found.values().map(|f| f.conference.id.to_string()).collect();
    let list = list.join(",");
    let tenants = || found.values().map(|f| f.conference.tenant_id);
    let backend = tx.backend();
    let of = |alias: &str| {
        format!(
            "{} AND {alias}conference_id IN ({list})",
            crate::sql::in_tenants(backend, &format!("{alias}tenant_id"), tenants())
        )
    };
    let mut documents: Vec<(i64, i64)> = Vec::new();
    let mut conclusions: Vec<(i64, i64)> = Vec::new();
    let mut audiences: Vec<(i64, String, Option<String>)> = Vec::new();
    if parts == Parts::Whole {
        documents = on_tx!(tx, c => sqlx::query_as(sqlx::AssertSqlSafe(format!(
            "SELECT conference_id, document_id FROM conference_documents WHERE {} ORDER BY conference_id, document_id", of(""))))
            .fetch_all(c).await?);
        conclusions = on_tx!(tx, c => sqlx::query_as(sqlx::AssertSqlSafe(format!(
            "SELECT conference_id, document_id FROM conference_conclusions WHERE {} ORDER BY conference_id, document_id", of(""))))
            .fetch_all(c).await?);
        audiences = on_tx!(tx, c => sqlx::query_as(sqlx::AssertSqlSafe(format!(
            "SELECT conference_id, audience_group, note FROM conference_audiences WHERE {} ORDER BY conference_id, position", of(""))))
            .fetch_all(c).await?);
    }
    type PointRow = (i64, i64, String, Option<i32>, Option<i32>, String);
    let points: Vec<PointRow> = on_tx!(tx, c => sqlx::query_as(sqlx::AssertSqlSafe(format!(
        "SELECT p.conference_id, p.unit_id, u.name, p.expected, p.present, u.path FROM conference_points p \
         JOIN units u ON u.tenant_id = p.tenant_id AND u.id = p.unit_id WHERE {} ORDER BY p.conference_id, p.position", of("p."))))
        .fetch_all(c).await?);
    let marks: Vec<(i64, Option<i64>, String, i64)> = on_tx!(tx, c => sqlx::query_as(sqlx::AssertSqlSafe(format!(
        "SELECT conference_id, point_unit_id, attendance, COUNT(*) FROM conference_invitees WHERE {} \
         GROUP BY conference_id, point_unit_id, attendance", of(""))))
        .fetch_all(c).await?);
    let mut tallies: HashMap<(i64, Option<i64>), Tally> = HashMap::new();
    for (conference, point, a, n) in marks {
        if let Some(a) = Attendance::parse(&a) {
            tallies.entry((conference, point)).or_default().add(a, n);
        }
    }
    // A host's reach: few distinct hosts on a page, each read once in its tenant.
    let hosts: BTreeSet<(i64, i64)> = found
        .values()
        .map(|f| (f.conference.tenant_id, f.conference.host_unit_id))
        .collect();
    let mut reach = HashMap::with_capacity(hosts.len());
    for (tenant, host) in hosts {
        let place = crate::access::unit_place_in(tx, Some(tenant), host).await?;
        reach.insert(host, domain::assign::Reach::of(&place).root);
    }
    let mut out = Vec::with_capacity(found.len());
    for id in ids {
        let Some(f) = found.get(id) else { continue };
        let id = *id;
        let mut cooperating = Vec::new();
        let mut conference_points = Vec::new();
        for (_, unit_id, unit_name, expected, present, path) in points.iter().filter(|p| p.0 == id) {
            cooperating.extend(UnitPath::parse(path));
            conference_points.push(Point {
                unit_id: *unit_id,
                unit_name: unit_name.clone(),
                expected: *expected,
                present: *present,
                marks: tallies.get(&(id, Some(*unit_id))).copied(),
            });
        }
        let owner = UnitPath::parse(&f.host_path).ok_or(StoreError::not_found("conference", id))?;
        let belonging = Belonging {
            cooperating,
            published_to: reach.get(&f.conference.host_unit_id).cloned(),
            ..Belonging::owned_by(owner)
        };
        let full = Full {
            conference: f.conference.clone(),
            document_ids: documents.iter().filter(|d| d.0 == id).map(|d| d.1).collect(),
            audiences: audiences
                .iter()
                .filter(|a| a.0 == id)
                .filter_map(|(_, g, note)| {
                    AudienceGroup::parse(g).map(|group| Audience {
                        group,
                        note: note.clone(),
                    })
                })
                .collect(),
            points: conference_points,
            conclusion_ids: conclusions.iter().filter(|d| d.0 == id).map(|d| d.1).collect(),
        };
        out.push((full, belonging));
    }
    Ok(out)
}

/// The conference rows of `ids`: in the caller's tenants first, the rest by id alone.
async fn conferences(tx: &mut Tx, ids: &[i64]) -> Result<HashMap<i64, Found>, StoreError> {
    crate::own_tenants::many_by_id(
        tx,
        "tenant_id",
        ids,
        |list, cond| format!("SELECT {COLS} FROM conferences WHERE id IN ({list}){cond}"),
        |f: &Found| f.conference.id,
    )
    .await
}
