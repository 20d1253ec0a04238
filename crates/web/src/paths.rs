//! Every page's address, written once. The router registers the patterns in [`route`]; Rust
//! code and templates build links with the functions below (`{{ crate::paths::task(t.id) }}`),
//! each filling its own pattern — so an address cannot change in one place and break in another.
//! Addresses without a placeholder are used as they are (`crate::paths::TASKS`), a query string
//! appended where a page takes one. `tests/ui/paths_written_once.rs` keeps it so.

use std::fmt::Display;

/// The patterns the page router registers (`{id}` is the record's id, `{code}` a public code;
/// a second placeholder names the record under the first).
pub mod route {
    pub const HOME: &str = "/";
    pub const OVERVIEW: &str = "/tong-quan";
    pub const MY_WORK: &str = "/viec";
    pub const SEARCH: &str = "/tim-kiem";
    pub const FILE: &str = "/tep/{id}";
    pub const LOGIN: &str = "/dang-nhap";
    pub const LOGOUT: &str = "/dang-xuat";
    pub const LANGUAGE: &str = "/ngon-ngu";

    // Tasks.
    pub const TASKS: &str = "/nhiem-vu";
    pub const TASK_NEW: &str = "/nhiem-vu/moi";
    pub const TASKS_BULK: &str = "/nhiem-vu/hang-loat";
    pub const TASKS_EXPORT: &str = "/nhiem-vu/xuat-excel";
    pub const TASK: &str = "/nhiem-vu/{id}";
    pub const TASK_EDIT: &str = "/nhiem-vu/{id}/sua";
    pub const TASK_CANCEL: &str = "/nhiem-vu/{id}/huy";
    pub const TASK_PROGRESS: &str = "/nhiem-vu/{id}/tien-do";
    pub const TASK_COMPLETE: &str = "/nhiem-vu/{id}/hoan-thanh";
    pub const TASK_EXTENSION: &str = "/nhiem-vu/{id}/gia-han";
    pub const TASK_EXTENSION_DECISION: &str = "/nhiem-vu/{id}/gia-han/{rid}/quyet-dinh";
    pub const TASK_EXPLANATION: &str = "/nhiem-vu/{id}/giai-trinh";
    pub const TASK_EXPLANATION_ANSWER: &str = "/nhiem-vu/{id}/giai-trinh/{rid}/tra-loi";
    pub const TASK_RESPONSIBLE: &str = "/nhiem-vu/{id}/nguoi-phu-trach";
    pub const TASK_COMMENT: &str = "/nhiem-vu/{id}/y-kien";
    pub const TASK_URGE: &str = "/nhiem-vu/{id}/don-doc";

    // Documents (plans among them) and their import.
    pub const DOCUMENTS: &str = "/van-ban";
    pub const DOCUMENT_NEW: &str = "/van-ban/moi";
    pub const DOCUMENT: &str = "/van-ban/{id}";
    pub const DOCUMENT_EDIT: &str = "/van-ban/{id}/sua";
    pub const DOCUMENT_LINK: &str = "/van-ban/{id}/lien-ket";
    pub const DOCUMENT_UNLINK: &str = "/van-ban/{id}/lien-ket/{link_id}/xoa";
    pub const PLAN_IMPORT: &str = "/nhap-ke-hoach";
    pub const PLAN_IMPORT_SAVE: &str = "/nhap-ke-hoach/luu";
    pub const SHEET_IMPORT: &str = "/nhap-excel";
    pub const SHEET_IMPORT_TEMPLATE: &str = "/nhap-excel/mau";
    pub const SHEET_IMPORT_PREVIEW: &str = "/nhap-excel/xem-truoc";
    pub const SHEET_IMPORT_SAVE: &str = "/nhap-excel/luu";

    // Units, their people, targets, reports and what they publish.
    pub const UNIT_NEW: &str = "/don-vi/moi";
    pub const UNIT: &str = "/don-vi/{id}";
    pub const UNIT_EDIT: &str = "/don-vi/{id}/sua";
    pub const UNIT_EXPORT: &str = "/don-vi/{id}/xuat-excel";
    pub const UNIT_PUBLISHING: &str = "/don-vi/{id}/cong-khai";
    pub const PUBLIC_UNIT: &str = "/cong-khai/{id}";
    pub const SITEMAP: &str = "/sitemap.xml";
    pub const PERSON_NEW: &str = "/can-bo/moi";
    pub const PERSON_EDIT: &str = "/can-bo/{id}/sua";
    pub const PEOPLE_EXPORT: &str = "/can-bo/xuat-excel";
    pub const TARGETS: &str = "/chi-tieu";
    pub const TARGET_NEW: &str = "/chi-tieu/moi";
    pub const TARGETS_EXPORT: &str = "/chi-tieu/xuat-excel";
    pub const TARGET_ACTUAL: &str = "/chi-tieu/{id}/so-lieu";
    pub const TARGET_EDIT: &str = "/chi-tieu/{id}/sua";
    pub const REPORT: &str = "/bao-cao";
    pub const REPORT_DOWNLOAD: &str = "/bao-cao/tai";

    // Notices and their administration.
    pub const NOTICES: &str = "/thong-bao";
    pub const NOTICES_READ: &str = "/thong-bao/da-doc";
    pub const NOTICE_SETTINGS: &str = "/thong-bao/cai-dat";
    pub const NOTICE_READ: &str = "/thong-bao/{id}/da-doc";
    pub const REMINDER_RULES: &str = "/quy-dinh-nhac-viec";
    pub const REMINDER_RULES_SAVE: &str = "/quy-dinh-nhac-viec/{unit}";
    pub const OUTBOX: &str = "/hang-doi-thu";
    pub const OUTBOX_RETRY: &str = "/hang-doi-thu/{id}/gui-lai";

    // Requirements (reports asked of units).
    pub const REQUIREMENTS: &str = "/yeu-cau";
    pub const REQUIREMENT_NEW: &str = "/yeu-cau/moi";
    pub const REQUIREMENT: &str = "/yeu-cau/{id}";
    pub const REQUIREMENT_REMIND: &str = "/yeu-cau/{id}/nhac";
    pub const REQUIREMENT_ITEM_REPORT: &str = "/yeu-cau/muc/{id}/bao-cao";
    pub const REQUIREMENT_ITEM_REVIEW: &str = "/yeu-cau/muc/{id}/xac-nhan";

    // Evaluation, ranking and citizens' feedback.
    pub const MY_EVALUATION: &str = "/danh-gia";
    pub const UNIT_EVALUATION: &str = "/danh-gia/don-vi";
    pub const UNIT_EVALUATION_COMPUTE: &str = "/danh-gia/don-vi/tinh-diem";
    pub const UNIT_EVALUATION_REVIEW: &str = "/danh-gia/don-vi/nhan-xet";
    pub const EVALUATION: &str = "/danh-gia/{id}";
    pub const EVALUATION_STEP: &str = "/danh-gia/{id}/buoc";
    pub const RULE_SETS: &str = "/danh-gia/bo-tieu-chi";
    pub const RULE_SET: &str = "/danh-gia/bo-tieu-chi/{id}";
    pub const RULE_SET_CLONE: &str = "/danh-gia/bo-tieu-chi/{id}/nhan-ban";
    pub const RULE_SET_SAVE: &str = "/danh-gia/bo-tieu-chi/{id}/luu";
    pub const RULE_SET_ACTIVATE: &str = "/danh-gia/bo-tieu-chi/{id}/ap-dung";
    pub const RANKING: &str = "/thi-dua";
    pub const RANKING_EXPORT: &str = "/thi-dua/xuat-excel";
    pub const FEEDBACK: &str = "/y-kien/{code}";
    pub const FEEDBACK_QR: &str = "/y-kien/{code}/ma-qr";

    // Conferences.
    pub const CONFERENCES: &str = "/hoi-nghi";
    pub const CONFERENCE_NEW: &str = "/hoi-nghi/moi";
    pub const CONFERENCE_SERIES: &str = "/hoi-nghi/dot";
    pub const CONFERENCE: &str = "/hoi-nghi/{id}";
    pub const CONFERENCE_EDIT: &str = "/hoi-nghi/{id}/sua";
    pub const CONFERENCE_ATTENDANCE: &str = "/hoi-nghi/{id}/so-nguoi-du";
    pub const CONFERENCE_FILES: &str = "/hoi-nghi/{id}/tep";
    pub const CONFERENCE_INVITEES: &str = "/hoi-nghi/{id}/danh-sach-moi";
    pub const CONFERENCE_ROLL_CALL: &str = "/hoi-nghi/{id}/diem-danh";

    // Inspections.
    pub const INSPECTIONS: &str = "/kiem-tra";
    pub const INSPECTION_PLAN_NEW: &str = "/kiem-tra/ke-hoach/moi";
    pub const INSPECTION_PLAN: &str = "/kiem-tra/ke-hoach/{id}";
    pub const INSPECTION: &str = "/kiem-tra/{id}";
    pub const INSPECTION_DECISION: &str = "/kiem-tra/{id}/quyet-dinh";
    pub const INSPECTION_CONCLUSION: &str = "/kiem-tra/{id}/ket-luan";
    pub const INSPECTION_PAPER: &str = "/kiem-tra/{id}/ho-so/{kind}";
    pub const INSPECTION_RECOMMENDATION_CLOSE: &str = "/kiem-tra/{id}/kien-nghi/{rid}/dong";
    pub const INSPECTION_CLOSE: &str = "/kiem-tra/{id}/ket-thuc";
}

pub use route::{
    CONFERENCE_NEW, CONFERENCE_SERIES, CONFERENCES, DOCUMENT_NEW, DOCUMENTS, HOME, INSPECTION_PLAN_NEW, INSPECTIONS,
    LANGUAGE, LOGIN, LOGOUT, MY_EVALUATION, MY_WORK, NOTICE_SETTINGS, NOTICES, NOTICES_READ, OUTBOX, OVERVIEW,
    PEOPLE_EXPORT, PERSON_NEW, PLAN_IMPORT, PLAN_IMPORT_SAVE, RANKING, RANKING_EXPORT, REMINDER_RULES, REPORT,
    REPORT_DOWNLOAD, REQUIREMENT_NEW, REQUIREMENTS, RULE_SETS, SEARCH, SHEET_IMPORT, SHEET_IMPORT_PREVIEW,
    SHEET_IMPORT_SAVE, SHEET_IMPORT_TEMPLATE, SITEMAP, TARGET_NEW, TARGETS, TARGETS_EXPORT, TASK_NEW, TASKS,
    TASKS_BULK, TASKS_EXPORT, UNIT_EVALUATION, UNIT_EVALUATION_COMPUTE, UNIT_EVALUATION_REVIEW, UNIT_NEW,
};

/// A pattern with its placeholders (`{id}`, `{code}`, `{rid}` …) filled in, in order.
fn fill(pattern: &str, values: &[&dyn Display]) -> String {
    let mut out = String::with_capacity(pattern.len() + 8);
    let mut rest = pattern;
    for value in values {
        match (rest.find('{'), rest.find('}')) {
            (Some(open), Some(close)) if open < close => {
                out.push_str(&rest[..open]);
                out.push_str(&value.to_string());
                rest = &rest[close + 1..];
            }
            _ => break,
        }
    }
    out.push_str(rest);
    out
}

/// One function per pattern with a placeholder: its name, its arguments in the pattern's
/// order, and the pattern it fills.
macro_rules! links {
    ($($(#[$doc:meta])* $name:ident($($arg:ident),+) => $pattern:ident;)*) => {
        $(
            $(#[$doc])*
            pub fn $name($($arg: impl Display),+) -> String {
                fill(route::$pattern, &[$(&$arg),+])
            }
        )*
    };
}

links! {
    /// An attached file, for those who may read its record.
    file(id) => FILE;
    task(id) => TASK;
    task_edit(id) => TASK_EDIT;
    task_cancel(id) => TASK_CANCEL;
    task_progress(id) => TASK_PROGRESS;
    task_complete(id) => TASK_COMPLETE;
    task_extension(id) => TASK_EXTENSION;
    /// The decision on one extension request (`rid`) of a task.
    task_extension_decision(id, rid) => TASK_EXTENSION_DECISION;
    task_explanation(id) => TASK_EXPLANATION;
    /// The answer to one explanation request (`rid`) of a task.
    task_explanation_answer(id, rid) => TASK_EXPLANATION_ANSWER;
    task_responsible(id) => TASK_RESPONSIBLE;
    task_comment(id) => TASK_COMMENT;
    task_urge(id) => TASK_URGE;
    document(id) => DOCUMENT;
    document_edit(id) => DOCUMENT_EDIT;
    document_link(id) => DOCUMENT_LINK;
    document_unlink(id, link_id) => DOCUMENT_UNLINK;
    unit(id) => UNIT;
    unit_edit(id) => UNIT_EDIT;
    unit_export(id) => UNIT_EXPORT;
    /// Where the office managing a unit chooses what it publishes.
    unit_publishing(id) => UNIT_PUBLISHING;
    /// A unit's public page, for anyone.
    public_unit(id) => PUBLIC_UNIT;
    person_edit(id) => PERSON_EDIT;
    target_actual(id) => TARGET_ACTUAL;
    target_edit(id) => TARGET_EDIT;
    notice_read(id) => NOTICE_READ;
    /// Where a unit's reminder rules are saved.
    reminder_rules_save(unit) => REMINDER_RULES_SAVE;
    outbox_retry(id) => OUTBOX_RETRY;
    requirement(id) => REQUIREMENT;
    requirement_remind(id) => REQUIREMENT_REMIND;
    /// Where one unit's item of a requirement is reported.
    requirement_item_report(id) => REQUIREMENT_ITEM_REPORT;
    requirement_item_review(id) => REQUIREMENT_ITEM_REVIEW;
    evaluation(id) => EVALUATION;
    evaluation_step(id) => EVALUATION_STEP;
    rule_set(id) => RULE_SET;
    rule_set_clone(id) => RULE_SET_CLONE;
    rule_set_save(id) => RULE_SET_SAVE;
    rule_set_activate(id) => RULE_SET_ACTIVATE;
    /// The public feedback form of a unit, by its public code.
    feedback(code) => FEEDBACK;
    /// The printable QR sheet of a feedback desk.
    feedback_qr(code) => FEEDBACK_QR;
    conference(id) => CONFERENCE;
    conference_edit(id) => CONFERENCE_EDIT;
    conference_attendance(id) => CONFERENCE_ATTENDANCE;
    conference_files(id) => CONFERENCE_FILES;
    /// Where a conference's invitation list is generated or refreshed (a form's action).
    conference_invitees(id) => CONFERENCE_INVITEES;
    /// Where a conference's roll-call is posted.
    conference_roll_call(id) => CONFERENCE_ROLL_CALL;
    inspection(id) => INSPECTION;
    inspection_plan(id) => INSPECTION_PLAN;
    /// The form of an inspection's decision (with its team and schedule).
    inspection_decision(id) => INSPECTION_DECISION;
    /// The form of an inspection's conclusion (findings and recommendations).
    inspection_conclusion(id) => INSPECTION_CONCLUSION;
    /// Where one of an inspection's papers (`kind`) is filed.
    inspection_paper(id, kind) => INSPECTION_PAPER;
    inspection_recommendation_close(id, rid) => INSPECTION_RECOMMENDATION_CLOSE;
    inspection_close(id) => INSPECTION_CLOSE;
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn links_fill_their_route_pattern() {
        assert_eq!(task(42), "/nhiem-vu/42");
        assert_eq!(document(7), "/van-ban/7");
        assert_eq!(unit(3), "/don-vi/3");
        assert_eq!(feedback("ab12"), "/y-kien/ab12");
        assert_eq!(rule_set(2), "/danh-gia/bo-tieu-chi/2");
        assert_eq!(inspection_plan(4), "/kiem-tra/ke-hoach/4");
        assert_eq!(inspection_decision(9), "/kiem-tra/9/quyet-dinh");
        assert_eq!(inspection_conclusion(9), "/kiem-tra/9/ket-luan");
        assert_eq!(conference_roll_call(5), "/hoi-nghi/5/diem-danh");
        assert_eq!(task_edit(42), "/nhiem-vu/42/sua");
        assert_eq!(feedback_qr("ab12"), "/y-kien/ab12/ma-qr");
        assert_eq!(reminder_rules_save(8), "/quy-dinh-nhac-viec/8");
        assert_eq!(requirement_item_review(6), "/yeu-cau/muc/6/xac-nhan");
    }

    #[test]
    fn two_placeholders_fill_in_order() {
        assert_eq!(task_extension_decision(42, 3), "/nhiem-vu/42/gia-han/3/quyet-dinh");
        assert_eq!(task_explanation_answer(42, 4), "/nhiem-vu/42/giai-trinh/4/tra-loi");
        assert_eq!(document_unlink(7, 11), "/van-ban/7/lien-ket/11/xoa");
        assert_eq!(inspection_paper(9, "bien-ban"), "/kiem-tra/9/ho-so/bien-ban");
        assert_eq!(inspection_recommendation_close(9, 2), "/kiem-tra/9/kien-nghi/2/dong");
    }
}
