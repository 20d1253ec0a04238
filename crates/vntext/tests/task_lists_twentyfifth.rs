//! Twenty-fifth round (task lists): the rules for the classes the unseen25 set showed —
//! district, town, commune and ward letters, notices and meetings, district and ward Party
//! committees, cities' orders — each tested on text written anew (not copied from the set).
// Tests fail loudly where they fail: panic is their assertion.
#![allow(clippy::panic)]

mod reading;
use reading::{task, tasks};

#[test]
fn a_unit_name_ends_at_a_verb_of_field_work() {
    // Verbs of the work of districts, communes and wards end the unit's name as the older
    // ones do ("chấn chỉnh", "lựa chọn", "kết hợp", "huy động", "nạo vét", "giải tỏa" …).
    let text = "Chấn chỉnh lề lối làm việc\n\nChủ tịch UBND huyện phê bình và yêu cầu UBND xã Tân Lập chấn chỉnh ngay việc tiếp công dân, báo cáo kết quả trước ngày 15/11/2024.\n";
    let t = task(text, "chấn chỉnh ngay việc tiếp công dân");
    assert_eq!(t.1.as_deref(), Some("UBND xã Tân Lập"), "{t:?}");
    assert_eq!(t.2.as_deref(), Some("2024-11-15"), "{t:?}");
    let text = "Chuẩn bị Ngày hội Đại đoàn kết\n\nBí thư Đảng ủy xã đề nghị các chi hội, đoàn thể lựa chọn tiết mục văn nghệ tiêu biểu tham gia Ngày hội.\n";
    let t = task(text, "tiết mục văn nghệ tiêu biểu");
    assert_eq!(t.1.as_deref(), Some("các chi hội, đoàn thể"), "{t:?}");
    let text = "Giải phóng mặt bằng\n\nUBND huyện giao Trung tâm Phát triển quỹ đất kết hợp UBND xã Hòa Phú giải tỏa các công trình vi phạm hành lang đường tỉnh 605.\n";
    let t = task(text, "giải tỏa các công trình vi phạm");
    assert_eq!(t.1.as_deref(), Some("Trung tâm Phát triển quỹ đất"), "{t:?}");
    // After a body's head the same words name its function: "Đội tuần tra cơ động".
    let text = "Giữ gìn an ninh dịp cuối năm\n\nCông an huyện yêu cầu Đội tuần tra cơ động phối hợp Công an các xã tăng cường tuần tra ban đêm tại các tuyến đường liên xã.\n";
    let t = task(text, "tuần tra ban đêm");
    assert_eq!(t.1.as_deref(), Some("Đội tuần tra cơ động"), "{t:?}");
}

#[test]
fn a_board_written_in_lowercase_is_a_unit() {
    let text = "Chuẩn bị đại hội chi bộ\n\nKết luận buổi làm việc, đồng chí Bí thư Đảng ủy yêu cầu ban soạn thảo hoàn chỉnh dự thảo báo cáo chính trị, gửi Thường trực Đảng ủy trước ngày 10/4/2025.\n";
    let t = task(text, "hoàn chỉnh dự thảo báo cáo chính trị");
    assert_eq!(t.1.as_deref(), Some("ban soạn thảo"), "{t:?}");
    assert_eq!(t.2.as_deref(), Some("2025-04-10"), "{t:?}");
    // News writes a department's head in lowercase before its capitalised name.
    let text = "Khắc phục sạt lở bờ sông\n\nChủ tịch UBND tỉnh yêu cầu sở Xây dựng khẩn trương kiểm tra các công trình ven sông, báo cáo UBND tỉnh trước ngày 5/10/2024.\n";
    let t = task(text, "kiểm tra các công trình ven sông");
    assert_eq!(t.1.as_deref(), Some("sở Xây dựng"), "{t:?}");
}

#[test]
fn all_of_them_then_the_work() {
    // "đều" opens the predicate after a unit's name, as "sẽ", "được" do.
    let text = "Tổng vệ sinh đón Tết\n\nUBND phường yêu cầu tất cả các cơ quan, trường học trên địa bàn đều tổ chức tổng vệ sinh khuôn viên trụ sở trước ngày 25/01/2025.\n";
    let t = task(text, "tổ chức tổng vệ sinh khuôn viên");
    assert_eq!(
        t.1.as_deref(),
        Some("tất cả các cơ quan, trường học trên địa bàn"),
        "{t:?}"
    );
    assert_eq!(t.2.as_deref(), Some("2025-01-25"), "{t:?}");
}

#[test]
fn a_list_gives_its_first_unit() {
    // "cùng" joins the units that help: the lead is the first.
    let text = "Lập lại trật tự vỉa hè\n\nChủ tịch UBND quận yêu cầu Đội Quản lý trật tự đô thị cùng các phường ra quân xử lý lấn chiếm vỉa hè trên các tuyến phố chính.\n";
    let t = task(text, "ra quân xử lý lấn chiếm vỉa hè");
    assert_eq!(t.1.as_deref(), Some("Đội Quản lý trật tự đô thị"), "{t:?}");
    // A second "các" after a comma opens the next unit of the list.
    let text = "Rà soát đất công\n\nUBND huyện yêu cầu các phòng, ban chuyên môn, các xã, thị trấn rà soát quỹ đất công chưa sử dụng, báo cáo trước ngày 30/9/2024.\n";
    let t = task(text, "rà soát quỹ đất công");
    assert_eq!(t.1.as_deref(), Some("các phòng, ban chuyên môn"), "{t:?}");
}

#[test]
fn boards_by_their_count_and_offices_by_their_function() {
    let text = "Phòng chống sốt xuất huyết\n\nTrưởng Ban chỉ đạo huyện đề nghị các thành viên Ban chỉ đạo 9 xã kiểm tra việc diệt lăng quăng tại các hộ gia đình.\n";
    let t = task(text, "kiểm tra việc diệt lăng quăng");
    assert_eq!(t.1.as_deref(), Some("các thành viên Ban chỉ đạo 9 xã"), "{t:?}");
    let text = "Chuẩn bị hội nghị sơ kết\n\nThường trực Huyện ủy đề nghị các cơ quan tham mưu của Huyện ủy chuẩn bị báo cáo sơ kết 6 tháng, gửi về Văn phòng Huyện ủy trước ngày 20/6/2025.\n";
    let t = task(text, "chuẩn bị báo cáo sơ kết 6 tháng");
    assert_eq!(t.1.as_deref(), Some("các cơ quan tham mưu của Huyện ủy"), "{t:?}");
}

#[test]
fn a_new_order_after_a_semicolon() {
    let text = "Ra quân làm đường giao thông\n\n1. UBND xã tổ chức ra quân làm đường giao thông nông thôn vào sáng Chủ nhật; Đề nghị các thôn, xóm huy động nhân dân tham gia đầy đủ.\n\n2. Giao Ban Chỉ huy Quân sự xã bố trí lực lượng dân quân hỗ trợ.\n";
    let t = task(text, "huy động nhân dân tham gia");
    assert_eq!(t.1.as_deref(), Some("các thôn, xóm"), "{t:?}");
    let t = task(text, "ra quân làm đường giao thông nông thôn");
    assert_eq!(t.1.as_deref(), Some("UBND xã"), "{t:?}");
    assert_eq!(tasks(text).len(), 3, "{:?}", tasks(text));
}

#[test]
fn work_over_a_period_is_due_at_its_end() {
    let text = "Treo cờ mừng Quốc khánh\n\nUBND phường đề nghị các cơ quan, trường học trên địa bàn phường treo cờ Tổ quốc từ ngày 28/8 đến hết ngày 3/9/2024.\n";
    let t = task(text, "treo cờ Tổ quốc");
    assert_eq!(
        t.1.as_deref(),
        Some("các cơ quan, trường học trên địa bàn phường"),
        "{t:?}"
    );
    assert_eq!(t.2.as_deref(), Some("2024-09-03"), "{t:?}");
    // A suspension runs to its end; it is not due then.
    let text = "Nghỉ học phòng dịch\n\nUBND huyện cho học sinh các trường tiếp tục tạm dừng đến trường từ ngày 10/5 đến hết ngày 16/5/2021. UBND huyện giao Phòng Giáo dục hướng dẫn các trường tổ chức dạy học trực tuyến.\n";
    assert!(
        tasks(text).iter().all(|t| t.2.as_deref() != Some("2021-05-16")),
        "{:?}",
        tasks(text)
    );
}

#[test]
fn a_task_given_to_a_unit_by_toi() {
    // "giao nhiệm vụ tới X làm …" names X, as "giao nhiệm vụ cho X" does.
    let text = "Phòng chống đuối nước\n\nPhó Chủ tịch UBND huyện quán triệt và giao nhiệm vụ tới Hiệu trưởng các trường tiểu học tổ chức dạy bơi cho học sinh trong dịp hè 2025.\n";
    let t = task(text, "tổ chức dạy bơi cho học sinh");
    assert_eq!(t.1.as_deref(), Some("Hiệu trưởng các trường tiểu học"), "{t:?}");
}
