//! The periodic implementation report: a plain data struct ([`ImplementationReport`])
//! composed into an administrative document ([`compose_report`]) or straight into .docx
//! bytes ([`report_docx`]), with its tables and the chart of tasks by status per unit.

mod compose;
pub mod model;
mod results;
pub mod sample;

pub use compose::{compose_report, report_docx};
pub use model::{
    Conference, ImplementationReport, ImplementedDocument, OverdueTask, PeriodComparison, ReportPeriod,
    ReportingCompliance, StatusCount, TargetLine, TargetOutcome, UnitRow,
};
pub use results::targets_headline;
pub use sample::sample_report;
