//! Streamed XLSX export: rows come from an iterator and go straight to rust_xlsxwriter's
//! constant-memory worksheet (one temporary file per sheet, rows written in order, strings
//! inline), so 100,000 rows never sit in memory. Row 1 holds the Vietnamese headers,
//! frozen and filtered; dates are real Excel dates shown dd/mm/yyyy, numbers are numbers.

use std::io::Write;

use chrono::Datelike;
use rust_xlsxwriter::{Color, ExcelDateTime, Format, FormatAlign, FormatBorder, Workbook, Worksheet, XlsxError};

use super::spec::{CellValue, ColumnKind, SheetSpec};
use crate::OfficeError;

/// Excel's row limit, header included.
const EXCEL_MAX_ROWS: u32 = 1_048_576;
/// Excel refuses longer cell texts.
const EXCEL_MAX_TEXT: usize = 32_767;

pub(crate) fn xlsx_err(e: XlsxError) -> OfficeError {
    OfficeError::XlsxWrite(e.to_string())
}

/// The cell formats of a sheet.
pub(crate) struct Formats {
    pub header: Format,
    pub text: Format,
    pub integer: Format,
    pub number: Format,
    pub decimal: Format,
    pub percent: Format,
    pub percent_decimal: Format,
    pub date: Format,
}

impl Formats {
    pub fn new() -> Self {
        let base = Format::new().set_font_name("Times New Roman").set_font_size(12);
        Formats {
            header: base
                .clone()
                .set_bold()
                .set_text_wrap()
                .set_align(FormatAlign::Center)
                .set_align(FormatAlign::VerticalCenter)
                .set_background_color(Color::RGB(0xD9D9D9))
                .set_border(FormatBorder::Thin),
            text: base.clone(),
            integer: base.clone().set_num_format("#,##0"),
            number: base.clone().set_num_format("#,##0"),
            decimal: base.clone().set_num_format("#,##0.00"),
            percent: base.clone().set_num_format("0%"),
            percent_decimal: base.clone().set_num_format("0.00%"),
            date: base.set_num_format("dd/mm/yyyy").set_align(FormatAlign::Center),
        }
    }
}

/// Writes the header row, column widths, frozen header and (for `filter_rows` data rows)
/// the autofilter.
pub(crate) fn write_header(ws: &mut Worksheet, spec: &SheetSpec, formats: &Formats) -> Result<(), OfficeError> {
    ws.set_name(spec.sheet_name.trim()).map_err(xlsx_err)?;
    for (i, col) in spec.columns.iter().enumerate() {
        let c = i as u16;
        ws.set_column_width(c, col.width).map_err(xlsx_err)?;
        ws.write_string_with_format(0, c, &col.header, &formats.header)
            .map_err(xlsx_err)?;
    }
    ws.set_row_height(0, 32).map_err(xlsx_err)?;
    ws.set_freeze_panes(1, 0).map_err(xlsx_err)?;
    Ok(())
}

/// Writes one value. A value of another kind than the column's is written as what it is
/// (export never fails on a type: it shows the data).
pub(crate) fn write_cell(
    ws: &mut Worksheet,
    row: u32,
    col: u16,
    value: &CellValue,
    kind: &ColumnKind,
    formats: &Formats,
) -> Result<(), OfficeError> {
    match value {
        CellValue::Empty => {}
        CellValue::Text(s) => {
            let s = if s.len() > EXCEL_MAX_TEXT {
                s.chars().take(EXCEL_MAX_TEXT / 4).collect::<String>()
            } else {
                s.clone()
            };
            ws.write_string_with_format(row, col, &s, &formats.text)
                .map_err(xlsx_err)?;
        }
        CellValue::Integer(i) => {
            ws.write_number_with_format(row, col, *i as f64, &formats.integer)
                .map_err(xlsx_err)?;
        }
        CellValue::Number(x) => {
            let f = if x.fract() == 0.0 {
                &formats.number
            } else {
                &formats.decimal
            };
            let f = if matches!(kind, ColumnKind::Integer) {
                &formats.integer
            } else {
                f
            };
            ws.write_number_with_format(row, col, *x, f).map_err(xlsx_err)?;
        }
        CellValue::Percent(p) => {
            let f = if p.fract() == 0.0 {
                &formats.percent
            } else {
                &formats.percent_decimal
            };
            ws.write_number_with_format(row, col, *p / 100.0, f).map_err(xlsx_err)?;
        }
        CellValue::Date(d) => {
            let (Ok(y), Ok(m), Ok(day)) = (u16::try_from(d.year()), u8::try_from(d.month()), u8::try_from(d.day()))
            else {
                return Ok(());
            };
            let excel = ExcelDateTime::from_ymd(y, m, day).map_err(xlsx_err)?;
            ws.write_date_with_format(row, col, &excel, &formats.date)
                .map_err(xlsx_err)?;
        }
    }
    Ok(())
}

/// Writes `rows` under the header to `out` as an .xlsx workbook, streaming. Returns the
/// number of data rows written.
pub fn write_xlsx<W, I, R>(out: W, spec: &SheetSpec, rows: I) -> Result<u64, OfficeError>
where
    W: Write + Send,
    I: IntoIterator<Item = R>,
    R: AsRef<[CellValue]>,
{
    spec.validate()?;
    let formats = Formats::new();
    let mut workbook = Workbook::new();
    let ws = workbook.add_worksheet_with_constant_memory().map_err(xlsx_err)?;
    write_header(ws, spec, &formats)?;
    let mut row = 0u32;
    for values in rows {
        row += 1;
        if row >= EXCEL_MAX_ROWS {
            return Err(OfficeError::XlsxWrite(format!(
                "more than {} rows: Excel cannot hold them",
                EXCEL_MAX_ROWS - 1
            )));
        }
        for (i, (value, col)) in values.as_ref().iter().zip(&spec.columns).enumerate() {
            write_cell(ws, row, i as u16, value, &col.kind, &formats)?;
        }
    }
    let last_col = (spec.columns.len() - 1) as u16;
    ws.autofilter(0, 0, row.max(1), last_col).map_err(xlsx_err)?;
    workbook.save_to_writer(out).map_err(xlsx_err)?;
    Ok(u64::from(row))
}

/// [`write_xlsx`] into memory (for small exports and tests).
pub fn xlsx_bytes<I, R>(spec: &SheetSpec, rows: I) -> Result<Vec<u8>, OfficeError>
where
    I: IntoIterator<Item = R>,
    R: AsRef<[CellValue]>,
{
    let mut buf = Vec::new();
    write_xlsx(&mut buf, spec, rows)?;
    Ok(buf)
}
