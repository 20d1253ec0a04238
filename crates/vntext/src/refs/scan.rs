//! Finds document symbols in running text without taking dates ("12/01/2023"),
//! fractions ("14/14 phường", "16/16 chỉ tiêu") or ranges ("2020-2025") for symbols.

use crate::symbol::{ParsedSymbol, SymbolForm, parse_symbol};

/// A symbol found in a text.
pub(crate) struct Found {
    pub start: usize,
    pub end: usize,
    pub symbol: ParsedSymbol,
    /// False for shapes that are symbols only with context ("số 12/UBND").
    pub strong: bool,
}

const MAX_SPACES: usize = 2;

/// The slash as raw HTML writes it ("&#x002F;", "&#47;").
const SLASH_ENTITIES: &[&str] = &["&#x002f;", "&#x2f;", "&#47;", "&#047;", "&sol;"];

/// The candidate with HTML's slash references read as slashes and OCR's apostrophes inside
/// the issuer dropped ("90/QĐ-T'Tg").
fn unescape_slash(candidate: &str) -> std::borrow::Cow<'_, str> {
    if !candidate.contains(['&', '\'', '’', '`']) {
        return std::borrow::Cow::Borrowed(candidate);
    }
    let mut out = candidate.replace(['\'', '’', '`'], "");
    for e in SLASH_ENTITIES {
        let upper = e.to_ascii_uppercase();
        out = out.replace(e, "/").replace(&upper, "/");
        // "&#x002F;": lower-case x, upper-case hex digits.
        out = out.replace(&e.replace("2f", "2F"), "/");
    }
    std::borrow::Cow::Owned(out)
}

/// Scans `text` for symbols, left to right, non-overlapping.
pub(crate) fn find_symbols(text: &str) -> Vec<Found> {
    let bytes = text.as_bytes();
    let mut out = Vec::new();
    let mut i = 0;
    while i < bytes.len() {
        if let Some(f) = ocr_header_number(text, i) {
            i = f.end;
            out.push(f);
            continue;
        }
        if !bytes[i].is_ascii_digit() {
            i += 1;
            continue;
        }
        // "HD12-HD/BTCTW": the type abbreviation also written before the number.
        let type_before = (!starts_word(text, i)).then(|| glued_type_prefix(text, i)).flatten();
        if !starts_word(text, i) && type_before.is_none() {
            i += 1;
            continue;
        }
        match candidate(text, i) {
            Some(end) => match accept(&unescape_slash(&text[i..end]))
                .filter(|(s, _)| type_before.is_none_or(|t| s.doc_type.as_deref() == Some(t)))
            {
                Some((symbol, strong)) => {
                    out.push(Found {
                        start: i,
                        end,
                        symbol,
                        strong,
                    });
                    i = end;
                }
                None => i = skip_digits(bytes, i),
            },
            None => match number_range(text, i) {
                Some(mut range) => {
                    i = range.last().map_or(i + 1, |f| f.end);
                    out.append(&mut range);
                }
                None => i = skip_digits(bytes, i),
            },
        }
    }
    out
}

/// Most documents one range of numbers may name ("390-395/NQ-HĐND": six).
const MAX_RANGE: u32 = 20;

/// "Nghị quyết 390-395/NQ-HĐND ngày 18/02/2025": a range of numbers sharing one symbol tail, after
/// "số" or a type word; one reference for each number, all spanning the whole range.
fn number_range(text: &str, i: usize) -> Option<Vec<Found>> {
    let b = text.as_bytes();
    let n1_len = b[i..].iter().take_while(|x| x.is_ascii_digit()).count();
    let dash = text[i + n1_len..].chars().next().filter(|c| matches!(c, '-' | '–'))?;
    let j = i + n1_len + dash.len_utf8();
    let n2_len = b[j..].iter().take_while(|x| x.is_ascii_digit()).count();
    if !(1..=7).contains(&n1_len) || !(1..=7).contains(&n2_len) || b.get(j + n2_len) != Some(&b'/') {
        return None;
    }
    let (n1, n2): (u32, u32) = (text[i..i + n1_len].parse().ok()?, text[j..j + n2_len].parse().ok()?);
    if n1 == 0 || n2 <= n1 || n2 - n1 > MAX_RANGE {
        return None;
    }
    let end = candidate(text, j)?;
    let (last, _) = accept(&text[j..end])?;
    (last.number == text[j..j + n2_len]).then_some(())?;
    let before = super::context::before(text, i);
    (before.has_so || before.type_word.is_some()).then_some(())?;
    let tail = &text[j + n2_len..end];
    let mut out = Vec::new();
    for n in n1..n2 {
        let number = format!("{n:0w$}", w = n1_len);
        let (mut symbol, _) = accept(&format!("{number}{tail}"))?;
        symbol.fixes.push(format!(
            "Số “{number}” thuộc dãy số “{}” dùng chung ký hiệu “{tail}”",
            &text[i..j + n2_len]
        ));
        out.push(Found {
            start: i,
            end,
            symbol,
            strong: true,
        });
    }
    out.push(Found {
        start: i,
        end,
        symbol: last,
        strong: true,
    });
    Some(out)
}

/// The letters glued before the digit at `i` ("HD" in "HD12-HD/BTCTW"): one to four capitals
/// that start a word.
fn glued_type_prefix(text: &str, i: usize) -> Option<&str> {
    let head = &text[..i];
    let n: usize = head
        .chars()
        .rev()
        .take_while(|c| c.is_ascii_uppercase() || *c == 'Đ')
        .map(char::len_utf8)
        .sum();
    let letters = &head[head.len() - n..];
    let count = letters.chars().count();
    let free = head[..head.len() - n]
        .chars()
        .next_back()
        .is_none_or(|c| !c.is_alphanumeric());
    ((1..=4).contains(&count) && free).then_some(letters)
}

/// "Số: Z130/2008/QĐ- UBND": OCR read the first digit of a header's number as a letter ("Z"
/// for "2", "O" for "0"). Only right after a "Số:" label, and only when the rest parses as a
/// symbol.
fn ocr_header_number(text: &str, i: usize) -> Option<Found> {
    let digit = match text.as_bytes()[i] {
        b'Z' => '2',
        b'O' => '0',
        _ => return None,
    };
    if !text.as_bytes().get(i + 1).is_some_and(u8::is_ascii_digit)
        || !starts_word(text, i)
        || !super::dates::is_header_number(text, i)
    {
        return None;
    }
    let end = candidate(text, i + 1)?;
    let read = format!("{digit}{}", &text[i + 1..end]);
    let (mut symbol, strong) = accept(&read)?;
    symbol.fixes.push(format!(
        "Đọc chữ “{}” đầu số thành chữ số “{digit}” (nhận dạng ký tự)",
        &text[i..i + 1]
    ));
    Some(Found {
        start: i,
        end,
        symbol,
        strong,
    })
}

fn skip_digits(bytes: &[u8], i: usize) -> usize {
    i + bytes[i..].iter().take_while(|b| b.is_ascii_digit()).count().max(1)
}

/// The digit at `i` starts a token: not preceded by a letter, digit or a joining
/// character of a number or symbol.
fn starts_word(text: &str, i: usize) -> bool {
    match text[..i].chars().next_back() {
        None => true,
        // "số138/2020/NĐ-CP": the word "số" glued to the number.
        Some('ố' | 'Ố') => {
            let head = &text[..i];
            let w = head.len() - "ố".len();
            head[..w].ends_with(['s', 'S']) && head[..w - 1].chars().next_back().is_none_or(|c| !c.is_alphanumeric())
        }
        Some(c) => !(c.is_alphanumeric() || matches!(c, '/' | '-' | '.' | ',' | '–' | '&' | '_')),
    }
}

/// Parses with `parse_symbol` and decides whether the shape is a symbol on its own.
fn accept(candidate: &str) -> Option<(ParsedSymbol, bool)> {
    let s = parse_symbol(candidate).ok()?;
    let strong = match s.form {
        SymbolForm::Party => true,
        SymbolForm::State => s.doc_type.is_some() || s.year.is_some() || s.issuer.contains(['-', '&', '/']),
    };
    // "27KH-UBND" (the slash lost) is a symbol only after "số" or a type word.
    let strong = strong && candidate.contains('/');
    Some((s, strong))
}

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
            if !(c.is_ascii_alphabetic() || matches!(c, 'Đ' | 'đ' | 'Ð')) || n == max {
                break;
            }
            if n == 0 && !(c.is_ascii_uppercase() || matches!(c, 'Đ' | 'Ð')) {
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
        while let Some(c) = self.peek() {
            if capitalised_glued(&self.t[self.i..]) {
                break;
            }
            if c.is_ascii_alphanumeric() || matches!(c, 'Đ' | 'đ' | 'Ð' | 'Ư') {
                self.i += c.len_utf8();
                last_good = self.i;
            } else if matches!(c, '\'' | '’' | '`')
                && self.t[..self.i].ends_with(|p: char| p.is_ascii_uppercase())
                && self.t[self.i + c.len_utf8()..].starts_with(|n: char| n.is_ascii_alphabetic())
            {
                // "90/QĐ-T'Tg": OCR put an apostrophe inside the issuer.
                self.i += c.len_utf8();
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

/// End offset of a symbol-shaped run starting at the digit at `i`, if any.
fn candidate(text: &str, i: usize) -> Option<usize> {
    let mut c = Cur { t: text, i };
    c.digits(7).checked_sub(1)?;
    // "30c/NQ-CP": a one-letter suffix of the number.
    if c.peek().is_some_and(|x| x.is_ascii_lowercase()) && matches!(c.t.as_bytes().get(c.i + 1), Some(b'/' | b'-')) {
        c.i += 1;
    }
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
    } else if c.eat(&['/']) {
        c.spaces(1);
        let save = c.i;
        if c.digits(4) == 4 && c.eat(&['/']) {
            c.spaces(1);
        } else {
            c.i = save;
        }
        state_tail(&mut c)?;
    } else if spaces_before > 0 || c.peek().is_some_and(|x| x.is_ascii_uppercase() || x == 'Đ') {
        // "09 KH/ĐU", "20NQ/TW": the hyphen is missing (parsing keeps "20NQ/TW" only with a
        // Party type and a Party issuer); "27KH-UBND": the slash is missing.
        let save = c.i;
        if party_tail(&mut c).is_none() {
            c.i = save;
            (spaces_before == 0).then_some(())?;
            glued_state_tail(&mut c)?;
        }
    } else {
        return None;
    }
    let boundary = c.peek().is_none_or(|ch| !ch.is_alphanumeric()) || glued_word(&text[c.i..]);
    boundary.then_some(c.i)
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
    // right after it.
    let before = c.spaces(1);
    if before == 1 && c.eat(&['.']) {
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

#[cfg(test)]
mod tests {
    use super::*;

    fn found(text: &str) -> Vec<String> {
        find_symbols(text).into_iter().map(|f| f.symbol.normalized).collect()
    }

    #[test]
    fn finds_symbols_not_numbers() {
        assert_eq!(found("Chỉ thị 24-CT/TU, ngày 7/8/2023"), ["24-CT/TU"]);
        assert_eq!(found("Số 09 -KH/ĐU và 16 - HD/BTCTW"), ["09-KH/ĐU", "16-HD/BTCTW"]);
        assert_eq!(found("số 01-CTr/QU, 02- CTr/QU của"), ["01-CTr/QU", "02-CTr/QU"]);
        assert_eq!(found("Nghị định 123/2020/NĐ-CP."), ["123/2020/NĐ-CP"]);
        assert_eq!(found("Luật số 45/2019/QH14;"), ["45/2019/QH14"]);
        assert!(
            found("14/14 phường, 16/16 chỉ tiêu, 09/16 vượt, 12/01/2023, 2020-2025, 6/11/2003-6/11/2023").is_empty()
        );
        assert!(found("COVID-19/KH, H5N1/QU, 3 Chương trình").is_empty());
    }

    #[test]
    fn lost_hyphens() {
        // Between number and type (PDF text): only a Party type with a Party issuer.
        assert_eq!(found("theo Nghị quyết số 33NQ/TU ngày 2/3/2021"), ["33-NQ/TU"]);
        assert_eq!(found("Kết luận 7KL/TW; Chỉ thị 12CT/HU"), ["7-KL/TW", "12-CT/HU"]);
        assert!(found("gói 4G/TW, 5QĐ/UBND, 3CT/SYT, 2020NQ/CP").is_empty());
        // A space between type and issuer.
        assert_eq!(found("Quyết định số 77/2012/QĐ UBND ngày"), ["77/2012/QĐ-UBND"]);
        assert_eq!(found("Công văn 15/CV SNV, ngày"), ["15/CV-SNV"]);
        assert!(found("Quyết định 77/2012/QĐ Của tỉnh, 8/KH Tỉnh").is_empty());
    }

    #[test]
    fn words_glued_after_a_separator() {
        assert_eq!(found("Thông tư 12/2019/TT-BTC.được áp dụng"), ["12/2019/TT-BTC"]);
        assert_eq!(found("Nghị định 15/2020/NĐ-CP.Theo đó"), ["15/2020/NĐ-CP"]);
        assert_eq!(found("Báo cáo 42/BC-SNN.KHTC ngày"), ["42/BC-SNN.KHTC"]);
        assert_eq!(found("Văn bản 9/UBND-vì thế"), ["9/UBND"]);
    }
}
