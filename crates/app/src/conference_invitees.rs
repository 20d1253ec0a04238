//! A conference's invitation list and roll-call, as operations.
//!
//! - The host's office generates (or refreshes) the list from the conference's audiences: over
//!   the people of the bridge points' units, each placed at their point, or — without bridge
//!   points — over what the host directs. Refreshing keeps every mark and everyone added by
//!   hand (`domain::conference_invitees::refresh`).
//! - The host's office adds or removes one person by hand: someone it directs, not yet listed;
//!   a person already marked is not removed.
//! - The roll-call marks many invitees at once, all or nothing: the host's office anyone, a
//!   bridge point's own unit only the people invited at its point. Every person named must be
//!   visible to the caller and on the list.

use std::collections::HashSet;

use domain::access::{Operation, Target};
use domain::assign::{Reach, UnitPlace};
use domain::conference_invitees::{
    Drawn, InviteeInput, MAX_INVITEES, PersonFacts, Refresh, Wanted, invitation, point_of, refresh,
};
use domain::conference_roll_call::MarksInput;
use domain::unit::{UnitKind, UnitPath};
use domain::{ErrorCode, FieldError};
use serde::Serialize;
use store::Tx;
use store::access::Subject;
use store::conference_invitees::{Candidate, Invitee};
use utoipa::ToSchema;

use crate::{App, Caller, Ctx, Error, Result, authz};

/// What a generation changed, and the list's size after it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, ToSchema)]
pub struct Generated {
    pub added: usize,
    pub updated: usize,
    pub removed: usize,
    pub total: usize,
}

/// The people on a conference's list the caller may see (a ward reads the district's
/// conference, and on its list the people it may read), by bridge point and given name.
pub async fn list(app: &App, caller: &Caller, id: i64) -> Result<Vec<Invitee>> {
    let mut tx = app.read_tx(caller).await?;
    let b = authz::check(&mut tx, caller, Operation::Read, Subject::Conference(id)).await?;
    let all = store::conference_invitees::list(&mut tx, b.owner.tenant(), id).await?;
    Ok(all
        .into_iter()
        .filter(|i| UnitPath::parse(&i.person_path).is_some_and(|p| caller.principal.can_read(&Target::unit(&p))))
        .collect())
}

/// The bridge points of a conference with their paths.
async fn point_paths(tx: &mut Tx, units: impl Iterator<Item = i64>) -> Result<Vec<(i64, UnitPath)>> {
    let mut out = Vec::new();
    for u in units {
        out.push((u, store::units::path_of(tx, u).await?));
    }
    Ok(out)
}

fn wanted_of(c: &Candidate, audiences: &[domain::conference::Audience], drawn: &Drawn<'_>) -> Option<Wanted> {
    let place = UnitPlace {
        path: UnitPath::parse(&c.unit_path)?,
        kind: c.unit_kind,
        parent_kind: c.parent_kind.as_deref().and_then(UnitKind::parse),
    };
    let facts = PersonFacts {
        unit_kind: c.unit_kind,
        category: c.category,
        party_member: c.party_member,
        is_head: c.is_head,
        position: c.position.as_deref(),
    };
    let (group, point) = invitation(audiences, drawn, &place, &facts)?;
    Some(Wanted {
        person_id: c.person_id,
        unit_id: c.unit_id,
        point,
        group,
    })
}

/// Generates or refreshes the list of conference `id` from its audiences.
pub async fn generate(app: &App, caller: &Caller, id: i64) -> Result<Generated> {
    let mut tx = app.write(caller).await?;
    let done = generate_in(&mut tx, caller, id).await?;
    tx.commit().await?;
    Ok(done)
}

pub async fn generate_in(tx: &mut Tx, caller: &Caller, id: i64) -> Result<Generated> {
    authz::check(tx, caller, Operation::UpdateConference, Subject::Conference(id)).await?;
    let full = store::conferences::full(tx, id).await?;
    if full.audiences.is_empty() {
        return Err(FieldError::invalid(
            "audiences",
            "Hội nghị chưa ghi thành phần dự; hãy sửa hội nghị, chọn thành phần rồi lập danh sách mời.",
            "The conference has no audiences; edit it and choose them before generating the list.",
        )
        .into());
    }
    let host = store::access::unit_place(tx, full.conference.host_unit_id).await?;
    let reach = Reach::of(&host);
    let points = point_paths(tx, full.points.iter().map(|p| p.unit_id)).await?;
    let (drawn, within) = if points.is_empty() {
        (Drawn::Reach(&reach), vec![reach.root.clone()])
    } else {
        (Drawn::Points(&points), points.iter().map(|(_, p)| p.clone()).collect())
    };
    let mut seen = HashSet::new();
    let mut wanted = Vec::new();
    for w in &within {
        for c in store::conference_invitees::candidates(tx, w).await? {
            if seen.insert(c.person_id)
                && let Some(x) = wanted_of(&c, &full.audiences, &drawn)
            {
                wanted.push(x);
            }
        }
        if wanted.len() > MAX_INVITEES {
            return Err(Error::new(
                ErrorCode::TooMany,
                format!(
                    "Danh sách mời vượt quá {} người; hãy chia hội nghị theo thành phần hoặc điểm cầu.",
                    domain::compliance::thousands(MAX_INVITEES as i64)
                ),
                format!("The list would hold more than {MAX_INVITEES} people; split the conference."),
            )
            .at("audiences"));
        }
    }
    let listed = store::conference_invitees::listed(tx, full.conference.tenant_id, id).await?;
    let r: Refresh = refresh(&listed, &wanted);
    store::conference_invitees::apply_refresh(tx, full.conference.tenant_id, id, &r).await?;
    Ok(Generated {
        added: r.add.len(),
        updated: r.update.len(),
        removed: r.remove.len(),
        total: listed.len() + r.add.len() - r.remove.len(),
    })
}

/// Adds one person to the list by hand.
pub async fn add(app: &App, caller: &Caller, id: i64, input: InviteeInput) -> Result<Invitee> {
    let mut tx = app.write(caller).await?;
    let made = add_in(&mut tx, caller, id, input).await?;
    tx.commit().await?;
    Ok(made)
}

pub async fn add_in(tx: &mut Tx, caller: &Caller, id: i64, input: InviteeInput) -> Result<Invitee> {
    authz::check(tx, caller, Operation::UpdateConference, Subject::Conference(id)).await?;
    let person = authz::named(tx, caller, Subject::Person(input.person_id), "person_id").await?;
    let full = store::conferences::full(tx, id).await?;
    let host = store::access::unit_place(tx, full.conference.host_unit_id).await?;
    if !Reach::of(&host).covers(&person.owner) {
        return Err(FieldError::out_of_scope("person_id").into());
    }
    if store::conference_invitees::get(tx, full.conference.tenant_id, id, input.person_id)
        .await?
        .is_some()
    {
        return Err(Error::new(
            ErrorCode::Invalid,
            "Người này đã có trong danh sách mời.",
            "This person is already on the list.",
        )
        .at("person_id"));
    }
    let points = point_paths(tx, full.points.iter().map(|p| p.unit_id)).await?;
    let unit_id = store::people::get(tx, input.person_id).await?.unit_id;
    let w = Wanted {
        person_id: input.person_id,
        unit_id,
        point: point_of(&points, &person.owner),
        group: input.group,
    };
    Ok(store::conference_invitees::add(tx, full.conference.tenant_id, id, &w).await?)
}

/// Removes one person from the list (not once marked: their mark is cleared first).
pub async fn remove(app: &App, caller: &Caller, id: i64, person_id: i64) -> Result<()> {
    let mut tx = app.write(caller).await?;
    let b = authz::check(&mut tx, caller, Operation::UpdateConference, Subject::Conference(id)).await?;
    let tenant = b.owner.tenant();
    let Some(before) = store::conference_invitees::get(&mut tx, tenant, id, person_id).await? else {
        return Err(Error::not_found("invitee", person_id));
    };
    if before.attendance.is_marked() {
        return Err(Error::new(
            ErrorCode::InUse,
            format!(
                "{} đã được điểm danh ({}); hãy chọn “Chưa điểm danh” trước khi bỏ khỏi danh sách mời.",
                before.name,
                before.attendance.label_vi().to_lowercase()
            ),
            format!(
                "{} is already marked ({}); clear the mark before removing them from the list.",
                before.name,
                before.attendance.label_en().to_lowercase()
            ),
        ));
    }
    store::conference_invitees::remove(&mut tx, tenant, id, &before).await?;
    tx.commit().await?;
    Ok(())
}

/// Marks the roll-call of several invitees, all or nothing.
pub async fn mark(app: &App, caller: &Caller, id: i64, input: MarksInput) -> Result<Vec<Invitee>> {
    let cx = app.ctx();
    let mut tx = app.write(caller).await?;
    let marked = mark_in(&mut tx, caller, &cx, id, input).await?;
    tx.commit().await?;
    Ok(marked)
}

pub async fn mark_in(tx: &mut Tx, caller: &Caller, cx: &Ctx<'_>, id: i64, input: MarksInput) -> Result<Vec<Invitee>> {
    let b = authz::check(tx, caller, Operation::RecordAttendance, Subject::Conference(id)).await?;
    let conference = store::conferences::get(tx, id).await?;
    let input = input.validate(conference.starts_on, cx.clock.today)?;
    let for_any = caller
        .principal
        .may(Operation::RecordAttendance, &Target::unit(&b.owner));
    for (i, m) in input.marks.iter().enumerate() {
        let field = format!("marks[{i}].person_id");
        authz::named(tx, caller, Subject::Person(m.person_id), &field).await?;
        let Some(invitee) = store::conference_invitees::get(tx, conference.tenant_id, id, m.person_id).await? else {
            return Err(Error::new(
                ErrorCode::UnknownReference,
                "Người này không có trong danh sách mời của hội nghị.",
                "This person is not on the conference's list.",
            )
            .at(field));
        };
        if !for_any && !may_mark_at(tx, caller, invitee.point_unit_id).await? {
            return Err(Error::new(
                ErrorCode::Forbidden,
                "Đơn vị của bạn chỉ điểm danh người dự tại điểm cầu của mình.",
                "Your unit marks the people at its own bridge point only.",
            )
            .at(field));
        }
    }
    Ok(store::conference_invitees::mark(tx, conference.tenant_id, id, &input).await?)
}

/// Whether a caller who is not the host's may mark the people at `point` (its own point; the
/// main venue is the host's).
async fn may_mark_at(tx: &mut Tx, caller: &Caller, point: Option<i64>) -> Result<bool> {
    let Some(point) = point else {
        return Ok(false);
    };
    let path = store::units::path_of(tx, point).await?;
    Ok(caller.principal.may(Operation::RecordAttendance, &Target::unit(&path)))
}
