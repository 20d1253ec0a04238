//! The names people know input fields by. Error messages name a field by its label here, never by
//! its code ("Chưa nhập “Nội dung”", not "Trường “text”"); the code stays in the error's `field`
//! for programs and forms.

/// The Vietnamese and English label of a field code. A path such as `tasks[3].due_on` is
/// labelled by its last segment; an unknown code is returned as it is (a test keeps every code
/// the inputs use in this table).
pub fn label(field: &str) -> (&str, &str) {
    let last = field.rsplit('.').next().unwrap_or(field);
    let last = last.split('[').next().unwrap_or(last);
    LABELS
        .iter()
        .find(|(code, _, _)| *code == last)
        .map(|(_, vi, en)| (*vi, *en))
        .unwrap_or((last, last))
}

/// (code, Vietnamese, English).
pub const LABELS: &[(&str, &str, &str)] = &[
    ("addressee_unit_id", "Đơn vị giải trình", "Unit to explain"),
    ("answer", "Nội dung trả lời", "Answer"),
    ("answer_due_on", "Hạn trả lời", "Answer due"),
    ("approve", "Quyết định", "Decision"),
    ("approved_due_on", "Thời hạn được gia hạn", "Approved due date"),
    ("author_id", "Người báo cáo", "Reported by"),
    ("category", "Loại cán bộ", "Staff category"),
    ("code", "Số thứ tự", "Number"),
    ("file", "Tệp đính kèm", "Attached file"),
    ("meeting_month", "Kỳ sinh hoạt (tháng)", "Meeting month"),
    ("meeting_id", "Buổi sinh hoạt", "Meeting"),
    ("done_on", "Ngày thực hiện", "Date done"),
    ("attendance", "Số người tham dự", "Attendance"),
    ("held_on", "Ngày sinh hoạt", "Meeting date"),
    ("topic", "Chủ đề sinh hoạt", "Topic"),
    ("scope_unit_id", "Phạm vi (đơn vị)", "Within unit"),
    ("unit_kind", "Loại đơn vị phải thực hiện", "Kind of unit"),
    ("document_id", "Văn bản giao yêu cầu", "Document"),
    ("task_id", "Nhiệm vụ", "Task"),
    ("accept", "Xác nhận", "Acceptance"),
    ("present", "Số có mặt", "Present"),
    ("expected", "Số phải dự", "Expected"),
    ("completed_on", "Ngày hoàn thành", "Completion date"),
    ("cooperating_unit_ids", "Đơn vị phối hợp", "Cooperating units"),
    ("current_password", "Mật khẩu hiện tại", "Current password"),
    ("days", "Số ngày", "Days"),
    ("deadline_text", "Thời hạn", "Deadline"),
    ("decided_by", "Người quyết định", "Decided by"),
    ("decision", "Quyết định", "Decision"),
    ("details", "Nội dung chi tiết", "Details"),
    ("direction", "Chiều đánh giá", "Direction"),
    ("display_name", "Họ và tên hiển thị", "Display name"),
    ("document", "Văn bản", "Document"),
    ("due_on", "Hạn hoàn thành", "Due date"),
    ("email", "Thư điện tử", "Email"),
    ("evidence", "Minh chứng", "Evidence"),
    ("expected_output", "Sản phẩm", "Expected output"),
    ("implements", "Văn bản được triển khai", "Implemented documents"),
    ("indicator", "Tên chỉ tiêu", "Indicator"),
    ("is_head", "Người đứng đầu", "Head of unit"),
    ("issued_on", "Ngày ban hành", "Issue date"),
    ("issuer_unit_id", "Đơn vị ban hành", "Issuing unit"),
    ("kind", "Loại", "Kind"),
    ("lead_unit_id", "Đơn vị chủ trì", "Lead unit"),
    ("login", "Tên đăng nhập", "Login"),
    ("measured_on", "Ngày số liệu", "Measured on"),
    ("name", "Tên", "Name"),
    ("new_due_on", "Thời hạn đề nghị", "Requested due date"),
    ("new_password", "Mật khẩu mới", "New password"),
    ("next", "Trang tiếp theo", "Next page"),
    ("note", "Ghi chú", "Note"),
    ("parent_id", "Cấp trên", "Parent"),
    ("password", "Mật khẩu", "Password"),
    ("percent", "Tỷ lệ hoàn thành", "Percent complete"),
    ("period", "Kỳ", "Period"),
    ("person_id", "Cán bộ", "Person"),
    ("plan_id", "Kế hoạch", "Plan"),
    ("planned", "Kế hoạch giao", "Planned"),
    ("position", "Chức vụ", "Position"),
    ("q", "Từ khóa", "Search terms"),
    ("reason", "Lý do", "Reason"),
    ("reported_on", "Ngày báo cáo", "Report date"),
    ("requested_by", "Người đề nghị", "Requested by"),
    ("responsible_id", "Người phụ trách", "Responsible person"),
    ("role", "Vai trò", "Role"),
    ("roles", "Vai trò", "Roles"),
    ("short_name", "Tên viết tắt", "Short name"),
    ("symbol", "Số, ký hiệu", "Number and symbol"),
    ("task", "Nhiệm vụ", "Task"),
    ("tasks", "Nhiệm vụ", "Tasks"),
    ("text", "Nội dung", "Text"),
    ("title", "Trích yếu, nội dung", "Title"),
    ("to_id", "Văn bản liên quan", "Related document"),
    ("unit_id", "Đơn vị", "Unit"),
    ("uom", "Đơn vị tính", "Unit of measure"),
    ("valid_from", "Hiệu lực từ", "Valid from"),
    ("valid_to", "Hiệu lực đến", "Valid to"),
    ("value", "Giá trị", "Value"),
    ("version", "Phiên bản", "Version"),
    ("year", "Năm", "Year"),
    // Reports (issue 14)
    ("from", "Từ ngày", "From"),
    ("to", "Đến ngày", "To"),
    ("convention", "Cách tính số liệu", "Data dates"),
    // Publishing to citizens (issue 14)
    ("intro", "Lời giới thiệu", "Introduction"),
    ("plan_ids", "Kế hoạch công khai", "Published plans"),
    (
        "targets_year",
        "Năm công khai chỉ tiêu",
        "Year of the published targets",
    ),
    // Notifications and reminders.
    ("mode", "Cách nhận thư", "Delivery"),
    ("digest_hour", "Giờ gửi thư tổng hợp", "Digest hour"),
    ("email_on", "Nhận thông báo qua thư điện tử", "Email notifications"),
    (
        "before_days",
        "Nhắc trước hạn (số ngày)",
        "Remind before the due date (days)",
    ),
    ("on_day", "Nhắc đúng ngày đến hạn", "Remind on the due date"),
    (
        "after_days",
        "Nhắc sau hạn (số ngày)",
        "Remind after the due date (days)",
    ),
    (
        "escalate_head_after",
        "Báo người đứng đầu đơn vị sau (ngày quá hạn)",
        "Escalate to the unit's head after (days overdue)",
    ),
    ("state", "Tình trạng gửi", "Delivery state"),
    (
        "escalate_office_after",
        "Báo cơ quan giao việc sau (ngày quá hạn)",
        "Escalate to the assigning office after (days overdue)",
    ),
    // Evaluation and citizen feedback.
    ("criteria", "Tiêu chí chung", "General criteria"),
    ("bonus", "Điểm thưởng", "Bonus points"),
    ("task_points", "Điểm kết quả thực hiện nhiệm vụ", "Task-results points"),
    (
        "disqualifiers",
        "Trường hợp xếp loại không hoàn thành",
        "Disqualifying facts",
    ),
    ("level", "Mức xếp loại", "Level"),
    ("stage", "Trạng thái đánh giá", "Evaluation stage"),
    ("comment", "Ý kiến", "Comment"),
    ("rule_set", "Bộ tiêu chí đánh giá", "Evaluation rule set"),
    ("family", "Bộ tiêu chí đánh giá", "Evaluation rule set"),
    ("effective_from", "Áp dụng từ ngày", "In force from"),
    (
        "quality_failures",
        "Số lần chưa đạt chất lượng",
        "Failed quality checks",
    ),
    (
        "quality_reason",
        "Lý do chưa đạt chất lượng",
        "Reason the quality check failed",
    ),
    ("exceeded", "Hoàn thành vượt mức", "Exceeded the requirements"),
    ("waived", "Nguyên nhân khách quan", "Objective cause"),
    ("waiver_cause", "Nguyên nhân khách quan", "Objective cause"),
    ("weight", "Hệ số quy đổi", "Conversion factor"),
    ("rating", "Mức độ hài lòng", "Satisfaction"),
    ("form_token", "Phiếu lấy ý kiến", "Feedback form"),
    ("override_level", "Mức xếp loại điều chỉnh", "Adjusted level"),
    ("starts_on", "Ngày bắt đầu", "Start date"),
    ("starts_at", "Giờ bắt đầu", "Start time"),
    ("venue", "Địa điểm chính", "Main venue"),
    (
        "venue_expected",
        "Số phải triệu tập tại điểm cầu chính",
        "Expected at the main venue",
    ),
    (
        "venue_present",
        "Số có mặt tại điểm cầu chính",
        "Present at the main venue",
    ),
    ("bridge_points", "Điểm cầu", "Bridge points"),
    (
        "points",
        "Số người dự tại các điểm cầu",
        "Attendance at the bridge points",
    ),
    ("host_unit_id", "Đơn vị tổ chức", "Host unit"),
    ("series_id", "Đợt hội nghị", "Conference series"),
    (
        "document_ids",
        "Văn bản quán triệt, triển khai",
        "Documents disseminated",
    ),
    ("audiences", "Thành phần dự", "Audiences"),
    ("format", "Hình thức tổ chức", "Format"),
    ("group", "Thành phần", "Audience group"),
    ("marks", "Điểm danh", "Roll-call"),
    ("mark", "Điểm danh", "Attendance"),
    ("absence_reason", "Lý do vắng", "Reason for absence"),
    // Inspection and supervision.
    ("body_unit_id", "Cơ quan kiểm tra", "Inspecting body"),
    ("items", "Nội dung kế hoạch", "Plan items"),
    ("content", "Nội dung kiểm tra, giám sát", "Content"),
    ("subject_unit_ids", "Đối tượng kiểm tra", "Subjects"),
    ("subject_unit_id", "Đối tượng kiểm tra", "Subject"),
    ("time_text", "Thời gian", "Time"),
    ("method", "Hình thức", "Method"),
    ("team", "Đoàn kiểm tra", "Team"),
    ("decided_on", "Ngày quyết định", "Decision date"),
    ("ends_on", "Thời gian kết thúc", "End"),
    ("dated_on", "Ngày lập", "Date"),
    ("concluded_on", "Ngày kết luận", "Conclusion date"),
    ("summary", "Nội dung kết luận chung", "Summary"),
    ("findings", "Nội dung kết luận đối với đối tượng", "Findings"),
    ("recommendations", "Kiến nghị", "Recommendations"),
    ("step", "Bước kiểm tra", "Inspection step"),
    ("recommendation_id", "Kiến nghị", "Recommendation"),
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paths_are_labelled_by_their_last_segment() {
        assert_eq!(label("tasks[3].due_on").0, "Hạn hoàn thành");
        assert_eq!(label("cooperating_unit_ids[2]").0, "Đơn vị phối hợp");
        assert_eq!(label("nope"), ("nope", "nope"));
    }

    #[test]
    fn codes_are_unique() {
        let mut seen = std::collections::HashSet::new();
        for (c, _, _) in LABELS {
            assert!(seen.insert(*c), "{c} twice");
        }
    }
}
