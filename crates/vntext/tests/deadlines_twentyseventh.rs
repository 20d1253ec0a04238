//! Twenty-seventh round (unseen27d, phrases from whole documents): each kind of miss, with
//! phrases written anew in the shapes the set showed (none of them is in the set). Every rule is
//! general; see `docs/vntext-rounds/round-27-deadlines.md`.
// Tests fail loudly where they fail: unwrap, expect and panic are their assertions.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod deadline_checks;

use deadline_checks::*;
use vntext::Recurrence;

/// The year or period of a budget, a revenue or a spending line is the money's, not a due date;
/// work aimed at the money keeps its time.
#[test]
fn a_budget_year_is_no_deadline() {
    let issued = Some(day(2026, 10, 2));
    none(
        "Sở Tài chính rà soát đề xuất của huyện, bảo đảm phù hợp với khả năng cân đối ngân sách tỉnh giai đoạn 2026 - 2030, báo cáo UBND tỉnh xem xét.",
        issued,
    );
    none(
        "Đối với chi đầu tư phát triển năm 2028 và năm 2029 bố trí theo tiến độ các dự án.",
        issued,
    );
    none(
        "Tổng thu ngân sách nhà nước 9 tháng năm 2026 ước thực hiện 2.150 tỷ đồng, bằng 78% dự toán.",
        issued,
    );
    // a cost estimate or a funding clause that opens the phrase
    none(
        "3. Dự toán kinh phí duy trì hệ thống từ năm 2027 - 2029: 300.000.000 đồng/năm.",
        issued,
    );
    none(
        "Kinh phí tổ chức Hội thi năm 2027 được bảo đảm từ nguồn sự nghiệp văn hóa trong dự toán của phường.",
        issued,
    );
    none(
        "Dự kiến tổng thu ngân sách trên địa bàn xã năm 2027 tăng 12% so với năm 2026.",
        issued,
    );
    // work aimed at the money, or a time set, keeps its date
    assert_eq!(
        due("Phấn đấu hoàn thành dự toán thu ngân sách xã năm 2027.", issued),
        day(2027, 12, 31)
    );
    assert_eq!(
        due("Quyết tâm giải ngân 100% kế hoạch vốn năm 2026.", issued),
        day(2026, 12, 31)
    );
    assert_eq!(
        due("Kinh phí năm 2027 gửi Phòng Kinh tế trước ngày 20/10/2026.", issued),
        day(2026, 10, 20)
    );
}

/// "thường xuyên" inside a noun term (recurrent spending, continuing education, teachers'
/// in-service training) sets no ongoing task.
#[test]
fn thuong_xuyen_in_a_term_is_no_recurrence() {
    let issued = Some(day(2026, 3, 9));
    none(
        "c) Bố trí kinh phí chi thường xuyên cho Trung tâm văn hóa xã theo quy định.",
        issued,
    );
    none(
        "Phối hợp với Trung tâm Giáo dục nghề nghiệp - Giáo dục thường xuyên mở lớp tin học.",
        issued,
    );
    none(
        "Khai thác nền tảng bồi dưỡng thường xuyên giáo viên trên môi trường mạng.",
        issued,
    );
    // the adverb and the words around the term still time the work
    assert_eq!(
        rec("Thường xuyên kiểm tra việc sử dụng kinh phí chi thường xuyên."),
        Recurrence::Ongoing
    );
    assert_eq!(
        rec("Tham mưu bố trí kinh phí chi thường xuyên hằng năm."),
        Recurrence::Yearly
    );
}

/// Work that opens with "Hoàn thành" and its time is due then; the recurrence after it is the
/// upkeep. Work that only starts at a time and then goes on is ongoing.
#[test]
fn completion_then_upkeep_and_start_then_ongoing() {
    let issued = Some(day(2026, 5, 4));
    assert_eq!(
        due(
            "Hoàn thành số hóa hồ sơ địa chính trong quý III năm 2026 và cập nhật thường xuyên, hằng năm",
            issued
        ),
        day(2026, 9, 30)
    );
    assert_eq!(
        due(
            "Hoàn thành ban hành quy chế trong năm 2027. Định kỳ rà soát, sửa đổi trong các năm tiếp theo (nếu có)",
            issued
        ),
        day(2027, 12, 31)
    );
    // a recurrence before the completion still decides
    assert_eq!(rec("Hằng năm, hoàn thành báo cáo trước ngày 10/12"), Recurrence::Yearly);
    assert_eq!(
        rec_on("Triển khai trong năm 2026 và các năm tiếp theo", issued),
        Recurrence::Yearly
    );
    // a start with no end, then work that goes on
    assert_eq!(
        rec_on("Áp dụng từ tháng 7/2026 và duy trì thường xuyên, liên tục", issued),
        Recurrence::Ongoing
    );
    assert_eq!(
        due("Từ tháng 7/2026 đến hết tháng 9/2026, thường xuyên kiểm tra", issued),
        day(2026, 9, 30)
    );
}

/// A month placed in a quarter makes a week of it quarterly; a day of "the month before" each
/// recurring event is monthly; "Bản tin dự báo" is a bulletin, not a forecast told.
#[test]
fn periods_named_by_their_place() {
    assert_eq!(
        rec("Tổ chức sinh hoạt chuyên đề vào tuần đầu của tháng cuối quý."),
        Recurrence::Quarterly
    );
    assert_eq!(
        rec("Bản tin được gửi các chi bộ vào tuần thứ hai của tháng thứ 2 trong quý."),
        Recurrence::Quarterly
    );
    assert_eq!(rec("Tổ họp vào tuần cuối cùng của tháng."), Recurrence::Monthly);
    assert_eq!(
        rec("Tài liệu sinh hoạt được đăng tải vào ngày 20 của tháng trước đó trên Trang thông tin."),
        Recurrence::Monthly
    );
    assert_eq!(
        rec("Bản tin dự báo thời tiết nông vụ được phát hành định kỳ trên loa truyền thanh xã."),
        Recurrence::Ongoing
    );
    none(
        "Theo dự báo, từ đêm nay đến hết ngày mai có mưa to.",
        Some(day(2026, 8, 3)),
    );
}

/// What a report records sets nothing: a happening already past, a result measured against the
/// plan or last year, a footnote, a count as of a moment (a clock time before "ngày", "tính đến
/// hết ngày" anywhere), a document's number line.
#[test]
fn a_report_records_no_deadline() {
    let issued = Some(day(2026, 9, 14));
    none(
        "- Từ ngày 8/9 đến ngày 11/9/2026, trên địa bàn xã xảy ra mưa lớn kéo dài, nhiều tuyến đường bị sạt lở.",
        issued,
    );
    none(
        "Sản lượng lúa 9 tháng đầu năm đạt 41.200 tấn, đạt 82,4% kế hoạch, tăng 3,1% so cùng kỳ.",
        issued,
    );
    none("[2] Trong đó: số thu tiền sử dụng đất năm 2025 chuyển sang.", issued);
    none(
        "- Đến 17h00 ngày 13/9/2026, toàn xã ghi nhận 12 nhà bị tốc mái;",
        issued,
    );
    none(
        "Theo báo cáo của Phòng Kinh tế, tính đến hết ngày 10/9/2026, hệ thống mới ghi nhận 40/52 hồ sơ.",
        issued,
    );
    none(
        "Số: 215/UBND-VP *V/v triển khai thu thập dữ liệu dân cư từ năm 2026*",
        issued,
    );
    // a happening to prevent, a footnote or a count that sets work keep their time
    assert_eq!(
        due(
            "Bảo đảm không để xảy ra cháy nổ trong dịp Tết Nguyên đán năm 2027.",
            issued
        ),
        day(2027, 12, 31)
    );
    assert_eq!(
        due("[3] Các xã gửi báo cáo về Phòng Nội vụ trước ngày 25/9/2026.", issued),
        day(2026, 9, 25)
    );
    assert_eq!(
        due("Đến 17h00 ngày 20/9/2026, các xã báo cáo số hộ bị thiệt hại.", issued),
        day(2026, 9, 20)
    );
}

/// The "Nam" of a place ("Việt Nam", "Quảng Nam") is no "năm": "… Việt Nam báo cáo …" is no
/// reporting year.
#[test]
fn the_nam_of_a_place_is_no_year() {
    assert_eq!(
        due(
            "(i) Tổng công ty Điện lực Việt Nam báo cáo Bộ Công Thương. (ii) Chủ đầu tư hoàn thành đóng điện trong tháng 6 năm 2027.",
            None
        ),
        day(2027, 6, 30)
    );
    none("Tỉnh Quảng Nam báo cáo tình hình thiệt hại.", None);
    assert_eq!(rec("Số liệu của năm báo cáo gửi Sở Tài chính."), Recurrence::Yearly);
}

/// A text's own start of application with its scope between "áp dụng" and "từ" sets nothing,
/// as "áp dụng từ ngày …" did; a task "từ … đến …" keeps its end.
#[test]
fn application_with_a_scope_is_no_deadline() {
    let issued = Some(day(2026, 2, 9));
    none("Bộ tiêu chí này áp dụng trên địa bàn tỉnh từ năm 2026.", issued);
    none(
        "Quy định này áp dụng đối với các trường mầm non công lập từ ngày 01/3/2026.",
        issued,
    );
    assert_eq!(
        due(
            "Thí điểm áp dụng tại 5 xã từ tháng 3/2026 đến hết tháng 6/2026.",
            issued
        ),
        day(2026, 6, 30)
    );
}
