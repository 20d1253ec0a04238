//! Inspection and supervision: a commission's annual plan, the decision with its team, the
//! subject's self-report, verification notes, the draft results report, the conclusion with its
//! findings, its recommendations followed up as tasks, and closing.
//!
//! Each step is checked against the procedure (`domain::inspection::procedure::next`) inside the
//! transaction that records it. The subjects of a plan must lie in what the commission may
//! inspect (`domain::inspection::reach`); the recommendations become tasks of the conclusion
//! notice through the task assignment every other task takes (`crate::tasks::assign_within`).

use domain::access::Operation;
use domain::assign::Reach;
use domain::document::DocumentInput;
use domain::inspection::procedure::self_report_event;
use domain::inspection::{
    CloseInput, ConclusionInput, Event, Facts, InspectionDecisionInput, PlanInput, RecordInput, RecordKind, next,
};
use domain::task::TaskInput;
use store::Tx;
use store::access::Subject;
use store::blobs::Received;
use store::files::{Attachment, StoredFile};
use store::inspections::{Inspection, Plan, Record};

use crate::{App, Caller, Ctx, Error, Result, authz};

/// What a commission may inspect, from its inspecting body.
pub(crate) async fn body_reach(tx: &mut Tx, body_unit_id: i64) -> Result<Reach> {
    let body = store::access::unit_place(tx, body_unit_id).await?;
    let parent = match store::units::get(tx, body_unit_id).await?.parent_id {
        Some(p) => Some(store::access::unit_place(tx, p).await?),
        None => None,
    };
    Ok(domain::inspection::reach(&body, parent.as_ref()))
}

/// A plan recorded, with its inspections.
#[derive(Debug)]
pub struct PlanCreated {
    pub plan: Plan,
    pub inspections: Vec<Inspection>,
}

/// Records a commission's annual plan: the caller records findings for the inspecting body,
/// and every subject is a unit they can see within what the body may inspect.
pub async fn create_plan(app: &App, caller: &Caller, input: PlanInput) -> Result<PlanCreated> {
    let mut tx = app.write(caller).await?;
    let made = create_plan_in(&mut tx, caller, input).await?;
    tx.commit().await?;
    Ok(made)
}

pub async fn create_plan_in(tx: &mut Tx, caller: &Caller, input: PlanInput) -> Result<PlanCreated> {
    // Someone who plans inspections nowhere is refused as such, before their input is read (a
    // ward's officer posting a plan is not told which field was wrong).
    if !caller.principal.may_at_all(Operation::PlanInspections.rule().action) {
        return Err(Error::forbidden());
    }
    let input = input.validate()?;
    authz::named_for(
        tx,
        caller,
        Operation::PlanInspections,
        Subject::Unit(input.body_unit_id),
        "body_unit_id",
    )
    .await?;
    let reach = body_reach(tx, input.body_unit_id).await?;
    for (i, item) in input.items.iter().enumerate() {
        for unit in &item.subject_unit_ids {
            let place = authz::unit_place(tx, caller, *unit, "subject_unit_ids")
                .await
                .map_err(|e| e.in_item("items", i))?;
            if !reach.covers(&place.path) || place.path == reach.issuer {
                return Err(Error::from(domain::FieldError::out_of_scope("subject_unit_ids")).in_item("items", i));
            }
        }
    }
    let tenant_id = store::units::get(tx, input.body_unit_id).await?.tenant_id;
    let (plan, inspections) = store::inspections::create_plan(tx, &input, tenant_id).await?;
    Ok(PlanCreated { plan, inspections })
}

/// The inspection, checked for `op`: `not_found` when the caller cannot see it.
async fn inspection_for(tx: &mut Tx, caller: &Caller, op: Operation, id: i64) -> Result<Inspection> {
    authz::check(tx, caller, op, Subject::Inspection(id)).await?;
    Ok(store::inspections::get(tx, id).await?)
}

/// Issues the inspection decision: its number, team and schedule. Every member of the team is
/// a person the caller can see.
pub async fn decide(app: &App, caller: &Caller, id: i64, input: InspectionDecisionInput) -> Result<Inspection> {
    let cx = app.ctx();
    let mut tx = app.write(caller).await?;
    let after = decide_in(&mut tx, caller, &cx, id, input).await?;
    tx.commit().await?;
    Ok(after)
}

pub async fn decide_in(
    tx: &mut Tx,
    caller: &Caller,
    cx: &Ctx<'_>,
    id: i64,
    input: InspectionDecisionInput,
) -> Result<Inspection> {
    let before = inspection_for(tx, caller, Operation::DecideInspection, id).await?;
    let input = input.validate(cx.clock.today)?;
    let to = next(before.step, Event::Decide, Facts::default())?;
    for (i, m) in input.team.iter().enumerate() {
        // The team is the inspecting body's own staff.
        authz::staff_of_province(tx, caller, m.person_id, before.tenant_id, "person_id")
            .await
            .map_err(|e| e.in_item("team", i))?;
    }
    Ok(store::inspections::decide(tx, &before, &input, to).await?)
}

/// A paper recorded, with its files.
#[derive(Debug)]
pub struct RecordMade {
    pub record: Record,
    pub files: Vec<StoredFile>,
}

fn not_a_subject() -> Error {
    domain::FieldError::invalid(
        "subject_unit_id",
        "Đơn vị được chọn không phải đối tượng của cuộc kiểm tra này.",
        "The unit chosen is not a subject of this inspection.",
    )
    .into()
}

/// Records a paper of `kind` with its files, in one transaction: a subject's self-report (by
/// those who report for the subject), a verification note or a draft (by the commission).
pub async fn add_record(
    app: &App,
    caller: &Caller,
    id: i64,
    kind: RecordKind,
    input: RecordInput,
    mut files: Vec<Received>,
) -> Result<RecordMade> {
    let cx = app.ctx();
    let mut tx = app.write(caller).await?;
    let record = add_record_in(&mut tx, caller, &cx, id, kind, input).await?;
    let files = attach_in(&mut tx, &cx, &record, &mut files).await?;
    tx.commit().await?;
    Ok(RecordMade { record, files })
}

pub async fn add_record_in(
    tx: &mut Tx,
    caller: &Caller,
    cx: &Ctx<'_>,
    id: i64,
    kind: RecordKind,
    input: RecordInput,
) -> Result<Record> {
    let op = record_operation(kind);
    let before = inspection_for(tx, caller, op, id).await?;
    let input = input.validate(kind, cx.clock.today)?;
    let subjects: Vec<i64> = store::inspections::subjects(tx, &before)
        .await?
        .iter()
        .map(|s| s.unit_id)
        .collect();
    if let Some(s) = input.subject_unit_id {
        if !subjects.contains(&s) {
            return Err(not_a_subject());
        }
        if kind == RecordKind::SelfReport {
            authz::named_for(tx, caller, op, Subject::Unit(s), "subject_unit_id").await?;
        }
    }
    let event = match kind {
        RecordKind::SelfReport => {
            let mine = input.subject_unit_id.unwrap_or_default();
            let reported = store::inspections::count_records(tx, id, RecordKind::SelfReport, None).await?;
            let mine_before = store::inspections::count_records(tx, id, RecordKind::SelfReport, Some(mine)).await?;
            let others = usize::try_from(reported - mine_before).unwrap_or(0);
            self_report_event(subjects.len(), others)
        }
        RecordKind::Verification => Event::Verify,
        RecordKind::Draft => Event::Draft,
    };
    let facts = Facts {
        verification_notes: usize::try_from(
            store::inspections::count_records(tx, id, RecordKind::Verification, None).await?,
        )
        .unwrap_or(0),
        open_recommendations: 0,
    };
    let to = next(before.step, event, facts)?;
    Ok(store::inspections::add_record(tx, &before, kind, &input, to).await?)
}

/// The operation a paper of `kind` takes.
pub fn record_operation(kind: RecordKind) -> Operation {
    match kind {
        RecordKind::SelfReport => Operation::SubmitSelfReport,
        RecordKind::Verification => Operation::RecordVerification,
        RecordKind::Draft => Operation::DraftInspectionReport,
    }
}

async fn attach_in(tx: &mut Tx, cx: &Ctx<'_>, r: &Record, files: &mut [Received]) -> Result<Vec<StoredFile>> {
    if files.is_empty() {
        return Ok(Vec::new());
    }
    let tenant_id = store::inspections::get(tx, r.inspection_id).await?.tenant_id;
    let to = Attachment {
        subject: Subject::InspectionRecord(r.id),
        tenant_id,
        record_kind: "inspection_record",
        record_id: r.id,
    };
    crate::files::attach_in(tx, cx, &to, files).await
}

/// Whether the caller may attach files to paper `record_id` (whoever may make such a paper on
/// it); checked before an upload is received.
pub async fn may_attach(app: &App, caller: &Caller, record_id: i64) -> Result<Record> {
    let mut tx = app.read_tx(caller).await?;
    may_attach_in(&mut tx, caller, record_id).await
}

async fn may_attach_in(tx: &mut Tx, caller: &Caller, record_id: i64) -> Result<Record> {
    let subject = Subject::InspectionRecord(record_id);
    authz::check(tx, caller, Operation::Read, subject).await?;
    let r = store::inspections::record(tx, record_id).await?;
    authz::check(tx, caller, record_operation(r.kind), subject).await?;
    Ok(r)
}

/// Attaches files to a paper already recorded.
pub async fn attach_to_record(
    app: &App,
    caller: &Caller,
    record_id: i64,
    mut files: Vec<Received>,
) -> Result<Vec<StoredFile>> {
    let cx = app.ctx();
    let mut tx = app.write(caller).await?;
    let r = may_attach_in(&mut tx, caller, record_id).await?;
    let stored = attach_in(&mut tx, &cx, &r, &mut files).await?;
    tx.commit().await?;
    Ok(stored)
}

/// The conclusion recorded and the tasks its recommendations became.
#[derive(Debug)]
pub struct Concluded {
    pub inspection: Inspection,
    pub task_ids: Vec<i64>,
}

/// Issues the conclusion: registers the notice as a document of the inspecting body, records
/// the findings per subject, and assigns each recommendation as a task of that notice, led by
/// the unit named, due on the date given — all in one transaction.
pub async fn conclude(app: &App, caller: &Caller, id: i64, input: ConclusionInput) -> Result<Concluded> {
    let cx = app.ctx();
    let mut tx = app.write(caller).await?;
    let c = conclude_in(&mut tx, caller, &cx, id, input).await?;
    tx.commit().await?;
    Ok(c)
}

pub async fn conclude_in(
    tx: &mut Tx,
    caller: &Caller,
    cx: &Ctx<'_>,
    id: i64,
    input: ConclusionInput,
) -> Result<Concluded> {
    let before = inspection_for(tx, caller, Operation::ConcludeInspection, id).await?;
    let subjects: Vec<i64> = store::inspections::subjects(tx, &before)
        .await?
        .iter()
        .map(|s| s.unit_id)
        .collect();
    let input = input.validate(&subjects, cx.clock.today)?;
    let to = next(before.step, Event::Conclude, Facts::default())?;
    let notice = DocumentInput {
        kind: None,
        symbol: input.symbol.clone(),
        title: format!("Thông báo kết luận kiểm tra: {}", before.content),
        issuer_unit_id: before.body_unit_id,
        issued_on: input.concluded_on,
        valid_from: None,
        valid_to: None,
    }
    .validate(cx.clock.today)?;
    let document = store::documents::create(tx, &notice).await?;
    let after = store::inspections::conclude(tx, &before, &input, document.id, to).await?;
    let reach = body_reach(tx, before.body_unit_id).await?;
    let mut task_ids = Vec::with_capacity(input.recommendations.len());
    for (i, r) in input.recommendations.iter().enumerate() {
        let task = TaskInput {
            plan_id: document.id,
            parent_id: None,
            code: Some((i + 1).to_string()),
            title: r.text.clone(),
            details: None,
            is_key: false,
            is_group: false,
            lead_unit_id: r.lead_unit_id,
            cooperating_unit_ids: Vec::new(),
            responsible_id: None,
            deadline_text: None,
            due_on: Some(r.due_on),
            recurrence: None,
            expected_output: None,
        };
        let t = crate::tasks::assign_within(tx, caller, cx, &reach, task)
            .await
            .map_err(|e| e.in_item("recommendations", i))?;
        store::inspections::add_recommendation(tx, &after, r.subject_unit_id, &r.text, t.id).await?;
        task_ids.push(t.id);
    }
    Ok(Concluded {
        inspection: after,
        task_ids,
    })
}

/// Formally closes a recommendation (with the reason) without its task done.
pub async fn close_recommendation(
    app: &App,
    caller: &Caller,
    id: i64,
    recommendation_id: i64,
    input: CloseInput,
) -> Result<()> {
    let cx = app.ctx();
    let mut tx = app.write(caller).await?;
    let before = inspection_for(&mut tx, caller, Operation::CloseRecommendation, id).await?;
    let input = input.validate()?;
    next(before.step, Event::CloseRecommendation, Facts::default())?;
    store::inspections::close_recommendation(&mut tx, &before, recommendation_id, &input.reason, cx.clock.today)
        .await?;
    tx.commit().await?;
    Ok(())
}

/// Closes the inspection once every recommendation is done or formally closed.
pub async fn close(app: &App, caller: &Caller, id: i64) -> Result<Inspection> {
    let cx = app.ctx();
    let mut tx = app.write(caller).await?;
    let before = inspection_for(&mut tx, caller, Operation::CloseInspection, id).await?;
    let open = store::inspections::open_recommendations(&mut tx, id).await?;
    let facts = Facts {
        verification_notes: 0,
        open_recommendations: usize::try_from(open).unwrap_or(usize::MAX),
    };
    let to = next(before.step, Event::Close, facts)?;
    let after = store::inspections::close(&mut tx, &before, cx.clock.today, to).await?;
    tx.commit().await?;
    Ok(after)
}
