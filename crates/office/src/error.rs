//! The one error type of this crate: a stable snake_case code and a message in
//! Vietnamese and in English for every way writing or reading an office file can fail.
//! Row-level problems found while importing a sheet are not errors of this kind: they
//! are collected as [`crate::xlsx::CellError`]s so that every one can be shown at once.

use thiserror::Error;

/// Why an office file could not be written or read.
#[derive(Debug, Error)]
#[non_exhaustive]
pub enum OfficeError {
    /// Writing a file part or a temporary file failed.
    #[error("I/O error: {0}")]
    Io(#[from] std::io::Error),
    /// The ZIP container of a .docx could not be written.
    #[error("could not write the .docx package: {0}")]
    DocxPackage(String),
    /// An image given for a document is not a PNG.
    #[error("image \"{0}\" is not a PNG file")]
    ImageNotPng(String),
    /// A chart could not be rasterised.
    #[error("could not draw the chart: {0}")]
    ChartRender(String),
    /// The XLSX writer failed.
    #[error("could not write the spreadsheet: {0}")]
    XlsxWrite(String),
    /// A column specification is unusable (no columns, duplicate headers…).
    #[error("invalid column specification: {0}")]
    SpecInvalid(String),
    /// The bytes are not an XLSX workbook (another format, or damaged).
    #[error("the file is not an Excel workbook (.xlsx) or is damaged")]
    NotXlsx,
    /// The workbook has no worksheet to read.
    #[error("the workbook has no worksheet")]
    NoSheet,
    /// The sheet has no header row.
    #[error("the sheet is empty: no header row")]
    EmptySheet,
    /// Header labels do not match the specification.
    #[error("the header row does not match: missing {missing:?}, unknown {unknown:?}, repeated {repeated:?}")]
    HeaderMismatch {
        missing: Vec<String>,
        unknown: Vec<String>,
        repeated: Vec<String>,
    },
    /// The sheet uses merged cells (ranges in A1 notation).
    #[error("the sheet has merged cells: {}", .0.join(", "))]
    MergedCells(Vec<String>),
    /// More data rows than allowed.
    #[error("the sheet has more than {max} data rows{}", match .declared { Some(n) => format!(" ({n} declared)"), None => String::new() })]
    TooManyRows { max: usize, declared: Option<usize> },
    /// A part of the workbook is larger than allowed once uncompressed.
    #[error("the workbook part {part} is too large ({size} bytes uncompressed, limit {limit})")]
    TooLarge { part: String, size: u64, limit: u64 },
    /// The XLSX reader failed on the content.
    #[error("could not read the spreadsheet: {0}")]
    XlsxRead(String),
}

impl OfficeError {
    /// Stable snake_case code, for clients and translations.
    pub fn code(&self) -> &'static str {
        match self {
            OfficeError::Io(_) => "office_io",
            OfficeError::DocxPackage(_) => "docx_package",
            OfficeError::ImageNotPng(_) => "image_not_png",
            OfficeError::ChartRender(_) => "chart_render",
            OfficeError::XlsxWrite(_) => "xlsx_write",
            OfficeError::SpecInvalid(_) => "xlsx_spec_invalid",
            OfficeError::NotXlsx => "xlsx_not_xlsx",
            OfficeError::NoSheet => "xlsx_no_sheet",
            OfficeError::EmptySheet => "xlsx_empty_sheet",
            OfficeError::HeaderMismatch { .. } => "xlsx_header_mismatch",
            OfficeError::MergedCells(_) => "xlsx_merged_cells",
            OfficeError::TooManyRows { .. } => "xlsx_too_many_rows",
            OfficeError::TooLarge { .. } => "xlsx_too_large",
            OfficeError::XlsxRead(_) => "xlsx_read",
        }
    }

    /// English message (the same as `Display`).
    pub fn message_en(&self) -> String {
        self.to_string()
    }

    /// Vietnamese message, for the people who sent or asked for the file.
    pub fn message_vi(&self) -> String {
        match self {
            OfficeError::Io(e) => format!("Lỗi đọc, ghi tệp: {e}."),
            OfficeError::DocxPackage(e) => format!("Không tạo được tệp văn bản Word (.docx): {e}."),
            OfficeError::ImageNotPng(name) => format!("Hình “{name}” không phải tệp ảnh PNG."),
            OfficeError::ChartRender(e) => format!("Không vẽ được biểu đồ: {e}."),
            OfficeError::XlsxWrite(e) => format!("Không tạo được tệp Excel: {e}."),
            OfficeError::SpecInvalid(e) => format!("Cấu hình cột của bảng tính không hợp lệ: {e}."),
            OfficeError::NotXlsx => "Tệp không phải là bảng tính Excel (.xlsx) hoặc đã bị hỏng. Hãy lưu tệp dưới dạng \
                 “Excel Workbook (*.xlsx)” rồi gửi lại."
                .to_string(),
            OfficeError::NoSheet => "Tệp Excel không có trang tính nào.".to_string(),
            OfficeError::EmptySheet => "Trang tính trống: không có dòng tiêu đề cột.".to_string(),
            OfficeError::HeaderMismatch {
                missing,
                unknown,
                repeated,
            } => {
                let mut parts = Vec::new();
                if !missing.is_empty() {
                    parts.push(format!("thiếu cột {}", quote_list(missing)));
                }
                if !unknown.is_empty() {
                    parts.push(format!("có cột không thuộc mẫu {}", quote_list(unknown)));
                }
                if !repeated.is_empty() {
                    parts.push(format!("cột bị lặp lại {}", quote_list(repeated)));
                }
                format!(
                    "Dòng tiêu đề không đúng mẫu: {}. Hãy dùng tệp mẫu tải từ hệ thống.",
                    parts.join("; ")
                )
            }
            OfficeError::MergedCells(ranges) => format!(
                "Trang tính có ô gộp ({}). Hãy bỏ gộp ô (Unmerge) và ghi đủ giá trị vào từng ô rồi gửi lại.",
                ranges.join(", ")
            ),
            OfficeError::TooManyRows { max, declared } => {
                let max = crate::numfmt::int(*max as i64);
                match declared {
                    Some(n) => format!(
                        "Trang tính có {} dòng dữ liệu, vượt quá giới hạn {max} dòng mỗi lần nhập. Hãy chia thành nhiều tệp.",
                        crate::numfmt::int(*n as i64)
                    ),
                    None => format!(
                        "Trang tính có hơn {max} dòng dữ liệu, vượt quá giới hạn mỗi lần nhập. Hãy chia thành nhiều tệp."
                    ),
                }
            }
            OfficeError::TooLarge { part, .. } => {
                format!("Tệp Excel quá lớn (phần “{part}” vượt giới hạn cho phép). Hãy chia thành nhiều tệp.")
            }
            OfficeError::XlsxRead(e) => format!("Không đọc được nội dung bảng tính: {e}."),
        }
    }
}

fn quote_list(items: &[String]) -> String {
    items.iter().map(|s| format!("“{s}”")).collect::<Vec<_>>().join(", ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_are_snake_case_and_messages_exist() {
        let all = [
            OfficeError::Io(std::io::Error::other("x")),
            OfficeError::DocxPackage("x".into()),
            OfficeError::ImageNotPng("x".into()),
            OfficeError::ChartRender("x".into()),
            OfficeError::XlsxWrite("x".into()),
            OfficeError::SpecInvalid("x".into()),
            OfficeError::NotXlsx,
            OfficeError::NoSheet,
            OfficeError::EmptySheet,
            OfficeError::HeaderMismatch {
                missing: vec!["Hạn".into()],
                unknown: vec!["X".into()],
                repeated: vec![],
            },
            OfficeError::MergedCells(vec!["A2:B2".into()]),
            OfficeError::TooManyRows {
                max: 100_000,
                declared: Some(1_000_000),
            },
            OfficeError::TooLarge {
                part: "xl/sharedStrings.xml".into(),
                size: 1,
                limit: 0,
            },
            OfficeError::XlsxRead("x".into()),
        ];
        let mut codes = std::collections::HashSet::new();
        for e in &all {
            let code = e.code();
            assert!(code.chars().all(|c| c.is_ascii_lowercase() || c == '_'), "{code}");
            assert!(codes.insert(code), "duplicate {code}");
            assert!(!e.message_vi().is_empty() && !e.message_en().is_empty());
        }
        let too_many = &all[11];
        assert_eq!(
            too_many.message_vi(),
            "Trang tính có 1.000.000 dòng dữ liệu, vượt quá giới hạn 100.000 dòng mỗi lần nhập. Hãy chia thành nhiều tệp."
        );
    }
}
