//! Tasks (nhiệm vụ) and their work: progress reports, completion, extension and explanation
//! requests. Input rules live here; the workflow (which step is allowed when) in [`workflow`];
//! the status rule in [`crate::status`].

pub mod workflow;

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

use crate::error::ErrorCode;
use crate::{FieldError, Valid, dates, labelled_enum, text};

labelled_enum! {
    /// How often recurring work is due.
    Recurrence {
        Monthly = "monthly", "Hằng tháng", "Monthly";
        Quarterly = "quarterly", "Hằng quý", "Quarterly";
        Semiannual = "semiannual", "Định kỳ 6 tháng", "Every six months";
        Yearly = "yearly", "Hằng năm", "Yearly";
        Ongoing = "ongoing", "Thường xuyên", "Ongoing";
        Adhoc = "adhoc", "Đột xuất", "Ad hoc";
    }
}

impl From<vntext::Recurrence> for Recurrence {
    fn from(r: vntext::Recurrence) -> Self {
        match r {
            vntext::Recurrence::Monthly => Recurrence::Monthly,
            vntext::Recurrence::Quarterly => Recurrence::Quarterly,
            vntext::Recurrence::Semiannual => Recurrence::Semiannual,
            vntext::Recurrence::Yearly => Recurrence::Yearly,
            vntext::Recurrence::Ongoing => Recurrence::Ongoing,
            vntext::Recurrence::Adhoc => Recurrence::Adhoc,
        }
    }
}

labelled_enum! {
    /// The decision on an extension request.
    Decision {
        Pending = "pending", "Chờ quyết định", "Pending";
        Approved = "approved", "Đồng ý", "Approved";
        Rejected = "rejected", "Không đồng ý", "Rejected";
        Withdrawn = "withdrawn", "Không còn cần thiết (nhiệm vụ đã hoàn thành hoặc hủy)", "Withdrawn (task completed or cancelled)";
    }
}

labelled_enum! {
    /// A note a leader or the assigning office adds to a task's history.
    NoteKind {
        Comment = "comment", "Ý kiến chỉ đạo", "Directive comment";
        Urge = "urge", "Đôn đốc", "Urge";
    }
}

/// What a client sends to create or edit a task.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ToSchema)]
pub struct TaskInput {
    /// The plan (or programme…) the task belongs to. Needed to assign a task; a sub-task takes
    /// its parent's plan and may leave it out.
    #[serde(default)]
    pub plan_id: i64,
    pub parent_id: Option<i64>,
    /// The numbering in the plan, e.g. `II.2.a`.
    pub code: Option<String>,
    pub title: String,
    pub details: Option<String>,
    #[serde(default)]
    pub is_key: bool,
    /// A heading that groups tasks ("II.1. Nhóm nhiệm vụ …"): shown with its tasks, not counted
    /// as one.
    #[serde(default)]
    pub is_group: bool,
    pub lead_unit_id: i64,
    #[serde(default)]
    pub cooperating_unit_ids: Vec<i64>,
    pub responsible_id: Option<i64>,
    /// The deadline as written: "Quý IV/2023", "trong tháng 10/2023", "thường xuyên".
    pub deadline_text: Option<String>,
    /// The due date; computed from `deadline_text` when omitted.
    pub due_on: Option<NaiveDate>,
    /// For recurring work; computed from `deadline_text` when omitted.
    pub recurrence: Option<Recurrence>,
    pub expected_output: Option<String>,
}

/// A task input after validation, with its due date or recurrence resolved.
#[derive(Debug, Clone, PartialEq)]
pub struct TaskDraft {
    pub input: TaskInput,
    /// A note about how the deadline was read, when it was read from text.
    pub deadline_note: Option<String>,
}

impl TaskInput {
    /// Validates against the plan's issue date: the deadline must be known (as a date or a
    /// recurrence) and must not fall before the plan was issued.
    pub fn validate(self, plan_issued_on: NaiveDate) -> Result<Valid<TaskDraft>, FieldError> {
        let deadline_text = text::optional("deadline_text", self.deadline_text.as_deref(), 200)?;
        let mut due_on = self.due_on;
        let mut recurrence = self.recurrence;
        let mut deadline_note = None;
        if due_on.is_none() && recurrence.is_none() {
            let Some(phrase) = deadline_text.as_deref() else {
                return Err(FieldError::new(
                    "deadline_text",
                    ErrorCode::Required,
                    "Cần ghi thời hạn (ví dụ “Quý IV/2023”, “trong tháng 10/2023”, “thường xuyên”) hoặc ngày hết hạn.",
                    "A deadline is required (e.g. “Quý IV/2023”) or a due date.",
                ));
            };
            match vntext::parse_deadline(phrase, Some(plan_issued_on)) {
                Ok(d) => {
                    match d.value {
                        vntext::DeadlineValue::Due(date) => due_on = Some(date),
                        vntext::DeadlineValue::Recurrence(r) => recurrence = Some(r.into()),
                    }
                    deadline_note = Some(d.note).filter(|n| !n.is_empty());
                }
                Err(e) => {
                    return Err(FieldError::invalid("deadline_text", e.message_vi(), e.message_en()));
                }
            }
        }
        if let Some(due) = due_on {
            dates::plausible("due_on", due)?;
            check_not_before_issue("due_on", due, plan_issued_on)?;
        }
        let mut cooperating = self.cooperating_unit_ids;
        cooperating.sort_unstable();
        cooperating.dedup();
        if cooperating.contains(&self.lead_unit_id) {
            return Err(FieldError::invalid(
                "cooperating_unit_ids",
                "Đơn vị chủ trì không đồng thời là đơn vị phối hợp.",
                "The lead unit cannot also be a cooperating unit.",
            ));
        }
        if cooperating.len() > 200 {
            return Err(FieldError::too_long("cooperating_unit_ids", 200));
        }
        Ok(Valid::new(TaskDraft {
            input: TaskInput {
                code: text::optional("code", self.code.as_deref(), 40)?,
                title: text::required("title", &self.title, 1000)?,
                details: text::optional("details", self.details.as_deref(), 20_000)?,
                expected_output: text::optional("expected_output", self.expected_output.as_deref(), 500)?,
                deadline_text,
                due_on,
                recurrence,
                cooperating_unit_ids: cooperating,
                ..self
            },
            deadline_note,
        }))
    }
}

/// A date of the work (a deadline, a report) cannot precede the plan it belongs to. The message
/// names the field at fault, not always "the deadline".
fn check_not_before_issue(field: &str, date: NaiveDate, issued: NaiveDate) -> Result<(), FieldError> {
    if date < issued {
        let (vi, en) = crate::fields::label(field);
        return Err(FieldError::invalid(
            field,
            format!(
                "“{vi}” ({}) trước ngày ban hành kế hoạch ({}).",
                date.format("%d/%m/%Y"),
                issued.format("%d/%m/%Y")
            ),
            format!("“{en}” ({date}) is before the plan's issue date ({issued})."),
        ));
    }
    Ok(())
}

/// A progress report (báo cáo tiến độ).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ToSchema)]
pub struct ProgressInput {
    /// Defaults to today.
    pub reported_on: Option<NaiveDate>,
    pub percent: i32,
    pub text: String,
    /// Evidence (minh chứng): document references or links.
    #[serde(default)]
    pub evidence: Vec<String>,
    /// The person the report is made for, when an office enters it on their behalf ("nhập
    /// thay"); by default the signed-in account's person. Both are recorded.
    pub author_id: Option<i64>,
    /// Confirms a report that lowers the progress.
    #[serde(default)]
    pub confirm_drop: bool,
}

impl ProgressInput {
    pub fn validate(self, today: NaiveDate, plan_issued_on: NaiveDate) -> Result<Valid<ProgressInput>, FieldError> {
        if !(0..=100).contains(&self.percent) {
            return Err(FieldError::invalid(
                "percent",
                "Tỷ lệ hoàn thành phải từ 0 đến 100.",
                "Percent must be between 0 and 100.",
            ));
        }
        let on = self.reported_on.unwrap_or(today);
        dates::not_future("reported_on", on, today)?;
        check_not_before_issue("reported_on", on, plan_issued_on)?;
        if self.evidence.len() > 50 {
            return Err(FieldError::invalid(
                "evidence",
                "Mỗi báo cáo có tối đa 50 minh chứng.",
                "At most 50 evidence items per report.",
            ));
        }
        let mut evidence = Vec::new();
        for e in &self.evidence {
            if let Some(e) = text::evidence_item("evidence", e)? {
                evidence.push(e);
            }
        }
        Ok(Valid::new(ProgressInput {
            reported_on: Some(on),
            text: text::required("text", &self.text, 5000)?,
            evidence,
            ..self
        }))
    }
}

/// Marking a task complete.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ToSchema)]
pub struct CompleteInput {
    /// Defaults to today. See [`workflow::check_completion_date`] for how far back it may go.
    pub completed_on: Option<NaiveDate>,
    pub note: Option<String>,
    /// The person reported for, when entered on their behalf.
    pub author_id: Option<i64>,
    pub version: i64,
}

impl CompleteInput {
    /// Checks the text; the date is checked against the work's history by
    /// [`workflow::check_completion_date`].
    pub fn validate(self, today: NaiveDate) -> Result<Valid<CompleteInput>, FieldError> {
        let on = self.completed_on.unwrap_or(today);
        dates::plausible("completed_on", on)?;
        Ok(Valid::new(CompleteInput {
            completed_on: Some(on),
            note: text::optional("note", self.note.as_deref(), 5000)?,
            ..self
        }))
    }
}

/// An extension request (đề nghị gia hạn).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ToSchema)]
pub struct ExtensionInput {
    pub new_due_on: NaiveDate,
    pub reason: String,
    /// The person the request is made for, when entered on their behalf.
    pub requested_by: Option<i64>,
}

impl ExtensionInput {
    pub fn validate(self, current_due: Option<NaiveDate>) -> Result<Valid<ExtensionInput>, FieldError> {
        dates::plausible("new_due_on", self.new_due_on)?;
        if let Some(due) = current_due
            && self.new_due_on <= due
        {
            return Err(FieldError::invalid(
                "new_due_on",
                format!(
                    "Thời hạn đề nghị phải sau thời hạn hiện tại {}.",
                    due.format("%d/%m/%Y")
                ),
                format!("The requested date must be after the current due date {due}."),
            ));
        }
        Ok(Valid::new(ExtensionInput {
            reason: text::required("reason", &self.reason, 5000)?,
            ..self
        }))
    }
}

/// The assigning unit's decision on an extension request.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ToSchema)]
pub struct DecisionInput {
    pub approve: bool,
    /// On approval, the new due date granted; by default the one requested. It may differ (a
    /// shorter extension than asked).
    pub approved_due_on: Option<NaiveDate>,
    pub note: Option<String>,
    /// The person the decision is made for, when entered on their behalf.
    pub decided_by: Option<i64>,
}

impl DecisionInput {
    /// Checks the decision against the task's current due date.
    pub fn validate(self, current_due: Option<NaiveDate>) -> Result<Valid<DecisionInput>, FieldError> {
        if let Some(granted) = self.approved_due_on {
            dates::plausible("approved_due_on", granted)?;
            if !self.approve {
                return Err(FieldError::invalid(
                    "approved_due_on",
                    "Chỉ ghi thời hạn mới khi đồng ý gia hạn.",
                    "A new due date is given only when approving.",
                ));
            }
            if let Some(due) = current_due
                && granted <= due
            {
                return Err(FieldError::invalid(
                    "approved_due_on",
                    format!(
                        "Thời hạn gia hạn phải sau thời hạn hiện tại {}.",
                        due.format("%d/%m/%Y")
                    ),
                    format!("The new due date must be after the current one ({due})."),
                ));
            }
        }
        Ok(Valid::new(DecisionInput {
            note: text::optional("note", self.note.as_deref(), 5000)?,
            ..self
        }))
    }
}

/// A message on a task: an explanation's answer, a directive comment, a reason to cancel.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ToSchema)]
pub struct MessageInput {
    pub text: String,
    /// The person the message is from, when entered on their behalf.
    pub person_id: Option<i64>,
}

/// An explanation request (yêu cầu giải trình): to a unit (the lead unit unless said), with a
/// date by which to answer.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ToSchema)]
pub struct ExplanationRequestInput {
    pub text: String,
    /// The unit asked to explain: the lead unit (default) or a cooperating unit.
    pub addressee_unit_id: Option<i64>,
    /// By when to answer; by default [`DEFAULT_ANSWER_DAYS`] days from today.
    pub answer_due_on: Option<NaiveDate>,
    /// The person the request is from, when entered on their behalf.
    pub person_id: Option<i64>,
}

/// Days given to answer an explanation request when no date is set.
pub const DEFAULT_ANSWER_DAYS: u64 = 5;

impl ExplanationRequestInput {
    pub fn validate(self, today: NaiveDate) -> Result<Valid<ExplanationRequestInput>, FieldError> {
        let due = match self.answer_due_on {
            Some(d) => {
                dates::plausible("answer_due_on", d)?;
                if d < today {
                    return Err(FieldError::invalid(
                        "answer_due_on",
                        "Hạn trả lời không được trước ngày hôm nay.",
                        "The answer date cannot be before today.",
                    ));
                }
                d
            }
            None => today
                .checked_add_days(chrono::Days::new(DEFAULT_ANSWER_DAYS))
                .unwrap_or(today),
        };
        Ok(Valid::new(ExplanationRequestInput {
            text: text::required("text", &self.text, 5000)?,
            answer_due_on: Some(due),
            ..self
        }))
    }
}

impl MessageInput {
    pub fn validate(self) -> Result<Valid<MessageInput>, FieldError> {
        Ok(Valid::new(MessageInput {
            text: text::required("text", &self.text, 5000)?,
            ..self
        }))
    }
}

/// Refuses a parent that is the task itself or one of its descendants.
pub fn check_parent(task_id: i64, ancestors_of_parent: &[i64]) -> Result<(), FieldError> {
    if ancestors_of_parent.contains(&task_id) {
        return Err(FieldError::new(
            "parent_id",
            ErrorCode::Cycle,
            "Không thể đặt nhiệm vụ làm nhiệm vụ con của chính nó hoặc của nhiệm vụ con của nó.",
            "A task cannot be placed under itself or one of its sub-tasks.",
        ));
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> NaiveDate {
        NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
    }

    fn input() -> TaskInput {
        TaskInput {
            plan_id: 1,
            parent_id: None,
            code: Some("II.1".into()),
            title: "Tổ chức hội nghị quán triệt Chỉ thị 24-CT/TU".into(),
            details: None,
            is_key: true,
            is_group: false,
            lead_unit_id: 2,
            cooperating_unit_ids: vec![3, 3, 4],
            responsible_id: None,
            deadline_text: Some("trong tháng 10/2023".into()),
            due_on: None,
            recurrence: None,
            expected_output: None,
        }
    }

    #[test]
    fn deadline_text_gives_the_due_date() {
        let v = input().validate(d("2023-09-13")).unwrap();
        assert_eq!(v.input.due_on, Some(d("2023-10-31")));
        assert_eq!(v.input.cooperating_unit_ids, vec![3, 4]);
    }

    #[test]
    fn due_before_issue_is_refused() {
        let mut i = input();
        i.due_on = Some(d("2023-09-01"));
        assert_eq!(i.validate(d("2023-09-13")).unwrap_err().field, "due_on");
    }

    #[test]
    fn a_deadline_is_required() {
        let mut i = input();
        i.deadline_text = None;
        assert_eq!(i.validate(d("2023-09-13")).unwrap_err().field, "deadline_text");
    }

    #[test]
    fn lead_cannot_cooperate() {
        let mut i = input();
        i.cooperating_unit_ids = vec![2];
        assert_eq!(i.validate(d("2023-09-13")).unwrap_err().field, "cooperating_unit_ids");
    }

    #[test]
    fn progress_bounds() {
        let p = ProgressInput {
            reported_on: None,
            percent: 101,
            text: "x".into(),
            evidence: vec![],
            author_id: None,
            confirm_drop: false,
        };
        assert_eq!(
            p.validate(d("2023-11-20"), d("2023-01-01")).unwrap_err().field,
            "percent"
        );
    }
}
