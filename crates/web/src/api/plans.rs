//! `/plans`: reading a plan's text (or .docx) into a reviewed draft, and importing the
//! reviewed draft as a document with its tasks, all or nothing.

use axum::Json;
use axum::extract::{FromRequest, Request, State};
use axum::http::StatusCode;
use axum::http::header::CONTENT_TYPE;
use axum::response::{IntoResponse, Response};
use serde::Deserialize;
use store::plan_import::{PlanExtract, PlanImport, PlanImported};
use utoipa::{IntoParams, ToSchema};

use crate::AppState;
use crate::auth::{Auth, guard};
use crate::error::{ApiError, ApiJson, ErrorBody};
use domain::access::Action;
use store::access::Subject;

/// The media type of a Word document.
pub const DOCX: &str = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
/// Largest .docx accepted.
const MAX_DOCX: usize = 16 * 1024 * 1024;
/// Largest text accepted (characters), and most tasks in one import.
const MAX_TEXT: usize = 2_000_000;
const MAX_TASKS: usize = 10_000;

#[derive(Debug, Deserialize, ToSchema)]
pub struct ExtractRequest {
    /// The plan's text, as pasted.
    pub text: String,
    /// The unit issuing the plan: unit names are matched among its tenant's units, nearest first.
    pub issuer_unit_id: i64,
}

#[derive(Debug, Deserialize, IntoParams)]
pub struct ExtractParams {
    /// The issuing unit, when the body is a .docx file.
    pub issuer_unit_id: Option<i64>,
}

fn issuer_missing() -> ApiError {
    ApiError::new(
        StatusCode::UNPROCESSABLE_ENTITY,
        "required",
        "Cần chọn đơn vị ban hành (issuer_unit_id).",
        "The issuing unit (issuer_unit_id) is required.",
        Some("issuer_unit_id".into()),
    )
}

/// Read a plan into a draft: header, implemented documents (resolved to ids when registered),
/// tasks with lead and cooperating units matched to unit ids, and the names left unmatched.
/// Send JSON `{"text", "issuer_unit_id"}`, or the .docx file itself with `?issuer_unit_id=`.
/// Nothing is written.
#[utoipa::path(post, path = "/plans/extract", tag = "plans", params(ExtractParams),
    request_body(content((ExtractRequest = "application/json"), ("application/vnd.openxmlformats-officedocument.wordprocessingml.document"))),
    responses((status = 200, body = PlanExtract), (status = 415, body = ErrorBody), (status = 422, body = ErrorBody)))]
pub async fn extract(State(st): State<AppState>, auth: Auth, req: Request) -> Result<Json<PlanExtract>, ApiError> {
    let content_type = req
        .headers()
        .get(CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .unwrap_or("")
        .to_string();
    let (text, issuer) = if content_type.starts_with(DOCX) {
        let params: ExtractParams = serde_urlencoded::from_str(req.uri().query().unwrap_or("")).map_err(|e| {
            ApiError::bad_request(
                None,
                format!("Tham số truy vấn không hợp lệ: {e}"),
                format!("Invalid query parameters: {e}"),
            )
        })?;
        let issuer = params.issuer_unit_id.ok_or_else(issuer_missing)?;
        let bytes = axum::body::to_bytes(req.into_body(), MAX_DOCX).await.map_err(|_| {
            ApiError::new(
                StatusCode::PAYLOAD_TOO_LARGE,
                "too_large",
                "Tệp .docx lớn quá 16 MB.",
                "The .docx file is larger than 16 MB.",
                None,
            )
        })?;
        let text = vntext::docx::docx_to_text(&bytes).map_err(|e| {
            ApiError::new(
                StatusCode::UNPROCESSABLE_ENTITY,
                e.code(),
                e.message_vi(),
                e.message_en(),
                None,
            )
        })?;
        (text, issuer)
    } else {
        let ApiJson(body) = ApiJson::<ExtractRequest>::from_request(req, &st).await?;
        (body.text, body.issuer_unit_id)
    };
    if text.chars().count() > MAX_TEXT {
        return Err(ApiError::new(
            StatusCode::PAYLOAD_TOO_LARGE,
            "too_large",
            "Văn bản dài quá 2 triệu ký tự.",
            "The text is longer than 2 million characters.",
            Some("text".into()),
        ));
    }
    let mut tx = st.db.read().await?;
    guard::check_ref(
        &mut tx,
        &auth,
        Action::ManageWork,
        Subject::Unit(issuer),
        "issuer_unit_id",
    )
    .await?;
    Ok(Json(store::plan_import::extract(&mut tx, &text, issuer).await?))
}

/// Save a reviewed plan: the document, its "implements" links and every task (hierarchy by
/// `parent_code`), in one transaction — all or nothing. Errors name the field at fault:
/// `document.symbol`, `implements[0]`, `tasks[3].lead_unit_id`.
#[utoipa::path(post, path = "/plans/import", tag = "plans", request_body = PlanImport,
    responses((status = 201, body = PlanImported), (status = 409, body = ErrorBody), (status = 422, body = ErrorBody)))]
pub async fn import(
    State(st): State<AppState>,
    auth: Auth,
    ApiJson(plan): ApiJson<PlanImport>,
) -> Result<Response, ApiError> {
    if plan.tasks.len() > MAX_TASKS {
        return Err(ApiError::new(
            StatusCode::PAYLOAD_TOO_LARGE,
            "too_many",
            "Mỗi kế hoạch nhập tối đa 10.000 nhiệm vụ.",
            "At most 10,000 tasks per plan.",
            Some("tasks".into()),
        ));
    }
    let clock = st.clock.clock();
    let mut tx = st.db.write_as(auth.actor.clone()).await?;
    let issuer = plan.document.issuer_unit_id;
    guard::check_ref(
        &mut tx,
        &auth,
        Action::ManageWork,
        Subject::Unit(issuer),
        "document.issuer_unit_id",
    )
    .await?;
    for (i, d) in plan.implements.iter().enumerate() {
        guard::check_ref(
            &mut tx,
            &auth,
            Action::Read,
            Subject::Document(*d),
            &format!("implements[{i}]"),
        )
        .await?;
    }
    let saved = store::plan_import::save(&mut tx, plan, &clock).await?;
    tx.commit().await?;
    let location = [(
        axum::http::header::LOCATION,
        format!("/api/v1/documents/{}", saved.document.id),
    )];
    Ok((StatusCode::CREATED, location, Json(saved)).into_response())
}
