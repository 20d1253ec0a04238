//! A compliance report or a meeting as posted in a form (`multipart/form-data` with photos or
//! minutes, or a plain form), for the API and the pages alike: dates as typed (`05/10/2023`
//! or ISO), counts as whole numbers, every mistake named by its field in the user's language.

use domain::compliance::{Attendance, DoneInput, MeetingInput};
use domain::{ErrorCode, FieldError};

use crate::error::ApiError;
use crate::files::Posted;

fn opt_text(p: &Posted, name: &str) -> Option<String> {
    let v = p.get(name).trim();
    (!v.is_empty()).then(|| v.to_string())
}

/// A whole number typed into `name`, `None` when empty.
pub fn count(p: &Posted, name: &str) -> Result<Option<i32>, ApiError> {
    let v = p.get(name).trim();
    if v.is_empty() {
        return Ok(None);
    }
    v.replace('.', "").parse::<i32>().map(Some).map_err(|_| {
        let (vi, en) = domain::fields::label(name);
        FieldError::invalid(
            name,
            format!("“{vi}” phải là một số nguyên, ví dụ 18."),
            format!("“{en}” must be a whole number, e.g. 18."),
        )
        .into()
    })
}

/// A date typed into `name`: required.
pub fn date(p: &Posted, name: &str) -> Result<chrono::NaiveDate, ApiError> {
    let v = p.get(name);
    if v.trim().is_empty() {
        return Err(FieldError::required(name).into());
    }
    Ok(domain::dates::parse_input(name, v)?)
}

/// Attendance from `present` and `expected`: both or neither.
pub fn attendance(p: &Posted) -> Result<Option<Attendance>, ApiError> {
    match (count(p, "present")?, count(p, "expected")?) {
        (None, None) => Ok(None),
        (Some(present), Some(expected)) => Ok(Some(Attendance { present, expected })),
        (None, Some(_)) => Err(FieldError::required("present").into()),
        (Some(_), None) => Err(FieldError::required("expected").into()),
    }
}

/// A record id chosen in `name`, `None` when empty.
pub fn opt_id(p: &Posted, name: &str) -> Result<Option<i64>, ApiError> {
    let v = p.get(name).trim();
    if v.is_empty() {
        return Ok(None);
    }
    v.parse::<i64>().map(Some).map_err(|_| {
        FieldError::new(
            name,
            ErrorCode::Invalid,
            "Hãy chọn một mục trong danh sách.",
            "Choose an item from the list.",
        )
        .into()
    })
}

/// A report that the requirement is done: `done_on`, `note`, `present`, `expected`,
/// `meeting_id`.
pub fn done_input(p: &Posted) -> Result<DoneInput, ApiError> {
    Ok(DoneInput {
        done_on: date(p, "done_on")?,
        note: opt_text(p, "note"),
        attendance: attendance(p)?,
        meeting_id: opt_id(p, "meeting_id")?,
    })
}

/// A meeting of `unit_id`: `held_on`, `topic`, `present`, `expected` (both required).
pub fn meeting_input(p: &Posted, unit_id: i64) -> Result<MeetingInput, ApiError> {
    let held_on = date(p, "held_on")?;
    let topic = p.get("topic").to_string();
    if topic.trim().is_empty() {
        return Err(FieldError::required("topic").into());
    }
    let attendance = match attendance(p)? {
        Some(a) => a,
        None => return Err(FieldError::required("present").into()),
    };
    Ok(MeetingInput {
        unit_id,
        held_on,
        topic,
        attendance,
    })
}

/// Whether a request body is `multipart/form-data` or a plain form (not JSON).
pub fn is_form(headers: &axum::http::HeaderMap) -> bool {
    headers
        .get(axum::http::header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .map(|v| v.to_ascii_lowercase())
        .is_some_and(|v| v.starts_with("multipart/form-data") || v.starts_with("application/x-www-form-urlencoded"))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn posted(pairs: &[(&str, &str)]) -> Posted {
        Posted {
            fields: pairs.iter().map(|(k, v)| (k.to_string(), v.to_string())).collect(),
            files: Vec::new(),
        }
    }

    #[test]
    fn reports_read_as_typed_with_fields_named() {
        let d = done_input(&posted(&[
            ("done_on", "05/10/2023"),
            ("present", "18"),
            ("expected", "20"),
        ]))
        .unwrap();
        assert_eq!(d.done_on, chrono::NaiveDate::from_ymd_opt(2023, 10, 5).unwrap());
        assert_eq!(
            d.attendance,
            Some(Attendance {
                present: 18,
                expected: 20
            })
        );
        let e = done_input(&posted(&[("done_on", "")])).unwrap_err();
        assert_eq!(e.field.as_deref(), Some("done_on"));
        assert!(e.message().contains("Ngày thực hiện"), "{}", e.message());
        let e = done_input(&posted(&[("done_on", "2023/31/10")])).unwrap_err();
        assert_eq!(e.field.as_deref(), Some("done_on"));
        let e = done_input(&posted(&[("done_on", "05/10/2023"), ("present", "mười")])).unwrap_err();
        assert_eq!(e.field.as_deref(), Some("present"));
        let e = meeting_input(&posted(&[("held_on", "05/10/2023"), ("topic", " ")]), 1).unwrap_err();
        assert_eq!(e.field.as_deref(), Some("topic"));
    }
}
