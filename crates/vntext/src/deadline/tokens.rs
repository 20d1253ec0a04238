//! A tiny tokenizer over folded text: words, numbers and single symbols.

/// One token of a folded deadline phrase.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Tok<'a> {
    Word(&'a str),
    /// A run of ASCII digits: its value (saturating) and its digit count.
    Num(u32, usize),
    Sym(char),
}

impl Tok<'_> {
    pub(crate) fn is_word(&self, w: &str) -> bool {
        matches!(self, Tok::Word(x) if *x == w)
    }

    pub(crate) fn is_sym(&self, set: &[char]) -> bool {
        matches!(self, Tok::Sym(c) if set.contains(c))
    }

    /// A plausible four-digit year.
    pub(crate) fn year(&self) -> Option<i32> {
        match *self {
            Tok::Num(v, 4) if (1945..=2100).contains(&v) => i32::try_from(v).ok(),
            _ => None,
        }
    }

    /// A number with at most `max_digits` digits.
    pub(crate) fn small(&self, max_digits: usize) -> Option<u32> {
        match *self {
            Tok::Num(v, n) if n <= max_digits => Some(v),
            _ => None,
        }
    }

    /// A quarter numeral: I–IV or 1–4.
    pub(crate) fn quarter(&self) -> Option<u32> {
        match *self {
            Tok::Word("i") => Some(1),
            Tok::Word("ii") => Some(2),
            Tok::Word("iii") => Some(3),
            Tok::Word("iv") => Some(4),
            Tok::Num(v @ 1..=4, 1 | 2) => Some(v),
            _ => None,
        }
    }
}

/// Splits folded text into tokens; whitespace separates and is dropped.
pub(crate) fn tokenize(folded: &str) -> Vec<Tok<'_>> {
    let mut out = Vec::new();
    let b = folded.as_bytes();
    let mut i = 0;
    while i < folded.len() {
        let Some(c) = folded[i..].chars().next() else {
            break;
        };
        if c.is_whitespace() {
            i += c.len_utf8();
        } else if c.is_ascii_digit() {
            let n = b[i..].iter().take_while(|x| x.is_ascii_digit()).count();
            let v = folded[i..i + n].parse::<u32>().unwrap_or(u32::MAX);
            out.push(Tok::Num(v, n));
            i += n;
        } else if c.is_alphabetic() {
            let n: usize = folded[i..]
                .chars()
                .take_while(|x| x.is_alphabetic())
                .map(char::len_utf8)
                .sum();
            out.push(Tok::Word(&folded[i..i + n]));
            i += n;
        } else {
            out.push(Tok::Sym(c));
            i += c.len_utf8();
        }
    }
    out
}

/// Whether the words `seq` stand at token `k` of `t`, one after the other.
pub(crate) fn starts(t: &[Tok<'_>], k: usize, seq: &[&str]) -> bool {
    seq.iter()
        .enumerate()
        .all(|(i, w)| t.get(k + i).is_some_and(|x| x.is_word(w)))
}

/// Words (folded) by which a phrase orders or sets work: "chậm nhất", "hạn", "phải", "yêu cầu",
/// "đề nghị", "sẽ". The rules that tell a phrase that sets a time from one that only tells or
/// counts (results, money, legal grounds) each add their own words to these.
pub(crate) const ORDERS: [&[&str]; 6] = [
    &["cham", "nhat"],
    &["han"],
    &["phai"],
    &["yeu", "cau"],
    &["de", "nghi"],
    &["se"],
];

/// Whether `t[k..]` opens with one of [`ORDERS`] or of `more`.
pub(crate) fn orders_at(t: &[Tok<'_>], k: usize, more: &[&[&str]]) -> bool {
    ORDERS.iter().chain(more).any(|s| starts(t, k, s))
}

/// Whether `folded` contains `phrase` at word boundaries.
pub(crate) fn contains_phrase(folded: &str, phrase: &str) -> bool {
    let mut from = 0;
    while let Some(pos) = folded[from..].find(phrase) {
        let start = from + pos;
        let end = start + phrase.len();
        let before_ok = folded[..start].chars().next_back().is_none_or(|c| !c.is_alphanumeric());
        let after_ok = folded[end..].chars().next().is_none_or(|c| !c.is_alphanumeric());
        if before_ok && after_ok {
            return true;
        }
        from = start + 1;
        while !folded.is_char_boundary(from) {
            from += 1;
        }
    }
    false
}

/// Whether token `k` is the dot of an abbreviated unit ("UBND TP. Vũng Tàu", "TX.", "TT.", "P.",
/// "Q."): it ends no sentence (twenty-eighth round).
pub(crate) fn abbreviation_dot(t: &[Tok<'_>], k: usize) -> bool {
    const SHORT: [&str; 5] = ["tp", "tx", "tt", "p", "q"];
    t[k].is_sym(&['.']) && k > 0 && SHORT.iter().any(|w| t[k - 1].is_word(w))
}
/// The first token after a list mark ("2.", "b)", "-", "[1]", "A.") at the start of the phrase.
pub(crate) fn after_list_mark(t: &[Tok<'_>]) -> usize {
    let mut k = 0;
    while k < t.len()
        && (matches!(t[k], Tok::Num(..) | Tok::Sym(_))
            || (matches!(t[k], Tok::Word(w) if w.len() <= 2) && t.get(k + 1).is_some_and(|x| x.is_sym(&[')', '.']))))
    {
        k += 1;
    }
    k
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tokens() {
        let t = tokenize("quy iv/2023, 6 thang");
        assert_eq!(
            t,
            vec![
                Tok::Word("quy"),
                Tok::Word("iv"),
                Tok::Sym('/'),
                Tok::Num(2023, 4),
                Tok::Sym(','),
                Tok::Num(6, 1),
                Tok::Word("thang")
            ]
        );
        assert_eq!(tokenize("99999999999"), vec![Tok::Num(u32::MAX, 11)]);
    }

    #[test]
    fn phrases() {
        assert!(contains_phrase("dinh ky hang quy.", "hang quy"));
        assert!(!contains_phrase("nhang quy", "hang quy"));
        assert!(!contains_phrase("hang quyet", "hang quy"));
    }
}
