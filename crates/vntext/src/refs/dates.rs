//! Where a reference's date is when it is not right after the symbol: the place-and-date
//! line of a header ("Số: 01/CT-UBND | Hà Nội, ngày 22 tháng 12 năm 2022"), a metadata
//! row ("Ngày ban hành: 26/05/2017"), a date written before the reference with an issuing
//! verb ("Ngày 21/4/2025, … đã ban hành Kế hoạch số …"), "cùng ngày" (the date of the
//! reference before), or another mention of the same symbol.

use chrono::NaiveDate;
use serde::Serialize;

use crate::date::parse_date_prefix;
use crate::text::{fold, fold_with_map};

/// How a reference's date was found.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum DateSource {
    /// Right after the symbol ("… ngày 22/12/2022").
    After,
    /// The place-and-date line or "Ngày ban hành" row of a header or metadata block.
    Header,
    /// Before the reference, with an issuing verb ("Ngày 25/3/2020, Sở … ban hành …").
    Before,
    /// "… và Kế hoạch số … cùng ngày": the date of the previous reference.
    SameDay,
    /// Another mention of the same symbol in the text gives the date.
    SameSymbol,
}

impl DateSource {
    /// `"after"`, `"header"`, `"before"`, `"same_day"` or `"same_symbol"`.
    pub fn as_str(&self) -> &'static str {
        match self {
            DateSource::After => "after",
            DateSource::Header => "header",
            DateSource::Before => "before",
            DateSource::SameDay => "same_day",
            DateSource::SameSymbol => "same_symbol",
        }
    }
}

/// The evidence for a reference's date: the byte span of the date in the text and how
/// it was tied to the reference.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct DateEvidence {
    pub start: usize,
    pub end: usize,
    pub source: DateSource,
}

const HEADER_WINDOW: usize = 400;
const BEFORE_WINDOW: usize = 240;

/// Labels that introduce a document's own number in a header or metadata block (folded,
/// letters only).
const NUMBER_LABELS: &[&str] = &[
    "so",
    "so hieu",
    "so hieu van ban",
    "so ky hieu",
    "nghi quyet so",
    "quyet dinh so",
];

/// Whether the symbol starting at `sym_start` is the number of a header or metadata
/// block: only a label such as "Số:" or "| Số hiệu |" precedes it on its line.
pub(crate) fn is_header_number(text: &str, sym_start: usize) -> bool {
    let line_start = text[..sym_start].rfind('\n').map(|p| p + 1).unwrap_or(0);
    let mut head = &text[line_start..sym_start];
    // "Số:\n14/2007/QĐ-UBND": the label on the line before; "Số:\n\n3970/QĐ-UBND" (OCR and web
    // text that doubled the line breaks): the label on the nearest non-blank line before.
    let mut at = line_start;
    for _ in 0..3 {
        if !head.trim().is_empty() || at == 0 {
            break;
        }
        let prev_start = text[..at - 1].rfind('\n').map(|p| p + 1).unwrap_or(0);
        head = &text[prev_start..at - 1];
        at = prev_start;
    }
    // "… Độc lập Tự do Hạnh phúc Số: 46/2019/QĐUBND Cao Bằng, ngày …": PDF text that put the
    // whole header on one line keeps the label "Số:" (capital, colon) right before the number.
    let label = head.trim_end().trim_end_matches(':');
    if head.trim_end().ends_with(':') && label.trim_end().ends_with("Số") {
        let before_label = label.trim_end().trim_end_matches("Số");
        if before_label.chars().next_back().is_none_or(|c| !c.is_alphanumeric()) {
            return true;
        }
    }
    // "S : 03/2019/NQHĐTP ố": PDF text that moved the letters with tone marks to the end of the
    // line keeps "S :" for "Số:", and the "ố" at the end of the number's line.
    let line_end = text[sym_start..].find('\n').map_or(text.len(), |p| sym_start + p);
    if head.trim().strip_suffix(':').is_some_and(|l| l.trim_end() == "S")
        && text[sym_start..line_end].trim_end().ends_with('ố')
    {
        return true;
    }
    // "ĐẢNG ỦY XÃ LA BẰNG * Số 09 KH/ĐU ĐẢNG CỘNG SẢN VIỆT NAM La Bằng, ngày …": a Party
    // header flattened onto one line keeps the asterisk under the issuer's name before "Số".
    if let Some(before_label) = head.trim_end().strip_suffix("Số")
        && before_label.trim_end().ends_with('*')
    {
        return true;
    }
    // "HỘI ĐỒNG NHÂN DÂN TỈNH PHÚ YÊN Số 48 2012 NQ-HĐND CỘNG HÒA XÃ HỘI …": a State header
    // flattened onto one line without the label's colon: "Số" after the issuer's upper-case name,
    // the national motto right after the number.
    if let Some(before_label) = head.trim_end().strip_suffix("Số")
        && before_label.ends_with(' ')
        && upper_word_before(before_label)
        && motto_after(text, sym_start)
    {
        return true;
    }
    let letters: String = fold(head)
        .chars()
        .map(|c| if c.is_alphabetic() { c } else { ' ' })
        .collect();
    let words = letters.split_whitespace().collect::<Vec<_>>().join(" ");
    NUMBER_LABELS.contains(&words.as_str())
}

/// The last word of `head` is written in capitals ("… TỈNH PHÚ YÊN ").
fn upper_word_before(head: &str) -> bool {
    let word = head.trim_end().rsplit(char::is_whitespace).next().unwrap_or("");
    word.chars().count() >= 2 && word.chars().all(|c| c.is_uppercase())
}

/// The national motto or the Party's name starts within a short run of upper-case text after
/// the number at `sym_start` (the number itself and nothing in lower case between).
fn motto_after(text: &str, sym_start: usize) -> bool {
    let end = floor(text, (sym_start + 48).min(text.len()));
    let run = &text[sym_start..end];
    ["CỘNG HÒA", "CỘNG HOÀ", "ĐẢNG CỘNG SẢN"]
        .iter()
        .filter_map(|m| run.find(m))
        .min()
        .is_some_and(|k| !run[..k].chars().any(char::is_lowercase))
}

/// "… Độc lập - Tự do - Hạnh phúc Tuy Hòa ngày 12 tháng 7 năm 2012": a flattened header's
/// place-and-date line without its comma — the motto's last words, then one to four capitalised
/// words (the place) before the "ngày" at folded offset `p` of the window.
fn motto_place(f: &str, p: usize, map: &[usize], window: &str) -> bool {
    let Some(k) = f[..p].rfind("hanh phuc") else {
        return false;
    };
    let place: Vec<&str> = window[map[k + "hanh phuc".len()]..map[p]].split_whitespace().collect();
    (1..=4).contains(&place.len()) && place.iter().all(|w| w.starts_with(char::is_uppercase))
}

/// "Số: 61/BVT-TCKT Bắc Ninh. ngày 27 tháng 9 năm 2021": OCR read the comma after the place as a
/// full stop. Taken only when the word before the stop is capitalised (the place, not an
/// abbreviation) and "ngày" after it stays in lower case (a new sentence would start "Ngày");
/// the date is in words.
fn full_stop_place(head: &str, at_ngay: &str) -> bool {
    let Some(place) = head.strip_suffix('.') else {
        return false;
    };
    let word = place.rsplit(char::is_whitespace).next().unwrap_or("");
    let mut chars = word.chars();
    // A capitalised word ("Ninh"), not an abbreviation ("TP.").
    chars.next().is_some_and(char::is_uppercase)
        && word.chars().count() >= 2
        && chars.all(char::is_lowercase)
        && at_ngay.starts_with("ngày")
}

/// Where the search for a header number's date ends: at the next reference, unless that
/// reference is in the "V/v" (về việc) subject line written under the number ("Số: 751/BHXH-CSXH
/// V/v hướng dẫn … theo Thông tư số 01/2013/TT-BLĐTBXH"), which sits above the place-and-date
/// line and names another document.
pub(crate) fn header_limit(text: &str, number_end: usize, next_starts: &[usize]) -> usize {
    next_starts
        .iter()
        .copied()
        .take(4)
        .find(|&s| {
            let end = floor(text, s.min(number_end + HEADER_WINDOW));
            !fold(&text[number_end..end.max(number_end)]).contains("v/v")
        })
        .or_else(|| next_starts.get(4).copied())
        .unwrap_or(text.len())
}

/// The issue date of a header's own number: the first "…, ngày d tháng m năm y" or
/// "Ngày ban hành: d/m/y" after it, before `limit` (the next reference).
pub(crate) fn header_date(text: &str, from: usize, limit: usize) -> Option<(NaiveDate, usize, usize)> {
    let end = floor(text, (from + HEADER_WINDOW).min(limit).min(text.len()));
    let window = &text[from..end];
    let (f, map) = fold_with_map(window);
    let mut search = 0;
    while let Some(k) = f[search..].find("ngay") {
        let p = search + k;
        search = p + 4;
        if p > 0 && f.as_bytes()[p - 1].is_ascii_alphanumeric() {
            continue;
        }
        let at = map[p];
        let head = window[..at].trim_end();
        let labelled = fold(&f[..p]).ends_with("ngay ban hanh") || f[p..].starts_with("ngay ban hanh");
        // "\"Số: 3377 /QĐ-BYT\", \"ngày 30 tháng 8 năm 2023\"": a header quoted in pieces (a table
        // cell citing an OCR'd header) puts its date line in the next quoted piece, whose opening
        // quote follows the comma.
        let placed = head.ends_with(',')
            || head
                .strip_suffix(['"', '\'', '“', '‘'])
                .is_some_and(|h| h.trim_end().ends_with(','))
            || (f[p..].split_whitespace().nth(2) == Some("thang")
                && (motto_place(&f, p, &map, window) || full_stop_place(head, &window[at..])));
        if labelled {
            let label_end = map[(p + "ngay ban hanh".len()).min(f.len())];
            let rest = &window[label_end..];
            let skip = rest.len() - rest.trim_start_matches([':', '|', ' ', '\t', '\u{a0}']).len();
            if let Some((d, len)) = parse_date_prefix(&rest[skip..]).or_else(|| glued_label_date(&rest[skip..])) {
                let s = from + label_end + skip;
                return Some((d, s, s + len));
            }
            // "Ngày ban hành:\nNgày ban hành là ngày, tháng, năm …\n|\n08/10/2025 |": the
            // site's explanation between the label and its value.
            let mut at = label_end;
            for line in window[label_end..].split_inclusive('\n').take(4) {
                let value = line.trim_start_matches([':', '|', ' ', '\t', '\u{a0}']);
                let off = at + line.len() - value.len();
                if value.starts_with(|c: char| c.is_ascii_digit())
                    && let Some((d, len)) = parse_date_prefix(value)
                {
                    return Some((d, from + off, from + off + len));
                }
                at += line.len();
            }
        } else if placed && let Some((d, len)) = parse_date_prefix(&window[at..]) {
            return Some((d, from + at, from + at + len));
        }
    }
    None
}

/// "30/03/2022Ngày hết hiệu lực": a database that glued the next field's label to the value. A
/// numeric date followed at once by a capital letter; the date ends where the label begins.
pub(crate) fn glued_label_date(s: &str) -> Option<(NaiveDate, usize)> {
    let run = s
        .bytes()
        .take_while(|b| b.is_ascii_digit() || matches!(b, b'/' | b'-' | b'.'))
        .count();
    s[run..].starts_with(char::is_uppercase).then_some(())?;
    parse_date_prefix(&s[..run]).filter(|&(_, len)| len == run)
}

/// The issue date of a header's own number written above it: "Hà Tĩnh, ngày 15 tháng 6 năm
/// 2021\n\nSố 369 - CV/BTGTU" (a Party header whose place-and-date line sits in the right
/// column, read before the left column's number). Only the nearest non-blank line above the
/// number's label counts, and only when it is a place-and-date line and nothing else.
pub(crate) fn header_date_above(text: &str, sym_start: usize) -> Option<(NaiveDate, usize, usize)> {
    let mut line_start = text[..sym_start].rfind('\n').map(|p| p + 1).unwrap_or(0);
    // "Số:\n369/…": the label on the line before the number.
    if text[line_start..sym_start].trim().is_empty() && line_start > 0 {
        line_start = text[..line_start - 1].rfind('\n').map(|p| p + 1).unwrap_or(0);
    }
    let above = &text[..line_start];
    let trimmed = above.trim_end();
    let prev_start = trimmed.rfind('\n').map(|p| p + 1).unwrap_or(0);
    let line = &trimmed[prev_start..];
    let (f, map) = fold_with_map(line);
    let p = f.find(", ngay ")? + 2;
    if !line[..map[p - 2]].chars().any(char::is_alphabetic) {
        return None;
    }
    let (d, len) = parse_date_prefix(&line[map[p]..])?;
    let end = map[p] + len;
    line[end..]
        .trim_matches(|c: char| c.is_whitespace() || c == '|')
        .is_empty()
        .then_some((d, prev_start + map[p], prev_start + end))
}

/// Issuing verbs between a date and the reference it dates (folded).
const ISSUING: &[&str] = &[
    "ban hanh",
    "ky",
    "da ra",
    "ra thong bao",
    "co van ban",
    "phat hanh",
    "ban hanh",
];

/// Words that make a preceding date something else than the issue date (folded).
const NOT_ISSUING: &[&str] = &["nhan duoc", "hieu luc", "ap dung", "ke tu"];

/// "Ngày 25/3/2020, Sở Tư pháp ban hành Văn bản số …": a full date earlier in the same
/// sentence, tied to the reference by an issuing verb, with no other reference between.
pub(crate) fn date_before(text: &str, ref_start: usize, prev_ref_end: usize) -> Option<(NaiveDate, usize, usize)> {
    let from = floor(text, ref_start.saturating_sub(BEFORE_WINDOW)).max(prev_ref_end);
    if from >= ref_start {
        return None;
    }
    let window = &text[from..ref_start];
    // The sentence the reference is in.
    // A line break ends the sentence unless the next line goes on in lowercase (PDF
    // text: "Ngày 21/04/2015, Thủ tướng Chính\nphủ đã ban hành Chỉ thị số …").
    let line_start = window
        .rmatch_indices('\n')
        .map(|(p, _)| p + 1)
        .find(|&p| !window[p..].trim_start().starts_with(char::is_lowercase));
    let sentence_start = window
        .rfind(';')
        .map(|p| p + 1)
        .into_iter()
        .chain(line_start)
        .chain(window.rfind(". ").map(|p| p + 2))
        .max()
        .unwrap_or(0);
    let sentence = &window[sentence_start..];
    let (f, map) = fold_with_map(sentence);
    // "29/10/2003 Văn bản được ban hành 101/2003/TTLT-BTC-BNV": a record whose line starts
    // with the date, no "ngày" before it.
    let lead = sentence.len() - sentence.trim_start().len();
    // "ngay từ ngày 20/6/2020, Bộ Chính trị đã ban hành …": the adverb "ngay" (at once, as early
    // as) folds as "ngày" does; the first "ngày" that opens a date is the one.
    let dated = f
        .match_indices("ngay")
        .map(|(p, _)| map[p])
        .find_map(|at| parse_date_prefix(&sentence[at..]).map(|(d, len)| (at, d, len)));
    let (at, d, len) = match dated {
        Some(x) => x,
        None if f.contains("ngay") => return None,
        None if sentence[lead..].starts_with(|c: char| c.is_ascii_digit()) => {
            let (d, len) = parse_date_prefix(&sentence[lead..])?;
            (lead, d, len)
        }
        None => return None,
    };
    let date_end = at + len;
    let between = fold(&sentence[date_end..]);
    // "Ngày 01/02/2023, Ban Thường vụ Tỉnh ủy có Quyết định số …": "có" right before the
    // reference's type word issues it ("trong đó có …" lists, it does not issue).
    let has_it = between.trim_end().ends_with(" co")
        && !between.trim_end().ends_with("trong do co")
        && !between.trim_end().ends_with("cung co");
    // "Ngày 11/6/2008, Thủ tướng Chính phủ một lần nữa ra Quyết định số …": "ra" right before the
    // type word issues it ("chỉ ra", "nêu ra" point at it); "Đến ngày 29/01/2015, tại Quyết định
    // số …, Thủ tướng … phê duyệt": the date, "tại" and the reference, nothing else between.
    let tail = between.trim_end();
    let ra = tail.ends_with(" ra") && !tail.ends_with("chi ra") && !tail.ends_with("neu ra");
    let at_it = tail.trim_start_matches([',', ' ']) == "tai";
    let verb = has_it || ra || at_it || ISSUING.iter().any(|v| contains_word(&between, v));
    let other = NOT_ISSUING.iter().any(|w| between.contains(w)) || between.contains("ngay ");
    (verb && !other).then(|| (d, from + sentence_start + at, from + sentence_start + date_end))
}

const LABEL_WINDOW: usize = 320;

/// "Nghị quyết 01-NQ/CB: …</div>\n<div>Ban hành: 10/01/2026": a list item or record that gives
/// the document's issue date in a labelled field ("Ban hành:", "Ngày ban hành:") after the
/// reference, before the next reference (`limit`). The colon is required, so running text
/// ("được ban hành ngày …", "ban hành kèm theo …") is not a label.
pub(crate) fn labelled_date_after(text: &str, from: usize, limit: usize) -> Option<(NaiveDate, usize, usize)> {
    let end = floor(text, (from + LABEL_WINDOW).min(limit).min(text.len()));
    let window = text.get(from..end)?;
    // Only the words before each colon are folded: most windows hold no colon at all.
    for (colon, _) in window.match_indices(':') {
        let label = window[floor(window, colon.saturating_sub(24))..colon].trim_end();
        let folded = fold(label);
        let (head, day_field) = match folded.strip_suffix("ban hanh") {
            Some(head) => (head, false),
            None => match folded.strip_suffix("ngay") {
                Some(head) => (head, true),
                None => continue,
            },
        };
        if head.chars().next_back().is_some_and(char::is_alphanumeric) {
            continue;
        }
        // A bare "Ngày:" field gives the date only in the reference's own record line ("soHieu:
        // '188/KH-TĐTN', … ngay: '18/04/2026'") or on the line right after a reference that ends
        // its line ("Bản án số: 19/2021/HS-ST\nNgày: 10 - 3 - 2021").
        if day_field && !same_or_next_line(window, colon) {
            continue;
        }
        let value = &window[colon + 1..];
        let value_trimmed = value.trim_start_matches([' ', '\u{a0}', '\t', '\'', '"']);
        if let Some((d, len)) = parse_date_prefix(value_trimmed) {
            let s = from + window.len() - value_trimmed.len();
            return Some((d, s, s + len));
        }
    }
    None
}

/// Whether the label ending at `colon` stands on the reference's line, or opens the next line
/// when nothing but white space follows the reference on its own.
fn same_or_next_line(window: &str, colon: usize) -> bool {
    let head = &window[..colon];
    match head.find('\n') {
        None => true,
        Some(nl) => {
            let next = &head[nl + 1..];
            window[..nl].trim().is_empty() && !next.contains('\n') && fold(next.trim()) == "ngay"
        }
    }
}

/// "… cùng ngày": right after a reference.
pub(crate) fn says_same_day(text: &str, from: usize) -> bool {
    let rest = &text[from..floor(text, (from + 24).min(text.len()))];
    fold(rest.trim_start_matches([',', ' '])).starts_with("cung ngay")
}

fn contains_word(folded: &str, w: &str) -> bool {
    folded.match_indices(w).any(|(p, _)| {
        let before = folded[..p].chars().next_back().is_none_or(|c| !c.is_alphanumeric());
        let after = folded[p + w.len()..]
            .chars()
            .next()
            .is_none_or(|c| !c.is_alphanumeric());
        before && after
    })
}

pub(crate) fn floor(s: &str, mut i: usize) -> usize {
    while i > 0 && !s.is_char_boundary(i) {
        i -= 1;
    }
    i
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn header_lines() {
        let t = "Số:\n14/2007/QĐ-UBND\n|\nTam\nKỳ, ngày 19 tháng 6 năm 2007\n|";
        let at = t.find("14/").unwrap_or(0);
        assert!(is_header_number(t, at));
        assert_eq!(
            header_date(t, at, t.len()).map(|d| d.0),
            NaiveDate::from_ymd_opt(2007, 6, 19)
        );
        let t = "Số hiệu: 155/KH-UBND Loại văn bản: Văn bản khác\nNgày ban hành: 26/05/2017 Ngày hiệu lực";
        let at = t.find("155").unwrap_or(0);
        assert!(is_header_number(t, at));
        assert_eq!(
            header_date(t, at, t.len()).map(|d| d.0),
            NaiveDate::from_ymd_opt(2017, 5, 26)
        );
        let t = "Căn cứ Nghị định số 12/2020/NĐ-CP";
        assert!(!is_header_number(t, t.find("12/").unwrap_or(0)));
        let t = "Độc lập Tự do Hạnh phúc Số: 46/2019/QĐUBND Cao Bằng, ngày 28 tháng 10 năm 2019 QUYẾT ĐỊNH";
        let at = t.find("46/").unwrap_or(0);
        assert!(is_header_number(t, at));
        assert_eq!(
            header_date(t, at, t.len()).map(|d| d.0),
            NaiveDate::from_ymd_opt(2019, 10, 28)
        );
        let t = "theo Quyết định số: 12/QĐ-UBND";
        assert!(!is_header_number(t, t.find("12/").unwrap_or(0)));
    }

    #[test]
    fn dates_before() {
        let t = "Ngày 25/3/2020, Sở Tư pháp ban hành Văn bản số 473/STP-PBGDPL về việc";
        let at = t.find("Văn bản").unwrap_or(0);
        assert_eq!(date_before(t, at, 0).map(|d| d.0), NaiveDate::from_ymd_opt(2020, 3, 25));
        let t = "Ngày 11/6/2008, Thủ tướng một lần nữa ra Quyết định số 747/TTg-QĐ đổi tên";
        let at = t.find("Quyết").unwrap_or(0);
        assert_eq!(date_before(t, at, 0).map(|d| d.0), NaiveDate::from_ymd_opt(2008, 6, 11));
        let t = "Đến ngày 29/01/2015, tại Quyết định số 158/QĐ-TTg, Thủ tướng phê duyệt";
        let at = t.find("Quyết").unwrap_or(0);
        assert_eq!(date_before(t, at, 0).map(|d| d.0), NaiveDate::from_ymd_opt(2015, 1, 29));
        let t = "Ngày 29/01/2015, tại hội nghị, đồng chí chỉ ra Quyết định số 158/QĐ-TTg";
        let at = t.find("Quyết").unwrap_or(0);
        assert_eq!(date_before(t, at, 0), None);
        let t = "Ngày 20/7/2018, Ủy ban nhân dân tỉnh nhận được Văn bản số 5658/BCT-CTĐP";
        let at = t.find("Văn bản").unwrap_or(0);
        assert_eq!(date_before(t, at, 0), None);
    }
}
