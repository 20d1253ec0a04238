//! Targets (chỉ tiêu) and their measured values.
//!
//! A target is set by an office managing the work of the unit it is for; the unit itself records
//! what it achieved (a figure cannot be dated in the future).

use domain::access::Operation;
use domain::target::TargetInput;
use domain::{Valid, dates};
use store::Tx;
use store::access::Subject;
use store::model::Target;
use store::targets::ActualInput;

use crate::{App, Caller, Ctx, Result, authz};

/// Creates a target (`existing` none) or updates one (its id and the version read), with the
/// rights both need: on the target, and on the unit it is for.
pub async fn save(app: &App, caller: &Caller, existing: Option<(i64, i64)>, input: TargetInput) -> Result<Target> {
    let input = input.validate()?;
    let mut tx = app.write(caller).await?;
    let t = save_in(&mut tx, caller, existing, &input).await?;
    tx.commit().await?;
    Ok(t)
}

pub async fn save_in(
    tx: &mut Tx,
    caller: &Caller,
    existing: Option<(i64, i64)>,
    input: &Valid<TargetInput>,
) -> Result<Target> {
    let op = match existing {
        Some((id, _)) => {
            authz::check(tx, caller, Operation::UpdateTarget, Subject::Target(id)).await?;
            Operation::UpdateTarget
        }
        None => Operation::CreateTarget,
    };
    authz::named_for(tx, caller, op, Subject::Unit(input.unit_id), "unit_id").await?;
    Ok(match existing {
        Some((id, version)) => store::targets::update(tx, id, version, input).await?,
        None => store::targets::create(tx, input).await?,
    })
}

/// Records a measured value of a target.
pub async fn record_actual(app: &App, caller: &Caller, id: i64, input: ActualInput) -> Result<Target> {
    let mut tx = app.write(caller).await?;
    let t = record_actual_in(&mut tx, caller, &app.ctx(), id, input).await?;
    tx.commit().await?;
    Ok(t)
}

pub async fn record_actual_in(
    tx: &mut Tx,
    caller: &Caller,
    cx: &Ctx<'_>,
    id: i64,
    input: ActualInput,
) -> Result<Target> {
    authz::check(tx, caller, Operation::RecordActual, Subject::Target(id)).await?;
    dates::not_future("measured_on", input.measured_on, cx.clock.today)?;
    Ok(store::targets::record_actual(tx, id, input).await?)
}
