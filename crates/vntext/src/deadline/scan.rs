//! Finds the time expressions of a deadline phrase, in order of appearance.

use chrono::{Datelike, NaiveDate};

use super::cited::{after_symbol, in_symbol, starts_symbol};
use super::tokens::{Tok, abbreviation_dot};

/// Which part of a month or year a phrase names ("đầu", "giữa", or the whole).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Part {
    Whole,
    Early,
    Mid,
}

/// One time expression.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Span {
    /// A full date, or `None` if it does not exist (31/02/2023).
    Full(Option<NaiveDate>),
    DayMonth {
        day: u32,
        month: u32,
    },
    Month {
        month: u32,
        part: Part,
    },
    Quarter(u32),
    /// First (1) or second (2) half of a year.
    Half(u32),
    Year {
        part: Part,
        offset: i32,
    },
    Period {
        first: i32,
    },
    /// N days, weeks or months after the issue date.
    Relative {
        days: u32,
        months: u32,
    },
}

/// A time expression with its (optional) explicit year and context.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Cand {
    pub span: Span,
    pub year: Option<i32>,
    /// Preceded by "từ", or by "khởi công" / "bắt đầu" (a start, not an end).
    pub from: bool,
    /// Preceded by "trước" (before).
    pub before: bool,
    /// The date of a document named just before it ("Công văn số 3426/UBND-XDCB ngày
    /// 26/4/2021"): a reference, not a deadline.
    pub reference: bool,
    /// Token range of the expression.
    pub at: usize,
    pub end: usize,
}

/// Scans tokens for time expressions.
pub(crate) fn scan(t: &[Tok<'_>]) -> Vec<Cand> {
    let mut out = Vec::new();
    let mut i = 0;
    while i < t.len() {
        match at(t, i) {
            Some((span, year, next)) => {
                let from = (i > 0
                    && (t[i - 1].is_word("tu") || (i > 1 && t[i - 2].is_word("tu") && t[i - 1].is_word("ngay")))
                    || starts_work(t, i))
                    && !ends_range(t, i, next, span);
                let before = (i.saturating_sub(3)..i).any(|k| t[k].is_word("truoc"));
                out.push(Cand {
                    span,
                    year,
                    from,
                    before,
                    reference: t[i].is_word("ngay") && after_symbol(t, i),
                    at: i,
                    end: next.max(i + 1),
                });
                i = next.max(i + 1);
            }
            None => i += 1,
        }
    }
    out
}

/// "từ ngày 1 - 31/05", "từ 10.9 - 10.10": the span read is the end of a range of days, so "từ"
/// does not make it a start (sixteenth round).
fn ends_range(t: &[Tok<'_>], i: usize, next: usize, span: Span) -> bool {
    let day = match span {
        Span::DayMonth { day, .. } => day,
        Span::Full(Some(d)) => d.day(),
        _ => return false,
    };
    (i..next.saturating_sub(2)).any(|k| {
        matches!(t[k], Tok::Num(a, 1 | 2) if a < day)
            && t[k + 1].is_sym(&['-', '–'])
            && t.get(k + 2).and_then(|x| x.small(2)) == Some(day)
    })
}

/// After a day and month at `k`: "- 10.4", "– 30/4[/2022]", the end of a range of two days and
/// months (sixteenth round).
fn day_month_range_end(t: &[Tok<'_>], k: usize) -> Option<(Span, Option<i32>, usize)> {
    if !tok(t, k)?.is_sym(&['-', '–']) || !tok(t, k + 2)?.is_sym(&['/', '.']) {
        return None;
    }
    let (day, month) = (tok(t, k + 1)?.small(2)?, tok(t, k + 3)?.small(2)?);
    if !(1..=31).contains(&day) || !(1..=12).contains(&month) {
        return None;
    }
    if tok(t, k + 4).is_some_and(|x| x.is_sym(&['/', '.', '-']))
        && let Some(y) = tok(t, k + 5).and_then(Tok::year)
    {
        return Some((Span::Full(NaiveDate::from_ymd_opt(y, month, day)), Some(y), k + 6));
    }
    Some((Span::DayMonth { day, month }, None, k + 4))
}

/// "trong 11/2025", "đến 9-2022": a month and year without "tháng" (sixteenth round).
fn month_year(t: &[Tok<'_>], i: usize, prev: Option<&Tok<'_>>) -> Option<(Span, Option<i32>, usize)> {
    const LEADS: [&str; 5] = ["trong", "den", "truoc", "het", "cuoi"];
    if !prev.is_some_and(|p| LEADS.iter().any(|w| p.is_word(w))) || !tok(t, i + 1)?.is_sym(&['/', '-', '.']) {
        return None;
    }
    let month = tok(t, i)?.small(2).filter(|m| (1..=12).contains(m))?;
    let y = tok(t, i + 2)?.year()?;
    Some((
        Span::Month {
            month,
            part: Part::Whole,
        },
        Some(y),
        i + 3,
    ))
}

/// "khởi công vào ngày 19/8/2025", "bắt đầu ngày …": the start of the work, not its end.
fn starts_work(t: &[Tok<'_>], i: usize) -> bool {
    (i.saturating_sub(4)..i).any(|k| {
        let next = t.get(k + 1);
        (t[k].is_word("khoi") && next.is_some_and(|w| w.is_word("cong")))
            || (t[k].is_word("bat") && next.is_some_and(|w| w.is_word("dau")))
    })
}

fn tok<'a>(t: &'a [Tok<'a>], i: usize) -> Option<&'a Tok<'a>> {
    t.get(i)
}

/// A word a number after it counts or orders ("tuần 2 tháng 8-2021", "đợt 3 tháng 5/2024"): the
/// number is no day.
fn counts_things(w: &Tok<'_>) -> bool {
    [
        "tuan", "dot", "lan", "ky", "khoa", "phien", "buoi", "thu", "so", "quy", "muc", "diem", "khoan", "dieu",
    ]
    .iter()
    .any(|x| w.is_word(x))
}

/// `/2023`, `-2023`, `năm 2023` after index `i`: (year, next index).
fn year_suffix(t: &[Tok<'_>], i: usize) -> Option<(i32, usize)> {
    let a = tok(t, i)?;
    let b = tok(t, i + 1)?;
    if (a.is_sym(&['/', '-', '.']) || a.is_word("nam")) && b.year().is_some() {
        return b.year().map(|y| (y, i + 2));
    }
    None
}

/// Recognises one expression starting at token `i`: (span, explicit year, next index).
fn at(t: &[Tok<'_>], i: usize) -> Option<(Span, Option<i32>, usize)> {
    let cur = tok(t, i)?;
    let prev = if i > 0 { tok(t, i - 1) } else { None };
    let part = match prev {
        Some(p) if p.is_word("dau") => Part::Early,
        Some(p) if p.is_word("giua") => Part::Mid,
        _ => Part::Whole,
    };
    match *cur {
        Tok::Word("ngay") => day_phrase(t, i),
        Tok::Num(..) if cur.small(2).is_some() && tok(t, i + 1).is_some_and(|s| s.is_sym(&['/', '-', '.', '–'])) => {
            numeric_date(t, i)
                .or_else(|| bare_day_month(t, i, prev))
                .or_else(|| month_year(t, i, prev))
        }
        // "khởi công dịp 19 tháng 12 năm 2025": a day, month and year without "ngày" before them
        // is one date, not a count of months (twenty-sixth round).
        Tok::Num(d @ 1..=31, 1 | 2)
            if !prev.is_some_and(counts_things)
                && tok(t, i + 1).is_some_and(|w| w.is_word("thang"))
                && let Some(m) = tok(t, i + 2).and_then(|x| x.small(2))
                && let Some((y, next)) = year_suffix(t, i + 3)
                && let Some(date) = NaiveDate::from_ymd_opt(y, m, d) =>
        {
            Some((Span::Full(Some(date)), Some(y), next))
        }
        // "9 tháng năm 2021": the first N months of a year, ending with month N.
        Tok::Num(n @ 1..=12, _)
            if n != 6
                && tok(t, i + 1).is_some_and(|w| w.is_word("thang"))
                && tok(t, i + 2).is_some_and(|w| w.is_word("nam"))
                && tok(t, i + 3).and_then(Tok::year).is_some() =>
        {
            Some((
                Span::Month {
                    month: n,
                    part: Part::Whole,
                },
                tok(t, i + 3).and_then(Tok::year),
                i + 4,
            ))
        }
        // "Trong 05 tháng đầu năm 2025", "4 tháng đầu năm": the first N months of a year, not a
        // count from the issue date; "3 tháng cuối năm" ends with the year (twenty-fourth round).
        Tok::Num(n @ 1..=12, _)
            if n != 6
                && tok(t, i + 1).is_some_and(|w| w.is_word("thang"))
                && tok(t, i + 2).is_some_and(|w| w.is_word("dau") || w.is_word("cuoi"))
                && tok(t, i + 3).is_some_and(|w| w.is_word("nam")) =>
        {
            let month = if tok(t, i + 2).is_some_and(|w| w.is_word("dau")) {
                n
            } else {
                12
            };
            let span = Span::Month {
                month,
                part: Part::Whole,
            };
            match tok(t, i + 4).and_then(Tok::year) {
                Some(y) => Some((span, Some(y), i + 5)),
                None => match year_suffix(t, i + 3) {
                    Some((y, next)) => Some((span, Some(y), next)),
                    None => Some((span, None, i + 4)),
                },
            }
        }
        Tok::Num(6, 1) if tok(t, i + 1).is_some_and(|w| w.is_word("thang")) => {
            half(t, i + 2).or_else(|| relative(t, i, 6))
        }
        Tok::Word("nua") => half(t, i + 1),
        Tok::Word("thang") => month(t, i, part),
        Tok::Word("quy") => quarter(t, i),
        Tok::Word("nam") => year_word(t, i, prev, part),
        // "Nghị định 94/2016/NĐ-CP": the year of a document's symbol is no time (seventeenth round).
        Tok::Num(..) if cur.year().is_some() && (in_symbol(t, i) || starts_symbol(t, i)) => None,
        Tok::Num(..) if cur.year().is_some() => {
            if let Some((first, end, next)) = year_range(t, i) {
                return Some((Span::Period { first }, Some(end), next));
            }
            if tok(t, i + 1).is_some_and(|s| s.is_sym(&['-', '/', '.']))
                && tok(t, i + 2).and_then(|x| x.small(2)).is_some()
            {
                return iso_date(t, i);
            }
            Some((
                Span::Year {
                    part: Part::Whole,
                    offset: 0,
                },
                cur.year(),
                i + 1,
            ))
        }
        Tok::Num(n, _) => relative(t, i, n),
        _ => None,
    }
}

/// `2021-2025`, `2021 đến 2025`, `2021 đến năm 2025`.
fn year_range(t: &[Tok<'_>], i: usize) -> Option<(i32, i32, usize)> {
    let first = tok(t, i)?.year()?;
    let sep = tok(t, i + 1)?;
    let mut j = i + 2;
    if !(sep.is_sym(&['-', '–']) || sep.is_word("den")) {
        return None;
    }
    if tok(t, j).is_some_and(|w| w.is_word("nam")) {
        j += 1;
    }
    let end = tok(t, j)?.year()?;
    (end >= first).then_some((first, end, j + 1))
}

fn numeric_date(t: &[Tok<'_>], i: usize) -> Option<(Span, Option<i32>, usize)> {
    let d = tok(t, i)?.small(2)?;
    let sep = tok(t, i + 1)?;
    let m = tok(t, i + 2)?.small(2)?;
    let Tok::Sym(sc) = *sep else { return None };
    if tok(t, i + 3).is_some_and(|s| s.is_sym(&[sc])) {
        let y = tok(t, i + 4)?.year()?;
        let date = NaiveDate::from_ymd_opt(y, m, d);
        return Some((Span::Full(date), Some(y), i + 5));
    }
    // "d/m" without a year only counts after "ngày" (see `day_phrase`).
    None
}

/// "trước 30/8", "đến 15-11": a day and month without "ngày", after a word that makes
/// it a date (not a fraction such as "14/14").
fn bare_day_month(t: &[Tok<'_>], i: usize, prev: Option<&Tok<'_>>) -> Option<(Span, Option<i32>, usize)> {
    // "vào 5/9"; a time of day before the date counts after a word that makes it a deadline
    // ("trong tối 31/8", "trước sáng 5/9") — alone ("Chiều 7-2, Sở … yêu cầu") it dates an event.
    // "tức 22/8": a date restated (eighteenth round).
    // "ngày mai 19/8", "vào dịp 30-4" (twenty-fourth round).
    const LEADS: [&str; 10] = ["den", "truoc", "het", "tu", "va", "vao", "le", "tuc", "mai", "dip"];
    const TIMES: [&str; 5] = ["sang", "trua", "chieu", "toi", "dem"];
    const DEADLINE: [&str; 5] = ["trong", "truoc", "den", "het", "vao"];
    let is = |k: Option<&Tok<'_>>, words: &[&str]| k.is_some_and(|p| words.iter().any(|w| p.is_word(w)));
    let before_time = i.checked_sub(2).and_then(|k| tok(t, k));
    // "Sáng 28.5, HĐND tỉnh khai mạc …", "(HNMO) - Sáng 10-3, …": opening the phrase as its
    // dateline, it is read too — as a frame (`named::spoken_dateline`; eighteenth round).
    // After a clause's comma too when the clause announces the event ("Theo kế hoạch, sáng 29/2,
    // thành phố sẽ ra quân …", twenty-eighth round); a told act's day ("Trước diễn biến …, chiều
    // 7-2, Trung tâm … yêu cầu …") stays unread.
    let announced = || {
        (i + 3..t.len().min(i + 20))
            .take_while(|&k| !t[k].is_sym(&[';', ':', '.']) || abbreviation_dot(t, k))
            .any(|k| t[k].is_word("se") || (t[k].is_word("du") && tok(t, k + 1).is_some_and(|x| x.is_word("kien"))))
    };
    let opens = i == 1
        || before_time.is_some_and(|x| x.is_sym(&['-', ')', ':']))
        || (before_time.is_some_and(|x| x.is_sym(&[','])) && announced());
    let timed = is(prev, &TIMES) && (is(before_time, &DEADLINE) || opens);
    // "Sinh nhật Bác (19/5)", "kéo dài 4 ngày (1-4/1)": a date alone in brackets (sixteenth round).
    let bracket = prev.is_some_and(|p| p.is_sym(&['(']));
    if !is(prev, &LEADS) && !timed && !bracket {
        return None;
    }
    let read = bare_day_month_at(t, i)?;
    (!bracket || tok(t, read.2).is_some_and(|x| x.is_sym(&[')']))).then_some(read)
}

fn bare_day_month_at(t: &[Tok<'_>], i: usize) -> Option<(Span, Option<i32>, usize)> {
    let day = tok(t, i)?.small(2)?;
    // "từ 1-8/4", "đến 20 – 25.11": a range of days without a year; the end is the day.
    if tok(t, i + 1).is_some_and(|s| s.is_sym(&['-', '–']))
        && let (Some(end), Some(month)) = (
            tok(t, i + 2).and_then(|x| x.small(2)),
            tok(t, i + 4).and_then(|x| x.small(2)),
        )
        && tok(t, i + 3).is_some_and(|s| s.is_sym(&['/', '.']))
    {
        let year_after = tok(t, i + 5).is_some_and(|x| x.is_sym(&['/', '-', '.']))
            && tok(t, i + 6).is_some_and(|x| matches!(x, Tok::Num(..)));
        let valid = (1..=31).contains(&day) && day < end && end <= 31 && (1..=12).contains(&month);
        if valid && !year_after {
            return Some((Span::DayMonth { day: end, month }, None, i + 5));
        }
    }
    let month = tok(t, i + 2)?.small(2)?;
    let valid = (1..=31).contains(&day) && (1..=12).contains(&month);
    if valid && let Some(end) = day_month_range_end(t, i + 3) {
        return Some(end);
    }
    // "5/9/2023" is read elsewhere; "vào 5/9." ends a sentence.
    let more = tok(t, i + 3).is_some_and(|x| x.is_sym(&['/', '-', '.']))
        && tok(t, i + 4).is_some_and(|x| matches!(x, Tok::Num(..)));
    // "vào dịp 30-4 năm nay": the issue date's year, not the year's end (twenty-fourth round).
    let this_year = tok(t, i + 3).is_some_and(|x| x.is_word("nam")) && tok(t, i + 4).is_some_and(|x| x.is_word("nay"));
    let next = if this_year { i + 5 } else { i + 3 };
    (valid && !more).then_some((Span::DayMonth { day, month }, None, next))
}

fn iso_date(t: &[Tok<'_>], i: usize) -> Option<(Span, Option<i32>, usize)> {
    let y = tok(t, i)?.year()?;
    let Tok::Sym(sc) = *tok(t, i + 1)? else {
        return None;
    };
    let m = tok(t, i + 2)?.small(2)?;
    if !tok(t, i + 3)?.is_sym(&[sc]) {
        return None;
    }
    let d = tok(t, i + 4)?.small(2)?;
    Some((Span::Full(NaiveDate::from_ymd_opt(y, m, d)), Some(y), i + 5))
}

/// After "ngày": `d/m/yyyy`, `d/m`, `d tháng m năm yyyy`, `d tháng m`.
fn day_phrase(t: &[Tok<'_>], i: usize) -> Option<(Span, Option<i32>, usize)> {
    let d = tok(t, i + 1)?.small(2)?;
    // "ngày 13,14 tháng 12 năm 2018", "ngày 1 và 2/6": a list of days; the last one is read.
    let mut j = i + 1;
    while tok(t, j + 1).is_some_and(|s| s.is_sym(&[',']) || s.is_word("va"))
        && tok(t, j + 2).and_then(|x| x.small(2)).is_some()
    {
        j += 2;
    }
    if j > i + 1 {
        return day_phrase(t, j - 1);
    }
    let sep = tok(t, i + 2)?;
    if sep.is_sym(&['/', '-', '.', '–']) {
        if let Some(full) = numeric_date(t, i + 1) {
            return Some(full);
        }
        // "ngày 4 - 11/10/2017": a range of days; the end is the full date.
        if sep.is_sym(&['-', '–']) && numeric_date(t, i + 3).is_some() {
            return numeric_date(t, i + 3);
        }
        // "ngày 5- 6/12": a range of days without a year; the end is the day.
        if sep.is_sym(&['-', '–'])
            && let (Some(end), Some(s2), Some(month)) = (
                tok(t, i + 3).and_then(|x| x.small(2)),
                tok(t, i + 4),
                tok(t, i + 5).and_then(|x| x.small(2)),
            )
            && s2.is_sym(&['/', '.'])
            && (1..=31).contains(&end)
            && (1..=12).contains(&month)
        {
            return Some((Span::DayMonth { day: end, month }, None, i + 6));
        }
        let month = tok(t, i + 3)?.small(2)?;
        if let Some(end) = day_month_range_end(t, i + 4) {
            return Some(end);
        }
        return Some((Span::DayMonth { day: d, month }, None, i + 4));
    }
    if sep.is_word("thang") {
        let month = tok(t, i + 3)?.small(2)?;
        return match year_suffix(t, i + 4) {
            Some((y, next)) => Some((Span::Full(NaiveDate::from_ymd_opt(y, month, d)), Some(y), next)),
            None => Some((Span::DayMonth { day: d, month }, None, i + 4)),
        };
    }
    None
}

/// After "6 tháng" or "nửa": `đầu năm [2024]`, `cuối năm [2024]`.
fn half(t: &[Tok<'_>], i: usize) -> Option<(Span, Option<i32>, usize)> {
    let which = match tok(t, i)? {
        w if w.is_word("dau") => 1,
        w if w.is_word("cuoi") => 2,
        _ => return None,
    };
    if !tok(t, i + 1)?.is_word("nam") {
        return None;
    }
    match tok(t, i + 2).and_then(Tok::year) {
        Some(y) => Some((Span::Half(which), Some(y), i + 3)),
        None => match year_suffix(t, i + 2) {
            Some((y, next)) => Some((Span::Half(which), Some(y), next)),
            None => Some((Span::Half(which), None, i + 2)),
        },
    }
}

/// `tháng 9/2023`, `tháng 9 năm 2023`, `tháng 9 - 10/2023`, `tháng 10`.
fn month(t: &[Tok<'_>], i: usize, part: Part) -> Option<(Span, Option<i32>, usize)> {
    let mut m = tok(t, i + 1)?.small(2)?;
    let mut j = i + 2;
    // A list or range of months: "tháng 9-10/2023", "tháng 9, 10 năm 2023".
    while let (Some(sep), Some(next)) = (tok(t, j), tok(t, j + 1).and_then(|x| x.small(2))) {
        let joins = sep.is_sym(&['-', '–', ',']) || sep.is_word("va") || sep.is_word("den");
        if !joins || tok(t, j + 2).is_some_and(|x| x.is_word("thang")) {
            break;
        }
        m = m.max(next);
        j += 2;
    }
    match year_suffix(t, j) {
        Some((y, next)) => Some((Span::Month { month: m, part }, Some(y), next)),
        None => Some((Span::Month { month: m, part }, None, this_year(t, j))),
    }
}

/// `quý IV/2023`, `quý 3 năm 2024`, `quý I, II/2024`, `quý IV`.
fn quarter(t: &[Tok<'_>], i: usize) -> Option<(Span, Option<i32>, usize)> {
    let mut q = tok(t, i + 1)?.quarter()?;
    let mut j = i + 2;
    while let Some(sep) = tok(t, j) {
        let joins = sep.is_sym(&['-', '–', ',']) || sep.is_word("va") || sep.is_word("den");
        if !joins {
            break;
        }
        let k = if tok(t, j + 1).is_some_and(|w| w.is_word("quy")) {
            j + 2
        } else {
            j + 1
        };
        match tok(t, k).and_then(Tok::quarter) {
            Some(next) => {
                q = q.max(next);
                j = k + 1;
            }
            None => break,
        }
    }
    match year_suffix(t, j) {
        Some((y, next)) => Some((Span::Quarter(q), Some(y), next)),
        None => Some((Span::Quarter(q), None, this_year(t, j))),
    }
}

/// "quý III năm nay", "tháng 9 năm nay": "năm nay" belongs to the month or quarter before it
/// (its year is the issue date's), not a deadline of its own; the index after it.
fn this_year(t: &[Tok<'_>], j: usize) -> usize {
    if tok(t, j).is_some_and(|w| w.is_word("nam")) && tok(t, j + 1).is_some_and(|w| w.is_word("nay")) {
        j + 2
    } else {
        j
    }
}

/// `năm 2023`, `năm 2021-2025`, `trong năm`, `cuối năm`, `năm nay`, `năm sau`.
fn year_word(t: &[Tok<'_>], i: usize, prev: Option<&Tok<'_>>, part: Part) -> Option<(Span, Option<i32>, usize)> {
    if let Some(y) = tok(t, i + 1).and_then(Tok::year) {
        if let Some((first, end, next)) = year_range(t, i + 1) {
            return Some((Span::Period { first }, Some(end), next));
        }
        return Some((Span::Year { part, offset: 0 }, Some(y), i + 2));
    }
    let next = tok(t, i + 1);
    // "năm học" is a school year, read by `frame::school_year`.
    if next.is_some_and(|w| w.is_word("hoc")) {
        return None;
    }
    if next.is_some_and(|w| w.is_word("sau") || w.is_word("toi")) {
        return Some((Span::Year { part, offset: 1 }, None, i + 2));
    }
    let anchored = prev.is_some_and(|p| ["trong", "cuoi", "dau", "giua", "het"].iter().any(|w| p.is_word(w)));
    if anchored || next.is_some_and(|w| w.is_word("nay")) {
        let skip = if next.is_some_and(|w| w.is_word("nay")) { 2 } else { 1 };
        return Some((Span::Year { part, offset: 0 }, None, i + skip));
    }
    None
}

/// "kể từ ngày 1/4", "bắt đầu từ 0 giờ ngày 1/4" within a few tokens from `j`: a count's start.
pub(crate) fn count_start(t: &[Tok<'_>], j: usize) -> Option<usize> {
    (j..(j + 4).min(t.len())).find(|&k| {
        k > 0
            && t[k].is_word("tu")
            && (t[k - 1].is_word("ke") || (k > 1 && t[k - 1].is_word("dau") && t[k - 2].is_word("bat")))
    })
}

/// Whether a date follows the count's start ("kể từ [0 giờ] [ngày] 1/4/2019").
fn counted_from_a_date(t: &[Tok<'_>], j: usize) -> bool {
    let Some(tu) = count_start(t, j) else {
        return false;
    };
    let mut k = tu + 1;
    while t
        .get(k)
        .is_some_and(|w| w.is_word("ngay") || w.is_word("gio") || w.is_word("h") || matches!(w, Tok::Num(0, _)))
    {
        k += 1;
    }
    matches!(t.get(k), Some(Tok::Num(..))) && t.get(k + 1).is_some_and(|w| w.is_sym(&['/', '-', '.']))
}

/// `trong 30 ngày`, `trong vòng 03 tháng`, `sau 2 tuần`.
fn relative(t: &[Tok<'_>], i: usize, n: u32) -> Option<(Span, Option<i32>, usize)> {
    let unit = tok(t, i + 1)?;
    // "trong 9 tháng qua", "10 ngày vừa qua": a past stretch told, not a time to act
    // (twenty-fourth round).
    if tok(t, i + 2).is_some_and(|w| w.is_word("qua") || w.is_word("vua") || w.is_word("gan")) {
        return None;
    }
    // "là 25 ngày, bắt đầu từ ngày 1/4/2019": a count followed by the date it runs from.
    let lead = (i.saturating_sub(2)..i).any(|k| ["trong", "vong", "sau", "han"].iter().any(|w| t[k].is_word(w)))
        || counted_from_a_date(t, i + 2);
    if !lead || n == 0 || n > 3650 {
        return None;
    }
    // "hợp đồng … xác định thời hạn từ 01 tháng trở lên": a length measured, not a time to act
    // (twenty-first round).
    if tok(t, i + 2).is_some_and(|w| w.is_word("tro"))
        && tok(t, i + 3).is_some_and(|w| w.is_word("len") || w.is_word("xuong"))
    {
        return None;
    }
    // "trong 2 ngày 5-6/12", "trong 5 ngày từ 19 đến 23/1": how long an event lasts, followed by
    // its days (the second form: seventeenth round).
    let own_days = tok(t, i + 2).is_some_and(|w| w.is_word("tu"))
        && tok(t, i + 3).is_some_and(|x| x.is_word("ngay") || x.small(2).is_some());
    if unit.is_word("ngay") && (tok(t, i + 2).and_then(|x| x.small(2)).is_some() || own_days) {
        return None;
    }
    let span = match unit {
        u if u.is_word("ngay") => Span::Relative { days: n, months: 0 },
        u if u.is_word("tuan") => Span::Relative { days: n * 7, months: 0 },
        u if u.is_word("thang") => Span::Relative { days: 0, months: n },
        _ => return None,
    };
    Some((span, None, i + 2))
}
