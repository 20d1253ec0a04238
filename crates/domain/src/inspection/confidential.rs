//! Who reads what of an inspection: the confidentiality rule, written once.
//!
//! Verification notes and the draft results report are the team's working papers: only the
//! team's members and the commission (the inspector role of the inspecting body, or of an
//! inspection commission above it) read them. The subject's self-report is read by the subject
//! (and those above it) and the inspecting side; the conclusion by the subject and those above
//! it. [`Principal::can_read`](crate::access::Principal::can_read) applies [`may_see_confidential`]
//! to every record marked confidential, so lists, pages, files and the API agree.

use crate::access::{Principal, Role};
use crate::unit::UnitPath;

crate::labelled_enum! {
    /// The papers of an inspection.
    RecordKind {
        SelfReport = "self_report", "Báo cáo tự kiểm tra", "Self-report";
        Verification = "verification", "Biên bản thẩm tra, xác minh", "Verification note";
        Draft = "draft", "Dự thảo báo cáo kết quả kiểm tra", "Draft results report";
    }
}

impl RecordKind {
    /// Working papers of the team: not for the subject.
    pub fn is_confidential(self) -> bool {
        matches!(self, RecordKind::Verification | RecordKind::Draft)
    }
}

/// Whether `p` may read the confidential papers of an inspection by `body` whose team is
/// `team` (person ids): a member of the team, or a holder of the inspector role bound at the
/// inspecting body or above it. No other role — not a leader, not an administrator — reads them.
pub fn may_see_confidential(p: &Principal, body: &UnitPath, team: &[i64]) -> bool {
    if p.person_id.is_some_and(|me| team.contains(&me)) {
        return true;
    }
    p.bindings
        .iter()
        .any(|b| b.role == Role::Inspector && b.unit_path.as_ref().is_some_and(|at| at.contains(body)))
}

/// Whether `p` reads every subject of an inspection by `body` whose team is `team`: the
/// inspecting side (the team, the commission, a reader of the body) sees the whole inspection.
pub fn sees_every_subject(p: &Principal, body: &UnitPath, team: &[i64]) -> bool {
    may_see_confidential(p, body, team) || p.may(crate::access::Operation::Read, &crate::access::Target::unit(body))
}

/// Whether `p` reads what an inspection says of its subject `subject` (its name in a list, its
/// findings and recommendations): the inspecting side reads every subject, anyone else only the
/// subjects they read — a ward inspected beside another sees its own part, not the other's.
pub fn sees_subject(p: &Principal, body: &UnitPath, team: &[i64], subject: &UnitPath) -> bool {
    sees_every_subject(p, body, team) || p.can_read(&crate::access::Target::unit(subject))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::access::{Binding, Target};

    fn p(s: &str) -> UnitPath {
        UnitPath::parse(s).unwrap()
    }

    fn user(role: Role, at: &str, person: Option<i64>) -> Principal {
        Principal {
            user_id: 1,
            login: "u".into(),
            person_id: person,
            bindings: vec![Binding {
                role,
                unit_path: Some(p(at)),
            }],
        }
    }

    // District /1/5/, its Party committee /1/5/10/, the commission /1/5/10/13/, a ward /1/5/30/.
    #[test]
    fn drafts_are_for_the_team_and_the_commission_only() {
        let body = p("/1/5/10/13/");
        let team = [41, 42];
        let draft = Target {
            team: &team,
            confidential: true,
            ..Target::unit(&body)
        };
        assert!(user(Role::Inspector, "/1/5/", None).can_read(&draft), "the commission");
        assert!(
            user(Role::Staff, "/1/5/10/13/", Some(42)).can_read(&draft),
            "a team member"
        );
        assert!(
            !user(Role::Leader, "/1/5/", None).can_read(&draft),
            "the district's leader"
        );
        assert!(!user(Role::Admin, "/1/5/", None).can_read(&draft), "an administrator");
        assert!(
            !user(Role::UnitOfficer, "/1/5/30/", None).can_read(&draft),
            "the subject"
        );
        assert!(
            !user(Role::Inspector, "/1/6/", None).can_read(&draft),
            "another district"
        );
        assert!(!user(Role::Admin, "/1/5/", None).may(crate::access::Operation::Read, &draft));
    }

    #[test]
    fn a_subject_sees_its_own_part_the_inspecting_side_sees_all() {
        let (body, own, other) = (p("/1/5/10/13/"), p("/1/5/30/"), p("/1/5/31/"));
        let ward = user(Role::UnitOfficer, "/1/5/30/", None);
        assert!(sees_subject(&ward, &body, &[], &own), "its own part");
        assert!(
            !sees_subject(&ward, &body, &[], &other),
            "not the ward inspected beside it"
        );
        assert!(!sees_every_subject(&ward, &body, &[]));
        let team_member = user(Role::Staff, "/1/5/30/", Some(42));
        assert!(
            sees_subject(&team_member, &body, &[42], &other),
            "the team sees every subject"
        );
        assert!(
            sees_subject(&user(Role::Inspector, "/1/5/", None), &body, &[], &other),
            "the commission"
        );
        assert!(
            sees_subject(&user(Role::Leader, "/1/5/", None), &body, &[], &other),
            "the district above both"
        );
        assert!(
            !sees_subject(&user(Role::Leader, "/1/6/", None), &body, &[], &own),
            "another district"
        );
    }

    #[test]
    fn the_conclusion_is_read_by_the_subject_and_those_above_it() {
        let (body, ward) = (p("/1/5/10/13/"), p("/1/5/30/"));
        let subjects = [ward.clone()];
        let inspection = Target {
            cooperating: &subjects,
            ..Target::unit(&body)
        };
        assert!(user(Role::UnitOfficer, "/1/5/30/", None).can_read(&inspection));
        assert!(user(Role::Leader, "/1/", None).can_read(&inspection));
        assert!(
            !user(Role::UnitOfficer, "/1/5/31/", None).can_read(&inspection),
            "another ward"
        );
        assert!(!user(Role::Inspector, "/1/6/", None).can_read(&inspection));
    }

    #[test]
    fn only_the_working_papers_are_confidential() {
        assert!(!RecordKind::SelfReport.is_confidential());
        assert!(RecordKind::Verification.is_confidential());
        assert!(RecordKind::Draft.is_confidential());
    }
}
