//! The organisation: units (the tree) and their staff.

pub(crate) mod api;
pub(crate) mod api_people;
pub(crate) mod forms;
pub(crate) mod pages;
