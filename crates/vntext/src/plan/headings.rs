//! Headings of the items of a plan's or a notice's implementation section that name the
//! unit whose work follows ("3. Sở Xây dựng:", "a) Bộ Tài chính", "- Vụ Khoa học Công nghệ:",
//! "1. Sở Y tế - cơ quan thường trực:"), and the bare numbers of items whose text is on the
//! next line ("3.").

use super::has_lowercase_verb;
use super::words::{self, looks_like_unit};
use crate::text::fold;

/// The unit an item that is only units' names gives its work to: the name ("Trung tâm Văn
/// hóa - Thông tin và Thể thao"), without the office it holds after a dash ("Sở Lao động -
/// Thương binh và Xã hội - thường trực kế hoạch"); of a list, the first ("Phòng Kinh tế, Công
/// an Kinh tế, Đội Quản lý thị trường 12 B", "Sở Kế hoạch & Đầu tư và Sở Tài chính"); a name
/// with a comma of its own stays whole ("Vụ Phổ biến, giáo dục pháp luật").
pub(super) fn heading_unit(item: &str) -> Option<String> {
    // "Các tổ chức chính trị - xã hội và tổ chức, đoàn thể …": a name cut before its "và"
    // list keeps no dangling "và".
    // "3. Ban Công tác Mặt trận các" (the line cut short): no dangling "các" either.
    heading_unit_as_read(item)
        .map(|u| {
            let u = u.strip_suffix(" và").unwrap_or(&u);
            u.strip_suffix(" các").unwrap_or(u).to_string()
        })
        .or_else(|| bound_by_duty(item))
}

/// "12. Các tổ chức, cá nhân và hộ gia đình khai thác nước dưới đất trên địa bàn có trách
/// nhiệm": the duty marks a heading; what comes before it says at length whom it binds (their
/// kinds, what they do), the whole of it the unit, when no shorter reading names one.
fn bound_by_duty(item: &str) -> Option<String> {
    let t = item.trim().trim_end_matches([':', '.']).trim();
    let unit = [" có trách nhiệm", " chịu trách nhiệm"]
        .iter()
        .find_map(|p| t.strip_suffix(p))
        .unwrap_or(t);
    let head = unit.split(',').next().unwrap_or(unit).trim();
    (unit.len() < t.len()
        && unit.contains(',')
        && !unit.contains([':', ';', '.'])
        && unit.split_whitespace().count() <= 25
        && head.split_whitespace().count() <= 4
        && looks_like_unit(head))
    .then(|| unit.to_string())
}

fn heading_unit_as_read(item: &str) -> Option<String> {
    let colon = item.trim().ends_with(':');
    let t = item.trim().trim_end_matches([':', '.']).trim();
    let t = without_role_label(t);
    let t = words::without_office_apposition(t);
    let t = without_aside(without_order_word(without_duty_phrase(t)));
    // "Cán bộ phụ trách lĩnh vực giám sát và phản biện xã hội", "Chuyên viên phụ trách lĩnh
    // vực Hành chính, Văn phòng": after "phụ trách" come the fields of the post, whole.
    if let Some(k) = fold(t).find(" phu trach ")
        && looks_like_unit(t)
        && !has_lowercase_verb(&t[..crate::plan::assign::byte_at_fold(t, k)])
        && t.split_whitespace().count() <= 14
        && !t.contains([':', ';', '.'])
    {
        return Some(t.to_string());
    }
    // "Sở Văn hóa, Thể thao và Du lịch/Sở Văn hóa và Thể thao tỉnh, …": one body under the
    // names it has in different provinces; the first is read.
    let t = match t.split_once('/') {
        Some((a, b)) if looks_like_unit(a.trim()) && looks_like_unit(b.trim()) => a.trim(),
        _ => t,
    };
    // "1. Thủ trưởng các sở, ban, ngành tỉnh; Chủ tịch UBND các xã, phường" over "a) …":
    // units of different kinds listed with a semicolon, each a heading's unit of its own; the
    // work below is given to all, and the first leads it (a list gives its first unit).
    if t.contains(';') && !t.contains([':', '.']) {
        let pieces: Vec<&str> = t.split(';').map(str::trim).collect();
        if pieces.len() >= 2 && pieces.iter().all(|p| heading_unit_as_read(p).is_some()) {
            return heading_unit_as_read(pieces[0]);
        }
    }
    if t.contains([':', ';', '.']) || has_lowercase_verb(t) || t.split_whitespace().count() > 40 {
        return None;
    }
    if !t.contains(',') {
        // "2. Các doanh nghiệp viễn thông và truyền hình cáp hoạt động kinh doanh trên địa bàn
        // tỉnh:": a heading closed by its colon may say which units it means at length.
        let head: String = t.split_whitespace().take(6).collect::<Vec<_>>().join(" ");
        let long_ok = colon && looks_like_unit(&head) && t.split_whitespace().count() <= 20;
        // "Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam thành phố và các Đoàn thể": units joined
        // by "và", each short enough for a heading of its own, though the whole is long.
        let units = super::unit_list::split_units(t);
        let listed = units.len() >= 2 && units.iter().all(|u| is_unit_heading(u));
        return (is_unit_heading(t) || long_ok || listed).then(|| first_unit(t));
    }
    let (first, rest) = t.split_once(',')?;
    // "Sở, ban, ngành liên quan": the bare heads of a collective, the whole of it.
    // Each piece a bare head, the later ones with lowercase words only after it.
    let bare = |p: &str| {
        let mut w = p.split_whitespace();
        w.next().is_some_and(super::unit_list::is_bare_head) && w.all(|x| x.starts_with(char::is_lowercase))
    };
    let lone = first.split_whitespace().count() == 1;
    if lone && bare(first) && rest.split(',').all(bare) && t.split_whitespace().count() <= 8 {
        return Some(t.to_string());
    }
    if !looks_like_unit(first.trim()) {
        return None;
    }
    // Lowercase pieces that are no unit and no member of a list continue the name.
    let own_comma = rest
        .split(',')
        .map(str::trim)
        .all(|p| p.starts_with(char::is_lowercase) && !looks_like_unit(p) && !super::unit_list::is_list_noun(p));
    if own_comma {
        return (t.split_whitespace().count() <= 12).then(|| t.to_string());
    }
    // "UBND quận, huyện, thị xã": one unit of several levels.
    let units = super::unit_list::split_units(t);
    (!units.is_empty() && units.iter().all(|u| looks_like_unit(u.trim()))).then(|| first_unit(t))
}

/// "7. Các doanh nghiệp hoạt động / trong lĩnh vực xây dựng, giao thông, vận tải, logistics
/// và công nghệ thông tin / trên địa bàn Tỉnh" over dash items: a heading that says at length
/// which units it means (their field, their area), with no verb of work and no stop; the
/// whole of it is the unit, its commas its own. Read only over the items it heads.
pub(super) fn described_unit(item: &str) -> Option<String> {
    let t = item.trim().trim_end_matches(':').trim();
    let head: String = t.split_whitespace().take(3).collect::<Vec<_>>().join(" ");
    let f = fold(t);
    let describes = [" hoat dong trong ", " hoat dong tren ", " hoat dong kinh doanh "]
        .iter()
        .any(|w| f.contains(w))
        // "3. Cơ quan chủ trì giải quyết thủ tục đầu tư dự án" over "a) …": a body named by
        // its role and the work it has that role in.
        || ["co quan chu tri ", "co quan phoi hop ", "don vi chu tri ", "don vi phoi hop "]
            .iter()
            .any(|w| f.starts_with(w));
    (describes && looks_like_unit(&head) && !t.contains([':', ';', '.']) && t.split_whitespace().count() <= 25)
        .then(|| t.to_string())
}

/// "Cơ quan quản lý: Sở Nông nghiệp & PTNT tỉnh Bắc Kạn" → the unit after the role the
/// heading names first ("Cơ quan chủ trì: …", "Đơn vị thực hiện: …", "Chủ đầu tư: …"); a
/// role is two to four lowercase words after a capital, no name of its own.
fn without_role_label(t: &str) -> &str {
    let Some((role, unit)) = t.split_once(':') else {
        return t;
    };
    let f = fold(role.trim());
    let n = f.split_whitespace().count();
    let lowercase_rest = role
        .split_whitespace()
        .skip(1)
        .all(|w| w.starts_with(char::is_lowercase));
    let is_role = ["co quan ", "don vi ", "chu dau tu"]
        .iter()
        .any(|r| f.starts_with(r) || f == r.trim_end());
    if is_role && (2..=4).contains(&n) && lowercase_rest && !unit.trim().is_empty() {
        unit.trim()
    } else {
        t
    }
}

/// "Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam Thành phố, …", "Giao Công an tỉnh": the unit an
/// item's heading asks or gives the work to.
fn without_order_word(t: &str) -> &str {
    for w in ["Đề nghị ", "Giao "] {
        // "8. Đề nghị Liên minh Hợp tác xã tỉnh, Đoàn TNCS …, Hội nông dân tỉnh, Hiệp hội doanh
        // nghiệp tỉnh": a list too long for one name, its first piece a unit.
        if let Some(rest) = t.strip_prefix(w)
            && (looks_like_unit(rest) || looks_like_unit(rest.split(',').next().unwrap_or(rest).trim()))
        {
            // "2. Đề nghị Ủy ban nhân dân xã phối hợp" over the lines of its work: the verb
            // closing the heading asks for what the lines say.
            for verb in [" phối hợp", " thực hiện"] {
                if let Some(unit) = rest.strip_suffix(verb)
                    && looks_like_unit(unit)
                    && !has_lowercase_verb(unit)
                {
                    return unit;
                }
            }
            return rest;
        }
    }
    t
}

/// "11. Các đơn vị cấp nước sạch trên địa bàn thành phố có trách nhiệm" over "a) …": a
/// heading whose only verb is the duty it gives ("có trách nhiệm", "chịu trách nhiệm") names
/// the unit whose work the items say; the phrase is no part of the name.
fn without_duty_phrase(t: &str) -> &str {
    for phrase in [" có trách nhiệm", " chịu trách nhiệm"] {
        if let Some(unit) = t.strip_suffix(phrase)
            && looks_like_unit(unit)
        {
            return unit;
        }
    }
    t
}

/// "Sở Nội vụ (Cơ quan thường trực Ban Vì sự tiến bộ phụ nữ …)": a role told in brackets
/// after the name is no part of it; a short abbreviation in brackets is ("(VEC)").
fn without_aside(t: &str) -> &str {
    match t.strip_suffix(')').and_then(|s| s.rsplit_once('(')) {
        Some((name, aside)) if aside.split_whitespace().count() > 2 && looks_like_unit(name.trim()) => name.trim(),
        _ => t,
    }
}

/// "3." or "2.1" alone on a line.
pub(super) fn is_bare_number(line: &str) -> bool {
    let t = line.trim().trim_end_matches('.');
    !t.is_empty()
        && t.split('.')
            .all(|p| !p.is_empty() && p.len() <= 2 && p.bytes().all(|b| b.is_ascii_digit()))
}

/// The first unit of a list ("Sở Kế hoạch & Đầu tư và Sở Tài chính" → "Sở Kế hoạch & Đầu
/// tư"); a name alone stays as written.
fn first_unit(t: &str) -> String {
    super::unit_list::split_units(t)
        .into_iter()
        .next()
        .map_or_else(|| t.to_string(), |u| u.trim().to_string())
}

/// An item that is only a unit's name ("Trung tâm Văn hóa - Thông tin và Thể thao").
pub(super) fn is_unit_heading(item: &str) -> bool {
    let t = item.trim().trim_end_matches([':', '.']).trim();
    looks_like_unit(t)
        && t.split_whitespace().count() <= 12
        && !t.contains([':', ';', ',', '.'])
        && !has_lowercase_verb(t)
}

/// "Phòng Tài nguyên và Môi trường huyện: Xây dựng …" → (the unit, the work).
pub(super) fn unit_colon(item: &str) -> Option<(String, &str)> {
    let (unit, work) = item.split_once(':')?;
    let unit = unit.trim();
    let work = work.trim();
    (!work.is_empty() && is_unit_heading(unit) && !fold(work).starts_with("thoi gian") && !names_then_work(work))
        .then(|| (unit.to_string(), work))
}

/// "Chủ tịch Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương: Hà Tĩnh, Quảng Trị,
/// Huế, … Lâm Đồng chủ động phối hợp …": the colon opens the names of the places the unit is
/// of (three or more proper names, each of capitalised words), and the sentence goes on after
/// the last of them; the unit and its work are not split at that colon.
pub(crate) fn names_then_work(after_colon: &str) -> bool {
    let proper = |p: &str| {
        let n = p.split_whitespace().count();
        (1..=4).contains(&n) && p.split_whitespace().all(|w| w.starts_with(char::is_uppercase))
    };
    let pieces: Vec<&str> = after_colon.split(',').map(str::trim).collect();
    let names = pieces.iter().take_while(|p| proper(p)).count();
    // The piece after the names: the last name, then the lowercase words that go on with
    // the sentence ("Lâm Đồng chủ động, tích cực phối hợp …").
    let Some(next) = pieces.get(names) else {
        return false;
    };
    let words: Vec<&str> = next.split_whitespace().collect();
    let name_words = words.iter().take_while(|w| w.starts_with(char::is_uppercase)).count();
    // "… Khánh Hòa và Lâm Đồng": the list's last name after "và" ends it; no work follows.
    let rest = &words[name_words.min(words.len())..];
    let last_name =
        rest.first().is_some_and(|w| *w == "và") && rest[1..].iter().all(|w| w.starts_with(char::is_uppercase));
    names >= 2 && (1..=4).contains(&name_words) && !rest.is_empty() && !last_name
}

/// "Điều 2. Nhiệm vụ của Tổ tiếp công dân, xử lý khiếu nại, tố cáo, …:" → the body whose
/// duties follow, its whole name (its commas are its own).
pub(super) fn duties_of(line: &str) -> Option<String> {
    let t = line.trim().trim_end_matches(':').trim();
    // The article's number first, if any ("Điều 2.").
    let t = match t.strip_prefix("Điều ") {
        Some(rest) => rest.split_once(". ").map_or(rest, |(_, r)| r).trim(),
        None => t,
    };
    let f = fold(t);
    let at = ["nhiem vu va quyen han cua ", "nhiem vu cua "]
        .iter()
        .find_map(|p| f.starts_with(p).then_some(p.len()))?;
    let unit = t[crate::plan::assign::byte_at_fold(t, at)..].trim();
    (looks_like_unit(unit) || unit.starts_with("Tổ ") && unit.split_whitespace().count() <= 20)
        .then(|| unit.to_string())
}
