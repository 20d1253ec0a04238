//! Reading compliance requirements for a caller, and reminding the units not done: the
//! requirements they see, one requirement's items under a unit, one item with its files, what
//! the caller's units still owe ("Việc của tôi"), a unit's meetings. Each read is narrowed to
//! what the caller may see (`authz`, `store::compliance_lists`).

use domain::access::{Action, Operation, Target};
use domain::compliance::Shown;
use domain::notify::NotificationKind;
use domain::unit::UnitPath;
use store::Tx;
use store::access::Subject;
use store::compliance::{Meeting, Requirement};
use store::compliance_lists::{ItemRow, Listed, Owed, RequirementFilter};
use store::files::StoredFile;

use crate::read::Reader;
use crate::{App, Caller, Error, Result, authz};

/// What a caller asks of the requirement list.
#[derive(Debug, Clone, Default)]
pub struct ListQuery {
    /// Only those concerning this unit (issued in it, or owed by units in it).
    pub within: Option<i64>,
    pub document_id: Option<i64>,
}

/// The units a caller is bound at and every unit above them: a requirement whose scope is one
/// of them is published to the caller.
fn bound_within(caller: &Caller) -> Vec<i64> {
    let mut ids: Vec<i64> = caller
        .principal
        .bindings
        .iter()
        .filter_map(|b| b.unit_path.as_ref())
        .flat_map(|p| p.ids())
        .collect();
    ids.sort_unstable();
    ids.dedup();
    ids
}

/// The requirements the caller sees, latest due first, with how far each is done (under
/// `within` when given).
pub async fn list(app: &App, caller: &Caller, q: ListQuery, limit: i64) -> Result<Vec<Listed>> {
    list_in(&mut app.read(caller).await?, q, limit).await
}

/// [`list`] in a page's own read snapshot (its record's access already checked there is not
/// read again).
pub async fn list_in(rd: &mut Reader<'_>, q: ListQuery, limit: i64) -> Result<Vec<Listed>> {
    let caller = rd.caller;
    let within = match q.within {
        Some(u) => {
            rd.check(Subject::Unit(u)).await?;
            Some(store::units::path_of(&mut rd.tx, u).await?)
        }
        None => None,
    };
    if let Some(d) = q.document_id {
        rd.check(Subject::Document(d)).await?;
    }
    let read = caller.principal.scope(Action::Read);
    let tenants = if read.all {
        Vec::new()
    } else {
        let bound = caller.principal.bindings.iter().filter_map(|b| b.unit_path.as_ref());
        let mut t: Vec<i64> = read.roots.iter().chain(bound).map(|p| p.tenant()).collect();
        t.sort_unstable();
        t.dedup();
        t
    };
    let f = RequirementFilter {
        read,
        bound_within: bound_within(caller),
        tenants,
        within,
        document_id: q.document_id,
    };
    let today = rd.clock().today;
    Ok(store::compliance_lists::list(&mut rd.tx, &f, today, limit.clamp(1, 500)).await?)
}

/// One requirement, for a caller who sees it.
pub async fn get(app: &App, caller: &Caller, id: i64) -> Result<Requirement> {
    crate::compliance::readable(&mut app.read(caller).await?, id).await
}

/// The items of a requirement under `unit_id` (a unit the caller reads), in tree order, only
/// those reading today as one of `shown` (all when empty).
pub async fn items(
    app: &App,
    caller: &Caller,
    id: i64,
    unit_id: i64,
    shown: &[Shown],
    limit: i64,
) -> Result<Vec<ItemRow>> {
    Ok(items_with_rights(app, caller, id, unit_id, shown, limit)
        .await?
        .into_iter()
        .map(|(i, _)| i)
        .collect())
}

/// What a caller may do with an item: report it (its unit's officers), review it (the
/// issuing unit's office).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct ItemRights {
    pub report: bool,
    pub review: bool,
}

/// [`items`], each with what the caller may do with it (the same rule as the operations').
pub async fn items_with_rights(
    app: &App,
    caller: &Caller,
    id: i64,
    unit_id: i64,
    shown: &[Shown],
    limit: i64,
) -> Result<Vec<(ItemRow, ItemRights)>> {
    items_with_rights_in(&mut app.read(caller).await?, id, unit_id, shown, limit).await
}

/// [`items_with_rights`] in the page's own read snapshot.
pub async fn items_with_rights_in(
    rd: &mut Reader<'_>,
    id: i64,
    unit_id: i64,
    shown: &[Shown],
    limit: i64,
) -> Result<Vec<(ItemRow, ItemRights)>> {
    let caller = rd.caller;
    // The requirement's place gives its issuer, who reviews the items.
    let issuer = rd.check(Subject::Requirement(id)).await?.owner;
    rd.check(Subject::Unit(unit_id)).await?;
    let within = store::units::path_of(&mut rd.tx, unit_id).await?;
    let today = rd.clock().today;
    let rows = store::compliance_lists::items(&mut rd.tx, id, &within, shown, today, limit.clamp(1, 500)).await?;
    Ok(rows
        .into_iter()
        .map(|row| {
            let rights = match UnitPath::parse(&row.unit_path) {
                Some(owner) => {
                    let t = Target {
                        owner: &owner,
                        cooperating: &[],
                        assigner: Some(&issuer),
                        responsible: None,
                        published_to: None,
                        team: &[],
                        confidential: false,
                    };
                    ItemRights {
                        report: caller.principal.may(Operation::ReportRequirement, &t),
                        review: caller.principal.may(Operation::ReviewRequirement, &t),
                    }
                }
                None => ItemRights::default(),
            };
            (row, rights)
        })
        .collect())
}

/// One item, its requirement and the files reported with it.
#[derive(Debug)]
pub struct ItemDetail {
    pub item: ItemRow,
    pub requirement: Requirement,
    pub files: Vec<StoredFile>,
    /// The meeting the report names.
    pub meeting: Option<Meeting>,
    /// What the caller may do with it.
    pub may_report: bool,
    pub may_review: bool,
}

pub async fn item(app: &App, caller: &Caller, item_id: i64) -> Result<ItemDetail> {
    let mut tx = app.read_tx(caller).await?;
    let b = authz::check(&mut tx, caller, Operation::Read, Subject::RequirementItem(item_id)).await?;
    let today = app.clock.clock().today;
    let item = store::compliance_lists::item_row(&mut tx, item_id, today).await?;
    let requirement = store::compliance::get(&mut tx, item.requirement_id).await?;
    let files = store::files::of_records(&mut tx, requirement.tenant_id, "requirement_item", &[item_id]).await?;
    let meeting = match item.meeting_id {
        Some(m) => Some(store::compliance::meeting(&mut tx, m).await?),
        None => None,
    };
    Ok(ItemDetail {
        may_report: caller.principal.may(Operation::ReportRequirement, &b.target()),
        may_review: caller.principal.may(Operation::ReviewRequirement, &b.target()),
        item,
        requirement,
        files,
        meeting,
    })
}

/// The files reported with each of `items` (already read by the caller) of a requirement of
/// `tenant` (its items' and their files').
pub async fn files_of(app: &App, tenant: i64, items: &[i64]) -> Result<Vec<StoredFile>> {
    let mut tx = app.db.read().await?;
    Ok(store::files::of_records(&mut tx, tenant, "requirement_item", items).await?)
}

/// [`files_of`] in the page's own read snapshot.
pub async fn files_of_in(rd: &mut Reader<'_>, tenant: i64, items: &[i64]) -> Result<Vec<StoredFile>> {
    Ok(store::files::of_records(&mut rd.tx, tenant, "requirement_item", items).await?)
}

/// What the caller's units still owe: items not reported (or returned) of units where the
/// caller may report, earliest due first.
pub async fn owed(app: &App, caller: &Caller, limit: i64) -> Result<Vec<Owed>> {
    app.read(caller).await?.owed(limit).await
}

impl Reader<'_> {
    /// [`owed`], in this reader's snapshot (a page that shows it beside other lists reads it
    /// in the same transaction: on Citus each transaction's opening is a round trip).
    pub async fn owed(&mut self, limit: i64) -> Result<Vec<Owed>> {
        let scope = self.caller.principal.scope(Operation::ReportRequirement.rule().action);
        if scope.all {
            // Administrators of everything owe nothing themselves.
            return Ok(Vec::new());
        }
        let today = self.clock().today;
        Ok(store::compliance_lists::owed(&mut self.tx, &scope.roots, today, limit.clamp(1, 200)).await?)
    }
}

/// A unit's recorded meetings, latest first.
pub async fn meetings(app: &App, caller: &Caller, unit_id: i64, limit: i64) -> Result<Vec<Meeting>> {
    let mut tx = app.read_tx(caller).await?;
    authz::check(&mut tx, caller, Operation::Read, Subject::Unit(unit_id)).await?;
    Ok(store::compliance_lists::meetings_of(&mut tx, unit_id, limit.clamp(1, 200)).await?)
}

/// Whether the caller may set requirements for units (to offer the form).
pub fn sets_requirements(caller: &Caller) -> bool {
    caller.principal.may_at_all(Operation::CreateRequirement.rule().action)
}

/// What a reminder did.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, utoipa::ToSchema)]
pub struct Reminded {
    /// Units not done (not reported, or returned).
    pub units: i64,
    /// Notifications written (an officer already told today is not told twice).
    pub notifications: i64,
}

/// The issuing office reminds every unit not done (one click): their officers are notified in
/// the application (and by mail as each prefers).
pub async fn remind(app: &App, caller: &Caller, id: i64) -> Result<Reminded> {
    let mut tx = app.write(caller).await?;
    authz::check(&mut tx, caller, Operation::ReviewRequirement, Subject::Requirement(id)).await?;
    let units = store::compliance::not_done_units(&mut tx, id).await?;
    let today = app.clock.clock().today;
    let made = store::notify::to_units(
        &mut tx,
        NotificationKind::RequirementDue,
        id,
        &units,
        today,
        caller.user_id(),
        true,
    )
    .await?;
    tx.commit().await?;
    Ok(Reminded {
        units: units.len() as i64,
        notifications: made.len() as i64,
    })
}

/// The daily run's part: the units not done by the due date of each requirement that fell due
/// yesterday are told, once. Returns the notifications written.
pub async fn remind_due(tx: &mut Tx, today: chrono::NaiveDate) -> Result<i64> {
    let yesterday = today.pred_opt().ok_or_else(Error::internal)?;
    let mut n = 0;
    for id in store::compliance_lists::due_on(tx, yesterday).await? {
        let units = store::compliance::not_done_units(tx, id).await?;
        n += store::notify::to_units(tx, NotificationKind::RequirementDue, id, &units, today, None, false)
            .await?
            .len() as i64;
    }
    Ok(n)
}
