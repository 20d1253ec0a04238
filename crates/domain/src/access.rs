//! Who may see what: a scope is a set of unit subtrees.
//!
//! Roles and their rights are decided in this module (see the trust issue); storage narrows
//! every read to a [`Scope`] so out-of-scope rows never leave the database.

use crate::unit::UnitPath;

/// The unit subtrees a user may see; `all` for system administrators and internal jobs.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Scope {
    pub all: bool,
    /// Roots of the visible subtrees (no root lies under another).
    pub roots: Vec<UnitPath>,
}

impl Scope {
    /// Everything: the CLI, background jobs, administrators.
    pub fn everything() -> Scope {
        Scope {
            all: true,
            roots: Vec::new(),
        }
    }

    /// The given subtrees, with those inside another dropped.
    pub fn subtrees(mut roots: Vec<UnitPath>) -> Scope {
        roots.sort_by(|a, b| a.as_str().cmp(b.as_str()));
        let mut kept: Vec<UnitPath> = Vec::new();
        for r in roots {
            if !kept.iter().any(|k| k.contains(&r)) {
                kept.push(r);
            }
        }
        Scope {
            all: false,
            roots: kept,
        }
    }

    pub fn contains(&self, path: &UnitPath) -> bool {
        self.all || self.roots.iter().any(|r| r.contains(path))
    }

    /// Nothing visible.
    pub fn is_empty(&self) -> bool {
        !self.all && self.roots.is_empty()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn p(s: &str) -> UnitPath {
        UnitPath::parse(s).unwrap()
    }

    #[test]
    fn nested_roots_collapse_and_containment_follows_paths() {
        let s = Scope::subtrees(vec![p("/1/5/7/"), p("/1/5/"), p("/1/9/")]);
        assert_eq!(s.roots, vec![p("/1/5/"), p("/1/9/")]);
        assert!(s.contains(&p("/1/5/7/8/")));
        assert!(!s.contains(&p("/1/50/")));
        assert!(!s.contains(&p("/1/")));
        assert!(Scope::everything().contains(&p("/3/")));
        assert!(Scope::default().is_empty());
    }
}

// ---- Roles and rights -------------------------------------------------------------------

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
    /// What a request wants to do. Every API route names one (see the web crate's route policy).
    Action {
        Read = "read", "Xem", "Read";
        ManageOrganisation = "manage_organisation", "Quản lý đơn vị, cán bộ", "Manage units and people";
        ManageWork = "manage_work", "Quản lý văn bản, nhiệm vụ, chỉ tiêu", "Manage documents, tasks and targets";
        DecideExtension = "decide_extension", "Quyết định gia hạn", "Decide extension requests";
        RequestExplanation = "request_explanation", "Yêu cầu giải trình", "Request explanations";
        ReportWork = "report_work", "Báo cáo tiến độ, đề nghị gia hạn, giải trình", "Report progress, request extensions, answer explanations";
        RecordFinding = "record_finding", "Ghi nhận kết quả kiểm tra", "Record inspection findings";
        ManageUsers = "manage_users", "Quản lý tài khoản", "Manage accounts";
    }
}

/// The rights of each role — the one table every check reads.
pub fn grants(role: Role, action: Action) -> bool {
    use Action as A;
    match role {
        Role::Admin => true,
        Role::Leader => matches!(action, A::Read),
        Role::Specialist => matches!(
            action,
            A::Read | A::ManageWork | A::DecideExtension | A::RequestExplanation | A::ReportWork
        ),
        Role::UnitOfficer => matches!(action, A::Read | A::ReportWork),
        Role::Inspector => matches!(action, A::Read | A::RecordFinding),
        // Staff act on their own tasks only (see `Principal::can`).
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

/// What a check is about: the units a record belongs to, and for tasks who assigned it and
/// who is responsible.
#[derive(Debug, Clone, Default)]
pub struct Target<'a> {
    /// The owning unit (a task's lead unit, a document's issuer…), then any cooperating units.
    pub units: &'a [UnitPath],
    /// For tasks: the unit that assigned the work (the plan's issuer).
    pub assigner: Option<&'a UnitPath>,
    /// For tasks: the responsible person.
    pub responsible: Option<i64>,
}

impl Principal {
    pub fn is_admin_everywhere(&self) -> bool {
        self.bindings
            .iter()
            .any(|b| b.role == Role::Admin && b.unit_path.is_none())
    }

    /// Whether any binding grants `action` somewhere (the route-level check).
    pub fn may_at_all(&self, action: Action) -> bool {
        self.bindings.iter().any(|b| grants(b.role, action))
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

    /// Whether the user may do `action` on `target`.
    ///
    /// - Managing, deciding and requesting explanations look at the owning unit — and for
    ///   decisions and explanation requests, at the assigning unit too (either in scope).
    /// - Reporting work is allowed to unit-scoped roles when the lead or a cooperating unit is
    ///   in scope, and to staff on tasks they are responsible for.
    /// - Reading follows the same units, so a ward sees the district tasks it cooperates on.
    pub fn can(&self, action: Action, target: &Target<'_>) -> bool {
        let scope = self.scope(action);
        let own = |p: &UnitPath| scope.contains(p);
        let unit_hit = match action {
            Action::Read | Action::ReportWork => target.units.iter().any(own),
            Action::DecideExtension | Action::RequestExplanation => {
                target.assigner.is_some_and(own) || target.units.first().is_some_and(own)
            }
            _ => target.units.first().is_some_and(own),
        };
        if unit_hit {
            return true;
        }
        // Staff: their own tasks.
        matches!(action, Action::Read | Action::ReportWork)
            && self.bindings.iter().any(|b| b.role == Role::Staff)
            && target.responsible.is_some()
            && target.responsible == self.person_id
    }
}

#[cfg(test)]
mod role_tests {
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

    #[test]
    fn ward_officer_reports_on_own_and_cooperating_tasks_only() {
        let ward = user(Role::UnitOfficer, "/1/2/3/");
        let own = [p("/1/2/3/9/")];
        let coop = [p("/1/2/5/"), p("/1/2/3/")];
        let other = [p("/1/2/4/")];
        assert!(ward.can(
            Action::ReportWork,
            &Target {
                units: &own,
                ..Default::default()
            }
        ));
        assert!(ward.can(
            Action::ReportWork,
            &Target {
                units: &coop,
                ..Default::default()
            }
        ));
        assert!(!ward.can(
            Action::ReportWork,
            &Target {
                units: &other,
                ..Default::default()
            }
        ));
        assert!(!ward.can(
            Action::ManageWork,
            &Target {
                units: &own,
                ..Default::default()
            }
        ));
        assert!(!ward.can(
            Action::Read,
            &Target {
                units: &other,
                ..Default::default()
            }
        ));
    }

    #[test]
    fn specialist_decides_for_the_assigning_unit() {
        let sp = user(Role::Specialist, "/1/2/");
        let ward_task = [p("/1/9/3/")];
        let assigner = p("/1/2/");
        let t = Target {
            units: &ward_task,
            assigner: Some(&assigner),
            responsible: None,
        };
        assert!(sp.can(Action::DecideExtension, &t));
        assert!(!sp.can(Action::ManageWork, &t));
        assert!(!user(Role::Leader, "/1/").can(Action::ManageWork, &t));
        assert!(user(Role::Leader, "/1/").can(Action::Read, &t));
    }

    #[test]
    fn staff_act_on_their_own_tasks() {
        let staff = user(Role::Staff, "/1/2/3/");
        let units = [p("/1/2/3/")];
        let mine = Target {
            units: &units,
            assigner: None,
            responsible: Some(7),
        };
        let theirs = Target {
            units: &units,
            assigner: None,
            responsible: Some(8),
        };
        assert!(staff.can(Action::ReportWork, &mine));
        assert!(!staff.can(Action::ReportWork, &theirs));
        assert!(!staff.can(Action::Read, &theirs));
        assert!(staff.scope(Action::Read).is_empty());
    }

    #[test]
    fn every_role_reads_and_only_admins_manage_accounts() {
        for r in Role::ALL {
            assert!(grants(*r, Action::Read));
            assert_eq!(grants(*r, Action::ManageUsers), *r == Role::Admin);
        }
    }
}
