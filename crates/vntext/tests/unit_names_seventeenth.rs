//! Seventeenth round (task lists): where a unit's name ends and which work goes on with the
//! last addressee, in shapes the unseen17 set showed missing. Sentences written for these tests.
// Tests fail loudly where they fail: unwrap, expect and panic are their assertions.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use vntext::plan::extract_plan;

/// (lead, due) of every task the engine reads in `text`.
fn tasks(text: &str) -> Vec<(Option<String>, Option<String>, String)> {
    extract_plan(text)
        .to_cli()
        .tasks
        .into_iter()
        .map(|t| (t.lead, t.due, t.title))
        .collect()
}

fn lead_of_task(text: &str, title_has: &str) -> Option<String> {
    tasks(text)
        .into_iter()
        .find(|(_, _, title)| title.contains(title_has))
        .unwrap_or_else(|| panic!("no task {title_has:?} in {:?}", tasks(text)))
        .0
}

#[test]
fn a_place_name_after_the_level_ends_the_unit() {
    // "cân đối" is no verb the lists know: the capitalised place after "huyện" ends the name.
    let text = "UBND tỉnh giao UBND huyện Lộc Hà cân đối nguồn vốn sửa chữa trường học.";
    assert_eq!(lead_of_task(text, "nguồn vốn").as_deref(), Some("UBND huyện Lộc Hà"));
    // A region written "… Trung bộ" keeps its lowercase "bộ" and what the "và" joins.
    let text = "Thủ tướng yêu cầu UBND các tỉnh Nam Trung bộ và Tây Nguyên khẩn trương sơ tán dân.";
    assert_eq!(
        lead_of_task(text, "sơ tán dân").as_deref(),
        Some("UBND các tỉnh Nam Trung bộ và Tây Nguyên")
    );
}

#[test]
fn an_intro_that_ends_with_a_colon_after_the_unit_keeps_the_whole_name() {
    // The verbs inside the name ("quản lý", "đầu tư xây dựng") do not end it: nothing but the
    // unit stands between the order word and the colon.
    let text = "Chủ tịch UBND huyện giao Ban Quản lý dự án đầu tư xây dựng huyện:\n\n1. Hoàn thành hồ sơ quyết toán công trình trước ngày 30/9/2024.\n\n2. Phối hợp với UBND xã bàn giao công trình cho đơn vị sử dụng.";
    for title in ["hồ sơ quyết toán", "bàn giao công trình"] {
        assert_eq!(
            lead_of_task(text, title).as_deref(),
            Some("Ban Quản lý dự án đầu tư xây dựng huyện"),
            "{title}"
        );
    }
    // Work before the colon is no name: the verb still ends the unit.
    let text = "UBND tỉnh giao Sở Tài chính thực hiện các nội dung sau:\n\n1. Thẩm định dự toán kinh phí của các huyện trước ngày 15/10/2024.";
    assert_eq!(lead_of_task(text, "Thẩm định dự toán").as_deref(), Some("Sở Tài chính"));
}

#[test]
fn a_list_of_verbs_without_a_subject_goes_on_with_the_addressee() {
    let text = "UBND tỉnh yêu cầu Sở Nông nghiệp và Phát triển nông thôn theo dõi chặt chẽ tình hình sâu bệnh trên lúa.\n\nKiểm tra, hướng dẫn nông dân phun thuốc đúng kỹ thuật.";
    assert_eq!(
        lead_of_task(text, "hướng dẫn nông dân").as_deref(),
        Some("Sở Nông nghiệp và Phát triển nông thôn")
    );
}

#[test]
fn a_general_department_directs_the_offices_it_names() {
    // "chỉ đạo X" from a ministry's general department orders X, as from a ministry.
    let text = "Tổng cục Thủy lợi chỉ đạo các Chi cục Thủy lợi kiểm tra an toàn các hồ chứa nước.\n\nĐồng thời, vận hành xả lũ theo đúng quy trình được duyệt.";
    assert_eq!(
        lead_of_task(text, "kiểm tra an toàn các hồ").as_deref(),
        Some("các Chi cục Thủy lợi")
    );
    assert_eq!(
        lead_of_task(text, "vận hành xả lũ").as_deref(),
        Some("các Chi cục Thủy lợi")
    );
}

#[test]
fn the_clause_after_a_speakers_colon_names_the_unit() {
    // The one who speaks before the colon is no doer; a time may open the clause after it.
    let text = "Kết luận hội nghị, đồng chí Chủ tịch UBND huyện yêu cầu: trong tháng 3/2025, các xã, thị trấn hoàn thành việc rà soát hộ nghèo.";
    let found = tasks(text);
    let (lead, due, _) = found
        .iter()
        .find(|(_, _, t)| t.contains("rà soát hộ nghèo"))
        .unwrap_or_else(|| panic!("{found:?}"));
    assert_eq!(lead.as_deref(), Some("các xã, thị trấn"));
    assert_eq!(due.as_deref(), Some("2025-03-31"));
}
