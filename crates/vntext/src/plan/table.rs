//! Plans laid out as a table (pasted from Word or read from .docx): one row per task,
//! cells separated by tabs. Columns are found from the header row
//! (STT / Nội dung / Chủ trì / Phối hợp / Thời gian / Sản phẩm).

use super::lines::{Mark, is_roman, split_mark};
use crate::text::fold;

/// Column positions found in a header row.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Columns {
    pub stt: Option<usize>,
    pub content: usize,
    pub lead: Option<usize>,
    pub support: Option<usize>,
    pub deadline: Option<usize>,
    pub output: Option<usize>,
}

/// One data row.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub(crate) struct Row {
    pub stt: String,
    pub content: String,
    pub lead: String,
    pub support: String,
    pub deadline: String,
    pub output: String,
}

fn tab_cells(line: &str) -> Vec<&str> {
    line.split('\t').map(str::trim).collect()
}

/// Recognises a table header row.
pub(crate) fn header_columns(line: &str) -> Option<Columns> {
    if !line.contains('\t') {
        return None;
    }
    let cells = tab_cells(line);
    let mut stt = None;
    let mut content = None;
    let mut lead = None;
    let mut support = None;
    let mut deadline = None;
    let mut output = None;
    for (i, c) in cells.iter().enumerate() {
        let f = fold(c);
        if matches!(f.as_str(), "stt" | "tt" | "so tt" | "so thu tu") {
            stt.get_or_insert(i);
        } else if f.contains("phoi hop") {
            support.get_or_insert(i);
        } else if f.contains("chu tri")
            || (f.contains("thuc hien") && (f.contains("don vi") || f.contains("co quan")))
            || f.contains("trach nhiem")
        {
            lead.get_or_insert(i);
        } else if f.contains("thoi gian") || f.contains("thoi han") || f.contains("tien do") {
            deadline.get_or_insert(i);
        } else if f.contains("san pham") || f.contains("ket qua") || f.contains("hinh thuc") {
            output.get_or_insert(i);
        } else if f.contains("noi dung") || f.contains("nhiem vu") || f.contains("cong viec") || f.contains("giai phap")
        {
            content.get_or_insert(i);
        }
    }
    let found = [lead, support, deadline, output].iter().filter(|x| x.is_some()).count();
    let content = content?;
    (found >= 2).then_some(Columns {
        stt,
        content,
        lead,
        support,
        deadline,
        output,
    })
}

/// Reads rows from `lines[from..]` until the table ends. Returns the rows and the
/// index of the first line after the table.
pub(crate) fn read_rows(lines: &[&str], from: usize, cols: &Columns) -> (Vec<Row>, usize) {
    let mut rows: Vec<Row> = Vec::new();
    let mut i = from;
    while i < lines.len() {
        let line = lines[i];
        let t = line.trim();
        if !line.contains('\t') {
            let next_has_tab = lines[i + 1..]
                .iter()
                .find(|l| !l.trim().is_empty())
                .is_some_and(|l| l.contains('\t'));
            let heading = split_mark(t).is_some_and(|(m, _)| matches!(m, Mark::Roman(_)));
            if t.is_empty() && next_has_tab {
                i += 1;
                continue;
            }
            if t.is_empty() || heading || !next_has_tab || rows.is_empty() {
                break;
            }
            if let Some(last) = rows.last_mut() {
                last.content.push(' ');
                last.content.push_str(t);
            }
            i += 1;
            continue;
        }
        let cells = tab_cells(line);
        let get = |c: Option<usize>| {
            c.and_then(|k| cells.get(k))
                .map(|s| (*s).to_string())
                .unwrap_or_default()
        };
        let row = Row {
            stt: get(cols.stt),
            content: get(Some(cols.content)),
            lead: get(cols.lead),
            support: get(cols.support),
            deadline: get(cols.deadline),
            output: get(cols.output),
        };
        let only_content =
            row.stt.is_empty() && row.lead.is_empty() && row.support.is_empty() && row.deadline.is_empty();
        match rows.last_mut() {
            Some(last) if only_content && !row.content.is_empty() && !is_group_title(&row.content) => {
                last.content.push(' ');
                last.content.push_str(&row.content);
            }
            _ if row.content.is_empty() && row.stt.is_empty() => {}
            _ => rows.push(row),
        }
        i += 1;
    }
    (rows, i)
}

/// A row title in capitals is a group ("NHÓM NHIỆM VỤ VỀ …").
pub(crate) fn is_group_title(s: &str) -> bool {
    let letters: Vec<char> = s.chars().filter(|c| c.is_alphabetic()).collect();
    letters.len() >= 4 && letters.iter().all(|c| c.is_uppercase())
}

/// The numbering mark of an STT cell ("1", "1.2", "II", "a", "-").
pub(crate) fn stt_mark(stt: &str) -> Option<Mark> {
    let s = stt.trim().trim_end_matches(['.', ')']);
    if s.is_empty() {
        return None;
    }
    if is_roman(s) {
        return Some(Mark::Roman(s.to_string()));
    }
    if s.split('.')
        .all(|p| !p.is_empty() && p.len() <= 3 && p.bytes().all(|b| b.is_ascii_digit()))
    {
        return Some(Mark::Arabic(s.split('.').map(str::to_string).collect()));
    }
    let mut it = s.chars();
    match (it.next(), it.next()) {
        (Some(c), None) if c.is_lowercase() => Some(Mark::Letter(c)),
        (Some('-' | '–' | '•'), None) => Some(Mark::Dash),
        (Some('+'), None) => Some(Mark::Plus),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn header_and_rows() {
        let cols =
            header_columns("STT\tNội dung nhiệm vụ\tCơ quan chủ trì\tCơ quan phối hợp\tThời gian hoàn thành\tSản phẩm");
        let cols = cols.unwrap_or_else(|| panic!("header not found"));
        assert_eq!(
            (
                cols.stt,
                cols.content,
                cols.lead,
                cols.support,
                cols.deadline,
                cols.output
            ),
            (Some(0), 1, Some(2), Some(3), Some(4), Some(5))
        );
        let lines = [
            "I\tCÔNG TÁC TUYÊN TRUYỀN\t\t\t\t",
            "1\tTổ chức hội nghị quán triệt\tBan Tuyên giáo\tVăn phòng\tTháng 9/2023\tHội nghị",
            "cho cán bộ chủ chốt",
            "2\tBiên soạn tài liệu\tBan Tuyên giáo\t\tQuý IV/2023\tTài liệu",
            "",
            "III. TỔ CHỨC THỰC HIỆN",
        ];
        let (rows, next) = read_rows(&lines, 0, &cols);
        assert_eq!(rows.len(), 3);
        assert_eq!(rows[1].content, "Tổ chức hội nghị quán triệt cho cán bộ chủ chốt");
        assert_eq!(rows[2].deadline, "Quý IV/2023");
        assert_eq!(next, 4);
        assert!(header_columns("a\tb\tc").is_none());
    }

    #[test]
    fn stt() {
        assert_eq!(stt_mark("II"), Some(Mark::Roman("II".into())));
        assert_eq!(stt_mark("1.2."), Some(Mark::Arabic(vec!["1".into(), "2".into()])));
        assert_eq!(stt_mark("b)"), Some(Mark::Letter('b')));
        assert_eq!(stt_mark(""), None);
    }
}
