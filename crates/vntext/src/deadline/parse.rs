//! From a deadline phrase to a due date or a recurrence.
//!
//! Decisions (documented in docs/vntext.md):
//! - "trước ngày X" is due on X (the deadline is the end of day X), and the note says so;
//! - a month, quarter, half-year, year or period is due on its last day;
//! - "đầu tháng" = day 10, "giữa tháng" = day 20, "đầu năm" = 31/3, "giữa năm" = 30/6,
//!   all flagged ambiguous;
//! - a periodic recurrence (hằng tháng/quý/năm, định kỳ 6 tháng) wins over dates in the
//!   same phrase ("trước ngày 20 hằng tháng" is monthly);
//! - "thường xuyên"/"đột xuất" with a date in the same phrase: the date, flagged ambiguous;
//! - a phrase without a year borrows the year of a later part of the phrase
//!   ("tháng 9 và tháng 10/2023"), else the issue date's year, or the next year when
//!   that period had already ended on the issue date (flagged ambiguous);
//! - no year and no issue date: an error;
//! - periodic by counting (`periodic.rs`, no year named): "N ngày kể từ (ngày|khi) kết thúc
//!   <kỳ>", "N lần/năm" (1, 2, 4, 12), a day of a period named by its role ("tháng đầu quý sau
//!   quý báo cáo", "ngày cuối cùng của tháng", "năm dương lịch / tài chính / tính thuế");
//! - no deadline (`frame.rs`, dropped when something else is left): the date of a document cited
//!   with "số … ngày …", the period under review ("thời kỳ kiểm tra …", "chốt số liệu …"), the
//!   school year itself; a date after "khởi công" / "bắt đầu" is a start; "N ngày kể từ [0 giờ]
//!   ngày D" is one date (the first day counted when from 0 giờ); "năm học Y-Y+1" dates a day
//!   without a year when no issue date is given (August–December in Y, else Y+1; admissions in Y);
//! - fifteenth round: months written as words ("tháng Chín năm 2016"; `words.rs`), "tháng này"
//!   (the issue date's month), "N ngày, bắt đầu từ ngày D" (D is the first day), "từ 1-8/4" (a
//!   range of days: its end), "mỗi năm có 2 đợt" and "tuần lễ cuối tháng" (periodic), the year of
//!   a law's name ("Luật Cư trú năm 2020") is no deadline; among several exact dates the latest;
//! - sixteenth round: a term ("nhiệm kỳ 2022 - 2027") and a lunar date ("… âm lịch") are no
//!   deadline (`frame.rs`); weekday names before a date, "mùng", "thượng/trung/hạ tuần", "liên
//!   tục" as a stretch (`norms.rs`); "một tháng một lần", "quý họp một lần", "cứ sáu tháng",
//!   "của quý đó", "hằng năm … 2 đợt"; the end of a range is no start ("từ ngày 1 - 31/05"),
//!   "D.M - D.M", a date alone in brackets ("(19/5)"), "ngày 13,14 tháng 12", "trong 11/2025",
//!   "dịp lễ 2/9" (`scan.rs`); with no issue date a day takes the year named before it; a day
//!   moved to the next year is dropped when a day of the same month was not;
//! - eighteenth round: a cited document's date is never read, alone either (`frame.rs`); a
//!   status date ("tính đến"), a summing-up's year, a quoted title's years (`named.rs`); "N
//!   tháng/lần" and the shortest of several periods (`frequency.rs`); "hôm nay" is the issue
//!   date; "năm học mới", crop seasons "vụ … Y-Y+1"; lunar years named by stem and branch.

use chrono::{Datelike, Months, NaiveDate};

use super::codepage;
use super::error::{DeadlineError, DeadlineErrorKind};
use super::frame;
use super::frequency;
use super::keywords::{self, RECURRENCES, names_one_period};
use super::lunar;
use super::money;
use super::named;
use super::norms;
use super::periodic::periodic;
use super::recurrence::Recurrence;
use super::report;
use super::role;
use super::scan::{Cand, Part, Span, scan};
use super::span_end::{end_before, end_of, guessy};
use super::stance;
use super::titles;
use super::tokens::{contains_phrase, tokenize};
use super::told;
use super::upkeep;
use super::words;
use super::{Deadline, DeadlineValue, agenda};
use crate::text::fold;

const MAX_PHRASE_CHARS: usize = 2_000;

/// Reads a deadline phrase. `issued` (the plan's issue date) resolves phrases that
/// name no year. See the module documentation for every decision taken.
///
/// ```
/// use chrono::NaiveDate;
/// use vntext::{DeadlineValue, Recurrence, parse_deadline};
/// let d = parse_deadline("Quý IV/2023", None).unwrap();
/// assert_eq!(d.value, DeadlineValue::Due(NaiveDate::from_ymd_opt(2023, 12, 31).unwrap()));
/// let issued = NaiveDate::from_ymd_opt(2023, 11, 20);
/// let d = parse_deadline("trong tháng 10", issued).unwrap();
/// assert_eq!(d.due(), NaiveDate::from_ymd_opt(2024, 10, 31));
/// assert!(d.ambiguous);
/// assert_eq!(parse_deadline("định kỳ hằng quý", None).unwrap().recurrence(), Some(Recurrence::Quarterly));
/// ```
pub fn parse_deadline(phrase: &str, issued: Option<NaiveDate>) -> Result<Deadline, DeadlineError> {
    let err = |k| DeadlineError::new(phrase, k);
    // Markdown's emphasis ("có hiệu lực **từ ngày 30/9/2025**") marks no time (twenty-ninth round).
    let limited: String = phrase.chars().filter(|c| *c != '*').take(MAX_PHRASE_CHARS).collect();
    // "trước ngày 30/6 để đến ngày 1/7, …": the purpose after "để" is not the deadline — when
    // something before it times the work ("dự kỳ họp đầu năm … để … vào cuối tháng 1 năm 2018"
    // names only a session before "để"; seventeenth round).
    if let Some(p) = limited.find(" để ")
        && timed(&limited[..p])
        && !purpose_dated(&limited[..p], &limited[p..])
        && let Ok(d) = parse_deadline(&limited[..p], issued)
    {
        return Ok(d);
    }
    // "… sang tháng 7/2025 vì lý do ngày 30/4 là dịp …": a reason is no deadline either
    // (twentieth round; "vì" alone also names causes: "hành động vì văn minh đô thị").
    if let Some(p) = limited.find(" vì lý do ")
        && timed(&limited[..p])
        && let Ok(d) = parse_deadline(&limited[..p], issued)
    {
        return Ok(d);
    }
    let folded = norms::normalize(&codepage::repair(&lunar::solar_first_month(&words::today(
        &words::this_month(
            &fold(&words::month_names(&words::spell_out(&role::mark_done(&limited)))),
            issued,
        ),
        issued,
    ))));
    if folded.is_empty() {
        return Err(err(DeadlineErrorKind::Empty));
    }
    if role::illustrates(&folded) || titles::names_a_document(&folded) {
        return Err(err(DeadlineErrorKind::NotRecognized));
    }
    let for_rec = keywords::for_recurrence(&folded);
    let rec = RECURRENCES
        .iter()
        .find(|(p, _, _)| contains_phrase(&for_rec, p) && !names_one_period(&for_rec, p));
    // Counted periods, periods per time and recurrence words: the shortest (eighteenth round).
    let strong = rec.filter(|(_, _, weak)| !weak).map(|(_, r, _)| *r);
    let counted = [
        periodic(&for_rec),
        frequency::every_n_months(&for_rec),
        frequency::named_report(&for_rec),
        strong,
    ];
    // Twenty-seventh round: "Hoàn thành trong quý I năm 2026 và có rà soát … trong các năm tiếp
    // theo": the completion is due; the recurrence after it is upkeep (`upkeep.rs`).
    let completion = upkeep::completion_first(&folded);
    if let Some(r) = frequency::shortest(counted)
        && !completion
    {
        return Ok(recurrence(r, false, "định kỳ"));
    }
    let tokens = tokenize(&folded);
    let raw = scan(&tokens);
    let cands = frame::refine(&tokens, raw.clone());
    // The school year dates a day without a year only when no issue date is given (the issue
    // date comes first, as for any phrase without a year).
    let school = frame::school_year(&tokens).filter(|_| issued.is_none());
    let admissions = frame::admissions(&tokens);
    let mut resolved: Vec<Resolved> = Vec::new();
    let mut invalid = false;
    let mut needs_issue = false;
    for (k, c) in cands.iter().enumerate() {
        // A day or month without a year inside "năm học 2020-2021" takes its year from the
        // school year; otherwise from a later part of the phrase.
        let later_year = school
            .and_then(|y| frame::school_year_of(c.span, y, admissions))
            .or_else(|| cands[k + 1..].iter().find_map(|n| n.year))
            .or_else(|| issued.is_none().then(|| earlier_year(&cands[..k])).flatten());
        match resolve(c, later_year, issued) {
            Ok(r) => resolved.push(r),
            Err(DeadlineErrorKind::NeedsIssueDate) => needs_issue = true,
            Err(_) => invalid = true,
        }
    }
    drop_rolled_in_window(&mut resolved);
    // Twenty-second round: the day of an act told as done is cited, with or without an issue date.
    let sentence = limited
        .chars()
        .find(|c| c.is_alphanumeric())
        .is_some_and(|c| !c.is_lowercase());
    let story = resolved
        .iter()
        .any(|r| told::done(&tokens, &r.cand, issued, r.date, sentence) && told::issues_document(&tokens, &r.cand));
    let lead = told::lead_told(&tokens, &raw, issued, sentence);
    resolved.retain(|r| !story && !told::done(&tokens, &r.cand, issued, r.date, sentence));
    // Twenty-third round (agenda.rs): a told meeting keeps only the period it deploys; a report
    // of results and a page's metadata set nothing.
    let quiet = lead
        || agenda::reports_results(&tokens)
        || agenda::metadata_phrase(&tokens)
        || agenda::forecast(&tokens)
        || agenda::grounds(&tokens)
        || money::statement(&tokens)
        || report::measured(&tokens)
        || report::footnote(&tokens)
        || report::results_heading(&tokens)
        || stance::generic(&tokens)
        || stance::report_preamble(&tokens);
    resolved.retain(|r| {
        !(agenda::after_metadata(&tokens, &r.cand)
            || agenda::just_past(&tokens, &r.cand)
            || agenda::lunar_name(&tokens, &r.cand)
            || money::budget_period(&tokens, &r.cand, &raw)
            || report::happened(&tokens, &r.cand, r.date, issued)
            || (stance::just_issued(&tokens) && named::titled(&tokens, &r.cand))
            || (quiet
                && !(lead && agenda::deploys(&tokens, &r.cand))
                && !stance::still_going(&tokens, &r.cand, r.date, issued)))
    });
    // Twentieth round: a date more than a year before the issue date is cited (a law, a condition
    // of eligibility, a past act), and so is a date already past in a phrase that tells a past act.
    if let Some(iss) = issued {
        let past_told = role::tells_past(&tokens, &raw);
        resolved.retain(|r| {
            let stale = role::stale(r.date, iss)
                && !role::opens_clause(&tokens, &r.cand)
                && !role::set_on_work(&tokens, &r.cand);
            let told = past_told && r.date < iss;
            !(stale || told)
        });
    }
    // A dateline already past on the issue date yields to a time still to come (eighteenth round).
    if let Some(iss) = issued
        && resolved.iter().any(|r| !r.rolled && r.date >= iss)
    {
        resolved.retain(|r| !(named::dateline(&tokens, &r.cand) && (r.rolled || r.date < iss)));
    }
    // "Thực hiện báo cáo định kỳ (trước ngày 15 tháng 12), đột xuất …": a day of the year with
    // no year, in a duty that recurs, falls on that day every year (twenty-sixth round).
    if let Some((p, _, _)) = rec
        && *p == "dinh ky"
        && !quiet
        && !resolved.is_empty()
        && cands.iter().all(|c| c.year.is_none())
        && resolved.iter().all(|r| matches!(r.cand.span, Span::DayMonth { .. }))
    {
        let mut d = recurrence(Recurrence::Yearly, false, p);
        d.ambiguous = true;
        d.note
            .push_str(" “định kỳ” kèm một ngày trong năm không ghi năm; hiểu là hằng năm, cần kiểm tra lại.");
        return Ok(d);
    }
    // Twenty-seventh round: work that only starts at a time and then goes on ("Triển khai từ năm
    // 2026 và thực hiện thường xuyên, liên tục") is ongoing (`upkeep.rs`); so is work carried on
    // "xuyên suốt trong năm" (twenty-eighth round).
    if let Some((p, Recurrence::Ongoing, _)) = rec
        && !quiet
        && !resolved.is_empty()
        && resolved
            .iter()
            .all(|r| r.cand.from || upkeep::throughout(&tokens, r.cand.at))
    {
        return Ok(recurrence(Recurrence::Ongoing, false, p));
    }
    let Some(chosen) = choose(&resolved) else {
        if let Some((p, r, _)) = rec.filter(|_| !quiet) {
            let ambiguous = matches!(*p, "hang tuan" | "hang ngay" | "dinh ky");
            return Ok(recurrence(*r, ambiguous, p));
        }
        let kind = if needs_issue {
            DeadlineErrorKind::NeedsIssueDate
        } else if invalid {
            DeadlineErrorKind::InvalidDate
        } else {
            DeadlineErrorKind::NotRecognized
        };
        return Err(err(kind));
    };
    let mut note = chosen.note.clone();
    let mut ambiguous = chosen.ambiguous;
    // Twenty-fifth round: a day that starts an event lasting N days ends N − 1 days later.
    let due = agenda::lasting_days(&tokens, &chosen.cand)
        .and_then(|n| chosen.date.checked_add_days(chrono::Days::new(u64::from(n) - 1)))
        .unwrap_or(chosen.date);
    let distinct = resolved.iter().filter(|r| r.date != chosen.date).count();
    if distinct > 0 {
        note.push_str(&format!(
            " Cụm từ có nhiều mốc thời gian; lấy mốc {}.",
            dmy(chosen.date)
        ));
    }
    if let Some((p, r, _)) = rec {
        ambiguous = true;
        note.push_str(&format!(
            " Cụm từ còn ghi “{}” ({}); lấy mốc ngày làm hạn, cần kiểm tra lại.",
            p,
            r.label_vi().to_lowercase()
        ));
    }
    Ok(Deadline {
        value: DeadlineValue::Due(due),
        ambiguous,
        note,
    })
}

/// "… báo cáo công tác kiểm soát tài sản, thu nhập năm 2025 … để tổng hợp chung toàn tỉnh trước
/// ngày 31/3/2026": before "để" only a year that qualifies the work, after it the day the work is
/// due — the day is the deadline, not the purpose's (twenty-ninth round).
fn purpose_dated(before: &str, after: &str) -> bool {
    let cands = |part: &str| {
        let folded = norms::normalize(&fold(&words::month_names(&words::spell_out(part))));
        let tokens = tokenize(&folded);
        frame::refine(&tokens, scan(&tokens))
    };
    let first = cands(before);
    !first.is_empty()
        && first
            .iter()
            .all(|c| matches!(c.span, Span::Year { .. }) && !c.before && !c.from)
        && cands(after)
            .iter()
            .any(|c| c.before && matches!(c.span, Span::Full(_) | Span::DayMonth { .. }))
}

/// Whether a part of a phrase holds a time expression that is not a frame (see `frame::timed`).
fn timed(part: &str) -> bool {
    let folded = norms::normalize(&fold(&words::month_names(&words::spell_out(part))));
    let tokens = tokenize(&folded);
    frame::timed(&tokens, scan(&tokens))
}

fn recurrence(r: Recurrence, ambiguous: bool, keyword: &str) -> Deadline {
    let mut note = match r {
        Recurrence::Ongoing => "Nhiệm vụ thực hiện thường xuyên, không có hạn cụ thể.".to_string(),
        Recurrence::Adhoc => "Nhiệm vụ thực hiện đột xuất, khi có yêu cầu.".to_string(),
        _ => format!("Nhiệm vụ định kỳ: {}.", r.label_vi().to_lowercase()),
    };
    if ambiguous {
        note.push_str(&format!(
            " “{keyword}” không nêu rõ chu kỳ; ghi nhận là thường xuyên, cần kiểm tra lại."
        ));
    }
    Deadline {
        value: DeadlineValue::Recurrence(r),
        ambiguous,
        note,
    }
}

/// A time expression resolved to a date.
#[derive(Debug, Clone)]
struct Resolved {
    cand: Cand,
    date: NaiveDate,
    ambiguous: bool,
    note: String,
    /// Put in the year after the issue date's because it had passed on the issue date.
    rolled: bool,
}

/// With no issue date, a day or month without a year takes the year of the year, month or
/// quarter named before it in the phrase ("Tháng nhân đạo năm 2023 bắt đầu từ ngày 1 - 31/05",
/// "trong tuần 1, tuần 2 tháng 8-2021 và xong trước ngày 15-8"; sixteenth round).
fn earlier_year(before: &[Cand]) -> Option<i32> {
    before
        .iter()
        .rev()
        .find(|n| {
            !n.reference
                && matches!(
                    n.span,
                    Span::Year { .. } | Span::Month { .. } | Span::Quarter(_) | Span::Half(_)
                )
        })
        .and_then(|n| n.year)
}

/// "triển khai trong 2 ngày 1 - 2/12, uống vét ngày 3 - 4/12" issued on 4/12: the days of one
/// window do not fall a year apart; a day moved to the next year because it had just passed is
/// dropped when another day of the same month was not moved (sixteenth round).
fn drop_rolled_in_window(resolved: &mut Vec<Resolved>) {
    let drop: Vec<bool> = resolved
        .iter()
        .map(|r| {
            r.rolled
                && resolved
                    .iter()
                    .any(|n| !n.rolled && n.date.month() == r.date.month() && n.date.year() + 1 == r.date.year())
        })
        .collect();
    let mut k = 0;
    resolved.retain(|_| {
        k += 1;
        !drop[k - 1]
    });
}

/// Prefers ends over starts ("từ …"), exact days over periods, then the latest date (also among
/// exact days: "kỳ họp ngày 26/6/2020; họp tổ ngày 19/6/2020" is due on 26/6).
fn choose(all: &[Resolved]) -> Option<&Resolved> {
    let ends: Vec<&Resolved> = all.iter().filter(|r| !r.cand.from).collect();
    let pool: Vec<&Resolved> = if ends.is_empty() { all.iter().collect() } else { ends };
    let exact = pool
        .iter()
        .filter(|r| matches!(r.cand.span, Span::Full(_) | Span::DayMonth { .. }))
        .max_by_key(|r| r.date);
    exact.copied().or_else(|| pool.iter().max_by_key(|r| r.date).copied())
}

fn resolve(c: &Cand, later_year: Option<i32>, issued: Option<NaiveDate>) -> Result<Resolved, DeadlineErrorKind> {
    if let Span::Relative { days, months } = c.span {
        let iss = issued.ok_or(DeadlineErrorKind::NeedsIssueDate)?;
        let date = iss
            .checked_add_months(Months::new(months))
            .and_then(|d| d.checked_add_days(chrono::Days::new(u64::from(days))))
            .ok_or(DeadlineErrorKind::InvalidDate)?;
        let amount = if months > 0 {
            format!("{months} tháng")
        } else {
            format!("{days} ngày")
        };
        let note = format!("Hạn là {amount} kể từ ngày ban hành {} ({}).", dmy(iss), dmy(date));
        return Ok(Resolved {
            cand: *c,
            date,
            ambiguous: false,
            note,
            rolled: false,
        });
    }
    if let Span::Full(d) = c.span {
        let date = d.ok_or(DeadlineErrorKind::InvalidDate)?;
        return Ok(Resolved {
            cand: *c,
            date,
            ambiguous: false,
            note: base_note(c, date, date.year()),
            rolled: false,
        });
    }
    if let Some(y) = c.year.or(later_year) {
        let date = end_of(c.span, y).ok_or(DeadlineErrorKind::InvalidDate)?;
        if c.before
            && let Some(prev) = end_before(c.span, y)
        {
            let note = format!(
                "“Trước” một tháng, quý hoặc năm được hiểu là hết kỳ liền trước: hạn ngày {}.",
                dmy(prev)
            );
            return Ok(Resolved {
                cand: *c,
                date: prev,
                ambiguous: false,
                note,
                rolled: false,
            });
        }
        return Ok(Resolved {
            cand: *c,
            date,
            ambiguous: guessy(c.span),
            note: base_note(c, date, y),
            rolled: false,
        });
    }
    let iss = issued.ok_or(DeadlineErrorKind::NeedsIssueDate)?;
    let offset = if let Span::Year { offset, .. } = c.span {
        offset
    } else {
        0
    };
    let y = iss.year() + offset;
    let date = end_of(c.span, y).ok_or(DeadlineErrorKind::InvalidDate)?;
    if date >= iss || recent_past(c, date, iss) {
        let mut note = base_note(c, date, y);
        note.push_str(&format!(" Năm {y} được suy ra từ ngày ban hành {}.", dmy(iss)));
        return Ok(Resolved {
            cand: *c,
            date,
            ambiguous: guessy(c.span),
            note,
            rolled: false,
        });
    }
    let date = end_of(c.span, y + 1).ok_or(DeadlineErrorKind::InvalidDate)?;
    let mut note = base_note(c, date, y + 1);
    note.push_str(&format!(
        " Cụm từ không ghi năm và thời điểm này trong năm {y} đã qua so với ngày ban hành {}, \
         nên được hiểu là năm {}; cần kiểm tra lại.",
        dmy(iss),
        y + 1
    ));
    Ok(Resolved {
        cand: *c,
        date,
        ambiguous: true,
        note,
        rolled: true,
    })
}

/// "Đến ngày 10.9, … đã hoàn thành" dated 11/9, "diễn ra từ 19 đến 23/1" dated 24/1: a day
/// that had passed at most a week before the issue date is the issue year's — a text reports
/// it; nobody sets a deadline 51 weeks away without naming the year. A day after "trước"
/// ("trước 31/12" in a plan dated 5/1) still means the next one (seventeenth round).
fn recent_past(c: &Cand, date: NaiveDate, issued: NaiveDate) -> bool {
    matches!(c.span, Span::DayMonth { .. }) && !c.before && (issued - date).num_days() <= 7
}

fn dmy(d: NaiveDate) -> String {
    d.format("%d/%m/%Y").to_string()
}

fn roman(q: u32) -> &'static str {
    match q {
        1 => "I",
        2 => "II",
        3 => "III",
        _ => "IV",
    }
}

fn base_note(c: &Cand, date: NaiveDate, y: i32) -> String {
    let d = dmy(date);
    match c.span {
        Span::Full(_) | Span::DayMonth { .. } if c.before => {
            format!("Hạn là ngày {d}; “trước ngày” được hiểu là hạn chót tính đến hết ngày đó.")
        }
        Span::Full(_) | Span::DayMonth { .. } | Span::Relative { .. } => {
            format!("Hạn là ngày {d}.")
        }
        Span::Month {
            month,
            part: Part::Whole,
        } => format!("Hạn là ngày cuối tháng {month}/{y} ({d})."),
        Span::Month {
            month,
            part: Part::Early,
        } => {
            format!("“Đầu tháng {month}/{y}” được hiểu là hạn ngày {d}; cần kiểm tra lại.")
        }
        Span::Month { month, part: Part::Mid } => {
            format!("“Giữa tháng {month}/{y}” được hiểu là hạn ngày {d}; cần kiểm tra lại.")
        }
        Span::Quarter(q) => format!("Hạn là ngày cuối quý {}/{y} ({d}).", roman(q)),
        Span::Half(1) => format!("Hạn là ngày cuối 6 tháng đầu năm {y} ({d})."),
        Span::Half(_) => format!("Hạn là ngày cuối năm {y} ({d})."),
        Span::Year { part: Part::Whole, .. } => format!("Hạn là ngày cuối năm {y} ({d})."),
        Span::Year { part: Part::Early, .. } => {
            format!("“Đầu năm {y}” được hiểu là hết quý I ({d}); cần kiểm tra lại.")
        }
        Span::Year { part: Part::Mid, .. } => {
            format!("“Giữa năm {y}” được hiểu là hết tháng 6 ({d}); cần kiểm tra lại.")
        }
        Span::Period { first } => format!("Hạn là ngày cuối giai đoạn {first}–{y} ({d})."),
    }
}
