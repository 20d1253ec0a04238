//! Reporting periods: a year, a half, a quarter or a month, as `2023`, `2023-H1`, `2023-Q3`, `2023-09`.

use chrono::{Datelike, NaiveDate};
use serde::{Deserialize, Serialize};

use crate::FieldError;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct Period {
    pub year: i32,
    pub span: Span,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Span {
    Year,
    Half(u8),
    Quarter(u8),
    Month(u8),
}

impl Period {
    /// Reads a period in its code form (`2023`, `2023-H1`, `2023-Q3`, `2023-09`) or as the pages
    /// print it (`Năm 2023`, `6 tháng đầu năm 2023`, `Quý III/2023`, `Quý 3/2023`, `Tháng 9/2023`).
    pub fn parse(s: &str) -> Result<Period, FieldError> {
        let bad = || {
            FieldError::invalid(
                "period",
                format!(
                    "Kỳ “{s}” không hợp lệ; ghi như “Năm 2023”, “6 tháng đầu năm 2023”, “Quý III/2023”, “Tháng 9/2023” (hoặc 2023, 2023-H1, 2023-Q3, 2023-09)."
                ),
                format!(
                    "Period “{s}” is invalid; write “Năm 2023”, “Quý III/2023”, “Tháng 9/2023” (or 2023, 2023-H1, 2023-Q3, 2023-09)."
                ),
            )
        };
        if let Some(p) = parse_words(s) {
            return Ok(p);
        }
        let s = s.trim();
        let (y, rest) = match s.split_once('-') {
            Some((y, r)) => (y, Some(r)),
            None => (s, None),
        };
        let year: i32 = y.parse().map_err(|_| bad())?;
        if !(1945..=2200).contains(&year) {
            return Err(bad());
        }
        let num = |r: &str, max: u8| r.parse::<u8>().ok().filter(|n| (1..=max).contains(n));
        let span = match rest {
            None => Span::Year,
            Some(r) => match r.chars().next() {
                Some('H' | 'h') => Span::Half(num(&r[1..], 2).ok_or_else(bad)?),
                Some('Q' | 'q') => Span::Quarter(num(&r[1..], 4).ok_or_else(bad)?),
                Some(c) if c.is_ascii_digit() && r.len() == 2 => Span::Month(num(r, 12).ok_or_else(bad)?),
                _ => return Err(bad()),
            },
        };
        Ok(Period { year, span })
    }

    pub fn year(year: i32) -> Period {
        Period { year, span: Span::Year }
    }

    /// The last whole month before `today`: the month a monthly evaluation or ranking shows
    /// when none is asked for.
    pub fn last_full_month(today: NaiveDate) -> Period {
        let last = today.with_day(1).and_then(|d| d.pred_opt()).unwrap_or(today);
        Period {
            year: last.year(),
            span: Span::Month(u8::try_from(last.month()).unwrap_or(1)),
        }
    }

    /// First and last day, inclusive.
    pub fn bounds(&self) -> (NaiveDate, NaiveDate) {
        let (m1, m2) = match self.span {
            Span::Year => (1, 12),
            Span::Half(h) => (u32::from(h) * 6 - 5, u32::from(h) * 6),
            Span::Quarter(q) => (u32::from(q) * 3 - 2, u32::from(q) * 3),
            Span::Month(m) => (u32::from(m), u32::from(m)),
        };
        (first_of_month(self.year, m1), last_of_month(self.year, m2))
    }

    pub fn label_vi(&self) -> String {
        match self.span {
            Span::Year => format!("Năm {}", self.year),
            Span::Half(1) => format!("6 tháng đầu năm {}", self.year),
            Span::Half(_) => format!("6 tháng cuối năm {}", self.year),
            Span::Quarter(q) => format!("Quý {}/{}", ["I", "II", "III", "IV"][usize::from(q - 1)], self.year),
            Span::Month(m) => format!("Tháng {m}/{}", self.year),
        }
    }
}

/// The Vietnamese forms, read on folded text ("quy iii/2023").
fn parse_words(s: &str) -> Option<Period> {
    let f = vntext::fold(s);
    let f = f.trim();
    let year_of = |t: &str| t.trim().parse::<i32>().ok().filter(|y| (1945..=2200).contains(y));
    let roman = |t: &str| match t.trim() {
        "i" | "1" => Some(1u8),
        "ii" | "2" => Some(2),
        "iii" | "3" => Some(3),
        "iv" | "4" => Some(4),
        _ => None,
    };
    if let Some(rest) = f.strip_prefix("nam ") {
        return Some(Period::year(year_of(rest)?));
    }
    if let Some(rest) = f.strip_prefix("6 thang dau nam ") {
        return Some(Period {
            year: year_of(rest)?,
            span: Span::Half(1),
        });
    }
    if let Some(rest) = f.strip_prefix("6 thang cuoi nam ") {
        return Some(Period {
            year: year_of(rest)?,
            span: Span::Half(2),
        });
    }
    if let Some(rest) = f.strip_prefix("quy ") {
        let (q, y) = rest.split_once(['/', ' '])?;
        let y = y.trim_start_matches("nam ").trim();
        return Some(Period {
            year: year_of(y)?,
            span: Span::Quarter(roman(q)?),
        });
    }
    if let Some(rest) = f.strip_prefix("thang ") {
        let (m, y) = rest.split_once(['/', ' '])?;
        let m = m.trim().parse::<u8>().ok().filter(|m| (1..=12).contains(m))?;
        let y = y.trim_start_matches("nam ").trim();
        return Some(Period {
            year: year_of(y)?,
            span: Span::Month(m),
        });
    }
    None
}

impl std::fmt::Display for Period {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self.span {
            Span::Year => write!(f, "{}", self.year),
            Span::Half(h) => write!(f, "{}-H{h}", self.year),
            Span::Quarter(q) => write!(f, "{}-Q{q}", self.year),
            Span::Month(m) => write!(f, "{}-{m:02}", self.year),
        }
    }
}

impl TryFrom<String> for Period {
    type Error = String;
    fn try_from(s: String) -> Result<Self, String> {
        Period::parse(&s).map_err(|e| e.message_en)
    }
}

impl From<Period> for String {
    fn from(p: Period) -> String {
        p.to_string()
    }
}

fn first_of_month(y: i32, m: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, 1).unwrap_or(NaiveDate::MIN)
}

/// The last day of a month.
pub fn last_of_month(y: i32, m: u32) -> NaiveDate {
    let (ny, nm) = if m == 12 { (y + 1, 1) } else { (y, m + 1) };
    first_of_month(ny, nm).pred_opt().unwrap_or(NaiveDate::MIN)
}

/// The period that contains `d` at the given granularity of `like`.
pub fn containing(d: NaiveDate, like: &Period) -> Period {
    let m = d.month() as u8;
    let span = match like.span {
        Span::Year => Span::Year,
        Span::Half(_) => Span::Half(if m <= 6 { 1 } else { 2 }),
        Span::Quarter(_) => Span::Quarter((m - 1) / 3 + 1),
        Span::Month(_) => Span::Month(m),
    };
    Period { year: d.year(), span }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_last_full_month_crosses_the_year() {
        let d = |y, m, dd| NaiveDate::from_ymd_opt(y, m, dd).unwrap();
        assert_eq!(Period::last_full_month(d(2023, 11, 20)).to_string(), "2023-10");
        assert_eq!(Period::last_full_month(d(2024, 1, 5)).to_string(), "2023-12");
        assert_eq!(Period::last_full_month(d(2023, 3, 1)).to_string(), "2023-02");
    }

    #[test]
    fn parses_and_bounds() {
        let d = |s| NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap();
        assert_eq!(
            Period::parse("2020").unwrap().bounds(),
            (d("2020-01-01"), d("2020-12-31"))
        );
        assert_eq!(
            Period::parse("2023-Q4").unwrap().bounds(),
            (d("2023-10-01"), d("2023-12-31"))
        );
        assert_eq!(
            Period::parse("2024-H1").unwrap().bounds(),
            (d("2024-01-01"), d("2024-06-30"))
        );
        assert_eq!(
            Period::parse("2024-02").unwrap().bounds(),
            (d("2024-02-01"), d("2024-02-29"))
        );
        for bad in ["", "20", "2023-Q5", "2023-13", "2023-H3", "abc", "2023-9"] {
            assert!(Period::parse(bad).is_err(), "{bad}");
        }
        for s in ["2020", "2023-Q4", "2024-H1", "2024-02"] {
            assert_eq!(Period::parse(s).unwrap().to_string(), s);
        }
        assert_eq!(Period::parse("2023-Q4").unwrap().label_vi(), "Quý IV/2023");
    }

    #[test]
    fn the_forms_the_pages_print_are_read_back() {
        for s in ["2020", "2023-Q3", "2024-H1", "2024-H2", "2024-02"] {
            let p = Period::parse(s).unwrap();
            assert_eq!(Period::parse(&p.label_vi()).unwrap(), p, "{}", p.label_vi());
        }
        assert_eq!(Period::parse("Quý 3/2023").unwrap().to_string(), "2023-Q3");
        assert_eq!(Period::parse("quy iii/2023").unwrap().to_string(), "2023-Q3");
        assert_eq!(Period::parse("Tháng 09/2023").unwrap().to_string(), "2023-09");
        assert!(Period::parse("Quý V/2023").is_err());
        assert!(Period::parse("Tháng 13/2023").is_err());
    }
}
