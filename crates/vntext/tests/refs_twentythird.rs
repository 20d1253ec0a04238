//! Round 23 (references): the kinds round 22 left, each on text written for the test (not copied
//! from a set). A slash written as an HTML character reference in a State symbol; underscores for
//! the slashes of a title made file-safe; symbols in a comma list sharing one bracketed date; a
//! header quoted in pieces in a table cell. Then the kinds of unseen23r's misses.
// Tests fail loudly where they fail: unwrap, expect and panic are their assertions.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod reading;
use reading::found;

#[test]
fn state_symbol_with_entity_slashes() {
    // Raw HTML stored in a database writes every slash as a character reference; the State
    // symbol's two slashes are read as slashes, as the Party symbol's one was. Since round 28
    // the text's entities are decoded before it is read, so the date written with them is read
    // too (it was left undated here before).
    assert_eq!(
        found("theo Nghị định 47&#x002F;2019&#x002F;NĐ-CP ngày 05&#x002F;6&#x002F;2019', 'x'"),
        ["47/2019/NĐ-CP@2019-06-05"]
    );
    assert_eq!(found("Quyết định số 1520&#47;QĐ-UBND của tỉnh"), ["1520/QĐ-UBND@-"]);
    assert_eq!(found("Thông tư 08&sol;2022&sol;TT-BNV, "), ["08/2022/TT-BNV@-"]);
    // A fraction written with an entity is still no symbol.
    assert!(found("đạt 12&#47;15 chỉ tiêu").is_empty());
}

#[test]
fn underscores_for_slashes_in_a_file_safe_title() {
    let text = "Công văn số 415_UBND-KT ngày 03_4_2024 về việc thực hiện Kế hoạch số 77_KH-UBND";
    assert_eq!(found(text), ["415/UBND-KT@2024-04-03", "77/KH-UBND@-"]);
    assert_eq!(
        found("Tải về: Thông tư liên tịch 06_2015_TTLT-BTP-BTC.pdf"),
        ["06/2015/TTLT-BTP-BTC@-"]
    );
    // Only the unmistakable shape: a number and year alone, or a file's running number, is no
    // symbol; a date cut short is no date.
    assert!(found("bản quét 1502_2021.pdf, ảnh 20_11_2023_1.jpg").is_empty());
    assert_eq!(found("Báo cáo số 12_BC-UBND ngày 30_9_202"), ["12/BC-UBND@-"]);
}

#[test]
fn comma_list_sharing_a_bracketed_date() {
    // A bracket with the date and the issuer after a list of two decisions of one type and one
    // issuer annotates the list.
    let text = "- QĐ 512-QĐ/HU, QĐ 513-QĐ/HU (14/3/2024 của Ban Thường vụ Huyện ủy)";
    assert_eq!(found(text), ["512-QĐ/HU@2024-03-14", "513-QĐ/HU@2024-03-14"]);
    // A bracket with the date and the issuer after one reference dates that reference.
    assert_eq!(
        found("Kế hoạch 09-KH/ĐU (02/02/2023 của Đảng ủy phường) đã triển khai"),
        ["09-KH/ĐU@2023-02-02"]
    );
    // A date written plainly after the second of a comma list is the second's only.
    assert_eq!(
        found("Quyết định số 88-QĐ/TU, Quyết định số 89-QĐ/TU ngày 10/5/2022"),
        ["88-QĐ/TU@-", "89-QĐ/TU@2022-05-10"]
    );
    // Documents of different types share nothing.
    assert_eq!(
        found("KH 21-KH/TU, QĐ 44-QĐ/TU (09/9/2021 của Tỉnh ủy)"),
        ["21-KH/TU@-", "44-QĐ/TU@2021-09-09"]
    );
}

#[test]
fn header_quoted_in_pieces() {
    // A table cell quoting what an OCR read from a scanned header, piece by piece.
    let text = "| Đối chiếu bản quét | \"Số: 2154 /QĐ-SYT\", \"ngày 12 tháng 7 năm 2022\" ✓ |";
    assert_eq!(found(text), ["2154/QĐ-SYT@2022-07-12"]);
    // A quoted piece that is not the date line gives nothing.
    let text = "| Trích | \"Số: 2154 /QĐ-SYT\", \"hiệu lực từ ngày 12 tháng 7 năm 2022\" |";
    assert_eq!(found(text), ["2154/QĐ-SYT@-"]);
}

// ---- The kinds of unseen23r's misses.

#[test]
fn metadata_value_glued_to_the_next_label() {
    // A legal database's attribute block that lost the separators between its fields: the
    // number's label is glued to its value, the issue date to the next field's label.
    let text = "Số hiệu:215/KH-SNNNgày đăng công báo:Đang cập nhật\nNgười ký:Trần Văn A\nNgày ban hành:14/09/2023Ngày hiệu lực:Đã biết";
    assert_eq!(found(text), ["215/KH-SNN@2023-09-14"]);
    // The effective date glued the same way is still no issue date.
    let text = "Số hiệu:215/KH-SNNNgày đăng công báo:Đang cập nhật\nNgày hiệu lực:14/09/2023Tình trạng:Còn hiệu lực";
    assert_eq!(found(text), ["215/KH-SNN@-"]);
}

#[test]
fn hyphens_around_the_year_for_slashes() {
    // A document list whose titles were made file-safe with hyphens.
    assert_eq!(
        found("Tải về 32-2020-TT-BTC Thông tư hướng dẫn quyết toán"),
        ["32/2020/TT-BTC@-"]
    );
    // Only around a four-digit year followed by a type: a Party symbol, a range and a number with
    // a year are what they were.
    assert_eq!(found("Kế hoạch 12-KH/TU ngày 02/3/2021"), ["12-KH/TU@2021-03-02"]);
    assert!(found("giai đoạn 2021-2025-2030, mã 15-2022-07").is_empty());
}

#[test]
fn bare_number_after_a_number_label() {
    // "Số hiệu:" in a list row introduces a number as "số" does, so an old office letter's bare
    // NUMBER/OFFICE is a reference there, dated by the row's "Ban hành".
    let text = "Loại: Công văn   Số hiệu: 417/VP2 Ban hành: 05/11/1983 Hiệu lực: Kiểm tra";
    assert_eq!(found(text), ["417/VP2@1983-11-05"]);
    // Without a label the same shape is no symbol.
    assert!(found("Phòng 417/VP2 tầng 3").is_empty());
}
