//! Export → import gives back the same values; templates import as their example row;
//! headers are matched whatever their case, diacritics or spacing.
// Tests fail loudly where they fail: unwrap, expect and panic are their assertions.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use chrono::NaiveDate;
use office::xlsx::{CellValue, ImportOptions, import_xlsx_bytes, specs, template, xlsx_bytes};
use rust_xlsxwriter::Workbook;

fn d(y: i32, m: u32, day: u32) -> CellValue {
    CellValue::Date(NaiveDate::from_ymd_opt(y, m, day).unwrap())
}

fn t(s: &str) -> CellValue {
    CellValue::text(s)
}

fn task_rows() -> Vec<Vec<CellValue>> {
    (1..=250u32)
        .map(|i| {
            vec![
                t(&format!("NV-{i:04}")),
                t(&format!("{}.{}", i / 10, i % 10)),
                t(&format!(
                    "Nhiệm vụ số {i}: rà soát, số hóa hồ sơ “đặc biệt” <khẩn> & lưu trữ"
                )),
                t("Ủy ban nhân dân phường Bồ Đề"),
                if i.is_multiple_of(3) {
                    CellValue::Empty
                } else {
                    t("Công an phường; Tổ dân phố số 2")
                },
                t("Nguyễn Văn Đức"),
                t("Quý IV/2024"),
                d(2024, 1 + i % 12, 1 + i % 28),
                t(specs::TASK_STATUSES[(i % 8) as usize]),
                CellValue::Percent(if i.is_multiple_of(2) { 37.5 } else { (i % 101) as f64 }),
                if i.is_multiple_of(4) {
                    d(2024, 12, 5)
                } else {
                    CellValue::Empty
                },
                t("152-KH/QU"),
            ]
        })
        .collect()
}

#[test]
fn export_then_import_gives_the_same_values() {
    let spec = specs::tasks(None);
    let rows = task_rows();
    let bytes = xlsx_bytes(&spec, &rows).unwrap();
    let sheet = import_xlsx_bytes(&bytes, &spec, &ImportOptions::default()).unwrap();
    assert!(
        sheet.errors.is_empty(),
        "{:?}",
        sheet.errors.first().map(|e| e.message_vi())
    );
    assert_eq!(sheet.sheet_name, "Nhiệm vụ");
    assert_eq!(sheet.rows.len(), rows.len());
    for (imported, original) in sheet.rows.iter().zip(&rows) {
        assert!(imported.valid);
        assert_eq!(&imported.values, original, "row {}", imported.row);
    }
    assert_eq!(sheet.rows[0].row, 2, "row numbers as Excel shows them");
}

#[test]
fn every_ready_spec_round_trips_its_template() {
    for spec in [specs::tasks(None), specs::units(), specs::people(), specs::targets()] {
        let bytes = template(&spec, 100_000).unwrap();
        let sheet = import_xlsx_bytes(&bytes, &spec, &ImportOptions::default()).unwrap();
        assert!(sheet.errors.is_empty(), "{}: {:?}", spec.sheet_name, sheet.errors);
        assert_eq!(sheet.rows.len(), 1, "{}", spec.sheet_name);
        let examples: Vec<CellValue> = spec.columns.iter().map(|c| c.example.clone()).collect();
        assert_eq!(sheet.rows[0].values, examples, "{}", spec.sheet_name);
        // The instructions sheet is there.
        let mut wb: calamine::Xlsx<_> = calamine::open_workbook_from_rs(std::io::Cursor::new(&bytes)).unwrap();
        use calamine::Reader;
        assert_eq!(wb.sheet_names(), vec![spec.sheet_name.clone(), "Hướng dẫn".to_string()]);
        let help = wb.worksheet_range("Hướng dẫn").unwrap();
        let text: Vec<String> = help.rows().flat_map(|r| r.iter().map(|c| c.to_string())).collect();
        assert!(text.iter().any(|c| c.contains("Dòng 2 là dòng ví dụ")));
        assert!(text.iter().any(|c| c.contains("mã ổn định")));
    }
}

#[test]
fn headers_match_without_case_diacritics_or_spacing() {
    let spec = specs::targets();
    let mut wb = Workbook::new();
    let ws = wb.add_worksheet();
    let headers = [
        "MÃ",
        "don vi",
        "  Kỳ ",
        "chi tieu",
        "ĐVT",
        "Chiều",
        "KE  HOACH",
        "thực hiện *",
    ];
    for (c, h) in headers.iter().enumerate() {
        ws.write_string(0, c as u16, *h).unwrap();
    }
    let row = [
        "CT-01",
        "Phường Bồ Đề",
        "Năm 2024",
        "Tỷ lệ hộ nghèo",
        "%",
        "cang thap cang tot",
    ];
    for (c, v) in row.iter().enumerate() {
        ws.write_string(1, c as u16, *v).unwrap();
    }
    ws.write_string(1, 6, "1,5").unwrap();
    ws.write_number(1, 7, 1.2).unwrap();
    let bytes = wb.save_to_buffer().unwrap();
    let sheet = import_xlsx_bytes(&bytes, &spec, &ImportOptions::default()).unwrap();
    assert!(sheet.errors.is_empty(), "{:?}", sheet.errors);
    let v = &sheet.rows[0].values;
    assert_eq!(v[5], t("Càng thấp càng tốt"), "enum label canonicalised");
    assert_eq!(v[6], CellValue::Number(1.5), "Vietnamese decimal comma");
    assert_eq!(v[7], CellValue::Number(1.2));
}
