//! "29-NQ/TW ngày\n\n                      an\n   04/11/2013": a PDF's text layer read with its
//! layout (`pdftotext -layout`) interleaves the letters of a diagonal watermark or stamp as
//! short lines far to the right, one of which can fall between "ngày" at a line's end and the
//! date on a later line. Such lines are skipped: blank, or two or three letters (a hyphen allowed)
//! indented by twenty spaces or more — never a digit, which could be the day.

use crate::text::fold;

/// Most lines skipped between "ngày" and the date.
const MAX_LINES: usize = 8;
/// Least indent of a watermark fragment, in spaces.
const MIN_INDENT: usize = 20;

/// Offset of the date after "ngày" at `q` that ends its line, across blank lines and watermark
/// fragments.
pub(super) fn date_after_fragments(text: &str, q: usize) -> Option<usize> {
    let word_end = q + text[q..].char_indices().nth(4).map(|(i, _)| i)?;
    if fold(&text[q..word_end]) != "ngay" {
        return None;
    }
    let mut rest = text[word_end..].trim_start_matches([' ', '\r']).strip_prefix('\n')?;
    let mut fragments = 0;
    for _ in 0..MAX_LINES {
        let (line, next) = rest.split_once('\n').unwrap_or((rest, ""));
        let body = line.trim_start_matches(' ').trim_end();
        let indent = line.len() - line.trim_start_matches(' ').len();
        if body.starts_with(|c: char| c.is_ascii_digit()) {
            // The date's line, after at least one fragment (blank lines alone are the usual
            // readers').
            return (fragments > 0).then(|| text.len() - rest.len() + indent);
        }
        let fragment = (2..=3).contains(&body.chars().count())
            && body.chars().all(|c| c.is_alphabetic() || c == '-')
            && indent >= MIN_INDENT;
        if !body.is_empty() && !fragment {
            return None;
        }
        fragments += usize::from(fragment);
        rest = next;
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fragments() {
        let pad = " ".repeat(30);
        let t = format!("ngày\n\n{pad}an\n   04/11/2013 của");
        let q = date_after_fragments(&t, 0).unwrap();
        assert!(t[q..].starts_with("04/11/2013"));
        // A digit fragment, a word at the margin, no fragment at all: not skipped here.
        assert_eq!(date_after_fragments(&format!("ngày\n{pad}14\n04/11/2013"), 0), None);
        assert_eq!(date_after_fragments("ngày\nan\n04/11/2013", 0), None);
        assert_eq!(date_after_fragments("ngày\n\n04/11/2013", 0), None);
        assert_eq!(date_after_fragments(&format!("ngày 5\n{pad}an\n04/11/2013"), 0), None);
    }
}
