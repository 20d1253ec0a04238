//! The task's workflow: which step is allowed in which phase, and what it changes — written once
//! as a table, like the status rule. Storage only persists what this module decides.
//!
//! Also the rules that keep status honest: a completion is not dated before the work's last
//! report nor far in the past, a request is never decided or answered by whoever made it, and a
//! report that lowers the progress must be confirmed.

use chrono::NaiveDate;

use crate::error::ErrorCode;
use crate::status::{Phase, TaskFacts};
use crate::{FieldError, dates};

crate::labelled_enum! {
    /// The steps of a task's life after it is assigned.
    Step {
        Edit = "edit", "Sửa nhiệm vụ", "Edit";
        SetResponsible = "set_responsible", "Phân công người phụ trách", "Set the responsible person";
        Split = "split", "Phân công nhiệm vụ con", "Split into sub-tasks";
        Cancel = "cancel", "Hủy nhiệm vụ", "Cancel";
        ReportProgress = "report_progress", "Báo cáo tiến độ", "Report progress";
        Complete = "complete", "Báo cáo hoàn thành", "Report completion";
        RequestExtension = "request_extension", "Đề nghị gia hạn", "Request an extension";
        DecideExtension = "decide_extension", "Quyết định gia hạn", "Decide an extension";
        RequestExplanation = "request_explanation", "Yêu cầu giải trình", "Request an explanation";
        AnswerExplanation = "answer_explanation", "Giải trình", "Answer an explanation";
        Comment = "comment", "Ý kiến chỉ đạo", "Directive comment";
        Urge = "urge", "Đôn đốc", "Urge";
    }
}

/// Whether a step may be taken in a phase: `true` means it needs open work (not cancelled,
/// not completed). The table is the rule; [`check_step`] reads it.
pub const NEEDS_OPEN_WORK: [(Step, bool); 12] = [
    // Editing the assignment of finished work keeps the record right (a typo, a unit renamed).
    (Step::Edit, false),
    (Step::SetResponsible, true),
    (Step::Split, true),
    (Step::Cancel, true),
    (Step::ReportProgress, true),
    (Step::Complete, true),
    (Step::RequestExtension, true),
    // A pending request on closed work was withdrawn when it closed.
    (Step::DecideExtension, true),
    // Asking why work finished late is legitimate after the fact.
    (Step::RequestExplanation, false),
    (Step::AnswerExplanation, false),
    (Step::Comment, false),
    (Step::Urge, true),
];

fn is_closed(phase: Phase) -> bool {
    matches!(phase, Phase::Cancelled | Phase::DoneOnTime | Phase::DoneLate)
}

/// Refuses a step the phase does not allow, saying why.
pub fn check_step(step: Step, facts: &TaskFacts) -> Result<(), FieldError> {
    let phase = facts.phase();
    let needs_open = NEEDS_OPEN_WORK
        .iter()
        .find(|(s, _)| *s == step)
        .is_some_and(|(_, open)| *open);
    if needs_open && is_closed(phase) {
        let (vi, en) = if phase == Phase::Cancelled {
            ("Nhiệm vụ đã bị hủy.", "The task is cancelled.")
        } else {
            ("Nhiệm vụ đã hoàn thành.", "The task is already completed.")
        };
        return Err(FieldError::new(
            "task",
            ErrorCode::TaskClosed,
            format!("{vi} Không thể {}.", step.label_vi().to_lowercase()),
            format!("{en} It cannot be changed by “{}”.", step.label_en().to_lowercase()),
        ));
    }
    if step == Step::RequestExtension && phase == Phase::ExtensionPending {
        return Err(FieldError::new(
            "task",
            ErrorCode::ExtensionPending,
            "Nhiệm vụ đang có một đề nghị gia hạn chờ quyết định.",
            "The task already has an extension request awaiting a decision.",
        ));
    }
    Ok(())
}

/// A progress report below 100 %: 100 % is reported by completing the task; a report lower than
/// the current progress must be confirmed (a slip of the finger turns 80 % into 10 %).
pub fn check_progress(percent: i32, current: i32, confirmed_drop: bool) -> Result<(), FieldError> {
    if percent >= 100 {
        return Err(FieldError::invalid(
            "percent",
            "Để báo hoàn thành 100%, hãy dùng chức năng “Báo cáo hoàn thành”.",
            "To report 100%, report the task complete.",
        ));
    }
    if percent < current && !confirmed_drop {
        return Err(FieldError::new(
            "percent",
            ErrorCode::NeedsConfirmation,
            format!("Tiến độ giảm từ {current}% xuống {percent}%. Nếu đúng, hãy xác nhận rồi gửi lại."),
            format!("Progress drops from {current}% to {percent}%. Confirm and send again if that is right."),
        ));
    }
    Ok(())
}

/// What the completion-date rule knows about the work.
#[derive(Debug, Clone, Copy)]
pub struct CompletionContext {
    pub today: NaiveDate,
    pub plan_issued_on: NaiveDate,
    /// The date of the latest progress report, if any.
    pub last_report_on: Option<NaiveDate>,
    /// How many days back a lead unit may date a completion on its own.
    pub backdate_days: u32,
    /// Whether the actor is on the assigning side (its office may record a late-reported
    /// completion on the date it really happened).
    pub by_assigner: bool,
}

/// The completion date must have happened, after the plan and the last report; dated further
/// back than the allowed days it needs the assigning office (a lead unit cannot turn an overdue
/// task into "completed on time" by choosing an earlier date).
pub fn check_completion_date(on: NaiveDate, c: &CompletionContext) -> Result<(), FieldError> {
    dates::not_future("completed_on", on, c.today)?;
    if on < c.plan_issued_on {
        return Err(FieldError::invalid(
            "completed_on",
            format!(
                "Ngày hoàn thành {} trước ngày ban hành kế hoạch {}.",
                on.format("%d/%m/%Y"),
                c.plan_issued_on.format("%d/%m/%Y")
            ),
            format!(
                "The completion date {on} is before the plan's issue date {}.",
                c.plan_issued_on
            ),
        ));
    }
    if let Some(last) = c.last_report_on
        && on < last
    {
        return Err(FieldError::invalid(
            "completed_on",
            format!(
                "Ngày hoàn thành {} trước ngày báo cáo tiến độ gần nhất {}.",
                on.format("%d/%m/%Y"),
                last.format("%d/%m/%Y")
            ),
            format!("The completion date {on} is before the latest progress report ({last})."),
        ));
    }
    let earliest = c
        .today
        .checked_sub_days(chrono::Days::new(u64::from(c.backdate_days)))
        .unwrap_or(NaiveDate::MIN);
    if on < earliest && !c.by_assigner {
        return Err(FieldError::invalid(
            "completed_on",
            format!(
                "Ngày hoàn thành chỉ được ghi lùi tối đa {} ngày (từ {}); hoàn thành sớm hơn cần văn phòng giao việc ghi nhận.",
                c.backdate_days,
                earliest.format("%d/%m/%Y")
            ),
            format!(
                "A completion may be dated at most {} days back (from {earliest}); an earlier date needs the assigning office.",
                c.backdate_days
            ),
        ));
    }
    Ok(())
}

/// Who made a request, for the separation of duties: the account, and the person it acted as.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Requester {
    pub user_id: Option<i64>,
    pub person_id: Option<i64>,
}

/// A request is decided (extension) or answered (explanation) by the other side: never by the
/// account that made it, nor by the person it was made as.
pub fn check_other_side(request: &Requester, actor_user: i64, actor_person: Option<i64>) -> Result<(), FieldError> {
    let same_user = request.user_id == Some(actor_user);
    let same_person = request.person_id.is_some() && request.person_id == actor_person;
    if same_user || same_person {
        return Err(FieldError::new(
            "task",
            ErrorCode::SeparationOfDuties,
            "Người gửi đề nghị hoặc yêu cầu không tự quyết định hay trả lời chính đề nghị, yêu cầu đó.",
            "Whoever made a request cannot decide or answer it themselves.",
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

    fn facts(phase: Phase) -> TaskFacts {
        let due = Some(d("2023-10-31"));
        match phase {
            Phase::Cancelled => TaskFacts {
                cancelled: true,
                completed_on: None,
                due_on: due,
                extension_pending: false,
                progress: 0,
            },
            Phase::DoneOnTime | Phase::DoneLate => TaskFacts {
                cancelled: false,
                completed_on: Some(if phase == Phase::DoneLate {
                    d("2023-11-05")
                } else {
                    d("2023-10-01")
                }),
                due_on: due,
                extension_pending: false,
                progress: 100,
            },
            Phase::ExtensionPending => TaskFacts {
                cancelled: false,
                completed_on: None,
                due_on: due,
                extension_pending: true,
                progress: 30,
            },
            Phase::Started | Phase::NotStarted => TaskFacts {
                cancelled: false,
                completed_on: None,
                due_on: due,
                extension_pending: false,
                progress: if phase == Phase::Started { 30 } else { 0 },
            },
        }
    }

    #[test]
    fn the_table_covers_every_step_once() {
        for s in Step::ALL {
            assert_eq!(NEEDS_OPEN_WORK.iter().filter(|(t, _)| t == s).count(), 1, "{s}");
        }
    }

    #[test]
    fn closed_work_refuses_the_open_steps_and_keeps_the_others() {
        for phase in [Phase::Cancelled, Phase::DoneOnTime, Phase::DoneLate] {
            let f = facts(phase);
            for (step, open) in NEEDS_OPEN_WORK {
                let r = check_step(step, &f);
                assert_eq!(r.is_err(), open, "{step} in {phase:?}");
                if let Err(e) = r {
                    assert_eq!(e.code, ErrorCode::TaskClosed);
                }
            }
        }
        for phase in [Phase::Started, Phase::NotStarted] {
            for s in Step::ALL {
                assert!(check_step(*s, &facts(phase)).is_ok(), "{s} in {phase:?}");
            }
        }
        let pending = facts(Phase::ExtensionPending);
        assert_eq!(
            check_step(Step::RequestExtension, &pending).unwrap_err().code,
            ErrorCode::ExtensionPending
        );
        assert!(check_step(Step::DecideExtension, &pending).is_ok());
    }

    #[test]
    fn progress_rules() {
        assert_eq!(check_progress(100, 50, false).unwrap_err().field, "percent");
        assert_eq!(
            check_progress(10, 80, false).unwrap_err().code,
            ErrorCode::NeedsConfirmation
        );
        assert!(check_progress(10, 80, true).is_ok());
        assert!(check_progress(90, 80, false).is_ok());
    }

    fn ctx(by_assigner: bool) -> CompletionContext {
        CompletionContext {
            today: d("2023-11-20"),
            plan_issued_on: d("2023-09-13"),
            last_report_on: Some(d("2023-11-01")),
            backdate_days: 7,
            by_assigner,
        }
    }

    #[test]
    fn completion_cannot_be_backdated_to_game_the_status() {
        assert!(check_completion_date(d("2023-11-20"), &ctx(false)).is_ok());
        assert!(check_completion_date(d("2023-11-13"), &ctx(false)).is_ok());
        // Before the allowed window: only the assigning office may record it.
        assert!(check_completion_date(d("2023-11-05"), &ctx(false)).is_err());
        assert!(check_completion_date(d("2023-11-05"), &ctx(true)).is_ok());
        // Before the last report or the plan, or in the future: never.
        assert!(check_completion_date(d("2023-10-30"), &ctx(true)).is_err());
        assert!(check_completion_date(d("2023-09-01"), &ctx(true)).is_err());
        assert!(check_completion_date(d("2023-11-21"), &ctx(true)).is_err());
    }

    #[test]
    fn requests_are_decided_by_the_other_side() {
        let r = Requester {
            user_id: Some(5),
            person_id: Some(9),
        };
        assert_eq!(
            check_other_side(&r, 5, None).unwrap_err().code,
            ErrorCode::SeparationOfDuties
        );
        assert!(check_other_side(&r, 6, Some(9)).is_err(), "same person, other account");
        assert!(check_other_side(&r, 6, Some(10)).is_ok());
        let anonymous = Requester {
            user_id: None,
            person_id: None,
        };
        assert!(check_other_side(&anonymous, 6, None).is_ok());
    }
}
