//! Twenty-first round (unseen21d): the deadlines real plans set — task-table rows, standing
//! yearly rules — and the dates the same documents cite, with phrases written anew in the shapes
//! the set showed (none of them is in the set). Every rule is general; see
//! `docs/vntext-rounds/round-21-deadlines.md`.
// Tests fail loudly where they fail: unwrap, expect and panic are their assertions.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod deadline_checks;

use deadline_checks::*;
use vntext::Recurrence;

/// A plan table's row read as one phrase (task, lead, product, time cell): a span of years that
/// names the programme yields to the time cell that closes the row.
#[test]
fn a_row_is_due_at_its_time_cell() {
    let iss = Some(day(2025, 3, 12));
    assert_eq!(
        due(
            "Chương trình chuyển đổi số giai đoạn 2025-2030 Sở Khoa học và Công nghệ Kế hoạch Quý III/2025",
            iss
        ),
        day(2025, 9, 30)
    );
    assert_eq!(
        due(
            "Kế hoạch phát triển du lịch 2025-2027 Sở Văn hóa Kế hoạch Năm 2025",
            iss
        ),
        day(2025, 12, 31)
    );
    // the cell right after the span, with no word between
    assert_eq!(
        due("Đề án giao chỉ tiêu giai đoạn 2025-2030 Quý II/2025", iss),
        day(2025, 6, 30)
    );
    // no closing cell, or a cell outside the span: the span is the time
    assert_eq!(
        due("Thực hiện chương trình giai đoạn 2025-2030", iss),
        day(2030, 12, 31)
    );
    assert_eq!(
        due(
            "giai đoạn 2021 - 2025, trong đó năm 2022 hoàn thành 50% khối lượng",
            iss
        ),
        day(2025, 12, 31)
    );
    // "tuân thủ năm 2025" is no "thứ Năm" (Thursday) followed by a day
    assert_eq!(
        due(
            "Giảm chi phí tuân thủ năm 2025 Văn phòng UBND tỉnh Quyết định Quý II/2025",
            iss
        ),
        day(2025, 6, 30)
    );
    assert_eq!(due("họp vào thứ Năm 24/4", iss), day(2025, 4, 24));
}

/// Standing budget and reporting rules name the year after or before the plan year in other
/// words than "năm trước" / "năm hiện hành": each year's.
#[test]
fn standing_rules_are_yearly() {
    assert_eq!(
        rec("gửi Bộ Tài chính báo cáo quyết toán trước ngày 15 tháng 7 năm sau;"),
        Recurrence::Yearly
    );
    assert_eq!(
        rec("Quỹ trình phương án đầu tư trước ngày 20 tháng 11 của năm liền kề trước năm kế hoạch."),
        Recurrence::Yearly
    );
    assert_eq!(
        rec("Việc thẩm định quyết toán phải xong trước ngày 30 tháng 9 năm sau."),
        Recurrence::Yearly
    );
    // a dated year is one deadline
    assert_eq!(
        due("gửi báo cáo trước ngày 15 tháng 7 năm 2026", None),
        day(2026, 7, 15)
    );
}

/// A reporting regime ("chế độ báo cáo định kỳ hằng năm") keeps its period; a list heading
/// ("Phương án … hằng năm gồm:") and a depreciation rate name things, no duty.
#[test]
fn what_a_recurrence_word_qualifies() {
    assert_eq!(
        rec("b) Thực hiện chế độ báo cáo định kỳ hằng năm và khi có yêu cầu gửi Bộ Nội vụ."),
        Recurrence::Yearly
    );
    none(
        "Kế hoạch kiểm tra hằng năm bao gồm các nội dung chủ yếu sau:",
        Some(day(2025, 1, 5)),
    );
    none("Hồ sơ đề nghị gia hạn hàng năm giấy phép, gồm:", None);
    none("- Cột 5: Ghi mức khấu hao hàng năm của tài sản.", None);
    // a work verb before "gồm": still a duty
    assert_eq!(
        rec("Hằng năm, Sở Tài chính tổng hợp báo cáo gồm các nội dung sau:"),
        Recurrence::Yearly
    );
    // an allowance still names no duty
    none("người đang hưởng chế độ trợ cấp hằng tháng", None);
}

/// States a day bounds without "đã" (contracts signed or in force, payments arising, people
/// insured before a day): transition and eligibility rules.
#[test]
fn states_before_a_day_are_cited() {
    let iss = Some(day(2024, 6, 20));
    none(
        "Người lao động có hợp đồng được giao kết và bắt đầu thực hiện trước ngày 01 tháng 7 năm 2024.",
        iss,
    );
    none(
        "Đối với các khoản chi phát sinh trước ngày 30 tháng 6 năm 2024, đơn vị theo dõi riêng.",
        iss,
    );
    none(
        "người sử dụng lao động đang tham gia bảo hiểm xã hội trước ngày 01/7/2024",
        iss,
    );
    none("Đối tượng được pháp luật quy định trước ngày 01 tháng 7 năm 2024;", iss);
    // a work verb after the state, or no state: a deadline
    assert_eq!(
        due(
            "Hợp đồng được ký, gửi về Sở Tài chính trước ngày 15 tháng 7 năm 2024.",
            iss
        ),
        day(2024, 7, 15)
    );
    assert_eq!(
        due("Kế hoạch được phê duyệt trước ngày 30/7/2024", iss),
        day(2024, 7, 30)
    );
    // "từ 01 tháng trở lên" measures a contract; it is no month from the issue date
    none("hợp đồng lao động xác định thời hạn từ 01 tháng trở lên", iss);
}

/// The end of the span the text itself is in force for, or a rate applies for, is cited; the
/// time of implementation ("Thời gian thực hiện: áp dụng từ … đến …") keeps its end.
#[test]
fn effect_spans_are_cited() {
    let iss = Some(day(2025, 3, 1));
    none(
        "Quyết định này có hiệu lực thi hành kể từ ngày ký đến hết ngày 31 tháng 12 năm 2026.",
        iss,
    );
    none(
        "b) Mức thu áp dụng từ ngày 01 tháng 4 năm 2025 đến hết ngày 31 tháng 12 năm 2025.",
        iss,
    );
    none(
        "Kể từ ngày Thông tư này có hiệu lực đến hết ngày 30 tháng 6 năm 2026: mức thu bằng 50%.",
        iss,
    );
    assert_eq!(
        due(
            "Thời gian thực hiện: áp dụng từ ngày 01/4/2025 đến ngày 30/9/2025.",
            iss
        ),
        day(2025, 9, 30)
    );
}

/// A count from an event the phrase does not date is no count from the issue date; from the
/// text's own signing or issue it is.
#[test]
fn counts_from_events() {
    let iss = Some(day(2025, 5, 5));
    none(
        "Trong thời hạn 10 ngày làm việc kể từ ngày nhận được hồ sơ hợp lệ, Sở Xây dựng trả lời.",
        iss,
    );
    none(
        "trả lại hồ sơ nếu không bổ sung trong thời hạn 20 ngày kể từ ngày ban hành thông báo;",
        iss,
    );
    assert_eq!(due("trong 30 ngày kể từ ngày ký", iss), day(2025, 6, 4));
    assert_eq!(due("trong 15 ngày kể từ ngày ban hành", iss), day(2025, 5, 20));
    assert_eq!(
        due("trong 10 ngày kể từ ngày ban hành Kế hoạch này", iss),
        day(2025, 5, 15)
    );
}

/// Worked examples and figures reached by a day set nothing.
#[test]
fn examples_and_figures() {
    none(
        "Ví dụ 3: ngày 02 tháng 3 năm 2025 ông A nghỉ việc đến hết ngày 10 tháng 3 năm 2025.",
        Some(day(2025, 1, 1)),
    );
    none(
        "Giả sử tiền lương tháng 5/2025 của ông B là 9.000.000 đồng.",
        Some(day(2025, 1, 1)),
    );
    none("Vốn giải ngân đến hết tháng 5 đạt 21% kế hoạch.", Some(day(2025, 6, 6)));
    // a deadline "đến hết tháng 5" with no figure reached stays
    assert_eq!(
        due("triển khai đến hết tháng 5/2025", Some(day(2025, 3, 6))),
        day(2025, 5, 31)
    );
}
