//! Attached files: upload to a progress report (`multipart/form-data`, field `file`, several
//! allowed), list a task's files, download one. The body of an upload is streamed to the file
//! store; the size limit is the installation's (`max_upload_mb`, 20 MB by default).

use axum::Json;
use axum::extract::{FromRequest, Multipart, Path, Request, State};
use axum::response::Response;
use store::files::StoredFile;

use crate::AppState;
use crate::api::created;
use crate::auth::Auth;
use crate::error::{ApiError, ErrorBody};

/// An upload: one or more parts named `file`.
#[derive(utoipa::ToSchema)]
#[allow(dead_code)]
pub struct FileUpload {
    #[schema(value_type = Vec<String>, format = Binary)]
    file: Vec<u8>,
}

/// Attach files to a progress report (PDF, .docx, .xlsx, JPEG, PNG — told by content, not by
/// name): whoever may report progress on the task. All files are recorded, or none.
#[utoipa::path(post, path = "/tasks/{id}/progress/{report_id}/files", tag = "work",
    params(("id" = i64, Path), ("report_id" = i64, Path)),
    request_body(content = FileUpload, content_type = "multipart/form-data"),
    responses((status = 201, body = Vec<StoredFile>), (status = 403, body = ErrorBody), (status = 404, body = ErrorBody),
        (status = 409, body = ErrorBody), (status = 422, body = ErrorBody)))]
pub async fn upload(
    State(st): State<AppState>,
    auth: Auth,
    Path((id, report_id)): Path<(i64, i64)>,
    req: Request,
) -> Result<Response, ApiError> {
    // Who may attach is decided before anything is received.
    app::files::may_attach(&st.app, &auth, id, report_id).await?;
    let mp = Multipart::from_request(req, &st).await.map_err(|e| {
        ApiError::new(
            domain::ErrorCode::UnsupportedMediaType,
            format!("Hãy gửi tệp dạng multipart/form-data, trường “file” ({e})."),
            format!("Send the files as multipart/form-data, field “file” ({e})."),
        )
    })?;
    let posted = crate::files::read_multipart(&st, mp, "file").await?;
    if posted.files.is_empty() {
        return Err(domain::FieldError::required("file").into());
    }
    let stored = app::files::attach_to_report(&st.app, &auth, id, report_id, posted.files).await?;
    Ok(created(format!("/api/v1/tasks/{id}/files"), stored))
}

/// The files attached to a task's progress reports.
#[utoipa::path(get, path = "/tasks/{id}/files", tag = "work", params(("id" = i64, Path)),
    responses((status = 200, body = Vec<StoredFile>), (status = 404, body = ErrorBody)))]
pub async fn of_task(
    State(st): State<AppState>,
    auth: Auth,
    Path(id): Path<i64>,
) -> Result<Json<Vec<StoredFile>>, ApiError> {
    Ok(Json(app::files::of_task(&st.app, &auth, id).await?))
}

/// Download a file: only for those who may read the record it is attached to (others get
/// 404). Always an attachment, with `nosniff`.
#[utoipa::path(get, path = "/files/{id}", tag = "work", params(("id" = i64, Path)),
    responses((status = 200, description = "the file's bytes", content_type = "application/octet-stream"), (status = 404, body = ErrorBody)))]
pub async fn download(State(st): State<AppState>, auth: Auth, Path(id): Path<i64>) -> Result<Response, ApiError> {
    crate::files::download(&st, &auth, id).await
}
