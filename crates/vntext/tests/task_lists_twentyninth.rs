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
