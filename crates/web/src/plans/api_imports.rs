//! `/imports/{kind}`: the Excel sheets offices keep — units, people, targets, the tasks of a
//! plan — checked row by row (`…/preview`, nothing written) and saved all or nothing, in the
//! format the application exports. One route per kind, so that each carries the operation it
//! needs in the route policy.

use app::sheets::{Committed, Kind, SheetPreview};
use axum::Json;
use axum::extract::{Request, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};

use crate::AppState;
use crate::auth::Auth;
use crate::error::{ApiError, ErrorBody};
use crate::plans::sheet_upload::read_upload;

/// A sheet upload (`multipart/form-data`).
#[derive(utoipa::ToSchema)]
#[allow(dead_code)]
pub struct SheetUpload {
    /// The workbook (.xlsx), in the layout of the template or of an export.
    #[schema(value_type = String, format = Binary)]
    file: Vec<u8>,
    /// Units, people, targets: the unit whose subtree the sheet describes.
    unit_id: Option<i64>,
    /// Tasks: the plan they belong to.
    plan_id: Option<i64>,
    /// Unit names the matcher did not know, mapped: one field per name, `name=id`.
    unit_map: Option<Vec<String>>,
}

async fn preview(st: AppState, auth: Auth, kind: Kind, req: Request) -> Result<Json<SheetPreview>, ApiError> {
    let up = read_upload(&st, req).await?;
    Ok(Json(
        app::sheets::preview(&st.app, &auth, kind, up.bytes, &up.context).await?,
    ))
}

async fn commit(st: AppState, auth: Auth, kind: Kind, req: Request) -> Result<Response, ApiError> {
    let up = read_upload(&st, req).await?;
    let done = app::sheets::commit(&st.app, &auth, kind, up.bytes, &up.context).await?;
    Ok((StatusCode::OK, Json(done)).into_response())
}

/// Check a sheet of units (đơn vị) row by row; nothing is written. Each row says what saving would
/// do (create, update, unchanged) and its problems ("Dòng 17, cột Hạn: 'quy 4' — không hiểu
/// thời hạn"); unit names not recognised are listed for mapping.
#[utoipa::path(post, path = "/imports/units/preview", tag = "imports",
    request_body(content = SheetUpload, content_type = "multipart/form-data"),
    responses((status = 200, body = SheetPreview), (status = 403, body = ErrorBody), (status = 404, body = ErrorBody),
        (status = 413, body = ErrorBody), (status = 415, body = ErrorBody), (status = 422, body = ErrorBody)))]
pub async fn preview_units(
    State(st): State<AppState>,
    auth: Auth,
    req: Request,
) -> Result<Json<SheetPreview>, ApiError> {
    preview(st, auth, Kind::Units, req).await
}

/// Save a sheet of units (đơn vị): the checks run again and every row is saved in one
/// transaction through the same operations as the forms (`"result": "saved"`, with the counts)
/// — or, when any row has a problem, nothing is saved and the answer is `"result": "refused"`
/// with the preview and its rows in error. A file that cannot be read at all is a 422 error.
#[utoipa::path(post, path = "/imports/units", tag = "imports",
    request_body(content = SheetUpload, content_type = "multipart/form-data"),
    responses((status = 200, body = Committed), (status = 403, body = ErrorBody), (status = 404, body = ErrorBody),
        (status = 413, body = ErrorBody), (status = 415, body = ErrorBody), (status = 422, body = ErrorBody)))]
pub async fn import_units(State(st): State<AppState>, auth: Auth, req: Request) -> Result<Response, ApiError> {
    commit(st, auth, Kind::Units, req).await
}

/// Check a sheet of people (cán bộ) row by row; nothing is written. Each row says what saving would
/// do (create, update, unchanged) and its problems ("Dòng 17, cột Hạn: 'quy 4' — không hiểu
/// thời hạn"); unit names not recognised are listed for mapping.
#[utoipa::path(post, path = "/imports/people/preview", tag = "imports",
    request_body(content = SheetUpload, content_type = "multipart/form-data"),
    responses((status = 200, body = SheetPreview), (status = 403, body = ErrorBody), (status = 404, body = ErrorBody),
        (status = 413, body = ErrorBody), (status = 415, body = ErrorBody), (status = 422, body = ErrorBody)))]
pub async fn preview_people(
    State(st): State<AppState>,
    auth: Auth,
    req: Request,
) -> Result<Json<SheetPreview>, ApiError> {
    preview(st, auth, Kind::People, req).await
}

/// Save a sheet of people (cán bộ): the checks run again and every row is saved in one
/// transaction through the same operations as the forms (`"result": "saved"`, with the counts)
/// — or, when any row has a problem, nothing is saved and the answer is `"result": "refused"`
/// with the preview and its rows in error. A file that cannot be read at all is a 422 error.
#[utoipa::path(post, path = "/imports/people", tag = "imports",
    request_body(content = SheetUpload, content_type = "multipart/form-data"),
    responses((status = 200, body = Committed), (status = 403, body = ErrorBody), (status = 404, body = ErrorBody),
        (status = 413, body = ErrorBody), (status = 415, body = ErrorBody), (status = 422, body = ErrorBody)))]
pub async fn import_people(State(st): State<AppState>, auth: Auth, req: Request) -> Result<Response, ApiError> {
    commit(st, auth, Kind::People, req).await
}

/// Check a sheet of targets (chỉ tiêu) row by row; nothing is written. Each row says what saving would
/// do (create, update, unchanged) and its problems ("Dòng 17, cột Hạn: 'quy 4' — không hiểu
/// thời hạn"); unit names not recognised are listed for mapping.
#[utoipa::path(post, path = "/imports/targets/preview", tag = "imports",
    request_body(content = SheetUpload, content_type = "multipart/form-data"),
    responses((status = 200, body = SheetPreview), (status = 403, body = ErrorBody), (status = 404, body = ErrorBody),
        (status = 413, body = ErrorBody), (status = 415, body = ErrorBody), (status = 422, body = ErrorBody)))]
pub async fn preview_targets(
    State(st): State<AppState>,
    auth: Auth,
    req: Request,
) -> Result<Json<SheetPreview>, ApiError> {
    preview(st, auth, Kind::Targets, req).await
}

/// Save a sheet of targets (chỉ tiêu): the checks run again and every row is saved in one
/// transaction through the same operations as the forms (`"result": "saved"`, with the counts)
/// — or, when any row has a problem, nothing is saved and the answer is `"result": "refused"`
/// with the preview and its rows in error. A file that cannot be read at all is a 422 error.
#[utoipa::path(post, path = "/imports/targets", tag = "imports",
    request_body(content = SheetUpload, content_type = "multipart/form-data"),
    responses((status = 200, body = Committed), (status = 403, body = ErrorBody), (status = 404, body = ErrorBody),
        (status = 413, body = ErrorBody), (status = 415, body = ErrorBody), (status = 422, body = ErrorBody)))]
pub async fn import_targets(State(st): State<AppState>, auth: Auth, req: Request) -> Result<Response, ApiError> {
    commit(st, auth, Kind::Targets, req).await
}

/// Check a sheet of tasks (nhiệm vụ của một kế hoạch) row by row; nothing is written. Each row says what saving would
/// do (create, update, unchanged) and its problems ("Dòng 17, cột Hạn: 'quy 4' — không hiểu
/// thời hạn"); unit names not recognised are listed for mapping.
#[utoipa::path(post, path = "/imports/tasks/preview", tag = "imports",
    request_body(content = SheetUpload, content_type = "multipart/form-data"),
    responses((status = 200, body = SheetPreview), (status = 403, body = ErrorBody), (status = 404, body = ErrorBody),
        (status = 413, body = ErrorBody), (status = 415, body = ErrorBody), (status = 422, body = ErrorBody)))]
pub async fn preview_tasks(
    State(st): State<AppState>,
    auth: Auth,
    req: Request,
) -> Result<Json<SheetPreview>, ApiError> {
    preview(st, auth, Kind::Tasks, req).await
}

/// Save a sheet of tasks (nhiệm vụ của một kế hoạch): the checks run again and every row is saved in one
/// transaction through the same operations as the forms (`"result": "saved"`, with the counts)
/// — or, when any row has a problem, nothing is saved and the answer is `"result": "refused"`
/// with the preview and its rows in error. A file that cannot be read at all is a 422 error.
#[utoipa::path(post, path = "/imports/tasks", tag = "imports",
    request_body(content = SheetUpload, content_type = "multipart/form-data"),
    responses((status = 200, body = Committed), (status = 403, body = ErrorBody), (status = 404, body = ErrorBody),
        (status = 413, body = ErrorBody), (status = 415, body = ErrorBody), (status = 422, body = ErrorBody)))]
pub async fn import_tasks(State(st): State<AppState>, auth: Auth, req: Request) -> Result<Response, ApiError> {
    commit(st, auth, Kind::Tasks, req).await
}
