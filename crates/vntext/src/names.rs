//! Reading the name of a body as written in running text: capitalised words plus the
//! lowercase words of administrative names ("UBND thành phố Hà Nội",
//! "Ban Thường vụ Quận ủy", "Đảng ủy phường").

use crate::text::fold;

/// Lowercase words that may appear inside the name of an issuing body (folded).
const NAME_WORDS: &[&str] = &[
    "thanh", "pho", "tinh", "quan", "huyen", "phuong", "xa", "thi", "tran", "nhan", "dan", "trung", "uong", "thuong",
    "vu", "truc", "chap", "hanh", "dang", "uy", "khoa", "chinh", "phu", "quoc", "hoi", "dong", "ban", "can", "su",
    "doan", "kiem", "tra", "tuyen", "giao", "to", "chuc", "van", "phong", "bo", "so", "thu", "tuong", "mat", "lien",
    "hiep", "cong", "an", "dac", "khu", "noi", "vu", "chu", "tich",
];

const MAX_NAME_WORDS: usize = 12;

/// The name of an issuing body starting after `from`: capitalised words and the
/// lowercase words of administrative names, up to a stop word or punctuation.
pub(crate) fn name_phrase(text: &str, from: usize) -> Option<(usize, usize)> {
    let mut i = from;
    let mut start = None;
    let mut end = from;
    let mut words = 0;
    while words < MAX_NAME_WORDS {
        let rest = &text[i..];
        let ws = rest.len() - rest.trim_start_matches([' ', '\u{a0}']).len();
        let w_start = i + ws;
        let w_len: usize = text[w_start..]
            .chars()
            .take_while(|c| {
                c.is_alphanumeric() || unicode_normalization::char::is_combining_mark(*c) || *c == '&' || *c == '-'
            })
            .map(char::len_utf8)
            .sum();
        if w_len == 0 {
            break;
        }
        let word = &text[w_start..w_start + w_len];
        let first = word.chars().next()?;
        let ok = if words == 0 {
            first.is_uppercase()
        } else {
            first.is_uppercase() || NAME_WORDS.contains(&fold(word).as_str())
        };
        if !ok || first.is_ascii_digit() {
            break;
        }
        start.get_or_insert(w_start);
        end = w_start + w_len;
        words += 1;
        i = end;
        match text[i..].chars().next() {
            Some(' ' | '\u{a0}') => {}
            // "Uỷ ban thường vụ Quốc\nhội": a name broken by the line ends of PDF or web text
            // goes on when the next line starts with a lowercase word of names.
            Some('\n') if continues_name(&text[i + 1..]) => i += 1,
            _ => break,
        }
    }
    start.map(|s| (s, end))
}

/// Whether `next_line` starts with a lowercase word that can continue a body's name.
fn continues_name(next_line: &str) -> bool {
    let w: String = next_line
        .chars()
        .take_while(|c| c.is_alphabetic() || unicode_normalization::char::is_combining_mark(*c))
        .collect();
    w.chars().next().is_some_and(char::is_lowercase) && NAME_WORDS.contains(&fold(&w).as_str())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn name(t: &str) -> Option<&str> {
        name_phrase(t, 0).map(|(s, e)| &t[s..e])
    }

    #[test]
    fn names() {
        assert_eq!(name(" UBND thành phố Hà Nội về việc"), Some("UBND thành phố Hà Nội"));
        assert_eq!(name(" Ban Thường vụ Quận ủy thực hiện"), Some("Ban Thường vụ Quận ủy"));
        assert_eq!(name(" Đảng ủy phường năm 2018"), Some("Đảng ủy phường"));
        assert_eq!(name(" các cấp ủy"), None);
        assert_eq!(
            name(" Uỷ ban thường vụ Quốc\nhội ngày 20"),
            Some("Uỷ ban thường vụ Quốc\nhội")
        );
        assert_eq!(name(" Bộ Tài chính\nQuyết định"), Some("Bộ Tài chính"));
        assert_eq!(name(""), None);
    }
}
