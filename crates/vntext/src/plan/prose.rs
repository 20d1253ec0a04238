//! Tasks written as prose rather than as a numbered plan: conclusion notices ("Giao Sở
//! Kế hoạch và Đầu tư chủ trì …. Yêu cầu hoàn thiện … trước ngày 28/9/2018."), news
//! summaries of a plan ("Các huyện thành lập đoàn …, xong trước ngày 31.7."), regulation
//! items that open with the deadline ("Trước ngày 15 tháng 11 hằng năm, Sở … báo cáo …").
//!
//! Each line is a paragraph, split into sentences. A sentence that names a unit and a
//! deadline, or assigns work ("giao", "chủ trì"), starts a task; a later sentence of the
//! same paragraph that only gives a deadline completes it, or becomes a task of the unit
//! last named. Numbered items after an intro line "… yêu cầu X:" inherit X.

use chrono::NaiveDate;

use super::assign::{read_fields, split_units};
use super::lines::{Mark, split_mark};
use super::words::{VERBS, looks_like_unit};
use super::{DEADLINE_TRIGGERS, LEAD_INS, TaskDraft, has_lowercase_verb, phrase_pos, subject_lead};
use crate::deadline::parse_deadline;
use crate::refs::extract_refs;
use crate::text::{fold, fold_with_map};

/// Tasks of a text without numbered sections.
pub(crate) fn tasks(lines: &[&str], issued: Option<NaiveDate>) -> Vec<TaskDraft> {
    let mut out: Vec<TaskDraft> = Vec::new();
    let mut intro_lead: Option<(String, Vec<String>)> = None;
    // Whether `intro_lead` comes from a unit heading (it ends at the next numbered item).
    let mut heading_lead = false;
    for line in lines {
        let line = line.trim();
        if line.is_empty() {
            continue;
        }
        let marked = split_mark(line);
        let bullet = marked
            .as_ref()
            .is_some_and(|(m, _)| matches!(m, Mark::Dash | Mark::Plus));
        let item = marked.map(|(_, rest)| rest).or_else(|| paren_item(line));
        // "2. Trung tâm Văn hóa - Thông tin và Thể thao": a unit heading; the bullets
        // below it are its tasks.
        if let Some(b) = item.filter(|b| !bullet && is_unit_heading(b)) {
            intro_lead = Some((b.trim_end_matches([':', '.']).trim().to_string(), Vec::new()));
            heading_lead = true;
            continue;
        }
        if item.is_some() && !bullet && heading_lead {
            intro_lead = None;
            heading_lead = false;
        }
        // "3. Phòng Tài nguyên và Môi trường huyện: Xây dựng kế hoạch …": the unit, then its work.
        let (body, own_lead) = match item.and_then(unit_colon) {
            Some((unit, work)) => (work, Some(unit)),
            None => (item.unwrap_or(line), None),
        };
        let mut current: Option<usize> = None;
        let mut last_lead: Option<(String, Vec<String>)> = None;
        let pieces = sentences(body).into_iter().flat_map(|s| {
            let parts = clauses(s);
            let n = parts.len();
            parts.into_iter().map(move |c| (c, n > 1))
        });
        for (k, (sentence, chained)) in pieces.enumerate() {
            // "Văn phòng Chính phủ thông báo để Bộ … biết, thực hiện./.": the closing
            // formula of a notice, not work.
            if is_closing(&fold(sentence)) {
                continue;
            }
            let item_start = item.is_some() && k == 0;
            let lead = match lead_of(sentence) {
                _ if own_lead.is_some() && k == 0 => own_lead.clone().map(|u| (u, Vec::new())),
                // An item under "… yêu cầu X:" belongs to X unless it names its own unit.
                Some((_, false)) if item_start && intro_lead.is_some() => intro_lead.clone(),
                other => other.map(|(l, _)| l),
            };
            let deadline = deadline_of(sentence, issued);
            // "… yêu cầu các cấp uỷ:" introduces the items below; it is no task itself.
            let intro = item.is_none() && line.ends_with(':');
            let assigns = (chained || assigns(sentence)) && !intro;
            match (lead, deadline) {
                (Some(l), dl) if dl.is_some() || assigns || item_start => {
                    last_lead = Some(l.clone());
                    current = Some(out.len());
                    out.push(task(sentence, Some(l), dl, issued));
                }
                (Some(l), _) => last_lead = Some(l),
                (None, Some(dl)) => match current {
                    Some(c) if out[c].deadline_text.is_none() => set_deadline(&mut out[c], dl, issued),
                    // A sentence that only says "… trước ngày 30.11" is work of the unit last named.
                    _ if is_due(&dl) => {
                        if let Some(l) = last_lead
                            .clone()
                            .or_else(|| item_start.then(|| intro_lead.clone()).flatten())
                        {
                            current = Some(out.len());
                            out.push(task(sentence, Some(l), Some(dl), issued));
                        }
                    }
                    _ => {}
                },
                (None, None) if item_start => {
                    if let Some(l) = intro_lead.clone() {
                        current = Some(out.len());
                        out.push(task(sentence, Some(l), None, issued));
                    }
                }
                (None, None) => {}
            }
        }
        // "… yêu cầu các cấp uỷ, tổ chức đảng trực thuộc Trung ương:" introduces items.
        if item.is_none() && line.ends_with(':') {
            intro_lead = assigned_unit(line.trim_end_matches(':')).or(intro_lead);
            heading_lead = false;
        }
    }
    for (i, t) in out.iter_mut().enumerate() {
        t.code = (i + 1).to_string();
    }
    out
}

fn task(
    sentence: &str,
    lead: Option<(String, Vec<String>)>,
    dl: Option<String>,
    issued: Option<NaiveDate>,
) -> TaskDraft {
    let (lead, support) = lead.map(|(l, s)| (Some(l), s)).unwrap_or_default();
    let mut t = TaskDraft {
        title: sentence.trim().trim_end_matches(['.', ';', ':']).trim().to_string(),
        lead,
        support,
        ..TaskDraft::default()
    };
    if let Some(dl) = dl {
        set_deadline(&mut t, dl, issued);
    }
    t
}

fn set_deadline(t: &mut TaskDraft, text: String, issued: Option<NaiveDate>) {
    t.deadline = parse_deadline(&text, issued).ok();
    t.deadline_text = Some(text);
}

/// An item that is only a unit's name ("Trung tâm Văn hóa - Thông tin và Thể thao").
fn is_unit_heading(item: &str) -> bool {
    let t = item.trim().trim_end_matches([':', '.']).trim();
    looks_like_unit(t)
        && t.split_whitespace().count() <= 12
        && !t.contains([':', ';', ',', '.'])
        && !has_lowercase_verb(t)
}

/// "Phòng Tài nguyên và Môi trường huyện: Xây dựng …" → (the unit, the work).
fn unit_colon(item: &str) -> Option<(String, &str)> {
    let (unit, work) = item.split_once(':')?;
    let unit = unit.trim();
    let work = work.trim();
    (!work.is_empty() && is_unit_heading(unit) && !fold(work).starts_with("thoi gian"))
        .then(|| (unit.to_string(), work))
}

/// A sentence cut into assignments chained by ";": "… giao Ban Tuyên giáo tham mưu …; Ban
/// Tổ chức Huyện ủy tham mưu …; Ủy ban kiểm tra Huyện ủy theo dõi …". A clause goes on
/// the previous one unless it opens with a unit and its verb.
fn clauses(sentence: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let mut start = 0;
    for (p, _) in sentence.match_indices("; ") {
        let next = &sentence[p + 2..];
        if p > start
            && has_lowercase_verb(&sentence[start..p])
            && !ends_with_units(&sentence[start..p])
            && starts_with_subject(next)
        {
            out.push(&sentence[start..p]);
            start = p + 2;
        }
    }
    out.push(&sentence[start..]);
    out
}

/// "Sở X đôn đốc các sở, ngành liên quan; UBND …": the clause ends with the units its verb
/// acts on, so the next clause goes on the list.
fn ends_with_units(clause: &str) -> bool {
    let (f, map) = fold_with_map(clause);
    let last_verb = VERBS
        .iter()
        .filter_map(|v| {
            f.rmatch_indices(&format!(" {v}"))
                .map(|(p, _)| (p + 1, p + 1 + v.len()))
                .find(|&(p, e)| {
                    f[e..].chars().next().is_none_or(|c| !c.is_alphanumeric())
                        && clause[map[p]..].chars().next().is_some_and(char::is_lowercase)
                })
        })
        .max();
    last_verb.is_some_and(|(_, e)| {
        let tail = clause[map[e]..].trim();
        tail.split_whitespace().count() <= 8 && looks_like_unit(tail)
    })
}

/// Whether a clause opens with a unit followed by a lowercase verb.
fn starts_with_subject(clause: &str) -> bool {
    subject_lead(clause).is_some_and(|u| clause.trim_start().starts_with(&u))
}

/// "(1) …", "(2) …".
fn paren_item(line: &str) -> Option<&str> {
    let rest = line.strip_prefix('(')?;
    let n = rest.bytes().take_while(u8::is_ascii_digit).count();
    let rest = rest[n..].strip_prefix(')')?;
    (n > 0 && n <= 2).then(|| rest.trim_start())
}

/// Sentences: split at ". " and at ": " before a capital letter.
fn sentences(text: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let mut start = 0;
    let b = text.as_bytes();
    for (i, &c) in b.iter().enumerate() {
        if (c == b'.' || c == b':') && b.get(i + 1) == Some(&b' ') {
            let next = text[i + 2..].chars().next();
            let ends = c == b'.' || next.is_some_and(char::is_uppercase);
            if ends && i + 2 <= text.len() {
                out.push(&text[start..=i]);
                start = i + 2;
            }
        }
    }
    out.push(&text[start..]);
    out.retain(|s| !s.trim().is_empty());
    out
}

/// A deadline phrase that sets a due date ("trước ngày 30.11"), not a period ("năm 2019").
fn is_due(phrase: &str) -> bool {
    let f = fold(phrase);
    ["truoc", "cham nhat", "xong", "hoan thanh", "han"]
        .iter()
        .any(|w| phrase_pos(&f, w).is_some())
}

/// Whether a sentence assigns work ("giao …", "… chủ trì").
fn assigns(sentence: &str) -> bool {
    let f = fold(sentence);
    f.starts_with("giao ") || f.contains(" giao ") || f.contains("chu tri") || urges(&f) || directs(sentence)
}

/// "Sở Kế hoạch và Đầu tư, Sở Xây dựng phối hợp đơn vị tư vấn hoàn thành …": a unit
/// opening the sentence with a verb of assigned work.
fn directs(sentence: &str) -> bool {
    let body = strip_openers(sentence);
    let Some(unit) = subject_lead(body).filter(|u| body.starts_with(u.as_str())) else {
        return false;
    };
    let next = fold(&body[unit.len()..]);
    let next = next.trim_start_matches([',', ' ']);
    [
        "phoi hop ",
        "tham muu ",
        "chiu trach nhiem ",
        "co trach nhiem ",
        "chu dong ",
    ]
    .iter()
    .any(|v| next.starts_with(v))
}

/// "… để X biết, thực hiện", "… biết và thực hiện": a notice's closing formula.
fn is_closing(folded: &str) -> bool {
    [
        " biet, thuc hien",
        " biet va thuc hien",
        " biet, phoi hop thuc hien",
        " biet, chi dao thuc hien",
    ]
    .iter()
    .any(|w| folded.contains(w))
}

/// "X khẩn trương hoàn chỉnh …", "yêu cầu X tổ chức tiếp nhận …": work ordered without a
/// deadline, unless the sentence is the closing formula of a notice ("… để X biết, thực
/// hiện", "yêu cầu … triển khai thực hiện").
fn urges(folded: &str) -> bool {
    // "khẩn trương" orders work only right before a verb ("khẩn trương hoàn chỉnh hồ sơ"),
    // not in "tinh thần khẩn trương và trách nhiệm".
    let hurried = folded.match_indices(" khan truong ").any(|(p, w)| {
        let next = &folded[p + w.len()..];
        VERBS
            .iter()
            .any(|v| next.starts_with(v) && next[v.len()..].chars().next().is_none_or(|c| !c.is_alphanumeric()))
    });
    let ordered = hurried
        || [" yeu cau ", " de nghi "]
            .iter()
            .any(|w| folded.contains(w) || folded.starts_with(w.trim_start()));
    let body = folded.trim_end_matches(['.', '/', ' ', ';']);
    let closing = ["thuc hien", "thi hanh", "biet", "trien khai"]
        .iter()
        .any(|e| body.ends_with(e))
        || folded.contains(" de ") && folded.contains(" biet");
    ordered && !closing
}

/// Words after which a unit named after "giao"/"yêu cầu"/"đề nghị" ends (folded).
const LEAD_STOPS: &[&str] = &[
    "theo",
    "tai",
    "phai",
    "dinh ky",
    "hang thang",
    "hang quy",
    "hang nam",
    "truoc",
    "trong",
    "cham nhat",
    "can cu",
    "khan truong",
];

/// Stops whose folded form is shared with words of names: "tại" (not "vận tải", "tài
/// chính"), "trong" (not "trọng điểm").
const ACCENTED_STOPS: &[(&str, &str)] = &[("tai", "tại"), ("trong", "trong")];

/// Whether the word at the start of `original` is the stop `folded` with its own tones.
pub(crate) fn accent_matches(original: &str, folded: &str) -> bool {
    match ACCENTED_STOPS.iter().find(|(f, _)| *f == folded) {
        Some((_, exact)) => original.to_lowercase().starts_with(exact),
        None => true,
    }
}

/// Words that follow a stop word inside a unit's name ("tài chính", "tài nguyên").
const NOT_STOP_AFTER: &[&str] = &["chinh", "nguyen", "san"];

/// The unit a sentence gives the work to, and whether it was named plainly (true) or
/// guessed from a subject after a clause (false).
fn lead_of(sentence: &str) -> Option<((String, Vec<String>), bool)> {
    let f = read_fields(sentence);
    let assigned = assigned_unit(sentence);
    // Labelled fields ("Chủ trì: X") win; otherwise the unit named after "giao"/"yêu cầu"
    // ("Đối với …, Ban Thường vụ giao Ban Cán sự đảng UBND tỉnh, Ủy ban Kiểm tra … rà soát").
    if let Some(l) = f.lead
        && (f.labels_at.is_some() || assigned.is_none())
    {
        return Some(((l, f.support), true));
    }
    if let Some(l) = assigned {
        return Some((l, true));
    }
    let body = strip_openers(strip_time_lead(sentence));
    if let Some(l) = subject(body) {
        // "Sở Kế hoạch và Đầu tư, Sở Xây dựng phối hợp …": the first unit leads.
        let mut units = if l.contains(',') { split_units(&l) } else { vec![l] };
        if !units.is_empty() {
            let lead = units.remove(0);
            return Some(((lead, units), true));
        }
    }
    // "Sau khi công bố …, UBND các huyện tổ chức họp …": the subject after a clause.
    body.match_indices(", ")
        .take(3)
        .find_map(|(p, _)| subject(&body[p + 2..]).map(|l| ((l, Vec::new()), false)))
}

fn subject(s: &str) -> Option<String> {
    let s = s.trim();
    let f = fold(s);
    // "X phải …", "X khẩn trương …": the unit is all before the modal word.
    let head = [" phai ", " khan truong ", " co trach nhiem ", " chiu trach nhiem "]
        .iter()
        .filter_map(|w| f.find(w))
        .min()
        .map(|p| &s[..super::assign::byte_at_fold(s, p)])
        .filter(|h| looks_like_unit(h) && h.split_whitespace().count() <= 12);
    head.map(|h| h.trim().to_string()).or_else(|| subject_lead(s))
}

/// "giao X …", "yêu cầu X …", "đề nghị X …": X, up to a verb, a preposition or a time word.
pub(crate) fn assigned_unit(sentence: &str) -> Option<(String, Vec<String>)> {
    let (f, map) = fold_with_map(sentence);
    // The verbs with their own tones: "giao" is not "Tuyên giáo", "giáo dục".
    let start = [("giao ", "giao"), ("yeu cau ", "yêu cầu"), ("de nghi ", "đề nghị")]
        .iter()
        .filter_map(|(w, exact)| {
            let mut from = 0;
            loop {
                let p = from + phrase_pos(&f[from..], w.trim_end())?;
                if sentence[map[p]..].to_lowercase().starts_with(exact) {
                    let mut at = p + w.len();
                    // "giao nhiệm vụ cho X", "giao cho X": X.
                    for filler in ["nhiem vu cho ", "cho "] {
                        if f[at.min(f.len())..].starts_with(filler) {
                            at += filler.len();
                        }
                    }
                    return Some(at);
                }
                from = p + w.len();
            }
        })
        .min()?;
    if start >= f.len() {
        return None;
    }
    let lowercase_at = |p: usize| sentence[map[p]..].chars().next().is_some_and(char::is_lowercase);
    let stop = VERBS
        .iter()
        .chain(LEAD_STOPS)
        .filter_map(|w| {
            let mut from = start;
            while let Some(k) = f[from..].find(&format!(" {w}")) {
                let p = from + k + 1;
                let end_ok = f[p + w.len()..].chars().next().is_none_or(|c| !c.is_alphanumeric());
                // "tổ chức đảng", "tổ chức chính trị - xã hội" are nouns, not the verb
                // ("tổ chức hội nghị" is the verb); "tài chính", "tài nguyên" are names.
                let next = f[p + w.len()..].trim_start();
                let meeting = ["hoi nghi", "hoi thao", "hoi thi"].iter().any(|m| next.starts_with(m));
                let noun =
                    (*w == "to chuc" && !meeting && ["dang", "chinh tri", "hoi"].iter().any(|n| next.starts_with(n)))
                        || (LEAD_STOPS.contains(w) && NOT_STOP_AFTER.iter().any(|n| next.starts_with(n)));
                // The stop "tại" folds like "tải", "tài": "Sở Giao thông vận tải" goes on.
                let accent_mismatch = !accent_matches(&sentence[map[p]..], w);
                if end_ok && lowercase_at(p) && !noun && !accent_mismatch && !super::words::verb_in_name(&f, p, w) {
                    return Some(p);
                }
                from = p;
            }
            None
        })
        .min()
        .unwrap_or(f.len());
    let raw = sentence[map[start]..map[stop]].trim().trim_end_matches([',', ':', ';']);
    let mut groups = raw.split(';').map(str::trim).filter(|g| !g.is_empty());
    let first = groups.next()?;
    // A list of units is as long as it needs to be: judge its first unit.
    if !looks_like_unit(first.split(',').next().unwrap_or(first)) {
        return None;
    }
    let mut units = split_units(first);
    if units.is_empty() {
        return None;
    }
    let lead = units.remove(0);
    units.extend(groups.flat_map(split_units));
    Some((lead, units))
}

/// The sentence without a leading deadline phrase ("Trước ngày 25-10, UBND …").
fn strip_time_lead(sentence: &str) -> &str {
    match leading_time(sentence) {
        Some((_, rest)) => rest,
        None => sentence,
    }
}

/// A deadline phrase opening the sentence, up to the first ", " after it.
fn leading_time(sentence: &str) -> Option<(&str, &str)> {
    let f = fold(sentence);
    let opens = ["truoc ", "cham nhat ", "ngay ", "hang ", "dinh ky "]
        .iter()
        .any(|w| f.starts_with(w));
    if !opens {
        return None;
    }
    let close = sentence.find(')').map(|p| p + 1).unwrap_or(0);
    let comma = sentence[close..].find(", ").map(|p| close + p)?;
    let phrase = &sentence[..comma];
    let folded = fold(phrase);
    let is_deadline = ["truoc", "cham nhat", "hang", "dinh ky"]
        .iter()
        .any(|w| folded.contains(w));
    (is_deadline && parse_deadline(phrase, NaiveDate::from_ymd_opt(2000, 1, 1)).is_ok())
        .then(|| (phrase, &sentence[comma + 2..]))
}

/// The sentence without quotes and discourse openers before its subject: "“Sở Xây dựng
/// chủ trì …", "Riêng UBND huyện X …", "Đồng thời, …", "Đối với …".
fn strip_openers(s: &str) -> &str {
    let mut s = s.trim_start_matches(['“', '"', '\'', '‘', ' ']);
    loop {
        let next = [
            "doi voi ",
            "rieng ",
            "cung voi do, ",
            "dong thoi, ",
            "ngoai ra, ",
            "ben canh do, ",
            "theo do, ",
            "mat khac, ",
        ]
        .iter()
        .find_map(|p| strip_prefix_fold(s, p));
        match next {
            Some(rest) => s = rest.trim_start(),
            None => return s,
        }
    }
}

fn strip_prefix_fold<'a>(s: &'a str, prefix: &str) -> Option<&'a str> {
    fold(s)
        .starts_with(prefix)
        .then(|| &s[super::assign::byte_at_fold(s, prefix.len())..])
}

/// The deadline phrase of a sentence: a leading time phrase, else the text from the
/// first deadline word to the end of the sentence (references blanked out).
fn deadline_of(sentence: &str, issued: Option<NaiveDate>) -> Option<String> {
    if let Some((phrase, rest)) = leading_time(sentence) {
        // "Trước ngày 25-10, X báo cáo sơ bộ … và trước ngày 16-11 báo cáo chính thức":
        // the later of two dates.
        let lead_due = parse_deadline(phrase, issued).ok().and_then(|d| d.due());
        let later = deadline_of(rest, issued).filter(|r| {
            let due = parse_deadline(r, issued).ok().and_then(|d| d.due());
            matches!((lead_due, due), (Some(a), Some(b)) if b > a)
        });
        return Some(later.unwrap_or_else(|| phrase.to_string()));
    }
    let mut clean = sentence.to_string();
    for r in extract_refs(&clean).iter().rev() {
        clean.replace_range(r.start..r.end, &" ".repeat(r.end - r.start));
    }
    blank_terms(&mut clean);
    let (f, map) = fold_with_map(&clean);
    let first = DEADLINE_TRIGGERS
        .iter()
        .chain(&["truoc", "xong", "cham nhat"])
        .filter_map(|t| phrase_pos(&f, t))
        .min()?;
    let mut start = first;
    for _ in 0..2 {
        let head = f[..start].trim_end();
        let w = head.rsplit(' ').next().unwrap_or("");
        if !w.is_empty() && LEAD_INS.contains(&w) {
            start = head.len() - w.len();
        } else {
            break;
        }
    }
    let phrase = clean[map[start]..].trim().trim_end_matches(['.', ';', '/']).trim();
    let phrase = phrase.split(" để ").next().unwrap_or(phrase).trim();
    let anchor = issued.or(NaiveDate::from_ymd_opt(2000, 1, 1));
    parse_deadline(phrase, anchor)
        .is_ok()
        .then(|| phrase.split_whitespace().collect::<Vec<_>>().join(" "))
}

/// Blanks out terms of office ("nhiệm kỳ 2020 - 2025", "nhiệm kỳ 2020-2025"): periods of a
/// body, never a deadline.
fn blank_terms(text: &mut String) {
    let (f, map) = fold_with_map(text);
    let mut spans = Vec::new();
    for (p, w) in f.match_indices("nhiem ky ") {
        let rest = &f[p + w.len()..];
        let n = rest
            .find(|c: char| !(c.is_ascii_digit() || matches!(c, ' ' | '-' | '–' | '—')))
            .unwrap_or(rest.len());
        if rest[..n].bytes().filter(u8::is_ascii_digit).count() >= 4 {
            spans.push((map[p], map[p + w.len() + n]));
        }
    }
    for (a, b) in spans.into_iter().rev() {
        text.replace_range(a..b, &" ".repeat(b - a));
    }
}
