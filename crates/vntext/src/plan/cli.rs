//! The plan as the CLI prints it (JSON):
//! `{"symbol","issued","implements":[…],"tasks":[{"code","title","lead","support",
//! "deadline_text","due"|"recurrence","output"}]}`.

use serde::Serialize;

use super::{PlanDraft, TaskDraft};
use crate::deadline::DeadlineValue;

/// Serialisable plan for the CLI.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct PlanCli {
    pub symbol: Option<String>,
    /// `YYYY-MM-DD` or null.
    pub issued: Option<String>,
    pub issuer: Option<String>,
    pub place: Option<String>,
    pub title: Option<String>,
    pub implements: Vec<String>,
    pub tasks: Vec<TaskCli>,
}

/// Serialisable task for the CLI. Exactly one of `due`/`recurrence` is present when
/// the deadline was understood; neither when it was not.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct TaskCli {
    pub code: String,
    pub parent: Option<String>,
    pub title: String,
    pub lead: Option<String>,
    pub support: Vec<String>,
    pub deadline_text: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub due: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub recurrence: Option<&'static str>,
    /// True when the deadline reading should be checked by a person.
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub deadline_ambiguous: bool,
    pub output: Option<String>,
}

impl PlanDraft {
    /// The CLI's serialisable form.
    pub fn to_cli(&self) -> PlanCli {
        PlanCli {
            symbol: self.symbol.as_ref().map(|s| s.normalized.clone()),
            issued: self.issued.map(|d| d.format("%Y-%m-%d").to_string()),
            issuer: self.issuer.clone(),
            place: self.place.clone(),
            title: self.title.clone(),
            implements: self.implements.iter().map(|s| s.normalized.clone()).collect(),
            tasks: self.tasks.iter().map(TaskDraft::to_cli).collect(),
        }
    }
}

impl TaskDraft {
    /// The CLI's serialisable form.
    pub fn to_cli(&self) -> TaskCli {
        let (due, recurrence) = match self.deadline.as_ref().map(|d| &d.value) {
            Some(DeadlineValue::Due(d)) => (Some(d.format("%Y-%m-%d").to_string()), None),
            Some(DeadlineValue::Recurrence(r)) => (None, Some(r.as_str())),
            None => (None, None),
        };
        TaskCli {
            code: self.code.clone(),
            parent: self.parent.clone(),
            title: self.title.clone(),
            lead: self.lead.clone(),
            support: self.support.clone(),
            deadline_text: self.deadline_text.clone(),
            due,
            recurrence,
            deadline_ambiguous: self.deadline.as_ref().is_some_and(|d| d.ambiguous),
            output: self.output.clone(),
        }
    }
}
