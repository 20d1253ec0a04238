//! Repairs text that came out of PDFs, OCR and web pages before it is read: look-alike
//! letters, invisible characters, lines broken inside a sentence.

use super::to_nfc;

/// Repairs extracted text: NFC; `Ð`/`ð` (eth) → `Đ`/`đ`; soft hyphens and zero-width
/// characters removed; non-breaking and repeated spaces made one space; a line break
/// inside a sentence (the next line starts with a lowercase letter and the line does
/// not end a sentence or a field) joined with a space. Numbered items, headings and
/// table rows stay on their own lines.
///
/// ```
/// let t = vntext::repair_ocr("Căn cứ Nghị định số 34/2016/NĐ-CP ngày 14 tháng 5 năm 2016 của\nChính phủ;\nQUYẾT ÐỊNH:\nđiều\u{00ad}chỉnh");
/// assert_eq!(t, "Căn cứ Nghị định số 34/2016/NĐ-CP ngày 14 tháng 5 năm 2016 của\nChính phủ;\nQUYẾT ĐỊNH:\nđiềuchỉnh");
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
    let mut out = String::with_capacity(composed.len());
    for (i, line) in lines.iter().enumerate() {
        if i > 0 {
            let prev = lines[i - 1].trim_end();
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
            let joins = !prev.is_empty()
                && !prev.ends_with(['.', ';', ':', '!', '?', ',', '|'])
                && !prev.contains('\t')
                && ((line.chars().next().is_some_and(char::is_lowercase) && !crate::plan::starts_numbered_item(line))
                    || starts_number)
                && prev.chars().any(char::is_lowercase);
            out.push(if joins { ' ' } else { '\n' });
        }
        out.push_str(line);
    }
    out
}
