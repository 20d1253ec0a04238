//! An estimate of how wide a line of Times New Roman is, used only to size the rules
//! drawn under the issuing body and the Tiêu ngữ ("a rule as long as the text"). The
//! advance widths are the standard Times metrics (thousandths of an em) for the base
//! letter; Vietnamese letters take the width of their base letter (diacritics sit above
//! or below it). Nothing is measured at run time: no fonts are available to the server.

/// Width in points of `text` at `size_pt`, bold or regular.
pub(crate) fn width_pt(text: &str, size_pt: f32, bold: bool) -> f32 {
    let mut thousandths = 0u32;
    for c in text.chars() {
        thousandths += advance(c, bold);
    }
    thousandths as f32 / 1000.0 * size_pt
}

fn advance(c: char, bold: bool) -> u32 {
    let base = base_letter(c);
    let (regular, bold_w) = match base {
        'a' => (444, 500),
        'b' | 'd' | 'h' | 'n' | 'p' | 'q' | 'u' => (500, 556),
        'k' => (500, 556),
        'c' | 'e' | 'z' => (444, 444),
        'f' => (333, 333),
        'g' | 'o' | 'v' | 'x' | 'y' => (500, 500),
        'i' | 'l' => (278, 278),
        'j' => (278, 333),
        'm' => (778, 833),
        'r' => (333, 444),
        's' => (389, 389),
        't' => (278, 333),
        'w' => (722, 722),
        'A' | 'D' | 'H' | 'K' | 'N' | 'U' | 'V' | 'X' | 'Y' => (722, 722),
        'B' | 'R' => (667, 722),
        'C' => (667, 722),
        'E' | 'L' | 'T' | 'Z' => (611, 667),
        'F' | 'P' => (556, 611),
        'G' | 'O' | 'Q' => (722, 778),
        'I' => (333, 389),
        'J' => (389, 500),
        'M' => (889, 944),
        'S' => (556, 556),
        'W' => (944, 1000),
        '0'..='9' => (500, 500),
        ' ' => (250, 250),
        '-' => (333, 333),
        '.' | ',' | ':' | ';' => (250, 250),
        '/' => (278, 278),
        _ => (500, 556),
    };
    if bold { bold_w } else { regular }
}

/// The unaccented base letter of a Vietnamese letter, keeping its case.
fn base_letter(c: char) -> char {
    if c.is_ascii() {
        return c;
    }
    let folded = vntext::fold(&c.to_string());
    match folded.chars().next() {
        Some(b) if c.is_uppercase() => b.to_ascii_uppercase(),
        Some(b) => b,
        None => c,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn vietnamese_letters_take_their_base_width() {
        assert_eq!(width_pt("Độc", 10.0, true), width_pt("Doc", 10.0, true));
        assert_eq!(width_pt("Hạnh phúc", 10.0, false), width_pt("Hanh phuc", 10.0, false));
        // The Tiêu ngữ at 14 pt bold is about 6 cm wide.
        let cm = width_pt("Độc lập - Tự do - Hạnh phúc", 14.0, true) / 72.0 * 2.54;
        assert!((5.5..7.0).contains(&cm), "{cm}");
    }
}
