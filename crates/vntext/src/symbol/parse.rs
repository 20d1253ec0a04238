//! Parsing one document symbol, tolerant of the variants seen in real texts.

use std::fmt::Write;

use unicode_normalization::{IsNormalized, UnicodeNormalization, is_nfc_quick};

use super::compact::compact;
use super::error::{SymbolError, SymbolErrorKind};
use super::issuer::{canonical_issuer, resolve_type, split_type_hyphen};
use super::types::{
    canonical_type, is_copy_type, is_joint_type, is_party_issuer, is_party_type, is_state_only_issuer,
    split_lost_hyphen, split_type_after_year, uses_party_form,
};
use super::{ParsedSymbol, SymbolForm};

const MAX_NUMBER_DIGITS: usize = 7;

/// Type abbreviations that are also an issuer's code written before a slash in old symbols
/// ("TC" for Bộ Tài chính: "10061/TC/TCT"); a slash after them is not the type's hyphen.
const OLD_ISSUER_CODES: &[&str] = &["TC"];
const MAX_INPUT_BYTES: usize = 200;

/// Parses and normalises a document symbol. Accepts an optional leading
/// "Số", "Số:" or "số". Every normalisation applied is described in `fixes`.
///
/// ```
/// let s = vntext::parse_symbol("Số 09 -KH/DU").unwrap();
/// assert_eq!(s.normalized, "09-KH/ĐU");
/// assert_eq!(s.fixes.len(), 2);
/// let s = vntext::parse_symbol("Số: 123/2020/NĐ-CP").unwrap();
/// assert_eq!((s.year, s.doc_type.as_deref(), s.issuer.as_str()), (Some(2020), Some("NĐ"), "CP"));
/// assert!(vntext::parse_symbol("14/14").is_err());
/// ```
pub fn parse_symbol(input: &str) -> Result<ParsedSymbol, SymbolError> {
    let err = |kind| SymbolError::new(input, kind);
    if input.len() > MAX_INPUT_BYTES {
        return Err(err(SymbolErrorKind::UnknownShape));
    }
    let mut fixes: Vec<String> = Vec::new();
    let body = strip_prefix(input.trim()).trim_end_matches(['.', ',', ';']).trim_end();
    if body.is_empty() {
        return Err(err(SymbolErrorKind::Empty));
    }
    let composed: String;
    // ASCII with `Đ` and `đ`, the letters of most symbols, is NFC as it is.
    let plain = body.is_ascii() || body.chars().all(|c| c.is_ascii() || matches!(c, 'Đ' | 'đ'));
    let body = if plain || is_nfc_quick(body.chars()) == IsNormalized::Yes {
        body
    } else {
        composed = body.nfc().collect();
        if composed != body {
            fixes.push("Chuẩn hoá mã Unicode về dạng dựng sẵn (NFC)".to_string());
        }
        &composed
    };
    let compact = compact(body, &mut fixes).map_err(err)?;
    let digits = compact.bytes().take_while(u8::is_ascii_digit).count();
    if digits == 0 {
        return Err(err(SymbolErrorKind::MissingNumber));
    }
    if digits > MAX_NUMBER_DIGITS || compact[..digits].bytes().all(|b| b == b'0') {
        return Err(err(SymbolErrorKind::BadNumber));
    }
    // A one-letter suffix is part of some numbers ("30c/NQ-CP", "03a/…", "2134A/QĐ-ĐHNH"; an
    // upper-case one only before a slash, and only in a symbol with a type).
    let b = compact.as_bytes();
    let upper_suffix = b.get(digits).is_some_and(u8::is_ascii_uppercase) && b.get(digits + 1) == Some(&b'/');
    let suffixed = upper_suffix
        || (b.get(digits).is_some_and(u8::is_ascii_lowercase) && matches!(b.get(digits + 1), Some(b'/' | b'-')));
    // "66.19/2026/NQ-CP": a dotted sub-number, kept only in a symbol with a year and a type.
    let dotted = dotted_number_tail(&b[digits..]);
    let number_end = if suffixed { digits + 1 } else { digits + dotted };
    let number = &compact[..number_end];
    let rest = &compact[number_end..];
    let parsed = if let Some(rest) = rest.strip_prefix('-') {
        parse_party(number, rest, &mut fixes)
    } else if let Some(rest) = rest.strip_prefix('/') {
        parse_state(number, rest, &mut fixes)
    } else if rest.starts_with(|c: char| c.is_ascii_uppercase() || c == 'Đ') {
        glued_party(number, rest, &mut fixes).or_else(|e| glued_state(number, rest, &mut fixes).map_err(|_| e))
    } else {
        Err(SymbolErrorKind::UnknownShape)
    };
    let mut parsed = parsed.map_err(err)?;
    if (upper_suffix || dotted > 0) && (parsed.doc_type.is_none() || (dotted > 0 && parsed.year.is_none())) {
        return Err(err(SymbolErrorKind::UnknownShape));
    }
    // "212 QĐ/CTN": a number, a space and "type/issuer" of a State body is the State symbol with
    // its separators misplaced ("212/QĐ-CTN"), not a Party one.
    // "738 QĐ/ICTN": OCR read a stroke before the issuer as an "I".
    let state_issuer = (parsed.form == SymbolForm::Party && spaced_number(body))
        .then(|| match parsed.issuer.strip_prefix('I') {
            Some(i) if !is_state_only_issuer(&parsed.issuer) && is_state_only_issuer(i) => i.to_string(),
            _ => parsed.issuer.clone(),
        })
        .filter(|i| is_state_only_issuer(i));
    if let Some(state_issuer) = state_issuer {
        let t = parsed.doc_type.clone().unwrap_or_default();
        let normalized = format!("{}/{t}-{state_issuer}", parsed.number);
        parsed.issuer = state_issuer;
        fixes.push(format!(
            "Viết lại theo thể thức văn bản nhà nước: “{}” → “{normalized}”",
            parsed.normalized
        ));
        parsed.normalized = normalized;
        parsed.form = SymbolForm::State;
    }
    parsed.fixes = fixes;
    Ok(parsed)
}

/// Length of ".19" in "66.19/2026/…": a dot, one or two digits, then a slash and a four-digit
/// year and a slash; 0 otherwise.
pub(crate) fn dotted_number_tail(b: &[u8]) -> usize {
    if b.first() != Some(&b'.') {
        return 0;
    }
    let k = b[1..].iter().take_while(|x| x.is_ascii_digit()).count();
    let year = b.get(k + 2..k + 6).is_some_and(|y| y.iter().all(u8::is_ascii_digit));
    if (1..=2).contains(&k) && b.get(k + 1) == Some(&b'/') && year && b.get(k + 6) == Some(&b'/') {
        k + 1
    } else {
        0
    }
}

/// "212 QĐ/CTN": digits, then a space, then a letter.
fn spaced_number(body: &str) -> bool {
    let d = body.bytes().take_while(u8::is_ascii_digit).count();
    let rest = &body[d..];
    let gap = rest.len() - rest.trim_start().len();
    d > 0 && gap > 0 && rest.trim_start().starts_with(char::is_alphabetic)
}

/// Removes a leading "Số", "số:", "SỐ." (any case, with or without diacritics).
fn strip_prefix(s: &str) -> &str {
    let mut it = s.char_indices();
    let (Some((_, a)), Some((_, b))) = (it.next(), it.next()) else {
        return s;
    };
    if !matches!(a, 'S' | 's') || !matches!(b, 'ố' | 'Ố' | 'o' | 'O') {
        return s;
    }
    let after = it.next().map(|(i, _)| i).unwrap_or(s.len());
    let tail = &s[after..];
    if tail.chars().next().is_some_and(char::is_alphabetic) {
        return s;
    }
    tail.trim_start_matches(|c: char| c.is_whitespace() || c == ':' || c == '.')
}

/// "20NQ/TW": a Party symbol whose hyphen between number and type was lost (PDF text). Taken
/// only with a Party type and a Party issuer, so that no other glued run becomes a symbol.
fn glued_party(number: &str, rest: &str, fixes: &mut Vec<String>) -> Result<ParsedSymbol, SymbolErrorKind> {
    let mut probe = Vec::new();
    let parsed = parse_party(number, rest, &mut probe)?;
    let party_type = parsed.doc_type.as_deref().is_some_and(is_party_type);
    if !party_type || !uses_party_form(&parsed.issuer) {
        return Err(SymbolErrorKind::UnknownShape);
    }
    fixes.append(&mut probe);
    fixes.push(format!(
        "Thêm dấu “-” bị mất giữa số và loại văn bản: “{number}{rest}” → “{}”",
        parsed.normalized
    ));
    Ok(parsed)
}

/// "27KH-UBND": a State symbol whose slash between number and type was lost (OCR). Taken only
/// with a known type followed by a hyphen and an issuer; the scanner keeps it only after "số"
/// or a type word.
fn glued_state(number: &str, rest: &str, fixes: &mut Vec<String>) -> Result<ParsedSymbol, SymbolErrorKind> {
    let (t, issuer) = rest.split_once('-').ok_or(SymbolErrorKind::UnknownShape)?;
    if issuer.is_empty() || canonical_type(t).is_none_or(|c| c != t) || rest.contains('/') {
        return Err(SymbolErrorKind::UnknownShape);
    }
    let mut probe = Vec::new();
    let parsed = parse_state(number, rest, &mut probe)?;
    fixes.append(&mut probe);
    fixes.push(format!(
        "Thêm dấu “/” bị mất giữa số và loại văn bản: “{number}{rest}” → “{}”",
        parsed.normalized
    ));
    Ok(parsed)
}

fn parse_party(number: &str, rest: &str, fixes: &mut Vec<String>) -> Result<ParsedSymbol, SymbolErrorKind> {
    let Some((type_raw, issuer_raw)) = rest.split_once('/') else {
        return old_bare(number, rest, fixes);
    };
    if type_raw.is_empty() {
        return Err(SymbolErrorKind::UnknownShape);
    }
    // "01-TANDTC-VKSNDTC/TTLT": the old joint symbol, the issuers first and the joint type last,
    // kept as written.
    if canonical_type(type_raw).is_none() && is_joint_type(issuer_raw) && !type_raw.contains('/') {
        let issuer = canonical_issuer(type_raw, fixes)?;
        let t = canonical_type(issuer_raw).unwrap_or(issuer_raw);
        return Ok(ParsedSymbol {
            normalized: format!("{number}-{issuer}/{t}"),
            number: number.to_string(),
            year: None,
            doc_type: Some(t.to_string()),
            issuer,
            form: SymbolForm::State,
            fixes: Vec::new(),
        });
    }
    let doc_type = resolve_type(type_raw, fixes).ok_or_else(|| SymbolErrorKind::UnknownType(type_raw.to_string()))?;
    let issuer = canonical_issuer(issuer_raw, fixes)?;
    Ok(ParsedSymbol {
        normalized: concat(&[number, "-", doc_type, "/", &issuer]),
        number: number.to_string(),
        year: None,
        doc_type: Some(doc_type.to_string()),
        issuer,
        form: SymbolForm::Party,
        fixes: Vec::new(),
    })
}

/// "15-CP", "198-CP", "213-GD", "138-QĐ": the old symbol of a number and one code of two to five
/// capitals, no slash (the Government's decrees before 1999 and older documents), kept as written.
/// The code is the issuer; a type code ("QĐ") is also the type.
fn old_bare(number: &str, code: &str, fixes: &mut Vec<String>) -> Result<ParsedSymbol, SymbolErrorKind> {
    let n = code.chars().count();
    let capitals = code.chars().all(|c| c.is_ascii_uppercase() || c == 'Đ');
    if !(2..=5).contains(&n) || !capitals {
        return Err(SymbolErrorKind::UnknownShape);
    }
    let issuer = canonical_issuer(code, fixes)?;
    Ok(ParsedSymbol {
        normalized: format!("{number}-{issuer}"),
        number: number.to_string(),
        year: None,
        doc_type: canonical_type(code).filter(|t| *t == code).map(str::to_string),
        issuer,
        form: SymbolForm::State,
        fixes: Vec::new(),
    })
}

fn parse_state(number: &str, rest: &str, fixes: &mut Vec<String>) -> Result<ParsedSymbol, SymbolErrorKind> {
    // "10061/TC/TCT": an old issuer code, a slash, the unit; kept as written.
    if let Some((code, unit)) = rest.split_once('/')
        && OLD_ISSUER_CODES.contains(&code)
        && !unit.is_empty()
        && !unit.contains('/')
    {
        let unit = canonical_issuer(unit, fixes)?;
        return Ok(ParsedSymbol {
            normalized: format!("{number}/{code}/{unit}"),
            number: number.to_string(),
            year: None,
            doc_type: None,
            issuer: format!("{code}/{unit}"),
            form: SymbolForm::State,
            fixes: Vec::new(),
        });
    }
    // "733/QĐ/TTg": a slash where the hyphen between type and issuer belongs.
    let slash_type = rest
        .split_once('/')
        .filter(|(t, i)| !t.is_empty() && t.chars().all(char::is_alphabetic) && !i.contains('/') && !i.is_empty())
        .and_then(|(t, i)| canonical_type(t).map(|_| (t, i)))
        // "06/TC/TCT": "TC" is also the Finance Ministry's old code, whose letters of 1990–2005
        // are written "TC/TCT", "TC/ĐT" with the slash.
        .filter(|(t, _)| !OLD_ISSUER_CODES.contains(t));
    // "18/KH/TĐTN-CTĐTTN": a body that writes the Party form (the Youth Union) has its slash
    // between type and issuer; the first slash stands for the Party hyphen.
    if let Some((t, i)) = slash_type
        && canonical_type(t).is_some_and(is_party_type)
        && canonical_issuer(i, &mut Vec::new()).is_ok_and(|i| uses_party_form(&i))
    {
        let mut parsed = parse_party(number, rest, fixes)?;
        fixes.push(format!(
            "Viết lại theo thể thức văn bản của Đảng: “{number}/{rest}” → “{}”",
            parsed.normalized
        ));
        parsed.fixes = Vec::new();
        return Ok(parsed);
    }
    let repaired: String;
    let rest = match slash_type {
        Some((t, i)) => {
            fixes.push(format!(
                "Thay dấu “/” bằng dấu “-” giữa loại văn bản và cơ quan ban hành: “{t}/{i}” → “{t}-{i}”"
            ));
            repaired = format!("{t}-{i}");
            repaired.as_str()
        }
        None => rest,
    };
    let repaired_year_body: String;
    let (year, body) = match rest.split_once('/') {
        None => (None, rest),
        Some((y, body)) => {
            // "183/2010/TTLT/BTC-BNN", "19/2008/NQLT/CP-UBTUMTTQVN": after the year too, a slash
            // where the hyphen between a (joint) type and the issuers belongs.
            let body = match body.split_once('/') {
                Some((t, i)) if !i.is_empty() && !i.contains('/') && canonical_type(t).is_some() => {
                    fixes.push(format!(
                        "Thay dấu “/” bằng dấu “-” giữa loại văn bản và cơ quan ban hành: “{t}/{i}” → “{t}-{i}”"
                    ));
                    repaired_year_body = format!("{t}-{i}");
                    repaired_year_body.as_str()
                }
                _ => body,
            };
            if !y.bytes().all(|b| b.is_ascii_digit()) || body.contains('/') {
                return Err(SymbolErrorKind::UnknownShape);
            }
            let year = y
                .parse::<i32>()
                .ok()
                .filter(|v| y.len() == 4 && (1945..=2100).contains(v))
                .ok_or_else(|| SymbolErrorKind::BadYear(y.to_string()))?;
            (Some(year), body)
        }
    };
    if body.is_empty() {
        return Err(SymbolErrorKind::MissingIssuer);
    }
    let unglued: String;
    let body = match split_lost_hyphen(body) {
        Some((t, i)) => {
            fixes.push(format!(
                "Thêm dấu “-” bị mất giữa loại văn bản và cơ quan ban hành: “{body}” → “{t}-{i}”"
            ));
            unglued = format!("{t}-{i}");
            unglued.as_str()
        }
        None => match year.and_then(|_| split_type_after_year(body)) {
            Some((t, i)) => {
                fixes.push(format!(
                    "Thêm dấu “-” bị mất giữa loại văn bản và cơ quan ban hành: “{body}” → “{t}-{i}”"
                ));
                unglued = format!("{t}-{i}");
                unglued.as_str()
            }
            None => body,
        },
    };
    // "63/2011/NQ.HĐND": a dot where the hyphen between type and issuer belongs.
    let undotted: String;
    let body = match body.split_once('.') {
        Some((t, i))
            if !body.contains('-')
                && !i.is_empty()
                && !t.is_empty()
                && t.chars().all(char::is_alphabetic)
                && super::is_type_abbreviation_or_d(t) =>
        {
            fixes.push(format!(
                "Thay dấu “.” bằng dấu “-” giữa loại văn bản và cơ quan ban hành: “{body}” → “{t}-{i}”"
            ));
            undotted = format!("{t}-{i}");
            undotted.as_str()
        }
        _ => body,
    };
    let (head, tail) = match body.split_once('-') {
        Some((h, t)) => match split_type_hyphen(h, t) {
            Some((joined, rest)) => {
                fixes.push(format!(
                    "Bỏ dấu “-” chen vào giữa loại văn bản (nhận dạng ký tự): “{body}” → “{joined}-{rest}”"
                ));
                (joined, Some(rest))
            }
            None => (h, Some(t)),
        },
        None => (body, None),
    };
    let mut probe = Vec::new();
    let as_type = if head.chars().all(char::is_alphabetic) {
        resolve_type(head, &mut probe)
    } else {
        None
    };
    let (doc_type, issuer) = match (as_type, tail) {
        (Some(t), Some(tail)) if !tail.is_empty() => {
            fixes.append(&mut probe);
            let issuer = canonical_issuer(tail, fixes)?;
            // "22/CT-TW": a Party document written in the State form.
            if year.is_none() && is_party_issuer(&issuer) && is_party_type(t) {
                fixes.push(format!(
                    "Viết lại theo thể thức văn bản của Đảng: “{number}/{t}-{issuer}” → “{number}-{t}/{issuer}”"
                ));
                return Ok(ParsedSymbol {
                    normalized: format!("{number}-{t}/{issuer}"),
                    number: number.to_string(),
                    year: None,
                    doc_type: Some(t.to_string()),
                    issuer,
                    form: SymbolForm::Party,
                    fixes: Vec::new(),
                });
            }
            (Some(t.to_string()), issuer)
        }
        // "04/1985/NQLT": a joint document cited by number, year and joint type alone, and
        // "117/2014/NĐ" any document so cited (its issuer cut); "96/SL": a copy's own number (its
        // type alone, as Nghị định 30/2020/NĐ-CP writes it).
        (Some(t), None) if year.is_some() || is_copy_type(t) => {
            fixes.append(&mut probe);
            let year_part = year.map(|y| format!("{y}/")).unwrap_or_default();
            return Ok(ParsedSymbol {
                normalized: format!("{number}/{year_part}{t}"),
                number: number.to_string(),
                year,
                doc_type: Some(t.to_string()),
                issuer: String::new(),
                form: SymbolForm::State,
                fixes: Vec::new(),
            });
        }
        (Some(_), _) => return Err(SymbolErrorKind::MissingIssuer),
        (None, _) => (None, canonical_issuer(body, fixes)?),
    };
    let mut normalized = String::with_capacity(number.len() + issuer.len() + 12);
    normalized.push_str(number);
    normalized.push('/');
    if let Some(y) = year {
        push_year(&mut normalized, y);
        normalized.push('/');
    }
    if let Some(t) = &doc_type {
        normalized.push_str(t);
        normalized.push('-');
    }
    normalized.push_str(&issuer);
    Ok(ParsedSymbol {
        normalized,
        number: number.to_string(),
        year,
        doc_type,
        issuer,
        form: SymbolForm::State,
        fixes: Vec::new(),
    })
}

/// The parts one after the other, in one allocation.
fn concat(parts: &[&str]) -> String {
    let mut s = String::with_capacity(parts.iter().map(|p| p.len()).sum());
    for p in parts {
        s.push_str(p);
    }
    s
}

/// Pushes a year, four digits (1945 to 2100 in a symbol) without the formatting machinery.
fn push_year(out: &mut String, y: i32) {
    match u16::try_from(y) {
        Ok(v @ 1000..=9999) => {
            for d in [v / 1000, v / 100 % 10, v / 10 % 10, v % 10] {
                out.push(char::from(b'0' + d as u8));
            }
        }
        // Writing to a String cannot fail.
        _ => {
            let _ = write!(out, "{y}");
        }
    }
}
