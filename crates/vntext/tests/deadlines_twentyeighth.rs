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
