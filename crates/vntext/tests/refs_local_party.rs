//! Kinds of reference the fifteenth round (unseen15r: local Party committees, blocs, mass
//! organisations, OCR) found missed or misread, each with texts written for this test.

#[allow(dead_code)] // only the references helper is used here
mod measure;
use measure::found_refs as refs;

#[test]
fn em_dash_and_line_break_between_number_and_type() {
    // OCR reads the en dash as an em dash and breaks the line after it.
    assert_eq!(
        refs("Căn cứ Kế hoạch số 57 —\nKH/HU, ngày 03/02/2021 của Ban Thường vụ Huyện ủy"),
        ["57-KH/HU@2021-02-03"]
    );
    assert_eq!(refs("theo Chỉ thị số 08—CT/TU ngày 9/9/2021"), ["08-CT/TU@2021-09-09"]);
}

#[test]
fn letter_d_read_twice_by_ocr() {
    let p = vntext::parse_symbol("12-NQ/ĐÐU").expect("parses");
    assert_eq!(p.normalized, "12-NQ/ĐU");
    assert_eq!(
        vntext::parse_symbol("7-QĐ/ÐĐUK").expect("parses").normalized,
        "7-QĐ/ĐUK"
    );
    // A plain eth stays one letter.
    assert_eq!(vntext::parse_symbol("3-KH/ÐU").expect("parses").normalized, "3-KH/ĐU");
    assert_eq!(
        refs("thực hiện Nghị quyết số 21-NQ/ĐÐU ngày 14/7/2022 của Đảng ủy xã"),
        ["21-NQ/ĐU@2022-07-14"]
    );
}

#[test]
fn board_split_from_its_committee_level() {
    assert_eq!(
        refs("theo Hướng dẫn số 14-HD/BTG HU ngày 20/3/2022 của Ban Tuyên giáo Huyện ủy"),
        ["14-HD/BTGHU@2022-03-20"]
    );
    assert_eq!(
        refs("Thông báo số 9-TB/UBKT TU, ngày 2/6/2020"),
        ["9-TB/UBKTTU@2020-06-02"]
    );
    // Not a board and a level: nothing is joined.
    assert_eq!(refs("Kế hoạch số 31-KH/BTC TUẦN LỄ ngày 2/6/2020"), ["31-KH/BTC@-"]);
}

#[test]
fn local_party_boards_are_party_issuers() {
    for issuer in ["BTGTU", "BTCHU", "UBKTQU", "BDVĐU", "VPTU", "BTGDVHU", "BTCTW"] {
        assert!(vntext::symbol::is_party_issuer(issuer), "{issuer}");
    }
    // The Ministry of Finance, a department, a board without its level: State issuers.
    for issuer in ["BTC", "BTG", "UBKT", "VP", "STU", "UBND"] {
        assert!(!vntext::symbol::is_party_issuer(issuer), "{issuer}");
    }
    // A Party board's document written in the State form.
    assert_eq!(
        refs("Công văn số 31/CV-BDVHU ngày 5/5/2023 của Ban Dân vận Huyện ủy"),
        ["31-CV/BDVHU@2023-05-05"]
    );
}

#[test]
fn steering_committee_number_after_the_symbol() {
    assert_eq!(
        refs("Công văn số 12-CV/BCĐ 389, ngày 04/01/2024 của Ban Chỉ đạo 389 tỉnh"),
        ["12-CV/BCĐ@2024-01-04"]
    );
    // A number after another issuer is not skipped.
    assert_eq!(refs("Kế hoạch số 12-KH/HU 389, ngày 04/01/2024"), ["12-KH/HU@-"]);
}

#[test]
fn literal_line_break_escapes_before_the_date() {
    assert_eq!(
        refs(r"Căn cứ Quyết định số 45/QĐ-UBND\r\nngày 02/3/2021 của UBND huyện"),
        ["45/QĐ-UBND@2021-03-02"]
    );
    assert_eq!(
        refs(r"Nghị định số 15/2020/NĐ-CP\n ngày 3/2/2020"),
        ["15/2020/NĐ-CP@2020-02-03"]
    );
}

#[test]
fn party_header_flattened_onto_one_line() {
    let text = "ĐẢNG BỘ TỈNH NINH BÌNH HUYỆN ỦY KIM SƠN * Số 120-KH/HU ĐẢNG CỘNG SẢN VIỆT NAM \
                Kim Sơn, ngày 15 tháng 6 năm 2022 KẾ HOẠCH tổ chức hội nghị";
    assert_eq!(refs(text), ["120-KH/HU@2022-06-15"]);
    let missing_hyphen = "ĐẢNG ỦY PHƯỜNG AN BÌNH * Số 07 NQ/ĐU ĐẢNG CỘNG SẢN VIỆT NAM An Bình, ngày 2 tháng 3 năm 2021";
    assert_eq!(refs(missing_hyphen), ["07-NQ/ĐU@2021-03-02"]);
}
