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

/// The recurrence of "N tháng … lần" starting at `k`.
fn per_time(t: &[Tok<'_>], k: usize) -> Option<Recurrence> {
    let Tok::Num(n, 1 | 2) = t[k] else {
        return None;
    };
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
    match n {
        1 => Some(Recurrence::Monthly),
        3 => Some(Recurrence::Quarterly),
        6 => Some(Recurrence::Semiannual),
        12 => Some(Recurrence::Yearly),
        _ => None,
    }
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
