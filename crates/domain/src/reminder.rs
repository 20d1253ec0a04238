//! Reminder rules (quy định đôn đốc) — data kept per assigning unit — and the one schedule that
//! says which reminders a task gets on a given day.
//!
//! Before the due date (e.g. 7, 3 and 1 days), on the day, and after it the lead side is
//! reminded; after N days overdue the head of the lead unit is told, and later the assigning
//! office. Finished and cancelled work is never reminded.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

use crate::notify::NotificationKind;
use crate::status::Phase;
use crate::{FieldError, Valid};

/// Most entries in a list of days; the longest reach in days.
pub const MAX_DAYS_LISTED: usize = 10;
pub const MAX_DAYS: u32 = 365;

/// The rules of one assigning unit.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
pub struct ReminderRules {
    /// Days before the due date to remind the lead side, largest first (e.g. 7, 3, 1).
    pub before_days: Vec<u32>,
    /// Remind on the due date itself.
    pub on_day: bool,
    /// Days after the due date to remind the lead side again, smallest first.
    pub after_days: Vec<u32>,
    /// Days overdue after which the head of the lead unit is told (none: never).
    pub escalate_head_after: Option<u32>,
    /// Days overdue after which the assigning office is told; later than the head.
    pub escalate_office_after: Option<u32>,
}

impl Default for ReminderRules {
    /// The installation's rules where a unit has set none.
    fn default() -> Self {
        ReminderRules {
            before_days: vec![7, 3, 1],
            on_day: true,
            after_days: vec![1, 3, 7, 14, 30],
            escalate_head_after: Some(5),
            escalate_office_after: Some(10),
        }
    }
}

/// A reminder due on a day.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Reminder {
    /// `n` days before the due date, to the lead side.
    Before(u32),
    /// On the due date, to the lead side.
    OnDay,
    /// `n` days overdue, to the lead side.
    After(u32),
    /// `n` days overdue, to the head of the lead unit.
    EscalateHead(u32),
    /// `n` days overdue, to the assigning office.
    EscalateOffice(u32),
}

impl Reminder {
    pub fn kind(self) -> NotificationKind {
        match self {
            Reminder::Before(_) => NotificationKind::DueBefore,
            Reminder::OnDay => NotificationKind::DueToday,
            Reminder::After(_) => NotificationKind::Overdue,
            Reminder::EscalateHead(_) => NotificationKind::EscalatedHead,
            Reminder::EscalateOffice(_) => NotificationKind::EscalatedOffice,
        }
    }
}

/// Whether work in `phase` is chased: started or not started. Finished and cancelled work is
/// not; neither is work waiting for a decision on its extension request (the decision is the
/// assigning side's to make, and its status is not "overdue" meanwhile).
pub fn is_open(phase: Phase) -> bool {
    matches!(phase, Phase::Started | Phase::NotStarted)
}

impl ReminderRules {
    /// The reminders a task gets on `today`. Open-ended work (no due date) and finished or
    /// cancelled work get none.
    pub fn due(&self, phase: Phase, due_on: Option<NaiveDate>, today: NaiveDate) -> Vec<Reminder> {
        let Some(due) = due_on else {
            return Vec::new();
        };
        if !is_open(phase) {
            return Vec::new();
        }
        let diff = (due - today).num_days();
        let mut out = Vec::new();
        if diff > 0 {
            if self.before_days.iter().any(|d| i64::from(*d) == diff) {
                out.push(Reminder::Before(diff as u32));
            }
        } else if diff == 0 {
            if self.on_day {
                out.push(Reminder::OnDay);
            }
        } else {
            let late = (-diff) as u32;
            if self.after_days.contains(&late) {
                out.push(Reminder::After(late));
            }
            if self.escalate_head_after == Some(late) {
                out.push(Reminder::EscalateHead(late));
            }
            if self.escalate_office_after == Some(late) {
                out.push(Reminder::EscalateOffice(late));
            }
        }
        out
    }

    /// How far from the due date any reminder reaches: (days before, days after). The daily
    /// run reads only tasks due in this window.
    pub fn reach(&self) -> (u32, u32) {
        let before = self.before_days.iter().copied().max().unwrap_or(0);
        let after = self
            .after_days
            .iter()
            .copied()
            .chain(self.escalate_head_after)
            .chain(self.escalate_office_after)
            .max()
            .unwrap_or(0);
        (before, after)
    }
}

/// Rules as a form or the API sends them: lists of days as typed ("7, 3, 1").
#[derive(Debug, Clone, Default, Deserialize, ToSchema)]
pub struct ReminderRulesInput {
    pub before_days: String,
    #[serde(default)]
    pub on_day: bool,
    pub after_days: String,
    /// Blank: never.
    #[serde(default)]
    pub escalate_head_after: String,
    #[serde(default)]
    pub escalate_office_after: String,
}

fn days_list(field: &str, text: &str) -> Result<Vec<u32>, FieldError> {
    let mut out = Vec::new();
    for part in text.split([',', ';', ' ']).map(str::trim).filter(|p| !p.is_empty()) {
        out.push(one_day_count(field, part)?);
    }
    out.sort_unstable();
    out.dedup();
    if out.len() > MAX_DAYS_LISTED {
        let (vi, en) = crate::fields::label(field);
        return Err(FieldError::invalid(
            field,
            format!("“{vi}”: nhiều nhất {MAX_DAYS_LISTED} mốc."),
            format!("“{en}”: at most {MAX_DAYS_LISTED} entries."),
        ));
    }
    Ok(out)
}

fn one_day_count(field: &str, part: &str) -> Result<u32, FieldError> {
    match part.parse::<u32>() {
        Ok(n) if (1..=MAX_DAYS).contains(&n) => Ok(n),
        _ => {
            let (vi, en) = crate::fields::label(field);
            Err(FieldError::invalid(
                field,
                format!("“{vi}”: “{part}” không phải số ngày từ 1 đến {MAX_DAYS}."),
                format!("“{en}”: “{part}” is not a number of days from 1 to {MAX_DAYS}."),
            ))
        }
    }
}

fn optional_days(field: &str, text: &str) -> Result<Option<u32>, FieldError> {
    let t = text.trim();
    if t.is_empty() {
        Ok(None)
    } else {
        one_day_count(field, t).map(Some)
    }
}

impl ReminderRulesInput {
    pub fn validate(self) -> Result<Valid<ReminderRules>, FieldError> {
        let mut before_days = days_list("before_days", &self.before_days)?;
        before_days.reverse();
        let after_days = days_list("after_days", &self.after_days)?;
        let head = optional_days("escalate_head_after", &self.escalate_head_after)?;
        let office = optional_days("escalate_office_after", &self.escalate_office_after)?;
        if let (Some(h), Some(o)) = (head, office)
            && o <= h
        {
            return Err(FieldError::invalid(
                "escalate_office_after",
                format!(
                    "Báo cơ quan giao việc phải sau khi đã báo người đứng đầu đơn vị (sau {h} ngày quá hạn): nhập số lớn hơn {h}."
                ),
                format!(
                    "The assigning office is told after the unit's head (after {h} days overdue): enter more than {h}."
                ),
            ));
        }
        Ok(Valid::new(ReminderRules {
            before_days,
            on_day: self.on_day,
            after_days,
            escalate_head_after: head,
            escalate_office_after: office,
        }))
    }
}

impl ReminderRules {
    /// The rules as the form shows them (the inverse of [`ReminderRulesInput::validate`]).
    pub fn as_input(&self) -> ReminderRulesInput {
        let join = |v: &[u32]| v.iter().map(u32::to_string).collect::<Vec<_>>().join(", ");
        ReminderRulesInput {
            before_days: join(&self.before_days),
            on_day: self.on_day,
            after_days: join(&self.after_days),
            escalate_head_after: self.escalate_head_after.map(|d| d.to_string()).unwrap_or_default(),
            escalate_office_after: self.escalate_office_after.map(|d| d.to_string()).unwrap_or_default(),
        }
    }
}

#[cfg(test)]
mod tests {
    use chrono::Duration;
    use proptest::prelude::*;

    use super::*;

    fn day(s: &str) -> NaiveDate {
        NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
    }

    #[test]
    fn the_default_schedule_of_one_task() {
        let r = ReminderRules::default();
        let due = day("2023-10-20");
        let open = Phase::Started;
        assert_eq!(r.due(open, Some(due), day("2023-10-13")), vec![Reminder::Before(7)]);
        assert!(r.due(open, Some(due), day("2023-10-14")).is_empty());
        assert_eq!(r.due(open, Some(due), day("2023-10-20")), vec![Reminder::OnDay]);
        assert_eq!(r.due(open, Some(due), day("2023-10-21")), vec![Reminder::After(1)]);
        assert_eq!(
            r.due(open, Some(due), day("2023-10-25")),
            vec![Reminder::EscalateHead(5)]
        );
        assert_eq!(
            r.due(open, Some(due), day("2023-10-30")),
            vec![Reminder::EscalateOffice(10)]
        );
        assert!(r.due(Phase::DoneLate, Some(due), day("2023-10-21")).is_empty());
        assert!(r.due(open, None, day("2023-10-21")).is_empty());
        assert_eq!(r.reach(), (7, 30));
    }

    #[test]
    fn input_is_checked_and_named() {
        let ok = ReminderRulesInput {
            before_days: "1, 7,3".into(),
            on_day: true,
            after_days: "2".into(),
            escalate_head_after: "3".into(),
            escalate_office_after: "".into(),
        }
        .validate()
        .unwrap();
        assert_eq!(ok.before_days, vec![7, 3, 1]);
        assert_eq!(ok.escalate_office_after, None);
        assert_eq!(ok.as_input().before_days, "7, 3, 1");
        let bad = ReminderRulesInput {
            before_days: "7, ba".into(),
            ..Default::default()
        }
        .validate()
        .unwrap_err();
        assert_eq!(bad.field, "before_days");
        assert!(bad.message_vi.contains("“ba”"), "{}", bad.message_vi);
        let order = ReminderRulesInput {
            escalate_head_after: "10".into(),
            escalate_office_after: "5".into(),
            ..Default::default()
        }
        .validate()
        .unwrap_err();
        assert_eq!(order.field, "escalate_office_after");
        let zero = ReminderRulesInput {
            after_days: "0".into(),
            ..Default::default()
        }
        .validate()
        .unwrap_err();
        assert_eq!(zero.field, "after_days");
    }

    fn rules() -> impl Strategy<Value = ReminderRules> {
        (
            proptest::collection::vec(1u32..60, 0..5),
            any::<bool>(),
            proptest::collection::vec(1u32..60, 0..5),
            proptest::option::of(1u32..30),
            proptest::option::of(1u32..30),
        )
            .prop_filter_map("office after head", |(b, on, a, h, o)| {
                let input = ReminderRulesInput {
                    before_days: b.iter().map(u32::to_string).collect::<Vec<_>>().join(","),
                    on_day: on,
                    after_days: a.iter().map(u32::to_string).collect::<Vec<_>>().join(","),
                    escalate_head_after: h.map(|d| d.to_string()).unwrap_or_default(),
                    escalate_office_after: o.map(|d| d.to_string()).unwrap_or_default(),
                };
                input.validate().ok().map(Valid::into_inner)
            })
    }

    fn phase() -> impl Strategy<Value = Phase> {
        proptest::sample::select(Phase::ALL.to_vec())
    }

    proptest! {
        /// Finished or cancelled work is never reminded, whatever the day and rules.
        #[test]
        fn no_reminder_for_finished_work(r in rules(), p in phase(), offset in -400i64..400, due_day in 0i64..3000) {
            let due = day("2020-01-01") + Duration::days(due_day);
            let today = due + Duration::days(offset);
            let got = r.due(p, Some(due), today);
            if !is_open(p) {
                prop_assert!(got.is_empty());
            }
        }

        /// Over a task's life, each reminder fires on exactly one day, in date order: every
        /// "before" before the due date, escalation only after it, the head before the office.
        #[test]
        fn escalation_order(r in rules(), due_day in 0i64..3000) {
            let due = day("2020-01-01") + Duration::days(due_day);
            let mut seen: Vec<(NaiveDate, Reminder)> = Vec::new();
            for offset in -100i64..=100 {
                let today = due + Duration::days(offset);
                for rem in r.due(Phase::NotStarted, Some(due), today) {
                    prop_assert!(!seen.iter().any(|(_, s)| *s == rem), "{rem:?} twice");
                    match rem {
                        Reminder::Before(n) => prop_assert_eq!(today + Duration::days(i64::from(n)), due),
                        Reminder::OnDay => prop_assert_eq!(today, due),
                        Reminder::After(n) | Reminder::EscalateHead(n) | Reminder::EscalateOffice(n) => {
                            prop_assert!(today > due);
                            prop_assert_eq!(today - Duration::days(i64::from(n)), due);
                        }
                    }
                    seen.push((today, rem));
                }
            }
            let head = seen.iter().find(|(_, r)| matches!(r, Reminder::EscalateHead(_))).map(|(d, _)| *d);
            let office = seen.iter().find(|(_, r)| matches!(r, Reminder::EscalateOffice(_))).map(|(d, _)| *d);
            if let (Some(h), Some(o)) = (head, office) {
                prop_assert!(h < o, "head {h} must be told before the office {o}");
            }
            prop_assert_eq!(head.is_some(), r.escalate_head_after.is_some());
            prop_assert_eq!(office.is_some(), r.escalate_office_after.is_some());
            let befores = seen.iter().filter(|(_, r)| matches!(r, Reminder::Before(_))).count();
            prop_assert_eq!(befores, r.before_days.len());
        }
    }
}
