//! Reading one cell against its column: Excel values (numbers, real dates, text) and text
//! written the Vietnamese way ("1.234,5", "75 %", "15/11/2023"), enum labels matched
//! without regard to case or diacritics, custom parsers for phrases; and the row-level
//! error that names the row, the column and the value.

use calamine::{Data, DataRef};
use chrono::NaiveDate;
use serde::Serialize;

use super::spec::{CellValue, ColumnKind, ColumnSpec, ParseFailure};

/// A problem with one cell (or one row), in Vietnamese and English.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct CellError {
    /// Row number as Excel shows it (1 = the header row).
    pub row: u32,
    /// The column's header.
    pub column: String,
    /// The value as found (shortened).
    pub value: String,
    /// Stable snake_case code.
    pub code: &'static str,
    /// Short reason ("không hiểu thời hạn").
    pub reason_vi: String,
    pub reason_en: String,
}

impl CellError {
    /// "Dòng 17, cột Hạn: 'quy 4' — không hiểu thời hạn".
    pub fn message_vi(&self) -> String {
        if self.value.is_empty() {
            format!("Dòng {}, cột {}: {}", self.row, self.column, self.reason_vi)
        } else {
            format!(
                "Dòng {}, cột {}: '{}' — {}",
                self.row, self.column, self.value, self.reason_vi
            )
        }
    }

    /// "Row 17, column Hạn: 'quy 4' — not a deadline".
    pub fn message_en(&self) -> String {
        if self.value.is_empty() {
            format!("Row {}, column {}: {}", self.row, self.column, self.reason_en)
        } else {
            format!(
                "Row {}, column {}: '{}' — {}",
                self.row, self.column, self.value, self.reason_en
            )
        }
    }
}

/// A failed conversion, before it is placed at a row and column.
pub(crate) type Failure = ParseFailure;

fn fail(code: &'static str, vi: impl Into<String>, en: impl Into<String>) -> Failure {
    ParseFailure {
        code,
        reason_vi: vi.into(),
        reason_en: en.into(),
    }
}

/// The cell as text for messages and text columns.
pub(crate) fn display(data: &DataRef<'_>) -> String {
    match data {
        DataRef::Empty => String::new(),
        DataRef::String(s) => s.clone(),
        DataRef::SharedString(s) => s.to_string(),
        DataRef::Int(i) => i.to_string(),
        DataRef::Float(f) => float_text(*f),
        DataRef::Bool(b) => if *b { "Có" } else { "Không" }.to_string(),
        DataRef::DateTime(dt) => match dt.as_datetime() {
            Some(d) => d.date().format("%d/%m/%Y").to_string(),
            None => dt.as_f64().to_string(),
        },
        DataRef::DateTimeIso(s) | DataRef::DurationIso(s) => s.clone(),
        DataRef::Error(e) => Data::Error(e.clone()).to_string(),
    }
}

fn float_text(f: f64) -> String {
    if f.fract() == 0.0 && f.abs() < 1e15 {
        format!("{}", f as i64)
    } else {
        format!("{f}")
    }
}

/// Converts a cell for `column`. `percent_format` says the cell's number format shows a
/// percentage (its value is then a fraction).
pub(crate) fn convert(column: &ColumnSpec, data: &DataRef<'_>, percent_format: bool) -> Result<CellValue, Failure> {
    if let DataRef::Error(_) = data {
        return Err(fail(
            "cell_error",
            "ô báo lỗi của Excel; hãy sửa công thức hoặc ghi giá trị",
            "the cell shows an Excel error; fix it or type the value",
        ));
    }
    let text = display(data);
    if text.trim().is_empty() {
        return Ok(CellValue::Empty);
    }
    let text_cell = matches!(data, DataRef::String(_) | DataRef::SharedString(_));
    match &column.kind {
        ColumnKind::Text => match (&column.parser, text_cell) {
            (Some(p), _) => p.parse(text.trim()),
            (None, _) => Ok(CellValue::Text(text.trim().to_string())),
        },
        ColumnKind::Integer => {
            let n = number_of(data).or_else(|| parse_vn_number(&text));
            match n {
                Some(x) if x.fract() == 0.0 && x.abs() < 9.0e15 => Ok(CellValue::Integer(x as i64)),
                _ => custom(column, &text, text_cell)
                    .unwrap_or_else(|| Err(fail("not_integer", "không phải số nguyên", "not a whole number"))),
            }
        }
        ColumnKind::Number => match number_of(data).or_else(|| parse_vn_number(&text)) {
            Some(x) => Ok(CellValue::Number(x)),
            None => custom(column, &text, text_cell)
                .unwrap_or_else(|| Err(fail("not_number", "không phải số", "not a number"))),
        },
        ColumnKind::Percent => {
            let value = match number_of(data) {
                Some(x) if percent_format => Some(x * 100.0),
                Some(x) => Some(x),
                None => parse_vn_number(text.trim().trim_end_matches('%').trim()),
            };
            match value {
                Some(x) => Ok(CellValue::Percent((x * 1e9).round() / 1e9)),
                None => custom(column, &text, text_cell)
                    .unwrap_or_else(|| Err(fail("not_percent", "không phải tỷ lệ phần trăm", "not a percentage"))),
            }
        }
        ColumnKind::Date => {
            if let Some(d) = date_of(data) {
                return Ok(CellValue::Date(d));
            }
            if text_cell && let Some(d) = vntext::parse_date(&text) {
                return Ok(CellValue::Date(d));
            }
            custom(column, &text, text_cell).unwrap_or_else(|| {
                Err(fail(
                    "not_date",
                    "không phải ngày (ghi theo dạng dd/mm/yyyy, ví dụ 15/11/2023)",
                    "not a date (write dd/mm/yyyy, e.g. 15/11/2023)",
                ))
            })
        }
        ColumnKind::Enum(labels) => {
            let folded = vntext::fold(text.trim());
            match labels.iter().find(|l| vntext::fold(l) == folded) {
                Some(label) => Ok(CellValue::Text(label.clone())),
                None => custom(column, &text, text_cell).unwrap_or_else(|| {
                    Err(fail(
                        "not_in_list",
                        format!("không thuộc danh sách: {}", labels.join("; ")),
                        format!("not one of: {}", labels.join("; ")),
                    ))
                }),
            }
        }
    }
}

/// The column's own parser, for text cells only.
fn custom(column: &ColumnSpec, text: &str, text_cell: bool) -> Option<Result<CellValue, Failure>> {
    match &column.parser {
        Some(p) if text_cell => Some(p.parse(text.trim())),
        _ => None,
    }
}

fn number_of(data: &DataRef<'_>) -> Option<f64> {
    match data {
        DataRef::Int(i) => Some(*i as f64),
        DataRef::Float(f) => Some(*f),
        _ => None,
    }
}

/// A real date (a date-formatted number, an ISO date) or a date serial number.
fn date_of(data: &DataRef<'_>) -> Option<NaiveDate> {
    match data {
        DataRef::DateTime(dt) => dt.as_datetime().map(|d| d.date()),
        DataRef::DateTimeIso(s) => NaiveDate::parse_from_str(s.get(..10)?, "%Y-%m-%d").ok(),
        // A serial number pasted without its format (1990–2100).
        DataRef::Float(f) if (32_874.0..=73_415.0).contains(f) && f.fract() == 0.0 => excel_serial(*f as i64),
        DataRef::Int(i) if (32_874..=73_415).contains(i) => excel_serial(*i),
        _ => None,
    }
}

fn excel_serial(days: i64) -> Option<NaiveDate> {
    // Excel's day 0 is 1899-12-30 once its 1900 leap-year bug is accounted for.
    NaiveDate::from_ymd_opt(1899, 12, 30)?.checked_add_signed(chrono::Duration::days(days))
}

/// A number written the Vietnamese way or the English way: "1.234,5", "1.234", "1234.5",
/// "12,5", "- 3", "1 234". A comma is the decimal mark; dots are thousands separators
/// unless the only dot is followed by other than three digits ("12.5").
pub fn parse_vn_number(s: &str) -> Option<f64> {
    let s: String = s.chars().filter(|c| !c.is_whitespace() && *c != '\u{a0}').collect();
    if s.is_empty() {
        return None;
    }
    let (negative, digits) = match s.strip_prefix('-') {
        Some(rest) => (true, rest),
        None => (false, s.strip_prefix('+').unwrap_or(&s)),
    };
    if digits.is_empty() || !digits.chars().all(|c| c.is_ascii_digit() || c == '.' || c == ',') {
        return None;
    }
    let normalised = if digits.contains(',') {
        if digits.matches(',').count() > 1 {
            return None;
        }
        digits.replace('.', "").replace(',', ".")
    } else if digits.matches('.').count() > 1 || thousands_only(digits) {
        digits.replace('.', "")
    } else {
        digits.to_string()
    };
    let v: f64 = normalised.parse().ok()?;
    Some(if negative { -v } else { v })
}

/// "1.234" or "12.345.678": groups of three after the first.
fn thousands_only(s: &str) -> bool {
    let mut parts = s.split('.');
    let first = parts.next().unwrap_or("");
    let rest: Vec<&str> = parts.collect();
    !rest.is_empty()
        && (1..=3).contains(&first.len())
        && rest
            .iter()
            .all(|p| p.len() == 3 && p.chars().all(|c| c.is_ascii_digit()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn vietnamese_numbers() {
        assert_eq!(parse_vn_number("1.234,5"), Some(1234.5));
        assert_eq!(parse_vn_number("1.234"), Some(1234.0));
        assert_eq!(parse_vn_number("12.345.678"), Some(12_345_678.0));
        assert_eq!(parse_vn_number("12.5"), Some(12.5));
        assert_eq!(parse_vn_number("95,56"), Some(95.56));
        assert_eq!(parse_vn_number("- 3"), Some(-3.0));
        assert_eq!(parse_vn_number("1 234"), Some(1234.0));
        assert_eq!(parse_vn_number("abc"), None);
        assert_eq!(parse_vn_number("1,2,3"), None);
        assert_eq!(parse_vn_number(""), None);
    }

    #[test]
    fn serial_dates() {
        assert_eq!(excel_serial(45245), NaiveDate::from_ymd_opt(2023, 11, 15));
    }

    #[test]
    fn messages_name_row_column_and_value() {
        let e = CellError {
            row: 17,
            column: "Hạn".into(),
            value: "quy 4".into(),
            code: "deadline_not_recognized",
            reason_vi: "không hiểu thời hạn".into(),
            reason_en: "not a deadline".into(),
        };
        assert_eq!(e.message_vi(), "Dòng 17, cột Hạn: 'quy 4' — không hiểu thời hạn");
        assert_eq!(e.message_en(), "Row 17, column Hạn: 'quy 4' — not a deadline");
    }
}
