//! The organisation tree: provinces (or a district), their bodies and departments, and
//! communes/wards with their Party committee, People's Committee and Party cells.

use domain::unit::UnitKind;

use super::Shape;
use super::rng::Rng;
use super::words;

pub(crate) struct UnitRec {
    pub id: i64,
    pub parent: Option<i64>,
    pub kind: UnitKind,
    pub name: String,
    pub short: Option<String>,
    pub path: String,
    pub depth: i32,
    pub tenant: i64,
    /// Relative staff size.
    pub weight: u32,
    /// Head's title ("Bí thư", "Chủ tịch"…).
    pub head_title: &'static str,
    /// People of the unit are ids `first_person .. first_person + n_people`.
    pub first_person: i64,
    pub n_people: u32,
}

pub(crate) struct Commune {
    pub unit: usize,
    pub du: usize,
    pub ubnd: usize,
    /// Units inside the commune that can lead tasks (everything but the area unit itself).
    pub members: Vec<usize>,
}

pub(crate) struct Province {
    pub root: usize,
    pub party: usize,
    pub ubnd: usize,
    /// Symbol code of the Party committee: `TU` (tỉnh/thành ủy) or `QU` (quận ủy).
    pub party_code: &'static str,
    /// Province-level units that can lead tasks.
    pub members: Vec<usize>,
    pub communes: Vec<Commune>,
}

pub(crate) struct Tree {
    pub units: Vec<UnitRec>,
    pub provinces: Vec<Province>,
}

impl Tree {
    fn add(
        &mut self,
        parent: Option<usize>,
        kind: UnitKind,
        name: String,
        short: Option<&str>,
        weight: u32,
        head_title: &'static str,
    ) -> usize {
        let id = self.units.len() as i64 + 1;
        let (path, depth, tenant, parent_id) = match parent {
            Some(p) => {
                let pu = &self.units[p];
                (format!("{}{id}/", pu.path), pu.depth + 1, pu.tenant, Some(pu.id))
            }
            None => (format!("/{id}/"), 1, id, None),
        };
        self.units.push(UnitRec {
            id,
            parent: parent_id,
            kind,
            name,
            short: short.map(str::to_string),
            path,
            depth,
            tenant,
            weight,
            head_title,
            first_person: 0,
            n_people: 0,
        });
        self.units.len() - 1
    }

    pub(crate) fn build(shape: &Shape, rng: &mut Rng) -> Tree {
        let mut t = Tree {
            units: Vec::new(),
            provinces: Vec::new(),
        };
        for p in 0..shape.provinces as usize {
            let prov = if shape.three_tier {
                t.district(shape, rng)
            } else {
                t.province(shape, rng, p)
            };
            t.provinces.push(prov);
        }
        t
    }

    /// Quận Long Biên in the old three-tier shape: the district is the top unit.
    fn district(&mut self, shape: &Shape, rng: &mut Rng) -> Province {
        use UnitKind::*;
        let root = self.add(None, District, "Quận Long Biên".into(), Some("Long Biên"), 1, "Bí thư");
        let party = self.add(
            Some(root),
            PartyCommittee,
            "Quận ủy Long Biên".into(),
            Some("QU"),
            6,
            "Phó Bí thư Thường trực",
        );
        let mut members = vec![party];
        for (kind, name) in [
            (PartyBoard, "Ban Tổ chức Quận ủy"),
            (PartyBoard, "Ban Tuyên giáo và Dân vận Quận ủy"),
            (InspectionCommission, "Ủy ban Kiểm tra Quận ủy"),
            (Office, "Văn phòng Quận ủy"),
        ] {
            members.push(self.add(Some(party), kind, name.into(), None, 4, head_of(kind, 3)));
        }
        members.push(self.add(
            Some(root),
            PeoplesCouncil,
            "Hội đồng nhân dân quận Long Biên".into(),
            Some("HĐND"),
            2,
            "Chủ tịch",
        ));
        let ubnd = self.add(
            Some(root),
            PeoplesCommittee,
            "Ủy ban nhân dân quận Long Biên".into(),
            Some("UBND"),
            6,
            "Chủ tịch",
        );
        members.push(ubnd);
        for name in words::QUAN_PHONG.iter().take(shape.departments as usize) {
            let kind = if name.starts_with("Văn phòng") {
                Office
            } else {
                Department
            };
            members.push(self.add(Some(ubnd), kind, format!("{name} quận"), None, 8, head_of(kind, 3)));
        }
        let mttq = self.add(
            Some(root),
            FatherlandFront,
            "Ủy ban MTTQ Việt Nam quận Long Biên".into(),
            Some("MTTQ"),
            3,
            "Chủ tịch",
        );
        members.push(mttq);
        for name in [
            "Quận đoàn Long Biên",
            "Hội Liên hiệp Phụ nữ quận Long Biên",
            "Hội Cựu chiến binh quận Long Biên",
        ] {
            members.push(self.add(Some(mttq), MassOrganisation, name.into(), None, 2, "Chủ tịch"));
        }
        let mut used = std::collections::HashSet::new();
        let communes = (0..shape.communes_per_province as usize)
            .map(|i| {
                let name = match words::LONG_BIEN.get(i) {
                    Some(n) => n.to_string(),
                    None => place_name(rng, &mut used),
                };
                self.commune(shape, rng, root, &name, true)
            })
            .collect();
        self::Province {
            root,
            party,
            ubnd,
            party_code: "QU",
            members,
            communes,
        }
    }

    fn province(&mut self, shape: &Shape, rng: &mut Rng, index: usize) -> Province {
        use UnitKind::*;
        let (pname, is_city) = words::PROVINCES[index % words::PROVINCES.len()];
        let pname = if index >= words::PROVINCES.len() {
            format!("{pname} {}", index / words::PROVINCES.len() + 1)
        } else {
            pname.to_string()
        };
        let (full, area, party_name) = if is_city {
            (
                format!("Thành phố {pname}"),
                "Thành phố".to_string(),
                format!("Thành ủy {pname}"),
            )
        } else {
            (format!("Tỉnh {pname}"), "Tỉnh".to_string(), format!("Tỉnh ủy {pname}"))
        };
        let committee = if is_city { "Thành ủy" } else { "Tỉnh ủy" };
        let root = self.add(None, Province, full.clone(), Some(&pname), 2, "Bí thư");
        let party = self.add(
            Some(root),
            PartyCommittee,
            party_name,
            Some("TU"),
            8,
            "Phó Bí thư Thường trực",
        );
        let mut members = vec![party];
        for (kind, base) in [
            (PartyBoard, "Ban Tổ chức"),
            (PartyBoard, "Ban Tuyên giáo và Dân vận"),
            (PartyBoard, "Ban Nội chính"),
            (PartyBoard, "Ban Chính sách, chiến lược"),
            (InspectionCommission, "Ủy ban Kiểm tra"),
            (Office, "Văn phòng"),
        ] {
            members.push(self.add(
                Some(party),
                kind,
                format!("{base} {committee}"),
                None,
                6,
                head_of(kind, 3),
            ));
        }
        for base in ["Đảng ủy các cơ quan Đảng", "Đảng ủy Ủy ban nhân dân"] {
            members.push(self.add(
                Some(party),
                PartyCommittee,
                format!("{base} {} {pname}", area.to_lowercase()),
                None,
                4,
                "Bí thư",
            ));
        }
        members.push(self.add(
            Some(root),
            PeoplesCouncil,
            format!("Hội đồng nhân dân {}", lower_first(&full)),
            Some("HĐND"),
            3,
            "Chủ tịch",
        ));
        let ubnd = self.add(
            Some(root),
            PeoplesCommittee,
            format!("Ủy ban nhân dân {}", lower_first(&full)),
            Some("UBND"),
            8,
            "Chủ tịch",
        );
        members.push(ubnd);
        members.push(self.add(
            Some(ubnd),
            Office,
            format!("Văn phòng Ủy ban nhân dân {}", lower_first(&full)),
            None,
            10,
            "Chánh Văn phòng",
        ));
        let place = if is_city {
            pname.clone()
        } else {
            format!("tỉnh {pname}")
        };
        for so in words::SO.iter().take(shape.departments as usize) {
            let dept = self.add(Some(ubnd), Department, format!("{so} {place}"), None, 14, "Giám đốc");
            members.push(dept);
            let n = rng.range(
                i64::from(shape.department_offices.0),
                i64::from(shape.department_offices.1),
            ) as usize;
            for k in rng.sample(words::SO_PHONG.len(), n) {
                let name = words::SO_PHONG[k];
                let kind = if name == "Văn phòng" { Office } else { Department };
                members.push(self.add(Some(dept), kind, format!("{name} {so}"), None, 6, head_of(kind, 4)));
            }
        }
        let mttq = self.add(
            Some(root),
            FatherlandFront,
            format!("Ủy ban MTTQ Việt Nam {}", lower_first(&full)),
            Some("MTTQ"),
            4,
            "Chủ tịch",
        );
        members.push(mttq);
        let doan = if is_city {
            format!("Thành đoàn {pname}")
        } else {
            format!("Tỉnh đoàn {pname}")
        };
        for name in [
            doan,
            format!("Hội Liên hiệp Phụ nữ {place}"),
            format!("Hội Cựu chiến binh {place}"),
            format!("Hội Nông dân {place}"),
            format!("Liên đoàn Lao động {place}"),
        ] {
            members.push(self.add(Some(mttq), MassOrganisation, name, None, 3, "Chủ tịch"));
        }
        for name in [
            format!("Trung tâm Kiểm soát bệnh tật {place}"),
            format!("Bệnh viện Đa khoa {place}"),
            format!("Trường Chính trị {place}"),
        ] {
            members.push(self.add(Some(root), PublicUnit, name, None, 10, "Giám đốc"));
        }
        let ward_share = if shape.provinces == 1 || is_city { 0.4 } else { 0.2 };
        let mut used = std::collections::HashSet::new();
        let communes = (0..shape.communes_per_province)
            .map(|_| {
                let name = place_name(rng, &mut used);
                let ward = rng.chance(ward_share);
                self.commune(shape, rng, root, &name, ward)
            })
            .collect();
        self::Province {
            root,
            party,
            ubnd,
            party_code: "TU",
            members,
            communes,
        }
    }

    fn commune(&mut self, shape: &Shape, rng: &mut Rng, parent: usize, name: &str, ward: bool) -> Commune {
        use UnitKind::*;
        let label = if ward {
            format!("phường {name}")
        } else {
            format!("xã {name}")
        };
        let unit = self.add(
            Some(parent),
            if ward { Ward } else { Commune },
            upper_first(&label),
            Some(name),
            1,
            "Bí thư",
        );
        let du = self.add(
            Some(unit),
            PartyCommittee,
            format!("Đảng ủy {label}"),
            Some("ĐU"),
            5,
            "Phó Bí thư Thường trực",
        );
        let mut members = vec![du];
        let cells = rng.range(i64::from(shape.cells.0), i64::from(shape.cells.1)) as usize;
        let specials = [
            format!("Chi bộ Cơ quan {label}"),
            format!("Chi bộ Công an {label}"),
            format!("Chi bộ Quân sự {label}"),
            format!("Chi bộ Trường Trung học cơ sở {name}"),
            format!("Chi bộ Trạm Y tế {label}"),
        ];
        let n_special = if cells >= 8 { specials.len() } else { cells / 3 };
        for s in specials.iter().take(n_special) {
            members.push(self.add(Some(du), PartyCell, s.clone(), None, 1, "Bí thư chi bộ"));
        }
        for k in 1..=(cells - n_special) {
            let n = if ward {
                format!("Chi bộ Tổ dân phố {k}")
            } else {
                format!("Chi bộ Thôn {k}")
            };
            members.push(self.add(Some(du), PartyCell, n, None, 1, "Bí thư chi bộ"));
        }
        if shape.full_communes {
            members.push(self.add(
                Some(du),
                InspectionCommission,
                format!("Ủy ban Kiểm tra Đảng ủy {label}"),
                None,
                2,
                "Chủ nhiệm",
            ));
            members.push(self.add(
                Some(unit),
                PeoplesCouncil,
                format!("Hội đồng nhân dân {label}"),
                Some("HĐND"),
                2,
                "Chủ tịch",
            ));
        }
        let ubnd = self.add(
            Some(unit),
            PeoplesCommittee,
            format!("Ủy ban nhân dân {label}"),
            Some("UBND"),
            6,
            "Chủ tịch",
        );
        members.push(ubnd);
        if shape.full_communes {
            let economy = if ward {
                "Phòng Kinh tế, Hạ tầng và Đô thị"
            } else {
                "Phòng Kinh tế"
            };
            for (kind, base) in [
                (Office, "Văn phòng HĐND và UBND"),
                (Department, economy),
                (Department, "Phòng Văn hóa – Xã hội"),
                (PublicUnit, "Trung tâm Phục vụ hành chính công"),
            ] {
                members.push(self.add(Some(ubnd), kind, format!("{base} {label}"), None, 6, head_of(kind, 3)));
            }
            let mttq = self.add(
                Some(unit),
                FatherlandFront,
                format!("Ủy ban MTTQ Việt Nam {label}"),
                Some("MTTQ"),
                3,
                "Chủ tịch",
            );
            members.push(mttq);
            let mut orgs = vec!["Đoàn Thanh niên", "Hội Liên hiệp Phụ nữ", "Hội Cựu chiến binh"];
            if !ward {
                orgs.push("Hội Nông dân");
            }
            for base in orgs {
                let head = if base == "Đoàn Thanh niên" {
                    "Bí thư"
                } else {
                    "Chủ tịch"
                };
                members.push(self.add(Some(mttq), MassOrganisation, format!("{base} {label}"), None, 2, head));
            }
        }
        self::Commune {
            unit,
            du,
            ubnd,
            members,
        }
    }
}

fn head_of(kind: UnitKind, depth: usize) -> &'static str {
    use UnitKind::*;
    match kind {
        PartyBoard => "Trưởng ban",
        InspectionCommission => "Chủ nhiệm",
        Office => "Chánh Văn phòng",
        Department if depth >= 4 => "Trưởng phòng",
        Department => "Trưởng phòng",
        PublicUnit => "Giám đốc",
        _ => "Chủ tịch",
    }
}

/// A place name of two syllables, numbered when already taken ("Hòa Bình 2").
fn place_name(rng: &mut Rng, used: &mut std::collections::HashSet<String>) -> String {
    let a = rng.below(words::SYLLABLES.len() as u64) as usize;
    let mut b = rng.below(words::SYLLABLES.len() as u64 - 1) as usize;
    if b >= a {
        b += 1;
    }
    let base = format!("{} {}", words::SYLLABLES[a], words::SYLLABLES[b]);
    let mut name = base.clone();
    let mut k = 2;
    while !used.insert(name.clone()) {
        name = format!("{base} {k}");
        k += 1;
    }
    name
}

fn upper_first(s: &str) -> String {
    let mut c = s.chars();
    match c.next() {
        Some(f) => f.to_uppercase().chain(c).collect(),
        None => String::new(),
    }
}

fn lower_first(s: &str) -> String {
    // "Thành phố Hà Nội" → "thành phố Hà Nội", as written after "Ủy ban nhân dân".
    let mut c = s.chars();
    match c.next() {
        Some(f) => f.to_lowercase().chain(c).collect(),
        None => String::new(),
    }
}

/// A person's full name: family name, middle name, given name.
pub(crate) fn person_name(rng: &mut Rng) -> String {
    let ho = rng.weighted(words::HO);
    if rng.chance(0.5) {
        format!("{ho} {} {}", rng.pick(words::DEM_NAM), rng.pick(words::TEN_NAM))
    } else {
        format!("{ho} {} {}", rng.pick(words::DEM_NU), rng.pick(words::TEN_NU))
    }
}

/// "Phường Hòa Bình" → "phường Hòa Bình" inside a sentence.
pub(super) fn lower_area(name: &str) -> String {
    for (upper, lower) in [
        ("Phường ", "phường "),
        ("Xã ", "xã "),
        ("Thành phố ", "thành phố "),
        ("Tỉnh ", "tỉnh "),
        ("Quận ", "quận "),
    ] {
        if let Some(rest) = name.strip_prefix(upper) {
            return format!("{lower}{rest}");
        }
    }
    name.to_string()
}

/// Position, staff category and Party membership of the `k`-th person of a unit (0: head).
pub(super) fn person_role(
    rng: &mut Rng,
    kind: UnitKind,
    head: &'static str,
    k: u32,
) -> (Option<String>, &'static str, bool) {
    use UnitKind::*;
    let political = matches!(
        kind,
        Province
            | District
            | Ward
            | Commune
            | PartyCommittee
            | PartyCell
            | PeoplesCouncil
            | PeoplesCommittee
            | FatherlandFront
            | MassOrganisation
            | InspectionCommission
            | PartyBoard
    );
    let party_body = matches!(kind, PartyCommittee | PartyCell | InspectionCommission | PartyBoard);
    if k == 0 {
        return (
            Some(head.to_string()),
            if political { "cadre" } else { "civil_servant" },
            true,
        );
    }
    if k <= 2 && rng.chance(0.6) {
        return (
            Some(format!("Phó {}", head.strip_prefix("Phó ").unwrap_or(head))),
            if political { "cadre" } else { "civil_servant" },
            true,
        );
    }
    let category = if rng.chance(0.07) {
        "contract"
    } else if kind == PublicUnit {
        "public_employee"
    } else {
        "civil_servant"
    };
    let position = match (kind, category) {
        (PartyCell, _) => "Đảng viên",
        (_, "contract") => "Nhân viên",
        (PublicUnit, _) => "Viên chức",
        _ => *rng.pick(&["Chuyên viên", "Chuyên viên", "Chuyên viên chính", "Công chức", "Cán bộ"]),
    };
    (Some(position.to_string()), category, party_body || rng.chance(0.6))
}
