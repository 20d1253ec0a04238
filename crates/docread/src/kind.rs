//! What kind of document a byte string is, from its first bytes (and a file name for
//! plain text).

/// Document kinds this crate reads.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Text,
    Docx,
    Pdf,
    Image,
}

/// The kind of a document: `%PDF`, a ZIP (.docx), PNG/JPEG/TIFF signatures, else UTF-8
/// text (or a `.txt` name).
pub fn detect(bytes: &[u8], name: Option<&str>) -> Option<Kind> {
    let ext = name
        .and_then(|n| n.rsplit_once('.'))
        .map(|(_, e)| e.to_ascii_lowercase());
    if bytes.starts_with(b"%PDF") {
        return Some(Kind::Pdf);
    }
    if bytes.starts_with(b"PK\x03\x04") {
        return Some(Kind::Docx);
    }
    let image = bytes.starts_with(b"\x89PNG\r\n\x1a\n")
        || bytes.starts_with(&[0xFF, 0xD8, 0xFF])
        || bytes.starts_with(b"II*\0")
        || bytes.starts_with(b"MM\0*");
    if image {
        return Some(Kind::Image);
    }
    if std::str::from_utf8(bytes).is_ok() || ext.as_deref() == Some("txt") {
        return Some(Kind::Text);
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn signatures() {
        assert_eq!(detect(b"%PDF-1.4", None), Some(Kind::Pdf));
        assert_eq!(detect(b"PK\x03\x04rest", Some("a.docx")), Some(Kind::Docx));
        assert_eq!(detect(b"\x89PNG\r\n\x1a\nxx", None), Some(Kind::Image));
        assert_eq!(detect(&[0xFF, 0xD8, 0xFF, 0xE0], None), Some(Kind::Image));
        assert_eq!(detect("Kế hoạch".as_bytes(), None), Some(Kind::Text));
        assert_eq!(detect(&[0xFF, 0x00, 0x81], None), None);
    }
}
