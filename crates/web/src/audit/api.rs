//! The audit trail of a task or a document: who changed what, when and from where.

use axum::Json;
use axum::extract::{Path, State};
use store::access::Subject;
use store::audit::AuditEntry;

use crate::AppState;
use crate::auth::Auth;
use crate::error::{ApiError, ErrorBody};

/// The audit entries of a task, oldest first: creation, edits, progress, completion,
/// extensions and explanations, each with who, when, before and after (the client's address
/// only for administrators of accounts).
#[utoipa::path(get, path = "/tasks/{id}/audit", tag = "tasks", params(("id" = i64, Path)),
    responses((status = 200, body = Vec<AuditEntry>), (status = 404, body = ErrorBody)))]
pub async fn task(
    State(st): State<AppState>,
    auth: Auth,
    Path(id): Path<i64>,
) -> Result<Json<Vec<AuditEntry>>, ApiError> {
    let mut r = st.app.read(&auth).await?;
    Ok(Json(r.audit(Subject::Task(id)).await?))
}

/// The audit entries of a document, oldest first: creation, edits, links added and removed.
#[utoipa::path(get, path = "/documents/{id}/audit", tag = "documents", params(("id" = i64, Path)),
    responses((status = 200, body = Vec<AuditEntry>), (status = 404, body = ErrorBody)))]
pub async fn document(
    State(st): State<AppState>,
    auth: Auth,
    Path(id): Path<i64>,
) -> Result<Json<Vec<AuditEntry>>, ApiError> {
    let mut r = st.app.read(&auth).await?;
    Ok(Json(r.audit(Subject::Document(id)).await?))
}
