//! Kinds of reference the seventeenth round (unseen17r: National Assembly and Standing Committee
//! texts, joint circulars, courts and procuracies, Social Security, the State Bank, PDF and OCR
//! text) found missed or misread, each with texts written for this test (none copied from the set).

#[allow(dead_code)] // only the references helper is used here
mod measure;
use measure::found_refs as refs;
use vntext::parse_symbol;

#[test]
fn ocr_reads_a_t_in_the_type_as_i() {
    // Tesseract reads the stem of a "T" as "I", or adds a stray stroke after the type.
    assert_eq!(parse_symbol("45/TIr-SNN").unwrap().normalized, "45/TTr-SNN");
    assert_eq!(
        parse_symbol("12/2015/TTLI-BTC-BNV").unwrap().normalized,
        "12/2015/TTLT-BTC-BNV"
    );
    assert_eq!(
        parse_symbol("12/2015/TTLTI-BTC-BNV").unwrap().normalized,
        "12/2015/TTLT-BTC-BNV"
    );
    assert!(!parse_symbol("45/TIr-SNN").unwrap().fixes.is_empty());
    // Two letters are too few to tell a misread type from an issuer's code.
    assert_eq!(parse_symbol("7/TI-UBND").unwrap().normalized, "7/TI-UBND");
    // A real issuer that happens to hold an "I" is left alone.
    assert_eq!(parse_symbol("310/BHXH-CNTT").unwrap().normalized, "310/BHXH-CNTT");
}

#[test]
fn slash_lost_between_number_and_type() {
    // "Số: 27KH-UBND": the slash dropped by OCR, after the header's label.
    assert_eq!(
        refs("Số: 27KH-UBND\nBắc Kạn, ngày 04 tháng 02 năm 2019\nKẾ HOẠCH"),
        ["27/KH-UBND@2019-02-04"]
    );
    // Without "số" or a type word the glued run is no reference.
    assert!(refs("mẫu 27KH-UBND kèm theo").is_empty());
    assert!(refs("lô 3TT-A2 khu đô thị").is_empty());
}

#[test]
fn subject_line_between_number_and_place_date() {
    // A "V/v" line under the number names another document; the header's date still dates the
    // number, and the document in the subject line keeps none of it.
    let t = "Số: 118/SYT-NVY\nV/v triển khai Thông tư số 05/2019/TT-BYT\nvề khám sức khỏe\n|\nQuảng Nam, ngày 11 tháng 3 năm 2021\n|\nKính gửi: các đơn vị";
    assert_eq!(refs(t), ["118/SYT-NVY@2021-03-11", "05/2019/TT-BYT@-"]);
    // Without a subject line the next reference still ends the header's search.
    let t = "Số: 118/SYT-NVY\nThực hiện Thông tư số 05/2019/TT-BYT của Bộ Y tế, ngày 11 tháng 3 năm 2021 Sở họp";
    assert_eq!(refs(t)[0], "118/SYT-NVY@-");
}

#[test]
fn date_word_glued_in_capitals() {
    // Metadata fields copied without spaces: "…-BQPNgày đăng công báo:…".
    assert_eq!(
        refs("Số hiệu:15/2020/TTLT-BCA-BQPNgày đăng công báo:20/08/2020"),
        ["15/2020/TTLT-BCA-BQP@-"]
    );
    assert_eq!(
        refs("theo Công văn số 88/UBND-KTNgày 02/3/2021 của UBND huyện"),
        ["88/UBND-KT@2021-03-02"]
    );
    // An issuer with its own mixed case is not cut ("SNgV", Sở Ngoại vụ).
    assert_eq!(refs("Công văn số 12/SNgV-LS ngày 5/1/2022"), ["12/SNgV-LS@2022-01-05"]);
}

#[test]
fn legislature_term_after_a_space() {
    // "UBTVQH 13", "QH 14": the National Assembly's term written apart from its code.
    assert_eq!(
        refs("Nghị quyết số 1210/NQ - UBTVQH 13 của Ủy ban Thường vụ Quốc hội"),
        ["1210/NQ-UBTVQH13@-"]
    );
    assert_eq!(
        refs("Luật số 77/2015/QH 13 ngày 19/6/2015;"),
        ["77/2015/QH13@2015-06-19"]
    );
    // Other issuers do not take a number after a space.
    assert_eq!(refs("Quyết định số 21/QĐ-UBND 14 xã"), ["21/QĐ-UBND@-"]);
}

#[test]
fn hyphen_lost_after_the_year() {
    // With a year a normative document always has a type: "NQHĐTP" is "NQ" glued to "HĐTP".
    assert_eq!(parse_symbol("02/2020/NQHĐTP").unwrap().normalized, "02/2020/NQ-HĐTP");
    assert_eq!(
        parse_symbol("11/2016/TTLTBTPBNV").unwrap().normalized,
        "11/2016/TTLT-BTPBNV"
    );
    // Laws and the Standing Committee's resolutions have no type.
    assert_eq!(parse_symbol("45/2019/QH14").unwrap().normalized, "45/2019/QH14");
    assert_eq!(parse_symbol("12/2018/UBTVQH14").unwrap().normalized, "12/2018/UBTVQH14");
}

#[test]
fn header_label_split_by_pdf_extraction() {
    // PDF text that moves the letters with tone marks to the end of the line: "S : … ố".
    let t = "TÒA ÁN NHÂN DÂN T I CAO\n\nS : 05/2018/NQHĐTP ố\n\nHà N i, ngày 15 tháng 11 năm 2018 ộ\n\nNGH  QUY TỊ Ế";
    assert_eq!(refs(t), ["05/2018/NQ-HĐTP@2018-11-15"]);
}

#[test]
fn old_joint_symbol_with_the_type_last() {
    // Joint circulars of the 1980s–90s: "NUMBER-ISSUER-ISSUER/TTLT".
    assert_eq!(
        refs("Số: 02-BNV-BTC/TTLT Hà Nội, ngày 05 tháng 3 năm 1990"),
        ["02-BNV-BTC/TTLT@1990-03-05"]
    );
    // A Party symbol keeps its own shape.
    assert_eq!(refs("Chỉ thị số 05-CT/TW ngày 15/5/2016"), ["05-CT/TW@2016-05-15"]);
}
