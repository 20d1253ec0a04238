//! Office files for dondoc, with no storage or web dependency: administrative documents
//! (.docx) in the State (Nghị định 30/2020/NĐ-CP) and Party (Hướng dẫn 36-HD/VPTW)
//! layouts ([`docx`]), the periodic implementation report composed from plain data
//! ([`report`]), charts as SVG and PNG ([`chart`]), and XLSX export, templates and import
//! against one column specification ([`xlsx`]). Vietnamese number and date formatting
//! lives in [`numfmt`]. The caller maps its own rows onto these plain types.

pub mod chart;
pub mod docx;
pub mod error;
pub mod numfmt;
pub mod report;
pub mod xlsx;

pub use error::OfficeError;

/// XML escaping shared by the .docx writer and the SVG charts.
pub(crate) use docx::xml_escape as docx_text_escape;
