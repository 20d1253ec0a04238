//! Importing work: a plan's text or .docx read into reviewed drafts, and the Excel sheets
//! (units, people, targets, tasks).

pub(crate) mod api;
pub(crate) mod api_imports;
pub(crate) mod forms;
pub(crate) mod pages;
pub mod sheet_import;
pub mod sheet_upload;
