//! Attached files (tệp đính kèm): which kinds are accepted, how a kind is told from the bytes
//! themselves (never from the name or the type the browser claims), what a file name may be,
//! and the size limit.
//!
//! The checks are pure: the web layer streams the upload to a temporary file while hashing it,
//! then hands the facts (name, size, first bytes, the entry names of a ZIP container, SHA-256)
//! to [`FileInput::validate`].

use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

use crate::{ErrorCode, FieldError, Valid, text};

/// The default size limit of one file: 20 MB.
pub const DEFAULT_MAX_BYTES: u64 = 20 * 1024 * 1024;

/// How many leading bytes [`sniff`] needs.
pub const SNIFF_BYTES: usize = 8;

/// Longest file name kept, in characters.
pub const MAX_NAME_CHARS: usize = 200;

crate::labelled_enum! {
    /// The kinds of file accepted as attachments.
    FileKind {
        Pdf = "pdf", "Tệp PDF", "PDF file";
        Docx = "docx", "Văn bản Word (.docx)", "Word document (.docx)";
        Xlsx = "xlsx", "Bảng tính Excel (.xlsx)", "Excel workbook (.xlsx)";
        Jpeg = "jpeg", "Ảnh JPEG", "JPEG image";
        Png = "png", "Ảnh PNG", "PNG image";
    }
}

impl FileKind {
    /// The media type sent with a download.
    pub fn mime(self) -> &'static str {
        match self {
            FileKind::Pdf => "application/pdf",
            FileKind::Docx => "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            FileKind::Xlsx => "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            FileKind::Jpeg => "image/jpeg",
            FileKind::Png => "image/png",
        }
    }

    /// The name endings (lower case, without the dot) a file of this kind may carry.
    pub fn extensions(self) -> &'static [&'static str] {
        match self {
            FileKind::Pdf => &["pdf"],
            FileKind::Docx => &["docx"],
            FileKind::Xlsx => &["xlsx"],
            FileKind::Jpeg => &["jpg", "jpeg"],
            FileKind::Png => &["png"],
        }
    }

    /// The kind whose name ending is `ext` (any case).
    pub fn by_extension(ext: &str) -> Option<FileKind> {
        let ext = ext.to_ascii_lowercase();
        FileKind::ALL
            .iter()
            .copied()
            .find(|k| k.extensions().contains(&ext.as_str()))
    }
}

/// What the first bytes of a file say it is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Sniffed {
    Kind(FileKind),
    /// A ZIP container: Word and Excel files are ZIPs, told apart by their entries
    /// ([`office_kind`]).
    Zip,
    Unknown,
}

/// The kind told by the leading bytes (magic numbers).
pub fn sniff(head: &[u8]) -> Sniffed {
    if head.starts_with(b"%PDF-") {
        Sniffed::Kind(FileKind::Pdf)
    } else if head.starts_with(b"\x89PNG\r\n\x1a\n") {
        Sniffed::Kind(FileKind::Png)
    } else if head.starts_with(&[0xFF, 0xD8, 0xFF]) {
        Sniffed::Kind(FileKind::Jpeg)
    } else if head.starts_with(b"PK\x03\x04") {
        Sniffed::Zip
    } else {
        Sniffed::Unknown
    }
}

/// Which Office file a ZIP container is, from its entry names: a Word document has
/// `word/document.xml`, a workbook `xl/workbook.xml`; both have `[Content_Types].xml`.
pub fn office_kind<'a>(entries: impl IntoIterator<Item = &'a str>) -> Option<FileKind> {
    let (mut types, mut word, mut excel) = (false, false, false);
    for e in entries {
        match e {
            "[Content_Types].xml" => types = true,
            "word/document.xml" => word = true,
            "xl/workbook.xml" => excel = true,
            _ => {}
        }
    }
    match (types, word, excel) {
        (true, true, false) => Some(FileKind::Docx),
        (true, false, true) => Some(FileKind::Xlsx),
        _ => None,
    }
}

/// An uploaded file as received: the name the user's computer gave it, and what was measured
/// while it was stored.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ToSchema)]
pub struct FileInput {
    pub name: String,
    pub size: u64,
    /// The kind told from the bytes; `None` when not an accepted kind.
    pub kind: Option<FileKind>,
    /// SHA-256 of the content, lower-case hex.
    pub sha256: String,
}

fn file_error(code: ErrorCode, vi: impl Into<String>, en: impl Into<String>) -> FieldError {
    FieldError::new("file", code, vi, en)
}

/// Megabytes as people write them: "20 MB", "1,5 MB".
fn megabytes(bytes: u64) -> String {
    let tenths = (bytes * 10).div_ceil(1024 * 1024);
    if tenths.is_multiple_of(10) {
        format!("{} MB", tenths / 10)
    } else {
        format!("{},{} MB", tenths / 10, tenths % 10)
    }
}

/// A file name as kept: NFC, one line, no folder part, no control characters, an ending that
/// agrees with the content.
fn clean_name(name: &str) -> Result<String, FieldError> {
    if name.contains(['/', '\\']) {
        return Err(FieldError::invalid(
            "file",
            "Tên tệp không được chứa dấu “/” hoặc “\\”.",
            "A file name may not contain “/” or “\\”.",
        ));
    }
    let name = text::line("file", name, MAX_NAME_CHARS)?;
    if name.starts_with('.') || name.chars().all(|c| c == '.') {
        return Err(FieldError::invalid(
            "file",
            "Tên tệp không được bắt đầu bằng dấu chấm.",
            "A file name may not start with a dot.",
        ));
    }
    Ok(name)
}

impl FileInput {
    /// Checks the name, the size against `max_bytes`, the kind, and that the name's ending
    /// agrees with the content (a picture named `.pdf` is refused).
    pub fn validate(self, max_bytes: u64) -> Result<Valid<FileInput>, FieldError> {
        let name = clean_name(&self.name)?;
        if self.size == 0 {
            return Err(file_error(
                ErrorCode::EmptyFile,
                format!("Tệp “{name}” không có nội dung (0 byte)."),
                format!("The file “{name}” is empty (0 bytes)."),
            ));
        }
        if self.size > max_bytes {
            return Err(file_error(
                ErrorCode::FileTooLarge,
                format!("Tệp “{name}” lớn hơn mức cho phép {}.", megabytes(max_bytes)),
                format!("The file “{name}” is larger than the {} allowed.", megabytes(max_bytes)),
            ));
        }
        let Some(kind) = self.kind else {
            return Err(file_error(
                ErrorCode::FileType,
                format!("Tệp “{name}” không phải PDF, Word (.docx), Excel (.xlsx), ảnh JPEG hoặc PNG."),
                format!("The file “{name}” is not a PDF, Word (.docx), Excel (.xlsx), JPEG or PNG file."),
            ));
        };
        let ext = name.rsplit_once('.').map(|(_, e)| e).unwrap_or("");
        if FileKind::by_extension(ext) != Some(kind) {
            return Err(file_error(
                ErrorCode::FileType,
                format!(
                    "Tên tệp “{name}” không khớp với nội dung: nội dung là {}, tên tệp phải có đuôi .{}.",
                    kind.label_vi().to_lowercase(),
                    kind.extensions()[0]
                ),
                format!(
                    "The name “{name}” does not match the content: it is a {}, the name must end in .{}.",
                    kind.label_en(),
                    kind.extensions()[0]
                ),
            ));
        }
        if self.sha256.len() != 64 || !self.sha256.bytes().all(|b| matches!(b, b'0'..=b'9' | b'a'..=b'f')) {
            return Err(FieldError::invalid(
                "file",
                "Mã băm SHA-256 của tệp không hợp lệ.",
                "Invalid SHA-256 digest.",
            ));
        }
        Ok(Valid::new(FileInput { name, ..self }))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const SHA: &str = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";

    fn input(name: &str, size: u64, kind: Option<FileKind>) -> FileInput {
        FileInput {
            name: name.into(),
            size,
            kind,
            sha256: SHA.into(),
        }
    }

    #[test]
    fn kinds_are_told_from_bytes() {
        assert_eq!(sniff(b"%PDF-1.7\n"), Sniffed::Kind(FileKind::Pdf));
        assert_eq!(sniff(b"\x89PNG\r\n\x1a\n\0"), Sniffed::Kind(FileKind::Png));
        assert_eq!(sniff(&[0xFF, 0xD8, 0xFF, 0xE0]), Sniffed::Kind(FileKind::Jpeg));
        assert_eq!(sniff(b"PK\x03\x04\x14\0"), Sniffed::Zip);
        assert_eq!(sniff(b"MZ\x90\0"), Sniffed::Unknown);
        assert_eq!(sniff(b"<html>"), Sniffed::Unknown);
        assert_eq!(sniff(b""), Sniffed::Unknown);
        let docx = ["[Content_Types].xml", "_rels/.rels", "word/document.xml"];
        assert_eq!(office_kind(docx), Some(FileKind::Docx));
        let xlsx = ["[Content_Types].xml", "xl/workbook.xml", "xl/worksheets/sheet1.xml"];
        assert_eq!(office_kind(xlsx), Some(FileKind::Xlsx));
        assert_eq!(office_kind(["a.txt"]), None);
    }

    #[test]
    fn good_files_pass_with_their_name_in_nfc() {
        let v = input("Bien ban ho\u{0323}p.pdf", 10, Some(FileKind::Pdf))
            .validate(DEFAULT_MAX_BYTES)
            .unwrap();
        assert_eq!(v.name, "Bien ban họp.pdf");
        assert!(input("ẢNH.JPG", 10, Some(FileKind::Jpeg)).validate(100).is_ok());
    }

    #[test]
    fn bad_files_are_refused_with_a_reason() {
        let e = |i: FileInput| i.validate(1000).unwrap_err();
        assert_eq!(e(input("a.pdf", 0, Some(FileKind::Pdf))).code, ErrorCode::EmptyFile);
        let big = e(input("a.pdf", 1001, Some(FileKind::Pdf)));
        assert_eq!(big.code, ErrorCode::FileTooLarge);
        assert!(
            input("a.pdf", 21 * 1024 * 1024, Some(FileKind::Pdf))
                .validate(DEFAULT_MAX_BYTES)
                .unwrap_err()
                .message_vi
                .contains("20 MB")
        );
        assert_eq!(e(input("a.exe", 10, None)).code, ErrorCode::FileType);
        let lying = e(input("anh.pdf", 10, Some(FileKind::Png)));
        assert_eq!(lying.code, ErrorCode::FileType);
        assert!(lying.message_vi.contains(".png"), "{}", lying.message_vi);
        assert_eq!(e(input("../x.pdf", 10, Some(FileKind::Pdf))).field, "file");
        assert!(
            e(input("..\\x.pdf", 10, Some(FileKind::Pdf)))
                .message_vi
                .contains("“/”")
        );
        assert!(
            e(input("a\u{0007}.pdf", 10, Some(FileKind::Pdf)))
                .message_vi
                .contains("ký tự điều khiển")
        );
        assert!(
            e(input("a\nb.pdf", 10, Some(FileKind::Pdf)))
                .message_vi
                .contains("ký tự điều khiển")
        );
        assert_eq!(e(input("", 10, Some(FileKind::Pdf))).code, ErrorCode::Required);
        assert!(
            e(input(".pdf", 10, Some(FileKind::Pdf)))
                .message_vi
                .contains("dấu chấm")
        );
        let mut bad_sha = input("a.pdf", 10, Some(FileKind::Pdf));
        bad_sha.sha256 = "xyz".into();
        assert_eq!(e(bad_sha).code, ErrorCode::Invalid);
    }

    #[test]
    fn sizes_read_as_megabytes() {
        assert_eq!(megabytes(20 * 1024 * 1024), "20 MB");
        assert_eq!(megabytes(1024 * 1024 + 512 * 1024), "1,5 MB");
    }
}
