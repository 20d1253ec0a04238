//! Words between a symbol and its issue date that do not break the citation: the issuing body's
//! abbreviation ("01/2007/NQ-HĐTP TANDTC ngày 02/10/2007") and, for a symbol alone at a line's
//! start, the place of a header's place-and-date line ("… Hà Nội, ngày 19 tháng 10 năm 2018").
//! Used by `context::after` when nothing closer gave a date (round 25).

use chrono::NaiveDate;

use super::dates::floor;
use crate::date::parse_date_prefix;
use crate::text::fold;

/// "01/2007/NQ-HĐTP TANDTC ngày 02/10/2007": the issuing body's abbreviation written after the
/// symbol, then the issue date. One word of three to fourteen capitals (no roman numeral, no
/// digit), then "ngày" and a date, nothing else between.
pub(super) fn abbreviation_date(text: &str, p: usize) -> Option<(NaiveDate, usize, usize)> {
    let word = text[p..].strip_prefix(' ')?;
    let n: usize = word
        .chars()
        .take_while(|c| c.is_ascii_uppercase() || *c == 'Đ')
        .map(char::len_utf8)
        .sum();
    let letters = word[..n].chars().count();
    if !(3..=14).contains(&letters) || word[..n].chars().all(|c| "IVXLC".contains(c)) {
        return None;
    }
    let q0 = text.len() - word.len() + n;
    let rest = text[q0..].strip_prefix(',').unwrap_or(&text[q0..]);
    let rest = rest.strip_prefix(' ')?;
    let q = text.len() - rest.len();
    if !fold(&rest[..floor(rest, rest.len().min(8))]).starts_with("ngay ") {
        return None;
    }
    let (date, len) = parse_date_prefix(rest)?;
    let digits = rest.find(|c: char| c.is_ascii_digit())?;
    Some((date, q + digits, q + len))
}

/// "04/2018/TTLT-VKSNDTC-BCA-BQP Hà Nội, ngày 19 tháng 10 năm 2018": a header whose "Số:" the PDF
/// text lost, the symbol alone at a line's start and the place-and-date line after it on the
/// same line. One to four capitalised words (the place), a comma, then the date in words
/// ("ngày … tháng … năm …").
pub(super) fn place_date_line(text: &str, sym_end: usize) -> Option<(NaiveDate, usize, usize)> {
    // Only blanks between the line's start and the symbol (looked at backwards from the symbol,
    // so a long text costs nothing).
    let sym_start = text[..sym_end].rfind(char::is_whitespace).map_or(0, |k| k + 1);
    let lead = text[..sym_start].trim_end_matches([' ', '\t', '\r', '\u{a0}']);
    if !(lead.is_empty() || lead.ends_with('\n')) {
        return None;
    }
    let mut i = sym_end;
    for words in 0..=4 {
        if words > 0
            && let Some(r) = text[i..].strip_prefix(", ")
        {
            let q = text.len() - r.len();
            let head = fold(&r[..floor(r, r.len().min(40))]);
            if !(head.starts_with("ngay ") && head.contains(" thang ") && head.contains(" nam ")) {
                return None;
            }
            let (date, len) = parse_date_prefix(r)?;
            let digits = r.find(|c: char| c.is_ascii_digit())?;
            return Some((date, q + digits, q + len));
        }
        let rest = text[i..].strip_prefix(' ')?;
        let w: usize = rest.chars().take_while(|c| c.is_alphabetic()).map(char::len_utf8).sum();
        let word = &rest[..w];
        let capitalised =
            word.chars().next().is_some_and(char::is_uppercase) && word.chars().skip(1).all(char::is_lowercase);
        if w == 0 || !capitalised || words == 4 {
            return None;
        }
        i = text.len() - rest.len() + w;
    }
    None
}
