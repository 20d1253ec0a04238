//! Authorization, in one place: the caller's right to do an operation on a record, and on every
//! record the input names.
//!
//! - The subject of an operation that the caller cannot see answers `not_found`, exactly like a
//!   record that does not exist; one they can see but may not change answers `forbidden`.
//! - A record named in the input (a lead unit, a responsible person, a parent task, a document
//!   to link) that does not exist or that the caller cannot see is the client's mistake in that
//!   field (`unknown_reference`, the same message either way); one the caller can see but that
//!   lies outside what the operation may reach (a unit the plan's issuer may not assign to) is
//!   `out_of_scope`.

use std::collections::HashMap;

use domain::access::{Operation, Target};
use domain::assign::{Reach, UnitPlace};
use domain::task::TaskInput;
use domain::unit::UnitPath;
use domain::{ErrorCode, FieldError};
use store::Tx;
use store::access::{Belonging, Subject};
use store::tasks::Known;

use crate::error::entity_vi;
use crate::{Caller, Error, Result};

fn entity(subject: Subject) -> (&'static str, i64) {
    match subject {
        Subject::Unit(id) => ("unit", id),
        Subject::Person(id) => ("person", id),
        Subject::Document(id) => ("document", id),
        Subject::Theme(id) => ("theme", id),
        Subject::Task(id) => ("task", id),
        Subject::Target(id) => ("target", id),
        Subject::Evaluation(id) => ("evaluation", id),
        Subject::Requirement(id) => ("requirement", id),
        Subject::RequirementItem(id) => ("requirement_item", id),
        Subject::Conference(id) => ("conference", id),
        Subject::Inspection(id) => ("inspection", id),
        Subject::InspectionRecord(id) => ("inspection_record", id),
    }
}

/// The answer for a record the caller cannot see: the same as for a missing one.
pub fn not_visible(subject: Subject) -> Error {
    let (e, id) = entity(subject);
    Error::not_found(e, id)
}

/// Where `subject` belongs, if the caller may see it; `None` when missing or invisible.
pub async fn visible(tx: &mut Tx, caller: &Caller, subject: Subject) -> Result<Option<Belonging>> {
    match store::access::belonging(tx, subject).await {
        Ok(b) if caller.principal.can_read(&b.target()) => Ok(Some(b)),
        Ok(_) | Err(store::StoreError::NotFound { .. }) => Ok(None),
        Err(e) => Err(e.into()),
    }
}

/// Checks `op` on `subject`: `not_found` when the caller cannot see it, `forbidden` when they
/// can see it but may not do this.
pub async fn check(tx: &mut Tx, caller: &Caller, op: Operation, subject: Subject) -> Result<Belonging> {
    let b = visible(tx, caller, subject)
        .await?
        .ok_or_else(|| not_visible(subject))?;
    if op != Operation::Read && !caller.principal.may(op, &b.target()) {
        return Err(Error::forbidden());
    }
    Ok(b)
}

/// Whether the caller may do `op` on `target` (for showing or hiding an action).
pub fn may(caller: &Caller, op: Operation, target: &Target<'_>) -> bool {
    caller.principal.may(op, target)
}

/// The error for a record named in `field` that is missing or invisible.
pub fn unknown(field: &str, subject: Subject) -> Error {
    let (e, id) = entity(subject);
    Error::new(
        ErrorCode::UnknownReference,
        format!("Không tìm thấy {} có mã {id}.", entity_vi(e)),
        format!("No {e} with id {id}."),
    )
    .at(field)
}

/// A record named by the input in `field`: it must exist and be visible to the caller.
pub async fn named(tx: &mut Tx, caller: &Caller, subject: Subject, field: &str) -> Result<Belonging> {
    visible(tx, caller, subject)
        .await?
        .ok_or_else(|| unknown(field, subject))
}

/// A record named by the input in `field` that the operation acts through: visible, and the
/// caller may do `op` on it (e.g. the issuing unit of a new document must be one whose work the
/// caller manages). A refusal names the field.
pub async fn named_for(
    tx: &mut Tx,
    caller: &Caller,
    op: Operation,
    subject: Subject,
    field: &str,
) -> Result<Belonging> {
    let b = named(tx, caller, subject, field).await?;
    may_through(caller, op, &b, field)?;
    Ok(b)
}

/// The plan (or other document) named in `field` that the caller assigns work through: as
/// [`named_for`], returning its issuer's place and issue date from the same read.
pub async fn document_for(
    tx: &mut Tx,
    caller: &Caller,
    op: Operation,
    id: i64,
    field: &str,
) -> Result<store::access::DocumentFacts> {
    let facts = match store::access::document_facts(tx, id).await {
        Ok(f) if caller.principal.can_read(&f.belonging.target()) => f,
        Ok(_) | Err(store::StoreError::NotFound { .. }) => return Err(unknown(field, Subject::Document(id))),
        Err(e) => return Err(e.into()),
    };
    may_through(caller, op, &facts.belonging, field)?;
    Ok(facts)
}

/// Refuses, naming `field`, when the caller may not do `op` on the record it names.
fn may_through(caller: &Caller, op: Operation, b: &Belonging, field: &str) -> Result<()> {
    if !caller.principal.may(op, &b.target()) {
        let (vi, en) = domain::fields::label(field);
        return Err(Error::new(
            ErrorCode::Forbidden,
            format!(
                "Tài khoản của bạn không có quyền “{}” với “{vi}” đã chọn.",
                op.label_vi().to_lowercase()
            ),
            format!(
                "Your account may not “{}” with the “{en}” chosen.",
                op.label_en().to_lowercase()
            ),
        )
        .at(field));
    }
    Ok(())
}

/// A unit the assignment rule may place work on, and the unit as that rule sees it.
pub async fn unit_place(tx: &mut Tx, caller: &Caller, unit_id: i64, field: &str) -> Result<UnitPlace> {
    // One read: a unit belongs to itself, so its place says whether the caller sees it.
    match store::access::unit_place(tx, unit_id).await {
        Ok(p) if caller.principal.can_read(&Belonging::owned_by(p.path.clone()).target()) => Ok(p),
        Ok(_) | Err(store::StoreError::NotFound { .. }) => Err(unknown(field, Subject::Unit(unit_id))),
        Err(e) => Err(e.into()),
    }
}

/// What the assignment checks have read in one transaction: a batch naming the same lead unit
/// or person a thousand times reads it once. What they found to exist is handed to the store
/// (`known`), which then does not read it again.
#[derive(Default)]
pub struct Seen {
    places: HashMap<i64, UnitPlace>,
    people: HashMap<i64, UnitPath>,
    pub known: Known,
}

impl Seen {
    /// A plan checked by [`document_for`]: the store needs its issue date.
    pub fn plan(&mut self, id: i64, facts: &store::access::DocumentFacts) {
        self.known.plan(id, facts.issued_on);
    }

    async fn place(&mut self, tx: &mut Tx, caller: &Caller, id: i64, field: &str) -> Result<UnitPlace> {
        if let Some(p) = self.places.get(&id) {
            return Ok(p.clone());
        }
        let p = unit_place(tx, caller, id, field).await?;
        self.known.unit(id, p.path.clone());
        self.places.insert(id, p.clone());
        Ok(p)
    }

    async fn person(&mut self, tx: &mut Tx, caller: &Caller, id: i64, field: &str) -> Result<UnitPath> {
        if let Some(p) = self.people.get(&id) {
            return Ok(p.clone());
        }
        let owner = named(tx, caller, Subject::Person(id), field).await?.owner;
        self.known.person(id);
        self.people.insert(id, owner.clone());
        Ok(owner)
    }
}

/// Checks every record a task's assignment names against what `from` may reach: the lead unit
/// may lead work from `from`; cooperating units lie in its reach; the responsible person works in
/// a unit the lead unit reaches; the parent task belongs to the same plan and is visible. All are
/// visible to the caller. `from` is the plan's issuer, or the lead unit of the parent task when a
/// unit splits its own part.
pub async fn assignment(
    tx: &mut Tx,
    caller: &Caller,
    from: &UnitPlace,
    input: &TaskInput,
    seen: &mut Seen,
) -> Result<()> {
    assignment_within(tx, caller, &Reach::of(from), input, seen).await
}

/// As [`assignment`], from a reach given (an inspection commission assigns its recommendations
/// within what the Party committee it serves reaches: `domain::inspection::reach`).
pub async fn assignment_within(
    tx: &mut Tx,
    caller: &Caller,
    reach: &Reach,
    input: &TaskInput,
    seen: &mut Seen,
) -> Result<()> {
    let lead = seen.place(tx, caller, input.lead_unit_id, "lead_unit_id").await?;
    if !reach.may_lead(&lead) {
        return Err(FieldError::out_of_scope("lead_unit_id").into());
    }
    for u in &input.cooperating_unit_ids {
        let place = seen.place(tx, caller, *u, "cooperating_unit_ids").await?;
        if !reach.covers(&place.path) {
            return Err(FieldError::out_of_scope("cooperating_unit_ids").into());
        }
    }
    if let Some(person) = input.responsible_id {
        let owner = seen.person(tx, caller, person, "responsible_id").await?;
        responsible_within(&lead, &owner)?;
    }
    if let Some(parent) = input.parent_id {
        named(tx, caller, Subject::Task(parent), "parent_id").await?;
    }
    Ok(())
}

/// The person responsible for work led by `lead` must be visible to the caller and work in a unit
/// the lead unit reaches (its own staff, or those of the bodies it directs).
pub async fn responsible(tx: &mut Tx, caller: &Caller, lead: &UnitPlace, person: i64) -> Result<()> {
    let b = named(tx, caller, Subject::Person(person), "responsible_id").await?;
    responsible_within(lead, &b.owner)
}

fn responsible_within(lead: &UnitPlace, person_unit: &UnitPath) -> Result<()> {
    if !Reach::of(lead).covers(person_unit) && !lead.path.contains(person_unit) {
        return Err(FieldError::out_of_scope("responsible_id").into());
    }
    Ok(())
}

/// A person the input in `field` names to work for a body of `tenant` (an inspection team's
/// member, a desk's officer): visible to the caller and of the body's province, where those
/// records are written and where a person's own records are looked for
/// (`store::access::person_tenants`).
pub async fn staff_of_province(tx: &mut Tx, caller: &Caller, person: i64, tenant: i64, field: &str) -> Result<()> {
    let b = named(tx, caller, Subject::Person(person), field).await?;
    if b.owner.tenant() != tenant {
        return Err(FieldError::new(
            field,
            ErrorCode::OutOfScope,
            "Cán bộ được chọn thuộc tỉnh, thành phố khác; chỉ chọn được cán bộ cùng tỉnh, thành phố với cơ quan, đơn vị.",
            "The person chosen works in another province; only staff of the body's province can be chosen.",
        )
        .into());
    }
    Ok(())
}

/// A person named as whom an entry is made for ("nhập thay"): visible to the caller, and working
/// in one of the units the record involves (a report is made for the lead unit's staff, not for a
/// Party secretary of another district).
pub async fn on_behalf(tx: &mut Tx, caller: &Caller, person: i64, of: &Belonging, field: &str) -> Result<()> {
    let b = named(tx, caller, Subject::Person(person), field).await?;
    let units = std::iter::once(&of.owner)
        .chain(&of.cooperating)
        .chain(of.assigner.as_ref());
    if !units.into_iter().any(|u| u.contains(&b.owner)) {
        return Err(FieldError::out_of_scope(field).into());
    }
    Ok(())
}
