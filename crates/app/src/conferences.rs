//! Conferences: entered and edited by the host unit's office, with the documents they
//! disseminate, their audiences and bridge points; attendance reported per bridge point (by the
//! host, or by the point's own unit for its own count); materials and minutes attached; a
//! conclusion notice saved through the plan import and linked to the conference.
//!
//! Every record the input names is checked: the documents must be readable, the series must be
//! the host's own, and every bridge point must be a unit the host may assign work to
//! (`domain::assign::Reach::may_lead`, the rule for a task's lead unit).

use domain::access::{Operation, Target};
use domain::assign::Reach;
use domain::conference::{AttendanceInput, ConferenceInput, SeriesInput};
use domain::conference_roll_call::CountSource;
use domain::{ErrorCode, FieldError, Valid};
use store::Tx;
use store::access::Subject;
use store::blobs::Received;
use store::conferences::{Full, Series};
use store::files::{Attachment, StoredFile};

use crate::plans::{PlanImport, PlanImported};
use crate::{App, Caller, Ctx, Error, Result, authz};

/// Where attached files of a conference go.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Part {
    /// Tài liệu hội nghị: what was handed out or shown.
    Materials,
    /// Biên bản: the minutes.
    Minutes,
}

impl Part {
    pub fn record_kind(self) -> &'static str {
        match self {
            Part::Materials => "conference_materials",
            Part::Minutes => "conference_minutes",
        }
    }

    pub fn parse(s: &str) -> Option<Part> {
        match s {
            "materials" => Some(Part::Materials),
            "minutes" => Some(Part::Minutes),
            _ => None,
        }
    }
}

/// Checks what a validated conference names, for `op` on its host unit; answers the host's
/// path and tenant.
async fn check_names(
    tx: &mut Tx,
    caller: &Caller,
    op: Operation,
    input: &Valid<ConferenceInput>,
) -> Result<(domain::unit::UnitPath, i64)> {
    authz::named_for(tx, caller, op, Subject::Unit(input.host_unit_id), "host_unit_id").await?;
    for d in &input.document_ids {
        authz::named(tx, caller, Subject::Document(*d), "document_ids").await?;
    }
    if let Some(s) = input.series_id {
        let own = match store::conferences::series(tx, s).await {
            Ok(series) => series.host_unit_id == input.host_unit_id,
            Err(store::StoreError::NotFound { .. }) => false,
            Err(e) => return Err(e.into()),
        };
        if !own {
            return Err(Error::new(
                ErrorCode::UnknownReference,
                format!("Không tìm thấy đợt hội nghị có mã {s} của đơn vị tổ chức."),
                format!("No conference series with id {s} of the host unit."),
            )
            .at("series_id"));
        }
    }
    let host = store::access::unit_place(tx, input.host_unit_id).await?;
    let reach = Reach::of(&host);
    for (i, p) in input.bridge_points.iter().enumerate() {
        let field = format!("bridge_points[{i}].unit_id");
        let place = authz::unit_place(tx, caller, p.unit_id, &field).await?;
        if !reach.may_lead(&place) {
            return Err(FieldError::out_of_scope(&field).into());
        }
    }
    let tenant = store::units::get(tx, input.host_unit_id).await?.tenant_id;
    Ok((host.path, tenant))
}

/// Adds a conference.
pub async fn create(app: &App, caller: &Caller, input: ConferenceInput) -> Result<Full> {
    let cx = app.ctx();
    let mut tx = app.write(caller).await?;
    let made = create_in(&mut tx, caller, &cx, input).await?;
    tx.commit().await?;
    Ok(made)
}

pub async fn create_in(tx: &mut Tx, caller: &Caller, cx: &Ctx<'_>, input: ConferenceInput) -> Result<Full> {
    let input = input.validate(cx.clock.today)?;
    let (host, tenant) = check_names(tx, caller, Operation::CreateConference, &input).await?;
    Ok(store::conferences::create(tx, &input, &host, tenant).await?)
}

/// Edits a conference as a whole (the version read guards against a concurrent edit).
pub async fn update(app: &App, caller: &Caller, id: i64, version: i64, input: ConferenceInput) -> Result<Full> {
    let cx = app.ctx();
    let mut tx = app.write(caller).await?;
    authz::check(&mut tx, caller, Operation::UpdateConference, Subject::Conference(id)).await?;
    let input = input.validate(cx.clock.today)?;
    let (host, tenant) = check_names(&mut tx, caller, Operation::UpdateConference, &input).await?;
    let after = store::conferences::update(&mut tx, id, version, &input, &host, tenant).await?;
    tx.commit().await?;
    Ok(after)
}

/// Records the attendance reported at bridge points. The host's office may record any point;
/// a bridge point's own unit only its own.
pub async fn record_attendance(app: &App, caller: &Caller, id: i64, input: AttendanceInput) -> Result<Full> {
    let cx = app.ctx();
    let mut tx = app.write(caller).await?;
    let b = authz::check(&mut tx, caller, Operation::RecordAttendance, Subject::Conference(id)).await?;
    let full = store::conferences::full(&mut tx, id).await?;
    let expected_of = |unit: i64| full.points.iter().find(|p| p.unit_id == unit).and_then(|p| p.expected);
    let input = input.validate(full.conference.starts_on, cx.clock.today, expected_of)?;
    let for_any = caller
        .principal
        .may(Operation::RecordAttendance, &Target::unit(&b.owner));
    for (i, p) in input.points.iter().enumerate() {
        let field = format!("points[{i}].unit_id");
        let Some(point) = full.points.iter().find(|q| q.unit_id == p.unit_id) else {
            return Err(Error::new(
                ErrorCode::UnknownReference,
                format!("Đơn vị có mã {} không phải là điểm cầu của hội nghị này.", p.unit_id),
                format!("Unit {} is not a bridge point of this conference.", p.unit_id),
            )
            .at(field));
        };
        // Once the point's invitees are marked, its count is the roll-call's.
        if point.shown().2 == CountSource::Marks {
            return Err(Error::new(
                ErrorCode::Invalid,
                format!(
                    "Điểm cầu {} đã điểm danh từng người; số có mặt được tính theo điểm danh.",
                    point.unit_name
                ),
                format!(
                    "The people at {} are marked one by one; its count comes from the roll-call.",
                    point.unit_name
                ),
            )
            .at(format!("points[{i}].present")));
        }
        if !for_any {
            let path = store::units::path_of(&mut tx, p.unit_id).await?;
            if !caller.principal.may(Operation::RecordAttendance, &Target::unit(&path)) {
                return Err(Error::new(
                    ErrorCode::Forbidden,
                    "Đơn vị của bạn chỉ ghi số người dự tại điểm cầu của mình.",
                    "Your unit records the attendance at its own bridge point only.",
                )
                .at(field));
            }
        }
    }
    let after = store::conferences::record_attendance(&mut tx, id, &input).await?;
    tx.commit().await?;
    Ok(after)
}

/// Saves a conference's conclusion notice, reviewed as a plan, as a document implementing the
/// documents the conference disseminated, with its tasks; and links it to the conference.
pub async fn conclude(app: &App, caller: &Caller, id: i64, mut plan: PlanImport) -> Result<PlanImported> {
    let cx = app.ctx();
    let mut tx = app.write(caller).await?;
    authz::check(&mut tx, caller, Operation::ConcludeConference, Subject::Conference(id)).await?;
    let full = store::conferences::full(&mut tx, id).await?;
    for d in full.document_ids {
        if !plan.implements.contains(&d) {
            plan.implements.push(d);
        }
    }
    let saved = crate::plans::import_checked_in(&mut tx, caller, &cx, plan).await?;
    store::conferences::link_conclusion(&mut tx, id, saved.document.id).await?;
    tx.commit().await?;
    Ok(saved)
}

/// Links a conclusion notice already registered, with its tasks, to the conference (a notice
/// entered as a plan before anyone tied it to its conference; the demo's way). Linking names
/// the document, so the caller must be able to edit it as well as conclude the conference.
pub async fn link_conclusion_in(tx: &mut Tx, caller: &Caller, id: i64, document_id: i64) -> Result<()> {
    authz::check(tx, caller, Operation::ConcludeConference, Subject::Conference(id)).await?;
    authz::check(tx, caller, Operation::UpdateDocument, Subject::Document(document_id)).await?;
    store::conferences::link_conclusion(tx, id, document_id).await?;
    Ok(())
}

/// Whether the caller may attach materials or minutes to the conference (checked before an
/// upload is received).
pub async fn may_attach(app: &App, caller: &Caller, id: i64) -> Result<()> {
    let mut tx = app.read_tx(caller).await?;
    authz::check(&mut tx, caller, Operation::UpdateConference, Subject::Conference(id)).await?;
    Ok(())
}

/// Attaches materials or minutes to a conference.
pub async fn attach(
    app: &App,
    caller: &Caller,
    id: i64,
    part: Part,
    mut files: Vec<Received>,
) -> Result<Vec<StoredFile>> {
    let cx = app.ctx();
    let mut tx = app.write(caller).await?;
    authz::check(&mut tx, caller, Operation::UpdateConference, Subject::Conference(id)).await?;
    if files.is_empty() {
        return Err(FieldError::required("file").into());
    }
    let c = store::conferences::get(&mut tx, id).await?;
    let to = Attachment {
        subject: Subject::Conference(id),
        tenant_id: c.tenant_id,
        record_kind: part.record_kind(),
        record_id: id,
    };
    let stored = crate::files::attach_in(&mut tx, &cx, &to, &mut files).await?;
    tx.commit().await?;
    Ok(stored)
}

/// Starts a series of sessions held by a unit.
pub async fn create_series(app: &App, caller: &Caller, input: SeriesInput) -> Result<Series> {
    let mut tx = app.write(caller).await?;
    let s = create_series_in(&mut tx, caller, input).await?;
    tx.commit().await?;
    Ok(s)
}

pub async fn create_series_in(tx: &mut Tx, caller: &Caller, input: SeriesInput) -> Result<Series> {
    let input = input.validate()?;
    authz::named_for(
        tx,
        caller,
        Operation::CreateConference,
        Subject::Unit(input.host_unit_id),
        "host_unit_id",
    )
    .await?;
    let tenant = store::units::get(tx, input.host_unit_id).await?.tenant_id;
    Ok(store::conferences::create_series(tx, &input, tenant).await?)
}
