//! Compliance requirements (yêu cầu thực hiện): "every unit of kind K under U must do X by D",
//! one check item per matching unit; each unit reports it done (date, evidence, attendance), the
//! assigning office accepts it or returns it with a reason. Chi bộ monthly meetings (Điều lệ
//! Đảng, art. 24) are recorded, so a requirement "in the October 2023 meeting" is checked
//! against the meeting actually held.
//!
//! The rule of how an item reads on a day (done / pending / late / returned) is one table,
//! [`SHOWN_RULES`], evaluated in Rust by [`shown`] and rendered to SQL by [`shown_sql`].

use chrono::{Datelike, NaiveDate};
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

use crate::unit::UnitKind;
use crate::{FieldError, Valid, dates, text};

crate::labelled_enum! {
    /// Where an item stands (stored; does not depend on the day).
    ItemState {
        Pending = "pending", "Chưa báo cáo", "Not reported";
        Reported = "reported", "Đã báo cáo, chờ xác nhận", "Reported, awaiting acceptance";
        Accepted = "accepted", "Đã xác nhận hoàn thành", "Accepted";
        Returned = "returned", "Bị trả lại", "Returned";
    }
}

crate::labelled_enum! {
    /// How an item reads on a given day.
    Shown {
        Done = "done", "Đã thực hiện", "Done";
        Pending = "pending", "Chưa thực hiện", "Pending";
        Late = "late", "Quá hạn", "Late";
        Returned = "returned", "Bị trả lại", "Returned";
    }
}

/// (state, past the due date?, shown): the first row that matches wins; `None` matches both.
pub const SHOWN_RULES: &[(ItemState, Option<bool>, Shown)] = &[
    (ItemState::Reported, None, Shown::Done),
    (ItemState::Accepted, None, Shown::Done),
    (ItemState::Returned, None, Shown::Returned),
    (ItemState::Pending, Some(true), Shown::Late),
    (ItemState::Pending, Some(false), Shown::Pending),
];

/// How an item in `state`, due on `due_on`, reads on `today`.
pub fn shown(state: ItemState, due_on: NaiveDate, today: NaiveDate) -> Shown {
    let past = today > due_on;
    SHOWN_RULES
        .iter()
        .find(|(s, p, _)| *s == state && p.is_none_or(|p| p == past))
        .map(|(_, _, shown)| *shown)
        .unwrap_or(Shown::Pending)
}

/// [`SHOWN_RULES`] as a SQL `CASE` over the columns `state` and `due_on`, with today bound as
/// parameter `$today_param`.
pub fn shown_sql(state_col: &str, due_col: &str, today_param: usize) -> String {
    let mut sql = String::from("CASE");
    for (state, past, shown) in SHOWN_RULES {
        let when = match past {
            None => format!("{state_col} = '{}'", state.as_str()),
            Some(true) => format!("{state_col} = '{}' AND ${today_param} > {due_col}", state.as_str()),
            Some(false) => format!("{state_col} = '{}' AND ${today_param} <= {due_col}", state.as_str()),
        };
        sql.push_str(&format!(" WHEN {when} THEN '{}'", shown.as_str()));
    }
    sql.push_str(&format!(" ELSE '{}' END", Shown::Pending.as_str()));
    sql
}

/// A month, for "in the October 2023 meeting".
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
pub struct Month {
    pub year: i32,
    pub month: u32,
}

impl Month {
    pub fn of(d: NaiveDate) -> Month {
        Month {
            year: d.year(),
            month: d.month(),
        }
    }

    /// Reads "10/2023" or "2023-10".
    pub fn parse(field: &str, s: &str) -> Result<Month, FieldError> {
        let s = s.trim();
        let bad = || {
            let (vi, en) = crate::fields::label(field);
            FieldError::invalid(
                field,
                format!("“{vi}”: hãy ghi tháng theo dạng tháng/năm, ví dụ 10/2023."),
                format!("“{en}”: write the month as mm/yyyy, e.g. 10/2023."),
            )
        };
        let (m, y) = match (s.split_once('/'), s.split_once('-')) {
            (Some((m, y)), _) => (m, y),
            (None, Some((y, m))) => (m, y),
            _ => return Err(bad()),
        };
        let (Ok(month), Ok(year)) = (m.trim().parse::<u32>(), y.trim().parse::<i32>()) else {
            return Err(bad());
        };
        let first = NaiveDate::from_ymd_opt(year, month, 1).ok_or_else(bad)?;
        dates::plausible(field, first)?;
        Ok(Month { year, month })
    }

    pub fn first_day(self) -> Option<NaiveDate> {
        NaiveDate::from_ymd_opt(self.year, self.month, 1)
    }
}

impl std::fmt::Display for Month {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{:02}/{}", self.month, self.year)
    }
}

/// A new requirement.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ToSchema)]
pub struct RequirementInput {
    /// The unit that assigns it (and accepts or returns the reports).
    pub issuer_unit_id: i64,
    /// Every unit of `unit_kind` under this one must do it.
    pub scope_unit_id: i64,
    pub unit_kind: UnitKind,
    pub title: String,
    pub due_on: NaiveDate,
    /// Done in the unit's regular meeting of this month ("trong kỳ sinh hoạt chi bộ tháng
    /// 10/2023"): a report must name a meeting held in that month.
    pub meeting_month: Option<Month>,
    /// The plan's task it comes from.
    pub task_id: Option<i64>,
    /// The document it comes from (the plan that asks for it).
    #[serde(default)]
    pub document_id: Option<i64>,
}

impl RequirementInput {
    pub fn validate(self) -> Result<Valid<RequirementInput>, FieldError> {
        let title = text::required("title", &self.title, 1000)?;
        dates::plausible("due_on", self.due_on)?;
        if let Some(m) = self.meeting_month
            && m.first_day().is_none_or(|first| first > self.due_on)
        {
            return Err(FieldError::invalid(
                "meeting_month",
                format!("Tháng sinh hoạt {m} ở sau hạn hoàn thành."),
                format!("The meeting month {m} is after the due date."),
            ));
        }
        Ok(Valid::new(RequirementInput { title, ..self }))
    }
}

/// Attendance as counted: present out of expected.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
pub struct Attendance {
    pub present: i32,
    pub expected: i32,
}

impl Attendance {
    fn check(self, field: &str) -> Result<Attendance, FieldError> {
        if self.expected <= 0 || self.present < 0 {
            return Err(FieldError::invalid(
                field,
                "Số người phải triệu tập phải lớn hơn 0 và số có mặt không âm.",
                "The number expected must be above 0 and the number present not negative.",
            ));
        }
        if self.present > self.expected {
            return Err(FieldError::invalid(
                field,
                format!(
                    "Số có mặt ({}) lớn hơn số phải triệu tập ({}).",
                    self.present, self.expected
                ),
                format!("{} present is more than the {} expected.", self.present, self.expected),
            ));
        }
        Ok(self)
    }

    /// "2.909/3.044, đạt 95,56 %".
    pub fn text(self) -> String {
        format!(
            "{}/{}, đạt {}",
            thousands(i64::from(self.present)),
            thousands(i64::from(self.expected)),
            percent(i64::from(self.present), i64::from(self.expected), 2)
        )
    }
}

/// A whole number with the Vietnamese thousands separator: 3.044.
pub fn thousands(n: i64) -> String {
    let s = n.unsigned_abs().to_string();
    let mut out = String::new();
    for (i, c) in s.chars().enumerate() {
        if i > 0 && (s.len() - i).is_multiple_of(3) {
            out.push('.');
        }
        out.push(c);
    }
    if n < 0 { format!("-{out}") } else { out }
}

/// `part/whole` as a percentage with `decimals` places and a decimal comma: "94,2 %". Cut, not
/// rounded (as reports write it: 2.909/3.044 is "95,56 %"), so "100 %" means every one.
pub fn percent(part: i64, whole: i64, decimals: u32) -> String {
    if whole <= 0 {
        return "0 %".into();
    }
    let scale = 10_i64.pow(decimals);
    let scaled = part * 100 * scale / whole;
    let (int, frac) = (scaled / scale, scaled % scale);
    if decimals == 0 {
        format!("{int} %")
    } else {
        format!("{int},{frac:0width$} %", width = decimals as usize)
    }
}

/// "98/104 chi bộ, 94,2 %".
pub fn progress_text(done: i64, total: i64, kind: UnitKind) -> String {
    format!(
        "{}/{} {}, {}",
        thousands(done),
        thousands(total),
        kind.label_vi().to_lowercase(),
        percent(done, total, 1)
    )
}

/// A unit's report that it has done the requirement.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ToSchema)]
pub struct DoneInput {
    pub done_on: NaiveDate,
    pub note: Option<String>,
    pub attendance: Option<Attendance>,
    /// The meeting it was done in (required when the requirement names a meeting month).
    pub meeting_id: Option<i64>,
}

impl DoneInput {
    pub fn validate(self, today: NaiveDate) -> Result<Valid<DoneInput>, FieldError> {
        dates::plausible("done_on", self.done_on)?;
        dates::not_future("done_on", self.done_on, today)?;
        let attendance = self.attendance.map(|a| a.check("attendance")).transpose()?;
        Ok(Valid::new(DoneInput {
            note: text::optional("note", self.note.as_deref(), 5000)?,
            attendance,
            ..self
        }))
    }
}

/// The meeting named by a report must have been held in the requirement's month.
pub fn check_meeting(month: Month, held_on: NaiveDate) -> Result<(), FieldError> {
    if Month::of(held_on) != month {
        return Err(FieldError::invalid(
            "meeting_id",
            format!(
                "Yêu cầu phải thực hiện trong kỳ sinh hoạt tháng {month}; buổi sinh hoạt đã chọn họp ngày {}.",
                held_on.format("%d/%m/%Y")
            ),
            format!(
                "It must be done in the meeting of {month}; the meeting chosen was held on {}.",
                held_on.format("%d/%m/%Y")
            ),
        ));
    }
    Ok(())
}

/// The assigning office's decision on a report.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ToSchema)]
pub struct ReviewInput {
    pub accept: bool,
    /// Why it is returned (required when returning).
    pub reason: Option<String>,
}

impl ReviewInput {
    pub fn validate(self) -> Result<Valid<ReviewInput>, FieldError> {
        let reason = text::optional("reason", self.reason.as_deref(), 2000)?;
        if !self.accept && reason.is_none() {
            return Err(FieldError::required("reason"));
        }
        Ok(Valid::new(ReviewInput { reason, ..self }))
    }
}

/// A unit's regular meeting (sinh hoạt chi bộ định kỳ).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ToSchema)]
pub struct MeetingInput {
    pub unit_id: i64,
    pub held_on: NaiveDate,
    pub topic: String,
    pub attendance: Attendance,
}

impl MeetingInput {
    pub fn validate(self, today: NaiveDate) -> Result<Valid<MeetingInput>, FieldError> {
        dates::plausible("held_on", self.held_on)?;
        dates::not_future("held_on", self.held_on, today)?;
        Ok(Valid::new(MeetingInput {
            topic: text::required("topic", &self.topic, 1000)?,
            attendance: self.attendance.check("attendance")?,
            ..self
        }))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    #[test]
    fn items_read_by_the_one_table() {
        let due = d(2023, 10, 31);
        assert_eq!(shown(ItemState::Pending, due, d(2023, 10, 31)), Shown::Pending);
        assert_eq!(shown(ItemState::Pending, due, d(2023, 11, 1)), Shown::Late);
        assert_eq!(shown(ItemState::Reported, due, d(2023, 11, 20)), Shown::Done);
        assert_eq!(shown(ItemState::Accepted, due, d(2023, 11, 20)), Shown::Done);
        assert_eq!(shown(ItemState::Returned, due, d(2023, 10, 1)), Shown::Returned);
        // Every state reads as something on both sides of the due date.
        for s in ItemState::ALL {
            for past in [true, false] {
                assert!(
                    SHOWN_RULES
                        .iter()
                        .any(|(st, p, _)| st == s && p.is_none_or(|p| p == past))
                );
            }
        }
        let sql = shown_sql("i.state", "r.due_on", 3);
        assert!(sql.starts_with("CASE WHEN i.state = 'reported' THEN 'done'"), "{sql}");
        assert!(
            sql.contains("i.state = 'pending' AND $3 > r.due_on THEN 'late'"),
            "{sql}"
        );
    }

    #[test]
    fn numbers_read_as_reported() {
        assert_eq!(progress_text(98, 104, UnitKind::PartyCell), "98/104 chi bộ, 94,2 %");
        assert_eq!(progress_text(104, 104, UnitKind::PartyCell), "104/104 chi bộ, 100,0 %");
        assert_eq!(progress_text(98, 104, UnitKind::PartyCell), "98/104 chi bộ, 94,2 %");
        assert_eq!(progress_text(14, 14, UnitKind::Ward), "14/14 phường, 100,0 %");
        let a = Attendance {
            present: 2909,
            expected: 3044,
        };
        assert_eq!(a.text(), "2.909/3.044, đạt 95,56 %");
        assert_eq!(percent(9999, 10_000, 1), "99,9 %", "never 100 % before all are done");
        assert_eq!(thousands(10_234), "10.234");
        assert_eq!(percent(0, 0, 1), "0 %");
    }

    #[test]
    fn bad_input_is_refused_by_field() {
        let base = RequirementInput {
            issuer_unit_id: 1,
            scope_unit_id: 1,
            unit_kind: UnitKind::PartyCell,
            title: "Sinh hoạt chính trị về Chỉ thị 24-CT/TU".into(),
            due_on: d(2023, 10, 31),
            meeting_month: Some(Month { year: 2023, month: 10 }),
            task_id: None,
            document_id: None,
        };
        assert!(base.clone().validate().is_ok());
        let late = RequirementInput {
            meeting_month: Some(Month { year: 2023, month: 11 }),
            ..base.clone()
        };
        assert_eq!(late.validate().unwrap_err().field, "meeting_month");
        assert_eq!(
            RequirementInput {
                title: " ".into(),
                ..base
            }
            .validate()
            .unwrap_err()
            .field,
            "title"
        );
        assert_eq!(
            Month::parse("meeting_month", "10/2023").unwrap(),
            Month { year: 2023, month: 10 }
        );
        assert_eq!(
            Month::parse("meeting_month", "2023-10").unwrap(),
            Month { year: 2023, month: 10 }
        );
        assert!(Month::parse("meeting_month", "13/2023").is_err());

        let done = |present, expected| DoneInput {
            done_on: d(2023, 10, 5),
            note: None,
            attendance: Some(Attendance { present, expected }),
            meeting_id: None,
        };
        assert!(done(20, 22).validate(d(2023, 11, 20)).is_ok());
        let e = done(23, 22).validate(d(2023, 11, 20)).unwrap_err();
        assert!(
            e.message_vi.contains("Số có mặt (23) lớn hơn số phải triệu tập (22)"),
            "{}",
            e.message_vi
        );
        assert!(done(1, 2).validate(d(2023, 10, 1)).is_err(), "not in the future");
        assert!(check_meeting(Month { year: 2023, month: 10 }, d(2023, 10, 5)).is_ok());
        let e = check_meeting(Month { year: 2023, month: 10 }, d(2023, 9, 28)).unwrap_err();
        assert!(e.message_vi.contains("tháng 10/2023") && e.message_vi.contains("28/09/2023"));
        assert_eq!(
            ReviewInput {
                accept: false,
                reason: Some(" ".into())
            }
            .validate()
            .unwrap_err()
            .field,
            "reason"
        );
        assert!(
            ReviewInput {
                accept: true,
                reason: None
            }
            .validate()
            .is_ok()
        );
    }
}
