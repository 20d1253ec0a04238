//! Shapes of single sentences the prose reader (`prose.rs`) asks about: a sentence about the
//! report or the time of the work before it, a due date, the units named again only to date
//! their work, an order that ends with its colon. Split from `prose.rs`.

use super::lead::strip_openers;
use super::phrase_pos;
use super::words;
use crate::text::fold;

/// "Báo cáo gửi về …", "Thời gian hoàn thành …", "Hạn gửi …": a sentence about the
/// report or the time of the work before it.
pub(super) fn report_or_time(sentence: &str) -> bool {
    let f = fold(strip_openers(sentence));
    [
        "bao cao ",
        "thoi gian ",
        "thoi han ",
        "han gui ",
        "han nop ",
        "ket qua ",
    ]
    .iter()
    .any(|w| f.starts_with(w))
}

/// "Các đơn vị thực hiện trước ngày 24/3/2016.", "Các cơ quan, đơn vị hoàn thành trước …": the
/// units of an order named again by a generic plural, with nothing but "thực hiện" or "hoàn
/// thành" and the date.
pub(super) fn dates_work_before(sentence: &str) -> bool {
    let f = fold(strip_openers(sentence));
    let Some(rest) = [
        "cac don vi ",
        "cac co quan, don vi ",
        "cac co quan ",
        "cac dia phuong, don vi ",
        "cac dia phuong ",
    ]
    .iter()
    .find_map(|g| f.strip_prefix(g)) else {
        return false;
    };
    let rest = rest.strip_prefix("lien quan ").unwrap_or(rest);
    [
        "thuc hien ",
        "hoan thanh ",
        "thuc hien xong ",
        "thuc hien va bao cao ",
        "bao cao ",
    ]
    .iter()
    .filter_map(|v| rest.strip_prefix(v))
    .any(|r| {
        ["truoc", "cham nhat", "xong truoc", "trong"]
            .iter()
            .any(|w| r.starts_with(w))
    })
}

/// "… Chủ tịch UBND huyện yêu cầu:", "… đề nghị:": a sentence that ends with an order word and
/// its colon, the units and their work told in the sentences after it.
pub(super) fn ends_with_order_colon(sentence: &str) -> bool {
    let f = fold(sentence.trim_end());
    f.strip_suffix(':').is_some_and(|head| {
        let head = head.trim_end();
        ["yeu cau", "de nghi", "giao", "chi dao", "ket luan"]
            .iter()
            .any(|w| head == *w || head.ends_with(&format!(" {w}")))
    })
}

/// "Thời gian …", "Thời hạn …": a sentence that gives the time of the work before it.
pub(super) fn time_line(sentence: &str) -> bool {
    let f = fold(strip_openers(sentence));
    f.starts_with("thoi gian ") || f.starts_with("thoi han ")
}

/// Whether a sentence's subject is the work itself ("Các nội dung …", "Kết quả thực hiện
/// …"), so its deadline is that of the tasks before it.
pub(super) fn work_subject(sentence: &str) -> bool {
    let f = fold(strip_openers(sentence));
    words::is_work_plural(&f)
        || ["noi dung", "ket qua thuc hien", "cac noi dung"]
            .iter()
            .any(|w| f.starts_with(w))
}

/// A deadline phrase that sets a due date ("trước ngày 30.11"), not a period ("năm 2019").
pub(super) fn is_due(phrase: &str) -> bool {
    let f = fold(phrase);
    ["truoc", "cham nhat", "xong", "hoan thanh", "han"]
        .iter()
        .any(|w| phrase_pos(&f, w).is_some())
}
