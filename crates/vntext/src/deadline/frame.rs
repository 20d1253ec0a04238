//! What frames a deadline in a phrase without being one: the date of a document cited before
//! it, the period an inspection or a report covers, a school year; and "N ngày kể từ <ngày>",
//! where the count and its start make one date.

use chrono::{Datelike, Days, Months};

use super::lunar::names_a_lunar_year;
use super::named;
use super::role;
use super::scan::{Cand, Span, count_start};
use super::tokens::Tok;

/// Joins counts to their start dates, then drops the candidates that are no deadline — unless
/// nothing else is left.
///
/// When only frames are left and one of them is a cited document's date, the phrase only names
/// documents and their periods ("Thực hiện Công văn số 2002/UBND-NN ngày 18/6/2024 …", "Căn cứ
/// vào kế hoạch số 45/KH-PGD&ĐT ngày 24 tháng 9 năm 2020 kế hoạch kiểm tra năm học 2020-2021"):
/// nothing is read (eighteenth round; before, the cited date was read).
pub(crate) fn refine(t: &[Tok<'_>], cands: Vec<Cand>) -> Vec<Cand> {
    let (cands, kept) = split(t, cands);
    let spoken: Vec<Cand> = cands.iter().filter(|c| named::spoken_dateline(t, c)).copied().collect();
    match kept.is_empty() {
        true if cands.iter().any(|c| c.reference || role::cited(t, c)) => Vec::new(),
        // Only frames: the report's dateline, not the term or the session its sentence names.
        true if !spoken.is_empty() => spoken,
        // Only names and blanks: a law's or an amendment's year, a term, a form's blank date, a
        // start with no end — nothing is read (twenty-second round; before, the name was read).
        true if cands.iter().all(|c| names_only(t, c)) => Vec::new(),
        true => cands,
        false => kept,
    }
}

/// Whether anything in the phrase times the work once the frames are set aside ("dự kỳ họp đầu
/// năm tại các xã" holds only a session's name).
pub(crate) fn timed(t: &[Tok<'_>], cands: Vec<Cand>) -> bool {
    !split(t, cands).1.is_empty()
}

/// All candidates (counts joined to their starts) and those that time the work.
fn split(t: &[Tok<'_>], cands: Vec<Cand>) -> (Vec<Cand>, Vec<Cand>) {
    let cands = anchor_counts(t, cands);
    // The school year frames a day or month it dates; alone it is the deadline read.
    let dated = cands
        .iter()
        .any(|c| matches!(c.span, Span::DayMonth { .. } | Span::Month { .. } | Span::Full(_)));
    let school = school_year(t).filter(|_| dated);
    let mut kept: Vec<Cand> = cands
        .iter()
        .copied()
        .filter(|c| {
            !c.reference
                && !role::cited(t, c)
                && !in_review(t, c)
                && !names_only(t, c)
                && !lunar(t, c)
                && !school.is_some_and(|y| is_school_year(c, y))
                && !session(t, c)
                && !set_aside(t, c)
                && !named::status(t, c)
                && !named::reviewed(t, c)
                && !named::titled(t, c)
                && !named::spoken_dateline(t, c)
        })
        .collect();
    if kept.is_empty() {
        return (cands, kept);
    }
    let narrower = kept.clone();
    kept.retain(|c| !named::naming_year(t, c, &narrower) && !programme(t, c, &narrower));
    // "Chiều ngày 6/8, … Hội nghị Ban Chấp hành định kỳ tháng 8 năm 2022": the session's name
    // is no deadline, but its year dates the days named before it.
    for c in cands.iter().filter(|c| session(t, c) && c.year.is_some()) {
        for k in kept.iter_mut().filter(|k| k.end <= c.at && k.year.is_none()) {
            if matches!(k.span, Span::DayMonth { .. }) {
                k.year = c.year;
            }
        }
    }
    (cands, kept)
}

/// A plan table's row read as one phrase — task, lead, product, time cell: "Đề án phát triển
/// quan hệ lao động giai đoạn 2026-2030 Sở Nội vụ Đề án của UBND tỉnh Quý I/2026", "Kế hoạch
/// tinh giản biên chế giai đoạn 2026-2031 Sở Nội vụ Kế hoạch Năm 2026". A span of years that
/// another time closing the phrase falls inside names the programme; the closing time is the
/// row's deadline (twenty-first round). The closing time must end the phrase (a time cell), so
/// that "giai đoạn 2021 - 2025, trong đó năm 2022 …" keeps its span.
fn programme(t: &[Tok<'_>], c: &Cand, all: &[Cand]) -> bool {
    let Span::Period { first } = c.span else {
        return false;
    };
    let Some(last) = c.year else {
        return false;
    };
    let closes = |o: &Cand| t[o.end..].iter().all(|x| matches!(x, Tok::Sym(_)));
    all.iter().any(|o| {
        o.at >= c.end
            && !o.from
            && !o.reference
            && closes(o)
            && !matches!(o.span, Span::Period { .. } | Span::Relative { .. })
            && o.year.is_some_and(|y| (first..=last).contains(&y))
    })
}

/// "họp lệ kỳ tháng 5 năm 2018", "định kỳ tháng 8 năm 2022", "phiên họp thường kỳ tháng 6", "kỳ
/// họp đầu năm": the period names a session, it does not time the work (seventeenth round).
fn session(t: &[Tok<'_>], c: &Cand) -> bool {
    if !matches!(c.span, Span::Month { .. } | Span::Year { .. } | Span::Quarter(_)) {
        return false;
    }
    // "đầu năm", "giữa tháng": the part word comes first.
    let mut s = c.at;
    if s > 0 && (t[s - 1].is_word("dau") || t[s - 1].is_word("giua") || t[s - 1].is_word("cuoi")) {
        s -= 1;
    }
    let w = |i: Option<usize>, x: &str| i.and_then(|i| t.get(i)).is_some_and(|y| y.is_word(x));
    let (one, two) = (s.checked_sub(1), s.checked_sub(2));
    let ky_after = w(one, "ky") && ["hop", "dinh", "thuong", "le"].iter().any(|x| w(two, x));
    // "phiên họp tháng 07/2019" names the session too (eighteenth round).
    ky_after || (w(one, "hop") && (w(two, "ky") || w(two, "phien")))
}

/// "bế mạc vào ngày 23/1, thay vì ngày 25/1", "sớm hơn … so với năm 2025 (26 - 27/6)": a time
/// replaced or compared with is no deadline (seventeenth round). "so với" sets aside the rest of
/// its clause; "thay vì" the expression right after it.
fn set_aside(t: &[Tok<'_>], c: &Cand) -> bool {
    let w = |i: usize, x: &str| t.get(i).is_some_and(|y| y.is_word(x));
    if c.at >= 2 && (w(c.at - 2, "thay") && w(c.at - 1, "vi") || c.at >= 3 && w(c.at - 3, "thay") && w(c.at - 2, "vi"))
    {
        return true;
    }
    let mut k = c.at;
    while k > 0 && c.at - k < 8 {
        k -= 1;
        if t[k].is_sym(&[',', ';', '.', ':']) {
            return false;
        }
        if w(k, "so") && w(k + 1, "voi") {
            return true;
        }
    }
    false
}

/// "trong vòng 15 ngày kể từ 0 giờ ngày 01/04/2020", "03 tháng kể từ ngày 1/7/2024": the count
/// runs from the date that follows "kể từ". Counted from "0 giờ" the first day is included
/// (1/4 + 15 days ends on 15/4); otherwise it is not (1/7 + 3 months is 1/10).
fn anchor_counts(t: &[Tok<'_>], mut cands: Vec<Cand>) -> Vec<Cand> {
    let mut k = 0;
    while k + 1 < cands.len() {
        let c = cands[k];
        let next = cands[k + 1];
        let (Span::Relative { days, months }, Span::Full(Some(start))) = (c.span, next.span) else {
            k += 1;
            continue;
        };
        let Some(tu) = count_start(t, c.end) else {
            k += 1;
            continue;
        };
        if next.at > tu + 6 {
            k += 1;
            continue;
        }
        // "bắt đầu từ ngày D" counts D as the first day, like "kể từ 0 giờ ngày D".
        let from_midnight = t[tu - 1].is_word("dau")
            || (tu + 1..next.at).any(|i| {
                matches!(t[i], Tok::Num(0, _)) && t.get(i + 1).is_some_and(|w| w.is_word("gio") || w.is_word("h"))
            });
        let date = start
            .checked_add_months(Months::new(months))
            .and_then(|d| d.checked_add_days(Days::new(u64::from(days))))
            .and_then(|d| {
                if from_midnight && days > 0 {
                    d.pred_opt()
                } else {
                    Some(d)
                }
            });
        if let Some(date) = date {
            cands[k] = Cand {
                span: Span::Full(Some(date)),
                year: Some(date.year()),
                end: next.end,
                ..c
            };
            cands.remove(k + 1);
        }
        k += 1;
    }
    cands
}

/// Inside "thời kỳ kiểm tra / thanh tra / báo cáo …" or "(thời gian) chốt số liệu …" in the same
/// clause: the period looked at, not the time to act.
fn in_review(t: &[Tok<'_>], c: &Cand) -> bool {
    let mut k = c.at;
    while k > 0 && c.at - k < 12 {
        k -= 1;
        if t[k].is_sym(&['.', ';']) {
            return false;
        }
        let w = |i: usize, s: &str| t.get(i).is_some_and(|x| x.is_word(s));
        if w(k, "thoi") && w(k + 1, "ky") && (w(k + 2, "kiem") || w(k + 2, "thanh") || w(k + 2, "bao")) {
            return true;
        }
        if w(k, "chot") && w(k + 1, "so") && w(k + 2, "lieu") {
            return true;
        }
    }
    false
}

/// "theo quy định của Luật Cư trú năm 2020", "Bộ luật Lao động năm 2019": the year of a law's
/// name, not a deadline. Only words may stand between "luật" and "năm", and none of them a word
/// that times the work ("sửa Luật Đất đai trong năm 2025" is a deadline).
fn law_year(t: &[Tok<'_>], c: &Cand) -> bool {
    if !matches!(c.span, Span::Year { .. }) || c.year.is_none() || !t.get(c.at).is_some_and(|w| w.is_word("nam")) {
        return false;
    }
    let timing = [
        "trong", "cuoi", "dau", "giua", "het", "den", "truoc", "vao", "tu", "sau", "nay",
    ];
    let mut k = c.at;
    while k > 0 && c.at - k < 7 {
        k -= 1;
        match t[k] {
            // "phổ biến pháp luật năm 2024": law in general, not a law's name.
            Tok::Word("luat") => return !(k > 0 && t[k - 1].is_word("phap")),
            Tok::Word("lenh") if k > 0 && t[k - 1].is_word("phap") => return true,
            Tok::Word(w) if !timing.contains(&w) => {}
            _ => return false,
        }
    }
    false
}

/// Times that only name a thing or leave a blank: never a deadline, alone either.
/// A term after a timing word ("thực hiện trong nhiệm kỳ 2025-2030", "đến hết nhiệm kỳ") or
/// standing alone as a time cell ("Nhiệm kỳ 2020-2025") times the work by the term, and is read
/// when nothing else is; after a body's name ("HĐND xã nhiệm kỳ 2026 - 2031") it names the body.
fn names_only(t: &[Tok<'_>], c: &Cand) -> bool {
    let cell = t[..c.at.saturating_sub(2)].iter().all(|x| matches!(x, Tok::Sym(_)));
    // A term between commas after an opening phrase ("Với phương châm “…”, nhiệm kỳ 2025-2030, xã
    // … thống nhất thực hiện 26 chỉ tiêu") times what follows, as at the opening; after "lần thứ
    // I," or "khóa XV," it still names the congress (twenty-eighth round).
    let between_commas = c.at >= 3
        && t[c.at - 3].is_sym(&[','])
        && t.get(c.end).is_some_and(|x| x.is_sym(&[',']))
        && !t[c.at.saturating_sub(7)..c.at - 3]
            .iter()
            .any(|x| x.is_word("thu") || x.is_word("khoa"));
    let timed_term =
        cell || between_commas || (c.at >= 3 && ["trong", "het", "den", "cuoi"].iter().any(|w| t[c.at - 3].is_word(w)));
    law_year(t, c)
        || season(t, c)
        || until_event(t, c)
        || super::stance::not_set(t, c)
        || reckoning(t, c)
        || named::amended(t, c)
        || (term(t, c) && !timed_term)
        || named::blank_day(t, c)
        || named::starts_after(t, c)
}

/// "vụ Đông Xuân 2018-2019", "vụ chiêm xuân 2021 - 2022": a crop season named by the two years it
/// spans (it ends in spring, not on 31 December); the name times no work (twenty-eighth round).
fn season(t: &[Tok<'_>], c: &Cand) -> bool {
    let w = |i: usize, s: &str| t.get(i).is_some_and(|x| x.is_word(s));
    let named = |k: usize| {
        (w(k, "dong") && w(k + 1, "xuan"))
            || (w(k, "chiem") && w(k + 1, "xuan"))
            || (w(k, "he") && w(k + 1, "thu"))
            || (w(k, "thu") && w(k + 1, "dong"))
    };
    matches!(c.span, Span::Period { .. }) && c.at >= 3 && w(c.at - 3, "vu") && named(c.at - 2)
}

/// "Từ tháng 10/2025 đến khi tổ chức thành công Đại hội …": a start whose end is an event the
/// phrase does not date; the start is no deadline (twenty-sixth round).
/// Also "từ 0 giờ ngày 28/3/2020 cho đến khi có thông báo mới" (twenty-ninth round).
fn until_event(t: &[Tok<'_>], c: &Cand) -> bool {
    let k = c.end + usize::from(t.get(c.end).is_some_and(|x| x.is_word("cho")));
    super::stance::opens_stretch(t, c, 4)
        && t.get(k).is_some_and(|x| x.is_word("den"))
        && t.get(k + 1).is_some_and(|x| x.is_word("khi"))
}

/// "Thời điểm tính tuổi quy hoạch … là tháng 3/2031": the moment a count is reckoned from, in a
/// clause that defines it, is no deadline (twenty-sixth round).
fn reckoning(t: &[Tok<'_>], c: &Cand) -> bool {
    let start = t[..c.at]
        .iter()
        .rposition(|x| x.is_sym(&[';', '.', ':']))
        .map_or(0, |p| p + 1);
    let words: Vec<&Tok<'_>> = t[start..c.at].iter().skip_while(|x| matches!(x, Tok::Sym(_))).collect();
    words.len() > 3 && words[0].is_word("thoi") && words[1].is_word("diem") && words[2].is_word("tinh")
}

/// "Đại hội … nhiệm kỳ 2022 - 2027", "nhiệm kỳ 2021 – 2026": the term names the body or the
/// congress, it does not time the work (sixteenth round).
fn term(t: &[Tok<'_>], c: &Cand) -> bool {
    let w = |i: usize, s: &str| t.get(i).is_some_and(|x| x.is_word(s));
    matches!(c.span, Span::Period { .. }) && c.at >= 2 && w(c.at - 1, "ky") && w(c.at - 2, "nhiem")
}

/// "Ngày 17 tháng Chạp Âm lịch (Tân Mão), nhằm ngày 10/01/2012": a lunar date glosses the solar
/// one (sixteenth round); so does a day whose year is named by its stem and branch ("(tức ngày 29
/// tháng Chạp năm Quý Mão)"; eighteenth round — days of tháng Giêng were made solar before).
fn lunar(t: &[Tok<'_>], c: &Cand) -> bool {
    let w = |i: usize, s: &str| t.get(i).is_some_and(|x| x.is_word(s));
    let word = |i: usize| match t.get(i) {
        Some(Tok::Word(x)) => *x,
        _ => "",
    };
    let day = matches!(c.span, Span::DayMonth { .. } | Span::Full(_));
    let stem_branch = w(c.end, "nam") && names_a_lunar_year(word(c.end + 1), word(c.end + 2));
    day && (w(c.end, "am") && w(c.end + 1, "lich") || stem_branch)
}

/// "năm học 2020-2021", "năm học mới 2025–2026", "vụ chiêm Xuân 2019-2020": its first year. A
/// crop season across two years ("vụ" and at most two words before the years) dates its days as
/// a school year does (eighteenth round).
pub(crate) fn school_year(t: &[Tok<'_>]) -> Option<i32> {
    let years = |k: usize| {
        let (first, second) = (t.get(k)?.year()?, t.get(k + 2)?.year()?);
        let joined = t[k + 1].is_sym(&['-', '–']) || t[k + 1].is_word("den");
        (joined && second == first + 1).then_some(first)
    };
    (0..t.len()).find_map(|k| {
        let w = |i: usize, x: &str| t.get(i).is_some_and(|y| y.is_word(x));
        if w(k, "nam") && w(k + 1, "hoc") {
            return years(k + 2).or_else(|| w(k + 2, "moi").then(|| years(k + 3)).flatten());
        }
        if w(k, "vu") {
            let words = (1..=3)
                .take_while(|&j| matches!(t.get(k + j), Some(Tok::Word(_))))
                .count();
            return (1..=words.min(2)).find_map(|j| years(k + 1 + j));
        }
        None
    })
}

/// The school year itself as a period (2020–2021).
fn is_school_year(c: &Cand, first: i32) -> bool {
    matches!(c.span, Span::Period { first: f } if f == first) && c.year == Some(first + 1)
}

/// The year of a day or month named without one inside a school year: August to December
/// fall in its first year, January to July in its second — except admissions ("tuyển sinh"),
/// which come before the school year, in its first.
pub(crate) fn school_year_of(span: Span, first: i32, admissions: bool) -> Option<i32> {
    let month = match span {
        Span::DayMonth { month, .. } | Span::Month { month, .. } => month,
        _ => return None,
    };
    Some(if month >= 8 || admissions { first } else { first + 1 })
}

/// Whether the phrase is about admissions ("tuyển sinh").
pub(crate) fn admissions(t: &[Tok<'_>]) -> bool {
    t.windows(2).any(|w| w[0].is_word("tuyen") && w[1].is_word("sinh"))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::deadline::scan::scan;
    use crate::deadline::tokens::tokenize;
    use crate::text::fold;
    use chrono::NaiveDate;

    fn refined(s: &str) -> Vec<Span> {
        let f = fold(s);
        let t = tokenize(&f);
        refine(&t, scan(&t)).into_iter().map(|c| c.span).collect()
    }

    fn full(y: i32, m: u32, d: u32) -> Span {
        Span::Full(NaiveDate::from_ymd_opt(y, m, d))
    }

    #[test]
    fn counts_from_a_date() {
        assert_eq!(
            refined("phong tỏa trong 14 ngày kể từ 0 giờ ngày 10/3/2021"),
            vec![full(2021, 3, 23)]
        );
        assert_eq!(
            refined("hoàn thành trong 03 tháng kể từ ngày 1/7/2024"),
            vec![full(2024, 10, 1)]
        );
        assert_eq!(refined("trong 10 ngày, kể từ ngày 5/9/2023"), vec![full(2023, 9, 15)]);
    }

    #[test]
    fn cited_documents_and_review_periods_are_no_deadline() {
        assert_eq!(
            refined("theo Quyết định số 12/QĐ-UBND ngày 3/2/2024, hoàn thành trong quý III/2024"),
            vec![Span::Quarter(3)]
        );
        assert_eq!(
            refined("thanh tra trong tháng 5/2023, thời kỳ thanh tra từ 01/01/2021 đến 31/12/2022"),
            vec![Span::Month {
                month: 5,
                part: crate::deadline::scan::Part::Whole
            }]
        );
        // Alone, a cited date is no deadline either (eighteenth round; it was read before), nor
        // is the period of the document it cites.
        assert_eq!(refined("Công văn số 5/SNV ngày 4/1/2024"), vec![]);
        assert_eq!(
            refined("Căn cứ Kế hoạch số 9/KH-PGD ngày 2/10/2023 năm học 2023-2024"),
            vec![]
        );
        // An undated reference leaves the rest as before.
        assert_eq!(
            refined("theo Kế hoạch số 9/KH-PGD, năm học 2023-2024"),
            vec![Span::Period { first: 2023 }]
        );
    }

    #[test]
    fn school_years() {
        let f = fold("năm học 2024-2025: kết thúc học kỳ I vào 18/1");
        let t = tokenize(&f);
        assert_eq!(school_year(&t), Some(2024));
        assert_eq!(
            refined("năm học 2024-2025: kết thúc học kỳ I vào 18/1"),
            vec![Span::DayMonth { day: 18, month: 1 }]
        );
        let september = Span::Month {
            month: 9,
            part: crate::deadline::scan::Part::Whole,
        };
        assert_eq!(
            school_year_of(Span::DayMonth { day: 18, month: 1 }, 2024, false),
            Some(2025)
        );
        assert_eq!(
            school_year_of(Span::DayMonth { day: 10, month: 6 }, 2024, true),
            Some(2024)
        );
        assert_eq!(school_year_of(september, 2024, false), Some(2024));
        assert!(admissions(&tokenize("tuyen sinh vao lop 10 nam hoc 2024 - 2025")));
        assert_eq!(school_year(&tokenize("nam 2024 - 2026")), None);
    }

    #[test]
    fn new_school_years_and_crop_seasons() {
        // Eighteenth round: "năm học mới Y–Y+1" and a crop season across two years.
        let first = |s: &str| school_year(&tokenize(&fold(s)));
        assert_eq!(first("chuẩn bị cho năm học mới 2025–2026"), Some(2025));
        assert_eq!(first("lịch thời vụ vụ Đông Xuân 2023 - 2024"), Some(2023));
        assert_eq!(first("gieo cấy vụ chiêm xuân 2019-2020, ngày 25-30/12"), Some(2019));
        // a season of one year, or years that do not follow each other
        assert_eq!(first("vụ Hè Thu 2024"), None);
        assert_eq!(first("vụ mùa 2021 - 2025"), None);
    }

    #[test]
    fn days_of_a_named_lunar_year_gloss_the_solar_date() {
        // Eighteenth round.
        assert_eq!(
            refined("nghỉ đến hết ngày 20/1/2023 (tức ngày 29 tháng 12 năm Nhâm Dần)"),
            vec![full(2023, 1, 20)]
        );
        // alone it is what is read
        assert_eq!(
            refined("ngày 29 tháng 12 năm Quý Mão"),
            vec![Span::DayMonth { day: 29, month: 12 }]
        );
    }

    #[test]
    fn terms_and_lunar_dates_are_no_deadline() {
        assert_eq!(
            refined("Đại hội Đoàn tỉnh, nhiệm kỳ 2022 - 2027 dự kiến tổ chức vào tháng 9-2022"),
            vec![Span::Month {
                month: 9,
                part: crate::deadline::scan::Part::Whole
            }]
        );
        assert_eq!(
            refined("ngày 17 tháng 12 âm lịch, nhằm ngày 10/01/2012"),
            vec![full(2012, 1, 10)]
        );
        // alone as a time cell, the term is what is left; after a body's name it names the body
        // and nothing is read (twenty-second round)
        assert_eq!(refined("nhiệm kỳ 2020-2025"), vec![Span::Period { first: 2020 }]);
        assert_eq!(refined("Ban Chấp hành Đoàn xã nhiệm kỳ 2020-2025"), vec![]);
    }

    #[test]
    fn sessions_and_times_set_aside_are_no_deadline() {
        // Seventeenth round: a session's name, a replaced and a compared time.
        assert_eq!(
            refined("chiều ngày 12/3, Thường trực HĐND họp thường kỳ tháng 3 năm 2024"),
            vec![Span::DayMonth { day: 12, month: 3 }]
        );
        let with_year = {
            let f = fold("chiều ngày 12/3, Thường trực HĐND họp thường kỳ tháng 3 năm 2024");
            let t = tokenize(&f);
            refine(&t, scan(&t)).into_iter().map(|c| c.year).collect::<Vec<_>>()
        };
        assert_eq!(with_year, vec![Some(2024)]);
        assert_eq!(
            refined("ngày 29/7/2019, Thường trực chủ trì phiên họp tháng 07/2019"),
            vec![full(2019, 7, 29)]
        );
        assert_eq!(
            refined("đại biểu dự kỳ họp cuối năm tại xã; báo cáo xong trước ngày 5/12"),
            vec![Span::DayMonth { day: 5, month: 12 }]
        );
        assert_eq!(
            refined("khai trương vào ngày 9/9, thay vì ngày 2/9 như dự kiến"),
            vec![Span::DayMonth { day: 9, month: 9 }]
        );
        assert_eq!(
            refined("nộp hồ sơ trong tháng 4/2027, muộn hơn so với tháng 3/2026"),
            vec![Span::Month {
                month: 4,
                part: crate::deadline::scan::Part::Whole
            }]
        );
        // A month that times the work is kept.
        assert_eq!(
            refined("định kỳ hằng quý, hoàn thành trong tháng 6/2024"),
            vec![Span::Month {
                month: 6,
                part: crate::deadline::scan::Part::Whole
            }]
        );
    }

    #[test]
    fn counts_that_begin_on_a_date_and_years_of_laws() {
        // Fifteenth round: "N ngày, bắt đầu từ ngày D" counts D as the first day.
        assert_eq!(
            refined("đợt kiểm tra kéo dài 10 ngày, bắt đầu từ ngày 3/6/2024"),
            vec![full(2024, 6, 12)]
        );
        assert_eq!(refined("là 30 ngày kể từ ngày 1/3/2022"), vec![full(2022, 3, 31)]);
        // The year of a law's name is no deadline when something else is left.
        assert_eq!(
            refined("theo Luật Đất đai năm 2024, trong thời hạn 6 tháng"),
            vec![Span::Relative { days: 0, months: 6 }]
        );
        assert_eq!(
            refined("Bộ luật Lao động năm 2019 quy định; hoàn thành trong năm 2025"),
            vec![Span::Year {
                part: crate::deadline::scan::Part::Whole,
                offset: 0
            }]
        );
        // Timed work on a law is a deadline.
        assert_eq!(
            refined("sửa đổi Luật Đất đai trong năm 2025"),
            vec![Span::Year {
                part: crate::deadline::scan::Part::Whole,
                offset: 0
            }]
        );
    }
}
