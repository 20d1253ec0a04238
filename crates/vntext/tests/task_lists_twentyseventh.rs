//! Twenty-seventh round (task lists): the rules for the classes the unseen27 set of whole
//! documents showed — unit headings listed with a semicolon, task tables whose group rows
//! keep their mark in a cell of its own, a unit that directs a body under it to do the items
//! that follow, notices' closing formulas — each tested on text written anew (not copied from
//! the set).
// Tests fail loudly where they fail: panic is their assertion.
#![allow(clippy::panic)]

mod reading;
use reading::{has_task, task, tasks};

const DIRECTIVE: &str = "ỦY BAN NHÂN DÂN\nTỈNH BIÊN HÒA\n\nSố: 07/CT-UBND\n\nBiên Hòa, ngày 4 tháng 3 năm 2025\n\nCHỈ THỊ\nVề tăng cường quản lý chợ truyền thống\n\nChủ tịch Ủy ban nhân dân tỉnh yêu cầu các cơ quan, đơn vị thực hiện tốt các nhiệm vụ sau:\n\n";

#[test]
fn units_listed_with_a_semicolon_head_the_items_below() {
    // "1. Giám đốc các sở, ngành tỉnh; Chủ tịch UBND các xã" over "a) …": a heading of units
    // of two kinds joined by a semicolon; the first leads the items, the heading is no task.
    let body = "1. Giám đốc các sở, ngành tỉnh; Chủ tịch Ủy ban nhân dân các xã, phường\n\na) Kiểm tra việc niêm yết giá tại các chợ.\n\nb) Xử lý nghiêm các trường hợp lấn chiếm lòng đường.\n\n2. Sở Công Thương\n\na) Hướng dẫn các chợ chuyển đổi mô hình quản lý.\n";
    let text = format!("{DIRECTIVE}{body}");
    for title in ["Kiểm tra việc niêm yết giá", "Xử lý nghiêm các trường hợp lấn chiếm"] {
        let t = task(&text, title);
        assert_eq!(t.1.as_deref(), Some("Giám đốc các sở, ngành tỉnh"), "{t:?}");
    }
    let t = task(&text, "Hướng dẫn các chợ chuyển đổi");
    assert_eq!(t.1.as_deref(), Some("Sở Công Thương"), "{t:?}");
    assert!(!has_task(&text, "Chủ tịch Ủy ban nhân dân các xã, phường"), "{:?}", tasks(&text));
    // A sentence with a semicolon and a verb stays a task of its own.
    let body = "1. Sở Tài chính bố trí kinh phí; Sở Nội vụ hướng dẫn thi đua.\n";
    let text = format!("{DIRECTIVE}{body}");
    let t = task(&text, "bố trí kinh phí");
    assert_eq!(t.1.as_deref(), Some("Sở Tài chính"), "{t:?}");
}
