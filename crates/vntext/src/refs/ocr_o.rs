//! "Kết luận số O1-KL/TW": a Party symbol whose number OCR begins with the letter "O" for the
//! digit zero. Read with its zero only when the rest is a whole Party symbol ("O1-KL/TW" →
//! "01-KL/TW") and "số" or a document type word stands before it, as a specialist reads the
//! citation; the repair is reported in `fixes`. A word that begins with "O" and a digit
//! elsewhere ("O2 sensor", "O1-A") stays a word.

use super::candidate::candidate;
use super::scan::{Found, accept};
use crate::symbol::SymbolForm;

/// The symbol at `i` (an "O" at a word's start, a digit after it), if it is one.
pub(super) fn letter_o_for_zero(text: &str, i: usize) -> Option<Found> {
    let rest = text.get(i..)?;
    if !rest.starts_with('O') || !rest[1..].starts_with(|c: char| c.is_ascii_digit()) {
        return None;
    }
    // A symbol is far shorter than this; the copy stays small in a long text.
    let mut cut = rest.len().min(80);
    while !rest.is_char_boundary(cut) {
        cut -= 1;
    }
    let read = format!("0{}", &rest[1..cut]);
    let end = candidate(&read, 0)?;
    let (symbol, strong) = accept(&read[..end])?;
    if !strong || symbol.form != SymbolForm::Party {
        return None;
    }
    let before = super::context::before(text, i);
    if !before.announces() {
        return None;
    }
    let fix = format!(
        "Đọc chữ “O” đầu số ký hiệu là số 0: “{}” → “{}”",
        &rest[..end],
        symbol.normalized
    );
    Some(Found::repaired(i, i + end, symbol, fix))
}
