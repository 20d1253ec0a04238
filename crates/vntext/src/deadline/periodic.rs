//! Periodic deadlines read from how a phrase counts rather than from a recurrence word:
//! "90 ngày kể từ khi kết thúc năm tài chính", "tần suất 4 lần/năm", "ngày 10 của tháng đầu
//! quý sau quý báo cáo", "ngày cuối cùng của tháng", "của năm dương lịch".

use super::recurrence::Recurrence;
use super::tokens::{Tok, tokenize};

/// A recurrence read from the phrase's counting, or `None`. A phrase that names a year is
/// about that year, never periodic here.
pub(crate) fn periodic(folded: &str) -> Option<Recurrence> {
    let tokens = tokenize(folded);
    if tokens.iter().any(|t| t.year().is_some()) {
        return None;
    }
    after_each_period(folded)
        .or_else(|| times_per_year(&tokens))
        .or_else(|| rounds_each_year(&tokens))
        .or_else(|| week_of_month(&tokens))
        .or_else(|| day_of_any_month(&tokens))
        .or_else(|| following_year_of_a_cycle(&tokens, folded))
        .or_else(|| {
            (!counted_from_an_event(folded))
                .then(|| generic_period(folded))
                .flatten()
        })
}

/// "Báo cáo tháng gửi trước ngày 15 của tháng": a day of "the month", no month named — monthly
/// (seventeenth round). Only when nothing follows "tháng" in its clause ("ngày 15 của tháng
/// này / sau / 12" names one month).
fn day_of_any_month(t: &[Tok<'_>]) -> Option<Recurrence> {
    t.windows(4).enumerate().find_map(|(k, w)| {
        let day = matches!(w[1], Tok::Num(1..=31, 1 | 2));
        let of_month = w[0].is_word("ngay") && day && w[2].is_word("cua") && w[3].is_word("thang");
        let ends = t.get(k + 4).is_none_or(|x| matches!(x, Tok::Sym(_)));
        (of_month && ends).then_some(Recurrence::Monthly)
    })
}

/// "chỉnh lý quyết toán … kết thúc vào ngày 31/01 năm sau", "gửi Báo cáo quyết toán … chậm nhất
/// ngày 1/7 năm sau": a day of the year after each budget or reporting year — yearly
/// (seventeenth round). The cycle must be named ("quyết toán", "ngân sách", "kế toán", "tài
/// chính", "báo cáo"); "hoàn thành vào tháng 6 năm sau" is one date.
fn following_year_of_a_cycle(t: &[Tok<'_>], folded: &str) -> Option<Recurrence> {
    const CYCLES: [&str; 5] = ["quyet toan", "ngan sach", "ke toan", "tai chinh", "bao cao"];
    let dated_next_year = t.windows(5).any(|w| {
        matches!(w[0], Tok::Num(..))
            && w[1].is_sym(&['/', '-', '.'])
            && matches!(w[2], Tok::Num(..))
            && w[3].is_word("nam")
            && w[4].is_word("sau")
    });
    (dated_next_year && CYCLES.iter().any(|c| folded.contains(c))).then_some(Recurrence::Yearly)
}

/// "Chậm nhất 05 ngày làm việc sau khi được Hội đồng nhân dân … phê chuẩn quyết toán … của năm
/// quyết toán": a count from an event the phrase does not date, not from the end of a period; the
/// budget year named does not make it periodic (seventeenth round).
fn counted_from_an_event(folded: &str) -> bool {
    let t = tokenize(folded);
    t.windows(4).any(|w| {
        matches!(w[0], Tok::Num(..))
            && w[1].is_word("ngay")
            && (w[2].is_word("sau") && w[3].is_word("khi") || w[2].is_word("lam") && w[3].is_word("viec"))
    }) && folded.contains("sau khi")
        && !folded.contains("sau khi ket thuc")
}

/// "45 ngày kể từ ngày kết thúc 6 tháng đầu năm tài chính", "… kể từ khi kết thúc năm dương
/// lịch", "… kể từ ngày kết thúc kỳ kế toán năm": counted from the end of each period of a kind.
fn after_each_period(folded: &str) -> Option<Recurrence> {
    let rest = ["ke tu ngay ket thuc ", "ke tu khi ket thuc "]
        .iter()
        .find_map(|m| folded.split_once(m).map(|(_, r)| r))?;
    let rest = ["ky ke toan ", "ky "]
        .iter()
        .find_map(|p| rest.strip_prefix(p))
        .unwrap_or(rest);
    [
        ("6 thang", Recurrence::Semiannual),
        ("06 thang", Recurrence::Semiannual),
        ("quy", Recurrence::Quarterly),
        ("thang", Recurrence::Monthly),
        ("nam", Recurrence::Yearly),
    ]
    .into_iter()
    .find(|(p, _)| rest.starts_with(p))
    .map(|(_, r)| r)
}

/// "4 lần/năm", "01 lần 01 năm", "một lần/năm", "2 lần trong năm": so many times a year.
fn times_per_year(t: &[Tok<'_>]) -> Option<Recurrence> {
    t.windows(3).enumerate().find_map(|(k, w)| {
        let n = match w[0] {
            Tok::Num(n, 1 | 2) => n,
            Tok::Word("mot") => 1,
            // "ít nhất hai lần trong năm" (twenty-fifth round)
            Tok::Word("hai") => 2,
            Tok::Word("bon") => 4,
            _ => return None,
        };
        if !w[1].is_word("lan") {
            return None;
        }
        let per_one =
            w[2].is_sym(&['/']) || w[2].is_word("mot") || w[2].is_word("trong") || matches!(w[2], Tok::Num(1, _));
        if !per_one || !t.get(k + 3).is_some_and(|x| x.is_word("nam")) {
            return None;
        }
        match n {
            1 => Some(Recurrence::Yearly),
            2 => Some(Recurrence::Semiannual),
            4 => Some(Recurrence::Quarterly),
            12 => Some(Recurrence::Monthly),
            _ => None,
        }
    })
}

/// "mỗi năm có 2 đợt", "hằng năm tổ chức 2 đợt", "2 đợt/năm": so many rounds a year.
fn rounds_each_year(t: &[Tok<'_>]) -> Option<Recurrence> {
    let per_year = |n: u32| match n {
        1 => Some(Recurrence::Yearly),
        2 => Some(Recurrence::Semiannual),
        4 => Some(Recurrence::Quarterly),
        12 => Some(Recurrence::Monthly),
        _ => None,
    };
    (0..t.len()).find_map(|k| {
        let w = |i: usize| t.get(k + i);
        let is = |i: usize, s: &str| w(i).is_some_and(|x| x.is_word(s));
        // "mỗi năm có 2 đợt" / "mỗi năm có 2 lần"
        if (is(0, "moi") || is(0, "hang"))
            && is(1, "nam")
            && is(2, "co")
            && let Some(Tok::Num(n, 1 | 2)) = w(3).copied()
            && (is(4, "dot") || is(4, "lan"))
        {
            return per_year(n);
        }
        // "hàng năm TP HCM tổ chức 2 đợt bổ sung …": a few words may stand between (not a clause
        // break), and the count is not a round's number ("đợt 2/2025").
        if (is(0, "moi") || is(0, "hang")) && is(1, "nam") {
            let found = (2..9).find_map(|i| match (w(i).copied(), w(i + 1)) {
                (Some(Tok::Sym(_)), _) => Some(None),
                (Some(Tok::Num(n, 1 | 2)), Some(d))
                    if d.is_word("dot") && !w(i + 2).is_some_and(|x| x.is_sym(&['/'])) =>
                {
                    Some(per_year(n))
                }
                _ => None,
            });
            if let Some(Some(r)) = found {
                return Some(r);
            }
        }
        // "phát triển từ 10 đảng viên trở lên/năm": at least so many a year, every year
        // (twenty-eighth round).
        if is(0, "tro") && is(1, "len") && w(2).is_some_and(|x| x.is_sym(&['/'])) && is(3, "nam") {
            return Some(Recurrence::Yearly);
        }
        // "2 đợt/năm", "2 đợt trong năm", "2 đợt mỗi năm"
        if let Some(Tok::Num(n, 1 | 2)) = w(0).copied()
            && is(1, "dot")
            && (w(2).is_some_and(|x| x.is_sym(&['/'])) || is(2, "trong") || is(2, "moi"))
            && is(3, "nam")
        {
            return per_year(n);
        }
        None
    })
}

/// "vào ngày thứ sáu của tuần lễ cuối tháng", "thứ Ba, tuần thứ 3 hàng tháng", "tuần đầu tháng":
/// a day of a week named by its place in any month — monthly. A month number right after
/// ("tuần cuối tháng 12") names one month and is not periodic.
fn week_of_month(t: &[Tok<'_>]) -> Option<Recurrence> {
    (0..t.len()).find_map(|k| {
        if !t[k].is_word("tuan") {
            return None;
        }
        let mut j = k + 1;
        if t.get(j).is_some_and(|w| w.is_word("le")) {
            j += 1;
        }
        match t.get(j) {
            Some(w) if w.is_word("dau") || w.is_word("cuoi") => j += 1,
            Some(w) if w.is_word("thu") => j += 2,
            _ => return None,
        }
        if t.get(j).is_some_and(|w| w.is_word("cung")) {
            j += 1;
        }
        if t.get(j).is_some_and(|w| w.is_word("cua") || w.is_word("trong")) {
            j += 1;
        }
        let month = t.get(j).is_some_and(|w| w.is_word("thang"));
        let numbered = t.get(j + 1).is_some_and(|n| matches!(n, Tok::Num(..)));
        // "tuần cuối cùng của tháng thứ 3 trong quý", "tuần đầu của tháng cuối quý": the month is
        // placed in any quarter — quarterly (twenty-seventh round).
        let of_quarter = (j + 1..t.len().min(j + 6)).any(|q| t[q].is_word("quy"))
            && (t
                .get(j + 1)
                .is_some_and(|w| w.is_word("thu") || w.is_word("dau") || w.is_word("cuoi")));
        if month && !numbered && of_quarter {
            return Some(Recurrence::Quarterly);
        }
        (month && !numbered).then_some(Recurrence::Monthly)
    })
}

/// A day of a period named by its role, not its number: "tháng đầu quý sau quý báo cáo",
/// "tháng cuối quý", "ngày cuối cùng của tháng", "tháng tiếp theo tháng phát sinh", "năm dương
/// lịch", "năm tài chính", "năm tính thuế". A number or Roman numeral right after the period word
/// names one period ("tháng cuối quý IV") and is not periodic.
fn generic_period(folded: &str) -> Option<Recurrence> {
    const ROLES: [(&str, Recurrence); 12] = [
        // "vào ngày 15 của tháng trước đó": a day of the month before each recurring event (a
        // monthly bulletin before each cell meeting; twenty-seventh round).
        ("cua thang truoc do", Recurrence::Monthly),
        ("thang dau quy", Recurrence::Quarterly),
        ("thang cuoi quy", Recurrence::Quarterly),
        ("quy bao cao", Recurrence::Quarterly),
        ("quy tiep theo quy", Recurrence::Quarterly),
        ("cuoi cung cua thang", Recurrence::Monthly),
        ("thang tiep theo thang", Recurrence::Monthly),
        ("nam duong lich", Recurrence::Yearly),
        ("nam tai chinh", Recurrence::Yearly),
        ("nam tinh thue", Recurrence::Yearly),
        ("nam quyet toan", Recurrence::Yearly),
        ("nam ngan sach", Recurrence::Yearly),
    ];
    ROLES.into_iter().find(|(p, _)| generic_at(folded, p)).map(|(_, r)| r)
}

/// Whether `phrase` occurs at word boundaries and is not followed by a number or a quarter
/// numeral.
fn generic_at(folded: &str, phrase: &str) -> bool {
    folded.match_indices(phrase).any(|(start, _)| {
        let end = start + phrase.len();
        let before_ok = folded[..start].chars().next_back().is_none_or(|c| !c.is_alphanumeric());
        let after = &folded[end..];
        let after_ok = after.chars().next().is_none_or(|c| !c.is_alphanumeric());
        let next = tokenize(after).into_iter().next();
        let numbered = next.is_some_and(|n| matches!(n, Tok::Num(..)) || n.quarter().is_some());
        before_ok && after_ok && !numbered
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::fold;

    fn p(s: &str) -> Option<Recurrence> {
        periodic(&fold(s))
    }

    #[test]
    fn after_the_end_of_each_period() {
        assert_eq!(
            p("nộp chậm nhất 30 ngày kể từ khi kết thúc năm dương lịch"),
            Some(Recurrence::Yearly)
        );
        assert_eq!(
            p("gửi trong 20 ngày, kể từ ngày kết thúc kỳ kế toán quý"),
            Some(Recurrence::Quarterly)
        );
        assert_eq!(p("15 ngày kể từ ngày kết thúc tháng"), Some(Recurrence::Monthly));
        // A named year is one year, not every year.
        assert_eq!(p("90 ngày kể từ khi kết thúc năm tài chính 2024"), None);
        assert_eq!(p("30 ngày kể từ ngày kết thúc đợt kiểm tra"), None);
    }

    #[test]
    fn times_a_year() {
        assert_eq!(p("quan trắc định kỳ 2 lần/năm"), Some(Recurrence::Semiannual));
        assert_eq!(p("kiểm tra không quá 01 lần 01 năm"), Some(Recurrence::Yearly));
        assert_eq!(p("tổ chức một lần trong năm"), Some(Recurrence::Yearly));
        assert_eq!(p("lấy mẫu 12 lần/năm"), Some(Recurrence::Monthly));
        assert_eq!(p("họp 3 lần/năm"), None);
        assert_eq!(p("đã kiểm tra 4 lần trong tháng"), None);
    }

    #[test]
    fn days_of_periods_named_by_role() {
        assert_eq!(
            p("trước ngày 5 của tháng đầu quý tiếp theo"),
            Some(Recurrence::Quarterly)
        );
        assert_eq!(p("chậm nhất ngày 20 của tháng cuối quý"), Some(Recurrence::Quarterly));
        assert_eq!(p("trước ngày cuối cùng của tháng"), Some(Recurrence::Monthly));
        assert_eq!(
            p("ngày 15 của tháng tiếp theo tháng phát sinh"),
            Some(Recurrence::Monthly)
        );
        assert_eq!(p("trước ngày 31/01 của năm ngân sách"), Some(Recurrence::Yearly));
        // One named period.
        assert_eq!(p("trước ngày 15 của tháng cuối quý IV"), None);
        assert_eq!(p("ngày cuối cùng của tháng 12"), None);
        assert_eq!(p("trong năm tài chính 2025"), None);
    }

    #[test]
    fn days_of_any_month_years_after_a_cycle_and_counts_from_events() {
        // Seventeenth round.
        assert_eq!(p("hồ sơ nộp trước ngày 10 của tháng"), Some(Recurrence::Monthly));
        assert_eq!(p("hồ sơ nộp trước ngày 10 của tháng sau"), None);
        assert_eq!(
            p("đơn vị gửi báo cáo quyết toán năm chậm nhất ngày 15/3 năm sau"),
            Some(Recurrence::Yearly)
        );
        assert_eq!(p("công trình hoàn thành vào ngày 30/6 năm sau"), None);
        assert_eq!(
            p("trong 10 ngày làm việc sau khi Thường trực HĐND cho ý kiến về dự toán của năm ngân sách"),
            None
        );
        assert_eq!(
            p("báo cáo 10 ngày sau khi kết thúc năm tài chính"),
            Some(Recurrence::Yearly)
        );
    }

    #[test]
    fn rounds_a_year_and_weeks_of_any_month() {
        // Fifteenth round: rounds counted per year, and a week named by its place in a month.
        assert_eq!(
            p("Hằng năm tổ chức tiêm bù (mỗi năm có 2 đợt, tháng 4 và tháng 10)"),
            Some(Recurrence::Semiannual)
        );
        assert_eq!(p("kiểm tra 4 đợt/năm"), Some(Recurrence::Quarterly));
        assert_eq!(
            p("Giám đốc tiếp dân vào sáng thứ Hai của tuần lễ đầu tháng"),
            Some(Recurrence::Monthly)
        );
        assert_eq!(
            p("họp giao ban vào thứ Năm, tuần thứ 2 trong tháng"),
            Some(Recurrence::Monthly)
        );
        assert_eq!(p("họp vào tuần cuối cùng của tháng"), Some(Recurrence::Monthly));
        // One month named, or a year: not periodic.
        assert_eq!(p("tổng kết vào tuần cuối tháng 12"), None);
        assert_eq!(p("mỗi năm có 2 đợt, năm 2024 đợt cuối vào tháng 11"), None);
        assert_eq!(p("phát động trong tuần lễ này"), None);
    }
}
