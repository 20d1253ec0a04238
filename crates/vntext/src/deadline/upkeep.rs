//! A time and the upkeep that follows it (twenty-seventh round, unseen27d: a national plan's
//! table cells "Hoàn thành trong quý I năm 2026 và có rà soát, sửa đổi, bổ sung trong các năm
//! tiếp theo (nếu có)", "Hoàn thành việc đầu tư … trong năm 2026. Thực hiện thường xuyên liên tục,
//! hiệu quả hàng năm", "Triển khai từ năm 2026 và thực hiện thường xuyên, liên tục").
//!
//! - Work that opens with "Hoàn thành" and its time is due then; the recurrence named after the
//!   time is the upkeep once it is done (review "trong các năm tiếp theo", run "hàng năm"), not
//!   the deadline. A specialist enters the completion date ("Tháng 12/2026 và thực hiện thường
//!   xuyên" was already read so, the weak word yielding to the date).
//! - Work that only starts at a time ("từ năm 2026", no end) and then goes on ("thực hiện thường
//!   xuyên, liên tục") is ongoing: the start is no due date.

use super::tokens::{Tok, starts, tokenize};

/// Recurrence words (folded) whose place decides.
const RECURRING: [&[&str]; 8] = [
    &["hang", "nam"],
    &["hang", "thang"],
    &["hang", "quy"],
    &["cac", "nam", "tiep", "theo"],
    &["nhung", "nam", "tiep", "theo"],
    &["dinh", "ky"],
    &["thuong", "xuyen"],
    &["lien", "tuc"],
];

/// Whether the phrase opens (after a list mark) with "hoàn thành" and names a year before any
/// recurrence word.
pub(crate) fn completion_first(folded: &str) -> bool {
    let t = tokenize(folded);
    let mut k = 0;
    while k < t.len() && matches!(t[k], Tok::Sym(_)) {
        k += 1;
    }
    if !starts(&t, k, &["hoan", "thanh"]) {
        return false;
    }
    let year = (k..t.len()).find(|&j| t[j].year().is_some());
    let recurring = (k..t.len()).find(|&j| RECURRING.iter().any(|r| starts(&t, j, r)));
    matches!((year, recurring), (Some(y), Some(r)) if y < r)
}

/// "… được triển khai xuyên suốt trong năm, … duy trì thường xuyên, liên tục": a time after
/// "xuyên suốt (trong)" spans the work, it is no end (twenty-eighth round); with an ongoing word the
/// work is ongoing, as work that only starts at a time.
pub(crate) fn throughout(t: &[Tok<'_>], at: usize) -> bool {
    let w = |i: Option<usize>, s: &str| i.and_then(|i| t.get(i)).is_some_and(|x| x.is_word(s));
    let k = if w(at.checked_sub(1), "trong") { at - 1 } else { at };
    w(k.checked_sub(1), "suot") && w(k.checked_sub(2), "xuyen")
}

#[cfg(test)]
mod tests {
    use super::completion_first;
    use crate::text::fold;

    #[test]
    fn completion_before_upkeep() {
        let c = |s: &str| completion_first(&fold(s));
        assert!(c("Hoàn thành trong năm 2027 và duy trì hằng năm"));
        assert!(c(
            "- Hoàn thành xây dựng cơ sở dữ liệu trong quý II/2026. Cập nhật định kỳ."
        ));
        assert!(!c("Hoàn thành trước ngày 15/12 hằng năm"));
        assert!(!c("Hằng năm, hoàn thành trước ngày 15/12/2026"));
        assert!(!c("Triển khai trong năm 2026 và thực hiện hằng năm"));
    }
}
