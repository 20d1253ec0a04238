//! Lists of units as written after "giao", in a lead cell or before a verb: "Văn phòng
//! Quận ủy, UBND quận" (two units), "Các phòng, ban, đơn vị" (one collective), "UBND các
//! huyện, thị xã, thành phố" (one unit of several levels), "UBND quận và MTTQ quận".

use super::assign::byte_at_fold;
use super::words::looks_like_unit;
use crate::text::fold;

/// Splits a list of units on commas, semicolons and "và".
pub(crate) fn split_units(s: &str) -> Vec<String> {
    let mut out = Vec::new();
    // Commas separate named units: "Các phòng, ban, đơn vị" is one collective, "Văn phòng
    // Quận ủy, UBND quận" two units.
    let pieces: Vec<&str> = s.split([',', ';', '\n']).filter(|p| !p.trim().is_empty()).collect();
    // "các cấp uỷ, tổ chức đảng trực thuộc Trung ương": a plural collective followed by
    // lowercase nouns is one group.
    let collective = pieces.first().is_some_and(|p| fold(p.trim()).starts_with("cac "))
        && pieces
            .iter()
            .skip(1)
            .all(|p| p.trim().chars().next().is_some_and(char::is_lowercase) && is_list_noun(p));
    // "các Ban, Văn phòng Huyện ủy": a bare plural sharing the last unit's qualifier.
    let shared = pieces.len() == 2 && {
        let first = fold(pieces[0].trim());
        first.starts_with("cac ") && first.split(' ').count() == 2
    };
    // Lowercase pieces go on the unit before them: "UBND các huyện, thị xã, thành phố",
    // "Các phòng, ban, đơn vị"; a list of units that starts with named units keeps them
    // apart: "Ban An toàn giao thông tỉnh, Công an tỉnh, …, UBND các huyện, thị xã".
    let mut merged: Vec<&str> = Vec::new();
    let mut begin = None;
    for p in &pieces {
        let off = p.as_ptr() as usize - s.as_ptr() as usize;
        // A named unit starts with a capital ("Công an tỉnh"); a lowercase piece ("chi bộ",
        // "đảng bộ cơ sở", "thị xã") goes on the collective before it, and so does a bare
        // head without a name ("các Sở, Ban, ngành").
        let named = p.trim().trim_start_matches("với ");
        // "…, Phó Trưởng ban Thường trực …": an office title starts a unit of its own.
        let unit = looks_like_unit(named) && named.starts_with(char::is_uppercase) && !is_bare_head(named)
            || super::words::opens_with_office(named);
        // "các Sở, Ban, ngành, các hội, đoàn thể": a new plural starts a new group, except a
        // plural of levels that shares the head before it ("Công an TP Thủ Đức, các quận,
        // huyện").
        let new_plural = begin.is_some() && fold(named).starts_with("cac ") && !is_level_plural(named);
        // "Các doanh nghiệp, chủ đầu tư, nhà thầu": a lowercase piece that is no unit noun
        // or level is another actor, not a member of the group before it.
        // "Ban Chỉ đạo phòng, chống dịch …": "phòng, chống" is one word of a name.
        let idiom = fold(named).starts_with("chong ") && merged.last().is_some_and(|m| fold(m).ends_with(" phong"));
        let member =
            !unit && (is_list_noun(named) || looks_like_unit(named) || idiom || !named.starts_with(char::is_lowercase));
        match begin {
            Some(b) if (member || collective || shared) && !new_plural => {
                merged.pop();
                merged.push(&s[b..off + p.len()]);
            }
            _ => {
                begin = Some(off);
                merged.push(p);
            }
        }
    }
    let first_is_unit = pieces
        .first()
        .is_some_and(|p| looks_like_unit(p.trim().trim_start_matches("với ")));
    let joined = [s];
    let parts: &[&str] = if first_is_unit || pieces.len() <= 1 {
        &merged
    } else {
        &joined
    };
    for &part in parts {
        let mut rest = part;
        let mut from = 0;
        loop {
            let f = fold(rest);
            let Some(p) = f[from.min(f.len())..].find(" va ").map(|p| p + from.min(f.len())) else {
                break;
            };
            // Split on "và" only when a unit name follows ("UBND quận và MTTQ quận"),
            // not inside a name ("Phòng Văn hóa và Thông tin").
            let cut = byte_at_fold(rest, p);
            let tail = rest[cut..].trim_start();
            let n: usize = tail.chars().take_while(|c| c.is_alphabetic()).map(char::len_utf8).sum();
            let before = fold(&rest[..cut]);
            let office = ["van phong hdnd", "van phong hoi dong nhan dan", "vp hdnd"]
                .iter()
                .any(|o| before.ends_with(o));
            // "Thương binh và Xã hội" is a name, "xã" a unit.
            let society = fold(&tail[n..]).trim_start().starts_with("xa hoi");
            // "Ban Kinh tế - Ngân sách và đại biểu HĐND tỉnh": delegates stand apart too.
            let delegates = fold(&tail[n..]).trim_start().starts_with("dai bieu ");
            if (looks_like_unit(tail[n..].trim_start()) || delegates) && !office && !society {
                push_unit(&mut out, &rest[..cut]);
                rest = &tail[n..];
                from = 0;
            } else {
                from = p + 4;
            }
        }
        push_unit(&mut out, rest);
    }
    out
}

/// Nouns of units and levels that stand as members of a list of units (folded): "các
/// phòng, ban, đơn vị", "UBND các huyện, thị xã, thành phố", "Đảng ủy các phường, chi bộ,
/// đảng bộ cơ sở", "các cấp uỷ, tổ chức đảng".
const LIST_NOUNS: &[&str] = &[
    "bo",
    "cap uy",
    "chi bo",
    "dang bo",
    "dang uy",
    "tinh",
    "thanh pho",
    "huyen",
    "quan",
    "thi xa",
    "xa",
    "phuong",
    "thi tran",
    // "phường, xã, đặc khu" (the island zones of the 2025 two-level government).
    "dac khu",
    "truong",
    "trung tam",
    "doanh nghiep",
    "luc luong",
    "cap",
    // Residential units: "các cơ quan, đơn vị, thôn, tổ dân phố".
    "thon",
    "xom",
    "ap",
    "khom",
    "to dan pho",
    "khu pho",
    // Office holders: "các bộ trưởng, thủ trưởng cơ quan ngang bộ".
    "thu truong",
    "bo truong",
    "chu tich",
    "giam doc",
    "lanh dao",
    "nguoi dung dau",
    "bi thu",
];

/// Head words of units that also stand alone in a list of plural units ("các Sở, Ban, ngành,
/// đoàn thể"), folded: list nouns, and bare heads ([`is_bare_head`]).
const HEAD_NOUNS: &[&str] = &[
    "ban",
    "nganh",
    "so",
    "hoi",
    "doan the",
    "don vi",
    "dia phuong",
    "co quan",
    "phong",
    "to chuc",
    "doan",
    "mat tran",
];

/// Levels written short in a list ("UBND các huyện, thành, thị").
const SHORT_LEVELS: &[&str] = &["thanh", "thi"];

/// Whether a piece of a list opens with a noun of units or levels (after "các", "và").
pub(super) fn is_list_noun(piece: &str) -> bool {
    let f = fold(piece.trim());
    let f = f.strip_prefix("cac ").or_else(|| f.strip_prefix("va ")).unwrap_or(&f);
    SHORT_LEVELS.contains(&f)
        || HEAD_NOUNS.iter().chain(LIST_NOUNS).any(|n| {
            f.strip_prefix(n)
                .is_some_and(|rest| rest.is_empty() || rest.starts_with([' ', ',']))
        })
}

/// A subject that lists a plural collective and then other bodies by name ("Các sở, ban,
/// ngành, đoàn thể Thành phố, Ủy ban nhân dân phường, xã, đặc khu", "các sở, ngành và Ủy
/// ban nhân dân các xã, phường"): the collective, the first unit of the list; a lowercase
/// member or a bare head ("Ban", "ngành") is part of it.
pub(crate) fn collective_first(lead: &str) -> &str {
    if !lead.contains(", ") || !fold(lead).starts_with("cac ") {
        return lead;
    }
    let mut at = 0;
    for piece in lead.split(", ") {
        if at > 0 {
            let p = piece.trim();
            if p.starts_with(char::is_uppercase) && looks_like_unit(p) && !is_list_noun(p) && !is_bare_head(p) {
                return lead[..at - 2].trim_end();
            }
        }
        if let Some(k) = piece.find(" và ")
            && at > 0
        {
            let after = piece[k + " và ".len()..].trim();
            if after.starts_with(char::is_uppercase) && looks_like_unit(after) && !is_list_noun(after) {
                return lead[..at + k].trim_end();
            }
        }
        at += piece.len() + 2;
    }
    lead
}

/// "các quận, huyện", "các xã": a plural of levels only.
fn is_level_plural(piece: &str) -> bool {
    let f = fold(piece.trim());
    f.strip_prefix("cac ").is_some_and(|rest| {
        [
            "quan",
            "huyen",
            "xa",
            "phuong",
            "thi xa",
            "thanh pho",
            "tinh",
            "thi tran",
            "dac khu",
        ]
        .contains(&rest.trim())
    })
}

/// Head words standing alone in a list of plural units ("các Sở, Ban, ngành, đoàn thể"):
/// part of the collective, not a unit with a name.
pub(super) fn is_bare_head(piece: &str) -> bool {
    let f = fold(piece.trim());
    HEAD_NOUNS.contains(&f.as_str()) || ["ban nganh", "so nganh"].contains(&f.as_str())
}

fn push_unit(out: &mut Vec<String>, s: &str) {
    let mut s = s.trim().trim_end_matches(['.', ':', ')']).trim();
    // "Các đồng chí Bộ trưởng": the address before a role.
    for prefix in [
        "với ",
        "Với ",
        "cùng ",
        "các cơ quan: ",
        "các đơn vị: ",
        "Các đồng chí ",
        "các đồng chí ",
        "Đồng chí ",
        "đồng chí ",
    ] {
        if let Some(r) = s.strip_prefix(prefix)
            && (!prefix.contains("đồng chí") || r.starts_with(char::is_uppercase))
        {
            s = r.trim();
        }
    }
    s = without_qualifier(s);
    if !s.is_empty() && s.chars().count() <= 120 {
        out.push(s.split_whitespace().collect::<Vec<_>>().join(" "));
    }
}

/// "Chủ tịch UBND các huyện, thị xã, thành phố có đường QL1A đi qua", "Các sở, ngành được
/// giao nhiệm vụ", "các đơn vị có liên quan": the unit without the clause that qualifies it.
fn without_qualifier(s: &str) -> &str {
    for w in [" có ", " được "] {
        if let Some(k) = s.find(w) {
            let head = s[..k].trim_end_matches(',').trim();
            let next_lower = s[k + w.len()..].chars().next().is_some_and(char::is_lowercase);
            if next_lower && head.split_whitespace().count() >= 2 && looks_like_unit(head) {
                return head;
            }
        }
    }
    s
}

/// "thành phố Phổ Yên, phường Đông Cao", "thủ trưởng sở, ngành, chủ tịch UBND các địa
/// phương": a subject that names one body and then another with its own level or post gives
/// the first (the convention for a list in the lead). What one head shares stays together:
/// the members of a collective ("UBND các huyện, thị xã Long Khánh, thành phố Biên Hòa",
/// "các bộ trưởng, thủ trưởng cơ quan ngang bộ", "Các địa phương ven biển, ven sông"), places
/// under one head ("Công an TP Thủ Đức, các quận, huyện") and siblings by number ("BTL Quân
/// khu 3, 4, 5", "Chủ tịch UBND phường 11, 12").
pub(crate) fn first_named(lead: &str) -> &str {
    let Some((first, _)) = lead.split_once(", ") else {
        return lead;
    };
    // "giám đốc, thủ trưởng các sở, ban, ngành": posts before the body they share.
    let bare_post =
        ["giam doc", "thu truong", "chu tich", "bi thu", "truong", "lanh dao"].contains(&fold(first).trim());
    if !looks_like_unit(first) && !kind_and_name(first) || fold(first).contains("cac ") || bare_post {
        return lead;
    }
    let mut at = 0;
    for piece in lead.split(", ") {
        if at > 0 {
            let p = piece.trim();
            let f = fold(p);
            let post = ["chu tich ", "thu truong ", "giam doc ", "bi thu "]
                .iter()
                .any(|w| f.starts_with(w));
            if post || kind_and_name(p) {
                return lead[..at - 2].trim_end();
            }
        }
        at += piece.len() + 2;
    }
    lead
}

/// "phường Đông Cao", "thành phố Phổ Yên": a level written in lowercase before a name.
fn kind_and_name(p: &str) -> bool {
    let f = fold(p);
    [
        "phuong ",
        "xa ",
        "huyen ",
        "quan ",
        "thi xa ",
        "thi tran ",
        "thanh pho ",
        "tinh ",
    ]
    .iter()
    .filter(|w| f.starts_with(*w))
    .filter_map(|w| p.get(byte_at_fold(p, w.len())..))
    .any(|rest| rest.starts_with(char::is_uppercase))
}

/// "Bộ Quốc phòng, Bộ Công an" heading the items below it: a list of units named one by one
/// gives its first; the others support. A name with a comma of its own ("Ủy ban nhân dân các
/// tỉnh, thành phố") is one unit.
pub(crate) fn first_listed(unit: String, mut support: Vec<String>) -> (String, Vec<String>) {
    if !unit.contains(", ") {
        return (unit, support);
    }
    let mut units = split_units(&unit);
    let named = |u: &String| u.trim().starts_with(char::is_uppercase) && looks_like_unit(u.trim());
    if units.len() > 1 && units.iter().all(named) && !fold(&unit).starts_with("cac ") {
        let first = units.remove(0).trim().to_string();
        units.extend(support);
        support = units;
        return (first, support);
    }
    (unit, support)
}
