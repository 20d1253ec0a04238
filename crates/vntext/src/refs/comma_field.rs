//! A register of documents exported as comma-separated rows — a portal's listing crawled to CSV,
//! a spreadsheet saved as text: `502,4522/UBND-VX,08/09/2021,"thực hiện chỉ đạo …",…` (row index,
//! symbol, issue date, abstract, …). The symbol is a field of its own, glued to the commas around
//! it (round 27). Its date, the next field glued after a comma, is read as `context::after`
//! reads "Kế hoạch số 152-KH/QU, 13/9/2023": nothing more is needed for it.
//!
//! Running text puts a space after a comma, so a comma glued before a number ("1,5", "502,4522")
//! ends the scanner's interest (`scan::starts_word`). Here the row's shape decides: the comma is a
//! field boundary only when everything from the line's start to it is space-free (the row's
//! earlier fields: an index, an id) and the symbol read after it is a whole one that closes its
//! field.

/// Whether a symbol may start at `i` right after a field comma of a comma-separated row: the
/// byte before `i` is a comma and the line up to that comma holds no blank (the row's earlier
/// fields, e.g. its index). "Tỷ lệ 1,5/…" (prose: blanks before) and "…, 12/QĐ" (a blank after
/// the comma, read as before) are not this shape.
pub(super) fn starts_field(text: &str, i: usize) -> bool {
    let Some(head) = text[..i].strip_suffix(',') else {
        return false;
    };
    let line = head.rfind('\n').map_or(head, |p| &head[p + 1..]);
    !line.chars().any(char::is_whitespace)
}

/// Whether the symbol ending at `end` closes its field: a comma, a tab, a semicolon, the line's
/// end or the text's end right after it.
pub(super) fn closes_field(text: &str, end: usize) -> bool {
    matches!(
        text.as_bytes().get(end),
        None | Some(b',' | b'\t' | b';' | b'\n' | b'\r')
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn field_starts_only_after_a_space_free_row_head() {
        let row = "17,88/KH-UBND,01/02/2020,abc";
        assert!(starts_field(row, 3));
        assert!(closes_field(row, 3 + "88/KH-UBND".len()));
        assert!(starts_field(",88/KH-UBND,x", 1));
        let prose = "Tỷ lệ 1,5/2";
        assert!(!starts_field(prose, prose.find("5/").unwrap_or(0)));
        let spaced = "theo 12, 13/QĐ";
        assert!(!starts_field(spaced, spaced.find("13/").unwrap_or(0)));
        assert!(!closes_field("88/KH-UBNDx", "88/KH-UBND".len()));
    }
}
