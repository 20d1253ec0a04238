//! Twenty-second round (task lists): rules for the classes the unseen22 set showed (a
//! commune's, a ward's and a province's Fatherland Front election plans in the field form,
//! doers named by their post, two lists as OCR), each tested on text written anew in the
//! shapes of the set (not copied from it).
// Tests fail loudly where they fail: panic is their assertion.
#![allow(clippy::panic)]

mod reading;
use reading::{has_task, task, tasks};

const FIELD_FORM: &str = "KẾ HOẠCH\nII. NỘI DUNG VÀ PHÂN CÔNG\n1. Công tác văn bản\n1.1. Soạn thảo quy chế làm việc của Tổ công tác.\n- Nội dung phải rõ ràng, đúng quy định.\n- Các quy chế phải nêu rõ trách nhiệm của từng thành viên.\n- Thời gian hoàn thành: Quý IV/2025.\n- Đơn vị chủ trì: Đồng chí Phó Chủ tịch Thường trực, phụ trách công tác dân chủ\n- Kết quả: Dự thảo quy chế.\n2. Theo dõi, báo cáo\n2.1. Theo dõi tiến độ tại các thôn.\n2.2. Tổng hợp khó khăn, vướng mắc.\n2.3. Báo cáo kết quả về Ban Thường trực.\n- Thời gian thực hiện: Từ tháng 12/2025 đến quý I/2026.\n- Đơn vị chủ trì: Văn phòng Ủy ban\n3. Tham gia các phiên họp\n3.1. Tham gia các nhiệm vụ sau:\n- Dự các phiên họp của Ủy ban bầu cử xã.\n- Thời gian thực hiện: Từ tháng 11/2025 đến tháng 4/2026.\n- Đơn vị chủ trì: Văn phòng Ủy ban\n";

#[test]
fn an_item_in_the_field_form_is_one_task_its_dash_lines_describe_it() {
    // The fields written after the item's own dash lines are the item's, and those lines
    // say what the work must achieve: one task, not one per line.
    let t = task(FIELD_FORM, "Soạn thảo quy chế làm việc");
    assert_eq!(t.1.as_deref(), Some("Phó Chủ tịch Thường trực"), "{t:?}");
    assert_eq!(t.2.as_deref(), Some("2025-12-31"), "{t:?}");
    assert!(!has_task(FIELD_FORM, "Nội dung phải rõ ràng"));
    assert!(!has_task(FIELD_FORM, "Dự thảo quy chế"), "a result is a field");
}

#[test]
fn fields_after_the_last_sub_item_belong_to_all_of_them() {
    for piece in ["Theo dõi tiến độ", "Tổng hợp khó khăn", "Báo cáo kết quả về Ban"] {
        let t = task(FIELD_FORM, piece);
        assert_eq!(t.1.as_deref(), Some("Văn phòng Ủy ban"), "{t:?}");
        assert_eq!(t.2.as_deref(), Some("2026-03-31"), "{t:?}");
    }
}

#[test]
fn an_item_in_the_field_form_that_ends_with_a_colon_lists_its_work() {
    let t = task(FIELD_FORM, "Dự các phiên họp");
    assert_eq!(t.1.as_deref(), Some("Văn phòng Ủy ban"), "{t:?}");
    assert_eq!(t.2.as_deref(), Some("2026-04-30"), "{t:?}");
}

#[test]
fn steps_numbered_in_brackets_are_tasks_with_their_own_deadlines() {
    let text = "KẾ HOẠCH\nII. NỘI DUNG\n1. Tổ chức các cuộc họp\n1.1. Chuẩn bị hồ sơ và tổ chức các cuộc họp của Tổ.\n- Tài liệu phục vụ: danh sách, biên bản.\n(1) Họp lần thứ nhất: Chậm nhất ngày 05/12/2025.\n(2) Họp lần thứ hai: Chậm nhất ngày 15/01/2026.\n- Thời gian hoàn thành: Quý I/2026;\n- Đơn vị chủ trì: Văn phòng Ủy ban\n";
    let first = task(text, "Họp lần thứ nhất");
    assert_eq!(first.1.as_deref(), Some("Văn phòng Ủy ban"), "{first:?}");
    assert_eq!(first.2.as_deref(), Some("2025-12-05"), "{first:?}");
    let second = task(text, "Họp lần thứ hai");
    assert_eq!(second.2.as_deref(), Some("2026-01-15"), "{second:?}");
}

#[test]
fn posts_lead_their_work() {
    // A post with the address before it and a second post after a dash; a post "in charge
    // of" fields of work, whose words are no verbs and whose commas split nothing.
    let text = "KẾ HOẠCH\nIV. TỔ CHỨC THỰC HIỆN\n1. Đồng chí Phó Giám đốc Trung tâm văn hóa thể thao và truyền thông xã - Phó Trưởng tiểu ban: Chỉ đạo trang trí hội trường.\n2. Đồng chí Trưởng Ban xây dựng Đảng - Ủy viên: Biên tập tài liệu tuyên truyền.\n3. Cán bộ phụ trách lĩnh vực kiểm tra và giám sát\n- Chuẩn bị hồ sơ các cuộc giám sát.\n4. Chuyên viên phụ trách lĩnh vực Tổ chức, Văn phòng\n- Bảo đảm liên lạc với các thôn.\n5. Các thành viên khác trong tổ công tác căn cứ nhiệm vụ được giao, chủ động phối hợp thực hiện.\n";
    let cases = [
        (
            "Chỉ đạo trang trí hội trường",
            "Phó Giám đốc Trung tâm văn hóa thể thao và truyền thông xã",
        ),
        ("Biên tập tài liệu tuyên truyền", "Trưởng Ban xây dựng Đảng"),
        (
            "Chuẩn bị hồ sơ các cuộc giám sát",
            "Cán bộ phụ trách lĩnh vực kiểm tra và giám sát",
        ),
        (
            "Bảo đảm liên lạc với các thôn",
            "Chuyên viên phụ trách lĩnh vực Tổ chức, Văn phòng",
        ),
        ("chủ động phối hợp thực hiện", "Các thành viên khác trong tổ công tác"),
    ];
    for (piece, lead) in cases {
        assert_eq!(task(text, piece).1.as_deref(), Some(lead), "{piece}");
    }
}

#[test]
fn a_person_named_before_the_post_is_not_the_lead() {
    let text = "KẾ HOẠCH\nV. TỔ CHỨC THỰC HIỆN\n1. Ban Thường trực Ủy ban MTTQ xã\n- Giao đồng chí Trần Văn Bình - Phó Chủ tịch Ủy ban MTTQ Việt Nam xã theo dõi, đôn đốc thực hiện kế hoạch.\n";
    let t = task(text, "theo dõi, đôn đốc thực hiện kế hoạch");
    assert_eq!(t.1.as_deref(), Some("Phó Chủ tịch Ủy ban MTTQ Việt Nam xã"), "{t:?}");
}

#[test]
fn a_heading_that_opens_with_work_names_no_unit() {
    // "Báo cáo kết quả …" and "Tổ chức tiếp công dân …" over dash lines are work, not bodies;
    // "Tổ chức pháp chế …" and "các tổ chức" still are bodies.
    let text = "KẾ HOẠCH\nII. NỘI DUNG\n1. Báo cáo kết quả Hội nghị\n- Gửi biên bản về Ban Thường trực ngay sau hội nghị.\n2. Tổ chức tiếp công dân về bầu cử\n- Lắng nghe ý kiến của cử tri.\n";
    for t in tasks(text) {
        assert!(
            !matches!(t.1.as_deref(), Some(l) if l.starts_with("Báo cáo") || l.starts_with("Tổ chức")),
            "{t:?}"
        );
    }
}

#[test]
fn the_duty_of_the_request_heading_goes_to_its_unit() {
    // "Đề nghị X phối hợp" over its lines; "…; tổ chức chủ trì …" is the verb, no unit; the
    // body that leads what the doer joins is not the doer; a cut "… các" dangles nothing.
    let text = "KẾ HOẠCH\nV. TỔ CHỨC THỰC HIỆN\n1. Ban Thường trực Ủy ban MTTQ phường xây dựng kế hoạch giám sát; tổ chức chủ trì, phối hợp với các tổ chức thành viên giám sát bầu cử; tham gia các đoàn kiểm tra do Ủy ban bầu cử phường chủ trì.\n2. Đề nghị Ủy ban nhân dân xã phối hợp\n- Bố trí hội trường cho các hội nghị.\n- Chỉ đạo Công an xã bảo đảm an ninh trật tự.\n3. Ban Công tác Mặt trận các\n- Giám sát việc niêm yết danh sách cử tri.\n";
    assert_eq!(
        task(text, "xây dựng kế hoạch giám sát").1.as_deref(),
        Some("Ban Thường trực Ủy ban MTTQ phường")
    );
    assert_eq!(task(text, "Bố trí hội trường").1.as_deref(), Some("Ủy ban nhân dân xã"));
    assert_eq!(
        task(text, "Chỉ đạo Công an xã").1.as_deref(),
        Some("Ủy ban nhân dân xã")
    );
    assert_eq!(
        task(text, "niêm yết danh sách cử tri").1.as_deref(),
        Some("Ban Công tác Mặt trận")
    );
}

#[test]
fn lettered_points_with_a_dot_and_the_time_told_first() {
    let text = "HƯỚNG DẪN\nIII. TỔ CHỨC THỰC HIỆN\n1. Ban Thường trực Ủy ban MTTQ xã báo cáo như sau:\na. Báo cáo tình hình hiệp thương chậm nhất ngày 03/02/2026.\nb. Báo cáo nhanh kết quả ngày bầu cử trong ngày 15/3/2026.\n2. Kết thúc đợt kiểm tra, Ban Thường trực Ủy ban MTTQ phường, chịu trách nhiệm tổng hợp báo cáo kết quả.\n3. Chậm nhất là ngày 20 tháng 02 năm 2026, căn cứ vào kết quả hội nghị, Ủy ban bầu cử xã lập danh sách chính thức.\n";
    let a = task(text, "Báo cáo tình hình hiệp thương");
    assert_eq!(a.2.as_deref(), Some("2026-02-03"), "{a:?}");
    let b = task(text, "Báo cáo nhanh kết quả ngày bầu cử");
    assert_eq!(b.2.as_deref(), Some("2026-03-15"), "{b:?}");
    assert_eq!(
        task(text, "chịu trách nhiệm tổng hợp").1.as_deref(),
        Some("Ban Thường trực Ủy ban MTTQ phường")
    );
    assert_eq!(
        task(text, "lập danh sách chính thức").1.as_deref(),
        Some("Ủy ban bầu cử xã")
    );
}

#[test]
fn a_decisions_article_of_duties_gives_them_to_the_body_it_sets_up() {
    let text = "QUYẾT ĐỊNH\nVề việc thành lập Tổ giúp việc\nĐiều 2. Nhiệm vụ của Tổ giúp việc Ban Chỉ đạo xã:\n- Tổng hợp tình hình thực hiện kế hoạch của các thôn.\n- Tham mưu văn bản chỉ đạo cho Ban Chỉ đạo.\n";
    let t = task(text, "Tổng hợp tình hình thực hiện");
    assert_eq!(t.1.as_deref(), Some("Tổ giúp việc Ban Chỉ đạo xã"), "{t:?}");
}

#[test]
fn a_reporting_regime_or_a_schedule_as_required_is_no_recurrence() {
    let text = "KẾ HOẠCH\nIII. TỔ CHỨC THỰC HIỆN\n1. Văn phòng Ủy ban MTTQ xã\n- Thực hiện chế độ báo cáo về Ban Thường trực tỉnh định kỳ và đột xuất.\n- Theo dõi, đôn đốc các thôn bảo đảm chất lượng, tiến độ thời gian theo yêu cầu.\n- Cập nhật danh sách cử tri thường xuyên.\n";
    assert_eq!(task(text, "Thực hiện chế độ báo cáo").3, None);
    assert_eq!(task(text, "Theo dõi, đôn đốc các thôn").3, None);
    assert_eq!(task(text, "Cập nhật danh sách cử tri").3.as_deref(), Some("ongoing"));
}
