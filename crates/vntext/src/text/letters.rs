//! The Vietnamese vowel table: every vowel letter as (row, tone, case).
//!
//! A *row* is a base vowel with its hat, breve or horn (a ă â e ê i o ô ơ u ư y);
//! a *tone* is one of the six tones in the traditional dictionary order
//! ngang < huyền < hỏi < ngã < sắc < nặng.

use std::sync::OnceLock;

/// Tone index of the level tone (thanh ngang).
pub const TONE_NGANG: u8 = 0;

/// Each row: the bare vowel, then huyền, hỏi, ngã, sắc, nặng.
const LOWER_ROWS: [&str; 12] = [
    "aàảãáạ",
    "ăằẳẵắặ",
    "âầẩẫấậ",
    "eèẻẽéẹ",
    "êềểễếệ",
    "iìỉĩíị",
    "oòỏõóọ",
    "ôồổỗốộ",
    "ơờởỡớợ",
    "uùủũúụ",
    "ưừửữứự",
    "yỳỷỹýỵ",
];
const UPPER_ROWS: [&str; 12] = [
    "AÀẢÃÁẠ",
    "ĂẰẲẴẮẶ",
    "ÂẦẨẪẤẬ",
    "EÈẺẼÉẸ",
    "ÊỀỂỄẾỆ",
    "IÌỈĨÍỊ",
    "OÒỎÕÓỌ",
    "ÔỒỔỖỐỘ",
    "ƠỜỞỠỚỢ",
    "UÙỦŨÚỤ",
    "ƯỪỬỮỨỰ",
    "YỲỶỸÝỴ",
];

/// Row indexes, named for readability.
pub const ROW_A: u8 = 0;
pub const ROW_I: u8 = 5;
pub const ROW_O: u8 = 6;
pub const ROW_O_HORN: u8 = 8;
pub const ROW_E: u8 = 3;
pub const ROW_U: u8 = 9;
pub const ROW_U_HORN: u8 = 10;
pub const ROW_Y: u8 = 11;

/// The plain ASCII letter each row folds to.
const ROW_ASCII: [char; 12] = ['a', 'a', 'a', 'e', 'e', 'i', 'o', 'o', 'o', 'u', 'u', 'y'];

/// Whether a row carries a hat, breve or horn (ă â ê ô ơ ư).
pub fn row_has_hat(row: u8) -> bool {
    matches!(row, 1 | 2 | 4 | 7 | 8 | 10)
}

/// The ASCII base letter of a row (lowercase).
pub fn row_ascii(row: u8) -> char {
    ROW_ASCII.get(usize::from(row)).copied().unwrap_or('a')
}

/// A Vietnamese vowel letter decomposed into row, tone and case.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Vowel {
    pub row: u8,
    pub tone: u8,
    pub upper: bool,
}

struct Tables {
    /// Sorted by char for binary search.
    index: Vec<(char, Vowel)>,
    lower: [[char; 6]; 12],
    upper: [[char; 6]; 12],
}

fn tables() -> &'static Tables {
    static TABLES: OnceLock<Tables> = OnceLock::new();
    TABLES.get_or_init(|| {
        let mut index = Vec::with_capacity(144);
        let mut lower = [['a'; 6]; 12];
        let mut upper = [['A'; 6]; 12];
        for (row, (lo, up)) in LOWER_ROWS.iter().zip(UPPER_ROWS.iter()).enumerate() {
            for (tone, (l, u)) in lo.chars().zip(up.chars()).enumerate().take(6) {
                let (r, t) = (row as u8, tone as u8);
                lower[row][tone] = l;
                upper[row][tone] = u;
                index.push((
                    l,
                    Vowel {
                        row: r,
                        tone: t,
                        upper: false,
                    },
                ));
                index.push((
                    u,
                    Vowel {
                        row: r,
                        tone: t,
                        upper: true,
                    },
                ));
            }
        }
        index.sort_by_key(|(c, _)| *c);
        Tables { index, lower, upper }
    })
}

/// Looks a character up in the vowel table.
pub fn vowel(c: char) -> Option<Vowel> {
    if c.is_ascii() && !matches!(c, 'a' | 'e' | 'i' | 'o' | 'u' | 'y' | 'A' | 'E' | 'I' | 'O' | 'U' | 'Y') {
        return None;
    }
    let t = tables();
    t.index
        .binary_search_by_key(&c, |(k, _)| *k)
        .ok()
        .and_then(|i| t.index.get(i))
        .map(|(_, v)| *v)
}

/// Builds the character for a row, tone and case.
pub fn compose(v: Vowel) -> char {
    let t = tables();
    let rows = if v.upper { &t.upper } else { &t.lower };
    rows.get(usize::from(v.row))
        .and_then(|r| r.get(usize::from(v.tone)))
        .copied()
        .unwrap_or('?')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_vowel_round_trips() {
        for row in LOWER_ROWS.iter().chain(UPPER_ROWS.iter()) {
            for c in row.chars() {
                let v = vowel(c).expect("in table");
                assert_eq!(compose(v), c);
            }
        }
        assert_eq!(tables().index.len(), 144);
    }

    #[test]
    fn lookups() {
        assert_eq!(
            vowel('ở'),
            Some(Vowel {
                row: ROW_O_HORN,
                tone: 2,
                upper: false
            })
        );
        assert_eq!(
            vowel('Ỵ'),
            Some(Vowel {
                row: ROW_Y,
                tone: 5,
                upper: true
            })
        );
        assert_eq!(vowel('b'), None);
        assert_eq!(vowel('đ'), None);
        assert!(row_has_hat(vowel('ư').map(|v| v.row).unwrap_or(0)));
        assert_eq!(row_ascii(vowel('Ố').map(|v| v.row).unwrap_or(0)), 'o');
    }
}
