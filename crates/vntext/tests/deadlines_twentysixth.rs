//! Twenty-sixth round (unseen26d, phrases from whole documents): each kind of miss, with phrases
//! written anew in the shapes the set showed (none of them is in the set). Every rule is general;
//! see `docs/vntext-rounds/round-26-deadlines.md`.
// Tests fail loudly where they fail: unwrap, expect and panic are their assertions.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod deadline_checks;

use deadline_checks::*;
use vntext::Recurrence;

/// "khai trương dịp 2 tháng 9 năm 2026": a day, month and year without "ngày" before them are one
/// date, not the month.
#[test]
fn day_month_year_without_ngay() {
    assert_eq!(
        due(
            "Các xã đăng ký công trình gắn biển chào mừng, khánh thành dịp 2 tháng 9 năm 2026.",
            Some(day(2026, 6, 3))
        ),
        day(2026, 9, 2)
    );
    assert_eq!(
        due("Hoàn thành lắp đặt trước 15 tháng 10/2027", None),
        day(2027, 10, 15)
    );
    // a count of months followed by a year stays what it was, and so does a numbered week
    assert_eq!(
        due("Báo cáo kết quả 9 tháng năm 2026 trước ngày 5/10/2026", None),
        day(2026, 10, 5)
    );
    assert_eq!(
        due("Tập huấn trong tuần 3 tháng 11/2026 và nộp bài trước ngày 30/11", None),
        day(2026, 11, 30)
    );
}

/// A clause that opens with a verb of work and runs on to "bao gồm:" asks for the work; its
/// recurrence word times it. A heading that only names a thing still sets nothing.
#[test]
fn work_clause_before_a_list_keeps_its_recurrence() {
    assert_eq!(
        rec("- Tổ chức các đợt ra quân làm sạch bãi biển hàng năm bao gồm:"),
        Recurrence::Yearly
    );
    none("Kế hoạch vốn hằng năm bao gồm các nội dung sau:", None);
}

/// "định kỳ tối đa / không quá N tháng": every N months at the latest.
#[test]
fn bounded_periods() {
    assert_eq!(
        rec("Người dùng phải đổi mật khẩu tài khoản định kỳ không quá 03 tháng một lần đổi;"),
        Recurrence::Quarterly
    );
    assert_eq!(
        rec("Đơn vị kiểm tra thiết bị phòng cháy định kỳ tối đa 12 tháng;"),
        Recurrence::Yearly
    );
}

/// A duty that recurs ("định kỳ") with a day of the year and no year: that day every year.
#[test]
fn periodic_day_of_the_year() {
    assert_eq!(
        rec_on(
            "Các phòng gửi báo cáo định kỳ (trước ngày 10 tháng 12) về Văn phòng để tổng hợp.",
            Some(day(2026, 3, 2))
        ),
        Recurrence::Yearly
    );
    // with a year, the day is one deadline
    assert_eq!(
        due("Gửi báo cáo định kỳ trước ngày 10 tháng 12 năm 2026.", None),
        day(2026, 12, 10)
    );
}

/// "Từ <thời gian> đến khi <sự kiện>": the start of a span whose end the phrase does not date is
/// no deadline.
#[test]
fn start_until_an_undated_event() {
    none(
        "Từ tháng 3/2026 đến khi hoàn thành việc bàn giao trụ sở cho đơn vị mới.",
        Some(day(2026, 2, 20)),
    );
    // a dated end still counts
    assert_eq!(
        due("Từ tháng 3/2026 đến ngày 30/6/2026, các xã rà soát hồ sơ.", None),
        day(2026, 6, 30)
    );
}

/// "Thời điểm tính … là …": the moment a count is reckoned from is no deadline.
#[test]
fn reckoning_moment() {
    none(
        "- Thời điểm tính thời gian công tác để xét nâng lương trước hạn là tháng 12/2026.",
        Some(day(2026, 1, 5)),
    );
}

/// "Trong tháng 9/2026, Sở … đã tiếp nhận …": a month that opens its sentence, followed by "đã",
/// dates a done act ("chia sẻ" is no "sẽ"). A month that times work still to do is read.
#[test]
fn month_of_a_done_act() {
    none(
        "Sở đang kết nối với các xã để chia sẻ hồ sơ. Trong tháng 9/2026, Sở đã tiếp nhận 312 hồ sơ đăng ký;",
        Some(day(2026, 10, 12)),
    );
    assert_eq!(
        due(
            "Trong tháng 11/2026, các phường hoàn thành việc rà soát.",
            Some(day(2026, 10, 12))
        ),
        day(2026, 11, 30)
    );
}

/// "X đã có công văn số … trình …": a letter told as sent; the year of what it is about sets
/// nothing. A letter that gives out work with a deadline keeps the deadline.
#[test]
fn letter_told_as_sent() {
    none(
        "Đồng thời, Sở Tài chính đã có văn bản số 77/STC-NS ngày 3/8/2026 trình UBND tỉnh bổ sung dự toán năm 2026 cho các trường",
        Some(day(2026, 9, 1)),
    );
    assert_eq!(
        due(
            "Sở Nội vụ đã có công văn số 45/SNV đề nghị các xã báo cáo trước ngày 15/9/2026",
            Some(day(2026, 9, 1))
        ),
        day(2026, 9, 15)
    );
}
