//! What a message says: one notice, or a person's reminders and notices grouped by urgency
//! (overdue first), in the recipient's language, with a direct link to each task.

use domain::notify::{NotificationKind, Urgency, describe_detail};
use store::notify::Notification;
use store::outbox::OutboxMessage;

/// A message ready to send.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Composed {
    pub to: String,
    pub to_name: String,
    pub subject: String,
    pub body: String,
    /// `<key@host>`: the same for every try, so a receiver can tell a repeat.
    pub message_id: String,
}

fn en(msg: &OutboxMessage) -> bool {
    msg.lang.as_deref() == Some("en")
}

fn date(d: chrono::NaiveDate) -> String {
    d.format("%d/%m/%Y").to_string()
}

fn label(kind: NotificationKind, en: bool) -> &'static str {
    if en { kind.label_en() } else { kind.label_vi() }
}

fn group_label(u: Urgency, en: bool) -> &'static str {
    if en { u.label_en() } else { u.label_vi() }
}

/// The host part of Message-IDs: the public address's host, or `dondoc.invalid`.
fn host(base_url: &str) -> String {
    let rest = base_url.split_once("://").map(|(_, r)| r).unwrap_or(base_url);
    let h = rest.split(['/', ':']).next().unwrap_or("");
    if h.is_empty() {
        "dondoc.invalid".into()
    } else {
        h.to_string()
    }
}

fn shorten(s: &str, max: usize) -> String {
    if s.chars().count() <= max {
        s.to_string()
    } else {
        let cut: String = s.chars().take(max - 1).collect();
        format!("{}…", cut.trim_end())
    }
}

/// Composes the message `msg` carrying `items` (at least one), or `None` when there is
/// nothing to say or nowhere to send it.
pub fn compose(msg: &OutboxMessage, items: &[Notification], base_url: &str) -> Option<Composed> {
    let to = msg.email.clone()?;
    if items.is_empty() {
        return None;
    }
    let en = en(msg);
    let base = base_url.trim_end_matches('/');
    let mut items: Vec<&Notification> = items.iter().collect();
    items.sort_by_key(|n| (n.kind.urgency().rank(), n.task_due_on, n.task_id, n.id));
    let subject = if let [one] = items.as_slice() {
        let title = one.task_title.as_deref().map(|t| shorten(t, 80)).unwrap_or_default();
        format!("[dondoc] {}: {title}", label(one.kind, en))
    } else {
        let mut counts: Vec<(Urgency, usize)> = Vec::new();
        for n in &items {
            let u = n.kind.urgency();
            match counts.iter_mut().find(|(g, _)| *g == u) {
                Some((_, c)) => *c += 1,
                None => counts.push((u, 1)),
            }
        }
        let parts: Vec<String> = counts
            .iter()
            .map(|(u, c)| format!("{c} {}", group_label(*u, en).to_lowercase()))
            .collect();
        if en {
            format!("[dondoc] Reminders of {}: {}", date(msg.day), parts.join(", "))
        } else {
            format!("[dondoc] Nhắc việc ngày {}: {}", date(msg.day), parts.join(", "))
        }
    };
    let mut body = String::new();
    body.push_str(&if en {
        format!("Dear {},\n\n", msg.display_name)
    } else {
        format!("Kính gửi {},\n\n", msg.display_name)
    });
    body.push_str(if en {
        "dondoc has the following for you:\n"
    } else {
        "Hệ thống dondoc xin thông báo:\n"
    });
    let mut current: Option<Urgency> = None;
    for n in &items {
        let u = n.kind.urgency();
        if current != Some(u) {
            let count = items.iter().filter(|m| m.kind.urgency() == u).count();
            body.push_str(&format!("\n{} ({count})\n", group_label(u, en).to_uppercase()));
            current = Some(u);
        }
        let title = n.task_title.as_deref().unwrap_or("");
        let code = n.task_code.as_deref().map(|c| format!("{c}. ")).unwrap_or_default();
        body.push_str(&format!("- {}: {code}{title}\n", label(n.kind, en)));
        let mut line = Vec::new();
        if let Some(d) = n.task_due_on {
            line.push(if en {
                format!("Due {}.", date(d))
            } else {
                format!("Hạn {}.", date(d))
            });
        }
        let said = describe_detail(n.kind, &n.detail, en);
        if !said.is_empty() {
            line.push(said);
        }
        if !line.is_empty() {
            body.push_str(&format!("  {}\n", line.join(" ")));
        }
        if let Some(id) = n.task_id {
            body.push_str(&format!("  {base}/nhiem-vu/{id}\n"));
        } else if let Some(id) = n.requirement_id {
            body.push_str(&format!("  {base}/yeu-cau/{id}\n"));
        }
    }
    body.push_str(&if en {
        format!(
            "\nAll your notifications: {base}/thong-bao\nHow you receive mail: {base}/thong-bao/cai-dat\n\n-- \ndondoc — following up the implementation of directives\n"
        )
    } else {
        format!(
            "\nXem tất cả thông báo: {base}/thong-bao\nThay đổi cách nhận thư: {base}/thong-bao/cai-dat\n\n-- \ndondoc — Theo dõi, đôn đốc thực hiện nhiệm vụ\n"
        )
    });
    let key: String = msg
        .idem_key
        .chars()
        .map(|c| if c.is_ascii_alphanumeric() || c == '-' { c } else { '.' })
        .collect();
    Some(Composed {
        to,
        to_name: msg.display_name.clone(),
        subject,
        body,
        message_id: format!("<{key}@{}>", host(base)),
    })
}

#[cfg(test)]
mod tests {
    use chrono::{NaiveDate, Utc};

    use super::*;

    fn msg(lang: Option<&str>) -> OutboxMessage {
        OutboxMessage {
            id: 1,
            user_id: 2,
            login: "phuong.bode".into(),
            display_name: "Cán bộ phường Bồ Đề".into(),
            lang: lang.map(String::from),
            email: Some("bode@longbien.hanoi.gov.vn".into()),
            idem_key: "r:2:2023-10-20".into(),
            kind: "reminders".into(),
            day: NaiveDate::from_ymd_opt(2023, 10, 20).unwrap(),
            state: "sending".into(),
            attempts: 1,
            next_at: 0,
            last_error: None,
            created_at: Utc::now(),
            sent_at: None,
        }
    }

    fn note(id: i64, kind: NotificationKind, detail: &str, due: (i32, u32, u32)) -> Notification {
        Notification {
            id,
            kind,
            task_id: Some(100 + id),
            requirement_id: None,
            task_code: Some(format!("{id}")),
            task_title: Some(format!("Nhiệm vụ số {id}")),
            task_due_on: NaiveDate::from_ymd_opt(due.0, due.1, due.2),
            day: NaiveDate::from_ymd_opt(2023, 10, 20).unwrap(),
            detail: detail.into(),
            created_at: Utc::now(),
            read_at: None,
        }
    }

    #[test]
    fn overdue_first_with_links_in_the_readers_language() {
        let items = vec![
            note(1, NotificationKind::DueBefore, "3", (2023, 10, 23)),
            note(2, NotificationKind::Overdue, "5", (2023, 10, 15)),
            note(3, NotificationKind::Urged, "Đề nghị khẩn trương", (2023, 11, 1)),
        ];
        let c = compose(&msg(None), &items, "https://dondoc.longbien.gov.vn/").unwrap();
        assert_eq!(
            c.subject,
            "[dondoc] Nhắc việc ngày 20/10/2023: 1 quá hạn, 1 yêu cầu, đôn đốc, quyết định, 1 sắp đến hạn"
        );
        let overdue = c.body.find("QUÁ HẠN (1)").unwrap();
        let soon = c.body.find("SẮP ĐẾN HẠN (1)").unwrap();
        assert!(overdue < soon, "{}", c.body);
        assert!(
            c.body.contains("https://dondoc.longbien.gov.vn/nhiem-vu/102\n"),
            "{}",
            c.body
        );
        assert!(c.body.contains("Đã quá hạn 5 ngày."), "{}", c.body);
        assert_eq!(c.message_id, "<r.2.2023-10-20@dondoc.longbien.gov.vn>");
        let e = compose(&msg(Some("en")), &items, "https://x.vn").unwrap();
        assert!(
            e.subject.starts_with("[dondoc] Reminders of 20/10/2023: 1 overdue"),
            "{}",
            e.subject
        );
        assert!(e.body.contains("5 days overdue."), "{}", e.body);
        assert!(compose(&msg(None), &[], "https://x.vn").is_none());
    }
}
