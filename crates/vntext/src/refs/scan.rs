//! Finds document symbols in running text without taking dates ("12/01/2023"),
//! fractions ("14/14 phường", "16/16 chỉ tiêu") or ranges ("2020-2025") for symbols.

use super::candidate::candidate;
use crate::symbol::{ParsedSymbol, SymbolForm, is_joint_type, parse_symbol};

/// A symbol found in a text.
pub(crate) struct Found {
    pub start: usize,
    pub end: usize,
    pub symbol: ParsedSymbol,
    /// False for shapes that are symbols only with context ("số 12/UBND").
    pub strong: bool,
}

impl Found {
    /// A symbol read whole at `start..end` after a repair of what the text wrote, the repair
    /// (`fix`, in the user's words) reported with the symbol.
    pub(crate) fn repaired(start: usize, end: usize, mut symbol: ParsedSymbol, fix: String) -> Found {
        symbol.fixes.push(fix);
        Found {
            start,
            end,
            symbol,
            strong: true,
        }
    }
}

/// The slash as raw HTML writes it ("&#x002F;", "&#47;").
pub(super) const SLASH_ENTITIES: &[&str] = &["&#x002f;", "&#x2f;", "&#47;", "&#047;", "&sol;"];

/// The candidate with HTML's slash references read as slashes, OCR's apostrophes inside the
/// issuer dropped ("90/QĐ-T'Tg") and the space inside a common issuer closed ("BGD ĐT").
fn unescape_slash(candidate: &str) -> std::borrow::Cow<'_, str> {
    // "23/2015/TTLT-BGD ĐT-BNV": the space inside a common issuer that `candidate` took.
    if let Some(k) = candidate
        .match_indices(' ')
        .map(|(k, _)| k)
        .find(|&k| super::candidate::split_common_issuer(&candidate[..k], &candidate[k..]).is_some())
    {
        let joined = format!("{}{}", &candidate[..k], &candidate[k + 1..]);
        return std::borrow::Cow::Owned(unescape_slash(&joined).into_owned());
    }
    // "297/CV-SPT-| KTTC": OCR's bar after an issuer's hyphen (`candidate` took it).
    if let Some(k) = candidate.find("-|") {
        let n = super::candidate::bar_after_hyphen(&candidate[k + 1..]).unwrap_or(1);
        let joined = format!("{}{}", &candidate[..k + 1], &candidate[k + 1 + n..]);
        return std::borrow::Cow::Owned(unescape_slash(&joined).into_owned());
    }
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
        if bytes[i] == b'O'
            && starts_word(text, i)
            && let Some(f) = super::ocr_o::letter_o_for_zero(text, i)
        {
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
        // "502,4522/UBND-VX,08/09/2021,…": a field of a comma-separated register row.
        let field = !starts_word(text, i) && type_before.is_none() && super::comma_field::starts_field(text, i);
        if !starts_word(text, i) && type_before.is_none() && !field {
            i += 1;
            continue;
        }
        if !field && let Some(f) = super::lower_case::lower_cased(text, i, out.last().map(|f: &Found| f.end)) {
            i = f.end;
            out.push(f);
            continue;
        }
        if type_before.is_none()
            && !field
            && let Some(f) = underscored(text, i)
                .or_else(|| spaced(text, i))
                .or_else(|| hyphen_year(text, i))
                .or_else(|| super::number_gaps::space_before_year(text, i))
                .or_else(|| super::number_gaps::split_leading_zero(text, i))
                .or_else(|| super::number_gaps::spaced_party(text, i))
        {
            i = f.end;
            out.push(f);
            continue;
        }
        match candidate(text, i) {
            Some(end) => match accept(&unescape_slash(&text[i..end]))
                .filter(|(s, _)| type_before.is_none_or(|t| s.doc_type.as_deref() == Some(t)))
                .filter(|(s, _)| !cut_issuer(s) || dated_next(text, end))
                // A row's field holds the symbol and nothing more, and only a whole symbol.
                .filter(|(_, strong)| !field || (*strong && super::comma_field::closes_field(text, end)))
            {
                Some((symbol, strong)) => {
                    let (symbol, end) = joint_issuer_after_space(text, i, end).unwrap_or((symbol, end));
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
    before.announces().then_some(())?;
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

/// "Tờ trình số 232_TTr-UBND", "10_2013_TTLT-BTP-BCA", "18-2019-TT-BGDĐT": a title made
/// file-safe, underscores (or hyphens around a year) for the slashes of its symbols. Taken only
/// when the number is followed by an underscore (or by a hyphen, a year and a hyphen) and the
/// run, read with slashes, is a whole symbol (a known type and an issuer, or a letter's issuer
/// with its office, "415_UBND-KT") — the shape a
/// specialist recognises at once; "2699_2020.pdf", "3377_2023" (no type) stay nothing.
fn underscored(text: &str, i: usize) -> Option<Found> {
    let b = text.as_bytes();
    let n = b[i..].iter().take_while(|x| x.is_ascii_digit()).count();
    let sep = *b.get(i + n)?;
    // "18-2019-TT-BGDĐT": hyphens for the slashes are taken only around a year (a hyphen after a
    // number is also the Party form's and a range's).
    let year_between = |at: usize| {
        b.get(at..at + 4).is_some_and(is_year)
            && b.get(at + 4) == Some(&b'-')
            && b.get(at + 5).is_some_and(u8::is_ascii_uppercase)
    };
    if sep != b'_' && !(sep == b'-' && year_between(i + n + 1)) {
        return None;
    }
    // The token: up to the first character no symbol holds; a slash means the underscores are
    // something else.
    let len: usize = text[i..]
        .chars()
        .take_while(|c| c.is_alphanumeric() || matches!(c, '_' | '-' | '&' | '.'))
        .map(char::len_utf8)
        .sum();
    let token = &text[i..i + len];
    let read = if sep == b'_' {
        token.replace('_', "/")
    } else {
        // Only the two hyphens around the year stand for slashes; the type's hyphen stays.
        token.replacen('-', "/", 2)
    };
    let end = candidate(&read, 0)?;
    let (mut symbol, _) = accept(&read[..end])?;
    let whole = (symbol.doc_type.is_some() && !symbol.issuer.is_empty()) || symbol.issuer.contains('-');
    (whole && !token[..end].ends_with('_')).then_some(())?;
    symbol.fixes.push(format!(
        "Đọc dấu “{}” thành “/” (tiêu đề viết thành tên tệp): “{}”",
        char::from(sep),
        &token[..end]
    ));
    Some(Found {
        start: i,
        end: i + end,
        symbol,
        strong: true,
    })
}

/// "Số 48 2012 NQ-HĐND", "Nghị định số 60 2003 NĐ-CP": a copy flattened by a document site, both
/// slashes of a State symbol become spaces. Taken only for a number, one space, a year (19xx or
/// 20xx), one space and a known type with its issuer ("NQ-HĐND") — read with slashes, a whole
/// symbol — and, like the other shapes that lost their slashes, only after "số" or a type word
/// (weak): "năm 2012 NQ-HĐND", "15 2020 TT" (no issuer) stay nothing.
fn spaced(text: &str, i: usize) -> Option<Found> {
    let b = text.as_bytes();
    let at = number_then_year(b, i, 5, b' ', b' ')?;
    let year = &b[at + 1..at + 5];
    let stop = read_stop(text, at);
    // "38 2006 2006 NĐ-CP": the same copy wrote the year twice; the second is dropped.
    let doubled = b.get(at + 6..at + 10) == Some(year) && b.get(at + 10) == Some(&b' ');
    let tail = if doubled { at + 11 } else { at + 6 };
    if tail >= stop {
        return None;
    }
    let mut read = String::with_capacity(stop - i);
    read.push_str(&text[i..at]);
    read.push('/');
    read.push_str(&text[at + 1..at + 5]);
    read.push('/');
    read.push_str(&text[tail..stop]);
    let (symbol, end) = whole_dated(&read)?;
    // "05 2025 TTLT BCA BQP VKSNDTC TANDTC": a joint document's further issuers, spaces too.
    let (mut symbol, end) = super::number_gaps::spaced_joint_issuers(&read, symbol, end);
    // The read copy's offsets past the year are `tail - (at + 6)` bytes short of the text's.
    let end = end + (tail - (at + 6));
    symbol.fixes.push(format!(
        "Đọc dấu cách thành “/” (bản sao mất dấu gạch chéo{}): “{}”",
        if doubled { ", năm viết hai lần" } else { "" },
        &text[i..i + end]
    ));
    Some(Found {
        start: i,
        end: i + end,
        symbol,
        strong: false,
    })
}

/// "102/2025/NQLT/UBTVQH15-CP ĐCTUBTWMTTQVN ngày 26/9/2025": a joint document's last issuer
/// written after a space instead of a hyphen. Taken only for a joint type (NQLT, TTLT, …), when
/// the word after the space is all capitals (three to twenty, digits after the letters allowed,
/// no roman numeral) and the citation goes on at once with "ngày" or "của". Returns the symbol
/// read with the hyphen and its end.
fn joint_issuer_after_space(text: &str, i: usize, end: usize) -> Option<(ParsedSymbol, usize)> {
    let word = text[end..].strip_prefix(' ')?;
    let n: usize = word
        .char_indices()
        .take_while(|&(k, c)| c.is_ascii_uppercase() || c == 'Đ' || (k > 0 && c.is_ascii_digit()))
        .map(|(_, c)| c.len_utf8())
        .sum();
    let letters = word[..n].chars().count();
    if !(3..=20).contains(&letters) || word[..n].chars().all(|c| "IVXLC".contains(c)) {
        return None;
    }
    let rest = &word[n..];
    let rest = rest.strip_prefix(',').unwrap_or(rest).strip_prefix(' ')?;
    let head = crate::text::fold(&rest[..super::dates::floor(rest, rest.len().min(8))]);
    if !(head.starts_with("ngay ") || head.starts_with("cua ")) {
        return None;
    }
    let joined = format!("{}-{}", &unescape_slash(&text[i..end]), &word[..n]);
    let (mut symbol, _) = accept(&joined)?;
    symbol.doc_type.as_deref().is_some_and(is_joint_type).then_some(())?;
    symbol.fixes.push(format!(
        "Đọc dấu cách thành “-” giữa các cơ quan ban hành liên tịch: “{}”",
        &text[i..end + 1 + n]
    ));
    Some((symbol, end + 1 + n))
}

/// "Nghị quyết số 19-2017/NQ-CP ngày 06/2/2017": a hyphen written for the slash between the
/// number and the year. Read with the slash, the whole must be a symbol with a year, a type and
/// an issuer; weak (only after "số" or a type word). A number that is itself a year ("2019-2020/")
/// is a range of years, not so read.
fn hyphen_year(text: &str, i: usize) -> Option<Found> {
    let b = text.as_bytes();
    let at = number_then_year(b, i, 4, b'-', b'/')?;
    if is_year(&b[i..at]) {
        return None;
    }
    slash_at(
        text,
        i,
        at,
        "Đọc dấu “-” sau số thành “/” (bản sao viết sai dấu gạch chéo)",
    )
}

/// The symbol from `i` read with a slash for the one byte at `at` (a separator typing or OCR
/// got wrong between the number and the year), when the whole is a dated symbol; weak, with
/// the repair reported as `why` and the text it was read from.
pub(super) fn slash_at(text: &str, i: usize, at: usize, why: &str) -> Option<Found> {
    let stop = read_stop(text, at);
    let mut read = String::with_capacity(stop - i);
    read.push_str(&text[i..at]);
    read.push('/');
    read.push_str(&text[at + 1..stop]);
    let (mut symbol, end) = whole_dated(&read)?;
    symbol.fixes.push(format!("{why}: “{}”", &text[i..i + end]));
    Some(Found {
        start: i,
        end: i + end,
        symbol,
        strong: false,
    })
}

/// The end of the number at `i` when it is followed by `sep`, a year ([`is_year`]) and `after`
/// ("48 2012 " for `spaced`, "19-2017/" for `hyphen_year`): one to `most` digits.
pub(super) fn number_then_year(b: &[u8], i: usize, most: usize, sep: u8, after: u8) -> Option<usize> {
    let n = b[i..].iter().take_while(|x| x.is_ascii_digit()).count();
    let at = i + n;
    let year = b.get(at + 1..at + 5)?;
    ((1..=most).contains(&n) && b[at] == sep && is_year(year) && b.get(at + 5) == Some(&after)).then_some(at)
}

/// Four digits of a year a symbol may carry (19xx or 20xx).
fn is_year(y: &[u8]) -> bool {
    y.len() == 4 && y.iter().all(u8::is_ascii_digit) && matches!(y[..2], [b'1', b'9'] | [b'2', b'0'])
}

/// Where a copy read with its lost slashes restored stops: a symbol's tail is short, so 86 bytes
/// after the number's end `at` (at a character's start).
pub(super) fn read_stop(text: &str, at: usize) -> usize {
    let mut stop = (at + 86).min(text.len());
    while !text.is_char_boundary(stop) {
        stop -= 1;
    }
    stop
}

/// The symbol at the start of a repaired copy and its end there, when it is whole: a year, a
/// known type and an issuer (what [`spaced`] and [`hyphen_year`] accept).
pub(super) fn whole_dated(read: &str) -> Option<(ParsedSymbol, usize)> {
    let end = candidate(read, 0)?;
    let (symbol, _) = accept(&read[..end])?;
    (symbol.doc_type.is_some() && !symbol.issuer.is_empty() && symbol.year.is_some()).then_some((symbol, end))
}

/// "117/2014/NĐ": a number, a year and a type whose issuer was cut (a joint type's is read on its
/// own, "10/2013/TTLT").
fn cut_issuer(s: &ParsedSymbol) -> bool {
    s.issuer.is_empty() && s.year.is_some() && !s.doc_type.as_deref().is_some_and(is_joint_type)
}

/// "117/2014/NĐ ngày 08/12/2014": the citation goes on with its issue date, so the symbol the
/// writer cut short is whole as written; without it ("106/2024/NĐ-" split across PDF table
/// cells, "77/2012/QĐ Của tỉnh") it is nothing.
fn dated_next(text: &str, end: usize) -> bool {
    let rest = text[end..].trim_start_matches([',', ' ']);
    let (f, map) = crate::text::fold_with_map(&rest[..super::dates::floor(rest, rest.len().min(40))]);
    f.strip_prefix("ngay ")
        .is_some_and(|_| crate::date::parse_date_prefix(&rest[map[5]..]).is_some())
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
        // "_12/2016/TT-BTC_", "_12/…" (Markdown's italics, or OCR's underline stroke): underscores
        // that open a word are no part of a token ("10_2013_TTLT" keeps its own).
        Some('_') => {
            let head = text[..i].trim_end_matches('_');
            head.chars().next_back().is_none_or(char::is_whitespace)
        }
        Some(c) => !(c.is_alphanumeric() || matches!(c, '/' | '-' | '.' | ',' | '–' | '&' | '_')),
    }
}

/// Parses with `parse_symbol` and decides whether the shape is a symbol on its own.
pub(super) fn accept(candidate: &str) -> Option<(ParsedSymbol, bool)> {
    let s = parse_symbol(candidate).ok()?;
    let strong = match s.form {
        SymbolForm::Party => true,
        // "14/SY": a copy's number (a type and no issuer) is a symbol only after "số".
        // "117/2014/NĐ" (number, year and type, the issuer cut) only after "số" or a type word;
        // the joint types ("10/2013/TTLT") on their own.
        SymbolForm::State if s.issuer.is_empty() => s.doc_type.as_deref().is_some_and(is_joint_type),
        SymbolForm::State => {
            (s.doc_type.is_some() && !s.issuer.is_empty()) || s.year.is_some() || s.issuer.contains(['-', '&', '/'])
        }
    };
    // "27KH-UBND" (the slash lost) is a symbol only after "số" or a type word.
    let strong = strong && candidate.contains('/');
    Some((s, strong))
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
