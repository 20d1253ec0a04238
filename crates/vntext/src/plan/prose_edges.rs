//! What prose's task list keeps and drops at its edges (beside `prose`): the tasks read from a
//! closing formula, a news item's headline that the body restates, and the unit an intro
//! paragraph names as the doer of the items after it.

use super::TaskDraft;
use super::lead::lead_of;
use super::pieces::{sentences, starts_with_subject};
use crate::text::fold;

/// Drops the tasks read from a closing formula (`tasks`' second list).
pub(crate) fn without_closings(mut tasks: Vec<TaskDraft>, closings: &[String]) -> Vec<TaskDraft> {
    if super::task_model::recording() {
        return tasks;
    }
    let closings: Vec<String> = closings.iter().map(|c| fold(c)).collect();
    tasks.retain(|t| {
        let title = fold(t.title.trim().trim_end_matches(['.', ';', '/']));
        title.is_empty() || !closings.iter().any(|c| c.contains(&title))
    });
    for (i, t) in tasks.iter_mut().enumerate() {
        t.code = (i + 1).to_string();
    }
    tasks
}

/// A news item's headline ("Bộ Y tế khẩn trương làm rõ …": one of the first lines, with no
/// closing punctuation) whose unit the body gives work again ("Phó Thủ tướng giao Bộ Y tế
/// khẩn trương …") tells the body's task twice: the headline's copy goes.
pub(super) fn drop_restated_headline(lines: &[&str], out: &mut Vec<TaskDraft>) {
    let headlines: Vec<String> = lines
        .iter()
        .map(|l| l.trim())
        .filter(|l| !l.is_empty())
        .take(3)
        .filter(|l| !l.ends_with(['.', ';', ':', '!', '?']) && l.split_whitespace().count() <= 30)
        .map(fold)
        .collect();
    let restated = |i: usize| {
        let t = &out[i];
        headlines.contains(&fold(t.title.trim())) && out[i + 1..].iter().any(|later| later.lead == t.lead)
    };
    if let Some(i) = (0..out.len().min(2)).find(|&i| restated(i)) {
        out.remove(i);
    }
}

/// The unit of an intro paragraph's last sentence: the subject of its last clause that
/// opens with one ("…; căn cứ vào …, Văn phòng Trung ương Đảng và … cụ thể hoá …").
pub(super) fn intro_subject(intro: &str) -> Option<(String, Vec<String>)> {
    let last = sentences(intro).into_iter().last()?;
    // After its last ";", the first clause that opens with a unit ("…, thành uỷ" inside the
    // list of units is not a clause of its own).
    let last = last.rsplit_once("; ").map_or(last, |(_, tail)| tail);
    let found = std::iter::once(0)
        .chain(last.match_indices(", ").map(|(p, _)| p + 2))
        .map(|p| &last[p..])
        .find(|c| starts_with_subject(c))?;
    // The units take the work on themselves ("… tập trung …", "… thực hiện …"); one who
    // concludes or directs ("đồng chí … đã kết luận các nội dung sau:", "UBND huyện chỉ đạo
    // một số nội dung sau:") names no doer of the items.
    let f = fold(found);
    let takes_on = ["tap trung", "thuc hien", "trien khai"].iter().any(|w| f.contains(w));
    let speaks = ["ket luan", "chi dao", "nhan manh", "phat bieu", "thong bao", "ghi nhan"]
        .iter()
        .any(|w| f.contains(w));
    if !takes_on || speaks {
        return None;
    }
    lead_of(found).filter(|(_, plain)| *plain).map(|(l, _)| l)
}
