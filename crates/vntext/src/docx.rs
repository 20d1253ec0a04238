//! Reading the text of a .docx file (bytes in, text out): paragraphs as lines; table
//! rows as lines with cells separated by tabs, so that [`crate::plan::extract_plan`]
//! sees the same shape as a table pasted from Word. Automatic list numbering is not
//! rendered (only numbers typed into the text survive).

use std::fmt;

use quick_xml::Reader;
use quick_xml::events::Event;

const MAX_UNCOMPRESSED: usize = 64 * 1024 * 1024;
const DOCUMENT_XML: &str = "word/document.xml";

/// Why a .docx could not be read.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum DocxError {
    /// Not a ZIP archive (or a damaged one, or ZIP64).
    NotZip,
    /// The archive has no `word/document.xml`.
    NoDocument,
    /// The document part uses a compression other than stored/deflate.
    UnsupportedCompression(u16),
    /// The document part is larger than 64 MiB uncompressed.
    TooLarge,
    /// The document XML is malformed.
    BadXml(String),
}

impl DocxError {
    /// Stable snake_case code.
    pub fn code(&self) -> &'static str {
        match self {
            DocxError::NotZip => "docx_not_zip",
            DocxError::NoDocument => "docx_no_document",
            DocxError::UnsupportedCompression(_) => "docx_unsupported_compression",
            DocxError::TooLarge => "docx_too_large",
            DocxError::BadXml(_) => "docx_bad_xml",
        }
    }

    /// Vietnamese message.
    pub fn message_vi(&self) -> String {
        match self {
            DocxError::NotZip => "Tệp không phải là văn bản Word (.docx) hoặc đã bị hỏng.".to_string(),
            DocxError::NoDocument => "Tệp .docx không có phần nội dung văn bản (word/document.xml).".to_string(),
            DocxError::UnsupportedCompression(m) => {
                format!("Tệp .docx dùng kiểu nén không được hỗ trợ ({m}).")
            }
            DocxError::TooLarge => "Nội dung tệp .docx quá lớn (trên 64 MB sau khi giải nén).".to_string(),
            DocxError::BadXml(e) => format!("Nội dung tệp .docx bị lỗi cấu trúc XML: {e}."),
        }
    }

    /// English message.
    pub fn message_en(&self) -> String {
        match self {
            DocxError::NotZip => "The file is not a Word document (.docx) or is damaged.".to_string(),
            DocxError::NoDocument => "The .docx file has no document part (word/document.xml).".to_string(),
            DocxError::UnsupportedCompression(m) => {
                format!("The .docx file uses an unsupported compression ({m}).")
            }
            DocxError::TooLarge => "The .docx content is too large (over 64 MB uncompressed).".to_string(),
            DocxError::BadXml(e) => format!("The .docx content is malformed XML: {e}."),
        }
    }
}

impl fmt::Display for DocxError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message_vi())
    }
}

impl std::error::Error for DocxError {}

/// Extracts the text of a .docx file given as bytes.
pub fn docx_to_text(bytes: &[u8]) -> Result<String, DocxError> {
    let xml = read_zip_entry(bytes, DOCUMENT_XML)?;
    let xml = String::from_utf8(xml).map_err(|_| DocxError::BadXml("UTF-8".to_string()))?;
    document_text(&xml)
}

fn u16_at(b: &[u8], at: usize) -> Option<u16> {
    b.get(at..at + 2).map(|s| u16::from_le_bytes([s[0], s[1]]))
}

fn u32_at(b: &[u8], at: usize) -> Option<u32> {
    b.get(at..at + 4).map(|s| u32::from_le_bytes([s[0], s[1], s[2], s[3]]))
}

/// Reads one entry of a ZIP archive (stored or deflated).
pub(crate) fn read_zip_entry(b: &[u8], wanted: &str) -> Result<Vec<u8>, DocxError> {
    const EOCD: u32 = 0x0605_4b50;
    const CDH: u32 = 0x0201_4b50;
    const LFH: u32 = 0x0403_4b50;
    let min = b.len().saturating_sub(22 + 65_535);
    let eocd = (min..b.len().saturating_sub(21))
        .rev()
        .find(|&i| u32_at(b, i) == Some(EOCD))
        .ok_or(DocxError::NotZip)?;
    let count = usize::from(u16_at(b, eocd + 10).ok_or(DocxError::NotZip)?);
    let mut p = u32_at(b, eocd + 16).ok_or(DocxError::NotZip)? as usize;
    for _ in 0..count {
        if u32_at(b, p) != Some(CDH) {
            return Err(DocxError::NotZip);
        }
        let method = u16_at(b, p + 10).ok_or(DocxError::NotZip)?;
        let csize = u32_at(b, p + 20).ok_or(DocxError::NotZip)? as usize;
        let usize_ = u32_at(b, p + 24).ok_or(DocxError::NotZip)? as usize;
        let n = usize::from(u16_at(b, p + 28).ok_or(DocxError::NotZip)?);
        let e = usize::from(u16_at(b, p + 30).ok_or(DocxError::NotZip)?);
        let c = usize::from(u16_at(b, p + 32).ok_or(DocxError::NotZip)?);
        let local = u32_at(b, p + 42).ok_or(DocxError::NotZip)? as usize;
        let name = b.get(p + 46..p + 46 + n).ok_or(DocxError::NotZip)?;
        p += 46 + n + e + c;
        if name != wanted.as_bytes() {
            continue;
        }
        if u32_at(b, local) != Some(LFH) {
            return Err(DocxError::NotZip);
        }
        let ln = usize::from(u16_at(b, local + 26).ok_or(DocxError::NotZip)?);
        let le = usize::from(u16_at(b, local + 28).ok_or(DocxError::NotZip)?);
        let start = local + 30 + ln + le;
        let data = b
            .get(start..start.checked_add(csize).ok_or(DocxError::NotZip)?)
            .ok_or(DocxError::NotZip)?;
        if usize_ > MAX_UNCOMPRESSED {
            return Err(DocxError::TooLarge);
        }
        return match method {
            0 => Ok(data.to_vec()),
            8 => miniz_oxide::inflate::decompress_to_vec_with_limit(data, MAX_UNCOMPRESSED).map_err(|e| {
                if matches!(e.status, miniz_oxide::inflate::TINFLStatus::HasMoreOutput) {
                    DocxError::TooLarge
                } else {
                    DocxError::NotZip
                }
            }),
            m => Err(DocxError::UnsupportedCompression(m)),
        };
    }
    Err(DocxError::NoDocument)
}

/// Walks WordprocessingML and renders paragraphs and tables.
pub(crate) fn document_text(xml: &str) -> Result<String, DocxError> {
    let mut reader = Reader::from_str(xml);
    let mut out = String::new();
    let mut para = String::new();
    let mut row: Vec<String> = Vec::new();
    let mut cell = String::new();
    let mut table_depth = 0usize;
    let mut in_text = false;
    loop {
        let ev = reader.read_event().map_err(|e| DocxError::BadXml(e.to_string()))?;
        match ev {
            Event::Start(e) | Event::Empty(e) if e.name().as_ref() == b"w:tab" => {
                para.push(if table_depth > 0 { ' ' } else { '\t' })
            }
            Event::Start(e) | Event::Empty(e) if matches!(e.name().as_ref(), b"w:br" | b"w:cr") => {
                para.push(if table_depth > 0 { ' ' } else { '\n' });
            }
            Event::Start(e) => match e.name().as_ref() {
                b"w:t" => in_text = true,
                b"w:tbl" => table_depth += 1,
                b"w:tr" if table_depth == 1 => row.clear(),
                b"w:tc" if table_depth == 1 => cell.clear(),
                _ => {}
            },
            Event::End(e) => match e.name().as_ref() {
                b"w:t" => in_text = false,
                b"w:p" => {
                    let p = std::mem::take(&mut para);
                    if table_depth > 0 {
                        if !cell.is_empty() && !p.trim().is_empty() {
                            cell.push(' ');
                        }
                        cell.push_str(p.trim());
                    } else {
                        out.push_str(&p);
                        out.push('\n');
                    }
                }
                b"w:tc" if table_depth == 1 => row.push(std::mem::take(&mut cell).replace('\t', " ")),
                b"w:tr" if table_depth == 1 => {
                    out.push_str(&row.join("\t"));
                    out.push('\n');
                    row.clear();
                }
                b"w:tbl" => table_depth = table_depth.saturating_sub(1),
                _ => {}
            },
            Event::Text(t) if in_text => {
                let s = t.unescape().map_err(|e| DocxError::BadXml(e.to_string()))?;
                para.push_str(&s);
            }
            Event::Eof => break,
            _ => {}
        }
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    const XML: &str = r#"<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="x"><w:body>
<w:p><w:r><w:t>KẾ HOẠCH</w:t></w:r></w:p>
<w:p><w:r><w:t xml:space="preserve">Số 152-KH/QU</w:t><w:tab/><w:t>Hà Nội &amp; ngày</w:t></w:r></w:p>
<w:tbl><w:tr><w:tc><w:p><w:r><w:t>STT</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>Nội dung</w:t></w:r></w:p></w:tc></w:tr>
<w:tr><w:tc><w:p><w:r><w:t>1</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>Dòng một</w:t></w:r></w:p><w:p><w:r><w:t>dòng hai</w:t></w:r></w:p></w:tc></w:tr></w:tbl>
</w:body></w:document>"#;

    /// A stored (uncompressed) ZIP with one entry.
    pub(crate) fn stored_zip(name: &str, data: &[u8]) -> Vec<u8> {
        let mut z = Vec::new();
        let push16 = |z: &mut Vec<u8>, v: u16| z.extend_from_slice(&v.to_le_bytes());
        let push32 = |z: &mut Vec<u8>, v: u32| z.extend_from_slice(&v.to_le_bytes());
        push32(&mut z, 0x0403_4b50);
        for v in [20u16, 0, 0, 0, 0] {
            push16(&mut z, v);
        }
        push32(&mut z, 0);
        push32(&mut z, data.len() as u32);
        push32(&mut z, data.len() as u32);
        push16(&mut z, name.len() as u16);
        push16(&mut z, 0);
        z.extend_from_slice(name.as_bytes());
        z.extend_from_slice(data);
        let cd = z.len() as u32;
        push32(&mut z, 0x0201_4b50);
        for v in [20u16, 20, 0, 0, 0, 0] {
            push16(&mut z, v);
        }
        push32(&mut z, 0);
        push32(&mut z, data.len() as u32);
        push32(&mut z, data.len() as u32);
        push16(&mut z, name.len() as u16);
        for v in [0u16, 0, 0, 0] {
            push16(&mut z, v);
        }
        push32(&mut z, 0);
        push32(&mut z, 0);
        z.extend_from_slice(name.as_bytes());
        let cd_len = z.len() as u32 - cd;
        push32(&mut z, 0x0605_4b50);
        for v in [0u16, 0, 1, 1] {
            push16(&mut z, v);
        }
        push32(&mut z, cd_len);
        push32(&mut z, cd);
        push16(&mut z, 0);
        z
    }

    #[test]
    fn paragraphs_and_tables() {
        let text = document_text(XML).unwrap_or_default();
        assert_eq!(
            text,
            "KẾ HOẠCH\nSố 152-KH/QU\tHà Nội & ngày\nSTT\tNội dung\n1\tDòng một dòng hai\n"
        );
    }

    #[test]
    fn reads_a_zip() {
        let z = stored_zip(DOCUMENT_XML, XML.as_bytes());
        let text = docx_to_text(&z).unwrap_or_default();
        assert!(text.starts_with("KẾ HOẠCH\n"), "{text}");
        assert_eq!(docx_to_text(&stored_zip("other.xml", b"x")), Err(DocxError::NoDocument));
        assert_eq!(docx_to_text(b"not a zip"), Err(DocxError::NotZip));
        assert!(DocxError::NotZip.message_vi().contains("Word"));
    }

    #[test]
    fn deflated_entry() {
        let packed = miniz_oxide::deflate::compress_to_vec(XML.as_bytes(), 6);
        let mut z = stored_zip(DOCUMENT_XML, &packed);
        // Patch the method to deflate (8) in both headers and the uncompressed size.
        z[8] = 8;
        let cd = z.windows(4).position(|w| w == [0x50, 0x4b, 0x01, 0x02]).unwrap_or(0);
        z[cd + 10] = 8;
        z[cd + 24..cd + 28].copy_from_slice(&(XML.len() as u32).to_le_bytes());
        assert!(docx_to_text(&z).unwrap_or_default().contains("Dòng một"));
    }
}
