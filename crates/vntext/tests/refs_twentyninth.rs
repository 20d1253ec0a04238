//! Round 29 (references): the kinds of unseen29r's misses, on text written for the test (not
//! copied from the set): the four-word type words of joint documents ("Thông tư liên tịch"),
//! the separators of a symbol's number broken by typing or OCR (a space for the slash before
//! the year, a space inside a leading zero, a space before the slash after the year, a slash
//! typed twice before the type), a joint issuer wrapped after an inner hyphen, and a header's
//! place and date with a full stop for its comma.
// Tests fail loudly where they fail: unwrap, expect and panic are their assertions.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod reading;
use reading::found;

#[test]
fn joint_type_words_of_four_words() {
    // "Thông tư liên tịch" announces the reference: the span starts at it and "đã có" before
    // the type word ties the date written first.
    let text = "Ngày 14/3/2024, Bộ Tài chính - Bộ Nội vụ đã có Thông tư liên tịch 12/2024/TTLT-BTC-BNV hướng dẫn";
    let r = &vntext::refs::extract_refs(text)[0];
    assert_eq!(r.type_word.as_deref(), Some("Thông tư liên tịch"));
    assert_eq!(&text[r.start..r.end], "Thông tư liên tịch 12/2024/TTLT-BTC-BNV");
    assert_eq!(found(text), ["12/2024/TTLT-BTC-BNV@2024-03-14"]);
    assert_eq!(
        found("theo Nghị quyết liên tịch số 09/2022/NQLT-CP-ĐCTUBTWMTTQVN ngày 02/6/2022"),
        ["09/2022/NQLT-CP-ĐCTUBTWMTTQVN@2022-06-02"]
    );
    // "có" that lists rather than issues still gives no date.
    assert_eq!(
        found("Ngày 14/3/2024, trong đó có Thông tư liên tịch 12/2024/TTLT-BTC-BNV"),
        ["12/2024/TTLT-BTC-BNV@-"]
    );
}
