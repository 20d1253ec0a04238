//! Nineteenth round (task lists): implementation sections and decisions' closing articles of
//! provincial issuers — a heading that names a role before its unit or says at length which
//! units it means, a board's title, the formula that closes a decision or a directive, and
//! two time words (the older spelling "quí", a yearly plan named in the work). Texts written
//! for these tests.
// Tests fail loudly where they fail: unwrap, expect and panic are their assertions.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use vntext::plan::extract_plan;

/// (lead, due, recurrence, title) of a task.
type Read = (Option<String>, Option<String>, Option<String>, String);

/// Every task the engine reads in `text`.
fn tasks(text: &str) -> Vec<Read> {
    extract_plan(text)
        .to_cli()
        .tasks
        .into_iter()
        .map(|t| (t.lead, t.due, t.recurrence.map(str::to_string), t.title))
        .collect()
}

/// (lead, due, recurrence) of the task whose title holds `title_has`.
fn task(text: &str, title_has: &str) -> (Option<String>, Option<String>, Option<String>) {
    let all = tasks(text);
    let (lead, due, rec, _) = all
        .iter()
        .find(|(_, _, _, title)| title.contains(title_has))
        .unwrap_or_else(|| panic!("no task {title_has:?} in {all:?}"))
        .clone();
    (lead, due, rec)
}

fn lead(text: &str, title_has: &str) -> Option<String> {
    task(text, title_has).0
}

#[test]
fn a_heading_that_names_a_role_before_its_unit_gives_the_unit() {
    let text = "1. Cơ quan chủ trì: Sở Y tế tỉnh Hòa Bình:\n- Xây dựng kế hoạch tiêm chủng mở rộng cho trẻ em.\n- Tổ chức tập huấn cho cán bộ trạm y tế xã.\n2. Đơn vị phối hợp: Sở Giáo dục và Đào tạo:\n- Chỉ đạo các trường học phối hợp tuyên truyền.";
    assert_eq!(
        lead(text, "kế hoạch tiêm chủng").as_deref(),
        Some("Sở Y tế tỉnh Hòa Bình")
    );
    assert_eq!(
        lead(text, "tập huấn cho cán bộ").as_deref(),
        Some("Sở Y tế tỉnh Hòa Bình")
    );
    assert_eq!(
        lead(text, "các trường học phối hợp").as_deref(),
        Some("Sở Giáo dục và Đào tạo")
    );
}

#[test]
fn a_long_heading_closed_by_its_colon_heads_the_items_below() {
    // Sixteen words saying which cooperatives: a heading, not a sentence.
    let text = "1. Phòng Nông nghiệp và Phát triển nông thôn:\na) Hướng dẫn các xã lập danh sách hộ sản xuất.\n2. Các hợp tác xã nông nghiệp hoạt động sản xuất kinh doanh trên địa bàn huyện Lục Yên:\na) Rà soát diện tích đất được giao, báo cáo Ủy ban nhân dân huyện trước ngày 15/3/2021;\nb) Phối hợp với các xã xây dựng phương án tiêu thụ sản phẩm cho xã viên.";
    let heading = "Các hợp tác xã nông nghiệp hoạt động sản xuất kinh doanh trên địa bàn huyện Lục Yên";
    let (l, due, _) = task(text, "Rà soát diện tích đất");
    assert_eq!(l.as_deref(), Some(heading));
    assert_eq!(due.as_deref(), Some("2021-03-15"));
    assert_eq!(lead(text, "phương án tiêu thụ").as_deref(), Some(heading));
    assert_eq!(
        lead(text, "lập danh sách hộ").as_deref(),
        Some("Phòng Nông nghiệp và Phát triển nông thôn")
    );
}

#[test]
fn the_head_of_a_management_board_is_a_unit() {
    // "quản lý" after "Ban" names the board; it is not the verb "manage".
    let text = "1. Trưởng Ban quản lý Khu công nghiệp Nam Cấm có trách nhiệm:\na) Lập hồ sơ mời thầu gói thầu xây lắp trường mầm non;\nb) Báo cáo tiến độ giải ngân vốn đầu tư với Ủy ban nhân dân huyện.";
    let unit = Some("Trưởng Ban quản lý Khu công nghiệp Nam Cấm");
    assert_eq!(lead(text, "hồ sơ mời thầu").as_deref(), unit);
    assert_eq!(lead(text, "tiến độ giải ngân").as_deref(), unit);
}

#[test]
fn the_formula_that_closes_a_decision_is_no_task() {
    let text = "Điều 2. Giao Sở Tài chính chủ trì, phối hợp với Kho bạc Nhà nước tỉnh hướng dẫn các đơn vị quyết toán kinh phí.\nĐiều 3. Quyết định này có hiệu lực kể từ ngày ký.\nChánh Văn phòng UBND tỉnh; Giám đốc các Sở: Tài chính, Xây dựng; Chủ tịch UBND các huyện, thành phố chịu trách nhiệm thi hành Quyết định này.";
    let all = tasks(text);
    assert_eq!(all.len(), 1, "{all:?}");
    assert_eq!(all[0].0.as_deref(), Some("Sở Tài chính"));
    // "căn cứ Quyết định thi hành" and a directive's "nghiêm túc thực hiện Chỉ thị này".
    let text = "Điều 2. Giao Sở Lao động - Thương binh và Xã hội lập danh sách đối tượng được hỗ trợ.\nCác ông (bà): Chánh Văn phòng UBND tỉnh, Giám đốc Sở Lao động - Thương binh và Xã hội, Chủ tịch UBND các huyện căn cứ Quyết định thi hành.";
    assert_eq!(tasks(text).len(), 1, "{:?}", tasks(text));
    let text = "1. Sở Công Thương kiểm tra các cơ sở kinh doanh xăng dầu trên địa bàn.\nCác sở, ban, ngành; Ủy ban nhân dân các huyện, thị xã căn cứ chức năng, nhiệm vụ nghiêm túc thực hiện nội dung Chỉ thị này.";
    assert_eq!(tasks(text).len(), 1, "{:?}", tasks(text));
}

#[test]
fn the_older_spelling_of_a_quarter_is_read() {
    let text = "Sở Công Thương tổng hợp tình hình thực hiện Đề án, trình Ủy ban nhân dân tỉnh trong quí 3 năm 2012.";
    assert_eq!(task(text, "tổng hợp tình hình").1.as_deref(), Some("2012-09-30"));
    let text = "Sở Kế hoạch và Đầu tư báo cáo kết quả rà soát trong quí IV/2011.";
    assert_eq!(task(text, "báo cáo kết quả rà soát").1.as_deref(), Some("2011-12-31"));
}

#[test]
fn a_yearly_plan_named_in_the_work_is_no_recurrence() {
    // Six words between the plan and "hàng năm" (the window is eight): the plan's period, not the task's.
    let text = "1. Sở Lao động - Thương binh và Xã hội hướng dẫn các xã rà soát hộ nghèo.\n2. Chủ tịch Ủy ban nhân dân các xã xây dựng kế hoạch chỉ tiêu giảm nghèo của xã hàng năm.";
    assert_eq!(task(text, "kế hoạch chỉ tiêu giảm nghèo").2, None);
    // Before the work, "Hằng năm" stays the task's recurrence.
    let text = "1. Sở Lao động - Thương binh và Xã hội hướng dẫn các xã rà soát hộ nghèo.\n2. Hằng năm, Sở Tài chính tổng hợp báo cáo quyết toán ngân sách gửi Ủy ban nhân dân tỉnh.";
    assert_eq!(task(text, "báo cáo quyết toán").2.as_deref(), Some("yearly"));
}

#[test]
fn an_item_goes_on_with_investigating_and_disciplining_without_a_subject() {
    let text = "1. Công an tỉnh chủ trì, phối hợp với Cảnh sát phòng cháy khám nghiệm hiện trường vụ cháy chợ. Điều tra, làm rõ nguyên nhân vụ cháy, xử lý nghiêm các sai phạm.\n2. Sở Công Thương rà soát hệ thống điện của các chợ trên địa bàn. Kiểm điểm, xử lý nghiêm cán bộ quản lý chợ để xảy ra vi phạm.";
    assert_eq!(lead(text, "làm rõ nguyên nhân").as_deref(), Some("Công an tỉnh"));
    assert_eq!(lead(text, "cán bộ quản lý chợ").as_deref(), Some("Sở Công Thương"));
}

#[test]
fn leaders_and_each_unit_are_leads() {
    let text = "Chủ tịch UBND tỉnh yêu cầu các lãnh đạo sở, ngành phải gương mẫu chấp hành quy định về phòng cháy, chữa cháy tại cơ quan.";
    assert_eq!(
        lead(text, "gương mẫu chấp hành").as_deref(),
        Some("các lãnh đạo sở, ngành")
    );
    let text = "Bộ Chỉ huy Quân sự tỉnh yêu cầu các đơn vị nắm chắc tình hình thời tiết, chuẩn bị lực lượng ứng cứu khi có lệnh.";
    assert_eq!(lead(text, "tình hình thời tiết").as_deref(), Some("các đơn vị"));
    let text = "Thủ trưởng các phòng, ban có trách nhiệm triển khai kế hoạch công tác năm 2022 của đơn vị mình.\nMỗi đơn vị cần xác định rõ nhiệm vụ trọng tâm, người chịu trách nhiệm và thời hạn hoàn thành.";
    assert_eq!(lead(text, "nhiệm vụ trọng tâm").as_deref(), Some("Mỗi đơn vị"));
}
