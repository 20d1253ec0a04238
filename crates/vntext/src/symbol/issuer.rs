//! The two named parts of a symbol read as their issuers write them: the type abbreviation
//! (case, a lost stroke on `Đ`, OCR's `I` for `T`) and the issuer code (case, `TƯ` for `TW`, a
//! lost stroke on `Đ`, OCR's stroke before the National Assembly's term). Every repair is
//! reported in `fixes`.

use std::borrow::Cow;

use super::error::SymbolErrorKind;
use super::types::{
    ISSUER_D_FIXES, MIXED_CASE_ISSUERS, TYPE_D_FIXES, canonical_type, central_committee_variant, eq_ignore_case,
    ocr_type_variant,
};

/// Canonical type abbreviation, repairing case and a lost stroke on `Đ`.
pub(super) fn resolve_type(raw: &str, fixes: &mut Vec<String>) -> Option<&'static str> {
    if let Some(t) = canonical_type(raw) {
        if t != raw {
            fixes.push(format!("Sửa chữ hoa, chữ thường của loại văn bản: “{raw}” → “{t}”"));
        }
        return Some(t);
    }
    if let Some((_, fixed)) = TYPE_D_FIXES.iter().find(|(d, _)| eq_ignore_case(d, raw)) {
        fixes.push(format!("Sửa “D” thành “Đ” trong loại văn bản: “{raw}” → “{fixed}”"));
        return Some(fixed);
    }
    let fixed = ocr_type_variant(raw)?;
    fixes.push(format!(
        "Sửa loại văn bản bị nhận dạng ký tự đọc nhầm (“T” thành “I”): “{raw}” → “{fixed}”"
    ));
    Some(fixed)
}

/// "TT-Tr-LĐTB&XH": OCR put a hyphen inside the type `TTr` and read the letter before it twice.
/// The issuer's first part, a capital and one lower-case letter, completes the type when the two
/// make a known type exactly (the repeated letter once: "TT" + "Tr" → `TTr`; or as written:
/// "C" + "Tr" → `CTr`) and another part follows; the type and the rest of the issuer are returned.
pub(super) fn split_type_hyphen<'a>(head: &str, tail: &'a str) -> Option<(&'static str, &'a str)> {
    let (part, rest) = tail.split_once('-')?;
    let b = part.as_bytes();
    let shaped = b.len() == 2 && b[0].is_ascii_uppercase() && b[1].is_ascii_lowercase();
    if !shaped || rest.is_empty() {
        return None;
    }
    let known = |joined: String| canonical_type(&joined).filter(|t| *t == joined);
    let once = head
        .ends_with(char::from(b[0]))
        .then(|| format!("{head}{}", &part[1..]));
    once.and_then(known)
        .or_else(|| known(format!("{head}{part}")))
        .map(|t| (t, rest))
}

/// "SNgV" (Sở Ngoại vụ): an abbreviation that starts in upper case and has a lower-case letter
/// followed by an upper-case one is the body's own spelling, kept as written. All-lower-case
/// ("ubnd") and capitalised ("Ubnd") tokens are typing variants and go to upper case.
fn inner_lowercase(token: &str) -> bool {
    let mut chars = token.chars();
    let first_upper = chars.next().is_some_and(char::is_uppercase);
    let mut seen_lower = false;
    first_upper
        && chars.any(|c| {
            seen_lower |= c.is_lowercase();
            seen_lower && c.is_uppercase()
        })
}

/// "HTr" (Hỗ trợ, a tax department's unit): upper-case letters ending in "Tr" or "Tg", the
/// lower-case last letter of a syllable's two-letter abbreviation as in the types "TTr", "CTr"
/// and the issuer "TTg"; kept as written.
fn trailing_syllable(token: &str) -> bool {
    let head = token.trim_end_matches(['r', 'g']);
    head.len() + 1 == token.len()
        && token.chars().count() >= 3
        && head.ends_with('T')
        && head.chars().all(|c| c.is_ascii_uppercase() || c == 'Đ')
}

/// Validates and canonicalises the issuer part (`QU`, `UBND-VX`, `SNV-CCHC&PC`, `TTg`).
pub(super) fn canonical_issuer(raw: &str, fixes: &mut Vec<String>) -> Result<String, SymbolErrorKind> {
    if raw.is_empty() {
        return Err(SymbolErrorKind::MissingIssuer);
    }
    if let Some(tw) = central_committee_variant(raw) {
        fixes.push(format!("Viết chuẩn chữ viết tắt Trung ương: “{raw}” → “{tw}”"));
        return Ok(tw.to_string());
    }
    // "UBTVQHI15": OCR read a stroke before the National Assembly's term as an "I".
    if let Some(head) = raw.strip_suffix(|c: char| c.is_ascii_digit())
        && let Some(head) = head.strip_suffix(|c: char| c.is_ascii_digit())
        && let Some(code) = head.strip_suffix(['I', 'l'])
        && code.ends_with("QH")
    {
        let term = &raw[raw.len() - 2..];
        fixes.push(format!(
            "Bỏ chữ “{}” thừa trước khóa Quốc hội (nhận dạng ký tự)",
            &head[code.len()..]
        ));
        return canonical_issuer(&format!("{code}{term}"), fixes);
    }
    // "QHI5", "QHl4": OCR read the "1" of the National Assembly's term (10 to 15) as an "I"
    // or an "l"; a term's first digit is always 1.
    if let Some(head) = raw.strip_suffix(|c: char| c.is_ascii_digit())
        && let Some(code) = head.strip_suffix(['I', 'l'])
        && code.ends_with("QH")
    {
        let fixed = format!("{code}1{}", &raw[raw.len() - 1..]);
        fixes.push(format!(
            "Sửa chữ “{}” thành số “1” trong khóa Quốc hội (nhận dạng ký tự)",
            &head[code.len()..]
        ));
        return canonical_issuer(&fixed, fixes);
    }
    let bad = || SymbolErrorKind::BadIssuer(raw.to_string());
    let valid_char = |c: char| c.is_ascii_alphanumeric() || matches!(c, 'Đ' | 'đ' | '-' | '&' | '.');
    if !raw.chars().all(valid_char) || !raw.chars().any(|c| c.is_alphabetic()) {
        return Err(bad());
    }
    let mut out = String::with_capacity(raw.len() + 2);
    let mut case_fixed = false;
    let mut separators = raw.chars().filter(|c| matches!(c, '-' | '&' | '.'));
    for (i, token) in raw.split(['-', '&', '.']).enumerate() {
        if token.is_empty() {
            return Err(bad());
        }
        if i > 0 {
            out.push(separators.next().unwrap_or('-'));
        }
        if let Some(m) = MIXED_CASE_ISSUERS.iter().find(|m| eq_ignore_case(m, token)) {
            case_fixed |= *m != token;
            out.push_str(m);
            continue;
        }
        if inner_lowercase(token) || trailing_syllable(token) {
            out.push_str(token);
            continue;
        }
        // The chars are ASCII letters and digits, `Đ` and `đ` (checked above): the token is its
        // own upper case unless it has an ASCII lower-case letter or `đ`.
        let lower = token.bytes().any(|b| b.is_ascii_lowercase()) || token.contains('đ');
        let upper: Cow<str> = if lower {
            Cow::Owned(token.chars().flat_map(char::to_uppercase).collect())
        } else {
            Cow::Borrowed(token)
        };
        case_fixed |= upper != token;
        // Every token repaired there has a "D".
        let d_fix = upper
            .contains('D')
            .then(|| ISSUER_D_FIXES.iter().find(|(d, _)| *d == upper))
            .flatten();
        match d_fix {
            Some((d, fixed)) => {
                fixes.push(format!("Sửa “D” thành “Đ” trong cơ quan ban hành: “{d}” → “{fixed}”"));
                out.push_str(fixed);
            }
            None => out.push_str(&upper),
        }
    }
    if case_fixed {
        fixes.push(format!(
            "Sửa chữ hoa, chữ thường của cơ quan ban hành: “{raw}” → “{out}”"
        ));
    }
    Ok(labour_code(out, fixes))
}

/// "SLDTBXH", "SLETBXH", "LD-TBXH": the labour ministry's code (Lao động – Thương binh và Xã hội,
/// `LĐTBXH`, in every issuer that carries it: `SLĐTBXH`, `BLĐTBXH`, `LĐTB&XH`) with the stroke
/// of its `Đ` lost or read as `E` (OCR, typing without a Vietnamese keyboard).
fn labour_code(issuer: String, fixes: &mut Vec<String>) -> String {
    if !issuer.as_bytes().windows(2).any(|w| w == b"TB") {
        return issuer;
    }
    let fixed = issuer
        .replace("LDTB", "LĐTB")
        .replace("LETB", "LĐTB")
        .replace("LD-TB", "LĐ-TB");
    if fixed != issuer {
        fixes.push(format!(
            "Sửa “D” thành “Đ” trong mã ngành Lao động – Thương binh và Xã hội: “{issuer}” → “{fixed}”"
        ));
    }
    fixed
}
