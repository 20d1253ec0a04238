//! The words of the inspection pages, in Vietnamese and English.

pub fn strings(key: &str) -> Option<(&'static str, &'static str)> {
    Some(match key {
        "insp_menu" => ("Kiểm tra, giám sát", "Inspections"),
        "insp_title" => ("Kiểm tra, giám sát", "Inspection and supervision"),
        "insp_one" => ("Cuộc kiểm tra", "Inspection"),
        "insp_plans" => ("Chương trình kiểm tra, giám sát", "Annual plans"),
        "insp_in_progress" => ("Đang tiến hành", "In progress"),
        "insp_concluded" => (
            "Đã kết luận, đang theo dõi thực hiện kiến nghị",
            "Concluded, following up",
        ),
        "insp_overdue" => ("Kiến nghị quá hạn thực hiện", "Overdue follow-ups"),
        "insp_none" => ("Không có.", "None."),
        "insp_body" => ("Cơ quan kiểm tra", "Inspecting body"),
        "insp_subjects" => ("Đối tượng kiểm tra", "Subjects"),
        "insp_content" => ("Nội dung", "Content"),
        "insp_method" => ("Hình thức", "Method"),
        "insp_time" => ("Thời gian", "Time"),
        "insp_step" => ("Bước", "Step"),
        "insp_steps" => ("Các bước", "Steps"),
        "insp_decision" => ("Quyết định kiểm tra", "Decision"),
        "insp_team" => ("Đoàn kiểm tra", "Team"),
        "insp_papers" => ("Hồ sơ", "Papers"),
        "insp_confidential" => (
            "Mật — chỉ Đoàn kiểm tra và Ủy ban Kiểm tra",
            "Confidential — team and commission only",
        ),
        "insp_conclusion" => ("Thông báo kết luận", "Conclusion"),
        "insp_findings" => ("Kết luận đối với đối tượng", "Findings"),
        "insp_recommendations" => ("Kiến nghị và việc thực hiện", "Recommendations and follow-up"),
        "insp_task" => ("Nhiệm vụ theo dõi", "Follow-up task"),
        "insp_due" => ("Hạn", "Due"),
        "insp_closed_rec" => ("Đã đóng", "Closed"),
        "insp_close_rec" => ("Đóng kiến nghị", "Close the recommendation"),
        "insp_reason" => ("Lý do", "Reason"),
        "insp_close" => ("Kết thúc cuộc kiểm tra", "Close the inspection"),
        "insp_add" => ("Ghi", "Record"),
        "insp_dated_on" => ("Ngày lập", "Date"),
        "insp_text" => ("Nội dung", "Text"),
        _ => return None,
    })
}
