//! Attached files: recording received files on a record the caller may write (a progress
//! report…), and opening a file for a caller who may read the record it belongs to.
//!
//! A file is checked by the domain (`domain::file`: kind from the bytes, name, size, empty),
//! recorded, and only then given its content address, inside the same transaction as the
//! record it belongs to: a refused file leaves nothing, stored or written.

use std::path::PathBuf;

use domain::access::Operation;
use domain::task::ProgressInput;
use store::Tx;
use store::access::Subject;
use store::blobs::{Blobs, Received};
use store::files::{Attachment, StoredFile};

use crate::work::{ProgressAnswer, report_progress_in};
use crate::{App, Caller, Ctx, Error, Result, authz};

/// Where attachments are kept and how large one may be.
#[derive(Debug, Clone)]
pub struct FileSettings {
    pub blobs: Blobs,
    pub max_bytes: u64,
}

impl Default for FileSettings {
    fn default() -> Self {
        FileSettings {
            blobs: Blobs::new(std::env::temp_dir().join("dondoc-files")),
            max_bytes: domain::file::DEFAULT_MAX_BYTES,
        }
    }
}

fn io_error(e: std::io::Error) -> Error {
    tracing::error!(error = %e, "storing an attached file");
    Error::internal()
}

/// Checks and records `files` as attached to `to`, and gives each its content address. The
/// caller's right on the record is checked by the operation that calls this.
pub async fn attach_in(tx: &mut Tx, cx: &Ctx<'_>, to: &Attachment, files: &mut [Received]) -> Result<Vec<StoredFile>> {
    let mut stored = Vec::with_capacity(files.len());
    for f in files.iter_mut() {
        let input = f.input().validate(cx.settings.files.max_bytes)?;
        stored.push(store::files::attach(tx, to, &input).await?);
        cx.settings.files.blobs.keep(f).await.map_err(io_error)?;
    }
    Ok(stored)
}

/// What a progress report with files answers.
#[derive(Debug)]
pub struct ReportWithFiles {
    pub answer: ProgressAnswer,
    pub files: Vec<StoredFile>,
}

/// Reports progress with files attached as its evidence, in one transaction.
pub async fn report_progress_with_files(
    app: &App,
    caller: &Caller,
    task_id: i64,
    input: ProgressInput,
    mut files: Vec<Received>,
) -> Result<ReportWithFiles> {
    let mut tx = app.write(caller).await?;
    let cx = app.ctx();
    let answer = report_progress_in(&mut tx, caller, &cx, task_id, input).await?;
    let to = Attachment {
        subject: Subject::Task(task_id),
        tenant_id: answer.task.tenant_id,
        record_kind: "progress_report",
        record_id: answer.report.id,
    };
    let files = attach_in(&mut tx, &cx, &to, &mut files).await?;
    tx.commit().await?;
    Ok(ReportWithFiles { answer, files })
}

/// Attaches files to a progress report already made: whoever may report progress on the task.
pub async fn attach_to_report(
    app: &App,
    caller: &Caller,
    task_id: i64,
    report_id: i64,
    mut files: Vec<Received>,
) -> Result<Vec<StoredFile>> {
    let mut tx = app.write(caller).await?;
    let cx = app.ctx();
    authz::check(&mut tx, caller, Operation::ReportProgress, Subject::Task(task_id)).await?;
    let tenant_id = store::files::report_tenant(&mut tx, task_id, report_id)
        .await?
        .ok_or_else(|| Error::not_found("progress_report", report_id))?;
    let to = Attachment {
        subject: Subject::Task(task_id),
        tenant_id,
        record_kind: "progress_report",
        record_id: report_id,
    };
    let stored = attach_in(&mut tx, &cx, &to, &mut files).await?;
    tx.commit().await?;
    Ok(stored)
}

/// Whether the caller may attach files to report `report_id` of task `task_id` (checked before
/// an upload is received, so a refused caller sends nothing to disk).
pub async fn may_attach(app: &App, caller: &Caller, task_id: i64, report_id: i64) -> Result<()> {
    let mut tx = app.read_tx(caller).await?;
    authz::check(&mut tx, caller, Operation::ReportProgress, Subject::Task(task_id)).await?;
    store::files::report_tenant(&mut tx, task_id, report_id)
        .await?
        .ok_or_else(|| Error::not_found("progress_report", report_id))?;
    Ok(())
}

/// A file a caller may read, and where its content is.
#[derive(Debug)]
pub struct Opened {
    pub file: StoredFile,
    pub path: PathBuf,
}

/// Opens a file for reading: only for a caller who may read the record it belongs to; any other
/// caller is told it does not exist, exactly as for a missing file.
pub async fn open(app: &App, caller: &Caller, id: i64) -> Result<Opened> {
    let mut tx = app.read_tx(caller).await?;
    let missing = || Error::not_found("file", id);
    let file = match store::files::get(&mut tx, id).await {
        Ok(f) => f,
        Err(store::StoreError::NotFound { .. }) => return Err(missing()),
        Err(e) => return Err(e.into()),
    };
    let subject = file.subject().ok_or_else(missing)?;
    authz::visible(&mut tx, caller, subject).await?.ok_or_else(missing)?;
    let path = app.settings.files.blobs.path_of(&file.sha256).ok_or_else(missing)?;
    Ok(Opened { file, path })
}

/// The files attached through a task (its reports' evidence), for a caller who may read it.
pub async fn of_task(app: &App, caller: &Caller, task_id: i64) -> Result<Vec<StoredFile>> {
    let mut tx = app.read_tx(caller).await?;
    authz::check(&mut tx, caller, Operation::Read, Subject::Task(task_id)).await?;
    Ok(store::files::of_subject(&mut tx, Subject::Task(task_id)).await?)
}
