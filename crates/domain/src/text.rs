//! Cleaning user text at the edge: NFC, trimmed, bounded.

use crate::FieldError;

/// A required text field: NFC, trimmed, non-empty, at most `max` characters.
pub fn required(field: &str, value: &str, max: usize) -> Result<String, FieldError> {
    match optional(field, Some(value), max)? {
        Some(v) => Ok(v),
        None => Err(FieldError::required(field)),
    }
}

/// An optional text field: `None` or blank becomes `None`; otherwise as [`required`].
pub fn optional(field: &str, value: Option<&str>, max: usize) -> Result<Option<String>, FieldError> {
    let Some(value) = value else { return Ok(None) };
    let cleaned = vntext::to_nfc(value.trim());
    if cleaned.is_empty() {
        return Ok(None);
    }
    if cleaned
        .chars()
        .any(|c| c.is_control() && c != '\n' && c != '\t' && c != '\r')
    {
        return Err(FieldError::invalid(
            field,
            format!("Trường “{field}” chứa ký tự điều khiển không hợp lệ."),
            format!("The field “{field}” contains control characters."),
        ));
    }
    if cleaned.chars().count() > max {
        return Err(FieldError::too_long(field, max));
    }
    Ok(Some(cleaned))
}

/// The folded form stored beside a name for diacritic-insensitive search.
pub fn search_key(parts: &[&str]) -> String {
    vntext::fold(&parts.join(" "))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn blank_required_is_refused_with_field_name() {
        let e = required("name", "   ", 10).unwrap_err();
        assert_eq!(e.field, "name");
        assert_eq!(e.code, "required");
    }

    #[test]
    fn text_is_trimmed_and_bounded() {
        assert_eq!(required("name", "  Bồ Đề ", 10).unwrap(), "Bồ Đề");
        assert_eq!(required("name", "abcdefghijk", 10).unwrap_err().code, "too_long");
    }
}
