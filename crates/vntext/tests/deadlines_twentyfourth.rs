//! Twenty-fourth round (unseen24d): each kind of miss, with phrases written anew in the shapes the
//! set showed (none of them is in the set). Every rule is general; see
//! `docs/vntext-rounds/round-24-deadlines.md`.
// Tests fail loudly where they fail: unwrap, expect and panic are their assertions.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod deadline_checks;

use deadline_checks::*;
use vntext::{Recurrence, parse_deadline};

/// A status told as of a day ("Tính đến ngày …", "Đến ngày …, … mới được / còn / đã …"), a
/// quantity reached ("… được hơn 300 hộ") and a past stretch ("trong 6 tháng qua") set nothing.
#[test]
fn a_status_as_of_a_day_is_cited() {
    none(
        "Tính đến ngày 20/5/2024, toàn huyện có 18 xã đạt chuẩn nông thôn mới",
        Some(day(2024, 5, 22)),
    );
    none(
        "Đến ngày 31/10/2023, số thu ngân sách của huyện mới được 61% dự toán",
        Some(day(2023, 11, 3)),
    );
    none("Đến ngày 12/4, toàn xã còn 40 ha lúa chưa gặt", Some(day(2024, 4, 13)));
    none(
        "HT - Tính đến ngày 9/6, có 27/31 trường đã tổ chức lễ tổng kết",
        Some(day(2024, 6, 10)),
    );
    none(
        "Từ ngày 3-14/3, Ban Tổ chức đã nhận 1.208 tác phẩm dự thi",
        Some(day(2024, 3, 20)),
    );
    none(
        "6 tháng đầu năm, toàn tỉnh cấp được hơn 900 giấy chứng nhận",
        Some(day(2024, 7, 2)),
    );
    none(
        "Công tác vệ sinh môi trường được duy trì thường xuyên trong 6 tháng qua",
        None,
    );
    // the nouns "văn bản chỉ đạo", "hồ sơ đề nghị", "giao dịch" assign nothing
    none(
        "Trong 3 tháng đầu năm 2024, UBND tỉnh đã ban hành 41 văn bản chỉ đạo, điều hành",
        Some(day(2024, 4, 5)),
    );
    none(
        "Đến ngày 15/3/2023, Sở Nội vụ nhận được 12 hồ sơ đề nghị khen thưởng",
        None,
    );
    none(
        "Đến ngày 8/1/2021, Phòng Giáo dục nhận được 3 hồ sơ đề nghị xét tặng danh hiệu Nhà giáo Ưu tú",
        None,
    );
    // a target, an order or a day still to come stays set
    assert_eq!(
        due("Đến ngày 30/6/2024, các xã phải hoàn thành việc rà soát hộ nghèo", None),
        day(2024, 6, 30)
    );
    assert_eq!(
        due(
            "cơ quan này đã tổng hợp được 45 công trình đủ điều kiện để khánh thành ngày 2/9 tới",
            Some(day(2024, 8, 20)),
        ),
        day(2024, 9, 2)
    );
}

/// "N tháng đầu năm" is the year's first N months, not a count from the issue date; "N tháng qua"
/// is a past stretch.
#[test]
fn the_first_months_of_a_year_end_with_month_n() {
    assert_eq!(due("hoàn thành trong 9 tháng đầu năm 2024", None), day(2024, 9, 30));
    assert_eq!(
        due("giải ngân 60% vốn trong 4 tháng đầu năm 2025", None),
        day(2025, 4, 30)
    );
    assert_eq!(
        due("tập trung hoàn thành trong 3 tháng cuối năm 2023", None),
        day(2023, 12, 31)
    );
    assert!(parse_deadline("duy trì trong 10 tháng qua", Some(day(2024, 3, 1))).is_err());
}

/// A told lead: "trước và sau" an event is no setting word; "ra quân", "làm việc", "có văn bản"
/// are acts held; a clock time may open the lead ("Hôm nay vào lúc 9h ngày …").
#[test]
fn more_told_leads_are_cited() {
    none(
        "Sáng ngày 12/7, tại Kỳ họp thứ 9 HĐND huyện; Phó Chủ tịch UBND huyện trình bày báo cáo kết quả giải quyết kiến nghị của cử tri trước và sau kỳ họp",
        Some(day(2024, 7, 12)),
    );
    none(
        "Sáng ngày 9/3/2025, đoàn viên, thanh niên xã ra quân dọn vệ sinh các tuyến đường",
        Some(day(2025, 3, 9)),
    );
    none(
        "Chiều ngày 14/11/2023, Thường trực HĐND huyện làm việc với Phòng Tài chính - Kế hoạch về dự toán năm 2024",
        Some(day(2023, 11, 14)),
    );
    none(
        "Ngày 8/5, Ban Thường vụ Huyện ủy có văn bản số 245 về việc chuẩn bị đại hội chi bộ",
        None,
    );
    none(
        "Hôm nay vào lúc 9h ngày 12 tháng 10 năm 2023, tại hội trường nhà trường đã tiến hành họp hội đồng",
        None,
    );
    // still announced: kept
    assert_eq!(
        due("Sáng ngày 9/3/2025, đoàn viên xã sẽ ra quân dọn vệ sinh", None),
        day(2025, 3, 9)
    );
}

/// Days read against the issue date: "ngày mai 19/8", "vào dịp 30-4 năm nay"; the rest of the
/// year; "trong tháng 3 này".
#[test]
fn days_named_against_the_issue_date() {
    assert_eq!(
        due(
            "Sáng ngày mai 14/6, Bộ Y tế tổ chức lễ phát động chiến dịch tiêm chủng",
            Some(day(2024, 6, 13))
        ),
        day(2024, 6, 14)
    );
    assert_eq!(
        due(
            "phấn đấu thông xe toàn tuyến vào dịp 2-9 năm nay",
            Some(day(2024, 5, 10))
        ),
        day(2024, 9, 2)
    );
    assert_eq!(
        due(
            "nỗ lực giải ngân hết kế hoạch vốn trong thời gian còn lại của năm",
            Some(day(2023, 10, 5)),
        ),
        day(2023, 12, 31)
    );
    // a school year dates a day without a year when no issue date is given
    assert_eq!(
        due(
            "Ngày mai 5/9, học sinh toàn tỉnh dự lễ khai giảng năm học 2021-2022",
            None
        ),
        day(2021, 9, 5)
    );
}

/// A day named as just past is cited; the work's end is kept.
#[test]
fn a_day_just_past_is_cited() {
    assert_eq!(
        due(
            "Các giải đấu sẽ kết thúc trễ nhất là tháng 10-2024 (riêng huyện A đã bế mạc vào ngày 3-6 vừa qua)",
            Some(day(2024, 6, 10)),
        ),
        day(2024, 10, 31)
    );
}

/// "mỗi học kỳ" recurs twice a year; a forecast sets nothing; a directive's title names its times.
#[test]
fn terms_forecasts_and_directive_titles() {
    assert_eq!(
        parse_deadline("Nhà trường tổ chức kiểm tra nội bộ mỗi học kỳ một lần", None)
            .unwrap()
            .recurrence(),
        Some(Recurrence::Semiannual)
    );
    none(
        "Theo dự báo, từ đêm nay đến hết ngày 18/1, lượng khách qua cửa khẩu sẽ tăng cao",
        Some(day(2024, 1, 16)),
    );
    none(
        "Chỉ thị số 12/CT-UBND ngày 4 tháng 3 năm 2024 về việc tổ chức Tổng điều tra kinh tế thời điểm 0 giờ ngày 01 tháng 7 năm 2024",
        None,
    );
}
