//! Every way an import goes wrong gives a clear error: row-level problems are all
//! collected and name the row, the column and the value; merged cells, formulas, wrong
//! headers, a file that is not an XLSX and an over-limit sheet are refused.
// Tests fail loudly where they fail: unwrap, expect and panic are their assertions.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use std::time::Instant;

use chrono::NaiveDate;
use office::OfficeError;
use office::xlsx::{CellValue, ImportOptions, import_xlsx_bytes, specs, xlsx_bytes};
use rust_xlsxwriter::{Formula, Workbook, Worksheet};

fn headers(ws: &mut Worksheet, spec: &office::xlsx::SheetSpec) {
    for (c, col) in spec.columns.iter().enumerate() {
        ws.write_string(0, c as u16, &col.header).unwrap();
    }
}

/// Tasks sheet: columns Mã(0) STT(1) Nội dung(2) Chủ trì(3) Phối hợp(4) Người(5)
/// Thời hạn(6) Hạn(7) Trạng thái(8) Tiến độ(9) Ngày hoàn thành(10) Văn bản(11).
fn messy_tasks() -> Vec<u8> {
    let spec = specs::tasks(None);
    let mut wb = Workbook::new();
    let ws = wb.add_worksheet();
    ws.set_name("Nhiệm vụ").unwrap();
    headers(ws, &spec);
    // Row 2: fine, the date written as text, progress as "80%".
    for (c, v) in [
        (0, "NV-1"),
        (2, "Rà soát hồ sơ"),
        (3, "UBND phường"),
        (7, "15/11/2023"),
        (9, "80%"),
    ] {
        ws.write_string(1, c, v).unwrap();
    }
    // Row 3: a deadline phrase nobody can read, a status not in the list.
    for (c, v) in [
        (0, "NV-2"),
        (2, "Cập nhật dữ liệu"),
        (3, "Công an phường"),
        (7, "sớm nhất có thể"),
        (8, "Xong rồi"),
    ] {
        ws.write_string(2, c, v).unwrap();
    }
    // Row 4: empty (skipped). Row 5: content missing, code repeated, progress not a number.
    for (c, v) in [(0, "nv-1"), (3, "Tổ dân phố số 2"), (9, "nhiều")] {
        ws.write_string(4, c, v).unwrap();
    }
    // Row 6: a phrase read as a date, a formula, progress typed as a number (75 = 75 %).
    for (c, v) in [(0, "NV-3"), (2, "Báo cáo quý"), (3, "Văn phòng"), (7, "Quý IV/2023")] {
        ws.write_string(5, c, v).unwrap();
    }
    ws.write_formula(5, 11, Formula::new("=A6&\"-KH\"")).unwrap();
    ws.write_number(5, 9, 75).unwrap();
    wb.save_to_buffer().unwrap()
}

#[test]
fn row_errors_are_all_collected_with_row_column_and_value() {
    let sheet = import_xlsx_bytes(&messy_tasks(), &specs::tasks(None), &ImportOptions::default()).unwrap();
    let messages: Vec<String> = sheet.errors.iter().map(|e| e.message_vi()).collect();
    let expected = [
        "Dòng 3, cột Hạn: 'sớm nhất có thể' — không hiểu thời hạn",
        "Dòng 3, cột Trạng thái: 'Xong rồi' — không thuộc danh sách: Chưa thực hiện; Đang thực hiện; Sắp đến hạn; Quá hạn; Hoàn thành đúng hạn; Hoàn thành quá hạn; Chờ gia hạn; Đã hủy",
        "Dòng 5, cột Tiến độ %: 'nhiều' — không phải tỷ lệ phần trăm",
        "Dòng 5, cột Nội dung nhiệm vụ: thiếu giá trị bắt buộc",
        "Dòng 5, cột Mã: 'nv-1' — mã bị trùng với dòng 2",
        "Dòng 6, cột Văn bản/kế hoạch: '=A6&\"-KH\"' — ô chứa công thức; hãy sao chép và dán giá trị (Paste Values)",
    ];
    for e in expected {
        assert!(messages.iter().any(|m| m == e), "missing {e:?} in {messages:#?}");
    }
    assert_eq!(sheet.errors.len(), expected.len(), "{messages:#?}");
    let english: Vec<String> = sheet.errors.iter().map(|e| e.message_en()).collect();
    assert!(english.contains(&"Row 3, column Hạn: 'sớm nhất có thể' — not a deadline".to_string()));
    assert_eq!(sheet.errors[0].code, "deadline_not_recognized");

    assert_eq!(sheet.skipped_empty_rows, 1);
    let rows: Vec<u32> = sheet.rows.iter().map(|r| r.row).collect();
    assert_eq!(rows, vec![2, 3, 5, 6]);
    let first = &sheet.rows[0];
    assert!(first.valid);
    assert_eq!(
        first.values[7],
        CellValue::Date(NaiveDate::from_ymd_opt(2023, 11, 15).unwrap())
    );
    assert_eq!(first.values[9], CellValue::Percent(80.0));
    let sixth = &sheet.rows[3];
    assert!(!sixth.valid, "the formula makes the row invalid");
    assert_eq!(
        sixth.values[7],
        CellValue::Date(NaiveDate::from_ymd_opt(2023, 12, 31).unwrap())
    );
    assert_eq!(sixth.values[9], CellValue::Percent(75.0));
}

#[test]
fn wrong_headers_are_refused_with_what_is_missing_and_unknown() {
    let mut wb = Workbook::new();
    let ws = wb.add_worksheet();
    for (c, h) in ["Mã", "Tên công việc", "Đơn vị chủ trì", "Hạn", "Hạn"]
        .iter()
        .enumerate()
    {
        ws.write_string(0, c as u16, *h).unwrap();
    }
    let err = import_xlsx_bytes(
        &wb.save_to_buffer().unwrap(),
        &specs::tasks(None),
        &ImportOptions::default(),
    )
    .unwrap_err();
    assert_eq!(err.code(), "xlsx_header_mismatch");
    assert_eq!(
        err.message_vi(),
        "Dòng tiêu đề không đúng mẫu: thiếu cột “Nội dung nhiệm vụ”; có cột không thuộc mẫu “Tên công việc”; \
         cột bị lặp lại “Hạn”. Hãy dùng tệp mẫu tải từ hệ thống."
    );
    let OfficeError::HeaderMismatch {
        missing,
        unknown,
        repeated,
    } = err
    else {
        panic!()
    };
    assert_eq!((missing.len(), unknown.len(), repeated.len()), (1, 1, 1));
}

#[test]
fn merged_cells_are_refused() {
    let spec = specs::units();
    let mut wb = Workbook::new();
    let ws = wb.add_worksheet();
    headers(ws, &spec);
    ws.merge_range(
        1,
        1,
        2,
        1,
        "Ủy ban nhân dân phường Bồ Đề",
        &rust_xlsxwriter::Format::new(),
    )
    .unwrap();
    let err = import_xlsx_bytes(&wb.save_to_buffer().unwrap(), &spec, &ImportOptions::default()).unwrap_err();
    assert_eq!(err.code(), "xlsx_merged_cells");
    assert!(err.message_vi().contains("B2:B3"), "{}", err.message_vi());
}

#[test]
fn files_that_are_not_xlsx_are_refused() {
    let spec = specs::units();
    for bytes in [
        b"Ma;Ten\nDV1;Phuong\n".to_vec(),
        Vec::new(),
        office::report::report_docx(&office::report::sample_report(office::docx::LayoutKind::State)).unwrap(),
    ] {
        let err = import_xlsx_bytes(&bytes, &spec, &ImportOptions::default()).unwrap_err();
        assert_eq!(err.code(), "xlsx_not_xlsx");
        assert!(
            err.message_vi()
                .starts_with("Tệp không phải là bảng tính Excel (.xlsx)")
        );
    }
    let empty = Workbook::new().save_to_buffer().unwrap();
    let err = import_xlsx_bytes(&empty, &spec, &ImportOptions::default()).unwrap_err();
    assert_eq!(err.code(), "xlsx_empty_sheet");
}

fn unit_rows(n: usize) -> Vec<Vec<CellValue>> {
    (0..n)
        .map(|i| {
            vec![
                CellValue::text(format!("DV-{i}")),
                CellValue::text(format!("Tổ dân phố số {i}")),
                CellValue::Empty,
                CellValue::text("Tổ dân phố"),
                CellValue::Empty,
            ]
        })
        .collect()
}

#[test]
fn over_limit_sheets_are_refused() {
    let spec = specs::units();
    let opts = ImportOptions {
        max_rows: 100,
        ..ImportOptions::default()
    };
    let at_limit = xlsx_bytes(&spec, unit_rows(100)).unwrap();
    assert_eq!(import_xlsx_bytes(&at_limit, &spec, &opts).unwrap().rows.len(), 100);
    let over = xlsx_bytes(&spec, unit_rows(101)).unwrap();
    let err = import_xlsx_bytes(&over, &spec, &opts).unwrap_err();
    assert_eq!(err.code(), "xlsx_too_many_rows");
    assert!(
        err.message_vi().contains("vượt quá giới hạn 100 dòng"),
        "{}",
        err.message_vi()
    );
}

#[test]
fn a_million_row_sheet_is_refused_without_reading_it() {
    let mut wb = Workbook::new();
    let ws = wb.add_worksheet_with_constant_memory().unwrap();
    ws.write_string(0, 0, "Mã").unwrap();
    ws.write_string(0, 1, "Tên").unwrap();
    ws.write_string(0, 3, "Loại").unwrap();
    for r in 1..=1_000_000u32 {
        ws.write_number(r, 0, r).unwrap();
    }
    let bytes = wb.save_to_buffer().unwrap();
    let started = Instant::now();
    let err = import_xlsx_bytes(&bytes, &specs::units(), &ImportOptions::default()).unwrap_err();
    let elapsed = started.elapsed();
    println!("1,000,000-row sheet ({} bytes) refused in {elapsed:?}", bytes.len());
    let OfficeError::TooManyRows { max, declared } = &err else {
        panic!("{err:?}")
    };
    assert_eq!((*max, *declared), (100_000, Some(1_000_000)));
    assert_eq!(
        err.message_vi(),
        "Trang tính có 1.000.000 dòng dữ liệu, vượt quá giới hạn 100.000 dòng mỗi lần nhập. Hãy chia thành nhiều tệp."
    );
}
