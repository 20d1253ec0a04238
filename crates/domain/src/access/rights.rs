//! Roles, the actions each grants, and the signed-in principal's checks.

use super::Scope;
use super::operations::{Operation, Side};
use crate::inspection::confidential::may_see_confidential;
use crate::unit::UnitPath;

crate::labelled_enum! {
    /// What a user does, bound to a unit (and so to its subtree).
    Role {
        Admin = "admin", "Quản trị hệ thống", "System administrator";
        Leader = "leader", "Lãnh đạo", "Leader";
        Specialist = "specialist", "Chuyên viên văn phòng", "Office specialist";
        UnitOfficer = "unit_officer", "Cán bộ đơn vị thực hiện", "Unit officer";
        Inspector = "inspector", "Ủy ban Kiểm tra", "Inspector";
        Staff = "staff", "Cán bộ, công chức", "Staff";
    }
}

crate::labelled_enum! {
    /// What an operation needs. Every operation names one (see [`super::operations`]).
    Action {
        Read = "read", "Xem", "Read";
        ManageOrganisation = "manage_organisation", "Quản lý đơn vị, cán bộ", "Manage units and people";
        ManageWork = "manage_work", "Quản lý văn bản, kế hoạch, nhiệm vụ", "Manage documents, plans and tasks";
        ManageTargets = "manage_targets", "Giao chỉ tiêu", "Set targets";
        DecideExtension = "decide_extension", "Quyết định gia hạn", "Decide extension requests";
        RequestExplanation = "request_explanation", "Yêu cầu giải trình", "Request explanations";
        FollowUp = "follow_up", "Chỉ đạo, đôn đốc", "Direct and urge";
        ReportWork = "report_work", "Báo cáo tiến độ, đề nghị gia hạn, giải trình", "Report progress, request extensions, answer explanations";
        RecordFinding = "record_finding", "Ghi nhận kết quả kiểm tra", "Record inspection findings";
        ManageUsers = "manage_users", "Quản lý tài khoản", "Manage accounts";
        Evaluate = "evaluate", "Nhận xét, đánh giá cán bộ", "Review staff evaluations";
        DecideEvaluation = "decide_evaluation", "Quyết định xếp loại cán bộ", "Decide staff levels";
        ManageRuleSets = "manage_rule_sets", "Quản lý bộ tiêu chí đánh giá", "Manage evaluation rule sets";
    }
}

/// The rights of each role — the one table every check reads.
///
/// A unit officer manages the work of its own unit: it registers its own plans, splits the
/// tasks its unit leads among its cells and staff, names who does them, and decides on the work
/// it assigned — within its subtree only. Targets are set by the offices above and measured by
/// the unit. Leaders read, direct and urge; they do not edit.
pub fn grants(role: Role, action: Action) -> bool {
    use Action as A;
    match role {
        Role::Admin => true,
        Role::Leader => matches!(
            action,
            A::Read | A::RequestExplanation | A::FollowUp | A::Evaluate | A::DecideEvaluation
        ),
        Role::Specialist => matches!(
            action,
            A::Read
                | A::ManageWork
                | A::ManageTargets
                | A::DecideExtension
                | A::RequestExplanation
                | A::FollowUp
                | A::ReportWork
        ),
        Role::UnitOfficer => matches!(
            action,
            A::Read
                | A::ManageWork
                | A::DecideExtension
                | A::RequestExplanation
                | A::FollowUp
                | A::ReportWork
                | A::Evaluate
        ),
        Role::Inspector => matches!(action, A::Read | A::RecordFinding),
        // Staff act on their own tasks only (see `Principal::may`).
        Role::Staff => matches!(action, A::Read | A::ReportWork),
    }
}

/// A role held at a unit — or everywhere (`None`: the installation's administrators).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Binding {
    pub role: Role,
    pub unit_path: Option<UnitPath>,
}

/// The signed-in user with their role bindings.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Principal {
    pub user_id: i64,
    pub login: String,
    /// The person record the user is, if linked (staff act on tasks they are responsible for).
    pub person_id: Option<i64>,
    pub bindings: Vec<Binding>,
}

/// What a check is about: the unit that owns the record, and for tasks the cooperating units,
/// the unit that assigned the work and the person responsible.
#[derive(Debug, Clone, Copy)]
pub struct Target<'a> {
    /// The owning unit: a task's lead unit, a document's issuer, a person's unit…
    pub owner: &'a UnitPath,
    /// For tasks: the cooperating units.
    pub cooperating: &'a [UnitPath],
    /// For tasks: the unit that assigned the work (the plan's issuer).
    pub assigner: Option<&'a UnitPath>,
    /// For tasks: the responsible person.
    pub responsible: Option<i64>,
    /// For documents: the subtree the record is published to — readable (not writable) by any
    /// user bound inside it. A body's documents are published to every unit it may assign work
    /// to (`domain::assign::Reach`), so a district reads the city's directive it implements.
    pub published_to: Option<&'a UnitPath>,
    /// For inspections: the people on the team (they read the inspection and its papers).
    pub team: &'a [i64],
    /// An inspection's working papers (verification notes, drafts): only the team and the
    /// commission read them (`crate::inspection::confidential`).
    pub confidential: bool,
}

impl<'a> Target<'a> {
    /// A record owned by one unit.
    pub fn unit(owner: &'a UnitPath) -> Self {
        Target {
            owner,
            cooperating: &[],
            assigner: None,
            responsible: None,
            published_to: None,
            team: &[],
            confidential: false,
        }
    }

    /// The units on `side` of the record.
    fn side(&self, side: Side) -> Vec<&'a UnitPath> {
        let assigner = self.assigner.unwrap_or(self.owner);
        match side {
            Side::Owner => vec![self.owner],
            Side::Assigner => vec![assigner],
            Side::OwnerOrCooperator => std::iter::once(self.owner).chain(self.cooperating).collect(),
            Side::AssignerOrOwner => vec![assigner, self.owner],
            Side::Any => std::iter::once(self.owner)
                .chain(self.cooperating)
                .chain(std::iter::once(assigner))
                .collect(),
        }
    }
}

impl Principal {
    /// The tenants (provinces) of the units the user's roles are bound to, where the records
    /// they open almost always lie; `None` when a role covers the whole installation or no
    /// binding names a unit. Storage looks there first, never only there.
    pub fn tenants(&self) -> Option<Vec<i64>> {
        let mut tenants = Vec::new();
        for b in &self.bindings {
            tenants.push(b.unit_path.as_ref()?.tenant());
        }
        tenants.sort_unstable();
        tenants.dedup();
        (!tenants.is_empty()).then_some(tenants)
    }

    pub fn is_admin_everywhere(&self) -> bool {
        self.bindings
            .iter()
            .any(|b| b.role == Role::Admin && b.unit_path.is_none())
    }

    /// Whether any binding grants `action` somewhere (the route-level check).
    pub fn may_at_all(&self, action: Action) -> bool {
        self.bindings.iter().any(|b| grants(b.role, action))
    }

    /// Whether the user holds `role` anywhere.
    pub fn has_role(&self, role: Role) -> bool {
        self.bindings.iter().any(|b| b.role == role)
    }

    /// The subtrees in which `action` is granted by a unit-scoped role (staff excluded: their
    /// rights are per task, not per subtree).
    pub fn scope(&self, action: Action) -> Scope {
        let granting = self
            .bindings
            .iter()
            .filter(|b| b.role != Role::Staff && grants(b.role, action));
        let mut roots = Vec::new();
        for b in granting {
            match &b.unit_path {
                Some(p) => roots.push(p.clone()),
                None => return Scope::everything(),
            }
        }
        Scope::subtrees(roots)
    }

    /// Whether the user is the person responsible for the target.
    pub fn is_responsible(&self, target: &Target<'_>) -> bool {
        target.responsible.is_some() && target.responsible == self.person_id
    }

    /// Whether the user may do `op` on `target`: the operation's action is granted in a subtree
    /// holding a unit on the operation's side of the record — or, for the operations the person
    /// responsible may do, the user is that person and holds the action at all.
    pub fn may(&self, op: Operation, target: &Target<'_>) -> bool {
        if target.confidential && !may_see_confidential(self, target.owner, target.team) {
            return false;
        }
        let rule = op.rule();
        let scope = self.scope(rule.action);
        if target.side(rule.side).into_iter().any(|u| scope.contains(u)) {
            return true;
        }
        rule.responsible_may && self.is_responsible(target) && self.may_at_all(rule.action)
    }

    /// Whether the user may see the record at all.
    pub fn can_read(&self, target: &Target<'_>) -> bool {
        if target.confidential {
            return may_see_confidential(self, target.owner, target.team);
        }
        let on_team = self.person_id.is_some_and(|me| target.team.contains(&me));
        self.may(Operation::Read, target) || self.reads_published(target) || on_team
    }

    /// Whether a record published to a subtree reaches one of the user's units.
    fn reads_published(&self, target: &Target<'_>) -> bool {
        let Some(root) = target.published_to else {
            return false;
        };
        self.bindings.iter().any(|b| match &b.unit_path {
            Some(p) => root.contains(p),
            None => true,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn p(s: &str) -> UnitPath {
        UnitPath::parse(s).unwrap()
    }

    fn user(role: Role, at: &str) -> Principal {
        Principal {
            user_id: 1,
            login: "u".into(),
            person_id: Some(7),
            bindings: vec![Binding {
                role,
                unit_path: Some(p(at)),
            }],
        }
    }

    fn task<'a>(lead: &'a UnitPath, coop: &'a [UnitPath], assigner: &'a UnitPath, resp: Option<i64>) -> Target<'a> {
        Target {
            owner: lead,
            cooperating: coop,
            assigner: Some(assigner),
            responsible: resp,
            published_to: None,
            team: &[],
            confidential: false,
        }
    }

    #[test]
    fn ward_officer_reports_on_own_and_cooperating_tasks_but_completes_only_its_own() {
        let ward = user(Role::UnitOfficer, "/1/2/3/");
        let district = p("/1/2/");
        let (own, other, mine) = (p("/1/2/5/"), p("/1/2/4/"), p("/1/2/3/9/"));
        let led = task(&mine, &[], &district, None);
        let coop_list = [p("/1/2/3/")];
        let cooperating = task(&own, &coop_list, &district, None);
        let foreign = task(&other, &[], &district, None);
        assert!(ward.may(Operation::ReportProgress, &led));
        assert!(ward.may(Operation::ReportProgress, &cooperating));
        assert!(!ward.may(Operation::ReportProgress, &foreign));
        assert!(ward.may(Operation::CompleteTask, &led));
        assert!(
            !ward.may(Operation::CompleteTask, &cooperating),
            "a cooperating unit does not close the lead's task"
        );
        assert!(!ward.can_read(&foreign));
        // It may split and staff the work its unit leads, but not rewrite the district's task.
        assert!(ward.may(Operation::SetResponsible, &led));
        assert!(ward.may(Operation::CreateSubtask, &led));
        assert!(!ward.may(Operation::UpdateTask, &led));
    }

    #[test]
    fn the_assigning_side_decides() {
        let sp = user(Role::Specialist, "/1/2/");
        let (ward_unit, assigner) = (p("/1/9/3/"), p("/1/2/"));
        let t = task(&ward_unit, &[], &assigner, None);
        assert!(sp.may(Operation::DecideExtension, &t));
        assert!(sp.may(Operation::UpdateTask, &t));
        assert!(!sp.may(Operation::CompleteTask, &t));
        let leader = user(Role::Leader, "/1/");
        assert!(!leader.may(Operation::UpdateTask, &t));
        assert!(leader.can_read(&t));
        assert!(leader.may(Operation::RequestExplanation, &t));
        assert!(leader.may(Operation::UrgeTask, &t));
        assert!(leader.may(Operation::CommentTask, &t));
    }

    #[test]
    fn staff_act_on_their_own_tasks() {
        let staff = user(Role::Staff, "/1/2/3/");
        let (u, a) = (p("/1/2/3/"), p("/1/2/"));
        let mine = task(&u, &[], &a, Some(7));
        let theirs = task(&u, &[], &a, Some(8));
        assert!(staff.may(Operation::ReportProgress, &mine));
        assert!(staff.may(Operation::CompleteTask, &mine));
        assert!(!staff.may(Operation::ReportProgress, &theirs));
        assert!(!staff.can_read(&theirs));
        assert!(!staff.may(Operation::UpdateTask, &mine));
        assert!(staff.scope(Action::Read).is_empty());
    }

    #[test]
    fn every_role_reads_and_only_admins_manage_accounts() {
        for r in Role::ALL {
            assert!(grants(*r, Action::Read));
            assert_eq!(grants(*r, Action::ManageUsers), *r == Role::Admin);
        }
    }

    #[test]
    fn documents_of_the_levels_above_are_read_below_but_not_edited() {
        let (city_body, city) = (p("/1/2/"), p("/1/"));
        let doc = Target {
            published_to: Some(&city),
            ..Target::unit(&city_body)
        };
        let district = user(Role::Specialist, "/1/5/");
        assert!(district.can_read(&doc));
        assert!(!district.may(Operation::UpdateDocument, &doc));
        let (ward, ward_body) = (p("/1/5/30/"), p("/1/5/30/31/"));
        let ward_doc = Target {
            published_to: Some(&ward),
            ..Target::unit(&ward_body)
        };
        assert!(
            !user(Role::Specialist, "/1/5/40/").can_read(&ward_doc),
            "another ward's"
        );
    }

    #[test]
    fn the_assigner_reads_what_it_assigned() {
        let sp = user(Role::Specialist, "/1/2/");
        let (lead, assigner) = (p("/1/9/"), p("/1/2/"));
        assert!(sp.can_read(&task(&lead, &[], &assigner, None)));
    }
}
