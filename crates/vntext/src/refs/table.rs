//! Dates given by a table's column: a Markdown or text table whose header names an issue-date
//! column ("| STT | Số hiệu | Trích yếu | Ngày ban hành |") gives, in each row, the date of the
//! document that row lists ("| 3 | `06/TC/TCT` | Công văn số 06/TC/TCT … | 2004-01-02 |").

use chrono::NaiveDate;

use crate::date::parse_date_prefix;
use crate::text::fold;

/// Header cells (folded) that name the issue-date column.
const DATE_COLUMNS: &[&str] = &["ngay ban hanh", "ngay ky", "ngay van ban", "ngay ky ban hanh"];

/// Longest table row read, in bytes.
const MAX_ROW: usize = 4096;

/// How many lines above a row the header row may be.
const MAX_ROWS_ABOVE: usize = 80;

/// The date in the issue-date column of the row holding `sym_start`, if the row is a line of a
/// `|` table whose header names such a column, the reference is the first one in its row (the
/// row's own document: the others are cited inside its cells) and it is not in that column.
/// `prev_start` is the start of the reference before it, if any.
pub(crate) fn row_date(text: &str, sym_start: usize, prev_start: Option<usize>) -> Option<(NaiveDate, usize, usize)> {
    // The row's start: a table row is one line, and its line is not longer than MAX_ROW bytes
    // (the bound keeps running text without line breaks from being scanned back for each
    // reference).
    let mut from = sym_start.saturating_sub(MAX_ROW);
    while !text.is_char_boundary(from) {
        from -= 1;
    }
    let line_start = match text[from..sym_start].rfind('\n') {
        Some(p) => from + p + 1,
        None if from == 0 => 0,
        None => return None,
    };
    if !text[line_start..sym_start].trim_start().starts_with('|') {
        return None;
    }
    if prev_start.is_some_and(|p| p >= line_start) {
        return None;
    }
    let line_end = text[sym_start..].find('\n').map_or(text.len(), |p| sym_start + p);
    if line_end - line_start > MAX_ROW {
        return None;
    }
    let row = &text[line_start..line_end];
    if !row.trim_start().starts_with('|') || row.matches('|').count() < 3 {
        return None;
    }
    let column = date_column(text, line_start)?;
    // The row's cells with their offsets; the first `|` opens the first cell.
    let mut cells = Vec::new();
    let mut from = None;
    for (p, _) in row.match_indices('|') {
        if let Some(s) = from {
            cells.push((line_start + s, line_start + p));
        }
        from = Some(p + 1);
    }
    let &(s, e) = cells.get(column)?;
    if (s..e).contains(&sym_start) {
        return None;
    }
    let cell = &text[s..e];
    let value = cell.trim_start_matches([' ', '\u{a0}', '\t', '`', '*']);
    let (d, len) = parse_date_prefix(value)?;
    let at = e - cell.len() + (cell.len() - value.len());
    // The cell holds the date and nothing more but marks.
    value[len..]
        .trim_matches([' ', '\u{a0}', '\t', '`', '*'])
        .is_empty()
        .then_some((d, at, at + len))
}

/// The index of the issue-date column of the `|` table a row starting at `row_start` belongs to:
/// the header row is the table's first line, above its `|---|` separator.
fn date_column(text: &str, row_start: usize) -> Option<usize> {
    let mut end = row_start;
    for _ in 0..MAX_ROWS_ABOVE {
        if end == 0 {
            return None;
        }
        let start = text[..end - 1].rfind('\n').map_or(0, |p| p + 1);
        let line = text[start..end - 1].trim();
        if !line.starts_with('|') {
            return None;
        }
        let separator = line.chars().all(|c| matches!(c, '|' | '-' | ':' | ' '));
        if separator {
            let head_start = text[..start.saturating_sub(1)].rfind('\n').map_or(0, |p| p + 1);
            let header = text.get(head_start..start.saturating_sub(1))?.trim();
            let cells: Vec<String> = header.trim_matches('|').split('|').map(|c| fold(c.trim())).collect();
            return cells.iter().position(|c| DATE_COLUMNS.contains(&c.as_str()));
        }
        end = start;
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn date_of_the_row_in_its_column() {
        let t = "| Số | Tên | Ngày ban hành |\n|---|---|---|\n| 1 | Quyết định 5/QĐ-X về A | 2004-01-02 |\n";
        let at = t.find("5/QĐ").unwrap();
        assert_eq!(row_date(t, at, None).map(|x| x.0), NaiveDate::from_ymd_opt(2004, 1, 2));
        // A second reference in the row is cited inside it, not the row's document.
        assert_eq!(row_date(t, at, Some(at - 3)), None);
        let no_header = "| 1 | Quyết định 5/QĐ-X | 2004-01-02 |\n";
        assert_eq!(row_date(no_header, no_header.find("5/").unwrap(), None), None);
    }
}
