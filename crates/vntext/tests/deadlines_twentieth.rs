//! Twentieth round (unseen20d): dates a text cites rather than sets, and the few set dates the
//! round fixed, with phrases written anew (none of them is in the set). Every rule is general;
//! see `docs/vntext-rounds.md`, "Twentieth round (deadlines)".
// Tests fail loudly where they fail: unwrap, expect and panic are their assertions.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod deadline_checks;

use deadline_checks::*;
use vntext::Recurrence;

/// A text's own adoption and effect: "… thông qua ngày …", "Thông tư này có hiệu lực …",
/// "… được thực hiện kể từ ngày …", "Thời gian áp dụng từ ngày …" with no end.
#[test]
fn adoption_and_effect_are_cited() {
    none(
        "Luật này đã được Quốc hội khóa XIV, kỳ họp thứ 8 thông qua ngày 20 tháng 11 năm 2019.",
        None,
    );
    none(
        "Nghị quyết này được HĐND tỉnh thông qua ngày 08/12/2021 và có hiệu lực từ ngày 18/12/2021.",
        None,
    );
    none(
        "Quyết định này có hiệu lực thi hành kể từ ngày 01/3/2022.",
        Some(day(2022, 2, 10)),
    );
    none(
        "2. Mức hỗ trợ quy định tại Điều 3 Quyết định này được thực hiện kể từ ngày 01/01/2021.",
        None,
    );
    none("Thời gian áp dụng từ ngày 15 tháng 4 năm 2019.", Some(day(2019, 4, 2)));
    // Another document's effect date told by news: cited since the twenty-eighth round.
    none("Nghị định 15/2020/NĐ-CP có hiệu lực từ ngày 15/4/2020", None);
    // A range's end, a deadline to issue: read.
    assert_eq!(
        due(
            "Thời gian thực hiện: áp dụng từ ngày 01/01/2021 đến ngày 31/12/2021.",
            None
        ),
        day(2021, 12, 31)
    );
    assert_eq!(
        due(
            "trình Chủ tịch UBND tỉnh ký ban hành trước ngày 20 tháng 8 năm 2022.",
            None
        ),
        day(2022, 8, 20)
    );
}

/// A past act told as background, on a dated letter: "Ngày …, Bộ … đã ban hành …", "ngày …
/// Sở … đã có công văn …"; a deadline that act set and that has passed goes with it. Undated,
/// such news was read as the day it tells (eighteenth round); since the twenty-second round's
/// labelling convention (an act told as done is cited) it is cited too.
#[test]
fn past_acts_told_are_cited() {
    let letter = Some(day(2014, 9, 15));
    none(
        "Ngày 10/3/2014, Bộ Nội vụ đã ban hành Thông tư số 03/2014/TT-BNV hướng dẫn việc này.",
        letter,
    );
    none(
        "Ngày 04/6/2014, Văn phòng Chính phủ có văn bản số 412/VPCP-TCCV đề nghị các Bộ báo cáo trước ngày 30/6/2014.",
        letter,
    );
    none(
        "Qua rà soát, ngày 02/7/2014 Sở Nội vụ đã có công văn số 88/SNV-TCBC gửi các huyện.",
        letter,
    );
    none(
        "Ngày 10/3/2014, Bộ Nội vụ đã ban hành Thông tư số 03/2014/TT-BNV hướng dẫn việc này.",
        None,
    );
    // The letter's own request is read.
    assert_eq!(
        due("Đề nghị Sở Nội vụ báo cáo kết quả trước ngày 30/9/2014.", letter),
        day(2014, 9, 30)
    );
}

/// A date that bounds the past: "… trở về trước", "đã … trước ngày …", and on a dated text any
/// date more than a year before it inside a condition.
#[test]
fn bounds_on_the_past_are_cited() {
    none(
        "người tham gia kháng chiến từ ngày 30 tháng 4 năm 1975 trở về trước",
        None,
    );
    none(
        "hộ gia đình đã sử dụng đất ổn định từ trước ngày 01/7/2004 mà không có giấy tờ",
        None,
    );
    none(
        "cơ sở đã được cấp phép hoạt động trước ngày 01/01/2016 thì được tiếp tục hoạt động",
        None,
    );
    let text = Some(day(2016, 5, 20));
    none(
        "c) Làm nhiệm vụ ở biên giới phía Bắc từ tháng 02 năm 1979 đến ngày 31 tháng 12 năm 1988;",
        text,
    );
    none(
        "a) Người tham gia hoạt động cách mạng trước ngày 01 tháng 01 năm 1945;",
        text,
    );
    // "Đà Nẵng" is no "đã"; work done by a day keeps it; a story's dated clause is read.
    assert_eq!(
        due("Quảng Nam và Đà Nẵng bàn giao mặt bằng trước ngày 15/5/2021.", None),
        day(2021, 5, 15)
    );
    assert_eq!(
        due("Các xã đã hoàn thành rà soát trước ngày 20/6/2022.", None),
        day(2022, 6, 20)
    );
    assert_eq!(
        due(
            "Trước đó, ngày 12/4/2012, công ty được tỉnh giao đất để xây dựng nhà máy.",
            Some(day(2019, 3, 1))
        ),
        day(2012, 4, 12)
    );
}

/// A recurrence word that qualifies a payment, a crop or an average times no duty.
#[test]
fn qualified_periods_are_no_duty() {
    none(
        "1.3. Bệnh binh đang hưởng trợ cấp ưu đãi hằng tháng.",
        Some(day(2015, 3, 3)),
    );
    none("Người hưởng chế độ mất sức lao động hàng tháng.", None);
    none("chuyển từ trồng cây hàng năm sang trồng cây lâu năm", None);
    // A duty stays one.
    assert_eq!(
        rec_on(
            "Phòng Lao động báo cáo danh sách đối tượng giảm trước ngày 20 hằng tháng.",
            None
        ),
        Recurrence::Monthly
    );
}

/// A standing budget rule's day of "the year before" or "the current year" is every year's;
/// a reason after "vì lý do" is no deadline.
#[test]
fn budget_years_and_reasons() {
    assert_eq!(
        rec_on(
            "Sở Tài chính giao dự toán cho các đơn vị trước ngày 31 tháng 12 năm trước.",
            Some(day(2019, 5, 6))
        ),
        Recurrence::Yearly
    );
    assert_eq!(
        rec_on(
            "việc điều chỉnh dự toán hoàn thành trước ngày 10 tháng 11 năm hiện hành.",
            None
        ),
        Recurrence::Yearly
    );
    assert_eq!(
        due(
            "Giải chạy được lùi sang tháng 9/2024 vì lý do ngày 2/9 trùng dịp nghỉ lễ.",
            None
        ),
        day(2024, 9, 30)
    );
}

/// A date set on work by "trước" or "chậm nhất" stays a deadline even when it lies more than a
/// year before the issue date (a header's year misread by OCR, "2099" for "2009"); a condition
/// on the past with no work named is still cited.
#[test]
fn work_set_before_a_misread_issue_date_keeps_its_deadline() {
    let misread = Some(day(2099, 11, 23));
    assert_eq!(
        due("Trình Ủy ban nhân dân tỉnh trước ngày 10/8/2018.", misread),
        day(2018, 8, 10)
    );
    assert_eq!(
        due("Các sở gửi báo cáo về Sở Nội vụ chậm nhất ngày 15/3/2017.", misread),
        day(2017, 3, 15)
    );
    assert_eq!(due("trước ngày 28/9/2018", misread), day(2018, 9, 28));
    assert_eq!(due("tư trước ngày 28/9/2018", misread), day(2018, 9, 28));
    none(
        "Người hoạt động cách mạng trước ngày 01 tháng 01 năm 1945 được hưởng chế độ.",
        Some(day(2024, 5, 2)),
    );
}
