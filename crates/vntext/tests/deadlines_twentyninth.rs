//! Twenty-ninth round (unseen29d): each kind of miss, with phrases written anew (none of them is
//! in the set). Every rule is general; see `docs/vntext-rounds/round-29-deadlines.md`.
// Tests fail loudly where they fail: unwrap, expect and panic are their assertions.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod deadline_checks;

use deadline_checks::*;

/// A news lead's day is told as done: "quyền hạn", "giới hạn", "hạn chế" and "sắp xếp" announce
/// nothing, and "Chiều nay ngày D" / "Sáng nay D" lead a news item of the day.
#[test]
fn news_leads_of_today_are_cited() {
    let issued = Some(day(2024, 4, 16));
    none(
        "Ngày 15/4/2024, UBND huyện đã ban hành Quyết định giao quyền hạn cho Tổ công tác liên ngành.",
        issued,
    );
    none(
        "Ngày 15/4/2024, Ban Chỉ đạo sắp xếp thôn, tổ dân phố tổ chức hội nghị triển khai tại hội trường xã.",
        issued,
    );
    none(
        "Sáng nay ngày 16/4/2024, Chủ tịch UBND xã đã ký thông báo gửi các thôn về việc tạm dừng sử dụng nhà văn hóa.",
        issued,
    );
    none(
        "Chiều nay 16/4/2024, UBND phường tổ chức lễ ra quân dọn vệ sinh.",
        issued,
    );
    // announced or set: kept
    assert_eq!(
        due("Ngày 20/4/2024, UBND xã sẽ tổ chức hội nghị sắp xếp thôn.", issued),
        day(2024, 4, 20)
    );
    assert_eq!(
        due("Các thôn báo cáo kết quả trước ngày 25/4/2024, đúng hạn.", issued),
        day(2024, 4, 25)
    );
}

/// Before "để" only a year that qualifies the work, after it the day the work is due: the day is
/// the deadline. A purpose after a timed work keeps the work's time.
#[test]
fn a_day_after_the_purpose_times_the_work() {
    let issued = Some(day(2024, 11, 5));
    assert_eq!(
        due(
            "Các phòng gửi báo cáo tổng kết công tác năm 2024 về Văn phòng để tổng hợp trước ngày 10/12/2024.",
            issued
        ),
        day(2024, 12, 10)
    );
    assert_eq!(
        due(
            "Hoàn thành trước ngày 30/11/2024 để kịp trình kỳ họp HĐND vào ngày 15/12/2024.",
            issued
        ),
        day(2024, 11, 30)
    );
}

/// Markdown's emphasis marks no time: "có hiệu lực **từ ngày …**" is an effect date, "xong
/// **trước ngày …**" a deadline.
#[test]
fn markdown_emphasis_is_no_time() {
    none("**Lưu ý:** Quyết định có hiệu lực **từ ngày 01/12/2025**.", None);
    assert_eq!(
        due("Hoàn thiện hồ sơ (xong **trước ngày 20/11/2025**).", None),
        day(2025, 11, 20)
    );
}

/// A start until an event the phrase does not date names no deadline, also with "cho đến khi" and
/// a clock time before the day.
#[test]
fn a_start_until_an_undated_event_is_no_deadline() {
    let issued = Some(day(2021, 5, 3));
    none(
        "Tạm dừng các hoạt động lễ hội từ 12 giờ ngày 4/5/2021 cho đến khi có thông báo mới.",
        issued,
    );
    none("Từ ngày 4/5/2021 cho đến khi hết dịch, các chợ đóng cửa.", issued);
    assert_eq!(
        due(
            "Tạm dừng các hoạt động lễ hội từ ngày 4/5/2021 đến ngày 15/5/2021.",
            issued
        ),
        day(2021, 5, 15)
    );
}

/// A result against the plan, written "đạt trên N % KH" or "đạt gần N% kế hoạch", is a report's
/// line.
#[test]
fn results_against_the_plan_abbreviated() {
    let issued = Some(day(2023, 7, 10));
    none(
        "6 tháng đầu năm 2023, thu ngân sách xã ước đạt 1,2 tỷ đồng, đạt trên 60 % KH.",
        issued,
    );
    none("Năm 2022, diện tích lúa đạt gần 98% kế hoạch.", issued);
    assert_eq!(
        due("Phấn đấu đến hết tháng 12/2023 thu ngân sách đạt 100% KH.", issued),
        day(2023, 12, 31)
    );
}

/// Times a phrase compares with, restates in the lunar calendar, describes, runs up to now,
/// awards in, or dates a blank-numbered document by: none is a deadline.
#[test]
fn times_named_for_another_purpose() {
    let issued = Some(day(2024, 2, 26));
    none(
        "Đoàn kiểm tra sẽ so sánh kết quả đạt được với năm 2023 để đánh giá phong trào.",
        None,
    );
    none("Tỷ lệ hộ nghèo giảm 1,5% so với năm 2022.", None);
    none(
        "Tối 24/2 (tức 15 tháng Giêng), Ban Tổ chức lễ hội đã tổ chức rước đèn.",
        issued,
    );
    none("Tháng Giêng là tháng có nhiều lễ hội nhất.", issued);
    none("Ở vùng này, tháng 7, tháng 8 thường là tháng mưa nhiều.", issued);
    none("Từ tháng 10/2023 đến nay, xã đã vận động được 40 hộ hiến đất.", issued);
    none(
        "Năm 2023, Hội Cựu chiến binh xã được tặng Cờ thi đua của UBND tỉnh.",
        issued,
    );
    none(
        "Thực hiện Kế hoạch số -KH/HU ngày 10/01/2024 của Huyện ủy, Đảng ủy xã đã tổ chức quán triệt.",
        issued,
    );
    // set: kept
    assert_eq!(
        due("Các xã hoàn thành việc rà soát trước ngày 15/3/2024.", issued),
        day(2024, 3, 15)
    );
    assert_eq!(
        due("Hoàn thành kế hoạch năm 2024 với 100% chỉ tiêu.", issued),
        day(2024, 12, 31)
    );
}

/// A description of how things usually are or were, a report's own opening ("… báo cáo kết quả
/// … như sau:") and a report's stamp ("Thời điểm tháng 6 năm 2022") set no deadline.
#[test]
fn descriptions_and_report_openings_set_nothing() {
    let issued = Some(day(2022, 7, 15));
    none(
        "Thông thường, các hợp tác xã phải đến cuối quý II mới quyết toán xong.",
        issued,
    );
    none("Thời ấy, lúa mùa thường gặt xong trước tháng 10.", issued);
    none(
        "UBND xã Tân Phú báo cáo kết quả thực hiện nhiệm vụ 6 tháng đầu năm 2022 như sau:",
        issued,
    );
    none("Thời điểm tháng 6 năm 2022", issued);
    // a report's duty or a time to finish: kept
    assert_eq!(due("Thời điểm hoàn thành: tháng 9/2022.", issued), day(2022, 9, 30));
    assert_eq!(
        due("Các thôn báo cáo kết quả về UBND xã trước ngày 25/7/2022.", issued),
        day(2022, 7, 25)
    );
}

/// Work told as going on ("đã và đang …") until a day still to come: the day is its end.
#[test]
fn work_still_going_on_until_a_day_to_come() {
    let issued = Some(day(2023, 10, 2));
    assert_eq!(
        due(
            "Ngày 1.10, Công an huyện cho biết, lực lượng chức năng đã và đang thực hiện đợt cao điểm tuyên truyền đến hết ngày 31.10.",
            issued
        ),
        day(2023, 10, 31)
    );
    // told as done: cited
    none(
        "Ngày 1.10, Công an huyện cho biết, lực lượng chức năng đã thực hiện đợt cao điểm tuyên truyền từ ngày 1.9.",
        issued,
    );
}

/// A phrase that opens with "hằng năm" and says what there is every year ("có khoảng N …")
/// describes; a yearly target stays yearly.
#[test]
fn yearly_figures_are_no_recurrence() {
    none(
        "Hằng năm, toàn tỉnh có khoảng 1.200 lượt khách du lịch về thăm làng nghề.",
        None,
    );
    none("Hàng năm xã có 15% hộ gia đình đạt danh hiệu sản xuất giỏi.", None);
    assert_eq!(
        rec("Hằng năm có từ 85% chi bộ trở lên hoàn thành tốt nhiệm vụ."),
        vntext::Recurrence::Yearly
    );
    assert_eq!(
        rec("Hằng năm, các thôn tổ chức ngày hội đại đoàn kết."),
        vntext::Recurrence::Yearly
    );
}

/// A document told as just issued or approved: the years in its quoted title are the document's;
/// a deadline it sets stays.
#[test]
fn a_just_issued_documents_title_is_cited() {
    none(
        "UBND huyện vừa ban hành Quyết định phê duyệt “Phương án phòng, chống lụt, bão năm 2024-2025”, giao các xã triển khai.",
        None,
    );
    assert_eq!(
        due(
            "UBND tỉnh vừa ban hành “Kế hoạch cải cách hành chính năm 2025”, yêu cầu các sở hoàn thành trước ngày 30/6/2025.",
            None
        ),
        day(2025, 6, 30)
    );
    // a title alone, not told as issued: read, as before
    assert_eq!(
        due("Thực hiện “Kế hoạch cải cách hành chính năm 2025”", None),
        day(2025, 12, 31)
    );
}
