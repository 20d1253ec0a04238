//! Text PDFs read in process with the `pdf-extract` crate, page by page. It panics on
//! some malformed files; the panic is caught and turned into an error so that the caller
//! falls back to poppler's `pdftotext`.

use crate::error::ReadError;

/// The text of each page.
pub(crate) fn text_pages(bytes: &[u8]) -> Result<Vec<String>, ReadError> {
    let owned = bytes.to_vec();
    let result = std::panic::catch_unwind(move || pdf_extract::extract_text_from_mem_by_pages(&owned));
    match result {
        Ok(Ok(pages)) => Ok(pages),
        Ok(Err(e)) => Err(ReadError::ProgramFailed("pdf-extract", e.to_string())),
        Err(_) => Err(ReadError::ProgramFailed(
            "pdf-extract",
            "tệp PDF không đọc được / unreadable PDF".to_string(),
        )),
    }
}
