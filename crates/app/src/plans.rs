//! Plan import: a plan's text (pasted, .docx) read into a draft for review, and the reviewed draft
//! saved as a document with its links and tasks — all or nothing.

pub mod extract;
pub mod import;

use domain::access::Operation;
use domain::{ErrorCode, FieldError};
use store::access::Subject;

pub use extract::{ImplementedRef, PlanExtract, PlanHeader, TaskExtract, UnitMatch};
pub use import::{ImportTask, PlanImport, PlanImported};

use store::Tx;

use crate::{App, Caller, Ctx, Error, Result, authz};

/// Largest text accepted (characters), and most tasks in one import.
pub const MAX_TEXT: usize = 2_000_000;
pub const MAX_TASKS: usize = 10_000;

/// Reads a plan's text issued by a unit whose work the caller manages. Nothing is written.
pub async fn extract(app: &App, caller: &Caller, text: &str, issuer_unit_id: i64) -> Result<PlanExtract> {
    if text.chars().count() > MAX_TEXT {
        return Err(Error::new(
            ErrorCode::TooLarge,
            "Văn bản dài quá 2 triệu ký tự.",
            "The text is longer than 2 million characters.",
        )
        .at("text"));
    }
    if text.trim().is_empty() {
        return Err(FieldError::required("text").into());
    }
    let mut tx = app.read_tx(caller).await?;
    authz::named_for(
        &mut tx,
        caller,
        Operation::ImportPlan,
        Subject::Unit(issuer_unit_id),
        "issuer_unit_id",
    )
    .await?;
    extract::extract_in(&mut tx, caller, text, issuer_unit_id).await
}

/// Saves a reviewed plan.
pub async fn import(app: &App, caller: &Caller, plan: PlanImport) -> Result<PlanImported> {
    let cx = app.ctx();
    let mut tx = app.write(caller).await?;
    let saved = import_checked_in(&mut tx, caller, &cx, plan).await?;
    tx.commit().await?;
    Ok(saved)
}

/// Saves a reviewed plan inside the caller's transaction (a conference's conclusion notice is
/// saved this way, then linked to the conference): its size, then the caller's right to issue
/// plans for its issuer, then every check of [`import::import_in`].
pub async fn import_checked_in(tx: &mut Tx, caller: &Caller, cx: &Ctx<'_>, plan: PlanImport) -> Result<PlanImported> {
    if plan.tasks.len() > MAX_TASKS {
        return Err(Error::new(
            ErrorCode::TooMany,
            "Mỗi kế hoạch nhập tối đa 10.000 nhiệm vụ.",
            "At most 10,000 tasks per plan.",
        )
        .at("tasks"));
    }
    authz::named_for(
        tx,
        caller,
        Operation::ImportPlan,
        Subject::Unit(plan.document.issuer_unit_id),
        "document.issuer_unit_id",
    )
    .await?;
    import::import_in(tx, caller, cx, plan).await
}
