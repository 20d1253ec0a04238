//! Task tables written with pipes instead of tabs, rewritten as the tab rows the table
//! reader (`table.rs`) knows. Two shapes come from converted pages:
//!
//! - one row a line: "| STT | Nội dung | Cơ quan chủ trì | … |" (a "|---|---|" line under
//!   the header is dropped);
//! - one cell a line: a line holding only "|" closes a cell, and a second "|" right after it
//!   closes the row (a legal database's table flattened to text; a cell may run over several
//!   lines, which are joined by a space).
//!
//! Only a table whose header row the table reader recognises (a content column and two of
//! lead / support / time / output) is rewritten; every other pipe is left as it is.

use std::borrow::Cow;

use super::lines::{Mark, is_roman, split_mark};
use super::table::{Columns, header_columns};

/// The text with its pipe task tables as tab rows (the text itself when it has none).
pub(crate) fn tabbed(text: &str) -> Cow<'_, str> {
    if !text.contains('|') {
        return Cow::Borrowed(text);
    }
    let lines: Vec<&str> = text.lines().collect();
    let mut out: Vec<String> = Vec::with_capacity(lines.len());
    let mut changed = false;
    let mut i = 0;
    while i < lines.len() {
        if let Some((rows, next)) = row_lines(&lines, i).or_else(|| cell_lines(&lines, i)) {
            out.extend(rows);
            changed = true;
            i = next;
            continue;
        }
        out.push(lines[i].to_string());
        i += 1;
    }
    if changed {
        Cow::Owned(out.join("\n"))
    } else {
        Cow::Borrowed(text)
    }
}

/// The cells of a one-line pipe row ("| a | b | c |"), or None.
fn pipe_row(line: &str) -> Option<Vec<String>> {
    let t = line.trim();
    let inner = t.strip_prefix('|')?.strip_suffix('|')?;
    let cells: Vec<String> = inner.split('|').map(|c| c.trim().to_string()).collect();
    (cells.len() >= 3).then_some(cells)
}

/// "|---|:--:|": the rule under a header row.
fn is_rule(cells: &[String]) -> bool {
    cells
        .iter()
        .all(|c| !c.is_empty() && c.chars().all(|ch| matches!(ch, '-' | ':' | ' ')))
}

/// A table of one-line pipe rows starting at `from` whose first row is a task-table header.
fn row_lines(lines: &[&str], from: usize) -> Option<(Vec<String>, usize)> {
    let head = pipe_row(lines[from])?;
    header_columns(&head.join("\t"))?;
    let mut out = vec![head.join("\t")];
    let mut i = from + 1;
    while i < lines.len() {
        let Some(cells) = pipe_row(lines[i]) else { break };
        if !is_rule(&cells) {
            out.push(cells.join("\t"));
        }
        i += 1;
    }
    Some((out, i))
}

/// A cell of dots and ellipses only ("….............").
fn is_gap(cell: &str) -> bool {
    !cell.is_empty() && cell.chars().all(|c| matches!(c, '.' | '…' | ' '))
}

fn is_bar(line: &str) -> bool {
    line.trim() == "|"
}

/// A table of one cell a line starting at `from` (a "|" line) whose first row is a
/// task-table header. It ends at the first empty line or at the end of the text.
fn cell_lines(lines: &[&str], from: usize) -> Option<(Vec<String>, usize)> {
    if !is_bar(lines[from]) {
        return None;
    }
    let end = lines[from..]
        .iter()
        .position(|l| l.trim().is_empty())
        .map_or(lines.len(), |p| from + p);
    let mut rows: Vec<Vec<String>> = Vec::new();
    let mut row: Vec<String> = Vec::new();
    let mut cell: Vec<&str> = Vec::new();
    let mut width: Option<usize> = None;
    let mut cols: Option<Columns> = None;
    for line in &lines[from..end] {
        if !is_bar(line) {
            cell.push(line.trim());
            continue;
        }
        if !cell.is_empty() {
            let text = cell.join(" ");
            cell.clear();
            // "….........": rows the page lost, marked by a cell of dots where a row would
            // start; it holds nothing and would shift the next row's cells.
            if row.is_empty() && width.is_some() && is_gap(&text) {
                continue;
            }
            row.push(text);
            if width.is_some_and(|w| row.len() >= w) {
                rows.push(std::mem::take(&mut row));
            }
            continue;
        }
        // A "|" right after a closed cell: the row ends (or an empty cell inside it).
        match width {
            None if !row.is_empty() => {
                // The first row is the header; it fixes the width.
                cols = Some(header_columns(&row.join("\t"))?);
                width = Some(row.len());
                rows.push(std::mem::take(&mut row));
            }
            Some(w) if row.len() == 1 || row.len() >= w => rows.push(std::mem::take(&mut row)),
            // "II" | "TRIỂN KHAI ĐỒNG BỘ …" | "|": a group row whose Roman mark has a cell of its
            // own; an empty cell never follows a mark and a title alone.
            Some(_) if row.len() == 2 && is_roman(row[0].trim().trim_end_matches('.')) => {
                let (mark, title) = (row[0].trim().trim_end_matches('.').to_string(), row[1].clone());
                row.clear();
                rows.push(vec![format!("{mark}. {title}")]);
            }
            Some(_) if !row.is_empty() => row.push(String::new()),
            _ => {}
        }
    }
    if !cell.is_empty() {
        row.push(cell.join(" "));
    }
    if row.len() > 1 {
        rows.push(row);
    }
    let (cols, width) = (cols?, width?);
    let out = rows
        .into_iter()
        .map(|r| {
            if r.len() == 1 {
                group_row(&r[0], &cols, width)
            } else {
                r.join("\t")
            }
        })
        .collect();
    Some((out, end))
}

/// A row of one merged cell ("I. NÂNG CAO NHẬN THỨC …"): its mark goes to the STT column
/// and the rest to the content column, so the table reader sees a group row, not a heading
/// that would end the table.
fn group_row(cell: &str, cols: &Columns, width: usize) -> String {
    let mut cells = vec![String::new(); width];
    let (mark, rest) = match split_mark(cell) {
        Some((Mark::Roman(r), rest)) => (r, rest.to_string()),
        _ => (String::new(), cell.to_string()),
    };
    if let Some(s) = cols.stt {
        cells[s] = mark;
        cells[cols.content] = rest;
    } else {
        cells[cols.content] = cell.to_string();
    }
    cells.join("\t")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn other_pipes_stay() {
        let t = "| Số: 12/KH-UBND | Hà Nội, ngày 1 tháng 2 năm 2025 |\n|\nĐộc lập\n|";
        assert!(matches!(tabbed(t), Cow::Borrowed(_)));
    }
}
