//! API errors: `{"error": {"code", "message", "field"}}` with the right status code, the
//! message in Vietnamese unless the client asks for English (`Accept-Language: en`).

use axum::extract::{FromRequest, FromRequestParts, Request};
use axum::http::StatusCode;
use axum::http::request::Parts;
use axum::response::{IntoResponse, Response};
use domain::FieldError;
use serde::Serialize;
use serde::de::DeserializeOwned;
use store::StoreError;
use utoipa::ToSchema;

tokio::task_local! {
    /// The language of the current request's messages.
    pub static LANG: Lang;
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Lang {
    Vi,
    En,
}

impl Lang {
    /// `en` when the client prefers English over Vietnamese; Vietnamese otherwise.
    pub fn from_accept_language(header: Option<&str>) -> Lang {
        let Some(h) = header else { return Lang::Vi };
        for part in h.split(',') {
            let tag = part.split(';').next().unwrap_or("").trim().to_ascii_lowercase();
            if tag.starts_with("vi") {
                return Lang::Vi;
            }
            if tag.starts_with("en") {
                return Lang::En;
            }
        }
        Lang::Vi
    }

    pub fn current() -> Lang {
        LANG.try_with(|l| *l).unwrap_or(Lang::Vi)
    }
}

/// The body of every error response.
#[derive(Debug, Serialize, ToSchema)]
pub struct ErrorBody {
    pub error: ErrorDetail,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct ErrorDetail {
    /// Stable snake_case code, e.g. `required`, `invalid_symbol`, `stale_version`, `not_found`.
    pub code: String,
    pub message: String,
    /// The input field at fault, when there is one.
    pub field: Option<String>,
}

/// An error answered to the client.
#[derive(Debug)]
pub struct ApiError {
    pub status: StatusCode,
    pub code: String,
    pub message_vi: String,
    pub message_en: String,
    pub field: Option<String>,
}

impl ApiError {
    pub fn new(
        status: StatusCode,
        code: &str,
        vi: impl Into<String>,
        en: impl Into<String>,
        field: Option<String>,
    ) -> Self {
        ApiError {
            status,
            code: code.into(),
            message_vi: vi.into(),
            message_en: en.into(),
            field,
        }
    }

    pub fn field(status: StatusCode, e: FieldError) -> Self {
        ApiError::new(status, e.code, e.message_vi, e.message_en, Some(e.field))
    }

    pub fn bad_request(field: Option<String>, vi: String, en: String) -> Self {
        ApiError::new(StatusCode::BAD_REQUEST, "bad_request", vi, en, field)
    }
}

fn entity_vi(entity: &str) -> &str {
    match entity {
        "unit" => "đơn vị",
        "person" => "cán bộ",
        "document" => "văn bản",
        "task" => "nhiệm vụ",
        "target" => "chỉ tiêu",
        "theme" => "chủ đề công tác năm",
        "link" => "liên kết",
        "extension_request" => "đề nghị gia hạn",
        "explanation_request" => "yêu cầu giải trình",
        "progress_report" => "báo cáo tiến độ",
        other => other,
    }
}

impl From<StoreError> for ApiError {
    fn from(e: StoreError) -> Self {
        match e {
            StoreError::NotFound { entity, id } => ApiError::new(
                StatusCode::NOT_FOUND,
                "not_found",
                format!("Không tìm thấy {} có mã {id}.", entity_vi(entity)),
                format!("No {entity} with id {id}."),
                None,
            ),
            StoreError::Invalid(f) => ApiError::field(StatusCode::UNPROCESSABLE_ENTITY, f),
            StoreError::Conflict(f) => ApiError::field(StatusCode::CONFLICT, f),
            StoreError::StaleVersion { entity, id, expected } => ApiError::new(
                StatusCode::CONFLICT,
                "stale_version",
                format!(
                    "{} mã {id} đã được người khác sửa (phiên bản {expected} đã cũ). Hãy tải lại rồi sửa tiếp.",
                    capitalise(entity_vi(entity))
                ),
                format!("{entity} {id} was changed by someone else (version {expected} is stale); reload and retry."),
                Some("version".into()),
            ),
            StoreError::Db(err) => {
                tracing::error!(error = %err, "database error");
                internal()
            }
            StoreError::Migrate(err) => {
                tracing::error!(error = %err, "migration error");
                internal()
            }
        }
    }
}

impl From<FieldError> for ApiError {
    fn from(e: FieldError) -> Self {
        ApiError::field(StatusCode::UNPROCESSABLE_ENTITY, e)
    }
}

fn internal() -> ApiError {
    ApiError::new(
        StatusCode::INTERNAL_SERVER_ERROR,
        "internal",
        "Lỗi hệ thống; yêu cầu chưa được thực hiện. Vui lòng thử lại.",
        "Internal error; the request was not carried out. Please retry.",
        None,
    )
}

fn capitalise(s: &str) -> String {
    let mut c = s.chars();
    match c.next() {
        Some(f) => f.to_uppercase().chain(c).collect(),
        None => String::new(),
    }
}

impl IntoResponse for ApiError {
    fn into_response(self) -> Response {
        let message = match Lang::current() {
            Lang::Vi => self.message_vi,
            Lang::En => self.message_en,
        };
        let body = ErrorBody {
            error: ErrorDetail {
                code: self.code,
                message,
                field: self.field,
            },
        };
        (self.status, axum::Json(body)).into_response()
    }
}

/// A JSON body whose errors name the field at fault (`tasks[2].due_on`) in our error format.
pub struct ApiJson<T>(pub T);

impl<S: Send + Sync, T: DeserializeOwned> FromRequest<S> for ApiJson<T> {
    type Rejection = ApiError;

    async fn from_request(req: Request, state: &S) -> Result<Self, ApiError> {
        let is_json = req
            .headers()
            .get(axum::http::header::CONTENT_TYPE)
            .and_then(|v| v.to_str().ok())
            .is_some_and(|v| v.starts_with("application/json"));
        if !is_json {
            return Err(ApiError::new(
                StatusCode::UNSUPPORTED_MEDIA_TYPE,
                "unsupported_media_type",
                "Nội dung gửi lên phải là JSON (Content-Type: application/json).",
                "The request body must be JSON (Content-Type: application/json).",
                None,
            ));
        }
        let bytes = axum::body::Bytes::from_request(req, state).await.map_err(|e| {
            ApiError::bad_request(
                None,
                format!("Không đọc được nội dung gửi lên: {e}"),
                format!("Cannot read the body: {e}"),
            )
        })?;
        let de = &mut serde_json::Deserializer::from_slice(&bytes);
        serde_path_to_error::deserialize(de).map(ApiJson).map_err(|e| {
            let path = e.path().to_string();
            let inner = e.into_inner();
            let field = missing_field(&inner.to_string()).or_else(|| (path != ".").then(|| path.clone()));
            let what = field.clone().unwrap_or_else(|| "nội dung".into());
            ApiError::new(
                if inner.is_syntax() || inner.is_eof() {
                    StatusCode::BAD_REQUEST
                } else {
                    StatusCode::UNPROCESSABLE_ENTITY
                },
                if inner.is_syntax() || inner.is_eof() {
                    "invalid_json"
                } else {
                    "invalid"
                },
                format!("Giá trị của “{what}” không hợp lệ: {inner}"),
                format!("Invalid value for “{what}”: {inner}"),
                field,
            )
        })
    }
}

/// serde reports a missing field as "missing field `name`": take the name.
fn missing_field(msg: &str) -> Option<String> {
    let rest = msg.strip_prefix("missing field `")?;
    Some(rest.split('`').next()?.to_string())
}

/// Query parameters, with errors in our format.
pub struct ApiQuery<T>(pub T);

impl<S: Send + Sync, T: DeserializeOwned> FromRequestParts<S> for ApiQuery<T> {
    type Rejection = ApiError;

    async fn from_request_parts(parts: &mut Parts, _state: &S) -> Result<Self, ApiError> {
        let q = parts.uri.query().unwrap_or("");
        serde_urlencoded::from_str(q).map(ApiQuery).map_err(|e| {
            ApiError::bad_request(
                None,
                format!("Tham số truy vấn không hợp lệ: {e}"),
                format!("Invalid query parameters: {e}"),
            )
        })
    }
}

/// axum's own rejections (a path id that is not a number, an unknown route, a wrong method,
/// a body over the size limit) are plain text: answer them with our error body too, so every
/// 4xx a client sees has the same shape. Found by the API fuzz test.
pub async fn plain_rejections(req: axum::extract::Request, next: axum::middleware::Next) -> Response {
    let resp = next.run(req).await;
    let status = resp.status();
    let json = resp
        .headers()
        .get(axum::http::header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.starts_with("application/json") || v.starts_with("text/html"));
    // JSON errors and web pages (which render their own errors) pass as they are.
    if !status.is_client_error() || json {
        return resp;
    }
    let (code, vi, en) = match status {
        StatusCode::NOT_FOUND => ("not_found", "Không tìm thấy địa chỉ này.", "No such address."),
        StatusCode::METHOD_NOT_ALLOWED => (
            "method_not_allowed",
            "Địa chỉ này không nhận phương thức này.",
            "This address does not accept this method.",
        ),
        StatusCode::PAYLOAD_TOO_LARGE => (
            "too_large",
            "Nội dung gửi lên quá lớn.",
            "The request body is too large.",
        ),
        _ => (
            "bad_request",
            "Đường dẫn hoặc tham số không hợp lệ (ví dụ: mã số phải là số nguyên).",
            "Invalid path or parameter (for example, an id must be an integer).",
        ),
    };
    let (mut parts, _) = resp.into_parts();
    let mut fresh = ApiError::new(status, code, vi, en, None).into_response();
    // Keep headers such as `Allow`; the body's own headers come from the new response.
    parts.headers.remove(axum::http::header::CONTENT_TYPE);
    parts.headers.remove(axum::http::header::CONTENT_LENGTH);
    for (k, v) in parts.headers.iter() {
        fresh.headers_mut().insert(k.clone(), v.clone());
    }
    fresh
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn accept_language() {
        assert_eq!(Lang::from_accept_language(None), Lang::Vi);
        assert_eq!(Lang::from_accept_language(Some("en-US,en;q=0.9")), Lang::En);
        assert_eq!(Lang::from_accept_language(Some("vi-VN,vi;q=0.9,en;q=0.8")), Lang::Vi);
        assert_eq!(Lang::from_accept_language(Some("fr")), Lang::Vi);
    }
}
