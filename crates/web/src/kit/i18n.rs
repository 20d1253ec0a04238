//! Every string the pages show, in Vietnamese and English — one table. Enum labels come
//! from the domain (`label_vi()` / `label_en()`), messages of errors from the store.

use crate::error::Lang;

/// The UI string `key` in `lang`. An unknown key is a bug: it panics in debug builds (so
/// tests catch it) and shows nothing in release builds.
pub fn t(lang: Lang, key: &str) -> &'static str {
    let (vi, en) = lookup(key).unwrap_or_else(|| {
        debug_assert!(false, "UI string {key:?} is missing from kit::i18n");
        ("", "")
    });
    match lang {
        Lang::Vi => vi,
        Lang::En => en,
    }
}

/// A capability's strings: its keys in (Vietnamese, English).
pub type Table = fn(&str) -> Option<(&'static str, &'static str)>;

/// The string tables: the shell's and the task pages' here, and one per capability module that
/// keeps its own words (add its table to this list).
const TABLES: &[Table] = &[
    core,
    crate::tasks::my_work::strings,
    crate::documents::pages::strings,
    crate::reports::pages::strings,
    crate::reports::exports::strings,
    crate::plans::sheet_import::strings,
    crate::documents::publishing::strings,
    crate::notices::pages::strings,
    crate::notices::admin::strings,
    crate::kit::attachments::strings,
    crate::compliance::strings::strings,
    crate::conferences::strings::strings,
    crate::inspections::strings::strings,
    crate::evaluation::strings::strings,
];

fn lookup(key: &str) -> Option<(&'static str, &'static str)> {
    TABLES.iter().find_map(|table| table(key))
}

fn core(key: &str) -> Option<(&'static str, &'static str)> {
    Some(match key {
        "app_name" => ("Theo dõi, đôn đốc thực hiện nhiệm vụ", "Directive follow-up"),
        "skip" => ("Chuyển đến nội dung chính", "Skip to main content"),
        "nav" => ("Điều hướng chính", "Main navigation"),
        "overview" => ("Tổng quan", "Overview"),
        "tasks" => ("Nhiệm vụ", "Tasks"),
        "task" => ("Nhiệm vụ", "Task"),
        "search" => ("Tìm kiếm", "Search"),
        // Short enough for the header at 1366 px with the longest menu; the title says it all.
        "search_placeholder" => ("Số, tên văn bản, việc…", "Symbol, title, task…"),
        "search_hint" => (
            "Tìm văn bản, nhiệm vụ, đơn vị, cán bộ (gõ không dấu cũng được)",
            "Search documents, tasks, units, people",
        ),
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
        "form_not_saved" => (
            "Chưa lưu được. Vui lòng sửa các mục sau:",
            "Not saved. Please correct the following:",
        ),
        "date_placeholder" => ("ngày/tháng/năm", "dd/mm/yyyy"),
        "date_help" => (
            "Ghi theo dạng ngày/tháng/năm, ví dụ 31/12/2023.",
            "Write it as day/month/year, e.g. 31/12/2023.",
        ),
        "entered_on_behalf" => ("nhập thay", "entered on their behalf"),
        "system_actor" => ("Hệ thống (nạp dữ liệu)", "System (data load)"),
        "granted_until" => ("gia hạn đến", "granted until"),
        "answer_by" => ("hạn trả lời", "answer by"),
        "ev_explanation_to" => ("Yêu cầu giải trình gửi", "Explanation requested of"),
        "ev_comment" => ("Ý kiến chỉ đạo", "Directive comment"),
        "ev_urge" => ("Đôn đốc", "Urged"),
        "nobody" => ("— Chưa phân công —", "— Not assigned —"),
        "links_hidden" => (
            "Văn bản liên quan khác ngoài phạm vi được xem",
            "Other related documents outside what you may read",
        ),
        "add_comment" => ("Ghi ý kiến chỉ đạo", "Add a directive comment"),
        "comment_text" => ("Nội dung ý kiến chỉ đạo", "Directive comment"),
        "addressee" => ("Đơn vị giải trình", "Unit to explain"),
        "answer_due_on" => ("Hạn trả lời", "Answer by"),
        "answer_due_help" => (
            "Để trống: 5 ngày kể từ hôm nay.",
            "Leave empty for five days from today.",
        ),
        "approved_due_on" => ("Gia hạn đến ngày", "Extended until"),
        "approved_due_help" => (
            "Mặc định là ngày đơn vị đề nghị; có thể ghi ngày khác khi đồng ý.",
            "The date asked by default; another may be granted when approving.",
        ),
        "completed_on_help" => (
            "Để trống nếu hoàn thành hôm nay. Ghi lùi quá 7 ngày cần văn phòng giao việc ghi nhận.",
            "Leave empty for today. More than 7 days back needs the assigning office.",
        ),
        "completion_note" => ("Kết quả, sản phẩm", "Result and output"),
        "confirm_drop" => (
            "Tôi xác nhận tiến độ giảm so với lần báo cáo trước.",
            "I confirm the progress is lower than last reported.",
        ),
        "evidence" => ("Minh chứng", "Evidence"),
        "evidence_help" => (
            "Mỗi dòng một minh chứng: số, ký hiệu văn bản hoặc đường dẫn https://…",
            "One per line: a document's number and symbol, or an https:// link.",
        ),
        "filter_units" => ("Lọc theo tên đơn vị…", "Filter by unit name…"),
        "group_heading" => ("Nhóm nhiệm vụ", "Group of tasks"),
        "is_group_label" => (
            "Đây là nhóm nhiệm vụ (tiêu đề nhóm, không tính là một nhiệm vụ)",
            "This is a group heading (not counted as a task)",
        ),
        "lead_help" => (
            "Chỉ gồm các đơn vị mà cơ quan ban hành được giao việc, xếp theo địa bàn.",
            "Only the units the issuing body may assign to, grouped by area.",
        ),
        "not_assigned" => ("Chưa phân công", "Not assigned"),
        "send_urge" => ("Gửi đôn đốc", "Send the reminder"),
        "set_responsible" => ("Phân công người phụ trách", "Assign the responsible person"),
        "split_of" => ("Phân công một phần của nhiệm vụ", "Part of the task"),
        "split_task" => ("Phân công nhiệm vụ con", "Split into sub-tasks"),
        "subtasks" => ("Nhiệm vụ con", "Sub-tasks"),
        "urge" => ("Đôn đốc", "Urge"),
        "urge_text" => ("Nội dung đôn đốc (có thể để trống)", "Message (may be empty)"),
        "urge_default" => (
            "Đề nghị đơn vị khẩn trương thực hiện, báo cáo kết quả.",
            "Please carry out the task and report promptly.",
        ),
        "my_work" => ("Việc của tôi", "My work"),
        "queue" => ("Việc cần xử lý", "To handle"),
        "documents" => ("Văn bản", "Documents"),
        "request_id" => (
            "Mã tra cứu lỗi (gửi kèm khi báo lỗi)",
            "Reference (quote it when reporting the problem)",
        ),
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
            "Tốt: ít nhất {green}% nhiệm vụ đến hạn hoàn thành đúng hạn và không có nhiệm vụ quá hạn. Chậm: từ {red_overdue}% nhiệm vụ quá hạn, hoặc dưới {red_done}% nhiệm vụ đến hạn đã hoàn thành.",
            "Good: at least {green}% of due tasks completed on time and none overdue. Behind: {red_overdue}% or more overdue, or under {red_done}% of due tasks completed.",
        ),
        "chart_completion" => ("Tỷ lệ hoàn thành theo đơn vị", "Completion by unit"),
        "chart_status_mix" => ("Cơ cấu nhiệm vụ theo trạng thái", "Tasks by status"),
        "chart_plan_progress" => ("Tiến độ thực hiện theo tháng", "Progress by month"),
        "chart_due_cumulative" => ("Nhiệm vụ đến hạn (lũy kế)", "Tasks due (cumulative)"),
        "chart_done_cumulative" => ("Nhiệm vụ đã hoàn thành (lũy kế)", "Tasks completed (cumulative)"),
        "unit_role" => ("Vai trò của đơn vị", "Unit's role"),
        "role_lead" => ("Chủ trì", "Lead"),
        "role_cooperating" => ("Phối hợp", "Cooperating"),
        "chart_legend_rag" => (
            "Độ dài cột: tỷ lệ hoàn thành. Màu cột: đánh giá của đơn vị —",
            "Bar length: completion rate. Bar colour: the unit's assessment —",
        ),
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
        "mark_complete" => ("Báo cáo hoàn thành", "Report completion"),
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
        "audit_log" => ("Nhật ký thay đổi", "Change log"),
        "audit_none" => ("Chưa có thay đổi nào được ghi.", "No change recorded."),
        "audit_caption" => (
            "Mọi thay đổi đều được ghi lại và không thể sửa, xóa.",
            "Every change is recorded and cannot be edited or deleted.",
        ),
        "audit_seq" => ("Số", "No."),
        "audit_when" => ("Thời điểm", "When"),
        "audit_who" => ("Người thực hiện", "Who"),
        "audit_from" => ("Địa chỉ IP", "IP address"),
        "audit_action" => ("Thao tác", "Action"),
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
        "filters" => ("Bộ lọc", "Filters"),
        "words" => ("Từ khóa", "Words"),
        "sort" => ("Sắp xếp", "Sort"),
        "sort_due" => ("Theo thời hạn", "By due date"),
        "sort_code" => ("Theo số thứ tự", "By number"),
        "sort_updated" => ("Mới cập nhật", "Recently updated"),
        "sort_progress" => ("Theo tiến độ", "By progress"),
        "sort_urgency" => ("Việc cần làm trước", "Most urgent first"),
        "days" => ("ngày", "days"),
        "late_by" => ("Chậm", "Late by"),
        "last_report" => ("Báo cáo gần nhất", "Last report"),
        "no_report" => ("Chưa báo cáo", "No report yet"),
        "select_all" => ("Chọn tất cả nhiệm vụ trên trang", "Select every task on the page"),
        "select" => ("Chọn", "Select"),
        "bulk_actions" => ("Xử lý các nhiệm vụ đã chọn", "Act on the selected tasks"),
        "bulk_urge" => ("Đôn đốc các nhiệm vụ đã chọn", "Urge the selected tasks"),
        "bulk_urge_text" => ("Nội dung đôn đốc", "Urge message"),
        "bulk_person" => (
            "Giao người phụ trách cho các nhiệm vụ đã chọn",
            "Set the responsible person of the selected tasks",
        ),
        "bulk_none" => ("Chưa chọn nhiệm vụ nào.", "No task selected."),
        "bulk_done_urge" => ("Đã đôn đốc", "Urged"),
        "bulk_done_person" => ("Đã giao người phụ trách cho", "Responsible person set on"),
        "tasks_unit" => ("nhiệm vụ", "tasks"),
        "own_only" => (
            "Chỉ nhiệm vụ đơn vị trực tiếp chủ trì",
            "Only tasks the unit itself leads",
        ),
        "key_only" => ("Chỉ nhiệm vụ trọng tâm", "Key tasks only"),
        "filter" => ("Lọc", "Filter"),
        "found" => ("Tìm thấy", "Found"),
        "showing" => ("đang xem", "showing"),
        "pages" => ("Trang", "Pages"),
        "prev" => ("Trang trước", "Previous"),
        "next" => ("Trang sau", "Next"),
        "page" => ("Trang", "Page"),
        "search_quick" => ("Tìm nhanh", "Quick search"),
        "first_page" => ("Trang đầu", "First"),
        "last_page" => ("Trang cuối", "Last"),
        "more_than" => ("hơn {n}", "more than {n}"),
        "capped_note" => (
            "Danh sách chỉ đi đến đây. Hãy lọc theo đơn vị, trạng thái hoặc kỳ để xem các nhiệm vụ còn lại.",
            "The list stops here. Filter by unit, status or period to see the remaining tasks.",
        ),
        "no_hits" => ("Không tìm thấy kết quả nào.", "Nothing found."),
        "hit_document" => ("Văn bản", "Document"),
        "hit_task" => ("Nhiệm vụ", "Task"),
        "hit_unit" => ("Đơn vị", "Unit"),
        "hit_person" => ("Cán bộ", "Person"),
        // Unit page
        "unit_page" => ("Thông tin đơn vị", "Unit details"),
        "see_overview" => ("Xem tổng quan", "See the overview"),
        "record" => ("Kết quả thực hiện nhiệm vụ", "Record"),
        "record_scope" => (
            "Gồm nhiệm vụ của đơn vị và các đơn vị cấp dưới, mọi thời hạn",
            "Tasks of the unit and its subunits, all due dates",
        ),
        "own_count" => ("Đơn vị trực tiếp chủ trì", "Led by the unit itself"),
        "subunits" => ("Đơn vị trực thuộc", "Subunits"),
        "as_lead" => ("Chủ trì (gồm đơn vị trực thuộc)", "As lead unit (with subunits)"),
        "as_cooperating" => ("Phối hợp", "As cooperating unit"),
        "people" => ("Cán bộ", "People"),
        "people_scope" => (
            "Cán bộ của đơn vị và các đơn vị trực thuộc, người đứng đầu trước",
            "People of the unit and its subunits, heads first",
        ),
        "no_people" => ("Chưa có cán bộ nào.", "No people yet."),
        "full_name" => ("Họ và tên", "Name"),
        "position" => ("Chức vụ", "Position"),
        "category" => ("Ngạch, loại", "Category"),
        "head" => ("Người đứng đầu", "Head"),
        "party_member" => ("đảng viên", "Party member"),
        "documents_scope" => (
            "Văn bản do đơn vị và các đơn vị cấp dưới ban hành, mới nhất trước",
            "Issued by the unit and its subunits, newest first",
        ),
        "no_documents" => ("Chưa có văn bản nào.", "No documents yet."),
        // Document page
        "symbol" => ("Số, ký hiệu", "Number and symbol"),
        "doc_kind" => ("Loại văn bản", "Kind"),
        "doc_title" => ("Trích yếu", "Title"),
        "issued_on" => ("Ngày ban hành", "Issued on"),
        "doc_details" => ("Thông tin văn bản", "Document details"),
        "as_entered" => ("như đã nhập", "as entered"),
        "issuer" => ("Cơ quan ban hành", "Issued by"),
        "valid_from" => ("Hiệu lực từ ngày", "In force from"),
        "valid_to" => ("Hết hiệu lực ngày", "In force until"),
        "in_force" => ("Còn hiệu lực", "In force"),
        "not_yet_valid" => ("Chưa có hiệu lực", "Not yet in force"),
        "expired" => ("Hết hiệu lực", "No longer in force"),
        "doc_graph" => ("Quan hệ văn bản", "Related documents"),
        "links_up" => (
            "Văn bản cấp trên (văn bản này thực hiện)",
            "Above (this document implements)",
        ),
        "links_down" => ("Văn bản triển khai thực hiện", "Below (documents implementing it)"),
        "links_down_direct" => ("Trực tiếp", "Directly"),
        "none" => ("Không có.", "None."),
        "doc_tasks" => ("Nhiệm vụ của văn bản", "Tasks of this document"),
        // Targets page
        "plan_vs_actual" => ("Kế hoạch và thực hiện", "Plan and actual"),
        "indicator" => ("Chỉ tiêu", "Indicator"),
        "uom" => ("Đơn vị tính", "Unit of measure"),
        "planned" => ("Kế hoạch", "Planned"),
        "actual" => ("Thực hiện", "Actual"),
        "percent_achieved" => ("Tỷ lệ đạt", "Achieved"),
        "direction_help" => (
            "↑: càng cao càng tốt; ↓: càng thấp càng tốt. Tỷ lệ đạt 100% là đúng kế hoạch.",
            "↑: higher is better; ↓: lower is better. 100% achieved means exactly as planned.",
        ),
        "chart_targets" => ("Thực hiện so với kế hoạch (%)", "Actual against plan (%)"),
        // Plan import
        "import_plan" => ("Nhập kế hoạch", "Import a plan"),
        "import_intro" => (
            "Dán nội dung kế hoạch hoặc chọn tệp .docx; hệ thống đọc phần đầu, các nhiệm vụ, đơn vị chủ trì, phối hợp và thời hạn để anh/chị rà soát trước khi lưu.",
            "Paste a plan's text or choose a .docx file; its header, tasks, lead and cooperating units and deadlines are read for you to review before saving.",
        ),
        "import_no_rights" => (
            "Tài khoản này không có quyền nhập kế hoạch cho đơn vị nào.",
            "This account may not import plans for any unit.",
        ),
        "choose_unit" => ("— Chọn đơn vị —", "— Choose a unit —"),
        "plan_text" => ("Nội dung kế hoạch", "The plan's text"),
        "plan_text_help" => (
            "Dán nguyên văn, kể cả bảng sao chép từ Word.",
            "Paste it as it is, tables copied from Word included.",
        ),
        "plan_file" => ("Hoặc tệp Word (.docx)", "Or a Word file (.docx)"),
        "read_plan" => ("Đọc kế hoạch", "Read the plan"),
        "import_review" => ("Rà soát kế hoạch trước khi lưu", "Review the plan before saving"),
        "import_review_help" => (
            "Đối chiếu từng nhiệm vụ với văn bản bên trái, sửa nếu cần, chọn đơn vị cho các tên chưa khớp rồi bấm “Lưu”. Kế hoạch được lưu trọn vẹn hoặc không lưu gì.",
            "Check each task against the text on the left, correct it, choose units for the names not matched, then press “Save”. The plan is saved whole or not at all.",
        ),
        "import_fix" => (
            "Chưa lưu: hãy sửa chỗ được đánh dấu bên dưới.",
            "Not saved: correct the field marked below.",
        ),
        "unmatched_names" => ("Tên đơn vị chưa khớp", "Unit names not matched"),
        "plan_header" => ("Thông tin văn bản", "Document"),
        "symbol_exists" => (
            "Đơn vị đã có văn bản cùng số, ký hiệu:",
            "The unit already has a document with this symbol:",
        ),
        "implements" => ("Thực hiện văn bản", "Implements"),
        "not_registered" => ("chưa có trong hệ thống", "not registered"),
        "draft_tasks" => ("Nhiệm vụ đọc được", "Tasks read"),
        "no_drafts" => ("Không đọc được nhiệm vụ nào.", "No tasks were found."),
        "keep_task" => ("Lưu nhiệm vụ này", "Save this task"),
        "task_code" => ("Số thứ tự", "Number"),
        "task_title" => ("Nội dung nhiệm vụ", "Task"),
        "as_written" => ("Trong văn bản", "In the text"),
        "not_matched" => ("Chưa khớp", "Not matched"),
        "check_deadline" => ("Cần kiểm tra thời hạn", "Check the deadline"),
        "expand_per_unit" => (
            "Giao cho từng đơn vị, mỗi đơn vị một nhiệm vụ",
            "Assign to each unit, one task per unit",
        ),
        "support_help" => (
            "Đơn vị phối hợp: tên đơn vị, cách nhau bởi dấu “;”.",
            "Cooperating units: unit names separated by “;”.",
        ),
        "save" => ("Lưu", "Save"),
        // Create/edit forms
        "new_task" => ("Giao nhiệm vụ mới", "New task"),
        "edit_task" => ("Sửa nhiệm vụ", "Edit the task"),
        "task_details" => ("Nội dung chi tiết", "Details"),
        "multi_help" => (
            "Giữ phím Ctrl (hoặc ⌘) để chọn nhiều đơn vị.",
            "Hold Ctrl (or ⌘) to choose several units.",
        ),
        "deadline_help" => (
            "Ghi như trong văn bản: “Quý IV/2023”, “trước 30/11/2023”, “hằng tháng”; hệ thống tự tính thời hạn.",
            "As written in the document: “Quý IV/2023”, “trước 30/11/2023”, “hằng tháng”; the due date is computed.",
        ),
        "current_due" => ("Thời hạn hiện tại", "Current due date"),
        "due_override" => ("Thời hạn cụ thể (nếu khác)", "Due date (if different)"),
        "cancel_form" => ("Quay lại", "Go back"),
        "cancel_task" => ("Hủy nhiệm vụ", "Cancel the task"),
        "cancel_task_help" => (
            "Nhiệm vụ bị hủy vẫn được lưu và được thống kê là đã hủy.",
            "A cancelled task stays on record, counted as cancelled.",
        ),
        "edit" => ("Sửa", "Edit"),
        "new_unit" => ("Thêm đơn vị", "New unit"),
        "edit_unit" => ("Sửa thông tin đơn vị", "Edit the unit"),
        "add_subunit" => ("Thêm đơn vị trực thuộc", "Add a subunit"),
        "parent_unit" => ("Đơn vị cấp trên", "Parent unit"),
        "unit_kind" => ("Loại đơn vị", "Kind of unit"),
        "unit_name" => ("Tên đơn vị", "Name"),
        "short_name" => ("Tên viết tắt", "Short name"),
        "choose" => ("— Chọn —", "— Choose —"),
        "new_person" => ("Thêm cán bộ", "New person"),
        "edit_person" => ("Sửa thông tin cán bộ", "Edit the person"),
        "new_document" => ("Thêm văn bản", "New document"),
        "edit_document" => ("Sửa văn bản", "Edit the document"),
        "symbol_help" => (
            "Ví dụ: 152-KH/QU (văn bản của Đảng), 01/CT-UBND hoặc 123/2020/NĐ-CP.",
            "E.g. 152-KH/QU (Party), 01/CT-UBND or 123/2020/NĐ-CP.",
        ),
        "symbol_reads" => ("Hệ thống đọc là", "Read as"),
        "kind_from_symbol" => ("— Theo số, ký hiệu —", "— From the symbol —"),
        "add_link" => ("Thêm quan hệ văn bản", "Link to another document"),
        "link_kind" => ("Văn bản này", "This document"),
        "link_to" => (
            "Văn bản liên quan (số, ký hiệu)",
            "Related document (number and symbol)",
        ),
        "link_to_help" => (
            "Văn bản phải có trong hệ thống, ví dụ 24-CT/TW.",
            "It must be registered already, e.g. 24-CT/TW.",
        ),
        "add_task" => ("Giao nhiệm vụ", "Add a task"),
        "new_target" => ("Thêm chỉ tiêu", "New target"),
        "period_help" => (
            "Dạng 2023, 2023-H1, 2023-Q3 hoặc 2023-09.",
            "As 2023, 2023-H1, 2023-Q3 or 2023-09.",
        ),
        "direction" => ("Chiều đánh giá", "Direction"),
        "record_actual" => ("Cập nhật số liệu thực hiện", "Record an actual value"),
        "measured_on" => ("Số liệu tính đến ngày", "Measured on"),
        "actual_value" => ("Giá trị thực hiện", "Actual value"),
        // Editing targets, removing document links, moving units, parent tasks
        "edit_target" => ("Sửa chỉ tiêu", "Edit the target"),
        "update_figures" => ("Cập nhật số liệu", "Record actual"),
        "remove_link" => ("Xóa liên kết", "Remove the link"),
        "remove_link_help" => (
            "Chỉ xóa quan hệ giữa hai văn bản; cả hai văn bản vẫn được giữ nguyên.",
            "Only the link is removed; both documents stay.",
        ),
        "confirm_remove" => ("Xác nhận xóa", "Confirm removal"),
        "no_parent_unit" => ("— Không có (đơn vị cấp cao nhất) —", "— None (a top-level unit) —"),
        "parent_unit_help" => (
            "Chọn đơn vị khác để chuyển đơn vị này, cùng các đơn vị trực thuộc, sang đơn vị đó.",
            "Choose another unit to move this unit, with its subunits, under it.",
        ),
        "parent_task" => ("Nhiệm vụ cha", "Parent task"),
        "no_parent_task" => ("— Không có —", "— None —"),
        "parent_task_help" => (
            "Chọn nếu nhiệm vụ này thuộc một nhóm nhiệm vụ, giải pháp của cùng kế hoạch.",
            "Choose one if this task belongs to a group of tasks or solutions of the same plan.",
        ),
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every `l.t("…")` in the templates has both languages.
    #[test]
    fn templates_use_known_keys() {
        fn walk(dir: &std::path::Path, out: &mut Vec<String>) {
            for entry in std::fs::read_dir(dir).unwrap() {
                let path = entry.unwrap().path();
                if path.is_dir() {
                    walk(&path, out);
                } else if path.extension().is_some_and(|e| e == "html") {
                    out.push(std::fs::read_to_string(&path).unwrap());
                }
            }
        }
        let mut templates = Vec::new();
        walk(
            &std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("templates"),
            &mut templates,
        );
        assert!(templates.len() > 10, "templates found");
        for tpl in templates {
            for part in tpl.split("l.t(\"").skip(1) {
                let key = &part[..part.find('"').unwrap()];
                let (vi, en) = lookup(key).unwrap_or_else(|| panic!("missing UI string {key:?}"));
                assert!(!vi.is_empty() && !en.is_empty(), "{key}");
            }
        }
    }
}
