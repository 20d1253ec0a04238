//! Round 27 (references): the two kinds of unseen27r's misses, on text written for the test (not
//! copied from the set): a register of documents exported as comma-separated rows (the symbol a
//! field glued to the commas, its issue date the next field), and symbols written wholly in lower
//! case (an abstract lower-cased by a crawler or an index) after "số" or a type word.
// Tests fail loudly where they fail: unwrap, expect and panic are their assertions.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod reading;
use reading::found;

#[test]
fn symbol_field_of_a_comma_separated_row() {
    // Index, symbol, issue date, abstract: each row's symbol dated by the column next to it.
    let rows = "id,so_hieu,ngay,trich_yeu\n\
                41,318/UBND-KT,03/11/2023,về việc sửa chữa đường\n\
                42,75/KH-UBND,2023-10-30,\"kế hoạch, phân công\"\n";
    assert_eq!(found(rows), ["318/UBND-KT@2023-11-03", "75/KH-UBND@2023-10-30"]);
    // Without an index before it, the symbol opening the row.
    assert_eq!(found("12/TB-UBND,05/01/2024,thông báo\n"), ["12/TB-UBND@2024-01-05"]);
    // Ð (U+00D0) for Đ and a space before the slash, as listings keyed by hand write them.
    assert_eq!(
        found("43,91 /QÐ-UBND,02/11/2023,quyết định\n"),
        ["91/QĐ-UBND@2023-11-02"]
    );
}

#[test]
fn row_shapes_that_are_not_a_symbol_and_its_date() {
    // Prose with a comma glued to a number: no symbol.
    assert_eq!(found("Tỷ lệ đạt 1,5/2 chỉ tiêu, tăng 0,3/QĐ"), Vec::<String>::new());
    // A date two fields on (another column between): undated.
    assert_eq!(found("41,318/UBND-KT,Công văn,03/11/2023\n"), ["318/UBND-KT@-"]);
    // A half symbol (a type without its issuer), or more glued to the field: nothing.
    assert_eq!(found("41,318/KH,03/11/2023\n"), Vec::<String>::new());
    assert_eq!(found("41,318/UBND-KT:a,03/11/2023\n"), Vec::<String>::new());
}

#[test]
fn lower_cased_symbols_after_a_type_word_or_so() {
    assert_eq!(
        found("triển khai kết luận số 14-kl/tw ngày 18/9/2021 của bộ chính trị"),
        ["14-KL/TW@2021-09-18"]
    );
    assert_eq!(
        found("thực hiện công văn 915/bnv-clhc của bộ nội vụ"),
        ["915/BNV-CLHC@-"]
    );
    assert_eq!(
        found("theo nghị định số 15/2020/nđ-cp ngày 03/02/2020 của chính phủ"),
        ["15/2020/NĐ-CP@2020-02-03"]
    );
    // Two of one type joined by "và" share the date after the second (round 16's rule).
    assert_eq!(
        found("bãi bỏ quyết định số 21/qđ-ubnd và 22/qđ-ubnd ngày 04/01/2019 của ubnd tỉnh"),
        ["21/QĐ-UBND@2019-01-04", "22/QĐ-UBND@2019-01-04"]
    );
}

#[test]
fn lower_case_runs_that_stay_nothing() {
    // No "số" or type word before; a unit; a half symbol; digits glued after the run.
    assert_eq!(found("đạt 14-kl/tw trong năm"), Vec::<String>::new());
    assert_eq!(found("năng suất số 60/ha, giá số 12/kg"), Vec::<String>::new());
    assert_eq!(found("văn bản số 3/kh gửi"), Vec::<String>::new());
    assert_eq!(found("công văn số 915/bnv-clhcvề việc"), Vec::<String>::new());
}
