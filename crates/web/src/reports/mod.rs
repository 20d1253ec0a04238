//! What leaders read: the overview of a subtree and period, the roll-up, the periodic report
//! (.docx), the Excel exports, the charts and the red/amber/green assessment.

pub(crate) mod api;
pub(crate) mod api_rollup;
pub mod chart;
pub(crate) mod exports;
pub(crate) mod overview;
pub(crate) mod pages;
pub mod rag;
