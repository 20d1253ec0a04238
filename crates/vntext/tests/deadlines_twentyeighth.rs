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
    none("Trong tháng 5/2022, Phòng Văn hóa đã phối hợp tổ chức 3 lớp tập huấn cho cán bộ thôn.", issued);
    none("Trong tháng 4, xã đã vận động nhân dân hiến hơn 2.000 m² đất làm đường.", issued);
    none("Năm 2022, Hội Nông dân xã đã hỗ trợ 12 hộ vay vốn phát triển sản xuất.", issued);
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
    none("II. TÌNH HÌNH THỰC HIỆN KẾ HOẠCH PHÁT TRIỂN KINH TẾ - XÃ HỘI 6 THÁNG ĐẦU NĂM 2021:", issued);
    none("Kết quả thực hiện phong trào thi đua năm 2020 của phường Tân Hòa", issued);
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
