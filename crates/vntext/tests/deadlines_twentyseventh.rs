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
    none("c) Bố trí kinh phí chi thường xuyên cho Trung tâm văn hóa xã theo quy định.", issued);
    none("Phối hợp với Trung tâm Giáo dục nghề nghiệp - Giáo dục thường xuyên mở lớp tin học.", issued);
    none("Khai thác nền tảng bồi dưỡng thường xuyên giáo viên trên môi trường mạng.", issued);
    // the adverb and the words around the term still time the work
    assert_eq!(rec("Thường xuyên kiểm tra việc sử dụng kinh phí chi thường xuyên."), Recurrence::Ongoing);
    assert_eq!(rec("Tham mưu bố trí kinh phí chi thường xuyên hằng năm."), Recurrence::Yearly);
}
