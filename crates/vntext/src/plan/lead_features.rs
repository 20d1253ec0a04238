//! The features of the learned lead-boundary model (`lead_model`): what it sees of each word
//! after a lead's first word when it decides whether the name goes on. Split from
//! `lead_model.rs` (training, scoring and the engine's policy) so that each file holds one
//! idea.

use super::lead_model::{MAX_WORDS, words};
use crate::text::fold;

/// The words of a sentence from a lead's first word, folded, with what the features need.
pub(super) struct Context {
    folded: Vec<String>,
    markers: Vec<bool>,
    shapes: Vec<&'static str>,
    left: Vec<String>,
    known_len: usize,
}

impl Context {
    pub(super) fn new(left: &str, span: &str) -> Context {
        // The decisions look at most one word past `MAX_WORDS`: the rest of a long sentence is
        // never read.
        let mut ws = words(span);
        ws.truncate(MAX_WORDS + 2);
        let folded: Vec<String> = ws.iter().map(|&(a, b)| fold(&span[a..b])).collect();
        let shapes = ws.iter().map(|&(a, b)| shape(&span[a..b])).collect();
        let lower: Vec<String> = ws.iter().map(|&(a, b)| span[a..b].to_lowercase()).collect();
        let markers = (0..lower.len())
            .map(|i| marker(&lower[i], lower.get(i + 1).map_or("", String::as_str)))
            .collect();
        let lw = words(left);
        let left = lw.iter().rev().take(2).map(|&(a, b)| fold(&left[a..b])).collect();
        let refs: Vec<&str> = folded.iter().map(String::as_str).collect();
        let known_len = super::bodies::known_name_len(&refs).unwrap_or(0);
        Context {
            folded,
            markers,
            shapes,
            left,
            known_len,
        }
    }

    pub(super) fn len(&self) -> usize {
        self.folded.len()
    }

    /// Word `j`, folded.
    pub(super) fn word(&self, j: usize) -> &str {
        &self.folded[j]
    }

    /// Features of the decision at word `j` (j ≥ 1): is word `j` still part of the name?
    pub(super) fn features(&self, j: usize) -> Vec<u64> {
        let w = |k: isize| -> &str {
            usize::try_from(j as isize + k)
                .ok()
                .and_then(|i| self.folded.get(i))
                .map_or("<end>", String::as_str)
        };
        let s = |k: isize| -> &str {
            usize::try_from(j as isize + k)
                .ok()
                .and_then(|i| self.shapes.get(i).copied())
                .unwrap_or("<end>")
        };
        // "chủ trì" as one verb of two words: the word and the next, without allocating.
        let verb = |k: isize| {
            let (one, next) = (w(k), w(k + 1));
            s(k) == "lower"
                && super::words::VERBS
                    .iter()
                    .any(|v| *v == one || v.strip_prefix(one).and_then(|r| r.strip_prefix(' ')) == Some(next))
        };
        let mark = |k: isize| {
            usize::try_from(j as isize + k)
                .ok()
                .and_then(|i| self.markers.get(i).copied())
                .unwrap_or(false)
        };
        let yes = |b: bool| if b { "1" } else { "0" };
        let commas = ["0", "1", "2", "3"][self.folded[1..j].iter().filter(|x| *x == ",").count().min(3)];
        let dist = match j {
            1 => "1",
            2 => "2",
            3 => "3",
            4 => "4",
            5..=7 => "5",
            8..=12 => "8",
            _ => "13",
        };
        let lex = if self.known_len == 0 {
            "none"
        } else if j < self.known_len {
            "inside"
        } else {
            "after"
        };
        let left1 = self.left.first().map_or("<start>", String::as_str);
        let left2 = self.left.get(1).map_or("<start>", String::as_str);
        let first = self.folded[0].as_str();
        [
            hash(&["bias"]),
            hash(&["w0", w(0)]),
            hash(&["w-1", w(-1)]),
            hash(&["w+1", w(1)]),
            hash(&["w-1w0", w(-1), w(0)]),
            hash(&["w0w+1", w(0), w(1)]),
            hash(&["s0", s(0)]),
            hash(&["s-1s0", s(-1), s(0)]),
            hash(&["s0s+1", s(0), s(1)]),
            hash(&["s0w-1", s(0), w(-1)]),
            hash(&["verb0", yes(verb(0))]),
            hash(&["verb0s-1", yes(verb(0)), s(-1)]),
            hash(&["verb+1", yes(verb(1))]),
            hash(&["mark0", yes(mark(0))]),
            hash(&["mark0s-1", yes(mark(0)), s(-1)]),
            hash(&["lex s0", lex, s(0)]),
            hash(&["lex", lex]),
            hash(&["dist", dist]),
            hash(&["dist s0", dist, s(0)]),
            hash(&["commas s0", commas, s(0)]),
            hash(&["first s0", first, s(0)]),
            hash(&["first w0", first, w(0)]),
            hash(&["left1 s0", left1, s(0)]),
            hash(&["left2", left2, left1]),
            hash(&["left1 verb0", left1, yes(verb(0))]),
        ]
        .to_vec()
    }
}

/// Whether a lowercase word (with the next) opens a predicate or a time after a name,
/// written with its own tones — the engine's stop and marker words ("phải", "cần", "đã",
/// "sẽ", "được", "trước", "theo", "thường xuyên", "có trách nhiệm"), which no name goes on
/// with. Words that also stand inside names count only with their second word ("thường
/// xuyên", not "thường trực"; "hàng năm", not "hàng hóa").
fn marker(lower: &str, next: &str) -> bool {
    const ONE: &[&str] = &[
        "phải", "cần", "sẽ", "đã", "đang", "vẫn", "cũng", "được", "bị", "là", "không", "chưa", "theo", "tại", "trước",
        "trong", "với", "để",
    ];
    const TWO: &[&str] = &[
        "khẩn trương",
        "chịu trách",
        "có trách",
        "có nhiệm",
        "đồng loạt",
        "tiến hành",
        "chậm nhất",
        "căn cứ",
        "định kỳ",
        "thường xuyên",
        "hàng năm",
        "hằng năm",
        "hàng tháng",
        "hằng tháng",
        "hàng quý",
        "hàng ngày",
        "hằng ngày",
        "hàng tuần",
    ];
    ONE.contains(&lower) || TWO.iter().any(|t| t.split_once(' ') == Some((lower, next)))
}

/// A word's shape: how it is written, which is most of what tells a name from its work.
fn shape(w: &str) -> &'static str {
    let Some(c) = w.chars().next() else { return "empty" };
    if w.chars().count() == 1 && !c.is_alphanumeric() {
        return match c {
            ',' => "comma",
            ';' | ':' => "semi",
            '(' | ')' | '[' | ']' => "bracket",
            '-' | '–' => "dash",
            '.' | '!' | '?' => "stop",
            _ => "quote",
        };
    }
    if c.is_ascii_digit() {
        "digit"
    } else if w.chars().filter(|c| c.is_alphabetic()).all(char::is_uppercase) && w.chars().count() > 1 {
        "upper"
    } else if c.is_uppercase() {
        "cap"
    } else {
        "lower"
    }
}

/// FNV-1a over a feature's parts (a 0 byte between them): stable across runs and platforms,
/// and no string is built for it.
fn hash(parts: &[&str]) -> u64 {
    parts.iter().fold(0xcbf2_9ce4_8422_2325u64, |h, p| {
        p.bytes()
            .chain(std::iter::once(0))
            .fold(h, |h, b| (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3))
    })
}
