//! A document's title standing alone (twenty-second round): "Báo cáo công tác tiếp công dân …
//! tháng 01/2020 (Từ ngày 09/12/2019 đến 10/01/2020)", "Thông báo Công khai số liệu … 6 tháng đầu
//! năm 2017", "Giấy mời dự kỳ họp bất thường HĐND huyện … nhiệm kỳ 2016-2021", "Nghị quyết về việc
//! thông qua Đồ án … đến năm 2030". A register, a portal's list or a file name gives such titles;
//! their times say what a report covers, what an exam or a plan is named by — the document is
//! already written and sets no task by them.
//!
//! Only titles of documents that report, announce or invite (báo cáo, thông báo, giấy mời) or of
//! acts named with "về" / "số" (nghị quyết, quyết định, tờ trình, công văn về …) — a plan's title
//! ("Kế hoạch cải cách hành chính năm 2025") names the year its work is due in and is read. A
//! phrase with a word that sets or sends ("gửi", "trước", "chậm nhất", "hạn", "hoàn thành",
//! "nộp", "phải", a recurrence) is a duty, not a title ("Báo cáo tháng gửi trước ngày 15 của
//! tháng").

/// Whether the folded phrase is only a document's title.
pub(crate) fn names_a_document(folded: &str) -> bool {
    let words: Vec<&str> = folded
        .split(' ')
        .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric() && c != '/'))
        .filter(|w| !w.is_empty())
        .collect();
    let (Some(a), Some(b), Some(c)) = (words.first(), words.get(1), words.get(2)) else {
        return false;
    };
    // "Báo cáo: …", "Thông báo, …": a label or a clause, not a title.
    let second = folded
        .split(' ')
        .filter(|w| w.chars().any(char::is_alphanumeric))
        .nth(1)
        .unwrap_or("");
    if second.ends_with([':', ',']) {
        return false;
    }
    // An attachment formula ("(Ban hành kèm theo Quyết định số … ngày …)") names the act it
    // belongs to (twenty-third round). A calendar's heading is read: its week is due.
    let heading = matches!((*a, *b, *c), ("ban", "hanh", "kem"));
    if heading {
        let text = format!(" {} ", words.join(" "));
        return !DUTY.iter().any(|d| text.contains(&format!(" {d} ")));
    }
    let reports = matches!((*a, *b), ("bao", "cao") | ("thong", "bao") | ("giay", "moi"));
    let acts = matches!(
        (*a, *b),
        ("nghi", "quyet") | ("quyet", "dinh") | ("to", "trinh") | ("cong", "van") | ("chi", "thi") | ("thong", "tu")
    ) && matches!(*c, "ve" | "so" | "v/v");
    if !(reports || acts) {
        return false;
    }
    let text = format!(" {} ", words.join(" "));
    !DUTY.iter().any(|d| text.contains(&format!(" {d} ")))
}

/// Words that make the phrase a duty rather than a title.
const DUTY: [&str; 21] = [
    "truoc",
    "cham nhat",
    "han",
    "hoan thanh",
    "xong",
    "gui",
    "nop",
    "trinh",
    "phai",
    "dinh ky",
    "hang thang",
    "hang quy",
    "hang nam",
    "hang tuan",
    "thuong xuyen",
    "vao ngay",
    "trong ngay",
    "trong thang",
    "trong nam",
    "trong quy",
    "yeu cau",
];

#[cfg(test)]
mod tests {
    use super::names_a_document;
    use crate::text::fold;

    #[test]
    fn titles_of_reports_notices_and_acts() {
        let t = |s: &str| names_a_document(&fold(s));
        assert!(t("Báo cáo tình hình thực hiện nhiệm vụ quý I năm 2024 của UBND phường"));
        assert!(t("Thông báo tuyển dụng viên chức năm 2023 (đợt 2)"));
        assert!(t("Giấy mời số 12/GM-UBND ngày 3/4/2019 về dự hội nghị sơ kết"));
        assert!(t("Quyết định về việc phê duyệt quy hoạch chi tiết đến năm 2035"));
        // duties, plans and clauses are read
        assert!(!t("Báo cáo quý gửi Sở Tài chính trước ngày 10 tháng đầu quý sau"));
        assert!(!t("Báo cáo: chậm nhất ngày 20/12/2024"));
        assert!(!t("Kế hoạch chuyển đổi số năm 2024"));
        assert!(!t("Nghị quyết xác định đến năm 2030 hoàn thành mục tiêu"));
    }
}
