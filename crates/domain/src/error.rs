//! A validation failure, naming the field and the reason in Vietnamese and English.

use serde::Serialize;

/// Why an input was refused: which field, a stable code, and a message for people.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct FieldError {
    pub field: String,
    pub code: &'static str,
    pub message_vi: String,
    pub message_en: String,
}

impl FieldError {
    pub fn new(
        field: impl Into<String>,
        code: &'static str,
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

    pub fn required(field: &str) -> Self {
        FieldError::new(
            field,
            "required",
            format!("Trường “{field}” là bắt buộc."),
            format!("The field “{field}” is required."),
        )
    }

    pub fn too_long(field: &str, max: usize) -> Self {
        FieldError::new(
            field,
            "too_long",
            format!("Trường “{field}” dài quá {max} ký tự."),
            format!("The field “{field}” is longer than {max} characters."),
        )
    }

    pub fn invalid(field: &str, vi: impl Into<String>, en: impl Into<String>) -> Self {
        FieldError::new(field, "invalid", vi, en)
    }
}

impl std::fmt::Display for FieldError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}: {}", self.field, self.message_en)
    }
}

impl std::error::Error for FieldError {}
