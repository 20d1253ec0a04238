//! How often, written as a number of months per time (eighteenth round): "12 tháng/lần", "24
//! tháng/1 lần", "3 tháng sinh hoạt 1 lần"; and, when a phrase names several periods, the
//! shortest ("ít nhất một lần/năm, … ít nhất sáu tháng/lần" is semiannual).

use super::recurrence::Recurrence;
use super::tokens::{Tok, tokenize};

/// "N tháng/lần", "N tháng/1 lần", "N tháng (1|một) lần", "N tháng <one or two words> 1 lần"
/// for N = 1, 3, 6, 12 (a longer period, such as 24 months, is no recurrence the reader knows;
/// it only counts when a shorter one is named too). A phrase that names a year is about that
/// year and is not read here. Several → the shortest.
pub(crate) fn every_n_months(folded: &str) -> Option<Recurrence> {
    let t = tokenize(folded);
    if t.iter().any(|x| x.year().is_some()) {
        return None;
    }
    shortest((0..t.len()).map(|k| per_time(&t, k)))
}

/// The recurrence of "N tháng … lần" starting at `k`, or of "định kỳ tối đa / không quá / ít
/// nhất N tháng" ("định kỳ tối đa 06 tháng phải thay đổi mật khẩu": every N months at the
/// latest; twenty-sixth round).
fn per_time(t: &[Tok<'_>], k: usize) -> Option<Recurrence> {
    let Tok::Num(n, 1 | 2) = t[k] else {
        return None;
    };
    let bound = |a: &str, b: &str| {
        k >= 4 && t[k - 4].is_word("dinh") && t[k - 3].is_word("ky") && t[k - 2].is_word(a) && t[k - 1].is_word(b)
    };
    let bounded = bound("toi", "da") || bound("khong", "qua") || bound("it", "nhat") || bound("toi", "thieu");
    if bounded && t.get(k + 1)?.is_word("thang") {
        return months(n);
    }
    if !t.get(k + 1)?.is_word("thang") {
        return None;
    }
    let one = |x: &Tok<'_>| matches!(x, Tok::Num(1, _)) || x.is_word("mot");
    // "/lần", "/1 lần", "1 lần", "một lần", and up to two words before "1 lần".
    let mut j = k + 2;
    if t.get(j)?.is_sym(&['/']) {
        j += 1;
        if t.get(j).is_some_and(one) {
            j += 1;
        }
    } else {
        let skip = |d: usize| matches!(t.get(j + d), Some(Tok::Word(w)) if !matches!(*w, "lan" | "mot"));
        let words = (0..2).take_while(|&d| skip(d)).count();
        j += words;
        if !t.get(j).is_some_and(one) {
            return None;
        }
        j += 1;
    }
    if !t.get(j)?.is_word("lan") {
        return None;
    }
    months(n)
}

/// Every `n` months, for the periods a reader knows.
fn months(n: u32) -> Option<Recurrence> {
    match n {
        1 => Some(Recurrence::Monthly),
        3 => Some(Recurrence::Quarterly),
        6 => Some(Recurrence::Semiannual),
        12 => Some(Recurrence::Yearly),
        _ => None,
    }
}

/// A report named by its period and given a deadline, in a phrase naming no year (nineteenth
/// round): "Báo cáo năm gửi trước ngày 10 tháng 01 …" (yearly), "Báo cáo 6 tháng gửi trước ngày
/// 15 tháng 8, báo cáo năm …" (semiannual), "… đối với báo cáo tháng và trước ngày 03 …"
/// (monthly); "tổng hợp định kỳ theo từng tháng" (monthly); "trước tháng 10 của năm trước năm
/// kế hoạch" (yearly: a day of the year before each plan year). "báo cáo tháng 8", "báo cáo quý
/// I", "báo cáo 6 tháng đầu năm" name one period; a phrase without "trước", "chậm nhất" or "vào ngày" sets no deadline.
pub(crate) fn named_report(folded: &str) -> Option<Recurrence> {
    let t = tokenize(folded);
    if t.iter().any(|x| x.year().is_some()) {
        return None;
    }
    let timed = folded.contains("truoc") || folded.contains("cham nhat") || folded.contains("vao ngay");
    // "tháng 8", "quý I", "6 tháng đầu năm": one period, not every one.
    let one_period = |j: usize| {
        t.get(j).is_some_and(|n| {
            matches!(n, Tok::Num(..)) || n.quarter().is_some() || n.is_word("dau") || n.is_word("cuoi")
        })
    };
    let report = (0..t.len().saturating_sub(2)).filter_map(|k| {
        if !(t[k].is_word("bao") && t[k + 1].is_word("cao")) {
            return None;
        }
        let (r, next) = match (&t[k + 2], t.get(k + 3)) {
            (Tok::Num(6, _), Some(m)) if m.is_word("thang") => (Recurrence::Semiannual, k + 4),
            (Tok::Word("sau"), Some(m)) if m.is_word("thang") => (Recurrence::Semiannual, k + 4),
            (Tok::Word("thang"), _) => (Recurrence::Monthly, k + 3),
            (Tok::Word("quy"), _) => (Recurrence::Quarterly, k + 3),
            (Tok::Word("nam"), _) => (Recurrence::Yearly, k + 3),
            _ => return None,
        };
        (!one_period(next)).then_some(r)
    });
    let each = (0..t.len().saturating_sub(2)).filter_map(|k| {
        if !(t[k].is_word("theo") && t[k + 1].is_word("tung")) {
            return None;
        }
        match t[k + 2] {
            Tok::Word("thang") => Some(Recurrence::Monthly),
            Tok::Word("quy") => Some(Recurrence::Quarterly),
            _ => None,
        }
    });
    let plan_year =
        (folded.contains("nam truoc nam ke hoach") || folded.contains("cua nam thuc hien ke hoach") || budget_year(&t))
            .then_some(Recurrence::Yearly);
    let found: Vec<Recurrence> = report.chain(each).chain(plan_year).collect();
    if found.is_empty() || !(timed || folded.contains("dinh ky")) {
        return None;
    }
    shortest(found.into_iter().map(Some))
}

/// "trước ngày 20 tháng 11 năm trước", "hoàn thành trước ngày 15 tháng 11 năm hiện hành": a
/// day of "the year before" or "the current year" of a standing budget rule, after a deadline
/// word — every year's (twentieth round). "tháng 11 năm trước" told in news (last November)
/// has no deadline word before its day.
///
/// Twenty-first round: the same rule names the year after or the year before the plan year in
/// other words — "trước ngày 05 tháng 7 năm sau", "trước ngày 01 tháng 10 năm sau", "trước
/// ngày 30 tháng 10 của năm liền kề trước năm kế hoạch", "chậm nhất là ngày 15 tháng 01 năm kế
/// tiếp": "năm" (after an optional "của") followed by "sau", "liền kề", "kế tiếp", "tiếp theo".
fn budget_year(t: &[Tok<'_>]) -> bool {
    const RELATIVE_YEAR: [&str; 6] = ["truoc", "hien", "sau", "lien", "ke", "tiep"];
    (3..t.len().saturating_sub(3)).any(|k| {
        let n = if t[k + 2].is_word("cua") { k + 3 } else { k + 2 };
        t[k].is_word("thang")
            && matches!(t[k + 1], Tok::Num(..))
            && t.get(n).is_some_and(|x| x.is_word("nam"))
            && t.get(n + 1).is_some_and(|x| RELATIVE_YEAR.iter().any(|w| x.is_word(w)))
            && !t
                .get(n + 2)
                .is_some_and(|x| matches!(x, Tok::Num(..)) || (x.is_word("nam") && t[n + 1].is_word("truoc")))
            && matches!(t[k - 1], Tok::Num(..))
            && t[k - 2].is_word("ngay")
            && (t[k - 3].is_word("truoc")
                || t[k - 3].is_word("nhat")
                || (k > 3 && t[k - 3].is_word("la") && t[k - 4].is_word("nhat")))
    })
}

/// The shortest period among those found (monthly before quarterly, semiannual, yearly); an
/// ongoing or on-demand duty only when no period is named.
pub(crate) fn shortest(found: impl IntoIterator<Item = Option<Recurrence>>) -> Option<Recurrence> {
    let rank = |r: &Recurrence| Recurrence::ALL.iter().position(|x| x == r).unwrap_or(usize::MAX);
    found.into_iter().flatten().min_by_key(rank)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::fold;

    fn every(s: &str) -> Option<Recurrence> {
        every_n_months(&fold(s))
    }

    #[test]
    fn months_per_time() {
        assert_eq!(every("kiểm định 12 tháng/lần"), Some(Recurrence::Yearly));
        assert_eq!(every("định kỳ 3 tháng/1 lần"), Some(Recurrence::Quarterly));
        assert_eq!(every("tổ sinh hoạt 1 tháng một lần"), Some(Recurrence::Monthly));
        assert_eq!(every("câu lạc bộ 6 tháng họp 1 lần"), Some(Recurrence::Semiannual));
        assert_eq!(
            every("xe trên 7 năm 24 tháng/1 lần, xe trên 12 năm 12 tháng/lần"),
            Some(Recurrence::Yearly)
        );
        // no "lần", a longer period alone, or a year named: not read here
        assert_eq!(every("trong 3 tháng đầu năm"), None);
        assert_eq!(every("24 tháng/lần"), None);
        assert_eq!(every("3 tháng/lần trong năm 2025"), None);
    }

    #[test]
    fn the_shortest_period_wins() {
        assert_eq!(
            shortest([Some(Recurrence::Yearly), None, Some(Recurrence::Semiannual)]),
            Some(Recurrence::Semiannual)
        );
        assert_eq!(
            shortest([Some(Recurrence::Ongoing), Some(Recurrence::Quarterly)]),
            Some(Recurrence::Quarterly)
        );
        assert_eq!(shortest([None, None]), None);
    }
}
