//! Twenty-third round (task lists): a news lead that dates an issuing act tells it as done
//! (round 22's deadline round left that sentence to the prose reader), and the rules for the
//! classes the unseen23 set showed, each tested on text written anew (not copied from it).
// Tests fail loudly where they fail: panic is their assertion.
#![allow(clippy::panic)]

use vntext::plan::extract_plan;

/// A task as read: title, lead, due date, recurrence.
type Read = (String, Option<String>, Option<String>, Option<String>);

/// The tasks read from `text` as the CLI reads a file (through `repair_ocr`).
fn tasks(text: &str) -> Vec<Read> {
    let plan = extract_plan(&vntext::repair_ocr(text)).to_cli();
    plan.tasks
        .into_iter()
        .map(|t| (t.title, t.lead, t.due, t.recurrence.map(str::to_string)))
        .collect()
}

/// The task whose title holds `piece`.
fn task(text: &str, piece: &str) -> Read {
    let all = tasks(text);
    all.iter()
        .find(|t| t.0.contains(piece))
        .cloned()
        .unwrap_or_else(|| panic!("no task {piece:?} in {all:?}"))
}

fn has_task(text: &str, piece: &str) -> bool {
    tasks(text).iter().any(|t| t.0.contains(piece))
}

const DATED_ISSUE: &str = "Tăng cường phòng chống đuối nước cho trẻ em mùa hè 2022\n\nNgày 03/6/2022, UBND tỉnh ban hành Công văn số 1875/UBND-VX, gửi các Sở, ban, ngành, đoàn thể của tỉnh; Đài Phát thanh và Truyền hình tỉnh; Báo Quảng Bình; UBND các huyện, thị xã, thành phố về việc thực hiện Công văn 2310/BYT-BMTE ngày 25/5/2022 của Bộ Y tế về hưởng ứng Tháng hành động vì trẻ em 01/6 - 30/6/2022.\n\nTheo đó, UBND tỉnh giao các Sở, ban, ngành, đoàn thể của tỉnh; UBND các huyện, thị xã, thành phố tăng cường tuyên truyền phòng chống đuối nước cho trẻ em; báo cáo kết quả về Sở Lao động - Thương binh và Xã hội.\n\nGiao Sở Lao động - Thương binh và Xã hội chủ trì, phối hợp với các đơn vị liên quan tổ chức kiểm tra các điểm bơi; tổng hợp, báo cáo kết quả về UBND tỉnh trước ngày 15/8/2022.\n";

#[test]
fn a_dated_lead_that_tells_an_issuing_act_is_no_order() {
    // The body that issued the letter and the addressees it went to are told, not ordered:
    // no task for "gửi các sở, ngành …"; the order of the next paragraph stays.
    assert!(!has_task(DATED_ISSUE, "ban hành Công văn số 1875"), "{:?}", tasks(DATED_ISSUE));
    let t = task(DATED_ISSUE, "tăng cường tuyên truyền phòng chống đuối nước");
    assert_eq!(t.1.as_deref(), Some("các Sở, ban, ngành, đoàn thể của tỉnh"), "{t:?}");
    let t = task(DATED_ISSUE, "tổ chức kiểm tra các điểm bơi");
    assert_eq!(t.1.as_deref(), Some("Sở Lao động - Thương binh và Xã hội"), "{t:?}");
    assert_eq!(t.2.as_deref(), Some("2022-08-15"), "{t:?}");
}

#[test]
fn a_dated_lead_that_orders_in_its_own_words_stays_an_order() {
    let text = "Phòng chống dịch sốt xuất huyết\n\nNgày 10/7/2023, UBND huyện ban hành Công văn số 812/UBND-YT yêu cầu UBND các xã, thị trấn tổ chức ra quân diệt lăng quăng, bọ gậy, hoàn thành trước ngày 31/7/2023.\n";
    let t = task(text, "ra quân diệt lăng quăng");
    assert_eq!(t.1.as_deref(), Some("UBND các xã, thị trấn"), "{t:?}");
    assert_eq!(t.2.as_deref(), Some("2023-07-31"), "{t:?}");
}
