//! `/plans`: reading a plan's text (or .docx) into a reviewed draft, and importing the
//! reviewed draft as a document with its tasks, all or nothing.

use axum::Json;
use axum::extract::{FromRequest, Request, State};
use axum::http::StatusCode;
use axum::http::header::CONTENT_TYPE;
use axum::response::{IntoResponse, Response};
use domain::ErrorCode;
use serde::Deserialize;
use utoipa::{IntoParams, ToSchema};

pub use app::plans::{PlanExtract, PlanImport, PlanImported};

use crate::AppState;
use crate::auth::Auth;
use crate::error::{ApiError, ApiJson, ErrorBody};

/// The media type of a Word document.
pub const DOCX: &str = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
/// Largest .docx accepted.
const MAX_DOCX: usize = 16 * 1024 * 1024;

#[derive(Debug, Deserialize, ToSchema)]
pub struct ExtractRequest {
    /// The plan's text, as pasted.
    pub text: String,
    /// The unit issuing the plan: unit names are matched among the units it may assign work to.
    pub issuer_unit_id: i64,
}

#[derive(Debug, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct ExtractParams {
    /// The issuing unit, when the body is a .docx file.
    pub issuer_unit_id: Option<i64>,
}

fn issuer_missing() -> ApiError {
    ApiError(domain::FieldError::required("issuer_unit_id").into())
}

/// The text of a .docx file, or the error saying why it cannot be read.
pub fn docx_text(bytes: &[u8]) -> Result<String, ApiError> {
    vntext::docx::docx_to_text(bytes).map_err(|e| {
        let code = ErrorCode::parse(e.code()).unwrap_or(ErrorCode::UnreadableFile);
        ApiError::new(code, e.message_vi(), e.message_en())
    })
}

/// Read a plan into a draft: header, implemented documents (resolved to ids when the caller may
/// read them), tasks with lead and cooperating units matched among the units the issuer may
/// assign work to, and the names left unmatched. Send JSON `{"text", "issuer_unit_id"}`, or the
/// .docx file itself with `?issuer_unit_id=`. Nothing is written.
#[utoipa::path(post, path = "/plans/extract", tag = "plans", params(ExtractParams),
    request_body(content((ExtractRequest = "application/json"), ("application/vnd.openxmlformats-officedocument.wordprocessingml.document"))),
    responses((status = 200, body = PlanExtract), (status = 403, body = ErrorBody), (status = 413, body = ErrorBody), (status = 415, body = ErrorBody), (status = 422, body = ErrorBody)))]
pub async fn extract(State(st): State<AppState>, auth: Auth, req: Request) -> Result<Json<PlanExtract>, ApiError> {
    let content_type = req
        .headers()
        .get(CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .unwrap_or("")
        .to_string();
    let (text, issuer) = if content_type.starts_with(DOCX) {
        let params: ExtractParams = crate::error::parse_query(req.uri().query().unwrap_or(""))?;
        let issuer = params.issuer_unit_id.ok_or_else(issuer_missing)?;
        let bytes = axum::body::to_bytes(req.into_body(), MAX_DOCX).await.map_err(|_| {
            ApiError::new(
                ErrorCode::TooLarge,
                "Tệp .docx lớn quá 16 MB.",
                "The .docx file is larger than 16 MB.",
            )
        })?;
        (docx_text(&bytes)?, issuer)
    } else {
        let ApiJson(body) = ApiJson::<ExtractRequest>::from_request(req, &st).await?;
        (body.text, body.issuer_unit_id)
    };
    Ok(Json(app::plans::extract(&st.app, &auth, &text, issuer).await?))
}

/// Save a reviewed plan: the document, its "implements" links and every task (hierarchy by
/// `parent_code`), in one transaction — all or nothing. Errors name the field at fault:
/// `document.symbol`, `implements[0]`, `tasks[3].lead_unit_id` (with how many other rows need
/// fixing).
#[utoipa::path(post, path = "/plans/import", tag = "plans", request_body = PlanImport,
    responses((status = 201, body = PlanImported), (status = 403, body = ErrorBody), (status = 409, body = ErrorBody), (status = 413, body = ErrorBody), (status = 422, body = ErrorBody)))]
pub async fn import(
    State(st): State<AppState>,
    auth: Auth,
    ApiJson(plan): ApiJson<PlanImport>,
) -> Result<Response, ApiError> {
    let saved = app::plans::import(&st.app, &auth, plan).await?;
    let location = [(
        axum::http::header::LOCATION,
        format!("/api/v1/documents/{}", saved.document.id),
    )];
    Ok((StatusCode::CREATED, location, Json(saved)).into_response())
}
