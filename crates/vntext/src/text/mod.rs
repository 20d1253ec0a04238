//! Vietnamese text: normalisation, search folding and alphabetical collation.

mod collate;
mod fold;
pub(crate) mod letters;
mod repair;
mod tone;

pub use collate::{collation_key, compare_vi};
pub use fold::{fold, fold_with_map};
pub use repair::repair_ocr;

use unicode_normalization::UnicodeNormalization;
use unicode_normalization::is_nfc_quick;

/// Plain Unicode NFC, keeping the writer's tone placement: what is stored and shown
/// ("Ủy ban" stays "Ủy ban"). Use [`nfc`] for keys and comparison.
///
/// ```
/// assert_eq!(vntext::to_nfc("ho\u{0061}\u{0300}"), "hoà");
/// assert_eq!(vntext::to_nfc("Ủy ban"), "Ủy ban");
/// ```
pub fn to_nfc(s: &str) -> String {
    if s.is_ascii() || is_nfc_quick(s.chars()) == unicode_normalization::IsNormalized::Yes {
        s.to_string()
    } else {
        s.nfc().collect()
    }
}

/// The canonical comparison form: NFC plus canonical ("new style") tone placement, so that
/// `hòa` and `hoà`, `thủy` and `thuỷ` become the same string (`hoà`, `thuỷ`).
///
/// ```
/// assert_eq!(vntext::nfc("Cộng hòa"), vntext::nfc("Cộng hoà"));
/// assert_eq!(vntext::nfc("Thủy"), "Thuỷ");
/// ```
pub fn nfc(s: &str) -> String {
    let composed: String = if s.is_ascii() {
        return s.to_string();
    } else if is_nfc_quick(s.chars()) == unicode_normalization::IsNormalized::Yes {
        s.to_string()
    } else {
        s.nfc().collect()
    };
    let mut out = String::with_capacity(composed.len());
    let mut word_start: Option<usize> = None;
    for (i, c) in composed.char_indices() {
        if c.is_alphabetic() {
            if word_start.is_none() {
                word_start = Some(i);
            }
        } else {
            if let Some(ws) = word_start.take() {
                push_word(&mut out, &composed[ws..i]);
            }
            out.push(c);
        }
    }
    if let Some(ws) = word_start {
        push_word(&mut out, &composed[ws..]);
    }
    out
}

fn push_word(out: &mut String, word: &str) {
    if word.is_ascii() {
        out.push_str(word);
        return;
    }
    match tone::place_tone(word) {
        Some(w) => out.push_str(&w),
        None => out.push_str(word),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn nfc_composes_and_places_tones() {
        // "hoà" written with a combining grave accent.
        let decomposed = "ho\u{0061}\u{0300}";
        assert_eq!(nfc(decomposed), "hoà");
        assert_eq!(nfc("CỘNG HÒA XÃ HỘI"), "CỘNG HOÀ XÃ HỘI");
        assert_eq!(nfc("Thành ủy, Thành uỷ"), "Thành uỷ, Thành uỷ");
        assert_eq!(nfc("24-CT/TU"), "24-CT/TU");
        assert_eq!(nfc(""), "");
    }

    #[test]
    fn nfc_equalises_both_styles() {
        assert_eq!(nfc("hoà"), nfc("hòa"));
        assert_eq!(nfc("thuỷ"), nfc("thủy"));
        assert_eq!(nfc("Ủy ban nhân dân"), nfc("Uỷ ban nhân dân"));
    }
}
