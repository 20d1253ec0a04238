//! Kinds of reference the eighteenth round (unseen18r: Party cells, commune and ward Party
//! committees, mass organisations, quoted inside raw files — HTML, Markdown, JSON, dumps — and
//! OCR) found missed or misread, each with texts written for this test (none copied from the set).

#[allow(dead_code)] // only the references helper is used here
mod measure;
use measure::found_refs as refs;
use vntext::parse_symbol;

#[test]
fn html_entity_in_the_date_word() {
    // Raw HTML writes the "à" of "ngày" as "&agrave;", its space as "&nbsp;", and closes a link
    // right after the symbol.
    assert_eq!(
        refs("theo Kế hoạch số 31-KH/ĐTN ng&agrave;y 05/03/2021 của Ban Thường vụ"),
        ["31-KH/ĐTN@2021-03-05"]
    );
    assert_eq!(
        refs("<a href=\"x.pdf\">Thông báo số 7-TB/ĐU</a>,&nbsp;ng&agrave;y 02/11/2019 của Đảng ủy"),
        ["7-TB/ĐU@2019-11-02"]
    );
    assert_eq!(
        refs("<b>Công văn số 45/UBND-VX</b>, Ng&Agrave;y 9/9/2020"),
        ["45/UBND-VX@2020-09-09"]
    );
    // An opening tag or another element is no gap: the date belongs to nothing here.
    assert_eq!(
        refs("Kế hoạch số 31-KH/ĐTN <p>ng&agrave;y 05/03/2021 họp"),
        ["31-KH/ĐTN@-"]
    );
}

#[test]
fn markdown_emphasis_between_symbol_and_date() {
    assert_eq!(
        refs("- **Thông tư 08/2024/TT-BNV** ngày 15/7/2024 hướng dẫn"),
        ["08/2024/TT-BNV@2024-07-15"]
    );
    assert_eq!(refs("*Quyết định 93-QĐ/HU* ngày 3/1/2022"), ["93-QĐ/HU@2022-01-03"]);
}

#[test]
fn a_labelled_issue_date_after_a_list_item() {
    // A list or a record gives each item's date in a "Ban hành:" field after it.
    let t = "<li>Kế hoạch 04-KH/CB: tổ chức sinh hoạt chuyên đề</li>\n<li class=\"d\">Ban hành: 12/05/2024</li>\n<li>Nghị quyết 05-NQ/CB: phát triển đảng viên</li><li class=\"d\">Ngày ban hành: 20/06/2024</li>";
    assert_eq!(refs(t), ["04-KH/CB@2024-05-12", "05-NQ/CB@2024-06-20"]);
    // Without the colon the words run on in a sentence: no label.
    assert_eq!(
        refs("Kế hoạch 04-KH/CB được chi bộ ban hành để thực hiện trong năm 2024; ngày 12/05/2024 họp"),
        ["04-KH/CB@-"]
    );
    // A label after the next reference belongs to that one.
    let t = "Quyết định 11-QĐ/ĐU; Kế hoạch 12-KH/ĐU — Ban hành: 01/02/2024";
    assert_eq!(refs(t), ["11-QĐ/ĐU@-", "12-KH/ĐU@2024-02-01"]);
}

#[test]
fn parenthesised_date_after_the_issuer() {
    // Lists of documents: the issuer after a dash, then the date in parentheses.
    assert_eq!(
        refs(
            "Chương trình 03-CTr/ĐU — Đảng ủy Tổng công ty (14/03/2025); Quy chế 22/QC-HĐTV — HĐTV Tổng công ty (02/04/2025)"
        ),
        ["03-CTr/ĐU@2025-03-14", "22/QC-HĐTV@2025-04-02"]
    );
    // "của …" then the date in parentheses.
    assert_eq!(
        refs("Nghị quyết số 15-NQ/ĐU của Đảng ủy Khối (20/10/2023) đã xác định"),
        ["15-NQ/ĐU@2023-10-20"]
    );
    // Anything but a bare date inside the parentheses is no issue date.
    assert_eq!(
        refs("Kế hoạch 10-KH/ĐU — Đảng ủy Công ty (hiệu lực 01/01/2026)"),
        ["10-KH/ĐU@-"]
    );
}

#[test]
fn issuer_that_runs_on_before_its_date() {
    // A name with lower-case common nouns, broken over an indented line.
    assert_eq!(
        refs("Nghị quyết số 04-NQ/CB của Chi bộ trường mầm non Hoa\n        Sen ngày 10/02/2025:"),
        ["04-NQ/CB@2025-02-10"]
    );
    // A subject ("về …") ends the name: the date after it is the subject's.
    assert_eq!(
        refs("Kế hoạch số 09-KH/ĐU của Đảng ủy xã về tổ chức hội nghị ngày 10/02/2025"),
        ["09-KH/ĐU@-"]
    );
    // Two line breaks end it too.
    assert_eq!(
        refs("Chỉ thị số 02-CT/ĐU của Chi bộ thôn\n\ntháng ngày 10/02/2025"),
        ["02-CT/ĐU@-"]
    );
}

#[test]
fn type_abbreviation_also_written_before_the_number() {
    assert_eq!(refs("(xem HD12-HD/BTCTW, ngày 18/1/2022)"), ["12-HD/BTCTW@2022-01-18"]);
    assert_eq!(refs("theo QĐ99-QĐ/TU"), ["99-QĐ/TU@-"]);
    // Letters that are not the symbol's type keep the digits out of a reference.
    assert!(refs("mã KH12-HD/BTCTW").is_empty());
    assert!(refs("nhóm ABCDE12-HD/BTCTW").is_empty());
}

#[test]
fn ocr_letter_for_the_first_digit_of_a_header_number() {
    let t = "Số: Z05/KH-UBND | Hòa Bình, ngày 03 tháng 4 năm 2019 |";
    assert_eq!(refs(t), ["205/KH-UBND@2019-04-03"]);
    assert_eq!(
        refs("Số: O7/2020/QĐ-UBND\nHà Nam, ngày 9 tháng 3 năm 2020"),
        ["07/2020/QĐ-UBND@2020-03-09"]
    );
    // Outside a header's "Số:" label a letter before digits is no number.
    assert!(refs("mẫu Z05/KH-UBND").is_empty());
    assert!(refs("Công văn Z05/KH-UBND").is_empty());
}

#[test]
fn ocr_reads_an_n_twice_once_with_a_tilde() {
    let s = parse_symbol("15-NÑQ/HU").unwrap();
    assert_eq!(s.normalized, "15-NQ/HU");
    assert!(!s.fixes.is_empty());
    assert_eq!(refs("Nghị quyết 15-NÑQ/HU ngày 2/2/2022"), ["15-NQ/HU@2022-02-02"]);
}

#[test]
fn youth_union_symbol_with_the_hyphen_lost() {
    // The Youth Union writes the Party form; PDF text lost the hyphen after the number.
    assert_eq!(
        refs("Kế hoạch số\n17KH/TĐTN ngày 02/3/2020 của Ban Thường vụ Tỉnh đoàn"),
        ["17-KH/TĐTN@2020-03-02"]
    );
    assert_eq!(parse_symbol("5KH/ĐTN").unwrap().normalized, "5-KH/ĐTN");
    // A State issuer glued the same way is still no symbol.
    assert!(parse_symbol("5KH/UBND").is_err());
}

#[test]
fn two_numbers_sharing_one_symbol_tail() {
    assert_eq!(
        refs("Thực hiện Quyết định số 41 & 42/QĐ-UBND của UBND xã"),
        ["41/QĐ-UBND@-", "42/QĐ-UBND@-"]
    );
    assert_eq!(
        refs("Kết luận số 12 và 13-KL/TU ngày 5/5/2023"),
        ["12-KL/TU@2023-05-05", "13-KL/TU@2023-05-05"]
    );
    assert_eq!(refs("| VB 301 & 302/UBND-KT |"), ["301/UBND-KT@-", "302/UBND-KT@-"]);
    // Without "số", a type word or a type abbreviation before it, the first number is a count.
    assert_eq!(refs("đạt 12 & 13/KH-UBND"), ["13/KH-UBND@-"]);
}
