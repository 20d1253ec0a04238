//! Numbering marks at the start of a line: `II.`, `2.`, `2.1.`, `a)`, `-`, `+`.

/// The numbering mark of a line.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Mark {
    /// `I.`, `II.` … (Roman, Phần/section level).
    Roman(String),
    /// `1.`, `2)`, `1.1.`: the numbers as written.
    Arabic(Vec<String>),
    /// `a)`, `đ)`.
    Letter(char),
    /// `(1)`, `(2)`: numbered steps inside an item.
    Paren(String),
    /// `-`, `–`, `•`, `*`.
    Dash,
    /// `+`.
    Plus,
}

impl Mark {
    /// Depth rank: a mark nests under any mark of smaller rank.
    pub(crate) fn rank(&self) -> u32 {
        match self {
            Mark::Roman(_) => 1,
            Mark::Arabic(parts) => 1 + parts.len() as u32,
            Mark::Letter(_) => 10,
            Mark::Paren(_) => 11,
            Mark::Dash => 20,
            Mark::Plus => 21,
        }
    }
}

const ROMANS: [&str; 20] = [
    "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII", "XIII", "XIV", "XV", "XVI", "XVII",
    "XVIII", "XIX", "XX",
];

/// Letters of the Vietnamese alphabet used for điểm: a b c d đ e g h i k …
const POINT_LETTERS: &str = "abcdđeghiklmnopqrstuvxy";

/// Splits a trimmed line into its numbering mark and the rest.
pub(crate) fn split_mark(line: &str) -> Option<(Mark, &str)> {
    let first = line.chars().next()?;
    if matches!(first, '-' | '–' | '•' | '*' | '+' | '\u{f0b7}' | '·') {
        let rest = line[first.len_utf8()..].trim_start();
        let mark = if first == '+' { Mark::Plus } else { Mark::Dash };
        return (!rest.is_empty()).then_some((mark, rest));
    }
    roman(line)
        .or_else(|| arabic(line))
        .or_else(|| letter(line))
        .or_else(|| paren(line))
}

/// "(1) Tổ chức hiệp thương lần thứ nhất: …": a step numbered in brackets, one or two digits,
/// a capital after it (not "(2) năm", a count in running text).
fn paren(line: &str) -> Option<(Mark, &str)> {
    let inner = line.strip_prefix('(')?;
    let n = inner.bytes().take_while(u8::is_ascii_digit).count();
    if n == 0 || n > 2 {
        return None;
    }
    let rest = inner[n..].strip_prefix(')')?;
    if !rest.starts_with(char::is_whitespace) {
        return None;
    }
    let rest = rest.trim_start();
    rest.starts_with(char::is_uppercase)
        .then(|| (Mark::Paren(inner[..n].to_string()), rest))
}

fn roman(line: &str) -> Option<(Mark, &str)> {
    let n = line.bytes().take_while(|b| matches!(b, b'I' | b'V' | b'X')).count();
    let numeral = &line[..n];
    if n == 0 || !ROMANS.contains(&numeral) {
        return None;
    }
    let rest = &line[n..];
    // "I/ MỤC ĐÍCH" is a section; "V/v triển khai …" (về việc, a letter's subject line) is not:
    // after a slash a heading goes on with a space or a capital, never a lowercase letter.
    if let Some(after) = rest.strip_prefix('/')
        && after.chars().next().is_some_and(char::is_lowercase)
    {
        return None;
    }
    let rest = rest.strip_prefix(['.', ')', '/', ':', '-'])?;
    // "V.P |", "X.T": a writer's initials under a news item, not a section: one capital
    // glued to the dot and no letter after it ("I.MỤC ĐÍCH" is a section).
    let mut after = rest.chars();
    if after.next().is_some_and(char::is_uppercase) && after.next().is_none_or(|c| !c.is_alphabetic()) {
        return None;
    }
    let rest = rest.trim_start();
    (!rest.is_empty() && rest.len() < line.len()).then(|| (Mark::Roman(numeral.to_string()), rest))
}

fn arabic(line: &str) -> Option<(Mark, &str)> {
    let mut parts = Vec::new();
    let mut i = 0;
    let b = line.as_bytes();
    let mut closed = false;
    loop {
        let n = b[i..].iter().take_while(|x| x.is_ascii_digit()).count();
        if n == 0 || n > 2 {
            return None;
        }
        parts.push(line[i..i + n].to_string());
        i += n;
        match b.get(i) {
            Some(b'.') if b.get(i + 1).is_some_and(u8::is_ascii_digit) => i += 1,
            Some(b'.' | b')') => {
                i += 1;
                closed = true;
                break;
            }
            _ => break,
        }
    }
    if !(closed || parts.len() > 1) {
        return None;
    }
    let rest = &line[i..];
    if !rest.starts_with(char::is_whitespace) {
        return None;
    }
    let rest = rest.trim_start();
    (!rest.is_empty()).then_some((Mark::Arabic(parts), rest))
}

fn letter(line: &str) -> Option<(Mark, &str)> {
    let mut it = line.chars();
    let c = it.next()?;
    let close = it.next()?;
    if !POINT_LETTERS.contains(c) || !matches!(close, ')' | '.') {
        return None;
    }
    let rest = it.as_str();
    if !rest.starts_with(char::is_whitespace) {
        return None;
    }
    let rest = rest.trim_start();
    // "a. Các biên bản …", "đ. Báo cáo …": a letter and a dot open a point when a capital
    // follows (a dot after a lowercase letter is otherwise an abbreviation's).
    if close == '.' && !rest.starts_with(char::is_uppercase) {
        return None;
    }
    (!rest.is_empty()).then_some((Mark::Letter(c), rest))
}

/// Is this a Roman numeral (for table STT cells)?
pub(crate) fn is_roman(s: &str) -> bool {
    ROMANS.contains(&s)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn marks() {
        assert_eq!(split_mark("II. NHIỆM VỤ"), Some((Mark::Roman("II".into()), "NHIỆM VỤ")));
        assert_eq!(split_mark("I/ MỤC ĐÍCH"), Some((Mark::Roman("I".into()), "MỤC ĐÍCH")));
        // A letter's subject line ("về việc") is no section V.
        assert_eq!(split_mark("V/v triển khai Kế hoạch số 12-KH/TU"), None);
        assert_eq!(split_mark("V/v: tổng kết"), None);
        assert_eq!(
            split_mark("2. Công tác"),
            Some((Mark::Arabic(vec!["2".into()]), "Công tác"))
        );
        assert_eq!(
            split_mark("2.1. Công tác"),
            Some((Mark::Arabic(vec!["2".into(), "1".into()]), "Công tác"))
        );
        assert_eq!(
            split_mark("2.1 Công tác"),
            Some((Mark::Arabic(vec!["2".into(), "1".into()]), "Công tác"))
        );
        assert_eq!(split_mark("a) Tổ chức"), Some((Mark::Letter('a'), "Tổ chức")));
        assert_eq!(split_mark("đ) Tổ chức"), Some((Mark::Letter('đ'), "Tổ chức")));
        assert_eq!(split_mark("- Chủ trì: X"), Some((Mark::Dash, "Chủ trì: X")));
        assert_eq!(split_mark("+ Y"), Some((Mark::Plus, "Y")));
        for s in [
            "3 Chương trình",
            "2023 là năm",
            "13/9/2023",
            "1.000 người",
            "Ban Tuyên giáo",
            "Ia) x",
            "I",
        ] {
            assert_eq!(split_mark(s), None, "{s}");
        }
    }
}
