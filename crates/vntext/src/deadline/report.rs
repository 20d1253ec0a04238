//! What a report records rather than orders (twenty-seventh round, unseen27d: a flood-relief
//! plan's situation, a budget plan's review and footnotes, a telegram's count as of a day):
//!
//! - an event told as having happened — "Từ ngày 15/11 đến ngày 20/11/2025, trên địa bàn tỉnh …
//!   xảy ra đợt mưa rất lớn …": the days of a happening already past on the issue date; nothing
//!   is due by them ("không để xảy ra …" is a task and keeps its time);
//! - a result measured against the plan or the same period of the year before — "6 tháng đầu năm
//!   thu hoạch 574.341 tấn, đạt 45,2% kế hoạch", "tăng 4,9% so cùng kỳ": the period is the one
//!   measured;
//! - a footnote — "[1] Trong đó: Công ty … nộp 30 tỷ đồng nợ của năm 2024.", "[4] Trong năm được
//!   bổ sung kế hoạch vốn …": it explains a figure of the text, and sets nothing unless it says so
//!   ("[2] … trước ngày …").

use chrono::NaiveDate;

use super::scan::Cand;
use super::tokens::{Tok, after_list_mark, orders_at, starts};

/// The time `c` dates a happening already past on the issue date: "xảy ra" follows it in its
/// clause, and no "không để" / "tránh" / "phòng" turns the happening into something to prevent.
pub(crate) fn happened(t: &[Tok<'_>], c: &Cand, date: NaiveDate, issued: Option<NaiveDate>) -> bool {
    if issued.is_none_or(|i| date >= i) {
        return false;
    }
    let end = (c.end..t.len()).find(|&k| t[k].is_sym(&['.', ';'])).unwrap_or(t.len());
    let occurs = (c.end..end).find(|&k| starts(t, k, &["xay", "ra"]));
    let prevented = occurs.is_some_and(|k| {
        let from = k.saturating_sub(4);
        (from..k).any(|j| starts(t, j, &["khong", "de"]) || t[j].is_word("tranh") || t[j].is_word("phong"))
    });
    (occurs.is_some() && !prevented) || held_before(t, c)
}

/// "Việc khám tuyển được tổ chức nghiêm túc, khách quan trong 05 ngày từ ngày 4 đến 8/11/2019":
/// an event told as held ("được tổ chức", "diễn ra") before its time, in a sentence that announces
/// nothing ("sẽ", "dự kiến", "sắp"), on days already past (twenty-eighth round).
fn held_before(t: &[Tok<'_>], c: &Cand) -> bool {
    let start = t[..c.at]
        .iter()
        .rposition(|x| x.is_sym(&['.', ';', ':']))
        .map_or(0, |k| k + 1);
    let held = (start.max(c.at.saturating_sub(15))..c.at)
        .any(|k| starts(t, k, &["duoc", "to", "chuc"]) || starts(t, k, &["dien", "ra"]));
    held && !(start..c.at).any(|k| t[k].is_word("se") || t[k].is_word("sap") || starts(t, k, &["du", "kien"]))
}

/// Words (folded) that set or aim work, beside [`ORDERS`](super::tokens::ORDERS): a phrase with
/// them orders something.
const SETS: [&[&str]; 3] = [&["truoc"], &["phan", "dau"], &["hoan", "thanh", "trong"]];

/// The phrase records a result against a base: "đạt N% kế hoạch / dự toán", "so (với) cùng kỳ".
pub(crate) fn measured(t: &[Tok<'_>]) -> bool {
    // "đạt trên 55 % KH" (twenty-ninth round): a qualifier before the figure, "KH" for "kế hoạch".
    const ABOUT: [&str; 6] = ["tren", "gan", "khoang", "hon", "duoi", "xap"];
    let against_plan = (1..t.len()).any(|k| {
        let d = if k >= 2 && ABOUT.iter().any(|w| t[k - 1].is_word(w)) {
            k - 2
        } else {
            k - 1
        };
        t[d].is_word("dat")
            && matches!(t[k], Tok::Num(..))
            && (k + 1..t.len().min(k + 6)).any(|j| t[j].is_sym(&['%']))
            && (k + 1..t.len().min(k + 8)).any(|j| {
                starts(t, j, &["ke", "hoach"])
                    || starts(t, j, &["du", "toan"])
                    || (t[j].is_word("kh") && t[j - 1].is_sym(&['%']))
            })
    });
    let against_last_year =
        (0..t.len()).any(|k| starts(t, k, &["so", "cung", "ky"]) || starts(t, k, &["so", "voi", "cung", "ky"]));
    (against_plan || against_last_year) && !sets(t)
}

/// The phrase is a footnote ("[1] …") that sets nothing.
pub(crate) fn footnote(t: &[Tok<'_>]) -> bool {
    t.first().is_some_and(|x| x.is_sym(&['[']))
        && matches!(t.get(1), Some(Tok::Num(..)))
        && t.get(2).is_some_and(|x| x.is_sym(&[']']))
        && !sets(t)
}

/// Words (folded) that open a report's heading of results (twenty-eighth round): "A. TÌNH HÌNH
/// THỰC HIỆN NHIỆM VỤ KINH TẾ - XÃ HỘI 6 THÁNG ĐẦU NĂM 2018:", "Kết quả xây dựng nông thôn mới
/// năm 2020 của xã …", "ĐÁNH GIÁ KẾT QUẢ SẢN XUẤT VỤ CHIÊM XUÂN 2021 - 2022".
const RESULTS: [&[&str]; 3] = [
    &["tinh", "hinh", "thuc", "hien"],
    &["ket", "qua"],
    &["danh", "gia", "ket", "qua"],
];

/// Words (folded) that make a results line work to do: a time it is published, a period it
/// deploys ("đánh giá kết quả … tháng 5 và triển khai nhiệm vụ tháng 6").
const DUE: [&[&str]; 4] = [&["cong", "bo"], &["trien", "khai"], &["bao", "cao"], &["gui"]];

/// The phrase is a report's heading of results: it opens (after a list mark) with "Tình hình thực
/// hiện", "Kết quả" or "Đánh giá kết quả" and holds no word that sets or orders work, nor one
/// that publishes, deploys or reports: its period is the one reviewed.
pub(crate) fn results_heading(t: &[Tok<'_>]) -> bool {
    let open = after_list_mark(t);
    RESULTS.iter().any(|r| starts(t, open, r))
        && !sets(t)
        && !(open..t.len()).any(|k| DUE.iter().any(|d| starts(t, k, d)))
}

fn sets(t: &[Tok<'_>]) -> bool {
    (0..t.len()).any(|k| orders_at(t, k, &SETS))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::deadline::scan::scan;
    use crate::deadline::tokens::tokenize;
    use crate::text::fold;

    fn toks(s: &str) -> String {
        fold(s)
    }

    #[test]
    fn a_report_records() {
        let f = toks("Sản lượng 9 tháng đầu năm đạt 3.200 tấn, đạt 76,5% kế hoạch.");
        assert!(measured(&tokenize(&f)));
        let f = toks("Doanh thu quý III tăng 6,2% so cùng kỳ.");
        assert!(measured(&tokenize(&f)));
        let f = toks("Phấn đấu đạt 95% kế hoạch trong năm 2026.");
        assert!(!measured(&tokenize(&f)));
        let f = toks("[2] Số liệu của Cục Thống kê năm 2025.");
        assert!(footnote(&tokenize(&f)));
        let f = toks("[3] Các xã gửi báo cáo trước ngày 5/12/2025.");
        assert!(!footnote(&tokenize(&f)));
    }

    #[test]
    fn a_happening_is_cited() {
        let issued = NaiveDate::from_ymd_opt(2026, 9, 12);
        let f = toks("Từ ngày 3/9 đến ngày 6/9/2026, trên địa bàn xã xảy ra mưa lớn");
        let t = tokenize(&f);
        let c = scan(&t);
        let last = c.last().unwrap();
        assert!(happened(&t, last, NaiveDate::from_ymd_opt(2026, 9, 6).unwrap(), issued));
        let f = toks("Trong dịp Tết năm 2027 không để xảy ra cháy nổ");
        let t = tokenize(&f);
        let c = scan(&t);
        assert!(!happened(
            &t,
            &c[0],
            NaiveDate::from_ymd_opt(2027, 12, 31).unwrap(),
            issued
        ));
    }
}
