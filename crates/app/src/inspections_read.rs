//! Reading inspections: an inspection as its reader may see it (the working papers only for the
//! team and the commission; the subjects, findings and recommendations of the subjects the
//! reader reads — all of them for the inspecting side), one paper, the plans, the lists by step
//! and the follow-ups overdue.

use domain::access::{Action, Operation};
use domain::inspection::{InspectionStep, may_see_confidential, sees_every_subject, sees_subject};
use domain::unit::UnitPath;
use store::Tx;
use store::access::Subject;
use store::files::StoredFile;
use store::inspection_lists::{InspectionFilter, ListedInspection};
use store::inspections::{Finding, Inspection, Plan, Recommendation, Record, SubjectUnit, TeamMember};

use crate::{App, Caller, Error, Result, authz};

/// A paper with its files.
#[derive(Debug, Clone)]
pub struct RecordView {
    pub record: Record,
    pub files: Vec<StoredFile>,
}

/// An inspection as one reader sees it.
#[derive(Debug, Clone)]
pub struct InspectionView {
    pub inspection: Inspection,
    pub body_name: String,
    pub subjects: Vec<SubjectUnit>,
    pub team: Vec<TeamMember>,
    pub records: Vec<RecordView>,
    pub findings: Vec<Finding>,
    pub recommendations: Vec<Recommendation>,
    /// The reader reads the working papers (team or commission).
    pub confidential: bool,
    /// What the reader may do on it (for the forms shown).
    pub may: Vec<Operation>,
}

async fn unit_path(tx: &mut Tx, id: i64) -> Result<UnitPath> {
    Ok(store::units::path_of(tx, id).await?)
}

/// Reads inspection `id`: `not_found` for a reader who may not see it.
pub async fn get(app: &App, caller: &Caller, id: i64) -> Result<InspectionView> {
    let mut tx = app.read_tx(caller).await?;
    let b = authz::check(&mut tx, caller, Operation::Read, Subject::Inspection(id)).await?;
    let inspection = store::inspections::get(&mut tx, id).await?;
    let body = store::units::get(&mut tx, inspection.body_unit_id).await?;
    let p = &caller.principal;
    let confidential = may_see_confidential(p, &b.owner, &b.team);
    let body_side = sees_every_subject(p, &b.owner, &b.team);
    let mut subjects = Vec::new();
    for s in store::inspections::subjects(&mut tx, &inspection).await? {
        let path = unit_path(&mut tx, s.unit_id).await?;
        if sees_subject(p, &b.owner, &b.team, &path) {
            subjects.push(s);
        }
    }
    let shown = |unit: Option<i64>| body_side || unit.is_some_and(|u| subjects.iter().any(|s| s.unit_id == u));
    let mut records = Vec::new();
    for r in store::inspections::records(&mut tx, &inspection).await? {
        let visible = if r.kind.is_confidential() {
            confidential
        } else {
            shown(r.subject_unit_id)
        };
        if visible {
            let files = store::files::of_subject(&mut tx, Subject::InspectionRecord(r.id)).await?;
            records.push(RecordView { record: r, files });
        }
    }
    let findings = store::inspections::findings(&mut tx, &inspection)
        .await?
        .into_iter()
        .filter(|f| shown(Some(f.subject_unit_id)))
        .collect();
    let recommendations = store::inspections::recommendations(&mut tx, &inspection, &app.clock.clock())
        .await?
        .into_iter()
        .filter(|r| shown(Some(r.subject_unit_id)))
        .collect();
    let target = b.target();
    let may = [
        Operation::DecideInspection,
        Operation::RecordVerification,
        Operation::DraftInspectionReport,
        Operation::ConcludeInspection,
        Operation::CloseRecommendation,
        Operation::CloseInspection,
        Operation::SubmitSelfReport,
    ]
    .into_iter()
    .filter(|op| p.may(*op, &target))
    .collect();
    let team = store::inspections::team(&mut tx, &inspection).await?;
    Ok(InspectionView {
        inspection,
        body_name: body.name,
        subjects,
        team,
        records,
        findings,
        recommendations,
        confidential,
        may,
    })
}

/// One paper with its files: `not_found` for a reader who may not see it (a working paper for
/// anyone outside the team and the commission).
pub async fn record(app: &App, caller: &Caller, id: i64) -> Result<RecordView> {
    let mut tx = app.read_tx(caller).await?;
    authz::check(&mut tx, caller, Operation::Read, Subject::InspectionRecord(id)).await?;
    let record = store::inspections::record(&mut tx, id).await?;
    let files = store::files::of_subject(&mut tx, Subject::InspectionRecord(id)).await?;
    Ok(RecordView { record, files })
}

/// The filter for what `caller` reads.
fn filter(caller: &Caller) -> InspectionFilter {
    InspectionFilter {
        read: caller.principal.scope(Action::Read),
        person_id: caller.principal.person_id,
        ..Default::default()
    }
}

async fn within(tx: &mut Tx, caller: &Caller, unit: Option<i64>) -> Result<Option<UnitPath>> {
    match unit {
        Some(u) => {
            authz::check(tx, caller, Operation::Read, Subject::Unit(u)).await?;
            Ok(Some(unit_path(tx, u).await?))
        }
        None => Ok(None),
    }
}

/// The inspections the caller sees at `steps` (all when empty), under `unit` when given.
pub async fn list(
    app: &App,
    caller: &Caller,
    unit: Option<i64>,
    steps: Vec<InspectionStep>,
    limit: i64,
) -> Result<Vec<ListedInspection>> {
    let mut tx = app.read_tx(caller).await?;
    let f = InspectionFilter {
        within: within(&mut tx, caller, unit).await?,
        steps,
        ..filter(caller)
    };
    let items = store::inspection_lists::list(&mut tx, &f, limit).await?;
    Ok(shown_subjects(caller, items))
}

/// [`sees_subject`] on paths as stored: a path that does not parse shows nothing.
fn sees_stored(p: &domain::access::Principal, body: &str, team: &[i64], subject: &str) -> bool {
    match (UnitPath::parse(body), UnitPath::parse(subject)) {
        (Some(body), Some(subject)) => sees_subject(p, &body, team, &subject),
        _ => false,
    }
}

/// Each listed inspection with only the subjects `caller` may see named
/// (`domain::inspection::sees_subject`, as on its page).
fn shown_subjects(caller: &Caller, mut items: Vec<ListedInspection>) -> Vec<ListedInspection> {
    let p = &caller.principal;
    for item in &mut items {
        let named = std::mem::take(&mut item.subjects).into_iter();
        let paths = std::mem::take(&mut item.subject_paths);
        (item.subjects, item.subject_paths) = named
            .zip(paths)
            .filter(|(_, path)| sees_stored(p, &item.body_path, &item.team, path))
            .unzip();
    }
    items
}

/// The plans of the inspecting bodies the caller reads.
pub async fn plans(app: &App, caller: &Caller, unit: Option<i64>) -> Result<Vec<Plan>> {
    let mut tx = app.read_tx(caller).await?;
    let w = within(&mut tx, caller, unit).await?;
    Ok(store::inspection_lists::plans(&mut tx, &caller.principal.scope(Action::Read), w.as_ref()).await?)
}

/// A plan and its inspections the caller sees: `not_found` when they cannot read its body.
pub async fn plan(app: &App, caller: &Caller, id: i64) -> Result<(Plan, Vec<ListedInspection>)> {
    let mut tx = app.read_tx(caller).await?;
    let missing = || Error::not_found("inspection_plan", id);
    let plan = match store::inspections::plan(&mut tx, id).await {
        Ok(p) => p,
        Err(store::StoreError::NotFound { .. }) => return Err(missing()),
        Err(e) => return Err(e.into()),
    };
    authz::visible(&mut tx, caller, Subject::Unit(plan.body_unit_id))
        .await?
        .ok_or_else(missing)?;
    let f = InspectionFilter {
        plan_id: Some(id),
        plan_tenant: Some(plan.tenant_id),
        ..filter(caller)
    };
    let items = store::inspection_lists::list(&mut tx, &f, 500).await?;
    Ok((plan, shown_subjects(caller, items)))
}

/// Recommendations whose follow-up is overdue today, of the inspections the caller sees.
pub async fn overdue(app: &App, caller: &Caller, unit: Option<i64>) -> Result<Vec<Recommendation>> {
    let mut tx = app.read_tx(caller).await?;
    let f = InspectionFilter {
        within: within(&mut tx, caller, unit).await?,
        ..filter(caller)
    };
    let p = &caller.principal;
    // The inspection is seen; its recommendation only by who sees its subject (as on its page).
    Ok(
        store::inspection_lists::overdue_follow_ups(&mut tx, &f, &app.clock.clock())
            .await?
            .into_iter()
            .filter(|r| sees_stored(p, &r.body_path, &r.team, &r.subject_path))
            .map(|r| r.recommendation)
            .collect(),
    )
}
