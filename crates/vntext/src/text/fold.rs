//! Search folding: lowercase, no tones or hats, `đ` → `d`, collapsed whitespace.

use unicode_normalization::UnicodeNormalization;
use unicode_normalization::char::is_combining_mark;

use super::letters;

/// Folds text for search and matching: NFC, lowercase, tones and hats removed,
/// `đ`/`Đ` → `d`, whitespace runs collapsed to one space, trimmed.
///
/// ```
/// assert_eq!(vntext::fold("  Quận Ủy   Hai Bà Trưng "), "quan uy hai ba trung");
/// assert_eq!(vntext::fold("ĐỘC LẬP"), "doc lap");
/// ```
pub fn fold(s: &str) -> String {
    fold_with_map(s).0
}

/// Like [`fold`], also returning for each byte of the folded string the byte offset
/// in `s` of the character it came from (plus one final entry equal to `s.len()`), so
/// a match found in the folded text can be mapped back to the original.
pub fn fold_with_map(s: &str) -> (String, Vec<usize>) {
    let mut w = Writer {
        out: String::with_capacity(s.len()),
        map: Vec::with_capacity(s.len() + 1),
        space: None,
    };
    for (i, c) in s.char_indices() {
        if c.is_whitespace() {
            w.space(i);
        } else if c.is_ascii() {
            w.emit(c.to_ascii_lowercase(), i);
        } else if let Some(v) = letters::vowel(c) {
            w.emit(letters::row_ascii(v.row), i);
        } else if matches!(c, 'đ' | 'Đ' | 'Ð' | 'ð') {
            // U+00D0/U+00F0 (eth) often stands in for Đ in converted legacy text.
            w.emit('d', i);
        } else {
            for d in c.nfd().filter(|d| !is_combining_mark(*d)) {
                for l in d.to_lowercase() {
                    for e in l.nfd().filter(|e| !is_combining_mark(*e)) {
                        if e.is_whitespace() {
                            w.space(i);
                        } else {
                            w.emit(if e == 'đ' { 'd' } else { e }, i);
                        }
                    }
                }
            }
        }
    }
    w.map.push(s.len());
    (w.out, w.map)
}

/// Accumulates folded text and its offset map, collapsing whitespace.
struct Writer {
    out: String,
    map: Vec<usize>,
    /// Offset of a pending whitespace run, written only if more text follows.
    space: Option<usize>,
}

impl Writer {
    fn space(&mut self, at: usize) {
        if !self.out.is_empty() && self.space.is_none() {
            self.space = Some(at);
        }
    }

    fn emit(&mut self, c: char, at: usize) {
        if let Some(sp) = self.space.take() {
            self.out.push(' ');
            self.map.push(sp);
        }
        let before = self.out.len();
        self.out.push(c);
        self.map.extend(std::iter::repeat_n(at, self.out.len() - before));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folds_vietnamese() {
        assert_eq!(fold("Hằng tháng"), "hang thang");
        assert_eq!(fold("hàng tháng"), "hang thang");
        assert_eq!(fold("Quý IV/2023"), "quy iv/2023");
        assert_eq!(fold("Đảng ủy"), "dang uy");
        assert_eq!(fold("Thuỷ Thủy"), "thuy thuy");
        assert_eq!(fold("ƯU TIÊN"), "uu tien");
        assert_eq!(fold("\u{00a0}a\t\n b "), "a b");
        assert_eq!(fold(""), "");
    }

    #[test]
    fn folds_decomposed_input() {
        assert_eq!(fold("ho\u{0061}\u{0300}"), "hoa");
        assert_eq!(fold("Ðà"), "da"); // U+00D0 (eth) stands in for Đ in legacy text
    }

    #[test]
    fn map_points_back_into_source() {
        let s = "Ủy  ban";
        let (f, map) = fold_with_map(s);
        assert_eq!(f, "uy ban");
        assert_eq!(map.len(), f.len() + 1);
        let b = f.find("ban").unwrap_or(0);
        assert_eq!(&s[map[b]..], "ban");
        assert_eq!(map[f.len()], s.len());
    }
}
