//! Twenty-second round (unseen22d, and the labelling convention decided first: an act told as
//! done is cited): each kind of miss, with phrases written anew in the shapes the set showed
//! (none of them is in the set). Every rule is general; see
//! `docs/vntext-rounds/round-22-deadlines.md`.
// Tests fail loudly where they fail: unwrap, expect and panic are their assertions.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod deadline_checks;

use deadline_checks::*;
use vntext::Recurrence;

/// The day of an act a report or a news item tells as done is cited, with or without an issue
/// date; the same lead announcing an act still to come is read.
#[test]
fn acts_told_as_done_are_cited() {
    none("Sáng ngày 03/3/2025, Đảng ủy xã tổ chức Hội nghị sơ kết quý I", None);
    none(
        "Ngày 12/5/2024, UBND huyện đã ban hành Kế hoạch số 88/KH-UBND về phòng chống thiên tai",
        None,
    );
    none(
        "Chiều 7/10, tại hội trường thôn, Chi hội Phụ nữ ra mắt câu lạc bộ dân vũ",
        Some(day(2023, 10, 9)),
    );
    none(
        "Thực hiện chỉ đạo của huyện, sáng ngày 02/4/2025, Đoàn xã đã ra quân dọn vệ sinh",
        None,
    );
    // announced, scheduled or a plan's clause: the day is read
    assert_eq!(
        due("Ngày 20/6/2025, các trường sẽ tổ chức lễ tổng kết năm học", None),
        day(2025, 6, 20)
    );
    assert_eq!(
        due("Ngày 15/9 tới, xã tổ chức Ngày hội Đại đoàn kết", Some(day(2024, 9, 1))),
        day(2024, 9, 15)
    );
    assert_eq!(
        due("Ngày 25/11, các chi bộ tổ chức đại hội", Some(day(2024, 11, 10))),
        day(2024, 11, 25)
    );
    assert_eq!(
        due("sáng ngày 10/2/2025, các xã tổ chức lễ giao quân", None),
        day(2025, 2, 10)
    );
}

/// A document's title alone: its times name what the document covers, not work to do.
#[test]
fn titles_of_reports_notices_and_invitations_set_nothing() {
    let iss = Some(day(2024, 7, 10));
    none("Báo cáo kết quả công tác dân vận 6 tháng đầu năm 2024", iss);
    none(
        "Thông báo lịch trực Tết Nguyên đán năm 2024 (từ ngày 08/02/2024 đến 14/02/2024)",
        iss,
    );
    none("Giấy mời họp Ban Chỉ đạo xây dựng nông thôn mới huyện năm 2024", iss);
    none("Quyết định về việc phê duyệt đề án sắp xếp thôn đến năm 2030", iss);
    // a plan's title and a report set as a duty are read
    assert_eq!(
        due("Kế hoạch tuyên truyền phổ biến pháp luật năm 2024", iss),
        day(2024, 12, 31)
    );
    assert_eq!(
        due("Báo cáo kết quả gửi về UBND huyện trước ngày 20/7/2024", iss),
        day(2024, 7, 20)
    );
}

/// A law's year, the year it was amended in, a term and a form's blank date name things; a
/// phase that only starts after a day has no end. Alone they leave nothing to read.
#[test]
fn names_blanks_and_bare_starts_are_no_deadline() {
    none("theo quy định tại Điều 12 Luật Tiếp công dân năm 2013", None);
    none(
        "(quy định tại Điều 5 Luật Đất đai năm 2013 (được sửa đổi, bổ sung năm 2018))",
        None,
    );
    none("Ban Chấp hành Đoàn xã khóa XV, nhiệm kỳ 2022 - 2027", None);
    none(
        "Vào hồi ..... giờ ..... ngày ..... tháng 6 năm 2024, tại nhà văn hóa thôn",
        None,
    );
    none("Giai đoạn 3: Sau ngày khai trương 01/9/2024", None);
    // with a deadline beside them the deadline is read
    assert_eq!(
        due(
            "Tổ chức tập huấn Luật Đất đai năm 2024 cho cán bộ xã, hoàn thành trước ngày 30/8/2024",
            None
        ),
        day(2024, 8, 30)
    );
    // a count after a day is no bare start (how it is counted is another matter)
    assert!(parse_deadline("hoàn thành chậm nhất 10 ngày sau ngày 05/6/2024", None).is_ok());
}

/// "thường xuyên" of residence ("cư trú thường xuyên") is no ongoing duty.
#[test]
fn residence_is_no_recurrence() {
    none("Người ứng cử phải đang cư trú thường xuyên tại xã nơi ứng cử.", None);
    none("người đang cư trú hoặc công tác thường xuyên ở địa phương đó", None);
    assert_eq!(
        rec("Thường xuyên kiểm tra, đôn đốc việc thực hiện"),
        Recurrence::Ongoing
    );
}

/// Words a lossy conversion broke: vowels of a legacy code page dropped ("ngy", "thng", "Qu
/// IV/2025"), "ý" written "ư" ("hằng quư").
#[test]
fn broken_time_words_are_read() {
    let iss = Some(day(2025, 10, 2));
    assert_eq!(due("Thời gian hon thnh: Qu IV/2025", iss), day(2025, 12, 31));
    assert_eq!(due("hon thnh chậm nhất ngy 15/12/2025", iss), day(2025, 12, 15));
    assert_eq!(due("- Thời gian: thng 11/2025", iss), day(2025, 11, 30));
    assert_eq!(
        rec("Sở Tài chính định kỳ hằng quư báo cáo Ủy ban nhân dân tỉnh"),
        Recurrence::Quarterly
    );
}

/// A body that ends its activity from a day, and a draft's unnumbered symbol: cited dates.
#[test]
fn ends_of_activity_and_unnumbered_symbols_are_cited() {
    none(
        "Ban Quản lý dự án huyện kết thúc hoạt động kể từ ngày 01 tháng 8 năm 2025.",
        Some(day(2025, 6, 2)),
    );
    none(
        "(Ban hành kèm theo Quyết định số /QĐ-UBND ngày 15/3/2025 của UBND xã)",
        Some(day(2025, 3, 15)),
    );
    // to end activity by a day is a deadline
    assert_eq!(
        due(
            "Tổ công tác kết thúc hoạt động trước ngày 31/12/2025.",
            Some(day(2025, 6, 2))
        ),
        day(2025, 12, 31)
    );
}

/// A document issued in a told act: the times of what it says go with the story.
#[test]
fn a_told_issuing_takes_its_document_s_times() {
    none(
        "Ngày 03/6/2024, UBND huyện ban hành Công văn số 812/UBND-VX gửi các xã về hưởng ứng Tháng hành động vì trẻ em 01-30/6/2024",
        Some(day(2024, 6, 10)),
    );
    // a meeting told keeps the period it sets work for
    assert_eq!(
        due(
            "Sáng 28/6, Hội Nông dân huyện tổ chức hội nghị sơ kết, triển khai nhiệm vụ 6 tháng cuối năm 2024",
            Some(day(2024, 7, 1))
        ),
        day(2024, 12, 31)
    );
}
