//! The shape of a symbol-like run after its number: the Party tail ("-NQ/TW"), the State tail
//! ("/2020/NĐ-CP", "/QĐ-UBND"), the old shapes ("-CP", "-TANDTC-VKSNDTC/TTLT") and the repairs
//! OCR and PDF text need (spaces, lost hyphens and slashes, glued words). `candidate` gives
//! the run's end; `scan` decides what it is.

use super::scan::SLASH_ENTITIES;

const MAX_SPACES: usize = 2;

struct Cur<'a> {
    t: &'a str,
    i: usize,
}

impl Cur<'_> {
    fn peek(&self) -> Option<char> {
        self.t[self.i..].chars().next()
    }

    fn spaces(&mut self, max: usize) -> usize {
        let mut n = 0;
        while n < max && self.peek().is_some_and(|c| c == ' ' || c == '\u{a0}' || c == '\t') {
            self.i += self.peek().map(char::len_utf8).unwrap_or(1);
            n += 1;
        }
        n
    }

    /// Like `spaces`, also taking one line break.
    fn line_space(&mut self, max: usize) -> usize {
        let mut n = self.spaces(max);
        if self.peek() == Some('\n') {
            self.i += 1;
            n += 1 + self.spaces(max);
        }
        n
    }

    fn eat(&mut self, set: &[char]) -> bool {
        match self.peek() {
            Some(c) if set.contains(&c) => {
                self.i += c.len_utf8();
                true
            }
            _ => false,
        }
    }

    /// A slash, or the slash of raw HTML written as a character reference ("20-QĐ&#x002F;TW").
    fn slash(&mut self) -> bool {
        if self.eat(&['/']) {
            return true;
        }
        let rest = &self.t[self.i..];
        match SLASH_ENTITIES
            .iter()
            .find(|e| rest.get(..e.len()).is_some_and(|x| x.eq_ignore_ascii_case(e)))
        {
            Some(e) => {
                self.i += e.len();
                true
            }
            None => false,
        }
    }

    fn digits(&mut self, max: usize) -> usize {
        let n = self.t.as_bytes()[self.i..]
            .iter()
            .take_while(|b| b.is_ascii_digit())
            .count();
        if n == 0 || n > max {
            return 0;
        }
        self.i += n;
        n
    }

    /// A run of symbol letters (`A-Z a-z Đ đ`), at most `max` chars, first uppercase.
    fn letters(&mut self, max: usize) -> usize {
        let start = self.i;
        let mut n = 0;
        while let Some(c) = self.peek() {
            // "NÑQ": OCR read one "N" twice, once with a tilde; the pair is one letter.
            if c == 'Ñ' && self.t[..self.i].ends_with('N') {
                self.i += c.len_utf8();
                continue;
            }
            // "ÑQ": a lone "N" read with a tilde (parsing reads it as "N").
            if !(c.is_ascii_alphabetic() || matches!(c, 'Đ' | 'đ' | 'Ð' | 'Ñ')) || n == max {
                break;
            }
            if n == 0 && !(c.is_ascii_uppercase() || matches!(c, 'Đ' | 'Ð' | 'Ñ')) {
                return 0;
            }
            self.i += c.len_utf8();
            n += 1;
        }
        if n == 0 {
            self.i = start;
        }
        n
    }

    /// An issuer run: letters, digits, `&`, inner `-`/`.`; first char an uppercase letter.
    /// `Ư` is taken for `T.Ư`/`TƯ` (the Central Committee). A lowercase Vietnamese word
    /// glued to the run ("TWngày", "UBNDvề") ends it.
    fn issuer(&mut self) -> bool {
        let start = self.i;
        if self.letters(1) == 0 {
            return false;
        }
        let mut last_good = self.i;
        loop {
            self.issuer_run(&mut last_good);
            // "TTLT-BGD ĐT-BNV": a space inside one of the common issuers (the education
            // ministry's "BGD ĐT"); the parts joined make the issuer, the first alone does not.
            match split_common_issuer(&self.t[start..last_good], &self.t[last_good..]) {
                Some(n) => {
                    self.i = last_good + n;
                    last_good = self.i;
                }
                None => break,
            }
        }
        self.i = last_good;
        // "UBTVQH 13", "QH 14": the National Assembly's term written apart from its code.
        if self.t[start..self.i].ends_with("QH") {
            let rest = &self.t.as_bytes()[self.i..];
            if rest.len() >= 3
                && rest[0] == b' '
                && rest[1..3].iter().all(u8::is_ascii_digit)
                && self.t[self.i + 3..]
                    .chars()
                    .next()
                    .is_none_or(|ch| !ch.is_alphanumeric())
            {
                self.i += 3;
                return true;
            }
        }
        // "05-HD/BTC TU": OCR split a board's issuer from its committee's level.
        let run = &self.t[start..self.i];
        if crate::symbol::PARTY_BOARDS.contains(&run)
            && let Some(rest) = self.t[self.i..].strip_prefix(' ')
            && let Some(level) = crate::symbol::PARTY_LEVELS.iter().find(|l| rest.starts_with(**l))
            && rest[level.len()..]
                .chars()
                .next()
                .is_none_or(|ch| !ch.is_alphanumeric())
        {
            self.i += 1 + level.len();
        }
        true
    }

    /// The issuer's characters from the cursor on (see `issuer`); `last_good` ends after the last
    /// letter or digit taken.
    fn issuer_run(&mut self, last_good: &mut usize) {
        while let Some(c) = self.peek() {
            if capitalised_glued(&self.t[self.i..]) || glued_date(&self.t[self.i..]) {
                break;
            }
            if c.is_ascii_alphanumeric() || matches!(c, 'Đ' | 'đ' | 'Ð' | 'Ư') {
                self.i += c.len_utf8();
                *last_good = self.i;
            } else if matches!(c, '\'' | '’' | '`')
                && self.t[..self.i].ends_with(|p: char| p.is_ascii_uppercase())
                && self.t[self.i + c.len_utf8()..].starts_with(|n: char| n.is_ascii_alphabetic())
            {
                // "90/QĐ-T'Tg": OCR put an apostrophe inside the issuer.
                self.i += c.len_utf8();
            } else if c == '-'
                && let Some(n) = bar_after_hyphen(&self.t[self.i + 1..])
            {
                // "297/CV-SPT-| KTTC ngày …": OCR read a stroke after the hyphen as a bar.
                self.i += 1 + n;
            } else if matches!(c, '-' | '&' | '.') {
                // "NĐ-CP.đã", "NĐ-CP.Theo đó": a word glued after the separator ends the run;
                // an issuer's parts start in upper case, and those after a dot stay upper case.
                let mut next = self.t[self.i + 1..].chars();
                let (first, second) = (next.next(), next.next());
                let word = first.is_some_and(char::is_lowercase)
                    || (c == '.' && first.is_some_and(char::is_uppercase) && second.is_some_and(char::is_lowercase));
                if word {
                    break;
                }
                self.i += 1;
            } else {
                break;
            }
        }
    }
}

/// "| KTTC ngày 12/7/2011" after an issuer's hyphen: the length of OCR's bar and the one space
/// after it, when capitals follow (two to ten, digits after the letters allowed) and the
/// citation goes on at once with "ngày" (a table's cell rule between two cells has no hyphen
/// before it and no date right after the next cell's word).
pub(super) fn bar_after_hyphen(rest: &str) -> Option<usize> {
    let bar = rest.strip_prefix('|')?;
    let after = bar.strip_prefix(' ').unwrap_or(bar);
    let skip = rest.len() - after.len();
    let n: usize = after
        .char_indices()
        .take_while(|&(k, c)| c.is_ascii_uppercase() || c == 'Đ' || (k > 0 && c.is_ascii_digit()))
        .map(|(_, c)| c.len_utf8())
        .sum();
    let letters = after[..n].chars().count();
    let tail = after[n..].trim_start_matches(',').strip_prefix(' ')?;
    let head = crate::text::fold(&tail[..super::dates::floor(tail, tail.len().min(8))]);
    ((2..=10).contains(&letters) && head.starts_with("ngay ")).then_some(skip)
}

/// "BGD ĐT-BNV" at the issuer `run` so far and the text `rest` after it: the length of a space
/// and the capitals after it when the issuer's last part and those capitals make one of the
/// common issuers and the last part alone is none ("BGD" + "ĐT" = `BGDĐT`).
pub(super) fn split_common_issuer(run: &str, rest: &str) -> Option<usize> {
    let tail = rest.strip_prefix(' ')?;
    let n: usize = tail
        .chars()
        .take_while(|c| c.is_ascii_uppercase() || *c == 'Đ')
        .map(char::len_utf8)
        .sum();
    if n == 0 || tail[n..].chars().next().is_some_and(char::is_alphanumeric) {
        return None;
    }
    let part = run.rsplit(['-', '&']).next().unwrap_or(run);
    let joined = |g: &str| g.len() == part.len() + n && g.starts_with(part) && g.ends_with(&tail[..n]);
    (!crate::symbol::is_common_issuer(part) && crate::symbol::common_issuer_matches(joined)).then_some(1 + n)
}

/// Lowercase words that PDF and web text glue to the end of a symbol ("…/TWngày 06").
const GLUED_WORDS: &[&str] = &["ngay", "cua", "ve", "nam", "va", "thang", "tai", "theo", "do", "nay"];

/// Whether `rest` starts with one of [`GLUED_WORDS`] followed by a non-letter.
fn glued_word(rest: &str) -> bool {
    let n: usize = rest.chars().take_while(|c| c.is_alphabetic()).map(char::len_utf8).sum();
    n > 0 && n <= 8 && GLUED_WORDS.contains(&crate::text::fold(&rest[..n]).as_str())
}

/// A glued word ends an issuer run: "TWngày", "UBNDvề", and capitalised after metadata fields
/// copied without spaces ("…-BQPNgày đăng công báo"); "SNgV" (an issuer's own mixed case) is no
/// word.
fn capitalised_glued(rest: &str) -> bool {
    let mut chars = rest.chars();
    let (first, second) = (chars.next(), chars.next());
    let starts = first.is_some_and(|c| c.is_ascii_lowercase())
        || (first.is_some_and(char::is_uppercase) && second.is_some_and(char::is_lowercase));
    starts && glued_word(rest)
}

/// "…/TT-BGDĐT10/10/2018BỘ GIÁO DỤC": a table whose cells lost their separators glues the issue
/// date to the issuer. A full numeric date (day, month, four-digit year) starting at `rest` ends
/// the issuer before it; issuers that end in digits ("QH14", "NV3") are never followed by "/".
pub(super) fn glued_date(rest: &str) -> bool {
    let b = rest.as_bytes();
    let day = b.iter().take_while(|x| x.is_ascii_digit()).count();
    let month = b
        .get(day + 1..)
        .map_or(0, |m| m.iter().take_while(|x| x.is_ascii_digit()).count());
    let year_at = day + 1 + month + 1;
    (1..=2).contains(&day)
        && (1..=2).contains(&month)
        && b.get(day) == Some(&b'/')
        && b.get(day + 1 + month) == Some(&b'/')
        && b.get(year_at..year_at + 4)
            .is_some_and(|y| y.iter().all(u8::is_ascii_digit))
        && b.get(year_at + 4).is_none_or(|x| !x.is_ascii_digit())
        && rest[..day].parse::<u32>().is_ok_and(|d| (1..=31).contains(&d))
}

/// End offset of a symbol-shaped run starting at the digit at `i`, if any.
pub(super) fn candidate(text: &str, i: usize) -> Option<usize> {
    let mut c = Cur { t: text, i };
    c.digits(7).checked_sub(1)?;
    // "30c/NQ-CP": a one-letter suffix of the number; "2134A/QĐ-ĐHNH": an upper-case one, only
    // before a slash and a type (parsing keeps it only with a type).
    let next = c.t.as_bytes().get(c.i + 1).copied();
    let upper_suffix = c.peek().is_some_and(|x| x.is_ascii_uppercase())
        && next == Some(b'/')
        && c.t.as_bytes().get(c.i + 2).is_some_and(u8::is_ascii_uppercase);
    if (c.peek().is_some_and(|x| x.is_ascii_lowercase()) && matches!(next, Some(b'/' | b'-'))) || upper_suffix {
        c.i += 1;
    }
    // "66.19/2026/NQ-CP": a number with a dot and a sub-number (the Government's special
    // resolutions since 2025), only before a year (parsing keeps it only with a type).
    c.i += crate::symbol::dotted_number_tail(&c.t.as_bytes()[c.i..]);
    let spaces_before = c.spaces(MAX_SPACES);
    if c.eat(&['-', '–', '‐', '—']) {
        // "45-\nNQ/TW": a line break after the hyphen; "100 —\nKH/ĐU": OCR's em dash.
        c.line_space(MAX_SPACES);
        let save = c.i;
        if party_tail(&mut c).is_none() {
            c.i = save;
            if old_joint_tail(&mut c).is_none() {
                c.i = save;
                old_bare_tail(&mut c)?;
            }
        }
    } else if c.eat(&['/', '\u{2044}', '\u{2215}']) || c.slash() {
        // "13⁄2012/QH13": the fraction or division slash of OCR and word processors.
        // "38//2009/NĐ-CP": a slash typed twice before the year; "5959//QĐ-BVT": before the
        // type (a known type and its hyphen after it).
        // "03&#x002F;2014&#x002F;TT-BTTTT": raw HTML writes both slashes of a State symbol as
        // character references (`Cur::slash`), as it does the Party slash.
        if c.peek() == Some('/')
            && (c.t.as_bytes().get(c.i + 1).is_some_and(u8::is_ascii_digit) || typed_at(&c.t[c.i + 1..]))
        {
            c.i += 1;
        }
        c.spaces(1);
        let save = c.i;
        if c.digits(4) == 4 && c.slash() {
            c.spaces(1);
            line_before_type(&mut c);
        } else if year_then_spaced_slash(&mut c, save) {
            // "01/2011 /CT-VKSTC": a space typed before the slash after the year.
        } else {
            c.i = save;
            line_before_type(&mut c);
        }
        state_tail(&mut c)?;
    } else if spaces_before > 0 || c.peek().is_some_and(|x| x.is_ascii_uppercase() || x == 'Đ') {
        // "09 KH/ĐU", "20NQ/TW": the hyphen is missing (parsing keeps "20NQ/TW" only with a
        // Party type and a Party issuer); "27KH-UBND", "số 178 QĐ-CCTHADS": the slash is missing
        // (weak: kept only after "số" or a type word).
        let save = c.i;
        if party_tail(&mut c).is_none() {
            c.i = save;
            (spaces_before <= 1).then_some(())?;
            glued_state_tail(&mut c)?;
        }
    } else {
        return None;
    }
    let boundary =
        c.peek().is_none_or(|ch| !ch.is_alphanumeric()) || glued_word(&text[c.i..]) || glued_date(&text[c.i..]);
    boundary.then_some(c.i)
}

/// Whether `rest` opens with a known type abbreviation and its hyphen ("QĐ-BVT").
fn typed_at(rest: &str) -> bool {
    let mut c = Cur { t: rest, i: 0 };
    c.letters(5) > 0 && crate::symbol::is_type_abbreviation(&rest[..c.i]) && c.peek() == Some('-')
}

/// "Chỉ thị số 01/2011 /CT-VKSTC": the year, one space, the slash and a known type with its
/// hyphen; the cursor is left after the slash. Without the type after it ("01/2011 / 2012") the
/// cursor goes back to `save` and nothing is taken.
fn year_then_spaced_slash(c: &mut Cur<'_>, save: usize) -> bool {
    c.i = save;
    if c.digits(4) == 4 && c.spaces(1) == 1 && c.eat(&['/']) && typed_at(&c.t[c.i..]) {
        return true;
    }
    c.i = save;
    false
}

/// "140/2018/\nNĐ-CP", "225/\nQĐ-UBND": a PDF table cell or a narrow column wrapped the symbol
/// right after a slash. The break is crossed only when the next line opens with a known type and
/// its hyphen; otherwise the run ends at the slash as before.
fn line_before_type(c: &mut Cur<'_>) {
    let at = c.i;
    if c.line_space(2) > 0 && c.t[at..c.i].contains('\n') && typed_at(&c.t[c.i..]) {
        return;
    }
    c.i = at;
}

fn party_tail(c: &mut Cur<'_>) -> Option<()> {
    if c.letters(5) == 0 {
        return None;
    }
    c.spaces(1);
    if !c.slash() {
        return None;
    }
    c.spaces(1);
    c.issuer().then_some(())
}

/// "TANDTC-VKSNDTC/TTLT" after "01-": the old joint symbol, issuers first, the joint type last.
fn old_joint_tail(c: &mut Cur<'_>) -> Option<()> {
    c.issuer().then_some(())?;
    c.eat(&['/']).then_some(())?;
    let t = c.i;
    c.letters(5);
    crate::symbol::is_joint_type(&c.t[t..c.i]).then_some(())
}

/// "CP" after "15-": the old symbol of a number and one code, no slash ("Nghị định số 15-CP",
/// "Sắc lệnh 213-GD", "Số: 138-QĐ"); two to five capitals ending the token. Weak: kept only after
/// "số" or a type word.
fn old_bare_tail(c: &mut Cur<'_>) -> Option<()> {
    let t = c.i;
    (c.letters(5) >= 2).then_some(())?;
    let code = &c.t[t..c.i];
    let capitals = code
        .chars()
        .all(|ch| ch.is_ascii_uppercase() || matches!(ch, 'Đ' | 'Ð'));
    let next = c.peek();
    (capitals && next.is_none_or(|ch| !(ch.is_alphanumeric() || matches!(ch, '/' | '-' | '&' | '.' | '_'))))
        .then_some(())
}

/// "KH-UBND" right after the number ("27KH-UBND"): a known type, a hyphen, an issuer.
fn glued_state_tail(c: &mut Cur<'_>) -> Option<()> {
    let t = c.i;
    c.letters(5);
    crate::symbol::is_type_abbreviation(&c.t[t..c.i]).then_some(())?;
    c.eat(&['-']).then_some(())?;
    c.issuer().then_some(())
}

fn state_tail(c: &mut Cur<'_>) -> Option<()> {
    let run_start = c.i;
    if !c.issuer() {
        return None;
    }
    // "733/QĐ/TTg": a type, then a slash where the hyphen belongs.
    let run_end = c.i;
    if crate::symbol::is_type_abbreviation(&c.t[run_start..run_end]) && c.peek() == Some('/') {
        c.i += 1;
        if c.issuer() {
            return Some(());
        }
        c.i = run_end;
    }
    // "491/2009/QĐ TTg": one space where the hyphen between type and issuer belongs. Kept
    // only if the issuer that follows ends cleanly.
    if crate::symbol::is_type_abbreviation(&c.t[run_start..run_end]) && c.spaces(1) == 1 {
        if c.issuer() && c.peek().is_none_or(|ch| !ch.is_alphanumeric()) {
            return Some(());
        }
        c.i = run_end;
    }
    // "01/CT - UBND", "164/TTr- SKHCN", "473/TTr -\nNN&PTNT": spaces or a line break
    // around the hyphen. Kept only if the issuer that follows ends cleanly.
    let save = c.i;
    let before = c.spaces(1);
    if c.eat(&['-', '–']) {
        let after = c.line_space(3);
        if before + after > 0 && c.issuer() && c.peek().is_none_or(|ch| !ch.is_alphanumeric()) {
            return Some(());
        }
    }
    c.i = save;
    // "06/TT .HĐND": a space before the dot written for the type's hyphen, an upper-case issuer
    // right after it; "64 /QD. SLDTBXH": the space after the dot.
    let before = c.spaces(1);
    let typed = crate::symbol::is_type_abbreviation_or_d(&c.t[run_start..run_end]);
    if c.eat(&['.']) && (before == 1 || (typed && c.spaces(1) == 1)) {
        let at = c.i;
        if c.issuer()
            && c.t[at..c.i].chars().all(|ch| !ch.is_lowercase())
            && c.peek().is_none_or(|ch| !ch.is_alphanumeric())
        {
            return Some(());
        }
    }
    c.i = save;
    Some(())
}
