//! The task status rule — written once, here.
//!
//! A task's status depends on today's date, so it is never stored. What is stored is the
//! date-independent [`Phase`] (computed by [`TaskFacts::phase`] on every write) and the
//! effective due date. [`status_of`] finishes the rule for one task in Rust and
//! [`status_sql`] renders the very same ordered rule list, [`STATUS_RULES`], as a SQL `CASE`
//! so that filters and roll-ups in the database agree with the domain by construction.

use chrono::{Days, NaiveDate};
use serde::{Deserialize, Serialize};

use crate::labelled_enum;

labelled_enum! {
    /// What users see: "Chưa thực hiện", "Quá hạn"…
    TaskStatus {
        NotStarted = "not_started", "Chưa thực hiện", "Not started";
        InProgress = "in_progress", "Đang thực hiện", "In progress";
        DueSoon = "due_soon", "Sắp đến hạn", "Due soon";
        Overdue = "overdue", "Quá hạn", "Overdue";
        CompletedOnTime = "completed_on_time", "Hoàn thành đúng hạn", "Completed on time";
        CompletedLate = "completed_late", "Hoàn thành quá hạn", "Completed late";
        ExtensionPending = "extension_pending", "Chờ gia hạn", "Extension pending";
        Cancelled = "cancelled", "Đã hủy", "Cancelled";
    }
}

impl TaskStatus {
    pub fn is_completed(self) -> bool {
        matches!(self, TaskStatus::CompletedOnTime | TaskStatus::CompletedLate)
    }
}

/// The part of a task's state that does not depend on today, stored as a small integer.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Phase {
    Cancelled = 0,
    DoneOnTime = 1,
    DoneLate = 2,
    ExtensionPending = 3,
    Started = 4,
    NotStarted = 5,
}

impl Phase {
    pub const ALL: [Phase; 6] = [
        Phase::Cancelled,
        Phase::DoneOnTime,
        Phase::DoneLate,
        Phase::ExtensionPending,
        Phase::Started,
        Phase::NotStarted,
    ];

    pub fn code(self) -> i32 {
        self as i32
    }

    pub fn from_code(code: i32) -> Option<Phase> {
        Phase::ALL.into_iter().find(|p| p.code() == code)
    }
}

/// The stored facts a status is computed from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct TaskFacts {
    pub cancelled: bool,
    pub completed_on: Option<NaiveDate>,
    /// The effective due date (after approved extensions); none for open-ended work.
    pub due_on: Option<NaiveDate>,
    pub extension_pending: bool,
    /// Latest reported percent complete.
    pub progress: i32,
}

impl TaskFacts {
    pub fn phase(&self) -> Phase {
        if self.cancelled {
            Phase::Cancelled
        } else if let Some(done) = self.completed_on {
            match self.due_on {
                Some(due) if done > due => Phase::DoneLate,
                _ => Phase::DoneOnTime,
            }
        } else if self.extension_pending {
            Phase::ExtensionPending
        } else if self.progress > 0 {
            Phase::Started
        } else {
            Phase::NotStarted
        }
    }

    pub fn status(&self, clock: &Clock) -> TaskStatus {
        status_of(self.phase(), self.due_on, clock)
    }
}

/// "Today" and how many days ahead count as "due soon" (configurable).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Clock {
    pub today: NaiveDate,
    pub due_soon_days: u32,
}

impl Clock {
    pub fn new(today: NaiveDate, due_soon_days: u32) -> Self {
        Clock { today, due_soon_days }
    }

    /// The last due date that still counts as "due soon".
    pub fn soon_limit(&self) -> NaiveDate {
        self.today
            .checked_add_days(Days::new(u64::from(self.due_soon_days)))
            .unwrap_or(NaiveDate::MAX)
    }

    /// Days past the due date (0 when not late).
    pub fn days_late(&self, due_on: NaiveDate) -> i64 {
        (self.today - due_on).num_days().max(0)
    }
}

/// One condition of the status rule.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Condition {
    Phase(Phase),
    /// The due date is before today.
    DueBeforeToday,
    /// The due date is on or before the "due soon" limit.
    DueBySoonLimit,
    Always,
}

/// The status rule: the first matching condition decides.
pub const STATUS_RULES: [(Condition, TaskStatus); 8] = [
    (Condition::Phase(Phase::Cancelled), TaskStatus::Cancelled),
    (Condition::Phase(Phase::DoneOnTime), TaskStatus::CompletedOnTime),
    (Condition::Phase(Phase::DoneLate), TaskStatus::CompletedLate),
    (Condition::Phase(Phase::ExtensionPending), TaskStatus::ExtensionPending),
    (Condition::DueBeforeToday, TaskStatus::Overdue),
    (Condition::DueBySoonLimit, TaskStatus::DueSoon),
    (Condition::Phase(Phase::Started), TaskStatus::InProgress),
    (Condition::Always, TaskStatus::NotStarted),
];

/// The status of one task.
pub fn status_of(phase: Phase, due_on: Option<NaiveDate>, clock: &Clock) -> TaskStatus {
    for (cond, status) in STATUS_RULES {
        let hit = match cond {
            Condition::Phase(p) => phase == p,
            Condition::DueBeforeToday => due_on.is_some_and(|d| d < clock.today),
            Condition::DueBySoonLimit => due_on.is_some_and(|d| d <= clock.soon_limit()),
            Condition::Always => true,
        };
        if hit {
            return status;
        }
    }
    TaskStatus::NotStarted
}

/// Where a due date falls, as far as the status rule can tell: the rule only ever asks "before
/// today?" and "by the due-soon limit?", so every date in one bucket (and open-ended work, in
/// [`DueBucket::Later`]) gets the same status. Roll-ups count tasks per bucket instead of per
/// date and apply [`status_in`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DueBucket {
    BeforeToday,
    BySoonLimit,
    /// After the due-soon limit, or no due date at all.
    Later,
}

impl DueBucket {
    pub const ALL: [DueBucket; 3] = [DueBucket::BeforeToday, DueBucket::BySoonLimit, DueBucket::Later];

    pub fn of(due_on: Option<NaiveDate>, clock: &Clock) -> DueBucket {
        match due_on {
            Some(d) if d < clock.today => DueBucket::BeforeToday,
            Some(d) if d <= clock.soon_limit() => DueBucket::BySoonLimit,
            _ => DueBucket::Later,
        }
    }
}

/// The status of every task of `phase` whose due date falls in `bucket`: [`STATUS_RULES`] read
/// with the bucket's answers to the two date conditions.
pub fn status_in(phase: Phase, bucket: DueBucket) -> TaskStatus {
    for (cond, status) in STATUS_RULES {
        let hit = match cond {
            Condition::Phase(p) => phase == p,
            Condition::DueBeforeToday => bucket == DueBucket::BeforeToday,
            Condition::DueBySoonLimit => matches!(bucket, DueBucket::BeforeToday | DueBucket::BySoonLimit),
            Condition::Always => true,
        };
        if hit {
            return status;
        }
    }
    TaskStatus::NotStarted
}

/// [`STATUS_RULES`] as a SQL `CASE` yielding the status code. `phase_col` is an integer column
/// holding [`Phase::code`], `due_col` a date column (NULL for open-ended work), and
/// `today`/`soon` the placeholders bound to [`Clock::today`] and [`Clock::soon_limit`].
pub fn status_sql(phase_col: &str, due_col: &str, today: &str, soon: &str) -> String {
    let mut sql = String::from("CASE");
    for (cond, status) in STATUS_RULES {
        let when = match cond {
            Condition::Phase(p) => format!("{phase_col} = {}", p.code()),
            Condition::DueBeforeToday => format!("{due_col} < {today}"),
            Condition::DueBySoonLimit => format!("{due_col} <= {soon}"),
            Condition::Always => {
                sql.push_str(&format!(" ELSE '{}' END", status.as_str()));
                return sql;
            }
        };
        sql.push_str(&format!(" WHEN {when} THEN '{}'", status.as_str()));
    }
    sql.push_str(" END");
    sql
}

/// True when every task with `status` has a due date: the rule gives it by a date condition
/// (overdue, due soon). A list filtered by such a status may then order by the bare due date,
/// which an index holds, rather than by the due date with open-ended work last.
pub fn status_needs_due_date(status: TaskStatus) -> bool {
    STATUS_RULES
        .iter()
        .find(|(_, s)| *s == status)
        .is_some_and(|(cond, _)| matches!(cond, Condition::DueBeforeToday | Condition::DueBySoonLimit))
}

/// The SQL condition "the rule gives `status`", derived from [`STATUS_RULES`]: the status's own
/// condition holds and no earlier one does. Unlike comparing [`status_sql`] with a value, it
/// is written as plain comparisons on the phase and due columns, so the database can use its
/// indexes (the overdue filter becomes `phase >= 4 AND due < today`).
pub fn status_filter_sql(status: TaskStatus, phase_col: &str, due_col: &str, today: &str, soon: &str) -> String {
    let mut phases: Vec<Phase> = Phase::ALL.to_vec();
    let mut dates: Vec<String> = Vec::new();
    for (cond, s) in STATUS_RULES {
        let is_target = s == status;
        match cond {
            Condition::Phase(p) if is_target => phases.retain(|x| *x == p),
            Condition::Phase(p) => phases.retain(|x| *x != p),
            // NULL due dates never match a date condition, so "not before today" includes them.
            Condition::DueBeforeToday if is_target => dates.push(format!("{due_col} < {today}")),
            Condition::DueBeforeToday => dates.push(format!("({due_col} IS NULL OR {due_col} >= {today})")),
            Condition::DueBySoonLimit if is_target => dates.push(format!("{due_col} <= {soon}")),
            Condition::DueBySoonLimit => dates.push(format!("({due_col} IS NULL OR {due_col} > {soon})")),
            Condition::Always => {}
        }
        if is_target {
            break;
        }
    }
    let codes: Vec<i32> = phases.iter().map(|p| p.code()).collect();
    let phase_sql = match codes.as_slice() {
        [] => "1 = 0".to_string(),
        [one] => format!("{phase_col} = {one}"),
        // A run up to the last phase reads as a range (what the partial indexes are built on).
        [first, ..]
            if codes.windows(2).all(|w| w[1] == w[0] + 1) && codes.last() == Some(&Phase::NotStarted.code()) =>
        {
            format!("{phase_col} >= {first}")
        }
        _ => format!(
            "{phase_col} IN ({})",
            codes.iter().map(|c| c.to_string()).collect::<Vec<_>>().join(", ")
        ),
    };
    std::iter::once(phase_sql)
        .chain(dates)
        .collect::<Vec<_>>()
        .join(" AND ")
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn only_date_statuses_need_a_due_date() {
        use TaskStatus::*;
        let needing: Vec<TaskStatus> = STATUS_RULES
            .into_iter()
            .map(|(_, s)| s)
            .filter(|s| status_needs_due_date(*s))
            .collect();
        assert_eq!(needing, vec![Overdue, DueSoon]);
    }

    fn d(s: &str) -> NaiveDate {
        NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
    }

    /// The rule as a person would state it, written independently of the rule table.
    fn spec(f: &TaskFacts, c: &Clock) -> TaskStatus {
        if f.cancelled {
            return TaskStatus::Cancelled;
        }
        if let Some(done) = f.completed_on {
            return match f.due_on {
                Some(due) if done > due => TaskStatus::CompletedLate,
                _ => TaskStatus::CompletedOnTime,
            };
        }
        if f.extension_pending {
            return TaskStatus::ExtensionPending;
        }
        match f.due_on {
            Some(due) if due < c.today => TaskStatus::Overdue,
            Some(due) if (due - c.today).num_days() <= i64::from(c.due_soon_days) => TaskStatus::DueSoon,
            _ if f.progress > 0 => TaskStatus::InProgress,
            _ => TaskStatus::NotStarted,
        }
    }

    #[test]
    fn examples() {
        let c = Clock::new(d("2023-11-20"), 7);
        let open = |due: &str, progress| TaskFacts {
            cancelled: false,
            completed_on: None,
            due_on: Some(d(due)),
            extension_pending: false,
            progress,
        };
        assert_eq!(open("2023-11-19", 50).status(&c), TaskStatus::Overdue);
        assert_eq!(open("2023-11-20", 50).status(&c), TaskStatus::DueSoon);
        assert_eq!(open("2023-11-27", 0).status(&c), TaskStatus::DueSoon);
        assert_eq!(open("2023-11-28", 0).status(&c), TaskStatus::NotStarted);
        assert_eq!(open("2023-12-31", 10).status(&c), TaskStatus::InProgress);
        let late = TaskFacts {
            completed_on: Some(d("2023-10-02")),
            ..open("2023-09-30", 100)
        };
        assert_eq!(late.status(&c), TaskStatus::CompletedLate);
        let ongoing = TaskFacts {
            due_on: None,
            ..open("2023-01-01", 0)
        };
        assert_eq!(ongoing.status(&c), TaskStatus::NotStarted);
    }

    #[test]
    fn status_filters_are_index_friendly() {
        let f = |s| status_filter_sql(s, "phase", "due", "$1", "$2");
        assert_eq!(f(TaskStatus::Overdue), "phase >= 4 AND due < $1");
        assert_eq!(f(TaskStatus::Cancelled), "phase = 0");
        assert_eq!(
            f(TaskStatus::DueSoon),
            "phase >= 4 AND (due IS NULL OR due >= $1) AND due <= $2"
        );
        assert_eq!(
            f(TaskStatus::InProgress),
            "phase = 4 AND (due IS NULL OR due >= $1) AND (due IS NULL OR due > $2)"
        );
    }

    #[test]
    fn sql_lists_every_rule_in_order() {
        let sql = status_sql("t.phase", "t.due_on", "$1", "$2");
        assert!(sql.starts_with("CASE WHEN t.phase = 0 THEN 'cancelled'"));
        assert!(sql.contains("WHEN t.due_on < $1 THEN 'overdue' WHEN t.due_on <= $2 THEN 'due_soon'"));
        assert!(sql.ends_with("ELSE 'not_started' END"));
        for s in TaskStatus::ALL {
            assert!(sql.contains(&format!("'{}'", s.as_str())), "{s}");
        }
    }

    fn facts() -> impl Strategy<Value = TaskFacts> {
        let date = (0i64..800).prop_map(|n| d("2022-06-01") + chrono::Duration::days(n));
        (
            any::<bool>(),
            proptest::option::of(date.clone()),
            proptest::option::of(date),
            any::<bool>(),
            0i32..=100,
        )
            .prop_map(
                |(cancelled, completed_on, due_on, extension_pending, progress)| TaskFacts {
                    cancelled,
                    completed_on,
                    due_on,
                    extension_pending,
                    progress,
                },
            )
    }

    proptest! {
        #[test]
        fn rule_table_matches_the_spec(f in facts(), today_off in 0i64..800, soon in 0u32..31) {
            let c = Clock::new(d("2022-06-01") + chrono::Duration::days(today_off), soon);
            prop_assert_eq!(f.status(&c), spec(&f, &c));
        }

        #[test]
        fn status_by_due_bucket_is_the_status_of_every_date_in_it(f in facts(), today_off in 0i64..800, soon in 0u32..31) {
            let c = Clock::new(d("2022-06-01") + chrono::Duration::days(today_off), soon);
            prop_assert_eq!(status_in(f.phase(), DueBucket::of(f.due_on, &c)), f.status(&c));
        }

        #[test]
        fn completed_is_never_overdue(f in facts(), today_off in 0i64..800) {
            let c = Clock::new(d("2022-06-01") + chrono::Duration::days(today_off), 7);
            let s = f.status(&c);
            if f.completed_on.is_some() && !f.cancelled {
                prop_assert!(s.is_completed());
            }
            if s == TaskStatus::Overdue {
                prop_assert!(f.due_on.unwrap() < c.today && f.completed_on.is_none());
            }
        }
    }
}
