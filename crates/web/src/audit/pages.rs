//! The audit trail of a record as a table on its page: who changed what and when — by name; the
//! client's IP address only to those who administer accounts.

use store::access::Subject;

use crate::error::{ApiError, Lang};
use crate::kit::timeline::local;

/// One entry as shown.
pub struct AuditRow {
    pub seq: i64,
    /// dd/mm/yyyy HH:MM, Vietnam time (UTC+7 all year).
    pub when: String,
    pub actor: String,
    /// Empty unless the reader administers accounts.
    pub address: String,
    pub action: String,
}

/// How an action code of the audit trail reads to people.
pub fn action_label(code: &str, lang: Lang) -> String {
    let (vi, en) = match code {
        "create" => ("Tạo mới", "Created"),
        "update" => ("Sửa", "Edited"),
        "delete" => ("Xóa", "Deleted"),
        "move" => ("Chuyển đơn vị cấp trên", "Moved"),
        "link" => ("Thêm liên kết văn bản", "Link added"),
        "unlink" => ("Bỏ liên kết văn bản", "Link removed"),
        "progress" => ("Báo cáo tiến độ", "Progress report"),
        "complete" => ("Báo cáo hoàn thành", "Reported complete"),
        "cancel" => ("Hủy nhiệm vụ", "Cancelled"),
        "extension_request" => ("Đề nghị gia hạn", "Extension requested"),
        "extension_decision" => ("Quyết định gia hạn", "Extension decided"),
        "explanation_request" => ("Yêu cầu giải trình", "Explanation requested"),
        "explanation_answer" => ("Trả lời giải trình", "Explanation answered"),
        "set_responsible" => ("Phân công người phụ trách", "Responsible person set"),
        "comment" => ("Ý kiến chỉ đạo", "Directive comment"),
        "urge" => ("Đôn đốc", "Urged"),
        "record_actual" => ("Cập nhật số liệu thực hiện", "Actual value recorded"),
        other => return other.to_string(),
    };
    match lang {
        Lang::Vi => vi.to_string(),
        Lang::En => en.to_string(),
    }
}

/// The entries of `subject`, newest first (the last 100).
pub async fn rows(r: &mut app::read::Reader<'_>, subject: Subject, lang: Lang) -> Result<Vec<AuditRow>, ApiError> {
    let entries = r.audit(subject).await?;
    let users: Vec<i64> = entries.iter().filter_map(|e| e.user_id).collect();
    let names = r.user_names(&users).await?;
    let system = crate::kit::i18n::t(lang, "system_actor");
    Ok(entries
        .into_iter()
        .rev()
        .take(100)
        .map(|e| AuditRow {
            seq: e.seq,
            when: local(e.at).format("%d/%m/%Y %H:%M").to_string(),
            actor: e
                .user_id
                .and_then(|u| names.get(&u).map(|(n, _)| n.clone()))
                .unwrap_or_else(|| system.to_string()),
            address: e.address.unwrap_or_default(),
            action: action_label(&e.action, lang),
        })
        .collect())
}
