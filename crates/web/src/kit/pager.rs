//! Paging of the task tables (task list, unit page, document page): which rows are shown,
//! links to the pages around, and a total that may be capped ("hơn 10.000") so a city-wide
//! list never counts a million rows to show fifty.

use crate::error::{ApiError, Lang};
use crate::kit::{fmt, i18n};

/// Rows a table page shows.
pub const PAGE_SIZE: i64 = 50;
/// Matching rows counted at most; beyond it the total reads "more than" and paging stops
/// there (filters narrow a list further than page 200 would).
pub const COUNT_CAP: i64 = 10_000;
/// The last page paging reaches; a later one asked for in the address shows this one.
pub const MAX_PAGE: i64 = COUNT_CAP / PAGE_SIZE;

/// A page number from the query (`trang`): 1 when absent, at most [`MAX_PAGE`] (deeper
/// offsets would make the database step over rows nobody pages to).
pub fn page_number(field: &str, s: &str) -> Result<i64, ApiError> {
    let s = s.trim();
    if s.is_empty() {
        return Ok(1);
    }
    s.parse::<i64>().map(|p| p.clamp(1, MAX_PAGE)).map_err(|_| {
        ApiError::bad_request(
            Some(field.into()),
            format!("Số trang “{s}” không hợp lệ."),
            format!("Invalid page number “{s}”."),
        )
    })
}

/// A count as read: "1.234", or "hơn 10.000" when counting stopped at the cap.
pub fn count_text(lang: Lang, n: i64, more: bool) -> String {
    if more {
        i18n::t(lang, "more_than").replace("{n}", &fmt::int(n))
    } else {
        fmt::int(n)
    }
}

/// What the pager partial (`pager.html`) shows. Empty links are not shown.
pub struct Pager {
    /// The total, as read ("1.234", or "hơn 10.000").
    pub total: String,
    /// The rows shown ("51–100"); empty on an empty page.
    pub showing: String,
    /// "Trang 2/25", or "Trang 2" when the total is capped.
    pub position: String,
    pub first: String,
    pub prev: String,
    pub next: String,
    pub last: String,
    /// Set when the list goes on past what paging reaches: narrow the filters.
    pub capped_note: bool,
}

impl Pager {
    /// `page` is 1-based; `shown` the rows on it; `total` the matching rows counted (at most
    /// [`COUNT_CAP`], with `more` set when there are more); `link` builds a page's address.
    pub fn new(lang: Lang, page: i64, shown: usize, total: i64, more: bool, link: impl Fn(i64) -> String) -> Pager {
        let from = (page - 1) * PAGE_SIZE;
        let to = from + shown as i64;
        let pages = ((total + PAGE_SIZE - 1) / PAGE_SIZE).max(1);
        let position = if more {
            format!("{} {}", i18n::t(lang, "page"), fmt::int(page))
        } else {
            format!("{} {}/{}", i18n::t(lang, "page"), fmt::int(page), fmt::int(pages))
        };
        Pager {
            total: count_text(lang, total, more),
            showing: if shown == 0 {
                String::new()
            } else {
                format!("{}–{}", fmt::int(from + 1), fmt::int(to))
            },
            position: if pages > 1 || page > 1 { position } else { String::new() },
            first: if page > 2 { link(1) } else { String::new() },
            prev: if page > 1 {
                link((page - 1).min(pages))
            } else {
                String::new()
            },
            next: if to < total { link(page + 1) } else { String::new() },
            last: if !more && page + 1 < pages {
                link(pages)
            } else {
                String::new()
            },
            capped_note: more && to >= total,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn link(p: i64) -> String {
        format!("?trang={p}")
    }

    #[test]
    fn pages_of_an_exact_total() {
        let p = Pager::new(Lang::Vi, 3, 50, 1_234, false, link);
        assert_eq!(p.total, "1.234");
        assert_eq!(p.showing, "101–150");
        assert_eq!(p.position, "Trang 3/25");
        assert_eq!((p.first.as_str(), p.prev.as_str()), ("?trang=1", "?trang=2"));
        assert_eq!((p.next.as_str(), p.last.as_str()), ("?trang=4", "?trang=25"));
        let end = Pager::new(Lang::Vi, 25, 34, 1_234, false, link);
        assert_eq!(
            (end.showing.as_str(), end.next.as_str(), end.last.as_str()),
            ("1.201–1.234", "", "")
        );
        let one = Pager::new(Lang::Vi, 1, 7, 7, false, link);
        assert_eq!(
            (one.position.as_str(), one.prev.as_str(), one.next.as_str()),
            ("", "", "")
        );
    }

    #[test]
    fn a_capped_total_reads_more_than_and_paging_stops_at_the_cap() {
        let p = Pager::new(Lang::Vi, 1, 50, COUNT_CAP, true, link);
        assert_eq!(p.total, "hơn 10.000");
        assert_eq!((p.position.as_str(), p.last.as_str()), ("Trang 1", ""));
        assert!(!p.capped_note);
        let end = Pager::new(Lang::En, 200, 50, COUNT_CAP, true, link);
        assert_eq!(end.total, "more than 10.000");
        assert_eq!(end.next, "");
        assert!(end.capped_note, "past the cap: narrow the filters");
    }

    #[test]
    fn a_page_past_the_end_links_back() {
        let p = Pager::new(Lang::Vi, 9, 0, 120, false, link);
        assert_eq!((p.showing.as_str(), p.prev.as_str()), ("", "?trang=3"));
    }
}
