//! Units (đơn vị): kinds, the materialized path, and the input rules.

use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

use crate::{FieldError, Valid, text};

/// Generates a closed string enum with its stable code and its Vietnamese and English labels.
/// One definition per enum keeps code, parse and labels from drifting apart.
#[macro_export]
macro_rules! labelled_enum {
    ($(#[$m:meta])* $name:ident { $($variant:ident = $code:literal, $vi:literal, $en:literal;)+ }) => {
        $(#[$m])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize, utoipa::ToSchema)]
        #[serde(rename_all = "snake_case")]
        pub enum $name { $($variant,)+ }

        impl $name {
            pub const ALL: &'static [$name] = &[$($name::$variant,)+];

            /// The stable code used in storage and the API.
            pub fn as_str(self) -> &'static str {
                match self { $($name::$variant => $code,)+ }
            }

            pub fn parse(code: &str) -> Option<Self> {
                match code { $($code => Some($name::$variant),)+ _ => None }
            }

            pub fn label_vi(self) -> &'static str {
                match self { $($name::$variant => $vi,)+ }
            }

            pub fn label_en(self) -> &'static str {
                match self { $($name::$variant => $en,)+ }
            }

            /// Every code, comma separated, for error messages.
            pub fn codes() -> String {
                [$($code,)+].join(", ")
            }
        }

        impl TryFrom<String> for $name {
            type Error = String;
            fn try_from(s: String) -> Result<Self, String> {
                $name::parse(&s).ok_or_else(|| format!("unknown {} code {s:?}", stringify!($name)))
            }
        }

        impl std::fmt::Display for $name {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str(self.as_str())
            }
        }
    };
}

labelled_enum! {
    /// What kind of body or area a unit is. Depth is data, so any kind may sit under any other.
    UnitKind {
        Province = "province", "Tỉnh, thành phố", "Province or city";
        District = "district", "Quận, huyện", "District";
        Ward = "ward", "Phường", "Ward";
        Commune = "commune", "Xã, đặc khu", "Commune";
        PartyCommittee = "party_committee", "Cấp ủy Đảng", "Party committee";
        PartyCell = "party_cell", "Chi bộ", "Party cell";
        PeoplesCouncil = "peoples_council", "Hội đồng nhân dân", "People's Council";
        PeoplesCommittee = "peoples_committee", "Ủy ban nhân dân", "People's Committee";
        FatherlandFront = "fatherland_front", "Ủy ban Mặt trận Tổ quốc", "Fatherland Front Committee";
        MassOrganisation = "mass_organisation", "Đoàn thể chính trị – xã hội", "Mass organisation";
        InspectionCommission = "inspection_commission", "Ủy ban Kiểm tra", "Inspection Commission";
        PartyBoard = "party_board", "Ban của cấp ủy", "Party board";
        Office = "office", "Văn phòng", "Office";
        Department = "department", "Phòng, ban chuyên môn", "Specialised department";
        PublicUnit = "public_unit", "Đơn vị sự nghiệp công lập", "Public service unit";
        ResidentialGroup = "residential_group", "Tổ dân phố", "Residential group";
    }
}

/// A unit's materialized path: its ancestors' ids and its own, as `/1/5/23/`.
///
/// Everything in a subtree has a path starting with the subtree root's path, so a subtree is
/// one range scan: `path >= lower AND path < upper` (see [`UnitPath::range`]). The range form
/// (rather than `LIKE 'p%'`) is index-driven on SQLite and on PostgreSQL (with `COLLATE "C"`).
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize, ToSchema)]
#[serde(transparent)]
pub struct UnitPath(String);

impl UnitPath {
    pub fn root(id: i64) -> Self {
        UnitPath(format!("/{id}/"))
    }

    pub fn child(&self, id: i64) -> Self {
        UnitPath(format!("{}{id}/", self.0))
    }

    /// Parses a stored path, refusing anything not of the form `/1/2/3/`.
    pub fn parse(s: &str) -> Option<Self> {
        let inner = s.strip_prefix('/')?.strip_suffix('/')?;
        if inner.is_empty() || !inner.split('/').all(|p| !p.is_empty() && p.parse::<i64>().is_ok()) {
            return None;
        }
        Some(UnitPath(s.to_string()))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// The ids from the root down to this unit.
    pub fn ids(&self) -> Vec<i64> {
        self.0.split('/').filter_map(|p| p.parse().ok()).collect()
    }

    pub fn depth(&self) -> usize {
        self.ids().len()
    }

    /// The tenant of everything in this unit's subtree: its root (the province at national
    /// scale). Every tenant table's rows carry it, and on Citus it picks the shard.
    pub fn tenant(&self) -> i64 {
        self.0.split('/').find_map(|p| p.parse().ok()).unwrap_or_default()
    }

    /// The half-open string range `[lower, upper)` holding this path and all below it:
    /// `'0'` is the character right after `'/'`, so `/1/5/` .. `/1/50` takes `/1/5/…` only.
    pub fn range(&self) -> (String, String) {
        let mut upper = self.0.clone();
        upper.pop();
        upper.push('0');
        (self.0.clone(), upper)
    }

    /// True when `other` is this unit or lies below it.
    pub fn contains(&self, other: &UnitPath) -> bool {
        other.0.starts_with(&self.0)
    }
}

impl std::fmt::Display for UnitPath {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

/// What a client sends to create or edit a unit.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ToSchema)]
pub struct UnitInput {
    /// The parent unit; none for a top-level unit (a province or independent organisation).
    pub parent_id: Option<i64>,
    pub kind: UnitKind,
    pub name: String,
    pub short_name: Option<String>,
}

impl UnitInput {
    pub fn validate(self) -> Result<Valid<UnitInput>, FieldError> {
        Ok(Valid::new(UnitInput {
            parent_id: self.parent_id,
            kind: self.kind,
            name: text::line("name", &self.name, 200)?,
            short_name: text::line_optional("short_name", self.short_name.as_deref(), 80)?,
        }))
    }
}

/// Refuses moving a unit under itself or its own descendant.
pub fn check_move(unit: &UnitPath, new_parent: &UnitPath) -> Result<(), FieldError> {
    if unit.contains(new_parent) {
        return Err(FieldError::new(
            "parent_id",
            crate::ErrorCode::Cycle,
            "Không thể chuyển đơn vị vào chính nó hoặc đơn vị cấp dưới của nó.",
            "A unit cannot be moved under itself or one of its descendants.",
        ));
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn range_takes_the_subtree_only() {
        let p = UnitPath::parse("/1/5/").unwrap();
        let (lo, hi) = p.range();
        for inside in ["/1/5/", "/1/5/7/", "/1/5/99/3/"] {
            assert!(inside >= lo.as_str() && inside < hi.as_str(), "{inside}");
        }
        for outside in ["/1/50/", "/1/4/", "/1/6/", "/1/", "/2/5/"] {
            assert!(!(outside >= lo.as_str() && outside < hi.as_str()), "{outside}");
        }
    }

    #[test]
    fn the_tenant_is_the_root_of_the_path() {
        assert_eq!(UnitPath::parse("/12/5/7/").unwrap().tenant(), 12);
        assert_eq!(UnitPath::root(3).tenant(), 3);
        assert_eq!(UnitPath::root(3).child(40).tenant(), 3);
    }

    #[test]
    fn cycle_is_refused() {
        let a = UnitPath::parse("/1/2/").unwrap();
        assert!(check_move(&a, &a.child(9)).is_err());
        assert!(check_move(&a, &a).is_err());
        assert!(check_move(&a, &UnitPath::parse("/1/3/").unwrap()).is_ok());
    }

    #[test]
    fn kind_codes_round_trip() {
        for k in UnitKind::ALL {
            assert_eq!(UnitKind::parse(k.as_str()), Some(*k));
        }
    }

    proptest! {
        #[test]
        fn range_agrees_with_prefix(a in proptest::collection::vec(1i64..1000, 1..5),
                                    b in proptest::collection::vec(1i64..1000, 1..6)) {
            let mk = |v: &[i64]| { let mut p = UnitPath::root(v[0]); for id in &v[1..] { p = p.child(*id); } p };
            let (pa, pb) = (mk(&a), mk(&b));
            let (lo, hi) = pa.range();
            let in_range = pb.as_str() >= lo.as_str() && pb.as_str() < hi.as_str();
            prop_assert_eq!(in_range, pa.contains(&pb));
        }
    }
}
