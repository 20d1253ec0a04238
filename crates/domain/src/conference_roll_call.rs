//! A conference's roll-call (điểm danh): each invitee marked present, late or absent (an
//! absence with its reason), never before the conference's day; the marks counted per place.
//! Where anyone at a bridge point is marked, the point's count is the count of marks
//! ([`shown`]); elsewhere it is the number reported.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

use crate::{ErrorCode, FieldError, Valid, text};

crate::labelled_enum! {
    /// An invitee's attendance as marked at the roll-call.
    Attendance {
        Invited = "invited", "Chưa điểm danh", "Not marked";
        Present = "present", "Có mặt", "Present";
        Late = "late", "Đến muộn", "Late";
        Absent = "absent", "Vắng mặt", "Absent";
    }
}

impl Attendance {
    /// Whether the person came (late counts as came).
    pub fn attended(self) -> bool {
        matches!(self, Attendance::Present | Attendance::Late)
    }

    pub fn is_marked(self) -> bool {
        self != Attendance::Invited
    }
}

/// Most marks in one roll-call entry.
pub const MAX_MARKS: usize = 5_000;

/// One invitee's mark as entered.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ToSchema)]
pub struct MarkInput {
    pub person_id: i64,
    /// `present`, `late`, `absent` (with `absence_reason`), or `invited` to clear a mark.
    pub mark: Attendance,
    #[serde(default)]
    pub absence_reason: Option<String>,
}

/// The roll-call of several invitees, saved all or nothing.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ToSchema)]
pub struct MarksInput {
    pub marks: Vec<MarkInput>,
}

impl MarksInput {
    /// Checks the marks for a conference held on `starts_on`: each person once, an absence with
    /// its reason, nobody marked before the day. A reason given with another mark is dropped.
    pub fn validate(self, starts_on: NaiveDate, today: NaiveDate) -> Result<Valid<MarksInput>, FieldError> {
        if self.marks.is_empty() {
            return Err(FieldError::required("marks"));
        }
        if self.marks.len() > MAX_MARKS {
            return Err(FieldError::new(
                "marks",
                ErrorCode::TooMany,
                format!("Mỗi lần điểm danh tối đa {MAX_MARKS} người."),
                format!("At most {MAX_MARKS} people per roll-call entry."),
            ));
        }
        let mut seen = std::collections::HashSet::new();
        let mut marks = Vec::with_capacity(self.marks.len());
        for (i, m) in self.marks.into_iter().enumerate() {
            if !seen.insert(m.person_id) {
                return Err(FieldError::invalid(
                    "person_id",
                    "Người này được điểm danh hai lần trong cùng một lần gửi.",
                    "This person is marked twice in one entry.",
                )
                .in_item("marks", i));
            }
            if m.mark.is_marked() && starts_on > today {
                return Err(FieldError::invalid(
                    "mark",
                    format!(
                        "Hội nghị ngày {} chưa diễn ra; chưa thể điểm danh.",
                        starts_on.format("%d/%m/%Y")
                    ),
                    format!(
                        "The conference of {} has not been held yet; nobody can be marked.",
                        starts_on.format("%d/%m/%Y")
                    ),
                )
                .in_item("marks", i));
            }
            let reason = match m.mark {
                Attendance::Absent => Some(
                    text::line("absence_reason", m.absence_reason.as_deref().unwrap_or(""), 300)
                        .map_err(|e| e.in_item("marks", i))?,
                ),
                _ => None,
            };
            marks.push(MarkInput {
                absence_reason: reason,
                ..m
            });
        }
        Ok(Valid::new(MarksInput { marks }))
    }
}

/// The roll-call at one place: how many are on the list, marked, came (late included), came
/// late, were absent.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
pub struct Tally {
    pub invited: i64,
    pub marked: i64,
    pub attended: i64,
    pub late: i64,
    pub absent: i64,
}

impl Tally {
    /// Counts `n` people marked `a`.
    pub fn add(&mut self, a: Attendance, n: i64) {
        self.invited += n;
        if a.is_marked() {
            self.marked += n;
        }
        if a.attended() {
            self.attended += n;
        }
        match a {
            Attendance::Late => self.late += n,
            Attendance::Absent => self.absent += n,
            _ => {}
        }
    }
}

/// Where a count shown for a bridge point comes from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum CountSource {
    /// The number the point (or the host) reported.
    Reported,
    /// The roll-call of the point's invitees.
    Marks,
}

/// A bridge point's count as shown: once anyone there is marked, present is who came (late
/// included) out of those invited there; before that, the numbers reported.
pub fn shown(
    reported_present: Option<i32>,
    reported_expected: Option<i32>,
    marks: Option<&Tally>,
) -> (Option<i64>, Option<i64>, CountSource) {
    match marks {
        Some(t) if t.marked > 0 => (Some(t.attended), Some(t.invited), CountSource::Marks),
        _ => (
            reported_present.map(i64::from),
            reported_expected.map(i64::from),
            CountSource::Reported,
        ),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    fn mark(person_id: i64, mark: Attendance, reason: Option<&str>) -> MarkInput {
        MarkInput {
            person_id,
            mark,
            absence_reason: reason.map(str::to_string),
        }
    }

    #[test]
    fn marks_need_a_reason_for_an_absence_and_the_day_to_have_come() {
        let held = d(2023, 1, 12);
        let ok = MarksInput {
            marks: vec![
                mark(1, Attendance::Present, Some("bỏ qua")),
                mark(2, Attendance::Late, None),
                mark(3, Attendance::Absent, Some("  Đi công tác  ")),
                mark(4, Attendance::Invited, None),
            ],
        }
        .validate(held, held)
        .unwrap()
        .into_inner();
        assert_eq!(ok.marks[0].absence_reason, None, "a reason only goes with an absence");
        assert_eq!(ok.marks[2].absence_reason.as_deref(), Some("Đi công tác"));

        let e = MarksInput {
            marks: vec![
                mark(1, Attendance::Present, None),
                mark(2, Attendance::Absent, Some(" ")),
            ],
        }
        .validate(held, held)
        .unwrap_err();
        assert_eq!(e.field, "marks[1].absence_reason");
        assert!(e.message_vi.contains("Lý do vắng"), "{}", e.message_vi);

        let e = MarksInput {
            marks: vec![mark(1, Attendance::Present, None)],
        }
        .validate(held, d(2023, 1, 11))
        .unwrap_err();
        assert_eq!(e.field, "marks[0].mark");
        assert!(e.message_vi.contains("12/01/2023 chưa diễn ra"), "{}", e.message_vi);
        // Clearing a mark is no mark.
        assert!(
            MarksInput {
                marks: vec![mark(1, Attendance::Invited, None)]
            }
            .validate(held, d(2023, 1, 11))
            .is_ok()
        );

        let e = MarksInput {
            marks: vec![mark(1, Attendance::Present, None), mark(1, Attendance::Late, None)],
        }
        .validate(held, held)
        .unwrap_err();
        assert_eq!(e.field, "marks[1].person_id");
        assert_eq!(
            MarksInput { marks: vec![] }.validate(held, held).unwrap_err().field,
            "marks"
        );
    }

    #[test]
    fn a_point_counts_its_marks_once_anyone_is_marked() {
        let mut t = Tally::default();
        for a in [
            Attendance::Present,
            Attendance::Late,
            Attendance::Absent,
            Attendance::Invited,
        ] {
            t.add(a, 1);
        }
        t.add(Attendance::Present, 2);
        assert_eq!(
            t,
            Tally {
                invited: 6,
                marked: 5,
                attended: 4,
                late: 1,
                absent: 1
            }
        );
        assert_eq!(
            shown(Some(38), Some(41), Some(&t)),
            (Some(4), Some(6), CountSource::Marks)
        );
        let unmarked = Tally {
            invited: 5,
            ..Tally::default()
        };
        assert_eq!(
            shown(Some(38), Some(41), Some(&unmarked)),
            (Some(38), Some(41), CountSource::Reported)
        );
        assert_eq!(shown(None, Some(41), None), (None, Some(41), CountSource::Reported));
    }
}
