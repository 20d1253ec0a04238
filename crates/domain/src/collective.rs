//! Collective leads: "Đảng ủy các phường", "UBND các phường", "các chi bộ", "14/14 phường" —
//! a plan gives one piece of work to every unit of a kind, which a follow-up system carries as
//! one task per unit. This module reads such a name into the kinds it designates; the
//! use-case layer lists the units of those kinds the plan's issuer may reach.

use crate::unit::UnitKind;

/// The units a collective name designates: bodies of kind `body` placed under an area of kind
/// `area` ("Đảng ủy các phường": party committees of wards), or the areas themselves ("các
/// phường"), or every unit of a kind ("các chi bộ").
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Collective {
    pub body: Option<UnitKind>,
    pub area: Option<UnitKind>,
}

/// Folded prefixes naming a body kind, longest first.
const BODIES: &[(&str, UnitKind)] = &[
    ("ban chap hanh dang bo", UnitKind::PartyCommittee),
    ("ban thuong vu dang uy", UnitKind::PartyCommittee),
    ("uy ban mat tran to quoc", UnitKind::FatherlandFront),
    ("uy ban nhan dan", UnitKind::PeoplesCommittee),
    ("hoi dong nhan dan", UnitKind::PeoplesCouncil),
    ("uy ban kiem tra", UnitKind::InspectionCommission),
    ("dang uy", UnitKind::PartyCommittee),
    ("cap uy", UnitKind::PartyCommittee),
    ("dang bo", UnitKind::PartyCommittee),
    ("ubmttq", UnitKind::FatherlandFront),
    ("mttq", UnitKind::FatherlandFront),
    ("ubnd", UnitKind::PeoplesCommittee),
    ("hdnd", UnitKind::PeoplesCouncil),
    ("ubkt", UnitKind::InspectionCommission),
    ("chi bo", UnitKind::PartyCell),
    ("to dan pho", UnitKind::ResidentialGroup),
];

/// Folded plural area words.
const AREAS: &[(&str, UnitKind)] = &[
    ("phuong", UnitKind::Ward),
    ("xa", UnitKind::Commune),
    ("quan", UnitKind::District),
    ("huyen", UnitKind::District),
    ("chi bo", UnitKind::PartyCell),
    ("to dan pho", UnitKind::ResidentialGroup),
];

/// Words that make a name plural: "các", "tất cả các", "100% các", "14/14", "14".
fn strip_plural(s: &str) -> Option<&str> {
    let s = s.trim_start();
    for p in ["tat ca cac ", "toan bo cac ", "100% cac ", "100% ", "cac "] {
        if let Some(rest) = s.strip_prefix(p) {
            return Some(rest);
        }
    }
    // "14/14 phường", "14 phường".
    let digits = s.find(|c: char| !(c.is_ascii_digit() || c == '/'))?;
    (digits > 0 && s[digits..].starts_with(' ')).then(|| &s[digits + 1..])
}

fn kind_at<'a>(s: &'a str, table: &[(&str, UnitKind)]) -> Option<(UnitKind, &'a str)> {
    table.iter().find_map(|(w, k)| {
        let rest = s.strip_prefix(w)?;
        (rest.is_empty() || rest.starts_with([' ', ',', ';'])).then_some((*k, rest))
    })
}

/// Reads a lead name as a collective, if it is one. Only the start of the name matters: "UBND
/// các phường trên địa bàn quận" designates the People's Committees of the wards.
pub fn collective(name: &str) -> Option<Collective> {
    let folded = vntext::fold(name);
    let s = folded.trim();
    // "các chi bộ", "các phường", "14/14 phường": the plural comes first.
    if let Some(rest) = strip_plural(s) {
        let (area, _) = kind_at(rest, AREAS)?;
        return Some(match area {
            // Cells and residential groups are bodies, not areas holding bodies.
            UnitKind::PartyCell | UnitKind::ResidentialGroup => Collective {
                body: Some(area),
                area: None,
            },
            _ => Collective {
                body: None,
                area: Some(area),
            },
        });
    }
    // "Đảng ủy các phường", "UBND 14 phường".
    let (body, rest) = kind_at(s, BODIES)?;
    let rest = strip_plural(rest.trim_start())?;
    let (area, _) = kind_at(rest, AREAS)?;
    Some(Collective {
        body: Some(body),
        area: Some(area),
    })
}

impl Collective {
    /// Whether a unit of `kind` whose parent is of `parent_kind` is one of the designated units.
    pub fn designates(&self, kind: UnitKind, parent_kind: Option<UnitKind>) -> bool {
        match (self.body, self.area) {
            (Some(b), Some(a)) => kind == b && parent_kind == Some(a),
            (Some(b), None) => kind == b,
            (None, Some(a)) => kind == a,
            (None, None) => false,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use UnitKind as K;

    fn c(body: Option<K>, area: Option<K>) -> Option<Collective> {
        Some(Collective { body, area })
    }

    #[test]
    fn reads_the_collective_names_plans_use() {
        assert_eq!(
            collective("Đảng ủy các phường"),
            c(Some(K::PartyCommittee), Some(K::Ward))
        );
        assert_eq!(
            collective("Đảng uỷ các phường"),
            c(Some(K::PartyCommittee), Some(K::Ward))
        );
        assert_eq!(
            collective("UBND các phường"),
            c(Some(K::PeoplesCommittee), Some(K::Ward))
        );
        assert_eq!(
            collective("Ủy ban nhân dân 14/14 phường"),
            c(Some(K::PeoplesCommittee), Some(K::Ward))
        );
        assert_eq!(collective("các phường"), c(None, Some(K::Ward)));
        assert_eq!(collective("14 phường"), c(None, Some(K::Ward)));
        assert_eq!(collective("Các chi bộ trực thuộc"), c(Some(K::PartyCell), None));
        assert_eq!(collective("100% chi bộ"), c(Some(K::PartyCell), None));
        assert_eq!(
            collective("Ủy ban MTTQ các xã, phường"),
            None,
            "an unknown body word is not guessed"
        );
        assert_eq!(
            collective("Đảng bộ các xã"),
            c(Some(K::PartyCommittee), Some(K::Commune))
        );
    }

    #[test]
    fn single_units_are_not_collectives() {
        for name in [
            "Đảng ủy phường Bồ Đề",
            "UBND phường Đức Giang",
            "Phòng Nội vụ quận",
            "Chi bộ khu dân cư số 1",
            "Văn phòng Quận ủy",
            "Các ban xây dựng Đảng",
            "",
        ] {
            assert_eq!(collective(name), None, "{name}");
        }
    }

    #[test]
    fn designates_bodies_under_areas() {
        let wards_pc = Collective {
            body: Some(K::PartyCommittee),
            area: Some(K::Ward),
        };
        assert!(wards_pc.designates(K::PartyCommittee, Some(K::Ward)));
        assert!(!wards_pc.designates(K::PartyCommittee, Some(K::District)));
        assert!(!wards_pc.designates(K::PeoplesCommittee, Some(K::Ward)));
        let cells = Collective {
            body: Some(K::PartyCell),
            area: None,
        };
        assert!(cells.designates(K::PartyCell, Some(K::PartyCommittee)));
    }
}
