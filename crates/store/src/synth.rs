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

mod columns;
mod load;
mod plans;
mod rng;
mod targets;
mod tree;
mod words;

use columns::*;

use chrono::{Datelike, NaiveDate};
use domain::document::{DocKind, parse_symbol};

use domain::unit::UnitPath;

use crate::db::{Backend, Db};
use crate::{StoreError, on_tx};
use load::{Batch, Loader, Val};
use plans::{Actors, HistoryBatches, Ids, deadline, task_state};
use rng::Rng;
use tree::{Tree, lower_area, person_name, person_role};

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
    let targets_written = targets::load(&mut ld, &tree, &shape, seed, today, progress).await?;

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
        targets: targets_written,
    })
}

#[cfg(test)]
mod tests;
