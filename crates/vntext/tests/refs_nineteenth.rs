//! Kinds of reference the nineteenth round (unseen19r: old symbol shapes of 1957–2005,
//! ministries' circulars, provincial People's Council resolutions, tables of documents, Căn cứ
//! chains, OCR and PDF text) found missed or misread, each with texts written for this test (none
//! copied from the set).

#[allow(dead_code)] // only the references helper is used here
mod measure;
use measure::found_refs as refs;
use vntext::parse_symbol;

#[test]
fn issue_date_column_of_a_table() {
    // A Markdown table of documents: the row's own document takes the date in the column the
    // header names "Ngày ban hành", ISO or d/m/y; a document cited inside the row's title keeps its
    // own date, and a second mention of the row's document takes the date through the first.
    let t = "| TT | Ký hiệu | Trích yếu | Ngày ban hành |\n|---|---|---|---|\n\
             | 1 | `17/2009/TT-BYT` | Thông tư 17/2009/TT-BYT hướng dẫn Nghị định 79/2006/NĐ-CP ngày 9/8/2006 | 2009-10-12 |\n\
             | 2 | Công văn 812/BYT-KH về kế hoạch | Bộ Y tế | 03/02/2010 |\n";
    assert_eq!(
        refs(t),
        [
            "17/2009/TT-BYT@2009-10-12",
            "17/2009/TT-BYT@2009-10-12",
            "79/2006/NĐ-CP@2006-08-09",
            "812/BYT-KH@2010-02-03"
        ]
    );
    // No date column named in the header: the dates of other columns are not issue dates.
    let t = "| TT | Văn bản | Hiệu lực |\n|---|---|---|\n| 1 | Quyết định 44/QĐ-UBND | 01/01/2021 |\n";
    assert_eq!(refs(t), ["44/QĐ-UBND@-"]);
}

#[test]
fn old_number_code_symbols_without_slash() {
    // The Government's decrees and decisions before 1999 (and older documents) were numbered
    // "NUMBER-CODE": read after "số", a type word or a metadata label, kept as written.
    assert_eq!(
        refs("Căn cứ Nghị định số 43-CP ngày 16-7-1993 của Chính phủ;"),
        ["43-CP@1993-07-16"]
    );
    assert_eq!(refs("theo Quyết định 64-HĐBT ngày 10/6/1986"), ["64-HĐBT@1986-06-10"]);
    assert_eq!(
        refs("Số hiệu: | 52-CP | Loại văn bản: | Nghị định |\nNgày ban hành: | 19/08/1994 |"),
        ["52-CP@1994-08-19"]
    );
    // Without "số" or a type word the shape is no reference (a team, a model, a code).
    assert!(refs("Tổ 15-KP tham gia; xe 29-LD đỗ tại sân").is_empty());
    let s = parse_symbol("43-CP").unwrap();
    assert_eq!((s.normalized.as_str(), s.doc_type.as_deref()), ("43-CP", None));
    assert_eq!(parse_symbol("217-QĐ").unwrap().doc_type.as_deref(), Some("QĐ"));
    assert!(parse_symbol("43-C").is_err());
}

#[test]
fn range_of_numbers_sharing_one_tail() {
    assert_eq!(
        refs("thực hiện các Quyết định số 101-103/QĐ-UBND ngày 5/1/2024 của UBND tỉnh"),
        [
            "101/QĐ-UBND@2024-01-05",
            "102/QĐ-UBND@2024-01-05",
            "103/QĐ-UBND@2024-01-05"
        ]
    );
    // A period, a range too wide, or no "số" or type word before it: no references.
    assert!(refs("giai đoạn 2021-2025/năm; trang 12-40/KH").is_empty());
    assert!(refs("Nghị quyết số 1-90/NQ-HĐND ngày 5/1/2024").is_empty());
}

#[test]
fn dated_record_line_of_an_effect_history() {
    // A database's history table: the row "date — Văn bản được ban hành — symbol" gives the issue
    // date; effect rows do not, and their mentions take the issue date through the first.
    let t = "Ngày Trạng thái Văn bản nguồn\n12/05/2004 Văn bản được ban hành 55/2004/TT-BTC\n\
             01/06/2004 Văn bản có hiệu lực 55/2004/TT-BTC\n";
    assert_eq!(refs(t), ["55/2004/TT-BTC@2004-05-12", "55/2004/TT-BTC@2004-05-12"]);
    let t = "01/06/2004 Văn bản có hiệu lực 56/2004/TT-BTC\n";
    assert_eq!(refs(t), ["56/2004/TT-BTC@-"]);
}

#[test]
fn year_word_typed_twice() {
    assert_eq!(
        refs("Quyết định số 12/TTg ngày 3 tháng 2 năm năm 1994 của Thủ tướng"),
        ["12/TTg@1994-02-03"]
    );
}

#[test]
fn finance_ministry_code_before_a_slash() {
    // "TC/TCT", "TC/ĐT": the Finance Ministry's old code and a unit, the slash kept; a type
    // before a slash ("QĐ/TTg") is still the type's hyphen.
    assert_eq!(
        refs("Công văn số 4512/TC/TCT ngày 20/4/2003"),
        ["4512/TC/TCT@2003-04-20"]
    );
    assert_eq!(refs("| 3 | `977/TC/ĐT` |"), ["977/TC/ĐT@-"]);
    assert_eq!(refs("Quyết định 733/QĐ/TTg ngày 1/2/2005"), ["733/QĐ-TTg@2005-02-01"]);
}

#[test]
fn ocr_stroke_before_the_assembly_term() {
    let s = parse_symbol("721/NQ-UBTVQHI14").unwrap();
    assert_eq!(s.normalized, "721/NQ-UBTVQH14");
    assert!(!s.fixes.is_empty());
    let s = parse_symbol("45/2019/QH14").unwrap();
    assert!(s.fixes.is_empty());
}

#[test]
fn space_before_the_dot_for_the_hyphen() {
    assert_eq!(
        refs("Xét tờ trình số 14/TTr .UBND ngày 2/3/2002"),
        ["14/TTr-UBND@2002-03-02"]
    );
    // A capitalised word after the dot is the next sentence, not an issuer.
    assert!(
        refs("theo Công văn số 8/UBND-VX .Theo đó")
            .iter()
            .all(|r| !r.contains("Theo"))
    );
    assert!(
        refs("theo Quyết định số 8/QĐ .Theo đó")
            .iter()
            .all(|r| !r.contains("Theo"))
    );
}
