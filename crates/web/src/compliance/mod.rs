//! Compliance requirements set for units (100 % of party cells…): the live list, reports and
//! their review, periodic meetings.

pub(crate) mod api;
pub(crate) mod forms;
pub(crate) mod pages;
pub mod posted;
pub(crate) mod strings;
