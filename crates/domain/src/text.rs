//! Cleaning user text at the edge: NFC, trimmed, bounded, printable.
//!
//! Names and titles are single lines; notes and reports may span lines. Neither may carry
//! control characters or the invisible direction overrides that make a name display as
//! something else ("Trojan source"); zero-width characters pasted from Word are dropped.

use crate::{FieldError, fields};

/// Invisible characters that change how text around them is displayed: bidi embeddings,
/// overrides and isolates. Refused everywhere.
fn is_direction_control(c: char) -> bool {
    matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}' | '\u{200E}' | '\u{200F}' | '\u{061C}')
}

/// Zero-width characters with no meaning in Vietnamese text: dropped silently.
fn is_zero_width(c: char) -> bool {
    matches!(
        c,
        '\u{200B}' | '\u{200C}' | '\u{200D}' | '\u{2060}' | '\u{FEFF}' | '\u{00AD}'
    )
}

fn unprintable(field: &str) -> FieldError {
    let (vi, en) = fields::label(field);
    FieldError::invalid(
        field,
        format!("“{vi}” chứa ký tự điều khiển hoặc ký tự ẩn không hợp lệ."),
        format!("“{en}” contains control or invisible characters."),
    )
}

fn clean(field: &str, value: &str, max: usize, multiline: bool) -> Result<Option<String>, FieldError> {
    let stripped: String = value.chars().filter(|c| !is_zero_width(*c)).collect();
    let cleaned = vntext::to_nfc(stripped.trim());
    if cleaned.is_empty() {
        return Ok(None);
    }
    let bad = |c: char| {
        is_direction_control(c)
            || (c.is_control() && !(multiline && matches!(c, '\n' | '\t' | '\r')))
            || (!multiline && matches!(c, '\u{2028}' | '\u{2029}'))
    };
    if cleaned.chars().any(bad) {
        return Err(unprintable(field));
    }
    if cleaned.chars().count() > max {
        return Err(FieldError::too_long(field, max));
    }
    Ok(Some(cleaned))
}

/// A required text that may span lines: NFC, trimmed, non-empty, at most `max` characters.
pub fn required(field: &str, value: &str, max: usize) -> Result<String, FieldError> {
    match optional(field, Some(value), max)? {
        Some(v) => Ok(v),
        None => Err(FieldError::required(field)),
    }
}

/// An optional text that may span lines: `None` or blank becomes `None`; otherwise as
/// [`required`].
pub fn optional(field: &str, value: Option<&str>, max: usize) -> Result<Option<String>, FieldError> {
    match value {
        None => Ok(None),
        Some(v) => clean(field, v, max, true),
    }
}

/// A required single-line text (a name, a title, a symbol): as [`required`], without line
/// breaks or tabs.
pub fn line(field: &str, value: &str, max: usize) -> Result<String, FieldError> {
    match line_optional(field, Some(value), max)? {
        Some(v) => Ok(v),
        None => Err(FieldError::required(field)),
    }
}

/// An optional single-line text.
pub fn line_optional(field: &str, value: Option<&str>, max: usize) -> Result<Option<String>, FieldError> {
    match value {
        None => Ok(None),
        Some(v) => clean(field, v, max, false),
    }
}

/// A link given as evidence: only `http://` and `https://` addresses; text that is not an
/// address (a document reference such as "Báo cáo số 12/BC-UBND") is kept as text.
pub fn evidence_item(field: &str, value: &str) -> Result<Option<String>, FieldError> {
    let Some(v) = line_optional(field, Some(value), 500)? else {
        return Ok(None);
    };
    if looks_like_address(&v) {
        let lower = v.to_ascii_lowercase();
        if !(lower.starts_with("http://") || lower.starts_with("https://")) {
            let (vi, en) = fields::label(field);
            return Err(FieldError::invalid(
                field,
                format!("“{vi}”: chỉ nhận đường dẫn bắt đầu bằng http:// hoặc https://."),
                format!("“{en}”: only links starting with http:// or https:// are accepted."),
            ));
        }
    }
    Ok(Some(v))
}

/// A scheme before a colon ("javascript:", "data:", "https:"): letters, digits, + - . only,
/// starting with a letter — the URL grammar's scheme, so "Số 12: báo cáo" is not an address.
fn looks_like_address(v: &str) -> bool {
    let Some((scheme, _)) = v.split_once(':') else {
        return false;
    };
    let mut chars = scheme.trim().chars();
    chars.next().is_some_and(|c| c.is_ascii_alphabetic())
        && chars.all(|c| c.is_ascii_alphanumeric() || matches!(c, '+' | '-' | '.'))
        && !scheme.contains(' ')
}

/// The folded form stored beside a name for diacritic-insensitive search.
pub fn search_key(parts: &[&str]) -> String {
    vntext::fold(&parts.join(" "))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::error::ErrorCode;

    #[test]
    fn blank_required_is_refused_with_field_name() {
        let e = required("name", "   ", 10).unwrap_err();
        assert_eq!(e.field, "name");
        assert_eq!(e.code, ErrorCode::Required);
    }

    #[test]
    fn text_is_trimmed_and_bounded() {
        assert_eq!(required("name", "  Bồ Đề ", 10).unwrap(), "Bồ Đề");
        assert_eq!(
            required("name", "abcdefghijk", 10).unwrap_err().code,
            ErrorCode::TooLong
        );
    }

    #[test]
    fn direction_overrides_are_refused_and_zero_width_dropped() {
        assert!(line("name", "Nguyễn\u{202E}Văn A", 100).is_err());
        assert!(required("text", "a\u{2067}b", 100).is_err());
        assert_eq!(line("name", "Bồ\u{200B} Đề", 100).unwrap(), "Bồ Đề");
        assert!(line("name", "hai\ndòng", 100).is_err());
        assert_eq!(required("text", "hai\ndòng", 100).unwrap(), "hai\ndòng");
    }

    #[test]
    fn evidence_links_are_web_links_only() {
        assert!(evidence_item("evidence", "javascript:alert(1)").is_err());
        assert!(evidence_item("evidence", "data:text/html,x").is_err());
        assert!(
            evidence_item("evidence", "https://longbien.gov.vn/a")
                .unwrap()
                .is_some()
        );
        assert_eq!(
            evidence_item("evidence", "Báo cáo số 12/BC-UBND: đã gửi")
                .unwrap()
                .as_deref(),
            Some("Báo cáo số 12/BC-UBND: đã gửi")
        );
    }
}
