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

#[test]
fn separators_of_the_number_broken() {
    // A space for the slash between the number and the year, after a type word.
    assert_eq!(
        found(
            "Thông tư liên tịch 07 2023/TTLT-BTP-BCA ngày 02/5/2023 quy định; khoản 2 Thông tư liên tịch 07 2023/TTLT-BTP-BCA"
        ),
        ["07/2023/TTLT-BTP-BCA@2023-05-02", "07/2023/TTLT-BTP-BCA@2023-05-02"]
    );
    // Without a type word or "số", without a type, or a month and a year: nothing.
    assert!(found("đến hết tháng 5 2025/2026 và năm học 08 2024/2025").is_empty());
    assert!(found("điểm 07 2023/TTLT-BTP-BCA").is_empty());
    // A space inside a leading zero.
    assert_eq!(
        found("Quyết định số 0 2/QĐ-STC ngày 04/01/2021 của Sở Tài chính"),
        ["02/QĐ-STC@2021-01-04"]
    );
    assert!(found("tỷ lệ 0 1/2 và 0 3/4 số phiếu; số 0 1/ABC").is_empty());
    // A space before the slash after the year.
    assert_eq!(
        found("thực hiện Chỉ thị số 03/2019 /CT-UBND ngày 15/3/2019 của UBND tỉnh"),
        ["03/2019/CT-UBND@2019-03-15"]
    );
    assert!(found("năm học 2019/2020 /HK1, ngày 12/2019 / 2020").is_empty());
    // A slash typed twice before the type.
    assert_eq!(
        found("Căn cứ Quyết định số 812//QĐ-SYT ngày 30/6/2022 của Sở Y tế"),
        ["812/QĐ-SYT@2022-06-30"]
    );
    assert!(found("đường dẫn https://QĐ-SYT và 12//ABC").is_empty());
}

#[test]
fn emphasis_marks_before_the_type_word() {
    // A crawled page's bold marks glued to the type word or to "số": the words still announce.
    assert_eq!(
        found("Theo** **Thông tư liên tịch 07 2023/TTLT-BTP-BCA quy định; **số 0 2/QĐ-STC"),
        ["07/2023/TTLT-BTP-BCA@-", "02/QĐ-STC@-"]
    );
    let text = "Căn cứ __Quyết định 15/2020/QĐ-UBND__ ngày 3/4/2020";
    let r = &vntext::refs::extract_refs(text)[0];
    assert_eq!(r.type_word.as_deref(), Some("Quyết định"));
    // Marks on the line before: the type word is the words alone.
    let text = "**\nNghị định 15/2020/NĐ-CP";
    let r = &vntext::refs::extract_refs(text)[0];
    assert_eq!(r.type_word.as_deref(), Some("Nghị định"));
    // Marks alone announce nothing.
    assert!(found("điểm ** 07 2023/TTLT-BTP-BCA").is_empty());
}

#[test]
fn header_place_with_a_full_stop_for_its_comma() {
    // OCR read the comma after the place as a full stop; the header's own number takes the date.
    assert_eq!(
        found("SỞ TÀI CHÍNH\nSố: 215/STC-QLNS Thái Bình. ngày 08 tháng 3 năm 2022\nV/v góp ý dự thảo"),
        ["215/STC-QLNS@2022-03-08"]
    );
    // A lower-case word or an abbreviation before the stop gives nothing.
    assert_eq!(
        found("Số: 215/STC-QLNS gửi các sở. ngày 08 tháng 3 năm 2022"),
        ["215/STC-QLNS@-"]
    );
    assert_eq!(
        found("Số: 215/STC-QLNS gửi UBND TP. ngày 08 tháng 3 năm 2022"),
        ["215/STC-QLNS@-"]
    );
}

#[test]
fn ocr_marks_inside_a_symbol() {
    // A lone "N" read with a tilde, in the type; the repair is reported.
    let refs = vntext::refs::extract_refs("Theo Nghị quyết số 27/ÑQ-HĐND ngày 9/12/2021 của HĐND tỉnh");
    assert_eq!(refs[0].symbol.normalized, "27/NQ-HĐND");
    assert!(refs[0].symbol.fixes.iter().any(|f| f.contains('Ñ')));
    // A bar after an issuer's hyphen, then capitals and the date at once.
    assert_eq!(
        found("phúc đáp văn bản số 58/TB-ĐTN-| VP ngày 02/3/2019 của Đoàn"),
        ["58/TB-ĐTN-VP@2019-03-02"]
    );
    // A table's cell rule between two cells is no bar inside a symbol.
    assert_eq!(found("| 14/UBND-VP | KTTC | ngày 3/4/2020 |"), ["14/UBND-VP@-"]);
    assert_eq!(found("số 14/UBND- | Phòng ngày 3/4/2020"), ["14/UBND@-"]);
}

#[test]
fn party_symbol_written_with_spaces() {
    // After the type word the abbreviation stands for, number, type and Party issuer apart.
    assert_eq!(
        found("Ngày 12/9/2024, Bộ Chính trị đã ban hành Kết luận 93-KL/TW. Tải Kết luận 93 KL TW tại đây"),
        ["93-KL/TW@2024-09-12", "93-KL/TW@2024-09-12"]
    );
    // Another type word, none at all, or a State issuer: nothing.
    assert!(found("Chỉ thị 93 KL TW; theo 93 KL TW; Kết luận 93 KL UBND; Điều 5 KH TW").is_empty());
}

#[test]
fn joint_symbol_with_every_separator_a_space() {
    // Once "Thông tư liên tịch" announces it, a copy that wrote every separator as a space is read
    // with all its issuers, not cut after the first.
    assert_eq!(
        found("khoản 2 Điều 4 Thông tư liên tịch 07 2023 TTLT BTP BCA VKSNDTC thì Tòa án"),
        ["07/2023/TTLT-BTP-BCA-VKSNDTC@-"]
    );
    assert_eq!(found("Thông tư số 15 2020 TT BTC quy định"), ["15/2020/TT-BTC@-"]);
}

#[test]
fn underscores_opening_a_word() {
    // Markdown's italics or OCR's underline stroke before the number.
    assert_eq!(
        found("ban hành kèm theo Thông tư _14/2019/TT-BTC_ và _\n_22/2020/TT-BNV."),
        ["14/2019/TT-BTC@-", "22/2020/TT-BNV@-"]
    );
    // Inside a token they stay the file-safe title's separators, or nothing.
    assert_eq!(found("tệp 10_2013_TTLT-BTP-BCA.pdf"), ["10/2013/TTLT-BTP-BCA@-"]);
    assert!(found("mã HS_12/2019/TT-BTC").is_empty());
}
