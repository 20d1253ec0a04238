//! The tasks of a structured plan: the leaves of its task sections (`tree`), each with the
//! lead, deadline and fields it inherits from the items above it.

use chrono::NaiveDate;

use super::assign::{self, Fields};
use super::tree::Node;
use super::words::{self, looks_like_unit};
use super::{NON_TASK_SECTIONS, has_lowercase_verb, node_fields, without_address};
use super::{TaskDraft, closing, headings, lead, lines, manner, split, table, topics};
use crate::deadline::parse_deadline;
use crate::text::fold;

/// Leaves of the task sections, with fields inherited from enclosing items.
pub(super) fn tasks_from(nodes: &[Node], issued: Option<NaiveDate>) -> Vec<TaskDraft> {
    let section_of = |mut i: usize| -> Option<usize> {
        loop {
            if nodes[i].is_section() {
                return Some(i);
            }
            i = nodes[i].parent?;
        }
    };
    let heading_f = |i: usize| fold(&nodes[i].heading);
    // "1. Sở Lao động - Thương binh và Xã hội - thường trực kế hoạch:" over "- Triển khai …":
    // an item that is only a unit's name heads the bullets below it, which are its tasks.
    let unit_heading: Vec<Option<String>> = nodes
        .iter()
        .map(|n| {
            // "1. Viện Văn hóa, Nghệ thuật, Thể thao và Du lịch Việt Nam" over "a) …", "b) …".
            let heads_bullets = n
                .children
                .iter()
                .any(|&c| nodes[c].is_bullet() || matches!(nodes[c].mark, Some(lines::Mark::Letter(_))));
            // "2. Sở Kế hoạch & Đầu tư và Sở Tài chính:" over a line of its work.
            let heads_text = n.children.is_empty() && !n.extra.is_empty();
            if n.row.is_some() || n.is_section() || !(heads_bullets || heads_text) {
                return None;
            }
            // A heading that describes its units at length heads only items below it.
            let unit = headings::heading_unit(&n.heading)
                .or_else(|| heads_bullets.then(|| headings::described_unit(&n.heading)).flatten())
                .or_else(|| heads_bullets.then(|| intro_line_unit(n)).flatten())
                .or_else(|| heads_bullets.then(|| purpose_first_unit(&n.heading)).flatten())?;
            Some(without_address(&unit).to_string())
        })
        .collect();
    let mut fields: Vec<Fields> = nodes.iter().map(node_fields).collect();
    for (f, unit) in fields.iter_mut().zip(&unit_heading) {
        if let Some(u) = unit {
            f.lead = Some(u.clone());
        }
    }
    // "1. Sở Công Thương" over "a) Chủ trì, phối hợp với các sở, ban, ngành, UBND các xã,
    // phường …" and "b) Phối hợp với các sở, ngành …", each over dashes: a sub-heading that
    // only says how the unit above works (leading, or with whom) heads that unit's tasks; it
    // names no lead of its own.
    let manner: Vec<bool> = nodes
        .iter()
        .map(|n| {
            n.row.is_none()
                && !n.is_section()
                && n.children.iter().any(|&c| nodes[c].is_bullet())
                && n.parent.is_some_and(|p| unit_heading[p].is_some())
                && manner::only_manner(&n.heading)
        })
        .collect();
    for (f, _) in fields.iter_mut().zip(&manner).filter(|(_, m)| **m) {
        f.lead = None;
        f.support.clear();
    }
    // "a) Nhiệm vụ:" over "- …": the points it lists are the item's tasks.
    let lists_tasks = |p: usize| fold(nodes[p].heading.trim_end_matches([':', ' '])) == "nhiem vu";
    // "1. Sở Nông nghiệp và Môi trường chỉ đạo Chi cục Thủy sản thực hiện các nội dung sau:"
    // over "- …": a heading holding its unit's verb and closed by a colon lists that unit's
    // work (as the prose reader takes it, `prose.rs`); the unit leads the bullets.
    // "9. Ủy ban nhân dân các phường, xã … chủ động bố trí kinh phí …;" / "đồng thời huy động
    // … tập trung một số nhiệm vụ cụ thể sau:": the heading's sentence may go on to a line of
    // its own before the colon.
    let verb_heading = |p: usize| {
        let h = nodes[p].heading.trim_end();
        let closes = nodes[p].extra.last().map_or(h, |e| e.trim_end());
        nodes[p].row.is_none()
            && !nodes[p].is_section()
            && !nodes[p].is_bullet()
            && closes.ends_with(':')
            && fields[p].lead.is_some()
            && lead::lead_of(h.trim_end_matches(':')).is_some_and(|(_, plain)| plain)
    };
    let under_unit_heading = |c: usize| {
        (nodes[c].is_bullet() || matches!(nodes[c].mark, Some(lines::Mark::Letter(_))))
            && nodes[c]
                .parent
                .is_some_and(|p| unit_heading[p].is_some() || lists_tasks(p) || verb_heading(p) || manner[p])
    };
    // "1.1. Xây dựng … / - Bảo đảm thống nhất … / - Thời gian hoàn thành: … / - Đơn vị chủ
    // trì: …": an item written in the field form is one assignment; its dash lines say what
    // the work must achieve, unless the item ends with a colon and lists its work ("6.1. Tham
    // gia thực hiện các nhiệm vụ: / - Tham gia các phiên họp …").
    let field_item = |p: usize| nodes[p].row.is_none() && fields[p].labels_at.is_some() && !nodes[p].extra.is_empty();
    let lists_work = |p: usize| field_item(p) && nodes[p].heading.trim_end().ends_with(':');
    let describes = |c: usize| nodes[c].is_bullet() && nodes[c].parent.is_some_and(|p| field_item(p) && !lists_work(p));
    let under_unit_heading =
        |c: usize| under_unit_heading(c) || (nodes[c].is_bullet() && nodes[c].parent.is_some_and(lists_work));
    let own_task = |i: usize| !describes(i) && (fields[i].lead.is_some() || fields[i].deadline_text.is_some());
    // A bullet is a task only if it names its own lead or deadline, or its unit's heading does.
    let is_task_child =
        |c: usize| !(nodes[c].is_bullet() || nodes[c].is_paragraph()) || own_task(c) || under_unit_heading(c);
    let mut out = Vec::new();
    for (i, n) in nodes.iter().enumerate() {
        if n.is_section() {
            continue;
        }
        if let Some(s) = section_of(i)
            && NON_TASK_SECTIONS.iter().any(|w| heading_f(s).contains(w))
        {
            continue;
        }
        // "Trên đây là Kế hoạch …. Đề nghị các cơ quan, đơn vị nghiêm túc triển khai thực hiện.
        // Định kỳ hằng năm … báo cáo kết quả …": the plan's closing paragraph; only its
        // periodic report is work (`closing.rs`).
        if n.is_paragraph() && closing::opens_closing(&n.text()) {
            out.extend(closing::report_tasks(&n.text(), &n.code, issued));
            continue;
        }
        if (n.is_bullet() || n.is_paragraph()) && !own_task(i) && !under_unit_heading(i) {
            continue;
        }
        if n.children.iter().any(|&c| is_task_child(c)) {
            continue;
        }
        if n.row.is_some() && n.mark.is_none() && n.children.is_empty() && fields[i].lead.is_none() && tree_is_group(n)
        {
            continue;
        }
        let parent_code = n
            .parent
            .filter(|p| !nodes[*p].code.is_empty())
            .map(|p| nodes[p].code.clone());
        let topic = topics::topic_tasks(n, parent_code.clone(), issued);
        if !topic.is_empty() {
            out.extend(topic);
            continue;
        }
        let inherit = |pick: &dyn Fn(&Fields) -> bool| -> Option<usize> {
            let mut k = Some(i);
            while let Some(j) = k {
                if pick(&fields[j]) {
                    return Some(j);
                }
                k = nodes[j].parent;
            }
            None
        };
        let lead_from = inherit(&|f: &Fields| f.lead.is_some());
        let dl_from = inherit(&|f: &Fields| f.deadline_text.is_some());
        let lead = lead_from.and_then(|j| fields[j].lead.clone());
        let support = lead_from.map(|j| fields[j].support.clone()).unwrap_or_default();
        let deadline_text = dl_from
            .and_then(|j| fields[j].deadline_text.clone())
            .filter(|_| !dl_from.is_some_and(|j| budget_year_only(&nodes[j].text())));
        let deadline = deadline_text.as_deref().and_then(|t| parse_deadline(t, issued).ok());
        let task = TaskDraft {
            code: n.code.clone(),
            parent: parent_code,
            title: match &unit_heading[i] {
                Some(_) if n.children.is_empty() => n.extra.join(" ").trim().trim_end_matches(['.', ';']).to_string(),
                _ => title_of(n, &fields[i]),
            },
            lead,
            support,
            deadline_text,
            deadline,
            output: fields[i].output.clone(),
        };
        let more: Vec<&str> = match &unit_heading[i] {
            Some(_) => Vec::new(),
            None => n
                .extra
                .iter()
                .map(String::as_str)
                .filter(|l| !assign::starts_with_label(&fold(l)))
                .collect(),
        };
        out.extend(split::spread(task, &more, issued));
    }
    out
}

fn tree_is_group(n: &Node) -> bool {
    table::is_group_title(&n.heading)
}

/// The task's title: its heading without the labelled fields.
fn title_of(n: &Node, f: &Fields) -> String {
    let mut t = n.heading.as_str();
    if n.row.is_none()
        && let Some(at) = f.labels_at
        && at > 0
        && at <= t.len()
    {
        t = &t[..at];
    }
    if let Some((before, after)) = t.split_once(':')
        && looks_like_unit(words::without_office_apposition(without_address(before.trim())))
        && !after.trim().is_empty()
    {
        // "Ban Tuyên giáo: tổ chức …" names the unit before the colon; "UBND cấp xã lập
        // danh sách …: Xong trước …" has the work before it and the deadline after.
        t = if has_lowercase_verb(before) { before } else { after };
    }
    let t = t.trim().trim_end_matches([';', ':', ',', '(', ' ']).trim();
    let t = t.strip_suffix('.').unwrap_or(t);
    t.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// "1.2. Hỗ trợ khẩn cấp về nhà ở" / "Ủy ban nhân dân các tỉnh, thành phố:" over "a) …":
/// an item headed by its topic whose one line of text names, before its colon, the unit the
/// items below are given to — alone, or with its verb ("Bộ Tài chính chỉ đạo Bảo hiểm xã hội
/// Việt Nam:", the unit that directs leads).
fn intro_line_unit(n: &Node) -> Option<String> {
    let [line] = n.extra.as_slice() else {
        return None;
    };
    let line = line.trim().strip_suffix(':')?.trim();
    if line.contains([':', ';', '.']) {
        return None;
    }
    headings::heading_unit(line)
        .or_else(|| super::subject_lead(line))
        .filter(|u| line.starts_with(u.as_str()))
}

/// "5. Để nâng cao hiệu lực …, tăng cường công tác …, các Sở, ngành, UBND cấp xã … triển khai
/// thực hiện những nội dung sau:" over "a) …": a heading that tells its purpose first, then the
/// units and their verb, and lists their work after its colon; the units lead the items.
fn purpose_first_unit(heading: &str) -> Option<String> {
    let h = heading.trim().strip_suffix(':')?;
    if !fold(h).starts_with("de ") {
        return None;
    }
    h.match_indices(", ")
        .map(|(p, _)| &h[p + 2..])
        .filter(|rest| rest.starts_with(char::is_uppercase) || fold(rest).starts_with("cac "))
        .find_map(|rest| super::subject_lead(rest).filter(|u| rest.starts_with(u.as_str())))
        .map(|u| super::unit_list::collective_first(&u).to_string())
}

/// "… bố trí kinh phí chi thường xuyên trong dự toán ngân sách nhà nước hằng năm …", "… trong
/// phạm vi dự toán được cấp có thẩm quyền giao hàng năm …": the year of a budget, no yearly
/// work; the text's every "hằng năm" (and "chi thường xuyên", recurrent spending) is the
/// budget's.
fn budget_year_only(text: &str) -> bool {
    const BUDGET_YEAR: &[&str] = &[
        "ngan sach nha nuoc hang nam",
        "ngan sach hang nam",
        "du toan hang nam",
        "giao hang nam",
        "ke hoach von hang nam",
        "ngan sach dia phuong trong ke hoach hang nam",
    ];
    let f = fold(text);
    let yearly = f.matches("hang nam").count();
    let budget: usize = BUDGET_YEAR.iter().map(|p| f.matches(p).count()).sum();
    let other_periods = [
        "hang thang",
        "hang quy",
        "dinh ky",
        "hang ngay",
        "hang tuan",
        "tiep theo",
        "dot xuat",
    ]
    .iter()
    .any(|p| f.contains(p));
    let ongoing = f.matches("thuong xuyen").count() > f.matches("chi thuong xuyen").count();
    yearly > 0 && yearly == budget && !other_periods && !ongoing
}
