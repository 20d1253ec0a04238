//! Every operation of the application, with what it needs: the action, the side of the record
//! the action must be granted on, and whether the person responsible for a task may do it.
//!
//! The use-case layer checks each operation through [`super::Principal::may`] with this table;
//! the authorization matrix is generated from [`Operation::ALL`], so an operation added here is
//! tested for every role in and out of scope without anyone remembering to.

use super::rights::Action;

/// The units of a record an operation's right must cover (at least one of them).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Side {
    /// The record's own unit (a task's lead unit, a document's issuer, a person's unit).
    Owner,
    /// The unit that assigned a task (its plan's issuer); the owner for other records.
    Assigner,
    /// The lead unit or any cooperating unit of a task.
    OwnerOrCooperator,
    /// The assigning side or the lead unit.
    AssignerOrOwner,
    /// Any unit the record involves.
    Any,
}

/// What an operation needs.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Rule {
    pub action: Action,
    pub side: Side,
    /// The person responsible for a task may do it on that task with a role granting the action
    /// anywhere (staff report on their own work).
    pub responsible_may: bool,
}

const fn rule(action: Action, side: Side, responsible_may: bool) -> Rule {
    Rule {
        action,
        side,
        responsible_may,
    }
}

crate::labelled_enum! {
    /// The operations of the application.
    Operation {
        Read = "read", "Xem", "Read";
        CreateUnit = "create_unit", "Thêm đơn vị", "Create a unit";
        UpdateUnit = "update_unit", "Sửa đơn vị", "Edit a unit";
        DeleteUnit = "delete_unit", "Xóa đơn vị", "Delete a unit";
        CreatePerson = "create_person", "Thêm cán bộ", "Add a person";
        UpdatePerson = "update_person", "Sửa thông tin cán bộ", "Edit a person";
        CreateDocument = "create_document", "Đăng ký văn bản", "Register a document";
        UpdateDocument = "update_document", "Sửa văn bản", "Edit a document";
        LinkDocuments = "link_documents", "Liên kết văn bản", "Link documents";
        UnlinkDocuments = "unlink_documents", "Bỏ liên kết văn bản", "Remove a document link";
        CreateTheme = "create_theme", "Thêm chủ đề năm", "Add a yearly theme";
        UpdateTheme = "update_theme", "Sửa chủ đề năm", "Edit a yearly theme";
        ImportPlan = "import_plan", "Nhập kế hoạch", "Import a plan";
        CreateTask = "create_task", "Giao nhiệm vụ", "Assign a task";
        CreateSubtask = "create_subtask", "Phân công nhiệm vụ con", "Split a task";
        UpdateTask = "update_task", "Sửa nhiệm vụ", "Edit a task";
        SetResponsible = "set_responsible", "Phân công người phụ trách", "Set the responsible person";
        CancelTask = "cancel_task", "Hủy nhiệm vụ", "Cancel a task";
        ReportProgress = "report_progress", "Báo cáo tiến độ", "Report progress";
        CompleteTask = "complete_task", "Báo cáo hoàn thành", "Report completion";
        RequestExtension = "request_extension", "Đề nghị gia hạn", "Request an extension";
        DecideExtension = "decide_extension", "Quyết định gia hạn", "Decide an extension";
        RequestExplanation = "request_explanation", "Yêu cầu giải trình", "Request an explanation";
        AnswerExplanation = "answer_explanation", "Giải trình", "Answer an explanation request";
        CommentTask = "comment_task", "Ý kiến chỉ đạo", "Add a directive comment";
        UrgeTask = "urge_task", "Đôn đốc", "Urge";
        CreateTarget = "create_target", "Thêm chỉ tiêu", "Add a target";
        UpdateTarget = "update_target", "Sửa chỉ tiêu", "Edit a target";
        RecordActual = "record_actual", "Cập nhật số liệu thực hiện", "Record an actual value";
        CreateUser = "create_user", "Tạo tài khoản", "Create an account";
        UpdateUserRoles = "update_user_roles", "Phân quyền tài khoản", "Set an account's roles";
        ResetPassword = "reset_password", "Đặt lại mật khẩu", "Reset a password";
        PublishUnit = "publish_unit", "Công khai thông tin cho người dân", "Publish to citizens";
        SetReminderRules = "set_reminder_rules", "Quy định nhắc việc, đôn đốc", "Set reminder rules";
        ViewOutbox = "view_outbox", "Xem tình trạng gửi thông báo", "View notification delivery";
        CreateRequirement = "create_requirement", "Giao yêu cầu thực hiện cho các đơn vị", "Set a requirement for units";
        ReportRequirement = "report_requirement", "Báo cáo thực hiện yêu cầu", "Report a requirement done";
        ReviewRequirement = "review_requirement", "Xác nhận hoặc trả lại báo cáo thực hiện yêu cầu", "Accept or return a requirement report";
        RecordMeeting = "record_meeting", "Ghi nhận buổi sinh hoạt định kỳ", "Record a regular meeting";
        CreateConference = "create_conference", "Thêm hội nghị", "Add a conference";
        UpdateConference = "update_conference", "Sửa hội nghị, tài liệu và biên bản", "Edit a conference, its materials and minutes";
        RecordAttendance = "record_attendance", "Ghi nhận số người dự tại điểm cầu", "Record attendance at bridge points";
        ConcludeConference = "conclude_conference", "Nhập thông báo kết luận hội nghị thành nhiệm vụ", "Turn a conference's conclusions into tasks";
        SelfAssess = "self_assess", "Tự đánh giá, xếp loại", "Self-assess";
        ReviewEvaluation = "review_evaluation", "Nhận xét, đánh giá cán bộ", "Review a staff evaluation";
        DecideEvaluation = "decide_evaluation", "Quyết định xếp loại cán bộ", "Decide a staff level";
        ComputeEvaluations = "compute_evaluations", "Tính điểm đánh giá theo kỳ", "Compute a period's evaluations";
        MarkTaskResult = "mark_task_result", "Ghi nhận chất lượng, vượt mức, nguyên nhân khách quan của nhiệm vụ", "Mark a task's quality, excess or objective cause";
        ManageRuleSets = "manage_rule_sets", "Quản lý bộ tiêu chí đánh giá", "Manage evaluation rule sets";
        ManageFeedback = "manage_feedback", "Quản lý điểm lấy ý kiến người dân", "Manage citizen feedback points";
        PlanInspections = "plan_inspections", "Lập chương trình kiểm tra, giám sát", "Plan inspections and supervision";
        DecideInspection = "decide_inspection", "Ban hành quyết định kiểm tra", "Issue an inspection decision";
        SubmitSelfReport = "submit_self_report", "Nộp báo cáo tự kiểm tra", "Submit a self-report";
        RecordVerification = "record_verification", "Ghi biên bản thẩm tra, xác minh", "Record a verification note";
        DraftInspectionReport = "draft_inspection_report", "Lập dự thảo báo cáo kết quả kiểm tra", "Draft the inspection results report";
        ConcludeInspection = "conclude_inspection", "Ban hành thông báo kết luận kiểm tra", "Issue the inspection conclusion";
        CloseRecommendation = "close_recommendation", "Đóng kiến nghị sau kiểm tra", "Close a recommendation";
        CloseInspection = "close_inspection", "Kết thúc cuộc kiểm tra", "Close an inspection";
    }
}

impl Operation {
    /// The one table of what each operation needs.
    pub const fn rule(self) -> Rule {
        use Action as A;
        use Operation as O;
        use Side as S;
        match self {
            O::Read => rule(A::Read, S::Any, true),
            O::CreateUnit | O::UpdateUnit | O::DeleteUnit | O::CreatePerson | O::UpdatePerson => {
                rule(A::ManageOrganisation, S::Owner, false)
            }
            O::CreateDocument
            | O::UpdateDocument
            | O::LinkDocuments
            | O::UnlinkDocuments
            | O::CreateTheme
            | O::UpdateTheme
            | O::ImportPlan => rule(A::ManageWork, S::Owner, false),
            O::CreateTarget | O::UpdateTarget => rule(A::ManageTargets, S::Owner, false),
            // Tasks are assigned, edited and cancelled by the assigning side (rights on the plan).
            O::CreateTask | O::UpdateTask | O::CancelTask => rule(A::ManageWork, S::Assigner, false),
            // The lead unit hands its part down and names who does it; so may the assigner.
            O::CreateSubtask | O::SetResponsible => rule(A::ManageWork, S::AssignerOrOwner, false),
            O::ReportProgress => rule(A::ReportWork, S::OwnerOrCooperator, true),
            // Completion and extensions are the lead side's (a cooperating unit cannot close or
            // delay the lead's task).
            O::CompleteTask | O::RequestExtension | O::AnswerExplanation => rule(A::ReportWork, S::Owner, true),
            O::DecideExtension => rule(A::DecideExtension, S::Assigner, false),
            O::RequestExplanation => rule(A::RequestExplanation, S::Any, false),
            O::CommentTask | O::UrgeTask => rule(A::FollowUp, S::Any, false),
            O::RecordActual => rule(A::ReportWork, S::Owner, false),
            O::CreateUser | O::UpdateUserRoles | O::ResetPassword => rule(A::ManageUsers, S::Owner, false),
            // What a unit shows citizens is decided by the office managing its work.
            O::PublishUnit => rule(A::ManageWork, S::Owner, false),
            // The assigning unit's office sets how its work is chased.
            O::SetReminderRules => rule(A::ManageWork, S::Owner, false),
            // Delivery state (addresses, errors) is the administrators'.
            O::ViewOutbox => rule(A::ManageUsers, S::Owner, false),
            // A requirement is the issuing unit's (set, accepted, returned, reminded); each
            // item and each meeting is the unit's own. An item's assigner is the requirement's
            // issuing unit, so the review is the assigning side's.
            O::CreateRequirement => rule(A::ManageWork, S::Owner, false),
            O::ReviewRequirement => rule(A::ManageWork, S::Assigner, false),
            O::ReportRequirement | O::RecordMeeting => rule(A::ReportWork, S::Owner, false),
            // A conference is its host unit's; its bridge points' units are its cooperating
            // units, and each may report the attendance at its own point (the host any point's).
            O::CreateConference | O::UpdateConference | O::ConcludeConference => rule(A::ManageWork, S::Owner, false),
            O::RecordAttendance => rule(A::ReportWork, S::OwnerOrCooperator, false),
            // An evaluation belongs to the person's unit (a head's to the unit above: a head of
            // unit is reviewed one level up); the person evaluated is its "responsible".
            O::SelfAssess => rule(A::ReportWork, S::Owner, true),
            O::ReviewEvaluation | O::ComputeEvaluations => rule(A::Evaluate, S::Owner, false),
            O::DecideEvaluation => rule(A::DecideEvaluation, S::Owner, false),
            // Quality failures, "vượt mức" and objective causes are the assigning unit's call.
            O::MarkTaskResult => rule(A::DecideExtension, S::Assigner, false),
            O::ManageRuleSets => rule(A::ManageRuleSets, S::Owner, false),
            O::ManageFeedback => rule(A::ManageOrganisation, S::Owner, false),
            // An inspection is the commission's (its record's owner is the inspecting body);
            // the subject writes its own self-report (the subject unit is the record's owner).
            O::PlanInspections
            | O::DecideInspection
            | O::RecordVerification
            | O::DraftInspectionReport
            | O::ConcludeInspection
            | O::CloseRecommendation
            | O::CloseInspection => rule(A::RecordFinding, S::Owner, false),
            // The subject's officers (a subject is a unit the inspection involves), or the
            // inspecting side entering it for them; the subject named is checked on its own.
            O::SubmitSelfReport => rule(A::ReportWork, S::OwnerOrCooperator, false),
        }
    }

    /// Whether the operation applies to a task (so the matrix builds task targets for it).
    pub fn is_task_operation(self) -> bool {
        use Operation as O;
        matches!(
            self,
            O::CreateSubtask
                | O::UpdateTask
                | O::SetResponsible
                | O::CancelTask
                | O::ReportProgress
                | O::CompleteTask
                | O::RequestExtension
                | O::DecideExtension
                | O::RequestExplanation
                | O::AnswerExplanation
                | O::CommentTask
                | O::UrgeTask
                | O::MarkTaskResult
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_round_trip() {
        for op in Operation::ALL {
            assert_eq!(Operation::parse(op.as_str()), Some(*op));
        }
    }

    #[test]
    fn only_reporting_operations_are_open_to_the_person_responsible() {
        for op in Operation::ALL {
            let r = op.rule();
            if r.responsible_may {
                assert!(matches!(r.action, Action::Read | Action::ReportWork), "{op}");
            }
        }
    }
}
