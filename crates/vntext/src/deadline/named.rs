//! Times a phrase names without timing the work (eighteenth round): the date a status is
//! reported at ("Tính đến ngày 16/2/2023, 35/240 hội … đã tổ chức đại hội"), the year a
//! summing-up conference looks back on ("Hội nghị tổng kết năm 2020 và triển khai công tác năm
//! 2021"), and a year or a span of years inside a quoted title ("đề cương “Lịch sử Đảng bộ tỉnh
//! giai đoạn 2000 – 2020”"). Like the other frames (`frame.rs`) they are dropped when something
//! else is left.

use super::scan::{Cand, Part, Span};
use super::tokens::Tok;

/// "tính đến (ngày) D": the day a count or a state is reported at.
pub(crate) fn status(t: &[Tok<'_>], c: &Cand) -> bool {
    let w = |i: Option<usize>, x: &str| i.and_then(|i| t.get(i)).is_some_and(|y| y.is_word(x));
    if !matches!(c.span, Span::Full(_) | Span::DayMonth { .. }) {
        return false;
    }
    // The span of a "ngày …" date starts at "ngày"; "tính đến hết ngày D" is the same moment
    // (twenty-seventh round), and so is "tính đến sáng ngày D" (twenty-eighth round).
    let mut at = c.at;
    if ["het", "sang", "chieu", "trua", "toi"]
        .iter()
        .any(|x| w(at.checked_sub(1), x))
    {
        at -= 1;
    }
    w(at.checked_sub(1), "den") && w(at.checked_sub(2), "tinh")
}

/// "Giải ngân vốn đầu tư công đến hết tháng 4 đạt khoảng 144,3 nghìn tỷ đồng": a figure reached
/// by the end of a month or a day — "đến hết D" followed by "đạt" (twenty-first round). A year
/// is a target's ("thu nhập đầu người đến năm 2025 đạt 70 triệu đồng" is due at its end), and so
/// is a time after plain "đến".
pub(crate) fn reached(t: &[Tok<'_>], c: &Cand) -> bool {
    let w = |i: Option<usize>, x: &str| i.and_then(|i| t.get(i)).is_some_and(|y| y.is_word(x));
    matches!(c.span, Span::Month { .. } | Span::DayMonth { .. } | Span::Full(_))
        && w(c.at.checked_sub(1), "het")
        && w(c.at.checked_sub(2), "den")
        && w(Some(c.end), "dat")
}

/// "tổng kết năm 2020", "Hội nghị sơ kết công tác năm 2024": the year a summing-up looks back
/// on. Only words may stand between "tổng kết" / "sơ kết" and the year, at most four of them.
pub(crate) fn reviewed(t: &[Tok<'_>], c: &Cand) -> bool {
    if !matches!(c.span, Span::Year { .. }) || c.year.is_none() {
        return false;
    }
    let mut k = c.at;
    while k > 0 && c.at - k < 6 {
        k -= 1;
        let Tok::Word(w) = t[k] else {
            return false;
        };
        if w == "ket" && k > 0 && (t[k - 1].is_word("tong") || t[k - 1].is_word("so")) {
            return true;
        }
    }
    false
}

/// A year or a span of years between quotation marks: part of a title.
pub(crate) fn titled(t: &[Tok<'_>], c: &Cand) -> bool {
    if !matches!(c.span, Span::Year { .. } | Span::Period { .. }) {
        return false;
    }
    let opens = |x: &Tok<'_>| x.is_sym(&['“', '"', '«']);
    let closes = |x: &Tok<'_>| x.is_sym(&['”', '"', '»']);
    let before = t[..c.at].iter().rev().take(15).position(|x| opens(x) || closes(x));
    let opened = before.is_some_and(|p| opens(&t[c.at - 1 - p]));
    let closed = t[c.end.min(t.len())..].iter().take(6).any(closes);
    opened && closed
}

/// "Chiến dịch “Mùa hè thanh niên tình nguyện” năm 2013 … từ tháng 6 đến hết tháng 8/2013": a
/// year named with no timing word before "năm", when a narrower time that ends the work (not a
/// start, not a cited date) names the same year, names the campaign; the narrower time is the
/// deadline.
pub(crate) fn naming_year(t: &[Tok<'_>], c: &Cand, all: &[Cand]) -> bool {
    const TIMING: [&str; 12] = [
        "trong", "cuoi", "dau", "giua", "het", "den", "truoc", "vao", "tu", "sau", "thanh", "xong",
    ];
    let whole = matches!(
        c.span,
        Span::Year {
            part: Part::Whole,
            offset: 0
        }
    );
    if !whole || c.year.is_none() || !t[c.at].is_word("nam") {
        return false;
    }
    if c.at > 0 && matches!(t[c.at - 1], Tok::Word(w) if TIMING.contains(&w)) {
        return false;
    }
    all.iter().any(|o| {
        let narrower = matches!(
            o.span,
            Span::DayMonth { .. } | Span::Month { .. } | Span::Quarter(_) | Span::Half(_) | Span::Full(_)
        );
        narrower && !o.from && !o.reference && o.year == c.year
    })
}

/// "Ngày 25/5, Thủ tướng …", "Sáng ngày 12/3, …": a day that opens the phrase, followed by a
/// comma — the dateline of a report.
pub(crate) fn dateline(t: &[Tok<'_>], c: &Cand) -> bool {
    let day = matches!(c.span, Span::DayMonth { .. } | Span::Full(_));
    let times = ["sang", "trua", "chieu", "toi", "dem"];
    let opens = c.at == 0 || (c.at == 1 && matches!(t[0], Tok::Word(w) if times.contains(&w)));
    day && opens && t.get(c.end).is_some_and(|x| x.is_sym(&[',']))
}

/// "Sáng 28.5, …", "(HNMO) - Sáng 10-3, …": a day after a time of day that opens the phrase
/// (or follows a byline's dash), followed by a comma. It dates the report: a frame, and when
/// only frames are left, the one read (`frame::refine`).
pub(crate) fn spoken_dateline(t: &[Tok<'_>], c: &Cand) -> bool {
    let times = ["sang", "trua", "chieu", "toi", "dem"];
    let Some(time) = c.at.checked_sub(1) else {
        return false;
    };
    let timed = matches!(t[time], Tok::Word(w) if times.contains(&w));
    let opens = time == 0 || t[time - 1].is_sym(&['-', ')', ':']);
    // "Chiều ngày 6/8, …" and "Sáng 2/2/2026, …" were read before as any date is; only the bare
    // day and month is a frame.
    let bare = matches!(t[c.at], Tok::Num(..));
    let day = matches!(c.span, Span::DayMonth { .. });
    day && bare && timed && opens && t.get(c.end).is_some_and(|x| x.is_sym(&[',']))
}

/// "Luật Bầu cử năm 2015 (được sửa đổi, bổ sung năm 2025)": the year a law was amended in names
/// the version of the law cited, as the law's own year does (`frame::law_year`; twenty-second
/// round). Only the passive "được sửa đổi, bổ sung" counts — "hoàn thành sửa đổi, bổ sung năm
/// 2025" is work to do.
pub(crate) fn amended(t: &[Tok<'_>], c: &Cand) -> bool {
    if !matches!(c.span, Span::Year { .. }) || c.year.is_none() || !t[c.at].is_word("nam") {
        return false;
    }
    let words: Vec<&str> = t[..c.at]
        .iter()
        .rev()
        .take(6)
        .filter_map(|x| match x {
            Tok::Word(w) => Some(*w),
            _ => None,
        })
        .collect();
    words.starts_with(&["sung", "bo", "doi", "sua", "duoc"]) || words.starts_with(&["doi", "sua", "duoc"])
}

/// "Hồi….. giờ…… ngày….. tháng 12 năm 2025, tại …": a form's date with its day left blank (dots
/// where the day goes) — a field to fill in when the minute is written, not a time to act
/// (twenty-second round).
pub(crate) fn blank_day(t: &[Tok<'_>], c: &Cand) -> bool {
    let dots_before = |at: usize| t[..at].iter().rev().take_while(|x| x.is_sym(&['.', '…'])).count();
    if matches!(c.span, Span::Month { .. }) && t[c.at].is_word("thang") {
        let dots = dots_before(c.at);
        return dots > 0 && c.at > dots && t[c.at - dots - 1].is_word("ngay");
    }
    // Twenty-third round: a blank month ("Sinh hoạt chi bộ tháng ….. năm 2022") or a form's
    // blank day and month without dots ("Quyết định số: /QĐ-STNMT ngày tháng năm 2021").
    if matches!(c.span, Span::Year { .. }) && t[c.at].is_word("nam") {
        let dots = dots_before(c.at);
        let month_at = c.at.checked_sub(dots + 1);
        return month_at.is_some_and(|m| {
            t[m].is_word("thang") && (dots > 0 || m.checked_sub(1).is_some_and(|d| t[d].is_word("ngay")))
        });
    }
    false
}

/// "Đợt 3: Sau ngày bầu cử 15/3/2026": a phase that starts after a day and names no end — a
/// start, no deadline (twenty-second round). "sau" must head the time within four words, with
/// only words between ("sau ngày 15/3", "sau ngày bầu cử 15/3/2026"), and no count before it
/// ("10 ngày sau ngày …" counts from the day).
pub(crate) fn starts_after(t: &[Tok<'_>], c: &Cand) -> bool {
    if !matches!(c.span, Span::DayMonth { .. } | Span::Full(_)) {
        return false;
    }
    let mut k = c.at;
    while k > 0 && c.at - k < 5 {
        k -= 1;
        match t[k] {
            Tok::Word("sau") => {
                let unit = |x: &Tok<'_>| ["ngay", "thang", "tuan", "nam", "gio"].iter().any(|u| x.is_word(u));
                let counted = k >= 2 && unit(&t[k - 1]) && matches!(t[k - 2], Tok::Num(..));
                return !counted;
            }
            Tok::Word("truoc" | "han" | "nhat" | "den" | "het") => return false,
            Tok::Word(_) => {}
            _ => return false,
        }
    }
    false
}

#[cfg(test)]
mod tests {
    use crate::deadline::frame::refine;
    use crate::deadline::scan::{Part, Span, scan};
    use crate::deadline::tokens::tokenize;
    use crate::text::fold;
    use chrono::NaiveDate;

    fn refined(s: &str) -> Vec<Span> {
        let f = fold(s);
        let t = tokenize(&f);
        refine(&t, scan(&t)).into_iter().map(|c| c.span).collect()
    }

    #[test]
    fn a_status_date_is_no_deadline() {
        assert_eq!(
            refined("Tính đến ngày 3/5/2024, 12/20 xã đã hoàn thành; các xã còn lại xong trong quý III/2024"),
            vec![Span::Quarter(3)]
        );
        // alone it is what is read
        assert_eq!(
            refined("tính đến 30/6/2024"),
            vec![Span::Full(NaiveDate::from_ymd_opt(2024, 6, 30))]
        );
    }

    #[test]
    fn a_reviewed_year_is_no_deadline() {
        let whole = Span::Year {
            part: Part::Whole,
            offset: 0,
        };
        assert_eq!(
            refined("ngày 12/1: hội nghị tổng kết năm 2023, triển khai nhiệm vụ năm 2024"),
            vec![Span::DayMonth { day: 12, month: 1 }, whole]
        );
        assert_eq!(
            refined("sơ kết công tác thi đua năm 2022 trong tháng 7"),
            vec![Span::Month {
                month: 7,
                part: Part::Whole
            }]
        );
        // "tổng kết" far from the year, or a timing word between: a deadline
        assert_eq!(refined("tổng kết, báo cáo kết quả trong năm 2025"), vec![whole]);
    }

    #[test]
    fn a_year_that_names_a_campaign_is_no_deadline() {
        let august = Span::Month {
            month: 8,
            part: Part::Whole,
        };
        assert_eq!(
            refined("Chiến dịch Hoa phượng đỏ năm 2019 diễn ra từ tháng 6 đến hết tháng 8/2019"),
            vec![
                Span::Month {
                    month: 6,
                    part: Part::Whole
                },
                august
            ]
        );
        // a timing word before the year, another year, or only a start: the year stays
        let whole = Span::Year {
            part: Part::Whole,
            offset: 0,
        };
        assert_eq!(
            refined("làm trong tháng 8/2019, hoàn thành năm 2019"),
            vec![august, whole]
        );
        assert_eq!(
            refined("kế hoạch năm 2020, xong trước tháng 8/2019"),
            vec![whole, august]
        );
    }

    #[test]
    fn datelines_open_the_phrase() {
        let f = fold("Ngày 25/5, Bộ yêu cầu xong trong tháng 6/2017; ngày 2/6, họp");
        let t = tokenize(&f);
        let lines: Vec<bool> = scan(&t).iter().map(|c| super::dateline(&t, c)).collect();
        assert_eq!(lines, vec![true, false, false]);
        let f = fold("Sáng ngày 12/3, Tỉnh ủy họp");
        let t = tokenize(&f);
        assert!(scan(&t).iter().any(|c| super::dateline(&t, c)));
    }

    #[test]
    fn spoken_datelines_are_read_as_frames() {
        // Eighteenth round: read when nothing else is left, the term set aside.
        assert_eq!(
            refined("Sáng 28.5, HĐND tỉnh khai mạc kỳ họp thứ 12, nhiệm kỳ 2021-2026."),
            vec![Span::DayMonth { day: 28, month: 5 }]
        );
        assert_eq!(
            refined("(TTXVN) - Chiều 7-2, Sở Y tế yêu cầu"),
            vec![Span::DayMonth { day: 7, month: 2 }]
        );
        // dropped when something else is left
        assert_eq!(
            refined("Chiều 22-11, Bộ cho biết đợt cao điểm sẽ kết thúc ngày 15-12."),
            vec![Span::DayMonth { day: 15, month: 12 }]
        );
        // not opening the phrase: not read, as before
        assert_eq!(refined("họp xong chiều 7-2, Sở yêu cầu"), vec![]);
    }

    #[test]
    fn a_title_s_years_are_no_deadline() {
        assert_eq!(
            refined("ngày 5/3 thảo luận dự thảo “Chiến lược phát triển giai đoạn 2021 – 2030”"),
            vec![Span::DayMonth { day: 5, month: 3 }]
        );
        // a quoted name before the time does not hide it
        assert_eq!(
            refined("phong trào “Ngày Chủ nhật xanh” trong năm 2024"),
            vec![Span::Year {
                part: Part::Whole,
                offset: 0
            }]
        );
    }

    #[test]
    fn names_blanks_and_starts_are_never_read() {
        // twenty-second round: alone, these leave nothing to read
        assert_eq!(
            refined("theo quy định tại Điều 30 của Luật Đất đai năm 2013 (được sửa đổi, bổ sung năm 2018)"),
            []
        );
        assert_eq!(
            refined("Hồi ..... giờ ..... ngày ..... tháng 5 năm 2024, tại hội trường thôn"),
            []
        );
        assert_eq!(refined("Giai đoạn 2: Sau ngày khánh thành 20/10/2024"), []);
        assert_eq!(refined("Ban Chấp hành Hội Nông dân xã nhiệm kỳ 2023 - 2028"), []);
        // a count after a day, a deadline beside the name, a filled-in day stay
        assert_eq!(refined("10 ngày sau ngày 5/6/2024").len(), 1);
        assert_eq!(
            refined("sửa đổi Luật Đất đai năm 2013, trình Quốc hội trước ngày 30/9/2024"),
            [Span::Full(NaiveDate::from_ymd_opt(2024, 9, 30))]
        );
        assert_eq!(refined("Hồi 8 giờ ngày 12 tháng 5 năm 2024").len(), 1);
    }
}
