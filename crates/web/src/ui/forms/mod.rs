//! Create/edit forms for tasks, documents (and their links), units, people and targets.
//! Each form posts to its own page route and answers 303 to the record's page
//! (post/redirect/get), or the form again with the error beside its field and everything
//! typed kept (422, 409); refusals are the error page (403, 404). Every write goes through
//! the same `guard` checks as the JSON API's handler for that record.

pub mod document;
pub mod org;
pub mod target;
pub mod task;

use std::future::Future;

use askama::Template;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use chrono::NaiveDate;
use domain::FieldError;

use super::{PageError, render};
use crate::error::{ApiError, Lang};

/// What was typed (every `name=value` pair, in order) and, after a refusal, why.
#[derive(Default)]
pub struct Fields {
    pairs: Vec<(String, String)>,
    field: String,
    message: String,
    general: bool,
}

impl Fields {
    pub fn new(pairs: Vec<(String, String)>) -> Fields {
        Fields {
            pairs,
            ..Default::default()
        }
    }

    /// Fields filled from a record (edit forms).
    pub fn from(pairs: &[(&str, String)]) -> Fields {
        Fields::new(pairs.iter().map(|(k, v)| (k.to_string(), v.clone())).collect())
    }

    /// The (first) value typed into `name`, or "".
    pub fn val(&self, name: &str) -> &str {
        self.pairs
            .iter()
            .find(|(k, _)| k == name)
            .map(|(_, v)| v.as_str())
            .unwrap_or("")
    }

    /// Whether `name` holds `value` (checkboxes, multiple selects).
    pub fn has(&self, name: &str, value: &str) -> bool {
        self.pairs.iter().any(|(k, v)| k == name && v == value)
    }

    pub fn all(&self, name: &str) -> Vec<&str> {
        self.pairs
            .iter()
            .filter(|(k, _)| k == name)
            .map(|(_, v)| v.as_str())
            .collect()
    }

    /// The error of field `name`, or "".
    pub fn err(&self, name: &str) -> &str {
        if !self.general && self.field == name {
            &self.message
        } else {
            ""
        }
    }

    /// The error that names no field of the form (a stale version…), or "".
    pub fn general_err(&self) -> &str {
        if self.general { &self.message } else { "" }
    }

    fn refused(mut self, e: &ApiError, names: &[&str]) -> Fields {
        self.field = e.field.clone().unwrap_or_default();
        self.general = !names.contains(&self.field.as_str());
        self.message = match Lang::current() {
            Lang::Vi => e.message_vi.clone(),
            Lang::En => e.message_en.clone(),
        };
        self
    }
}

/// An option of a select.
pub struct Opt {
    pub value: String,
    pub label: String,
}

/// The end of a post: 303 to `Ok(path)`; or the form again (built by `again`) with the
/// error beside the field named in `names` — or above the form — and the typed values (422,
/// 409, and 403 when the refusal names one of the form's fields: a record chosen in it that
/// the user may not use); or the error page.
pub async fn finish<T, Fut>(
    result: Result<String, ApiError>,
    fields: Fields,
    names: &[&str],
    again: impl FnOnce(Fields) -> Fut,
) -> Result<Response, PageError>
where
    T: Template,
    Fut: Future<Output = Result<T, ApiError>>,
{
    let e = match result {
        Ok(to) => return Ok(Redirect::to(&to).into_response()),
        Err(e) => e,
    };
    let field_refused = e.status == StatusCode::FORBIDDEN && e.field.as_deref().is_some_and(|f| names.contains(&f));
    if !matches!(e.status, StatusCode::UNPROCESSABLE_ENTITY | StatusCode::CONFLICT) && !field_refused {
        return Err(PageError(e));
    }
    let page = again(fields.refused(&e, names)).await?;
    Ok((e.status, render(&page)).into_response())
}

pub fn invalid(field: &str, vi: &str, en: &str) -> ApiError {
    FieldError::invalid(field, vi, en).into()
}

pub fn required(field: &str, vi: &str, en: &str) -> ApiError {
    FieldError::new(field, "required", vi, en).into()
}

/// A field that must be filled, with a message naming it as the form does (the domain's
/// generic message names the field's code).
pub fn need(f: &Fields, name: &str, vi: &str, en: &str) -> Result<(), ApiError> {
    if f.val(name).trim().is_empty() {
        return Err(required(name, vi, en));
    }
    Ok(())
}

/// Trimmed, `None` when empty.
pub fn opt(s: &str) -> Option<String> {
    let s = s.trim();
    (!s.is_empty()).then(|| s.to_string())
}

/// A date as typed: `2023-12-31` (date inputs) or `31/12/2023`; `None` when empty.
pub fn opt_date(field: &str, s: &str) -> Result<Option<NaiveDate>, ApiError> {
    let s = s.trim();
    if s.is_empty() {
        return Ok(None);
    }
    NaiveDate::parse_from_str(s, "%Y-%m-%d")
        .or_else(|_| NaiveDate::parse_from_str(s, "%d/%m/%Y"))
        .map(Some)
        .map_err(|_| {
            invalid(
                field,
                "Ngày không hợp lệ; hãy nhập theo dạng ngày/tháng/năm, ví dụ 31/12/2023.",
                "Invalid date; write it as dd/mm/yyyy, e.g. 31/12/2023.",
            )
        })
}

pub fn date(field: &str, s: &str) -> Result<NaiveDate, ApiError> {
    opt_date(field, s)?.ok_or_else(|| required(field, "Hãy nhập ngày.", "Enter a date."))
}

/// A record id from a select or hidden field.
pub fn id(field: &str, s: &str) -> Result<i64, ApiError> {
    s.trim().parse::<i64>().map_err(|_| {
        required(
            field,
            "Hãy chọn một mục trong danh sách.",
            "Choose an item from the list.",
        )
    })
}

pub fn opt_id(field: &str, s: &str) -> Result<Option<i64>, ApiError> {
    if s.trim().is_empty() {
        Ok(None)
    } else {
        id(field, s).map(Some)
    }
}

/// The version the form was read at (hidden field).
pub fn version(s: &str) -> Result<i64, ApiError> {
    s.trim().parse::<i64>().map_err(|_| {
        invalid(
            "version",
            "Thiếu phiên bản của bản ghi; hãy tải lại trang.",
            "Missing version; reload the page.",
        )
    })
}

/// A number as typed the Vietnamese way (`5.540,5`, `5.540`) or the plain way (`5540.5`).
/// A lone dot before exactly three digits separates thousands, as the pages print numbers
/// (`5.540` is five thousand five hundred and forty), unless the whole part is zero (`0.125`).
pub fn number(field: &str, s: &str) -> Result<f64, ApiError> {
    let t: String = s.trim().chars().filter(|c| !c.is_whitespace()).collect();
    let thousands = |t: &str| {
        t.split_once('.').is_some_and(|(whole, frac)| {
            let whole = whole.trim_start_matches(['-', '+']);
            frac.len() == 3
                && frac.chars().all(|c| c.is_ascii_digit())
                && !whole.is_empty()
                && !whole.trim_start_matches('0').is_empty()
        })
    };
    let t = if t.contains(',') {
        t.replace('.', "").replace(',', ".")
    } else if t.matches('.').count() > 1 || thousands(&t) {
        t.replace('.', "")
    } else {
        t
    };
    t.parse::<f64>().ok().filter(|v| v.is_finite()).ok_or_else(|| {
        invalid(
            field,
            "Hãy nhập một số, ví dụ 1.250,5.",
            "Enter a number, e.g. 1,250.5.",
        )
    })
}

/// A date for a date input (`yyyy-mm-dd`).
pub fn iso(d: Option<NaiveDate>) -> String {
    d.map(|d| d.format("%Y-%m-%d").to_string()).unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_both_ways() {
        assert_eq!(number("x", "5.540,5").unwrap(), 5540.5);
        assert_eq!(number("x", "1.000.000").unwrap(), 1_000_000.0);
        assert_eq!(number("x", "12.5").unwrap(), 12.5);
        assert_eq!(number("x", "5.540").unwrap(), 5540.0, "as the pages print it");
        assert_eq!(number("x", "-1.250").unwrap(), -1250.0);
        assert_eq!(number("x", "0.125").unwrap(), 0.125);
        assert_eq!(number("x", "45,5").unwrap(), 45.5);
        assert_eq!(number("x", "2.71").unwrap(), 2.71);
        assert!(number("x", "abc").is_err());
    }
}
