//! The evaluation workflow of one subject and period, as a table (the style of `status.rs`):
//! self-assessment → review by the head of unit → the approver's decision → locked.
//!
//! Returning a file to the previous step, reviewing without a self-assessment, and reopening a
//! decided or locked file need a reason. Each forward step has a deadline from the rule set
//! (days after the period's end) and is flagged late after it. Anything else is refused with
//! the field at fault (`stage`, `role` or `reason`) and the reason in Vietnamese and English.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use super::ruleset::StepDeadlines;
use crate::{FieldError, labelled_enum};

labelled_enum! {
    /// Where a subject's evaluation of a period stands.
    Stage {
        Open = "open", "Chưa tự đánh giá", "Not yet self-assessed";
        Returned = "returned", "Bị trả lại để tự đánh giá lại", "Returned for a new self-assessment";
        SelfAssessed = "self_assessed", "Đã tự đánh giá, chờ nhận xét", "Self-assessed, awaiting review";
        Reviewed = "reviewed", "Đã nhận xét, chờ quyết định", "Reviewed, awaiting decision";
        Decided = "decided", "Đã quyết định xếp loại", "Decided";
        Locked = "locked", "Đã khóa", "Locked";
    }
}

labelled_enum! {
    /// A step someone takes.
    Action {
        SubmitSelf = "submit_self", "Gửi bản tự đánh giá", "Submit the self-assessment";
        Review = "review", "Nhận xét, đề xuất mức xếp loại", "Review and propose a level";
        ReturnToPerson = "return_to_person", "Trả lại người được đánh giá", "Return to the person";
        Decide = "decide", "Quyết định xếp loại", "Decide the level";
        ReturnToReviewer = "return_to_reviewer", "Trả lại người nhận xét", "Return to the reviewer";
        Lock = "lock", "Khóa kết quả", "Lock the result";
        Reopen = "reopen", "Mở lại để đánh giá lại", "Reopen for re-evaluation";
    }
}

labelled_enum! {
    /// The part someone plays in this evaluation (the application decides who plays which).
    Role {
        Person = "person", "Người được đánh giá", "The person evaluated";
        Reviewer = "reviewer", "Người đứng đầu đơn vị (nhận xét)", "Head of unit (reviewer)";
        Approver = "approver", "Người có thẩm quyền quyết định", "Approving authority";
        System = "system", "Hệ thống", "The system";
    }
}

/// The step whose deadline an action meets.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Deadline {
    SelfAssessment,
    Review,
    Decision,
}

/// One allowed move.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Transition {
    pub from: Stage,
    pub action: Action,
    pub to: Stage,
    pub roles: &'static [Role],
    pub reason_required: bool,
    pub deadline: Option<Deadline>,
}

const fn t(
    from: Stage,
    action: Action,
    to: Stage,
    roles: &'static [Role],
    reason_required: bool,
    deadline: Option<Deadline>,
) -> Transition {
    Transition {
        from,
        action,
        to,
        roles,
        reason_required,
        deadline,
    }
}

use Action as A;
use Deadline as D;
use Role as R;
use Stage as S;

/// Every allowed move; anything not listed is refused.
pub const TRANSITIONS: [Transition; 10] = [
    t(
        S::Open,
        A::SubmitSelf,
        S::SelfAssessed,
        &[R::Person],
        false,
        Some(D::SelfAssessment),
    ),
    t(
        S::Returned,
        A::SubmitSelf,
        S::SelfAssessed,
        &[R::Person],
        false,
        Some(D::SelfAssessment),
    ),
    // The head may review someone who did not self-assess in time, saying why.
    t(S::Open, A::Review, S::Reviewed, &[R::Reviewer], true, Some(D::Review)),
    t(
        S::SelfAssessed,
        A::Review,
        S::Reviewed,
        &[R::Reviewer],
        false,
        Some(D::Review),
    ),
    t(
        S::SelfAssessed,
        A::ReturnToPerson,
        S::Returned,
        &[R::Reviewer],
        true,
        None,
    ),
    t(
        S::Reviewed,
        A::Decide,
        S::Decided,
        &[R::Approver],
        false,
        Some(D::Decision),
    ),
    t(
        S::Reviewed,
        A::ReturnToReviewer,
        S::SelfAssessed,
        &[R::Approver],
        true,
        None,
    ),
    t(S::Decided, A::Lock, S::Locked, &[R::Approver, R::System], false, None),
    t(S::Decided, A::Reopen, S::Reviewed, &[R::Approver], true, None),
    // After a complaint or a correction: back to the decision, never silently.
    t(S::Locked, A::Reopen, S::Reviewed, &[R::Approver], true, None),
];

/// The result of an allowed step.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct StepOutcome {
    pub to: Stage,
    /// The deadline the step had, if any.
    pub due: Option<NaiveDate>,
    /// Taken after its deadline.
    pub late: bool,
}

/// Takes `action` as `role` on `on`, or says why not.
pub fn step(
    stage: Stage,
    action: Action,
    role: Role,
    reason: Option<&str>,
    on: NaiveDate,
    deadlines: &StepDeadlines,
) -> Result<StepOutcome, FieldError> {
    let Some(tr) = TRANSITIONS.iter().find(|t| t.from == stage && t.action == action) else {
        return Err(refusal(stage, action));
    };
    if !tr.roles.contains(&role) {
        let allowed: Vec<&str> = tr.roles.iter().map(|r| r.label_vi()).collect();
        let allowed_en: Vec<&str> = tr.roles.iter().map(|r| r.label_en()).collect();
        return Err(FieldError::invalid(
            "role",
            format!(
                "{} không được thực hiện bước “{}”; chỉ {} được thực hiện.",
                role.label_vi(),
                action.label_vi(),
                allowed.join(" hoặc ").to_lowercase()
            ),
            format!(
                "{} may not “{}”; only {} may.",
                role.label_en(),
                action.label_en().to_lowercase(),
                allowed_en.join(" or ").to_lowercase()
            ),
        ));
    }
    if tr.reason_required && reason.is_none_or(|r| r.trim().is_empty()) {
        return Err(FieldError::required("reason"));
    }
    let due = tr.deadline.map(|d| match d {
        Deadline::SelfAssessment => deadlines.self_assessment,
        Deadline::Review => deadlines.review,
        Deadline::Decision => deadlines.decision,
    });
    Ok(StepOutcome {
        to: tr.to,
        due,
        late: due.is_some_and(|d| on > d),
    })
}

fn refusal(stage: Stage, action: Action) -> FieldError {
    match (stage, action) {
        (Stage::Locked, _) => FieldError::invalid(
            "stage",
            format!(
                "Kết quả đánh giá kỳ này đã khóa; không thể “{}”. Người có thẩm quyền phải mở lại (nêu lý do) trước khi đánh giá lại.",
                action.label_vi().to_lowercase()
            ),
            format!(
                "This period's evaluation is locked; cannot “{}”. The approving authority must reopen it (with a reason) first.",
                action.label_en().to_lowercase()
            ),
        ),
        (Stage::SelfAssessed | Stage::Reviewed | Stage::Decided, Action::SubmitSelf) => FieldError::invalid(
            "stage",
            "Đã gửi bản tự đánh giá kỳ này; chỉ tự đánh giá lại khi hồ sơ được trả lại.",
            "The self-assessment for this period was already submitted; a new one is possible only when the file is returned.",
        ),
        _ => FieldError::invalid(
            "stage",
            format!(
                "Không thể “{}” khi hồ sơ đang ở trạng thái “{}”.",
                action.label_vi().to_lowercase(),
                stage.label_vi().to_lowercase()
            ),
            format!(
                "Cannot “{}” while the file is “{}”.",
                action.label_en().to_lowercase(),
                stage.label_en().to_lowercase()
            ),
        ),
    }
}

/// The actions `role` may take at `stage` (for the page's buttons).
pub fn allowed_actions(stage: Stage, role: Role) -> Vec<Action> {
    TRANSITIONS
        .iter()
        .filter(|t| t.from == stage && t.roles.contains(&role))
        .map(|t| t.action)
        .collect()
}

/// Whether `role` may enter or change scores at `stage`: the person before submitting, the
/// reviewer while reviewing, the approver while deciding; nobody once decided or locked.
pub fn ensure_editable(stage: Stage, role: Role) -> Result<(), FieldError> {
    let editor = match stage {
        Stage::Open | Stage::Returned => Some(Role::Person),
        Stage::SelfAssessed => Some(Role::Reviewer),
        Stage::Reviewed => Some(Role::Approver),
        Stage::Decided | Stage::Locked => None,
    };
    match editor {
        Some(e) if e == role => Ok(()),
        Some(e) => Err(FieldError::invalid(
            "role",
            format!(
                "Ở trạng thái “{}”, chỉ {} được chấm điểm.",
                stage.label_vi().to_lowercase(),
                e.label_vi().to_lowercase()
            ),
            format!(
                "While “{}”, only {} may enter scores.",
                stage.label_en().to_lowercase(),
                e.label_en().to_lowercase()
            ),
        )),
        None if stage == Stage::Locked => Err(FieldError::invalid(
            "stage",
            "Kết quả đánh giá kỳ này đã khóa; không thể chấm lại.",
            "This period's evaluation is locked; scores cannot be changed.",
        )),
        None => Err(FieldError::invalid(
            "stage",
            "Đã quyết định xếp loại; muốn chấm lại phải mở lại hồ sơ (nêu lý do).",
            "The level is decided; reopen the file (with a reason) to change scores.",
        )),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> NaiveDate {
        NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
    }

    fn deadlines() -> StepDeadlines {
        StepDeadlines {
            self_assessment: d("2026-04-03"),
            review: d("2026-04-05"),
            decision: d("2026-04-10"),
        }
    }

    /// The workflow as a person would state it, written apart from the table.
    fn spec(stage: Stage, action: Action, role: Role, has_reason: bool) -> Option<Stage> {
        use Action::*;
        use Role::*;
        use Stage::*;
        let (to, who_ok, needs_reason) = match (stage, action) {
            (Open | Returned, SubmitSelf) => (SelfAssessed, role == Person, false),
            (Open, Review) => (Reviewed, role == Reviewer, true),
            (SelfAssessed, Review) => (Reviewed, role == Reviewer, false),
            (SelfAssessed, ReturnToPerson) => (Returned, role == Reviewer, true),
            (Reviewed, Decide) => (Decided, role == Approver, false),
            (Reviewed, ReturnToReviewer) => (SelfAssessed, role == Approver, true),
            (Decided, Lock) => (Locked, role == Approver || role == System, false),
            (Decided | Locked, Reopen) => (Reviewed, role == Approver, true),
            _ => return None,
        };
        (who_ok && (has_reason || !needs_reason)).then_some(to)
    }

    #[test]
    fn every_transition_matches_the_spec() {
        let mut allowed = 0;
        for stage in Stage::ALL {
            for action in Action::ALL {
                for role in Role::ALL {
                    for reason in [None, Some("  "), Some("Người dân khiếu nại kết quả")] {
                        let has_reason = reason.is_some_and(|r| !r.trim().is_empty());
                        let got = step(*stage, *action, *role, reason, d("2026-04-01"), &deadlines());
                        let want = spec(*stage, *action, *role, has_reason);
                        assert_eq!(
                            got.as_ref().ok().map(|o| o.to),
                            want,
                            "{stage} {action} {role} {reason:?}"
                        );
                        if got.is_ok() {
                            allowed += 1;
                        }
                    }
                }
            }
        }
        // 10 rows: 5 without a reason requirement (the lock row for two roles: 6 role rows)
        // take all 3 reason forms; 5 with one take only the real reason.
        assert_eq!(allowed, 6 * 3 + 5);
    }

    #[test]
    fn refusals_name_the_field_and_reason() {
        let dl = deadlines();
        let on = d("2026-04-02");
        let second = step(Stage::SelfAssessed, Action::SubmitSelf, Role::Person, None, on, &dl).unwrap_err();
        assert_eq!(second.field, "stage");
        assert!(
            second.message_vi.contains("Đã gửi bản tự đánh giá"),
            "{}",
            second.message_vi
        );
        let locked = step(Stage::Locked, Action::SubmitSelf, Role::Person, None, on, &dl).unwrap_err();
        assert_eq!(locked.field, "stage");
        assert!(locked.message_vi.contains("đã khóa"));
        let wrong_role = step(Stage::SelfAssessed, Action::Review, Role::Person, None, on, &dl).unwrap_err();
        assert_eq!(wrong_role.field, "role");
        assert!(
            wrong_role.message_vi.contains("người đứng đầu đơn vị"),
            "{}",
            wrong_role.message_vi
        );
        let no_reason = step(
            Stage::SelfAssessed,
            Action::ReturnToPerson,
            Role::Reviewer,
            None,
            on,
            &dl,
        )
        .unwrap_err();
        assert_eq!(
            (no_reason.field.as_str(), no_reason.code.as_str()),
            ("reason", "required")
        );
        let reopen = step(Stage::Locked, Action::Reopen, Role::Approver, Some(" "), on, &dl).unwrap_err();
        assert_eq!(reopen.field, "reason");
    }

    #[test]
    fn steps_after_their_deadline_are_flagged_late() {
        let dl = deadlines();
        let self_on_time = step(
            Stage::Open,
            Action::SubmitSelf,
            Role::Person,
            None,
            d("2026-04-03"),
            &dl,
        )
        .unwrap();
        assert_eq!((self_on_time.due, self_on_time.late), (Some(d("2026-04-03")), false));
        let self_late = step(
            Stage::Open,
            Action::SubmitSelf,
            Role::Person,
            None,
            d("2026-04-04"),
            &dl,
        )
        .unwrap();
        assert!(self_late.late);
        let review_late = step(
            Stage::SelfAssessed,
            Action::Review,
            Role::Reviewer,
            None,
            d("2026-04-06"),
            &dl,
        )
        .unwrap();
        assert!(review_late.late);
        let decide = step(
            Stage::Reviewed,
            Action::Decide,
            Role::Approver,
            None,
            d("2026-04-10"),
            &dl,
        )
        .unwrap();
        assert_eq!((decide.to, decide.late), (Stage::Decided, false));
        let lock = step(Stage::Decided, Action::Lock, Role::System, None, d("2026-06-01"), &dl).unwrap();
        assert_eq!((lock.to, lock.due, lock.late), (Stage::Locked, None, false));
    }

    #[test]
    fn buttons_and_editing_follow_the_stage() {
        assert_eq!(allowed_actions(Stage::Open, Role::Person), vec![Action::SubmitSelf]);
        assert_eq!(
            allowed_actions(Stage::SelfAssessed, Role::Reviewer),
            vec![Action::Review, Action::ReturnToPerson]
        );
        assert_eq!(allowed_actions(Stage::Locked, Role::Approver), vec![Action::Reopen]);
        assert!(allowed_actions(Stage::Locked, Role::Person).is_empty());
        assert!(ensure_editable(Stage::Open, Role::Person).is_ok());
        assert!(ensure_editable(Stage::Returned, Role::Person).is_ok());
        assert!(ensure_editable(Stage::SelfAssessed, Role::Reviewer).is_ok());
        assert!(ensure_editable(Stage::Reviewed, Role::Approver).is_ok());
        assert_eq!(
            ensure_editable(Stage::SelfAssessed, Role::Person).unwrap_err().field,
            "role"
        );
        let locked = ensure_editable(Stage::Locked, Role::Approver).unwrap_err();
        assert_eq!(locked.field, "stage");
        assert!(locked.message_en.contains("locked"));
        assert_eq!(
            ensure_editable(Stage::Decided, Role::Approver).unwrap_err().field,
            "stage"
        );
    }
}
