//! Round 26 (references): the kind of unseen26r's miss, on text written for the test (not copied
//! from the set): a symbol that a PDF table cell or a narrow column wrapped right after a slash,
//! the type and issuer opening the next line. Then two shapes of the same gazette tables seen in
//! the rows after the set's cut (not labelled in it): a cell's "Số …;" line with the date on the
//! next line, and a footnote number glued to the year.
// Tests fail loudly where they fail: unwrap, expect and panic are their assertions.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod reading;
use reading::found;

#[test]
fn symbol_wrapped_after_the_slash() {
    // After the year's slash, with and without a space before the break.
    assert_eq!(
        found("+ Nghị định số 52/2019/\nNĐ-CP ngày 14/6/2019 của Chính\nphủ quy định"),
        ["52/2019/NĐ-CP@2019-06-14"]
    );
    assert_eq!(
        found("Thông tư số 08/2017/ \nTT-BLĐTBXH ngày 10/3/2017 của Bộ"),
        ["08/2017/TT-BLĐTBXH@2017-03-10"]
    );
    // After the number's slash, a symbol without a year.
    assert_eq!(
        found("theo Quyết định số 1187/\nQĐ-UBND ngày 05/5/2021 của UBND tỉnh"),
        ["1187/QĐ-UBND@2021-05-05"]
    );
}

#[test]
fn line_after_a_slash_that_is_not_a_type() {
    // The next line opens with a word, a type without its hyphen or a date: nothing is joined.
    assert_eq!(found("số 52/2019/\nChính phủ ban hành"), Vec::<String>::new());
    assert_eq!(found("số 52/2019/\nQĐ về việc"), Vec::<String>::new());
    assert_eq!(found("Tổng số 12/\n2020 hồ sơ"), Vec::<String>::new());
    // A whole symbol before the break is read as before.
    assert_eq!(found("Quyết định số 12/QĐ-UBND\nNĐ-CP"), ["12/QĐ-UBND@-"]);
}

#[test]
fn table_cell_semicolon_before_the_date_line() {
    // The list's cell "Số, ký hiệu; ngày, tháng, năm ban hành": the symbol, a semicolon, the date.
    assert_eq!(
        found("18\nThông tư\nSố 25/2004/TT-BNV;\nngày 11/3/2004\nHướng dẫn thực hiện\n02/4/2004"),
        ["25/2004/TT-BNV@2004-03-11"]
    );
    // Running text, or more after the date on its line, or more before the symbol: no date.
    assert_eq!(
        found("theo Quyết định số 25/QĐ-UBND;\nngày 11/3/2004 Ủy ban họp"),
        ["25/QĐ-UBND@-"]
    );
    assert_eq!(
        found("Số 25/2004/TT-BNV;\nngày 11/3/2004 xã tổ chức"),
        ["25/2004/TT-BNV@-"]
    );
    assert_eq!(found("Căn cứ Số 25/2004/TT-BNV;\nngày 11/3/2004"), ["25/2004/TT-BNV@-"]);
}

#[test]
fn footnote_number_glued_to_the_year() {
    assert_eq!(
        found("Nghị định\nSố 71/2019/NĐ-CP\nngày 30/8/20193\nQuy định xử phạt"),
        ["71/2019/NĐ-CP@2019-08-30"]
    );
    assert_eq!(
        found("theo Nghị định số 71/2019/NĐ-CP ngày 30/8/201912 của Chính phủ"),
        ["71/2019/NĐ-CP@2019-08-30"]
    );
    // Three digits more, a year out of range, or a letter after: no date.
    assert_eq!(found("Số 71/2019/NĐ-CP ngày 30/8/2019123 nữa"), ["71/2019/NĐ-CP@-"]);
    assert_eq!(found("Số 71/2019/NĐ-CP ngày 30/8/18901"), ["71/2019/NĐ-CP@-"]);
    assert_eq!(found("Số 71/2019/NĐ-CP ngày 30/8/20193a"), ["71/2019/NĐ-CP@-"]);
}
