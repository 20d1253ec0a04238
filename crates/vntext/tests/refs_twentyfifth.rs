//! Round 25 (references): the kinds of unseen25r's misses (and round 24's doubled year), each on
//! text written for the test (not copied from the set). A body's abbreviation between a symbol and
//! its date; a joint document's last issuer after a space; a header whose "Số:" was lost, the
//! symbol alone before the place-and-date; a hyphen for the slash after the number; the adverb
//! "ngay" before the issue date; the procuracy's own document words before "có"; a form's number
//! after "mẫu số"; a year written twice in a copy whose slashes became spaces.
// Tests fail loudly where they fail: unwrap, expect and panic are their assertions.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod reading;
use reading::found;

#[test]
fn body_abbreviation_between_symbol_and_date() {
    // The issuing body's capitals after the symbol, then "ngày" and the date.
    assert_eq!(
        found("Theo Nghị quyết số 03/2012/NQ-HĐTP TANDTC ngày 03/12/2012 hướng dẫn thi hành"),
        ["03/2012/NQ-HĐTP@2012-12-03"]
    );
    assert_eq!(
        found("thực hiện Quyết định số 120/QĐ-VKSTC VKSNDTC, ngày 15/4/2019 về việc"),
        ["120/QĐ-VKSTC@2019-04-15"]
    );
    // A roman numeral (a term), a lowercase word or no "ngày" after the capitals: no date.
    assert_eq!(found("Nghị quyết số 08/NQ-HĐND XIV ngày 10/7/2019"), ["08/NQ-HĐND@-"]);
    assert_eq!(
        found("Quyết định số 15/QĐ-UBND UBND tỉnh ngày 02/3/2020"),
        ["15/QĐ-UBND@-"]
    );
    assert_eq!(found("Quyết định số 15/QĐ-UBND UBND về việc"), ["15/QĐ-UBND@-"]);
}

#[test]
fn joint_issuer_after_a_space() {
    // A joint resolution whose last issuer the writer set off with a space instead of a hyphen.
    assert_eq!(
        found("Nghị quyết liên tịch số 09/2008/NQLT-CP-UBTUMTTQVN ĐCTUBTWMTTQVN ngày 17/4/2008 của Chính phủ"),
        ["09/2008/NQLT-CP-UBTUMTTQVN-ĐCTUBTWMTTQVN@2008-04-17"]
    );
    assert_eq!(
        found("Thông tư liên tịch số 11/2016/TTLT-BTC BNV của Bộ Tài chính và Bộ Nội vụ"),
        ["11/2016/TTLT-BTC-BNV@-"]
    );
    // Not a joint type, or the citation goes on with something else: the symbol as written.
    assert_eq!(
        found("Quyết định số 27/2019/QĐ-UBND BTC ngày 01/3/2019"),
        ["27/2019/QĐ-UBND@2019-03-01"]
    );
    assert_eq!(
        found("Thông tư liên tịch số 11/2016/TTLT-BTC BNV về việc"),
        ["11/2016/TTLT-BTC@-"]
    );
}

#[test]
fn symbol_alone_before_place_and_date() {
    // PDF text lost "Số:"; the symbol opens the line and the place-and-date line follows it.
    let text = "BỘ TƯ PHÁP - BỘ CÔNG AN\n12/2020/TTLT-BTP-BCA Hà Nội, ngày 07 tháng 5 năm 2020\nTHÔNG TƯ LIÊN TỊCH";
    assert_eq!(found(text), ["12/2020/TTLT-BTP-BCA@2020-05-07"]);
    let text = "\n45/KH-UBND Đà Nẵng, ngày 2 tháng 3 năm 2021\n";
    assert_eq!(found(text), ["45/KH-UBND@2021-03-02"]);
    // In running text, with a numeric date, or with more than four words for the place: no date.
    assert_eq!(
        found("Căn cứ Kế hoạch số 45/KH-UBND Hà Nội, ngày 2 tháng 3 năm 2021"),
        ["45/KH-UBND@-"]
    );
    assert_eq!(found("\n45/KH-UBND Hà Nội, ngày 02/3/2021\n"), ["45/KH-UBND@-"]);
    assert_eq!(
        found("\n45/KH-UBND Ban Chỉ Đạo Phòng Chống Dịch, ngày 2 tháng 3 năm 2021\n"),
        ["45/KH-UBND@-"]
    );
}

#[test]
fn hyphen_for_the_slash_after_the_number() {
    assert_eq!(
        found("Nghị quyết số 35-2016/NQ-CP ngày 16/5/2016 của Chính phủ về hỗ trợ doanh nghiệp"),
        ["35/2016/NQ-CP@2016-05-16"]
    );
    // Without an issuer, a Party symbol, a range of years or without "số"/a type word: not so read.
    assert!(found("Quyết định số 12-2019/QĐ về việc").is_empty());
    assert_eq!(found("Nghị quyết số 35-NQ/TW ngày 22/10/2018"), ["35-NQ/TW@2018-10-22"]);
    assert!(found("năm học 2019-2020/KH-TrTH").is_empty());
    assert!(found("đạt 35-2016/NQ-CP trong kỳ").is_empty());
}

#[test]
fn adverb_ngay_before_the_issue_date() {
    // "ngay từ ngày …" (as early as): the adverb folds like "ngày"; the date is the next one.
    assert_eq!(
        found("Ngay từ ngày 05/3/2021, Ban Thường vụ Tỉnh ủy đã ban hành Kế hoạch số 12-KH/TU về việc"),
        ["12-KH/TU@2021-03-05"]
    );
    // "ngay" with no date after it in the sentence: still no date.
    assert_eq!(
        found("Ban Thường vụ ngay sau đó đã ban hành Kế hoạch số 12-KH/TU về việc"),
        ["12-KH/TU@-"]
    );
}

#[test]
fn procuracy_document_words_before_co() {
    // "có Yêu cầu số …", "có kiến nghị số …": the date that opens the sentence is the issue date.
    assert_eq!(
        found("Ngày 12/6/2020, VKSND tỉnh có Yêu cầu số 07/YC-VKS-HS gửi Cơ quan điều tra"),
        ["07/YC-VKS-HS@2020-06-12"]
    );
    assert_eq!(
        found("Ngày 3/9/2021 VKSND huyện có kiến nghị số 02/KN-VKS gửi UBND huyện"),
        ["02/KN-VKS@2021-09-03"]
    );
    // "nhận được" between: the date is the receipt's.
    assert_eq!(
        found("Ngày 12/6/2020, Cơ quan điều tra nhận được Yêu cầu số 07/YC-VKS-HS"),
        ["07/YC-VKS-HS@-"]
    );
}

#[test]
fn form_number_after_mau_so() {
    // A form annexed to a document is no document.
    assert_eq!(
        found("lập biên bản theo Mẫu số 12/HS ban hành kèm theo Quyết định"),
        Vec::<String>::new()
    );
    assert!(found("Biên bản hội nghị (mẫu số 02/HNMT-BTT) gửi về").is_empty());
    // The document it is annexed to is still read; a form with a year is read as written.
    assert_eq!(
        found("theo Mẫu số 12/HS ban hành kèm theo Quyết định số 15/QĐ-VKSTC ngày 09/01/2018"),
        ["15/QĐ-VKSTC@2018-01-09"]
    );
    assert_eq!(
        found("Công văn số 12/HS-UBND ngày 09/01/2018"),
        ["12/HS-UBND@2018-01-09"]
    );
}

#[test]
fn doubled_year_in_spaced_symbol() {
    // A copy whose slashes became spaces also wrote the year twice.
    assert_eq!(
        found("Căn cứ Nghị định số 16 2015 2015 NĐ-CP ngày 14 tháng 02 năm 2015 của Chính phủ"),
        ["16/2015/NĐ-CP@2015-02-14"]
    );
    // Two different years: not a doubled year, nothing read.
    assert!(found("Nghị định số 16 2015 2016 NĐ-CP về").is_empty());
}
