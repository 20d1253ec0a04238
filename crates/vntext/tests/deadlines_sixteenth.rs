//! Sixteenth round (unseen16d): each kind of miss, with phrases written anew (none of them is
//! in the set). Every rule is general; see `docs/vntext-rounds.md`, "Sixteenth round".
// Tests fail loudly where they fail: unwrap, expect and panic are their assertions.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod deadline_checks;

use deadline_checks::*;
use vntext::Recurrence;

/// A term ("nhiệm kỳ 2025 - 2030") names a body or a congress; it does not time the work.
#[test]
fn a_term_is_no_deadline() {
    assert_eq!(
        due(
            "Đại hội Hội Nông dân huyện nhiệm kỳ 2023 - 2028 dự kiến tổ chức vào tháng 8/2023",
            None
        ),
        day(2023, 8, 31)
    );
    assert_eq!(
        due("Năm 2024, Chi hội chuẩn bị đại hội nhiệm kỳ 2024-2029", None),
        day(2024, 12, 31)
    );
    // the day that is left needs a year
    assert!(parse_deadline("Hội nghị BCH khóa V, nhiệm kỳ 2020 – 2025, họp vào ngày 05/04", None).is_err());
    // alone, the term is what the phrase says
    assert_eq!(due("thực hiện trong nhiệm kỳ 2025-2030", None), day(2030, 12, 31));
}

/// Frequencies written as "một tháng một lần", "quý họp một lần", "cứ sáu tháng", "… của quý
/// đó", "hằng năm … 2 đợt".
#[test]
fn frequencies_in_words() {
    assert_eq!(rec("Ban chấp hành họp một tháng một lần"), Recurrence::Monthly);
    assert_eq!(rec("giao ban một tháng 1 lần vào chiều thứ hai"), Recurrence::Monthly);
    assert_eq!(rec("Tổ hội quý họp một lần"), Recurrence::Quarterly);
    assert_eq!(rec("nộp trong 10 ngày đầu của quý đó"), Recurrence::Quarterly);
    assert_eq!(rec("sau đó cứ sáu tháng kiểm tra lại một lần"), Recurrence::Semiannual);
    assert_eq!(
        rec("hằng năm Hội tổ chức 2 đợt khám sức khỏe cho hội viên"),
        Recurrence::Semiannual
    );
    // a round's number ("đợt 2/2025") is no count of rounds: still yearly
    assert_eq!(rec("hằng năm tổ chức 2 đợt/2025"), Recurrence::Yearly);
}

/// Weekdays before a date, "mùng", the ten-day parts of a month, "liên tục" as a stretch.
#[test]
fn words_around_a_date() {
    assert_eq!(
        due("nghỉ từ thứ Sáu ngày 29/8/2025 đến hết thứ Hai ngày 01/9/2025", None),
        day(2025, 9, 1)
    );
    assert_eq!(
        due(
            "nghỉ 4 ngày liên tục từ thứ bảy, ngày 30/8 đến hết thứ ba, ngày 2/9",
            Some(day(2025, 8, 1))
        ),
        day(2025, 9, 2)
    );
    // no year and no issue date: an error, not an "ongoing" task
    assert!(parse_deadline("kéo dài liên tục từ thứ bảy, ngày 30/8 đến hết thứ ba, ngày 2/9", None).is_err());
    assert_eq!(due("thượng tuần tháng 3/2026", None), day(2026, 3, 10));
    assert_eq!(due("hạ tuần tháng 3/2026", None), day(2026, 3, 31));
    assert_eq!(due("trung tuần tháng 3/2026", None), day(2026, 3, 20));
    // a lunar date glosses the solar one
    assert_eq!(
        due("ngày mùng 10 tháng Giêng âm lịch, tức ngày 27/02/2026", None),
        day(2026, 2, 27)
    );
}

/// Ranges and lists of days: the end, not the start; "D.M - D.M"; dates alone in brackets;
/// "ngày 8, 9 tháng 10"; a month and year without "tháng".
#[test]
fn ranges_lists_and_brackets() {
    let issued = Some(day(2024, 3, 20));
    assert_eq!(due("tổ chức từ ngày mùng 5 - 25/4 năm 2024", None), day(2024, 4, 25));
    assert_eq!(due("Năm 2024 tiêm phòng từ ngày 1 - 20/4", None), day(2024, 4, 20));
    assert_eq!(
        due("đợt 1 từ 15.3 - 15.4; đợt 2 từ 15.9 - 15.10", issued),
        day(2024, 10, 15)
    );
    assert_eq!(due("Từ ngày 10.3-20.4, các xã ra quân", issued), day(2024, 4, 20));
    assert_eq!(due("hoàn thành trước Quốc khánh (2/9)", issued), day(2024, 9, 2));
    assert_eq!(
        due("nghỉ Tết 5 ngày (16–20/2)", Some(day(2026, 1, 20))),
        day(2026, 2, 20)
    );
    // a fraction in brackets is no date
    assert!(parse_deadline("đạt (2/3 số xã)", None).is_err());
    assert_eq!(
        due("kỳ họp diễn ra trong 3 ngày 8, 9, 10 tháng 7 năm 2026", None),
        day(2026, 7, 10)
    );
    assert_eq!(due("tổ chức trong 2 ngày 1 và 2/11 năm 2025", None), day(2025, 11, 2));
    assert_eq!(
        due("các xã trong tháng 9, cấp tỉnh trong 10/2025", None),
        day(2025, 10, 31)
    );
    assert_eq!(
        due("thông xe vào dịp lễ 30/4 năm nay", Some(day(2024, 2, 1))),
        day(2024, 4, 30)
    );
}

/// With no issue date, a day without a year takes the year named before it; days of one
/// window are not put a year apart.
#[test]
fn years_of_one_window() {
    assert_eq!(
        due("Tháng hành động năm 2025 diễn ra đến ngày 30/6", None),
        day(2025, 6, 30)
    );
    assert_eq!(
        due("kiểm tra trong tháng 9-2025 và xong trước ngày 25-9", None),
        day(2025, 9, 25)
    );
    // with an issue date, the issue date dates it (as before)
    assert_eq!(
        due("Tháng hành động năm 2025 diễn ra đến ngày 30/6", Some(day(2026, 1, 5))),
        day(2026, 6, 30)
    );
    // "ngày 3 - 4/12, vét ngày 5 - 6/12" issued 5/12: both in 2024
    assert_eq!(
        due(
            "tổ chức trong 2 ngày 3 - 4/12, uống vét ngày 5 - 6/12",
            Some(day(2024, 12, 5))
        ),
        day(2024, 12, 6)
    );
    // a month that has passed still goes to the next year when nothing ties it to another
    assert_eq!(due("trong tháng 1", Some(day(2024, 12, 5))), day(2025, 1, 31));
}
