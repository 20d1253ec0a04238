//! A register of documents whose record gives the issue date in a field of its own: an SQL row
//! `(50, '117-QĐ/TW', 'Quy định', 'Về xin lỗi …', '2023-08-18', 1, 1, '2024-12-23 01:10:09')`, a
//! tab-separated row `117-QĐ/TW<TAB>Quy định<TAB>…<TAB>2023-08-18`.

use chrono::NaiveDate;

/// The date of the reference whose symbol is a whole field of a record (`'117-QĐ/TW'` between
/// quotes, or between tabs): the first later field of the same line, before the next reference
/// (`limit`), that is an ISO date `YYYY-MM-DD` and nothing else. The field must be unnamed — an
/// element of a row after a comma or a tab —, so "effectiveFrom: '2025-07-01'" (a named field,
/// another date) and "'2024-12-23 01:10:09'" (a timestamp) give nothing.
pub(crate) fn record_date(
    text: &str,
    sym_start: usize,
    sym_end: usize,
    limit: usize,
) -> Option<(NaiveDate, usize, usize)> {
    let head = text[..sym_start].trim_end_matches(' ');
    let open = head.chars().next_back();
    let rest = text[sym_end..].trim_start_matches(' ');
    let delim = match open {
        Some(q @ ('\'' | '"' | '\t')) => q,
        // A tab-separated row that starts with the symbol.
        None | Some('\n') if rest.starts_with('\t') => '\t',
        _ => return None,
    };
    if !rest.starts_with(delim) {
        return None;
    }
    let line_end = text[sym_end..].find('\n').map_or(text.len(), |p| sym_end + p);
    let end = line_end.min(limit.max(sym_end));
    let line = &text[sym_end..end];
    let mut at = 0;
    while let Some(k) = line[at..].find(delim) {
        let open_at = at + k;
        at = open_at + delim.len_utf8();
        let value = &line[at..];
        let Some(date) = iso_date(value) else { continue };
        let closed = value[10..].starts_with(delim) || (delim == '\t' && value[10..].trim_end().is_empty());
        let unnamed = delim == '\t' || line[..open_at].trim_end_matches(' ').ends_with(',');
        if closed && unnamed {
            let s = sym_end + at;
            return Some((date, s, s + 10));
        }
    }
    None
}

/// Names of a record's field that holds the document's issue date ("ngay_ban_hanh": "29 tháng 8
/// năm 2025", `issueDate: '2025-08-29'`), folded, with `_`, `-` and spaces removed. An effective
/// date ("ngay_hieu_luc", "effectiveDate") or a record's own timestamps are other dates.
const ISSUE_DATE_FIELDS: &[&str] = &[
    "ngaybanhanh",
    "issuedate",
    "issueddate",
    "dateissued",
    "ngayky",
    "ngaykybanhanh",
];

/// The date of a record's symbol field given by a later field named as the issue date, on the
/// following lines of the same record, before the next reference (`limit`): `"so_ky_hieu":
/// "13/2025/TTLT-BTP-BNG-TANDTC",` then `"ngay_ban_hanh": "29 tháng 8 năm 2025",`. A named
/// field is read only when its name says "issue date": a specialist reads it as one.
pub(crate) fn named_issue_date(
    text: &str,
    sym_start: usize,
    sym_end: usize,
    limit: usize,
) -> Option<(NaiveDate, usize, usize)> {
    if !opens_field(text, sym_start) {
        return None;
    }
    let end = limit.max(sym_end).min(text.len());
    let mut at = sym_end;
    for line in text[sym_end..end].split_inclusive('\n') {
        let line_start = at;
        at += line.len();
        let Some(colon) = line.find([':', '=']) else { continue };
        let key: String = crate::text::fold(line[..colon].trim_matches([' ', '\t', '"', '\'', ',', '{']))
            .chars()
            .filter(|c| c.is_alphanumeric())
            .collect();
        if !ISSUE_DATE_FIELDS.contains(&key.as_str()) {
            continue;
        }
        let value = line[colon + 1..].trim_start_matches([' ', '"', '\'']);
        let len = value.find(['"', '\'', ',', '\n']).unwrap_or(value.len());
        let date = crate::date::parse_date(value[..len].trim())?;
        let s = line_start + (line.len() - line[colon + 1..].len()) + (line[colon + 1..].len() - value.len());
        return Some((date, s, s + len));
    }
    None
}

/// Whether the symbol starting at `sym_start` opens a field: a quote or a tab right before it.
pub(crate) fn opens_field(text: &str, sym_start: usize) -> bool {
    text[..sym_start].trim_end_matches(' ').ends_with(['\'', '"', '\t'])
}

/// `YYYY-MM-DD` at the start of `s`.
fn iso_date(s: &str) -> Option<NaiveDate> {
    let b = s.as_bytes();
    let digits = |r: std::ops::Range<usize>| b.get(r.clone()).is_some_and(|x| x.iter().all(u8::is_ascii_digit));
    if !(digits(0..4) && b.get(4) == Some(&b'-') && digits(5..7) && b.get(7) == Some(&b'-') && digits(8..10)) {
        return None;
    }
    let (y, m, d) = (s[0..4].parse().ok()?, s[5..7].parse().ok()?, s[8..10].parse().ok()?);
    (1900..=2100)
        .contains(&y)
        .then(|| NaiveDate::from_ymd_opt(y, m, d))
        .flatten()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn date_of(t: &str, sym: &str) -> Option<NaiveDate> {
        let s = t.find(sym).unwrap_or(0);
        record_date(t, s, s + sym.len(), t.len()).map(|d| d.0)
    }

    #[test]
    fn record_fields() {
        let t = "(50, '117-QĐ/TW', 'Quy định', 'Về xin lỗi, phục hồi', '2023-08-18', 1, '2024-12-23 01:10:09'),";
        assert_eq!(date_of(t, "117-QĐ/TW"), NaiveDate::from_ymd_opt(2023, 8, 18));
        let t = "117-QĐ/TW\tQuy định\tVề xin lỗi\t2023-08-18\t1";
        assert_eq!(date_of(t, "117-QĐ/TW"), NaiveDate::from_ymd_opt(2023, 8, 18));
        // A named field, a timestamp, a symbol inside a longer field: nothing.
        assert_eq!(
            date_of("code: '204/2025/QH15',\n effectiveFrom: '2025-07-01',", "204/2025/QH15"),
            None
        );
        assert_eq!(
            date_of("code: '204/2025/QH15', effectiveFrom: '2025-07-01',", "204/2025/QH15"),
            None
        );
        assert_eq!(date_of("('104-CV/ĐU', '2025-10-10 00:00:00+07')", "104-CV/ĐU"), None);
        assert_eq!(
            date_of("('Thông tư 132/2018/TT-BTC Chế độ', '2019-06-24')", "132/2018/TT-BTC"),
            None
        );
    }
}
