//! Times that belong to money, not to work (twenty-seventh round, unseen27d): a budget plan's
//! and a conclusion's lines name the year or the period of a budget, a revenue or a spending
//! line ("Đối với chi thường xuyên năm 2027 và năm 2028 xác định tăng …", "… phù hợp với khả
//! năng cân đối ngân sách trung ương giai đoạn 2026 - 2030, báo cáo cấp có thẩm quyền", "Tổng
//! thu ngân sách nhà nước 10 tháng năm 2025 thực hiện 13.966 tỷ đồng"), and a cost estimate or a
//! funding clause states money for a period ("Dự toán kinh phí … từ năm 2026 -2030: … đồng/năm",
//! "Kinh phí thực hiện Kế hoạch … năm 2026 được bố trí từ …", "Dự kiến tổng thu NSNN … 03 năm
//! 2026 - 2028 như Mẫu biểu …"). A specialist enters no due date for them: the time says which
//! budget the money is in. Work aimed at the money keeps its time: "Phấn đấu thực hiện hoàn
//! thành vượt mức dự toán thu NSNN giai đoạn 2026 - 2030", "quyết tâm giải ngân 100% kế hoạch
//! vốn năm 2025", "Tổng huy động vốn đầu tư phát triển thời kỳ 2021-2025: 5.000 tỷ đồng" (a
//! target), and so does a phrase that sets a time ("… gửi Sở Tài chính trước ngày 15/7").

use super::scan::Cand;
use super::tokens::{Tok, after_list_mark, orders_at, starts};

/// Nouns (folded) of a budget, a revenue, a spending line or funds.
const MONEY: [&[&str]; 13] = [
    &["ngan", "sach"],
    &["nsnn"],
    &["nsdp"],
    &["nstw"],
    &["du", "toan"],
    &["kinh", "phi"],
    &["von"],
    &["tong", "thu"],
    &["tong", "chi"],
    &["chi", "thuong", "xuyen"],
    &["chi", "dau", "tu"],
    &["thu", "noi", "dia"],
    &["nguon", "von"],
];

/// Words that may stand between the money noun and its time (at most three): whose budget it is
/// or what it is for ("ngân sách trung ương", "ngân sách nhà nước", "dự toán ngân sách tỉnh",
/// "vốn đầu tư công", "chi đầu tư phát triển").
const OWNERS: [&str; 18] = [
    "nha", "nuoc", "trung", "uong", "tinh", "dia", "phuong", "cap", "xa", "huyen", "thanh", "pho", "dau", "tu", "cong",
    "ngan", "phat", "trien",
];

/// Words (folded) that aim work at the money: its time is the work's.
const AIMS: [&[&str]; 8] = [
    &["phan", "dau"],
    &["hoan", "thanh"],
    &["giai", "ngan"],
    &["quyet", "tam"],
    &["huy", "dong"],
    &["thuc", "hien"],
    &["trien", "khai"],
    &["vuot"],
];

/// Whether a money noun ends at token `k` (exclusive end `k`).
fn money_ends(t: &[Tok<'_>], k: usize) -> Option<usize> {
    MONEY
        .iter()
        .filter(|m| k >= m.len() && starts(t, k - m.len(), m))
        .map(|m| k - m.len())
        .min()
}

/// The time `c` stands right after a money noun (its owners between): "ngân sách trung ương giai
/// đoạn 2026 - 2030", "chi thường xuyên năm 2027 và năm 2028" (a time after "và" joins the one
/// before it), with no word aiming work at the money earlier in its clause.
pub(crate) fn budget_period(t: &[Tok<'_>], c: &Cand, all: &[Cand]) -> bool {
    let mut at = c.at;
    // "năm 2027 và năm 2028": the second year belongs where the first does.
    if at > 0
        && t[at - 1].is_word("va")
        && let Some(prev) = all.iter().find(|p| p.end + 1 == at)
    {
        at = prev.at;
    }
    // The span may start at its number: step back over "giai đoạn", "năm", "thời kỳ", "trong".
    let mut k = at;
    while k > 0
        && at - k < 3
        && ["giai", "doan", "nam", "thoi", "ky", "trong"]
            .iter()
            .any(|w| t[k - 1].is_word(w))
    {
        k -= 1;
    }
    let mut owners = 0;
    loop {
        if let Some(start) = money_ends(t, k) {
            let clause = t[..start]
                .iter()
                .rposition(|x| x.is_sym(&['.', ';', ':']))
                .map_or(0, |p| p + 1);
            return !(clause..start).any(|j| AIMS.iter().any(|a| starts(t, j, a)));
        }
        if owners == 3 || k == 0 || !OWNERS.iter().any(|o| t[k - 1].is_word(o)) {
            return false;
        }
        k -= 1;
        owners += 1;
    }
}

/// Subjects (folded) a money statement opens with.
const SUBJECTS: [&[&str]; 10] = [
    &["du", "toan"],
    &["kinh", "phi"],
    &["tong", "thu"],
    &["tong", "chi"],
    &["nguon", "von"],
    &["nguon", "kinh", "phi"],
    &["thu", "ngan", "sach"],
    &["chi", "ngan", "sach"],
    &["chi", "thuong", "xuyen"],
    &["chi", "dau", "tu"],
];

/// Words (folded) that set, schedule or aim, beside [`ORDERS`](super::tokens::ORDERS): a phrase
/// with them is no money statement.
const SETS: [&[&str]; 9] = [
    &["truoc"],
    &["hoan", "thanh"],
    &["phan", "dau"],
    &["quyet", "tam"],
    &["giai", "ngan"],
    &["huy", "dong"],
    &["den", "ngay"],
    &["vao", "ngay"],
    &["bat", "dau"],
];

/// Whether the phrase is a money statement: after its list mark it opens with a budget, a cost
/// or a revenue as its subject ("2. Dự toán kinh phí …", "Kinh phí thực hiện …", "Dự kiến tổng
/// thu NSNN …", "Đối với chi thường xuyên …", "Tổng thu ngân sách nhà nước …"), and nothing in
/// it sets or aims work ("giao" only as an assignment to someone, not "dự toán … giao").
pub(crate) fn statement(t: &[Tok<'_>]) -> bool {
    let mut k = after_list_mark(t);
    for lead in [&["du", "kien"][..], &["uoc"], &["doi", "voi"]] {
        if starts(t, k, lead) {
            k += lead.len();
        }
    }
    if !SUBJECTS.iter().any(|s| starts(t, k, s)) {
        return false;
    }
    let assigns =
        |j: usize| t[j].is_word("giao") && t.get(j + 1).is_some_and(|x| matches!(x, Tok::Word(w) if *w != "va"));
    !(0..t.len()).any(|j| orders_at(t, j, &SETS) || assigns(j))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::deadline::scan::scan;
    use crate::deadline::tokens::tokenize;
    use crate::text::fold;

    fn period(s: &str) -> Vec<bool> {
        let f = fold(s);
        let t = tokenize(&f);
        let c = scan(&t);
        c.iter().map(|x| budget_period(&t, x, &c)).collect()
    }

    #[test]
    fn budget_years() {
        assert_eq!(
            period("cân đối ngân sách trung ương giai đoạn 2026 - 2030, báo cáo cấp trên"),
            [true]
        );
        assert_eq!(
            period("Đối với chi thường xuyên năm 2027 và năm 2028 xác định tăng"),
            [true, true]
        );
        assert_eq!(
            period("Phấn đấu hoàn thành vượt mức dự toán thu NSNN giai đoạn 2026 - 2030."),
            [false]
        );
        assert_eq!(period("quyết tâm giải ngân 100% kế hoạch vốn năm 2025"), [false]);
        assert_eq!(period("Tổ chức tập huấn trong năm 2026"), [false]);
    }

    #[test]
    fn statements() {
        let s = |x: &str| statement(&tokenize(&fold(x)));
        assert!(s(
            "3. Dự toán kinh phí tổ chức giải chạy từ năm 2026 - 2028: 200.000.000 đồng/năm."
        ));
        assert!(s(
            "Kinh phí thực hiện Đề án năm 2027 được bảo đảm từ nguồn sự nghiệp y tế."
        ));
        assert!(s("Dự kiến tổng thu ngân sách trên địa bàn năm 2026 tăng 10%."));
        assert!(s("Tổng thu ngân sách 9 tháng năm 2025 đạt 80% dự toán tỉnh giao."));
        assert!(!s("Kinh phí năm 2026 gửi Sở Tài chính trước ngày 15/7/2025."));
        assert!(!s("Dự toán năm 2026 giao Sở Tài chính thẩm định trong tháng 12."));
        assert!(!s("Tổ chức tập huấn năm 2026, kinh phí từ ngân sách tỉnh."));
    }
}
