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
    assert!(
        !has_task(&text, "Chủ tịch Ủy ban nhân dân các xã, phường"),
        "{:?}",
        tasks(&text)
    );
    // A sentence with a semicolon and a verb stays a task of its own.
    let body = "1. Sở Tài chính bố trí kinh phí; Sở Nội vụ hướng dẫn thi đua.\n";
    let text = format!("{DIRECTIVE}{body}");
    let t = task(&text, "bố trí kinh phí");
    assert_eq!(t.1.as_deref(), Some("Sở Tài chính"), "{t:?}");
}

const PLAN: &str = "ỦY BAN NHÂN DÂN\nTỈNH TRƯỜNG SƠN\n\nSố: 88/KH-UBND\n\nTrường Sơn, ngày 12 tháng 5 năm 2025\n\nKẾ HOẠCH\nTHI HÀNH LUẬT ĐƯỜNG BỘ\n\n";

#[test]
fn a_group_row_with_its_mark_in_a_cell_of_its_own_stays_a_group() {
    // One cell a line; the group row "II" | "TUYÊN TRUYỀN" is two cells closed by "|" "|",
    // and a cell of dots marks rows the page lost: the rows after them keep their columns.
    let table = "PHỤ LỤC\n|\nTT\n|\nNội dung công việc\n|\nCơ quan chủ trì\n|\nCơ quan phối hợp\n|\nThời gian hoàn thành\n|\nKết quả\n|\n|\nI\n|\nHOÀN THIỆN THỂ CHẾ\n|\n|\n1\n|\nRà soát quy định về phí\nsử dụng đường bộ\n|\nSở Tài chính\n|\nSở Xây dựng\n|\nTrước ngày\n30/9/2025\n|\nBáo cáo\n|\n|\n……………\n|\n2\n|\nLập danh mục cầu yếu cần gia cố\n|\nSở Xây dựng\n|\nUBND các xã\n|\n2025\n|\nDanh mục\n|\n|\nII\n|\nTUYÊN TRUYỀN\n|\n|\n1\n|\nPhổ biến luật tới người dân\n|\nCông an tỉnh\n|\nCác cơ quan liên quan\n|\nThường xuyên\n|\n|\n";
    let text = format!("{PLAN}{table}");
    let t = task(&text, "Rà soát quy định về phí");
    assert_eq!(t.1.as_deref(), Some("Sở Tài chính"), "{t:?}");
    assert_eq!(t.2.as_deref(), Some("2025-09-30"), "{t:?}");
    let t = task(&text, "Lập danh mục cầu yếu");
    assert_eq!(t.1.as_deref(), Some("Sở Xây dựng"), "{t:?}");
    assert_eq!(t.2.as_deref(), Some("2025-12-31"), "{t:?}");
    let t = task(&text, "Phổ biến luật tới người dân");
    assert_eq!(t.1.as_deref(), Some("Công an tỉnh"), "{t:?}");
    assert_eq!(t.3.as_deref(), Some("ongoing"), "{t:?}");
    let all = tasks(&text);
    assert_eq!(all.len(), 3, "{all:?}");
}

#[test]
fn a_unit_directing_a_body_under_it_leads_the_points_it_lists() {
    // Under a Roman section, "1. Sở X / chỉ đạo Chi cục Y thực hiện các nội dung sau:" over
    // dashes: the dashes are the work the department answers for, dated or not.
    let body = "III. TỔ CHỨC\nTHỰC HIỆN\n\n1. Sở Nông nghiệp và Môi trường\nchỉ đạo Chi cục Kiểm lâm thực hiện các nội dung sau:\n\n- Kiểm tra các cơ sở gây nuôi động vật\nhoang dã trên địa bàn.\n\n- Tập huấn cho lực lượng bảo vệ rừng\ncủa các xã.\n\n- Tổng hợp kết quả, báo cáo UBND tỉnh trước ngày 30/11/2025.\n\n2. Sở Tài chính: Bố trí kinh phí thực hiện kế hoạch.\n";
    let text = format!("{PLAN}{body}");
    for title in [
        "Kiểm tra các cơ sở gây nuôi",
        "Tập huấn cho lực lượng bảo vệ rừng",
        "Tổng hợp kết quả",
    ] {
        let t = task(&text, title);
        assert_eq!(t.1.as_deref(), Some("Sở Nông nghiệp và Môi trường"), "{t:?}");
    }
    assert_eq!(task(&text, "Tổng hợp kết quả").2.as_deref(), Some("2025-11-30"));
    // A heading that only names a matter over its points gives them no unit.
    let body = "III. TỔ CHỨC THỰC HIỆN\n\n1. Về công tác tuyên truyền:\n\n- Đăng tin trên cổng thông tin điện tử.\n";
    let text = format!("{PLAN}{body}");
    assert!(tasks(&text).iter().all(|t| t.1.is_none()), "{:?}", tasks(&text));
}

#[test]
fn a_heading_of_two_long_units_joined_by_and_heads_its_points() {
    // "3. Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh / và các tổ chức chính trị - xã hội":
    // long as a whole, each unit a heading of its own; the first leads the dashes.
    let body = "III. TỔ CHỨC THỰC HIỆN\n\n1. Sở Y tế\n\n- Hướng dẫn các trạm y tế lập sổ theo dõi.\n\n2. Đề nghị Ủy ban Mặt trận Tổ\nquốc Việt Nam tỉnh và các Hội đoàn thể\n\n- Vận động hội viên tham gia khám sàng lọc.\n\n- Giám sát việc thực hiện chính sách tại cơ sở.\n";
    let text = format!("{PLAN}{body}");
    for title in ["Vận động hội viên tham gia khám", "Giám sát việc thực hiện chính sách"] {
        let t = task(&text, title);
        assert_eq!(t.1.as_deref(), Some("Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh"), "{t:?}");
    }
    assert!(!has_task(&text, "Đề nghị Ủy ban Mặt trận"), "{:?}", tasks(&text));
}

const NOTICE: &str = "VĂN PHÒNG CHÍNH PHỦ\n\nSố: 700/TB-VPCP\n\nHà Nội, ngày 2 tháng 12 năm 2025\n\nTHÔNG BÁO\nKết luận của Phó Thủ tướng tại buổi làm việc với tỉnh Hòa Sơn\n\n";

#[test]
fn a_notices_closing_formula_after_its_last_item_is_no_task() {
    // The answers to a province's requests under a Roman section, "Về …: X làm …", then the
    // notice's last words, on the item's lines or as a paragraph of their own.
    let body = "II. VỀ CÁC KIẾN NGHỊ CỦA TỈNH\n\n1. Về đề nghị hỗ trợ kinh phí sửa chữa đê: Bộ Tài chính\nnghiên cứu, tổng hợp trong dự toán năm 2026.\n\n2. Về đề nghị bổ sung trạm quan trắc: Bộ Nông nghiệp và Môi trường xem xét, trả lời tỉnh\ntrong tháng 12/2025.\nVăn phòng Chính phủ xin trân trọng thông báo./.\n";
    let text = format!("{NOTICE}{body}");
    let t = task(&text, "xem xét, trả lời tỉnh");
    assert_eq!(t.1.as_deref(), Some("Bộ Nông nghiệp và Môi trường"), "{t:?}");
    assert_eq!(t.2.as_deref(), Some("2025-12-31"), "{t:?}");
    assert!(!has_task(&text, "trân trọng thông báo"), "{:?}", tasks(&text));
    let body = "II. VỀ CÁC KIẾN NGHỊ CỦA TỈNH\n\n1. Về đề nghị hỗ trợ kinh phí sửa chữa đê: Bộ Tài chính\nnghiên cứu, tổng hợp trong dự toán năm 2026.\n\nVăn phòng Chính phủ thông báo để Ủy ban nhân dân tỉnh Hòa Sơn và các Bộ, cơ quan\nliên quan biết, thực hiện./.\n";
    let text = format!("{NOTICE}{body}");
    assert_eq!(tasks(&text).len(), 1, "{:?}", tasks(&text));
}

#[test]
fn the_periodic_report_in_a_plans_closing_is_the_addressed_units_task() {
    // After the last item: "Trên đây là Kế hoạch …. Đề nghị các cơ quan, đơn vị … Định kỳ
    // hằng năm … báo cáo …": the report is work of the units addressed; the rest is not, and
    // the closing is no more text of the last item (its date is not the last dash's).
    let body = "III. TỔ CHỨC THỰC HIỆN\n\n1. Sở Công Thương\n\n- Hướng dẫn các chợ lắp đặt camera an ninh.\n\n2. Ủy ban nhân dân cấp xã\n\n- Vận động tiểu thương niêm yết giá.\n\nTrên đây là Kế hoạch thi hành Luật Đường bộ trên địa bàn tỉnh. Đề nghị các sở, ngành,\nđịa phương nghiêm túc triển khai thực hiện. Hằng năm (trước ngày 15 tháng 12) báo cáo kết quả\nthực hiện về Sở Công Thương để tổng hợp. Trong quá trình thực hiện, nếu có khó khăn,\nvướng mắc, kịp thời phản ánh về Sở Công Thương./.\n";
    let text = format!("{PLAN}{body}");
    let t = task(&text, "báo cáo kết quả thực hiện về Sở Công Thương");
    assert_eq!(t.1.as_deref(), Some("các sở, ngành, địa phương"), "{t:?}");
    assert_eq!(t.3.as_deref(), Some("yearly"), "{t:?}");
    let t = task(&text, "Vận động tiểu thương niêm yết giá");
    assert_eq!(t.1.as_deref(), Some("Ủy ban nhân dân cấp xã"), "{t:?}");
    assert_eq!((t.2.as_deref(), t.3.as_deref()), (None, None), "{t:?}");
    assert_eq!(tasks(&text).len(), 3, "{:?}", tasks(&text));
}

#[test]
fn a_heading_that_describes_its_units_at_length_heads_its_dashes() {
    // "3. Các doanh nghiệp hoạt động / trong lĩnh vực …, … và … / trên địa bàn tỉnh" over
    // dashes: the units by their field, commas and all.
    let body = "III. TỔ CHỨC THỰC HIỆN\n\n1. Sở Xây dựng\n\n- Cập nhật bản đồ số tuyến đường tỉnh.\n\n2. Các doanh nghiệp hoạt động\ntrong lĩnh vực vận tải, kho bãi và logistics\ntrên địa bàn tỉnh\n\n- Lắp thiết bị giám sát hành trình cho xe.\n\n- Chia sẻ dữ liệu vận tải với Sở Xây dựng.\n";
    let text = format!("{PLAN}{body}");
    for title in ["Lắp thiết bị giám sát hành trình", "Chia sẻ dữ liệu vận tải"] {
        let t = task(&text, title);
        assert_eq!(
            t.1.as_deref(),
            Some("Các doanh nghiệp hoạt động trong lĩnh vực vận tải, kho bãi và logistics trên địa bàn tỉnh"),
            "{t:?}"
        );
    }
}

#[test]
fn an_order_after_an_opener_in_an_items_text_is_new_work() {
    // "2. Giao Công an tỉnh …. / Đồng thời, giao Công an tỉnh … thường xuyên rà soát …": the
    // second order is a task of its own, with its own schedule, not lost in the first.
    let body = "IV. TỔ CHỨC THỰC HIỆN\n\n1. Giao Sở Tài chính bố trí kinh phí thực hiện Kế hoạch.\n\n2. Giao Công an tỉnh chủ trì xây dựng kế hoạch kiểm tra hàng năm.\n\nĐồng thời, giao Công an tỉnh chủ\ntrì, phối hợp với Sở Y tế thường xuyên rà soát danh sách cơ sở cai nghiện.\n";
    let text = format!("{PLAN}{body}");
    let t = task(&text, "xây dựng kế hoạch kiểm tra hàng năm");
    assert_eq!(t.1.as_deref(), Some("Công an tỉnh"), "{t:?}");
    assert_eq!(t.3.as_deref(), Some("yearly"), "{t:?}");
    let t = task(&text, "rà soát danh sách cơ sở cai nghiện");
    assert_eq!(t.1.as_deref(), Some("Công an tỉnh"), "{t:?}");
    assert_eq!(t.3.as_deref(), Some("ongoing"), "{t:?}");
}
