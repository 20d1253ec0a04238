//! Every string the pages show, in Vietnamese and English — one table. Enum labels come
//! from the domain (`label_vi()` / `label_en()`), messages of errors from the store.

use crate::error::Lang;

/// The UI string `key` in `lang`. An unknown key is a bug: it panics in debug builds (so
/// tests catch it) and shows nothing in release builds.
pub fn t(lang: Lang, key: &str) -> &'static str {
    let (vi, en) = lookup(key).unwrap_or_else(|| {
        debug_assert!(false, "UI string {key:?} is missing from ui::i18n");
        ("", "")
    });
    match lang {
        Lang::Vi => vi,
        Lang::En => en,
    }
}

fn lookup(key: &str) -> Option<(&'static str, &'static str)> {
    Some(match key {
        "app_name" => ("Theo dõi, đôn đốc thực hiện nhiệm vụ", "Directive follow-up"),
        "skip" => ("Chuyển đến nội dung chính", "Skip to main content"),
        "nav" => ("Điều hướng chính", "Main navigation"),
        "overview" => ("Tổng quan", "Overview"),
        "tasks" => ("Nhiệm vụ", "Tasks"),
        "task" => ("Nhiệm vụ", "Task"),
        "search" => ("Tìm kiếm", "Search"),
        "search_placeholder" => ("Văn bản, nhiệm vụ, đơn vị, cán bộ…", "Documents, tasks, units, people…"),
        "logout" => ("Đăng xuất", "Sign out"),
        "login" => ("Đăng nhập", "Sign in"),
        "login_title" => ("Đăng nhập hệ thống", "Sign in"),
        "login_name" => ("Tên đăng nhập", "Login"),
        "password" => ("Mật khẩu", "Password"),
        "back_home" => ("Về trang tổng quan", "Back to the overview"),
        "err_not_found" => ("Không tìm thấy", "Not found"),
        "err_forbidden" => ("Không có quyền", "Not allowed"),
        "err_bad_request" => ("Yêu cầu không hợp lệ", "Bad request"),
        "err_internal" => ("Lỗi hệ thống", "Internal error"),
        "breadcrumbs" => ("Vị trí", "Breadcrumbs"),
        "period" => ("Kỳ", "Period"),
        "show" => ("Xem", "Show"),
        "as_of" => ("tính đến ngày", "as of"),
        "summary" => ("Tóm tắt", "Summary"),
        "completion_rate" => ("Tỷ lệ hoàn thành", "Completion rate"),
        "on_time_rate" => ("Đúng hạn", "On time"),
        "overdue" => ("Quá hạn", "Overdue"),
        "key_tasks" => ("Nhiệm vụ trọng tâm", "Key tasks"),
        "key_task" => ("Trọng tâm", "Key task"),
        "done" => ("Đã hoàn thành", "Done"),
        "targets" => ("Chỉ tiêu", "Targets"),
        "t_exceeded" => ("Vượt", "Exceeded"),
        "t_met" => ("Đạt", "Met"),
        "t_missed" => ("Không đạt", "Missed"),
        "t_pending" => ("Chưa có số liệu", "No figure yet"),
        "no_targets" => ("Không có chỉ tiêu trong kỳ này.", "No targets in this period."),
        "by_unit" => ("Theo đơn vị", "By unit"),
        "unit" => ("Đơn vị", "Unit"),
        "assessment" => ("Đánh giá", "Assessment"),
        "total" => ("Tổng cộng", "Total"),
        "own_tasks" => ("nhiệm vụ do đơn vị chủ trì", "led by the unit itself"),
        "rag_green" => ("Tốt", "Good"),
        "rag_amber" => ("Cần chú ý", "Watch"),
        "rag_red" => ("Chậm", "Behind"),
        "rag_none" => ("Chưa có nhiệm vụ", "No tasks"),
        "rag_rule" => (
            "Tốt: ít nhất 90% nhiệm vụ đến hạn hoàn thành đúng hạn và không có nhiệm vụ quá hạn. Chậm: từ 10% nhiệm vụ quá hạn, hoặc dưới 60% nhiệm vụ đến hạn đã hoàn thành.",
            "Good: at least 90% of due tasks completed on time and none overdue. Behind: 10% or more overdue, or under 60% of due tasks completed.",
        ),
        "chart_completion" => ("Tỷ lệ hoàn thành theo đơn vị", "Completion by unit"),
        "overdue_list" => ("Nhiệm vụ quá hạn", "Overdue tasks"),
        "no_overdue" => ("Không có nhiệm vụ quá hạn.", "No overdue tasks."),
        "due" => ("Thời hạn", "Due"),
        "days_late" => ("Số ngày quá hạn", "Days late"),
        "lead_unit" => ("Đơn vị chủ trì", "Lead unit"),
        "responsible" => ("Người chịu trách nhiệm", "Responsible"),
        "progress" => ("Tiến độ", "Progress"),
        "key_open" => ("Nhiệm vụ trọng tâm đang thực hiện", "Open key tasks"),
        "no_key_open" => ("Không có nhiệm vụ trọng tâm đang mở.", "No open key tasks."),
        "no_tasks" => ("Không có nhiệm vụ.", "No tasks."),
        "details" => ("Thông tin nhiệm vụ", "Task details"),
        "plan" => ("Văn bản", "Document"),
        "cooperating" => ("Đơn vị phối hợp", "Cooperating units"),
        "deadline_text" => ("Thời hạn theo văn bản", "Deadline as written"),
        "original_due" => ("thời hạn ban đầu", "originally"),
        "recurrence" => ("Định kỳ", "Recurrence"),
        "expected_output" => ("Sản phẩm", "Expected output"),
        "completed_on" => ("Ngày hoàn thành", "Completed on"),
        "cancelled_on" => ("Ngày hủy", "Cancelled on"),
        "actions" => ("Thao tác", "Actions"),
        "report_progress" => ("Báo cáo tiến độ", "Report progress"),
        "percent" => ("Tỷ lệ hoàn thành (%)", "Percent complete"),
        "percent_help" => (
            "Từ 0 đến 99; khi xong việc, dùng “Đánh dấu hoàn thành”.",
            "0 to 99; when done, mark the task complete.",
        ),
        "progress_text" => ("Nội dung báo cáo", "Report"),
        "send_report" => ("Gửi báo cáo", "Send report"),
        "mark_complete" => ("Đánh dấu hoàn thành", "Mark complete"),
        "note" => ("Ghi chú", "Note"),
        "request_extension" => ("Đề nghị gia hạn", "Request an extension"),
        "new_due_on" => ("Thời hạn đề nghị", "Requested due date"),
        "reason" => ("Lý do", "Reason"),
        "send" => ("Gửi", "Send"),
        "decide_extension" => ("Quyết định đề nghị gia hạn", "Decide the extension request"),
        "decision" => ("Quyết định", "Decision"),
        "approve" => ("Đồng ý", "Approve"),
        "reject" => ("Không đồng ý", "Reject"),
        "save_decision" => ("Lưu quyết định", "Save decision"),
        "request_explanation" => ("Yêu cầu giải trình", "Request an explanation"),
        "question" => ("Nội dung yêu cầu", "Question"),
        "answer_explanation" => ("Trả lời yêu cầu giải trình", "Answer the explanation request"),
        "answer" => ("Nội dung giải trình", "Answer"),
        "history" => ("Quá trình thực hiện", "History"),
        "no_history" => ("Chưa có báo cáo nào.", "Nothing reported yet."),
        "by" => ("Người thực hiện", "By"),
        "ev_progress" => ("Báo cáo tiến độ", "Progress report"),
        "ev_extension" => ("Đề nghị gia hạn", "Extension request"),
        "ev_decision" => ("Quyết định gia hạn", "Extension decision"),
        "ev_explanation" => ("Yêu cầu giải trình", "Explanation request"),
        "ev_answer" => ("Giải trình", "Explanation"),
        "ev_completed" => ("Hoàn thành", "Completed"),
        "ev_cancelled" => ("Hủy nhiệm vụ", "Cancelled"),
        "unit_subtree" => ("Đơn vị (gồm cấp dưới)", "Unit (with its subunits)"),
        "status" => ("Trạng thái", "Status"),
        "all" => ("Tất cả", "All"),
        "words" => ("Từ khóa", "Words"),
        "sort" => ("Sắp xếp", "Sort"),
        "sort_due" => ("Theo thời hạn", "By due date"),
        "sort_code" => ("Theo số thứ tự", "By number"),
        "sort_updated" => ("Mới cập nhật", "Recently updated"),
        "sort_progress" => ("Theo tiến độ", "By progress"),
        "key_only" => ("Chỉ nhiệm vụ trọng tâm", "Key tasks only"),
        "filter" => ("Lọc", "Filter"),
        "found" => ("Tìm thấy", "Found"),
        "showing" => ("đang xem", "showing"),
        "pages" => ("Trang", "Pages"),
        "prev" => ("Trang trước", "Previous"),
        "next" => ("Trang sau", "Next"),
        "no_hits" => ("Không tìm thấy kết quả nào.", "Nothing found."),
        "hit_document" => ("Văn bản", "Document"),
        "hit_task" => ("Nhiệm vụ", "Task"),
        "hit_unit" => ("Đơn vị", "Unit"),
        "hit_person" => ("Cán bộ", "Person"),
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every `l.t("…")` in the templates has both languages.
    #[test]
    fn templates_use_known_keys() {
        let templates = [
            include_str!("../../templates/base.html"),
            include_str!("../../templates/error.html"),
            include_str!("../../templates/login.html"),
            include_str!("../../templates/overview.html"),
            include_str!("../../templates/task.html"),
            include_str!("../../templates/tasks.html"),
            include_str!("../../templates/search.html"),
        ];
        for tpl in templates {
            for part in tpl.split("l.t(\"").skip(1) {
                let key = &part[..part.find('"').unwrap()];
                let (vi, en) = lookup(key).unwrap_or_else(|| panic!("missing UI string {key:?}"));
                assert!(!vi.is_empty() && !en.is_empty(), "{key}");
            }
        }
    }
}
