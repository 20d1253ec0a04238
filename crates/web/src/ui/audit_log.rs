//! The audit trail of a record as a table on its page: who changed what, when, from where.

use store::Tx;

use crate::error::{ApiError, Lang};

/// One entry as shown.
pub struct AuditRow {
    pub seq: i64,
    /// dd/mm/yyyy HH:MM, Vietnam time (UTC+7 all year).
    pub when: String,
    pub actor: String,
    pub address: String,
    pub action: String,
}

/// How an action code of the audit trail reads to people.
fn action_label(code: &str, lang: Lang) -> String {
    let (vi, en) = match code {
        "create" => ("Tạo mới", "Created"),
        "update" => ("Sửa", "Edited"),
        "delete" => ("Xóa", "Deleted"),
        "move" => ("Chuyển đơn vị cấp trên", "Moved"),
        "link" => ("Thêm liên kết văn bản", "Link added"),
        "unlink" => ("Bỏ liên kết văn bản", "Link removed"),
        "progress" => ("Báo cáo tiến độ", "Progress report"),
        "complete" => ("Đánh dấu hoàn thành", "Marked complete"),
        "cancel" => ("Hủy nhiệm vụ", "Cancelled"),
        "extension_request" => ("Đề nghị gia hạn", "Extension requested"),
        "extension_decision" => ("Quyết định gia hạn", "Extension decided"),
        "explanation_request" => ("Yêu cầu giải trình", "Explanation requested"),
        "explanation_answer" => ("Trả lời giải trình", "Explanation answered"),
        "record_actual" => ("Cập nhật số liệu thực hiện", "Actual value recorded"),
        other => return other.to_string(),
    };
    match lang {
        Lang::Vi => vi.to_string(),
        Lang::En => en.to_string(),
    }
}

/// The entries of `entity` `id`, newest first (the last 100).
pub async fn rows(tx: &mut Tx, entity: &str, id: i64, lang: Lang) -> Result<Vec<AuditRow>, ApiError> {
    let entries = store::audit::history(tx, entity, id).await?;
    Ok(entries
        .into_iter()
        .rev()
        .take(100)
        .map(|e| AuditRow {
            seq: e.seq,
            when: (e.at + chrono::Duration::hours(7)).format("%d/%m/%Y %H:%M").to_string(),
            actor: e.actor,
            address: e.address.unwrap_or_default(),
            action: action_label(&e.action, lang),
        })
        .collect())
}
