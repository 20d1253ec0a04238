//! Days of the first lunar month named with their lunar year ("mùng 6 tháng Giêng năm Bính
//! Ngọ"), written as the solar date (22/2/2026) so the rest of the reader sees a date
//! (seventeenth round). Only tháng Giêng is converted: its days count from the lunar new year,
//! whose solar date is a fixed table; the length of other lunar months would need the full
//! calendar, and those dates are left as written.

use chrono::{Datelike, Days, NaiveDate};

/// The solar date of the lunar new year (mùng 1 Tết) in Vietnam, 2010–2035.
const NEW_YEARS: [(i32, u32, u32); 26] = [
    (2010, 2, 14),
    (2011, 2, 3),
    (2012, 1, 23),
    (2013, 2, 10),
    (2014, 1, 31),
    (2015, 2, 19),
    (2016, 2, 8),
    (2017, 1, 28),
    (2018, 2, 16),
    (2019, 2, 5),
    (2020, 1, 25),
    (2021, 2, 12),
    (2022, 2, 1),
    (2023, 1, 22),
    (2024, 2, 10),
    (2025, 1, 29),
    (2026, 2, 17),
    (2027, 2, 6),
    (2028, 1, 26),
    (2029, 2, 13),
    (2030, 2, 3),
    (2031, 1, 23),
    (2032, 2, 11),
    (2033, 1, 31),
    (2034, 2, 19),
    (2035, 2, 8),
];

const STEMS: [&str; 10] = ["giap", "at", "binh", "dinh", "mau", "ky", "canh", "tan", "nham", "quy"];
const BRANCHES: [&str; 12] = [
    "ty", "suu", "dan", "mao", "thin", "ty", "ngo", "mui", "than", "dau", "tuat", "hoi",
];

/// The year named by a stem and a branch (folded: "binh ngo"), between 1984 and 2043. Tý and Tỵ
/// fold alike; the stem's parity tells them apart.
fn year_of(stem: &str, branch: &str) -> Option<i32> {
    let s = STEMS.iter().position(|x| *x == stem)?;
    let b = BRANCHES
        .iter()
        .enumerate()
        .find(|(i, x)| **x == branch && i % 2 == s % 2)
        .map(|(i, _)| i)?;
    (1984..2044).find(|y: &i32| (y - 1984).rem_euclid(10) == s as i32 && (y - 1984).rem_euclid(12) == b as i32)
}

/// Whether two folded words name a lunar year by its stem and branch ("quy mao").
pub(crate) fn names_a_lunar_year(stem: &str, branch: &str) -> bool {
    year_of(stem, branch.trim_end_matches(['.', ',', ';', ')'])).is_some()
}

/// The solar date of day `day` of tháng Giêng of the lunar year starting in `year`.
fn gieng(year: i32, day: u32) -> Option<NaiveDate> {
    let (y, m, d) = NEW_YEARS.iter().copied().find(|(y, _, _)| *y == year)?;
    (1..=30)
        .contains(&day)
        .then(|| NaiveDate::from_ymd_opt(y, m, d)?.checked_add_days(Days::new(u64::from(day - 1))))
        .flatten()
}

/// Rewrites "ngay [mung] D thang 1[,] nam STEM BRANCH" (folded; "tháng Giêng" was read as
/// "tháng 1" before) as "ngay d/m/yyyy".
pub(crate) fn solar_first_month(folded: &str) -> String {
    let words: Vec<&str> = folded.split(' ').collect();
    let mut out: Vec<String> = Vec::with_capacity(words.len());
    let mut k = 0;
    while k < words.len() {
        if let Some((date, used)) = lunar_at(&words[k..]) {
            out.push(format!("ngay {}/{}/{}", date.day(), date.month(), date.year()));
            k += used;
            continue;
        }
        out.push(words[k].to_string());
        k += 1;
    }
    out.join(" ")
}

fn lunar_at(w: &[&str]) -> Option<(NaiveDate, usize)> {
    if *w.first()? != "ngay" {
        return None;
    }
    let mut k = 1;
    if matches!(*w.get(k)?, "mung" | "mong") {
        k += 1;
    }
    let day: u32 = w.get(k)?.parse().ok()?;
    if *w.get(k + 1)? != "thang" || w.get(k + 2)?.trim_end_matches(',') != "1" || *w.get(k + 3)? != "nam" {
        return None;
    }
    let stem = *w.get(k + 4)?;
    let branch = w.get(k + 5)?.trim_end_matches(['.', ',', ';', ')']);
    let date = gieng(year_of(stem, branch)?, day)?;
    Some((date, k + 6))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn years_by_their_names() {
        assert_eq!(year_of("binh", "ngo"), Some(2026));
        assert_eq!(year_of("at", "ty"), Some(2025));
        assert_eq!(year_of("giap", "ty"), Some(1984));
        assert_eq!(year_of("quy", "mao"), Some(2023));
        // a stem and a branch of different parity name no year
        assert_eq!(year_of("binh", "mui"), None);
    }

    #[test]
    fn days_of_the_first_lunar_month() {
        assert_eq!(
            solar_first_month("den het ngay mung 6 thang 1 nam binh ngo"),
            "den het ngay 22/2/2026"
        );
        assert_eq!(solar_first_month("ngay 16 thang 1 nam at ty"), "ngay 13/2/2025");
        // a solar month, a twelfth lunar month, or no lunar year: left as written
        assert_eq!(solar_first_month("ngay 6 thang 1 nam 2026"), "ngay 6 thang 1 nam 2026");
        assert_eq!(
            solar_first_month("ngay 27 thang 12 nam at ty"),
            "ngay 27 thang 12 nam at ty"
        );
    }
}
