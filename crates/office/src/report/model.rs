//! The data of a periodic report on implementation, as plain structs the caller fills
//! from its own store: who reports, for which period, what was to be implemented, the
//! figures (tasks by status and by unit, overdue tasks and their reasons, targets plan vs
//! actual, reporting compliance, conferences), the assessment, the next period's tasks
//! and the requests to the level above.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use crate::docx::DocumentNumber;
use crate::docx::{LayoutSettings, Signature};

/// A periodic report on the implementation of one or more documents.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ImplementationReport {
    pub layout: LayoutSettings,
    pub superior_body: Option<String>,
    pub issuing_body: String,
    pub number: DocumentNumber,
    pub place: String,
    pub date: Option<NaiveDate>,
    pub period: ReportPeriod,
    /// What is reported on, as it follows "Kết quả thực hiện" in the summary line:
    /// "Kế hoạch số 152-KH/QU của Ban Thường vụ Quận ủy về chuyển đổi số".
    pub subject: String,
    /// "Căn cứ …" lines, if the report cites its bases.
    pub basis: Vec<String>,
    /// The documents whose implementation is reported (section I).
    pub documents: Vec<ImplementedDocument>,
    /// How the documents were disseminated and put into effect (section I), free text.
    pub implementation_notes: Vec<String>,
    /// Tasks by status over the whole scope, in the order statuses should appear.
    pub totals: Vec<StatusCount>,
    /// Completion in an earlier period, for comparison ("quý II năm 2024", "cùng kỳ năm 2023").
    pub comparisons: Vec<PeriodComparison>,
    /// Tasks by unit: one count per status of `totals`, in the same order.
    pub units: Vec<UnitRow>,
    pub overdue: Vec<OverdueTask>,
    pub targets: Vec<TargetLine>,
    pub compliance: Option<ReportingCompliance>,
    pub conferences: Vec<Conference>,
    pub strengths: Vec<String>,
    pub shortcomings: Vec<String>,
    pub causes: Vec<String>,
    /// Label of the next period ("quý IV năm 2024").
    pub next_period_label: String,
    pub next_tasks: Vec<String>,
    /// Requests (kiến nghị) to the level above.
    pub requests: Vec<String>,
    pub recipients: Vec<String>,
    pub archive_unit: String,
    pub signature: Signature,
    /// Add the bar chart of tasks by status per unit.
    pub include_chart: bool,
}

/// The period reported on and the dates its figures cover (calendar periods, or the
/// 15th-to-14th convention of many State periodic reports: the template decides).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ReportPeriod {
    /// "quý III năm 2024", "6 tháng đầu năm 2024", "năm 2024".
    pub label: String,
    pub data_from: NaiveDate,
    pub data_to: NaiveDate,
}

/// One document whose implementation is reported.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ImplementedDocument {
    /// "Kế hoạch số 152-KH/QU ngày 10/01/2024 của Ban Thường vụ Quận ủy".
    pub reference: String,
    /// What it is about ("về chuyển đổi số năm 2024").
    pub title: String,
    /// Tasks it assigns in scope (for "giao 45 nhiệm vụ").
    pub task_count: Option<u64>,
}

/// How many tasks are in one status.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct StatusCount {
    pub label: String,
    pub count: u64,
    /// Counts as done when computing the completion rate.
    pub completed: bool,
    /// Counts as late (shown among the shortcomings' figures).
    pub late: bool,
}

/// Completion in another period.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PeriodComparison {
    /// "quý II năm 2024", "cùng kỳ năm 2023".
    pub label: String,
    pub completed: u64,
    pub total: u64,
}

/// One unit's row of the tasks-by-unit table.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct UnitRow {
    pub unit: String,
    pub counts: Vec<u64>,
}

/// A task past its deadline and not done, with the reason the unit gave.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct OverdueTask {
    pub code: String,
    pub content: String,
    pub unit: String,
    pub due: Option<NaiveDate>,
    /// The deadline as written in the plan, when there is no date ("Quý III/2024").
    pub due_text: String,
    pub reason: String,
}

/// How a target ended against its plan.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum TargetOutcome {
    Exceeded,
    Met,
    Missed,
    Pending,
}

impl TargetOutcome {
    pub fn label_vi(self) -> &'static str {
        match self {
            TargetOutcome::Exceeded => "Vượt",
            TargetOutcome::Met => "Đạt",
            TargetOutcome::Missed => "Không đạt",
            TargetOutcome::Pending => "Chưa có số liệu",
        }
    }
}

/// One target (chỉ tiêu): plan and actual, with the outcome the caller computed.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct TargetLine {
    pub name: String,
    /// Unit of measure ("%", "hộ", "tỷ đồng").
    pub measure: String,
    pub planned: Option<f64>,
    pub actual: Option<f64>,
    /// Percent of plan achieved (oriented so more is better), if known.
    pub percent: Option<f64>,
    pub outcome: TargetOutcome,
}

/// Whether subordinate units sent their reports on time.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ReportingCompliance {
    pub expected: u64,
    pub on_time: u64,
    pub late: u64,
    /// Units that sent nothing, by name.
    pub missing_units: Vec<String>,
}

/// A conference with bridge points: attendance per point kind and in total.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Conference {
    pub name: String,
    pub date: Option<NaiveDate>,
    /// Bridge points (điểm cầu); 0 when held in one place.
    pub points: u64,
    pub attended: u64,
    pub invited: u64,
    /// Party members attending and expected, when counted separately.
    pub members: Option<(u64, u64)>,
}
