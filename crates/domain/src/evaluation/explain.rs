//! An explanation line in Vietnamese and English, and the date and number forms it uses.
//!
//! Every computed figure of an evaluation can say how it was reached, so a person can see why
//! they got 61.3 and dispute a line. Lines are rendered on demand from structured facts (not
//! stored as text while computing), which keeps bulk evaluation cheap.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use crate::period::Period;

/// One sentence for people, in both languages.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Line {
    pub vi: String,
    pub en: String,
}

impl Line {
    pub fn new(vi: impl Into<String>, en: impl Into<String>) -> Line {
        Line {
            vi: vi.into(),
            en: en.into(),
        }
    }

    /// Appends another line's sentence to this one, in both languages.
    pub fn push(&mut self, more: Line) {
        if !self.vi.is_empty() {
            self.vi.push(' ');
            self.en.push(' ');
        }
        self.vi.push_str(&more.vi);
        self.en.push_str(&more.en);
    }
}

/// A date as Vietnamese offices write it: 05/03/2026.
pub fn dmy(d: NaiveDate) -> String {
    d.format("%d/%m/%Y").to_string()
}

/// A date in ISO form for English text: 2026-03-05.
pub fn iso(d: NaiveDate) -> String {
    d.format("%Y-%m-%d").to_string()
}

/// A period's name inside a Vietnamese sentence: "tháng 3/2026", "quý I/2026", "năm 2026".
pub fn period_vi(p: &Period) -> String {
    let label = p.label_vi();
    let mut chars = label.chars();
    match chars.next() {
        Some(first) => first.to_lowercase().chain(chars).collect(),
        None => label,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lines_join_in_both_languages() {
        let mut l = Line::new("Một.", "One.");
        l.push(Line::new("Hai.", "Two."));
        assert_eq!(l, Line::new("Một. Hai.", "One. Two."));
        let d = NaiveDate::from_ymd_opt(2026, 3, 5).unwrap();
        assert_eq!((dmy(d), iso(d)), ("05/03/2026".into(), "2026-03-05".into()));
        assert_eq!(period_vi(&Period::parse("2026-Q1").unwrap()), "quý I/2026");
    }
}
