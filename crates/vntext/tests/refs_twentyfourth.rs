//! Round 24 (references): the kinds of unseen24r's misses, each on text written for the test (not
//! copied from the set). A copy whose slashes became spaces; a State header flattened onto one
//! line without the label's colon or the place's comma; a table row whose issue date is glued to
//! the symbol; a space inside a common issuer; a number, year and type cited without its issuer
//! but with its date.
// Tests fail loudly where they fail: unwrap, expect and panic are their assertions.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod reading;
use reading::found;

#[test]
fn spaces_for_the_slashes_of_a_state_symbol() {
    // A document site flattened the text and lost every slash: a number, a year and a type with
    // its issuer, after "số" or a type word, is the symbol.
    assert_eq!(
        found("Căn cứ Nghị định số 21 2019 NĐ-CP ngày 05 tháng 3 năm 2019 của Chính phủ"),
        ["21/2019/NĐ-CP@2019-03-05"]
    );
    assert_eq!(
        found("Căn cứ Thông tư liên tịch số 07 2016 TTLT-BTC-BNV ngày 12 tháng 4 năm 2016"),
        ["07/2016/TTLT-BTC-BNV@2016-04-12"]
    );
    // Without "số" or a type word, without an issuer, or without the year's four digits: nothing.
    assert!(found("trong nhiệm kỳ 15 2021 NQ-HĐND và các năm sau").is_empty());
    assert!(found("Thông tư số 15 2020 TT về việc").is_empty());
    assert!(found("Quyết định số 15 202 QĐ-UBND").is_empty());
}

#[test]
fn flattened_header_without_colon_or_comma() {
    // "Số" after the issuer's capitals, the national motto after the number, the place and its
    // date after the motto with no comma.
    let text = "ỦY BAN NHÂN DÂN HUYỆN CẦN GIUỘC Số 114 2017 QĐ-UBND CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM \
                Độc lập - Tự do - Hạnh phúc Cần Giuộc ngày 9 tháng 3 năm 2017 QUYẾT ĐỊNH Về việc …";
    assert_eq!(found(text), ["114/2017/QĐ-UBND@2017-03-09"]);
    let text = "HỘI ĐỒNG NHÂN DÂN XÃ AN BÌNH Số 08/NQ-HĐND CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - \
                Tự do - Hạnh phúc An Bình ngày 20 tháng 12 năm 2022 NGHỊ QUYẾT";
    assert_eq!(found(text), ["08/NQ-HĐND@2022-12-20"]);
    // A body sentence that says "hạnh phúc" and then a date is no header's date line, and a
    // number after "Số" in running text keeps only its own date.
    let text = "Số 45/KH-UBND nhằm xây dựng gia đình hạnh phúc của nhân dân ngày 3 tháng 4 năm 2019.";
    assert_eq!(found(text), ["45/KH-UBND@-"]);
}

#[test]
fn issue_date_glued_to_the_symbol_in_a_table_row() {
    // The cells of a document table lost their separators: symbol, date and issuer glued.
    assert_eq!(
        found("Số hiệu Ngày BH Đơn vị\n32/2020/TT-BYT15/3/2020BỘ Y TẾ Thông tư 32"),
        ["32/2020/TT-BYT@2020-03-15"]
    );
    assert_eq!(found("1250/QĐ-UBND2/11/2021UBND TỈNH"), ["1250/QĐ-UBND@2021-11-02"]);
    // Issuers that end in digits stay whole; a glued day and month with no year is no date and
    // leaves the issuer as written.
    assert_eq!(
        found("Luật số 45/2019/QH14 ngày 13/6/2019"),
        ["45/2019/QH14@2019-06-13"]
    );
    assert_eq!(found("Luật số 45/2019/QH1413/6/2019 "), ["45/2019/QH14@2019-06-13"]);
    assert_eq!(found("Kế hoạch số 12/KH-UBND12/5 năm"), ["12/KH-UBND12@-"]);
}

#[test]
fn space_inside_a_common_issuer() {
    // "BGD ĐT", "BLĐ TBXH": a ministry's code split by a space; joined, it is one of the common
    // issuers, its first part alone is none.
    assert_eq!(
        found("Thông tư liên tịch số 12/2016/TTLT-BGD ĐT-BNV về mã số"),
        ["12/2016/TTLT-BGDĐT-BNV@-"]
    );
    assert_eq!(
        found("Thông tư số 05/2019/TT-BLĐ TBXH ngày 10/4/2019"),
        ["05/2019/TT-BLĐTBXH@2019-04-10"]
    );
    // A type and its issuer apart, a Party board and its level apart: read as before.
    assert_eq!(
        found("Quyết định số 77/2012/QĐ UBND ngày 3/4/2012"),
        ["77/2012/QĐ-UBND@2012-04-03"]
    );
    assert_eq!(
        found("Hướng dẫn số 05-HD/BTG TU ngày 3/4/2012"),
        ["05-HD/BTGTU@2012-04-03"]
    );
}

#[test]
fn number_year_and_type_with_its_date() {
    // The writer cut the issuer and gave the date: the symbol is whole as written.
    assert_eq!(
        found("Căn cứ Nghị định số 20/2015/NĐ ngày 10/02/2015 của Chính phủ"),
        ["20/2015/NĐ@2015-02-10"]
    );
    // Cut by a line or a cell ("106/2024/NĐ-" in a PDF table), or followed by words: nothing.
    assert!(found("Quyết định 77/2012/QĐ Của tỉnh").is_empty());
    assert!(found("theo Nghị định 106/2024/NĐ\n   CP về").is_empty());
    // A joint type on its own, as before.
    assert_eq!(found("Thông tư liên tịch số 10/2013/TTLT"), ["10/2013/TTLT@-"]);
}
