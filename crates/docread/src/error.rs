//! Why a document could not be read, in Vietnamese and English.

use std::fmt;

/// A document that could not be turned into text. Display shows the Vietnamese message.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ReadError {
    /// Not a kind this crate reads.
    Unsupported,
    /// Plain text that is not UTF-8.
    NotUtf8,
    /// The .docx could not be read (the reason, in Vietnamese).
    Docx(String),
    /// A program is not installed (`tesseract`, the Vietnamese model, `pdftotext`, `pdftoppm`).
    MissingProgram(&'static str),
    /// A program ran and failed (program, its message).
    ProgramFailed(&'static str, String),
    /// A temporary file could not be written or read.
    Io(String),
}

impl ReadError {
    /// Stable snake_case code.
    pub fn code(&self) -> &'static str {
        match self {
            ReadError::Unsupported => "read_unsupported",
            ReadError::NotUtf8 => "read_not_utf8",
            ReadError::Docx(_) => "read_docx",
            ReadError::MissingProgram(_) => "read_missing_program",
            ReadError::ProgramFailed(..) => "read_program_failed",
            ReadError::Io(_) => "read_io",
        }
    }

    /// Vietnamese message.
    pub fn message_vi(&self) -> String {
        match self {
            ReadError::Unsupported => {
                "Không đọc được tệp: chỉ hỗ trợ văn bản (.txt, UTF-8), .docx, PDF và ảnh quét (PNG, JPEG, TIFF)."
                    .to_string()
            }
            ReadError::NotUtf8 => {
                "Tệp văn bản không ở bảng mã UTF-8; đề nghị lưu lại tệp với bảng mã UTF-8.".to_string()
            }
            ReadError::Docx(m) => format!("Không đọc được tệp .docx: {m}"),
            ReadError::MissingProgram(p) => format!(
                "Máy chủ chưa cài chương trình “{p}” để đọc văn bản quét hoặc PDF; đề nghị cài các gói \
                 tesseract-ocr, tesseract-ocr-vie và poppler-utils."
            ),
            ReadError::ProgramFailed(p, m) => format!("Chương trình “{p}” không đọc được tệp: {m}"),
            ReadError::Io(m) => format!("Lỗi ghi, đọc tệp tạm: {m}"),
        }
    }

    /// English message.
    pub fn message_en(&self) -> String {
        match self {
            ReadError::Unsupported => {
                "Cannot read the file: only UTF-8 text, .docx, PDF and scanned images (PNG, JPEG, TIFF) are supported."
                    .to_string()
            }
            ReadError::NotUtf8 => "The text file is not UTF-8; save it as UTF-8.".to_string(),
            ReadError::Docx(m) => format!("Cannot read the .docx file: {m}"),
            ReadError::MissingProgram(p) => format!(
                "The program “{p}” needed for scans or PDFs is not installed; install the packages \
                 tesseract-ocr, tesseract-ocr-vie and poppler-utils."
            ),
            ReadError::ProgramFailed(p, m) => format!("The program “{p}” could not read the file: {m}"),
            ReadError::Io(m) => format!("Temporary file error: {m}"),
        }
    }
}

impl fmt::Display for ReadError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message_vi())
    }
}

impl std::error::Error for ReadError {}
