//! Twenty-ninth round (task lists): the rules for the classes the unseen29 set showed, each
//! tested on text written anew (not copied from the set).
// Tests fail loudly where they fail: panic is their assertion.
#![allow(clippy::panic)]

mod reading;
use reading::{has_task, task, tasks};

const PLAN: &str = "ỦY BAN NHÂN DÂN\nTỈNH NAM SƠN\n\nSố: 77/KH-UBND\n\nNam Sơn, ngày 3 tháng 3 năm 2025\n\nKẾ HOẠCH\nPhát triển du lịch nông thôn năm 2025\n\nI. MỤC ĐÍCH\n\nThúc đẩy du lịch nông thôn.\n\nII. TỔ CHỨC THỰC HIỆN\n\n";

#[test]
fn a_sub_heading_that_says_how_its_unit_works_heads_that_units_dashes() {
    // "1. Sở …" over "a) Chủ trì, phối hợp với …" and "b) Phối hợp với …", each over dashes:
    // the dashes are the unit's tasks; the sub-headings are no tasks.
    let body = "1. Sở Văn hóa và Thể thao\n\na) Chủ trì, phối hợp với các sở, ngành, UBND các xã và đơn vị có liên quan\n\n- Xây dựng bộ tiêu chí điểm du lịch nông thôn.\n\n- Tổ chức lớp bồi dưỡng kỹ năng cho hộ làm du lịch.\n\nb) Phối hợp với Sở Công Thương, UBND các xã\n\n- Quảng bá sản phẩm du lịch tại hội chợ.\n\n2. Sở Tài chính\n\n- Bố trí kinh phí thực hiện Kế hoạch.\n";
    let text = format!("{PLAN}{body}");
    for title in ["Xây dựng bộ tiêu chí", "Tổ chức lớp bồi dưỡng", "Quảng bá sản phẩm"] {
        let t = task(&text, title);
        assert_eq!(t.1.as_deref(), Some("Sở Văn hóa và Thể thao"), "{t:?}");
    }
    assert!(!has_task(&text, "Chủ trì, phối hợp với các sở"), "{:?}", tasks(&text));
    // A sub-heading with work of its own is a task, its dashes what the work must achieve.
    let body = "1. Sở Văn hóa và Thể thao\n\na) Chủ trì, phối hợp với các sở, ngành tổ chức tuần lễ du lịch nông thôn\n\n- Bảo đảm an toàn cho du khách.\n";
    let text = format!("{PLAN}{body}");
    assert!(has_task(&text, "tổ chức tuần lễ du lịch"), "{:?}", tasks(&text));
}

const TELEGRAM: &str = "THỦ TƯỚNG CHÍNH PHỦ\n\nSố: 45/CĐ-TTg\n\nHà Nội, ngày 5 tháng 10 năm 2025\n\nCÔNG ĐIỆN\nVề bảo đảm nước sạch sau lũ\n\nThủ tướng Chính phủ yêu cầu các bộ, địa phương thực hiện ngay các việc sau:\n";

#[test]
fn units_named_one_by_one_over_items_give_the_first_and_end_before_their_measure() {
    // "2. Bộ Y tế, Bộ Xây dựng theo chức năng, nhiệm vụ, thẩm quyền chủ trì, phối hợp …:" over
    // "a) …": the names end before the measure of the work; the list gives its first unit.
    let body = "1. Bộ Tài chính chủ trì cấp kinh phí mua hóa chất xử lý nước.\n2. Bộ Y tế, Bộ Xây dựng theo chức năng, nhiệm vụ, thẩm quyền chủ trì, phối hợp với các địa phương:\na) Hướng dẫn người dân xử lý nước sinh hoạt sau lũ.\nb) Kiểm tra chất lượng nước tại các nhà máy nước.\n";
    let text = format!("{TELEGRAM}{body}");
    for title in ["Hướng dẫn người dân xử lý nước", "Kiểm tra chất lượng nước"] {
        let t = task(&text, title);
        assert_eq!(t.1.as_deref(), Some("Bộ Y tế"), "{t:?}");
    }
    // A unit whose name has a comma of its own stays whole.
    let body = "1. Bộ Tài chính chủ trì cấp kinh phí mua hóa chất xử lý nước.\n2. Ủy ban nhân dân các tỉnh, thành phố theo chức năng, nhiệm vụ chủ trì, phối hợp với các đơn vị:\na) Tổ chức phun khử khuẩn các khu dân cư.\n";
    let text = format!("{TELEGRAM}{body}");
    let t = task(&text, "Tổ chức phun khử khuẩn");
    assert_eq!(t.1.as_deref(), Some("Ủy ban nhân dân các tỉnh, thành phố"), "{t:?}");
}

const RESOLUTION: &str = "CHÍNH PHỦ\n\nSố: 12/NQ-CP\n\nHà Nội, ngày 7 tháng 9 năm 2025\n\nNGHỊ QUYẾT\nVề khắc phục hậu quả sạt lở\n\nI. QUAN ĐIỂM\n\nỔn định đời sống người dân.\n\nII. NHIỆM VỤ, GIẢI PHÁP\n\n";

#[test]
fn an_items_one_line_naming_its_unit_before_a_colon_heads_the_items_below() {
    // "1.2. <topic>" then "Ủy ban nhân dân các tỉnh:" then "a) …": the line names the unit
    // of the items; "Bộ Tài chính chỉ đạo Ngân hàng Chính sách xã hội:" gives the unit that
    // directs.
    let body = "1. Về nhà ở\n\n1.1. Hỗ trợ di dời\n\nỦy ban nhân dân các tỉnh:\n\na) Rà soát các hộ dân sống ven sông, suối.\n\nb) Bố trí đất tái định cư cho các hộ phải di dời.\n\n1.2. Hỗ trợ vốn vay\n\nBộ Tài chính chỉ đạo Ngân hàng Chính sách xã hội:\n\na) Giải ngân vốn vay làm nhà cho hộ bị sập nhà.\n";
    let text = format!("{RESOLUTION}{body}");
    for title in ["Rà soát các hộ dân sống ven sông", "Bố trí đất tái định cư"] {
        let t = task(&text, title);
        assert_eq!(t.1.as_deref(), Some("Ủy ban nhân dân các tỉnh"), "{t:?}");
    }
    let t = task(&text, "Giải ngân vốn vay");
    assert_eq!(t.1.as_deref(), Some("Bộ Tài chính"), "{t:?}");
}

const DIRECTIVE: &str = "ỦY BAN NHÂN DÂN\nTỈNH HẢI NAM\n\nSố: 03/CT-UBND\n\nHải Nam, ngày 2 tháng 6 năm 2025\n\nCHỈ THỊ\nVề thẩm định dự án đầu tư\n\nI. Mục đích\n\nRút ngắn thời gian thẩm định.\n\nII. Trách nhiệm phối hợp\n\n";

#[test]
fn a_body_named_by_its_role_in_the_work_is_the_unit() {
    // "Cơ quan chủ trì thẩm định dự án" over "a) …" is that body, whole; "Cơ quan phối hợp có
    // trách nhiệm …" names the body by its role, not "Cơ quan" alone.
    let body = "1. Cơ quan chủ trì thẩm định dự án\n\na) Lập báo cáo thẩm định trình Ủy ban nhân dân tỉnh.\n\nb) Tổ chức khảo sát thực địa khi cần thiết.\n\n2. Cơ quan phối hợp có trách nhiệm gửi ý kiến bằng văn bản đúng thời hạn.\n";
    let text = format!("{DIRECTIVE}{body}");
    for title in ["Lập báo cáo thẩm định", "Tổ chức khảo sát thực địa"] {
        let t = task(&text, title);
        assert_eq!(t.1.as_deref(), Some("Cơ quan chủ trì thẩm định dự án"), "{t:?}");
    }
    let t = task(&text, "gửi ý kiến bằng văn bản");
    assert_eq!(t.1.as_deref(), Some("Cơ quan phối hợp"), "{t:?}");
    // "Các cơ quan được giao chủ trì …": the participle is the predicate (unseen27's rule).
    let body = "1. Các cơ quan được giao chủ trì có trách nhiệm báo cáo kết quả thẩm định.\n";
    let text = format!("{DIRECTIVE}{body}");
    let t = task(&text, "báo cáo kết quả thẩm định");
    assert_eq!(t.1.as_deref(), Some("Các cơ quan"), "{t:?}");
}

#[test]
fn a_heading_that_tells_its_purpose_first_gives_its_units_to_the_items() {
    // "2. Để …, tăng cường …, các sở, ngành và UBND cấp xã … thực hiện các nội dung sau:" over
    // "a) …": the units after the purpose lead the items.
    let body = "1. Cơ quan chủ trì thẩm định dự án\n\na) Lập báo cáo thẩm định trình Ủy ban nhân dân tỉnh.\n\n2. Để nâng cao chất lượng thẩm định, rút ngắn thời gian giải quyết hồ sơ, các sở, ngành, UBND cấp xã và các đơn vị liên quan theo chức năng, nhiệm vụ thực hiện các nội dung sau:\n\na) Công khai danh mục dự án kêu gọi đầu tư.\n\nb) Trả lời nhà đầu tư đúng thời hạn.\n";
    let text = format!("{DIRECTIVE}{body}");
    for title in ["Công khai danh mục dự án", "Trả lời nhà đầu tư"] {
        let t = task(&text, title);
        assert_eq!(t.1.as_deref(), Some("các sở, ngành"), "{t:?}");
    }
}

#[test]
fn an_emergency_the_work_prepares_for_is_no_recurrence() {
    // "… sẵn sàng xuất cấp trong tình huống đột xuất, cấp bách": no `adhoc`; "báo cáo đột
    // xuất khi có yêu cầu" stays `adhoc`.
    let body = "1. Bộ Tài chính chủ trì:\na) Rà soát hàng dự trữ bảo đảm xuất cấp ngay trong tình huống đột xuất, cấp bách.\nb) Báo cáo đột xuất khi có yêu cầu của Thủ tướng Chính phủ.\n";
    let text = format!("{TELEGRAM}{body}");
    let t = task(&text, "Rà soát hàng dự trữ");
    assert_eq!(t.3, None, "{t:?}");
    let t = task(&text, "Báo cáo đột xuất");
    assert_eq!(t.3.as_deref(), Some("adhoc"), "{t:?}");
}

#[test]
fn a_headings_sentence_that_goes_on_to_its_colon_on_a_line_of_its_own_lists_its_units_work() {
    // "3. Ủy ban nhân dân các phường chủ động bố trí kinh phí …;" / "đồng thời huy động …, tập
    // trung một số nhiệm vụ sau:" over dashes: the dashes are the unit's tasks.
    let body = "1. Sở Tài chính bố trí kinh phí thực hiện Kế hoạch.\n\n2. Ủy ban nhân dân các phường chủ động bố trí kinh phí từ ngân sách địa phương;\nđồng thời huy động các nguồn vốn hợp pháp khác, tập trung một số nhiệm vụ sau:\n\n- Tổ chức lớp bồi dưỡng cho hộ kinh doanh;\n\n- Xây dựng kế hoạch du lịch của phường.\n";
    let text = format!("{PLAN}{body}");
    for title in ["Tổ chức lớp bồi dưỡng", "Xây dựng kế hoạch du lịch"] {
        let t = task(&text, title);
        assert_eq!(t.1.as_deref(), Some("Ủy ban nhân dân các phường"), "{t:?}");
    }
}

#[test]
fn the_year_of_a_budget_is_no_yearly_work() {
    // "… bố trí kinh phí trong dự toán ngân sách nhà nước hằng năm …": the budget's year;
    // "Hằng năm báo cáo kết quả …" stays `yearly`.
    let body = "1. Sở Tài chính tham mưu bố trí kinh phí chi thường xuyên trong dự toán ngân sách nhà nước hằng năm để thực hiện Kế hoạch.\n\n2. Các sở, ngành chủ động bố trí kinh phí trong phạm vi dự toán được giao hàng năm để thực hiện nhiệm vụ.\n\n3. Sở Văn hóa và Thể thao tổng hợp, hằng năm báo cáo kết quả thực hiện Kế hoạch.\n";
    let text = format!("{PLAN}{body}");
    for title in ["tham mưu bố trí kinh phí", "chủ động bố trí kinh phí"] {
        let t = task(&text, title);
        assert_eq!((t.2.as_deref(), t.3.as_deref()), (None, None), "{t:?}");
    }
    let t = task(&text, "báo cáo kết quả thực hiện");
    assert_eq!(t.3.as_deref(), Some("yearly"), "{t:?}");
}

#[test]
fn an_order_word_over_a_long_list_of_units_heads_the_items_below() {
    // "3. Đề nghị Liên đoàn Lao động tỉnh, Hội Cựu chiến binh tỉnh, Hội Nông dân tỉnh, Hiệp hội
    // Du lịch tỉnh" over dashes: too long for one name, the list's first unit leads them.
    let body = "1. Sở Văn hóa và Thể thao\n\n- Xây dựng bộ tiêu chí điểm du lịch nông thôn.\n\n2. Đề nghị Liên đoàn Lao động tỉnh, Hội Cựu chiến binh tỉnh, Hội Nông dân tỉnh, Hiệp hội Du lịch tỉnh, Hội Liên hiệp Phụ nữ tỉnh\n\n- Vận động hội viên tham gia làm du lịch cộng đồng.\n\n- Giới thiệu sản phẩm của hội viên tại các hội chợ.\n";
    let text = format!("{PLAN}{body}");
    for title in ["Vận động hội viên", "Giới thiệu sản phẩm của hội viên"] {
        let t = task(&text, title);
        assert_eq!(t.1.as_deref(), Some("Liên đoàn Lao động tỉnh"), "{t:?}");
    }
}

#[test]
fn a_line_cut_after_a_two_word_head_goes_on_with_the_name() {
    // "… phối hợp với Đài Truyền hình, Tập đoàn\nBưu chính Viễn thông …", "… chỉ đạo của Thủ
    // tướng\nChính phủ, …": one sentence each, one task each.
    let body = "1. Bộ Xây dựng:\na) Chủ trì rà soát danh mục công trình; phối hợp với Đài Truyền hình Việt Nam, Tập đoàn\nBưu chính Viễn thông Việt Nam chuẩn bị điểm cầu trực tuyến.\nb) Khẩn trương thực hiện ý kiến chỉ đạo của Thủ tướng\nChính phủ về khen thưởng các tập thể, cá nhân.\n";
    let text = format!("{TELEGRAM}{body}");
    let all = tasks(&text);
    assert_eq!(all.len(), 2, "{all:?}");
    assert!(all.iter().all(|t| t.1.as_deref() == Some("Bộ Xây dựng")), "{all:?}");
    // A short line (a heading of three words) keeps its break.
    assert!(!vntext::repair_ocr("Gửi Tập đoàn\nĐiện lực Việt Nam").contains("đoàn Điện"));
}

#[test]
fn the_date_a_document_must_be_issued_by_is_the_tasks_due_date() {
    // "- Thời hạn ban hành: trước ngày 30 tháng 6 năm 2026" in the field form.
    let body = "1. Xây dựng Thông tư hướng dẫn du lịch nông thôn\n\n- Cơ quan chủ trì: Sở Văn hóa và Thể thao.\n\n- Thời hạn ban hành: trước ngày 30 tháng 6 năm 2026.\n";
    let text = format!("{PLAN}{body}");
    let t = task(&text, "Xây dựng Thông tư");
    assert_eq!(
        (t.1.as_deref(), t.2.as_deref()),
        (Some("Sở Văn hóa và Thể thao"), Some("2026-06-30")),
        "{t:?}"
    );
}

#[test]
fn a_reporting_regime_that_names_its_periods_in_turn_is_read_by_the_first() {
    // "Định kỳ hàng tháng (trước ngày 10 hàng tháng), 6 tháng (trước ngày 10/6), năm (trước
    // ngày 10/12 hàng năm) hoặc đột xuất báo cáo …": monthly.
    let body = "1. Sở Văn hóa và Thể thao tổng hợp kết quả thực hiện, định kỳ hàng tháng (trước ngày 10 hàng tháng), 6 tháng (trước ngày 10/6), năm (trước ngày 10/12 hàng năm) hoặc đột xuất báo cáo Ủy ban nhân dân tỉnh.\n";
    let text = format!("{PLAN}{body}");
    let t = task(&text, "tổng hợp kết quả thực hiện");
    assert_eq!(t.3.as_deref(), Some("monthly"), "{t:?}");
}

#[test]
fn the_period_of_a_document_the_work_drafts_is_no_time_of_the_work() {
    // "… xây dựng kế hoạch phát triển du lịch của xã, phường giai đoạn 2026 - 2030": no due
    // date; "Thời gian thực hiện: giai đoạn 2026 - 2030" stays a time of the work.
    let body = "1. Ủy ban nhân dân các xã, phường\n\n- Nghiên cứu xây dựng kế hoạch phát triển du lịch của xã, phường giai đoạn 2026 - 2030.\n\n2. Sở Tài chính bố trí kinh phí thực hiện, thời gian thực hiện: giai đoạn 2026 - 2030.\n";
    let text = format!("{PLAN}{body}");
    let t = task(&text, "Nghiên cứu xây dựng kế hoạch");
    assert_eq!(t.2, None, "{t:?}");
    let t = task(&text, "bố trí kinh phí");
    assert_eq!(t.2.as_deref(), Some("2030-12-31"), "{t:?}");
}

#[test]
fn the_fronts_central_committee_keeps_its_whole_name() {
    // "Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam": "Mặt" is no place after "Trung ương".
    let body = "1. Đề nghị Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam chủ động vận động ủng hộ người dân vùng lũ.\n";
    let text = format!("{RESOLUTION}{body}");
    let t = task(&text, "vận động ủng hộ");
    assert_eq!(
        t.1.as_deref(),
        Some("Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam"),
        "{t:?}"
    );
}

#[test]
fn plus_fields_under_a_dash_item_are_that_items() {
    // "2. Xây dựng văn bản" / "- Quyết định ban hành quy chế …" / "+ Nội dung: …" / "+ Cơ quan
    // chủ trì: …" / "+ Thời hạn ban hành: …": each dash is a task with its own fields.
    let body = "2. Xây dựng văn bản hướng dẫn\n\n- Quyết định ban hành quy chế quản lý điểm du lịch\n\n+ Nội dung: quy định tiêu chí, trách nhiệm quản lý.\n\n+ Cơ quan chủ trì: Sở Văn hóa và Thể thao.\n\n+ Thời hạn ban hành: trước ngày 31 tháng 3 năm 2026.\n\n- Quyết định ban hành giá dịch vụ tham quan\n\n+ Nội dung: quy định giá vé.\n\n+ Cơ quan chủ trì: Sở Tài chính.\n\n+ Thời hạn ban hành: trước ngày 30 tháng 6 năm 2026.\n";
    let text = format!("{PLAN}{body}");
    let t = task(&text, "ban hành quy chế quản lý");
    assert_eq!(
        (t.1.as_deref(), t.2.as_deref()),
        (Some("Sở Văn hóa và Thể thao"), Some("2026-03-31")),
        "{t:?}"
    );
    let t = task(&text, "ban hành giá dịch vụ");
    assert_eq!(
        (t.1.as_deref(), t.2.as_deref()),
        (Some("Sở Tài chính"), Some("2026-06-30")),
        "{t:?}"
    );
}

#[test]
fn an_office_that_directs_its_bodys_work_leads_without_the_verb() {
    // "2. Bộ trưởng Bộ Y tế chỉ đạo chủ trì, phối hợp …": the lead is "Bộ trưởng Bộ Y tế".
    let body = "1. Bộ Tài chính chủ trì cấp kinh phí mua hóa chất xử lý nước.\n2. Bộ trưởng Bộ Y tế chỉ đạo chủ trì, phối hợp với các địa phương khẩn trương kiểm tra chất lượng nước sinh hoạt, hoàn thành trước ngày 20 tháng 10 năm 2025.\n";
    let text = format!("{TELEGRAM}{body}");
    let t = task(&text, "kiểm tra chất lượng nước");
    assert_eq!(t.1.as_deref(), Some("Bộ trưởng Bộ Y tế"), "{t:?}");
}
