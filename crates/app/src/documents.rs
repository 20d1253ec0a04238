//! Documents, the links between them, and annual themes.
//!
//! A document is registered by an office managing the work of its issuer. A link names another
//! document, which the caller must be able to read: its own, or one of the levels above that its
//! units implement (`domain::assign`: a body's documents are read by every unit it may assign
//! work to).

use domain::Valid;
use domain::access::Operation;
use domain::document::{DocumentDraft, DocumentInput, LinkInput, ThemeInput};
use store::Tx;
use store::access::Subject;
use store::model::{Document, DocumentLink, Theme};

use crate::{App, Caller, Ctx, Result, authz};

pub async fn create(app: &App, caller: &Caller, input: DocumentInput) -> Result<Document> {
    let cx = app.ctx();
    let mut tx = app.write(caller).await?;
    let d = create_in(&mut tx, caller, &cx, input).await?;
    tx.commit().await?;
    Ok(d)
}

pub async fn create_in(tx: &mut Tx, caller: &Caller, cx: &Ctx<'_>, input: DocumentInput) -> Result<Document> {
    let input: Valid<DocumentDraft> = input.validate(cx.clock.today)?;
    authz::named_for(
        tx,
        caller,
        Operation::CreateDocument,
        Subject::Unit(input.issuer_unit_id),
        "issuer_unit_id",
    )
    .await?;
    Ok(store::documents::create(tx, &input).await?)
}

/// Edits a document: rights on it, and on the issuer named in the input.
pub async fn update(app: &App, caller: &Caller, id: i64, version: i64, input: DocumentInput) -> Result<Document> {
    let cx = app.ctx();
    let input = input.validate(cx.clock.today)?;
    let mut tx = app.write(caller).await?;
    authz::check(&mut tx, caller, Operation::UpdateDocument, Subject::Document(id)).await?;
    authz::named_for(
        &mut tx,
        caller,
        Operation::UpdateDocument,
        Subject::Unit(input.issuer_unit_id),
        "issuer_unit_id",
    )
    .await?;
    let d = store::documents::update(&mut tx, id, version, &input).await?;
    tx.commit().await?;
    Ok(d)
}

/// Links document `id` to `to_id` (implements, guides, replaces, amends).
pub async fn link(app: &App, caller: &Caller, id: i64, input: LinkInput) -> Result<Vec<DocumentLink>> {
    let mut tx = app.write(caller).await?;
    let links = link_in(&mut tx, caller, id, input, "to_id").await?;
    tx.commit().await?;
    Ok(links)
}

pub async fn link_in(
    tx: &mut Tx,
    caller: &Caller,
    id: i64,
    input: LinkInput,
    field: &str,
) -> Result<Vec<DocumentLink>> {
    authz::check(tx, caller, Operation::LinkDocuments, Subject::Document(id)).await?;
    authz::named(tx, caller, Subject::Document(input.to_id), field).await?;
    Ok(store::documents::link(tx, id, &input).await?)
}

pub async fn unlink(app: &App, caller: &Caller, id: i64, link_id: i64) -> Result<()> {
    let mut tx = app.write(caller).await?;
    authz::check(&mut tx, caller, Operation::UnlinkDocuments, Subject::Document(id)).await?;
    store::documents::unlink(&mut tx, id, link_id).await?;
    tx.commit().await?;
    Ok(())
}

/// The plans a theme names must be readable by the caller.
async fn theme_plans(tx: &mut Tx, caller: &Caller, t: &ThemeInput) -> Result<()> {
    for (i, p) in t.plan_ids.iter().enumerate() {
        authz::named(tx, caller, Subject::Document(*p), &format!("plan_ids[{i}]")).await?;
    }
    Ok(())
}

pub async fn create_theme(app: &App, caller: &Caller, input: ThemeInput) -> Result<Theme> {
    let mut tx = app.write(caller).await?;
    let t = create_theme_in(&mut tx, caller, input.validate()?).await?;
    tx.commit().await?;
    Ok(t)
}

pub async fn create_theme_in(tx: &mut Tx, caller: &Caller, input: Valid<ThemeInput>) -> Result<Theme> {
    authz::named_for(
        tx,
        caller,
        Operation::CreateTheme,
        Subject::Unit(input.unit_id),
        "unit_id",
    )
    .await?;
    theme_plans(tx, caller, &input).await?;
    Ok(store::documents::create_theme(tx, &input).await?)
}

pub async fn update_theme(app: &App, caller: &Caller, id: i64, version: i64, input: ThemeInput) -> Result<Theme> {
    let input = input.validate()?;
    let mut tx = app.write(caller).await?;
    authz::check(&mut tx, caller, Operation::UpdateTheme, Subject::Theme(id)).await?;
    authz::named_for(
        &mut tx,
        caller,
        Operation::UpdateTheme,
        Subject::Unit(input.unit_id),
        "unit_id",
    )
    .await?;
    theme_plans(&mut tx, caller, &input).await?;
    let t = store::documents::update_theme(&mut tx, id, version, &input).await?;
    tx.commit().await?;
    Ok(t)
}
