//! Time words that a lossy conversion broke, put back before the phrase is read (twenty-second
//! round). Two kinds of text reach the engine this way:
//! - HTML or Word files read in the wrong code page drop the vowels of the legacy encoding:
//!   "ngày" becomes "ngy", "tháng" "thng", "Quý IV/2025" "Qu IV/2025", "hoàn thành" "hon thnh"
//!   ("Thời gian hon thnh: Qu IV/2025 v Qu I/2026");
//! - Windows-1258 text read as Latin-1 writes "ý" as "ư": "định kỳ hằng quư", "Thư kư".
//!
//! Only words that do not exist in Vietnamese are rewritten ("ngy", "thng", "quư"), and "qu" only
//! right before a quarter's number, so sound text is never touched.

/// The folded phrase with the broken time words restored.
pub(crate) fn repair(folded: &str) -> String {
    if !["ngy", "thng", "qu", "thnh"].iter().any(|w| folded.contains(w)) {
        return folded.to_string();
    }
    let words: Vec<&str> = folded.split(' ').collect();
    let mut out: Vec<String> = Vec::with_capacity(words.len());
    for (k, w) in words.iter().enumerate() {
        let (core, tail) = split_tail(w);
        let next = words.get(k + 1).map_or("", |n| split_tail(n).0);
        let fixed = match core {
            "ngy" => Some("ngay"),
            "thng" => Some("thang"),
            // "quư" folds to "quu"; "qu" is "quý" with its vowel dropped.
            "quu" => Some("quy"),
            "qu" if numbers_a_quarter(next) => Some("quy"),
            "thnh" if k > 0 && split_tail(words[k - 1]).0 == "hon" => Some("thanh"),
            "hon" if next == "thnh" => Some("hoan"),
            _ => None,
        };
        match fixed {
            Some(f) => out.push(format!("{f}{tail}")),
            None => out.push((*w).to_string()),
        }
    }
    out.join(" ")
}

/// A word and the punctuation that closes it ("thng," → "thng", ",").
fn split_tail(w: &str) -> (&str, &str) {
    let end = w.trim_end_matches([',', '.', ';', ':', ')']).len();
    w.split_at(end)
}

/// "1", "4/2025", "iv/2025", "ii": the number of a quarter after "quý".
fn numbers_a_quarter(next: &str) -> bool {
    let head = next.split('/').next().unwrap_or("");
    ["i", "ii", "iii", "iv"].contains(&head) || (head.len() == 1 && head.starts_with(['1', '2', '3', '4']))
}

#[cfg(test)]
mod tests {
    use super::repair;

    #[test]
    fn broken_time_words_are_restored() {
        assert_eq!(
            repair("- thoi gian hon thnh: qu iv/2025 v qu i/2026;"),
            "- thoi gian hoan thanh: quy iv/2025 v quy i/2026;"
        );
        assert_eq!(repair("ngy thng 11/2025"), "ngay thang 11/2025");
        assert_eq!(repair("dinh ky hang quu bao cao"), "dinh ky hang quy bao cao");
        // sound words stay: "qua", "quy dinh", "qu" before no quarter number
        assert_eq!(repair("qua 3 thang"), "qua 3 thang");
        assert_eq!(repair("qu 2025"), "qu 2025");
    }
}
