//! The body of a plan as a tree of numbered items (I. → 1. → a) → -), with table
//! rows attached where a table appears.

use std::collections::HashSet;

use super::assign::starts_with_label;
use super::lines::{Mark, split_mark};
use super::table::{Row, header_columns, is_group_title, read_rows, stt_mark};
use crate::text::fold;

/// One numbered item or table row.
#[derive(Debug, Clone)]
pub(crate) struct Node {
    pub code: String,
    pub mark: Option<Mark>,
    pub rank: u32,
    pub heading: String,
    pub extra: Vec<String>,
    pub parent: Option<usize>,
    pub children: Vec<usize>,
    pub row: Option<Row>,
    bullets: usize,
}

impl Node {
    pub(crate) fn is_bullet(&self) -> bool {
        matches!(self.mark, Some(Mark::Dash | Mark::Plus))
    }

    /// An unnumbered paragraph directly under a section.
    pub(crate) fn is_paragraph(&self) -> bool {
        self.mark.is_none() && self.row.is_none() && self.rank == PARAGRAPH_RANK
    }

    pub(crate) fn is_section(&self) -> bool {
        matches!(self.mark, Some(Mark::Roman(_))) && self.row.is_none()
    }

    /// Heading and continuation lines.
    pub(crate) fn text(&self) -> String {
        let mut s = self.heading.clone();
        for e in &self.extra {
            s.push('\n');
            s.push_str(e);
        }
        s
    }
}

/// Unnumbered paragraphs directly under a section ("III. TỔ CHỨC THỰC HIỆN").
const PARAGRAPH_RANK: u32 = 50;

/// Table rows nest below any text item.
const TABLE_RANK_BASE: u32 = 100;

/// Builds the item tree from the body lines.
pub(crate) fn build(lines: &[&str]) -> Vec<Node> {
    let mut b = Builder {
        nodes: Vec::new(),
        stack: Vec::new(),
        codes: HashSet::new(),
    };
    let mut i = 0;
    while i < lines.len() {
        let t = lines[i].trim();
        if is_end(t) {
            break;
        }
        if let Some(cols) = header_columns(lines[i]) {
            let (rows, next) = read_rows(lines, i + 1, &cols);
            let base = b.stack.len();
            for row in rows {
                b.add_row(row);
            }
            b.stack.truncate(base);
            i = next.max(i + 1);
            continue;
        }
        if t.is_empty() {
            i += 1;
            continue;
        }
        match split_mark(t) {
            Some((mark, rest))
                if is_label_line(rest) && !b.stack.is_empty() && !matches!(mark, Mark::Roman(_) | Mark::Arabic(_)) =>
            {
                // "b) Cơ quan thực hiện:", "c) Thời gian thực hiện: …" under an item are its
                // fields, as "- Chủ trì: …" is; so is "- Cơ quan thực hiện: …" after a list of
                // "+" points, which closes the list.
                // "- Nghị định quy định chi tiết …" / "+ Nội dung: …" / "+ Cơ quan chủ trì: Bộ Công
                // an." / "+ Thời hạn ban hành: …": "+" fields under a dash item are that item's.
                if matches!(mark, Mark::Plus) && b.top_is_plus() && b.plus_under_dash() {
                    b.pop_to(Mark::Plus.rank());
                } else if matches!(mark, Mark::Letter(_)) || b.top_is_plus() {
                    b.pop_to(mark.rank().min(Mark::Dash.rank()));
                }
                // "1.1. Xây dựng … / - Bảo đảm … / - Các văn bản … phải … / - Thời gian hoàn
                // thành: … / - Đơn vị chủ trì: …": a field written as a dash line after the
                // item's own dash lines is a sibling of them on the page, so it is the item's
                // field, not the last line's.
                if matches!(mark, Mark::Dash) {
                    b.close_dash_lines_of_item();
                }
                // "3. Tổ chức theo dõi … / 3.1. … / 3.2. … / 3.3. … / - Thời gian thực hiện: …":
                // fields after the last of sub-items none of which has fields of its own are
                // the fields of the item above them all.
                b.close_fieldless_subitems();
                b.continue_top(rest);
            }
            Some((mark, rest)) => {
                let rank = mark.rank();
                b.add(Some(mark), rank, rest.to_string(), None);
            }
            None if b.top_is_paragraph_parent() => b.add(None, PARAGRAPH_RANK, t.to_string(), None),
            // "Trên đây là Kế hoạch …; đề nghị các cơ quan, đơn vị nghiêm túc triển khai thực
            // hiện …" after the last item: the plan's closing, a paragraph of the section, not
            // more text of the item above it.
            None if i > 0 && lines[i - 1].trim().is_empty() && super::closing::opens_closing(t) => {
                b.pop_to_section();
                b.add(None, PARAGRAPH_RANK, t.to_string(), None);
            }
            None => b.continue_top(t),
        }
        i += 1;
    }
    b.nodes
}

/// "Nơi nhận", "T/M BAN THƯỜNG VỤ", "TM. ỦY BAN NHÂN DÂN", "K/T CHỦ TỊCH" end the body.
fn is_end(t: &str) -> bool {
    let f = fold(t);
    f.starts_with("noi nhan")
        || (["t/m ", "tm. ", "tm ", "k/t ", "kt. ", "kt "]
            .iter()
            .any(|p| f.starts_with(p))
            && is_group_title(t))
}

/// A bullet that only carries a field ("- Chủ trì: …", "- Thời gian: …").
fn is_label_line(rest: &str) -> bool {
    starts_with_label(&fold(rest))
}

struct Builder {
    nodes: Vec<Node>,
    stack: Vec<usize>,
    codes: HashSet<String>,
}

impl Builder {
    /// The current item is a section or an unnumbered paragraph under one, so an
    /// unnumbered line starts a new paragraph item.
    fn top_is_paragraph_parent(&self) -> bool {
        self.stack.last().is_some_and(|&top| {
            let n = &self.nodes[top];
            n.is_section() || (n.mark.is_none() && n.row.is_none() && n.rank == PARAGRAPH_RANK)
        })
    }

    /// The "+" point on top is under a dash item.
    fn plus_under_dash(&self) -> bool {
        self.stack
            .iter()
            .rev()
            .find(|&&i| !matches!(self.nodes[i].mark, Some(Mark::Plus)))
            .is_some_and(|&i| matches!(self.nodes[i].mark, Some(Mark::Dash)))
    }

    fn top_is_plus(&self) -> bool {
        self.stack
            .last()
            .is_some_and(|&top| matches!(self.nodes[top].mark, Some(Mark::Plus)))
    }

    /// Closes every item under the current section.
    fn pop_to_section(&mut self) {
        while let Some(&top) = self.stack.last() {
            if self.nodes[top].is_section() {
                break;
            }
            self.stack.pop();
        }
    }

    /// Closes the items of rank `rank` and deeper.
    fn pop_to(&mut self, rank: u32) {
        while let Some(&top) = self.stack.last() {
            if self.nodes[top].rank >= rank && self.stack.len() > 1 {
                self.stack.pop();
            } else {
                break;
            }
        }
    }

    /// Closes the dash lines open under a numbered or lettered item (not under a section or
    /// a paragraph, where a dash line stands on its own).
    fn close_dash_lines_of_item(&mut self) {
        let is_item = |n: &Node| matches!(n.mark, Some(Mark::Arabic(_) | Mark::Letter(_)));
        while let [.., parent, top] = self.stack[..] {
            if matches!(self.nodes[top].mark, Some(Mark::Dash)) && is_item(&self.nodes[parent]) {
                self.stack.pop();
            } else {
                break;
            }
        }
    }

    /// Closes the last of two or more sub-items ("3.1. … 3.3.", "(1) … (3)") when none of
    /// them has fields or items of its own, so that the fields that follow go to the item
    /// above them.
    fn close_fieldless_subitems(&mut self) {
        let [.., parent, top] = self.stack[..] else {
            return;
        };
        let sub = |n: &Node| match &n.mark {
            Some(Mark::Arabic(parts)) => parts.len() > 1,
            Some(Mark::Paren(_)) => true,
            _ => false,
        };
        // The item's own dash lines before its sub-items ("- Nguyên tắc …", "- Tài liệu …")
        // are not among them.
        let subs: Vec<usize> = self.nodes[parent]
            .children
            .iter()
            .copied()
            .filter(|&c| sub(&self.nodes[c]))
            .collect();
        let bare = |i: usize| {
            let n = &self.nodes[i];
            n.children.is_empty() && !n.extra.iter().any(|l| is_label_line(l))
        };
        if subs.len() >= 2 && subs.iter().all(|&c| bare(c)) && subs.last() == Some(&top) {
            self.stack.pop();
        }
    }

    pub(crate) fn continue_top(&mut self, line: &str) {
        if let Some(&top) = self.stack.last() {
            self.nodes[top].extra.push(line.to_string());
        }
    }

    fn add_row(&mut self, row: Row) {
        let mark = stt_mark(&row.stt);
        let rank = match &mark {
            Some(m) => TABLE_RANK_BASE + m.rank(),
            None if is_group_title(&row.content) => TABLE_RANK_BASE,
            None => TABLE_RANK_BASE + 30,
        };
        let heading = row.content.clone();
        self.add(mark, rank, heading, Some(row));
    }

    fn add(&mut self, mark: Option<Mark>, rank: u32, heading: String, row: Option<Row>) {
        while let Some(&top) = self.stack.last() {
            if self.nodes[top].rank >= rank {
                self.stack.pop();
            } else {
                break;
            }
        }
        let parent = self.stack.last().copied();
        let label = match &mark {
            Some(Mark::Roman(r)) => r.clone(),
            Some(Mark::Arabic(parts)) => {
                let parent_is_arabic = parent.is_some_and(|p| matches!(self.nodes[p].mark, Some(Mark::Arabic(_))));
                match parts.last() {
                    Some(last) if parent_is_arabic && parts.len() > 1 => last.clone(),
                    _ => parts.join("."),
                }
            }
            Some(Mark::Letter(c)) => c.to_string(),
            Some(Mark::Paren(n)) => format!("({n})"),
            Some(Mark::Dash | Mark::Plus) | None => {
                let n = parent.map(|p| {
                    self.nodes[p].bullets += 1;
                    self.nodes[p].bullets
                });
                n.unwrap_or(self.nodes.len() + 1).to_string()
            }
        };
        let mut code = match parent {
            Some(p) => format!("{}.{}", self.nodes[p].code, label),
            None => label,
        };
        if self.codes.contains(&code) {
            let mut k = 2;
            while self.codes.contains(&format!("{code}~{k}")) {
                k += 1;
            }
            code = format!("{code}~{k}");
        }
        self.codes.insert(code.clone());
        let idx = self.nodes.len();
        self.nodes.push(Node {
            code,
            mark,
            rank,
            heading,
            extra: Vec::new(),
            parent,
            children: Vec::new(),
            row,
            bullets: 0,
        });
        if let Some(p) = parent {
            self.nodes[p].children.push(idx);
        }
        self.stack.push(idx);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hierarchy_and_codes() {
        let text = "I. MỤC ĐÍCH\n1. Mục đích\nII. NHIỆM VỤ\n1. Tuyên truyền\na) Hội nghị\n- Chủ trì: Ban Tuyên giáo\n- Tổ chức ở phường\nb) Tài liệu\n2. Kiểm tra\n2.1. Kiểm tra chi bộ\nNơi nhận:\n- Như trên";
        let lines: Vec<&str> = text.lines().collect();
        let nodes = build(&lines);
        let codes: Vec<&str> = nodes.iter().map(|n| n.code.as_str()).collect();
        assert_eq!(
            codes,
            [
                "I", "I.1", "II", "II.1", "II.1.a", "II.1.a.1", "II.1.b", "II.2", "II.2.1"
            ]
        );
        assert_eq!(nodes[4].extra, ["Chủ trì: Ban Tuyên giáo"]);
    }
}
