//! Twenty-fifth round (unseen25d): each kind of miss, with phrases written anew in the shapes the
//! set showed (none of them is in the set). Every rule is general; see
//! `docs/vntext-rounds/round-25-deadlines.md`.
// Tests fail loudly where they fail: unwrap, expect and panic are their assertions.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod deadline_checks;

use deadline_checks::*;
use vntext::Recurrence;

/// A Party committee's symbol ("15-KH/TU", "88-CV/HU") and an en dash in a symbol ("512/UBND–VX")
/// still name a cited document: its date is no deadline.
#[test]
fn party_and_dashed_symbols_are_cited() {
    none(
        "Thực hiện Chỉ thị số 15-CT/TU ngày 02/3/2024 của Ban Thường vụ Tỉnh ủy về công tác cán bộ;",
        Some(day(2024, 3, 20)),
    );
    none(
        "Thực hiện Công văn số 512/UBND–VX ngày 4/6/2023 của UBND huyện về việc rà soát hộ nghèo",
        None,
    );
    // a deadline after the cited document is read
    assert_eq!(
        due(
            "Thực hiện Công văn số 88-CV/TU ngày 5/5/2024, các chi bộ báo cáo trước ngày 20/5/2024",
            None
        ),
        day(2024, 5, 20)
    );
}

/// A phrase that only states its legal grounds ("Thực hiện / Căn cứ" + a document cited by its
/// number) sets nothing, not even the year the document is about.
#[test]
fn legal_grounds_set_nothing() {
    none(
        "Thực hiện Quyết định số 1201/QĐ-UBND ngày 10/3/2022 của UBND tỉnh về Kế hoạch chuyển đổi số năm 2022",
        None,
    );
    none(
        "Căn cứ Hướng dẫn số 12/HD-SGDĐT ngày 5/9/2023 của Sở Giáo dục về nhiệm vụ trọng tâm năm 2023",
        Some(day(2023, 9, 20)),
    );
    // grounds followed by work set: read
    assert_eq!(
        due(
            "Thực hiện Kế hoạch số 45/KH-UBND ngày 2/3/2023, các xã hoàn thành rà soát trước ngày 30/4/2023",
            None
        ),
        day(2023, 4, 30)
    );
    assert_eq!(
        due(
            "Căn cứ Quyết định số 9/QĐ-UBND ngày 5/1/2024, Đoàn kiểm tra sẽ làm việc tại xã vào ngày 12/3/2024",
            None
        ),
        day(2024, 3, 12)
    );
}

/// A year after a lunar year's name ("Tết Nguyên đán Giáp Thìn 2024") names the festival.
#[test]
fn lunar_year_names_are_no_deadline() {
    none(
        "Ủy ban MTTQ xã vận động Nhân dân đón Tết Nguyên đán Giáp Thìn 2024 vui tươi, an toàn",
        Some(day(2024, 1, 5)),
    );
    assert_eq!(
        due(
            "Các đơn vị chi trả trợ cấp trước Tết Nguyên đán Ất Tỵ 2025, chậm nhất ngày 20/01/2025",
            None
        ),
        day(2025, 1, 20)
    );
}

/// Forecasts ("Dự báo …", "Trên cơ sở dự báo …") and an estimate reached ("Ước … đạt …") set
/// nothing.
#[test]
fn forecasts_and_estimates_are_cited() {
    none(
        "Dự báo từ đêm 12/9 đến hết ngày 14/9, khu vực Bắc Bộ có mưa to đến rất to",
        Some(day(2024, 9, 11)),
    );
    none(
        "Ước cả năm 2023, thu ngân sách trên địa bàn huyện đạt 1.250 tỷ đồng",
        Some(day(2023, 12, 15)),
    );
    // from now on is work to come
    assert_eq!(
        due("Từ nay đến ngày 30/6/2024, các xã hoàn thành thu hồi đất", None),
        day(2024, 6, 30)
    );
}

/// "sự chỉ đạo", "công tác chỉ đạo", "quá hạn", "hạn chế" are nouns of a report: they do not make
/// a report of results a duty.
#[test]
fn report_nouns_do_not_set() {
    none(
        "Nhờ sự chỉ đạo quyết liệt, 6 tháng đầu năm 2024 huyện đã hoàn thành 12/20 chỉ tiêu",
        Some(day(2024, 7, 3)),
    );
    none(
        "Tính đến ngày 15/6/2024, Sở còn 12 hồ sơ quá hạn chưa giải quyết",
        Some(day(2024, 6, 17)),
    );
    // a real time limit still sets
    assert_eq!(due("Hạn nộp hồ sơ đến hết ngày 28/6/2024", None), day(2024, 6, 28));
}

/// More told leads: "Trong chiều 12/5, … đã ký …"; "… ngày 20/10/2023, cầu … chính thức đưa vào
/// sử dụng".
#[test]
fn more_told_leads() {
    none(
        "Trong chiều 12/5, Chủ tịch UBND huyện đã ký quyết định thành lập Ban Chỉ đạo",
        Some(day(2024, 5, 13)),
    );
    none(
        "Theo báo cáo của Sở Xây dựng, ngày 20/10/2023 cầu Bến Thủy 3 chính thức đưa vào sử dụng",
        None,
    );
    // announced: kept
    assert_eq!(
        due("Ngày 2/9/2025, cầu sẽ chính thức đưa vào sử dụng", None),
        day(2025, 9, 2)
    );
}

/// A told launch keeps the span "từ nay đến …" it sets for work to come, even after a quoted
/// campaign name.
#[test]
fn a_span_from_now_after_a_told_launch_is_set() {
    assert_eq!(
        due(
            "Sáng 5/3, Hội Nông dân huyện tổ chức lễ phát động phong trào “Nông dân thi đua sản xuất giỏi” từ nay đến năm 2030",
            Some(day(2025, 3, 6))
        ),
        day(2030, 12, 31)
    );
}

/// An event that starts on a day and "diễn ra trong N ngày" ends N − 1 days later; a range given
/// with the count is read from the range.
#[test]
fn events_lasting_n_days() {
    assert_eq!(
        due(
            "Đại hội dự kiến khai mạc ngày 14/10/2025 tại Hội trường tỉnh và diễn ra trong 3 ngày",
            None
        ),
        day(2025, 10, 16)
    );
    assert_eq!(
        due("Kỳ họp dự kiến diễn ra trong 2 ngày 5-6/12/2024", None),
        day(2024, 12, 6)
    );
}

/// "ít nhất hai lần trong năm" is twice a year.
#[test]
fn twice_a_year_in_words() {
    assert_eq!(
        rec("Chủ tịch UBND xã đối thoại với Nhân dân ít nhất hai lần trong năm"),
        Recurrence::Semiannual
    );
}
