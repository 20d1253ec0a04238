//! The .docx package around the document: content types, relationships, settings, the
//! font table, the two page headers (page number centred in the top margin on every page
//! but the first — Phụ lục I — through `w:titlePg` and an empty first-page header), the
//! document properties, the pictures, all zipped.

use std::fmt::Write as _;
use std::io::{Cursor, Write};

use zip::CompressionMethod;
use zip::write::{SimpleFileOptions, ZipWriter};

use super::body::MediaFile;
use super::layout::LayoutSettings;
use super::styles::id;
use super::xml::{esc, mm_twips};
use crate::OfficeError;

pub(crate) const NAMESPACES: &str = concat!(
    "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\" ",
    "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\" ",
    "xmlns:wp=\"http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing\" ",
    "xmlns:a=\"http://schemas.openxmlformats.org/drawingml/2006/main\" ",
    "xmlns:pic=\"http://schemas.openxmlformats.org/drawingml/2006/picture\""
);
const XML_DECL: &str = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n";
const HEADER_DEFAULT: &str = "rIdHeaderDefault";
const HEADER_FIRST: &str = "rIdHeaderFirst";

/// The section properties closing `word/document.xml`: A4 portrait, the margins of the
/// template, the header 10 mm from the top edge, a different first page.
pub(crate) fn section_properties(layout: &LayoutSettings) -> String {
    let m = &layout.margins;
    format!(
        "<w:sectPr><w:headerReference w:type=\"default\" r:id=\"{HEADER_DEFAULT}\"/><w:headerReference w:type=\"first\" r:id=\"{HEADER_FIRST}\"/>\
         <w:pgSz w:w=\"11906\" w:h=\"16838\" w:orient=\"portrait\"/>\
         <w:pgMar w:top=\"{}\" w:right=\"{}\" w:bottom=\"{}\" w:left=\"{}\" w:header=\"{}\" w:footer=\"{}\" w:gutter=\"0\"/>\
         <w:pgNumType w:start=\"1\"/><w:cols w:space=\"720\"/><w:titlePg/><w:docGrid w:linePitch=\"360\"/></w:sectPr>",
        mm_twips(m.top_mm),
        mm_twips(m.right_mm),
        mm_twips(m.bottom_mm),
        mm_twips(m.left_mm),
        mm_twips(10.0),
        mm_twips(10.0),
    )
}

/// Everything the package needs besides the document body.
pub(crate) struct PackageParts<'a> {
    pub document_xml: String,
    pub styles_xml: String,
    pub layout: &'a LayoutSettings,
    pub media: Vec<MediaFile>,
    pub title: String,
}

/// Zips the parts into .docx bytes.
pub(crate) fn pack(parts: PackageParts<'_>) -> Result<Vec<u8>, OfficeError> {
    let mut zip = ZipWriter::new(Cursor::new(Vec::new()));
    let opts = SimpleFileOptions::default()
        .compression_method(CompressionMethod::Deflated)
        .last_modified_time(zip::DateTime::default());
    let stored = opts.compression_method(CompressionMethod::Stored);
    let mut add = |name: &str, bytes: &[u8], options: SimpleFileOptions| -> Result<(), OfficeError> {
        zip.start_file(name, options)
            .map_err(|e| OfficeError::DocxPackage(e.to_string()))?;
        zip.write_all(bytes)?;
        Ok(())
    };
    add("[Content_Types].xml", content_types().as_bytes(), opts)?;
    add("_rels/.rels", ROOT_RELS.as_bytes(), opts)?;
    add("docProps/core.xml", core_props(&parts.title).as_bytes(), opts)?;
    add("docProps/app.xml", APP_PROPS.as_bytes(), opts)?;
    add("word/document.xml", parts.document_xml.as_bytes(), opts)?;
    add("word/styles.xml", parts.styles_xml.as_bytes(), opts)?;
    add("word/settings.xml", SETTINGS.as_bytes(), opts)?;
    add("word/fontTable.xml", font_table(&parts.layout.font).as_bytes(), opts)?;
    add("word/header1.xml", page_number_header().as_bytes(), opts)?;
    add("word/header2.xml", first_page_header().as_bytes(), opts)?;
    add(
        "word/_rels/document.xml.rels",
        document_rels(&parts.media).as_bytes(),
        opts,
    )?;
    for m in &parts.media {
        // PNG is already compressed.
        add(&format!("word/media/{}", m.file_name), &m.bytes, stored)?;
    }
    let cursor = zip.finish().map_err(|e| OfficeError::DocxPackage(e.to_string()))?;
    Ok(cursor.into_inner())
}

fn content_types() -> String {
    let mut s = String::from(XML_DECL);
    s.push_str(concat!(
        "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">",
        "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>",
        "<Default Extension=\"xml\" ContentType=\"application/xml\"/>",
        "<Default Extension=\"png\" ContentType=\"image/png\"/>",
        "<Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/>",
        "<Override PartName=\"/word/styles.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml\"/>",
        "<Override PartName=\"/word/settings.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml\"/>",
        "<Override PartName=\"/word/fontTable.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.fontTable+xml\"/>",
        "<Override PartName=\"/word/header1.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml\"/>",
        "<Override PartName=\"/word/header2.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml\"/>",
        "<Override PartName=\"/docProps/core.xml\" ContentType=\"application/vnd.openxmlformats-package.core-properties+xml\"/>",
        "<Override PartName=\"/docProps/app.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.extended-properties+xml\"/>",
        "</Types>"
    ));
    s
}

const ROOT_RELS: &str = concat!(
    "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n",
    "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">",
    "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"word/document.xml\"/>",
    "<Relationship Id=\"rId2\" Type=\"http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties\" Target=\"docProps/core.xml\"/>",
    "<Relationship Id=\"rId3\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties\" Target=\"docProps/app.xml\"/>",
    "</Relationships>"
);

const APP_PROPS: &str = concat!(
    "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n",
    "<Properties xmlns=\"http://schemas.openxmlformats.org/officeDocument/2006/extended-properties\"><Application>dondoc</Application></Properties>"
);

fn core_props(title: &str) -> String {
    format!(
        "{XML_DECL}<cp:coreProperties xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/core-properties\" \
         xmlns:dc=\"http://purl.org/dc/elements/1.1/\" xmlns:dcterms=\"http://purl.org/dc/terms/\" \
         xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\"><dc:title>{}</dc:title><dc:language>vi-VN</dc:language>\
         <dc:creator>dondoc</dc:creator></cp:coreProperties>",
        esc(title)
    )
}

const SETTINGS: &str = concat!(
    "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n",
    "<w:settings xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">",
    "<w:zoom w:percent=\"100\"/><w:defaultTabStop w:val=\"720\"/>",
    "<w:characterSpacingControl w:val=\"doNotCompress\"/>",
    "<w:compat><w:compatSetting w:name=\"compatibilityMode\" w:uri=\"http://schemas.microsoft.com/office/word\" w:val=\"15\"/></w:compat>",
    "<w:themeFontLang w:val=\"vi-VN\"/><w:decimalSymbol w:val=\",\"/><w:listSeparator w:val=\";\"/>",
    "</w:settings>"
);

fn font_table(font: &str) -> String {
    format!(
        "{XML_DECL}<w:fonts xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">\
         <w:font w:name=\"{}\"><w:panose1 w:val=\"02020603050405020304\"/><w:charset w:val=\"00\"/><w:family w:val=\"roman\"/><w:pitch w:val=\"variable\"/></w:font></w:fonts>",
        esc(font)
    )
}

/// The page number as a PAGE field, centred.
fn page_number_header() -> String {
    format!(
        "{XML_DECL}<w:hdr {NAMESPACES}><w:p><w:pPr><w:pStyle w:val=\"{}\"/></w:pPr>\
         <w:r><w:fldChar w:fldCharType=\"begin\"/></w:r><w:r><w:instrText xml:space=\"preserve\"> PAGE </w:instrText></w:r>\
         <w:r><w:fldChar w:fldCharType=\"separate\"/></w:r><w:r><w:t>2</w:t></w:r><w:r><w:fldChar w:fldCharType=\"end\"/></w:r></w:p></w:hdr>",
        id::HEADER
    )
}

/// Page 1 carries no number.
fn first_page_header() -> String {
    format!(
        "{XML_DECL}<w:hdr {NAMESPACES}><w:p><w:pPr><w:pStyle w:val=\"{}\"/></w:pPr></w:p></w:hdr>",
        id::HEADER
    )
}

fn document_rels(media: &[MediaFile]) -> String {
    let mut s = String::from(XML_DECL);
    s.push_str(concat!(
        "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">",
        "<Relationship Id=\"rIdStyles\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles\" Target=\"styles.xml\"/>",
        "<Relationship Id=\"rIdSettings\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/settings\" Target=\"settings.xml\"/>",
        "<Relationship Id=\"rIdFontTable\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/fontTable\" Target=\"fontTable.xml\"/>",
    ));
    let _ = write!(
        s,
        "<Relationship Id=\"{HEADER_DEFAULT}\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/header\" Target=\"header1.xml\"/>\
         <Relationship Id=\"{HEADER_FIRST}\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/header\" Target=\"header2.xml\"/>"
    );
    for m in media {
        let _ = write!(
            s,
            "<Relationship Id=\"{}\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/image\" Target=\"media/{}\"/>",
            m.rel_id, m.file_name
        );
    }
    s.push_str("</Relationships>");
    s
}
