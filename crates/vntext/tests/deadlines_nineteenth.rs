//! Nineteenth round (unseen19d): the kind of miss fixed this round, with phrases written anew
//! (none of them is in the set). See `docs/vntext-rounds.md`, "Nineteenth round (deadlines)".
// Tests fail loudly where they fail: unwrap, expect and panic are their assertions.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod deadline_checks;

use deadline_checks::*;
use vntext::Recurrence;

/// A report named by its period ("báo cáo năm", "báo cáo quý", "báo cáo 6 tháng", "báo cáo
/// tháng") and given a day without a year is due every period.
#[test]
fn a_report_named_by_its_period_recurs() {
    assert_eq!(
        rec("Báo cáo năm của các phòng gửi về Văn phòng trước ngày 05 tháng 12."),
        Recurrence::Yearly
    );
    assert_eq!(
        rec("b) Báo cáo quý: gửi chậm nhất vào ngày 18 của tháng cuối kỳ."),
        Recurrence::Quarterly
    );
    assert_eq!(
        rec("Báo cáo sáu tháng gửi trước ngày 10 tháng 6; báo cáo năm gửi trước ngày 10 tháng 12."),
        Recurrence::Semiannual
    );
    assert_eq!(
        rec("Trước ngày 25, các xã gửi báo cáo tháng về Phòng Nội vụ."),
        Recurrence::Monthly
    );
}

/// "theo từng tháng" and a day of the year before each plan year are periodic too.
#[test]
fn each_month_and_the_plan_year_recur() {
    assert_eq!(
        rec("Số liệu được cập nhật định kỳ theo từng tháng, gửi vào ngày 5 của tháng sau."),
        Recurrence::Monthly
    );
    assert_eq!(
        rec("Danh mục phải được lập xong trước tháng 8 của năm trước năm kế hoạch."),
        Recurrence::Yearly
    );
}

/// One named period, a year, or no time limit: not read as a recurrence.
#[test]
fn one_report_is_not_a_recurrence() {
    let issued = NaiveDate::from_ymd_opt(2024, 3, 4);
    let d = parse_deadline("Nộp báo cáo tháng 3 trước ngày 25/3", issued).unwrap();
    assert_eq!(d.due(), NaiveDate::from_ymd_opt(2024, 3, 25));
    let d = parse_deadline("Báo cáo năm 2024 gửi trước ngày 15/12/2024.", None).unwrap();
    assert_eq!(d.due(), NaiveDate::from_ymd_opt(2024, 12, 15));
    assert_eq!(
        rec("Báo cáo 6 tháng cuối năm gửi trước ngày 15/01 của năm báo cáo sau"),
        Recurrence::Yearly
    );
    let d = parse_deadline("Báo cáo quý II gửi trước ngày 20/6/2024.", None).unwrap();
    assert_eq!(d.due(), NaiveDate::from_ymd_opt(2024, 6, 20));
}
