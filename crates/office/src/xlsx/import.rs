//! XLSX import against a [`SheetSpec`]: a pre-flight check of the ZIP (not an XLSX at all,
//! an oversized shared-string table), the sheet's declared size checked before any row is
//! read (a 1,000,000-row sheet is refused at once), merged cells refused, headers matched
//! without regard to case, diacritics or spacing, then every row read cell by cell
//! (streamed) with all problems collected — formulas, wrong types, missing required
//! values, repeated codes — instead of stopping at the first.

use std::collections::{HashMap, HashSet};

type Formulas = HashMap<(u32, u32), String>;
use std::io::{Cursor, Read, Seek, SeekFrom};

use calamine::{DataRef, Reader, Xlsx};
use serde::Serialize;

use super::cell::{CellError, convert, display};
use super::spec::{CellValue, SheetSpec};
use crate::OfficeError;

/// Limits and choices of one import.
#[derive(Debug, Clone)]
pub struct ImportOptions {
    /// Most data rows accepted (the header row not counted).
    pub max_rows: usize,
    /// Sheet to read; by default the spec's sheet name if present, else the first sheet.
    pub sheet_name: Option<String>,
    /// Ignore columns the spec does not know instead of refusing the file.
    pub allow_unknown_columns: bool,
    /// Largest shared-string table accepted, uncompressed (it is read into memory).
    pub max_shared_strings_bytes: u64,
}

impl Default for ImportOptions {
    fn default() -> Self {
        ImportOptions {
            max_rows: 100_000,
            sheet_name: None,
            allow_unknown_columns: false,
            max_shared_strings_bytes: 256 * 1024 * 1024,
        }
    }
}

/// One data row: its number as Excel shows it, the values in the spec's column order
/// (missing optional columns and refused cells are `Empty`), and whether it had no error.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ImportedRow {
    pub row: u32,
    pub values: Vec<CellValue>,
    pub valid: bool,
}

/// What an import found.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ImportedSheet {
    pub sheet_name: String,
    pub rows: Vec<ImportedRow>,
    /// Every problem, in row order.
    pub errors: Vec<CellError>,
    pub skipped_empty_rows: usize,
    /// Headers of optional columns the file does not have.
    pub missing_optional: Vec<String>,
}

/// Header text folded for matching: no case, no diacritics, single spaces, no trailing
/// "*" or ":" ("Hạn *" and "HAN" match "Hạn").
pub(crate) fn fold_header(s: &str) -> String {
    let folded = vntext::fold(s);
    let trimmed = folded
        .trim()
        .trim_end_matches(['*', ':'])
        .trim_end_matches("(*)")
        .trim();
    trimmed.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Imports from bytes.
pub fn import_xlsx_bytes(bytes: &[u8], spec: &SheetSpec, opts: &ImportOptions) -> Result<ImportedSheet, OfficeError> {
    import_xlsx(Cursor::new(bytes), spec, opts)
}

/// Imports the sheet from any seekable reader.
pub fn import_xlsx<R: Read + Seek>(
    mut reader: R,
    spec: &SheetSpec,
    opts: &ImportOptions,
) -> Result<ImportedSheet, OfficeError> {
    spec.validate()?;
    preflight(&mut reader, opts)?;
    reader.seek(SeekFrom::Start(0))?;
    let mut workbook: Xlsx<R> = Xlsx::new(reader).map_err(|e| OfficeError::XlsxRead(e.to_string()))?;
    let names = workbook.sheet_names();
    let name = match &opts.sheet_name {
        Some(n) => names.iter().find(|s| *s == n).cloned().ok_or(OfficeError::NoSheet)?,
        None => names
            .iter()
            .find(|s| fold_header(s) == fold_header(&spec.sheet_name))
            .or_else(|| names.first())
            .cloned()
            .ok_or(OfficeError::NoSheet)?,
    };
    let formulas = check_size_and_find_formulas(&mut workbook, &name, opts)?;
    let merged = workbook
        .merge_cells_by_sheet_name(&name)
        .map_err(|e| OfficeError::XlsxRead(e.to_string()))?;
    if !merged.is_empty() {
        let ranges = merged
            .iter()
            .take(10)
            .map(|d| format!("{}:{}", a1(d.start.0, d.start.1), a1(d.end.0, d.end.1)))
            .collect();
        return Err(OfficeError::MergedCells(ranges));
    }
    read_rows(&mut workbook, &name, spec, opts, &formulas)
}

/// Refuses what is not an XLSX, and a shared-string table too large to hold.
fn preflight<R: Read + Seek>(reader: &mut R, opts: &ImportOptions) -> Result<(), OfficeError> {
    let mut zip = zip::ZipArchive::new(reader).map_err(|_| OfficeError::NotXlsx)?;
    if zip.index_for_name("xl/workbook.xml").is_none() {
        return Err(OfficeError::NotXlsx);
    }
    if let Ok(sst) = zip.by_name("xl/sharedStrings.xml")
        && sst.size() > opts.max_shared_strings_bytes
    {
        return Err(OfficeError::TooLarge {
            part: "xl/sharedStrings.xml".to_string(),
            size: sst.size(),
            limit: opts.max_shared_strings_bytes,
        });
    }
    Ok(())
}

/// Checks the declared size (before any row is read), then collects formula cells.
fn check_size_and_find_formulas<R: Read + Seek>(
    workbook: &mut Xlsx<R>,
    name: &str,
    opts: &ImportOptions,
) -> Result<Formulas, OfficeError> {
    let mut cells = workbook
        .worksheet_cells_reader(name)
        .map_err(|e| OfficeError::XlsxRead(e.to_string()))?;
    let dims = cells.dimensions();
    let declared = dims.end.0.saturating_sub(dims.start.0) as usize;
    if declared > opts.max_rows {
        return Err(OfficeError::TooManyRows {
            max: opts.max_rows,
            declared: Some(declared),
        });
    }
    let scan_limit = scan_limit(opts);
    let mut formulas = Formulas::new();
    while let Some(cell) = cells.next_formula().map_err(|e| OfficeError::XlsxRead(e.to_string()))? {
        let (row, col) = cell.get_position();
        if row > scan_limit {
            break;
        }
        let formula = cell.get_value();
        if !formula.is_empty() {
            let shown = if formula.starts_with('=') {
                formula.clone()
            } else {
                format!("={formula}")
            };
            formulas.insert((row, col), shown.chars().take(80).collect());
        }
    }
    Ok(formulas)
}

/// Beyond this row index nothing is read (blank but formatted rows count too).
fn scan_limit(opts: &ImportOptions) -> u32 {
    u32::try_from(opts.max_rows.saturating_mul(2).saturating_add(1000)).unwrap_or(u32::MAX)
}

/// "B12" from zero-based row and column.
pub(crate) fn a1(row: u32, col: u32) -> String {
    let mut letters = String::new();
    let mut c = col + 1;
    while c > 0 {
        let rem = (c - 1) % 26;
        letters.insert(0, (b'A' + rem as u8) as char);
        c = (c - 1) / 26;
    }
    format!("{letters}{}", row + 1)
}

struct Header {
    /// Sheet column → spec column.
    map: HashMap<u32, usize>,
    row: u32,
}

fn match_header(
    cells: &[(u32, String)],
    row: u32,
    spec: &SheetSpec,
    opts: &ImportOptions,
) -> Result<(Header, Vec<String>), OfficeError> {
    let mut lookup: HashMap<String, usize> = HashMap::new();
    for (i, c) in spec.columns.iter().enumerate() {
        lookup.insert(fold_header(&c.header), i);
        for a in &c.aliases {
            lookup.insert(fold_header(a), i);
        }
    }
    let mut map = HashMap::new();
    let (mut unknown, mut repeated) = (Vec::new(), Vec::new());
    let mut seen = HashSet::new();
    for (col, text) in cells {
        if text.trim().is_empty() {
            continue;
        }
        match lookup.get(&fold_header(text)) {
            Some(&i) if !seen.insert(i) => repeated.push(text.trim().to_string()),
            Some(&i) => {
                map.insert(*col, i);
            }
            None => unknown.push(text.trim().to_string()),
        }
    }
    let missing: Vec<String> = spec
        .columns
        .iter()
        .enumerate()
        .filter(|(i, c)| c.required && !seen.contains(i))
        .map(|(_, c)| c.header.clone())
        .collect();
    if opts.allow_unknown_columns {
        unknown.clear();
    }
    if !missing.is_empty() || !unknown.is_empty() || !repeated.is_empty() {
        return Err(OfficeError::HeaderMismatch {
            missing,
            unknown,
            repeated,
        });
    }
    let missing_optional = spec
        .columns
        .iter()
        .enumerate()
        .filter(|(i, _)| !seen.contains(i))
        .map(|(_, c)| c.header.clone())
        .collect();
    Ok((Header { map, row }, missing_optional))
}

fn read_rows<R: Read + Seek>(
    workbook: &mut Xlsx<R>,
    name: &str,
    spec: &SheetSpec,
    opts: &ImportOptions,
    formulas: &Formulas,
) -> Result<ImportedSheet, OfficeError> {
    let mut cells = workbook
        .worksheet_cells_reader(name)
        .map_err(|e| OfficeError::XlsxRead(e.to_string()))?;
    let percent_styles: Vec<bool> = cells
        .styles()
        .iter()
        .map(|s| s.number_format.as_ref().is_some_and(|f| f.format_code.contains('%')))
        .collect();
    let mut out = ImportedSheet {
        sheet_name: name.to_string(),
        rows: Vec::new(),
        errors: Vec::new(),
        skipped_empty_rows: 0,
        missing_optional: Vec::new(),
    };
    let mut header: Option<Header> = None;
    let mut current: Option<u32> = None;
    let mut row_cells: Vec<(u32, DataRef<'_>, bool)> = Vec::new();
    let mut keys: HashMap<String, u32> = HashMap::new();
    let mut last_data_row = 0u32;
    let limit = scan_limit(opts);
    loop {
        let next = cells
            .next_cell_with_style_id()
            .map_err(|e| OfficeError::XlsxRead(e.to_string()))?;
        let row_of_next = next.as_ref().map(|(c, _)| c.get_position().0);
        if current.is_some() && row_of_next != current {
            let row = current.unwrap_or_default();
            let cells_of_row = std::mem::take(&mut row_cells);
            match &header {
                None => {
                    let header_cells: Vec<(u32, String)> =
                        cells_of_row.iter().map(|(c, d, _)| (*c, display(d))).collect();
                    if header_cells.iter().any(|(_, t)| !t.trim().is_empty()) {
                        let (h, missing) = match_header(&header_cells, row, spec, opts)?;
                        out.missing_optional = missing;
                        header = Some(h);
                    }
                }
                Some(h) => {
                    last_data_row = row;
                    convert_row(h, row, &cells_of_row, spec, formulas, &mut keys, &mut out);
                    if out.rows.len() > opts.max_rows {
                        return Err(OfficeError::TooManyRows {
                            max: opts.max_rows,
                            declared: None,
                        });
                    }
                }
            }
        }
        let Some((cell, style)) = next else { break };
        let (row, col) = cell.get_position();
        if row > limit {
            return Err(OfficeError::TooManyRows {
                max: opts.max_rows,
                declared: None,
            });
        }
        current = Some(row);
        let percent = percent_styles.get(style).copied().unwrap_or(false);
        row_cells.push((col, cell.get_value().clone(), percent));
    }
    let Some(h) = header else {
        return Err(OfficeError::EmptySheet);
    };
    // Rows between the header and the last data row that had no cells at all.
    let seen = out.rows.len() + out.skipped_empty_rows;
    let span = last_data_row.saturating_sub(h.row) as usize;
    out.skipped_empty_rows += span.saturating_sub(seen);
    Ok(out)
}

fn convert_row(
    header: &Header,
    row: u32,
    cells: &[(u32, DataRef<'_>, bool)],
    spec: &SheetSpec,
    formulas: &Formulas,
    keys: &mut HashMap<String, u32>,
    out: &mut ImportedSheet,
) {
    let excel_row = row + 1;
    let mut values = vec![CellValue::Empty; spec.columns.len()];
    let mut present = vec![false; spec.columns.len()];
    let mut any = false;
    let errors_before = out.errors.len();
    for (col, data, percent) in cells {
        let Some(&i) = header.map.get(col) else { continue };
        let column = &spec.columns[i];
        let shown: String = display(data).chars().take(80).collect();
        if !shown.trim().is_empty() {
            any = true;
        }
        if let Some(formula) = formulas.get(&(row, *col)) {
            out.errors.push(CellError {
                row: excel_row,
                column: column.header.clone(),
                value: formula.clone(),
                code: "formula",
                reason_vi: "ô chứa công thức; hãy sao chép và dán giá trị (Paste Values)".to_string(),
                reason_en: "the cell holds a formula; copy it and paste the value".to_string(),
            });
            any = true;
            continue;
        }
        match convert(column, data, *percent) {
            Ok(v) => {
                present[i] = !v.is_empty();
                values[i] = v;
            }
            Err(f) => out.errors.push(CellError {
                row: excel_row,
                column: column.header.clone(),
                value: shown,
                code: f.code,
                reason_vi: f.reason_vi,
                reason_en: f.reason_en,
            }),
        }
    }
    if !any {
        out.skipped_empty_rows += 1;
        return;
    }
    for (i, column) in spec.columns.iter().enumerate() {
        let refused = out.errors[errors_before..].iter().any(|e| e.column == column.header);
        if column.required && !present[i] && !refused {
            out.errors.push(CellError {
                row: excel_row,
                column: column.header.clone(),
                value: String::new(),
                code: "required",
                reason_vi: "thiếu giá trị bắt buộc".to_string(),
                reason_en: "a value is required".to_string(),
            });
        }
    }
    if let Some(key) = &spec.key_column
        && let Some(i) = spec.index_of(key)
        && let Some(code_text) = match &values[i] {
            CellValue::Integer(n) => Some(n.to_string()),
            CellValue::Text(t) => Some(t.trim().to_string()),
            _ => None,
        }
    {
        let folded = vntext::fold(&code_text);
        if let Some(first) = keys.get(&folded) {
            out.errors.push(CellError {
                row: excel_row,
                column: spec.columns[i].header.clone(),
                value: code_text,
                code: "duplicate_key",
                reason_vi: format!("mã bị trùng với dòng {first}"),
                reason_en: format!("the code repeats row {first}"),
            });
        } else {
            keys.insert(folded, excel_row);
        }
    }
    let valid = out.errors.len() == errors_before;
    out.rows.push(ImportedRow {
        row: excel_row,
        values,
        valid,
    });
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn headers_fold() {
        assert_eq!(fold_header("  Hạn *"), fold_header("HAN"));
        assert_eq!(fold_header("Đơn vị   chủ trì:"), fold_header("don vi chu tri"));
        assert_ne!(fold_header("Hạn"), fold_header("Hàn Quốc"));
    }

    #[test]
    fn a1_names() {
        assert_eq!(a1(0, 0), "A1");
        assert_eq!(a1(11, 1), "B12");
        assert_eq!(a1(0, 26), "AA1");
    }
}
