//! Turning the text of a plan (kế hoạch, chương trình) into a draft for review:
//! header fields, the documents it implements, and its tasks with lead unit,
//! supporting units, deadline and expected output.

mod assign;
mod bodies;
mod clause;
mod cli;
mod closing;
mod discourse;
mod header;
mod headings;
mod lead;
mod lead_features;
pub mod lead_model;
mod leaves;
mod line_tasks;
mod lines;
mod manner;
mod order;
mod pieces;
mod pipe_table;
mod posts;
mod prose;
mod prose_edges;
mod sentence_kind;
mod sentence_shapes;
mod sentence_time;
mod split;
mod table;
pub mod task_model;
mod topics;
mod tree;
mod unit_list;
mod verbs;
mod words;

pub use cli::{PlanCli, TaskCli};

use chrono::NaiveDate;
use serde::Serialize;

use crate::deadline::{Deadline, parse_deadline};
use crate::refs::extract_refs;
use crate::symbol::ParsedSymbol;
use crate::text::fold;
use assign::{Fields, read_fields, split_units};
use clause::without_bare_period;
pub(crate) use clause::{DEADLINE_TRIGGERS, deadline_clause, phrase_pos, with_lead_ins};
pub(crate) use headings::names_then_work;
use tree::Node;
pub(crate) use verbs::work_verbs;
use words::looks_like_unit;

/// A plan read from text, to be reviewed by a person.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct PlanDraft {
    /// Issuing body as written in the header ("QUẬN ỦY HAI BÀ TRƯNG").
    pub issuer: Option<String>,
    pub symbol: Option<ParsedSymbol>,
    pub place: Option<String>,
    pub issued: Option<NaiveDate>,
    /// "Kế hoạch thực hiện Chỉ thị số 24-CT/TU …".
    pub title: Option<String>,
    /// Documents this plan implements (named in its title or its opening paragraphs,
    /// except those cited only as "Căn cứ …").
    pub implements: Vec<ParsedSymbol>,
    pub tasks: Vec<TaskDraft>,
}

/// One task of a plan.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct TaskDraft {
    /// Hierarchical code from the numbering: "II.2.a".
    pub code: String,
    /// Code of the enclosing item ("II.2"), if any.
    pub parent: Option<String>,
    pub title: String,
    /// Lead unit as written; inherited from the enclosing item when the task names none.
    pub lead: Option<String>,
    pub support: Vec<String>,
    pub deadline_text: Option<String>,
    pub deadline: Option<Deadline>,
    pub output: Option<String>,
}

/// Section headings whose items are not tasks (folded).
const NON_TASK_SECTIONS: &[&str] = &[
    "muc dich",
    "yeu cau",
    "muc tieu",
    "chi tieu",
    "tinh hinh",
    "ket qua",
    "danh gia",
    "can cu",
    "quan diem",
];

/// Extracts header, implemented documents and tasks from a plan's text.
///
/// ```
/// let text = "II. NHIỆM VỤ\n1. Tổ chức hội nghị quán triệt Chỉ thị 24-CT/TU. Chủ trì: Ban Tuyên giáo Quận ủy; thời gian: tháng 9/2023.\n2. Văn phòng Quận ủy chủ trì, phối hợp với Ủy ban Kiểm tra Quận ủy theo dõi, đôn đốc; thực hiện hằng quý.";
/// let plan = vntext::plan::extract_plan(text);
/// assert_eq!(plan.tasks.len(), 2);
/// assert_eq!(plan.tasks[0].code, "II.1");
/// assert_eq!(plan.tasks[0].lead.as_deref(), Some("Ban Tuyên giáo Quận ủy"));
/// assert_eq!(plan.tasks[1].support, ["Ủy ban Kiểm tra Quận ủy"]);
/// ```
pub fn extract_plan(text: &str) -> PlanDraft {
    // A task table written with pipes ("| STT | Nội dung | … |", or one cell a line) reads
    // as the tab table it stands for.
    let text = pipe_table::tabbed(text);
    let all: Vec<&str> = text.lines().collect();
    let h = header::read_header(&all);
    let body_from = h.body_from.min(all.len());
    let first_section = all[body_from..]
        .iter()
        .position(|l| lines::split_mark(l.trim()).is_some_and(|(m, _)| matches!(m, lines::Mark::Roman(_))))
        .map(|p| body_from + p);
    let preamble_end = first_section.unwrap_or(body_from);
    let mut implements: Vec<ParsedSymbol> = Vec::new();
    let own = h.symbol.as_ref().map(|s| s.normalized.clone());
    let mut add_refs = |t: &str| {
        for r in extract_refs(t) {
            if Some(&r.symbol.normalized) != own.as_ref()
                && !implements.iter().any(|s| s.normalized == r.symbol.normalized)
            {
                implements.push(r.symbol);
            }
        }
    };
    if let Some(t) = &h.title {
        add_refs(t);
    }
    for para in &all[body_from..preamble_end] {
        for clause in para.split(';') {
            if !fold(clause).starts_with("can cu") {
                add_refs(clause);
            }
        }
    }
    let body: Vec<&str> = all[body_from..].to_vec();
    let structured = body
        .iter()
        .any(|l| lines::split_mark(l.trim()).is_some_and(|(m, _)| matches!(m, lines::Mark::Roman(_))))
        || body.iter().any(|l| table::header_columns(l).is_some());
    let tasks = if structured {
        let nodes = tree::build(&body);
        leaves::tasks_from(&nodes, h.issued)
    } else {
        // Conclusion notices, news summaries, regulation excerpts: no numbered sections.
        // Prose has no columns, so a run of spaces is a slip of the page ("giao  Sở  Y  tế
        // chủ  trì"), read as one space; the table reader above keeps runs as column gaps.
        let squeezed: Vec<String> = body.iter().map(|l| squeeze_spaces(l)).collect();
        let squeezed: Vec<&str> = squeezed.iter().map(String::as_str).collect();
        let (tasks, closings) = prose::tasks(&squeezed, h.issued.or_else(|| dateline(&all)));
        prose_edges::without_closings(task_model::filter(tasks, &squeezed), &closings)
    };
    let tasks = tasks
        .into_iter()
        .map(without_bare_period)
        .map(without_trailing_direction)
        .collect();
    PlanDraft {
        issuer: h.issuer,
        symbol: h.symbol,
        place: h.place,
        issued: h.issued,
        title: h.title,
        implements,
        tasks,
    }
}

/// Whether `s` opens with a verb that opens an item's work ("Chỉ đạo …", "Tiếp tục …").
pub(crate) fn opens_work(s: &str) -> bool {
    let head: String = s.chars().take(20).collect();
    words::opener(&fold(&head)).is_some()
}

/// Whether a line starts with a numbering mark ("1.", "II.", "a)", "-").
pub(crate) fn starts_numbered_item(line: &str) -> bool {
    lines::split_mark(line.trim()).is_some()
}

/// Extracts the tasks of a conclusion notice (thông báo kết luận: "giao … chủ trì …,
/// hoàn thành trước …") into the same draft as a plan.
///
/// ```
/// let text = "THÔNG BÁO KẾT LUẬN\nNgày 02/10/2023\nGiao Phòng Nội vụ chủ trì, phối hợp với Văn phòng HĐND và UBND quận rà soát quy chế làm việc, hoàn thành trước ngày 15/10. Giao UBND các phường tổ chức hội nghị quán triệt trong tháng 10/2023.";
/// let d = vntext::plan::extract_conclusion(text);
/// let t: Vec<_> = d.tasks.iter().map(|t| (t.lead.as_deref(), t.deadline.as_ref().and_then(|x| x.due()).map(|x| x.to_string()))).collect();
/// assert_eq!(t, [(Some("Phòng Nội vụ"), Some("2023-10-15".to_string())), (Some("UBND các phường"), Some("2023-10-31".to_string()))]);
/// ```
pub fn extract_conclusion(text: &str) -> PlanDraft {
    extract_plan(text)
}

/// A line with each run of spaces (and tabs) inside it read as one space; its indent and
/// its end are kept.
fn squeeze_spaces(line: &str) -> String {
    let body = line.trim();
    let indent = &line[..line.len() - line.trim_start().len()];
    let mut out = String::with_capacity(line.len());
    out.push_str(indent);
    for (k, word) in body.split([' ', '\t']).filter(|w| !w.is_empty()).enumerate() {
        if k > 0 {
            out.push(' ');
        }
        out.push_str(word);
    }
    out
}

/// The date of a text without a header date: a dateline in its first lines
/// ("THỨ HAI, 13/07/2020 11:11"), else 1 January of the year of its first full date, so
/// that "trước ngày 16-11" gets that year.
fn dateline(lines: &[&str]) -> Option<NaiveDate> {
    for line in lines.iter().take(3).filter(|l| l.chars().count() <= 40) {
        for (i, _) in line.char_indices().filter(|(_, c)| c.is_ascii_digit()) {
            let starts = line[..i].chars().next_back().is_none_or(|c| !c.is_ascii_digit());
            if starts && let Some((d, _)) = crate::date::parse_date_prefix(&line[i..]) {
                return Some(d);
            }
        }
    }
    let text = lines.join("\n");
    text.char_indices()
        .filter(|(_, c)| c.is_ascii_digit())
        .find_map(|(i, _)| {
            let starts = text[..i].chars().next_back().is_none_or(|c| !c.is_ascii_digit());
            let (d, _) = crate::date::parse_date_prefix(&text[i..]).filter(|_| starts)?;
            chrono::NaiveDate::from_ymd_opt(chrono::Datelike::year(&d), 1, 1)
        })
}

/// Fields of one node, from its table row or its text.
fn node_fields(n: &Node) -> Fields {
    if let Some(row) = &n.row {
        let mut units = split_units(&row.lead);
        let lead = (!units.is_empty()).then(|| units.remove(0));
        units.extend(split_units(&row.support));
        let nonempty = |s: &str| (!s.trim().is_empty()).then(|| s.trim().to_string());
        return Fields {
            lead,
            support: units,
            deadline_text: nonempty(&row.deadline),
            output: nonempty(&row.output),
            labels_at: None,
        };
    }
    let text = n.text();
    let mut f = read_fields(&text);
    if f.lead.is_none() {
        f.lead = subject_lead(&n.heading);
    }
    f.lead = f.lead.map(|l| {
        let l = words::without_office_apposition(without_address(&l));
        unit_list::collective_first(words::before_predicate(l)).to_string()
    });
    // "Giám đốc các Sở, Thủ trưởng các ngành, cơ quan cấp tỉnh, UBND các xã, phường, …
    // xây dựng kế hoạch …": a subject that lists units gives the first; the others support.
    if f.support.is_empty()
        && f.lead.as_deref().is_some_and(|l| l.contains(',') || l.contains(" và "))
        && let Some(l) = f.lead.take()
    {
        let mut units = split_units(&l);
        if units.len() > 1 && units.iter().all(|u| looks_like_unit(u)) {
            f.lead = Some(units.remove(0));
            f.support = units;
        } else {
            f.lead = Some(l);
        }
    }
    if f.lead.is_none()
        && let Some((lead, support)) = lead::assigned_unit(&n.heading)
    {
        f.lead = Some(without_address(&lead).to_string());
        if f.support.is_empty() {
            f.support = support;
        }
    }
    if f.deadline_text.is_none() {
        f.deadline_text = deadline_clause(&text);
    }
    f
}

/// "Đồng chí Phó chủ tịch Thường trực" → "Phó chủ tịch Thường trực": the address before an
/// office is no part of the office (as in lists of units, `unit_list`).
pub(crate) fn without_address(lead: &str) -> &str {
    let lead = ["Đồng chí ", "đồng chí ", "Các đồng chí ", "các đồng chí "]
        .iter()
        .find_map(|p| lead.strip_prefix(p).filter(|r| r.starts_with(char::is_uppercase)))
        .unwrap_or(lead);
    without_person_name(lead)
}

/// "Nguyễn ĐứcMạnh – Phó Chủ tịch Uỷ ban MTTQ Việt Nam xã" → the office: a person's name
/// (two to five capitalised words, no unit) before a dash and the office held.
fn without_person_name(lead: &str) -> &str {
    for sep in [" - ", " – "] {
        if let Some((name, office)) = lead.split_once(sep) {
            let words: Vec<&str> = name.split_whitespace().collect();
            let is_name = (2..=5).contains(&words.len())
                && words.iter().all(|w| w.starts_with(char::is_uppercase))
                && !looks_like_unit(name);
            if is_name && looks_like_unit(office.trim()) {
                return office.trim();
            }
        }
    }
    lead
}

/// "Ban Tuyên giáo Quận ủy: …", or a sentence whose subject is a unit:
/// "Văn phòng Quận ủy theo dõi, đôn đốc …", "Các chi bộ tổ dân phố vận động …".
pub(super) fn subject_lead(heading: &str) -> Option<String> {
    // "Căn cứ kế hoạch này, Giám đốc các Sở, … xây dựng kế hoạch cụ thể …": the basis named
    // first is no legal basis of the text when a unit and its verb follow its comma.
    // "Chậm nhất là ngày 05 tháng 02 năm 2026, căn cứ vào kết quả …, Ủy ban Thường vụ Quốc hội
    // tiến hành …", "Kết thúc cuộc bầu cử, Ban Thường trực …, chịu trách nhiệm …": a time or
    // a ground told first; the subject is after its comma, as after "Căn cứ".
    // "Trên cơ sở đề nghị của các Bộ, cơ quan liên quan, Bộ Tài chính khẩn trương …": the
    // ground the work stands on, told first like "Căn cứ".
    const OPENERS: &[&str] = &[
        "can cu ",
        "cham nhat ",
        "truoc ngay ",
        "ket thuc ",
        "sau khi ",
        "tren co so ",
    ];
    if OPENERS.iter().any(|o| fold(heading).starts_with(o)) {
        return heading
            .match_indices(", ")
            .map(|(p, _)| &heading[p + 2..])
            // A subject opens with a capital or with "các" ("…, các sở, ngành và Ủy ban …");
            // "… của cơ quan, đơn vị, địa phương để xây dựng …" goes on with the basis.
            .find(|rest| {
                (rest.starts_with(char::is_uppercase) || fold(rest).starts_with("cac ")) && pieces_subject(rest)
            })
            .and_then(subject_lead);
    }
    if let Some((before, _)) = heading.split_once(':') {
        // "Đồng chí Phó Giám đốc Trung tâm phục vụ hành chính công - Phó Trưởng tiểu ban: …":
        // the post without the address and the person's second post.
        let b = words::without_office_apposition(without_address(before.trim()));
        // "UBND cấp xã lập danh sách …: Xong trước …" names the unit and the work before
        // the colon: the unit ends at the verb (below).
        let has_verb = has_lowercase_verb(b);
        // "UBND cấp huyện chuyển đến UBND cấp xã hồ sơ: …": a level-named body and its work.
        if let Some(u) = words::level_unit(b) {
            return Some(u.to_string());
        }
        if looks_like_unit(b) && !has_verb {
            return Some(b.to_string());
        }
    }
    let (f, map) = crate::text::fold_with_map(heading);
    let starts_with_word =
        |v: &str| f.starts_with(v) && f[v.len()..].chars().next().is_none_or(|c| !c.is_alphanumeric());
    if words::name_end_verbs().any(|v| starts_with_word(v)) {
        return None;
    }
    let lowercase_at = |p: usize| heading[map[p]..].chars().next().is_some_and(char::is_lowercase);
    // The first verb, in order of place (`verbs::verb_places`).
    let by_verb = verbs::verb_places(&f)
        .find(|&(p, v)| {
            lowercase_at(p) && lead::accent_matches(&heading[map[p]..], v) && !words::verb_in_name(&f, p, v)
        })
        .map(|(p, _)| p)
        .map(|cut| heading[..map[cut]].trim().trim_end_matches(',').trim())
        // "Ban Tổ chức Tỉnh ủy là cơ quan thường trực giúp cấp ủy tổng hợp …": the name ends
        // where its predicate begins.
        .map(words::before_predicate)
        // A list of units ("Các đồng chí Bộ trưởng, Thủ trưởng …, Chủ tịch UBND các tỉnh, …")
        // is as long as it needs to be: judge its first unit. A subject holds no order word:
        // "UBND tỉnh yêu cầu Sở NN&PTNT thường xuyên …" names the unit ordered after it.
        .filter(|s| !lead::has_order_word(s))
        .filter(|s| {
            let first = s.split(',').next().unwrap_or(s);
            s.split_whitespace().count() >= 2
                && looks_like_unit(first)
                && (looks_like_unit(s) || s.split_whitespace().count() <= 40)
        });
    // "UBND cấp huyện chuyển đến UBND cấp xã …": a verb not in the list. A subject that an
    // order word follows ("UBND huyện yêu cầu Phòng Nội vụ …") gives the order; the unit
    // ordered is read after it.
    by_verb
        .or_else(|| words::level_unit(heading))
        .filter(|u| !lead::has_order_word(heading[u.len()..].split(',').next().unwrap_or("")))
        .map(str::to_string)
}

/// Whether a clause opens with a unit and its verb.
fn pieces_subject(clause: &str) -> bool {
    subject_lead(clause).is_some_and(|u| clause.trim_start().starts_with(&u))
}

/// Whether a phrase holds a verb written in lowercase ("UBND cấp xã lập danh sách").
fn has_lowercase_verb(s: &str) -> bool {
    let (f, map) = crate::text::fold_with_map(s);
    verbs::verb_places(&f).any(|(p, v)| {
        s[map[p]..].chars().next().is_some_and(char::is_lowercase)
            && lead::accent_matches(&s[map[p]..], v)
            && !words::verb_in_name(&f, p, v)
    })
}

/// "6. Bộ trưởng Bộ Nội vụ chỉ đạo chủ trì, phối hợp với …": the office that directs its
/// ministry's work is the lead; "chỉ đạo" closing the lead read is its verb, no part of the name
/// ("Ban chỉ đạo" keeps it).
fn without_trailing_direction(mut t: TaskDraft) -> TaskDraft {
    if let Some(lead) = t.lead.as_deref()
        && let Some(unit) = lead.strip_suffix(" chỉ đạo")
        && !fold(unit).ends_with("ban")
        && looks_like_unit(unit)
    {
        t.lead = Some(unit.to_string());
    }
    t
}
