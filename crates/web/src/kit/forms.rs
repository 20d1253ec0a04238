//! The one form toolkit of the pages: what was typed and why it was refused (`Fields`), the
//! field parsers (dates, numbers, ids), and the answer of a form (303 or the form again).
//!
//! Each form posts to its own page route and answers 303 to the record's page
//! (post/redirect/get), or the form again with every error found beside its field, a summary of
//! them at the top (linked to the fields, focused, so a phone user sees it), and everything typed
//! kept (422, 409); refusals are the error page (403, 404). Every write calls the same use-case
//! operation as the JSON API.

use std::future::Future;

use askama::Template;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use chrono::NaiveDate;
use domain::FieldError;

use crate::error::ApiError;
use crate::kit::{PageError, render};

/// What was typed (every `name=value` pair, in order) and, after a refusal, why: one message
/// per field at fault, and messages naming no field of the form.
#[derive(Default)]
pub struct Fields {
    pairs: Vec<(String, String)>,
    errors: Vec<(String, String)>,
    general: Vec<String>,
    /// The refusal asks to confirm and send again (a report lowering the progress).
    confirm: bool,
}

/// An error of the summary at the top of a refused form.
pub struct Problem {
    /// The field's element id (`#field`).
    pub anchor: String,
    pub message: String,
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

    /// Sets `name` to `value` (a default the form chose instead of what was typed).
    pub fn set(&mut self, name: &str, value: String) {
        self.pairs.retain(|(k, _)| k != name);
        self.pairs.push((name.to_string(), value));
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
        self.errors
            .iter()
            .find(|(f, _)| f == name)
            .map(|(_, m)| m.as_str())
            .unwrap_or("")
    }

    /// The errors that name no field of the form (a stale version…), joined, or "".
    pub fn general_err(&self) -> String {
        self.general.join(" ")
    }

    /// The heading of the error summary.
    pub fn summary_heading(&self) -> &'static str {
        crate::kit::i18n::t(crate::error::Lang::current(), "form_not_saved")
    }

    /// The placeholder of date fields.
    pub fn date_hint(&self) -> &'static str {
        crate::kit::i18n::t(crate::error::Lang::current(), "date_placeholder")
    }

    /// The help line under date fields.
    pub fn date_help(&self) -> &'static str {
        crate::kit::i18n::t(crate::error::Lang::current(), "date_help")
    }

    /// Whether a field of the form was refused.
    pub fn has_field_errors(&self) -> bool {
        !self.errors.is_empty()
    }

    /// The fields' errors, for the summary at the top (each links to its field).
    pub fn field_problems(&self) -> Vec<Problem> {
        self.errors
            .iter()
            .map(|(f, m)| Problem {
                anchor: f.clone(),
                message: m.clone(),
            })
            .collect()
    }

    /// Adds an error: beside the field when it is one of `names` (the form's fields) — a field
    /// of a repeated row (`items[2].content`) beside that row's field when the form names it,
    /// else beside its list (`items`) — above the form otherwise. A second error for the same
    /// field is not shown twice.
    pub fn add(&mut self, e: &ApiError, names: &[&str]) {
        self.confirm |= e.code == domain::ErrorCode::NeedsConfirmation;
        let message = e.message().to_string();
        let at = e.field.as_deref().map(|f| {
            if names.contains(&f) {
                f
            } else {
                f.split('[').next().unwrap_or(f)
            }
        });
        match at {
            Some(f) if names.contains(&f) => {
                if self.err(f).is_empty() {
                    self.errors.push((f.to_string(), message));
                }
            }
            _ => self.general.push(message),
        }
    }

    fn refused(mut self, e: &ApiError, names: &[&str]) -> Fields {
        self.add(e, names);
        self
    }
}

/// The errors a form's own reading of its fields found, collected so that all of them are
/// reported at once, not one per submit.
#[derive(Default)]
pub struct Check {
    errors: Vec<ApiError>,
}

impl Check {
    /// Keeps the value, or records the error and gives `None`.
    pub fn take<T>(&mut self, r: Result<T, ApiError>) -> Option<T> {
        match r {
            Ok(v) => Some(v),
            Err(e) => {
                self.errors.push(e);
                None
            }
        }
    }

    pub fn first(self) -> Option<ApiError> {
        self.errors.into_iter().next()
    }

    pub fn is_empty(&self) -> bool {
        self.errors.is_empty()
    }

    pub fn into_errors(self) -> Vec<ApiError> {
        self.errors
    }
}

/// One field of a repeated row (`items[2].content`): its name (also its element's id), what
/// was typed, and its error.
pub struct Cell {
    pub name: String,
    pub value: String,
    pub error: String,
}

impl Fields {
    /// Field `field` of row `i` of list `list`.
    pub fn cell(&self, list: &str, i: usize, field: &str) -> Cell {
        let name = format!("{list}[{i}].{field}");
        Cell {
            value: self.val(&name).to_string(),
            error: self.err(&name).to_string(),
            name,
        }
    }

    /// How many rows of `list` were sent (one more than the highest index).
    pub fn rows(&self, list: &str) -> usize {
        let prefix = format!("{list}[");
        self.pairs
            .iter()
            .filter_map(|(k, _)| k.strip_prefix(&prefix)?.split(']').next()?.parse::<usize>().ok())
            .map(|i| i + 1)
            .max()
            .unwrap_or(0)
    }
}

/// The error of item `k` of `list` as the use case saw it (only the rows filled in were sent
/// on), renamed to the row of the form it came from: `rows[k]`.
pub fn in_row(mut e: ApiError, list: &str, rows: &[usize]) -> ApiError {
    let prefix = format!("{list}[");
    let renamed = e.field.as_deref().and_then(|f| {
        let rest = f.strip_prefix(&prefix)?;
        let (k, tail) = rest.split_once(']')?;
        let row = rows.get(k.parse::<usize>().ok()?)?;
        Some(format!("{list}[{row}]{tail}"))
    });
    if renamed.is_some() {
        e.0.field = renamed;
    }
    e
}

/// The state of the several small forms of one page (a task's actions): which form was refused,
/// with what was typed and why.
#[derive(Default)]
pub struct FormState {
    pub which: String,
    pub fields: Fields,
}

impl FormState {
    pub fn refused(which: &str, fields: Fields) -> FormState {
        FormState {
            which: which.to_string(),
            fields,
        }
    }

    /// The value typed into `name` of form `which` (empty unless that form was refused).
    pub fn val(&self, which: &str, name: &str) -> &str {
        if self.which == which { self.fields.val(name) } else { "" }
    }

    /// The error of field `name` of form `which`, or "".
    pub fn err(&self, which: &str, name: &str) -> &str {
        if self.which == which { self.fields.err(name) } else { "" }
    }

    /// The form-level error of form `which`, or "".
    pub fn general_err(&self, which: &str) -> String {
        if self.which == which {
            self.fields.general_err()
        } else {
            String::new()
        }
    }

    /// Whether this form was the one refused (to open its <details>).
    pub fn is(&self, which: &str) -> bool {
        self.which == which
    }

    /// Whether the refusal asks to confirm and send again.
    pub fn needs_confirmation(&self) -> bool {
        self.fields.confirm
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
    let status = e.status();
    let field_refused = status == StatusCode::FORBIDDEN && e.field.as_deref().is_some_and(|f| names.contains(&f));
    if !is_form_error(status) && !field_refused {
        return Err(PageError(e));
    }
    let page = again(fields.refused(&e, names)).await?;
    Ok((status, render(&page)).into_response())
}

/// Errors shown on the form itself (the rest get the error page).
pub fn is_form_error(status: StatusCode) -> bool {
    matches!(
        status,
        StatusCode::UNPROCESSABLE_ENTITY | StatusCode::CONFLICT | StatusCode::BAD_REQUEST
    )
}

/// The user may do `op` on `subject` (to open its form): `not_found` when they cannot see it,
/// `forbidden` when they may not change it.
pub async fn require(
    rd: &mut app::read::Reader<'_>,
    op: domain::access::Operation,
    subject: store::access::Subject,
) -> Result<(), ApiError> {
    if rd.may(op, subject).await? {
        return Ok(());
    }
    rd.check(subject).await?;
    Err(crate::auth::forbidden())
}

/// The units the user may issue work from, as a select's options: their offices above the
/// Party cells and residential groups (at most 120), with `chosen` first when it is not among
/// them (a record issued by a unit the user reaches otherwise keeps its value).
pub async fn issuing_units(rd: &mut app::read::Reader<'_>, chosen: i64) -> Result<Vec<Opt>, ApiError> {
    use domain::unit::UnitKind;
    let mut options: Vec<Opt> = rd
        .units_for(domain::access::Action::ManageWork, 400)
        .await?
        .into_iter()
        .filter(|u| !matches!(u.kind, UnitKind::PartyCell | UnitKind::ResidentialGroup))
        .take(120)
        .map(|u| Opt {
            value: u.id.to_string(),
            label: u.name,
        })
        .collect();
    if !options.iter().any(|o| o.value == chosen.to_string()) {
        options.insert(
            0,
            Opt {
                value: chosen.to_string(),
                label: rd.unit(chosen).await?.name,
            },
        );
    }
    Ok(options)
}

pub fn invalid(field: &str, vi: &str, en: &str) -> ApiError {
    FieldError::invalid(field, vi, en).into()
}

pub fn required(field: &str, vi: &str, en: &str) -> ApiError {
    FieldError::new(field, domain::ErrorCode::Required, vi, en).into()
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

/// A date as typed, `31/12/2023` (the pages' form, whatever the browser's language) or ISO;
/// `None` when empty. Two-digit years and implausible dates are refused (`domain::dates`).
pub fn opt_date(field: &str, s: &str) -> Result<Option<NaiveDate>, ApiError> {
    if s.trim().is_empty() {
        return Ok(None);
    }
    Ok(Some(domain::dates::parse_input(field, s)?))
}

pub fn date(field: &str, s: &str) -> Result<NaiveDate, ApiError> {
    opt_date(field, s)?.ok_or_else(|| ApiError::from(FieldError::required(field)))
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

/// A date as the date fields show it (`dd/mm/yyyy`).
pub fn dmy(d: Option<NaiveDate>) -> String {
    d.map(|d| d.format("%d/%m/%Y").to_string()).unwrap_or_default()
}

/// The create/edit forms' routes.
#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn row_errors_go_back_to_the_row_they_came_from() {
        let e: ApiError = FieldError::required("text").in_item("items", 1).into();
        let e = in_row(e, "items", &[0, 2]);
        assert_eq!(e.field.as_deref(), Some("items[2].text"));
        let mut f = Fields::new(vec![("items[2].text".into(), String::new())]);
        assert_eq!(f.rows("items"), 3);
        f.add(&e, &["items", "items[2].text"]);
        assert!(!f.cell("items", 2, "text").error.is_empty(), "beside the row's field");
        let mut g = Fields::default();
        g.add(&e, &["items"]);
        assert!(!g.err("items").is_empty(), "beside the list when rows are not named");
    }

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
