//! A record's history as people read it: each entry says what happened, when (the day it
//! concerns and the time it was entered, Vietnam time) and who acted — by name, and by whom it
//! was entered when an office entered it on someone's behalf ("nhập thay").

use std::collections::HashMap;

use chrono::{DateTime, NaiveDate, Utc};

use crate::error::Lang;
use crate::kit::{fmt, i18n};

/// One entry of a timeline.
pub struct Event {
    /// When it was entered (for ordering).
    pub at: DateTime<Utc>,
    /// As shown: "15/11/2023 · 09:42".
    pub when: String,
    pub kind: &'static str,
    pub heading: String,
    pub text: String,
    /// Links or references given as evidence.
    pub evidence: Vec<String>,
    /// Files attached as evidence.
    pub files: Vec<crate::kit::attachments::FileLink>,
    /// "Nguyễn Văn A" or "Nguyễn Văn A (Chuyên viên X nhập thay)".
    pub who: String,
    pub class: &'static str,
}

impl Event {
    /// Evidence that is a web link (shown as a link; anything else as text).
    pub fn is_link(e: &str) -> bool {
        let l = e.to_ascii_lowercase();
        l.starts_with("https://") || l.starts_with("http://")
    }
}

/// The time in Vietnam (UTC+7 all year).
pub fn local(ts: DateTime<Utc>) -> chrono::NaiveDateTime {
    (ts + chrono::Duration::hours(7)).naive_utc()
}

/// "15/11/2023 · 09:42": the day the entry concerns, with the time it was entered when that
/// time falls on the same day; otherwise "15/11/2023 (nhập 16/11/2023 08:10)".
pub fn entry_time(day: NaiveDate, entered: DateTime<Utc>) -> String {
    let t = local(entered);
    if t.date() == day {
        format!("{} · {}", fmt::date(day), t.format("%H:%M"))
    } else {
        let entered = match Lang::current() {
            Lang::Vi => "nhập",
            Lang::En => "entered",
        };
        format!("{} ({entered} {})", fmt::date(day), t.format("%d/%m/%Y %H:%M"))
    }
}

/// Names of the people and accounts of a history.
pub struct Names {
    pub people: HashMap<i64, String>,
    /// Account → (display name, the person it is linked to).
    pub users: HashMap<i64, (String, Option<i64>)>,
    pub lang: Lang,
}

impl Names {
    /// Who acted: the person, and the account that entered it when that account is not the
    /// person's own (an office entering on their behalf); the account alone when no person was
    /// named; "Hệ thống" for the installation's own entries.
    pub fn who(&self, person: Option<i64>, entered_by: Option<i64>) -> String {
        let name = person.and_then(|p| self.people.get(&p)).cloned();
        let account = entered_by.and_then(|u| self.users.get(&u)).cloned();
        match (name, account) {
            (Some(p), Some((a, own))) if own != person => {
                format!("{p} ({a} {})", i18n::t(self.lang, "entered_on_behalf"))
            }
            (Some(p), _) => p,
            (None, Some((a, _))) => a,
            (None, None) => i18n::t(self.lang, "system_actor").to_string(),
        }
    }
}
