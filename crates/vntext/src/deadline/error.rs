//! Why a deadline phrase could not be read, in Vietnamese and English.

use std::fmt;

/// What is wrong with a deadline phrase.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum DeadlineErrorKind {
    /// Nothing written.
    Empty,
    /// No date, period or recurrence recognised.
    NotRecognized,
    /// The phrase has no year and no issue date was given to infer it.
    NeedsIssueDate,
    /// A date that does not exist (31/02/2023) or a month/quarter out of range.
    InvalidDate,
}

/// A deadline phrase that could not be read. Display shows the Vietnamese message.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DeadlineError {
    phrase: String,
    kind: DeadlineErrorKind,
}

impl DeadlineError {
    pub(crate) fn new(phrase: &str, kind: DeadlineErrorKind) -> Self {
        let phrase: String = phrase.trim().chars().take(200).collect();
        Self { phrase, kind }
    }

    /// What is wrong.
    pub fn kind(&self) -> &DeadlineErrorKind {
        &self.kind
    }

    /// Stable snake_case code.
    pub fn code(&self) -> &'static str {
        match self.kind {
            DeadlineErrorKind::Empty => "deadline_empty",
            DeadlineErrorKind::NotRecognized => "deadline_not_recognized",
            DeadlineErrorKind::NeedsIssueDate => "deadline_needs_issue_date",
            DeadlineErrorKind::InvalidDate => "deadline_invalid_date",
        }
    }

    /// Vietnamese message.
    pub fn message_vi(&self) -> String {
        let p = &self.phrase;
        match self.kind {
            DeadlineErrorKind::Empty => "Chưa ghi thời hạn.".to_string(),
            DeadlineErrorKind::NotRecognized => format!(
                "Không hiểu được thời hạn “{p}”. Hãy ghi ngày (“30/10/2023”), tháng (“tháng 9/2023”), \
                 quý (“Quý IV/2023”), năm (“năm 2023”) hoặc chu kỳ (“hằng tháng”, “hằng quý”, “thường xuyên”)."
            ),
            DeadlineErrorKind::NeedsIssueDate => format!(
                "Thời hạn “{p}” không ghi năm; cần ghi rõ năm hoặc cho biết ngày ban hành văn bản để xác định hạn."
            ),
            DeadlineErrorKind::InvalidDate => {
                format!("Thời hạn “{p}” có ngày, tháng hoặc quý không tồn tại.")
            }
        }
    }

    /// English message.
    pub fn message_en(&self) -> String {
        let p = &self.phrase;
        match self.kind {
            DeadlineErrorKind::Empty => "No deadline given.".to_string(),
            DeadlineErrorKind::NotRecognized => format!(
                "Could not read the deadline “{p}”. Write a date (“30/10/2023”), a month (“tháng 9/2023”), \
                 a quarter (“Quý IV/2023”), a year (“năm 2023”) or a recurrence (“hằng tháng”, “hằng quý”, “thường xuyên”)."
            ),
            DeadlineErrorKind::NeedsIssueDate => {
                format!("The deadline “{p}” has no year; give the year or the document's issue date to infer it.")
            }
            DeadlineErrorKind::InvalidDate => {
                format!("The deadline “{p}” names a day, month or quarter that does not exist.")
            }
        }
    }
}

impl fmt::Display for DeadlineError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message_vi())
    }
}

impl std::error::Error for DeadlineError {}
