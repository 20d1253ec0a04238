//! Kinds of reference the sixteenth round (unseen16r: local Party committees, mass
//! organisations, legal databases, raw HTML, OCR) found missed or misread, each with texts
//! written for this test (none copied from the set).

#[allow(dead_code)] // only the references helper is used here
mod measure;
use measure::found_refs as refs;

#[test]
fn date_before_a_body_that_has_a_document() {
    // "Ngày …, <body> có <type> số …": "có" issues the document as "ban hành" does.
    assert_eq!(
        refs("Ngày 14/9/2022, Ban Thường vụ Huyện ủy có Kế hoạch số 212-KH/HU về tổ chức hội thi."),
        ["212-KH/HU@2022-09-14"]
    );
    assert_eq!(
        refs("Ngày 3/5/2021, Sở Nội vụ có Công văn số 517 /SNV-CCVC gửi các huyện."),
        ["517/SNV-CCVC@2021-05-03"]
    );
    // A list ("trong đó có …") does not issue, and a later date is not the issue date.
    assert_eq!(
        refs("Ngày 8/6/2022, Đảng ủy họp, trong đó có Nghị quyết số 12-NQ/ĐU về quốc phòng."),
        ["12-NQ/ĐU@-"]
    );
}

#[test]
fn year_glued_to_the_next_word() {
    assert_eq!(
        refs("Thực hiện Hướng dẫn số 45/HD-LĐLĐ ngày 09/3/2022của Liên đoàn Lao động tỉnh"),
        ["45/HD-LĐLĐ@2022-03-09"]
    );
    // Digits glued to letters that are no word stay no date.
    assert_eq!(refs("Kế hoạch số 45/KH-UBND ngày 09/3/2022abc"), ["45/KH-UBND@-"]);
}

#[test]
fn place_and_date_line_above_the_number() {
    // A Party header read right column first: the place-and-date line comes before "Số".
    let t = "HUYỆN ỦY ĐẠI TỪ\nBAN TỔ CHỨC\n*\n   Đại Từ, ngày 12 tháng 4 năm 2023\n\nSố 88 - HD/BTCHU\n\nHướng dẫn kiểm điểm";
    assert_eq!(refs(t), ["88-HD/BTCHU@2023-04-12"]);
    // A date line that is a sentence, not a header line, is not taken.
    let t = "Hội nghị họp tại Đại Từ, ngày 12 tháng 4 năm 2023 thông qua.\nSố 88 - HD/BTCHU";
    assert_eq!(refs(t), ["88-HD/BTCHU@-"]);
}

#[test]
fn html_character_reference_for_the_slash() {
    assert_eq!(
        refs("<h1>Kết luận số 14-KL&#x002F;TW của Bộ Chính trị</h1>"),
        ["14-KL/TW@-"]
    );
    assert_eq!(refs("Chỉ thị số 05-CT&#47;TU ngày 2/3/2021"), ["05-CT/TU@2021-03-02"]);
}

#[test]
fn ocr_semicolon_for_the_comma_before_ngay() {
    assert_eq!(
        refs("quán triệt Hướng dẫn số 21/HD-MTTQ-BTT; ngày\n02/6/2020 của Ban Thường trực"),
        ["21/HD-MTTQ-BTT@2020-06-02"]
    );
    // Without "của" after it the date opens a new clause and is not the reference's.
    assert_eq!(
        refs("theo Kế hoạch số 21/KH-UBND; ngày 02/6/2020 xã tổ chức ra quân."),
        ["21/KH-UBND@-"]
    );
}

#[test]
fn ocr_noise_between_ngay_and_the_date() {
    assert_eq!(
        refs("tại Công văn số 115/SYT-NVY ngày _\n\n27/02/2024. |"),
        ["115/SYT-NVY@2024-02-27"]
    );
    assert_eq!(
        refs("Tờ trình số 40/TTr-STC ngày |\n05/01/2022 của Sở"),
        ["40/TTr-STC@2022-01-05"]
    );
}

#[test]
fn number_label_separated_by_blank_lines() {
    let t = "SỞ TÀI CHÍNH\n\nSố:\n\n1204/STC-NS\n\n|\n\nBắc Giang, ngày\n\n19 tháng 7 năm 2021\n\nKính gửi:";
    assert_eq!(refs(t), ["1204/STC-NS@2021-07-19"]);
}

#[test]
fn apostrophe_inside_an_ocr_issuer() {
    assert_eq!(
        refs("Căn cứ Quyết định số 1719/QĐ-T'Tg ngày 14/10/2021 của Thủ tướng"),
        ["1719/QĐ-TTg@2021-10-14"]
    );
}

#[test]
fn two_documents_of_one_kind_share_the_date_after_the_second() {
    assert_eq!(
        refs("Căn cứ Quy định số 102-QĐ/TW và Quy định số 103-QĐ/TW ngày 15/11/2017 của Bộ Chính trị;"),
        ["102-QĐ/TW@2017-11-15", "103-QĐ/TW@2017-11-15"]
    );
    // Different kinds or issuers keep their own (missing) date.
    assert_eq!(
        refs("Kế hoạch số 12-KH/HU và Công văn số 40-CV/ĐU ngày 3/4/2022 của Đảng ủy xã"),
        ["12-KH/HU@-", "40-CV/ĐU@2022-04-03"]
    );
}

#[test]
fn joint_type_then_a_slash_after_the_year() {
    // A joint document written with a slash between its type and its issuers, after the year.
    assert_eq!(
        refs("Căn cứ Thông tư liên tịch số 07/2016/TTLT/BTP-BNV ngày 04 tháng 5 năm 2016;"),
        ["07/2016/TTLT-BTP-BNV@2016-05-04"]
    );
    assert_eq!(
        vntext::parse_symbol("12/2009/KHLT/BYT-BGDĐT")
            .map(|s| s.normalized)
            .ok(),
        Some("12/2009/KHLT-BYT-BGDĐT".to_string())
    );
}
