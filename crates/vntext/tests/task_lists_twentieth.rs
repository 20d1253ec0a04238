//! Twentieth round (task lists): rules for the classes the unseen20 set showed, each
//! tested on sentences written anew (not copied from the set).

use vntext::plan::extract_plan;

/// A task as read: title, lead, due date, recurrence.
type Read = (String, Option<String>, Option<String>, Option<String>);

/// The tasks read from `text` as the CLI reads a file (through `repair_ocr`).
fn tasks(text: &str) -> Vec<Read> {
    let plan = extract_plan(&vntext::repair_ocr(text)).to_cli();
    plan.tasks
        .into_iter()
        .map(|t| (t.title, t.lead, t.due, t.recurrence.map(str::to_string)))
        .collect()
}

fn lead_of(text: &str, piece: &str) -> Option<String> {
    tasks(text).into_iter().find(|t| t.0.contains(piece)).and_then(|t| t.1)
}

#[test]
fn a_list_broken_after_its_comma_goes_on_to_the_next_line() {
    // A page copied with its hard line breaks: the subject's list is cut after a comma.
    let text = "Điều 3. Tổ chức thực hiện\n1. Giao Ủy ban nhân dân huyện triển khai Nghị quyết này.\n2. Giao Thường trực Hội đồng nhân dân huyện,\ncác Ban của Hội đồng nhân dân huyện theo dõi, giám sát việc thực hiện Nghị quyết.";
    assert_eq!(
        lead_of(text, "giám sát việc thực hiện").as_deref(),
        Some("Thường trực Hội đồng nhân dân huyện")
    );
    // The break after a comma inside the work keeps the work whole.
    let text = "1. Giao Sở Giáo dục và Đào tạo chỉ đạo,\nhướng dẫn các trường rà soát sĩ số học sinh.";
    assert!(
        tasks(text).iter().any(|t| t.0.contains("hướng dẫn các trường rà soát")),
        "{:?}",
        tasks(text)
    );
}

#[test]
fn a_line_ending_on_a_joining_word_goes_on_with_a_name() {
    let text = "Giao Sở Kế hoạch và\nĐầu tư tổng hợp danh mục dự án, trình Ủy ban nhân dân tỉnh trước ngày 15/9/2024.";
    let t = tasks(text);
    assert_eq!(t.len(), 1, "{t:?}");
    assert_eq!(t[0].1.as_deref(), Some("Sở Kế hoạch và Đầu tư"));
    assert_eq!(t[0].2.as_deref(), Some("2024-09-15"));
    // A heading ending on a plain noun still stands on its own line.
    assert_eq!(
        vntext::repair_ocr("2. Sở Tài chính\nChủ trì thẩm định dự toán."),
        "2. Sở Tài chính\nChủ trì thẩm định dự toán."
    );
}

#[test]
fn an_article_broken_off_its_number_is_read_as_one() {
    let text = "Điều\n2. Giao Ủy ban nhân dân thị xã tổ chức thực hiện Nghị quyết này.";
    assert_eq!(
        lead_of(text, "tổ chức thực hiện").as_deref(),
        Some("Ủy ban nhân dân thị xã")
    );
}

#[test]
fn a_first_item_glued_to_its_colon_opens_the_list() {
    let text = "Để kịp thời hỗ trợ người dân, Bộ Nông nghiệp đề nghị Ủy ban nhân dân các tỉnh, thành phố thực hiện các nội dung sau:1. Khẩn trương thống kê thiệt hại về tàu thuyền.\n\n2. Chỉ đạo lực lượng chức năng hướng dẫn ngư dân neo đậu an toàn.";
    let t = tasks(text);
    for piece in ["thống kê thiệt hại", "hướng dẫn ngư dân neo đậu"] {
        let lead = t.iter().find(|x| x.0.contains(piece)).and_then(|x| x.1.clone());
        assert_eq!(
            lead.as_deref(),
            Some("Ủy ban nhân dân các tỉnh, thành phố"),
            "{piece}: {t:?}"
        );
    }
    // A time "10:1. …" or a colon after a digit is left alone.
    assert_eq!(vntext::repair_ocr("tỷ lệ 10:1. Sau đó"), "tỷ lệ 10:1. Sau đó");
}

#[test]
fn a_benefit_paid_each_month_is_no_recurrence_of_the_work() {
    let text = "Giao Sở Lao động - Thương binh và Xã hội hướng dẫn thủ tục chi trả chế độ trợ cấp hàng tháng cho thân nhân liệt sĩ.";
    let t = tasks(text);
    assert_eq!(t.len(), 1, "{t:?}");
    assert_eq!(t[0].3, None);
    let text = "Giao Sở Nội vụ rà soát, điều chỉnh mức phụ cấp hằng tháng đối với người hoạt động không chuyên trách.";
    assert_eq!(tasks(text)[0].3, None);
    // Work done each month stays monthly.
    let text = "Giao Sở Y tế báo cáo hàng tháng tình hình dịch bệnh về Ủy ban nhân dân tỉnh.";
    assert_eq!(tasks(text)[0].3.as_deref(), Some("monthly"));
}

#[test]
fn a_yearly_budget_as_the_object_is_no_recurrence() {
    let text = "Sở Tài chính có trách nhiệm bố trí ngân sách hàng năm để thực hiện chính sách hỗ trợ học phí.";
    assert_eq!(tasks(text)[0].3, None);
    // "Hằng năm" before the act keeps the act yearly.
    let text = "Sở Tài chính có trách nhiệm hằng năm, bố trí ngân sách để thực hiện chính sách hỗ trợ học phí.";
    assert_eq!(tasks(text)[0].3.as_deref(), Some("yearly"));
}
