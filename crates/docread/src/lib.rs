//! Turns document bytes into text for dondoc: plain text, .docx (via
//! `vntext::docx_to_text`), text PDFs (the `pdf-extract` crate in process, poppler's
//! `pdftotext` where it fails) and scans — PDFs of images, JPEG, PNG, TIFF — through
//! Tesseract OCR with the Vietnamese model (`tesseract … -l vie`) run as child processes.
//! Every result goes through `vntext::repair_ocr`.
//!
//! The external programs come from Debian (`tesseract-ocr tesseract-ocr-vie
//! poppler-utils`); nothing is downloaded. Where one is missing the error says so in
//! Vietnamese and English.

mod error;
mod external;
mod kind;
mod pdf;

pub use error::ReadError;
pub use kind::{Kind, detect};

/// How the text was obtained.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Method {
    Utf8,
    Docx,
    PdfText,
    Ocr,
}

/// Text read from a document.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Extracted {
    /// Repaired text (`vntext::repair_ocr`).
    pub text: String,
    pub method: Method,
    pub kind: Kind,
}

/// A PDF page with fewer letters than this is taken for a scan and read by OCR.
const MIN_LETTERS_PER_PAGE: usize = 40;

/// Reads the text of a document. `name` (a file name, optional) helps when the bytes do
/// not tell the kind (plain text).
pub fn read_text(bytes: &[u8], name: Option<&str>) -> Result<Extracted, ReadError> {
    let kind = detect(bytes, name).ok_or(ReadError::Unsupported)?;
    let (raw, method) = match kind {
        Kind::Text => (
            String::from_utf8(bytes.to_vec()).map_err(|_| ReadError::NotUtf8)?,
            Method::Utf8,
        ),
        Kind::Docx => (
            vntext::docx::docx_to_text(bytes).map_err(|e| ReadError::Docx(e.to_string()))?,
            Method::Docx,
        ),
        Kind::Pdf => {
            let pages = pdf::text_pages(bytes).or_else(|_| external::pdf_to_text(bytes).map(|t| split_pages(&t)))?;
            let letters = pages
                .iter()
                .flat_map(|p| p.chars())
                .filter(|c| c.is_alphabetic())
                .count();
            if letters >= MIN_LETTERS_PER_PAGE * pages.len().max(1) {
                (pages.join("\n"), Method::PdfText)
            } else {
                (external::ocr_pdf(bytes)?, Method::Ocr)
            }
        }
        Kind::Image => (external::ocr_image(bytes)?, Method::Ocr),
    };
    Ok(Extracted {
        text: vntext::repair_ocr(&raw.replace('\u{c}', "\n")),
        method,
        kind,
    })
}

fn split_pages(text: &str) -> Vec<String> {
    text.split('\u{c}').map(str::to_string).collect()
}

/// Whether Tesseract with the Vietnamese model can be run here.
pub fn ocr_available() -> bool {
    external::tesseract_has_vie()
}

/// Whether poppler's `pdftotext` and `pdftoppm` can be run here.
pub fn pdf_tools_available() -> bool {
    external::has_program("pdftotext") && external::has_program("pdftoppm")
}
