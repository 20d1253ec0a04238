//! Compliance requirements: set by an office for every unit of a kind under a unit it manages,
//! reported done by each unit (with date, note, attendance, the meeting, files), accepted or
//! returned by the office; the live list and its drill-down; a reminder to every unit not done;
//! units' regular meetings.

use domain::access::Operation;
use domain::compliance::{DoneInput, MeetingInput, Month, RequirementInput, ReviewInput, check_meeting};
use domain::unit::UnitPath;
use store::Tx;
use store::access::Subject;
use store::blobs::Received;
use store::compliance::{Counts, Item, Meeting, Requirement};
use store::files::{Attachment, StoredFile};

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
    let mut tx = app.db.read().await?;
    let requirement = match store::compliance::get(&mut tx, id).await {
        Ok(r) => r,
        Err(store::StoreError::NotFound { .. }) => return Err(Error::not_found("requirement", id)),
        Err(e) => return Err(e.into()),
    };
    authz::check(&mut tx, caller, Operation::Read, Subject::Unit(unit_id)).await?;
    let (total, by_child) = store::compliance::summary(&mut tx, id, unit_id, app.clock.clock().today).await?;
    Ok(Live {
        requirement,
        total,
        by_child,
    })
}

/// Where a caller starts reading a requirement: its scope unit when they may read it,
/// otherwise their own home unit within it.
pub async fn scope_of(app: &App, caller: &Caller, id: i64) -> Result<i64> {
    let mut tx = app.db.read().await?;
    let r = match store::compliance::get(&mut tx, id).await {
        Ok(r) => r,
        Err(store::StoreError::NotFound { .. }) => return Err(Error::not_found("requirement", id)),
        Err(e) => return Err(e.into()),
    };
    if authz::visible(&mut tx, caller, Subject::Unit(r.scope_unit_id))
        .await?
        .is_some()
    {
        return Ok(r.scope_unit_id);
    }
    Err(Error::not_found("requirement", id))
}

/// The item and its requirement, checked for `op` on the item's unit.
async fn item_for(tx: &mut Tx, caller: &Caller, op: Operation, item_id: i64) -> Result<(Item, Requirement)> {
    let item = match store::compliance::item(tx, item_id).await {
        Ok(i) => i,
        Err(store::StoreError::NotFound { .. }) => return Err(Error::not_found("requirement_item", item_id)),
        Err(e) => return Err(e.into()),
    };
    let unit = match op {
        Operation::ReviewRequirement => store::compliance::get(tx, item.requirement_id).await?.issuer_unit_id,
        _ => item.unit_id,
    };
    // Not visible → not found; visible but not allowed → forbidden.
    authz::visible(tx, caller, Subject::Unit(item.unit_id))
        .await?
        .ok_or_else(|| Error::not_found("requirement_item", item_id))?;
    let b = store::access::belonging(tx, Subject::Unit(unit)).await?;
    if !caller.principal.may(op, &b.target()) {
        return Err(Error::forbidden());
    }
    let r = store::compliance::get(tx, item.requirement_id).await?;
    Ok((item, r))
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
    let (item, r) = item_for(&mut tx, caller, Operation::ReportRequirement, item_id).await?;
    let input = input.validate(cx.clock.today)?;
    if let Some(m) = r.meeting_month.as_deref() {
        let month = Month::parse("meeting_month", m)?;
        let Some(mid) = input.meeting_id else {
            return Err(domain::FieldError::invalid(
                "meeting_id",
                format!("Yêu cầu này phải thực hiện trong kỳ sinh hoạt tháng {month}; hãy chọn buổi sinh hoạt."),
                format!("This must be done in the meeting of {month}; choose the meeting."),
            )
            .into());
        };
        let meeting = store::compliance::meeting(&mut tx, mid)
            .await
            .map_err(|_| authz::unknown("meeting_id", Subject::Unit(mid)))?;
        if meeting.unit_id != item.unit_id {
            return Err(authz::unknown("meeting_id", Subject::Unit(mid)));
        }
        check_meeting(month, meeting.held_on)?;
    }
    let after = store::compliance::report_done(&mut tx, &item, &input).await?;
    let tenant_id = store::units::get(&mut tx, item.unit_id).await?.tenant_id;
    let to = Attachment {
        subject: Subject::Unit(item.unit_id),
        tenant_id,
        record_kind: "requirement_item",
        record_id: item.id,
    };
    let stored = crate::files::attach_in(&mut tx, &cx, &to, &mut files).await?;
    tx.commit().await?;
    Ok((after, stored))
}

/// The issuing office accepts the report or returns it with a reason.
pub async fn review(app: &App, caller: &Caller, item_id: i64, input: ReviewInput) -> Result<Item> {
    let mut tx = app.write(caller).await?;
    let (item, _) = item_for(&mut tx, caller, Operation::ReviewRequirement, item_id).await?;
    let after = store::compliance::review(&mut tx, &item, &input.validate()?).await?;
    tx.commit().await?;
    Ok(after)
}

/// The units not done (pending, late or returned), for the issuing office's reminder.
pub async fn not_done(app: &App, caller: &Caller, id: i64) -> Result<Vec<i64>> {
    let mut tx = app.db.read().await?;
    let r = store::compliance::get(&mut tx, id).await?;
    authz::check(
        &mut tx,
        caller,
        Operation::ReviewRequirement,
        Subject::Unit(r.issuer_unit_id),
    )
    .await?;
    Ok(store::compliance::not_done_units(&mut tx, id).await?)
}

/// Records a unit's regular meeting: someone who reports for that unit.
pub async fn record_meeting(app: &App, caller: &Caller, input: MeetingInput) -> Result<Meeting> {
    let mut tx = app.write(caller).await?;
    let m = record_meeting_in(&mut tx, caller, &app.ctx(), input).await?;
    tx.commit().await?;
    Ok(m)
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
