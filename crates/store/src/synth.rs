//! Synthetic data sets shaped like a district, a city or the nation, for demos, load tests
//! and roll-up benchmarks.
//!
//! [`generate`] fills an empty, migrated database with a deterministic (per seed) data set:
//! the organisation tree, staff, plans with their tasks and history, and annual targets.
//! Everything is written with multi-row `INSERT`s inside large transactions, with ids
//! assigned here, so a city (≈1 million tasks) loads in minutes on SQLite.
//!
//! | scale      | top units                    | communes | units    | people    | tasks     |
//! |------------|------------------------------|----------|----------|-----------|-----------|
//! | `district` | Quận Long Biên (three-tier)  | 14 wards | ≈150     | 2,000     | 20,000    |
//! | `city`     | Thành phố Hà Nội             | 126      | ≈5,000   | 100,000   | 1,000,000 |
//! | `nation`   | the 34 provinces, one tenant each | 34 × 98 | ≈95,000 | 1,000,000 | 2,000,000 |
//!
//! The nation data set keeps the real tree (34 provinces × ≈100 communes) but, by default,
//! far fewer people and tasks than the country has (≈2 million staff, tens of millions of
//! tasks) so that it runs on a small machine; ask for more with `nation:<tasks>` (see
//! [`Scale::parse`]) or [`Scale::Custom`].

mod load;
mod plans;
mod rng;
mod tree;
mod words;

use chrono::{Datelike, NaiveDate};
use domain::document::{DocKind, parse_symbol};
use domain::period::Period;
use domain::target::{Direction, outcome};
use domain::unit::{UnitKind, UnitPath};

use crate::db::{Backend, Db};
use crate::{StoreError, on_tx};
use load::{Batch, Loader, Val};
use plans::{Actors, HistoryBatches, Ids, deadline, last_of_month, task_state};
use rng::Rng;
use tree::{Tree, person_name};

/// The shape of a data set.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Shape {
    /// Top-level units (tenants).
    pub provinces: u32,
    /// The top unit is a district (quận) over wards, as before July 2025; otherwise a
    /// province or centrally-run city over communes and wards.
    pub three_tier: bool,
    pub communes_per_province: u32,
    /// Party cells (chi bộ) per commune, inclusive range.
    pub cells: (u32, u32),
    /// Communes also get a People's Council, a Fatherland Front with mass organisations,
    /// offices and an inspection commission.
    pub full_communes: bool,
    /// Departments (sở, phòng) under the top People's Committee.
    pub departments: u32,
    /// Offices inside each provincial department, inclusive range.
    pub department_offices: (u32, u32),
    pub people: u64,
    pub tasks: u64,
    /// Targets (chỉ tiêu) per commune and per top unit for the year.
    pub targets_per_unit: u32,
}

impl Shape {
    /// A few hundred tasks over one small city: for tests.
    pub fn tiny() -> Shape {
        Shape {
            provinces: 1,
            three_tier: false,
            communes_per_province: 4,
            cells: (3, 8),
            full_communes: true,
            departments: 3,
            department_offices: (1, 2),
            people: 400,
            tasks: 600,
            targets_per_unit: 16,
        }
    }
}

/// Which data set to generate.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Scale {
    /// Quận Long Biên: 14 wards, ≈150 units, 2,000 people, 20,000 tasks.
    District,
    /// Hà Nội after 2025: 126 communes and wards, ≈5,000 units, 100,000 people, 1,000,000 tasks.
    City,
    /// 34 provinces × 98 communes, ≈95,000 units, 1,000,000 people, 2,000,000 tasks by default.
    Nation,
    Custom(Shape),
}

impl Scale {
    /// `district`, `city`, `nation` or `tiny`, optionally followed by `:<tasks>` to change
    /// the number of tasks (`nation:10000000`, `city:200000`).
    pub fn parse(s: &str) -> Option<Scale> {
        let (name, tasks) = match s.trim().split_once(':') {
            Some((n, t)) => (n, Some(t.trim().replace(['_', ','], "").parse::<u64>().ok()?)),
            None => (s.trim(), None),
        };
        let base = match name.to_ascii_lowercase().as_str() {
            "district" => Scale::District,
            "city" => Scale::City,
            "nation" => Scale::Nation,
            "tiny" => Scale::Custom(Shape::tiny()),
            _ => return None,
        };
        Some(match tasks {
            Some(t) => Scale::Custom(Shape {
                tasks: t,
                ..base.shape()
            }),
            None => base,
        })
    }

    pub fn shape(&self) -> Shape {
        match self {
            Scale::District => Shape {
                provinces: 1,
                three_tier: true,
                communes_per_province: 14,
                cells: (3, 8),
                full_communes: false,
                departments: 12,
                department_offices: (0, 0),
                people: 2_000,
                tasks: 20_000,
                targets_per_unit: 16,
            },
            Scale::City => Shape {
                provinces: 1,
                three_tier: false,
                communes_per_province: 126,
                cells: (15, 35),
                full_communes: true,
                departments: 17,
                department_offices: (2, 6),
                people: 100_000,
                tasks: 1_000_000,
                targets_per_unit: 16,
            },
            Scale::Nation => Shape {
                provinces: 34,
                three_tier: false,
                communes_per_province: 98,
                cells: (8, 20),
                full_communes: true,
                departments: 15,
                department_offices: (1, 4),
                people: 1_000_000,
                tasks: 2_000_000,
                targets_per_unit: 16,
            },
            Scale::Custom(s) => *s,
        }
    }
}

/// What was written.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct GenStats {
    pub units: u64,
    pub people: u64,
    pub documents: u64,
    pub tasks: u64,
    pub progress_reports: u64,
    pub targets: u64,
}

const UNIT_COLS: &[&str] = &[
    "id",
    "tenant_id",
    "parent_id",
    "kind",
    "name",
    "name_fold",
    "short_name",
    "sort_key",
    "path",
    "depth",
    "created_at",
    "updated_at",
];
const PEOPLE_COLS: &[&str] = &[
    "id",
    "tenant_id",
    "unit_id",
    "unit_path",
    "name",
    "name_fold",
    "sort_key",
    "position",
    "category",
    "party_member",
    "is_head",
    "created_at",
    "updated_at",
];
const DOC_COLS: &[&str] = &[
    "id",
    "tenant_id",
    "kind",
    "symbol",
    "symbol_raw",
    "number",
    "symbol_year",
    "doc_type",
    "issuer_code",
    "form",
    "title",
    "title_fold",
    "issuer_unit_id",
    "issuer_path",
    "issued_on",
    "issued_year",
    "valid_from",
    "valid_to",
    "created_at",
    "updated_at",
];
const LINK_COLS: &[&str] = &["id", "tenant_id", "from_id", "to_id", "kind", "created_at"];
const THEME_COLS: &[&str] = &[
    "id",
    "tenant_id",
    "unit_id",
    "year",
    "title",
    "created_at",
    "updated_at",
];
const THEME_PLAN_COLS: &[&str] = &["theme_id", "document_id", "tenant_id"];
const TASK_COLS: &[&str] = &[
    "id",
    "tenant_id",
    "plan_id",
    "code",
    "title",
    "title_fold",
    "is_key",
    "lead_unit_id",
    "unit_path",
    "responsible_id",
    "deadline_text",
    "due_on",
    "original_due_on",
    "recurrence",
    "expected_output",
    "progress",
    "completed_on",
    "cancelled_on",
    "cancel_reason",
    "ext_pending",
    "phase",
    "created_at",
    "updated_at",
];
const COOP_COLS: &[&str] = &["task_id", "unit_id", "tenant_id"];
const REPORT_COLS: &[&str] = &[
    "id",
    "tenant_id",
    "task_id",
    "reported_on",
    "author_id",
    "percent",
    "body",
    "evidence",
    "created_at",
];
const EXT_COLS: &[&str] = &[
    "id",
    "tenant_id",
    "task_id",
    "requested_on",
    "requested_by",
    "old_due_on",
    "new_due_on",
    "reason",
    "decision",
    "decided_on",
    "decided_by",
    "decision_note",
    "created_at",
];
const EXPL_COLS: &[&str] = &[
    "id",
    "tenant_id",
    "task_id",
    "requested_on",
    "requested_by",
    "question",
    "answered_on",
    "answered_by",
    "answer",
    "created_at",
];
const TARGET_COLS: &[&str] = &[
    "id",
    "tenant_id",
    "unit_id",
    "unit_path",
    "period",
    "period_start",
    "period_end",
    "indicator",
    "indicator_fold",
    "uom",
    "direction",
    "planned",
    "actual",
    "actual_on",
    "outcome",
    "created_at",
    "updated_at",
];
const ACTUAL_COLS: &[&str] = &[
    "id",
    "tenant_id",
    "target_id",
    "measured_on",
    "value",
    "note",
    "created_at",
];

/// Tables with an identity id that the load fills (their sequences are moved past the
/// loaded ids on PostgreSQL).
const ID_TABLES: &[&str] = &[
    "units",
    "people",
    "documents",
    "document_links",
    "themes",
    "tasks",
    "progress_reports",
    "extension_requests",
    "explanation_requests",
    "targets",
    "target_actuals",
];

/// Fills an EMPTY, migrated database. `progress(stage_label, done, total)` is called often
/// enough to drive a progress bar. The same `seed` and `today` give the same data.
///
/// Plans are issued from December of the year before `today`'s year up to `today`; task
/// deadlines fall mostly at month and quarter ends of `today`'s year, and each task's state
/// (completed on time or late, in progress, overdue, extension pending, cancelled) is drawn
/// relative to `today`. Finally the task roll-up is rebuilt and statistics refreshed.
pub async fn generate(
    db: &Db,
    scale: Scale,
    seed: u64,
    today: NaiveDate,
    progress: &(dyn Fn(&str, u64, u64) + Sync),
) -> Result<GenStats, StoreError> {
    let shape = scale.shape();
    let year = today.year();
    let mut ld = Loader::new(db);

    let existing: i64 = {
        let tx = ld.tx().await?;
        on_tx!(tx, c => sqlx::query_scalar("SELECT COUNT(*) FROM units").fetch_one(&mut *c).await?)
    };
    if existing > 0 {
        return Err(StoreError::Conflict(domain::FieldError::new(
            "database",
            "not_empty",
            "Cơ sở dữ liệu đã có dữ liệu; chỉ sinh dữ liệu mẫu vào cơ sở dữ liệu trống.",
            "The database already holds data; synthetic data is only generated into an empty database.",
        )));
    }

    // 1. Units.
    let mut tree = Tree::build(&shape, &mut Rng::fork(seed, 1));
    let n_units = tree.units.len() as u64;
    let mut units = Batch::new("units", UNIT_COLS);
    for u in &tree.units {
        units.push([
            Val::I64(u.id),
            Val::I64(u.tenant),
            Val::OptI64(u.parent),
            Val::Str(u.kind.as_str()),
            Val::Text(u.name.clone()),
            Val::Text(domain::text::search_key(&[&u.name, u.short.as_deref().unwrap_or("")])),
            Val::OptText(u.short.clone()),
            Val::Bytes(vntext::collation_key(&u.name)),
            Val::Text(u.path.clone()),
            Val::I32(u.depth),
            Val::Now,
            Val::Now,
        ]);
        if units.full() {
            ld.flush(&mut units, false).await?;
            progress("units", units.written, n_units);
        }
    }
    ld.flush(&mut units, true).await?;
    progress("units", units.written, n_units);
    let paths: Vec<UnitPath> = tree.units.iter().filter_map(|u| UnitPath::parse(&u.path)).collect();
    crate::units::insert_ancestors(ld.tx().await?, &paths).await?;
    drop(paths);
    ld.commit().await?;

    // 2. People: every unit has a head; the rest are spread by unit size.
    let mut rng = Rng::fork(seed, 2);
    let rest = shape.people.saturating_sub(n_units) as f64;
    let wsum: f64 = tree.units.iter().map(|u| f64::from(u.weight)).sum();
    let mut next_person = 1i64;
    for u in &mut tree.units {
        let e = rest * f64::from(u.weight) / wsum;
        let n = 1 + e.floor() as u32 + u32::from(rng.chance(e.fract()));
        u.first_person = next_person;
        u.n_people = n;
        next_person += i64::from(n);
    }
    let n_people = (next_person - 1) as u64;
    let mut people = Batch::new("people", PEOPLE_COLS);
    for u in &tree.units {
        for k in 0..u.n_people {
            let name = person_name(&mut rng);
            let given = name.rsplit(' ').next().unwrap_or(&name);
            let sort_key = vntext::collation_key(&format!("{given} {name}"));
            let (position, category, party_member) = person_role(&mut rng, u.kind, u.head_title, k);
            people.push([
                Val::I64(u.first_person + i64::from(k)),
                Val::I64(u.tenant),
                Val::I64(u.id),
                Val::Text(u.path.clone()),
                Val::Text(name.clone()),
                Val::Text(vntext::fold(&name)),
                Val::Bytes(sort_key),
                Val::OptText(position),
                Val::Str(category),
                Val::Bool(party_member),
                Val::Bool(k == 0),
                Val::Now,
                Val::Now,
            ]);
            if people.full() {
                ld.flush(&mut people, false).await?;
                ld.maybe_commit().await?;
                progress("people", people.written, n_people);
            }
        }
    }
    ld.flush(&mut people, true).await?;
    progress("people", people.written, n_people);
    ld.commit().await?;

    // 3. Plans, the links between them, and each top unit's theme of the year.
    let mut rng = Rng::fork(seed, 3);
    let plans = plans::make_plans(&tree, &mut rng, shape.tasks, year, today, 1);
    let n_docs = plans.len() as u64;
    let mut docs = Batch::new("documents", DOC_COLS);
    let mut links = Batch::new("document_links", LINK_COLS);
    let mut themes = Batch::new("themes", THEME_COLS);
    let mut theme_plans = Batch::new("theme_plans", THEME_PLAN_COLS);
    for p in &plans {
        let issuer = &tree.units[p.issuer];
        let parts = parse_symbol(&p.symbol)?;
        let compact: String = parts.symbol.chars().filter(|c| c.is_alphanumeric()).collect();
        let fold = domain::text::search_key(&[DocKind::Plan.label_vi(), &parts.symbol, &compact, &p.title]);
        docs.push([
            Val::I64(p.id),
            Val::I64(issuer.tenant),
            Val::Str(DocKind::Plan.as_str()),
            Val::Text(parts.symbol),
            Val::Text(p.symbol.clone()),
            Val::Text(parts.number),
            Val::OptI32(parts.year),
            Val::OptText(parts.doc_type),
            Val::Text(parts.issuer_code),
            Val::Str(parts.form.as_str()),
            Val::Text(p.title.clone()),
            Val::Text(fold),
            Val::I64(issuer.id),
            Val::Text(issuer.path.clone()),
            Val::Date(p.issued),
            Val::I32(p.issued.year()),
            Val::OptDate(None),
            Val::OptDate(None),
            Val::Now,
            Val::Now,
        ]);
        if docs.full() {
            ld.flush(&mut docs, false).await?;
            ld.maybe_commit().await?;
            progress("documents", docs.written, n_docs);
        }
    }
    ld.flush(&mut docs, true).await?;
    progress("documents", docs.written, n_docs);
    let mut link_id = 0i64;
    for p in &plans {
        if let Some(to) = p.implements {
            link_id += 1;
            links.push([
                Val::I64(link_id),
                Val::I64(tree.units[p.issuer].tenant),
                Val::I64(p.id),
                Val::I64(to),
                Val::Str("implements"),
                Val::Now,
            ]);
        }
        if links.full() {
            ld.flush(&mut links, false).await?;
        }
    }
    ld.flush(&mut links, true).await?;
    for (i, prov) in tree.provinces.iter().enumerate() {
        let root = &tree.units[prov.root];
        let theme_id = i as i64 + 1;
        themes.push([
            Val::I64(theme_id),
            Val::I64(root.tenant),
            Val::I64(root.id),
            Val::I32(year),
            Val::Text(format!(
                "Năm {year}: Năm đẩy mạnh chuyển đổi số, nâng cao hiệu lực, hiệu quả hoạt động của bộ máy sau sắp xếp"
            )),
            Val::Now,
            Val::Now,
        ]);
    }
    ld.flush(&mut themes, true).await?;
    for p in plans.iter().filter(|p| p.commune.is_none() && p.party) {
        theme_plans.push([
            Val::I64(p.province as i64 + 1),
            Val::I64(p.id),
            Val::I64(tree.units[p.issuer].tenant),
        ]);
        if theme_plans.full() {
            ld.flush(&mut theme_plans, false).await?;
        }
    }
    ld.flush(&mut theme_plans, true).await?;
    ld.commit().await?;

    // 4. Tasks with their cooperating units and history.
    let mut rng = Rng::fork(seed, 4);
    let mut tasks = Batch::new("tasks", TASK_COLS);
    let mut coops = Batch::new("task_cooperators", COOP_COLS);
    let mut reports = Batch::new("progress_reports", REPORT_COLS);
    let mut extensions = Batch::new("extension_requests", EXT_COLS);
    let mut explanations = Batch::new("explanation_requests", EXPL_COLS);
    let mut ids = Ids {
        report: 0,
        extension: 0,
        explanation: 0,
    };
    let mut task_id = 0i64;
    let n_tasks = shape.tasks;
    for p in &plans {
        let prov = &tree.provinces[p.province];
        let issuer_head = tree.units[p.issuer].first_person;
        let pool: Vec<usize> = match p.commune {
            Some(ci) => prov.communes[ci].members.clone(),
            None => prov.members.clone(),
        };
        let mut section = 0usize;
        let mut in_section = 0;
        let mut section_len = 0;
        for _ in 0..p.ntasks {
            task_id += 1;
            if in_section >= section_len {
                section += 1;
                in_section = 0;
                section_len = rng.range(3, 12);
            }
            in_section += 1;
            let code = format!("{}.{in_section}", words::ROMAN.get(section - 1).copied().unwrap_or("X"));
            let lead = match p.commune {
                Some(ci) => {
                    let c = &prov.communes[ci];
                    let r = rng.f64();
                    if r < 0.25 {
                        c.du
                    } else if r < 0.55 {
                        c.ubnd
                    } else {
                        *rng.pick(&pool)
                    }
                }
                None => {
                    if rng.chance(0.6) || prov.communes.is_empty() {
                        *rng.pick(&pool)
                    } else {
                        let c = rng.pick(&prov.communes);
                        if rng.chance(0.5) { c.du } else { c.ubnd }
                    }
                }
            };
            let lu = &tree.units[lead];
            let responsible = if lu.n_people <= 1 || rng.chance(0.4) {
                lu.first_person
            } else {
                lu.first_person + rng.below(u64::from(lu.n_people)) as i64
            };
            let mut title = format!("{} {}", rng.pick(words::TASK_VERBS), rng.pick(words::TASK_OBJECTS));
            match rng.below(10) {
                0..=2 => {
                    title.push_str(" trên địa bàn ");
                    title.push_str(&lower_area(
                        &tree.units[match p.commune {
                            Some(ci) => prov.communes[ci].unit,
                            None => prov.root,
                        }]
                        .name,
                    ));
                }
                3..=4 => title.push_str(&format!(" năm {year}")),
                _ => {}
            }
            let fold = domain::text::search_key(&[&code, &title]);
            let dl = deadline(&mut rng, p.issued, year);
            let who = Actors {
                responsible,
                issuer_head,
            };
            let mut hist = HistoryBatches {
                reports: &mut reports,
                extensions: &mut extensions,
                explanations: &mut explanations,
            };
            let st = task_state(
                &mut rng, task_id, lu.tenant, p.issued, &dl, today, &who, &mut ids, &mut hist,
            );
            let is_key = rng.chance(0.1);
            tasks.push([
                Val::I64(task_id),
                Val::I64(lu.tenant),
                Val::I64(p.id),
                Val::OptText(Some(code)),
                Val::Text(title),
                Val::Text(fold),
                Val::Bool(is_key),
                Val::I64(lu.id),
                Val::Text(lu.path.clone()),
                Val::OptI64(Some(responsible)),
                Val::OptText(Some(dl.text)),
                Val::OptDate(st.facts.due_on),
                Val::OptDate(st.original_due),
                Val::OptStr(dl.recurrence.map(|r| r.as_str())),
                Val::OptStr(Some(*rng.pick(words::EXPECTED_OUTPUTS))),
                Val::I32(st.facts.progress),
                Val::OptDate(st.facts.completed_on),
                Val::OptDate(st.cancelled_on),
                Val::OptStr(st.cancel_reason),
                Val::Bool(st.facts.extension_pending),
                Val::I32(st.facts.phase().code()),
                Val::Now,
                Val::Now,
            ]);
            // 0–2 cooperating units, distinct from the lead.
            let n_coop = *rng.weighted(&[(0usize, 50), (1, 35), (2, 15)]);
            let mut chosen: Vec<usize> = Vec::with_capacity(2);
            for _ in 0..n_coop {
                let u = *rng.pick(&pool);
                if u != lead && !chosen.contains(&u) {
                    chosen.push(u);
                    coops.push([Val::I64(task_id), Val::I64(tree.units[u].id), Val::I64(lu.tenant)]);
                }
            }
            if tasks.full() || reports.full() {
                for b in [&mut tasks, &mut coops, &mut reports, &mut extensions, &mut explanations] {
                    ld.flush(b, true).await?;
                }
                ld.maybe_commit().await?;
                progress("tasks", tasks.written, n_tasks);
            }
        }
    }
    for b in [&mut tasks, &mut coops, &mut reports, &mut extensions, &mut explanations] {
        ld.flush(b, true).await?;
    }
    progress("tasks", tasks.written, n_tasks);
    ld.commit().await?;
    drop(plans);

    // 5. Targets of the year for each top unit and commune, with actuals measured so far.
    let mut rng = Rng::fork(seed, 5);
    let mut targets = Batch::new("targets", TARGET_COLS);
    let mut actuals = Batch::new("target_actuals", ACTUAL_COLS);
    let period = Period::year(year);
    let (p_start, p_end) = period.bounds();
    let period_code = period.to_string();
    // The latest month end measured: the last one before today (within the year).
    let measured = if today > p_end {
        Some(p_end)
    } else if today.month() > 1 {
        Some(last_of_month(year, today.month() - 1))
    } else {
        None
    };
    let target_units: Vec<(usize, bool)> = tree
        .provinces
        .iter()
        .flat_map(|p| std::iter::once((p.root, true)).chain(p.communes.iter().map(|c| (c.unit, false))))
        .collect();
    let n_targets = target_units.len() as u64 * u64::from(shape.targets_per_unit.min(words::INDICATORS.len() as u32));
    let mut target_id = 0i64;
    let mut actual_id = 0i64;
    for (ui, top) in target_units {
        let u = &tree.units[ui];
        let mut picks = rng.sample(words::INDICATORS.len(), shape.targets_per_unit as usize);
        picks.sort();
        for k in picks {
            let ind = &words::INDICATORS[k];
            let scale = if top { ind.province_factor } else { 1.0 };
            let round = |v: f64| {
                let m = 10f64.powi(ind.decimals);
                (v * m).round() / m
            };
            let planned = round(rng.uniform(ind.lo, ind.hi) * scale);
            let direction = if ind.higher {
                Direction::Higher
            } else {
                Direction::Lower
            };
            let actual = match measured {
                Some(_) if rng.chance(0.85) => {
                    let r = rng.f64();
                    let factor = if r < 0.25 {
                        1.0
                    } else if r < 0.75 {
                        rng.uniform(1.0, 1.2)
                    } else {
                        rng.uniform(0.85, 1.0)
                    };
                    let v = if ind.higher {
                        planned * factor
                    } else {
                        planned / factor.max(0.01)
                    };
                    let v = round(v);
                    Some(if ind.uom == "%" { v.min(100.0) } else { v })
                }
                _ => None,
            };
            let out = outcome(direction, planned, actual);
            target_id += 1;
            targets.push([
                Val::I64(target_id),
                Val::I64(u.tenant),
                Val::I64(u.id),
                Val::Text(u.path.clone()),
                Val::Text(period_code.clone()),
                Val::Date(p_start),
                Val::Date(p_end),
                Val::Str(ind.name),
                Val::Text(vntext::fold(ind.name)),
                Val::Str(ind.uom),
                Val::Str(direction.as_str()),
                Val::F64(planned),
                Val::OptF64(actual),
                Val::OptDate(actual.and(measured)),
                Val::Str(out.as_str()),
                Val::Now,
                Val::Now,
            ]);
            if let (Some(v), Some(on)) = (actual, measured) {
                let n = rng.range(1, 3);
                for i in 0..n {
                    let months_back = (n - 1 - i) as u32 * 3;
                    let m = on.month().saturating_sub(months_back).max(1);
                    let day = last_of_month(on.year(), m).min(on);
                    let value = if i == n - 1 {
                        v
                    } else {
                        round(v * rng.uniform(0.5, 0.95))
                    };
                    actual_id += 1;
                    actuals.push([
                        Val::I64(actual_id),
                        Val::I64(u.tenant),
                        Val::I64(target_id),
                        Val::Date(day),
                        Val::F64(value),
                        Val::OptText(Some(format!(
                            "Số liệu ước thực hiện đến hết tháng {}/{}",
                            day.month(),
                            day.year()
                        ))),
                        Val::Now,
                    ]);
                }
            }
        }
        if targets.full() {
            ld.flush(&mut targets, true).await?;
            ld.flush(&mut actuals, true).await?;
            ld.maybe_commit().await?;
            progress("targets", targets.written, n_targets);
        }
    }
    ld.flush(&mut targets, true).await?;
    ld.flush(&mut actuals, true).await?;
    progress("targets", targets.written, n_targets);
    ld.commit().await?;

    // 6. Roll-up, sequences, statistics.
    progress("rollup", 0, 1);
    {
        let tx = ld.tx().await?;
        crate::rollup::rebuild(tx).await?;
    }
    ld.commit().await?;
    progress("rollup", 1, 1);
    if db.backend() == Backend::Postgres {
        let tx = ld.tx().await?;
        for t in ID_TABLES {
            let sql = format!("SELECT setval(pg_get_serial_sequence('{t}', 'id'), (SELECT MAX(id) FROM {t}))");
            on_tx!(tx, c => sqlx::query(sqlx::AssertSqlSafe(sql.as_str())).execute(&mut *c).await?.rows_affected());
        }
        ld.commit().await?;
    }
    progress("analyze", 0, 1);
    if let Db::Postgres(pool) = db {
        // The rebuild writes task_rollup in hash order, scattering each ancestor's rows over
        // the table; store them in key order so a roll-up reads a few contiguous pages, and
        // set the visibility map so that covering indexes are read without the heap.
        sqlx::query("CLUSTER task_rollup USING task_rollup_pkey")
            .execute(pool)
            .await?;
        sqlx::query("VACUUM").execute(pool).await?;
    }
    db.analyze().await?;
    if let Db::Sqlite { write, .. } = db {
        sqlx::query("PRAGMA wal_checkpoint(TRUNCATE)").execute(write).await?;
    }
    progress("analyze", 1, 1);

    Ok(GenStats {
        units: units.written,
        people: people.written,
        documents: docs.written,
        tasks: tasks.written,
        progress_reports: reports.written,
        targets: targets.written,
    })
}

/// "Phường Hòa Bình" → "phường Hòa Bình" inside a sentence.
fn lower_area(name: &str) -> String {
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
fn person_role(rng: &mut Rng, kind: UnitKind, head: &'static str, k: u32) -> (Option<String>, &'static str, bool) {
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::Tx;
    use domain::status::Clock;
    use plans::add_days;

    fn today() -> NaiveDate {
        NaiveDate::from_ymd_opt(2025, 9, 15).unwrap()
    }

    async fn count(tx: &mut Tx, sql: &str) -> i64 {
        on_tx!(tx, c => sqlx::query_scalar::<_, i64>(sqlx::AssertSqlSafe(sql)).fetch_one(&mut *c).await.unwrap())
    }

    /// Generates the tiny data set into `db` and checks it.
    async fn check(db: &Db) {
        db.migrate().await.unwrap();
        let stats = generate(db, Scale::parse("tiny").unwrap(), 7, today(), &|_, _, _| {})
            .await
            .unwrap();
        assert_eq!(stats.tasks, Shape::tiny().tasks);
        assert!(
            stats.units > 50 && stats.people >= stats.units && stats.documents > 0,
            "{stats:?}"
        );
        assert!(stats.progress_reports > stats.tasks / 3, "{stats:?}");
        assert_eq!(stats.targets, 5 * 16);

        let mut tx = db.read().await.unwrap();
        for (table, n) in [
            ("units", stats.units),
            ("people", stats.people),
            ("documents", stats.documents),
            ("tasks", stats.tasks),
            ("progress_reports", stats.progress_reports),
            ("targets", stats.targets),
        ] {
            assert_eq!(
                count(&mut tx, &format!("SELECT COUNT(*) FROM {table}")).await as u64,
                n,
                "{table}"
            );
        }
        // Every task sits at its lead unit's path and in its tenant.
        assert_eq!(
            count(
                &mut tx,
                "SELECT COUNT(*) FROM tasks t JOIN units u ON u.id = t.lead_unit_id
                                   WHERE t.unit_path <> u.path OR t.tenant_id <> u.tenant_id"
            )
            .await,
            0
        );
        // Responsible people belong to the lead unit; people sit at their unit's path.
        assert_eq!(
            count(
                &mut tx,
                "SELECT COUNT(*) FROM tasks t JOIN people p ON p.id = t.responsible_id
                                   WHERE p.unit_id <> t.lead_unit_id"
            )
            .await,
            0
        );
        assert_eq!(
            count(
                &mut tx,
                "SELECT COUNT(*) FROM people p JOIN units u ON u.id = p.unit_id WHERE p.unit_path <> u.path"
            )
            .await,
            0
        );
        // History stays within the plan's life and today.
        let day = today().to_string();
        assert_eq!(
            count(
                &mut tx,
                &format!("SELECT COUNT(*) FROM tasks WHERE completed_on > '{day}' OR cancelled_on > '{day}'")
            )
            .await,
            0
        );
        assert_eq!(
            count(
                &mut tx,
                &format!("SELECT COUNT(*) FROM progress_reports WHERE reported_on > '{day}'")
            )
            .await,
            0
        );
        assert_eq!(
            count(
                &mut tx,
                "SELECT COUNT(*) FROM tasks t JOIN documents d ON d.id = t.plan_id
                                   WHERE t.original_due_on < d.issued_on OR t.completed_on < d.issued_on"
            )
            .await,
            0
        );
        assert_eq!(
            count(
                &mut tx,
                &format!("SELECT COUNT(*) FROM documents WHERE issued_on > '{day}'")
            )
            .await,
            0
        );
        // The progress of an open task is its latest report's percent.
        assert_eq!(count(&mut tx, "SELECT COUNT(*) FROM tasks t WHERE t.completed_on IS NULL AND t.progress > 0 AND t.progress <>
                                   (SELECT r.percent FROM progress_reports r WHERE r.task_id = t.id ORDER BY r.reported_on DESC, r.id DESC LIMIT 1)").await, 0);
        // Each phase is present.
        assert_eq!(count(&mut tx, "SELECT COUNT(DISTINCT phase) FROM tasks").await, 6);
        // One ancestor row per (unit, level).
        assert_eq!(
            count(&mut tx, "SELECT COUNT(*) FROM unit_ancestors").await,
            count(&mut tx, "SELECT SUM(depth) FROM units").await
        );

        let root: i64 = count(&mut tx, "SELECT MIN(id) FROM units WHERE parent_id IS NULL").await;
        let clock = Clock::new(today(), 7);
        let q = crate::rollup::RollupQuery {
            unit_id: root,
            from: None,
            to: None,
            clock,
            overdue_limit: 20,
        };
        let r = crate::rollup::rollup(&mut tx, &q).await.unwrap();
        assert_eq!(r.totals.total as u64, stats.tasks);
        assert_eq!(r.children.iter().map(|c| c.counts.total).sum::<i64>(), r.totals.total);
        assert_eq!(r.targets.total as u64, stats.targets);
        assert!(r.overdue_total > 0 && !r.overdue.is_empty());

        // A ward counts only the tasks led by units below it (found through parent links,
        // not paths).
        let ward: i64 = count(&mut tx, "SELECT MIN(id) FROM units WHERE kind IN ('ward', 'commune')").await;
        let below = count(&mut tx, &format!(
            "WITH RECURSIVE sub(id) AS (SELECT CAST({ward} AS BIGINT) UNION ALL SELECT u.id FROM units u JOIN sub ON u.parent_id = sub.id)
             SELECT COUNT(*) FROM tasks WHERE lead_unit_id IN (SELECT id FROM sub)")).await;
        let r = crate::rollup::rollup(&mut tx, &crate::rollup::RollupQuery { unit_id: ward, ..q })
            .await
            .unwrap();
        assert!(below > 0);
        assert_eq!(r.totals.total, below);
        assert_eq!(r.targets.total, 16);
        drop(tx);

        // Later inserts get fresh ids (sequences moved past the loaded ids on PostgreSQL).
        let mut tx = db.write().await.unwrap();
        let input = domain::unit::UnitInput {
            parent_id: Some(ward),
            kind: UnitKind::PartyCell,
            name: "Chi bộ Tổ dân phố 99".into(),
            short_name: None,
        };
        let u = crate::units::create(&mut tx, &input.validate().unwrap()).await.unwrap();
        assert_eq!(u.id as u64, stats.units + 1);
        tx.commit().await.unwrap();

        // A second run refuses a database that already has data.
        assert!(
            generate(db, Scale::parse("tiny").unwrap(), 7, today(), &|_, _, _| {})
                .await
                .is_err()
        );
    }

    #[tokio::test]
    async fn tiny_on_sqlite() {
        let dir = std::env::temp_dir().join(format!(
            "dondoc-synth-{}-{}",
            std::process::id(),
            chrono::Utc::now().timestamp_nanos_opt().unwrap_or(0)
        ));
        std::fs::create_dir_all(&dir).unwrap();
        let path = dir.join("synth.db");
        let db = Db::connect(path.to_str().unwrap()).await.unwrap();
        check(&db).await;
        db.close().await;
        let _ = std::fs::remove_dir_all(&dir);
    }

    #[tokio::test]
    async fn tiny_on_postgres() {
        let Ok(url) = std::env::var("DONDOC_TEST_PG_URL") else {
            return;
        };
        let name = format!(
            "dondoc_synth_{}_{}",
            std::process::id(),
            chrono::Utc::now().timestamp_subsec_nanos()
        );
        let admin = sqlx::PgPool::connect(&url).await.unwrap();
        sqlx::query(sqlx::AssertSqlSafe(format!("CREATE DATABASE {name}")))
            .execute(&admin)
            .await
            .unwrap();
        let (base, _) = url.rsplit_once('/').unwrap();
        let db_url = format!("{base}/{name}");
        // Run the checks in their own task so that the database is dropped even when they fail.
        let outcome = tokio::spawn(async move {
            let db = Db::connect(&db_url).await.unwrap();
            check(&db).await;
            db.close().await;
        })
        .await;
        sqlx::query(sqlx::AssertSqlSafe(format!("DROP DATABASE {name} WITH (FORCE)")))
            .execute(&admin)
            .await
            .unwrap();
        if let Err(e) = outcome {
            std::panic::resume_unwind(e.into_panic());
        }
    }

    #[test]
    fn same_seed_same_plans() {
        let shape = Shape::tiny();
        let t1 = Tree::build(&shape, &mut Rng::fork(1, 1));
        let t2 = Tree::build(&shape, &mut Rng::fork(1, 1));
        let names = |t: &Tree| t.units.iter().map(|u| u.name.clone()).collect::<Vec<_>>();
        assert_eq!(names(&t1), names(&t2));
        let p1 = plans::make_plans(&t1, &mut Rng::fork(1, 3), 5000, 2025, today(), 1);
        let p2 = plans::make_plans(&t2, &mut Rng::fork(1, 3), 5000, 2025, today(), 1);
        assert_eq!(
            p1.iter().map(|p| p.symbol.clone()).collect::<Vec<_>>(),
            p2.iter().map(|p| p.symbol.clone()).collect::<Vec<_>>()
        );
        assert_eq!(p1.iter().map(|p| u64::from(p.ntasks)).sum::<u64>(), 5000);
    }

    #[test]
    fn symbols_parse_and_are_unique_per_issuer_and_year() {
        for scale in [Scale::District, Scale::Custom(Shape::tiny())] {
            let shape = scale.shape();
            let tree = Tree::build(&shape, &mut Rng::fork(3, 1));
            let plans = plans::make_plans(&tree, &mut Rng::fork(3, 3), 20_000, 2025, today(), 1);
            let mut seen = std::collections::HashSet::new();
            for p in &plans {
                let parts = parse_symbol(&p.symbol).unwrap_or_else(|e| panic!("{}: {e:?}", p.symbol));
                assert_eq!(parts.symbol, p.symbol);
                assert_eq!(parts.doc_type.as_deref(), Some("KH"));
                assert!(seen.insert((p.issuer, parts.symbol, p.issued.year())), "{}", p.symbol);
                assert!(p.issued <= today());
            }
        }
    }

    #[test]
    fn deadline_texts_read_back_as_their_due_dates() {
        let mut rng = Rng::new(11);
        for i in 0..5000 {
            let issued = add_days(NaiveDate::from_ymd_opt(2024, 12, 1).unwrap(), i % 400);
            let d = deadline(&mut rng, issued, 2025);
            let parsed = vntext::parse_deadline(&d.text, Some(issued)).unwrap_or_else(|e| panic!("{}: {e:?}", d.text));
            assert_eq!(parsed.due(), d.due, "{}", d.text);
            assert_eq!(
                parsed.recurrence().map(domain::task::Recurrence::from),
                d.recurrence,
                "{}",
                d.text
            );
            if let Some(due) = d.due {
                assert!(due >= add_days(issued, 10), "{} issued {issued}", d.text);
            }
        }
    }

    #[test]
    fn scales_parse() {
        assert_eq!(Scale::parse("city"), Some(Scale::City));
        assert_eq!(Scale::parse("Nation"), Some(Scale::Nation));
        assert_eq!(Scale::parse("nation:5_000_000").unwrap().shape().tasks, 5_000_000);
        assert_eq!(Scale::parse("nation:5000000").unwrap().shape().provinces, 34);
        assert_eq!(Scale::parse("moon"), None);
        assert_eq!(Scale::parse("city:many"), None);
        let city = Tree::build(&Scale::City.shape(), &mut Rng::fork(1, 1));
        assert!((4_500..5_500).contains(&city.units.len()), "{}", city.units.len());
        let district = Tree::build(&Scale::District.shape(), &mut Rng::fork(1, 1));
        assert!((120..180).contains(&district.units.len()), "{}", district.units.len());
        assert_eq!(words::PROVINCES.len(), 34);
    }
}
