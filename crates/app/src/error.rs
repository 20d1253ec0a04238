//! The one error every operation returns: a code from the domain's catalogue, the field at
//! fault, and the reason in Vietnamese and English. Internal causes (a database failure) are
//! logged here and never shown; the client gets `internal`.

use domain::{ErrorCode, FieldError};
use store::StoreError;

/// Why an operation did not happen. Nothing was written.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Error {
    pub code: ErrorCode,
    pub message_vi: String,
    pub message_en: String,
    /// The input field at fault, when there is one (`title`, `tasks[3].due_on`).
    pub field: Option<String>,
    /// For refusals that pass with time (throttling): seconds to wait.
    pub retry_after: Option<u64>,
}

pub type Result<T> = std::result::Result<T, Error>;

impl Error {
    pub fn new(code: ErrorCode, vi: impl Into<String>, en: impl Into<String>) -> Error {
        Error {
            code,
            message_vi: vi.into(),
            message_en: en.into(),
            field: None,
            retry_after: None,
        }
    }

    /// The code's own message.
    pub fn of(code: ErrorCode) -> Error {
        Error::new(code, code.label_vi(), code.label_en())
    }

    pub fn at(mut self, field: impl Into<String>) -> Error {
        self.field = Some(field.into());
        self
    }

    pub fn forbidden() -> Error {
        Error::of(ErrorCode::Forbidden)
    }

    pub fn internal() -> Error {
        Error::of(ErrorCode::Internal)
    }

    /// The database cannot be reached now (a server gone, a failover under way); the client
    /// may check and retry in a few seconds (HTTP 503). A transaction is all or nothing, so
    /// nothing was half saved.
    pub fn unavailable() -> Error {
        let mut e = Error::new(
            ErrorCode::Busy,
            "Tạm thời không kết nối được cơ sở dữ liệu. Vui lòng kiểm tra lại và thử lại sau ít giây.",
            "The database cannot be reached for now. Check and retry in a few seconds.",
        );
        e.retry_after = Some(5);
        e
    }

    /// A record that does not exist, or that the caller may not see (the same answer, so
    /// nothing leaks).
    pub fn not_found(entity: &str, id: i64) -> Error {
        Error::new(
            ErrorCode::NotFound,
            format!("Không tìm thấy {} có mã {id}.", entity_vi(entity)),
            format!("No {entity} with id {id}."),
        )
    }

    pub fn bad_request(vi: impl Into<String>, en: impl Into<String>) -> Error {
        Error::new(ErrorCode::BadRequest, vi, en)
    }

    pub fn is(&self, code: ErrorCode) -> bool {
        self.code == code
    }

    /// The same error for the item `index` of a list: `title` becomes `tasks[3].title`.
    pub fn in_item(mut self, list: &str, index: usize) -> Error {
        self.field = Some(match self.field.take() {
            Some(f) => format!("{list}[{index}].{f}"),
            None => format!("{list}[{index}]"),
        });
        self
    }
}

impl std::fmt::Display for Error {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match &self.field {
            Some(field) => write!(f, "{} ({field}): {}", self.code, self.message_en),
            None => write!(f, "{}: {}", self.code, self.message_en),
        }
    }
}

impl std::error::Error for Error {}

/// The Vietnamese name of a record kind, for messages.
pub fn entity_vi(entity: &str) -> &str {
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
        "file" => "tệp đính kèm",
        "requirement" => "yêu cầu thực hiện",
        "requirement_item" => "mục yêu cầu của đơn vị",
        "unit_meeting" => "buổi sinh hoạt",
        "user" => "tài khoản",
        "token" => "mã truy cập",
        "evaluation" => "hồ sơ đánh giá",
        "eval_rule_set" => "bộ tiêu chí đánh giá",
        "evaluation_year" => "kết quả xếp loại năm",
        "feedback_point" => "điểm lấy ý kiến",
        "conference" => "hội nghị",
        "conference_series" => "đợt hội nghị",
        "invitee" => "người trong danh sách mời",
        "inspection" => "cuộc kiểm tra",
        "inspection_plan" => "chương trình kiểm tra, giám sát",
        "inspection_record" => "hồ sơ kiểm tra",
        "inspection_recommendation" => "kiến nghị",
        other => other,
    }
}

fn capitalise(s: &str) -> String {
    let mut c = s.chars();
    match c.next() {
        Some(f) => f.to_uppercase().chain(c).collect(),
        None => String::new(),
    }
}

impl From<FieldError> for Error {
    fn from(e: FieldError) -> Error {
        Error {
            code: e.code,
            message_vi: e.message_vi,
            message_en: e.message_en,
            field: Some(e.field),
            retry_after: None,
        }
    }
}

impl From<StoreError> for Error {
    fn from(e: StoreError) -> Error {
        match e {
            StoreError::NotFound { entity, id } => Error::not_found(entity, id),
            StoreError::Invalid(f) | StoreError::Conflict(f) => f.into(),
            StoreError::StaleVersion { entity, id, expected } => Error::new(
                ErrorCode::StaleVersion,
                format!(
                    "{} mã {id} đã được người khác sửa (phiên bản {expected} đã cũ). Hãy tải lại rồi sửa tiếp.",
                    capitalise(entity_vi(entity))
                ),
                format!("{entity} {id} was changed by someone else (version {expected} is stale); reload and retry."),
            )
            .at("version"),
            StoreError::Db(err) if StoreError::unavailable(&err) => {
                tracing::warn!(error = %err, "database unavailable");
                Error::unavailable()
            }
            StoreError::Db(err) => {
                tracing::error!(error = %err, "database error");
                Error::internal()
            }
            StoreError::Migrate(err) => {
                tracing::error!(error = %err, "migration error");
                Error::internal()
            }
        }
    }
}
