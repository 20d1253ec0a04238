//! Acts a report or a news item tells as done (twenty-second round's labelling convention,
//! docs/vntext.md): "Sáng ngày 19/11/2024, Ban Thường vụ Huyện uỷ tổ chức Hội nghị …", "Ngày
//! 21/6/2018, Ủy ban nhân dân thành phố … đã ban hành Kế hoạch số 93/KH-UBND …", "Chiều ngày
//! 26/4/2024, … Hội LHPN xã … đã ra mắt mô hình …". The day is the act's; a finished act is no
//! task, so the date is cited, with or without an issue date.
//!
//! A specialist knows such a sentence by its lead: a day that opens the sentence or a clause
//! (after "Sáng", "Chiều", "Tối", "Trưa" or a byline's dash), a subject, and a verb of an act
//! held or issued ("tổ chức", "diễn ra", "khai mạc", "ban hành", "ra mắt", "phát động", "khởi
//! công", "chủ trì", "tiến hành", "họp"), or "đã" before any verb. An announcement uses the same
//! lead for an act still to come, and says so: "sẽ", "dự kiến", "theo kế hoạch", the day followed
//! by "tới" ("Ngày 1.3 tới, toàn tỉnh sẽ …"), a deadline word ("trước", "chậm nhất", "hạn",
//! "phải"), or a day after the issue date ("Ngày 6/3, 3 tỉnh còn lại … hoàn tất", told on 4/3).

use chrono::{Datelike, NaiveDate};

use super::scan::{Cand, Span};
use super::tokens::{Tok, abbreviation_dot, starts};

/// Verbs (folded) of an act held or issued on the day that leads the sentence.
const ACTS: [&[&str]; 20] = [
    &["to", "chuc"],
    &["dien", "ra"],
    &["khai", "mac"],
    &["be", "mac"],
    &["ban", "hanh"],
    &["ra", "mat"],
    &["phat", "dong"],
    &["khoi", "cong"],
    &["chu", "tri"],
    &["tien", "hanh"],
    &["hop"],
    &["tiep", "xuc"],
    &["ky"],
    &["thuc", "hien"],
    &["giao", "ban"],
    // twenty-fourth round: "Sáng ngày 27/4/2025, cán bộ … ra quân …", "Chiều ngày 21/10/2021, HĐND
    // huyện làm việc với …", "Ngày 10/9, Thường trực HĐND huyện có văn bản số 16 …"
    &["ra", "quan"],
    &["lam", "viec"],
    &["co", "van", "ban"],
    &["co", "cong", "van"],
    // twenty-fifth round: "… ngày 1/7/2021 hệ thống … chính thức đưa vào vận hành", "… đã ký ban
    // hành công điện khẩn …"
    &["dua", "vao"],
];

/// Words (folded) that tell an act still to come or set a time for work.
const AHEAD: [&[&str]; 10] = [
    &["se"],
    &["du", "kien"],
    &["theo", "ke", "hoach"],
    &["truoc"],
    &["cham", "nhat"],
    &["han"],
    &["phai"],
    &["sap"],
    &["de", "nghi"],
    &["yeu", "cau"],
];

/// Whether the date `c` (resolved to `date`) is the day of an act the phrase tells as done.
/// `sentence` says the phrase starts a sentence (its first letter is a capital): a clause cut
/// from a plan's sentence ("…; sáng ngày 13/02/2017, các địa phương tổ chức trang trọng … lễ bàn
/// giao …") may schedule in the same words, so without an issue date and without "đã" only a
/// sentence's lead is taken as told.
pub(crate) fn done(t: &[Tok<'_>], c: &Cand, issued: Option<NaiveDate>, date: NaiveDate, sentence: bool) -> bool {
    if (0..t.len()).any(|k| ahead(t, k)) && !requests_of_a_letter(t, c) {
        return false;
    }
    // Twenty-eighth round: a month or a year that leads the sentence of a report, with "đã" after
    // it ("Trong tháng 4/2021, UBND huyện đã tập trung chỉ đạo …" told on 26/4, "Trong tháng 8,
    // UBND thị xã đã chỉ đạo …", "Năm 2025, phường … đã từng bước khắc phục khó khăn …", "Trong
    // năm, Đảng bộ phường đã kết nạp …"): the period of a done act, though it has not ended on the
    // issue date (or, with no year, was rolled to the next year).
    if period_leads(t, c) && past_after(t, c) && c.year.is_none_or(|y| issued.is_none_or(|i| y <= i.year())) {
        return true;
    }
    // A day without a year rolled to the next year because it had passed on the issue date, with
    // "đã" after it ("…, ngày 29/10, UBND xã … đã ban hành Văn bản số …" told on 6/11), is this
    // year's day (twenty-eighth round).
    let date = match (c.span, c.year, issued) {
        (Span::DayMonth { day, month }, None, Some(iss)) if date > iss && past_after(t, c) => {
            NaiveDate::from_ymd_opt(iss.year(), month, day).unwrap_or(date)
        }
        _ => date,
    };
    if issued.is_some_and(|iss| date > iss) {
        return false;
    }
    // A progress note that opens with "Đã …" ("Đã tham mưu Chủ tịch UBND tỉnh ban hành Kế hoạch
    // số 16/KH-UBND ngày 21/01/2026 về … năm 2026"): every time in it belongs to the act done.
    // "đã" is marked "dax" before folding (`role::mark_done`), apart from "Đà" of "Đà Nẵng".
    if t.first().is_some_and(|x| x.is_word("dax")) {
        return true;
    }
    // "…. Trong tháng 10/2025, Trung tâm … đã thu thập …": a month that opens its sentence and is
    // followed by "đã" dates a done act too (twenty-sixth round).
    let day = matches!(c.span, Span::DayMonth { .. } | Span::Full(_));
    let month_leads = matches!(c.span, Span::Month { .. })
        && c.at > 0
        && t[c.at - 1].is_word("trong")
        && (c.at == 1 || t[c.at - 2].is_sym(&[',', ';', '.', '-', ')']));
    if !(day && leads(t, c) || month_leads) {
        return false;
    }
    if t.get(c.end).is_some_and(|x| x.is_word("toi")) {
        return false;
    }
    // The act told: a verb of an act or "đã" in the sentence after the day.
    let end = sentence_end(t, c);
    let act = (c.end..end).any(|k| ACTS.iter().any(|a| starts(t, k, a)));
    past_after(t, c) || (day && act && (sentence || issued.is_some()))
}

/// A letter told as issued on the day `c` that leads the sentence, with "đã" ("…, ngày 29/10,
/// UBND xã … đã ban hành Văn bản số … đề nghị … đẩy nhanh tiến độ …"): its "đề nghị" / "yêu cầu"
/// after the issuing verb is what the letter says, not an announcement; any other announcing or
/// setting word keeps the phrase's times (twenty-eighth round).
fn requests_of_a_letter(t: &[Tok<'_>], c: &Cand) -> bool {
    let request = |k: usize| starts(t, k, &["de", "nghi"]) || starts(t, k, &["yeu", "cau"]);
    let Some(verb) = (c.end..t.len().min(c.end + 12)).find(|&k| {
        starts(t, k, &["ban", "hanh"]) || starts(t, k, &["co", "cong", "van"]) || starts(t, k, &["co", "van", "ban"])
    }) else {
        return false;
    };
    matches!(c.span, Span::DayMonth { .. } | Span::Full(_))
        && leads(t, c)
        && (c.end..verb).any(|k| t[k].is_word("dax"))
        && (0..t.len()).all(|k| !ahead(t, k) || (k > verb && request(k)))
}

/// The end of the sentence after `c` (at most 40 tokens on). The dot of an abbreviated unit
/// ("UBND TP. Vũng Tàu đã tổ chức …", "TX.", "TT.", "P.", "Q.") ends no sentence (twenty-eighth
/// round).
fn sentence_end(t: &[Tok<'_>], c: &Cand) -> usize {
    (c.end..t.len())
        .find(|&k| t[k].is_sym(&[';', ':']) || (t[k].is_sym(&['.']) && !abbreviation_dot(t, k)))
        .unwrap_or(t.len())
        .min(c.end + 40)
}

/// "đã" in the sentence after `c`.
fn past_after(t: &[Tok<'_>], c: &Cand) -> bool {
    (c.end..sentence_end(t, c)).any(|k| t[k].is_word("dax"))
}

/// A month or a year opens the sentence, after "Trong" if any, and is followed by a comma: "Trong
/// tháng 8, …", "Năm 2025, …", "Trong năm, …".
fn period_leads(t: &[Tok<'_>], c: &Cand) -> bool {
    if !matches!(c.span, Span::Month { .. } | Span::Year { .. }) || !t.get(c.end).is_some_and(|x| x.is_sym(&[','])) {
        return false;
    }
    let opens = |k: usize| k == 0 || t[k - 1].is_sym(&[',', ';', '.', '-', ')']);
    opens(c.at) || (c.at > 0 && t[c.at - 1].is_word("trong") && opens(c.at - 1))
}

/// An announcing or setting word at `k` — but not "trước, trong và sau Tết" (the span of a
/// season's tasks) nor "theo kế hoạch của …/số …" (a plan cited), twenty-third round.
fn ahead(t: &[Tok<'_>], k: usize) -> bool {
    if !AHEAD.iter().any(|a| starts(t, k, a)) {
        return false;
    }
    let next = |i: usize| t.get(i);
    if t[k].is_word("truoc")
        && next(k + 1).is_some_and(|x| x.is_sym(&[',']))
        && next(k + 2).is_some_and(|x| x.is_word("trong"))
    {
        return false;
    }
    // "Trước thực trạng / tình trạng / tình hình / diễn biến …": facing a situation, no deadline
    // (twenty-eighth round).
    if t[k].is_word("truoc")
        && [
            &["thuc", "trang"][..],
            &["tinh", "trang"],
            &["tinh", "hinh"],
            &["dien", "bien"],
        ]
        .iter()
        .any(|w| starts(t, k + 1, w))
    {
        return false;
    }
    // "quyền hạn", "giới hạn", "hạn chế", "hạn mức", "hạn hán": a noun, not a deadline
    // (twenty-ninth round: "… thu nhập năm 2025 của người có chức vụ, quyền hạn …").
    if t[k].is_word("han")
        && ((k > 0 && ["quyen", "gioi"].iter().any(|w| t[k - 1].is_word(w)))
            || next(k + 1).is_some_and(|x| ["che", "muc", "han"].iter().any(|w| x.is_word(w))))
    {
        return false;
    }
    // "sắp xếp" (to arrange) is not "sắp" (about to): "Kế hoạch sắp xếp khu phố" (twenty-ninth
    // round).
    if t[k].is_word("sap") && next(k + 1).is_some_and(|x| x.is_word("xep")) {
        return false;
    }
    // "chia sẻ dữ liệu": "sẻ" folds as "sẽ" (twenty-sixth round).
    if t[k].is_word("se") && k > 0 && t[k - 1].is_word("chia") {
        return false;
    }
    // "kiến nghị của cử tri trước và sau Kỳ họp thứ 6": around an event, no deadline (twenty-fourth
    // round).
    if t[k].is_word("truoc")
        && next(k + 1).is_some_and(|x| x.is_word("va"))
        && next(k + 2).is_some_and(|x| x.is_word("sau"))
    {
        return false;
    }
    !(starts(t, k, &["theo", "ke", "hoach"]) && next(k + 3).is_some_and(|x| x.is_word("cua") || x.is_word("so")))
}

/// Whether some time of the phrase, as scanned (before a news lead is set aside as a dateline),
/// is the day of an act told as done: the lead of a report. A day without a year takes the
/// issue date's year for the comparison with it.
pub(crate) fn lead_told(t: &[Tok<'_>], raw: &[Cand], issued: Option<NaiveDate>, sentence: bool) -> bool {
    raw.iter().any(|c| {
        let date = match c.span {
            Span::Full(Some(d)) => Some(d),
            Span::DayMonth { day, month } => {
                let year = c.year.or(issued.map(|i| i.year())).unwrap_or(2000);
                NaiveDate::from_ymd_opt(year, month, day)
            }
            _ => None,
        };
        date.is_some_and(|d| done(t, c, issued, d, sentence))
    })
}

/// The act told at `c` issues a document ("Ngày 27/5/2021, UBND tỉnh ban hành Công văn số
/// 4569/UBND-KGVX, gửi … về việc thực hiện … Tuần lễ Quốc gia không thuốc lá 25-31/5/2021"): the
/// rest of the sentence tells what the document says, and its times go with the story. A
/// meeting's report keeps the period it sets work for ("Sáng 30/6, Hội … tổ chức hội nghị sơ kết
/// …, triển khai nhiệm vụ 6 tháng cuối năm 2022").
pub(crate) fn issues_document(t: &[Tok<'_>], c: &Cand) -> bool {
    let end = t.len().min(c.end + 12);
    (c.end..end).any(|k| {
        starts(t, k, &["ban", "hanh"]) || starts(t, k, &["co", "cong", "van"]) || starts(t, k, &["co", "van", "ban"])
    })
}

/// The day opens the sentence or a clause, after "ngày" and a time of day if any — also a clock
/// time ("Hôm nay vào lúc 16h ngày 05 tháng 01 năm 2016, …", twenty-fourth round).
fn leads(t: &[Tok<'_>], c: &Cand) -> bool {
    let mut h = c.at;
    if h > 0 && !t[h].is_word("ngay") && t[h - 1].is_word("ngay") {
        h -= 1;
    }
    // "Sáng nay (17-11), UBND huyện … tổ chức họp …": today, restated in brackets (twenty-eighth
    // round).
    if h >= 3
        && t[h - 1].is_sym(&['('])
        && t[h - 2].is_word("nay")
        && ["sang", "chieu", "toi", "trua", "hom"]
            .iter()
            .any(|w| t[h - 3].is_word(w))
    {
        h -= 3;
        return h == 0 || t[h - 1].is_sym(&[',', ';', '.', '-', ')']);
    }
    // "Chiều nay ngày 26/3/2020, … đã ký …", "Sáng nay 10/9/2012 tại …, UBND phường tổ chức …":
    // today, named before its day (twenty-ninth round).
    if h >= 2
        && t[h - 1].is_word("nay")
        && ["sang", "chieu", "toi", "trua", "hom"]
            .iter()
            .any(|w| t[h - 2].is_word(w))
    {
        h -= 2;
        return h == 0 || t[h - 1].is_sym(&[',', ';', '.', '-', ')']);
    }
    if h > 0 && ["sang", "chieu", "toi", "trua"].iter().any(|w| t[h - 1].is_word(w)) {
        h -= 1;
        // "Trong sáng 24/8, ông … đã ký ban hành …" (twenty-fifth round)
        if h > 0 && t[h - 1].is_word("trong") {
            h -= 1;
        }
    }
    const CLOCK: [&str; 8] = ["vao", "luc", "h", "gio", "phut", "hom", "nay", "khoang"];
    let mut k = h;
    while k > 0 && (matches!(t[k - 1], Tok::Num(..)) || CLOCK.iter().any(|w| t[k - 1].is_word(w))) {
        k -= 1;
    }
    let clocked =
        k < h && (h - k) <= 6 && (k..h).any(|j| t[j].is_word("luc") || t[j].is_word("gio") || t[j].is_word("h"));
    if clocked {
        h = k;
    }
    h == 0 || t[h - 1].is_sym(&[',', ';', '.', '-', ')'])
}

#[cfg(test)]
mod tests {
    use super::done;
    use crate::deadline::scan::scan;
    use crate::deadline::tokens::tokenize;
    use crate::text::fold;
    use chrono::NaiveDate;

    fn told(s: &str, issued: Option<NaiveDate>) -> bool {
        let f = fold(s);
        let t = tokenize(&f);
        let c = scan(&t)[0];
        let d = NaiveDate::from_ymd_opt(2024, 3, 14).unwrap();
        done(&t, &c, issued, d, true)
    }

    #[test]
    fn acts_told_as_done() {
        let before = NaiveDate::from_ymd_opt(2024, 3, 20);
        assert!(told(
            "Sáng ngày 14/3/2024, Đảng ủy phường tổ chức Hội nghị Ban Chấp hành",
            None
        ));
        let marked = crate::deadline::role::mark_done("Ngày 14/3/2024, UBND huyện đã ban hành Kế hoạch số 12/KH-UBND");
        assert!(told(&marked, before));
        assert!(told(
            "Chiều 14/3, tại hội trường xã, Hội Nông dân ra mắt tổ hợp tác",
            before
        ));
        // announced, scheduled or set: kept
        assert!(!told("Ngày 14/3/2024, các xã sẽ tổ chức ra quân", None));
        assert!(!told("Ngày 14/3 tới, toàn huyện tổ chức lễ giao quân", None));
        assert!(!told(
            "Ngày 14/3, 3 xã còn lại hoàn tất giao quân",
            NaiveDate::from_ymd_opt(2024, 3, 10)
        ));
        assert!(!told("Ngày 14/3/2024: Hạn cuối nộp hồ sơ", None));
        assert!(!told("các đơn vị tổ chức hội nghị vào ngày 14/3/2024", None));
        let marked = crate::deadline::role::mark_done("Đã trình UBND huyện phê duyệt Đề án số 2/ĐA ngày 4/3/2024");
        assert!(told(&marked, None));
        // a plan's clause in the lead's words, no "đã", no issue date: kept
        let f = fold("sáng ngày 14/3/2024, các xã tổ chức lễ giao quân");
        let t = tokenize(&f);
        let d = NaiveDate::from_ymd_opt(2024, 3, 14).unwrap();
        assert!(!done(&t, &scan(&t)[0], None, d, false));
    }
}
