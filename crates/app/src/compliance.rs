//! Compliance requirements: set by an office for every unit of a kind under a unit it manages,
//! reported done by each unit (with date, note, attendance, the meeting, files), accepted or
//! returned by the office; the live list and its drill-down; a reminder to every unit not done;
//! units' regular meetings.

use domain::access::Operation;
use domain::assign::Reach;
use domain::compliance::{DoneInput, MeetingInput, Month, RequirementInput, ReviewInput, check_meeting};
use domain::unit::UnitPath;
use store::Tx;
use store::access::Subject;
use store::blobs::Received;
use store::compliance::{Counts, Item, Meeting, Requirement};
use store::files::{Attachment, StoredFile};

use crate::read::Reader;
use crate::{App, Caller, Ctx, Error, Result, authz};

/// A requirement set, with how many units must meet it.
#[derive(Debug)]
pub struct Created {
    pub requirement: Requirement,
    pub items: u64,
}

/// Sets a requirement: the caller manages the issuing unit's work, and the scope lies within
/// what the issuer may see (a unit the caller can see). An empty target set is refused.
pub async fn create(app: &App, caller: &Caller, input: RequirementInput) -> Result<Created> {
    let mut tx = app.write(caller).await?;
    let c = create_in(&mut tx, caller, input).await?;
    tx.commit().await?;
    Ok(c)
}

pub async fn create_in(tx: &mut Tx, caller: &Caller, input: RequirementInput) -> Result<Created> {
    let input = input.validate()?;
    authz::named_for(
        tx,
        caller,
        Operation::CreateRequirement,
        Subject::Unit(input.issuer_unit_id),
        "issuer_unit_id",
    )
    .await?;
    authz::named_for(
        tx,
        caller,
        Operation::CreateRequirement,
        Subject::Unit(input.scope_unit_id),
        "scope_unit_id",
    )
    .await?;
    if let Some(t) = input.task_id {
        authz::named(tx, caller, Subject::Task(t), "task_id").await?;
    }
    if let Some(d) = input.document_id {
        authz::named(tx, caller, Subject::Document(d), "document_id").await?;
    }
    // The issuer asks only units it may direct (`domain::assign::Reach`: a district Party
    // committee reaches its whole district).
    let issuer = store::access::unit_place(tx, input.issuer_unit_id).await?;
    let scope_place = store::access::unit_place(tx, input.scope_unit_id).await?;
    if !Reach::of(&issuer).covers(&scope_place.path) {
        return Err(domain::FieldError::out_of_scope("scope_unit_id").into());
    }
    let scope = store::units::get(tx, input.scope_unit_id).await?;
    let path = UnitPath::parse(&scope.path).ok_or_else(|| Error::not_found("unit", scope.id))?;
    let (requirement, items) = store::compliance::create(tx, &input, &path, scope.tenant_id).await?;
    Ok(Created { requirement, items })
}

/// The live list of a requirement under a unit: totals and counts per child unit.
#[derive(Debug)]
pub struct Live {
    pub requirement: Requirement,
    pub total: Counts,
    pub by_child: Vec<(i64, Counts)>,
}

/// Reads the live list for a caller who may read the issuing unit or the unit asked about.
pub async fn live(app: &App, caller: &Caller, id: i64, unit_id: i64) -> Result<Live> {
    let mut rd = app.read(caller).await?;
    let requirement = readable(&mut rd, id).await?;
    live_in(&mut rd, requirement, unit_id).await
}

/// A requirement the caller may read, in the page's snapshot; `not_found` otherwise.
pub async fn readable(rd: &mut Reader<'_>, id: i64) -> Result<Requirement> {
    let requirement = match store::compliance::get(&mut rd.tx, id).await {
        Ok(r) => r,
        Err(store::StoreError::NotFound { .. }) => return Err(Error::not_found("requirement", id)),
        Err(e) => return Err(e.into()),
    };
    rd.check(Subject::Requirement(id)).await?;
    Ok(requirement)
}

/// [`live`] for a requirement already read in the page's snapshot ([`readable`]).
pub async fn live_in(rd: &mut Reader<'_>, requirement: Requirement, unit_id: i64) -> Result<Live> {
    rd.check(Subject::Unit(unit_id)).await?;
    let today = rd.clock().today;
    let (total, by_child) = store::compliance::summary(&mut rd.tx, requirement.id, unit_id, today).await?;
    Ok(Live {
        requirement,
        total,
        by_child,
    })
}

/// Where a caller starts reading a requirement: its scope unit when they may read it,
/// otherwise their own home unit within it.
pub async fn scope_of(app: &App, caller: &Caller, id: i64) -> Result<i64> {
    let mut rd = app.read(caller).await?;
    let r = readable(&mut rd, id).await?;
    scope_of_in(&mut rd, &r).await
}

/// [`scope_of`] for a requirement already read in the page's snapshot ([`readable`]).
pub async fn scope_of_in(rd: &mut Reader<'_>, r: &Requirement) -> Result<i64> {
    if rd.may_read(Subject::Unit(r.scope_unit_id)).await? {
        return Ok(r.scope_unit_id);
    }
    // Published to the caller's own unit inside the scope (a ward's officer reads its part).
    let scope = store::units::path_of(&mut rd.tx, r.scope_unit_id).await?;
    let caller = rd.caller;
    for b in &caller.principal.bindings {
        let Some(p) = b.unit_path.as_ref().filter(|p| scope.contains(p)) else {
            continue;
        };
        let Some(&unit) = p.ids().last() else { continue };
        if rd.may_read(Subject::Unit(unit)).await? {
            return Ok(unit);
        }
    }
    Err(Error::not_found("requirement", r.id))
}

/// The item and its requirement, checked for `op` on the item (its unit reports it; the
/// requirement's issuing unit reviews it): `not_found` when the caller cannot see it.
async fn item_for(tx: &mut Tx, caller: &Caller, op: Operation, item_id: i64) -> Result<(Item, Requirement)> {
    authz::check(tx, caller, op, Subject::RequirementItem(item_id)).await?;
    let item = store::compliance::item(tx, item_id).await?;
    let r = store::compliance::get(tx, item.requirement_id).await?;
    Ok((item, r))
}

fn unknown_meeting(id: i64) -> Error {
    Error::new(
        domain::ErrorCode::UnknownReference,
        format!("Không tìm thấy buổi sinh hoạt có mã {id} của đơn vị này."),
        format!("No meeting with id {id} of this unit."),
    )
    .at("meeting_id")
}

/// A unit reports the requirement done, with files as evidence; a requirement of a month's
/// meeting needs the meeting, held that month by that unit.
pub async fn report_done(
    app: &App,
    caller: &Caller,
    item_id: i64,
    input: DoneInput,
    mut files: Vec<Received>,
) -> Result<(Item, Vec<StoredFile>)> {
    let mut tx = app.write(caller).await?;
    let cx = app.ctx();
    let done = report_done_in(&mut tx, caller, &cx, item_id, input, &mut files).await?;
    tx.commit().await?;
    Ok(done)
}

/// [`report_done`] with the meeting it was done in recorded first, in the same transaction
/// (a chi bộ reports its October meeting and the requirement at once, from a phone).
pub async fn report_done_at_meeting(
    app: &App,
    caller: &Caller,
    item_id: i64,
    meeting: MeetingInput,
    input: DoneInput,
    mut files: Vec<Received>,
) -> Result<(Item, Vec<StoredFile>)> {
    let mut tx = app.write(caller).await?;
    let cx = app.ctx();
    let (item, _) = item_for(&mut tx, caller, Operation::ReportRequirement, item_id).await?;
    let m = record_meeting_in(
        &mut tx,
        caller,
        &cx,
        MeetingInput {
            unit_id: item.unit_id,
            ..meeting
        },
    )
    .await?;
    let input = DoneInput {
        meeting_id: Some(m.id),
        ..input
    };
    let done = report_done_in(&mut tx, caller, &cx, item_id, input, &mut files).await?;
    tx.commit().await?;
    Ok(done)
}

pub async fn report_done_in(
    tx: &mut Tx,
    caller: &Caller,
    cx: &Ctx<'_>,
    item_id: i64,
    input: DoneInput,
    files: &mut [Received],
) -> Result<(Item, Vec<StoredFile>)> {
    let (item, r) = item_for(tx, caller, Operation::ReportRequirement, item_id).await?;
    let input = input.validate(cx.clock.today)?;
    // A meeting named must be this unit's; one of the requirement's month when it has one.
    let held_on = match input.meeting_id {
        Some(mid) => {
            let meeting = store::compliance::meeting(tx, mid)
                .await
                .map_err(|_| unknown_meeting(mid))?;
            if meeting.unit_id != item.unit_id {
                return Err(unknown_meeting(mid));
            }
            Some(meeting.held_on)
        }
        None => None,
    };
    if let Some(m) = r.meeting_month.as_deref() {
        let month = Month::parse("meeting_month", m)?;
        let Some(held_on) = held_on else {
            return Err(domain::FieldError::invalid(
                "meeting_id",
                format!("Yêu cầu này phải thực hiện trong kỳ sinh hoạt tháng {month}; hãy chọn buổi sinh hoạt."),
                format!("This must be done in the meeting of {month}; choose the meeting."),
            )
            .into());
        };
        check_meeting(month, held_on)?;
    }
    let after = store::compliance::report_done(tx, &item, &input).await?;
    let tenant_id = store::units::get(tx, item.unit_id).await?.tenant_id;
    let to = Attachment {
        subject: Subject::Unit(item.unit_id),
        tenant_id,
        record_kind: "requirement_item",
        record_id: item.id,
    };
    let stored = crate::files::attach_in(tx, cx, &to, files).await?;
    Ok((after, stored))
}

/// The issuing office accepts the report or returns it with a reason.
pub async fn review(app: &App, caller: &Caller, item_id: i64, input: ReviewInput) -> Result<Item> {
    let mut tx = app.write(caller).await?;
    let after = review_in(&mut tx, caller, item_id, input).await?;
    tx.commit().await?;
    Ok(after)
}

pub async fn review_in(tx: &mut Tx, caller: &Caller, item_id: i64, input: ReviewInput) -> Result<Item> {
    let (item, _) = item_for(tx, caller, Operation::ReviewRequirement, item_id).await?;
    Ok(store::compliance::review(tx, &item, &input.validate()?).await?)
}

/// The units not done (pending, late or returned), for the issuing office's reminder.
pub async fn not_done(app: &App, caller: &Caller, id: i64) -> Result<Vec<i64>> {
    let mut tx = app.read_tx(caller).await?;
    authz::check(&mut tx, caller, Operation::ReviewRequirement, Subject::Requirement(id)).await?;
    Ok(store::compliance::not_done_units(&mut tx, id).await?)
}

/// Records a unit's regular meeting, with its minutes or photos: someone who reports for that
/// unit.
pub async fn record_meeting(
    app: &App,
    caller: &Caller,
    input: MeetingInput,
    mut files: Vec<Received>,
) -> Result<(Meeting, Vec<StoredFile>)> {
    let mut tx = app.write(caller).await?;
    let cx = app.ctx();
    let m = record_meeting_in(&mut tx, caller, &cx, input).await?;
    let to = Attachment {
        subject: Subject::Unit(m.unit_id),
        tenant_id: store::units::get(&mut tx, m.unit_id).await?.tenant_id,
        record_kind: "unit_meeting",
        record_id: m.id,
    };
    let stored = crate::files::attach_in(&mut tx, &cx, &to, &mut files).await?;
    tx.commit().await?;
    Ok((m, stored))
}

pub async fn record_meeting_in(tx: &mut Tx, caller: &Caller, cx: &Ctx<'_>, input: MeetingInput) -> Result<Meeting> {
    let input = input.validate(cx.clock.today)?;
    authz::named_for(
        tx,
        caller,
        Operation::RecordMeeting,
        Subject::Unit(input.unit_id),
        "unit_id",
    )
    .await?;
    let tenant_id = store::units::get(tx, input.unit_id).await?.tenant_id;
    Ok(store::compliance::record_meeting(tx, &input, tenant_id).await?)
}
