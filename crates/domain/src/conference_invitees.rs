//! A conference's invitation list (danh sách mời).
//!
//! The list is generated from the conference's audiences over the people the installation
//! knows (their unit and its kind, staff category, Party membership, whether they head their
//! unit, their position): [`invites`] is the one rule of who belongs to an audience group, and
//! [`invitation`] places each person at the bridge point of their unit. Refreshing the list
//! ([`refresh`]) never touches a mark already made (`crate::conference_roll_call`) or a person
//! added by hand.

use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

use crate::assign::{Reach, UnitPlace};
use crate::conference::{Audience, AudienceGroup};
use crate::conference_roll_call::Attendance;
use crate::person::StaffCategory;
use crate::unit::{UnitKind, UnitPath};

/// Most people on one invitation list (a city conference reaches about twelve thousand).
pub const MAX_INVITEES: usize = 50_000;

/// What the rule reads of a person.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PersonFacts<'a> {
    pub unit_kind: UnitKind,
    pub category: StaffCategory,
    pub party_member: bool,
    /// Heads their unit (bí thư, chủ tịch, trưởng phòng, bí thư chi bộ…).
    pub is_head: bool,
    pub position: Option<&'a str>,
}

/// A deputy by title: the position as written begins with "Phó" (phó bí thư, phó chủ tịch,
/// phó trưởng phòng, phó chánh văn phòng, phó giám đốc…), whatever its tones or case.
pub fn is_deputy(position: Option<&str>) -> bool {
    position.is_some_and(|p| {
        let f = vntext::fold(p.trim());
        f == "pho" || f.starts_with("pho ")
    })
}

/// Whether a person belongs to an audience group — the one rule of who is invited.
///
/// - **Cán bộ chủ chốt** (key cadres): those who lead — the head of their unit, a deputy by title
///   ("Phó …"), or a *cán bộ* by staff category (elected or appointed to a post for a term,
///   Luật Cán bộ, công chức). A specialist or a contract worker who heads nothing is not one.
/// - **Đảng viên**: every Party member.
/// - **Đảng bộ, chi bộ cơ sở**: the organisations come through their leaders — the secretary
///   and deputy secretaries (the head or a deputy) of a Party committee or a Party cell.
/// - **Cán bộ, công chức, viên chức**: the staff categories of that name; not contract workers.
/// - **Đại biểu khách mời** (invited delegates): nobody by rule; guests are added by hand.
pub fn invites(group: AudienceGroup, p: &PersonFacts<'_>) -> bool {
    let leads = p.is_head || is_deputy(p.position);
    match group {
        AudienceGroup::KeyCadres => leads || p.category == StaffCategory::Cadre,
        AudienceGroup::PartyMembers => p.party_member,
        AudienceGroup::PartyOrganisations => {
            leads && matches!(p.unit_kind, UnitKind::PartyCommittee | UnitKind::PartyCell)
        }
        AudienceGroup::CivilServants => p.category != StaffCategory::Contract,
        AudienceGroup::Delegates => false,
    }
}

/// Where the list is drawn from: the bridge points (unit id and path), or — for a conference
/// without bridge points — what the host may direct.
#[derive(Debug, Clone)]
pub enum Drawn<'a> {
    Points(&'a [(i64, UnitPath)]),
    Reach(&'a Reach),
}

/// The bridge point a unit attends at: the deepest point whose subtree holds it.
pub fn point_of(points: &[(i64, UnitPath)], unit: &UnitPath) -> Option<i64> {
    points
        .iter()
        .filter(|(_, p)| p.contains(unit))
        .max_by_key(|(_, p)| p.depth())
        .map(|(id, _)| *id)
}

/// A person's place on the list: the first of the conference's audiences they belong to, and
/// the bridge point they attend at (`None`: the main venue). `None` when not invited — outside
/// every bridge point, outside what the host directs, or in none of the audiences.
pub fn invitation(
    audiences: &[Audience],
    drawn: &Drawn<'_>,
    unit: &UnitPlace,
    p: &PersonFacts<'_>,
) -> Option<(AudienceGroup, Option<i64>)> {
    let point = match drawn {
        Drawn::Points(points) => Some(point_of(points, &unit.path)?),
        Drawn::Reach(reach) => {
            if !reach.may_lead(unit) {
                return None;
            }
            None
        }
    };
    let group = audiences.iter().map(|a| a.group).find(|g| invites(*g, p))?;
    Some((group, point))
}

/// One row of a list as stored, as [`refresh`] sees it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Listed {
    pub person_id: i64,
    pub unit_id: i64,
    pub point: Option<i64>,
    pub group: AudienceGroup,
    pub attendance: Attendance,
    pub by_hand: bool,
}

/// One person the audiences invite now.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Wanted {
    pub person_id: i64,
    pub unit_id: i64,
    pub point: Option<i64>,
    pub group: AudienceGroup,
}

/// What a refresh changes.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct Refresh {
    pub add: Vec<Wanted>,
    /// Unmarked generated rows whose unit, point or group changed.
    pub update: Vec<Wanted>,
    /// Unmarked generated rows the audiences no longer invite (person ids).
    pub remove: Vec<i64>,
}

impl Refresh {
    pub fn is_empty(&self) -> bool {
        self.add.is_empty() && self.update.is_empty() && self.remove.is_empty()
    }
}

/// Brings a list up to date with who the audiences invite now. A row marked at the roll-call,
/// or added by hand, stays as it is: the refresh may be run again at any time without undoing
/// anyone's work.
pub fn refresh(listed: &[Listed], wanted: &[Wanted]) -> Refresh {
    use std::collections::HashMap;
    let now: HashMap<i64, &Listed> = listed.iter().map(|l| (l.person_id, l)).collect();
    let want: HashMap<i64, &Wanted> = wanted.iter().map(|w| (w.person_id, w)).collect();
    let kept = |l: &Listed| l.by_hand || l.attendance.is_marked();
    let mut r = Refresh::default();
    for w in wanted {
        match now.get(&w.person_id) {
            None => r.add.push(*w),
            Some(l) if !kept(l) && (l.unit_id, l.point, l.group) != (w.unit_id, w.point, w.group) => r.update.push(*w),
            Some(_) => {}
        }
    }
    for l in listed {
        if !kept(l) && !want.contains_key(&l.person_id) {
            r.remove.push(l.person_id);
        }
    }
    r
}

/// A person added to a list by hand (a guest, or someone the audiences do not reach).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
pub struct InviteeInput {
    pub person_id: i64,
    /// The audience they come as; by default an invited delegate.
    #[serde(default = "delegates")]
    pub group: AudienceGroup,
}

fn delegates() -> AudienceGroup {
    AudienceGroup::Delegates
}

#[cfg(test)]
mod tests {
    use super::*;

    fn person(kind: UnitKind, category: StaffCategory, party: bool, head: bool, position: &str) -> PersonFacts<'_> {
        PersonFacts {
            unit_kind: kind,
            category,
            party_member: party,
            is_head: head,
            position: Some(position),
        }
    }

    use AudienceGroup as G;
    use StaffCategory as S;
    use UnitKind as K;

    #[test]
    fn who_each_audience_invites() {
        let secretary = person(K::PartyCommittee, S::Cadre, true, true, "Bí thư Đảng ủy phường");
        let deputy_head = person(K::Department, S::CivilServant, true, false, "Phó Trưởng phòng Nội vụ");
        let specialist = person(K::Department, S::CivilServant, false, false, "Chuyên viên");
        let cell_secretary = person(K::PartyCell, S::Contract, true, true, "Bí thư Chi bộ");
        let one_stop = person(K::Office, S::Contract, false, false, "Nhân viên Bộ phận Một cửa");
        let ward_officer = person(
            K::PeoplesCommittee,
            S::CivilServant,
            true,
            false,
            "Công chức Văn hóa – Xã hội",
        );

        assert!(invites(G::KeyCadres, &secretary));
        assert!(invites(G::KeyCadres, &deputy_head), "a deputy by title");
        assert!(invites(G::KeyCadres, &cell_secretary), "heads the cell");
        assert!(!invites(G::KeyCadres, &specialist));
        assert!(!invites(G::KeyCadres, &ward_officer));

        assert!(invites(G::PartyMembers, &ward_officer));
        assert!(!invites(G::PartyMembers, &specialist));

        assert!(invites(G::PartyOrganisations, &secretary));
        assert!(invites(G::PartyOrganisations, &cell_secretary));
        assert!(
            !invites(G::PartyOrganisations, &deputy_head),
            "a department is no Party organisation"
        );

        assert!(invites(G::CivilServants, &specialist));
        assert!(!invites(G::CivilServants, &one_stop), "contract workers are not CBCCVC");
        assert!(!invites(G::CivilServants, &cell_secretary));

        for p in [secretary, deputy_head, specialist, cell_secretary, one_stop] {
            assert!(!invites(G::Delegates, &p), "guests are added by hand");
        }
        assert!(is_deputy(Some("  PHÓ Chủ tịch UBND phường")));
        assert!(
            !is_deputy(Some("Phòng Nội vụ")),
            "a word starting with the letters is no deputy"
        );
        assert!(!is_deputy(None));
    }

    fn path(s: &str) -> UnitPath {
        UnitPath::parse(s).unwrap()
    }

    fn place(p: &str, kind: UnitKind, parent: UnitKind) -> UnitPlace {
        UnitPlace {
            path: path(p),
            kind,
            parent_kind: Some(parent),
        }
    }

    #[test]
    fn people_are_placed_at_the_deepest_bridge_point_of_their_unit() {
        // District /1/5/, its Party committee /1/5/10/, two wards /1/5/30/ and /1/5/40/, and a
        // residential group /1/5/30/33/ of the first ward that is a point of its own.
        let points = vec![
            (30, path("/1/5/30/")),
            (40, path("/1/5/40/")),
            (33, path("/1/5/30/33/")),
        ];
        let drawn = Drawn::Points(&points);
        let audiences = vec![
            Audience {
                group: G::KeyCadres,
                note: None,
            },
            Audience {
                group: G::PartyMembers,
                note: None,
            },
        ];
        let chair = person(K::PeoplesCommittee, S::CivilServant, true, true, "Chủ tịch UBND phường");
        let member = person(K::PeoplesCommittee, S::CivilServant, true, false, "Công chức");
        let ward_ubnd = place("/1/5/30/32/", K::PeoplesCommittee, K::Ward);
        assert_eq!(
            invitation(&audiences, &drawn, &ward_ubnd, &chair),
            Some((G::KeyCadres, Some(30)))
        );
        assert_eq!(
            invitation(&audiences, &drawn, &ward_ubnd, &member),
            Some((G::PartyMembers, Some(30))),
            "the first audience they belong to"
        );
        let group = place("/1/5/30/33/", K::ResidentialGroup, K::Ward);
        assert_eq!(
            invitation(&audiences, &drawn, &group, &chair),
            Some((G::KeyCadres, Some(33)))
        );
        let district = place("/1/5/10/", K::PartyCommittee, K::District);
        assert_eq!(
            invitation(&audiences, &drawn, &district, &chair),
            None,
            "not at any point"
        );
        let nobody = person(K::PeoplesCommittee, S::Contract, false, false, "Bảo vệ");
        assert_eq!(invitation(&audiences, &drawn, &ward_ubnd, &nobody), None);

        // Without bridge points: what the host directs. The district People's Committee
        // directs the State side of the district, not the Party's boards.
        let host = place("/1/5/11/", K::PeoplesCommittee, K::District);
        let reach = Reach::of(&host);
        let drawn = Drawn::Reach(&reach);
        assert_eq!(
            invitation(&audiences, &drawn, &ward_ubnd, &chair),
            Some((G::KeyCadres, None))
        );
        let board = place("/1/5/10/12/", K::PartyBoard, K::PartyCommittee);
        assert_eq!(invitation(&audiences, &drawn, &board, &chair), None);
        let other = place("/1/6/30/32/", K::PeoplesCommittee, K::Ward);
        assert_eq!(invitation(&audiences, &drawn, &other, &chair), None);
    }

    fn listed(person_id: i64, attendance: Attendance, by_hand: bool) -> Listed {
        Listed {
            person_id,
            unit_id: 7,
            point: Some(30),
            group: G::KeyCadres,
            attendance,
            by_hand,
        }
    }

    fn wanted(person_id: i64, unit_id: i64) -> Wanted {
        Wanted {
            person_id,
            unit_id,
            point: Some(30),
            group: G::KeyCadres,
        }
    }

    #[test]
    fn a_refresh_keeps_marks_and_hand_added_people() {
        let now = vec![
            listed(1, Attendance::Invited, false),
            listed(2, Attendance::Absent, false),
            listed(3, Attendance::Invited, true),
            listed(4, Attendance::Invited, false),
            listed(5, Attendance::Present, false),
        ];
        // 1 still invited (moved unit), 2–5 no longer, 6 new.
        let r = refresh(&now, &[wanted(1, 8), wanted(6, 7)]);
        assert_eq!(r.add, vec![wanted(6, 7)]);
        assert_eq!(r.update, vec![wanted(1, 8)]);
        assert_eq!(r.remove, vec![4], "marked (2, 5) and hand-added (3) rows stay");
        // Idempotent: once applied, nothing to do.
        let after = vec![
            Listed {
                unit_id: 8,
                ..listed(1, Attendance::Invited, false)
            },
            listed(2, Attendance::Absent, false),
            listed(3, Attendance::Invited, true),
            listed(5, Attendance::Present, false),
            listed(6, Attendance::Invited, false),
        ];
        assert!(refresh(&after, &[wanted(1, 8), wanted(6, 7)]).is_empty());
    }
}
