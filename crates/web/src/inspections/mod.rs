//! Inspection and supervision by the inspection commission: the annual plan, decisions,
//! self-reports, verification, conclusions, recommendations and their follow-up.

pub(crate) mod api;
pub(crate) mod conclusion_form;
pub(crate) mod decision_form;
pub(crate) mod forms;
pub(crate) mod pages;
pub(crate) mod plan_form;
pub(crate) mod strings;
