//! Times a phrase names without timing the work (eighteenth round): the date a status is
//! reported at ("Tính đến ngày 16/2/2023, 35/240 hội … đã tổ chức đại hội"), the year a
//! summing-up conference looks back on ("Hội nghị tổng kết năm 2020 và triển khai công tác năm
//! 2021"), and a year or a span of years inside a quoted title ("đề cương “Lịch sử Đảng bộ tỉnh
//! giai đoạn 2000 – 2020”"). Like the other frames (`frame.rs`) they are dropped when something
//! else is left.

use super::scan::{Cand, Span};
use super::tokens::Tok;

/// "tính đến (ngày) D": the day a count or a state is reported at.
pub(crate) fn status(t: &[Tok<'_>], c: &Cand) -> bool {
    let w = |i: Option<usize>, x: &str| i.and_then(|i| t.get(i)).is_some_and(|y| y.is_word(x));
    if !matches!(c.span, Span::Full(_) | Span::DayMonth { .. }) {
        return false;
    }
    // The span of a "ngày …" date starts at "ngày".
    let at = c.at;
    w(at.checked_sub(1), "den") && w(at.checked_sub(2), "tinh")
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
}
