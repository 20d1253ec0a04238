//! Publishing to citizens: the office managing a unit's work chooses what its public page
//! shows (audited), and anyone may read that page without signing in. The public read goes
//! through [`public_page`], which reads only the chosen items and no personal data.

use domain::access::Operation;
use domain::publication::PublicationInput;
use domain::{ErrorCode, FieldError};
use store::access::Subject;
use store::publications::{PublicPage, Publication};

use crate::{App, Caller, Error, Result, authz};

/// The unit's settings (the caller must manage the unit's work).
pub async fn settings(app: &App, caller: &Caller, unit_id: i64) -> Result<Option<Publication>> {
    let mut tx = app.read_tx(caller).await?;
    authz::check(&mut tx, caller, Operation::PublishUnit, Subject::Unit(unit_id)).await?;
    Ok(store::publications::get(&mut tx, unit_id).await?)
}

/// Publishes, changes or withdraws the unit's public page. Every plan named must be one the
/// caller sees; nothing is written unless all of it is valid.
pub async fn publish(app: &App, caller: &Caller, unit_id: i64, input: PublicationInput) -> Result<Publication> {
    let input = input.validate()?;
    let mut tx = app.write(caller).await?;
    authz::check(&mut tx, caller, Operation::PublishUnit, Subject::Unit(unit_id)).await?;
    for (i, plan) in input.plan_ids.iter().enumerate() {
        let b = authz::visible(&mut tx, caller, Subject::Document(*plan)).await?;
        if b.is_none() {
            return Err(Error::from(FieldError::out_of_scope("plan_ids")).at(format!("plan_ids[{i}]")));
        }
    }
    let saved = store::publications::save(&mut tx, unit_id, &input).await?;
    tx.commit().await?;
    Ok(saved)
}

/// The public page of a unit, for anyone: `not_found` unless the unit publishes one.
pub async fn public_page(app: &App, unit_id: i64) -> Result<PublicPage> {
    let mut tx = app.db.read().await?;
    store::publications::public_page(&mut tx, unit_id)
        .await?
        .ok_or_else(|| {
            Error::new(
                ErrorCode::NotFound,
                "Đơn vị này chưa công khai thông tin.",
                "This unit publishes nothing.",
            )
        })
}

/// The published units with their last change, for the sitemap.
pub async fn published(app: &App) -> Result<Vec<(i64, chrono::DateTime<chrono::Utc>)>> {
    let mut tx = app.db.read().await?;
    Ok(store::publications::published(&mut tx).await?)
}
