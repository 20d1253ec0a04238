//! Documents: the register, a document's page, its links and themes, publishing to citizens,
//! and the files attached to progress reports.

pub(crate) mod api;
pub(crate) mod api_files;
pub(crate) mod document;
pub(crate) mod forms;
pub(crate) mod pages;
pub(crate) mod publishing;
