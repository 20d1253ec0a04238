//! Notifications: what kinds there are, how urgent each is (mails list the most urgent first),
//! and each user's delivery preferences.

use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

use crate::{FieldError, Valid};

crate::labelled_enum! {
    /// What a notification tells its recipient.
    NotificationKind {
        Assigned = "assigned", "Được giao nhiệm vụ mới", "New task assigned";
        ExplanationRequested = "explanation_requested", "Yêu cầu giải trình", "Explanation requested";
        ExtensionDecided = "extension_decided", "Đã có quyết định về đề nghị gia hạn", "Extension request decided";
        Urged = "urged", "Đôn đốc thực hiện nhiệm vụ", "Urged to act";
        DueBefore = "due_before", "Nhiệm vụ sắp đến hạn", "Task due soon";
        DueToday = "due_today", "Nhiệm vụ đến hạn hôm nay", "Task due today";
        Overdue = "overdue", "Nhiệm vụ quá hạn", "Task overdue";
        EscalatedHead = "escalated_head", "Báo cáo người đứng đầu đơn vị: nhiệm vụ quá hạn", "Escalated to the unit's head: task overdue";
        EscalatedOffice = "escalated_office", "Báo cáo cơ quan giao việc: nhiệm vụ quá hạn", "Escalated to the assigning office: task overdue";
        RequirementDue = "requirement_due", "Đơn vị chưa thực hiện yêu cầu", "A unit has not yet done a requirement";
    }
}

crate::labelled_enum! {
    /// How urgent a notification is; a mail lists its items grouped in this order.
    Urgency {
        Overdue = "overdue", "Quá hạn", "Overdue";
        Requests = "requests", "Yêu cầu, đôn đốc, quyết định", "Requests, urges and decisions";
        DueToday = "due_today", "Đến hạn hôm nay", "Due today";
        DueSoon = "due_soon", "Sắp đến hạn", "Due soon";
        Assigned = "assigned", "Nhiệm vụ mới được giao", "Newly assigned";
    }
}

impl NotificationKind {
    /// The group a mail lists it under.
    pub fn urgency(self) -> Urgency {
        use NotificationKind as K;
        match self {
            K::Overdue | K::EscalatedHead | K::EscalatedOffice | K::RequirementDue => Urgency::Overdue,
            K::ExplanationRequested | K::ExtensionDecided | K::Urged => Urgency::Requests,
            K::DueToday => Urgency::DueToday,
            K::DueBefore => Urgency::DueSoon,
            K::Assigned => Urgency::Assigned,
        }
    }
}

impl Urgency {
    /// Sort rank: 0 first.
    pub fn rank(self) -> u8 {
        match self {
            Urgency::Overdue => 0,
            Urgency::Requests => 1,
            Urgency::DueToday => 2,
            Urgency::DueSoon => 3,
            Urgency::Assigned => 4,
        }
    }
}

crate::labelled_enum! {
    /// When mail goes out.
    DeliveryMode {
        Immediate = "immediate", "Gửi ngay khi có thông báo", "Immediately";
        Digest = "digest", "Gộp một thư mỗi ngày", "One daily digest";
    }
}

/// A user's delivery preferences.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
pub struct Preferences {
    pub mode: DeliveryMode,
    /// The hour (Vietnam time, 0–23) the daily digest goes out.
    pub digest_hour: u8,
    /// Whether notifications are also sent by email (they always appear in the application).
    pub email_on: bool,
    /// Where mail goes; none: no mail.
    pub email: Option<String>,
}

impl Default for Preferences {
    fn default() -> Self {
        Preferences {
            mode: DeliveryMode::Immediate,
            digest_hour: 7,
            email_on: true,
            email: None,
        }
    }
}

/// Preferences as a form or the API sends them.
#[derive(Debug, Clone, Default, Deserialize, ToSchema)]
pub struct PreferencesInput {
    /// `immediate` or `digest`.
    pub mode: String,
    /// 0–23, as typed.
    pub digest_hour: String,
    #[serde(default)]
    pub email_on: bool,
    #[serde(default)]
    pub email: String,
}

impl PreferencesInput {
    pub fn validate(self) -> Result<Valid<Preferences>, FieldError> {
        let mode = DeliveryMode::parse(self.mode.trim()).ok_or_else(|| {
            FieldError::invalid(
                "mode",
                "“Cách nhận thư” chỉ được chọn “Gửi ngay” hoặc “Gộp một thư mỗi ngày”.",
                "“Delivery” must be “Immediately” or “One daily digest”.",
            )
        })?;
        let hour = self.digest_hour.trim();
        let digest_hour = match hour.parse::<u8>() {
            Ok(h) if h <= 23 => h,
            _ => {
                return Err(FieldError::invalid(
                    "digest_hour",
                    format!("“Giờ gửi thư tổng hợp” phải là một số giờ từ 0 đến 23, không phải “{hour}”."),
                    format!("“Digest hour” must be an hour from 0 to 23, not “{hour}”."),
                ));
            }
        };
        let email = crate::text::line_optional("email", Some(&self.email), 254)?;
        if let Some(e) = &email {
            check_email(e)?;
        }
        if self.email_on && email.is_none() {
            return Err(FieldError::invalid(
                "email",
                "Muốn nhận thông báo qua thư điện tử, hãy nhập địa chỉ “Thư điện tử”.",
                "To receive notifications by email, enter an “Email” address.",
            ));
        }
        Ok(Valid::new(Preferences {
            mode,
            digest_hour,
            email_on: self.email_on,
            email,
        }))
    }
}

/// A plain check of an address: one `@`, something before it, a dotted domain after it, no
/// spaces or angle brackets (which would break the mail header), at most 254 characters.
pub fn check_email(email: &str) -> Result<(), FieldError> {
    let bad = || {
        FieldError::invalid(
            "email",
            format!("“Thư điện tử” không đúng dạng (ví dụ: ten@donvi.gov.vn): “{email}”."),
            format!("“Email” is not an address (e.g. name@unit.gov.vn): “{email}”."),
        )
    };
    if email.len() > 254
        || email
            .chars()
            .any(|c| c.is_whitespace() || c.is_control() || "<>,;\"()[]\\".contains(c))
    {
        return Err(bad());
    }
    let (local, domain) = email.split_once('@').ok_or_else(bad)?;
    let labels_ok = domain.split('.').count() >= 2
        && domain
            .split('.')
            .all(|l| !l.is_empty() && l.chars().all(|c| c.is_ascii_alphanumeric() || c == '-'));
    if local.is_empty() || domain.contains('@') || !labels_ok {
        return Err(bad());
    }
    Ok(())
}

/// The stored words of an extension decision: `approved:<new due date>` or `rejected`, then
/// the decision's note after a line break.
pub fn decision_detail(approved: bool, granted: Option<chrono::NaiveDate>, note: Option<&str>) -> String {
    let head = match (approved, granted) {
        (true, Some(d)) => format!("approved:{}", d.format("%Y-%m-%d")),
        (true, None) => "approved".to_string(),
        (false, _) => "rejected".to_string(),
    };
    match note.map(str::trim).filter(|n| !n.is_empty()) {
        Some(n) => format!("{head}\n{n}"),
        None => head,
    }
}

/// What a notification's stored words say to its reader, in their language (`en`: English).
/// Decisions are stored as codes (see [`decision_detail`]) and said in words here; other words
/// are the text people typed, shown as typed.
pub fn describe_detail(kind: NotificationKind, detail: &str, en: bool) -> String {
    use NotificationKind as K;
    let days = detail.trim().parse::<u32>().ok();
    match (kind, days, en) {
        (K::DueBefore, Some(n), false) => return format!("Còn {n} ngày đến hạn."),
        (K::DueBefore, Some(n), true) => return format!("Due in {n} days."),
        (K::DueToday, _, false) => return "Hôm nay là hạn hoàn thành.".to_string(),
        (K::DueToday, _, true) => return "Due today.".to_string(),
        (K::Overdue | K::EscalatedHead | K::EscalatedOffice, Some(n), false) => {
            return format!("Đã quá hạn {n} ngày.");
        }
        (K::Overdue | K::EscalatedHead | K::EscalatedOffice, Some(n), true) => return format!("{n} days overdue."),
        (K::ExtensionDecided, _, _) => {}
        _ => return detail.to_string(),
    }
    let (head, note) = detail.split_once('\n').unwrap_or((detail, ""));
    let date = head
        .strip_prefix("approved:")
        .and_then(|d| chrono::NaiveDate::parse_from_str(d, "%Y-%m-%d").ok())
        .map(|d| d.format("%d/%m/%Y").to_string());
    let said = match (head.starts_with("approved"), date, en) {
        (true, Some(d), false) => format!("Đồng ý gia hạn đến ngày {d}."),
        (true, Some(d), true) => format!("Extension approved: new due date {d}."),
        (true, None, false) => "Đồng ý gia hạn.".to_string(),
        (true, None, true) => "Extension approved.".to_string(),
        (false, _, false) => "Không đồng ý gia hạn.".to_string(),
        (false, _, true) => "Extension refused.".to_string(),
    };
    if note.is_empty() {
        said
    } else {
        format!("{said} {note}")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn input(mode: &str, hour: &str, on: bool, email: &str) -> PreferencesInput {
        PreferencesInput {
            mode: mode.into(),
            digest_hour: hour.into(),
            email_on: on,
            email: email.into(),
        }
    }

    #[test]
    fn preferences_are_checked_field_by_field() {
        let ok = input("digest", "7", true, " an.nv@longbien.hanoi.gov.vn ")
            .validate()
            .unwrap();
        assert_eq!(ok.digest_hour, 7);
        assert_eq!(ok.email.as_deref(), Some("an.nv@longbien.hanoi.gov.vn"));
        assert_eq!(input("weekly", "7", false, "").validate().unwrap_err().field, "mode");
        let e = input("digest", "24", false, "").validate().unwrap_err();
        assert_eq!(e.field, "digest_hour");
        assert!(e.message_vi.contains("từ 0 đến 23"), "{}", e.message_vi);
        assert_eq!(
            input("digest", "bảy", false, "").validate().unwrap_err().field,
            "digest_hour"
        );
        assert_eq!(input("immediate", "7", true, "").validate().unwrap_err().field, "email");
        for bad in ["a@b", "@b.vn", "a b@c.vn", "a@b@c.vn", "a@b..vn", "a@b.vn>"] {
            assert!(check_email(bad).is_err(), "{bad}");
        }
        assert!(input("immediate", "0", false, "").validate().is_ok());
    }

    #[test]
    fn overdue_items_come_first() {
        let mut kinds: Vec<NotificationKind> = NotificationKind::ALL.to_vec();
        kinds.sort_by_key(|k| k.urgency().rank());
        assert_eq!(kinds[0].urgency(), Urgency::Overdue);
        assert_eq!(kinds.last().map(|k| k.urgency()), Some(Urgency::Assigned));
    }
}
