//! The first step of parsing a symbol: dash and slash look-alikes, OCR's doubled letters and
//! the whitespace inside a symbol, each repair reported in `fixes`.

use std::borrow::Cow;

use super::error::SymbolErrorKind;
use super::types::canonical_type;

/// "05-HD/BTC TU" → "05-HD/BTCTU": one space between a Party board and its committee's level
/// at the end of the issuer.
fn join_split_board(chars: &[char]) -> Option<Vec<char>> {
    // Without a space after the last slash there is nothing to join.
    let last_slash = chars.iter().rposition(|c| *c == '/')?;
    if !chars[last_slash..].contains(&' ') {
        return None;
    }
    let s: String = chars.iter().collect();
    let slash = s.rfind('/')?;
    let (board, level) = s[slash + 1..].trim_end().split_once(' ')?;
    (crate::symbol::PARTY_BOARDS.contains(&board) && crate::symbol::PARTY_LEVELS.contains(&level))
        .then(|| format!("{}{board}{level}", &s[..=slash]).chars().collect())
}

/// Whether `compact` maps or drops `c`, or reads the text around it (whitespace).
fn compacted(c: char) -> bool {
    c.is_whitespace()
        || matches!(
            c,
            '\u{2010}'..='\u{2015}' | '\u{2212}' | '\u{FE63}' | '\u{FF0D}' | 'Ð' | 'ð' | 'Ñ' | '\u{2044}' | '\u{2215}'
        )
}

/// Maps dash look-alikes to `-` and removes or repairs whitespace. A symbol without any of
/// them and without a doubled slash, the common case, is returned as it is.
pub(super) fn compact<'a>(s: &'a str, fixes: &mut Vec<String>) -> Result<Cow<'a, str>, SymbolErrorKind> {
    // ASCII after the space has no char compacted; other text is read char by char.
    let plain = s.bytes().all(|b| b > b' ' && b.is_ascii()) || !s.chars().any(compacted);
    if plain && !s.as_bytes().windows(2).any(|w| w == b"//") {
        return Ok(Cow::Borrowed(s));
    }
    compact_chars(s, fixes).map(Cow::Owned)
}

fn compact_chars(s: &str, fixes: &mut Vec<String>) -> Result<String, SymbolErrorKind> {
    let mut chars: Vec<char> = Vec::with_capacity(s.len());
    let mut dash_fixed = false;
    let mut eth_fixed = false;
    let mut doubled_d = false;
    let mut doubled_n = false;
    let mut tilde_n = false;
    let mut slash_fixed = false;
    let mut prev = '\0';
    for c in s.chars() {
        // "KH/ĐÐU": OCR read one "Đ" twice, once as an eth; the mixed pair is one letter.
        if matches!((prev, c), ('Đ', 'Ð') | ('Ð', 'Đ')) {
            doubled_d = true;
            prev = '\0';
            continue;
        }
        // "NÑQ": likewise one "N" read twice, once with a tilde (no symbol letter has one).
        if (prev, c) == ('N', 'Ñ') {
            doubled_n = true;
            continue;
        }
        prev = c;
        match c {
            '\u{2010}'..='\u{2015}' | '\u{2212}' | '\u{FE63}' | '\u{FF0D}' => {
                dash_fixed = true;
                chars.push('-');
            }
            'Ð' => {
                eth_fixed = true;
                chars.push('Đ');
            }
            // "1668/ÑQ-UBTVQH15": a lone "N" that OCR read with a tilde.
            'Ñ' => {
                tilde_n = true;
                chars.push('N');
            }
            // "13⁄2012/QH13": the fraction or division slash.
            '\u{2044}' | '\u{2215}' => {
                slash_fixed = true;
                chars.push('/');
            }
            // "38//2009/NĐ-CP": a slash typed twice.
            '/' if chars.last() == Some(&'/') => slash_fixed = true,
            'ð' => {
                eth_fixed = true;
                chars.push('đ');
            }
            _ => chars.push(c),
        }
    }
    note(
        fixes,
        &[
            (dash_fixed, "Thay dấu gạch dài bằng dấu gạch nối “-”"),
            (eth_fixed, "Thay chữ “Ð” (eth) bằng chữ “Đ”"),
            (doubled_d, "Bỏ chữ “Đ” lặp do nhận dạng ký tự (“ĐÐ” → “Đ”)"),
            (doubled_n, "Bỏ chữ “Ñ” lặp do nhận dạng ký tự (“NÑ” → “N”)"),
            (tilde_n, "Thay chữ “Ñ” bằng chữ “N” (nhận dạng ký tự)"),
            (slash_fixed, "Thay dấu phân số hoặc dấu “/” lặp bằng một dấu “/”"),
        ],
    );
    // "05-HD/BTC TU": OCR split a board's issuer from its committee's level.
    let joined = join_split_board(&chars);
    let chars = match joined {
        Some(j) => {
            fixes.push("Nối mã cơ quan ban hành bị tách bởi khoảng trắng".to_string());
            j
        }
        None => chars,
    };
    if !chars.iter().any(|c| c.is_whitespace()) {
        return Ok(chars.into_iter().collect());
    }
    let mut out = String::with_capacity(s.len());
    let mut spaces_removed = false;
    let mut hyphen_added = false;
    let mut type_spaced = false;
    let mut term_joined = false;
    let mut slash_added = false;
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        if !c.is_whitespace() {
            out.push(c);
            i += 1;
            continue;
        }
        let mut j = i;
        while j < chars.len() && chars[j].is_whitespace() {
            j += 1;
        }
        let prev = out.chars().last();
        let next = chars.get(j).copied();
        // "06/TT .HĐND": a space before the dot written for the type's hyphen.
        let dot_after_type = next == Some('.') && prev.is_some_and(char::is_alphabetic);
        // "64 /QD. SLDTBXH": a space after the dot written for the type's hyphen.
        let dot_before = prev == Some('.')
            && next.is_some_and(char::is_uppercase)
            && out[..out.len() - 1]
                .rsplit_once('/')
                .is_some_and(|(_, t)| super::is_type_abbreviation_or_d(t));
        let at_separator =
            matches!(prev, Some('-' | '/')) || matches!(next, Some('-' | '/')) || dot_after_type || dot_before;
        let number_so_far = !out.is_empty() && out.bytes().all(|b| b.is_ascii_digit());
        // "491/2009/QĐ TTg": a space where the hyphen between type and issuer belongs.
        let type_so_far = out
            .rsplit_once('/')
            .is_some_and(|(head, t)| head.starts_with(|c: char| c.is_ascii_digit()) && canonical_type(t).is_some());
        // "UBTVQH 13", "QH 14": the National Assembly's term written apart from its code.
        let term = out.ends_with("QH") && chars.len() == j + 2 && chars[j..].iter().all(char::is_ascii_digit);
        if at_separator {
            spaces_removed = true;
        } else if term {
            term_joined = true;
        } else if number_so_far && next.is_some_and(char::is_alphabetic) && chars[j..].contains(&'/') {
            out.push('-');
            hyphen_added = true;
        } else if number_so_far && typed_hyphen(&chars[j..]) {
            // "178 QĐ-CCTHADS": a space where the slash between number and type belongs.
            out.push('/');
            slash_added = true;
        } else if type_so_far && next.is_some_and(|c| c.is_uppercase()) && !chars[j..].contains(&'/') {
            out.push('-');
            type_spaced = true;
        } else {
            return Err(SymbolErrorKind::UnknownShape);
        }
        i = j;
    }
    note(
        fixes,
        &[
            (spaces_removed, "Bỏ khoảng trắng thừa quanh dấu “-” hoặc “/”"),
            (hyphen_added, "Thêm dấu “-” còn thiếu giữa số và loại văn bản"),
            (
                term_joined,
                "Nối khóa Quốc hội viết tách khỏi mã cơ quan ban hành (“QH 14” → “QH14”)",
            ),
            (slash_added, "Thêm dấu “/” còn thiếu giữa số và loại văn bản"),
            (
                type_spaced,
                "Thay khoảng trắng bằng dấu “-” giữa loại văn bản và cơ quan ban hành",
            ),
        ],
    );
    Ok(out)
}

/// `QĐ-CCTHADS`: a known type, a hyphen and an issuer, no slash and no space after.
fn typed_hyphen(rest: &[char]) -> bool {
    let t: String = rest.iter().take_while(|c| c.is_alphabetic()).collect();
    let after = &rest[t.chars().count()..];
    canonical_type(&t).is_some_and(|c| c == t)
        && after.first() == Some(&'-')
        && after.get(1).is_some_and(|c| c.is_uppercase())
        && !after.iter().any(|c| c.is_whitespace() || *c == '/')
}

/// Adds to `fixes`, in order, the text of each repair that was `done`.
fn note(fixes: &mut Vec<String>, repairs: &[(bool, &str)]) {
    fixes.extend(repairs.iter().filter(|(done, _)| *done).map(|(_, fix)| fix.to_string()));
}
