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

// Fourteenth round (unseen13d): each kind of miss with phrases written anew, not from the set.

#[test]
fn periodic_duties_named_by_counting() {
    // Counted from the end of each period (with "khi", or "kỳ kế toán").
    assert_eq!(
        rec("nộp chậm nhất 120 ngày kể từ khi kết thúc năm tài chính"),
        Recurrence::Yearly
    );
    assert_eq!(
        rec("trong 30 ngày kể từ ngày kết thúc kỳ kế toán quý"),
        Recurrence::Quarterly
    );
    // A day of a period named by its role.
    assert_eq!(rec("chậm nhất ngày 15 của tháng đầu quý sau"), Recurrence::Quarterly);
    assert_eq!(rec("trước ngày cuối cùng của tháng"), Recurrence::Monthly);
    assert_eq!(rec("trước ngày 31/3 của năm dương lịch tiếp theo"), Recurrence::Yearly);
    // Frequencies.
    assert_eq!(rec("lấy mẫu nước thải 4 lần/năm"), Recurrence::Quarterly);
    assert_eq!(rec("kiểm tra không quá 01 lần 01 năm"), Recurrence::Yearly);
    assert_eq!(rec("báo cáo định kỳ: 6 tháng, hằng năm"), Recurrence::Semiannual);
    // A named period stays one date.
    assert_eq!(due("hoàn thành trong tháng cuối quý IV/2024", None), day(2024, 12, 31));
    assert_eq!(
        due("hoàn thành trước ngày 31/3/2025, chậm nhất 3 lần/năm họp", None),
        day(2025, 3, 31)
    );
}

#[test]
fn dates_that_frame_the_deadline_are_not_it() {
    // The date of a cited document.
    assert_eq!(
        due(
            "thực hiện theo Kế hoạch số 45/KH-UBND ngày 2/3/2024, hoàn thành trong quý II/2024",
            None
        ),
        day(2024, 6, 30)
    );
    // The period an inspection covers; "năm nay" belongs to the quarter before it.
    assert_eq!(
        due(
            "kiểm tra trong quý IV năm nay, thời kỳ kiểm tra từ 01/01/2022 đến 30/6/2023",
            Some(day(2023, 8, 1))
        ),
        day(2023, 12, 31)
    );
    assert_eq!(
        due("thực hiện trong tháng 9 năm nay", Some(day(2024, 3, 5))),
        day(2024, 9, 30)
    );
    // The start of the work.
    assert_eq!(
        due("khởi công ngày 2/9/2024 và hoàn thành trong quý I/2026", None),
        day(2026, 3, 31)
    );
}

#[test]
fn counts_from_a_named_date() {
    assert_eq!(
        due("giãn cách trong 7 ngày kể từ 0 giờ ngày 24/7/2021", None),
        day(2021, 7, 30)
    );
    assert_eq!(
        due("hoàn thành trong 30 ngày kể từ ngày 15/8/2024", None),
        day(2024, 9, 14)
    );
    // From an event the phrase does not date: still the issue date or an error.
    assert!(parse_deadline("trong 30 ngày kể từ ngày nhận được hồ sơ", None).is_err());
}

#[test]
fn day_forms() {
    let issued = Some(day(2024, 10, 1));
    // A range of days without a year, after "N ngày" saying how long it lasts.
    assert_eq!(
        due("hội nghị diễn ra trong 3 ngày 10- 12/12", issued),
        day(2024, 12, 12)
    );
    assert_eq!(due("tổ chức ngày 20 – 22/11", issued), day(2024, 11, 22));
    // A time of day after a deadline word; alone it dates an event.
    assert_eq!(due("hoàn thành trong chiều 4/10", issued), day(2024, 10, 4));
    assert!(parse_deadline("Sáng 3-10, Sở Y tế yêu cầu các bệnh viện rà soát", None).is_err());
    // "vào D/M" at the end of a sentence.
    assert_eq!(due("lễ khai mạc vào 25/10.", issued), day(2024, 10, 25));
}

#[test]
fn school_years_date_days_without_a_year() {
    // No issue date: August–December in the first year, January–July in the second.
    assert_eq!(
        due("năm học 2023-2024: kết thúc học kỳ I vào 13/1", None),
        day(2024, 1, 13)
    );
    assert_eq!(due("năm học 2023-2024, khai giảng vào 5/9", None), day(2023, 9, 5));
    // Admissions come before the school year.
    assert_eq!(
        due("tuyển sinh lớp 10 năm học 2023-2024 thi ngày 10/6", None),
        day(2023, 6, 10)
    );
    // Alone, the school year is the deadline read, as before.
    assert_eq!(due("hoàn thành trong năm học 2024-2025", None), day(2025, 12, 31));
    // An issue date decides first, as for any phrase without a year.
    assert_eq!(
        due("năm học 2023-2024, nộp hồ sơ trước ngày 20/5", Some(day(2023, 4, 2))),
        day(2023, 5, 20)
    );
}

/// Fifteenth round (unseen15d): each kind of miss, with phrases written anew.
#[test]
fn fifteenth_round_kinds() {
    let issued = Some(day(2024, 5, 10));
    // Months written as words.
    assert_eq!(
        due("nghiệm thu vào cuối tháng Mười Một năm 2023", None),
        day(2023, 11, 30)
    );
    assert_eq!(due("trước tháng Tư năm 2025", None), day(2025, 3, 31));
    // "tháng này" is the issue date's month.
    assert_eq!(due("hoàn thành ngay trong tháng này", issued), day(2024, 5, 31));
    assert!(parse_deadline("hoàn thành ngay trong tháng này", None).is_err());
    // "N ngày, bắt đầu từ ngày D": D is the first day.
    assert_eq!(
        due("đợt cao điểm kéo dài 30 ngày, bắt đầu từ ngày 15/6/2024", None),
        day(2024, 7, 14)
    );
    // A range of days without a year after "từ".
    assert_eq!(due("nhận hồ sơ từ 10-20/6", issued), day(2024, 6, 20));
    // Several exact dates: the latest, wherever it stands.
    assert_eq!(
        due("hội nghị tổng kết ngày 28/12/2024; họp chuẩn bị ngày 20/12/2024", None),
        day(2024, 12, 28)
    );
    // A law's year is no deadline.
    assert!(
        parse_deadline(
            "thực hiện theo Luật Nhà ở năm 2023 trong thời hạn 30 ngày kể từ ngày nhận hồ sơ",
            None
        )
        .is_err()
    );
    // Rounds a year and weeks of any month.
    assert_eq!(
        rec("Hằng năm tổ chức khám sức khỏe, mỗi năm có 2 đợt"),
        Recurrence::Semiannual
    );
    assert_eq!(
        rec("Phó Chủ tịch tiếp dân vào thứ Tư của tuần lễ thứ hai trong tháng"),
        Recurrence::Monthly
    );
}
