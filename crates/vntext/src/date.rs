//! Calendar dates as written in Vietnamese administrative texts:
//! `13/9/2023`, `22-12-2022`, `13.9.2023`, `2023-09-13`, `ngày 09 tháng 10 năm 2018`.

use chrono::NaiveDate;

use crate::text::fold;

/// Parses a date. Accepts `d/m/yyyy`, `d-m-yyyy`, `d.m.yyyy`, ISO `yyyy-mm-dd`,
/// `[ngày] d tháng m năm yyyy`, an optional leading "ngày", and a leading place
/// ("Hà Nội, ngày 13 tháng 9 năm 2023"). Two-digit years are refused (ambiguous).
///
/// ```
/// use chrono::NaiveDate;
/// let d = NaiveDate::from_ymd_opt(2023, 9, 13);
/// assert_eq!(vntext::parse_date("13/9/2023"), d);
/// assert_eq!(vntext::parse_date("Hà Nội, ngày 13 tháng 9 năm 2023"), d);
/// assert_eq!(vntext::parse_date("31/02/2023"), None);
/// ```
pub fn parse_date(s: &str) -> Option<NaiveDate> {
    let s = s.trim().trim_end_matches(['.', ',', ';']).trim_end();
    if let Some((d, len)) = parse_date_prefix(s)
        && s[len..].trim().is_empty()
    {
        return Some(d);
    }
    // "Place, ngày …": parse from the comma.
    let (_, tail) = s.split_once(',')?;
    match parse_date_prefix(tail) {
        Some((d, len)) if tail[len..].trim().is_empty() => Some(d),
        _ => None,
    }
}

/// Parses a date at the start of `s` (leading whitespace and an optional "ngày"
/// allowed). Returns the date and the number of bytes consumed. The date must end at
/// a boundary (not followed by a letter or digit).
pub(crate) fn parse_date_prefix(s: &str) -> Option<(NaiveDate, usize)> {
    let mut p = Cursor { s, i: 0 };
    p.skip_ws();
    let save = p.i;
    if p.word_is("ngay") {
        p.skip_ws();
    } else {
        p.i = save;
    }
    let start = p.i;
    let date = p
        .numeric()
        .or_else(|| {
            p.i = start;
            p.spaced()
        })
        .or_else(|| {
            p.i = start;
            p.textual()
        })?;
    let end = p.i;
    // "ngày 03/12/2021của LĐLĐ tỉnh": web text glues "của" (or "về", "và") to the year.
    let glued = ["của", "về", "và"].iter().any(|w| s[end..].starts_with(w));
    let boundary = glued || s[end..].chars().next().is_none_or(|c| !c.is_alphanumeric());
    boundary.then_some((date, end))
}

struct Cursor<'a> {
    s: &'a str,
    i: usize,
}

impl Cursor<'_> {
    fn rest(&self) -> &str {
        &self.s[self.i..]
    }

    fn skip_ws(&mut self) {
        let r = self.rest();
        self.i += r.len() - r.trim_start().len();
    }

    /// Digits at the cursor: (value, digit count).
    fn number(&mut self, max_digits: usize) -> Option<(u32, usize)> {
        let n = self.rest().bytes().take_while(u8::is_ascii_digit).count();
        if n == 0 || n > max_digits {
            return None;
        }
        let v = self.rest()[..n].parse().ok()?;
        self.i += n;
        Some((v, n))
    }

    fn byte(&mut self, set: &[u8]) -> Option<u8> {
        let b = *self.rest().as_bytes().first()?;
        set.contains(&b).then(|| {
            self.i += 1;
            b
        })
    }

    /// Consumes the next run of letters if it folds to `w`.
    fn word_is(&mut self, w: &str) -> bool {
        let r = self.rest();
        let n: usize = r
            .chars()
            .take_while(|c| c.is_alphabetic() || is_mark(*c))
            .map(char::len_utf8)
            .sum();
        if n > 0 && n <= 16 && fold(&r[..n]) == w {
            self.i += n;
            true
        } else {
            false
        }
    }

    /// `d/m/yyyy`, `d-m-yyyy`, `d.m.yyyy` or `yyyy-mm-dd`.
    fn numeric(&mut self) -> Option<NaiveDate> {
        let (a, alen) = self.number(4)?;
        let sep = self.byte(b"/-.")?;
        let (b, _) = self.number(2)?;
        self.byte(&[sep])?;
        if alen == 4 {
            let (c, _) = self.number(2)?;
            return NaiveDate::from_ymd_opt(a as i32, b, c);
        }
        if alen > 2 {
            return None;
        }
        let (y, ylen) = self.number(4)?;
        if ylen != 4 {
            return None;
        }
        NaiveDate::from_ymd_opt(y as i32, b, a)
    }

    /// White space inside a textual date; where it holds a line break (a header's column
    /// wrapped), one mark that OCR or a copied table put at the start of the next line ("_",
    /// "|", "~": "ngày 23 tháng 02\n\n_ năm 2013") is skipped too.
    fn skip_gap(&mut self) {
        let from = self.i;
        self.skip_ws();
        let r = self.rest();
        if self.s[from..self.i].contains('\n')
            && r.starts_with(['_', '|', '~'])
            && r[1..].starts_with(char::is_whitespace)
        {
            self.i += 1;
            self.skip_ws();
        }
    }

    /// `d - m - yyyy`: a court's header ("Ngày: 10 - 3 - 2021"), one space around each hyphen,
    /// a four-digit year.
    fn spaced(&mut self) -> Option<NaiveDate> {
        let (d, _) = self.number(2)?;
        self.rest().starts_with(" - ").then_some(())?;
        self.i += 3;
        let (m, _) = self.number(2)?;
        self.rest().starts_with(" - ").then_some(())?;
        self.i += 3;
        let (y, ylen) = self.number(4)?;
        (ylen == 4).then_some(())?;
        NaiveDate::from_ymd_opt(y as i32, m, d)
    }

    /// `d tháng m năm yyyy`.
    fn textual(&mut self) -> Option<NaiveDate> {
        let (d, _) = self.number(2)?;
        self.skip_gap();
        self.word_is("thang").then_some(())?;
        self.skip_gap();
        let (m, _) = self.number(2)?;
        self.skip_gap();
        self.word_is("nam").then_some(())?;
        self.skip_gap();
        // "ngày 10 tháng 11 năm năm 1992": the word typed twice.
        let save = self.i;
        if self.word_is("nam") {
            self.skip_gap();
        } else {
            self.i = save;
        }
        let (y, ylen) = self.number(4)?;
        if ylen != 4 {
            return None;
        }
        NaiveDate::from_ymd_opt(y as i32, m, d)
    }
}

fn is_mark(c: char) -> bool {
    unicode_normalization::char::is_combining_mark(c)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u32, day: u32) -> Option<NaiveDate> {
        NaiveDate::from_ymd_opt(y, m, day)
    }

    #[test]
    fn forms() {
        assert_eq!(parse_date("13/9/2023"), d(2023, 9, 13));
        assert_eq!(parse_date("22-12-2022"), d(2022, 12, 22));
        assert_eq!(parse_date("07.8.2023"), d(2023, 8, 7));
        assert_eq!(parse_date("2023-09-13"), d(2023, 9, 13));
        assert_eq!(parse_date("ngày 09 tháng 10 năm 2018"), d(2018, 10, 9));
        assert_eq!(parse_date("Ngày 9 tháng 10 năm 2018."), d(2018, 10, 9));
        assert_eq!(parse_date("ngày 7/8/2023"), d(2023, 8, 7));
        assert_eq!(parse_date("Long Biên, ngày 10 tháng 01 năm 2023"), d(2023, 1, 10));
        // A header column wrapped, with a mark at the start of the next line (OCR, tables).
        assert_eq!(parse_date("ngày 04 tháng 9\n\n_ năm 2017"), d(2017, 9, 4));
        assert_eq!(parse_date("ngày 04 tháng 9\n| năm 2017"), d(2017, 9, 4));
        assert_eq!(parse_date("ngày 04 tháng 9 _ năm 2017"), None);
    }

    #[test]
    fn rejects() {
        for s in [
            "",
            "13/9",
            "13/9/23",
            "32/1/2023",
            "29/2/2023",
            "13/9-2023",
            "abc",
            "2023",
            "13/9/2023x",
        ] {
            assert_eq!(parse_date(s), None, "{s}");
        }
        assert_eq!(parse_date("29/2/2024"), d(2024, 2, 29));
    }

    #[test]
    fn prefix_reports_length() {
        let s = "ngày 22-12-2022 của UBND";
        let (date, len) = parse_date_prefix(s).unwrap_or_default();
        assert_eq!(Some(date), d(2022, 12, 22));
        assert_eq!(&s[len..], " của UBND");
        assert_eq!(parse_date_prefix("12/01/20234"), None);
    }
}
