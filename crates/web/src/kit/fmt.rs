//! Dates and numbers as Vietnamese readers write them: 20/11/2023, 1.234.567,8.

use chrono::NaiveDate;

pub fn date(d: NaiveDate) -> String {
    d.format("%d/%m/%Y").to_string()
}

pub fn opt_date(d: Option<NaiveDate>) -> String {
    d.map(date).unwrap_or_else(|| "—".into())
}

/// An integer with `.` between thousands.
pub fn int(n: i64) -> String {
    let digits = n.unsigned_abs().to_string();
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push('.');
        }
        out.push(c);
    }
    if n < 0 { format!("-{out}") } else { out }
}

/// A number with `.` between thousands and `,` before `decimals` decimals.
pub fn number(x: f64, decimals: usize) -> String {
    let s = format!("{:.*}", decimals, x.abs());
    let (whole, frac) = s.split_once('.').unwrap_or((&s, ""));
    let whole: i64 = whole.parse().unwrap_or(0);
    let sign = if x < 0.0 && s.chars().any(|c| c.is_ascii_digit() && c != '0') {
        "-"
    } else {
        ""
    };
    if frac.is_empty() {
        format!("{sign}{}", int(whole))
    } else {
        format!("{sign}{},{frac}", int(whole))
    }
}

/// "92,3%", or "—" when there is nothing to divide.
pub fn percent(p: Option<f64>) -> String {
    p.map(|p| format!("{}%", number(p, 1))).unwrap_or_else(|| "—".into())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn vietnamese_separators() {
        assert_eq!(int(0), "0");
        assert_eq!(int(999), "999");
        assert_eq!(int(1234567), "1.234.567");
        assert_eq!(int(-1000), "-1.000");
        assert_eq!(number(1234567.84, 1), "1.234.567,8");
        assert_eq!(number(-0.01, 1), "0,0");
        assert_eq!(percent(Some(92.26)), "92,3%");
        assert_eq!(percent(None), "—");
        assert_eq!(date(NaiveDate::from_ymd_opt(2023, 11, 5).unwrap()), "05/11/2023");
    }
}
