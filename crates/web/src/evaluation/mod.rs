//! Staff evaluation and classification: a person's own evaluation, a unit's, the ranking of
//! units, the rule sets.

pub(crate) mod api;
pub(crate) mod pages;
pub(crate) mod ranking;
pub(crate) mod rules;
pub(crate) mod strings;
pub(crate) mod unit;
