//! The words around a symbol: "Chỉ thị số" before it; "ngày 22-12-2022 của UBND
//! thành phố Hà Nội" after it.

use chrono::NaiveDate;

use crate::date::parse_date_prefix;
use crate::text::fold;

use super::before::floor_boundary;
pub(crate) use super::before::{before, is_form_number};

/// What follows a symbol.
pub(crate) struct After<'a> {
    pub end: usize,
    pub date: Option<NaiveDate>,
    /// Byte span of the date in the text.
    pub date_span: Option<(usize, usize)>,
    pub issuer: Option<&'a str>,
}

pub(crate) fn after(text: &str, sym_end: usize) -> After<'_> {
    let mut out = After {
        end: sym_end,
        date: None,
        date_span: None,
        issuer: None,
    };
    let mut p = sym_end;
    // "103-CV/BCĐ 35, ngày …": a steering committee is named by its number ("Ban Chỉ đạo 35",
    // "BCĐ 389"), written after the symbol.
    if text[..p].ends_with("BCĐ") {
        let digits = text[p..]
            .strip_prefix(' ')
            .map_or(0, |r| r.bytes().take_while(u8::is_ascii_digit).count());
        if (1..=4).contains(&digits) && text[p + 1 + digits..].starts_with([',', ' ']) {
            p += 1 + digits;
        }
    }
    // ", ngày 13/9/2023", " ngày 22-12-2022", " (03/4/2018)", " , ngày …", "\nngày …",
    // "TWngày …" (glued), "…-TTg\\r\\nngày …" (a page that kept its line breaks as literal
    // escapes).
    let q = p + gap(&text[p..]);
    // "124-BC/ĐU</a>, ng&agrave;y 14/10/2014": raw HTML writes the "à" of "ngày" as a character
    // entity.
    let entity_ngay = html_ngay(&text[q..]);
    let q = q + entity_ngay.unwrap_or(0);
    let newline_only_before_ngay = !text[p..q].contains('\n')
        || entity_ngay.is_some()
        || crate::text::fold(&text[q..floor_boundary(text, (q + 8).min(text.len()))]).starts_with("ngay");
    // "132-HD/BTGTW được ban hành ngày 10/4/2020": a publishing verb before the date.
    let q = q + publishing_verb(&text[q..]);
    // "01/2020/QD-UBND gay 13/01/2020": OCR text that lost the "n" and the tone of "ngày".
    let q = if text[q..].starts_with("gay ") && text[q + 4..].starts_with(|c: char| c.is_ascii_digit()) {
        q + 4
    } else {
        q
    };
    // "10/KH-MTTQ-BTT; ngày\n10/10/2019 của …": OCR read the comma as a semicolon. Taken only
    // when the date is followed by "của", so a new clause that opens with a date stays apart.
    let q = semicolon_misread(text, q)
        .or_else(|| super::after_words::cell_semicolon(text, q))
        .unwrap_or(q);
    // "ngày _\n\n18/01/2023": OCR noise (a stray underscore, bar or tilde) between "ngày" and
    // the date.
    let q = noise_after_ngay(text, q)
        .or_else(|| super::watermark::date_after_fragments(text, q))
        .unwrap_or(q);
    if newline_only_before_ngay && let Some((date, len)) = parse_date_prefix(&text[q..]) {
        out.date = Some(date);
        out.date_span = Some((q, q + len));
        p = q + len;
        out.end = p;
    } else if newline_only_before_ngay && let Some((date, len)) = super::after_words::footnote_date(&text[q..]) {
        out.date = Some(date);
        out.date_span = Some((q, q + len));
        p = q + len;
        out.end = p;
    } else if text[q..].starts_with('(')
        && let Some((date, len)) = parse_date_prefix(&text[q + 1..])
        && text[q + 1 + len..].starts_with(')')
    {
        out.date = Some(date);
        out.date_span = Some((q + 1, q + 1 + len));
        p = q + len + 2;
        out.end = p;
    } else if text[q..].starts_with('(')
        && let Some((date, len)) = parse_date_prefix(&text[q + 1..])
        && let tail = text[q + 1 + len..].trim_start_matches([' ', ','])
        && fold(&tail[..floor_boundary(tail, tail.len().min(8))]).starts_with("cua ")
    {
        // "1898-QĐ/TU (20/6/2025 của Đảng bộ TP Hải Phòng)": a bracket that gives the issue date
        // and then the issuer; the issuer is read below, the bracket closes after it.
        out.date = Some(date);
        out.date_span = Some((q + 1, q + 1 + len));
        p = q + 1 + len;
        out.end = p;
    } else if q == p
        && let Some((date, len)) = super::dates::glued_label_date(&text[q..])
    {
        // "19/2018/TT-BGDĐT10/10/2018BỘ GIÁO DỤC": a table row whose cells lost their separators,
        // the issue date glued to the symbol and the next cell glued to the date.
        out.date = Some(date);
        out.date_span = Some((q, q + len));
        p = q + len;
        out.end = p;
    } else if let Some((date, s, len)) = underscore_date(text, q).or_else(|| super::spaced_date::spaced_date(text, q)) {
        out.date = Some(date);
        out.date_span = Some((s, s + len));
        p = s + len;
        out.end = p;
    }
    // ", của Ban Thường vụ Thành ủy"
    let rest = &text[p..];
    let skip = rest.len() - rest.trim_start_matches([',', ' ', '\u{a0}']).len();
    let q = p + skip;
    let word_len: usize = text[q..]
        .chars()
        .take_while(|c| c.is_alphabetic())
        .map(char::len_utf8)
        .sum();
    if word_len > 0
        && fold(&text[q..q + word_len]) == "cua"
        && let Some((s, e)) = crate::names::name_phrase(text, q + word_len)
    {
        out.issuer = Some(&text[s..e]);
        out.end = e;
        // "Nghị định số 38/2023/NĐ-CP của Chính phủ ngày 24/6/2023": the date after the issuer.
        if out.date.is_none() {
            let rest = &text[e..];
            let skip = rest.len() - rest.trim_start_matches([',', ' ', '\u{a0}', '\n', '\r']).len();
            let q = e + skip;
            let head = fold(&text[q..floor_boundary(text, (q + 8).min(text.len()))]);
            if head.starts_with("ngay")
                && let Some((date, len)) = parse_date_prefix(&text[q..])
            {
                out.date = Some(date);
                out.date_span = Some((q, q + len));
                out.end = q + len;
            } else if let Some((date, s, e)) = date_after_issuer_words(text, e) {
                out.date = Some(date);
                out.date_span = Some((s, e));
                out.end = e + usize::from(text[e..].starts_with(')'));
            }
        }
    } else if out.date.is_none()
        && let Some(d) = dash_issuer_date(text, p)
    {
        out.date = Some(d.0);
        out.date_span = Some((d.1, d.2));
        out.end = d.2 + usize::from(text[d.2..].starts_with(')'));
    } else if out.date.is_none()
        && let Some(d) = super::after_words::abbreviation_date(text, p)
            .or_else(|| super::after_words::place_date_line(text, sym_end))
    {
        out.date = Some(d.0);
        out.date_span = Some((d.1, d.2));
        out.end = d.2;
    }
    out
}

/// Where what follows "ngày" at `q` starts (past the spaces after the word), if "ngày" is there.
pub(super) fn after_ngay(text: &str, q: usize) -> Option<usize> {
    let rest = &text[q..];
    let word: String = rest.chars().take(4).collect();
    if fold(&word) != "ngay" {
        return None;
    }
    let after_word = &rest[word.len()..];
    Some(q + word.len() + (after_word.len() - after_word.trim_start_matches(' ').len()))
}

/// "ngày 28_11_2023" at `q`: the date of a title made file-safe, underscores for its slashes (as
/// in "Tờ trình số 232_TTr-UBND ngày 28_11_2023"). Day, month and a four-digit year, after
/// "ngày"; a year cut short ("26_4_202") is no date. Returns the date, its start and length.
fn underscore_date(text: &str, q: usize) -> Option<(NaiveDate, usize, usize)> {
    let s = after_ngay(text, q)?;
    let b = text.as_bytes();
    let mut i = s;
    let mut parts = [0u32; 3];
    for (k, (lo, hi)) in [(1, 2), (1, 2), (4, 4)].into_iter().enumerate() {
        let n = b[i..].iter().take_while(|x| x.is_ascii_digit()).count();
        if n < lo || n > hi {
            return None;
        }
        parts[k] = text[i..i + n].parse().ok()?;
        i += n;
        if k < 2 {
            (b.get(i) == Some(&b'_')).then_some(())?;
            i += 1;
        }
    }
    if b.get(i).is_some_and(|x| x.is_ascii_alphanumeric() || *x == b'_') {
        return None;
    }
    let date = NaiveDate::from_ymd_opt(i32::try_from(parts[2]).ok()?, parts[1], parts[0])?;
    Some((date, s, i - s))
}

/// Length of "ng&agrave;y" (the word "ngày" with its "à" written as an HTML character entity)
/// at the start of `s`.
fn html_ngay(s: &str) -> Option<usize> {
    const WORD: &str = "ng&agrave;y";
    s.get(..WORD.len())
        .is_some_and(|h| h.eq_ignore_ascii_case(WORD))
        .then_some(WORD.len())
}

/// "(11/02/2026)" right at `at` (after spaces): a bare date in parentheses.
fn parenthesised_date(text: &str, at: usize) -> Option<(NaiveDate, usize, usize)> {
    let rest = &text[at..];
    let q = at + (rest.len() - rest.trim_start_matches([' ', '\u{a0}']).len());
    let inner = text[q..].strip_prefix('(')?;
    let (date, len) = parse_date_prefix(inner)?;
    let s = q + 1 + (inner.len() - inner.trim_start().len());
    let e = q + 1 + len;
    text[e..].starts_with(')').then_some((date, s, e))
}

/// "10-KH/ĐU — Đảng ủy PVEP (11/02/2026)": in a list of documents, the issuer after a dash
/// and the issue date in parentheses after it.
fn dash_issuer_date(text: &str, sym_end: usize) -> Option<(NaiveDate, usize, usize)> {
    let rest = &text[sym_end..];
    let r = rest.trim_start_matches([' ', '\u{a0}']);
    let r2 = r.strip_prefix(['—', '–', '-'])?;
    if r.len() == rest.len() || !r2.starts_with([' ', '\u{a0}']) {
        return None;
    }
    let (_, name_end) = crate::names::name_phrase(text, text.len() - r2.len())?;
    date_after_issuer_words(text, name_end)
}

/// Words that end an issuer's name before a date could be its issue date (folded): a subject,
/// a place, a purpose, another item.
const ISSUER_STOP_WORDS: &[&str] = &[
    "ve", "viec", "tai", "theo", "de", "va", "nham", "trong", "ban", "hanh", "ky",
];

/// "06-NQ/CB của Chi bộ tạp chí Văn hóa Doanh\n nghiệp ngày 04/11/2022", "… — Đảng ủy Tổng
/// công ty (14/03/2025)": an issuer's name that goes on past the words a name is known to be
/// made of (lower-case common nouns, a line break with indentation) and ends with the issue
/// date, after "ngày" or in parentheses. At most six more words, no punctuation and none of
/// [`ISSUER_STOP_WORDS`] between.
fn date_after_issuer_words(text: &str, from: usize) -> Option<(NaiveDate, usize, usize)> {
    let mut i = from;
    let mut line_breaks = 0;
    for _ in 0..=6 {
        let rest = &text[i..];
        let ws = rest.len() - rest.trim_start_matches([' ', '\u{a0}', '\t', '\n', '\r']).len();
        line_breaks += rest[..ws].matches('\n').count();
        if line_breaks > 1 {
            return None;
        }
        let w_start = i + ws;
        if text[w_start..].starts_with('(') {
            return parenthesised_date(text, w_start);
        }
        let w_len: usize = text[w_start..]
            .chars()
            .take_while(|c| c.is_alphabetic() || unicode_normalization::char::is_combining_mark(*c))
            .map(char::len_utf8)
            .sum();
        if w_len == 0 {
            return None;
        }
        let word = fold(&text[w_start..w_start + w_len]);
        if word == "ngay" {
            let (date, len) = parse_date_prefix(&text[w_start..])?;
            let digits = text[w_start..].find(|c: char| c.is_ascii_digit())?;
            return Some((date, w_start + digits, w_start + len));
        }
        if ISSUER_STOP_WORDS.contains(&word.as_str()) {
            return None;
        }
        i = w_start + w_len;
    }
    None
}

/// Length of the gap before a date: commas, spaces, line breaks, and the literal escapes
/// `\\r`, `\\n`, `\\t` that scraped pages keep from their source.
/// Offset of "ngày …" after a semicolon read for a comma, when the date is the reference's.
fn semicolon_misread(text: &str, q: usize) -> Option<usize> {
    let r = text[q..].strip_prefix(';')?;
    let q2 = q + 1 + gap(r);
    if !fold(&text[q2..floor_boundary(text, (q2 + 6).min(text.len()))]).starts_with("ngay") {
        return None;
    }
    let (_, len) = parse_date_prefix(&text[q2..])?;
    let rest = &text[q2 + len..];
    let rest = rest.trim_start_matches([',', ' ', '\n', '\r', '\u{a0}']);
    let word: String = rest.chars().take_while(|c| c.is_alphabetic()).collect();
    (fold(&word) == "cua").then_some(q2)
}

/// Offset of the date after "ngày" and one OCR noise character ("ngày _\n18/01/2023").
fn noise_after_ngay(text: &str, q: usize) -> Option<usize> {
    if !text[q..].starts_with(['n', 'N']) {
        return None;
    }
    let head = &text[q..floor_boundary(text, (q + 8).min(text.len()))];
    if !fold(head).starts_with("ngay") {
        return None;
    }
    let after_word = q + text[q..].char_indices().nth(4).map(|(i, _)| i)?;
    let r = &text[after_word..];
    let r1 = r.trim_start();
    let r2 = r1.strip_prefix(['_', '|', '~'])?;
    let r3 = r2.trim_start();
    (r3.starts_with(|c: char| c.is_ascii_digit()) && r.len() - r3.len() <= 8).then(|| text.len() - r3.len())
}

fn gap(rest: &str) -> usize {
    let mut i = 0;
    let b = rest.as_bytes();
    while i < b.len() {
        match b[i] {
            b',' | b' ' | b'\n' | b'\r' | b'\t' => i += 1,
            b'\\' if matches!(b.get(i + 1), Some(b'r' | b'n' | b't')) => i += 2,
            0xC2 if b.get(i + 1) == Some(&0xA0) => i += 2,
            // Markup around a symbol copied from raw files: "**356/2025/NĐ-CP** ngày" (Markdown
            // bold), "124-BC/ĐU</a>, ngày" (a link's end), "</a>,&nbsp;ngày" (HTML's space).
            b'*' => i += 1,
            b'&' if rest[i..].get(..6).is_some_and(|h| h.eq_ignore_ascii_case("&nbsp;")) => i += 6,
            b'<' => match closing_inline_tag(&rest[i..]) {
                Some(n) => i += n,
                None => break,
            },
            _ => break,
        }
    }
    i
}

/// Length of a closing inline HTML tag ("</a>", "</b>", "</span>") at the start of `s`.
fn closing_inline_tag(s: &str) -> Option<usize> {
    const TAGS: &[&str] = &["a", "b", "i", "u", "em", "strong", "span"];
    let inner = s.strip_prefix("</")?;
    let name_len = inner.find('>')?;
    TAGS.iter()
        .any(|t| inner[..name_len].eq_ignore_ascii_case(t))
        .then_some(name_len + 3)
}

/// Publishing verbs that may stand between a symbol and its issue date (folded), longest
/// first; only taken when "ngày" follows.
const PUBLISHING_VERBS: &[&str] = &[
    "duoc ban hanh vao",
    "duoc ban hanh",
    "ban hanh vao",
    "ban hanh",
    "duoc ky",
    "ky ban hanh",
    "ky",
];

/// Byte length of a publishing verb at the start of `s` followed by "ngày", else 0.
fn publishing_verb(s: &str) -> usize {
    let head = &s[..floor_boundary(s, 48.min(s.len()))];
    let folded = fold(head);
    for verb in PUBLISHING_VERBS {
        let words = verb.split(' ').count();
        let Some(rest) = folded.strip_prefix(verb) else {
            continue;
        };
        if !rest.trim_start().starts_with("ngay ") {
            continue;
        }
        // Skip the same number of words in the original text.
        let mut i = 0;
        for _ in 0..words {
            let r = &s[i..];
            let ws = r.len() - r.trim_start().len();
            let w: usize = r[ws..]
                .chars()
                .take_while(|c| !c.is_whitespace())
                .map(char::len_utf8)
                .sum();
            i += ws + w;
        }
        return i;
    }
    0
}

/// "vụ án … thụ lý số 06/2021/TLST-HS ngày …": a court's docket entry of a case, not a document.
pub(crate) fn is_docket_number(text: &str, sym_start: usize) -> bool {
    let head = text[..sym_start].trim_end().trim_end_matches(':').trim_end();
    let from = floor_boundary(head, head.len().saturating_sub(24));
    let tail = &head[from..];
    if !tail.contains(['ý', 'Ý', 'y', 'Y']) {
        return false;
    }
    let folded = crate::text::fold(tail);
    let words: Vec<&str> = folded.split_whitespace().collect();
    words.ends_with(&["thu", "ly", "so"]) || words.ends_with(&["thu", "ly"])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_before() {
        let t = "triển khai Kế hoạch số 152-KH/QU";
        let b = before(t, t.find("152").unwrap_or(0));
        assert!(b.has_so);
        assert_eq!(b.type_word.map(|(_, w)| w), Some("Kế hoạch"));
        assert_eq!(&t[b.start..], "Kế hoạch số 152-KH/QU");
    }

    #[test]
    fn words_after() {
        let t = "24-CT/TU, ngày 7/8/2023, của Ban Thường vụ Thành ủy về việc";
        let a = after(t, 8);
        assert_eq!(a.date, NaiveDate::from_ymd_opt(2023, 8, 7));
        assert_eq!(a.issuer, Some("Ban Thường vụ Thành ủy"));
        let t = "24-CT/TU của các cấp ủy";
        assert_eq!(after(t, 8).issuer, None);
        let t = "38/2023/NĐ-CP của Chính phủ ngày 24 tháng\n6 năm 2023 sửa đổi";
        assert_eq!(
            after(t, t.find(" của").unwrap_or(0)).date,
            NaiveDate::from_ymd_opt(2023, 6, 24)
        );
        let t = "132-HD/BTGTW được ban hành ngày 10/4/2020.";
        assert_eq!(after(t, 12).date, NaiveDate::from_ymd_opt(2020, 4, 10));
        let t = "132-HD/BTGTW ban hành kèm theo ngày 10/4/2020";
        assert_eq!(after(t, 12).date, None);
    }
}
