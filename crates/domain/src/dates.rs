//! Dates people type, and which dates are plausible.
//!
//! Forms take dates as written in Vietnam, `dd/mm/yyyy`, whatever the browser's locale; the
//! API takes ISO `yyyy-mm-dd`. One parser reads both and refuses two-digit years (`1/1/23`
//! once became year 23). Every stored date lies between 1945 (the State's founding) and 2100,
//! so nothing is accepted that the API's own schema would later refuse to print.

use chrono::{Datelike, NaiveDate};

use crate::{FieldError, fields};

/// The earliest plausible date of any record: 02/9/1945 falls in that year.
pub const EARLIEST_YEAR: i32 = 1945;
/// The latest plausible date: deadlines and plans reach years ahead, not centuries.
pub const LATEST_YEAR: i32 = 2100;

/// Reads a date as typed: `31/12/2023`, `1/2/2024`, `31-12-2023`, `31.12.2023` or ISO
/// `2023-12-31`. A two-digit year is refused with the likely reading offered.
pub fn parse_input(field: &str, s: &str) -> Result<NaiveDate, FieldError> {
    let s = s.trim();
    let (vi_label, en_label) = fields::label(field);
    let bad = || {
        FieldError::invalid(
            field,
            format!("“{vi_label}”: ngày không hợp lệ; hãy nhập theo dạng ngày/tháng/năm, ví dụ 31/12/2023."),
            format!("“{en_label}”: invalid date; write it as dd/mm/yyyy, e.g. 31/12/2023."),
        )
    };
    let parts: Vec<&str> = s.split(['/', '-', '.']).map(str::trim).collect();
    if parts.len() != 3
        || parts
            .iter()
            .any(|p| p.is_empty() || !p.chars().all(|c| c.is_ascii_digit()))
    {
        return Err(bad());
    }
    let (d, m, y) = if parts[0].len() == 4 {
        (parts[2], parts[1], parts[0])
    } else {
        (parts[0], parts[1], parts[2])
    };
    if y.len() != 4 {
        let guess = y.parse::<i32>().map(|n| 2000 + n % 100).unwrap_or(2000);
        return Err(FieldError::invalid(
            field,
            format!("“{vi_label}”: hãy ghi năm đủ bốn chữ số (ví dụ {d}/{m}/{guess})."),
            format!("“{en_label}”: write the year with four digits (e.g. {d}/{m}/{guess})."),
        ));
    }
    let (Ok(d), Ok(m), Ok(y)) = (d.parse::<u32>(), m.parse::<u32>(), y.parse::<i32>()) else {
        return Err(bad());
    };
    let date = NaiveDate::from_ymd_opt(y, m, d).ok_or_else(bad)?;
    plausible(field, date)?;
    Ok(date)
}

/// Refuses a date outside 1945–2100.
pub fn plausible(field: &str, date: NaiveDate) -> Result<(), FieldError> {
    if (EARLIEST_YEAR..=LATEST_YEAR).contains(&date.year()) {
        return Ok(());
    }
    let (vi, en) = fields::label(field);
    Err(FieldError::invalid(
        field,
        format!(
            "“{vi}”: năm {} không hợp lệ (chỉ nhận từ {EARLIEST_YEAR} đến {LATEST_YEAR}).",
            date.year()
        ),
        format!(
            "“{en}”: the year {} is not plausible (only {EARLIEST_YEAR} to {LATEST_YEAR}).",
            date.year()
        ),
    ))
}

/// Refuses a date after `today`: something that already happened (an issue date, a report, a
/// measured figure) cannot be dated in the future.
pub fn not_future(field: &str, date: NaiveDate, today: NaiveDate) -> Result<(), FieldError> {
    plausible(field, date)?;
    if date > today {
        let (vi, en) = fields::label(field);
        return Err(FieldError::invalid(
            field,
            format!(
                "“{vi}” là ngày {} — sau ngày hôm nay ({}).",
                date.format("%d/%m/%Y"),
                today.format("%d/%m/%Y")
            ),
            format!("“{en}” is {date}, after today ({today})."),
        ));
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    #[test]
    fn vietnamese_and_iso_forms_read_the_same_day() {
        for s in [
            "15/11/2023",
            "15-11-2023",
            "15.11.2023",
            "2023-11-15",
            " 15 / 11 / 2023 ",
        ] {
            assert_eq!(parse_input("due_on", s).unwrap(), d(2023, 11, 15), "{s}");
        }
        assert_eq!(parse_input("due_on", "1/2/2024").unwrap(), d(2024, 2, 1));
    }

    #[test]
    fn two_digit_years_and_nonsense_are_refused() {
        let e = parse_input("due_on", "15/11/23").unwrap_err();
        assert!(e.message_vi.contains("15/11/2023"), "{}", e.message_vi);
        assert!(parse_input("due_on", "1/1/23").is_err());
        assert!(parse_input("due_on", "31/02/2023").is_err());
        assert!(parse_input("due_on", "11/15/2023").is_err());
        assert!(parse_input("due_on", "hôm nay").is_err());
        assert!(parse_input("due_on", "").is_err());
    }

    #[test]
    fn implausible_years_are_refused() {
        assert!(parse_input("issued_on", "01/01/10000").is_err());
        assert!(parse_input("issued_on", "01/01/1900").is_err());
        assert!(plausible("x", d(2100, 12, 31)).is_ok());
        assert!(not_future("issued_on", d(2099, 1, 1), d(2023, 11, 20)).is_err());
        assert!(not_future("issued_on", d(2023, 11, 20), d(2023, 11, 20)).is_ok());
    }
}
