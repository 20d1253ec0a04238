//! Round 28 (references): the kinds of unseen28r's misses, on text written for the test (not
//! copied from the set): raw HTML whose letters are character entities, numeric dates OCR broke
//! with one space, a Party issuer's "U" that OCR split into two strokes, and a PDF text layer's
//! watermark fragments between "ngày" and the date.
// Tests fail loudly where they fail: unwrap, expect and panic are their assertions.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod reading;
use reading::found;

#[test]
fn html_entities_read_as_their_letters() {
    // The date before the reference, tied by "ban hành", both words written with entities.
    assert_eq!(
        found("<p>Ng&agrave;y 12/3/2021, UBND huyện đ&atilde; ban h&agrave;nh Kế hoạch số 45/KH-UBND về việc</p>"),
        ["45/KH-UBND@2021-03-12"]
    );
    // Numeric references, and an issuer's "&" written as "&amp;".
    assert_eq!(
        found("theo C&#244;ng văn số 210/SGD&amp;ĐT-VP ng&#224;y 05/01/2022 của Sở"),
        ["210/SGD&ĐT-VP@2022-01-05"]
    );
    // The spans are the text's own offsets, entities included.
    let text = "Kế hoạch số 7-KH/HU ng&agrave;y 02/02/2022 của Huyện ủy";
    let r = &vntext::refs::extract_refs(text)[0];
    assert_eq!(
        &text[r.start..r.end],
        "Kế hoạch số 7-KH/HU ng&agrave;y 02/02/2022 của Huyện ủy"
    );
    let ev = r.date_evidence.unwrap();
    assert_eq!(&text[ev.start..ev.end], "ng&agrave;y 02/02/2022");
}

#[test]
fn entity_like_text_that_is_not_html() {
    // An issuer with "&" and a lone ampersand are no entities; unknown names stay as written.
    assert_eq!(
        found("Công văn số 88/SLĐTB&XH-VP ngày 3/4/2020 & 5/4"),
        ["88/SLĐTB&XH-VP@2020-04-03"]
    );
    assert_eq!(found("Quyết định số 9/QĐ-UBND &copy; ngày 1/2/2020"), ["9/QĐ-UBND@-"]);
}

#[test]
fn dates_ocr_broke_with_one_space() {
    assert_eq!(
        found("Kết luận số 72-KL/TW ngày 15/8/20 18 của Bộ Chính trị"),
        ["72-KL/TW@2018-08-15"]
    );
    assert_eq!(
        found("Chỉ thị số 3-CT/TU ngày 9/12 /2021 của Ban Thường vụ"),
        ["3-CT/TU@2021-12-09"]
    );
    // Not a century, three digits after it, a day count after a date, no "ngày": undated.
    assert_eq!(found("Kế hoạch số 5/KH-UBND ngày 15/8/21 18 hộ"), ["5/KH-UBND@-"]);
    assert_eq!(found("Kế hoạch số 5/KH-UBND ngày 15/8/20 189"), ["5/KH-UBND@-"]);
    assert_eq!(found("Kế hoạch số 5/KH-UBND ngày 4/9 /2 lượt"), ["5/KH-UBND@-"]);
    assert_eq!(found("Kế hoạch số 5/KH-UBND, 15/8/20 18"), ["5/KH-UBND@-"]);
}

#[test]
fn party_issuer_u_split_by_ocr() {
    assert_eq!(
        found("Thực hiện Thông báo số 88-TB/HIJ ngày 3/3/2023 của Huyện ủy"),
        ["88-TB/HU@2023-03-03"]
    );
    assert_eq!(
        found("theo Kế hoạch số 12-KH/T[J ngày 20/4/2022; Kế hoạch 12-KH/TU"),
        ["12-KH/TU@2022-04-20", "12-KH/TU@2022-04-20"]
    );
    let r = &vntext::refs::extract_refs("Nghị quyết số 4-NQ/Đ|J ngày 1/6/2024")[0];
    assert_eq!(r.symbol.normalized, "4-NQ/ĐU");
    assert!(r.symbol.fixes.iter().any(|f| f.contains("“4-NQ/Đ|J”")));
}

#[test]
fn split_u_shapes_that_stay_as_written() {
    // A State issuer ending in "IJ" is not repaired (no Party issuer comes of it); a bracket
    // glued to a letter after it is something else.
    assert_eq!(
        found("Công văn số 15/UBND-VPIJ ngày 2/2/2022"),
        ["15/UBND-VPIJ@2022-02-02"]
    );
    assert_eq!(found("Kế hoạch số 12-KH/T[JX ngày 20/4/2022"), ["12-KH/T@-"]);
}

#[test]
fn watermark_fragments_between_ngay_and_the_date() {
    let pad = " ".repeat(40);
    let text = format!("thực hiện Nghị quyết số 26-NQ/TU ngày\n\n{pad}nh\n\n{pad}-n\n   12/5/2020 của Tỉnh ủy");
    assert_eq!(found(&text), ["26-NQ/TU@2020-05-12"]);
    // A digit fragment (it could be the day), or a word at the margin, blocks it.
    let text = format!("Nghị quyết số 26-NQ/TU ngày\n{pad}14\n   12/5/2020");
    assert_eq!(found(&text), ["26-NQ/TU@-"]);
    assert_eq!(found("Nghị quyết số 26-NQ/TU ngày\nvề\n12/5/2020"), ["26-NQ/TU@-"]);
}

#[test]
fn party_number_beginning_with_the_letter_o() {
    assert_eq!(
        found("tiếp tục thực hiện Kết luận số O5-KL/TW ngày 3/6/2021 của Bộ Chính trị"),
        ["05-KL/TW@2021-06-03"]
    );
    // Without "số" or a type word, in a word, or not a Party symbol: left as written.
    assert!(found("cảm biến O2-KL/TW hỏng").is_empty());
    assert!(found("ô số O1-A").is_empty());
    assert!(found("mã O5-KL/TW ngày 1/2/2020").is_empty());
}
