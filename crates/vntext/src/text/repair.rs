//! Repairs text that came out of PDFs, OCR and web pages before it is read: look-alike
//! letters, invisible characters, lines broken inside a sentence.

use super::to_nfc;

/// Repairs extracted text: NFC; `Ð`/`ð` (eth) → `Đ`/`đ`; soft hyphens and zero-width
/// characters removed; non-breaking and repeated spaces made one space; a line break
/// inside a sentence (the next line starts with a lowercase letter and the line does
/// not end a sentence or a field, or the line ends on a word that cannot end one: "và",
/// "của", "đến" …) joined with a space; "Điều" broken off its number joined; a list's
/// first item glued to its colon ("sau đây:1. …") put on its own line; a mark alone on its
/// line ("1.\nSở Y tế:") and a Roman heading cut by the page ("V. TỔ\nCHỨC THỰC HIỆN")
/// joined; in a page cut at its width whose paragraphs are set apart by blank lines, every
/// line inside a paragraph goes on with the next. Numbered items, headings and table rows
/// stay on their own lines.
///
/// ```
/// assert_eq!(vntext::repair_ocr("1.\nSở Y tế:"), "1. Sở Y tế:");
/// assert_eq!(vntext::repair_ocr("V. TỔ\nCHỨC THỰC HIỆN"), "V. TỔ CHỨC THỰC HIỆN");
/// ```
///
/// ```
/// let t = vntext::repair_ocr("Căn cứ Nghị định số 34/2016/NĐ-CP ngày 14 tháng 5 năm 2016 của\nChính phủ;\nQUYẾT ÐỊNH:\nđiều\u{00ad}chỉnh");
/// assert_eq!(t, "Căn cứ Nghị định số 34/2016/NĐ-CP ngày 14 tháng 5 năm 2016 của Chính phủ;\nQUYẾT ĐỊNH:\nđiềuchỉnh");
/// assert_eq!(vntext::repair_ocr("Giao Sở Y tế,\ncác huyện kiểm tra."), "Giao Sở Y tế, các huyện kiểm tra.");
/// assert_eq!(vntext::repair_ocr("Điều\n2. Giao Sở Nội vụ"), "Điều 2. Giao Sở Nội vụ");
/// assert_eq!(vntext::repair_ocr("nội dung sau:1. Rà soát"), "nội dung sau:\n1. Rà soát");
/// assert_eq!(vntext::repair_ocr("thực hiện\nnghiêm túc"), "thực hiện nghiêm túc");
/// assert_eq!(vntext::repair_ocr("trước ngày\n28/9/2018."), "trước ngày 28/9/2018.");
/// assert_eq!(vntext::repair_ocr("như sau\n1. Tổ chức"), "như sau\n1. Tổ chức");
/// assert_eq!(vntext::repair_ocr("1. Tuyên truyền\na) Hội nghị"), "1. Tuyên truyền\na) Hội nghị");
/// assert_eq!(vntext::repair_ocr("Nghị quyết số 45-\nNQ/TW, ngày 24-11-2023"), "Nghị quyết số 45-NQ/TW, ngày 24-11-2023");
/// ```
pub fn repair_ocr(text: &str) -> String {
    let mut cleaned = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            'Ð' => cleaned.push('Đ'),
            'ð' => cleaned.push('đ'),
            '\u{00ad}' | '\u{200b}' | '\u{200c}' | '\u{200d}' | '\u{feff}' => {}
            '\u{a0}' | '\u{2007}' | '\u{202f}' => cleaned.push(' '),
            '\r' => {}
            _ => cleaned.push(c),
        }
    }
    let composed = to_nfc(&cleaned);
    let lines: Vec<String> = composed
        .lines()
        .map(|l| l.split(' ').filter(|w| !w.is_empty()).collect::<Vec<_>>().join(" "))
        .map(|l| if l.contains('\t') { l } else { l.trim().to_string() })
        .collect();
    let wrapped = hard_wrapped(&lines);
    let mut out = String::with_capacity(composed.len());
    for (i, line) in lines.iter().enumerate() {
        if i > 0 {
            let prev = lines[i - 1].trim_end();
            // "1.\nSở Y tế:", "V. TỔ\nCHỨC THỰC HIỆN": a mark or an upper-case heading cut
            // by the page goes on with its line.
            if !line.is_empty() && (mark_only(prev) || roman_heading_cut(prev, line)) {
                out.push(' ');
                out.push_str(line);
                continue;
            }
            // "… số 45-\nNQ/TW": a symbol broken after its hyphen.
            let symbol_break = prev.ends_with('-')
                && prev[..prev.len() - 1].ends_with(|c: char| c.is_ascii_digit())
                && line
                    .split('/')
                    .next()
                    .is_some_and(|t| !t.is_empty() && t.len() <= 6 && t.chars().all(char::is_alphabetic))
                && line.contains('/');
            if symbol_break {
                out.push_str(line);
                continue;
            }
            // "… trước ngày\n28/9/2018.": a sentence broken before a number (not before a
            // numbered item "2. …").
            let starts_number = line.chars().next().is_some_and(|c| c.is_ascii_digit())
                && !crate::plan::starts_numbered_item(line)
                && prev.chars().next_back().is_some_and(char::is_lowercase);
            // "… Hội đồng nhân dân,\ncác Ban …": a list broken after its comma goes on in
            // lowercase; "… Sở Tài nguyên và\nMôi trường", "… báo cáo đến\nHội đồng …": a line
            // ending on a word that cannot end a sentence or a heading goes on with a name.
            let lowercase_next =
                line.chars().next().is_some_and(char::is_lowercase) && !crate::plan::starts_numbered_item(line);
            let dangling = ends_dangling(prev)
                && line.chars().next().is_some_and(char::is_uppercase)
                && !crate::plan::starts_numbered_item(line);
            // A page whose paragraphs are set apart by blank lines and whose lines are cut
            // at the page's width: a line inside a paragraph goes on with the next one, a
            // capital or not ("1. Viện Văn hóa, Nghệ thuật,\nThể thao …", "2. Bộ trưởng\nBộ
            // Giáo dục …"); a numbered item or a bullet still opens its own line.
            // "… Tập đoàn: Công nghiệp\n- Viễn thông Quân đội …": in such a page a bullet
            // follows a blank line, so a dash after a line cut mid-sentence is a name's hyphen.
            // A dash before a verb that opens work ("3. Cục Đường bộ Việt Nam\n- Chỉ đạo …")
            // is a bullet, whatever the page.
            let hyphen = line
                .strip_prefix("- ")
                .is_some_and(|r| r.starts_with(char::is_uppercase) && !crate::plan::opens_work(r));
            let wrapped_next = wrapped
                && !line.is_empty()
                && (line.chars().next().is_some_and(char::is_uppercase) || hyphen)
                && (!crate::plan::starts_numbered_item(line) || hyphen);
            // "… trực thuộc Trung ương: Hà Tĩnh, Quảng Trị, Huế,\nĐắk Lắk, Lâm Đồng chủ động …":
            // a list of places' names after a colon, broken after one of its commas, goes on
            // with the next name.
            // Only when the sentence goes on after the names: an address list ("- Bí thư Tỉnh
            // ủy, …: Hà Tĩnh, …,\nLâm Đồng.") keeps its lines.
            let names_cut = names_list_open(prev)
                && line.chars().next().is_some_and(char::is_uppercase)
                && !crate::plan::starts_numbered_item(line)
                && prev.rsplit_once(": ").is_some_and(|(_, names)| {
                    crate::plan::names_then_work(&format!("{names} {line}").replace(['.', ';'], ","))
                });
            // "… (i) Báo cáo tình hình triển khai thực hiện\nNghị quyết số 66-NQ/TW …": a long line
            // cut before the document it cites goes on with it (a heading is short).
            let citation_next = prev.split_whitespace().count() > 12
                && prev.chars().next_back().is_some_and(char::is_lowercase)
                && CITED_KINDS.iter().any(|k| {
                    line.strip_prefix(k)
                        .is_some_and(|r| r.starts_with(" số ") || r.starts_with(" số:"))
                });
            // "… giao Bộ Nông nghiệp và Môi trường làm chủ\nChương trình, chịu trách nhiệm …": a
            // long line cut mid-sentence before a capitalised word, whose next line goes on
            // with lowercase words and ends no sentence where it starts (no mark, no closing).
            let long_cut = prev.split_whitespace().count() > 12
                && prev.chars().next_back().is_some_and(char::is_lowercase)
                && !crate::plan::starts_numbered_item(line)
                && line
                    .split_whitespace()
                    .nth(1)
                    .is_some_and(|w| w.starts_with(char::is_lowercase))
                && line
                    .split_whitespace()
                    .next()
                    .is_some_and(|w| w.ends_with(',') || CONTINUED_NOUNS.contains(&w));
            // "Thực hiện nhiệm vụ được giao, Bộ\nNông nghiệp và Môi trường …": a unit's head word
            // at the end of a line, its name on the next.
            // "… phối hợp với Đài truyền hình Việt Nam, Tập đoàn\nCông nghiệp - Viễn thông Quân
            // đội …", "… ý kiến chỉ đạo của Thủ tướng\nChính phủ, …": a two-word head, likewise.
            let head_cut = (prev.rsplit(' ').next().is_some_and(|w| UNIT_HEADS.contains(&w))
                || TWO_WORD_HEADS.iter().any(|h| prev.ends_with(&format!(" {h}"))))
                && prev.split_whitespace().count() > 3
                && line.chars().next().is_some_and(char::is_uppercase)
                && !crate::plan::starts_numbered_item(line);
            // "1. Các đồng chí Bộ trưởng,\nThủ trưởng cơ quan ngang Bộ, …": an item cannot end
            // on a comma; its line was cut inside the list that opens it.
            let item_cut = prev.ends_with(',')
                && crate::plan::starts_numbered_item(prev)
                && !line.is_empty()
                && !crate::plan::starts_numbered_item(line);
            let joins = !prev.is_empty()
                && !prev.ends_with(['.', ';', ':', '!', '?', '|'])
                && (!prev.ends_with(',') || lowercase_next || wrapped_next || names_cut || item_cut)
                && !prev.contains('\t')
                && (lowercase_next
                    || starts_number
                    || dangling
                    || wrapped_next
                    || names_cut
                    || item_cut
                    || citation_next
                    || long_cut
                    || head_cut)
                && prev.chars().any(char::is_lowercase);
            // "Điều\n2. Giao …": an article's number broken off its word.
            let article = prev == "Điều" && line.chars().next().is_some_and(|c| c.is_ascii_digit());
            out.push(if joins || article { ' ' } else { '\n' });
        }
        out.push_str(line);
    }
    split_glued_first_item(&out)
}

/// Heads of units' names, capitalised, that a line cut inside the name ends on.
const UNIT_HEADS: &[&str] = &["Bộ", "Sở", "Cục", "Vụ", "Viện", "Phòng", "Ban"];

/// Heads of two words that a line cut inside a name or an office ends on.
const TWO_WORD_HEADS: &[&str] = &[
    "Tập đoàn",
    "Thủ tướng",
    "Tổng cục",
    "Hội đồng",
    "Ngân hàng",
    "Tổng công ty",
];

/// Capitalised first words of names that a cut line may go on with ("Chương trình, …",
/// "Nhà nước …", "Kế hoạch …").
const CONTINUED_NOUNS: &[&str] = &["Chương", "Nhà", "Kế", "Đề", "Dự", "Quốc", "Chính", "Trung"];

/// The kinds of document a sentence cites by number ("Nghị quyết số …").
const CITED_KINDS: &[&str] = &[
    "Nghị quyết",
    "Quyết định",
    "Chỉ thị",
    "Kế hoạch",
    "Nghị định",
    "Thông tư",
    "Công văn",
    "Kết luận",
    "Thông báo",
];

/// Whether a line ends inside a list of proper names opened by its colon: after the last
/// ": " two or more comma-separated names, each one to four capitalised words, and the line
/// ends on a comma ("… Trung ương: Hà Tĩnh, Quảng Trị, Huế,").
fn names_list_open(line: &str) -> bool {
    let Some(body) = line.strip_suffix(',') else {
        return false;
    };
    let Some((_, names)) = body.rsplit_once(": ") else {
        return false;
    };
    let pieces: Vec<&str> = names.split(',').map(str::trim).collect();
    pieces.len() >= 2
        && pieces.iter().all(|p| {
            let n = p.split_whitespace().count();
            (1..=4).contains(&n) && p.split_whitespace().all(|w| w.starts_with(char::is_uppercase))
        })
}

/// Whether the text is a page cut at its width whose paragraphs are set apart by blank
/// lines: blank lines between paragraphs, and inside them at least four breaks (and a third
/// of all) that fall in the middle of a sentence, the next line going on in lowercase.
fn hard_wrapped(lines: &[String]) -> bool {
    let blank = lines.iter().filter(|l| l.is_empty()).count();
    let (mut inside, mut soft) = (0, 0);
    for w in lines.windows(2) {
        if w[0].is_empty() || w[1].is_empty() {
            continue;
        }
        inside += 1;
        soft += usize::from(
            !w[0].ends_with(['.', ';', ':', '!', '?'])
                && w[1].chars().next().is_some_and(char::is_lowercase)
                && !crate::plan::starts_numbered_item(&w[1]),
        );
    }
    blank >= 2 && soft >= 4 && soft * 3 >= inside
}

/// A line that is only a numbering mark: "1.", "4.", "a)", "IV.".
fn mark_only(line: &str) -> bool {
    let body = line.strip_suffix(['.', ')']).unwrap_or("");
    !body.is_empty()
        && (body
            .split('.')
            .all(|p| !p.is_empty() && p.chars().all(|c| c.is_ascii_digit()))
            || body.chars().all(|c| matches!(c, 'I' | 'V' | 'X'))
            || (body.chars().count() == 1 && body.chars().all(char::is_lowercase)))
}

/// "V. TỔ" over "CHỨC THỰC HIỆN", "III. KINH" over "PHÍ BẢO ĐẢM": a Roman section's
/// upper-case heading cut by the page.
fn roman_heading_cut(prev: &str, line: &str) -> bool {
    let Some((numeral, rest)) = prev.split_once(". ") else {
        return false;
    };
    let upper = |s: &str| s.chars().any(char::is_alphabetic) && !s.chars().any(char::is_lowercase);
    !numeral.is_empty()
        && numeral.chars().all(|c| matches!(c, 'I' | 'V' | 'X'))
        && upper(rest)
        && rest.split(' ').count() <= 3
        && upper(line)
        && !line.contains(':')
        && !crate::plan::starts_numbered_item(line)
}

/// Words that join what follows them and so never end a sentence or a heading: a line
/// ending on one was broken by the page ("… Sở Tài nguyên và", "… báo cáo kết quả đến").
fn ends_dangling(line: &str) -> bool {
    let last = line.rsplit(' ').next().unwrap_or_default();
    [
        "và", "đến", "được", "với", "cho", "tại", "của", "các", "những", "theo", "thuộc",
    ]
    .contains(&last)
        && line.split(' ').count() >= 3
}

/// "… thực hiện một số nội dung sau đây:1. Đối với …": a list's first item glued to the
/// colon that opens it (pages converted to text lose the line break) goes on its own line.
fn split_glued_first_item(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 8);
    let mut rest = text;
    while let Some(k) = rest.find(":1. ") {
        let before = &rest[..k];
        let after = &rest[k + 4..];
        out.push_str(before);
        out.push(':');
        if before.chars().next_back().is_some_and(char::is_alphabetic)
            && after.chars().next().is_some_and(char::is_uppercase)
        {
            out.push('\n');
        }
        out.push_str("1. ");
        rest = after;
    }
    out.push_str(rest);
    out
}
