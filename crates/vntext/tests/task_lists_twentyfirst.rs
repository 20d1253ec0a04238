//! Twenty-first round (task lists): rules for the classes the unseen21 set showed (2025
//! texts of merged provinces, the Government Office's conclusion notices, Party
//! conclusions, a ministry's plan, pages cut at their width), each tested on text written
//! anew in the shapes of the set (not copied from it).
// Tests fail loudly where they fail: panic is their assertion.
#![allow(clippy::panic)]

mod reading;
use reading::{lead, task, tasks};

#[test]
fn a_page_cut_at_its_width_is_read_as_paragraphs() {
    // Paragraphs set apart by blank lines, lines cut in the middle of sentences and names.
    let text = "IV. TỔ\nCHỨC THỰC HIỆN\n\n1. Viện Nghiên cứu Văn hóa, Nghệ thuật,\nThể thao và Du lịch\n\na) Tổ chức phổ\nbiến nội dung kế hoạch đến các cơ quan, đơn vị có liên quan\ntrên địa bàn cả nước.\n\nb) Tổng hợp tình hình thực hiện, báo cáo Bộ trưởng định kỳ hằng\nnăm.\n\n2.\nSở Văn hóa và Thể thao:\n\nHướng dẫn các xã, phường triển khai kế hoạch; tổng hợp kết quả\nthực hiện gửi về Bộ.";
    let repaired = vntext::repair_ocr(text);
    assert!(repaired.starts_with("IV. TỔ CHỨC THỰC HIỆN\n"), "{repaired}");
    assert!(
        repaired.contains("1. Viện Nghiên cứu Văn hóa, Nghệ thuật, Thể thao và Du lịch\n"),
        "{repaired}"
    );
    assert!(repaired.contains("2. Sở Văn hóa và Thể thao:"), "{repaired}");
    assert_eq!(
        lead(text, "biến nội dung kế hoạch").as_deref(),
        Some("Viện Nghiên cứu Văn hóa, Nghệ thuật, Thể thao và Du lịch")
    );
    assert_eq!(task(text, "Tổng hợp tình hình").3.as_deref(), Some("yearly"));
    assert_eq!(
        lead(text, "Hướng dẫn các xã").as_deref(),
        Some("Sở Văn hóa và Thể thao")
    );
    // A hyphen that the page put at the start of a line belongs to the name cut before it.
    let text = "Các bộ phận đã được\nphân công tiếp tục theo dõi\n\nđề nghị Tổng công ty: Điện lực\nmiền Trung, Bưu chính\n- Viễn thông tổ chức thực hiện.\n\nthêm một đoạn văn\nđể trang có nhiều dòng\nbị cắt giữa câu như\nmột trang văn bản.";
    assert!(vntext::repair_ocr(text).contains("Bưu chính - Viễn thông tổ chức"));
    // A page without blank lines between its paragraphs keeps a heading on its own line.
    assert_eq!(
        vntext::repair_ocr("2. Sở Tài chính\nChủ trì thẩm định dự toán."),
        "2. Sở Tài chính\nChủ trì thẩm định dự toán."
    );
}

#[test]
fn a_notice_item_that_names_its_matter_is_read_after_the_colon() {
    let text = "III. VỀ CÁC KIẾN NGHỊ CỦA TỈNH\n\n1. Về kiến nghị bổ sung vốn cho tuyến đường ven biển: giao Bộ Tài chính chủ trì, phối hợp với Bộ Xây dựng xem xét, xử lý theo quy định. Đối với nội dung vượt thẩm quyền, báo cáo Thủ tướng Chính phủ trước ngày 20 tháng 12 năm 2025.\n\n2. Về hạ tầng viễn thông vùng sâu:\n\nTập đoàn Bưu chính Viễn thông Việt Nam triển khai phủ sóng các thôn lõm sóng, hoàn thành trong tháng 12 năm 2025; Bộ Khoa học và Công nghệ hướng dẫn các doanh nghiệp nêu trên trong việc triển khai nhiệm vụ được giao.\n\n3. Về dự án cảng cá: Ủy ban nhân dân tỉnh Quảng Trị rà soát và khẩn trương hoàn thiện hồ sơ, báo cáo Thủ tướng Chính phủ trong Quý I năm 2026.";
    let t = task(text, "xem xét, xử lý theo quy định");
    assert_eq!(
        (t.1.as_deref(), t.2.as_deref()),
        (Some("Bộ Tài chính"), Some("2025-12-20"))
    );
    let t = task(text, "triển khai phủ sóng");
    assert_eq!(
        (t.1.as_deref(), t.2.as_deref()),
        (Some("Tập đoàn Bưu chính Viễn thông Việt Nam"), Some("2025-12-31"))
    );
    // "… nhiệm vụ được giao": a passive order word names no one ordered.
    assert_eq!(
        lead(text, "hướng dẫn các doanh nghiệp").as_deref(),
        Some("Bộ Khoa học và Công nghệ")
    );
    let t = task(text, "hoàn thiện hồ sơ");
    assert_eq!(
        (t.1.as_deref(), t.2.as_deref()),
        (Some("Ủy ban nhân dân tỉnh Quảng Trị"), Some("2026-03-31"))
    );
    assert!(!tasks(text).iter().any(|t| t.0.starts_with("Về ")), "{:?}", tasks(text));
}

#[test]
fn the_fields_of_an_item_written_as_lettered_lines_are_its_fields() {
    let text = "II. NHIỆM VỤ\n2. Về bảo mật dữ liệu\na) Nhiệm vụ:\n- Rà soát các hệ thống thông tin dùng chung của thành phố.\n- Phối hợp với Bộ Công an xử lý sự cố an ninh mạng.\nb) Cơ quan thực hiện:\n- Đơn vị chủ trì: Công an Thành phố.\n- Đơn vị phối hợp: Các sở, ngành.\nc) Thời gian thực hiện: Thực hiện thường xuyên.\n3. Về đào tạo\na) Nhiệm vụ: Tổ chức lớp bồi dưỡng kỹ năng số cho công chức.\nb) Cơ quan thực hiện:\n- Đơn vị chủ trì: Sở Nội vụ.\nc) Thời gian thực hiện: Hoàn thành trong năm 2025.";
    for piece in ["Rà soát các hệ thống", "Phối hợp với Bộ Công an"] {
        let t = task(text, piece);
        assert_eq!(
            (t.1.as_deref(), t.3.as_deref()),
            (Some("Công an Thành phố"), Some("ongoing"))
        );
    }
    let t = task(text, "lớp bồi dưỡng kỹ năng số");
    assert_eq!(
        (t.1.as_deref(), t.2.as_deref()),
        (Some("Sở Nội vụ"), Some("2025-12-31"))
    );
    assert!(!tasks(text).iter().any(|t| t.0.starts_with("Cơ quan thực hiện")));
}

#[test]
fn an_intro_paragraph_gives_its_subject_to_the_items_below_it() {
    let text = "Thời gian tới, yêu cầu công việc ngày càng cao. Quán triệt ý kiến chỉ đạo; căn cứ vào các nhiệm vụ đã nêu, Ban Tổ chức Tỉnh ủy và các ban xây dựng Đảng cụ thể hoá để tổ chức thực hiện, trong đó cần tập trung một số nhiệm vụ sau:\n\n(1) Nâng cao chất lượng công tác tham mưu, thẩm định đề án.\n\n(2) Các ban tiếp tục đổi mới phương thức lãnh đạo.";
    assert_eq!(
        lead(text, "chất lượng công tác tham mưu").as_deref(),
        Some("Ban Tổ chức Tỉnh ủy")
    );
    assert_eq!(lead(text, "đổi mới phương thức").as_deref(), Some("Các ban"));
    // One who concludes names no doer of the items.
    let text = "Sau khi nghe báo cáo, đồng chí Phó Chủ tịch UBND phường đã kết luận các nội dung sau:\n\n1. Ghi nhận kết quả của tổ dân phố số 5.\n\n2. Đề nghị tổ dân phố tiếp tục duy trì vệ sinh môi trường.";
    assert!(
        tasks(text)
            .iter()
            .all(|t| t.1.as_deref() != Some("đồng chí Phó Chủ tịch UBND phường")),
        "{:?}",
        tasks(text)
    );
}

#[test]
fn a_basis_before_a_unit_and_its_verb_is_no_legal_basis() {
    let text = "IV. TỔ CHỨC THỰC HIỆN\n1. Căn cứ kế hoạch này, Giám đốc các Sở, Thủ trưởng các ngành, UBND các xã, phường xây dựng kế hoạch cụ thể để triển khai.\n2. Căn cứ nội dung Kế hoạch, các sở, ngành và Ủy ban nhân dân các xã, phường có trách nhiệm báo cáo kết quả thực hiện.\n3. Căn cứ vào tình hình của cơ quan, đơn vị, địa phương để xây dựng chương trình thi đua.";
    assert_eq!(
        lead(text, "xây dựng kế hoạch cụ thể").as_deref(),
        Some("Giám đốc các Sở")
    );
    assert_eq!(lead(text, "có trách nhiệm báo cáo").as_deref(), Some("các sở, ngành"));
    assert_eq!(lead(text, "xây dựng chương trình thi đua"), None);
}

#[test]
fn a_collective_before_named_bodies_is_the_first_unit() {
    let text = "V. CHẾ ĐỘ BÁO CÁO\nCác sở, ban, ngành, đoàn thể Thành phố, Ủy ban nhân dân phường, xã, đặc khu gửi báo cáo kết quả về Sở Nội vụ trước ngày 16 tháng 12 năm 2025.";
    let t = task(text, "gửi báo cáo kết quả");
    assert_eq!(
        (t.1.as_deref(), t.2.as_deref()),
        (Some("Các sở, ban, ngành, đoàn thể Thành phố"), Some("2025-12-16"))
    );
    // "đặc khu" is a level of the 2025 two-level government, part of a unit's name.
    let text = "III. TỔ CHỨC THỰC HIỆN\n4. Ủy ban nhân dân phường, xã, đặc khu\nCăn cứ tình hình thực tế, có kế hoạch triển khai thực hiện.";
    assert_eq!(
        lead(text, "có kế hoạch triển khai").as_deref(),
        Some("Ủy ban nhân dân phường, xã, đặc khu")
    );
}

#[test]
fn unit_headings_with_an_aside_an_order_word_or_two_names() {
    let text = "V. TỔ CHỨC THỰC HIỆN\n1. Sở Nội vụ (Cơ quan thường trực Ban Vì sự tiến bộ phụ nữ thành phố):\n- Theo dõi, tổng hợp báo cáo kết quả.\n2. Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh\n- Tham gia giám sát việc thực hiện Kế hoạch.\n3. Sở Văn hóa, Thể thao và Du lịch/Sở Văn hóa và Thể thao các tỉnh\na) Rà soát quỹ đất cho thiết chế văn hóa.\n4. Các tổ chức, cá nhân liên quan\nPhối hợp với các cơ quan có thẩm quyền triển khai Kế hoạch.\n5. Sở, ban, ngành liên quan\nChủ động phối hợp với Sở Y tế triển khai Kế hoạch.";
    assert_eq!(lead(text, "tổng hợp báo cáo kết quả").as_deref(), Some("Sở Nội vụ"));
    assert_eq!(
        lead(text, "giám sát việc thực hiện").as_deref(),
        Some("Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh")
    );
    assert_eq!(
        lead(text, "Rà soát quỹ đất").as_deref(),
        Some("Sở Văn hóa, Thể thao và Du lịch")
    );
    assert_eq!(
        lead(text, "cơ quan có thẩm quyền").as_deref(),
        Some("Các tổ chức, cá nhân liên quan")
    );
    assert_eq!(
        lead(text, "phối hợp với Sở Y tế").as_deref(),
        Some("Sở, ban, ngành liên quan")
    );
}

#[test]
fn a_later_sentence_of_work_is_a_task_of_its_own() {
    let text = "III. PHÂN CÔNG NHIỆM VỤ\n3. Sở Khoa học và Công nghệ\nChủ trì, phối hợp với các cơ quan liên quan tham mưu UBND tỉnh giải pháp hạ tầng số. Nghiên cứu, ban hành tiêu chuẩn kỹ thuật về bảo mật.\nIV. TỔ CHỨC THỰC HIỆN\n1. Các cơ quan, đơn vị xây dựng kế hoạch triển khai xong trong tháng 12/2025.\nĐịnh kỳ báo cáo UBND tỉnh kết quả thực hiện hằng năm (trước ngày 15 tháng 11).";
    assert_eq!(
        lead(text, "ban hành tiêu chuẩn kỹ thuật").as_deref(),
        Some("Sở Khoa học và Công nghệ")
    );
    let t = task(text, "xây dựng kế hoạch triển khai");
    assert_eq!(
        (t.1.as_deref(), t.2.as_deref()),
        (Some("Các cơ quan, đơn vị"), Some("2025-12-31"))
    );
    let t = task(text, "Định kỳ báo cáo");
    assert_eq!(
        (t.1.as_deref(), t.3.as_deref()),
        (Some("Các cơ quan, đơn vị"), Some("yearly"))
    );
    // A report that gives the item its only deadline stays with it.
    let text = "II. NHIỆM VỤ\n1. Sở Xây dựng rà soát quy hoạch các khu dân cư. Báo cáo kết quả trước ngày 30/9/2025.";
    let all = tasks(text);
    assert_eq!(all.len(), 1, "{all:?}");
    assert_eq!(all[0].2.as_deref(), Some("2025-09-30"));
}

#[test]
fn times_that_name_a_text_or_a_bare_regime_time_no_work() {
    let text = "4. Giao Đảng ủy Quốc hội chủ trì:\n- Thường xuyên cập nhật tiến độ lấy ý kiến về dự thảo sửa đổi Hiến pháp năm 2013.\n- Rà soát chương trình xây dựng pháp luật trong năm 2025.";
    let t = task(text, "cập nhật tiến độ");
    assert_eq!((t.1.as_deref(), t.2.as_deref()), (Some("Đảng ủy Quốc hội"), None));
    assert_eq!(task(text, "Rà soát chương trình").2.as_deref(), Some("2025-12-31"));
    let text = "IV. TỔ CHỨC THỰC HIỆN\n1. Giao Công an tỉnh chủ trì theo dõi, đôn đốc việc triển khai Kế hoạch; định kỳ báo cáo kết quả về UBND tỉnh theo quy định.";
    let t = task(text, "theo dõi, đôn đốc");
    assert_eq!((t.1.as_deref(), t.3.as_deref()), (Some("Công an tỉnh"), None));
}

#[test]
fn names_of_groups_academies_and_councils() {
    let text = "5. Giao Học viện Chính trị quốc gia Hồ Chí Minh chủ trì, phối hợp với các ban đảng, Đảng uỷ Mặt trận Tổ quốc xây dựng chương trình tập huấn trong tháng 6/2025.\n6. Hội đồng thẩm định Nhà nước thẩm định Báo cáo đề xuất chủ trương đầu tư Chương trình, khẩn trương hoàn thành thủ tục.\n7. Giao Tập đoàn Điện lực Việt Nam làm việc với các nhà đầu tư để thống nhất kế hoạch, báo cáo trong tháng 7 năm 2025.";
    let t = task(text, "chương trình tập huấn");
    assert_eq!(
        (t.1.as_deref(), t.2.as_deref()),
        (Some("Học viện Chính trị quốc gia Hồ Chí Minh"), Some("2025-06-30"))
    );
    assert_eq!(
        lead(text, "hoàn thành thủ tục").as_deref(),
        Some("Hội đồng thẩm định Nhà nước")
    );
    assert_eq!(
        lead(text, "thống nhất kế hoạch").as_deref(),
        Some("Tập đoàn Điện lực Việt Nam")
    );
}
