//! The header of a Vietnamese administrative document: issuing body (top left),
//! number and symbol, place and date (top right), document type and title.

use chrono::NaiveDate;

use crate::date::parse_date;
use crate::symbol::{ParsedSymbol, parse_symbol};
use crate::text::fold;

/// What the header says.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub(crate) struct Header {
    pub issuer: Option<String>,
    pub symbol: Option<ParsedSymbol>,
    pub place: Option<String>,
    pub issued: Option<NaiveDate>,
    /// Document type as in the title line, sentence case ("Kế hoạch").
    pub type_word: Option<String>,
    pub title: Option<String>,
    /// Index of the first line after the title.
    pub body_from: usize,
}

/// Type words that stand alone on the title line (folded).
const TITLE_TYPES: &[(&str, &str)] = &[
    ("ke hoach", "Kế hoạch"),
    ("chuong trinh", "Chương trình"),
    ("chuong trinh hanh dong", "Chương trình hành động"),
    ("chi thi", "Chỉ thị"),
    ("nghi quyet", "Nghị quyết"),
    ("quyet dinh", "Quyết định"),
    ("huong dan", "Hướng dẫn"),
    ("ket luan", "Kết luận"),
    ("thong bao", "Thông báo"),
    ("de an", "Đề án"),
    ("quy dinh", "Quy định"),
    ("quy che", "Quy chế"),
    ("phuong an", "Phương án"),
    ("bao cao", "Báo cáo"),
];

/// Cells of the national motto and party heading, not the issuer (folded prefixes).
const NOT_ISSUER: &[&str] = &["dang cong san viet nam", "cong hoa xa hoi", "doc lap", "so ", "so:"];

/// Generic first lines that continue on the next line ("ỦY BAN NHÂN DÂN" / "QUẬN …").
const GENERIC_BODIES: &[&str] = &[
    "uy ban nhan dan",
    "hoi dong nhan dan",
    "uy ban mat tran to quoc viet nam",
    "ban chap hanh",
];

const HEADER_LINES: usize = 40;

/// Splits a header line into cells (tabs or runs of 3+ spaces).
pub(crate) fn cells(line: &str) -> Vec<&str> {
    let mut out = Vec::new();
    for part in line.split('\t') {
        let mut rest = part;
        while let Some(p) = rest.find("   ") {
            out.push(rest[..p].trim());
            rest = rest[p..].trim_start();
        }
        out.push(rest.trim());
    }
    out.retain(|c| !c.is_empty());
    out
}

/// The issue date of a place-and-date cell that ends at "ngày N" and goes on at the start of
/// the next line ("tháng 11 năm 2025").
fn date_wrapped(cell: &str, folded: &str, next: Option<&&str>) -> Option<NaiveDate> {
    let next = next?.trim();
    if !folded.contains("ngay ") || folded.contains(" thang ") || !fold(next).starts_with("thang ") {
        return None;
    }
    parse_date(&format!("{cell} {next}"))
}

pub(crate) fn read_header(lines: &[&str]) -> Header {
    let mut h = Header::default();
    let limit = lines.len().min(HEADER_LINES);
    let mut symbol_line = None;
    let mut left: Vec<&str> = Vec::new();
    let mut title_line = None;
    for (idx, line) in lines.iter().enumerate().take(limit) {
        if super::lines::split_mark(line.trim()).is_some_and(|(m, _)| matches!(m, super::lines::Mark::Roman(_))) {
            break;
        }
        let cs = cells(line);
        for (ci, cell) in cs.iter().enumerate() {
            let f = fold(cell);
            if h.symbol.is_none() && (f.starts_with("so ") || f.starts_with("so:")) {
                if let Ok(s) = parse_symbol(cell) {
                    h.symbol = Some(s);
                    symbol_line = Some(idx);
                }
            } else if h.issued.is_none() && f.contains("ngay ") && f.contains(" thang ") {
                if let Some(d) = parse_date(cell) {
                    h.issued = Some(d);
                    if let Some((place, _)) = cell.split_once(',') {
                        h.place = Some(place.trim().to_string());
                    }
                }
            } else if let Some(d) = (h.issued.is_none() && ci + 1 == cs.len())
                .then(|| date_wrapped(cell, &f, lines.get(idx + 1)))
                .flatten()
            {
                // "Cần Thơ, ngày 19" / "tháng 11 năm 2025": the place and date wrapped at the
                // page's width, as text taken out of a PDF keeps it.
                h.issued = Some(d);
                if let Some((place, _)) = cell.split_once(',') {
                    h.place = Some(place.trim().to_string());
                }
            } else if ci == 0
                && symbol_line.is_none()
                && title_line.is_none()
                && is_issuer_cell(&f)
                && !TITLE_TYPES.iter().any(|(t, _)| *t == f)
            {
                left.push(cell);
            }
        }
        if title_line.is_none() && cs.len() == 1 {
            let f = fold(cs[0]);
            let upper = cs[0].chars().filter(|c| c.is_alphabetic()).all(char::is_uppercase);
            if let Some((_, name)) = TITLE_TYPES.iter().find(|(t, _)| *t == f)
                && upper
            {
                h.type_word = Some((*name).to_string());
                title_line = Some(idx);
            }
        }
    }
    h.issuer = pick_issuer(&left);
    if let Some(t) = title_line {
        let mut parts: Vec<&str> = Vec::new();
        let mut end = t + 1;
        for line in lines.iter().skip(t + 1) {
            let s = line.trim();
            let f = fold(s);
            if s.is_empty() && !parts.is_empty() {
                end += 1;
                break;
            }
            if s.is_empty() || s.chars().all(|c| matches!(c, '-' | '_' | '*' | '=' | '–')) {
                end += 1;
                if !parts.is_empty() {
                    break;
                }
                continue;
            }
            // "Điều 2. Nhiệm vụ của Tổ …:" (a decision's article, its basis left out of the
            // copy) is the body, never the title.
            let article = f
                .strip_prefix("dieu ")
                .is_some_and(|r| r.starts_with(|c: char| c.is_ascii_digit()));
            // A table row (tab cells, or pipes rewritten to tabs) right under the title is the
            // body: a plan pasted as its title and its task table has no line between them.
            let table_row = s.matches('\t').count() >= 2;
            if f.starts_with("can cu")
                || article
                || table_row
                || super::lines::split_mark(s).is_some()
                || parts.len() >= 4
            {
                break;
            }
            parts.push(s);
            end += 1;
        }
        let joined = parts.join(" ");
        h.title = Some(match (&h.type_word, joined.is_empty()) {
            (Some(w), false) => format!("{w} {joined}"),
            (Some(w), true) => w.clone(),
            (None, _) => joined,
        });
        h.body_from = end;
    } else {
        h.body_from = symbol_line.map(|s| s + 1).unwrap_or(0);
    }
    h
}

fn is_issuer_cell(folded: &str) -> bool {
    let has_letters = folded.chars().any(char::is_alphabetic);
    has_letters && !NOT_ISSUER.iter().any(|p| folded.starts_with(p)) && !folded.contains("hanh phuc")
}

fn pick_issuer(left: &[&str]) -> Option<String> {
    let first = left.first()?;
    let f = fold(first);
    if left.len() >= 2 && GENERIC_BODIES.iter().any(|g| f.starts_with(g)) {
        return Some(format!("{} {}", first, left[1]));
    }
    left.last().map(|s| (*s).to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn party_header() {
        let text = "ĐẢNG BỘ THÀNH PHỐ HÀ NỘI\tĐẢNG CỘNG SẢN VIỆT NAM\nQUẬN ỦY HAI BÀ TRƯNG\n*\nSố 152-KH/QU\tHai Bà Trưng, ngày 13 tháng 9 năm 2023\n\nKẾ HOẠCH\nthực hiện Chỉ thị số 24-CT/TU ngày 07/8/2023\ncủa Ban Thường vụ Thành ủy\n-----\nThực hiện Chỉ thị …";
        let lines: Vec<&str> = text.lines().collect();
        let h = read_header(&lines);
        assert_eq!(h.issuer.as_deref(), Some("QUẬN ỦY HAI BÀ TRƯNG"));
        assert_eq!(h.symbol.map(|s| s.normalized).as_deref(), Some("152-KH/QU"));
        assert_eq!(h.place.as_deref(), Some("Hai Bà Trưng"));
        assert_eq!(h.issued, NaiveDate::from_ymd_opt(2023, 9, 13));
        assert_eq!(
            h.title.as_deref(),
            Some("Kế hoạch thực hiện Chỉ thị số 24-CT/TU ngày 07/8/2023 của Ban Thường vụ Thành ủy")
        );
        assert_eq!(lines[h.body_from], "Thực hiện Chỉ thị …");
    }

    #[test]
    fn a_place_and_date_wrapped_after_the_day() {
        let text = "ỦY BAN NHÂN DÂN\nHUYỆN GIA LÂM\n-------\n\nSố: 31/KH-UBND\n\nGia Lâm, ngày 7\ntháng 3 năm 2024\n\nKẾ HOẠCH\nKiểm tra công tác cải cách hành chính năm 2024\n";
        let lines: Vec<&str> = text.lines().collect();
        let h = read_header(&lines);
        assert_eq!(h.issued, NaiveDate::from_ymd_opt(2024, 3, 7));
        assert_eq!(h.place.as_deref(), Some("Gia Lâm"));
        assert_eq!(
            h.title.as_deref(),
            Some("Kế hoạch Kiểm tra công tác cải cách hành chính năm 2024")
        );
        // A day alone, with no month on the next line, dates nothing.
        let lines: Vec<&str> = "Gia Lâm, ngày 7\nKẾ HOẠCH\nKiểm tra".lines().collect();
        assert_eq!(read_header(&lines).issued, None);
    }

    #[test]
    fn a_table_right_under_the_title_is_the_body() {
        let text = "KẾ HOẠCH\nTriển khai công tác chuyển đổi số năm 2023\nSTT\tNội dung\tCơ quan chủ trì\tThời gian hoàn thành\n1\tRà soát danh mục\tVăn phòng\tQuý II/2023";
        let lines: Vec<&str> = text.lines().collect();
        let h = read_header(&lines);
        assert_eq!(
            h.title.as_deref(),
            Some("Kế hoạch Triển khai công tác chuyển đổi số năm 2023")
        );
        assert_eq!(h.body_from, 2);
        assert_eq!(h.issuer, None, "the type word is not the issuer");
    }

    #[test]
    fn state_header_with_spaces() {
        let text = "ỦY BAN NHÂN DÂN          CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nQUẬN LONG BIÊN           Độc lập - Tự do - Hạnh phúc\nSố: 05/KH-UBND           Long Biên, ngày 10 tháng 01 năm 2023\n\nKẾ HOẠCH\nTriển khai chủ đề năm 2023\n";
        let lines: Vec<&str> = text.lines().collect();
        let h = read_header(&lines);
        assert_eq!(h.issuer.as_deref(), Some("ỦY BAN NHÂN DÂN QUẬN LONG BIÊN"));
        assert_eq!(h.symbol.map(|s| s.normalized).as_deref(), Some("05/KH-UBND"));
        assert_eq!(h.place.as_deref(), Some("Long Biên"));
        assert_eq!(h.title.as_deref(), Some("Kế hoạch Triển khai chủ đề năm 2023"));
    }
}
