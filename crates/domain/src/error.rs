//! Errors people read: a stable code from one catalogue, the field at fault, and the reason in
//! Vietnamese and English.
//!
//! Every code a client can receive is a variant of [`ErrorCode`], serialised as the snake_case
//! string clients already depend on. The web layer maps each code to an HTTP status in one
//! table; `docs/api.md` lists them all (a test compares the two).

use serde::Serialize;

use crate::fields;

crate::labelled_enum! {
    /// The catalogue of error codes. The labels are the default message of each code, used when
    /// the place that raises the error has nothing more specific to say.
    ErrorCode {
        // ---- The input itself (422 unless noted)
        Required = "required", "Thông tin này là bắt buộc.", "This information is required.";
        TooLong = "too_long", "Nội dung dài quá mức cho phép.", "The text is too long.";
        Invalid = "invalid", "Giá trị không hợp lệ.", "Invalid value.";
        InvalidSymbol = "invalid_symbol", "Số, ký hiệu văn bản không hợp lệ.", "Invalid document number and symbol.";
        InvalidJson = "invalid_json", "Nội dung gửi lên không phải JSON hợp lệ.", "The body is not valid JSON.";
        BadRequest = "bad_request", "Yêu cầu không hợp lệ.", "Bad request.";
        UnknownReference = "unknown_reference", "Không tìm thấy bản ghi được chọn.", "The record chosen does not exist.";
        UnknownUnit = "unknown_unit", "Không tìm thấy đơn vị.", "Unknown unit.";
        UnknownKey = "unknown_key", "Không tìm thấy khóa dữ liệu.", "Unknown key.";
        OutOfScope = "out_of_scope", "Bản ghi được chọn nằm ngoài phạm vi được giao.", "The record chosen is outside the scope you may assign to.";
        Cycle = "cycle", "Không thể tạo vòng lặp.", "This would create a cycle.";
        TooMany = "too_many", "Quá nhiều mục trong một lần gửi.", "Too many items at once.";
        TooLarge = "too_large", "Nội dung gửi lên quá lớn.", "The request is too large.";
        UnsupportedMediaType = "unsupported_media_type", "Kiểu nội dung gửi lên không được hỗ trợ.", "Unsupported media type.";
        DocxNotZip = "docx_not_zip", "Tệp không phải tệp Word (.docx).", "The file is not a Word (.docx) file.";
        DocxNoDocument = "docx_no_document", "Tệp .docx không có nội dung văn bản.", "The .docx file has no document body.";
        DocxUnsupportedCompression = "docx_unsupported_compression", "Tệp .docx được nén theo cách không đọc được.", "The .docx file uses an unsupported compression.";
        DocxTooLarge = "docx_too_large", "Tệp .docx quá lớn.", "The .docx file is too large.";
        DocxBadXml = "docx_bad_xml", "Tệp .docx bị hỏng.", "The .docx file is damaged.";
        UnreadableFile = "unreadable_file", "Không đọc được tệp.", "The file cannot be read.";
        EmptyFile = "empty_file", "Tệp không có nội dung.", "The file is empty.";
        FileTooLarge = "file_too_large", "Tệp lớn hơn mức cho phép.", "The file is larger than allowed.";
        FileType = "file_type", "Chỉ nhận tệp PDF, Word (.docx), Excel (.xlsx), ảnh JPEG hoặc PNG.", "Only PDF, Word (.docx), Excel (.xlsx), JPEG and PNG files are accepted.";
        // ---- The state of the data (409)
        StaleVersion = "stale_version", "Bản ghi đã được người khác sửa; hãy tải lại.", "The record was changed by someone else; reload.";
        DuplicateSymbol = "duplicate_symbol", "Số, ký hiệu này đã được đăng ký.", "This number and symbol is already registered.";
        DuplicateLink = "duplicate_link", "Liên kết này đã có.", "This link already exists.";
        DuplicateTheme = "duplicate_theme", "Chủ đề năm này đã có.", "This year's theme already exists.";
        DuplicateTarget = "duplicate_target", "Chỉ tiêu này đã có.", "This target already exists.";
        DuplicateCode = "duplicate_code", "Mã này đã được dùng.", "This code is already used.";
        DuplicateLogin = "duplicate_login", "Tên đăng nhập đã được dùng.", "This login is taken.";
        InUse = "in_use", "Bản ghi đang được sử dụng.", "The record is in use.";
        NotEmpty = "not_empty", "Đơn vị còn đơn vị cấp dưới hoặc dữ liệu.", "The unit still holds data.";
        TaskClosed = "task_closed", "Nhiệm vụ đã kết thúc.", "The task is closed.";
        ExtensionPending = "extension_pending", "Đang có đề nghị gia hạn chờ quyết định.", "An extension request is pending.";
        AlreadyDecided = "already_decided", "Đề nghị này đã được quyết định.", "Already decided.";
        AlreadyAnswered = "already_answered", "Yêu cầu này đã được trả lời.", "Already answered.";
        DuplicateFile = "duplicate_file", "Tệp này đã được đính kèm.", "This file is already attached.";
        NeedsConfirmation = "needs_confirmation", "Cần xác nhận trước khi lưu.", "Confirmation needed before saving.";
        InspectionStep = "inspection_step", "Cuộc kiểm tra chưa đến hoặc đã qua bước này.", "The inspection is not at this step.";
        FormUsed = "form_used", "Phiếu này đã được gửi; mỗi phiếu chỉ gửi một lần.", "This form was already sent; each form is sent once.";
        // ---- Who may do what
        Unauthenticated = "unauthenticated", "Bạn cần đăng nhập để thực hiện việc này.", "You need to sign in to do this.";
        BadCredentials = "bad_credentials", "Tên đăng nhập hoặc mật khẩu không đúng.", "Wrong login or password.";
        TooManyAttempts = "too_many_attempts", "Đăng nhập sai quá nhiều lần; vui lòng thử lại sau.", "Too many failed sign-ins; try again later.";
        FeedbackLimit = "feedback_limit", "Thiết bị này đã gửi ý kiến hôm nay; xin cảm ơn và hẹn gặp lại.", "This device already sent feedback today; thank you.";
        Busy = "busy", "Hệ thống đang bận; vui lòng thử lại sau ít giây.", "The server is busy; retry in a few seconds.";
        Forbidden = "forbidden", "Tài khoản của bạn không có quyền thực hiện việc này.", "Your account may not do this.";
        SeparationOfDuties = "separation_of_duties", "Người đề nghị không tự quyết định, trả lời đề nghị của chính mình.", "Whoever made a request cannot decide or answer it.";
        CrossSite = "cross_site", "Yêu cầu từ trang web khác bị từ chối.", "Cross-site request refused.";
        // ---- Addresses
        NotFound = "not_found", "Không tìm thấy.", "Not found.";
        MethodNotAllowed = "method_not_allowed", "Địa chỉ này không nhận phương thức này.", "This address does not accept this method.";
        // ---- The server
        Internal = "internal", "Lỗi hệ thống; yêu cầu chưa được thực hiện. Vui lòng thử lại.", "Internal error; the request was not carried out. Please retry.";
    }
}

/// Codes compare with their stable text (`e.code == "required"`), as clients see them.
impl PartialEq<&str> for ErrorCode {
    fn eq(&self, other: &&str) -> bool {
        self.as_str() == *other
    }
}

/// Why an input was refused: which field, a stable code, and a message for people.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct FieldError {
    pub field: String,
    pub code: ErrorCode,
    pub message_vi: String,
    pub message_en: String,
}

impl FieldError {
    pub fn new(
        field: impl Into<String>,
        code: ErrorCode,
        message_vi: impl Into<String>,
        message_en: impl Into<String>,
    ) -> Self {
        FieldError {
            field: field.into(),
            code,
            message_vi: message_vi.into(),
            message_en: message_en.into(),
        }
    }

    /// A required field left empty, named as people know it ("Chưa nhập Nội dung.").
    pub fn required(field: &str) -> Self {
        let (vi, en) = fields::label(field);
        FieldError::new(
            field,
            ErrorCode::Required,
            format!("Chưa nhập “{vi}” (thông tin bắt buộc)."),
            format!("“{en}” is required."),
        )
    }

    pub fn too_long(field: &str, max: usize) -> Self {
        let (vi, en) = fields::label(field);
        FieldError::new(
            field,
            ErrorCode::TooLong,
            format!("“{vi}” dài quá {max} ký tự."),
            format!("“{en}” is longer than {max} characters."),
        )
    }

    pub fn invalid(field: &str, vi: impl Into<String>, en: impl Into<String>) -> Self {
        FieldError::new(field, ErrorCode::Invalid, vi, en)
    }

    /// A record named in the input lies outside what the actor may assign or link to. Said the
    /// same way as a record that does not exist, so nothing leaks about other districts.
    pub fn out_of_scope(field: &str) -> Self {
        let (vi, en) = fields::label(field);
        FieldError::new(
            field,
            ErrorCode::OutOfScope,
            format!("“{vi}”: không tìm thấy trong phạm vi bạn được giao hoặc được chọn cho văn bản này."),
            format!("“{en}”: not found among the records you may choose here."),
        )
    }

    /// The same error for the item `index` of a list (`tasks[3].title`).
    pub fn in_item(mut self, list: &str, index: usize) -> Self {
        self.field = format!("{list}[{index}].{}", self.field);
        self
    }
}

impl std::fmt::Display for FieldError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}: {}", self.field, self.message_en)
    }
}

impl std::error::Error for FieldError {}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_are_unique_snake_case() {
        let mut seen = std::collections::HashSet::new();
        for c in ErrorCode::ALL {
            assert!(seen.insert(c.as_str()), "{c} twice");
            assert!(c.as_str().chars().all(|ch| ch.is_ascii_lowercase() || ch == '_'));
            // Serde's name (from the variant) and the stored code (from the table) agree.
            assert_eq!(serde_json::to_value(c).unwrap(), serde_json::json!(c.as_str()));
        }
    }

    #[test]
    fn messages_name_fields_as_people_know_them() {
        let e = FieldError::required("text");
        assert_eq!(e.message_vi, "Chưa nhập “Nội dung” (thông tin bắt buộc).");
        assert!(!e.message_vi.contains("text"));
    }
}
