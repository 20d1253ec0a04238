//! The recurrence words and the folded text they are looked for in (split out of `parse.rs` in
//! the twenty-seventh round): a place of residence, a noun term holding "thường xuyên", a
//! qualified period, leading zeros and the "Nam" of a place are set apart first, so that
//! "theo quy định" is no "theo quý" and "Việt Nam báo cáo" no "năm báo cáo".

use super::recurrence::Recurrence;
use super::residence;
use super::role;
use super::terms;
use super::tokens::tokenize;

/// Recurrence keywords (folded), the recurrence, and whether they are a weak signal
/// that yields to an explicit date.
pub(crate) const RECURRENCES: &[(&str, Recurrence, bool)] = &[
    ("hang thang", Recurrence::Monthly, false),
    ("moi thang", Recurrence::Monthly, false),
    ("dinh ky thang", Recurrence::Monthly, false),
    // "họp báo … được tổ chức một tháng một lần", "Chi hội quý họp một lần", "cứ sáu tháng tiêm
    // nhắc lại", "từ ngày 1 đến ngày 20 của Quý đó" (sixteenth round).
    ("mot thang mot lan", Recurrence::Monthly, false),
    ("mot thang 1 lan", Recurrence::Monthly, false),
    ("1 thang 1 lan", Recurrence::Monthly, false),
    ("quy hop mot lan", Recurrence::Quarterly, false),
    ("quy hop 1 lan", Recurrence::Quarterly, false),
    ("cua quy do", Recurrence::Quarterly, false),
    ("cu 6 thang", Recurrence::Semiannual, false),
    ("cu sau thang", Recurrence::Semiannual, false),
    ("hang quy", Recurrence::Quarterly, false),
    ("moi quy", Recurrence::Quarterly, false),
    ("dinh ky quy", Recurrence::Quarterly, false),
    ("theo quy", Recurrence::Quarterly, false),
    ("dinh ky 6 thang", Recurrence::Semiannual, false),
    ("dinh ky 06 thang", Recurrence::Semiannual, false),
    ("6 thang mot lan", Recurrence::Semiannual, false),
    ("6 thang 1 lan", Recurrence::Semiannual, false),
    ("6 thang/lan", Recurrence::Semiannual, false),
    ("moi 6 thang", Recurrence::Semiannual, false),
    ("hang 6 thang", Recurrence::Semiannual, false),
    // "Tần suất: 06 tháng và hằng năm": the shortest period named.
    ("6 thang va hang nam", Recurrence::Semiannual, false),
    ("06 thang va hang nam", Recurrence::Semiannual, false),
    ("6 thang, hang nam", Recurrence::Semiannual, false),
    ("06 thang, hang nam", Recurrence::Semiannual, false),
    ("dinh ky nua nam", Recurrence::Semiannual, false),
    // "giữa mỗi học kì nhà trường tổ chức thi khảo sát": two terms a year (twenty-fourth round).
    ("moi hoc ky", Recurrence::Semiannual, false),
    ("moi hoc ki", Recurrence::Semiannual, false),
    ("hang hoc ky", Recurrence::Semiannual, false),
    ("hang hoc ki", Recurrence::Semiannual, false),
    ("thang bao cao", Recurrence::Monthly, false),
    // "chậm nhất ngày 25 của tháng trước tháng tổ chức phiên họp": a day of a month named
    // by the month of a recurring event, not a calendar month.
    ("thang truoc thang", Recurrence::Monthly, false),
    ("thang sau thang", Recurrence::Monthly, false),
    ("nam bao cao", Recurrence::Yearly, false),
    ("hang nam", Recurrence::Yearly, false),
    ("moi nam", Recurrence::Yearly, false),
    ("dinh ky nam", Recurrence::Yearly, false),
    ("cac nam tiep theo", Recurrence::Yearly, false),
    ("nhung nam tiep theo", Recurrence::Yearly, false),
    ("thuong xuyen", Recurrence::Ongoing, true),
    ("lien tuc", Recurrence::Ongoing, true),
    ("hang tuan", Recurrence::Ongoing, true),
    ("hang ngay", Recurrence::Ongoing, true),
    // "07 giờ 00 đến 08 giờ 00 tất cả các ngày làm việc trong tuần" (seventeenth round).
    ("tat ca cac ngay lam viec", Recurrence::Ongoing, true),
    ("cac ngay lam viec trong tuan", Recurrence::Ongoing, true),
    // "Vào các ngày thứ bảy và Chủ nhật: … làm vệ sinh …": named weekdays in the plural recur every
    // week (twenty-eighth round; the enum has no weekly value).
    ("cac ngay thu", Recurrence::Ongoing, true),
    ("cac ngay chu nhat", Recurrence::Ongoing, true),
    ("dinh ky", Recurrence::Ongoing, true),
    ("dot xuat", Recurrence::Adhoc, true),
    ("khi co yeu cau", Recurrence::Adhoc, true),
    ("theo yeu cau", Recurrence::Adhoc, true),
];

/// The folded phrase prepared for the recurrence words: "theo quy định" is not "theo quý"; the
/// "Nam" of a place is no "năm" ("Tập đoàn … Việt Nam báo cáo Thủ tướng" is no "năm báo cáo";
/// twenty-seventh round).
pub(crate) fn for_recurrence(folded: &str) -> String {
    let prepared = terms::without_statistic(&terms::without_daily_life(&terms::without_terms(
        &residence::without_residence(&role::without_qualified(&without_leading_zeros(folded))),
    )))
    .replace("quy dinh", "quydinh")
    .replace("quy che", "quyche")
    .replace("quy trinh", "quytrinh");
    place_nam(&prepared)
}

/// The "Nam" of a place name joined to the word before it ("viet nam" → "vietnam"), so that it
/// reads as no "năm" (twenty-seventh round).
fn place_nam(folded: &str) -> String {
    const PLACES: [&str; 6] = ["viet", "quang", "ha", "mien", "dong", "tay"];
    let words: Vec<&str> = folded.split(' ').collect();
    let mut out: Vec<String> = Vec::with_capacity(words.len());
    for w in words {
        let nam = w.trim_end_matches([',', '.', ';', ':', ')']).eq("nam");
        if nam && out.last().is_some_and(|p| PLACES.contains(&p.as_str())) {
            if let Some(p) = out.last_mut() {
                p.push_str(w);
            }
        } else {
            out.push(w.to_string());
        }
    }
    out.join(" ")
}

/// "đóng 06 tháng một lần" reads as "6 tháng một lần" for the recurrence words (seventeenth
/// round); a lone "0" stays.
fn without_leading_zeros(folded: &str) -> String {
    let mut out = String::with_capacity(folded.len());
    let mut prev: Option<char> = None;
    let mut chars = folded.chars().peekable();
    while let Some(c) = chars.next() {
        let starts_number = !prev.is_some_and(|p| p.is_ascii_digit());
        if c == '0' && starts_number && chars.peek().is_some_and(char::is_ascii_digit) {
            prev = Some(c);
            continue;
        }
        out.push(c);
        prev = Some(c);
    }
    out
}

/// "Hội nghị Ban Chấp hành định kỳ tháng 8 năm 2022": "định kỳ tháng" followed by the month's
/// number names one session, not a monthly duty (seventeenth round); so does "định kỳ 6 tháng
/// đầu năm 2020" (eighteenth round).
pub(crate) fn names_one_period(for_rec: &str, keyword: &str) -> bool {
    // "Nông thôn mới năm 2023": "mới" folds as "mỗi"; before a year it names that year, not
    // "each year" (twenty-fifth round).
    if keyword == "moi nam" {
        return for_rec.match_indices(keyword).all(|(at, _)| {
            tokenize(&for_rec[at + keyword.len()..])
                .first()
                .is_some_and(|n| n.year().is_some())
        });
    }
    if !keyword.starts_with("dinh ky ") {
        return false;
    }
    for_rec.match_indices(keyword).all(|(at, _)| {
        let next = tokenize(&for_rec[at + keyword.len()..]);
        let half = next.len() > 1 && (next[0].is_word("dau") || next[0].is_word("cuoi")) && next[1].is_word("nam");
        half || next
            .first()
            .is_some_and(|n| matches!(n, super::tokens::Tok::Num(..)) || n.quarter().is_some())
    })
}
