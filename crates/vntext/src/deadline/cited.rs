//! Documents cited in a deadline phrase: their symbols and their dates are no time to act
//! ("Thông tư 85/2017/TT-BTC có hiệu lực từ ngày 01/10/2017 và thay thế Thông tư
//! 210/2010/TT-BTC ngày 20/12/2010" does not read the replaced circular's date; its effect date
//! is cited by `role::adopted`).

use super::tokens::Tok;

/// The last words of the names of document types, before a number that starts a symbol.
const DOCUMENT_TYPES: [(&str, &str); 15] = [
    ("thong", "tu"),
    ("nghi", "dinh"),
    ("quyet", "dinh"),
    ("ke", "hoach"),
    ("cong", "van"),
    ("chi", "thi"),
    ("nghi", "quyet"),
    ("thong", "bao"),
    ("huong", "dan"),
    ("to", "trinh"),
    ("ket", "luan"),
    ("quy", "dinh"),
    ("bao", "cao"),
    ("thong", "tri"),
    ("chuong", "trinh"),
];

/// A token of a symbol: a number, a separator, or a short word ("ubnd", "tt", "btc").
fn in_run(x: &Tok<'_>) -> bool {
    match *x {
        // An en dash stands for the hyphen in copied symbols ("281/KH–UBND", twenty-fifth round).
        Tok::Sym('/' | '-' | '–' | '.' | '&') | Tok::Num(..) => true,
        Tok::Word(w) => !w.is_empty() && !matches!(w, "truoc" | "den" | "het" | "han" | "tu" | "ngay"),
        _ => false,
    }
}

/// Whether a document type or "số" names the symbol that starts with the number at `k`.
fn names_a_document(t: &[Tok<'_>], k: usize) -> bool {
    if !matches!(t.get(k), Some(Tok::Num(..))) {
        return false;
    }
    let word = |i: Option<usize>| i.and_then(|i| t.get(i));
    if word(k.checked_sub(1)).is_some_and(|w| w.is_word("so")) {
        return true;
    }
    let (Some(a), Some(b)) = (word(k.checked_sub(2)), word(k.checked_sub(1))) else {
        return false;
    };
    DOCUMENT_TYPES.iter().any(|(x, y)| a.is_word(x) && b.is_word(y))
}

/// "ngày" right after a document's symbol ("số 3426/UBND-XDCB ngày …", "Thông tư 210/2010/TT-BTC
/// ngày …", "Kế hoạch số 269/KH-UBND, ngày …"): the symbol holds a `/` and starts with a number
/// after "số" or after a document type.
pub(crate) fn after_symbol(t: &[Tok<'_>], i: usize) -> bool {
    let mut k = i;
    // "số 269/KH-UBND, ngày 21-12-2020"
    if k > 0 && t[k - 1].is_sym(&[',']) {
        k -= 1;
    }
    let mut slash = false;
    let floor = k.saturating_sub(10);
    while k > floor {
        k -= 1;
        // "44-CT/TU", "29-KH/TU": a Party committee's code after a separator is no "từ"
        // (twenty-fifth round).
        let code = matches!(t[k], Tok::Word(_)) && k > 0 && t[k - 1].is_sym(&['/', '-', '–']);
        if !in_run(&t[k]) && !code {
            return false;
        }
        if t[k].is_sym(&['/']) {
            slash = true;
            // "Hướng dẫn số /HD-MTTQ-BTT ngày 20/12/2025": a draft's symbol with its number left
            // blank still names the document (twenty-second round).
            if k > 0 && t[k - 1].is_word("so") {
                return true;
            }
        }
        if slash && names_a_document(t, k) {
            return true;
        }
    }
    false
}

/// The year at `i` sits inside a symbol ("94/2016/NĐ-CP", "số 12/2024/QĐ-UBND"): a number and a
/// `/` before it, a `/` and a word after it (a date followed by " - hoàn thành" is no symbol).
pub(crate) fn in_symbol(t: &[Tok<'_>], i: usize) -> bool {
    let before = i >= 2 && t[i - 1].is_sym(&['/']) && matches!(t[i - 2], Tok::Num(..));
    let after =
        t.get(i + 1).is_some_and(|x| x.is_sym(&['/'])) && t.get(i + 2).is_some_and(|x| matches!(x, Tok::Word(_)));
    before && after
}

/// The number at `i` starts a document's symbol ("Công văn số 2002/UBND-NN", "Thông báo kết
/// luận số 81-TB/TW"): after "số" or a document type, followed by `/` or `-` and a word. A
/// four-digit number there is the document's number, not a year (eighteenth round).
pub(crate) fn starts_symbol(t: &[Tok<'_>], i: usize) -> bool {
    names_a_document(t, i)
        && t.get(i + 1).is_some_and(|x| x.is_sym(&['/', '-', '–']))
        && t.get(i + 2).is_some_and(|x| matches!(x, Tok::Word(_)))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::deadline::tokens::tokenize;
    use crate::text::fold;

    fn at_ngay(s: &str) -> bool {
        let f = fold(s);
        let t = tokenize(&f);
        let i = t.iter().rposition(|x| x.is_word("ngay")).unwrap_or(0);
        after_symbol(&t, i)
    }

    #[test]
    fn dates_of_cited_documents() {
        assert!(at_ngay("theo Công văn số 88/SXD-QLXD ngày"));
        assert!(at_ngay("thay thế Nghị định 15/2019/NĐ-CP ngày"));
        assert!(at_ngay("Quyết định số 7/QĐ-UBND, ngày"));
        // no symbol, or a deadline word before the date
        assert!(!at_ngay("hoàn thành trước ngày"));
        assert!(!at_ngay("báo cáo 6 tháng ngày"));
        assert!(!at_ngay("gửi trước 15/10 ngày"));
    }

    #[test]
    fn years_inside_symbols() {
        let f = fold("Nghị quyết 18/2025/NQ-HĐND, năm 2026");
        let t = tokenize(&f);
        let years: Vec<bool> = (0..t.len())
            .filter(|&i| t[i].year().is_some())
            .map(|i| in_symbol(&t, i))
            .collect();
        assert_eq!(years, vec![true, false]);
        let f = fold("ngày 3/4/2025 - hoàn thành");
        let t = tokenize(&f);
        let i = t.iter().position(|x| x.year().is_some()).unwrap_or(0);
        assert!(!in_symbol(&t, i));
    }

    #[test]
    fn numbers_that_start_symbols() {
        // Eighteenth round: "số 2002/UBND-NN" is a number, not the year 2002.
        let starts = |s: &str| {
            let f = fold(s);
            let t = tokenize(&f);
            let i = t.iter().position(|x| matches!(x, Tok::Num(..))).unwrap_or(0);
            starts_symbol(&t, i)
        };
        assert!(starts("theo Văn bản số 2019/SNV-TCBC ngày 3/5"));
        assert!(starts("Kết luận số 2024-KL/TU"));
        assert!(!starts("trong năm 2019/2020"));
        assert!(!starts("số 2020 hộ nghèo"));
    }
}
