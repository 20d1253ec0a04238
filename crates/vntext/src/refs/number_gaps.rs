//! A symbol's number whose separators typing or OCR broke with a space, read as a specialist
//! reads it when the rest is a whole symbol and "số" or a type word stands before it:
//! "Thông tư liên tịch 05 2025/TTLT-BCA-BQP" (a space for the slash between the number and the
//! year), "Quyết định số 0 1/QĐ-UBND" (a space inside a number's leading zero) and "Kết luận 205
//! KL TW" (spaces for both separators of a Party symbol). Each repair is reported in `fixes`;
//! every shape is weak (kept only after "số" or a type word).

use super::candidate::candidate;
use super::scan::{Found, accept, number_then_year, read_stop, slash_at};
use crate::symbol::{ParsedSymbol, is_joint_type};

/// "05 2025/TTLT-BCA-BQP": a number of one to four digits, one space, a year (19xx or 20xx) and
/// the slash before a known type with its issuer. Read with the slash, the whole must be a
/// symbol with a year, a type and an issuer ("tháng 5 2025/…" without a type stays nothing).
pub(super) fn space_before_year(text: &str, i: usize) -> Option<Found> {
    let b = text.as_bytes();
    let at = number_then_year(b, i, 4, b' ', b'/')?;
    slash_at(
        text,
        i,
        at,
        "Đọc dấu cách sau số thành “/” (bản sao mất dấu gạch chéo trước năm)",
    )
}

/// "số 0 1/QĐ-UBND": a lone "0", one space and the rest of the number (one to three digits)
/// before the symbol's tail — a number never is "0", so the two make one ("01"). The rest, read
/// whole, must be a symbol with a type or a year.
pub(super) fn split_leading_zero(text: &str, i: usize) -> Option<Found> {
    let b = text.as_bytes();
    if b.get(i) != Some(&b'0') || b.get(i + 1) != Some(&b' ') {
        return None;
    }
    let digits = b[i + 2..].iter().take_while(|x| x.is_ascii_digit()).count();
    if !(1..=3).contains(&digits) {
        return None;
    }
    let stop = read_stop(text, i + 1);
    let read = format!("0{}", &text[i + 2..stop]);
    let end = candidate(&read, 0)?;
    let (mut symbol, _) = accept(&read[..end])?;
    (symbol.doc_type.is_some() || symbol.year.is_some()).then_some(())?;
    // The read copy is one byte (the space) shorter than the text.
    let end = end + 1;
    symbol.fixes.push(format!(
        "Bỏ dấu cách trong số ký hiệu (“{}” → “{}”)",
        &text[i..i + end],
        symbol.normalized
    ));
    Some(Found {
        start: i,
        end: i + end,
        symbol,
        strong: false,
    })
}

/// "Kết luận 205 KL TW": a Party symbol whose hyphen and slash a link or a file's label wrote as
/// spaces — a number (one to four digits), a type abbreviation and a Party issuer, one space
/// between each. Taken only right after the type word that the abbreviation stands for
/// ("Kết luận" for KL), so "Điều 5 KH TW" or "205 KL TW" alone stay nothing.
pub(super) fn spaced_party(text: &str, i: usize) -> Option<Found> {
    let b = text.as_bytes();
    let n = b[i..].iter().take_while(|x| x.is_ascii_digit()).count();
    if !(1..=4).contains(&n) || b.get(i + n) != Some(&b' ') {
        return None;
    }
    let word = |from: usize| -> usize {
        text[from..]
            .chars()
            .take_while(|c| c.is_ascii_alphabetic() || *c == 'Đ')
            .map(char::len_utf8)
            .sum()
    };
    let t = i + n + 1;
    let t_len = word(t);
    let s = t + t_len + 1;
    if !(2..=4).contains(&t_len) || b.get(t + t_len) != Some(&b' ') {
        return None;
    }
    let s_len = word(s);
    let end = s + s_len;
    let issuer = &text[s..end];
    if !(2..=5).contains(&s_len)
        || !crate::symbol::is_party_issuer(issuer)
        || text[end..].chars().next().is_some_and(char::is_alphanumeric)
    {
        return None;
    }
    let before = super::context::before(text, i);
    let (_, type_word) = before.type_word?;
    let folded = crate::text::fold(type_word);
    let (_, abbrev) = super::PARTY_TYPE_WORDS.iter().find(|(w, _)| *w == folded)?;
    let (mut symbol, strong) = accept(&format!("{}-{}/{issuer}", &text[i..i + n], &text[t..t + t_len]))?;
    (strong && symbol.doc_type.as_deref() == Some(*abbrev)).then_some(())?;
    symbol.fixes.push(format!(
        "Đọc dấu cách thành “-” và “/” (ký hiệu viết tách rời): “{}”",
        &text[i..end]
    ));
    Some(Found {
        start: i,
        end,
        symbol,
        strong: false,
    })
}

/// "05/2025/TTLT BCA BQP VKSNDTC TANDTC" (a copy that wrote every separator as a space, read so
/// far as `symbol`, ending at `end` of `read`): the joint document's further issuers, one space
/// before each, joined with hyphens. Only after a joint type, and only words in capitals (two to
/// ten, digits after the letters allowed) that end at a space or punctuation; the first word in
/// lower case or anything else ends them ("… TANDTC thì Tòa án").
pub(super) fn spaced_joint_issuers(read: &str, symbol: ParsedSymbol, end: usize) -> (ParsedSymbol, usize) {
    if !symbol.doc_type.as_deref().is_some_and(is_joint_type) {
        return (symbol, end);
    }
    let mut joined = read[..end].to_string();
    let mut at = end;
    while let Some(rest) = read[at..].strip_prefix(' ') {
        let n: usize = rest
            .char_indices()
            .take_while(|&(k, c)| c.is_ascii_uppercase() || c == 'Đ' || (k > 0 && c.is_ascii_digit()))
            .map(|(_, c)| c.len_utf8())
            .sum();
        let letters = rest[..n].chars().count();
        if !(2..=10).contains(&letters) || rest[n..].chars().next().is_some_and(char::is_alphanumeric) {
            break;
        }
        joined.push('-');
        joined.push_str(&rest[..n]);
        at += 1 + n;
    }
    if at == end {
        return (symbol, end);
    }
    match accept(&joined) {
        Some((longer, _)) => (longer, at),
        None => (symbol, end),
    }
}
