//! Reading the uploaded bytes against the kind's columns (off the async workers: parsing a
//! large sheet is CPU work), and the rows as the preview shows them, with the cell problems
//! the reader found already on them.

use chrono::NaiveDate;
use domain::ErrorCode;
use office::numfmt;
use office::xlsx::{CellValue, ImportOptions, ImportedRow, ImportedSheet, SheetSpec};

use super::Kind;
use super::report::{PreviewRow, RowAction, RowError, SheetPreview};
use crate::{Error, Result};

/// Most data rows in one import.
pub const MAX_ROWS: usize = 20_000;

/// A sheet as read: the spec, the rows and the preview with the cell problems on their rows.
pub(crate) struct Read {
    pub spec: SheetSpec,
    pub rows: Vec<ImportedRow>,
    pub preview: SheetPreview,
}

impl Read {
    /// The value of column `key` in `row`.
    pub fn value<'a>(&self, row: &'a ImportedRow, key: &str) -> &'a CellValue {
        match self.spec.index_of(key) {
            Some(i) => &row.values[i],
            None => &CellValue::Empty,
        }
    }

    /// The trimmed text of column `key` (numbers written as text too), `None` when empty.
    pub fn text(&self, row: &ImportedRow, key: &str) -> Option<String> {
        match self.value(row, key) {
            CellValue::Text(s) if !s.trim().is_empty() => Some(s.trim().to_string()),
            CellValue::Integer(n) => Some(n.to_string()),
            CellValue::Number(x) => Some(shown(&CellValue::Number(*x))),
            _ => None,
        }
    }

    /// The header of column `key`.
    pub fn header(&self, key: &str) -> String {
        self.spec
            .index_of(key)
            .map(|i| self.spec.columns[i].header.clone())
            .unwrap_or_else(|| key.to_string())
    }
}

/// A value as the page shows it: dd/mm/yyyy, Vietnamese numbers.
pub fn shown(v: &CellValue) -> String {
    match v {
        CellValue::Empty => String::new(),
        CellValue::Text(s) => s.clone(),
        CellValue::Integer(n) => numfmt::int(*n),
        CellValue::Number(x) if x.fract() == 0.0 && x.abs() < 1e15 => numfmt::int(*x as i64),
        CellValue::Number(x) => numfmt::decimal(*x, 2),
        CellValue::Percent(p) => numfmt::percent(*p),
        CellValue::Date(d) => d.format("%d/%m/%Y").to_string(),
    }
}

fn refused(e: office::OfficeError) -> Error {
    let code = match e {
        office::OfficeError::TooManyRows { .. } | office::OfficeError::TooLarge { .. } => ErrorCode::TooLarge,
        _ => ErrorCode::UnreadableFile,
    };
    Error::new(code, e.message_vi(), e.message_en()).at("file")
}

/// Reads `bytes` as a sheet of `kind`: an error for a file that cannot be read at all (not an
/// XLSX, wrong headers, merged cells, too many rows), otherwise every row with its problems.
pub(crate) async fn read(kind: Kind, bytes: Vec<u8>, issued: Option<NaiveDate>) -> Result<Read> {
    if bytes.is_empty() {
        return Err(Error::new(
            ErrorCode::EmptyFile,
            "Chưa chọn tệp Excel hoặc tệp không có nội dung.",
            "No Excel file was chosen, or the file is empty.",
        )
        .at("file"));
    }
    let spec = kind.spec(issued);
    let parsed = tokio::task::spawn_blocking(move || {
        let opts = ImportOptions {
            max_rows: MAX_ROWS,
            ..ImportOptions::default()
        };
        let sheet = office::xlsx::import_xlsx_bytes(&bytes, &spec, &opts);
        (spec, sheet)
    })
    .await
    .map_err(|_| Error::internal())?;
    let (spec, sheet) = parsed;
    let sheet: ImportedSheet = sheet.map_err(refused)?;
    let columns = spec.columns.iter().map(|c| c.header.clone()).collect();
    let mut preview = SheetPreview::new(kind, sheet.sheet_name, columns, sheet.skipped_empty_rows);
    let mut errors = sheet.errors.into_iter().peekable();
    for r in &sheet.rows {
        let mut row_errors = Vec::new();
        while let Some(e) = errors.next_if(|e| e.row <= r.row) {
            if e.row == r.row {
                row_errors.push(RowError::from_cell(&e));
            }
        }
        preview.rows.push(PreviewRow {
            row: r.row,
            action: RowAction::Create,
            record_id: None,
            cells: r.values.iter().map(shown).collect(),
            errors: row_errors,
        });
    }
    Ok(Read {
        spec,
        rows: sheet.rows,
        preview,
    })
}

/// Records `e` on row `index` of the preview, at the column `key`, with what the cell holds.
pub(crate) fn fail(sheet: &mut Read, index: usize, key: &str, e: &Error) {
    let header = sheet.header(key);
    let value = sheet.text(&sheet.rows[index], key).unwrap_or_default();
    sheet.preview.fail(index, &header, &value, e);
}
