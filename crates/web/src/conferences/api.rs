//! Conferences (`/conferences`, `/conference-series`): list, add, read, edit; attendance per
//! bridge point; materials and minutes as files; the conclusion notice saved as a plan with
//! tasks, linked to the conference.

use axum::Json;
use axum::extract::{FromRequest, Multipart, Path, Request, State};
use axum::response::Response;
use domain::conference::{AttendanceInput, ConferenceInput, SeriesInput, attendance_text, reach_text};
use serde::{Deserialize, Serialize};
use store::conferences::{Full, Series, Totals};
use store::files::StoredFile;
use utoipa::{IntoParams, ToSchema};

use crate::AppState;
use crate::api::{Versioned, created};
use crate::auth::Auth;
use crate::error::{ApiError, ApiJson, ApiQuery, ErrorBody};

/// A conference with its totals as reported.
#[derive(Debug, Serialize, ToSchema)]
pub struct ConferenceView {
    #[serde(flatten)]
    pub full: Full,
    pub totals: Totals,
    /// "14/14 điểm cầu".
    pub reach: String,
    /// "2.909/3.044 người, đạt 95,56 %", once counted.
    pub attendance: Option<String>,
    /// Materials and minutes (with their download links): in the answer for one conference,
    /// left out of lists.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub files: Option<Vec<StoredFile>>,
}

impl From<Full> for ConferenceView {
    fn from(full: Full) -> Self {
        let totals = full.totals();
        ConferenceView {
            reach: reach_text(totals.reported, totals.points),
            attendance: attendance_text(totals.present, totals.expected),
            totals,
            full,
            files: None,
        }
    }
}

#[derive(Debug, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct ConferenceQuery {
    /// Held by a unit in this subtree, or reaching a bridge point in it.
    pub within: Option<i64>,
    /// Disseminating this document, or concluded by it.
    pub document_id: Option<i64>,
    /// Sessions of this series.
    pub series_id: Option<i64>,
    /// At most 500; default 50.
    pub limit: Option<i64>,
}

/// The conferences the caller reads, latest first.
#[utoipa::path(get, path = "/conferences", tag = "conferences", params(ConferenceQuery),
    responses((status = 200, body = Vec<ConferenceView>), (status = 400, body = ErrorBody), (status = 404, body = ErrorBody)))]
pub async fn list(
    State(st): State<AppState>,
    auth: Auth,
    ApiQuery(q): ApiQuery<ConferenceQuery>,
) -> Result<Json<Vec<ConferenceView>>, ApiError> {
    let query = app::conferences_read::ListQuery {
        within: q.within,
        document_id: q.document_id,
        series_id: q.series_id,
    };
    let list = app::conferences_read::list(&st.app, &auth, query, q.limit.unwrap_or(50)).await?;
    Ok(Json(list.into_iter().map(ConferenceView::from).collect()))
}

/// Add a conference: the host must be a unit whose work the caller manages; every bridge point a
/// unit the host may assign work to; every document readable.
#[utoipa::path(post, path = "/conferences", tag = "conferences", request_body = ConferenceInput,
    responses((status = 201, body = ConferenceView), (status = 403, body = ErrorBody), (status = 422, body = ErrorBody)))]
pub async fn create(
    State(st): State<AppState>,
    auth: Auth,
    ApiJson(input): ApiJson<ConferenceInput>,
) -> Result<Response, ApiError> {
    let made = app::conferences::create(&st.app, &auth, input).await?;
    let id = made.conference.id;
    Ok(created(format!("/api/v1/conferences/{id}"), ConferenceView::from(made)))
}

/// A conference with its documents, audiences, bridge points, totals, materials and minutes.
#[utoipa::path(get, path = "/conferences/{id}", tag = "conferences", params(("id" = i64, Path)),
    responses((status = 200, body = ConferenceView), (status = 404, body = ErrorBody)))]
pub async fn get(
    State(st): State<AppState>,
    auth: Auth,
    Path(id): Path<i64>,
) -> Result<Json<ConferenceView>, ApiError> {
    let (full, files) = app::conferences_read::get_with_files(&st.app, &auth, id).await?;
    let mut view = ConferenceView::from(full);
    view.files = Some(files);
    Ok(Json(view))
}

/// Edit a conference as a whole (bridge points as sent, with their counts).
#[utoipa::path(put, path = "/conferences/{id}", tag = "conferences", params(("id" = i64, Path)),
    request_body = Versioned<ConferenceInput>,
    responses((status = 200, body = ConferenceView), (status = 404, body = ErrorBody), (status = 409, body = ErrorBody), (status = 422, body = ErrorBody)))]
pub async fn update(
    State(st): State<AppState>,
    auth: Auth,
    Path(id): Path<i64>,
    ApiJson(body): ApiJson<Versioned<ConferenceInput>>,
) -> Result<Json<ConferenceView>, ApiError> {
    let after = app::conferences::update(&st.app, &auth, id, body.version, body.data).await?;
    Ok(Json(after.into()))
}

/// Record the attendance reported at bridge points (present, and expected when it changed).
/// The host's office records any point; a point's own unit its own.
#[utoipa::path(post, path = "/conferences/{id}/attendance", tag = "conferences", params(("id" = i64, Path)),
    request_body = AttendanceInput,
    responses((status = 200, body = ConferenceView), (status = 403, body = ErrorBody), (status = 404, body = ErrorBody), (status = 422, body = ErrorBody)))]
pub async fn attendance(
    State(st): State<AppState>,
    auth: Auth,
    Path(id): Path<i64>,
    ApiJson(input): ApiJson<AttendanceInput>,
) -> Result<Json<ConferenceView>, ApiError> {
    Ok(Json(
        app::conferences::record_attendance(&st.app, &auth, id, input)
            .await?
            .into(),
    ))
}

/// Save the conference's conclusion notice (thông báo kết luận), reviewed as a plan
/// (`/plans/extract` reads it): the document, implementing the documents the conference
/// disseminated, and its tasks, linked to the conference — all or nothing.
#[utoipa::path(post, path = "/conferences/{id}/conclusion", tag = "conferences", params(("id" = i64, Path)),
    request_body = app::plans::PlanImport,
    responses((status = 201, body = app::plans::PlanImported), (status = 403, body = ErrorBody), (status = 404, body = ErrorBody), (status = 422, body = ErrorBody)))]
pub async fn conclusion(
    State(st): State<AppState>,
    auth: Auth,
    Path(id): Path<i64>,
    ApiJson(plan): ApiJson<app::plans::PlanImport>,
) -> Result<Response, ApiError> {
    let saved = app::conferences::conclude(&st.app, &auth, id, plan).await?;
    Ok(created(format!("/api/v1/documents/{}", saved.document.id), saved))
}

#[derive(Debug, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct PartQuery {
    /// `materials` (tài liệu) or `minutes` (biên bản); default `materials`.
    pub part: Option<String>,
}

/// An upload: one or more parts named `file`.
#[derive(ToSchema)]
#[allow(dead_code)]
pub struct ConferenceFiles {
    #[schema(value_type = Vec<String>, format = Binary)]
    file: Vec<u8>,
}

/// Attach materials or minutes (PDF, .docx, .xlsx, JPEG, PNG): the host's office.
#[utoipa::path(post, path = "/conferences/{id}/files", tag = "conferences", params(("id" = i64, Path), PartQuery),
    request_body(content = ConferenceFiles, content_type = "multipart/form-data"),
    responses((status = 201, body = Vec<StoredFile>), (status = 403, body = ErrorBody), (status = 404, body = ErrorBody), (status = 422, body = ErrorBody)))]
pub async fn upload(
    State(st): State<AppState>,
    auth: Auth,
    Path(id): Path<i64>,
    ApiQuery(q): ApiQuery<PartQuery>,
    req: Request,
) -> Result<Response, ApiError> {
    let part = match q.part.as_deref().map(str::trim) {
        None | Some("") => app::conferences::Part::Materials,
        Some(p) => app::conferences::Part::parse(p).ok_or_else(|| {
            ApiError::bad_request(
                Some("part".into()),
                format!("Không có loại tệp “{p}”; hãy dùng materials (tài liệu) hoặc minutes (biên bản)."),
                format!("There is no part “{p}”; use materials or minutes."),
            )
        })?,
    };
    app::conferences::may_attach(&st.app, &auth, id).await?;
    let mp = Multipart::from_request(req, &st).await.map_err(|e| {
        ApiError::new(
            domain::ErrorCode::UnsupportedMediaType,
            format!("Hãy gửi tệp dạng multipart/form-data, trường “file” ({e})."),
            format!("Send the files as multipart/form-data, field “file” ({e})."),
        )
    })?;
    let posted = crate::files::read_multipart(&st, mp, "file").await?;
    let stored = app::conferences::attach(&st.app, &auth, id, part, posted.files).await?;
    Ok(created(format!("/api/v1/conferences/{id}"), stored))
}

/// Start a series: one directive disseminated to several audiences, each session a conference
/// naming the series.
#[utoipa::path(post, path = "/conference-series", tag = "conferences", request_body = SeriesInput,
    responses((status = 201, body = Series), (status = 403, body = ErrorBody), (status = 422, body = ErrorBody)))]
pub async fn create_series(
    State(st): State<AppState>,
    auth: Auth,
    ApiJson(input): ApiJson<SeriesInput>,
) -> Result<Response, ApiError> {
    let s = app::conferences::create_series(&st.app, &auth, input).await?;
    Ok(created(format!("/api/v1/conferences?series_id={}", s.id), s))
}
