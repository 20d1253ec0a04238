//! Words between a symbol and its issue date that do not break the citation: the issuing body's
//! abbreviation ("01/2007/NQ-HĐTP TANDTC ngày 02/10/2007") and, for a symbol alone at a line's
//! start, the place of a header's place-and-date line ("… Hà Nội, ngày 19 tháng 10 năm 2018").
//! Used by `context::after` when nothing closer gave a date (round 25). Round 26 adds two shapes of
//! the Official Gazette's tables read as PDF text: a cell's "Số …;" line with the date on the next
//! line, and a footnote number glued to the year.

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

/// "Số 178/1998/TT-TCCP;\nngày 04/6/1998": a table cell of the Official Gazette's lists ("Số, ký
/// hiệu; ngày, tháng, năm ban hành"), the symbol alone after "Số" on its line, a semicolon ending
/// the line and the date alone on the next. `q` is the semicolon; gives the offset of "ngày".
pub(super) fn cell_semicolon(text: &str, q: usize) -> Option<usize> {
    let line_start = text[..q].rfind('\n').map_or(0, |k| k + 1);
    let cell = text[line_start..q].trim_start();
    let symbol = cell.strip_prefix("Số ")?;
    if symbol.is_empty() || symbol.contains(char::is_whitespace) {
        return None;
    }
    let r = text[q..].strip_prefix(';')?;
    let r = r.trim_start_matches([' ', '\t', '\r', '\u{a0}']).strip_prefix('\n')?;
    let r = r.trim_start_matches([' ', '\t', '\u{a0}']);
    let at = text.len() - r.len();
    if !fold(&r[..floor(r, r.len().min(8))]).starts_with("ngay ") {
        return None;
    }
    let (_, len) = parse_date_prefix(r)?;
    let tail = r[len..].trim_start_matches([' ', '\t', '\r', '\u{a0}']);
    (tail.is_empty() || tail.starts_with('\n')).then_some(at)
}

/// "ngày 08/10/20181": the Official Gazette's PDF text glues a footnote's number to the year
/// before it. "ngày", a numeric date whose four-digit year (1945–2099) is followed by one or two
/// more digits and then no letter or digit; the date without them, its length with them.
pub(super) fn footnote_date(s: &str) -> Option<(NaiveDate, usize)> {
    let head = s.trim_start();
    if !fold(&head[..floor(head, head.len().min(8))]).starts_with("ngay ") {
        return None;
    }
    let lead = s.len() - head.len();
    let body = head[head.char_indices().nth(4)?.0..].trim_start();
    let at = s.len() - body.len();
    let b = body.as_bytes();
    let d = b.iter().take_while(|c| c.is_ascii_digit()).count();
    let m = b.get(d + 1..)?.iter().take_while(|c| c.is_ascii_digit()).count();
    let y_at = d + 1 + m + 1;
    if !(1..=2).contains(&d) || !(1..=2).contains(&m) || b[d] != b'/' || b.get(d + 1 + m) != Some(&b'/') {
        return None;
    }
    let run = b.get(y_at..)?.iter().take_while(|c| c.is_ascii_digit()).count();
    if !(5..=6).contains(&run) || body[y_at + run..].chars().next().is_some_and(char::is_alphanumeric) {
        return None;
    }
    let year: u32 = body[y_at..y_at + 4].parse().ok()?;
    if !(1945..=2099).contains(&year) {
        return None;
    }
    let (date, len) = parse_date_prefix(&s[lead..at + y_at + 4])?;
    (lead + len == at + y_at + 4).then_some((date, at + y_at + run))
}
