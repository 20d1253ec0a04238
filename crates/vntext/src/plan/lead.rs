//! Who a sentence of prose gives the work to: the unit named after "giao", "yêu cầu",
//! "đề nghị" ("giao Sở Kế hoạch và Đầu tư chủ trì …"), else the sentence's subject
//! ("Sở Tài chính phối hợp …", "Đối với UBND các huyện cần …").

use super::assign::{read_fields, split_units};
use super::phrase_pos;
use super::sentence_time::strip_time_lead;
use super::subject_lead;
use super::words::{VERBS, looks_like_unit};
use crate::text::{fold, fold_with_map};

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
    "can",
];

/// Stops whose folded form is shared with words of names: "tại" (not "vận tải", "tài
/// chính"), "trong" (not "trọng điểm"), "để" (not "đề nghị": "UBND TP cũng đề nghị X …"), "cần" (not "cán bộ", "căn cứ").
const ACCENTED_STOPS: &[(&str, &str)] = &[
    ("tai", "tại"),
    ("trong", "trong"),
    ("de", "để"),
    ("can", "cần"),
    // "đưa" (not "dừa", "đua").
    ("dua", "đưa"),
    // "chuyển" (not "chuyên môn").
    ("chuyen", "chuyển"),
];

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
pub(super) fn lead_of(sentence: &str) -> Option<((String, Vec<String>), bool)> {
    // However it was found, a unit's name ends where its predicate begins ("Các đơn vị
    // được giao chủ trì …" → "Các đơn vị").
    lead_as_read(sentence).map(|((lead, support), plain)| {
        // "… nhà thầu thi công các công trình, dự án (nhất là …)": an aside in brackets is no
        // part of the name.
        let lead = match lead.split_once(" (") {
            Some((before, _)) if looks_like_unit(before) => before.trim_end_matches(',').to_string(),
            _ => lead,
        };
        let short = super::words::before_predicate(&lead);
        let lead = if short.is_empty() {
            lead.clone()
        } else {
            short.to_string()
        };
        ((lead, support), plain)
    })
}

fn lead_as_read(sentence: &str) -> Option<((String, Vec<String>), bool)> {
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
    if let Some(u) = addressee(sentence) {
        return Some(((u, Vec::new()), true));
    }
    if let Some(l) = regarding_unit(strip_time_lead(sentence)) {
        return Some(((l, Vec::new()), true));
    }
    let body = strip_openers(strip_time_lead(sentence));
    if let Some(l) = subject(body) {
        // "Sở Kế hoạch và Đầu tư, Sở Xây dựng phối hợp …", "Ban Kinh tế - Ngân sách và đại
        // biểu HĐND tỉnh giám sát …": the first unit leads.
        // "… tỉnh và UBND các huyện hằng ngày": a time word is no part of the units.
        let l = without_time_tail(&l);
        // "… tỉnh và UBND các huyện": "và" before a named unit; "Uỷ ban nhân dân thành phố
        // và các huyện" shares its head.
        let and_named = l
            .match_indices(" và ")
            .any(|(p, w)| l[p + w.len()..].starts_with(char::is_uppercase));
        let split = l.contains(',') || fold(&l).contains(" va dai bieu ") || and_named;
        let mut units = if split { split_units(&l) } else { vec![l] };
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

/// "UBND tỉnh có văn bản gửi Sở Tài nguyên - Môi trường yêu cầu khẩn trương nghiên cứu …":
/// a letter's addressee, when the letter orders work ("yêu cầu", "đề nghị") without
/// naming another unit. Only a letter's ("văn bản", "công văn", "công điện") — "Sở X gửi
/// UBND tỉnh đề nghị …" is the sender's own proposal.
fn addressee(sentence: &str) -> Option<String> {
    let (f, map) = fold_with_map(sentence);
    for (p, _) in f.match_indices(" gui ") {
        let before: Vec<&str> = f[..p].split_whitespace().rev().take(6).collect();
        let letter = before
            .windows(2)
            .any(|w| matches!((w[1], w[0]), ("van", "ban") | ("cong", "van") | ("cong", "dien")));
        if !letter || !sentence[map[p + 1]..].starts_with("gửi") {
            continue;
        }
        let from = p + " gui ".len();
        let end = [(" yeu cau ", "yêu cầu"), (" de nghi ", "đề nghị")]
            .iter()
            .filter_map(|(w, exact)| {
                f[from..]
                    .match_indices(w)
                    .map(|(k, _)| from + k)
                    .find(|&k| sentence[map[k + 1]..].starts_with(exact))
            })
            .min()?;
        let unit = sentence[map[from]..map[end]].trim().trim_end_matches(',').trim();
        if looks_like_unit(unit) && unit.split_whitespace().count() <= 12 {
            return Some(unit.to_string());
        }
    }
    None
}

/// "Đối với các cơ quan tuyên truyền, báo chí, chỉ đạo tăng cường …", "Với Bộ Công an,
/// tiếp tục …": the unit after "Đối với" / "Với", up to the comma before the first piece
/// that opens with a lowercase verb.
pub(super) fn regarding_unit(sentence: &str) -> Option<String> {
    let s = sentence.trim_start_matches(['“', '"', '‘', ' ']);
    let f = fold(s);
    let opener = ["doi voi ", "rieng voi ", "voi "].iter().find(|o| f.starts_with(*o))?;
    let rest = &s[super::assign::byte_at_fold(s, opener.len())..];
    let pieces: Vec<&str> = rest.split(", ").collect();
    let k = (1..pieces.len()).find(|&k| {
        let p = pieces[k].trim_start();
        let f = fold(p);
        p.starts_with(char::is_lowercase)
            && VERBS
                .iter()
                .any(|v| f.starts_with(v) && f[v.len()..].chars().next().is_none_or(|c| !c.is_alphanumeric()))
    })?;
    let unit = pieces[..k].join(", ");
    let unit = unit.trim();
    // "Đối với UBND các huyện cần …" has no comma: the subject reading handles it.
    (looks_like_unit(unit) && unit.split_whitespace().count() <= 12 && !unit.contains(" cần "))
        .then(|| unit.to_string())
}

/// A subject without a trailing time word ("UBND các huyện hằng ngày" → "UBND các huyện").
fn without_time_tail(unit: &str) -> String {
    let f = fold(unit);
    for w in [
        " hang ngay",
        " hang tuan",
        " hang thang",
        " hang quy",
        " hang nam",
        " thuong xuyen",
        " dinh ky",
    ] {
        if let Some(k) = f.strip_suffix(w).map(str::len) {
            return unit[..super::assign::byte_at_fold(unit, k)].trim_end().to_string();
        }
    }
    unit.to_string()
}

/// Words between a unit and its work that order it (folded, spaced).
pub(super) const MODALS: &[&str] = &[
    " phai ",
    " can ",
    " khan truong ",
    " co trach nhiem ",
    " chiu trach nhiem ",
    " co nhiem vu ",
];

pub(super) fn subject(s: &str) -> Option<String> {
    let s = s.trim();
    let f = fold(s);
    // "X phải …", "X khẩn trương …", "(Đối với) X cần …": the unit is all before the modal
    // word.
    let head = MODALS
        .iter()
        .filter_map(|w| {
            f.match_indices(w)
                .map(|(p, _)| p)
                .find(|&p| accent_matches(&s[super::assign::byte_at_fold(s, p + 1)..], w.trim()))
        })
        .min()
        .map(|p| &s[..super::assign::byte_at_fold(s, p)])
        .filter(|h| looks_like_unit(h) && h.split_whitespace().count() <= 12);
    head.map(|h| h.trim().to_string()).or_else(|| subject_lead(s))
}

/// Order words as written (lowercase, with their tones): "giao", "yêu cầu", "đề nghị",
/// "chỉ đạo", "phân công", "lưu ý".
const ORDER_WORDS: &[(&str, &str)] = &[
    ("giao ", "giao"),
    ("yeu cau ", "yêu cầu"),
    ("de nghi ", "đề nghị"),
    ("chi dao ", "chỉ đạo"),
    ("phan cong ", "phân công"),
    // "Văn bản này cũng lưu ý các thành viên Chính phủ bố trí …".
    ("luu y ", "lưu ý"),
];

/// "Trong đó, Thủ tướng chỉ đạo tập trung rà soát …", "… yêu cầu tăng cường …": an order
/// word followed by its work, naming no unit (the unit is the one ordered before).
pub(crate) fn orders_unnamed(sentence: &str) -> bool {
    let (f, map) = fold_with_map(sentence);
    ORDER_WORDS.iter().any(|(w, exact)| {
        f.match_indices(w).any(|(p, _)| {
            let at_word = p == 0 || f[..p].ends_with(' ');
            // "… đã được giao trong …": the passive names no order.
            let passive = f[..p].ends_with("duoc ");
            let after = &f[p + w.len()..];
            at_word
                && !passive
                && sentence[map[p]..].starts_with(exact)
                && VERBS
                    .iter()
                    .filter(|v| !["de", "trong", "lam", "nham"].contains(v))
                    .any(|v| {
                        after.starts_with(v) && after[v.len()..].chars().next().is_none_or(|c| !c.is_alphanumeric())
                    })
        })
    })
}

/// Whether a phrase holds an order word written as the verb (lowercase, its own tones).
/// "chỉ đạo" is left out: it is also a unit's own work ("UBND các huyện chỉ đạo các xã …").
pub(crate) fn has_order_word(s: &str) -> bool {
    let lower = s.to_lowercase();
    ORDER_WORDS.iter().filter(|(w, _)| *w != "chi dao ").any(|(_, exact)| {
        s.match_indices(exact).any(|(p, _)| {
            let before_ok = s[..p].chars().next_back().is_none_or(|c| !c.is_alphanumeric());
            let after_ok = s[p + exact.len()..].chars().next().is_none_or(|c| !c.is_alphanumeric());
            // "giao thông", "bàn giao", "giao ban": nouns, not the order.
            let noun = *exact == "giao"
                && (s[..p].to_lowercase().ends_with("bàn ")
                    || ["thông", "dịch", "lưu", "ban", "nhận", "thương"]
                        .iter()
                        .any(|n| lower[p + exact.len()..].trim_start().starts_with(n)));
            // "X được giao …": the passive names X as the one given the work.
            let passive = lower[..p].trim_end().ends_with("được");
            before_ok && after_ok && !noun && !passive && lower[p..].starts_with(exact)
        })
    })
}

/// "giao X …", "yêu cầu X …", "đề nghị X …", "phân công X …": X, up to a verb, a
/// preposition, a time word or a predicate marker. An order word that names no unit
/// ("Công văn … về việc chỉ đạo hoạt động dạy và học …") gives way to the next one.
pub(crate) fn assigned_unit(sentence: &str) -> Option<(String, Vec<String>)> {
    let (f, map) = fold_with_map(sentence);
    // The verbs with their own tones: "giao" is not "Tuyên giáo", "giáo dục".
    let mut starts: Vec<usize> = ORDER_WORDS
        .iter()
        .flat_map(|(w, exact)| order_starts(sentence, &f, &map, w, exact))
        .collect();
    starts.sort_unstable();
    starts.into_iter().find_map(|start| unit_at(sentence, &f, &map, start))
}

/// Where the unit ordered by the order word `w` (folded; `exact` as written) starts, for
/// each place the word orders: after "giao nhiệm vụ cho", and after a clause set off by
/// commas ("yêu cầu, sau đợt ra quân này, các phường cần …").
fn order_starts(sentence: &str, f: &str, map: &[usize], w: &str, exact: &str) -> Vec<usize> {
    let mut out = Vec::new();
    let mut from = 0;
    while let Some(p) = f
        .get(from..)
        .and_then(|rest| phrase_pos(rest, w.trim_end()))
        .map(|k| from + k)
    {
        from = p + w.trim_end().len();
        // "các yêu cầu phòng, chống dịch", "theo đề nghị của …", "về việc chỉ đạo …": nouns,
        // not orders.
        let before = f[..p].trim_end();
        let noun = ["cac", "nhung", "theo", "dap ung", "moi", "ve viec", "su"]
            .iter()
            .any(|n| before == *n || before.ends_with(&format!(" {n}")))
            // "UBND tỉnh giao 833 nhiệm vụ cho các sở …": a count of work given, not an order.
            || f[p + w.trim_end().len()..].trim_start().starts_with(|c: char| c.is_ascii_digit());
        // "chỉ đạo X" orders X only from above ("UBND tỉnh chỉ đạo Sở Y tế …", "công
        // văn số … chỉ đạo …", "chỉ đạo cho X"); "UBND các huyện chỉ đạo các xã …"
        // is the work of its subject. Judged last: it may look for references in the text
        // before.
        let directs =
            || w != "chi dao " || directed_from_above(&sentence[..map[p]], f.get(p + w.len()..).unwrap_or(""));
        // "Ban Chỉ đạo" is a name: the order is written in lowercase.
        let cased = w != "chi dao " || sentence[map[p]..].starts_with('c');
        let word: String = sentence[map[p]..].chars().take(exact.chars().count()).collect();
        if word.to_lowercase() != exact || noun || !cased || !directs() {
            continue;
        }
        let mut at = p + w.trim_end().len();
        // "yêu cầu, sau đợt ra quân này, các phường …": a short clause between the order
        // and its unit.
        if f[at..].starts_with(", ")
            && let Some(k) = f[at + 2..]
                .find(", ")
                .filter(|&k| f[at + 2..at + 2 + k].split(' ').count() <= 10)
        {
            at += 2 + k;
        }
        at += f[at..].len() - f[at..].trim_start_matches([',', ' ']).len();
        // "giao nhiệm vụ cho X", "giao trách nhiệm X", "giao cho X": X.
        for filler in ["nhiem vu cho ", "trach nhiem cho ", "trach nhiem ", "cho "] {
            if f[at.min(f.len())..].starts_with(filler) {
                at += filler.len();
            }
        }
        out.push(at);
    }
    out
}

/// The unit (and the units after it) starting at folded offset `start` of the sentence.
fn unit_at(sentence: &str, f: &str, map: &[usize], start: usize) -> Option<(String, Vec<String>)> {
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
                if end_ok && lowercase_at(p) && !noun && !accent_mismatch && !super::words::verb_in_name(f, p, w) {
                    return Some(p);
                }
                from = p;
            }
            None
        })
        .min()
        .unwrap_or(f.len());
    let raw = sentence[map[start]..map[stop]].trim().trim_end_matches([',', ':', ';']);
    let raw = end_at_level(super::words::before_predicate(raw));
    let mut groups = raw.split(';').map(str::trim).filter(|g| !g.is_empty());
    let first = groups.next()?;
    // A list of units is as long as it needs to be: judge its first unit.
    let first_unit = first.split(',').next().unwrap_or(first);
    if !looks_like_unit(first_unit) && !super::words::named_place(first_unit) {
        return None;
    }
    if let Some(members) = colon_list(first) {
        let mut members = members.into_iter();
        let lead = members.next()?;
        return Some((lead, members.chain(groups.flat_map(split_units)).collect()));
    }
    let mut units = split_units(first);
    if units.is_empty() {
        return None;
    }
    let lead = units.remove(0);
    units.extend(groups.flat_map(split_units));
    Some((lead, units))
}

/// "Trung tâm nghiên cứu giống cây trồng tỉnh triển liên hệ": a unit's name ends at its
/// level word ("tỉnh", "huyện", "thành phố") when a lowercase word that is no level, place
/// or list word follows.
fn end_at_level(raw: &str) -> &str {
    let (f, map) = fold_with_map(raw);
    // "… thành phố trực thuộc Trung ương trực tiếp chỉ đạo": "Trung ương" ends a name too.
    for level in [" tinh ", " huyen ", " thanh pho ", " trung uong "] {
        for (p, _) in f.match_indices(level) {
            let end = p + level.len() - 1;
            let rest = &raw[map[end]..].trim_start();
            let folded_rest = fold(rest);
            let next: String = folded_rest.split([' ', ',']).next().unwrap_or("").to_string();
            let lower = rest.starts_with(char::is_lowercase);
            // "trực thuộc" goes on with the name; "trực tiếp" is the predicate's adverb.
            let keeps = [
                "va", "uy", "thanh", "pho", "thi", "xa", "cac", "huyen", "tinh", "quan", "phuong", "cap", "thuoc",
                "voi", "cung",
            ]
            .contains(&next.as_str())
                || folded_rest.starts_with("truc thuoc");
            if lower && !keeps && looks_like_unit(&raw[..map[end]]) {
                return raw[..map[end]].trim_end();
            }
        }
    }
    raw
}

/// Whether "chỉ đạo" after `before` (the sentence up to it) comes from an upper level:
/// a document ("Công văn số 1974/UBND-KGVX chỉ đạo …"), a provincial or central body
/// without "các" ("UBND tỉnh đã chỉ đạo …", "Bộ Công Thương … chỉ đạo cho …", "Thủ tướng
/// Phạm Minh Chính chỉ đạo …", "UBND tỉnh ghi nhận và sẽ chỉ đạo …"), or an explicit
/// addressee after "cho". A body advised ("tham mưu UBND tỉnh chỉ đạo …") gives no order.
fn directed_from_above(before: &str, after_folded: &str) -> bool {
    if after_folded.starts_with("cho ") {
        return true;
    }
    // "Thủ tướng Phạm Minh Chính": the office without the person's name.
    let words: Vec<&str> = before.split_whitespace().collect();
    let named = words
        .iter()
        .rev()
        .take_while(|w| w.starts_with(char::is_uppercase) && w.chars().all(char::is_alphabetic))
        .count();
    let before_name = words[..words.len() - named].join(" ");
    let f = if (2..=4).contains(&named) && fold(&before_name).ends_with("thu tuong") {
        fold(&before_name)
    } else {
        fold(before)
    };
    let mut head = f.trim_end().trim_end_matches(',').trim_end();
    // "đề xuất, tham mưu UBND tỉnh chỉ đạo …": the body advised, not the one ordering.
    let advised = head
        .rsplit(' ')
        .take(6)
        .collect::<Vec<_>>()
        .windows(2)
        .any(|w| matches!((w[1], w[0]), ("tham", "muu") | ("de", "xuat") | ("kien", "nghi")));
    if advised {
        return false;
    }
    // "Bộ Nông nghiệp và PTNT vừa có văn bản chỉ đạo …", "Chủ tịch UBND thành phố vừa ban
    // hành văn bản chỉ đạo …": a document's order goes to its addressees, whoever issued it.
    if ["van ban", "cong van", "cong dien", "chi thi"]
        .iter()
        .any(|d| head == *d || head.ends_with(&format!(" {d}")))
    {
        return true;
    }
    let adverbs = [
        "da",
        "vua",
        "cung",
        "tiep tuc",
        "truc tiep",
        "kip thoi",
        "da co van ban",
        "se",
    ];
    loop {
        let before_len = head.len();
        for adverb in adverbs {
            if let Some(h) = head.strip_suffix(adverb).filter(|h| h.is_empty() || h.ends_with(' ')) {
                head = h.trim_end();
            }
        }
        // "UBND tỉnh ghi nhận và sẽ chỉ đạo …": a predicate of up to three words
        // coordinated before the order.
        if let Some(h) = head.strip_suffix(" va") {
            let mut cut = h.trim_end();
            for _ in 0..3 {
                let Some((rest, _)) = cut.rsplit_once(' ') else { break };
                cut = rest;
                if upper_body(cut) {
                    head = cut;
                    break;
                }
            }
        }
        if head.len() == before_len {
            break;
        }
    }
    // A document before the order: only looked for when a number is there.
    let numbered = before.contains(|c: char| c.is_ascii_digit());
    if numbered && !head.ends_with("theo") && !crate::refs::extract_refs(before).is_empty() {
        return true;
    }
    upper_body(head)
}

/// Whether folded text ends with a provincial or central body without "các" ("UBND
/// tỉnh", "Thủ tướng", "Bộ Công Thương").
fn upper_body(head: &str) -> bool {
    let tail: Vec<&str> = head.rsplit(' ').take(6).collect();
    let plural = tail.contains(&"cac");
    let upper = [" tinh", " thanh pho", " tp", "thu tuong", "chinh phu", "trung uong"]
        .iter()
        .any(|e| head.ends_with(e) || head == e.trim_start());
    let ministry = tail.last().is_some_and(|w| *w == "bo") && tail.len() <= 4;
    !plural && (upper || ministry)
}

/// The sentence without quotes and discourse openers before its subject: "“Sở Xây dựng
/// chủ trì …", "Riêng UBND huyện X …", "Đồng thời, …", "Đối với …".
pub(super) fn strip_openers(s: &str) -> &str {
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
            // "Theo đó các cơ quan, đơn vị liên quan tổng hợp …": the comma left out.
            "theo do ",
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

/// "các Sở: Tài nguyên và Môi trường, Tài chính, …", "UBND các huyện: Sông Hinh, Sơn Hòa":
/// a plural head whose members follow a colon, each a unit of that head ("Sở Tài nguyên và
/// Môi trường", "UBND huyện Sông Hinh"); a member that is a unit of its own ("UBND quận
/// Nam Từ Liêm", "Thanh tra TP") stays as written.
fn colon_list(units: &str) -> Option<Vec<String>> {
    let (head, members) = units.split_once(':')?;
    let head = head.trim();
    let f = fold(head);
    let at = f.rfind("cac ").filter(|&k| k == 0 || f[..k].ends_with(' '))?;
    let noun = head[super::assign::byte_at_fold(head, at + 4)..].trim();
    if noun.is_empty() || noun.split_whitespace().count() > 2 {
        return None;
    }
    let before = head[..super::assign::byte_at_fold(head, at)].trim();
    let singular = if before.is_empty() {
        noun.to_string()
    } else {
        format!("{before} {noun}")
    };
    let out: Vec<String> = members
        .split([',', ';'])
        .map(str::trim)
        .filter(|m| !m.is_empty())
        .map(|m| {
            if looks_like_unit(m) && !fold(m).starts_with(&fold(noun)) {
                m.to_string()
            } else {
                let m = m.strip_prefix(noun).map(str::trim).unwrap_or(m);
                format!("{singular} {m}")
            }
        })
        .collect();
    (!out.is_empty()).then_some(out)
}
