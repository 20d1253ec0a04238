//! Twenty-third round (unseen23d, and the labelling decision taken first: a deadline that a told
//! act set for others is set): each kind of miss, with phrases written anew in the shapes the set
//! showed (none of them is in the set). Every rule is general; see
//! `docs/vntext-rounds/round-23-deadlines.md`.
// Tests fail loudly where they fail: unwrap, expect and panic are their assertions.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod deadline_checks;

use deadline_checks::*;

/// A meeting told as held names the period it reviewed and often its own month; only the period
/// whose work it deploys is a task's due date (round 22's convention).
#[test]
fn a_told_meeting_keeps_only_the_period_it_deploys() {
    assert_eq!(
        due(
            "Sáng ngày 05/3/2025, Đảng ủy phường tổ chức hội nghị đánh giá kết quả công tác tháng 2, triển khai nhiệm vụ trọng tâm tháng 3/2025",
            None,
        ),
        day(2025, 3, 31)
    );
    assert_eq!(
        due(
            "Chiều 20/12, Ban Chấp hành Đảng bộ xã tổ chức hội nghị đánh giá kết quả năm 2024; mục tiêu, nhiệm vụ năm 2025",
            Some(day(2024, 12, 21)),
        ),
        day(2025, 12, 31)
    );
    // the meeting's name, the period it reviewed, an anniversary: cited
    none(
        "Sáng 12/6, Ủy ban Kiểm tra Huyện ủy tổ chức hội nghị sơ kết công tác kiểm tra 6 tháng đầu năm 2024",
        Some(day(2024, 6, 13)),
    );
    none(
        "Chiều 21/11, Hội Cựu chiến binh xã tổ chức gặp mặt kỷ niệm 35 năm ngày thành lập (6/12/1989 - 6/12/2024)",
        Some(day(2024, 11, 22)),
    );
    none(
        "Ngày 15/1, Ban Thường vụ Đảng ủy xã tổ chức hội nghị giao ban định kỳ tháng 1-2025 với bí thư các chi bộ",
        Some(day(2025, 1, 16)),
    );
    // "giao ban" is an act held; "trước, trong và sau Tết" spans a season's tasks, no deadline
    assert_eq!(
        due(
            "Sáng ngày 20/1, UBND xã tổ chức hội nghị triển khai nhiệm vụ trước, trong và sau Tết Nguyên đán; phát động thi đua năm 2025",
            Some(day(2025, 1, 20)),
        ),
        day(2025, 12, 31)
    );
    // a target the told act aims at is set (round 23's convention)
    assert_eq!(
        due(
            "Ngày 10/4, UBND tỉnh đã quyết định cấp bổ sung kinh phí nhằm quyết tâm hoàn thành chi trả trong tháng 5/2024",
            Some(day(2024, 4, 12)),
        ),
        day(2024, 5, 31)
    );
    // a campaign's quoted name owns its year
    none(
        "Sáng 2/11, Ủy ban MTTQ xã tổ chức lễ phát động tháng cao điểm “Ngày vì người nghèo” năm 2024",
        Some(day(2024, 11, 3)),
    );
    // announced, not told: read as before
    assert_eq!(
        due("Ngày 25/11, các chi bộ tổ chức đại hội", Some(day(2024, 11, 10))),
        day(2024, 11, 25)
    );
}

/// A report of results measured over a period ("đã hoàn thành 15/24 chỉ tiêu", "N/M chỉ tiêu",
/// "vượt kế hoạch") sets nothing by that period; the same period aimed at or assigned is read.
#[test]
fn results_reported_are_cited() {
    none(
        "Trong 6 tháng đầu năm 2024, xã đã hoàn thành 11/19 chỉ tiêu kinh tế - xã hội",
        Some(day(2024, 7, 2)),
    );
    none(
        "Năm 2024, Hội Nông dân xã hoàn thành vượt mức 9/9 chỉ tiêu được giao",
        None,
    );
    none(
        "Trong tổng số 18 chỉ tiêu năm 2024, phường có 10 chỉ tiêu đạt và 6 chỉ tiêu vượt kế hoạch",
        None,
    );
    none("Đến nay, quy hoạch chung xã đến năm 2040 đã hoàn thành", None);
    // aimed at, assigned or set with a deadline: read
    assert_eq!(
        due("Năm 2025, xã phấn đấu hoàn thành 19/19 chỉ tiêu", None),
        day(2025, 12, 31)
    );
    assert_eq!(
        due(
            "Ban quản lý đã triển khai thi công tuyến kênh, hoàn thành trong tháng 11/2024",
            None
        ),
        day(2024, 11, 30)
    );
}

/// A page's metadata and a form's blanks date no work.
#[test]
fn metadata_and_blank_forms_are_no_deadline() {
    none("Ngày đăng: 12/03/2024 | Lượt xem: 215", None);
    none(
        "Ngày hiệu lực: các quyết định có hiệu lực từ ngày ký, riêng Quyết định số 12 có hiệu lực từ 01/9/2024",
        None,
    );
    none("KẾ HOẠCH Sinh hoạt chuyên đề tháng ….. năm 2024", None);
    none(
        "(Ban hành kèm theo Quyết định số: /QĐ-UBND ngày tháng năm 2024 của Chủ tịch UBND huyện)",
        None,
    );
    // a calendar's heading is read: its week is due
    assert_eq!(
        due("Lịch công tác tuần từ ngày 02/12/2024 đến ngày 06/12/2024", None),
        day(2024, 12, 6)
    );
}
