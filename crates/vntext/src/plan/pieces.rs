//! How a paragraph of prose is cut into pieces of work: sentences (". ", ": " before a
//! capital), clauses chained by ";" (a new unit and its verb, or an item of the same unit
//! with its own date), the units' pieces of a "<work> do <unit> chủ trì" list; and what a
//! piece says about the pieces around it ("nêu trên", "Đồng thời, …", a leading verb).

use super::sentence_shapes::is_due;
use super::words::looks_like_unit;
use super::{has_lowercase_verb, phrase_pos, subject_lead};
use crate::text::{fold, fold_with_map};

/// A sentence cut into assignments chained by ";": "… giao Ban Tuyên giáo tham mưu …; Ban
/// Tổ chức Huyện ủy tham mưu …; Ủy ban kiểm tra Huyện ủy theo dõi …". A clause goes on
/// the previous one unless it opens with a unit and its verb.
///
/// A clause that opens with a capital and no unit and gives its own due date is an item of
/// the same unit ("… phải phân loại danh mục …; Tiến hành mời các doanh nghiệp … trước ngày
/// 15-4-2016; Tổng hợp danh mục … trước ngày 16-4-2016"): marked `true`, so that it becomes a
/// task of the unit named before and keeps its date. Each clause is then cut into the units'
/// pieces of a list of "<work> do <unit> chủ trì".
pub(super) fn clauses(sentence: &str) -> Vec<(&str, bool)> {
    let mut out = Vec::new();
    let mut start = 0;
    let mut own = false;
    for (p, _) in sentence.match_indices("; ") {
        let next = &sentence[p + 2..];
        let head = &sentence[start..p];
        let subject = starts_with_subject(next);
        let item = !subject && next.starts_with(char::is_uppercase) && dated_clause(next);
        // An item's own clause needs no lowercase verb: "Lập dự toán … trước ngày 10-5-2022".
        let whole_clause = own || has_lowercase_verb(head);
        if p > start && whole_clause && (item || (subject && !ends_with_units(head))) {
            out.push((head, own));
            start = p + 2;
            own = item;
        }
    }
    out.push((&sentence[start..], own));
    out.into_iter()
        .flat_map(|(c, own)| led_pieces(c).into_iter().map(move |p| (p, own)))
        .collect()
}

/// Whether the clause (up to the next "; ") gives a due date: a deadline word and a number.
fn dated_clause(text: &str) -> bool {
    let clause = text.split("; ").next().unwrap_or(text);
    is_due(clause) && clause.contains(|c: char| c.is_ascii_digit())
}

/// "Kinh tế đô thị do Sở KH-ĐT chủ trì, Văn hóa đô thị do Sở VH-TT chủ trì, … và Quản lý nhà
/// nước do Sở Nội vụ chủ trì": one piece of work per "do <unit> chủ trì", cut after each
/// "chủ trì" at the ", " or " và " that follows it.
fn led_pieces(clause: &str) -> Vec<&str> {
    let (f, map) = fold_with_map(clause);
    let ends: Vec<usize> = f
        .match_indices(" chu tri")
        .filter(|(p, _)| {
            let before = &f[..*p];
            before
                .rfind(" do ")
                .is_some_and(|d| before[d..].split_whitespace().count() <= 10)
        })
        .map(|(p, w)| p + w.len())
        .collect();
    if ends.len() < 2 {
        return vec![clause];
    }
    let mut out = Vec::new();
    let mut start = 0;
    for &e in &ends[..ends.len() - 1] {
        let cut = [", ", " va "]
            .iter()
            .find(|s| f[e..].starts_with(**s))
            .map(|s| (e, e + s.len()));
        if let Some((a, b)) = cut {
            out.push(&clause[map[start]..map[a]]);
            start = b;
        }
    }
    out.push(&clause[map[start]..]);
    out
}

/// Whether a sentence opens with a capitalised listed verb ("Tiếp tục khẩn trương chỉ đạo …",
/// "Tăng cường kiểm tra …").
pub(super) fn opens_with_verb(sentence: &str) -> bool {
    let s = sentence.trim_start_matches(['“', '"', '‘', ' ']);
    let f = fold(s);
    // "Kiểm tra, rà soát …", "Rà soát, huy động …": a verb may open a list of verbs.
    s.starts_with(char::is_uppercase)
        && super::words::work_verbs()
            .chain(OPENING_VERBS)
            .any(|v| f.starts_with(v) && f[v.len()..].starts_with([' ', ',']))
}

/// Verbs that open a sentence of work but stand inside bodies' names elsewhere, so they are
/// no name-ending `VERBS`: "Điều tra, làm rõ nguyên nhân …" (but "Cơ quan Cảnh sát điều tra"),
/// "Kiểm điểm, xử lý nghiêm …" (folded).
/// "Duy trì công tác tuần tra, kiểm soát …", "Cử cán bộ chuyên môn tăng cường đi cơ sở …" open
/// work too.
const OPENING_VERBS: &[&str] = &["dieu tra", "kiem diem", "duy tri", "cu can bo"];

/// "… nêu trên", "… nói trên": a sentence about the work named before it.
pub(super) fn refers_back(sentence: &str) -> bool {
    let f = fold(sentence);
    ["neu tren", "noi tren", "tren day"]
        .iter()
        .any(|w| phrase_pos(&f, w).is_some())
}

/// "Đồng thời, nghiên cứu, đề xuất …", "Đồng thời đề xuất, tham mưu …", "Trong đó, tập
/// trung …": a sentence without a subject that goes on with the work of the task before it.
pub(super) fn goes_on(sentence: &str) -> bool {
    let s = sentence.trim_start_matches(['“', '"', '‘', ' ']);
    let f = fold(s);
    // "Trong đó, tập trung phối hợp …": a part of that work, told without its unit.
    let Some(rest) = f
        .strip_prefix("dong thoi")
        .or_else(|| f.strip_prefix("trong do,"))
        // "Trên cơ sở đó, quyết định phương án …": work that follows from the work before.
        .or_else(|| f.strip_prefix("tren co so do,"))
        // "Bên cạnh đó, tham mưu, đề xuất …": more work of the unit named before.
        .or_else(|| f.strip_prefix("ben canh do,"))
    else {
        return false;
    };
    let rest = rest.trim_start_matches([',', ' ']);
    let at = super::assign::byte_at_fold(s, f.len() - rest.len());
    s[at..].starts_with(char::is_lowercase) && !looks_like_unit(&s[at..])
}

/// "Sở X đôn đốc các sở, ngành liên quan; UBND …": the clause ends with the units its verb
/// acts on, so the next clause goes on the list.
fn ends_with_units(clause: &str) -> bool {
    let (f, map) = fold_with_map(clause);
    let last_verb = super::words::name_end_verbs()
        .filter_map(|v| {
            f.rmatch_indices(&format!(" {v}"))
                .map(|(p, _)| (p + 1, p + 1 + v.len()))
                .find(|&(p, e)| {
                    f[e..].chars().next().is_none_or(|c| !c.is_alphanumeric())
                        && clause[map[p]..].chars().next().is_some_and(char::is_lowercase)
                        && !super::words::verb_in_name(&f, p, v)
                })
        })
        .max();
    last_verb.is_some_and(|(_, e)| {
        let tail = clause[map[e]..].trim();
        // Units are named ("UBND …") or plural ("các sở, ngành"); "tổ chức bộ máy một số
        // cơ sở đảng" is work.
        // Role-holders too ("thủ trưởng các sở, ban ngành, đơn vị sự nghiệp công lập trực
        // thuộc UBND tỉnh; Chủ tịch UBND các huyện …" is one list).
        let ft = fold(tail);
        let role = ["thu truong ", "chu tich ", "giam doc ", "lanh dao "]
            .iter()
            .any(|r| ft.starts_with(r));
        let named = tail.starts_with(char::is_uppercase) || ft.starts_with("cac ") || role;
        let limit = if role { 16 } else { 8 };
        named && tail.split_whitespace().count() <= limit && (looks_like_unit(tail) || role)
    }) || ordered_units_at_end(clause)
}

/// "Để Hội nghị được tổ chức chu đáo, Chủ tịch UBND tỉnh giao các sở, ban, ngành": the clause
/// ends with the units an order word names, so the list of addressees runs on after "; "
/// ("…; UBND các huyện, thành phố khẩn trương thu thập …") and the work follows the list.
fn ordered_units_at_end(clause: &str) -> bool {
    let (f, map) = fold_with_map(clause);
    ["giao ", "yeu cau ", "de nghi "]
        .iter()
        .filter_map(|w| {
            f.rmatch_indices(w)
                .find(|&(p, _)| p == 0 || f[..p].ends_with(' '))
                .map(|(p, _)| p + w.len())
        })
        .max()
        .is_some_and(|e| {
            let tail = clause[map[e]..].trim();
            let ft = fold(tail);
            (tail.starts_with(char::is_uppercase) || ft.starts_with("cac "))
                && tail.split_whitespace().count() <= 8
                && looks_like_unit(tail)
                // "Giao UBND tỉnh tổ chức thực hiện; …": the work is given, the clause is whole.
                && !has_lowercase_verb(tail)
        })
}

/// Whether a clause opens with a unit followed by a lowercase verb.
pub(super) fn starts_with_subject(clause: &str) -> bool {
    subject_lead(clause).is_some_and(|u| clause.trim_start().starts_with(&u))
}

/// "(1) …", "(2) …".
pub(super) fn paren_item(line: &str) -> Option<&str> {
    let rest = line.strip_prefix('(')?;
    let n = rest.bytes().take_while(u8::is_ascii_digit).count();
    let rest = rest[n..].strip_prefix(')')?;
    (n > 0 && n <= 2).then(|| rest.trim_start())
}

/// Sentences: split at ". " and at ": " before a capital letter; and before each item of a
/// paragraph numbered inline ("… yêu cầu X: (1) Tăng cường …; (2) Tập trung …"), when it
/// holds two items or more.
pub(super) fn sentences(text: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let mut start = 0;
    let b = text.as_bytes();
    let inline_items = (1..b.len()).filter(|&i| inline_item_at(text, i)).count() >= 2;
    for (i, &c) in b.iter().enumerate() {
        if matches!(c, b':' | b';' | b'.') && inline_items && b.get(i + 1) == Some(&b' ') && inline_item_at(text, i + 2)
        {
            out.push(&text[start..=i]);
            start = i + 2;
            continue;
        }
        // "… do các tổ chức, cá nhân cung cấp….Trên cơ sở kết quả rà soát, UBND xã sẽ …": an
        // ellipsis and its dot, then the next sentence without a space.
        if c == b'.'
            && (text[..i].ends_with('…') || text[..i].ends_with(".."))
            && text[i + 1..].chars().next().is_some_and(char::is_uppercase)
        {
            out.push(&text[start..=i]);
            start = i + 1;
            continue;
        }
        // "1. UBND phường phát động …; Đề nghị các cơ quan … hưởng ứng …": a new order after a
        // semicolon, opened by its order word with a capital, is a sentence of its own.
        if c == b';' && b.get(i + 1) == Some(&b' ') && opens_order(&text[i + 2..]) {
            out.push(&text[start..=i]);
            start = i + 2;
            continue;
        }
        if (c == b'.' || c == b':') && b.get(i + 1) == Some(&b' ') {
            // "Cụ thể là: “Giao UBND …": a quoted conclusion starts a sentence too.
            let next = text[i + 2..].trim_start_matches(['“', '"', '‘']).chars().next();
            // "UBND TP. Vinh", "H. Tuy Phong": an abbreviated level before a name.
            let word = text[start..i].rsplit([' ', '(', '“']).next().unwrap_or("");
            let abbreviation = c == b'.' && ABBREVIATIONS.contains(&word);
            // "giao các Sở: Xây dựng, Tài chính, …": the members of a plural head.
            let members = c == b':' && fold(&text[start..i]).rsplit(' ').take(3).any(|w| w == "cac");
            // "… Chủ tịch UBND các tỉnh, thành phố trực thuộc Trung ương: Hà Tĩnh, Quảng Trị, …
            // Lâm Đồng tập trung thực hiện …": the places the unit is of, then its verb.
            let places = c == b':' && {
                let rest = &text[i + 1..];
                super::headings::names_then_work(rest.split(['.', ';', ':']).next().unwrap_or(rest))
            };
            let ends = !abbreviation && !members && !places && (c == b'.' || next.is_some_and(char::is_uppercase));
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

/// Whether `s` opens with a capitalised order word and its unit ("Đề nghị các cơ quan …",
/// "Giao Công an phường …", "Yêu cầu UBND các xã …").
fn opens_order(s: &str) -> bool {
    // The first words only: `s` runs to the end of the paragraph.
    let head = s.char_indices().nth(24).map_or(s, |(k, _)| &s[..k]);
    let f = fold(head);
    s.starts_with(char::is_uppercase)
        && ["de nghi ", "giao ", "yeu cau "].iter().any(|w| {
            f.starts_with(w) && {
                let rest = &s[super::assign::byte_at_fold(s, w.len())..];
                looks_like_unit(&rest.split_whitespace().take(6).collect::<Vec<_>>().join(" "))
            }
        })
}

/// Whether an inline item "(N) <Capital>…" starts at byte `i`, after ": ", "; " or ". ".
fn inline_item_at(text: &str, i: usize) -> bool {
    let b = text.as_bytes();
    i >= 2
        && b[i - 1] == b' '
        && matches!(b[i - 2], b':' | b';' | b'.')
        && text
            .get(i..)
            .and_then(paren_item)
            .is_some_and(|rest| rest.starts_with(char::is_uppercase))
}

/// Abbreviated levels and titles written with a dot before a name ("TP. Vinh").
const ABBREVIATIONS: &[&str] = &["TP", "Tp", "TX", "Q", "H", "P", "X", "TT", "ThS", "TS", "PGS", "GS"];
