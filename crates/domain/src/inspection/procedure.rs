//! The inspection procedure as a state machine — written once, here.
//!
//! Party inspection (Quy định 296-QĐ/TW) runs in three phases: preparation (the annual plan names
//! subjects, content, time and method; the decision names the team and the schedule), conduct
//! (the subject's written self-report, the team's verification, a draft results report discussed
//! with the subject) and closing (the commission's conclusion with findings per subject, its
//! recommendations followed up until each is done or formally closed). [`TRANSITIONS`] is the one
//! table of which event moves an inspection from which step to which; [`next`] applies it and
//! says, in Vietnamese, why an event does not fit the step.

use crate::{ErrorCode, FieldError};

crate::labelled_enum! {
    /// Where an inspection stands (stored).
    InspectionStep {
        Planned = "planned", "Trong kế hoạch kiểm tra, giám sát", "In the annual plan";
        Decided = "decided", "Đã có quyết định, chờ báo cáo tự kiểm tra", "Decided, awaiting self-reports";
        Verifying = "verifying", "Đang thẩm tra, xác minh", "Verifying";
        Drafted = "drafted", "Đã có dự thảo báo cáo kết quả", "Draft results report";
        Concluded = "concluded", "Đã kết luận, theo dõi thực hiện kiến nghị", "Concluded, following up";
        Closed = "closed", "Đã kết thúc", "Closed";
    }
}

crate::labelled_enum! {
    /// The three phases of the procedure, for grouping steps on pages.
    Phase {
        Preparation = "preparation", "Chuẩn bị", "Preparation";
        Conduct = "conduct", "Tiến hành", "Conduct";
        Closing = "closing", "Kết thúc", "Closing";
    }
}

crate::labelled_enum! {
    /// What happens to an inspection.
    Event {
        Decide = "decide", "ban hành quyết định kiểm tra", "issue the inspection decision";
        SelfReport = "self_report", "nộp báo cáo tự kiểm tra", "submit a self-report";
        LastSelfReport = "last_self_report", "nộp báo cáo tự kiểm tra", "submit a self-report";
        Verify = "verify", "ghi biên bản thẩm tra, xác minh", "record a verification note";
        Draft = "draft", "lập dự thảo báo cáo kết quả kiểm tra", "draft the results report";
        Conclude = "conclude", "ban hành thông báo kết luận", "issue the conclusion";
        CloseRecommendation = "close_recommendation", "đóng kiến nghị", "close a recommendation";
        Close = "close", "kết thúc cuộc kiểm tra", "close the inspection";
    }
}

impl InspectionStep {
    /// The order of the steps: an inspection never moves back.
    pub fn rank(self) -> usize {
        InspectionStep::ALL.iter().position(|s| *s == self).unwrap_or(0)
    }

    pub fn phase(self) -> Phase {
        match self {
            InspectionStep::Planned => Phase::Preparation,
            InspectionStep::Decided | InspectionStep::Verifying | InspectionStep::Drafted => Phase::Conduct,
            InspectionStep::Concluded | InspectionStep::Closed => Phase::Closing,
        }
    }

    /// In progress: decided and not yet concluded.
    pub fn in_progress(self) -> bool {
        self.phase() == Phase::Conduct
    }
}

/// (from, event, to): the only moves there are.
pub const TRANSITIONS: &[(InspectionStep, Event, InspectionStep)] = &[
    (InspectionStep::Planned, Event::Decide, InspectionStep::Decided),
    // Each subject reports in writing; when the last one has, verification begins.
    (InspectionStep::Decided, Event::SelfReport, InspectionStep::Decided),
    (
        InspectionStep::Decided,
        Event::LastSelfReport,
        InspectionStep::Verifying,
    ),
    (InspectionStep::Verifying, Event::Verify, InspectionStep::Verifying),
    // The draft needs verification done (at least one note); a revised draft replaces it.
    (InspectionStep::Verifying, Event::Draft, InspectionStep::Drafted),
    (InspectionStep::Drafted, Event::Draft, InspectionStep::Drafted),
    (InspectionStep::Drafted, Event::Conclude, InspectionStep::Concluded),
    (
        InspectionStep::Concluded,
        Event::CloseRecommendation,
        InspectionStep::Concluded,
    ),
    (InspectionStep::Concluded, Event::Close, InspectionStep::Closed),
];

/// What the guards of the table read besides the step.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Facts {
    /// Verification notes recorded so far.
    pub verification_notes: usize,
    /// Recommendations neither done (their task completed) nor formally closed.
    pub open_recommendations: usize,
}

fn refused(step: InspectionStep, event: Event, why_vi: &str, why_en: &str) -> FieldError {
    FieldError::new(
        "step",
        ErrorCode::InspectionStep,
        format!(
            "Cuộc kiểm tra đang ở bước “{}”: chưa thể {}{why_vi}.",
            step.label_vi(),
            event.label_vi()
        ),
        format!(
            "The inspection is at the step “{}”: it cannot {} now{why_en}.",
            step.label_en(),
            event.label_en()
        ),
    )
}

/// The step after `event`, or why the event does not fit.
pub fn next(step: InspectionStep, event: Event, facts: Facts) -> Result<InspectionStep, FieldError> {
    let Some((_, _, to)) = TRANSITIONS.iter().find(|(f, e, _)| *f == step && *e == event) else {
        return Err(refused(step, event, "", ""));
    };
    if event == Event::Draft && facts.verification_notes == 0 {
        return Err(refused(
            step,
            event,
            " khi chưa có biên bản thẩm tra, xác minh nào",
            " before any verification note",
        ));
    }
    if event == Event::Close && facts.open_recommendations > 0 {
        return Err(refused(
            step,
            event,
            &format!(
                " khi còn {} kiến nghị chưa thực hiện xong hoặc chưa được đóng",
                facts.open_recommendations
            ),
            &format!(
                " while {} recommendations are neither done nor closed",
                facts.open_recommendations
            ),
        ));
    }
    Ok(*to)
}

/// A self-report is the last one when every other subject has already reported.
pub fn self_report_event(subjects: usize, reported_before: usize) -> Event {
    if reported_before + 1 >= subjects {
        Event::LastSelfReport
    } else {
        Event::SelfReport
    }
}

/// The events an inspection at `step` may take next (for showing the right forms).
pub fn open_events(step: InspectionStep) -> Vec<Event> {
    TRANSITIONS
        .iter()
        .filter(|(f, _, _)| *f == step)
        .map(|(_, e, _)| *e)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    /// The procedure as a person would state it, written independently of the table.
    fn spec(step: InspectionStep, event: Event, f: Facts) -> Option<InspectionStep> {
        use Event as E;
        use InspectionStep as S;
        match (step, event) {
            (S::Planned, E::Decide) => Some(S::Decided),
            (S::Decided, E::SelfReport) => Some(S::Decided),
            (S::Decided, E::LastSelfReport) => Some(S::Verifying),
            (S::Verifying, E::Verify) => Some(S::Verifying),
            (S::Verifying | S::Drafted, E::Draft) if f.verification_notes > 0 => Some(S::Drafted),
            (S::Drafted, E::Conclude) => Some(S::Concluded),
            (S::Concluded, E::CloseRecommendation) => Some(S::Concluded),
            (S::Concluded, E::Close) if f.open_recommendations == 0 => Some(S::Closed),
            _ => None,
        }
    }

    #[test]
    fn the_whole_procedure_in_order() {
        let mut f = Facts::default();
        let mut s = InspectionStep::Planned;
        s = next(s, Event::Decide, f).unwrap();
        s = next(s, self_report_event(2, 0), f).unwrap();
        assert_eq!(s, InspectionStep::Decided);
        s = next(s, self_report_event(2, 1), f).unwrap();
        assert_eq!(s, InspectionStep::Verifying);
        assert!(next(s, Event::Draft, f).is_err(), "no draft before verification");
        s = next(s, Event::Verify, f).unwrap();
        f.verification_notes = 1;
        s = next(s, Event::Draft, f).unwrap();
        s = next(s, Event::Conclude, f).unwrap();
        f.open_recommendations = 2;
        let e = next(s, Event::Close, f).unwrap_err();
        assert_eq!(e.code, ErrorCode::InspectionStep);
        assert!(e.message_vi.contains("còn 2 kiến nghị"), "{}", e.message_vi);
        f.open_recommendations = 0;
        assert_eq!(next(s, Event::Close, f).unwrap(), InspectionStep::Closed);
    }

    #[test]
    fn refusals_name_the_step_in_vietnamese() {
        let e = next(InspectionStep::Planned, Event::Conclude, Facts::default()).unwrap_err();
        assert_eq!(e.field, "step");
        assert!(e.message_vi.contains("Trong kế hoạch kiểm tra, giám sát"));
        assert!(e.message_vi.contains("ban hành thông báo kết luận"));
    }

    #[test]
    fn phases_group_the_steps() {
        assert_eq!(InspectionStep::Planned.phase(), Phase::Preparation);
        assert!(InspectionStep::Drafted.in_progress());
        assert!(!InspectionStep::Concluded.in_progress());
        assert_eq!(
            open_events(InspectionStep::Drafted),
            vec![Event::Draft, Event::Conclude]
        );
    }

    fn facts() -> impl Strategy<Value = Facts> {
        (0usize..3, 0usize..3).prop_map(|(v, o)| Facts {
            verification_notes: v,
            open_recommendations: o,
        })
    }

    fn event() -> impl Strategy<Value = Event> {
        proptest::sample::select(Event::ALL.to_vec())
    }

    proptest! {
        #[test]
        fn table_matches_the_spec(i in 0usize..6, e in event(), f in facts()) {
            let s = InspectionStep::ALL[i];
            prop_assert_eq!(next(s, e, f).ok(), spec(s, e, f));
        }

        #[test]
        fn runs_never_go_back_and_close_only_after_a_conclusion(
            events in proptest::collection::vec((event(), facts()), 0..40)
        ) {
            let mut s = InspectionStep::Planned;
            let (mut drafted, mut concluded) = (false, false);
            for (e, f) in events {
                if let Ok(to) = next(s, e, f) {
                    prop_assert!(to.rank() >= s.rank());
                    if to == InspectionStep::Concluded { prop_assert!(drafted); concluded = true; }
                    if to == InspectionStep::Drafted { drafted = true; }
                    if to == InspectionStep::Closed { prop_assert!(concluded && f.open_recommendations == 0); }
                    s = to;
                }
            }
        }
    }
}
