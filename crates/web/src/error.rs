//! API errors: `{"error": {"code", "message", "field"}}` with the right status code, the
//! message in Vietnamese unless the client asks for English (`Accept-Language: en`).

use axum::extract::{FromRequest, FromRequestParts, Request};
use axum::http::StatusCode;
use axum::http::request::Parts;
use axum::response::{IntoResponse, Response};
use domain::{ErrorCode, FieldError};
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
    /// Stable snake_case code from the catalogue in `docs/api.md`, e.g. `required`,
    /// `invalid_symbol`, `stale_version`, `not_found`.
    pub code: String,
    pub message: String,
    /// The input field at fault, when there is one.
    pub field: Option<String>,
    /// The request's id, as in the server's log lines (quote it when reporting a problem).
    pub request_id: Option<String>,
}

/// The HTTP status of each error code — the one table.
pub fn status_of(code: ErrorCode) -> StatusCode {
    use ErrorCode as C;
    match code {
        C::Required
        | C::TooLong
        | C::Invalid
        | C::InvalidSymbol
        | C::UnknownReference
        | C::UnknownUnit
        | C::UnknownKey
        | C::OutOfScope
        | C::Cycle
        | C::NeedsConfirmation
        | C::DocxNotZip
        | C::DocxNoDocument
        | C::DocxUnsupportedCompression
        | C::DocxBadXml
        | C::UnreadableFile
        | C::EmptyFile
        | C::FileTooLarge
        | C::FileType => StatusCode::UNPROCESSABLE_ENTITY,
        C::InvalidJson | C::BadRequest => StatusCode::BAD_REQUEST,
        C::TooMany | C::TooLarge | C::DocxTooLarge => StatusCode::PAYLOAD_TOO_LARGE,
        C::UnsupportedMediaType => StatusCode::UNSUPPORTED_MEDIA_TYPE,
        C::StaleVersion
        | C::DuplicateSymbol
        | C::DuplicateLink
        | C::DuplicateTheme
        | C::DuplicateTarget
        | C::DuplicateCode
        | C::DuplicateLogin
        | C::InUse
        | C::NotEmpty
        | C::TaskClosed
        | C::InspectionStep
        | C::ExtensionPending
        | C::AlreadyDecided
        | C::AlreadyAnswered
        | C::DuplicateFile => StatusCode::CONFLICT,
        C::FormUsed => StatusCode::CONFLICT,
        C::Unauthenticated | C::BadCredentials => StatusCode::UNAUTHORIZED,
        C::TooManyAttempts | C::FeedbackLimit => StatusCode::TOO_MANY_REQUESTS,
        C::Busy => StatusCode::SERVICE_UNAVAILABLE,
        C::Forbidden | C::SeparationOfDuties | C::CrossSite => StatusCode::FORBIDDEN,
        C::NotFound => StatusCode::NOT_FOUND,
        C::MethodNotAllowed => StatusCode::METHOD_NOT_ALLOWED,
        C::Internal => StatusCode::INTERNAL_SERVER_ERROR,
    }
}

/// An error answered to the client: the operation's error, with its status from [`status_of`].
#[derive(Debug, Clone)]
pub struct ApiError(pub app::Error);

impl ApiError {
    pub fn status(&self) -> StatusCode {
        status_of(self.0.code)
    }

    pub fn new(code: ErrorCode, vi: impl Into<String>, en: impl Into<String>) -> Self {
        ApiError(app::Error::new(code, vi, en))
    }

    pub fn bad_request(field: Option<String>, vi: String, en: String) -> Self {
        let mut e = app::Error::bad_request(vi, en);
        e.field = field;
        ApiError(e)
    }

    /// The message in the current request's language.
    pub fn message(&self) -> &str {
        match Lang::current() {
            Lang::Vi => &self.0.message_vi,
            Lang::En => &self.0.message_en,
        }
    }
}

impl std::ops::Deref for ApiError {
    type Target = app::Error;
    fn deref(&self) -> &app::Error {
        &self.0
    }
}

impl From<app::Error> for ApiError {
    fn from(e: app::Error) -> Self {
        ApiError(e)
    }
}

impl From<StoreError> for ApiError {
    fn from(e: StoreError) -> Self {
        ApiError(e.into())
    }
}

impl From<FieldError> for ApiError {
    fn from(e: FieldError) -> Self {
        ApiError(e.into())
    }
}

impl IntoResponse for ApiError {
    fn into_response(self) -> Response {
        let status = self.status();
        let request_id = crate::request_id::current();
        if status.is_server_error() {
            tracing::error!(code = %self.0.code, request_id = request_id.as_deref().unwrap_or(""), "server error answered");
        }
        let retry_after = self.0.retry_after;
        let body = ErrorBody {
            error: ErrorDetail {
                code: self.0.code.as_str().to_string(),
                message: self.message().to_string(),
                field: self.0.field,
                request_id,
            },
        };
        let mut resp = (status, axum::Json(body)).into_response();
        if let Some(secs) = retry_after
            && let Ok(v) = axum::http::HeaderValue::from_str(&secs.to_string())
        {
            resp.headers_mut().insert(axum::http::header::RETRY_AFTER, v);
        }
        resp
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
                ErrorCode::UnsupportedMediaType,
                "Nội dung gửi lên phải là JSON (Content-Type: application/json).",
                "The request body must be JSON (Content-Type: application/json).",
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
            let (vi_label, en_label) = match field.as_deref() {
                Some(f) => domain::fields::label(f),
                None => ("nội dung", "body"),
            };
            let code = if inner.is_syntax() || inner.is_eof() {
                ErrorCode::InvalidJson
            } else {
                ErrorCode::Invalid
            };
            let mut e = app::Error::new(
                code,
                format!("Giá trị của “{vi_label}” không hợp lệ: {inner}"),
                format!("Invalid value for “{en_label}”: {inner}"),
            );
            e.field = field;
            ApiError(e)
        })
    }
}

/// serde reports a missing field as "missing field `name`": take the name.
fn missing_field(msg: &str) -> Option<String> {
    let rest = msg.strip_prefix("missing field `")?;
    Some(rest.split('`').next()?.to_string())
}

/// A query value with a control character (a NUL, a line break) is the client's mistake in that
/// parameter: refused here, before it can reach a database that cannot store it.
pub fn refuse_control_characters(query: &str) -> Result<(), ApiError> {
    let pairs: Vec<(String, String)> = serde_urlencoded::from_str(query).unwrap_or_default();
    match pairs.into_iter().find(|(_, v)| v.chars().any(char::is_control)) {
        None => Ok(()),
        Some((name, _)) => {
            let (vi, en) = domain::fields::label(&name);
            Err(ApiError::bad_request(
                Some(name.clone()),
                format!("“{vi}” chứa ký tự điều khiển không hợp lệ."),
                format!("“{en}” contains control characters."),
            ))
        }
    }
}

/// Query parameters, with errors in our format.
pub struct ApiQuery<T>(pub T);

impl<S: Send + Sync, T: DeserializeOwned> FromRequestParts<S> for ApiQuery<T> {
    type Rejection = ApiError;

    async fn from_request_parts(parts: &mut Parts, _state: &S) -> Result<Self, ApiError> {
        let q = parts.uri.query().unwrap_or("");
        refuse_control_characters(q)?;
        parse_query(q).map(ApiQuery)
    }
}

/// Query parameters parsed with errors that name the parameter at fault by its label ("Thiếu
/// tham số “Đơn vị”."), never by its internal name or serde's English wording.
pub fn parse_query<T: DeserializeOwned>(q: &str) -> Result<T, ApiError> {
    let de = serde_urlencoded::Deserializer::new(form_urlencoded::parse(q.as_bytes()));
    serde_path_to_error::deserialize(de).map_err(|e| {
        let path = e.path().to_string();
        let inner = e.into_inner().to_string();
        let (field, missing) = match missing_field(&inner) {
            Some(f) => (Some(f), true),
            None => ((path != ".").then_some(path), false),
        };
        let Some(name) = field else {
            return ApiError::bad_request(
                None,
                "Tham số truy vấn không hợp lệ.".to_string(),
                format!("Invalid query parameters: {inner}"),
            );
        };
        let (vi, en) = domain::fields::label(&name);
        let (msg_vi, msg_en) = if missing {
            (format!("Thiếu tham số “{vi}”."), format!("Missing parameter “{en}”."))
        } else {
            (
                format!("Giá trị của tham số “{vi}” không hợp lệ."),
                format!("Invalid value for “{en}”: {inner}"),
            )
        };
        ApiError::bad_request(Some(name), msg_vi, msg_en)
    })
}

/// axum's own rejections (a path id that is not a number, an unknown route, a wrong method,
/// a body over the size limit) are plain text: answer them with our error body too, so every
/// 4xx a client sees has the same shape. Found by the API fuzz test. Pages turn theirs into an
/// error page first ([`page_rejection`]), in the page's language.
pub async fn plain_rejections(req: axum::extract::Request, next: axum::middleware::Next) -> Response {
    // An address outside the API and the pages' routes (a mistyped page address) is a page
    // too, for whoever opened it in a browser.
    let page = (!req.uri().path().starts_with("/api/")).then(|| crate::pages::page_lang(req.headers()));
    let resp = next.run(req).await;
    match (rejection(&resp), page) {
        (Some(error), None) => with_headers_of(resp, error.into_response()),
        (Some(_), Some(lang)) => LANG.sync_scope(lang, || page_rejection(resp)),
        (None, _) => resp,
    }
}

/// A page's own plain-text rejection (`/nhiem-vu/abc`) as the error page a person reads.
pub fn page_rejection(resp: Response) -> Response {
    match rejection(&resp) {
        Some(error) => with_headers_of(resp, crate::kit::PageError(error).into_response()),
        None => resp,
    }
}

/// The error a plain-text 4xx from axum stands for; none for anything else (JSON errors and
/// web pages, which render their own errors, pass as they are).
fn rejection(resp: &Response) -> Option<ApiError> {
    let status = resp.status();
    let shaped = resp
        .headers()
        .get(axum::http::header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.starts_with("application/json") || v.starts_with("text/html"));
    if !status.is_client_error() || shaped {
        return None;
    }
    let (code, vi, en) = match status {
        StatusCode::NOT_FOUND => (ErrorCode::NotFound, "Không tìm thấy địa chỉ này.", "No such address."),
        StatusCode::METHOD_NOT_ALLOWED => (
            ErrorCode::MethodNotAllowed,
            "Địa chỉ này không nhận phương thức này.",
            "This address does not accept this method.",
        ),
        StatusCode::PAYLOAD_TOO_LARGE => (
            ErrorCode::TooLarge,
            "Nội dung gửi lên quá lớn.",
            "The request body is too large.",
        ),
        StatusCode::UNSUPPORTED_MEDIA_TYPE => (
            ErrorCode::UnsupportedMediaType,
            "Kiểu nội dung gửi lên không được hỗ trợ.",
            "Unsupported media type.",
        ),
        _ => (
            ErrorCode::BadRequest,
            "Đường dẫn hoặc tham số không hợp lệ (ví dụ: mã số phải là số nguyên).",
            "Invalid path or parameter (for example, an id must be an integer).",
        ),
    };
    Some(ApiError::new(code, vi, en))
}

/// `fresh` with the headers of `old` it does not set itself (such as `Allow`).
fn with_headers_of(old: Response, mut fresh: Response) -> Response {
    let (mut parts, _) = old.into_parts();
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

    /// `docs/api.md` lists every code of the catalogue with the status this table gives it,
    /// and no code that does not exist.
    #[test]
    fn the_documented_catalogue_is_the_real_one() {
        let doc = include_str!("../../../docs/api.md");
        let section = doc
            .split("## Errors")
            .nth(1)
            .expect("docs/api.md has an Errors section");
        let mut documented = std::collections::BTreeMap::new();
        for row in section.lines().take_while(|l| !l.starts_with("## ")) {
            let cells: Vec<&str> = row.split('|').map(str::trim).collect();
            let Some(status) = cells.get(1).and_then(|c| c.parse::<u16>().ok()) else {
                continue;
            };
            for code in cells[2].split(',').map(|c| c.trim().trim_matches('`')) {
                let known =
                    ErrorCode::parse(code).unwrap_or_else(|| panic!("docs/api.md lists `{code}`, which is not a code"));
                assert_eq!(
                    status_of(known).as_u16(),
                    status,
                    "docs/api.md gives `{code}` status {status}"
                );
                documented.insert(code.to_string(), status);
            }
        }
        let missing: Vec<&str> = ErrorCode::ALL
            .iter()
            .map(|c| c.as_str())
            .filter(|c| !documented.contains_key(*c))
            .collect();
        assert!(missing.is_empty(), "codes missing from docs/api.md: {missing:?}");
    }
}
