//! Who a sentence of prose gives the work to: the unit named after "giao", "yêu cầu",
//! "đề nghị" ("giao Sở Kế hoạch và Đầu tư chủ trì …"), else the sentence's subject
//! ("Sở Tài chính phối hợp …", "Đối với UBND các huyện cần …").

use super::assign::{read_fields, split_units};
pub(crate) use super::order::{assigned_unit, has_order_word, orders_unnamed};
use super::sentence_time::strip_time_lead;
use super::subject_lead;
use super::words::{looks_like_unit, opener};
use crate::text::{fold, fold_with_map};

/// Words after which a unit named after "giao"/"yêu cầu"/"đề nghị" ends (folded).
pub(super) const LEAD_STOPS: &[&str] = &[
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
    // "làm" (not "Kiểm lâm", "lâm nghiệp", "lâm sản").
    ("lam", "làm"),
    // "ra quân" (not "ra quận").
    ("ra quan", "ra quân"),
];

/// Verbs of speaking or ordering that end an intro before a colon (folded): "nhấn mạnh:",
/// "yêu cầu:", "đề nghị:", "lưu ý:", "kết luận:", "chỉ đạo:".
const SPEECH_BEFORE_COLON: &[&str] = &["nhan manh", "yeu cau", "de nghi", "luu y", "ket luan", "chi dao"];

/// Whether the word at the start of `original` is the stop `folded` with its own tones.
pub(crate) fn accent_matches(original: &str, folded: &str) -> bool {
    match ACCENTED_STOPS.iter().find(|(f, _)| *f == folded) {
        Some((_, exact)) => original.to_lowercase().starts_with(exact),
        None => true,
    }
}

/// Words that follow a stop word inside a unit's name ("tài chính", "tài nguyên").
pub(super) const NOT_STOP_AFTER: &[&str] = &["chinh", "nguyen", "san"];

/// The unit a sentence gives the work to, and whether it was named plainly (true) or
/// guessed from a subject after a clause (false).
pub(super) fn lead_of(sentence: &str) -> Option<((String, Vec<String>), bool)> {
    // However it was found, a unit's name ends where its predicate begins ("Các đơn vị
    // được giao chủ trì …" → "Các đơn vị").
    lead_as_read(sentence)
        .map(|((lead, support), plain)| ((settle_name(sentence, lead), support), plain))
        // "… đồng chí chủ trì kết luận một số nhiệm vụ …": "đồng chí" alone names no one.
        .filter(|((lead, _), _)| fold(lead) != "dong chi")
}

/// A lead as read, cut where its name ends: an aside, a known body's level or place, the
/// predicate, the model's reading, a modifier, a list's joining words.
fn settle_name(sentence: &str, lead: String) -> String {
    // "1.2. Giao Công an Thành phố / Chỉ đạo Công an các phường …", "2. Giao Sở Nội vụ / -
    // Tiếp tục phối hợp …": a heading's unit runs into the work of the next line; the name
    // ends before the capitalised verb that opens the work.
    let lead = before_opener(sentence, &lead).unwrap_or(lead);
    // "… nhà thầu thi công các công trình, dự án (nhất là …)": an aside in brackets is no
    // part of the name.
    let lead = match lead.split_once(" (") {
        Some((before, _)) if looks_like_unit(before) => before.trim_end_matches(',').to_string(),
        _ => lead,
    };
    // A known body's name ends where its level or place ends (`bodies`).
    let lead = super::bodies::name_end(&lead).to_string();
    let short = super::words::before_predicate(&lead);
    let lead = if short.is_empty() {
        lead.clone()
    } else {
        short.to_string()
    };
    // Where the lexicon does not know the name, the learned model reads its end
    // (`lead_model`).
    let lead = super::lead_model::refine(sentence, &lead).unwrap_or(lead);
    let lead = with_modifier(sentence, &lead).unwrap_or(lead);
    // "Ban Tổ chức Tỉnh ủy và các …" cut before the members of its list: no name ends
    // on "và" or "các".
    let mut lead = lead.as_str();
    while let Some(l) = lead.strip_suffix(" và").or_else(|| lead.strip_suffix(" các")) {
        lead = l.trim_end();
    }
    // "Công ty Công viên cây xanh cùng các quận, huyện rà soát …": the unit that leads,
    // with the ones that join it; "cùng" joins no name.
    if let Some((first, with)) = lead.split_once(" cùng ")
        && looks_like_unit(first)
        && looks_like_unit(with)
    {
        lead = first;
    }
    // "các phòng, đơn vị liên quan, các xã, phường tăng cường …": a second "các" after a
    // comma opens the next unit of the list; the lead is the first collective.
    if let Some(k) = lead.find(", các ")
        && fold(&lead[..k]).starts_with("cac ")
        && looks_like_unit(&lead[..k])
        && looks_like_unit(&lead[k + 2..])
    {
        lead = &lead[..k];
    }
    lead.to_string()
}

/// Verbs that say which units a name means, written right after it ("các sở, ban, ngành,
/// đơn vị có liên quan", "các đảng bộ trực thuộc"): they modify the noun before them and
/// belong to the name, not to its predicate (folded).
const NAME_MODIFIERS: &[&str] = &["co lien quan", "lien quan", "truc thuoc", "neu tren"];

/// The lead with the modifier written right after it in the sentence, if one is ("Thủ trưởng
/// các Sở, ban, ngành, đơn vị" + "có liên quan").
fn with_modifier(sentence: &str, lead: &str) -> Option<String> {
    let at = sentence.find(lead)? + lead.len();
    let gap = &sentence[at..];
    let rest = gap.trim_start();
    if rest.len() == gap.len() {
        return None;
    }
    let rest_f = fold(rest);
    let m = NAME_MODIFIERS.iter().find(|m| {
        rest_f
            .strip_prefix(**m)
            .is_some_and(|after| after.is_empty() || after.starts_with([',', ' ', ';', ':', '.']))
    })?;
    let end = super::assign::byte_at_fold(rest, m.len());
    Some(format!("{lead} {}", &rest[..end]))
}

fn lead_as_read(sentence: &str) -> Option<((String, Vec<String>), bool)> {
    // "… đồng chí Bí thư nhấn mạnh: trong tháng 12, các cơ quan báo chí tiếp tục …": the one
    // who speaks or orders before the colon is no doer; the clause after it names the unit.
    if let Some((intro, clause)) = sentence.split_once(": ")
        && SPEECH_BEFORE_COLON.iter().any(|w| fold(intro.trim_end()).ends_with(w))
        // The clause may open with its time ("trong tháng 12/2020, các cơ quan …").
        && let Some(found) = lead_as_read(clause).filter(|((l, _), _)| looks_like_unit(l))
    {
        return Some(found);
    }
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
            && super::words::name_end_verbs()
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
    // "Các cơ quan, đơn vị, trường học … đồng loạt ra quân …": all at once, the predicate.
    " dong loat ",
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
        // "Sở KH-ĐT phối hợp với Sở Xây dựng khẩn trương bổ sung …": the verb of coordination
        // ends the unit's name; the unit after "với" supports the work, it does not lead it.
        // ("UBND tỉnh giao trách nhiệm Sở Y tế phối hợp …": what comes before is no name.)
        .map(|h| {
            let fh = fold(h);
            fh.find(" phoi hop ")
                .map(|p| &h[..super::assign::byte_at_fold(h, p)])
                .filter(|u| !super::has_lowercase_verb(u))
                .unwrap_or(h)
        })
        // A list of units may be long ("các cơ quan, đơn vị, trường học, các thôn và …"):
        // as long as a unit's name may be.
        // "Ủy ban nhân dân tỉnh Thanh Hóa rà soát và khẩn trương …": the modal follows verbs
        // joined by "và", which end the unit first.
        .filter(|h| {
            looks_like_unit(h)
                && h.split_whitespace().count() <= 16
                && !(h.trim_end().ends_with(" và") && super::has_lowercase_verb(h))
        });
    head.map(|h| h.trim().to_string()).or_else(|| subject_lead(s))
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
            // "Trên cơ sở đó, quyết định …": work that goes on from the order before.
            "tren co so do, ",
            // "Do vậy, UBND các xã, các ngành rà soát lại …": the consequence drawn in an order.
            "do vay, ",
            // "Đáng chú ý, đối với MTTQ và các đoàn thể phường phải …": a stress before the unit.
            "dang chu y, ",
            "vi vay, ",
        ]
        .iter()
        .find_map(|p| strip_prefix_fold(s, p))
        .or_else(|| document_says(s))
        .or_else(|| in_document(s));
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

/// "Công văn nêu rõ, …", "Văn bản nhấn mạnh: …": a document's statement opening the
/// sentence; returns what it says (the order it gives).
/// "tại Quyết định số 1436/QĐ-UBND ngày 10/6/2021, UBND tỉnh đã phân bổ …": the document
/// where the act is told, before the sentence's subject; the text after its comma.
fn in_document(s: &str) -> Option<&str> {
    let f = fold(s);
    let rest = f.strip_prefix("tai ")?;
    [
        "quyet dinh so ",
        "cong van so ",
        "ke hoach so ",
        "thong bao so ",
        "van ban so ",
        "nghi quyet so ",
    ]
    .iter()
    .any(|d| rest.starts_with(d))
    .then_some(())?;
    let comma = f.find(", ")?;
    // A short clause: the document's number and date, not a sentence.
    (f[..comma].split(' ').count() <= 12).then(|| &s[super::assign::byte_at_fold(s, comma + 2)..])
}

pub(super) fn document_says(s: &str) -> Option<&str> {
    let f = fold(s);
    let doc = [
        "cong van ",
        "van ban ",
        "chi thi ",
        "cong dien ",
        "thong bao ",
        "ke hoach ",
    ]
    .iter()
    .find(|d| f.starts_with(*d))?;
    let rest = &f[doc.len()..];
    let says = ["neu ro", "nhan manh", "chi ro", "yeu cau ro"]
        .iter()
        .find(|w| rest.starts_with(*w))?;
    let after = &rest[says.len()..];
    let punct = after.len() - after.trim_start_matches([',', ':', ' ']).len();
    (punct > 0).then(|| &s[super::assign::byte_at_fold(s, doc.len() + says.len() + punct)..])
}

/// Heads a capitalised "Chỉ đạo" belongs to ("Ban Chỉ đạo", "Tổ Chỉ đạo") (folded).
const OPENER_HEADS: &[&str] = &["ban", "to", "tieu ban", "hoi dong"];

/// The lead cut before a capitalised verb that opens the work, if the sentence has one
/// inside the lead or right after its cut ("Công an Thành phố Chỉ" of "… Thành phố Chỉ đạo
/// Công an …"; "Sở Nội vụ - Tiếp tục"). The part before must read as a unit.
fn before_opener(sentence: &str, lead: &str) -> Option<String> {
    let at = sentence.find(lead)?;
    let span = &sentence[at..];
    let mut from = 0;
    while let Some(k) = span[from..].find(' ').map(|k| from + k) {
        if k > lead.len() {
            return None;
        }
        let word = &span[k + 1..];
        from = k + 1;
        if !word.chars().next().is_some_and(char::is_uppercase) {
            continue;
        }
        let head: String = word.chars().take(16).collect();
        let f = fold(&head);
        let Some(op) = opener(&f) else {
            continue;
        };
        let before = span[..k].trim_end().trim_end_matches(['-', '–']).trim_end();
        let last = fold(before.rsplit(' ').next().unwrap_or_default());
        if op == "chi dao"
            && OPENER_HEADS
                .iter()
                .any(|h| last == *h || fold(before).ends_with(&format!(" {h}")))
        {
            continue;
        }
        if looks_like_unit(before) {
            return Some(before.to_string());
        }
    }
    None
}
