//! Targets (chỉ tiêu): plan vs actual of a subtree in a period.

pub(crate) mod api;
pub(crate) mod forms;
pub(crate) mod pages;
