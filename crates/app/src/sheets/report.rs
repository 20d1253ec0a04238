//! What a preview shows: every row with what saving would do to it (add, update, leave alone)
//! and its problems, each named by row, column and value in Vietnamese and English.

use office::xlsx::CellError;
use serde::Serialize;
use utoipa::ToSchema;

use super::Kind;
use crate::{Error, Result};

/// What saving does with a row.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum RowAction {
    /// A new record.
    Create,
    /// The record the code names is changed.
    Update,
    /// The record the code names already says this.
    Unchanged,
    /// The row has errors: nothing can be saved until they are fixed.
    Invalid,
}

impl RowAction {
    pub fn label_vi(self) -> &'static str {
        match self {
            RowAction::Create => "Thêm mới",
            RowAction::Update => "Cập nhật",
            RowAction::Unchanged => "Không thay đổi",
            RowAction::Invalid => "Có lỗi",
        }
    }

    pub fn label_en(self) -> &'static str {
        match self {
            RowAction::Create => "New",
            RowAction::Update => "Update",
            RowAction::Unchanged => "Unchanged",
            RowAction::Invalid => "Has errors",
        }
    }
}

/// A problem on one row.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, ToSchema)]
pub struct RowError {
    /// The row as Excel numbers it (1 = the header).
    pub row: u32,
    /// The column's header ("Hạn").
    pub column: String,
    /// The value found (shortened).
    pub value: String,
    pub code: String,
    /// "Dòng 17, cột Hạn: 'quy 4' — không hiểu thời hạn".
    pub message_vi: String,
    pub message_en: String,
}

/// A sentence turned into the reason after the dash: no final stop, lower-case start (unless
/// the word is an abbreviation such as "UBND").
fn reason(s: &str) -> String {
    let s = s.trim().trim_end_matches('.');
    let mut chars = s.chars();
    match (chars.next(), chars.next()) {
        (Some(a), Some(b)) if a.is_uppercase() && b.is_lowercase() => {
            a.to_lowercase().chain(s[a.len_utf8()..].chars()).collect()
        }
        _ => s.to_string(),
    }
}

impl RowError {
    pub fn from_cell(e: &CellError) -> RowError {
        RowError {
            row: e.row,
            column: e.column.clone(),
            value: e.value.clone(),
            code: e.code.to_string(),
            message_vi: e.message_vi(),
            message_en: e.message_en(),
        }
    }

    /// An operation's refusal placed on a row and column.
    pub fn from_error(row: u32, column: &str, value: &str, e: &Error) -> RowError {
        let cell = CellError {
            row,
            column: column.to_string(),
            value: value.chars().take(80).collect(),
            code: "",
            reason_vi: reason(&e.message_vi),
            reason_en: reason(&e.message_en),
        };
        RowError {
            code: e.code.as_str().to_string(),
            ..RowError::from_cell(&cell)
        }
    }
}

/// One row of the preview.
#[derive(Debug, Clone, PartialEq, Serialize, ToSchema)]
pub struct PreviewRow {
    pub row: u32,
    pub action: RowAction,
    /// The record updated or left alone.
    pub record_id: Option<i64>,
    /// The cells as read, in the columns' order, as the page shows them.
    pub cells: Vec<String>,
    pub errors: Vec<RowError>,
}

/// How many rows of each outcome.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, ToSchema)]
pub struct Counts {
    pub create: usize,
    pub update: usize,
    pub unchanged: usize,
    pub invalid: usize,
}

/// A checked sheet.
#[derive(Debug, Clone, PartialEq, Serialize, ToSchema)]
pub struct SheetPreview {
    pub kind: Kind,
    pub sheet_name: String,
    /// The columns' headers.
    pub columns: Vec<String>,
    pub rows: Vec<PreviewRow>,
    /// Unit names no unit was found for, each once, in order: for the user to map.
    pub unmatched: Vec<String>,
    pub counts: Counts,
    /// Problems in all (a row may have several).
    pub error_count: usize,
    pub skipped_empty_rows: usize,
}

/// Why applying a checked sheet stopped: a row the store refused, or anything else.
#[derive(Debug)]
pub(crate) enum Failure {
    Row {
        index: usize,
        /// The key of the column at fault.
        key: &'static str,
        error: Error,
    },
    Other(Error),
}

impl Failure {
    /// An operation's refusal of row `index`, at the column `column_of` names for its field.
    pub(crate) fn in_row(index: usize, column_of: fn(&str) -> &'static str, error: Error) -> Failure {
        Failure::Row {
            index,
            key: column_of(error.field.as_deref().unwrap_or("")),
            error,
        }
    }
}

impl From<Error> for Failure {
    fn from(e: Error) -> Failure {
        Failure::Other(e)
    }
}

impl From<store::StoreError> for Failure {
    fn from(e: store::StoreError) -> Failure {
        Failure::Other(e.into())
    }
}

impl SheetPreview {
    pub(crate) fn new(kind: Kind, sheet_name: String, columns: Vec<String>, skipped: usize) -> SheetPreview {
        SheetPreview {
            kind,
            sheet_name,
            columns,
            rows: Vec::new(),
            unmatched: Vec::new(),
            counts: Counts::default(),
            error_count: 0,
            skipped_empty_rows: skipped,
        }
    }

    /// Adds a problem to row `index` (which then cannot be saved).
    pub(crate) fn fail(&mut self, index: usize, column: &str, value: &str, e: &Error) {
        let row = &mut self.rows[index];
        let err = RowError::from_error(row.row, column, value, e);
        if !row.errors.contains(&err) {
            row.errors.push(err);
        }
    }

    /// Counts the outcomes once every row is checked.
    pub(crate) fn finish(&mut self) {
        let mut c = Counts::default();
        let mut errors = 0;
        for r in &mut self.rows {
            if !r.errors.is_empty() {
                r.action = RowAction::Invalid;
            }
            errors += r.errors.len();
            match r.action {
                RowAction::Create => c.create += 1,
                RowAction::Update => c.update += 1,
                RowAction::Unchanged => c.unchanged += 1,
                RowAction::Invalid => c.invalid += 1,
            }
        }
        self.counts = c;
        self.error_count = errors;
    }

    /// The preview returned when saving stopped on a row; any other failure is the error.
    pub(crate) fn refuse(mut self, f: Failure) -> Result<SheetPreview> {
        match f {
            Failure::Row { index, key, error } if error.code != domain::ErrorCode::Internal => {
                let spec = self.kind.spec(None);
                let (column, value) = match spec.index_of(key) {
                    Some(c) => (
                        spec.columns[c].header.clone(),
                        self.rows[index].cells.get(c).cloned().unwrap_or_default(),
                    ),
                    None => (key.to_string(), String::new()),
                };
                self.fail(index, &column, &value, &error);
                self.finish();
                Ok(self)
            }
            Failure::Row { error, .. } | Failure::Other(error) => Err(error),
        }
    }

    /// Every problem, in row order.
    pub fn errors(&self) -> impl Iterator<Item = &RowError> {
        self.rows.iter().flat_map(|r| &r.errors)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reasons_read_after_a_dash() {
        assert_eq!(reason("Tài khoản không có quyền."), "tài khoản không có quyền");
        assert_eq!(reason("UBND phường đã có."), "UBND phường đã có");
    }
}
