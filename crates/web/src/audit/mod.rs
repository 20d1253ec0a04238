//! The audit trail of a task or a document: over the API, and as a table on the record's page.

pub(crate) mod api;
pub(crate) mod pages;
