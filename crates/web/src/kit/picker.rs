//! Choosing units on a phone as on a desktop: the units a plan's issuer (or the unit splitting
//! its part) may assign work to, grouped by area — the district's own bodies, then ward by ward —
//! each named with its parent when the name alone is ambiguous ("Chi bộ khu dân cư số 1 — Đảng ủy
//! phường Bồ Đề"). Lead units are one select with groups; cooperating units are checkboxes in the
//! same groups (no Ctrl-click), with a filter box the page's script turns on.

use std::collections::HashMap;

use domain::assign::Reach;
use domain::unit::UnitPath;
use store::units::UnitBrief;

/// One choice.
pub struct Choice {
    pub value: String,
    pub label: String,
    /// Folded label, for the filter box.
    pub key: String,
}

/// A group of choices (an area and the bodies in it).
pub struct Group {
    pub label: String,
    pub choices: Vec<Choice>,
}

/// The units grouped by the nearest area unit above them (or the reach's root), the root's group
/// first and the others in Vietnamese order; `keep` says which units to offer.
pub fn groups(units: &[UnitBrief], keep: impl Fn(&UnitBrief) -> bool) -> Vec<Group> {
    let by_id: HashMap<i64, &UnitBrief> = units.iter().map(|u| (u.id, u)).collect();
    let area_of = |u: &UnitBrief| -> Option<&UnitBrief> {
        let ids = UnitPath::parse(&u.path)?.ids();
        ids.iter()
            .rev()
            .skip(1)
            .filter_map(|id| by_id.get(id).copied())
            .find(|a| a.kind.is_area())
    };
    let mut groups: Vec<(i64, String, Vec<&UnitBrief>)> = Vec::new();
    for u in units.iter().filter(|u| keep(u)) {
        let (gid, label) = match (u.kind.is_area(), area_of(u)) {
            (true, _) => (u.id, u.name.clone()),
            (false, Some(a)) => (a.id, a.name.clone()),
            (false, None) => (0, String::new()),
        };
        match groups.iter_mut().find(|(id, _, _)| *id == gid) {
            Some((_, _, list)) => list.push(u),
            None => groups.push((gid, label, vec![u])),
        }
    }
    // The first group is the shallowest (the root's); the others in alphabetical order.
    if groups.len() > 2 {
        groups[1..].sort_by_key(|(_, label, _)| vntext::collation_key(label));
    }
    groups
        .into_iter()
        .map(|(gid, label, list)| Group {
            label,
            choices: list.into_iter().map(|u| choice(u, gid, &by_id)).collect(),
        })
        .collect()
}

/// A unit's label: its name, with its parent's when the parent is not the group's area (a cell
/// under a ward's Party committee, an office under a People's Committee).
fn choice(u: &UnitBrief, group: i64, by_id: &HashMap<i64, &UnitBrief>) -> Choice {
    let parent_id = UnitPath::parse(&u.path).and_then(|p| {
        let ids = p.ids();
        ids.len().checked_sub(2).and_then(|i| ids.get(i).copied())
    });
    let label = match (&u.parent_name, parent_id) {
        (Some(parent), Some(pid)) if pid != group && !u.kind.is_area() && by_id.contains_key(&pid) => {
            format!("{} — {parent}", u.name)
        }
        _ => u.name.clone(),
    };
    Choice {
        value: u.id.to_string(),
        key: vntext::fold(&label),
        label,
    }
}

/// Lead units: those the reach may lead with.
pub fn lead_groups(reach: &Reach, units: &[UnitBrief]) -> Vec<Group> {
    groups(units, |u| u.place().is_some_and(|p| reach.may_lead(&p)))
}

/// Cooperating units: anything in the reach.
pub fn cooperating_groups(units: &[UnitBrief]) -> Vec<Group> {
    groups(units, |_| true)
}

#[cfg(test)]
mod tests {
    use super::*;
    use domain::unit::UnitKind;

    fn u(id: i64, path: &str, kind: UnitKind, name: &str, parent: Option<&str>) -> UnitBrief {
        UnitBrief {
            id,
            name: name.into(),
            short_name: None,
            path: path.into(),
            kind,
            parent_kind: None,
            parent_name: parent.map(Into::into),
        }
    }

    #[test]
    fn look_alikes_are_told_apart_by_group_and_parent() {
        use UnitKind as K;
        let units = vec![
            u(5, "/1/5/", K::District, "Quận Long Biên", Some("Hà Nội")),
            u(
                10,
                "/1/5/10/",
                K::PartyCommittee,
                "Quận ủy Long Biên",
                Some("Quận Long Biên"),
            ),
            u(30, "/1/5/30/", K::Ward, "Phường Bồ Đề", Some("Quận Long Biên")),
            u(
                31,
                "/1/5/30/31/",
                K::PartyCommittee,
                "Đảng ủy phường Bồ Đề",
                Some("Phường Bồ Đề"),
            ),
            u(
                40,
                "/1/5/30/31/40/",
                K::PartyCell,
                "Chi bộ khu dân cư số 1",
                Some("Đảng ủy phường Bồ Đề"),
            ),
            u(50, "/1/5/50/", K::Ward, "Phường Ái Mộ", Some("Quận Long Biên")),
            u(
                51,
                "/1/5/50/51/",
                K::PartyCommittee,
                "Đảng ủy phường Ái Mộ",
                Some("Phường Ái Mộ"),
            ),
            u(
                52,
                "/1/5/50/51/52/",
                K::PartyCell,
                "Chi bộ khu dân cư số 1",
                Some("Đảng ủy phường Ái Mộ"),
            ),
        ];
        let g = groups(&units, |_| true);
        let labels: Vec<&str> = g.iter().map(|g| g.label.as_str()).collect();
        assert_eq!(labels, ["Quận Long Biên", "Phường Ái Mộ", "Phường Bồ Đề"]);
        let bode = &g[2].choices;
        assert!(
            bode.iter()
                .any(|c| c.label == "Chi bộ khu dân cư số 1 — Đảng ủy phường Bồ Đề")
        );
        assert!(
            bode.iter().any(|c| c.label == "Đảng ủy phường Bồ Đề"),
            "a body under the area keeps its name"
        );
    }
}
