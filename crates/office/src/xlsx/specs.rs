//! Column specifications ready for dondoc's own imports and exports: tasks, units,
//! people and targets. Labels of enum columns are the Vietnamese labels the domain uses;
//! the caller maps its rows onto these columns by key.

use chrono::NaiveDate;
use vntext::deadline::DeadlineErrorKind;
use vntext::{DeadlineValue, parse_deadline};

use super::spec::{CellParser, CellValue, ColumnKind, ColumnSpec, ParseFailure, SheetSpec};

/// Task status labels (domain `TaskStatus`).
pub const TASK_STATUSES: [&str; 8] = [
    "Chưa thực hiện",
    "Đang thực hiện",
    "Sắp đến hạn",
    "Quá hạn",
    "Hoàn thành đúng hạn",
    "Hoàn thành quá hạn",
    "Chờ gia hạn",
    "Đã hủy",
];

/// Unit kind labels (domain `UnitKind`).
pub const UNIT_KINDS: [&str; 16] = [
    "Tỉnh, thành phố",
    "Quận, huyện",
    "Phường",
    "Xã, đặc khu",
    "Cấp ủy Đảng",
    "Chi bộ",
    "Hội đồng nhân dân",
    "Ủy ban nhân dân",
    "Ủy ban Mặt trận Tổ quốc",
    "Đoàn thể chính trị – xã hội",
    "Ủy ban Kiểm tra",
    "Ban của cấp ủy",
    "Văn phòng",
    "Phòng, ban chuyên môn",
    "Đơn vị sự nghiệp công lập",
    "Tổ dân phố",
];

/// Staff categories (domain `PersonCategory`).
pub const PERSON_CATEGORIES: [&str; 4] = ["Cán bộ", "Công chức", "Viên chức", "Lao động hợp đồng"];

/// Target directions (domain `Direction`).
pub const DIRECTIONS: [&str; 2] = ["Càng cao càng tốt", "Càng thấp càng tốt"];

fn labels(list: &[&str]) -> ColumnKind {
    ColumnKind::Enum(list.iter().map(|s| s.to_string()).collect())
}

fn code_column(example: &str) -> ColumnSpec {
    ColumnSpec::new("code", "Mã", ColumnKind::Text)
        .width(14.0)
        .alias("Mã số")
        .help(
            "Mã ổn định của bản ghi. Để trống với bản ghi mới; khi nhập lại, dòng có mã sẽ cập nhật bản ghi có mã đó.",
        )
        .example(CellValue::text(example))
}

/// Reads a deadline phrase ("Quý IV/2023", "trước ngày 30/10/2023") into its due date;
/// `issued` resolves phrases without a year. Periodic phrases are refused: they have no
/// single date and belong in "Thời hạn".
pub fn deadline_parser(issued: Option<NaiveDate>) -> CellParser {
    CellParser::new(move |text| {
        if text.trim().is_empty() {
            return Ok(CellValue::Empty);
        }
        match parse_deadline(text, issued) {
            Ok(d) => match d.value {
                DeadlineValue::Due(date) => Ok(CellValue::Date(date)),
                DeadlineValue::Recurrence(_) => Err(ParseFailure {
                    code: "deadline_recurring",
                    reason_vi: "thời hạn định kỳ, không phải một ngày (ghi ở cột Thời hạn, để trống cột này)"
                        .to_string(),
                    reason_en: "a recurring deadline, not a date (write it under Thời hạn, leave this empty)"
                        .to_string(),
                }),
            },
            Err(e) => Err(match e.kind() {
                DeadlineErrorKind::NeedsIssueDate => ParseFailure {
                    code: "deadline_needs_year",
                    reason_vi: "thời hạn không ghi năm".to_string(),
                    reason_en: "the deadline has no year".to_string(),
                },
                DeadlineErrorKind::InvalidDate => ParseFailure {
                    code: "deadline_invalid_date",
                    reason_vi: "ngày, tháng hoặc quý không tồn tại".to_string(),
                    reason_en: "no such day, month or quarter".to_string(),
                },
                _ => ParseFailure {
                    code: "deadline_not_recognized",
                    reason_vi: "không hiểu thời hạn".to_string(),
                    reason_en: "not a deadline".to_string(),
                },
            }),
        }
    })
}

/// A plausible e-mail address (one "@", a dot in the domain, no spaces).
fn email_parser() -> CellParser {
    CellParser::new(|text| {
        let t = text.trim();
        let ok = match t.split_once('@') {
            Some((local, domain)) => {
                !local.is_empty()
                    && domain.contains('.')
                    && !domain.starts_with('.')
                    && !domain.ends_with('.')
                    && !domain.contains('@')
                    && !t.contains(char::is_whitespace)
            }
            None => false,
        };
        if ok {
            Ok(CellValue::Text(t.to_lowercase()))
        } else {
            Err(ParseFailure {
                code: "not_email",
                reason_vi: "không phải địa chỉ thư điện tử".to_string(),
                reason_en: "not an e-mail address".to_string(),
            })
        }
    })
}

/// Tasks; `issued` (the plan's issue date) lets "Hạn" read phrases without a year.
pub fn tasks(issued: Option<NaiveDate>) -> SheetSpec {
    let d = |y, m, day| {
        NaiveDate::from_ymd_opt(y, m, day)
            .map(CellValue::Date)
            .unwrap_or(CellValue::Empty)
    };
    SheetSpec {
        sheet_name: "Nhiệm vụ".to_string(),
        key_column: Some("code".to_string()),
        columns: vec![
            code_column("NV-001"),
            ColumnSpec::new("number", "Số thứ tự", ColumnKind::Text)
                .width(9.0)
                .alias("STT")
                .alias("Số TT")
                .help("Số thứ tự của nhiệm vụ trong văn bản (ví dụ 1.2).")
                .example(CellValue::text("1.2")),
            ColumnSpec::new("content", "Nội dung nhiệm vụ", ColumnKind::Text)
                .width(50.0)
                .required()
                .alias("Nội dung")
                .alias("Nhiệm vụ")
                .help("Nội dung nhiệm vụ như ghi trong văn bản.")
                .example(CellValue::text("Số hóa hồ sơ hộ tịch giai đoạn 1995–2005")),
            ColumnSpec::new("lead_unit", "Đơn vị chủ trì", ColumnKind::Text)
                .width(26.0)
                .required()
                .help("Tên hoặc tên viết tắt của đơn vị chủ trì.")
                .example(CellValue::text("UBND phường Bồ Đề")),
            ColumnSpec::new("support_units", "Đơn vị phối hợp", ColumnKind::Text)
                .width(26.0)
                .help("Nhiều đơn vị cách nhau bằng dấu chấm phẩy (;).")
                .example(CellValue::text("Công an phường; Tổ dân phố số 2")),
            ColumnSpec::new("owner", "Người phụ trách", ColumnKind::Text)
                .width(22.0)
                .help("Họ và tên người phụ trách.")
                .example(CellValue::text("Nguyễn Văn Đức")),
            ColumnSpec::new("deadline_text", "Thời hạn", ColumnKind::Text)
                .width(18.0)
                .help("Thời hạn như ghi trong văn bản: “Quý IV/2023”, “trước ngày 30/10/2023”, “hằng tháng”, “thường xuyên”.")
                .example(CellValue::text("Quý IV/2024")),
            ColumnSpec::new("due_date", "Hạn", ColumnKind::Date)
                .width(13.0)
                .alias("Hạn hoàn thành")
                .alias("Ngày hết hạn")
                .help("Ngày hết hạn (dd/mm/yyyy); có thể ghi “Quý IV/2023”, “tháng 9/2023”. Để trống với nhiệm vụ thường xuyên.")
                .example(d(2024, 12, 31))
                .parser(deadline_parser(issued)),
            ColumnSpec::new("status", "Trạng thái", labels(&TASK_STATUSES))
                .width(20.0)
                .example(CellValue::text("Đang thực hiện")),
            ColumnSpec::new("progress", "Tiến độ %", ColumnKind::Percent)
                .width(11.0)
                .alias("Tiến độ")
                .help("Phần trăm khối lượng đã thực hiện, từ 0 đến 100.")
                .example(CellValue::Percent(40.0)),
            ColumnSpec::new("completed_on", "Ngày hoàn thành", ColumnKind::Date)
                .width(14.0)
                .help("Ngày hoàn thành (dd/mm/yyyy), nếu đã hoàn thành."),
            ColumnSpec::new("document", "Văn bản/kế hoạch", ColumnKind::Text)
                .width(24.0)
                .alias("Văn bản")
                .alias("Kế hoạch")
                .help("Số, ký hiệu văn bản giao nhiệm vụ (ví dụ 152-KH/QU).")
                .example(CellValue::text("152-KH/QU")),
        ],
    }
}

/// Units.
pub fn units() -> SheetSpec {
    SheetSpec {
        sheet_name: "Đơn vị".to_string(),
        key_column: Some("code".to_string()),
        columns: vec![
            code_column("DV-BODE"),
            ColumnSpec::new("name", "Tên", ColumnKind::Text)
                .width(40.0)
                .required()
                .alias("Tên đơn vị")
                .example(CellValue::text("Ủy ban nhân dân phường Bồ Đề")),
            ColumnSpec::new("short_name", "Tên viết tắt", ColumnKind::Text)
                .width(18.0)
                .example(CellValue::text("UBND phường Bồ Đề")),
            ColumnSpec::new("kind", "Loại", labels(&UNIT_KINDS))
                .width(24.0)
                .required()
                .alias("Loại đơn vị")
                .example(CellValue::text("Ủy ban nhân dân")),
            ColumnSpec::new("parent", "Đơn vị cấp trên", ColumnKind::Text)
                .width(30.0)
                .help("Mã hoặc tên đơn vị cấp trên; để trống với đơn vị cấp cao nhất.")
                .example(CellValue::text("UBND quận Long Biên")),
        ],
    }
}

/// People.
pub fn people() -> SheetSpec {
    SheetSpec {
        sheet_name: "Cán bộ".to_string(),
        key_column: Some("code".to_string()),
        columns: vec![
            code_column("CB-0001"),
            ColumnSpec::new("full_name", "Họ và tên", ColumnKind::Text)
                .width(26.0)
                .required()
                .alias("Họ tên")
                .example(CellValue::text("Trần Thị Hồng")),
            ColumnSpec::new("position", "Chức vụ", ColumnKind::Text)
                .width(22.0)
                .example(CellValue::text("Phó Chủ tịch")),
            ColumnSpec::new("unit", "Đơn vị", ColumnKind::Text)
                .width(30.0)
                .required()
                .help("Mã hoặc tên đơn vị công tác.")
                .example(CellValue::text("UBND phường Bồ Đề")),
            ColumnSpec::new("category", "Ngạch/loại", labels(&PERSON_CATEGORIES))
                .width(18.0)
                .alias("Loại")
                .example(CellValue::text("Cán bộ")),
            ColumnSpec::new("party_member", "Đảng viên", labels(&["Có", "Không"]))
                .width(11.0)
                .example(CellValue::text("Có")),
            ColumnSpec::new("email", "Email", ColumnKind::Text)
                .width(28.0)
                .alias("Thư điện tử")
                .example(CellValue::text("tthong@longbien.hanoi.gov.vn"))
                .parser(email_parser()),
        ],
    }
}

/// Targets.
pub fn targets() -> SheetSpec {
    SheetSpec {
        sheet_name: "Chỉ tiêu".to_string(),
        key_column: Some("code".to_string()),
        columns: vec![
            code_column("CT-01"),
            ColumnSpec::new("unit", "Đơn vị", ColumnKind::Text)
                .width(28.0)
                .required()
                .example(CellValue::text("UBND phường Bồ Đề")),
            ColumnSpec::new("period", "Kỳ", ColumnKind::Text)
                .width(14.0)
                .required()
                .help("Kỳ của chỉ tiêu: “Năm 2024”, “Quý III/2024”, “6 tháng đầu năm 2024”.")
                .example(CellValue::text("Năm 2024")),
            ColumnSpec::new("name", "Chỉ tiêu", ColumnKind::Text)
                .width(44.0)
                .required()
                .alias("Tên chỉ tiêu")
                .example(CellValue::text("Tỷ lệ hồ sơ thủ tục hành chính nộp trực tuyến")),
            ColumnSpec::new("measure", "Đơn vị tính", ColumnKind::Text)
                .width(12.0)
                .alias("ĐVT")
                .example(CellValue::text("%")),
            ColumnSpec::new("direction", "Chiều", labels(&DIRECTIONS))
                .width(20.0)
                .example(CellValue::text("Càng cao càng tốt")),
            ColumnSpec::new("planned", "Kế hoạch", ColumnKind::Number)
                .width(12.0)
                .required()
                .example(CellValue::Number(80.0)),
            ColumnSpec::new("actual", "Thực hiện", ColumnKind::Number)
                .width(12.0)
                .help("Để trống nếu chưa có số liệu.")
                .example(CellValue::Number(86.5)),
        ],
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ready_specs_are_valid() {
        for spec in [tasks(None), units(), people(), targets()] {
            spec.validate().unwrap();
        }
    }

    #[test]
    fn deadline_phrases_become_dates() {
        let p = deadline_parser(None);
        assert_eq!(
            p.parse("Quý IV/2023"),
            Ok(CellValue::Date(NaiveDate::from_ymd_opt(2023, 12, 31).unwrap()))
        );
        // vntext reads "quy 4" as the fourth quarter: without a year it needs the issue date.
        assert_eq!(p.parse("quy 4").unwrap_err().reason_vi, "thời hạn không ghi năm");
        let issued = NaiveDate::from_ymd_opt(2023, 3, 1);
        assert_eq!(
            deadline_parser(issued).parse("quy 4"),
            Ok(CellValue::Date(NaiveDate::from_ymd_opt(2023, 12, 31).unwrap()))
        );
        assert_eq!(p.parse("sớm nhất có thể").unwrap_err().reason_vi, "không hiểu thời hạn");
        assert_eq!(p.parse("hằng tháng").unwrap_err().code, "deadline_recurring");
    }
}
