//! Why a document symbol could not be parsed, in Vietnamese and English.

use std::fmt;

/// What is wrong with a symbol.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum SymbolErrorKind {
    /// Nothing but whitespace (or only the word "Số").
    Empty,
    /// Does not start with the document number.
    MissingNumber,
    /// The number is zero or has too many digits.
    BadNumber,
    /// After the number comes neither `-TYPE/ISSUER` nor `/…`.
    UnknownShape,
    /// The type abbreviation is not in the official lists.
    UnknownType(String),
    /// No issuing body after the type.
    MissingIssuer,
    /// The issuing body contains characters that cannot appear in a symbol.
    BadIssuer(String),
    /// The year part is not a plausible four-digit year.
    BadYear(String),
}

/// A document symbol that could not be parsed. Display shows the Vietnamese message.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SymbolError {
    input: String,
    kind: SymbolErrorKind,
}

const EXPECTED_VI: &str =
    "Dạng đúng: “152-KH/QU” (văn bản của Đảng), “01/CT-UBND” hoặc “123/2020/NĐ-CP” (văn bản Nhà nước).";
const EXPECTED_EN: &str =
    "Expected forms: “152-KH/QU” (Party document), “01/CT-UBND” or “123/2020/NĐ-CP” (State document).";

impl SymbolError {
    pub(crate) fn new(input: &str, kind: SymbolErrorKind) -> Self {
        Self {
            input: input.trim().to_string(),
            kind,
        }
    }

    /// What is wrong.
    pub fn kind(&self) -> &SymbolErrorKind {
        &self.kind
    }

    /// The input as given (trimmed).
    pub fn input(&self) -> &str {
        &self.input
    }

    /// Stable snake_case code for APIs and translations.
    pub fn code(&self) -> &'static str {
        match self.kind {
            SymbolErrorKind::Empty => "symbol_empty",
            SymbolErrorKind::MissingNumber => "symbol_missing_number",
            SymbolErrorKind::BadNumber => "symbol_bad_number",
            SymbolErrorKind::UnknownShape => "symbol_unknown_shape",
            SymbolErrorKind::UnknownType(_) => "symbol_unknown_type",
            SymbolErrorKind::MissingIssuer => "symbol_missing_issuer",
            SymbolErrorKind::BadIssuer(_) => "symbol_bad_issuer",
            SymbolErrorKind::BadYear(_) => "symbol_bad_year",
        }
    }

    /// Vietnamese message: what is wrong, then the expected forms.
    pub fn message_vi(&self) -> String {
        let reason = match &self.kind {
            SymbolErrorKind::Empty => {
                return format!("Chưa nhập số, ký hiệu văn bản. {EXPECTED_VI}");
            }
            SymbolErrorKind::MissingNumber => "thiếu số văn bản ở đầu ký hiệu".to_string(),
            SymbolErrorKind::BadNumber => "số văn bản phải là số dương, tối đa 7 chữ số".to_string(),
            SymbolErrorKind::UnknownShape => "sau số văn bản phải là “-loại/cơ quan” hoặc “/loại-cơ quan”".to_string(),
            SymbolErrorKind::UnknownType(t) => {
                format!("“{t}” không phải là chữ viết tắt tên loại văn bản đã biết")
            }
            SymbolErrorKind::MissingIssuer => "thiếu chữ viết tắt tên cơ quan ban hành".to_string(),
            SymbolErrorKind::BadIssuer(i) => {
                format!("chữ viết tắt tên cơ quan ban hành “{i}” có ký tự không hợp lệ")
            }
            SymbolErrorKind::BadYear(y) => format!("năm ban hành “{y}” không hợp lệ"),
        };
        format!("Ký hiệu văn bản “{}” không hợp lệ: {reason}. {EXPECTED_VI}", self.input)
    }

    /// English message: what is wrong, then the expected forms.
    pub fn message_en(&self) -> String {
        let reason = match &self.kind {
            SymbolErrorKind::Empty => {
                return format!("No document number and symbol given. {EXPECTED_EN}");
            }
            SymbolErrorKind::MissingNumber => "the document number is missing at the start".to_string(),
            SymbolErrorKind::BadNumber => "the number must be positive, at most 7 digits".to_string(),
            SymbolErrorKind::UnknownShape => {
                "the number must be followed by “-TYPE/ISSUER” or “/TYPE-ISSUER”".to_string()
            }
            SymbolErrorKind::UnknownType(t) => {
                format!("“{t}” is not a known document type abbreviation")
            }
            SymbolErrorKind::MissingIssuer => "the issuing body abbreviation is missing".to_string(),
            SymbolErrorKind::BadIssuer(i) => {
                format!("the issuing body abbreviation “{i}” has invalid characters")
            }
            SymbolErrorKind::BadYear(y) => format!("the year “{y}” is not valid"),
        };
        format!("Invalid document symbol “{}”: {reason}. {EXPECTED_EN}", self.input)
    }
}

impl fmt::Display for SymbolError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message_vi())
    }
}

impl std::error::Error for SymbolError {}
