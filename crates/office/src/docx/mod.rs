//! Administrative documents as .docx in the Vietnamese layouts: State documents after
//! Nghị định 30/2020/NĐ-CP, Phụ lục I, Party documents after Hướng dẫn 36-HD/VPTW.
//!
//! The document is plain data ([`AdministrativeDocument`]); [`write_docx`] writes
//! WordprocessingML by hand, with named paragraph styles, tables for the header and the
//! signature blocks and no text boxes, so the office can go on editing it in Word.

mod body;
mod closing;
mod header;
pub mod layout;
pub mod model;
mod package;
mod styles;
mod textwidth;
mod xml;

pub use layout::{LayoutKind, LayoutSettings, Margins, SignaturePrefixes, TypeSizes};
pub use model::{
    AdministrativeDocument, Align, Authority, Block, DocImage, DocTable, DocumentNumber, Recipients, Run, Signature,
    TableColumn,
};

/// Style ids a caller (or a test) may look for in `word/styles.xml`.
pub mod style_ids {
    pub use super::styles::id::*;
}

use crate::OfficeError;

pub(crate) use xml::esc as xml_escape;

/// Writes the document as .docx bytes.
pub fn write_docx(doc: &AdministrativeDocument) -> Result<Vec<u8>, OfficeError> {
    let mut xml = String::with_capacity(64 * 1024);
    xml.push_str("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<w:document ");
    xml.push_str(package::NAMESPACES);
    xml.push_str("><w:body>");
    header::write_header(&mut xml, doc);
    let mut media = Vec::new();
    body::write_body(&mut xml, &doc.body, doc.layout.text_width_cm(), &mut media)?;
    closing::write_closing(&mut xml, doc);
    xml.push_str(&package::section_properties(&doc.layout));
    xml.push_str("</w:body></w:document>");

    let title = doc
        .title
        .clone()
        .unwrap_or_else(|| format!("{} {}", header::upper(&doc.type_name), doc.summary.trim()));
    package::pack(package::PackageParts {
        document_xml: xml,
        styles_xml: styles::styles_xml(&doc.layout),
        layout: &doc.layout,
        media,
        title,
    })
}
