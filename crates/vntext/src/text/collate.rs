//! Vietnamese alphabetical order (as CLDR `vi`): a < ă < â < b < c < d < đ < e < ê < …
//! < o < ô < ơ < … < u < ư < …; tones are secondary differences
//! (ngang < huyền < hỏi < ngã < sắc < nặng), case is tertiary (lowercase first).
//!
//! The key is built in four levels separated by a `0x00` byte: primary weights (three
//! bytes each, never zero), one secondary byte per weight, one tertiary byte per weight,
//! then the canonical NFC text itself so that the order is total.

use std::cmp::Ordering;

use unicode_normalization::UnicodeNormalization;
use unicode_normalization::char::is_combining_mark;

use super::letters;
use super::nfc;

/// The alphabet, in order; every letter of it gets one primary weight.
const ALPHABET: [char; 36] = [
    'a', 'ă', 'â', 'b', 'c', 'd', 'đ', 'e', 'ê', 'f', 'g', 'h', 'i', 'j', 'k', 'l', 'm', 'n', 'o', 'ô', 'ơ', 'p', 'q',
    'r', 's', 't', 'u', 'ư', 'v', 'w', 'x', 'y', 'z', '\0', '\0', '\0',
];
/// Row (see `letters`) → position in [`ALPHABET`].
const ROW_TO_ALPHA: [u32; 12] = [0, 1, 2, 7, 8, 12, 18, 19, 20, 26, 27, 31];

const W_SPACE: u32 = 1;
const W_PUNCT: u32 = 2; // + code point
const W_DIGIT: u32 = 0x0012_0000; // + code point
const W_LETTER: u32 = 0x0014_0000; // + alphabet position
const W_OTHER: u32 = 0x0015_0000; // + code point

/// Secondary weight for a letter carrying a diacritic foreign to Vietnamese.
const SEC_FOREIGN: u8 = 8;

/// Sort key whose byte order is Vietnamese alphabetical order.
///
/// ```
/// let mut names = vec!["Đống Mác", "Bạch Mai", "Ba Đình", "Đồng Tâm", "Dịch Vọng"];
/// names.sort_by_key(|n| vntext::collation_key(n));
/// assert_eq!(names, ["Ba Đình", "Bạch Mai", "Dịch Vọng", "Đống Mác", "Đồng Tâm"]);
/// ```
pub fn collation_key(s: &str) -> Vec<u8> {
    let canon = nfc(s);
    let mut primary = Vec::with_capacity(canon.len() * 3);
    let mut secondary = Vec::with_capacity(canon.len());
    let mut tertiary = Vec::with_capacity(canon.len());
    let mut push = |w: u32, sec: u8, upper: bool| {
        let w = w.min(255 * 255 * 255 - 1);
        primary.push((w / (255 * 255)) as u8 + 1);
        primary.push(((w / 255) % 255) as u8 + 1);
        primary.push((w % 255) as u8 + 1);
        secondary.push(sec);
        tertiary.push(if upper { 2 } else { 1 });
    };
    let mut space_pending = false;
    let mut started = false;
    for c in canon.chars() {
        if c.is_whitespace() {
            space_pending = started;
            continue;
        }
        if space_pending {
            push(W_SPACE, 1, false);
            space_pending = false;
        }
        started = true;
        if let Some(v) = letters::vowel(c) {
            let pos = ROW_TO_ALPHA.get(usize::from(v.row)).copied().unwrap_or(0);
            push(W_LETTER + pos, 1 + v.tone, v.upper);
        } else if let Some(pos) = alpha_pos(c) {
            push(W_LETTER + pos, 1, c.is_uppercase());
        } else if c.is_numeric() {
            push(W_DIGIT + u32::from(c), 1, false);
        } else if !c.is_alphanumeric() {
            push(W_PUNCT + u32::from(c), 1, false);
        } else {
            let base = c.nfd().find(|d| !is_combining_mark(*d)).unwrap_or(c);
            match alpha_pos(base) {
                Some(pos) if base != c => push(W_LETTER + pos, SEC_FOREIGN, c.is_uppercase()),
                _ => push(W_OTHER + u32::from(c), 1, c.is_uppercase()),
            }
        }
    }
    let mut key = primary;
    key.push(0);
    key.extend_from_slice(&secondary);
    key.push(0);
    key.extend_from_slice(&tertiary);
    key.push(0);
    key.extend_from_slice(canon.as_bytes());
    key
}

/// Position of a plain (toneless) letter in the alphabet, any case.
fn alpha_pos(c: char) -> Option<u32> {
    let lower = match c {
        'A'..='Z' => c.to_ascii_lowercase(),
        'Đ' => 'đ',
        'Ă' => 'ă',
        'Â' => 'â',
        'Ê' => 'ê',
        'Ô' => 'ô',
        'Ơ' => 'ơ',
        'Ư' => 'ư',
        _ => c,
    };
    ALPHABET.iter().take(33).position(|a| *a == lower).map(|p| p as u32)
}

/// Compares two strings in Vietnamese alphabetical order (same order as
/// [`collation_key`]).
pub fn compare_vi(a: &str, b: &str) -> Ordering {
    if a == b {
        return Ordering::Equal;
    }
    collation_key(a).cmp(&collation_key(b))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sorted(mut v: Vec<&str>) -> Vec<&str> {
        v.sort_by(|a, b| compare_vi(a, b));
        v
    }

    #[test]
    fn alphabet_order() {
        let letters = "a ă â b c d đ e ê g h i k l m n o ô ơ p q r s t u ư v x y";
        let v: Vec<&str> = letters.split(' ').collect();
        let mut shuffled = v.clone();
        shuffled.reverse();
        assert_eq!(sorted(shuffled), v);
    }

    #[test]
    fn tones_are_secondary() {
        let v = vec!["ma", "mà", "mả", "mã", "má", "mạ", "mă", "mai"];
        let expected = vec!["ma", "mà", "mả", "mã", "má", "mạ", "mai", "mă"];
        assert_eq!(sorted(v), expected);
    }

    #[test]
    fn case_is_tertiary_and_primary_case_insensitive() {
        assert_eq!(compare_vi("an", "An"), Ordering::Less);
        assert_eq!(compare_vi("An", "ăn"), Ordering::Less);
        assert_eq!(compare_vi("Bình", "an"), Ordering::Greater);
    }

    #[test]
    fn tone_styles_collate_equal() {
        assert_eq!(compare_vi("Hòa Bình", "Hoà Bình"), Ordering::Equal);
        assert_eq!(collation_key("thủy"), collation_key("thuỷ"));
    }

    #[test]
    fn wards_of_hai_ba_trung_sort_like_cldr() {
        let wards = vec![
            "Vĩnh Tuy",
            "Bạch Đằng",
            "Đồng Nhân",
            "Đống Mác",
            "Bách Khoa",
            "Cầu Dền",
            "Đồng Tâm",
            "Bạch Mai",
            "Quỳnh Mai",
            "Quỳnh Lôi",
            "Phố Huế",
            "Phạm Đình Hổ",
        ];
        assert_eq!(
            sorted(wards),
            vec![
                "Bạch Đằng",
                "Bách Khoa",
                "Bạch Mai",
                "Cầu Dền",
                "Đống Mác",
                "Đồng Nhân",
                "Đồng Tâm",
                "Phạm Đình Hổ",
                "Phố Huế",
                "Quỳnh Lôi",
                "Quỳnh Mai",
                "Vĩnh Tuy",
            ]
        );
    }

    #[test]
    fn spaces_and_digits_before_letters() {
        assert_eq!(compare_vi("Ba Đình", "Bac"), Ordering::Less);
        assert_eq!(compare_vi("Phường 2", "Phường A"), Ordering::Less);
        assert_eq!(compare_vi("", "a"), Ordering::Less);
    }
}
