//! Twenty-second round (references): the kinds unseen22r showed the engine missing, each on text
//! written anew for the test (not copied from the set).
// Tests fail loudly where they fail: unwrap, expect and panic are their assertions.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use vntext::refs::extract_refs;

/// (symbol, date) of every reference found, dates as `YYYY-MM-DD` or `-`.
fn refs(text: &str) -> Vec<(String, String)> {
    extract_refs(text)
        .into_iter()
        .map(|r| (r.symbol.normalized, r.date.map_or("-".to_string(), |d| d.to_string())))
        .collect()
}

fn one(symbol: &str, date: &str) -> Vec<(String, String)> {
    vec![(symbol.to_string(), date.to_string())]
}

/// A record whose symbol is a field and whose issue date is a later field named as such.
#[test]
fn named_issue_date_field_dates_the_record() {
    let json = "{\n  \"so_hieu\": \"27/2024/TT-BNV\",\n  \"trich_yeu\": \"Hướng dẫn công tác văn thư\",\n  \"ngay_ban_hanh\": \"15 tháng 3 năm 2024\",\n  \"ngay_hieu_luc\": \"2024-05-01\"\n}";
    assert_eq!(refs(json), one("27/2024/TT-BNV", "2024-03-15"));
    let js = "  { soKyHieu: '118/QĐ-UBND', issueDate: '2025-02-07', effectiveDate: '2025-02-07' },";
    assert_eq!(refs(js), one("118/QĐ-UBND", "2025-02-07"));
    // An effective-date field alone is no issue date.
    let effective = "{\n  \"so_hieu\": \"27/2024/TT-BNV\",\n  \"ngay_hieu_luc\": \"01/5/2024\"\n}";
    assert_eq!(refs(effective), one("27/2024/TT-BNV", "-"));
    // The named field belongs to the record whose symbol comes first, not to one quoted in prose.
    let prose = "Theo Thông tư 27/2024/TT-BNV, ngày ban hành: xem bảng";
    assert_eq!(refs(prose), one("27/2024/TT-BNV", "-"));
}

/// OCR read the "1" of the National Assembly's term as an "I" or an "l".
#[test]
fn national_assembly_term_read_with_a_letter() {
    assert_eq!(refs("Luật Thủ đô 39/2024/QHI5 quy định"), one("39/2024/QH15", "-"));
    assert_eq!(
        refs("theo Luật số 58/2014/QHl3 ngày 20/11/2014"),
        one("58/2014/QH13", "2014-11-20")
    );
    // Other issuers ending in a letter and a digit are left alone.
    assert_eq!(refs("Công văn số 12/UBND-VI5 ngày 03/4/2025")[0].0, "12/UBND-VI5");
}
