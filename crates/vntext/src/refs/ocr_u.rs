//! A Party issuer's "U" as OCR reads it in a scan: "Thông báo số 496-TB/TIJ", "496-TB/T[J ngày
//! 17/8/2023" — the letter split into "IJ", or its left stroke read as a bracket or a bar ("[J",
//! "|J"). No issuer ends so ("TIJ", "HIJ" are none), so the symbol is read with its "U" when the
//! issuer then is a Party one (TU, HU, QU, ĐU, …); the repair is reported in `fixes`. A State
//! issuer, or one that is no Party issuer with "U", stays as written.

use super::scan::Found;
use crate::symbol::{SymbolForm, is_party_issuer, parse_symbol};

/// The found symbols with a Party issuer's OCR-split "U" read as "U".
pub(super) fn read_split_u(text: &str, found: Vec<Found>) -> Vec<Found> {
    found.into_iter().map(|f| split_u(text, &f).unwrap_or(f)).collect()
}

fn split_u(text: &str, f: &Found) -> Option<Found> {
    if f.symbol.form != SymbolForm::Party {
        return None;
    }
    let written = &text[f.start..f.end];
    let (read, end) = if let Some(head) = written.strip_suffix("IJ") {
        (format!("{head}U"), f.end)
    } else {
        // "496-TB/T[J": the scanner stops at the bracket; the two characters after it are
        // the "U", and a letter or digit glued after them makes it something else.
        let tail = text[f.end..].get(..2).filter(|t| *t == "[J" || *t == "|J")?;
        let glued = text[f.end + tail.len()..]
            .chars()
            .next()
            .is_some_and(char::is_alphanumeric);
        if glued {
            return None;
        }
        (format!("{written}U"), f.end + tail.len())
    };
    let symbol = parse_symbol(&read).ok()?;
    if symbol.form != SymbolForm::Party || !is_party_issuer(&symbol.issuer) {
        return None;
    }
    let fix = format!(
        "Đọc chữ “U” mà OCR tách thành hai nét: “{}” → “{}”",
        &text[f.start..end],
        symbol.normalized
    );
    Some(Found::repaired(f.start, end, symbol, fix))
}
