//! Deadline phrases: the semantics promised in the API contract.
// Tests fail loudly where they fail: unwrap, expect and panic are their assertions.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use chrono::NaiveDate;
use vntext::deadline::DeadlineErrorKind;
use vntext::{DeadlineValue, Recurrence, parse_deadline};

fn day(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap_or_default()
}

fn due(phrase: &str, issued: Option<NaiveDate>) -> NaiveDate {
    match parse_deadline(phrase, issued) {
        Ok(d) => d.due().unwrap_or_else(|| panic!("{phrase}: not a date: {d:?}")),
        Err(e) => panic!("{phrase}: {e}"),
    }
}

fn rec(phrase: &str) -> Recurrence {
    match parse_deadline(phrase, None) {
        Ok(d) => d
            .recurrence()
            .unwrap_or_else(|| panic!("{phrase}: not a recurrence: {d:?}")),
        Err(e) => panic!("{phrase}: {e}"),
    }
}

#[test]
fn contract_examples() {
    assert_eq!(due("trong tháng 9/2023", None), day(2023, 9, 30));
    assert_eq!(due("Quý IV/2023", None), day(2023, 12, 31));
    assert_eq!(due("quý 3 năm 2024", None), day(2024, 9, 30));
    assert_eq!(due("trước ngày 30/10/2023", None), day(2023, 10, 30));
    assert_eq!(due("chậm nhất ngày 15/11/2023", None), day(2023, 11, 15));
    assert_eq!(due("6 tháng đầu năm 2024", None), day(2024, 6, 30));
    assert_eq!(due("6 tháng cuối năm 2024", None), day(2024, 12, 31));
    assert_eq!(due("trong năm 2023", None), day(2023, 12, 31));
    assert_eq!(due("giai đoạn 2021-2025", None), day(2025, 12, 31));
    assert_eq!(due("trong kỳ sinh hoạt chi bộ tháng 10/2023", None), day(2023, 10, 31));
    assert_eq!(due("hoàn thành trong tháng 9/2023", None), day(2023, 9, 30));
}

#[test]
fn before_date_is_due_that_day_and_says_so() {
    let d = parse_deadline("Trước ngày 30/10/2023", None).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(d.value, DeadlineValue::Due(day(2023, 10, 30)));
    assert!(!d.ambiguous);
    assert!(d.note.contains("trước ngày"), "{}", d.note);
}

#[test]
fn yearless_phrases_use_the_issue_date() {
    let issued = Some(day(2023, 9, 13));
    let d = parse_deadline("trong tháng 10", issued).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(d.due(), Some(day(2023, 10, 31)));
    assert!(!d.ambiguous);
    assert!(d.note.contains("ngày ban hành"), "{}", d.note);

    let d = parse_deadline("Quý IV", issued).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(d.due(), Some(day(2023, 12, 31)));

    // August had already ended on 13/9/2023: next year, flagged.
    let d = parse_deadline("trong tháng 8", issued).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(d.due(), Some(day(2024, 8, 31)));
    assert!(d.ambiguous);
    assert!(d.note.contains("cần kiểm tra lại"), "{}", d.note);

    let d = parse_deadline("Quý II", issued).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(d.due(), Some(day(2024, 6, 30)));
    assert!(d.ambiguous);
}

#[test]
fn yearless_without_issue_date_is_an_error() {
    let e = parse_deadline("trong tháng 10", None)
        .err()
        .unwrap_or_else(|| panic!("should fail"));
    assert_eq!(e.kind(), &DeadlineErrorKind::NeedsIssueDate);
    assert!(e.message_vi().contains("không ghi năm"), "{}", e.message_vi());
    assert!(e.message_en().contains("no year"));
}

#[test]
fn recurrences() {
    assert_eq!(rec("hằng tháng"), Recurrence::Monthly);
    assert_eq!(rec("Hàng tháng"), Recurrence::Monthly);
    assert_eq!(rec("định kỳ hằng quý"), Recurrence::Quarterly);
    assert_eq!(rec("hàng quý"), Recurrence::Quarterly);
    assert_eq!(rec("HẰNG QUÝ"), Recurrence::Quarterly);
    assert_eq!(rec("định kỳ 6 tháng"), Recurrence::Semiannual);
    assert_eq!(rec("hằng năm"), Recurrence::Yearly);
    assert_eq!(rec("hang nam"), Recurrence::Yearly);
    assert_eq!(rec("thường xuyên"), Recurrence::Ongoing);
    assert_eq!(rec("Đột xuất"), Recurrence::Adhoc);
    assert_eq!(rec("trước ngày 20 hằng tháng"), Recurrence::Monthly);
}

#[test]
fn unreadable_phrases_are_errors_in_vietnamese() {
    let e = parse_deadline("theo tiến độ", None)
        .err()
        .unwrap_or_else(|| panic!("should fail"));
    assert_eq!(e.kind(), &DeadlineErrorKind::NotRecognized);
    assert!(e.to_string().contains("Không hiểu được thời hạn"));
    let e = parse_deadline("   ", None)
        .err()
        .unwrap_or_else(|| panic!("should fail"));
    assert_eq!(e.kind(), &DeadlineErrorKind::Empty);
    let e = parse_deadline("trước ngày 31/02/2023", None)
        .err()
        .unwrap_or_else(|| panic!("should fail"));
    assert_eq!(e.kind(), &DeadlineErrorKind::InvalidDate);
}

#[test]
fn recurrence_serialises_snake_case() {
    let v = serde_json::to_value(Recurrence::Semiannual).unwrap_or_default();
    assert_eq!(v, "semiannual");
    let back: Recurrence = serde_json::from_value(serde_json::json!("adhoc")).unwrap_or(Recurrence::Monthly);
    assert_eq!(back, Recurrence::Adhoc);
    assert_eq!(Recurrence::Quarterly.label_vi(), "Hằng quý");
}
