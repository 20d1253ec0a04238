//! Raw HTML's character entities read as the letters they stand for: a page or a repository
//! file that writes "ngày" as "ng&agrave;y" and "Công văn" as "C&ocirc;ng văn" is read as the
//! text it shows ("Ng&agrave;y 01/02/2020, Ủy ban … ban h&agrave;nh C&ocirc;ng văn số
//! 326/UBND-KGVX" dates the letter as its plain text does). The text is decoded once, read,
//! and every offset of what is read is mapped back onto the text as given.

use super::{DateEvidence, DocRef};

/// Named entities a Vietnamese page uses for its letters and punctuation, with what they stand
/// for. Other names are left as written.
const NAMED: &[(&str, char)] = &[
    ("agrave", 'à'),
    ("aacute", 'á'),
    ("acirc", 'â'),
    ("atilde", 'ã'),
    ("egrave", 'è'),
    ("eacute", 'é'),
    ("ecirc", 'ê'),
    ("igrave", 'ì'),
    ("iacute", 'í'),
    ("ograve", 'ò'),
    ("oacute", 'ó'),
    ("ocirc", 'ô'),
    ("otilde", 'õ'),
    ("ugrave", 'ù'),
    ("uacute", 'ú'),
    ("yacute", 'ý'),
    ("Agrave", 'À'),
    ("Aacute", 'Á'),
    ("Acirc", 'Â'),
    ("Atilde", 'Ã'),
    ("Egrave", 'È'),
    ("Eacute", 'É'),
    ("Ecirc", 'Ê'),
    ("Igrave", 'Ì'),
    ("Iacute", 'Í'),
    ("Ograve", 'Ò'),
    ("Oacute", 'Ó'),
    ("Ocirc", 'Ô'),
    ("Otilde", 'Õ'),
    ("Ugrave", 'Ù'),
    ("Uacute", 'Ú'),
    ("Yacute", 'Ý'),
    ("nbsp", '\u{a0}'),
    ("amp", '&'),
    ("quot", '"'),
    ("hellip", '…'),
    ("ndash", '–'),
    ("mdash", '—'),
    ("ldquo", '“'),
    ("rdquo", '”'),
];

/// The entity at the start of `s` ("&agrave;", "&#7897;", "&#x1EA1;"): what it stands for and
/// its length.
fn entity(s: &str) -> Option<(char, usize)> {
    let body = s.strip_prefix('&')?;
    let semi = body.get(..body.len().min(9))?.find(';')?;
    let name = &body[..semi];
    let c = if let Some(num) = name.strip_prefix('#') {
        let code = match num.strip_prefix(['x', 'X']) {
            Some(hex) => u32::from_str_radix(hex, 16).ok()?,
            None => num.parse().ok()?,
        };
        char::from_u32(code).filter(|c| !c.is_control())?
    } else {
        NAMED.iter().find(|(n, _)| *n == name)?.1
    };
    Some((c, semi + 2))
}

/// The text with its entities decoded and, for each byte of it (and its end), the offset in
/// `text` it came from; `None` when `text` holds no entity.
fn decode(text: &str) -> Option<(String, Vec<usize>)> {
    let first = text.match_indices('&').find(|&(i, _)| entity(&text[i..]).is_some())?.0;
    let mut out = String::with_capacity(text.len());
    let mut map = Vec::with_capacity(text.len() + 1);
    out.push_str(&text[..first]);
    map.extend(0..first);
    let mut i = first;
    while i < text.len() {
        let (c, len) = match entity(&text[i..]) {
            Some(e) => e,
            None => {
                let c = text[i..].chars().next().unwrap_or('\0');
                (c, c.len_utf8())
            }
        };
        out.push(c);
        map.extend(std::iter::repeat_n(i, c.len_utf8()));
        i += len;
    }
    map.push(text.len());
    Some((out, map))
}

/// References read from the decoded text when `text` writes letters as entities, their offsets
/// mapped back onto `text`; `None` when it writes none.
pub(super) fn read_decoded(text: &str, read: impl Fn(&str) -> Vec<DocRef>) -> Option<Vec<DocRef>> {
    let (decoded, map) = decode(text)?;
    let mut refs = read(&decoded);
    for r in &mut refs {
        r.start = map[r.start];
        r.end = map[r.end];
        r.date_evidence = r.date_evidence.map(|e| DateEvidence {
            start: map[e.start],
            end: map[e.end],
            ..e
        });
    }
    Some(refs)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn entities() {
        assert_eq!(entity("&agrave;y"), Some(('à', 8)));
        assert_eq!(entity("&#7897;"), Some(('ộ', 7)));
        assert_eq!(entity("&#x1EA1;"), Some(('ạ', 8)));
        assert_eq!(entity("&copy;"), None);
        assert_eq!(entity("& ngày"), None);
        assert_eq!(entity("&#0;"), None);
        let (d, map) = decode("ng&agrave;y 5").unwrap();
        assert_eq!(d, "ngày 5");
        assert_eq!(map[d.find(" 5").unwrap()], "ng&agrave;y".len());
        assert_eq!(*map.last().unwrap(), "ng&agrave;y 5".len());
        assert!(decode("SGD&ĐT và 3 & 4").is_none());
    }
}
