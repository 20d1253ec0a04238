//! Deadlines as written in plans ("trong tháng 9/2023", "Quý IV/2023",
//! "trước ngày 30/10/2023", "hằng quý", "thường xuyên"), turned into a due date or a
//! recurrence, with a Vietnamese note saying how the phrase was read.

mod agenda;
mod cited;
mod codepage;
mod error;
mod frame;
mod frequency;
mod keywords;
mod lunar;
mod money;
mod named;
mod norms;
mod parse;
mod periodic;
mod recurrence;
mod report;
mod residence;
mod role;
mod scan;
mod span_end;
mod stance;
mod terms;
mod titles;
mod tokens;
mod told;
mod upkeep;
mod words;

pub use error::{DeadlineError, DeadlineErrorKind};
pub use parse::parse_deadline;
pub use recurrence::Recurrence;

use chrono::NaiveDate;
use serde::Serialize;

/// A due date or a recurrence.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub enum DeadlineValue {
    Due(NaiveDate),
    Recurrence(Recurrence),
}

/// A deadline read from a phrase.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Deadline {
    pub value: DeadlineValue,
    /// True when the reading involved a guess a person should check.
    pub ambiguous: bool,
    /// How the phrase was read, in Vietnamese.
    pub note: String,
}

impl Deadline {
    /// The due date, if the deadline is a date.
    pub fn due(&self) -> Option<NaiveDate> {
        match self.value {
            DeadlineValue::Due(d) => Some(d),
            DeadlineValue::Recurrence(_) => None,
        }
    }

    /// The recurrence, if the deadline is periodic or ongoing.
    pub fn recurrence(&self) -> Option<Recurrence> {
        match self.value {
            DeadlineValue::Due(_) => None,
            DeadlineValue::Recurrence(r) => Some(r),
        }
    }
}
