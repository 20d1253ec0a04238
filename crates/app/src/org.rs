//! The organisation: units and people.
//!
//! To create or edit a unit the caller manages the organisation of its parent (a new or moved
//! parent must be one too); a unit at the top of the tree is an administrator-of-everything's
//! decision. To place a person in a unit the caller manages that unit — the person's current unit
//! and the one named in the input alike.

use domain::access::Operation;
use domain::person::PersonInput;
use domain::unit::UnitInput;
use domain::{ErrorCode, Valid};
use store::Tx;
use store::access::Subject;
use store::model::{Person, Unit};

use crate::{App, Caller, Error, Result, authz};

/// The parent a unit is created or moved under must be one the caller may manage; no parent
/// makes a new tenant, which only administrators of everything may do. Editing a unit without
/// moving it (`current` = its parent today, unchanged) needs no right on the parent. A refusal
/// names `parent_id`, so forms show it beside that field.
pub(crate) async fn check_parent(
    tx: &mut Tx,
    caller: &Caller,
    parent: Option<i64>,
    current: Option<Option<i64>>,
) -> Result<()> {
    if current == Some(parent) {
        return Ok(());
    }
    match parent {
        Some(p) => match authz::named_for(tx, caller, Operation::CreateUnit, Subject::Unit(p), "parent_id").await {
            Err(e) if e.is(ErrorCode::Forbidden) => Err(Error::new(
                ErrorCode::Forbidden,
                "Tài khoản không có quyền quản lý đơn vị này nên không thể chọn làm đơn vị cấp trên.",
                "Your account may not manage this unit, so it cannot be the parent.",
            )
            .at("parent_id")),
            other => other.map(|_| ()),
        },
        None if !caller.principal.is_admin_everywhere() => Err(Error::new(
            ErrorCode::Forbidden,
            "Chỉ quản trị viên của toàn hệ thống mới được đặt đơn vị ở cấp cao nhất.",
            "Only an administrator of the whole system may make a unit top-level.",
        )
        .at("parent_id")),
        None => Ok(()),
    }
}

pub async fn create_unit(app: &App, caller: &Caller, input: UnitInput) -> Result<Unit> {
    let mut tx = app.write(caller).await?;
    let u = create_unit_in(&mut tx, caller, input.validate()?).await?;
    tx.commit().await?;
    Ok(u)
}

pub async fn create_unit_in(tx: &mut Tx, caller: &Caller, input: Valid<UnitInput>) -> Result<Unit> {
    check_parent(tx, caller, input.parent_id, None).await?;
    let u = store::units::create(tx, &input).await?;
    // A new unit inside a requirement's scope owes it too.
    store::compliance::sync_subtree(tx, u.id).await?;
    Ok(u)
}

/// Edits a unit; a new parent moves it with its whole subtree.
pub async fn update_unit(app: &App, caller: &Caller, id: i64, version: i64, input: UnitInput) -> Result<Unit> {
    let input = input.validate()?;
    let mut tx = app.write(caller).await?;
    let u = update_unit_in(&mut tx, caller, id, version, &input).await?;
    tx.commit().await?;
    Ok(u)
}

pub async fn update_unit_in(
    tx: &mut Tx,
    caller: &Caller,
    id: i64,
    version: i64,
    input: &Valid<UnitInput>,
) -> Result<Unit> {
    authz::check(tx, caller, Operation::UpdateUnit, Subject::Unit(id)).await?;
    let current = store::units::get(tx, id).await?.parent_id;
    check_parent(tx, caller, input.parent_id, Some(current)).await?;
    let u = store::units::update(tx, id, version, input).await?;
    if u.parent_id != current {
        // Moved: requirements' items follow the units into and out of their scopes.
        store::compliance::sync_subtree(tx, u.id).await?;
    }
    Ok(u)
}

/// Deletes a unit nothing refers to.
pub async fn delete_unit(app: &App, caller: &Caller, id: i64, version: i64) -> Result<()> {
    let mut tx = app.write(caller).await?;
    authz::check(&mut tx, caller, Operation::DeleteUnit, Subject::Unit(id)).await?;
    store::units::delete(&mut tx, id, version).await?;
    tx.commit().await?;
    Ok(())
}

pub async fn create_person(app: &App, caller: &Caller, input: PersonInput) -> Result<Person> {
    let mut tx = app.write(caller).await?;
    let p = create_person_in(&mut tx, caller, input.validate()?).await?;
    tx.commit().await?;
    Ok(p)
}

pub async fn create_person_in(tx: &mut Tx, caller: &Caller, input: Valid<PersonInput>) -> Result<Person> {
    authz::named_for(
        tx,
        caller,
        Operation::CreatePerson,
        Subject::Unit(input.unit_id),
        "unit_id",
    )
    .await?;
    Ok(store::people::create(tx, &input).await?)
}

/// Edits a person: rights on the person (their unit today) and on the unit named in the input.
pub async fn update_person(app: &App, caller: &Caller, id: i64, version: i64, input: PersonInput) -> Result<Person> {
    let input = input.validate()?;
    let mut tx = app.write(caller).await?;
    let p = update_person_in(&mut tx, caller, id, version, &input).await?;
    tx.commit().await?;
    Ok(p)
}

pub async fn update_person_in(
    tx: &mut Tx,
    caller: &Caller,
    id: i64,
    version: i64,
    input: &Valid<PersonInput>,
) -> Result<Person> {
    authz::check(tx, caller, Operation::UpdatePerson, Subject::Person(id)).await?;
    authz::named_for(
        tx,
        caller,
        Operation::UpdatePerson,
        Subject::Unit(input.unit_id),
        "unit_id",
    )
    .await?;
    Ok(store::people::update(tx, id, version, input).await?)
}
