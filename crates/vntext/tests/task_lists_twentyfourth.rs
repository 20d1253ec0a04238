//! Twenty-fourth round (task lists): the rules for the classes the unseen24 set showed —
//! district, commune and ward letters and conclusions, a ward Party committee, a residential
//! Party cell — each tested on text written anew (not copied from the set).
// Tests fail loudly where they fail: panic is their assertion.
#![allow(clippy::panic)]

mod reading;
use reading::{has_task, task, tasks};

#[test]
fn a_district_or_commune_head_directs_the_offices_under_it() {
    // "chỉ đạo X <verb>" from a district's chairman, a commune's chairman or a district Party
    // secretary names X, as it does from a province.
    let text = "Kiểm tra sản xuất vụ Đông năm 2024\n\nSáng ngày 12/10/2024, Phó Chủ tịch UBND huyện Lê Văn Nam đi kiểm tra tình hình sản xuất tại các xã. Qua kiểm tra, ông Lê Văn Nam – Phó Chủ tịch Ủy ban nhân dân huyện chỉ đạo Phòng Kinh tế hướng dẫn nông dân gieo trồng cây vụ Đông đúng khung thời vụ.\n";
    let t = task(text, "hướng dẫn nông dân gieo trồng");
    assert_eq!(t.1.as_deref(), Some("Phòng Kinh tế"), "{t:?}");
    let text = "Nạo vét kênh mương\n\nBí thư Huyện ủy chỉ đạo Trạm Thủy lợi huyện khẩn trương nạo vét kênh tiêu Đồng Cao, xong trước ngày 20/3/2024.\n";
    let t = task(text, "nạo vét kênh tiêu Đồng Cao");
    assert_eq!(t.1.as_deref(), Some("Trạm Thủy lợi huyện"), "{t:?}");
    assert_eq!(t.2.as_deref(), Some("2024-03-20"), "{t:?}");
    // An office of the district directs the communes in its own work: it stays the doer.
    let text = "Phòng chống dịch bệnh gia súc\n\nPhòng Nông nghiệp huyện chỉ đạo các xã tiêm phòng cho đàn trâu bò, xong trước ngày 30/4/2024.\n";
    let t = task(text, "tiêm phòng cho đàn trâu bò");
    assert_eq!(t.1.as_deref(), Some("Phòng Nông nghiệp huyện"), "{t:?}");
}

#[test]
fn the_units_after_an_order_and_its_colon_are_ordered() {
    // On one line: "yêu cầu: các thôn …".
    let text = "Rà soát hộ nghèo năm 2024\n\nKết luận buổi làm việc, Chủ tịch UBND xã yêu cầu: các thôn rà soát danh sách hộ nghèo, hộ cận nghèo, báo cáo UBND xã trước ngày 20/10/2024.\n";
    let t = task(text, "rà soát danh sách hộ nghèo");
    assert_eq!(t.1.as_deref(), Some("các thôn"), "{t:?}");
    assert_eq!(t.2.as_deref(), Some("2024-10-20"), "{t:?}");
    // The colon before a capital ends the sentence: the next sentences are the order's work,
    // each of the unit it names ("Do vậy, …" opens one of them).
    let text = "Bảo đảm an ninh dịp Tết\n\nĐể bảo đảm an ninh trật tự dịp Tết Nguyên đán, Chủ tịch UBND phường yêu cầu: Công an phường tăng cường tuần tra, kiểm soát vào ban đêm. Do vậy, Văn phòng UBND phường bố trí lịch trực Tết cho cán bộ, công chức.\n";
    let t = task(text, "tăng cường tuần tra, kiểm soát");
    assert_eq!(t.1.as_deref(), Some("Công an phường"), "{t:?}");
    let t = task(text, "bố trí lịch trực Tết");
    assert_eq!(t.1.as_deref(), Some("Văn phòng UBND phường"), "{t:?}");
    // The sentence that ends with the order and its colon is no task itself; a sentence that
    // opens with its verb goes on with the unit named before it.
    assert!(!has_task(text, "Chủ tịch UBND phường yêu cầu"), "{:?}", tasks(text));
    let text = "Phòng chống rét cho vật nuôi

Chủ tịch UBND huyện yêu cầu: Phòng Nông nghiệp tham mưu chỉ đạo phòng chống rét cho đàn trâu bò. Duy trì kiểm tra các hộ chăn nuôi lớn.
";
    let t = task(text, "Duy trì kiểm tra các hộ chăn nuôi");
    assert_eq!(t.1.as_deref(), Some("Phòng Nông nghiệp"), "{t:?}");
    assert_eq!(tasks(text).len(), 2, "{:?}", tasks(text));
}

#[test]
fn a_steering_board_its_members_and_a_station_are_units() {
    let text = "Triển khai Tổng điều tra kinh tế\n\nPhó Chủ tịch UBND huyện yêu cầu các thành viên Ban chỉ đạo huyện bám sát địa bàn được phân công, hoàn thành công tác điều tra trước ngày 30/6/2026.\n";
    let t = task(text, "bám sát địa bàn được phân công");
    assert_eq!(t.1.as_deref(), Some("các thành viên Ban chỉ đạo huyện"), "{t:?}");
    assert_eq!(t.2.as_deref(), Some("2026-06-30"), "{t:?}");
    let text = "Phòng chống hạn hán năm 2025\n\nSáng ngày 04/3/2025, UBND xã tổ chức họp triển khai kế hoạch phòng chống hạn. Chủ tịch UBND xã đã quán triệt các văn bản của huyện; giao nhiệm vụ cho BCĐ có trách nhiệm tham mưu cho UBND xã điều tiết nước tưới. Đề nghị từng thành viên BCĐ kiểm tra tình hình nước tưới ở thôn được phân công.\n";
    let t = task(text, "điều tiết nước tưới");
    assert_eq!(t.1.as_deref(), Some("BCĐ"), "{t:?}");
    let t = task(text, "kiểm tra tình hình nước tưới");
    assert_eq!(t.1.as_deref(), Some("từng thành viên BCĐ"), "{t:?}");
    let text = "Phòng chống sốt xuất huyết\n\nUBND huyện giao Trạm Y tế xã Tân Lập tổ chức phun thuốc diệt muỗi tại thôn 3, xong trước ngày 15/8/2024.\n";
    let t = task(text, "phun thuốc diệt muỗi");
    assert_eq!(t.1.as_deref(), Some("Trạm Y tế xã Tân Lập"), "{t:?}");
}

#[test]
fn the_units_named_again_only_to_date_their_work_date_it() {
    let text = "Kính gửi:\n- Hiệu trưởng các trường Mầm non,\n- Hiệu trưởng các trường Tiểu học,\n- Thủ trưởng các đơn vị trực thuộc.\nĐề nghị Hiệu trưởng các trường, Thủ trưởng các đơn vị trực thuộc rà soát hồ sơ miễn giảm học phí năm học 2024-2025. Đơn vị nào còn thiếu hồ sơ thì bổ sung theo hướng dẫn.\nCác đơn vị thực hiện trước ngày 15/4/2025.\n";
    let t = task(text, "rà soát hồ sơ miễn giảm học phí");
    assert_eq!(t.1.as_deref(), Some("Hiệu trưởng các trường"), "{t:?}");
    assert_eq!(t.2.as_deref(), Some("2025-04-15"), "{t:?}");
    assert!(!has_task(text, "Các đơn vị thực hiện trước"), "{:?}", tasks(text));
    assert!(!has_task(text, "Đơn vị nào còn thiếu"), "{:?}", tasks(text));
}

#[test]
fn an_ellipsis_glued_to_the_next_sentence_ends_it() {
    let text = "Tìm kiếm, quy tập hài cốt liệt sĩ\n\nUBND xã đã chỉ đạo các thôn lấy phiếu thông tin, đối chiếu danh sách liệt sĩ do các gia đình cung cấp….Trên cơ sở đó, UBND xã sẽ tổ chức hội nghị kết luận địa bàn, xong trước ngày 30/6/2024.\n";
    let t = task(text, "tổ chức hội nghị kết luận địa bàn");
    assert_eq!(t.1.as_deref(), Some("UBND xã"), "{t:?}");
    assert_eq!(t.2.as_deref(), Some("2024-06-30"), "{t:?}");
    assert!(!t.0.contains("lấy phiếu"), "{t:?}");
}

#[test]
fn closing_formulas_and_a_page_link_are_no_tasks() {
    let text = "Kính gửi: Các thôn, tổ dân phố.\nỦy ban nhân dân xã yêu cầu các thôn trưởng rà soát, lập danh sách thanh niên trong độ tuổi nhập ngũ, gửi về Ban Chỉ huy Quân sự xã trước ngày 10/11/2025.\nTrong quá trình thực hiện, có khó khăn, vướng mắc đề nghị các thôn trưởng báo cáo kịp thời về UBND xã để giải quyết.\nĐề nghị các thôn trưởng chấp hành nghiêm túc./.\nChi tiết văn bản: CV 215\n";
    let t = task(text, "lập danh sách thanh niên");
    assert_eq!(t.1.as_deref(), Some("các thôn trưởng"), "{t:?}");
    assert_eq!(t.2.as_deref(), Some("2025-11-10"), "{t:?}");
    assert_eq!(tasks(text).len(), 1, "{:?}", tasks(text));
}

#[test]
fn a_reply_page_restates_the_question_which_orders_no_one() {
    let text = "Trả lời đề nghị của bà Trần Thị Hoa ở thôn Đông, xã Bình Minh: Đề nghị UBND huyện sớm sửa chữa cầu treo thôn Đông.\n\n15/10/2024\n\nTrả lời:\n\nUBND huyện giao Phòng Kinh tế và Hạ tầng kiểm tra hiện trạng cầu, đề xuất phương án sửa chữa trong tháng 11/2024.\n";
    let t = task(text, "kiểm tra hiện trạng cầu");
    assert_eq!(t.1.as_deref(), Some("Phòng Kinh tế và Hạ tầng"), "{t:?}");
    assert_eq!(t.2.as_deref(), Some("2024-11-30"), "{t:?}");
    assert_eq!(tasks(text).len(), 1, "{:?}", tasks(text));
}

#[test]
fn a_dated_lead_that_tells_a_meeting_held_is_no_task() {
    let text = "Đảng ủy phường Tân Hòa triển khai nhiệm vụ quý IV\n\nSáng 5-10, Đảng ủy phường Tân Hòa tổ chức hội nghị triển khai nhiệm vụ công tác Đảng quý IV năm 2025.\n\nBí thư Đảng ủy phường yêu cầu các chi bộ khu phố rà soát, phân loại đảng viên, hoàn thành trước ngày 15/12/2025.\n";
    assert!(!has_task(text, "tổ chức hội nghị triển khai"), "{:?}", tasks(text));
    let t = task(text, "phân loại đảng viên");
    assert_eq!(t.1.as_deref(), Some("các chi bộ khu phố"), "{t:?}");
    assert_eq!(t.2.as_deref(), Some("2025-12-15"), "{t:?}");
}

#[test]
fn a_count_before_the_units_ordered_is_no_count_of_work() {
    let text = "Chào mừng Đại hội Đảng bộ quận\n\nỦy ban nhân dân phường xây dựng kế hoạch đề nghị 12 tổ dân phố trên địa bàn phường thực hiện các nội dung sau:\n\n- Vận động các hộ dân treo cờ Tổ quốc.\n\n- Tổng vệ sinh ngõ xóm trước ngày 10/10/2025.\n";
    let t = task(text, "treo cờ Tổ quốc");
    assert_eq!(t.1.as_deref(), Some("12 tổ dân phố trên địa bàn phường"), "{t:?}");
    let t = task(text, "Tổng vệ sinh ngõ xóm");
    assert_eq!(t.1.as_deref(), Some("12 tổ dân phố trên địa bàn phường"), "{t:?}");
    assert_eq!(t.2.as_deref(), Some("2025-10-10"), "{t:?}");
    // A count of work given is still no unit.
    let text = "UBND tỉnh giao 833 nhiệm vụ cho các sở, ngành trong năm 2024.\n";
    assert!(
        tasks(text).iter().all(|t| t.1.as_deref() != Some("833 nhiệm vụ")),
        "{:?}",
        tasks(text)
    );
}

#[test]
fn a_time_line_before_numbered_items_dates_them() {
    let text = "Thông báo treo cờ Tổ quốc\n\nUBND xã Tân Phong thông báo thời gian treo cờ Tổ quốc chào mừng Đại hội Đảng bộ xã như sau:\nThời gian treo cờ: Từ ngày 10/9/2025 đến hết ngày 14/9/2025.\n1. Các cơ quan, đơn vị, trường học trên địa bàn xã thực hiện treo cờ Tổ quốc tại trụ sở làm việc.\n2. Ban cán sự các thôn vận động các hộ gia đình treo cờ Tổ quốc.\n";
    let t = task(text, "thực hiện treo cờ Tổ quốc tại trụ sở");
    assert_eq!(t.2.as_deref(), Some("2025-09-14"), "{t:?}");
    let t = task(text, "vận động các hộ gia đình treo cờ");
    assert_eq!(t.1.as_deref(), Some("Ban cán sự các thôn"), "{t:?}");
    assert_eq!(t.2.as_deref(), Some("2025-09-14"), "{t:?}");
    assert!(!has_task(text, "Thời gian treo cờ"), "{:?}", tasks(text));
}

#[test]
fn a_stress_before_the_unit_regarded_opens_the_sentence() {
    let text = "Đảng ủy phường triển khai nhiệm vụ 6 tháng cuối năm\n\nBí thư Đảng ủy phường yêu cầu các chi bộ tập trung chỉnh trang đô thị. Đáng chú ý, đối với Hội Cựu chiến binh phường phải xây dựng mô hình tự quản về an ninh trật tự.\n";
    let t = task(text, "xây dựng mô hình tự quản");
    assert_eq!(t.1.as_deref(), Some("Hội Cựu chiến binh phường"), "{t:?}");
}

#[test]
fn a_time_of_the_work_before_its_order_dates_it() {
    let text = "Lập đề án công nhận đô thị loại V\n\nĐề án do UBND huyện Tân Hưng làm chủ đầu tư. Thời gian thực hiện trong năm 2025. Chủ tịch UBND tỉnh giao Chủ tịch UBND huyện Tân Hưng chủ trì, phối hợp với Sở Xây dựng triển khai các thủ tục, trình UBND tỉnh phê duyệt.\n";
    let t = task(text, "triển khai các thủ tục");
    assert_eq!(t.1.as_deref(), Some("Chủ tịch UBND huyện Tân Hưng"), "{t:?}");
    assert_eq!(t.2.as_deref(), Some("2025-12-31"), "{t:?}");
}

#[test]
fn an_act_told_in_a_document_and_a_bare_comrade_give_no_task() {
    let text = "Phân bổ gạo cứu đói\n\nTheo đó, tại Quyết định số 512/QĐ-UBND ngày 02/3/2024, UBND tỉnh đã phân bổ 300 tấn gạo cho các huyện miền núi trong dịp giáp hạt năm 2024.\n\nUBND tỉnh giao Chủ tịch UBND các huyện cấp phát gạo đến từng hộ dân trước ngày 30/3/2024.\n";
    assert!(!has_task(text, "đã phân bổ 300 tấn gạo"), "{:?}", tasks(text));
    let t = task(text, "cấp phát gạo đến từng hộ dân");
    assert_eq!(t.1.as_deref(), Some("Chủ tịch UBND các huyện"), "{t:?}");
    assert_eq!(t.2.as_deref(), Some("2024-03-30"), "{t:?}");
    let text = "UBND phường họp thường kỳ tháng 5\n\nSau khi nghe các ý kiến, đồng chí chủ trì kết luận một số nhiệm vụ trọng tâm trong tháng 6/2024, bao gồm: công tác phòng cháy chữa cháy; công tác vệ sinh môi trường.\n";
    assert!(
        tasks(text).iter().all(|t| t.1.as_deref() != Some("đồng chí")),
        "{:?}",
        tasks(text)
    );
}
