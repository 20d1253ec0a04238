//! Rewrites a phrase before it is read: months written out as words ("tháng Chín năm 2016" is
//! "tháng 9 năm 2016") and, given the issue date, "tháng này" (the issue date's month).

use chrono::{Datelike, NaiveDate};

use super::tokens::contains_phrase;
use crate::text::fold;

/// Month names after "tháng" (folded), longest first: "Mười Hai" before "Mười".
const MONTHS: &[(&str, u32)] = &[
    ("muoi hai", 12),
    ("muoi mot", 11),
    ("muoi", 10),
    ("gieng", 1),
    ("chap", 12),
    ("mot", 1),
    ("hai", 2),
    ("ba", 3),
    ("tu", 4),
    ("nam", 5),
    ("sau", 6),
    ("bay", 7),
    ("tam", 8),
    ("chin", 9),
];

/// "tháng Chín năm 2016", "tháng Mười Hai", "tháng giêng": the month as a number. A name is a
/// month when it is capitalised ("tháng Tư") or a year follows it ("tháng tư năm 2020"); a
/// lower-case word without a year ("6 tháng một lần") is a count, left as written.
pub(crate) fn month_names(s: &str) -> String {
    let words: Vec<&str> = s.split_whitespace().collect();
    let mut out: Vec<String> = Vec::with_capacity(words.len());
    let mut i = 0;
    while i < words.len() {
        out.push(words[i].to_string());
        if fold(words[i]) == "thang"
            && let Some((month, used)) = month_at(&words, i + 1)
        {
            let last = words[i + used];
            let tail: String = last.chars().skip_while(|c| c.is_alphabetic()).collect();
            out.push(format!("{month}{tail}"));
            i += used + 1;
            continue;
        }
        i += 1;
    }
    out.join(" ")
}

/// The month named by the words from `at`, and how many words it takes.
fn month_at(words: &[&str], at: usize) -> Option<(u32, usize)> {
    let first = words.get(at)?;
    let capital = first.chars().next().is_some_and(char::is_uppercase);
    let alpha = |w: &str| -> String { fold(&w.chars().take_while(|c| c.is_alphabetic()).collect::<String>()) };
    for (name, month) in MONTHS {
        let n = name.split(' ').count();
        let got: Vec<String> = (0..n).filter_map(|k| words.get(at + k).map(|w| alpha(w))).collect();
        if got.len() != n || got.join(" ") != *name {
            continue;
        }
        // Only the last word may carry punctuation ("tháng Chín,").
        let inner_clean = (0..n - 1).all(|k| words[at + k].chars().all(char::is_alphabetic));
        if !inner_clean {
            continue;
        }
        let after = words.get(at + n).map(|w| fold(w));
        let year_next = after.as_deref().is_some_and(|w| w == "nam")
            && words
                .get(at + n + 1)
                .is_some_and(|w| w.chars().take(4).filter(char::is_ascii_digit).count() == 4);
        let slash_year = words[at + n - 1].contains('/');
        if capital || year_next || slash_year {
            return Some((*month, n));
        }
        return None;
    }
    None
}

/// "cuối tháng này", "trong tháng này": with an issue date, the issue date's month and year
/// ("tháng 12 năm 2025"); without one the phrase is left as written (and names no date).
pub(crate) fn this_month(folded: &str, issued: Option<NaiveDate>) -> String {
    match issued {
        Some(d) if contains_phrase(folded, "thang nay") => {
            let mut out = String::with_capacity(folded.len() + 8);
            let mut rest = folded;
            while let Some(p) = rest.find("thang nay") {
                let end = p + "thang nay".len();
                let before_ok = rest[..p].chars().next_back().is_none_or(|c| !c.is_alphanumeric());
                let after_ok = rest[end..].chars().next().is_none_or(|c| !c.is_alphanumeric());
                out.push_str(&rest[..p]);
                if before_ok && after_ok {
                    out.push_str(&format!("thang {} nam {}", d.month(), d.year()));
                } else {
                    out.push_str("thang nay");
                }
                rest = &rest[end..];
            }
            out.push_str(rest);
            out
        }
        _ => folded.to_string(),
    }
}

/// "Hôm nay, Hội đồng nhân dân tỉnh … khai mạc Kỳ họp": with an issue date, that day
/// ("ngay d/m/yyyy"; eighteenth round); without one the phrase is left as written.
pub(crate) fn today(folded: &str, issued: Option<NaiveDate>) -> String {
    match issued {
        Some(d) if contains_phrase(folded, "hom nay") => {
            let date = format!("ngay {}/{}/{}", d.day(), d.month(), d.year());
            let words: Vec<&str> = folded.split(' ').collect();
            let mut out: Vec<&str> = Vec::with_capacity(words.len());
            let mut k = 0;
            while k < words.len() {
                if words[k] == "hom"
                    && words
                        .get(k + 1)
                        .is_some_and(|w| w.trim_end_matches([',', '.']) == "nay")
                {
                    out.push(&date);
                    if words[k + 1].ends_with(',') {
                        out.push(",");
                    }
                    k += 2;
                    continue;
                }
                out.push(words[k]);
                k += 1;
            }
            out.join(" ")
        }
        _ => folded.to_string(),
    }
}

/// Writes out number words and drops numbers spelled in brackets, so that
/// "Sáu tháng đầu năm" reads as "6 tháng đầu năm" and "ngày 06 (sáu) tháng 06 (sáu)" as
/// "ngày 06 tháng 06".
pub(crate) fn spell_out(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut rest = s;
    while let Some(open) = rest.find('(') {
        let Some(close) = rest[open..].find(')').map(|c| open + c) else {
            break;
        };
        let inside = &rest[open + 1..close];
        let words_only = !inside.is_empty() && inside.chars().all(|c| c.is_alphabetic() || c == ' ');
        let after_number = rest[..open].trim_end().ends_with(|c: char| c.is_ascii_digit());
        out.push_str(&rest[..open]);
        if !(words_only && after_number) {
            out.push_str(&rest[open..=close]);
        }
        rest = &rest[close + 1..];
    }
    out.push_str(rest);
    for (word, digit) in [
        ("Sáu tháng", "6 tháng"),
        ("sáu tháng", "6 tháng"),
        ("SÁU THÁNG", "6 THÁNG"),
    ] {
        out = out.replace(word, digit);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn months_written_out() {
        assert_eq!(
            month_names("hết hạn vào cuối tháng Tám năm 2019."),
            "hết hạn vào cuối tháng 8 năm 2019."
        );
        assert_eq!(month_names("khai mạc trong tháng Mười Hai"), "khai mạc trong tháng 12");
        assert_eq!(month_names("từ tháng Giêng, năm sau"), "từ tháng 1, năm sau");
        assert_eq!(month_names("trong tháng tư năm 2020"), "trong tháng 4 năm 2020");
        // A count, not a month: lower case and no year.
        assert_eq!(month_names("báo cáo 6 tháng một lần"), "báo cáo 6 tháng một lần");
        assert_eq!(month_names("trong tháng năm nay"), "trong tháng năm nay");
    }

    #[test]
    fn today_is_the_issue_date() {
        // Eighteenth round.
        let d = NaiveDate::from_ymd_opt(2022, 12, 7);
        assert_eq!(
            today("hom nay, hdnd tinh khai mac ky hop", d),
            "ngay 7/12/2022 , hdnd tinh khai mac ky hop"
        );
        assert_eq!(today("hom nay khai mac", None), "hom nay khai mac");
        assert_eq!(today("hom nayxx", d), "hom nayxx");
    }

    #[test]
    fn this_month_needs_the_issue_date() {
        let d = NaiveDate::from_ymd_opt(2024, 3, 5);
        assert_eq!(
            this_month("hoan thanh cuoi thang nay.", d),
            "hoan thanh cuoi thang 3 nam 2024."
        );
        assert_eq!(
            this_month("hoan thanh cuoi thang nay.", None),
            "hoan thanh cuoi thang nay."
        );
        assert_eq!(this_month("trong thang 3 nay", d), "trong thang 3 nay");
    }
}
