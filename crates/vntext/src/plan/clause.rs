//! The clause of a plan item's text that states its deadline ("hoàn thành trong tháng
//! 9/2023"), the words that open one, and the reading of a bare "định kỳ".

use chrono::NaiveDate;

use super::TaskDraft;
use crate::deadline::parse_deadline;
use crate::refs::extract_refs;
use crate::text::fold;

/// Triggers that make a clause a deadline (folded).
pub(crate) const DEADLINE_TRIGGERS: &[&str] = &[
    "hoan thanh",
    "thoi gian",
    "thoi han",
    "truoc ngay",
    "cham nhat",
    // "Báo cáo nhanh … trong ngày 15/3/2026": on that day.
    "trong ngay",
    "trong thang",
    "trong quy",
    // The older spelling "quí" ("trong quí 2 năm 2010").
    "trong qui",
    "trong nam",
    "trong ky",
    "xong truoc",
    "hang ngay",
    "hang thang",
    "hang quy",
    "hang nam",
    "dinh ky",
    "thuong xuyen",
    "dot xuat",
    "6 thang dau",
    "6 thang cuoi",
    "cuoi thang",
    "cuoi nam",
    "cuoi quy",
    "quy i",
    "quy ii",
    "quy iii",
    "quy iv",
    "tu thang",
    "den thang",
    "giai doan",
];

/// The clause of a free text that states a deadline ("hoàn thành trong tháng 9/2023"),
/// starting at its first trigger word (with "trong", "trước", "đến" … kept).
pub(crate) fn deadline_clause(text: &str) -> Option<String> {
    let mut found = None;
    // "Định kỳ hàng tháng (trước ngày 16 hàng tháng), 6 tháng (trước ngày 16/6), tổng kết năm
    // (trước ngày 20/11 hàng năm) hoặc khi có yêu cầu …": a reporting regime that names its
    // periods one after another is read by the first, its opener's.
    let mut regime = None;
    let anchor = NaiveDate::from_ymd_opt(2000, 1, 1);
    for clause in text
        .split([';', '\n', '(', ')'])
        .flat_map(|c| c.split(". "))
        .flat_map(|c| c.split(", "))
    {
        let c = clause.trim().trim_end_matches(['.', ',', ':']).trim();
        // "… ngoài KH 77/KH-LT trước ngày 30/9/2010": a reference's date is no deadline; the
        // text after the last reference may still give one.
        let c = match extract_refs(c).last() {
            Some(r) => c[r.end.min(c.len())..].trim(),
            None => c,
        };
        if c.is_empty() {
            continue;
        }
        let (f, map) = crate::text::fold_with_map(c);
        let Some(first) = DEADLINE_TRIGGERS.iter().filter_map(|t| phrase_pos(&f, t)).min() else {
            continue;
        };
        if parse_deadline(c, anchor).is_err() {
            continue;
        }
        // "… nghiên cứu xây dựng kế hoạch xuất khẩu … của xã, phường giai đoạn 2026 – 2030": the
        // period of the document the work drafts, no time of the work.
        if f[first..].starts_with("giai doan") {
            // The words before it, across the commas of a list ("… của xã, phường giai đoạn …").
            let at = c.as_ptr() as usize - text.as_ptr() as usize + map[first];
            let before = fold(text.get(..at).unwrap_or_default());
            let near: Vec<&str> = before.split_whitespace().rev().take(14).collect();
            let near = near.into_iter().rev().collect::<Vec<_>>().join(" ");
            let sentence = near.rsplit(['.', ';', ':']).next().unwrap_or(&near);
            if ["ke hoach ", "chuong trinh ", "de an ", "chien luoc ", "quy hoach "]
                .iter()
                .any(|d| sentence.contains(d))
                && !sentence.contains("thoi gian")
            {
                continue;
            }
        }
        let start = with_lead_ins(&f, first);
        found = Some(c[map[start]..].trim().to_string());
        if regime.is_none()
            && let Some(p) = ["dinh ky hang thang", "dinh ky hang quy"]
                .iter()
                .find_map(|o| phrase_pos(&f, o))
        {
            regime = Some(c[map[p]..].trim().to_string());
        }
    }
    regime.or(found)
}

/// Words kept before a deadline trigger ("trong tháng 9", "trước Quý IV").
const LEAD_INS: &[&str] = &[
    "trong", "truoc", "den", "han", "xong", "tu", "vao", "thanh", "hoan", "cham", "nhat", "het",
];

/// Where a deadline phrase starts in folded text `f` whose trigger is at `start`: up to two
/// lead-in words before it are kept ("hoàn thành trước …").
pub(crate) fn with_lead_ins(f: &str, mut start: usize) -> usize {
    for _ in 0..2 {
        let head = f[..start].trim_end();
        let w = head.rsplit(' ').next().unwrap_or("");
        if w.is_empty() || !LEAD_INS.contains(&w) {
            break;
        }
        start = head.len() - w.len();
    }
    start
}

/// Position of `phrase` in `folded` at word boundaries.
pub(crate) fn phrase_pos(folded: &str, phrase: &str) -> Option<usize> {
    let mut from = 0;
    while let Some(k) = folded[from..].find(phrase) {
        let p = from + k;
        let before_ok = folded[..p].chars().next_back().is_none_or(|c| !c.is_alphanumeric());
        let after_ok = folded[p + phrase.len()..]
            .chars()
            .next()
            .is_none_or(|c| !c.is_alphanumeric());
        if before_ok && after_ok {
            return Some(p);
        }
        from = p + 1;
    }
    None
}

/// "định kỳ báo cáo … theo quy định", "định kỳ kiểm tra, đánh giá …": a report or a check
/// said to be periodic without its period times no work (the period is the reporting
/// regime's); other bare "định kỳ" stays `ongoing` ("định kỳ công bố nhu cầu").
pub(super) fn without_bare_period(mut t: TaskDraft) -> TaskDraft {
    use crate::deadline::Recurrence::{Adhoc, Ongoing};
    let recurrence = t.deadline.as_ref().and_then(|d| d.recurrence());
    let ongoing = recurrence == Some(Ongoing);
    if !matches!(recurrence, Some(Ongoing | Adhoc)) {
        return t;
    }
    let f = fold(t.deadline_text.as_deref().unwrap_or_default());
    // "Thực hiện chế độ báo cáo … định kỳ và đột xuất", "báo cáo định kỳ, đột xuất": the
    // reporting regime named by both its kinds, no period and no occasion of this work.
    let regime = f.contains("dinh ky")
        && f.contains("dot xuat")
        && ![
            "hang ngay",
            "hang tuan",
            "hang thang",
            "hang quy",
            "hang nam",
            "6 thang",
            "thuong xuyen",
        ]
        .iter()
        .any(|w| f.contains(w));
    // "… bảo đảm chất lượng, tiến độ thời gian theo yêu cầu": the schedule as required, not
    // work done on request.
    let said = fold(&t.title);
    let as_required = recurrence == Some(Adhoc)
        && f.contains("theo yeu cau")
        && [
            "tien do thoi gian theo yeu cau",
            "chat luong theo yeu cau",
            "tien do theo yeu cau",
        ]
        .iter()
        .any(|p| said.contains(p) || f.contains(p));
    // "Rà soát các mặt hàng dự trữ … đáp ứng yêu cầu xuất cấp ngay trong tình huống đột xuất,
    // cấp bách": the emergency the work prepares for, no occasion on which it recurs.
    let emergency = recurrence == Some(Adhoc) && {
        let sudden = said.matches("dot xuat").count();
        sudden > 0
            && sudden
                == ["tinh huong dot xuat", "su co dot xuat"]
                    .iter()
                    .map(|p| said.matches(p).count())
                    .sum::<usize>()
    };
    if regime || as_required || emergency {
        t.deadline = None;
        t.deadline_text = None;
        return t;
    }
    let bare = ["dinh ky bao cao", "dinh ky kiem tra", "dinh ky tong hop"]
        .iter()
        .any(|p| f.contains(p))
        && !["thuong xuyen", "hang ngay", "hang tuan", "lien tuc", "dot xuat"]
            .iter()
            .any(|w| f.contains(w));
    if ongoing && bare {
        t.deadline = None;
        t.deadline_text = None;
    }
    t
}
