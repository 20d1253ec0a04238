//! The import template of a sheet: the header row, one example row, drop-down lists on
//! enum columns and date checks on date columns, and a second sheet "Hướng dẫn" saying,
//! column by column, what to write.

use rust_xlsxwriter::{DataValidation, DataValidationRule, ExcelDateTime, Format, Workbook};

use super::export::{Formats, write_cell, write_header, xlsx_err};
use super::spec::{ColumnKind, SheetSpec};
use crate::OfficeError;
use crate::numfmt::int;

/// Rows covered by drop-down lists and date checks.
const VALIDATED_ROWS: u32 = 100_000;

/// The template as .xlsx bytes; `max_rows` is the import limit stated in the instructions.
pub fn template(spec: &SheetSpec, max_rows: usize) -> Result<Vec<u8>, OfficeError> {
    spec.validate()?;
    let formats = Formats::new();
    let mut workbook = Workbook::new();
    let ws = workbook.add_worksheet();
    write_header(ws, spec, &formats)?;
    for (i, col) in spec.columns.iter().enumerate() {
        let c = i as u16;
        write_cell(ws, 1, c, &col.example, &col.kind, &formats)?;
        match &col.kind {
            // Excel keeps a list of at most 255 characters in the rule itself.
            ColumnKind::Enum(labels) if labels.iter().map(|l| l.chars().count() + 1).sum::<usize>() <= 255 => {
                let rule = DataValidation::new()
                    .allow_list_strings(labels)
                    .and_then(|v| v.set_error_title("Giá trị không hợp lệ"))
                    .and_then(|v| v.set_error_message("Hãy chọn một giá trị trong danh sách."))
                    .map_err(xlsx_err)?;
                ws.add_data_validation(1, c, VALIDATED_ROWS, c, &rule)
                    .map_err(xlsx_err)?;
            }
            ColumnKind::Date => {
                let from = ExcelDateTime::from_ymd(1990, 1, 1).map_err(xlsx_err)?;
                let to = ExcelDateTime::from_ymd(2100, 12, 31).map_err(xlsx_err)?;
                let rule = DataValidation::new()
                    .allow_date(DataValidationRule::Between(from, to))
                    .set_error_title("Ngày không hợp lệ")
                    .and_then(|v| v.set_error_message("Hãy ghi ngày theo dạng dd/mm/yyyy, ví dụ 15/11/2023."))
                    .map_err(xlsx_err)?;
                // Date columns with a parser also take phrases ("Quý IV/2023"): no check.
                if col.parser.is_none() {
                    ws.add_data_validation(1, c, VALIDATED_ROWS, c, &rule)
                        .map_err(xlsx_err)?;
                }
            }
            _ => {}
        }
    }
    let last_col = (spec.columns.len() - 1) as u16;
    ws.autofilter(0, 0, 1, last_col).map_err(xlsx_err)?;

    let help = workbook.add_worksheet();
    help.set_name("Hướng dẫn").map_err(xlsx_err)?;
    let bold = Format::new()
        .set_font_name("Times New Roman")
        .set_font_size(12)
        .set_bold();
    let wrap = Format::new()
        .set_font_name("Times New Roman")
        .set_font_size(12)
        .set_text_wrap();
    for (c, w) in [(0u16, 26.0), (1, 22.0), (2, 12.0), (3, 80.0)] {
        help.set_column_width(c, w).map_err(xlsx_err)?;
    }
    let general = [
        format!("Nhập dữ liệu vào trang tính “{}”.", spec.sheet_name.trim()),
        "Dòng 1 là tiêu đề cột: giữ nguyên tên cột, không thêm, bớt hay đổi thứ tự cột bắt buộc.".to_string(),
        "Dòng 2 là dòng ví dụ: ghi đè lên hoặc xóa dòng này trước khi nhập.".to_string(),
        "Ngày ghi theo dạng dd/mm/yyyy (ví dụ 15/11/2023). Không gộp ô, không dùng công thức (dán giá trị)."
            .to_string(),
        format!("Mỗi lần nhập tối đa {} dòng dữ liệu.", int(max_rows as i64)),
    ];
    let mut row = 0u32;
    help.write_string_with_format(row, 0, "HƯỚNG DẪN NHẬP DỮ LIỆU", &bold)
        .map_err(xlsx_err)?;
    for line in &general {
        row += 1;
        help.write_string_with_format(row, 0, format!("- {line}"), &wrap)
            .map_err(xlsx_err)?;
    }
    if let Some(key) = &spec.key_column
        && let Some(col) = spec.columns.iter().find(|c| &c.key == key)
    {
        row += 1;
        let line = format!(
            "- Cột “{}” là mã ổn định của bản ghi: khi nhập lại tệp có cùng mã, hệ thống cập nhật bản ghi đó thay vì tạo bản ghi mới. Mã không được trùng nhau trong một tệp.",
            col.header
        );
        help.write_string_with_format(row, 0, line, &wrap).map_err(xlsx_err)?;
    }
    row += 2;
    for (c, title) in ["Cột", "Kiểu dữ liệu", "Bắt buộc", "Cách ghi"].iter().enumerate() {
        help.write_string_with_format(row, c as u16, *title, &formats.header)
            .map_err(xlsx_err)?;
    }
    for col in &spec.columns {
        row += 1;
        let mut how = col.help.clone();
        if let ColumnKind::Enum(labels) = &col.kind {
            if !how.is_empty() {
                how.push(' ');
            }
            how.push_str(&format!("Giá trị hợp lệ: {}.", labels.join("; ")));
        }
        help.write_string_with_format(row, 0, &col.header, &bold)
            .map_err(xlsx_err)?;
        help.write_string_with_format(row, 1, col.kind.label_vi(), &wrap)
            .map_err(xlsx_err)?;
        help.write_string_with_format(row, 2, if col.required { "Có" } else { "Không" }, &wrap)
            .map_err(xlsx_err)?;
        help.write_string_with_format(row, 3, how, &wrap).map_err(xlsx_err)?;
    }
    workbook.save_to_buffer().map_err(xlsx_err)
}
