//! Eighteenth round (task lists): the implementation sections of plans, directives and
//! conclusion notices — a unit's heading over the work below it, at any depth, with or
//! without a colon, and deadlines the engine lost behind a purpose or a reference. Texts
//! written for these tests.
// Tests fail loudly where they fail: unwrap, expect and panic are their assertions.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use vntext::plan::extract_plan;

/// (lead, due, title) of every task the engine reads in `text`.
fn tasks(text: &str) -> Vec<(Option<String>, Option<String>, String)> {
    extract_plan(text)
        .to_cli()
        .tasks
        .into_iter()
        .map(|t| (t.lead, t.due, t.title))
        .collect()
}

/// (lead, due) of the task whose title holds `title_has`.
fn task(text: &str, title_has: &str) -> (Option<String>, Option<String>) {
    let all = tasks(text);
    let (lead, due, _) = all
        .iter()
        .find(|(_, _, title)| title.contains(title_has))
        .unwrap_or_else(|| panic!("no task {title_has:?} in {all:?}"))
        .clone();
    (lead, due)
}

fn lead(text: &str, title_has: &str) -> Option<String> {
    task(text, title_has).0
}

#[test]
fn a_paragraph_under_a_unit_heading_is_that_units_work() {
    // The work names another body after "phối hợp với"; the heading names the doer.
    let text = "3. Sở Xây dựng:\nHướng dẫn các chủ đầu tư lập hồ sơ cấp phép, phối hợp với Thanh tra tỉnh kiểm tra việc thực hiện.\n4. Sở Tài chính:\nThẩm định dự toán kinh phí của các đơn vị.";
    assert_eq!(lead(text, "lập hồ sơ cấp phép").as_deref(), Some("Sở Xây dựng"));
    assert_eq!(lead(text, "Thẩm định dự toán").as_deref(), Some("Sở Tài chính"));
}

#[test]
fn lettered_items_under_a_numbered_unit_heading_stay_its_work() {
    // No colon after the unit; "a)" is deeper than "2." and does not end the heading.
    let text = "2. Cục Thú y\na) Chủ trì hướng dẫn các địa phương giám sát dịch bệnh;\nb) Tổng hợp nhu cầu vắc xin của các tỉnh.\n3. Cục Chăn nuôi\na) Rà soát các cơ sở chăn nuôi tập trung.";
    assert_eq!(lead(text, "giám sát dịch bệnh").as_deref(), Some("Cục Thú y"));
    assert_eq!(lead(text, "nhu cầu vắc xin").as_deref(), Some("Cục Thú y"));
    assert_eq!(lead(text, "chăn nuôi tập trung").as_deref(), Some("Cục Chăn nuôi"));
}

#[test]
fn a_dash_heading_with_a_colon_heads_the_plus_items_and_an_intro_item_is_no_task() {
    let text = "3. Đối với các phòng thuộc Sở:\n- Phòng Pháp chế:\n+ Rà soát các văn bản hết hiệu lực;\n+ Tổ chức tập huấn cho cán bộ cơ sở;\n- Văn phòng Sở tổng hợp kết quả, báo cáo Giám đốc Sở.";
    let all = tasks(text);
    assert!(all.iter().all(|(_, _, t)| !t.starts_with("Đối với")), "{all:?}");
    assert!(all.iter().all(|(_, _, t)| t != "Phòng Pháp chế"), "{all:?}");
    assert_eq!(lead(text, "hết hiệu lực").as_deref(), Some("Phòng Pháp chế"));
    assert_eq!(lead(text, "tập huấn cho cán bộ").as_deref(), Some("Phòng Pháp chế"));
    assert_eq!(lead(text, "tổng hợp kết quả").as_deref(), Some("Văn phòng Sở"));
}

#[test]
fn bullets_under_a_unit_heading_of_a_numbered_plan_are_its_tasks() {
    // A plan with Roman sections: the heading's office after a dash and the second unit of
    // "X và Y" are no part of the lead; a heading over a line of text gives that line.
    let text = "IV. TỔ CHỨC THỰC HIỆN\n1. Sở Y tế - cơ quan thường trực:\n- Hướng dẫn các bệnh viện triển khai kế hoạch.\n- Tổng hợp kết quả, báo cáo UBND tỉnh.\n2. Sở Tài chính và Sở Nội vụ:\nBố trí kinh phí thực hiện kế hoạch.";
    assert_eq!(lead(text, "Hướng dẫn các bệnh viện").as_deref(), Some("Sở Y tế"));
    assert_eq!(lead(text, "Tổng hợp kết quả").as_deref(), Some("Sở Y tế"));
    assert_eq!(lead(text, "Bố trí kinh phí").as_deref(), Some("Sở Tài chính"));
    assert!(
        tasks(text).iter().all(|(_, _, t)| !t.starts_with("Sở ")),
        "{:?}",
        tasks(text)
    );
}

#[test]
fn a_line_of_units_with_a_colon_heads_the_items_below_it() {
    // The number stands alone on its line; the units' heading holds no mark of its own.
    let text = "2.\nGiám đốc các sở, ngành, Chủ tịch Ủy ban nhân dân các huyện, thành phố:\na) Xây dựng kế hoạch hưởng ứng phong trào tại đơn vị;\nb) Tổ chức sơ kết việc thực hiện phong trào.\n3.\nCác cơ quan báo chí tăng cường tuyên truyền về phong trào.";
    assert_eq!(
        lead(text, "hưởng ứng phong trào").as_deref(),
        Some("Giám đốc các sở, ngành")
    );
    assert_eq!(lead(text, "Tổ chức sơ kết").as_deref(), Some("Giám đốc các sở, ngành"));
    assert_eq!(
        lead(text, "tăng cường tuyên truyền").as_deref(),
        Some("Các cơ quan báo chí")
    );
}

#[test]
fn debris_and_the_issuers_own_plan_under_a_heading_are_no_work() {
    let text = "3. Phòng Văn hóa và Thông tin:\nTuyên truyền trên hệ thống loa truyền thanh của các xã.\nSau đó sẽ họp rút kinh nghiệm việc tuyên truyền ở các xã.\n(Nguồn: Công văn số 215/UBND-VX)\nXem thêm";
    let all = tasks(text);
    assert_eq!(all.len(), 1, "{all:?}");
    assert_eq!(
        lead(text, "loa truyền thanh").as_deref(),
        Some("Phòng Văn hóa và Thông tin")
    );
}

#[test]
fn a_deadline_after_a_purpose_clause_is_read() {
    // The first deadline word ("hoàn thành") reads as no deadline once its purpose is cut;
    // the due word after it gives the date.
    let text = "a) Bộ Kế hoạch và Đầu tư\n- Chủ trì hoàn thành việc rà soát danh mục dự án để thực hiện Chương trình năm 2015 trước ngày 15 tháng 4 năm 2015;\n- Hướng dẫn các địa phương lập kế hoạch vốn.";
    assert_eq!(
        task(text, "rà soát danh mục dự án"),
        (
            Some("Bộ Kế hoạch và Đầu tư".to_string()),
            Some("2015-04-15".to_string())
        )
    );
}

#[test]
fn a_deadline_after_a_reference_in_a_numbered_plan_is_read() {
    // The clause cites a plan by its number; the date after the number is the deadline.
    let text = "III. TỔ CHỨC THỰC HIỆN\n1. UBND các huyện:\n- Cấp giấy chứng nhận cho các hộ theo Kế hoạch 12/KH-UBND trước ngày 31/10/2016.\n- Báo cáo kết quả về Sở Tài nguyên và Môi trường.";
    assert_eq!(
        task(text, "Cấp giấy chứng nhận"),
        (Some("UBND các huyện".to_string()), Some("2016-10-31".to_string()))
    );
}

#[test]
fn an_item_with_a_time_of_its_own_under_a_heading_is_the_headings_work() {
    // No unit and no due word ("trong tháng", "thường xuyên"): before, such an item was lost.
    let text = "c) Bộ Nội vụ\n- Chủ trì, phối hợp với Bộ Tư pháp ban hành hướng dẫn về biên chế trong tháng 6 năm 2012.\n- Phối hợp với các tỉnh tổ chức bồi dưỡng cán bộ thường xuyên.";
    assert_eq!(
        task(text, "hướng dẫn về biên chế"),
        (Some("Bộ Nội vụ".to_string()), Some("2012-06-30".to_string()))
    );
    assert_eq!(lead(text, "bồi dưỡng cán bộ").as_deref(), Some("Bộ Nội vụ"));
}

#[test]
fn a_time_line_after_a_paragraph_dates_its_work() {
    let text = "1.\nSở Nội vụ chủ trì, phối hợp với các sở tổng kết việc thực hiện Đề án giai đoạn 2016 - 2020.\nThời gian tổ chức hội nghị tổng kết trong quý II năm 2021.";
    assert_eq!(
        task(text, "tổng kết việc thực hiện Đề án"),
        (Some("Sở Nội vụ".to_string()), Some("2021-06-30".to_string()))
    );
}

#[test]
fn a_modifier_after_the_name_continues_it_and_an_adverb_ends_it() {
    // "có liên quan" says which units; "sớm" opens the predicate.
    let text =
        "Giao Giám đốc các sở, ngành, đơn vị có liên quan, Chủ tịch UBND các xã căn cứ kế hoạch này tổ chức thực hiện.";
    assert_eq!(
        lead(text, "tổ chức thực hiện").as_deref(),
        Some("Giám đốc các sở, ngành, đơn vị có liên quan")
    );
    let text = "Thủ tướng yêu cầu Bộ Giao thông vận tải sớm hoàn thành thủ tục đầu tư dự án cầu.";
    assert_eq!(lead(text, "thủ tục đầu tư").as_deref(), Some("Bộ Giao thông vận tải"));
}

#[test]
fn work_after_ben_canh_do_goes_on_with_the_unit_before() {
    let text = "Chủ tịch UBND tỉnh yêu cầu Sở Công Thương tăng cường kiểm tra thị trường xăng dầu. Bên cạnh đó, phối hợp với Công an tỉnh xử lý các cửa hàng vi phạm.";
    assert_eq!(
        lead(text, "xử lý các cửa hàng vi phạm").as_deref(),
        Some("Sở Công Thương")
    );
}
