//! Who may assign work to whom: the reach of a body in its territory and its system of the
//! political system.
//!
//! A plan is issued by a body; its tasks may be led by, and ask cooperation of, the bodies that
//! body may direct. The same rule decides what a unit leading a task may hand down when it
//! splits the task among its own cells and staff, which units a plan import may resolve names
//! to, and which higher bodies' documents a unit may read (those of every body that may assign
//! work to it).
//!
//! - A *governing body* (Party committee, People's Council, People's Committee, Fatherland
//!   Front) placed directly under an area unit (province, district, ward, commune) reaches that
//!   whole area: the district Party committee reaches the district People's Committee, its
//!   offices, the Front and mass organisations, every ward's Party committee and People's
//!   Committee, and the Party cells below.
//! - Within that area, the *system* bounds who may lead: a Party committee leads the whole
//!   political system; a People's Council or Committee leads the State apparatus (its
//!   departments, offices, public service units, the wards' People's Committees and residential
//!   groups); the Front leads the Front and mass organisations. Any body in the area may be asked
//!   to cooperate.
//! - Every other body (a department, an office, a Party board or cell, a public unit, a mass
//!   organisation, an area unit itself) reaches its own subtree only.

use crate::unit::{UnitKind, UnitPath};

/// Which part of the political system a unit belongs to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum System {
    /// Areas: province, district, ward, commune — containers of the bodies below.
    Area,
    Party,
    State,
    Front,
}

impl UnitKind {
    /// The system a kind of unit belongs to. An office belongs to the body it serves, which
    /// [`UnitPlace::system`] reads from its parent; on its own it counts as State.
    pub fn system(self) -> System {
        use UnitKind as K;
        match self {
            K::Province | K::District | K::Ward | K::Commune => System::Area,
            K::PartyCommittee | K::PartyCell | K::InspectionCommission | K::PartyBoard => System::Party,
            K::PeoplesCouncil | K::PeoplesCommittee | K::Department | K::PublicUnit | K::ResidentialGroup => {
                System::State
            }
            K::FatherlandFront | K::MassOrganisation => System::Front,
            K::Office => System::State,
        }
    }

    /// Whether a body of this kind, placed directly under an area, directs that whole area.
    pub fn governs_area(self) -> bool {
        matches!(
            self,
            UnitKind::PartyCommittee
                | UnitKind::PeoplesCouncil
                | UnitKind::PeoplesCommittee
                | UnitKind::FatherlandFront
        )
    }

    pub fn is_area(self) -> bool {
        self.system() == System::Area
    }
}

/// A unit as the assignment rule sees it: where it is and what it is, and what its parent is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UnitPlace {
    pub path: UnitPath,
    pub kind: UnitKind,
    /// The parent's kind, `None` for a top-level unit.
    pub parent_kind: Option<UnitKind>,
}

impl UnitPlace {
    /// The unit's system. An office serves the body it sits under: a People's Committee's office
    /// is State, a Party committee's office is Party.
    pub fn system(&self) -> System {
        match (self.kind, self.parent_kind) {
            (UnitKind::Office, Some(parent)) if !parent.is_area() => parent.system(),
            (k, _) => k.system(),
        }
    }

    /// The parent's path (the path without its last id), if any.
    fn parent_path(&self) -> Option<UnitPath> {
        let ids = self.path.ids();
        let (_, up) = ids.split_last()?;
        let (first, rest) = up.split_first()?;
        let mut p = UnitPath::root(*first);
        for id in rest {
            p = p.child(*id);
        }
        Some(p)
    }
}

/// What a body may direct: the subtree it reaches, and the system it leads there.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Reach {
    /// The root of the subtree reached (the area, or the body's own subtree).
    pub root: UnitPath,
    /// `None`: any system (a Party committee, or a body reaching only its own subtree).
    pub leads: Option<System>,
    /// The issuing body itself (it may always lead its own work).
    pub issuer: UnitPath,
}

impl Reach {
    /// The reach of `issuer`.
    pub fn of(issuer: &UnitPlace) -> Reach {
        let governs = issuer.kind.governs_area() && issuer.parent_kind.is_some_and(UnitKind::is_area);
        match (governs, issuer.parent_path()) {
            (true, Some(area)) => Reach {
                root: area,
                leads: match issuer.kind {
                    UnitKind::PartyCommittee => None,
                    k => Some(k.system()),
                },
                issuer: issuer.path.clone(),
            },
            _ => Reach {
                root: issuer.path.clone(),
                leads: None,
                issuer: issuer.path.clone(),
            },
        }
    }

    /// Whether `unit` lies in the reach at all (enough to be asked to cooperate, or to hold the
    /// person responsible).
    pub fn covers(&self, unit: &UnitPath) -> bool {
        self.root.contains(unit)
    }

    /// Whether `unit` may lead work assigned from this reach. Areas themselves may lead (a ward
    /// as a whole); within the issuer's own subtree anything may.
    pub fn may_lead(&self, unit: &UnitPlace) -> bool {
        if !self.covers(&unit.path) {
            return false;
        }
        if self.issuer.contains(&unit.path) {
            return true;
        }
        match self.leads {
            None => true,
            Some(system) => {
                let s = unit.system();
                s == system || s == System::Area
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn place(path: &str, kind: UnitKind, parent_kind: Option<UnitKind>) -> UnitPlace {
        UnitPlace {
            path: UnitPath::parse(path).unwrap(),
            kind,
            parent_kind,
        }
    }

    // A district /1/5/ with its Party committee /1/5/10/, People's Committee /1/5/11/ (and its
    // department /1/5/11/20/), Front /1/5/12/; a ward /1/5/30/ with its Party committee
    // /1/5/30/31/ (cell /1/5/30/31/40/) and People's Committee /1/5/30/32/.
    use UnitKind as K;
    fn district_qu() -> UnitPlace {
        place("/1/5/10/", K::PartyCommittee, Some(K::District))
    }
    fn district_ubnd() -> UnitPlace {
        place("/1/5/11/", K::PeoplesCommittee, Some(K::District))
    }
    fn department() -> UnitPlace {
        place("/1/5/11/20/", K::Department, Some(K::PeoplesCommittee))
    }
    fn front() -> UnitPlace {
        place("/1/5/12/", K::FatherlandFront, Some(K::District))
    }
    fn ward_du() -> UnitPlace {
        place("/1/5/30/31/", K::PartyCommittee, Some(K::Ward))
    }
    fn cell() -> UnitPlace {
        place("/1/5/30/31/40/", K::PartyCell, Some(K::PartyCommittee))
    }
    fn ward_ubnd() -> UnitPlace {
        place("/1/5/30/32/", K::PeoplesCommittee, Some(K::Ward))
    }
    fn other_district_ward_ubnd() -> UnitPlace {
        place("/1/6/30/32/", K::PeoplesCommittee, Some(K::Ward))
    }

    #[test]
    fn district_party_committee_reaches_the_whole_political_system_of_the_district() {
        let r = Reach::of(&district_qu());
        for u in [district_ubnd(), department(), front(), ward_du(), cell(), ward_ubnd()] {
            assert!(r.may_lead(&u), "{:?}", u.path);
        }
        assert!(!r.may_lead(&other_district_ward_ubnd()));
        assert!(!r.covers(&other_district_ward_ubnd().path));
    }

    #[test]
    fn ward_party_committee_reaches_the_ward_peoples_committee_too() {
        let r = Reach::of(&ward_du());
        assert!(r.may_lead(&ward_ubnd()));
        assert!(r.may_lead(&cell()));
        assert!(!r.may_lead(&district_ubnd()));
    }

    #[test]
    fn peoples_committee_leads_the_state_apparatus_and_asks_the_rest_to_cooperate() {
        let r = Reach::of(&district_ubnd());
        assert!(r.may_lead(&department()));
        assert!(r.may_lead(&ward_ubnd()));
        assert!(!r.may_lead(&ward_du()));
        assert!(!r.may_lead(&front()));
        assert!(r.covers(&front().path), "the Front may be asked to cooperate");
        let office = place("/1/5/11/21/", K::Office, Some(K::PeoplesCommittee));
        assert!(r.may_lead(&office));
        let party_office = place("/1/5/10/22/", K::Office, Some(K::PartyCommittee));
        assert!(!r.may_lead(&party_office));
    }

    #[test]
    fn other_bodies_reach_their_own_subtree() {
        let r = Reach::of(&department());
        assert_eq!(r.root.as_str(), "/1/5/11/20/");
        assert!(!r.may_lead(&ward_ubnd()));
        let r = Reach::of(&cell());
        assert!(r.may_lead(&cell()));
        assert!(!r.may_lead(&ward_du()));
        // A Party committee not directly under an area (an agency's) reaches its own subtree.
        let agency = place("/1/5/10/50/", K::PartyCommittee, Some(K::PartyCommittee));
        assert_eq!(Reach::of(&agency).root.as_str(), "/1/5/10/50/");
    }
}
