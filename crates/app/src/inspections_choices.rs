//! What the inspection forms offer to choose from: the commissions a user plans and decides for,
//! the units a plan may name as subjects, the commission's people for the team, the units a
//! recommendation's follow-up may be given to. Each list is narrowed to what the caller sees and
//! may use; the operations check every id again when the form is sent (`crate::inspections`).

use domain::access::{Operation, Target};
use domain::assign::{System, UnitPlace};
use domain::unit::{UnitKind, UnitPath};
use store::access::Subject;
use store::model::{Person, Unit};
use store::units::UnitBrief;

use crate::inspections::body_reach;
use crate::{App, Caller, Result, authz};

/// How many units a subtree listing reads before narrowing (a district has a few hundred).
const UNITS_READ: i64 = 3000;

/// The inspection commissions where the caller may do `op` (plan, decide…), shallowest first.
pub async fn bodies(app: &App, caller: &Caller, op: Operation) -> Result<Vec<Unit>> {
    let p = &caller.principal;
    if !p.may_at_all(op.rule().action) {
        return Ok(Vec::new());
    }
    let mut tx = app.read_tx(caller).await?;
    let f = store::units::UnitFilter {
        scope: Some(p.scope(op.rule().action)),
        kind: Some(UnitKind::InspectionCommission),
        ..Default::default()
    };
    let found = store::units::list(&mut tx, &f, 200, 0).await?.items;
    Ok(found
        .into_iter()
        .filter(|u| UnitPath::parse(&u.path).is_some_and(|path| p.may(op, &Target::unit(&path))))
        .collect())
}

fn place_of(u: &UnitBrief) -> Option<UnitPlace> {
    Some(UnitPlace {
        path: UnitPath::parse(&u.path)?,
        kind: u.kind,
        parent_kind: u.parent_kind.as_deref().and_then(UnitKind::parse),
    })
}

/// The units a plan of `body` may name as subjects, in tree order: the Party organisations the
/// commission may inspect (what the committee it serves reaches, not the committee itself) that
/// the caller sees. The plan itself accepts any unit of that reach; the form offers the Party's.
pub async fn subjects(app: &App, caller: &Caller, body: i64) -> Result<Vec<UnitBrief>> {
    let mut tx = app.read_tx(caller).await?;
    authz::check(&mut tx, caller, Operation::PlanInspections, Subject::Unit(body)).await?;
    let reach = body_reach(&mut tx, body).await?;
    let seen = caller.principal.scope(domain::access::Action::Read);
    let mut units: Vec<UnitBrief> = store::units::briefs_within(&mut tx, &reach.root, UNITS_READ)
        .await?
        .into_iter()
        .filter(|u| u.kind.system() == System::Party && u.id != body)
        .filter(|u| {
            UnitPath::parse(&u.path).is_some_and(|p| p != reach.issuer && reach.covers(&p) && seen.contains(&p))
        })
        .collect();
    // Tree order: a committee, then its cells.
    units.sort_by(|a, b| a.path.cmp(&b.path));
    Ok(units)
}

/// The people who may be named to the team of inspection `id`: the inspecting body's own.
pub async fn team(app: &App, caller: &Caller, id: i64) -> Result<Vec<Person>> {
    let mut tx = app.read_tx(caller).await?;
    authz::check(&mut tx, caller, Operation::DecideInspection, Subject::Inspection(id)).await?;
    let body = store::inspections::get(&mut tx, id).await?.body_unit_id;
    let f = store::people::PersonFilter {
        within: Some(body),
        scope: Some(caller.principal.scope(domain::access::Action::Read)),
        ..Default::default()
    };
    Ok(store::people::list(&mut tx, &f, 200, 0).await?.items)
}

/// The units the follow-up of a recommendation of inspection `id` may be given to (led by):
/// the inspection's subjects first, then the other units the conclusion may assign work to that
/// the caller sees — without Party cells and residential groups, which are reached through their
/// committee or ward unless they are subjects themselves.
pub async fn leads(app: &App, caller: &Caller, id: i64) -> Result<Vec<UnitBrief>> {
    let mut tx = app.read_tx(caller).await?;
    authz::check(&mut tx, caller, Operation::ConcludeInspection, Subject::Inspection(id)).await?;
    let inspection = store::inspections::get(&mut tx, id).await?;
    let subjects: Vec<i64> = store::inspections::subjects(&mut tx, &inspection)
        .await?
        .iter()
        .map(|s| s.unit_id)
        .collect();
    let reach = body_reach(&mut tx, inspection.body_unit_id).await?;
    let seen = caller.principal.scope(domain::access::Action::Read);
    let mut units: Vec<UnitBrief> = store::units::briefs_within(&mut tx, &reach.root, UNITS_READ)
        .await?
        .into_iter()
        .filter(|u| subjects.contains(&u.id) || !matches!(u.kind, UnitKind::PartyCell | UnitKind::ResidentialGroup))
        .filter(|u| place_of(u).is_some_and(|p| seen.contains(&p.path) && reach.may_lead(&p)))
        .collect();
    units.sort_by_key(|u| !subjects.contains(&u.id));
    Ok(units)
}
