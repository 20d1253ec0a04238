//! What a phrase does with a time besides setting it (twenty-ninth round, unseen29d): it
//! compares with it ("so sánh kết quả đạt được với năm 2017"), restates a day in another
//! calendar ("Chiều 23/2 (tức 14 tháng Giêng), …"), says what a month is like ("tháng Giêng là
//! tháng rảnh rỗi nhất của năm"), tells a stretch up to now ("Từ đầu tháng 1 đến nay, đã có …"),
//! an award received ("năm 2021, Ban Tổ chức Huyện ủy được tặng Bằng khen …"), or the date of a
//! document whose number is left blank ("Thực hiện Hướng dẫn số - HD/ĐU ngày 25/11/2025 …").
//! None of them is a deadline. Also: phrases that describe how things usually are, a report's
//! own opening and stamp, and work still going on until a day to come.

use super::scan::{Cand, Span};
use super::tokens::{Tok, starts};

/// Start of the clause that holds token `at` (after the last `,` `;` `.` `:` before it).
fn clause_start(t: &[Tok<'_>], at: usize) -> usize {
    t[..at]
        .iter()
        .rposition(|x| x.is_sym(&[',', ';', '.', ':']))
        .map_or(0, |p| p + 1)
}

/// Whether `c` names no deadline for one of the reasons above.
pub(crate) fn not_set(t: &[Tok<'_>], c: &Cand) -> bool {
    compared(t, c) || restated(t, c) || characterized(t, c) || to_date(t, c) || awarded(t, c) || blank_symbol(t, c)
}

/// "so với năm 2017", "so sánh kết quả đạt được với năm 2017": the base of a comparison.
fn compared(t: &[Tok<'_>], c: &Cand) -> bool {
    let k = c.at;
    if k >= 2 && t[k - 1].is_word("voi") && t[k - 2].is_word("so") {
        return true;
    }
    // "với" right before the time, with "so sánh" earlier in the clause.
    let start = clause_start(t, k);
    k >= 1 && t[k - 1].is_word("voi") && (start..k).any(|j| starts(t, j, &["so", "sanh"]))
}

/// "(tức ngày 3 đến ngày 11 tháng Giêng)", "(tức 14 tháng Giêng)": the same day restated in
/// brackets, in the lunar calendar; the day before the bracket is the one written.
fn restated(t: &[Tok<'_>], c: &Cand) -> bool {
    let Some(open) = t[..c.at].iter().rposition(|x| x.is_sym(&['(', ')'])) else {
        return false;
    };
    t[open].is_sym(&['('])
        && t.get(open + 1).is_some_and(|x| x.is_word("tuc"))
        && (c.end..t.len()).any(|k| t[k].is_sym(&[')']))
}

/// "tháng Giêng là tháng rảnh rỗi nhất của năm", "tháng 1, tháng 2 thường là tháng thong thả",
/// "tháng Giêng có nhiều lễ hội nhất": months described, nothing timed.
fn characterized(t: &[Tok<'_>], c: &Cand) -> bool {
    if !matches!(c.span, Span::Month { .. }) {
        return false;
    }
    let mut k = c.end;
    // further months of a list ("tháng 1, tháng 2"), then "thường" if any
    while k < t.len()
        && (t[k].is_sym(&[',']) || t[k].is_word("va") || t[k].is_word("thang") || matches!(t[k], Tok::Num(..)))
    {
        k += 1;
    }
    if t.get(k).is_some_and(|x| x.is_word("thuong")) {
        k += 1;
    }
    let is_a_month = t.get(k).is_some_and(|x| x.is_word("la")) && t.get(k + 1).is_some_and(|x| x.is_word("thang"));
    // "trong đó tháng Giêng có nhiều lễ hội nhất": the month with the most of something.
    let most = t.get(k).is_some_and(|x| x.is_word("co")) && (k + 1..t.len().min(k + 7)).any(|j| t[j].is_word("nhat"));
    is_a_month || most
}

/// Whether `c` starts a stretch: read as a start, or "từ" in the `back` tokens before it ("từ đầu
/// tháng 1", "từ 0 giờ ngày 28/3/2020").
pub(crate) fn opens_stretch(t: &[Tok<'_>], c: &Cand, back: usize) -> bool {
    c.from || (c.at.saturating_sub(back)..c.at).any(|j| t[j].is_word("tu"))
}

/// "Từ đầu tháng 1 đến nay, đã có 8 huyện … tổ chức xong …": a stretch up to the day written.
fn to_date(t: &[Tok<'_>], c: &Cand) -> bool {
    opens_stretch(t, c, 3)
        && t.get(c.end).is_some_and(|x| x.is_word("den"))
        && t.get(c.end + 1).is_some_and(|x| x.is_word("nay"))
}

/// "Theo đó, năm 2021, Ban Tổ chức Huyện ủy được tặng Bằng khen …": an award received in the year.
fn awarded(t: &[Tok<'_>], c: &Cand) -> bool {
    matches!(c.span, Span::Year { .. } | Span::Month { .. })
        && (c.end..t.len().min(c.end + 12))
            .any(|j| starts(t, j, &["duoc", "tang"]) || starts(t, j, &["duoc", "trao", "tang"]))
}

/// "Hướng dẫn số - HD/ĐU ngày 25/11/2025", "Số: /BC-UBND ngày …": the date of a document whose
/// number is left blank — a reference all the same.
fn blank_symbol(t: &[Tok<'_>], c: &Cand) -> bool {
    let day = if c.at > 0 && t[c.at - 1].is_word("ngay") {
        c.at - 1
    } else {
        c.at
    };
    let start = day.saturating_sub(8);
    (start..day).any(|j| {
        t[j].is_word("so")
            && t.get(j + 1).is_some_and(|x| x.is_sym(&['-', '/', ':']))
            && (j + 1..day).any(|i| t[i].is_sym(&['/']))
            && (j + 1..day).all(|i| !matches!(t[i], Tok::Num(..)))
    })
}

/// A phrase that tells how things usually are or were ("Thông thường, …", "Thời ấy, …"): a
/// description, no deadline in it.
pub(crate) fn generic(t: &[Tok<'_>]) -> bool {
    starts(t, 0, &["thong", "thuong"]) || starts(t, 0, &["thoi", "ay"])
}

/// A report's own opening ("Ủy ban nhân dân phường … báo cáo kết quả xây dựng … năm 2023 như
/// sau:"), and a report's stamp ("Thời điểm tháng 10 năm 2020"): the period reported on.
pub(crate) fn report_preamble(t: &[Tok<'_>]) -> bool {
    let last_colon = t.last().is_some_and(|x| x.is_sym(&[':']));
    let as_follows = (0..t.len()).any(|k| starts(t, k, &["bao", "cao"]))
        && t.len() >= 3
        && starts(t, t.len() - 3, &["nhu", "sau"])
        && last_colon;
    let stamp = starts(t, 0, &["thoi", "diem"])
        && t.get(2)
            .is_some_and(|x| matches!(x, Tok::Num(..)) || ["thang", "ngay", "nam", "quy"].iter().any(|w| x.is_word(w)))
        && !t
            .iter()
            .any(|x| x.is_word("hoan") || x.is_word("truoc") || x.is_word("han"));
    as_follows || stamp
}

/// "… ngành công an đã và đang thực hiện đợt cao điểm … đến hết ngày 30.9" (told on 4/9): work
/// going on until a day still to come — its end is set, though the sentence tells a news item.
pub(crate) fn still_going(t: &[Tok<'_>], c: &Cand, date: chrono::NaiveDate, issued: Option<chrono::NaiveDate>) -> bool {
    let ongoing = (0..t.len()).any(|k| starts(t, k, &["dax", "va", "dang"]));
    let until = (c.at.saturating_sub(3)..c.at).any(|j| t[j].is_word("den"));
    ongoing && until && issued.is_some_and(|i| date > i)
}

/// "UBND tỉnh Cà Mau vừa ban hành Quyết định phê duyệt “Kế hoạch phòng cháy, chữa cháy rừng mùa
/// khô 2022-2023”, …": a document told as just issued or approved ("vừa ban hành", "vừa phê
/// duyệt", "vừa ký") — the years in its quoted title are the document's.
pub(crate) fn just_issued(t: &[Tok<'_>]) -> bool {
    (0..t.len()).any(|k| {
        t[k].is_word("vua")
            && (starts(t, k + 1, &["ban", "hanh"])
                || starts(t, k + 1, &["phe", "duyet"])
                || t.get(k + 1).is_some_and(|x| x.is_word("ky")))
    })
}
