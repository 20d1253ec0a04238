//! Inspection and supervision by a Party inspection commission (Ủy ban Kiểm tra): the annual
//! plan, the decision with its team, the subject's self-report, verification, the draft results
//! report, the conclusion with findings per subject, and recommendations followed up as tasks.
//!
//! - [`procedure`]: the steps and the one table of moves between them.
//! - [`confidential`]: who reads the working papers.
//! - this module: the inputs of each step and their validation; [`reach`]: which units a
//!   commission may inspect.

pub mod confidential;
pub mod procedure;

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

use crate::assign::{Reach, UnitPlace};
use crate::unit::UnitKind;
use crate::{FieldError, Valid, dates, text};

pub use confidential::{RecordKind, may_see_confidential, sees_every_subject, sees_subject};
pub use procedure::{Event, Facts, InspectionStep, Phase, next};

crate::labelled_enum! {
    /// How a plan item is carried out.
    Method {
        Inspection = "inspection", "Kiểm tra", "Inspection";
        Supervision = "supervision", "Giám sát chuyên đề", "Thematic supervision";
    }
}

crate::labelled_enum! {
    /// A team member's part.
    TeamRole {
        Head = "head", "Trưởng đoàn", "Head of the team";
        Deputy = "deputy", "Phó Trưởng đoàn", "Deputy head";
        Member = "member", "Thành viên", "Member";
    }
}

/// The units a commission may inspect: what the Party committee it serves reaches (a district
/// commission inspects the Party organisations and members of its district). Any other body
/// inspects its own subtree.
pub fn reach(body: &UnitPlace, parent: Option<&UnitPlace>) -> Reach {
    match parent {
        Some(committee)
            if body.kind == UnitKind::InspectionCommission && committee.kind == UnitKind::PartyCommittee =>
        {
            Reach::of(committee)
        }
        _ => Reach::of(body),
    }
}

fn unique(field: &str, ids: &[i64]) -> Result<(), FieldError> {
    let mut seen = std::collections::HashSet::new();
    if let Some(dup) = ids.iter().find(|id| !seen.insert(**id)) {
        let (vi, en) = crate::fields::label(field);
        return Err(FieldError::invalid(
            field,
            format!("“{vi}”: mã {dup} được chọn hai lần."),
            format!("“{en}”: id {dup} is chosen twice."),
        ));
    }
    Ok(())
}

/// One line of the annual plan: what is inspected, of whom, when, how.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ToSchema)]
pub struct PlanItemInput {
    /// Nội dung kiểm tra, giám sát.
    pub content: String,
    pub subject_unit_ids: Vec<i64>,
    /// The time as the plan writes it: "Quý IV/2023", "tháng 10/2023".
    pub time_text: String,
    pub method: Method,
}

/// The annual inspection and supervision plan of a commission.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ToSchema)]
pub struct PlanInput {
    pub body_unit_id: i64,
    pub year: i32,
    pub title: String,
    pub items: Vec<PlanItemInput>,
}

impl PlanInput {
    pub fn validate(self) -> Result<Valid<PlanInput>, FieldError> {
        let title = text::line("title", &self.title, 500)?;
        if NaiveDate::from_ymd_opt(self.year, 1, 1).is_none_or(|d| dates::plausible("year", d).is_err()) {
            return Err(FieldError::invalid(
                "year",
                format!("Năm {} không hợp lệ.", self.year),
                format!("The year {} is not plausible.", self.year),
            ));
        }
        if self.items.is_empty() {
            return Err(FieldError::required("items"));
        }
        let mut items = Vec::with_capacity(self.items.len());
        for (i, it) in self.items.into_iter().enumerate() {
            let checked = (|| {
                if it.subject_unit_ids.is_empty() {
                    return Err(FieldError::required("subject_unit_ids"));
                }
                unique("subject_unit_ids", &it.subject_unit_ids)?;
                Ok(PlanItemInput {
                    content: text::required("content", &it.content, 2000)?,
                    time_text: text::line("time_text", &it.time_text, 200)?,
                    ..it
                })
            })()
            .map_err(|e: FieldError| e.in_item("items", i))?;
            items.push(checked);
        }
        Ok(Valid::new(PlanInput { title, items, ..self }))
    }
}

/// A person named to the team.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
pub struct TeamMemberInput {
    pub person_id: i64,
    pub role: TeamRole,
}

/// The inspection decision: its number, date, team and schedule.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ToSchema)]
pub struct InspectionDecisionInput {
    /// "45-QĐ/UBKTQU".
    pub symbol: String,
    pub decided_on: NaiveDate,
    pub team: Vec<TeamMemberInput>,
    pub starts_on: NaiveDate,
    pub ends_on: NaiveDate,
}

impl InspectionDecisionInput {
    pub fn validate(self, today: NaiveDate) -> Result<Valid<InspectionDecisionInput>, FieldError> {
        let symbol = text::line("symbol", &self.symbol, 100)?;
        dates::not_future("decided_on", self.decided_on, today)?;
        dates::plausible("starts_on", self.starts_on)?;
        dates::plausible("ends_on", self.ends_on)?;
        if self.starts_on < self.decided_on {
            return Err(FieldError::invalid(
                "starts_on",
                "Thời gian bắt đầu kiểm tra ở trước ngày ra quyết định.",
                "The inspection starts before its decision.",
            ));
        }
        if self.ends_on < self.starts_on {
            return Err(FieldError::invalid(
                "ends_on",
                "Thời gian kết thúc ở trước thời gian bắt đầu.",
                "The end is before the start.",
            ));
        }
        if self.team.is_empty() {
            return Err(FieldError::required("team"));
        }
        let ids: Vec<i64> = self.team.iter().map(|m| m.person_id).collect();
        unique("team", &ids)?;
        if self.team.iter().filter(|m| m.role == TeamRole::Head).count() != 1 {
            return Err(FieldError::invalid(
                "team",
                "Đoàn kiểm tra phải có đúng một Trưởng đoàn.",
                "The team must have exactly one head.",
            ));
        }
        Ok(Valid::new(InspectionDecisionInput { symbol, ..self }))
    }
}

/// A paper of the procedure: a subject's self-report, a verification note, a draft report.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ToSchema)]
pub struct RecordInput {
    /// The subject it is about (required for a self-report).
    pub subject_unit_id: Option<i64>,
    /// The date it was made (for a draft: the day it was discussed with the subject).
    pub dated_on: NaiveDate,
    pub text: String,
}

impl RecordInput {
    pub fn validate(self, kind: RecordKind, today: NaiveDate) -> Result<Valid<RecordInput>, FieldError> {
        if kind == RecordKind::SelfReport && self.subject_unit_id.is_none() {
            return Err(FieldError::required("subject_unit_id"));
        }
        dates::not_future("dated_on", self.dated_on, today)?;
        let text = text::required("text", &self.text, 20_000)?;
        Ok(Valid::new(RecordInput { text, ..self }))
    }
}

/// What the commission concludes about one subject.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ToSchema)]
pub struct FindingInput {
    pub subject_unit_id: i64,
    pub text: String,
}

/// A recommendation (kiến nghị): followed up as a task led by `lead_unit_id`, due `due_on`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ToSchema)]
pub struct RecommendationInput {
    pub subject_unit_id: i64,
    pub text: String,
    pub lead_unit_id: i64,
    pub due_on: NaiveDate,
}

/// The commission's conclusion (thông báo kết luận).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ToSchema)]
pub struct ConclusionInput {
    /// "12-TB/UBKTQU".
    pub symbol: String,
    pub concluded_on: NaiveDate,
    pub summary: String,
    pub findings: Vec<FindingInput>,
    #[serde(default)]
    pub recommendations: Vec<RecommendationInput>,
}

impl ConclusionInput {
    /// Checks the conclusion of an inspection of `subjects`: findings about every subject and
    /// about subjects only; recommendations of the inspection's subjects, due on or after the
    /// conclusion.
    pub fn validate(self, subjects: &[i64], today: NaiveDate) -> Result<Valid<ConclusionInput>, FieldError> {
        let symbol = text::line("symbol", &self.symbol, 100)?;
        dates::not_future("concluded_on", self.concluded_on, today)?;
        let summary = text::required("summary", &self.summary, 20_000)?;
        if self.findings.is_empty() {
            return Err(FieldError::invalid(
                "findings",
                "Thông báo kết luận chưa có nội dung kết luận nào đối với đối tượng kiểm tra.",
                "The conclusion has no finding about any subject.",
            ));
        }
        let not_subject = |field: &str| {
            FieldError::invalid(
                field,
                "Đơn vị được chọn không phải đối tượng của cuộc kiểm tra này.",
                "The unit chosen is not a subject of this inspection.",
            )
        };
        let mut findings = Vec::with_capacity(self.findings.len());
        for (i, f) in self.findings.into_iter().enumerate() {
            if !subjects.contains(&f.subject_unit_id) {
                return Err(not_subject("subject_unit_id").in_item("findings", i));
            }
            let text = text::required("text", &f.text, 20_000).map_err(|e| e.in_item("findings", i))?;
            findings.push(FindingInput { text, ..f });
        }
        let missing = subjects
            .iter()
            .filter(|s| !findings.iter().any(|f| f.subject_unit_id == **s))
            .count();
        if missing > 0 {
            return Err(FieldError::invalid(
                "findings",
                format!("Chưa có nội dung kết luận đối với {missing} đối tượng kiểm tra."),
                format!("{missing} subjects have no finding."),
            ));
        }
        let mut recommendations = Vec::with_capacity(self.recommendations.len());
        for (i, r) in self.recommendations.into_iter().enumerate() {
            let at = |e: FieldError| e.in_item("recommendations", i);
            if !subjects.contains(&r.subject_unit_id) {
                return Err(at(not_subject("subject_unit_id")));
            }
            let text = text::required("text", &r.text, 5000).map_err(at)?;
            dates::plausible("due_on", r.due_on).map_err(at)?;
            if r.due_on < self.concluded_on {
                return Err(at(FieldError::invalid(
                    "due_on",
                    format!(
                        "Hạn thực hiện kiến nghị ({}) ở trước ngày kết luận ({}).",
                        r.due_on.format("%d/%m/%Y"),
                        self.concluded_on.format("%d/%m/%Y")
                    ),
                    format!(
                        "The recommendation is due ({}) before the conclusion ({}).",
                        r.due_on, self.concluded_on
                    ),
                )));
            }
            recommendations.push(RecommendationInput { text, ..r });
        }
        Ok(Valid::new(ConclusionInput {
            symbol,
            summary,
            findings,
            recommendations,
            ..self
        }))
    }
}

/// Formally closing a recommendation without its task done (kiến nghị không còn phù hợp…).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ToSchema)]
pub struct CloseInput {
    pub reason: String,
}

impl CloseInput {
    pub fn validate(self) -> Result<Valid<CloseInput>, FieldError> {
        Ok(Valid::new(CloseInput {
            reason: text::required("reason", &self.reason, 2000)?,
        }))
    }
}

#[cfg(test)]
mod tests;
