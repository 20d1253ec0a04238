//! Twenty-sixth round (task lists): the rules for the classes the unseen26 set of whole
//! documents showed — task tables written with pipes, unit headings whose name runs into the
//! work on the next line, items under a numbered unit heading — each tested on text written
//! anew (not copied from the set).
// Tests fail loudly where they fail: panic is their assertion.
#![allow(clippy::panic)]

mod reading;
use reading::{has_task, task, tasks};

const HEAD: &str = "ỦY BAN NHÂN DÂN\nTỈNH TÂY NGUYÊN\n\nSố: 45/KH-UBND\n\nTây Nguyên, ngày 10 tháng 3 năm 2025\n\nKẾ HOẠCH\nPHÁT TRIỂN THƯƠNG MẠI ĐIỆN TỬ\n\n";

#[test]
fn a_table_of_one_cell_a_line_is_read_as_its_rows() {
    // A Word table flattened to text: a "|" line closes a cell, a second one the row; a cell
    // may run over lines; a row of one merged cell is a group.
    let table = "PHỤ LỤC\n\n|\nSTT\n|\nNội dung công việc\n|\nĐơn vị chủ trì\n|\nĐơn vị phối hợp\n|\nThời hạn\n|\n|\nI.\nHẠ TẦNG\n|\n|\n1\n|\nRà soát hạ tầng thanh toán\nkhông dùng tiền mặt tại các chợ\n|\nSở Công Thương\n|\nUBND các xã\n|\nQuý II/2025\n|\n|\n2\n|\nTập huấn kỹ năng bán hàng trực tuyến\n|\nHội Liên hiệp Phụ nữ tỉnh\n|\n|\nHằng năm\n|\n|\n";
    let text = format!("{HEAD}{table}");
    let t = task(&text, "Rà soát hạ tầng thanh toán không dùng tiền mặt");
    assert_eq!(t.1.as_deref(), Some("Sở Công Thương"), "{t:?}");
    assert_eq!(t.2.as_deref(), Some("2025-06-30"), "{t:?}");
    // An empty cell inside a row (no helper) keeps the columns in place.
    let t = task(&text, "Tập huấn kỹ năng bán hàng trực tuyến");
    assert_eq!(t.1.as_deref(), Some("Hội Liên hiệp Phụ nữ tỉnh"), "{t:?}");
    assert_eq!(t.3.as_deref(), Some("yearly"), "{t:?}");
    assert!(!has_task(&text, "Hằng năm"), "{:?}", tasks(&text));
}

#[test]
fn a_table_of_one_row_a_line_is_read_as_its_rows() {
    let table = "| STT | Nhiệm vụ | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian hoàn thành |\n|---|---|---|---|---|\n| 1 | Xây dựng sàn giao dịch nông sản của tỉnh | Sở Nông nghiệp và Môi trường | Sở Công Thương | Tháng 9/2025 |\n| 2 | Đào tạo cán bộ quản lý chợ về thanh toán số | Sở Công Thương | UBND các xã, phường | Thường xuyên |\n";
    let text = format!("{HEAD}{table}");
    let t = task(&text, "Xây dựng sàn giao dịch nông sản");
    assert_eq!(t.1.as_deref(), Some("Sở Nông nghiệp và Môi trường"), "{t:?}");
    assert_eq!(t.2.as_deref(), Some("2025-09-30"), "{t:?}");
    let t = task(&text, "Đào tạo cán bộ quản lý chợ");
    assert_eq!(t.1.as_deref(), Some("Sở Công Thương"), "{t:?}");
    assert_eq!(t.3.as_deref(), Some("ongoing"), "{t:?}");
}

#[test]
fn pipes_that_are_no_task_table_stay_text() {
    // A header laid out with pipes, a table of figures: no task comes of them.
    let text = "ỦY BAN NHÂN DÂN\nTỈNH HÒA BÌNH\n\nSố: 12/TB-UBND\n\nHòa Bình, ngày 5 tháng 5 năm 2025\n\nTHÔNG BÁO\nKết quả thu ngân sách quý I\n\n| STT | Khoản thu | Số tiền |\n|---|---|---|\n| 1 | Thuế | 1.200 |\n\nGiao Sở Tài chính tổng hợp số liệu, báo cáo UBND tỉnh trước ngày 20/5/2025.\n";
    let all = tasks(text);
    assert!(!all.iter().any(|t| t.0.contains("Thuế")), "{all:?}");
    let t = task(text, "tổng hợp số liệu");
    assert_eq!(t.2.as_deref(), Some("2025-05-20"), "{t:?}");
}

const LETTER: &str = "ỦY BAN NHÂN DÂN\nTỈNH SÔNG HỒNG\n\nSố: 1234/UBND-VX\nV/v phòng, chống dịch sốt xuất huyết\ntrên địa bàn tỉnh\n\nSông Hồng, ngày 3 tháng 6 năm 2025\n\nKính gửi:\n\n- Công an tỉnh;\n- Sở Y tế.\n\nChủ tịch Ủy ban nhân dân tỉnh có ý kiến chỉ đạo như sau:\n";

#[test]
fn a_heading_unit_ends_where_the_work_of_the_next_line_opens() {
    // "1.2. Giao Công an Thành\nphố\nChỉ đạo …": the heading's unit, wrapped, runs into the
    // work written on the next line with a capital.
    let body = "1. Về việc phòng, chống\ndịch tại cộng đồng\n1.1. Giao Sở Y tế\nKhẩn trương cấp hóa chất cho các xã. Thời gian hoàn thành trước ngày 10 tháng 6\nnăm 2025.\n1.2. Giao Công an Thành\nphố\nChỉ đạo Công an các\nxã, phường phối hợp với trạm y tế vận động người dân diệt lăng quăng.\n1.3. Giao Sở Công Thương\nTheo dõi, đôn đốc Ủy ban\nnhân dân các xã, phường hướng dẫn các chợ tổng vệ sinh.\n2. Về công tác truyền thông\n- Giao Sở Văn hóa, Thể thao và Du lịch chủ trì tuyên truyền trên báo, đài.\n";
    let text = format!("{LETTER}{body}");
    let t = task(&text, "cấp hóa chất cho các xã");
    assert_eq!(t.1.as_deref(), Some("Sở Y tế"), "{t:?}");
    assert_eq!(t.2.as_deref(), Some("2025-06-10"), "{t:?}");
    let t = task(&text, "diệt lăng quăng");
    assert_eq!(t.1.as_deref(), Some("Công an Thành phố"), "{t:?}");
    let t = task(&text, "các chợ tổng vệ sinh");
    assert_eq!(t.1.as_deref(), Some("Sở Công Thương"), "{t:?}");
    // A body whose name holds "Chỉ đạo" after its head keeps it.
    let text = text.replace("Giao Sở Công Thương\n", "Giao Ban Chỉ đạo phòng, chống dịch\ntỉnh\n");
    let t = task(&text, "các chợ tổng vệ sinh");
    assert_eq!(t.1.as_deref(), Some("Ban Chỉ đạo phòng, chống dịch tỉnh"), "{t:?}");
}

#[test]
fn a_dash_before_a_verb_of_work_opens_a_bullet() {
    // A page cut at its width, its blocks set apart by blank lines: a dash line after a line
    // cut mid-name is the name's hyphen ("Tập đoàn Công nghiệp\n- Viễn thông Quân đội"), but
    // "- Chỉ đạo …", "- Khẩn trương …" under a unit heading are its bullets.
    let text = "BỘ NÔNG NGHIỆP VÀ MÔI TRƯỜNG\n\nSố: 77/CĐ-BNNMT\n\nHà Nội, ngày 2 tháng 10 năm 2025\n\nCÔNG ĐIỆN\n\nBộ Nông nghiệp và Môi trường yêu cầu các cơ quan,\nđơn vị:\n1. Theo dõi chặt chẽ diễn biến của bão, chủ động triển\nkhai các biện pháp ứng phó phù hợp với tình hình thực\ntế tại địa phương.\n2. Cục Thủy lợi\n- Chỉ đạo các công ty khai thác công trình thủy lợi\nvận hành hồ chứa bảo đảm an toàn, hạ mực nước các hồ\nxung yếu trước khi bão đổ bộ.\n- Khẩn trương kiểm tra các tuyến đê xung yếu và\nphương án hộ đê tại chỗ.\n3. Cục Quản lý đê điều và Phòng, chống thiên tai trực\nban 24/24 giờ, tổng hợp thiệt hại báo cáo Lãnh đạo Bộ.\n4. Ban Quản lý dự án đầu tư xây dựng\n- Khẩn trương rà soát các công trình đang thi công trong vùng\nảnh hưởng của bão, gia cố lán trại.\n";
    let t = task(text, "vận hành hồ chứa");
    assert_eq!(t.1.as_deref(), Some("Cục Thủy lợi"), "{t:?}");
    let t = task(text, "kiểm tra các tuyến đê xung yếu");
    assert_eq!(t.1.as_deref(), Some("Cục Thủy lợi"), "{t:?}");
    // Building as the field a body is named for ends no name: the heading is the unit's.
    let t = task(text, "gia cố lán trại");
    assert_eq!(t.1.as_deref(), Some("Ban Quản lý dự án đầu tư xây dựng"), "{t:?}");
}

#[test]
fn a_body_that_directs_its_own_subordinates_does_the_work() {
    // A conclusion's item "(3) Bộ X chỉ đạo các cơ quan liên quan …": the ministry named at
    // the start leads; its unnamed subordinates are how it works. An order from above ("UBND
    // tỉnh chỉ đạo Sở Y tế …") still goes to the unit it names.
    let text = "VĂN PHÒNG CHÍNH PHỦ\n\nSố: 512/TB-VPCP\n\nHà Nội, ngày 4 tháng 9 năm 2025\n\nTHÔNG BÁO\nKết luận của Phó Thủ tướng tại cuộc họp về cảng biển\n\nPhó Thủ tướng kết luận như sau:\n(1) Bộ Giao thông vận tải chỉ đạo các cơ quan liên quan hoàn thiện hồ sơ điều chỉnh quy hoạch cảng biển, trình Thủ tướng Chính phủ trước ngày 30 tháng 9 năm 2025.\n(2) Bộ Tài chính chỉ đạo các đơn vị trực thuộc hướng dẫn thủ tục thu phí cảng biển.\n";
    let t = task(text, "hoàn thiện hồ sơ điều chỉnh quy hoạch cảng biển");
    assert_eq!(t.1.as_deref(), Some("Bộ Giao thông vận tải"), "{t:?}");
    assert_eq!(t.2.as_deref(), Some("2025-09-30"), "{t:?}");
    let t = task(text, "hướng dẫn thủ tục thu phí");
    assert_eq!(t.1.as_deref(), Some("Bộ Tài chính"), "{t:?}");
    let text = "Phòng, chống dịch sốt xuất huyết\n\nUBND tỉnh chỉ đạo Sở Y tế tổ chức phun hóa chất tại các ổ dịch trước ngày 20/9/2025.\n";
    let t = task(text, "phun hóa chất");
    assert_eq!(t.1.as_deref(), Some("Sở Y tế"), "{t:?}");
}
