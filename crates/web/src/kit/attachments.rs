//! Attached files on the pages: the links shown under a history entry, the size as people
//! read it, and the strings of the file fields.

use store::files::StoredFile;

/// A file as linked from a page.
pub struct FileLink {
    pub href: String,
    pub name: String,
    /// "1,2 MB", "340 KB".
    pub size: String,
}

impl FileLink {
    pub fn of(f: &StoredFile) -> FileLink {
        FileLink {
            href: crate::paths::file(f.id),
            name: f.name.clone(),
            size: size(u64::try_from(f.size_bytes).unwrap_or(0)),
        }
    }
}

/// A size the way people write it, with a decimal comma: "1,2 MB", "340 KB", "12 byte".
pub fn size(bytes: u64) -> String {
    const KB: u64 = 1024;
    const MB: u64 = 1024 * 1024;
    if bytes >= MB {
        let tenths = (bytes * 10 + MB / 2) / MB;
        if tenths.is_multiple_of(10) {
            format!("{} MB", tenths / 10)
        } else {
            format!("{},{} MB", tenths / 10, tenths % 10)
        }
    } else if bytes >= KB {
        format!("{} KB", (bytes + KB / 2) / KB)
    } else {
        format!("{bytes} byte")
    }
}

/// The strings of file fields and lists.
pub fn strings(key: &str) -> Option<(&'static str, &'static str)> {
    Some(match key {
        "evidence_files" => ("Tệp minh chứng", "Evidence files"),
        "evidence_files_help" => (
            "Ảnh chụp, biên bản, văn bản: PDF, Word (.docx), Excel (.xlsx), ảnh JPEG hoặc PNG; chọn được nhiều tệp, mỗi tệp tối đa",
            "Photos, minutes, documents: PDF, Word (.docx), Excel (.xlsx), JPEG or PNG; several files allowed, each at most",
        ),
        "attached_files" => ("Tệp đính kèm", "Attached files"),
        "download" => ("Tải về", "Download"),
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sizes_read_naturally() {
        assert_eq!(size(12), "12 byte");
        assert_eq!(size(340 * 1024), "340 KB");
        assert_eq!(size(1024 * 1024 + 200 * 1024), "1,2 MB");
        assert_eq!(size(20 * 1024 * 1024), "20 MB");
    }
}
