//! Symbols written in lower case: "thực hiện thông báo số 208-tb/tu ngày 07/9/2021", "nghị quyết
//! 68/nq-cp", "quyết định số 3821/qđ-ubnd" — an abstract lower-cased by a crawler, a search index or
//! a spreadsheet's LOWER(), the whole run and the words around it (round 27). Issuers and types
//! are always capitals when a document is issued, so the run is read in capitals.
//!
//! Lower-case letters after digits are mostly not symbols ("12/ha", "5kg/m2", "covid-19"), so the
//! shape is taken only where a specialist reads a citation at once: the run read in capitals is a
//! whole symbol (a Party symbol, or a State one with its type and issuer, a year, or a compound
//! issuer — `scan`'s strong shapes), and "số" or a document type word stands right before it, or
//! it follows another symbol after "và", "&" or a comma ("quyết định số 1253/qđ-ubnd và
//! 1255/qđ-ubnd").

use super::candidate::candidate;
use super::scan::{Found, accept};

/// Longest lower-case run read, in bytes (a symbol is far shorter).
const MAX_RUN: usize = 64;

/// The lower-case symbol starting at `i`, if any; `prev_end` is the end of the symbol found just
/// before it.
pub(super) fn lower_cased(text: &str, i: usize, prev_end: Option<usize>) -> Option<Found> {
    // The run: the characters a symbol holds, in lower case (`đ` is the only non-ASCII letter
    // of an issuer or type, and it keeps its byte length in capitals).
    let len: usize = text[i..]
        .chars()
        .take_while(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || matches!(c, 'đ' | '/' | '-' | '&' | '.'))
        .map(char::len_utf8)
        .sum();
    if len > MAX_RUN {
        return None;
    }
    // A letter glued after the run ("915/bnv-clhcvề"): a word, not a symbol's end.
    if text[i + len..].chars().next().is_some_and(char::is_alphanumeric) {
        return None;
    }
    let run = &text[i..i + len];
    if !run.contains('/') || !run.chars().any(|c| c.is_ascii_lowercase() || c == 'đ') {
        return None;
    }
    let upper: String = run
        .chars()
        .map(|c| if c == 'đ' { 'Đ' } else { c.to_ascii_uppercase() })
        .collect();
    let end = candidate(&upper, 0)?;
    let (symbol, strong) = accept(&upper[..end])?;
    // The symbol ends the run (no letter or digit glued after it: "12/nq-cp2020abc" is not one).
    let whole = run[end..].chars().next().is_none_or(|c| matches!(c, '.' | '-' | '/'));
    if !strong || !whole {
        return None;
    }
    let before = super::context::before(text, i);
    let joined = prev_end.filter(|&p| p <= i).is_some_and(|p| {
        let gap = text[p..i].trim();
        gap == "," || gap == "&" || crate::text::fold(gap) == "va"
    });
    if !(before.announces() || joined) {
        return None;
    }
    let fix = format!(
        "Đọc ký hiệu viết thường “{}” thành chữ in hoa “{}”",
        &run[..end],
        symbol.normalized
    );
    Some(Found::repaired(i, i + end, symbol, fix))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read(text: &str) -> Option<String> {
        let i = text.find(|c: char| c.is_ascii_digit())?;
        lower_cased(text, i, None).map(|f| f.symbol.normalized)
    }

    #[test]
    fn lower_case_citations() {
        assert_eq!(
            read("theo công văn số 55/ubnd-kt ngày 2/3/2020").as_deref(),
            Some("55/UBND-KT")
        );
        assert_eq!(
            read("nghị quyết 11-nq/tw của bộ chính trị").as_deref(),
            Some("11-NQ/TW")
        );
        assert_eq!(read("thông tư 04/2019/tt-bnv").as_deref(), Some("04/2019/TT-BNV"));
        assert_eq!(read("quyết định số 9/qđ-ubnd.").as_deref(), Some("9/QĐ-UBND"));
        // No "số" or type word; not a whole symbol; mixed or upper case (the usual readers').
        assert_eq!(read("đạt 55/ubnd-kt"), None);
        assert_eq!(read("năng suất số 60/ha"), None);
        assert_eq!(read("văn bản số 3/kh"), None);
        assert_eq!(read("số 55/UBND-KT"), None);
    }
}
