//! Numbers and dates written the Vietnamese way: a dot between thousands and a comma
//! before decimals (1.234; 95,56 %), fractions of a whole ("3.192/3.327"), dates in full
//! ("ngày 05 tháng 01 năm 2020", with days below 10 and months 1–2 zero-padded as
//! Nghị định 30/2020/NĐ-CP, Phụ lục I asks) and short (05/01/2020).

use chrono::{Datelike, NaiveDate};

/// An integer with dots between thousands: `1234567` → "1.234.567".
pub fn int(n: i64) -> String {
    let digits = n.unsigned_abs().to_string();
    let mut out = String::with_capacity(digits.len() + digits.len() / 3 + 1);
    if n < 0 {
        out.push('-');
    }
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push('.');
        }
        out.push(c);
    }
    out
}

/// A number with at most `decimals` decimals, trailing zeros dropped:
/// `95.555, 2` → "95,56"; `1234.5, 2` → "1.234,5"; `100.0, 2` → "100".
pub fn decimal(x: f64, decimals: usize) -> String {
    if !x.is_finite() {
        return "–".to_string();
    }
    let fixed = format!("{:.*}", decimals, x.abs());
    let (whole, frac) = fixed.split_once('.').unwrap_or((&fixed, ""));
    let frac = frac.trim_end_matches('0');
    let whole: i64 = whole.parse().unwrap_or(0);
    let negative = x < 0.0 && (whole != 0 || !frac.is_empty());
    let mut out = String::new();
    if negative {
        out.push('-');
    }
    out.push_str(&int(whole));
    if !frac.is_empty() {
        out.push(',');
        out.push_str(frac);
    }
    out
}

/// A percentage with two decimals at most and a space before the sign: "95,56 %".
pub fn percent(value: f64) -> String {
    format!("{} %", decimal(value, 2))
}

/// `part` as a percentage of `whole`, rounded half up to two decimals ("95,94 %"), or
/// `None` when `whole` is zero. A share that is not complete never shows as "100 %" and
/// a share above nothing never as "0 %" (99,99 % and 0,01 % instead), so a rounded
/// figure cannot claim that everyone, or no one, took part.
pub fn percent_of(part: u64, whole: u64) -> Option<String> {
    if whole == 0 {
        return None;
    }
    let value = part as f64 / whole as f64 * 100.0;
    let shown = (value * 100.0).round() / 100.0;
    let value = if part < whole && shown >= 100.0 {
        99.99
    } else if part > 0 && shown <= 0.0 {
        0.01
    } else {
        value
    };
    Some(percent(value))
}

/// "3.192/3.327".
pub fn fraction(part: u64, whole: u64) -> String {
    format!("{}/{}", int(part as i64), int(whole as i64))
}

/// A count zero-padded to the width of its total (at least two digits), as offices write
/// "09/16": `padded(9, 16)` → "09".
pub fn padded(n: u64, total: u64) -> String {
    let width = total.to_string().len().max(2);
    format!("{n:0width$}")
}

/// "ngày 05 tháng 01 năm 2020": day below 10 and months 1 and 2 zero-padded.
pub fn date_long(d: NaiveDate) -> String {
    let month = if d.month() <= 2 {
        format!("{:02}", d.month())
    } else {
        d.month().to_string()
    };
    format!("ngày {:02} tháng {month} năm {}", d.day(), d.year())
}

/// "05/01/2020".
pub fn date_short(d: NaiveDate) -> String {
    d.format("%d/%m/%Y").to_string()
}

/// "Hà Nội, ngày 05 tháng 01 năm 2020"; a draft without a date leaves the blanks the
/// clerk fills in by hand at signing.
pub fn place_and_date(place: &str, date: Option<NaiveDate>) -> String {
    match date {
        Some(d) => format!("{place}, {}", date_long(d)),
        None => format!("{place}, ngày      tháng      năm      "),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn integers_and_decimals() {
        assert_eq!(int(0), "0");
        assert_eq!(int(999), "999");
        assert_eq!(int(1234), "1.234");
        assert_eq!(int(-1234567), "-1.234.567");
        assert_eq!(decimal(95.555, 2), "95,56");
        assert_eq!(decimal(1234.5, 2), "1.234,5");
        assert_eq!(decimal(100.0, 2), "100");
        assert_eq!(decimal(-0.001, 2), "0");
        assert_eq!(decimal(-2.5, 1), "-2,5");
        assert_eq!(percent(95.5555), "95,56 %");
        assert_eq!(percent_of(3192, 3327).as_deref(), Some("95,94 %"));
        // 2.909/3.044 is 95,565…: rounded half up (a source quoting 95,56 % truncated).
        assert_eq!(percent_of(2909, 3044).as_deref(), Some("95,57 %"));
        assert_eq!(percent_of(33_269, 33_270).as_deref(), Some("99,99 %"));
        assert_eq!(percent_of(1, 100_000).as_deref(), Some("0,01 %"));
        assert_eq!(percent_of(5, 5).as_deref(), Some("100 %"));
        assert_eq!(percent_of(1, 0), None);
        assert_eq!(fraction(3192, 3327), "3.192/3.327");
        assert_eq!(padded(9, 16), "09");
        assert_eq!(padded(9, 160), "009");
    }

    #[test]
    fn dates_follow_the_decree() {
        let d = |y, m, d| NaiveDate::from_ymd_opt(y, m, d).unwrap();
        assert_eq!(date_long(d(2020, 1, 5)), "ngày 05 tháng 01 năm 2020");
        assert_eq!(date_long(d(2023, 9, 13)), "ngày 13 tháng 9 năm 2023");
        assert_eq!(date_long(d(2023, 2, 28)), "ngày 28 tháng 02 năm 2023");
        assert_eq!(date_long(d(2023, 12, 1)), "ngày 01 tháng 12 năm 2023");
        assert_eq!(
            place_and_date("Hà Nội", Some(d(2020, 1, 5))),
            "Hà Nội, ngày 05 tháng 01 năm 2020"
        );
        assert_eq!(date_short(d(2020, 1, 5)), "05/01/2020");
    }
}
