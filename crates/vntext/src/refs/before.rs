//! The words before a symbol: the document type word ("Chỉ thị", "Thông tư liên tịch"), "số"
//! or a metadata label ("Số hiệu:"), what announces a reference.

use crate::text::fold;

/// Document type words (folded), longest first.
const TYPE_WORDS: &[&str] = &[
    "thong tu lien tich",
    "nghi quyet lien tich",
    "ke hoach lien tich",
    "chuong trinh lien tich",
    "huong dan lien tich",
    "chi thi",
    "ke hoach",
    "nghi quyet",
    "quyet dinh",
    "quy dinh",
    "ket luan",
    "huong dan",
    "thong bao",
    "bao cao",
    "to trinh",
    "cong van",
    "chuong trinh",
    "de an",
    "du an",
    "nghi dinh",
    "thong tu",
    "quy che",
    "phuong an",
    "cong dien",
    "giay moi",
    "phap lenh",
    "van ban",
    "thong cao",
    "bien ban",
    "luat",
    "lenh",
    // The procuracy's own documents ("Yêu cầu số 53/YC-VKS-DS", "kiến nghị số 01/KN-VKS-DS").
    "yeu cau",
    "kien nghi",
    "khang nghi",
];

/// Markdown's emphasis marks that a crawled page glues to the words before a symbol.
const EMPHASIS: &[char] = &['*', '_'];

/// What precedes a symbol.
pub(crate) struct Before<'a> {
    /// Start of the reference span (type word, "số", or the symbol itself).
    pub start: usize,
    pub type_word: Option<(usize, &'a str)>,
    pub has_so: bool,
}

impl Before<'_> {
    /// The words before announce a document: "số" or a type word ("Quyết định", "Kế hoạch" …),
    /// what lets a shape that is a symbol only in context be read as one.
    pub fn announces(&self) -> bool {
        self.has_so || self.type_word.is_some()
    }
}

/// "Mẫu số 20/HS", "mẫu số 01/BCĐBQH-MT": a form's number after "mẫu số" (a form annexed to a
/// document, no document itself). Only symbols without a year are so read.
pub(crate) fn is_form_number(text: &str, before: &Before<'_>) -> bool {
    if !before.has_so || before.type_word.is_some() {
        return false;
    }
    let head = text[..before.start].trim_end();
    // "(mẫu số 02/HNMT-BTT)": a bracket before the word.
    last_words_start(head, 1).is_some_and(|ws| fold(&head[ws..]).trim_start_matches(['(', '[', '“', '"']) == "mau")
}

/// Start offset of the `n` last whitespace-separated words of `s` (which must end
/// with a word), or `None` if `s` has fewer words.
fn last_words_start(s: &str, n: usize) -> Option<usize> {
    let mut end = s.len();
    let mut start = end;
    for _ in 0..n {
        let head = s[..end].trim_end();
        if head.is_empty() {
            return None;
        }
        start = head
            .rfind(char::is_whitespace)
            .map(|p| p + head[p..].chars().next().map(char::len_utf8).unwrap_or(1))
            .unwrap_or(0);
        end = start;
    }
    Some(start)
}

/// Start of a metadata label "Số hiệu", "Số ký hiệu" ending `head`, with a colon or a table
/// cell's "|" after it ("Số hiệu: |", "| Số hiệu |", "Số hiệu:").
fn number_field(head: &str) -> Option<usize> {
    // "Số hiệu: 953/VP4 Ban hành: …": a database's list row, the label's colon right before.
    let label = head
        .strip_suffix('|')
        .or_else(|| head.strip_suffix(':'))?
        .trim_end()
        .trim_end_matches(':')
        .trim_end();
    [3, 2].into_iter().find_map(|n| {
        let ws = last_words_start(label, n)?;
        matches!(fold(&label[ws..]).as_str(), "so hieu" | "so ky hieu").then_some(ws)
    })
}

pub(crate) fn before(text: &str, sym_start: usize) -> Before<'_> {
    let mut out = Before {
        start: sym_start,
        type_word: None,
        has_so: false,
    };
    let window_start = floor_boundary(text, sym_start.saturating_sub(64));
    let mut head = text[window_start..sym_start].trim_end();
    // "số", "Số:", "số."
    let trimmed = head.trim_end_matches([':', '.']).trim_end();
    if let Some(ws) = last_words_start(trimmed, 1)
        && fold(trimmed[ws..].trim_start_matches(EMPHASIS)) == "so"
    {
        out.has_so = true;
        out.start = window_start + ws;
        head = trimmed[..ws].trim_end();
    } else if let Some(ws) = number_field(head.trim_end()) {
        // "Số hiệu: | 15-CP |": a metadata field's label in the cell before.
        out.has_so = true;
        out.start = window_start + ws;
        head = head[..ws].trim_end();
    }
    // "Thông tư liên tịch", "Nghị quyết liên tịch": the joint types are four words.
    for n in [4, 3, 2, 1] {
        let Some(ws) = last_words_start(head, n) else {
            continue;
        };
        // "Theo** **Thông tư liên tịch 05 2025/…": Markdown's emphasis marks glued before the
        // type word (or alone on the line before); the word is read without them.
        let marks = head[ws..].len() - head[ws..].trim_start_matches(EMPHASIS).trim_start().len();
        let ws = ws + marks;
        let words = &head[ws..];
        let f = fold(words);
        if TYPE_WORDS.contains(&f.as_str()) {
            out.type_word = Some((window_start + ws, words));
            out.start = window_start + ws;
            break;
        }
    }
    out
}

pub(super) fn floor_boundary(s: &str, mut i: usize) -> usize {
    while i > 0 && !s.is_char_boundary(i) {
        i -= 1;
    }
    i
}
