//! Twenty-eighth round (task lists): the rules for the classes the unseen28 set showed — a
//! heading that gives its unit the duty of the items ("… có trách nhiệm"), the places a unit
//! is of listed after its colon, lines cut inside an item's list of units, a cited document
//! or a unit's name, a report's date inside the item that asks for it, a ground told first
//! ("Trên cơ sở …,"), an item's own work under a unit's heading, a preamble told of the time
//! past, a report asked only if trouble comes — each tested on text written anew (not copied
//! from the set).
// Tests fail loudly where they fail: panic is their assertion.
#![allow(clippy::panic)]

mod reading;
use reading::{has_task, task, tasks};

const DIRECTIVE: &str = "ỦY BAN NHÂN DÂN\nTỈNH SÔNG LAM\n\nSố: 05/CT-UBND\n\nSông Lam, ngày 9 tháng 4 năm 2025\n\nCHỈ THỊ\nVề tăng cường quản lý bến đò ngang\n\nChủ tịch Ủy ban nhân dân tỉnh yêu cầu các cơ quan, đơn vị thực hiện các nhiệm vụ sau:\n\n";

#[test]
fn a_heading_that_gives_its_unit_a_duty_heads_the_items_below() {
    // "3. Các hợp tác xã vận tải trên địa bàn tỉnh có trách nhiệm" over "a) …": the duty is no
    // part of the name, the heading no task; its items are the unit's.
    let body = "1. Sở Xây dựng\n\na) Kiểm tra điều kiện an toàn của các bến đò.\n\n2. Các hợp tác xã vận tải trên địa bàn tỉnh có trách nhiệm\n\na) Trang bị đủ áo phao cho người đi đò.\n\nb) Không chở quá số người cho phép.\n";
    let text = format!("{DIRECTIVE}{body}");
    for title in ["Trang bị đủ áo phao", "Không chở quá số người"] {
        let t = task(&text, title);
        assert_eq!(
            t.1.as_deref(),
            Some("Các hợp tác xã vận tải trên địa bàn tỉnh"),
            "{t:?}"
        );
    }
    assert!(!has_task(&text, "có trách nhiệm"), "{:?}", tasks(&text));
    // A heading that says at length whom the duty binds (their kinds and what they do, with
    // commas and a verb) is that unit whole.
    let body = "1. Sở Xây dựng\n\na) Kiểm tra điều kiện an toàn của các bến đò.\n\n2. Các chủ bến, cá nhân và hộ gia đình chở khách qua sông trên địa bàn có trách nhiệm\n\na) Đăng ký hoạt động bến đò với Ủy ban nhân dân xã.\n";
    let text = format!("{DIRECTIVE}{body}");
    let t = task(&text, "Đăng ký hoạt động bến đò");
    assert_eq!(
        t.1.as_deref(),
        Some("Các chủ bến, cá nhân và hộ gia đình chở khách qua sông trên địa bàn"),
        "{t:?}"
    );
}

const TELEGRAM: &str = "THỦ TƯỚNG CHÍNH PHỦ\n\nSố: 31/CĐ-TTg\n\nHà Nội, ngày 2 tháng 8 năm 2025\n\nCÔNG ĐIỆN\nVề ứng phó sạt lở đất\n\nThủ tướng Chính phủ yêu cầu các bộ, địa phương thực hiện ngay các việc sau:\n";

#[test]
fn the_places_a_unit_is_of_do_not_cut_its_sentence() {
    // "Chủ tịch UBND các tỉnh: Sơn La, Lai Châu,\nĐiện Biên chủ động …": the names after the
    // colon, their line cut after a comma, then the verb; one task of the unit.
    let body = "1. Bộ Nông nghiệp và Môi trường chỉ đạo theo dõi sát diễn biến mưa lũ.\n2. Chủ tịch Ủy ban nhân dân các tỉnh: Sơn La, Lai Châu, Hà Giang,\nĐiện Biên chủ động sơ tán người dân khỏi vùng có nguy cơ sạt lở.\n";
    let text = format!("{TELEGRAM}{body}");
    let t = task(&text, "chủ động sơ tán người dân");
    assert_eq!(t.1.as_deref(), Some("Chủ tịch Ủy ban nhân dân các tỉnh"), "{t:?}");
    assert!(
        !tasks(&text).iter().any(|t| t.0 == "Chủ tịch Ủy ban nhân dân các tỉnh"),
        "{:?}",
        tasks(&text)
    );
    // A list that ends on "và" and its last name orders nothing after it: its sentence ends.
    assert!(
        !vntext::repair_ocr("Gửi Chủ tịch các tỉnh: Sơn La, Lai Châu,\nĐiện Biên và Hà Giang.").contains("Châu, Điện")
    );
}

#[test]
fn lines_cut_inside_a_sentence_go_on() {
    // An item cannot end on a comma: its list of units goes on on the next line.
    assert_eq!(
        vntext::repair_ocr("1. Các đồng chí Giám đốc Sở,\nThủ trưởng các ban, ngành tỉnh thực hiện:"),
        "1. Các đồng chí Giám đốc Sở, Thủ trưởng các ban, ngành tỉnh thực hiện:"
    );
    // A long line cut before the document it cites.
    assert_eq!(
        vntext::repair_ocr(
            "- Khẩn trương tổng hợp, báo cáo kết quả sơ kết hai năm triển khai thực hiện\nQuyết định số 12/QĐ-UBND của Ủy ban nhân dân tỉnh."
        ),
        "- Khẩn trương tổng hợp, báo cáo kết quả sơ kết hai năm triển khai thực hiện Quyết định số 12/QĐ-UBND của Ủy ban nhân dân tỉnh."
    );
    // A unit's head word ending a line, its name on the next.
    assert_eq!(
        vntext::repair_ocr("Để chuẩn bị cho mùa mưa bão năm nay, giao Sở\nXây dựng rà soát các công trình."),
        "Để chuẩn bị cho mùa mưa bão năm nay, giao Sở Xây dựng rà soát các công trình."
    );
    // A long line cut before a name that goes on in lowercase.
    assert_eq!(
        vntext::repair_ocr(
            "(1) Giao Sở Tài chính làm đầu mối tổng hợp, chịu trách nhiệm điều phối chung\nChương trình, báo cáo Ủy ban nhân dân tỉnh."
        ),
        "(1) Giao Sở Tài chính làm đầu mối tổng hợp, chịu trách nhiệm điều phối chung Chương trình, báo cáo Ủy ban nhân dân tỉnh."
    );
    // A short heading keeps its line.
    assert_eq!(
        vntext::repair_ocr("1. Sở Tư pháp\nKế hoạch này …"),
        "1. Sở Tư pháp\nKế hoạch này …"
    );
}

const NOTICE: &str = "VĂN PHÒNG ỦY BAN NHÂN DÂN\nTỈNH HẠ LONG\n\nSố: 40/TB-VP\n\nHạ Long, ngày 3 tháng 11 năm 2025\n\nTHÔNG BÁO\nKết luận của Chủ tịch Ủy ban nhân dân tỉnh\n\nChủ tịch Ủy ban nhân dân tỉnh kết luận như sau:\n";

#[test]
fn a_reports_date_inside_its_item_dates_that_item_only() {
    // "Các báo cáo trên gửi Sở Tư pháp trước ngày …" inside the last dash: the dashes before
    // it keep no date; the dash that asks for the reports takes it over a year it mentions.
    let body = "1. Giám đốc các sở thực hiện một số nội dung sau:\n- Rà soát các quy định còn chồng chéo.\n- Đẩy mạnh truyền thông chính sách.\n- Hoàn thiện các báo cáo: (i) Báo cáo tình hình năm 2025 và dự kiến năm 2026; (ii) Báo cáo vướng mắc. Các báo cáo trên gửi Sở Tư pháp trước ngày 20 tháng 11 năm 2025.\n";
    let text = format!("{NOTICE}{body}");
    for title in [
        "Rà soát các quy định còn chồng chéo",
        "Đẩy mạnh truyền thông chính sách",
    ] {
        let t = task(&text, title);
        assert_eq!(t.2, None, "{t:?}");
    }
    let t = task(&text, "Hoàn thiện các báo cáo");
    assert_eq!(t.2.as_deref(), Some("2025-11-20"), "{t:?}");
}

#[test]
fn a_ground_told_first_leaves_the_subject_after_its_comma() {
    let body =
        "2. Trên cơ sở đề xuất của các sở, ngành liên quan, Sở Tài chính khẩn trương bố trí kinh phí thực hiện.\n";
    let text = format!("{NOTICE}{body}");
    let t = task(&text, "bố trí kinh phí");
    assert_eq!(t.1.as_deref(), Some("Sở Tài chính"), "{t:?}");
}

#[test]
fn an_item_opening_with_its_work_is_its_headings_unit() {
    // Under "2. Sở Y tế", "a) Thường xuyên kiểm tra …; nếu …, yêu cầu các cơ sở …": the units
    // the item orders are the object of the heading unit's work.
    let body = "1. Sở Xây dựng\n\na) Lập danh mục bến đò cần cải tạo.\n\n2. Sở Y tế\n\na) Thường xuyên kiểm tra vệ sinh tại các bến; nếu không đạt, yêu cầu các cơ sở khắc phục ngay.\n\nb) Giao Trung tâm Kiểm soát bệnh tật tỉnh phun khử khuẩn định kỳ.\n";
    let text = format!("{DIRECTIVE}{body}");
    let t = task(&text, "Thường xuyên kiểm tra vệ sinh");
    assert_eq!(t.1.as_deref(), Some("Sở Y tế"), "{t:?}");
    // An item that orders in its first word names its own unit.
    let t = task(&text, "phun khử khuẩn");
    assert_eq!(t.1.as_deref(), Some("Trung tâm Kiểm soát bệnh tật tỉnh"), "{t:?}");
}

#[test]
fn a_preamble_of_the_time_past_and_a_report_on_trouble_are_no_tasks() {
    let body = "Thời gian qua, công tác quản lý bến đò được các cấp quan tâm chỉ đạo thực hiện, xác định đây là nhiệm vụ thường xuyên.\n\n1. Sở Xây dựng\n\n- Kiểm tra điều kiện an toàn của các bến đò.\n\n- Kịp thời báo cáo Ủy ban nhân dân tỉnh khi gặp khó khăn, vướng mắc.\n";
    let text = format!("{DIRECTIVE}{body}");
    assert!(!has_task(&text, "Thời gian qua"), "{:?}", tasks(&text));
    assert!(!has_task(&text, "khi gặp khó khăn"), "{:?}", tasks(&text));
    let t = task(&text, "Kiểm tra điều kiện an toàn");
    assert_eq!(t.1.as_deref(), Some("Sở Xây dựng"), "{t:?}");
    // A past told with an order in it is still work.
    let body = "Thời gian qua, Ủy ban nhân dân tỉnh giao Sở Xây dựng rà soát các bến đò.\n";
    let text = format!("{DIRECTIVE}{body}");
    assert!(has_task(&text, "rà soát các bến đò"), "{:?}", tasks(&text));
}

#[test]
fn a_list_of_units_ends_at_the_verb_renew() {
    // "Yêu cầu các sở, ngành đổi mới phương thức …": "đổi mới" ends the list as a verb does;
    // "đổi mới sáng tạo" in a body's name does not.
    let body = "2. Yêu cầu các sở, ngành đổi mới phương thức phối hợp trong thẩm định hồ sơ.\n3. Giao Trung tâm Hỗ trợ khởi nghiệp đổi mới sáng tạo tỉnh tổ chức ngày hội khởi nghiệp.\n";
    let text = format!("{NOTICE}{body}");
    let t = task(&text, "phương thức phối hợp");
    assert_eq!(t.1.as_deref(), Some("các sở, ngành"), "{t:?}");
    let t = task(&text, "ngày hội khởi nghiệp");
    assert_eq!(
        t.1.as_deref(),
        Some("Trung tâm Hỗ trợ khởi nghiệp đổi mới sáng tạo tỉnh"),
        "{t:?}"
    );
}
