//! Who leads, who supports, by when, producing what — read from a task's text:
//! labelled fields ("Chủ trì: …; Phối hợp: …; Thời gian: …; Sản phẩm: …") or
//! sentences ("Ban Tuyên giáo Quận ủy chủ trì, phối hợp với Văn phòng Quận ủy, …").

pub(crate) use super::unit_list::split_units;
use super::words::looks_like_unit;
use crate::text::{fold, fold_with_map};

/// Fields read from one piece of text; `None`/empty when not found.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub(crate) struct Fields {
    pub lead: Option<String>,
    pub support: Vec<String>,
    pub deadline_text: Option<String>,
    pub output: Option<String>,
    /// Byte offset where the first label starts (the title ends before it).
    pub labels_at: Option<usize>,
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Field {
    Lead,
    Support,
    Deadline,
    Output,
}

/// Labels (folded), longest first within a field.
const LABELS: &[(&str, Field)] = &[
    ("co quan chu tri", Field::Lead),
    ("don vi chu tri", Field::Lead),
    ("co quan thuc hien", Field::Lead),
    ("don vi thuc hien", Field::Lead),
    ("chu tri thuc hien", Field::Lead),
    ("chu tri", Field::Lead),
    ("phan cong", Field::Lead),
    ("co quan phoi hop", Field::Support),
    ("don vi phoi hop", Field::Support),
    ("phoi hop thuc hien", Field::Support),
    ("phoi hop", Field::Support),
    ("thoi gian hoan thanh", Field::Deadline),
    ("thoi gian thuc hien", Field::Deadline),
    ("thoi han hoan thanh", Field::Deadline),
    // "+ Thời hạn ban hành: trước ngày 01 tháng 01 năm 2026" (a decree to be issued), "Thời
    // gian trình: …": the date the document is due by.
    ("thoi han ban hanh", Field::Deadline),
    ("thoi gian ban hanh", Field::Deadline),
    ("thoi han trinh", Field::Deadline),
    ("thoi gian trinh", Field::Deadline),
    ("thoi gian", Field::Deadline),
    ("thoi han", Field::Deadline),
    ("tien do", Field::Deadline),
    ("han hoan thanh", Field::Deadline),
    ("hoan thanh", Field::Deadline),
    ("san pham", Field::Output),
    ("ket qua dau ra", Field::Output),
    // "- Kết quả: Dự thảo Hướng dẫn trình Ban Thường trực ban hành." in the field form.
    ("ket qua", Field::Output),
];

/// Whether folded text starts with a field label and its colon ("chu tri: …").
pub(crate) fn starts_with_label(folded: &str) -> bool {
    LABELS
        .iter()
        .any(|(l, _)| folded.starts_with(l) && folded[l.len()..].trim_start().starts_with(':'))
}

/// Reads labelled fields, then falls back to the sentence form for the lead.
pub(crate) fn read_fields(text: &str) -> Fields {
    // Line breaks end clauses; folding would turn them into spaces.
    let owned = text.replace('\n', ";");
    let text = owned.as_str();
    let (folded, map) = fold_with_map(text);
    let mut f = Fields::default();
    let labels = find_labels(&folded);
    for (k, &(pos, value_at, field)) in labels.iter().enumerate() {
        let value_end = labels.get(k + 1).map(|l| l.0).unwrap_or(folded.len());
        let raw = clean_value(&text[map[value_at]..map[value_end.max(value_at)]]);
        if f.labels_at.is_none() {
            f.labels_at = Some(map[pos]);
        }
        if raw.is_empty() {
            continue;
        }
        match field {
            Field::Lead if f.lead.is_none() => {
                let mut units = split_units(&raw);
                if !units.is_empty() {
                    f.lead = Some(units.remove(0));
                    f.support.extend(units);
                }
            }
            Field::Support => f.support.extend(split_units(&raw)),
            Field::Deadline if f.deadline_text.is_none() => f.deadline_text = Some(raw),
            Field::Output if f.output.is_none() => f.output = Some(raw),
            _ => {}
        }
    }
    if f.lead.is_none()
        && let Some((lead, support)) = sentence_lead(text, &folded, &map)
    {
        f.lead = Some(lead);
        if f.support.is_empty() {
            f.support = support;
        }
    }
    f
}

/// Labels followed by ':' at a clause start: (label start, value start, field).
fn find_labels(folded: &str) -> Vec<(usize, usize, Field)> {
    let mut out = Vec::new();
    let b = folded.as_bytes();
    let mut i = 0;
    while i < folded.len() {
        let at_clause_start = i == 0 || {
            let before = folded[..i].trim_end();
            before.is_empty() || before.ends_with(['\n', ';', '.', '(', '-', ',', '+', ':'])
        };
        if at_clause_start && (i == 0 || matches!(b[i - 1], b' ' | b'(' | b';')) {
            for (label, field) in LABELS {
                if folded[i..].starts_with(label) {
                    let after = folded[i + label.len()..].trim_start();
                    if let Some(v) = after.strip_prefix(':') {
                        let value_at = folded.len() - v.trim_start().len();
                        out.push((i, value_at, *field));
                        i = value_at;
                    }
                    break;
                }
            }
        }
        i += folded[i..].chars().next().map(char::len_utf8).unwrap_or(1);
    }
    out
}

/// Trims separators and brackets around a field value.
fn clean_value(s: &str) -> String {
    let s = s
        .trim()
        .trim_end_matches([';', '.', ',', ')', '(', ' ', '-', '+'])
        .trim();
    let s = s.trim_start_matches(['(', ' ']);
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Byte offset in `s` of folded offset `k` (folded text of `s` trimmed of leading spaces).
pub(crate) fn byte_at_fold(s: &str, k: usize) -> usize {
    let (_, map) = fold_with_map(s);
    map.get(k).copied().unwrap_or(s.len())
}

/// What a person or body chairs, not work it leads (folded): "đã chủ trì cuộc họp …",
/// "chủ trì Hội nghị …", "chủ trì buổi làm việc".
const MEETINGS: &[&str] = &[
    "cuoc hop",
    "hoi nghi",
    "buoi",
    "phien hop",
    "ky hop",
    "dai hoi",
    "toa dam",
    "hoi thao",
    "le ",
];

/// Whether "chủ trì" at folded offset `p` (the word's start) chairs a meeting.
pub(crate) fn chairs_meeting(folded: &str, p: usize) -> bool {
    let after = folded.get(p + "chu tri".len()..).unwrap_or("").trim_start();
    let after = after.strip_prefix("tai ").unwrap_or(after);
    MEETINGS.iter().any(|m| after.starts_with(m))
}

/// Whether folded text has a "chủ trì" that leads work (not one that chairs a meeting).
pub(crate) fn leads_work(folded: &str) -> bool {
    folded.match_indices("chu tri").any(|(p, _)| !chairs_meeting(folded, p))
}

/// "X chủ trì, phối hợp với Y, Z tham mưu …" → (X, [Y, Z]).
fn sentence_lead(text: &str, folded: &str, map: &[usize]) -> Option<(String, Vec<String>)> {
    let mut from = 0;
    while let Some(p) = folded[from..].find("chu tri") {
        let pos = from + p;
        from = pos + 7;
        let boundary_before = pos == 0 || folded.as_bytes()[pos - 1] == b' ';
        let boundary_after = folded[pos + 7..].chars().next().is_none_or(|c| !c.is_alphanumeric());
        if !boundary_before
            || !boundary_after
            || folded[pos + 7..].trim_start().starts_with(':')
            || chairs_meeting(folded, pos)
        {
            continue;
        }
        // "Giao Trung tâm Y tế huyện (Cơ quan Thường trực Ban Chỉ đạo …) chủ trì": a bracket
        // before "chủ trì" is an apposition; the lead is the unit before it.
        let end = apposition_start(&folded[..pos]).unwrap_or(pos);
        // A dot ends a clause only before a space: "Viện Nghiên cứu phát triển TP.HCM chủ trì".
        let clause_start = folded[..end]
            .char_indices()
            .rev()
            .find(|&(k, c)| matches!(c, '\n' | ';' | ':' | '(') || c == '.' && folded[k + 1..].starts_with(' '))
            .map(|(k, _)| k + 1)
            .unwrap_or(0);
        let mut raw = &text[map[clause_start]..map[end]];
        // "Chủ tịch UBND tỉnh giao Sở Kế hoạch và Đầu tư chủ trì", "… do Sở Nội vụ chủ trì":
        // the lead is after the last "giao"/"do".
        let raw_f = fold(raw);
        let lower_word_at = |k: usize| {
            raw[byte_at_fold(raw, k)..]
                .chars()
                .next()
                .is_some_and(char::is_lowercase)
        };
        // "Tham gia các đoàn kiểm tra, giám sát … do Thường trực HĐND phường chủ trì": the
        // body that leads what the doer joins, not the doer.
        if raw_f.contains("tham gia ") && raw_f.contains(" do ") {
            continue;
        }
        if let Some(k) = [" giao ", " do "]
            .iter()
            .filter_map(|w| {
                raw_f
                    .rfind(w)
                    .filter(|&k| lower_word_at(k + 1) && !raw_f[..k].ends_with("tuyen"))
                    .map(|k| k + w.len())
            })
            .max()
        {
            raw = &raw[byte_at_fold(raw, k)..];
        }
        // "Phòng X là cơ quan thường trực, chủ trì": the unit ends before "là".
        let cut = raw;
        if let Some(k) = fold(cut)
            .find(" la ")
            .filter(|&k| cut[byte_at_fold(cut, k + 1)..].starts_with('l'))
        {
            raw = &cut[..byte_at_fold(cut, k)];
        }
        let lead = strip_lead_prefix(raw);
        if lead.is_empty() || !looks_like_unit(&lead) {
            continue;
        }
        let support = sentence_support(text, folded, map, pos + 7);
        return Some((lead, support));
    }
    None
}

/// Where the bracket closing `before` (a name's apposition "(Cơ quan Thường trực …)")
/// opens, when `before` ends with one.
fn apposition_start(before: &str) -> Option<usize> {
    let t = before.trim_end();
    if !t.ends_with(')') {
        return None;
    }
    let mut depth = 0;
    for (k, c) in t.char_indices().rev() {
        match c {
            ')' => depth += 1,
            '(' => {
                depth -= 1;
                if depth == 0 {
                    return Some(k);
                }
            }
            _ => {}
        }
    }
    None
}

/// Removes "Giao", "Đề nghị", numbering and bullets before a unit name.
fn strip_lead_prefix(raw: &str) -> String {
    let mut s = raw.trim().trim_start_matches(['-', '+', '•', '–']).trim();
    loop {
        let f = fold(s);
        let mut changed = false;
        for p in [
            "giao cho ",
            "giao ",
            "de nghi ",
            "phan cong ",
            "do ",
            "trong do ",
            "theo do ",
        ] {
            if f.starts_with(p) {
                let cut = byte_at_fold(s, p.len());
                s = s[cut..].trim();
                changed = true;
                break;
            }
        }
        if !changed {
            break;
        }
    }
    s.trim_end_matches([',', ' '])
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

/// After "chủ trì": ", phối hợp với A, B và C <verb> …" → [A, B, C].
fn sentence_support(text: &str, folded: &str, map: &[usize], at: usize) -> Vec<String> {
    let rest = &folded[at..];
    let trimmed = rest.trim_start_matches([',', ' ']);
    let Some(after) = trimmed.strip_prefix("phoi hop") else {
        return Vec::new();
    };
    let after = after.trim_start();
    let after = after.strip_prefix("voi").unwrap_or(after);
    let start = folded.len() - after.len();
    let mut end = folded[start..]
        .find([';', '.', '(', '\n', ':'])
        .map(|k| start + k)
        .unwrap_or(folded.len());
    for v in super::words::name_end_verbs() {
        let mut search = start;
        while let Some(k) = folded[search..end].find(v) {
            let p = search + k;
            let lowercase = text[map[p]..].chars().next().is_some_and(char::is_lowercase);
            // "các tổ chức", "các ban xây dựng Đảng" are nouns, not verbs.
            let noun = folded[..p].ends_with("cac ") || folded[..p].ends_with("ban ");
            let ok_before = p > start && folded.as_bytes()[p - 1] == b' ' && lowercase && !noun;
            let ok_after = folded[p + v.len()..]
                .chars()
                .next()
                .is_none_or(|c| !c.is_alphanumeric());
            if ok_before && ok_after {
                end = p;
                break;
            }
            search = p + v.len();
        }
    }
    split_units(&text[map[start]..map[end]])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn labelled_fields() {
        let f = read_fields(
            "Tổ chức hội nghị quán triệt. Chủ trì: Ban Tuyên giáo Quận ủy; Phối hợp: Văn phòng Quận ủy, UBND quận và MTTQ quận; Thời gian: trong tháng 9/2023; Sản phẩm: Hội nghị.",
        );
        assert_eq!(f.lead.as_deref(), Some("Ban Tuyên giáo Quận ủy"));
        assert_eq!(f.support, ["Văn phòng Quận ủy", "UBND quận", "MTTQ quận"]);
        assert_eq!(f.deadline_text.as_deref(), Some("trong tháng 9/2023"));
        assert_eq!(f.output.as_deref(), Some("Hội nghị"));
        assert_eq!(f.labels_at, "Tổ chức hội nghị quán triệt. Chủ trì".find("Chủ trì"));
    }

    #[test]
    fn sentence_form() {
        let f = read_fields(
            "Ban Tuyên giáo Quận ủy chủ trì, phối hợp với Văn phòng Quận ủy, UBND quận tham mưu tổ chức hội nghị.",
        );
        assert_eq!(f.lead.as_deref(), Some("Ban Tuyên giáo Quận ủy"));
        assert_eq!(f.support, ["Văn phòng Quận ủy", "UBND quận"]);
        let f = read_fields("Giao Văn phòng Quận ủy chủ trì theo dõi, đôn đốc.");
        assert_eq!(f.lead.as_deref(), Some("Văn phòng Quận ủy"));
        assert!(f.support.is_empty());
        let f = read_fields("Các cơ quan chủ trì thực hiện");
        assert_eq!(f.lead.as_deref(), Some("Các cơ quan"));
    }

    #[test]
    fn not_a_unit() {
        let f = read_fields("Tăng cường vai trò chủ trì của người đứng đầu");
        assert_eq!(f.lead, None);
    }
}
