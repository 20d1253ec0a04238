//! Orders and their units: "giao X …", "yêu cầu X …", "đề nghị X …", "chỉ đạo X …" (from
//! above only), where the unit ordered starts and where its name ends.

use super::assign::split_units;
use super::lead::{LEAD_STOPS, NOT_STOP_AFTER, accent_matches};
use super::phrase_pos;
use super::words::looks_like_unit;
use crate::text::{fold, fold_with_map};

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
                && super::words::work_verbs().any(|v| {
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
            // "X được giao …": the passive names X as the one given the work; so does "…
            // nhiệm vụ được Thủ tướng Chính phủ giao" (the agent between), and an order word
            // that ends its clause names no one it orders.
            let near = lower[..p].split_whitespace().rev().take(6).any(|w| w == "được");
            let ends = lower[p + exact.len()..].trim_start().is_empty()
                || lower[p + exact.len()..].trim_start().starts_with([',', ';', '.']);
            let passive = lower[..p].trim_end().ends_with("được") || (near && ends);
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
        // "… đã có đơn đề nghị UBND phường cắm chỉ giới đất": a citizen's petition asks, it
        // orders no unit.
        let noun = ["cac", "nhung", "theo", "dap ung", "moi", "ve viec", "su", "don", "co don"]
            .iter()
            .any(|n| before == *n || before.ends_with(&format!(" {n}")))
            // "UBND tỉnh giao 833 nhiệm vụ cho các sở …": a count of work given, not an order
            // ("… đề nghị 18 Tổ Dân phố trên địa bàn phường thực hiện …" counts the units ordered).
            || counts_work(sentence, f, map, p + w.trim_end().len());
        // "chỉ đạo X" orders X only from above ("UBND tỉnh chỉ đạo Sở Y tế …", "công
        // văn số … chỉ đạo …", "chỉ đạo cho X"); "UBND các huyện chỉ đạo các xã …"
        // is the work of its subject. Judged last: it may look for references in the text
        // before.
        let directs =
            || w != "chi dao " || directed_from_above(&sentence[..map[p]], f.get(p + w.len()..).unwrap_or(""));
        // "Ban Chỉ đạo" is a name: the order is written in lowercase.
        let cased = w != "chi dao " || sentence[map[p]..].starts_with('c');
        let word: String = sentence[map[p]..].chars().take(exact.chars().count()).collect();
        // "họp giao ban": a briefing meeting ("giao Ban Tuyên giáo …" names a body).
        let briefing = w == "giao " && giao_ban(sentence, map, p);
        if word.to_lowercase() != exact || noun || briefing || !cased || !directs() {
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
        // "Chủ tịch UBND huyện yêu cầu: UBND các xã, thị trấn triển khai …": the unit after
        // the colon.
        at += f[at..].len() - f[at..].trim_start_matches([',', ' ', ':']).len();
        // "giao nhiệm vụ cho X", "giao trách nhiệm X", "giao cho X": X; "giao nhiệm vụ tới
        // các đồng chí hiệu trưởng …" as well.
        for filler in [
            "nhiem vu cho ",
            "nhiem vu toi ",
            "trach nhiem cho ",
            "trach nhiem ",
            "cho ",
        ] {
            if f[at.min(f.len())..].starts_with(filler) {
                at += filler.len();
            }
        }
        out.push(at);
    }
    out
}

/// Whether a number opens the text after an order word at folded offset `at` and counts work
/// ("giao 833 nhiệm vụ"), not the units ordered ("đề nghị 18 Tổ Dân phố …", "yêu cầu 273
/// phường, xã …").
fn counts_work(sentence: &str, f: &str, map: &[usize], at: usize) -> bool {
    let rest = f[at..].trim_start();
    if !rest.starts_with(|c: char| c.is_ascii_digit()) {
        return false;
    }
    let skip = f[at..].len() - rest.len();
    let digits = rest.len() - rest.trim_start_matches(|c: char| c.is_ascii_digit()).len();
    let after = at + skip + digits;
    let words: String = sentence[map[after.min(f.len())]..]
        .split_whitespace()
        .take(4)
        .collect::<Vec<_>>()
        .join(" ");
    !looks_like_unit(&words)
}

/// The unit (and the units after it) starting at folded offset `start` of the sentence.
fn unit_at(sentence: &str, f: &str, map: &[usize], start: usize) -> Option<(String, Vec<String>)> {
    if start >= f.len() {
        return None;
    }
    let lowercase_at = |p: usize| sentence[map[p]..].chars().next().is_some_and(char::is_lowercase);
    let stop = super::words::name_end_verbs()
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
    let stop = intro_unit_end(f, start).filter(|&end| end > stop).unwrap_or(stop);
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

/// "UBND tỉnh giao Ban Quản lý dự án đầu tư xây dựng tỉnh:": an intro that ends with a colon
/// after the unit holds nothing but the unit, so a verb inside it ("xây dựng", "quản lý")
/// modifies the name and does not end it. The span counts as a name when it is short and ends
/// with a level word ("tỉnh", "huyện", "xã", "thành phố", "Trung ương"); "giao Sở X thực hiện
/// các nội dung sau:" ends with work and keeps its verb stop. Returns the folded offset of the
/// colon.
fn intro_unit_end(f: &str, start: usize) -> Option<usize> {
    let span = f.get(start..)?.trim_end();
    let colon = start + span.strip_suffix(':')?.trim_end().len();
    let unit = &f[start..colon];
    let words: Vec<&str> = unit.split_whitespace().collect();
    if unit.contains([':', ';', '.']) || words.len() > 14 {
        return None;
    }
    let last = *words.last()?;
    let level = ["tinh", "huyen", "xa", "pho", "quan", "phuong", "tran", "uong", "tw"].contains(&last);
    level.then_some(colon)
}

/// "Trung tâm nghiên cứu giống cây trồng tỉnh triển liên hệ": a unit's name ends at its
/// level word ("tỉnh", "huyện", "thành phố") when a lowercase word that is no level, place
/// or list word follows.
fn end_at_level(raw: &str) -> &str {
    let (f, map) = fold_with_map(raw);
    // "… thành phố trực thuộc Trung ương trực tiếp chỉ đạo": "Trung ương" ends a name too.
    for level in [" tinh ", " huyen ", " thanh pho ", " trung uong "] {
        for (p, _) in f.match_indices(level) {
            let mut end = p + level.len() - 1;
            // "UBND huyện Hàm Yên cân đối …": the place's capitalised name goes with the level;
            // the first lowercase word after it is judged as after the level.
            let mut place = false;
            // "Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam": a body named after the level, no
            // place's name; the name goes on.
            if fold(&raw[map[end]..]).trim_start().starts_with("mat tran ") {
                continue;
            }
            while let Some(w) = raw[map[end]..].split_whitespace().next()
                && w.starts_with(char::is_uppercase)
                && w.chars().all(char::is_alphabetic)
            {
                let at = map[end] + raw[map[end]..].find(w).unwrap_or(0) + w.len();
                end = map.iter().position(|&m| m >= at).unwrap_or(f.len());
                place = true;
            }
            if place && end >= f.len() {
                continue;
            }
            let rest = &raw[map[end]..].trim_start();
            let folded_rest = fold(rest);
            let next: String = folded_rest.split([' ', ',']).next().unwrap_or("").to_string();
            // "các tỉnh Bắc Trung bộ và Bắc bộ": a region's "bộ" is written in lowercase.
            let lower = rest.starts_with(char::is_lowercase) && !(place && next == "bo");
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
    // "(4) Bộ Xây dựng chỉ đạo các cơ quan liên quan tiếp tục phối hợp …": a body that opens
    // the sentence and directs its own subordinates, named only as such, does the work.
    let own_subordinates = [
        "cac co quan lien quan",
        "cac don vi lien quan",
        "cac don vi truc thuoc",
        "cac co quan truc thuoc",
    ]
    .iter()
    .any(|o| after_folded.starts_with(o));
    if own_subordinates && super::words::looks_like_unit(before.trim()) && !before.contains([',', ';', ':']) {
        return false;
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
    // "Tổng cục Đường bộ Việt Nam", "Cục Quản lý thị trường": a general department of a
    // ministry directs the provinces' offices as a ministry does.
    let department = tail
        .iter()
        .enumerate()
        .any(|(k, w)| *w == "cuc" && (tail.get(k + 1) == Some(&"tong") || k + 1 == tail.len()));
    !plural && (upper || ministry || department || local_head(&tail))
}

/// "Phó Chủ tịch Ủy ban nhân dân huyện", "Chủ tịch UBND xã", "Bí thư Huyện ủy", "Đảng ủy
/// phường" (the folded words of `head`, last first): a district's, commune's or ward's
/// People's Committee, its chairman or its Party committee directs the offices and units
/// under it as a province does ("… chỉ đạo Phòng Nông nghiệp … hướng dẫn nông dân …"). An
/// office of the level ("Phòng Nông nghiệp huyện chỉ đạo các xã …") directs in its own work.
fn local_head(tail: &[&str]) -> bool {
    let level = |w: &str| matches!(w, "huyen" | "xa" | "phuong" | "quan" | "tran");
    let Some((last, rest)) = tail.split_first() else {
        return false;
    };
    let committee = rest.iter().take(4).any(|w| *w == "ubnd")
        || rest.windows(3).take(3).any(|w| w == ["dan", "nhan", "ban"])
        || rest.windows(2).take(3).any(|w| w == ["tich", "chu"]);
    // "Huyện ủy", "Thị ủy", "Đảng ủy xã": the Party committee of the level.
    let party = *last == "uy"
        && rest
            .first()
            .is_some_and(|w| matches!(*w, "huyen" | "thi" | "quan" | "dang"))
        || level(last) && rest.first() == Some(&"uy") && rest.get(1) == Some(&"dang");
    let office = rest
        .iter()
        .take(4)
        .any(|w| matches!(*w, "phong" | "trung" | "tram" | "co"));
    (level(last) && committee || party) && !office
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

/// Whether "giao" at folded offset `p` is the lowercase "giao ban" of a briefing meeting
/// ("UBND huyện họp giao ban thường kỳ", "hội nghị giao ban"), not an order to a "Ban".
pub(crate) fn giao_ban(sentence: &str, map: &[usize], p: usize) -> bool {
    map.get(p + 5)
        .and_then(|&b| sentence.get(b..))
        .is_some_and(|rest| rest.starts_with("ban") && !rest[3..].starts_with(|c: char| c.is_alphanumeric()))
}
