//! Twenty-eighth round (unseen28d): each kind of miss, with phrases written anew (none of them is
//! in the set). Every rule is general; see `docs/vntext-rounds/round-28-deadlines.md`.
// Tests fail loudly where they fail: unwrap, expect and panic are their assertions.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod deadline_checks;

use deadline_checks::*;

/// A month or a year that leads a report's sentence, with "đã" after it, dates a done act — also
/// before the period has ended on the issue date, and without a year.
#[test]
fn periods_of_done_acts_are_cited() {
    let issued = Some(day(2022, 5, 20));
    none(
        "Trong tháng 5/2022, Phòng Văn hóa đã phối hợp tổ chức 3 lớp tập huấn cho cán bộ thôn.",
        issued,
    );
    none(
        "Trong tháng 4, xã đã vận động nhân dân hiến hơn 2.000 m² đất làm đường.",
        issued,
    );
    none(
        "Năm 2022, Hội Nông dân xã đã hỗ trợ 12 hộ vay vốn phát triển sản xuất.",
        issued,
    );
    none("Trong năm, Chi bộ đã kết nạp 3 đảng viên mới.", issued);
    // set: no "đã", or an announcing word
    assert_eq!(
        due("Trong tháng 6/2022, các thôn hoàn thành việc rà soát hộ nghèo.", issued),
        day(2022, 6, 30)
    );
    assert_eq!(
        due("Năm 2022, xã phấn đấu có thêm 2 thôn đạt chuẩn văn hóa.", issued),
        day(2022, 12, 31)
    );
}

/// A report's heading of results reviews its period; a results line that publishes, deploys or
/// reports keeps its time.
#[test]
fn headings_of_results_are_cited() {
    let issued = Some(day(2021, 7, 5));
    none(
        "II. TÌNH HÌNH THỰC HIỆN KẾ HOẠCH PHÁT TRIỂN KINH TẾ - XÃ HỘI 6 THÁNG ĐẦU NĂM 2021:",
        issued,
    );
    none(
        "Kết quả thực hiện phong trào thi đua năm 2020 của phường Tân Hòa",
        issued,
    );
    none("2. Đánh giá kết quả sản xuất vụ Hè Thu 2020", issued);
    assert_eq!(
        due("Kết quả kiểm tra được công bố trong tháng 8/2021.", issued),
        day(2021, 8, 31)
    );
    assert_eq!(
        due("Đánh giá kết quả tháng 6 và triển khai nhiệm vụ tháng 7/2021", issued),
        day(2021, 7, 31)
    );
    assert_eq!(
        due("Kết quả rà soát gửi về Phòng Nội vụ trước ngày 20/7/2021.", issued),
        day(2021, 7, 20)
    );
}

/// A status as of a time of day ("tính đến sáng ngày …") is reported, not due.
#[test]
fn status_as_of_a_morning_is_cited() {
    none(
        "Theo Phòng Nông nghiệp, tính đến chiều ngày 14/9/2024, toàn huyện đã thu hoạch 85% diện tích lúa.",
        Some(day(2024, 9, 15)),
    );
}

/// A day without a year told with "đã" after it is this year's day of a done act, not next
/// year's ("Trước tình trạng …" faces a situation, it sets no deadline); a day without "đã" still
/// rolls.
#[test]
fn days_of_done_acts_are_not_rolled() {
    let issued = Some(day(2024, 11, 12));
    none(
        "Trước tình trạng lấn chiếm hành lang giao thông, ngày 4/11, UBND xã đã ban hành Văn bản số 315/UBND-KT yêu cầu các hộ tự tháo dỡ.",
        issued,
    );
    assert_eq!(
        due("Các xã nộp báo cáo tổng kết về UBND huyện ngày 10/1.", issued),
        day(2025, 1, 10)
    );
}

/// The first N weeks of an undated campaign are counted from its start, not from the issue date.
#[test]
fn first_weeks_of_a_campaign_are_no_deadline() {
    none(
        "Yêu cầu trong 4 tuần đầu giảm ít nhất 50% số điểm tập kết rác không đúng nơi quy định.",
        Some(day(2024, 5, 2)),
    );
    assert_eq!(
        due(
            "Các xã hoàn thành rà soát trong 4 tuần kể từ ngày ký.",
            Some(day(2024, 5, 2))
        ),
        day(2024, 5, 30)
    );
}

/// "hằng ngày" naming daily life makes no task daily.
#[test]
fn daily_life_is_no_recurrence() {
    none(
        "Mỗi hộ bố trí thùng đựng rác thải sinh hoạt hằng ngày, không đổ rác ra lòng đường.",
        Some(day(2024, 5, 2)),
    );
}

/// A told meeting that heard reports names the periods of what it heard; the dot of "TP." ends
/// no sentence of a told act.
#[test]
fn meetings_that_heard_reports_and_abbreviated_units() {
    none(
        "Tại hội nghị, các đại biểu đã nghe và cho ý kiến vào báo cáo tổng kết năm 2024, kế hoạch phòng chống thiên tai năm 2025.",
        Some(day(2024, 12, 20)),
    );
    none(
        "Ngày 3/3, UBND TP. Hội An đã tổ chức hội nghị triển khai công tác cải cách hành chính.",
        Some(day(2025, 3, 3)),
    );
}

/// A time of day and a day-month opening a clause after a comma is a date.
#[test]
fn a_morning_after_a_comma_is_a_date() {
    assert_eq!(
        due(
            "Theo kế hoạch, sáng 14/3, các phường sẽ đồng loạt ra quân dọn vệ sinh.",
            Some(day(2024, 3, 5))
        ),
        day(2024, 3, 14)
    );
}

/// Named weekdays in the plural recur every week: ongoing, as "hằng tuần".
#[test]
fn plural_weekdays_recur() {
    assert_eq!(
        rec_on(
            "Vào các ngày thứ sáu, các cơ quan tổ chức dọn vệ sinh khuôn viên.",
            Some(day(2024, 5, 2))
        ),
        vntext::Recurrence::Ongoing
    );
    assert_eq!(
        rec_on(
            "Các ngày Chủ nhật, Đoàn thanh niên ra quân thu gom rác thải.",
            Some(day(2024, 5, 2))
        ),
        vntext::Recurrence::Ongoing
    );
}

/// An average yearly rate set as a target recurs every year; one a report measures is a
/// statistic.
#[test]
fn average_yearly_targets_recur() {
    assert_eq!(
        rec_on(
            "Phấn đấu thu nhập bình quân đầu người tăng bình quân hằng năm 7%.",
            Some(day(2025, 9, 1))
        ),
        vntext::Recurrence::Yearly
    );
    none(
        "Những năm qua, thu ngân sách trên địa bàn tăng bình quân hằng năm 9,2%.",
        Some(day(2025, 9, 1)),
    );
}

/// A term between commas after an opening phrase times what follows; after "lần thứ I," it names
/// the congress. A report's "đã tập trung …" tells work done.
#[test]
fn terms_between_commas_and_work_done() {
    let issued = Some(day(2025, 10, 6));
    assert_eq!(
        due(
            "Với quyết tâm cao, nhiệm kỳ 2025-2030, phường phấn đấu hoàn thành 20 chỉ tiêu chủ yếu.",
            issued
        ),
        day(2030, 12, 31)
    );
    none(
        "Sáng 5/10, Đảng ủy phường tổ chức học tập Nghị quyết Đại hội Đảng bộ phường lần thứ I, nhiệm kỳ 2025-2030, cho cán bộ chủ chốt.",
        issued,
    );
    none(
        "Trên cơ sở chỉ tiêu năm 2025 được UBND huyện giao, UBND xã đã tập trung tổ chức thực hiện, đạt kết quả khá.",
        issued,
    );
}

/// A crop season named by the two years it spans times no work; a day in it does.
#[test]
fn crop_seasons_named_by_their_years() {
    let issued = Some(day(2023, 11, 2));
    none(
        "UBND xã hướng dẫn cơ cấu giống lúa vụ Đông Xuân 2023-2024 như sau:",
        issued,
    );
    assert_eq!(
        due("Gieo mạ vụ Đông Xuân 2023-2024 xong trước ngày 25/12/2023.", issued),
        day(2023, 12, 25)
    );
}

/// Work carried on throughout a period and kept up regularly is ongoing.
#[test]
fn work_throughout_a_year_is_ongoing() {
    assert_eq!(
        rec_on(
            "Việc kiểm tra trật tự xây dựng được thực hiện xuyên suốt trong năm, thường xuyên, liên tục.",
            Some(day(2025, 2, 10))
        ),
        vntext::Recurrence::Ongoing
    );
}

/// "Sáng nay (D-M), X tổ chức …" leads a news item of today: the meeting is told, and the year it
/// works for is no deadline.
#[test]
fn today_restated_in_brackets_leads_a_told_act() {
    none(
        "Chiều nay (9-12), UBND huyện tổ chức hội nghị đánh giá kết quả tuyển quân, năm 2025.",
        Some(day(2024, 12, 9)),
    );
}

/// An event told as held on days already past is cited; one that will be held keeps its days.
#[test]
fn events_held_on_past_days_are_cited() {
    let issued = Some(day(2024, 2, 20));
    none(
        "Hội thi được tổ chức trang trọng trong 2 ngày từ ngày 15 đến 16/1/2024 tại nhà văn hóa xã.",
        issued,
    );
    assert_eq!(
        due("Hội thi sẽ được tổ chức trong 2 ngày từ ngày 5 đến 6/3/2024.", issued),
        day(2024, 3, 6)
    );
}

/// A told meeting that hears the results of one month and the tasks of the next keeps the next.
#[test]
fn a_told_meeting_keeps_the_next_months_tasks() {
    assert_eq!(
        due(
            "Ngày 27/9, UBND xã họp giao ban để nghe báo cáo kết quả thực hiện nhiệm vụ tháng 9, nhiệm vụ tháng 10/2024.",
            Some(day(2024, 9, 27))
        ),
        day(2024, 10, 31)
    );
}

/// At least so many a year ("… trở lên/năm") recurs yearly.
#[test]
fn at_least_so_many_a_year() {
    assert_eq!(
        rec_on("Mỗi chi bộ kết nạp từ 2 đảng viên trở lên/năm.", Some(day(2025, 8, 1))),
        vntext::Recurrence::Yearly
    );
}
