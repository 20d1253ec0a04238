//! Records as stored and as served by the API.

use chrono::{DateTime, NaiveDate, Utc};
use domain::document::{DocKind, LinkKind, SymbolForm};
use domain::person::StaffCategory;
use domain::status::TaskStatus;
use domain::target::{Direction, TargetOutcome};
use domain::task::{Decision, NoteKind};
use domain::unit::UnitKind;
use serde::Serialize;
use sqlx::FromRow;
use utoipa::ToSchema;

#[derive(Debug, Clone, PartialEq, Serialize, FromRow, ToSchema)]
pub struct Unit {
    pub id: i64,
    pub tenant_id: i64,
    pub parent_id: Option<i64>,
    #[sqlx(try_from = "String")]
    pub kind: UnitKind,
    pub name: String,
    pub short_name: Option<String>,
    /// Materialized path of ids from the root, e.g. `/1/5/23/`.
    pub path: String,
    pub depth: i32,
    pub version: i64,
    pub updated_at: DateTime<Utc>,
}

#[derive(Debug, Clone, PartialEq, Serialize, FromRow, ToSchema)]
pub struct Person {
    pub id: i64,
    pub tenant_id: i64,
    pub unit_id: i64,
    pub name: String,
    pub position: Option<String>,
    #[sqlx(try_from = "String")]
    pub category: StaffCategory,
    pub party_member: bool,
    pub is_head: bool,
    pub version: i64,
    pub updated_at: DateTime<Utc>,
}

#[derive(Debug, Clone, PartialEq, Serialize, FromRow, ToSchema)]
pub struct Document {
    pub id: i64,
    pub tenant_id: i64,
    #[sqlx(try_from = "String")]
    pub kind: DocKind,
    /// Normalised number and symbol, e.g. `152-KH/QU`.
    pub symbol: String,
    /// The symbol as it was entered.
    pub symbol_raw: String,
    pub number: String,
    /// The year written inside the symbol (`123/2020/NĐ-CP`), if any.
    pub symbol_year: Option<i32>,
    /// Type abbreviation from the symbol (`KH`, `CT`…); none for a State official letter.
    pub doc_type: Option<String>,
    pub issuer_code: String,
    #[sqlx(try_from = "String")]
    pub form: SymbolForm,
    pub title: String,
    pub issuer_unit_id: i64,
    pub issued_on: NaiveDate,
    pub valid_from: Option<NaiveDate>,
    pub valid_to: Option<NaiveDate>,
    pub version: i64,
    pub updated_at: DateTime<Utc>,
}

/// One edge of the document graph seen from a document: `direction` says whether the other
/// document is above ("up": this one implements it) or below ("down": it implements this one).
#[derive(Debug, Clone, PartialEq, Serialize, FromRow, ToSchema)]
pub struct DocumentLink {
    pub link_id: i64,
    #[sqlx(try_from = "String")]
    pub kind: LinkKind,
    pub direction: String,
    pub document_id: i64,
    pub symbol: String,
    pub title: String,
    pub issued_on: NaiveDate,
}

#[derive(Debug, Clone, PartialEq, Serialize, FromRow, ToSchema)]
pub struct Theme {
    pub id: i64,
    pub tenant_id: i64,
    pub unit_id: i64,
    pub year: i32,
    pub title: String,
    pub version: i64,
    #[sqlx(skip)]
    pub plan_ids: Vec<i64>,
}

#[derive(Debug, Clone, PartialEq, Serialize, FromRow, ToSchema)]
pub struct Task {
    pub id: i64,
    pub tenant_id: i64,
    pub plan_id: i64,
    pub parent_id: Option<i64>,
    pub code: Option<String>,
    pub title: String,
    pub details: Option<String>,
    pub is_key: bool,
    /// A heading grouping tasks ("Nhóm nhiệm vụ …"), not counted as a task.
    pub is_group: bool,
    pub lead_unit_id: i64,
    /// The unit that split its own part into this sub-task (it decides on it); none when the
    /// plan's issuer assigned it.
    pub assigner_unit_id: Option<i64>,
    pub responsible_id: Option<i64>,
    pub deadline_text: Option<String>,
    /// The effective due date (after approved extensions).
    pub due_on: Option<NaiveDate>,
    /// The due date first assigned.
    pub original_due_on: Option<NaiveDate>,
    /// `monthly`, `quarterly`, `semiannual`, `yearly`, `ongoing` or `adhoc`.
    pub recurrence: Option<String>,
    pub expected_output: Option<String>,
    /// Latest reported percent complete.
    pub progress: i32,
    pub completed_on: Option<NaiveDate>,
    pub cancelled_on: Option<NaiveDate>,
    pub cancel_reason: Option<String>,
    pub ext_pending: bool,
    #[serde(skip)]
    pub phase: i32,
    pub version: i64,
    pub updated_at: DateTime<Utc>,
    /// Derived from the dates and today by the domain rule.
    #[sqlx(skip)]
    pub status: Option<TaskStatus>,
    #[sqlx(skip)]
    pub cooperating_unit_ids: Vec<i64>,
}

/// Evidence links of a progress report, stored as a JSON array.
#[derive(Debug, Clone, PartialEq, Default, Serialize, ToSchema)]
#[serde(transparent)]
pub struct Evidence(pub Vec<String>);

impl TryFrom<String> for Evidence {
    type Error = serde_json::Error;
    fn try_from(s: String) -> Result<Self, Self::Error> {
        serde_json::from_str(&s).map(Evidence)
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, FromRow, ToSchema)]
pub struct ProgressReport {
    pub id: i64,
    pub task_id: i64,
    pub reported_on: NaiveDate,
    /// The person reported as (or for, when entered on their behalf).
    pub author_id: Option<i64>,
    pub percent: i32,
    pub body: String,
    #[sqlx(try_from = "String")]
    #[schema(value_type = Vec<String>)]
    pub evidence: Evidence,
    /// The account that entered it.
    pub entered_by: Option<i64>,
    pub created_at: DateTime<Utc>,
}

#[derive(Debug, Clone, PartialEq, Serialize, FromRow, ToSchema)]
pub struct ExtensionRequest {
    pub id: i64,
    pub task_id: i64,
    pub requested_on: NaiveDate,
    /// The person the request was made as or for.
    pub requested_by: Option<i64>,
    /// The account that made it (it may not decide it).
    pub requested_by_user: Option<i64>,
    pub old_due_on: Option<NaiveDate>,
    pub new_due_on: NaiveDate,
    pub reason: String,
    #[sqlx(try_from = "String")]
    pub decision: Decision,
    pub decided_on: Option<NaiveDate>,
    pub decided_by: Option<i64>,
    pub decided_by_user: Option<i64>,
    pub decided_at: Option<DateTime<Utc>>,
    /// On approval, the due date granted (may differ from `new_due_on`).
    pub granted_due_on: Option<NaiveDate>,
    pub decision_note: Option<String>,
    pub created_at: DateTime<Utc>,
}

#[derive(Debug, Clone, PartialEq, Serialize, FromRow, ToSchema)]
pub struct ExplanationRequest {
    pub id: i64,
    pub task_id: i64,
    pub requested_on: NaiveDate,
    pub requested_by: Option<i64>,
    /// The account that asked (it may not answer).
    pub requested_by_user: Option<i64>,
    /// The unit asked to explain.
    pub addressee_unit_id: Option<i64>,
    /// By when to answer.
    pub answer_due_on: Option<NaiveDate>,
    pub question: String,
    pub answered_on: Option<NaiveDate>,
    pub answered_by: Option<i64>,
    pub answered_by_user: Option<i64>,
    pub answered_at: Option<DateTime<Utc>>,
    pub answer: Option<String>,
    pub created_at: DateTime<Utc>,
}

/// A directive comment or an urge on a task.
#[derive(Debug, Clone, PartialEq, Serialize, FromRow, ToSchema)]
pub struct TaskNote {
    pub id: i64,
    pub task_id: i64,
    #[sqlx(try_from = "String")]
    pub kind: NoteKind,
    pub body: String,
    pub person_id: Option<i64>,
    pub entered_by: Option<i64>,
    pub created_at: DateTime<Utc>,
}

#[derive(Debug, Clone, PartialEq, Serialize, FromRow, ToSchema)]
pub struct Target {
    pub id: i64,
    pub tenant_id: i64,
    pub unit_id: i64,
    pub period: String,
    pub period_start: NaiveDate,
    pub period_end: NaiveDate,
    pub indicator: String,
    pub uom: String,
    #[sqlx(try_from = "String")]
    pub direction: Direction,
    pub planned: f64,
    /// The latest measured value.
    pub actual: Option<f64>,
    pub actual_on: Option<NaiveDate>,
    pub version: i64,
    /// Percent of plan achieved (100 = as planned, more is better in both directions).
    #[sqlx(skip)]
    pub percent: Option<f64>,
    #[sqlx(skip)]
    pub outcome: Option<TargetOutcome>,
}

impl Target {
    /// Fills the derived fields from the domain rule.
    pub fn derive(mut self) -> Self {
        self.percent = domain::target::percent_achieved(self.direction, self.planned, self.actual);
        self.outcome = Some(domain::target::outcome(self.direction, self.planned, self.actual));
        self
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, FromRow, ToSchema)]
pub struct TargetActual {
    pub id: i64,
    pub target_id: i64,
    pub measured_on: NaiveDate,
    pub value: f64,
    pub note: Option<String>,
}

/// A page of results with the total count, for lists.
#[derive(Debug, Clone, PartialEq, Serialize, ToSchema)]
pub struct Page<T> {
    pub items: Vec<T>,
    pub total: i64,
    pub limit: i64,
    pub offset: i64,
}
