//! Plans (documents) and the tasks they carry, with a believable history relative to today.

use chrono::{Datelike, Days, NaiveDate};
use domain::status::TaskFacts;
use domain::task::Recurrence;

use super::load::Val;
use super::rng::Rng;
use super::tree::Tree;
use super::words;

/// A plan (kế hoạch) issued by a Party committee or a People's Committee.
pub(crate) struct Plan {
    pub id: i64,
    pub province: usize,
    /// Index of the commune in its province; none for provincial plans.
    pub commune: Option<usize>,
    pub issuer: usize,
    pub party: bool,
    pub issued: NaiveDate,
    pub ntasks: u32,
    pub topic: &'static str,
    pub implements: Option<i64>,
    pub number: u32,
    pub symbol: String,
    pub title: String,
}

pub(crate) fn add_days(d: NaiveDate, n: i64) -> NaiveDate {
    if n >= 0 {
        d.checked_add_days(Days::new(n as u64)).unwrap_or(d)
    } else {
        d.checked_sub_days(Days::new((-n) as u64)).unwrap_or(d)
    }
}

pub(crate) fn days_between(a: NaiveDate, b: NaiveDate) -> i64 {
    (b - a).num_days()
}

fn rand_date(rng: &mut Rng, lo: NaiveDate, hi: NaiveDate) -> NaiveDate {
    if hi <= lo {
        return lo;
    }
    add_days(lo, rng.range(0, days_between(lo, hi)))
}

pub(crate) fn last_of_month(y: i32, m: u32) -> NaiveDate {
    domain::period::last_of_month(y, m)
}

fn ymd(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap_or(NaiveDate::MIN)
}

/// Splits `total` into plan sizes between `lo` and `hi` (the last may differ).
fn sizes(rng: &mut Rng, mut total: u64, lo: u64, hi: u64) -> Vec<u32> {
    let mut out = Vec::new();
    while total > 0 {
        let mut s = rng.range(lo as i64, hi as i64) as u64;
        if s >= total || total - s < lo / 2 {
            s = total;
        }
        out.push(s as u32);
        total -= s;
    }
    out
}

/// The plans of every province, numbered per issuer in issue order.
pub(crate) fn make_plans(
    tree: &Tree,
    rng: &mut Rng,
    tasks: u64,
    year: i32,
    today: NaiveDate,
    first_id: i64,
) -> Vec<Plan> {
    const PROVINCE_SHARE: f64 = 0.1;
    let np = tree.provinces.len().max(1) as u64;
    let province_tasks = (tasks as f64 * PROVINCE_SHARE).round() as u64;
    let commune_tasks = tasks - province_tasks;
    // Commune quotas: uneven, summing exactly to commune_tasks.
    let weights: Vec<Vec<f64>> = tree
        .provinces
        .iter()
        .map(|p| p.communes.iter().map(|_| rng.uniform(0.6, 1.4)).collect())
        .collect();
    let wsum: f64 = weights.iter().flatten().sum();
    let mut quotas: Vec<Vec<u64>> = Vec::new();
    let mut acc = 0.0;
    let mut given = 0u64;
    for ws in &weights {
        let mut q = Vec::new();
        for w in ws {
            acc += w;
            let upto = if wsum > 0.0 {
                (commune_tasks as f64 * acc / wsum).round() as u64
            } else {
                0
            };
            q.push(upto - given);
            given = upto;
        }
        quotas.push(q);
    }
    let leftover = commune_tasks - given; // only when there is no commune at all
    let start = ymd(year - 1, 12, 1);
    let end = today.min(ymd(year, 10, 31)).max(start);
    let mut plans = Vec::new();
    let mut id = first_id;
    for (pi, prov) in tree.provinces.iter().enumerate() {
        let mut quota = province_tasks / np + if (pi as u64) < province_tasks % np { 1 } else { 0 };
        if pi == 0 {
            quota += leftover;
        }
        let first_prov_plan = plans.len();
        for n in sizes(rng, quota, 20, 60) {
            let party = rng.chance(0.55);
            // Most plans come early in the year.
            let f = rng.f64().min(rng.f64());
            let issued = add_days(start, (f * days_between(start, end) as f64) as i64);
            plans.push(Plan {
                id,
                province: pi,
                commune: None,
                issuer: if party { prov.party } else { prov.ubnd },
                party,
                issued,
                ntasks: n,
                topic: rng.pick::<&str>(words::PLAN_TOPICS),
                implements: None,
                number: 0,
                symbol: String::new(),
                title: String::new(),
            });
            id += 1;
        }
        let prov_plans: Vec<(i64, NaiveDate, bool)> = plans[first_prov_plan..]
            .iter()
            .map(|p| (p.id, p.issued, p.party))
            .collect();
        // State plans often implement an earlier Party plan of the same province.
        for plan in plans.iter_mut().skip(first_prov_plan) {
            if !plan.party && rng.chance(0.6) {
                let issued = plan.issued;
                let earlier: Vec<&(i64, NaiveDate, bool)> = prov_plans
                    .iter()
                    .filter(|(_, d, party)| *party && *d < issued)
                    .collect();
                if !earlier.is_empty() {
                    plan.implements = Some(rng.pick(&earlier).0);
                }
            }
        }
        for (ci, c) in prov.communes.iter().enumerate() {
            for n in sizes(rng, quotas[pi][ci], 20, 100) {
                let party = rng.chance(0.6);
                let (implements, issued, topic) = if prov_plans.is_empty() {
                    (None, rand_date(rng, start, end), *rng.pick::<&str>(words::PLAN_TOPICS))
                } else {
                    let k = rng.below(prov_plans.len() as u64) as usize;
                    let (pid, pdate, _) = prov_plans[k];
                    let issued = add_days(pdate, rng.range(3, 30)).min(today).max(pdate);
                    (Some(pid), issued, plans[first_prov_plan + k].topic)
                };
                plans.push(Plan {
                    id,
                    province: pi,
                    commune: Some(ci),
                    issuer: if party { c.du } else { c.ubnd },
                    party,
                    issued,
                    ntasks: n,
                    topic,
                    implements,
                    number: 0,
                    symbol: String::new(),
                    title: String::new(),
                });
                id += 1;
            }
        }
    }
    number_plans(tree, rng, &mut plans, year);
    plans
}

/// Numbers each issuer's plans in issue order and writes symbols and titles. Party
/// numbering runs per term, so it starts wherever the term has got to; State numbering
/// restarts each year.
fn number_plans(tree: &Tree, rng: &mut Rng, plans: &mut [Plan], year: i32) {
    let mut order: Vec<usize> = (0..plans.len()).collect();
    order.sort_by_key(|&i| (plans[i].issuer, plans[i].issued.year(), plans[i].issued, plans[i].id));
    let mut last: Option<(usize, i32)> = None;
    let mut next = 1;
    for i in order {
        let key = (plans[i].issuer, plans[i].issued.year());
        if last != Some(key) {
            next = if plans[i].party { rng.range(1, 150) as u32 } else { 1 };
            last = Some(key);
        }
        plans[i].number = next;
        next += 1;
    }
    let by_id: std::collections::HashMap<i64, usize> = plans.iter().enumerate().map(|(i, p)| (p.id, i)).collect();
    for i in 0..plans.len() {
        let p = &plans[i];
        let code = match p.commune {
            None => tree.provinces[p.province].party_code,
            Some(_) => "ĐU",
        };
        let symbol = if p.party {
            format!("{}-KH/{code}", p.number)
        } else {
            format!("{}/KH-UBND", p.number)
        };
        let title = match p.implements.and_then(|id| by_id.get(&id)) {
            Some(&j) => format!(
                "Kế hoạch thực hiện Kế hoạch số {} của {} về {}",
                plans[j].symbol_or_pending(tree),
                tree.units[plans[j].issuer].name,
                p.topic
            ),
            None => format!("Kế hoạch {} năm {year}", p.topic),
        };
        plans[i].symbol = symbol;
        plans[i].title = title;
    }
}

impl Plan {
    /// The symbol, computable before `symbol` is filled in.
    fn symbol_or_pending(&self, tree: &Tree) -> String {
        if !self.symbol.is_empty() {
            return self.symbol.clone();
        }
        let code = match self.commune {
            None => tree.provinces[self.province].party_code,
            Some(_) => "ĐU",
        };
        if self.party {
            format!("{}-KH/{code}", self.number)
        } else {
            format!("{}/KH-UBND", self.number)
        }
    }
}

/// A deadline as written in a plan and what it means.
pub(crate) struct Deadline {
    pub text: String,
    pub due: Option<NaiveDate>,
    pub recurrence: Option<Recurrence>,
}

/// A deadline for a task of a plan issued on `issued`, at least ten days later; month and
/// quarter ends mostly.
pub(crate) fn deadline(rng: &mut Rng, issued: NaiveDate, year: i32) -> Deadline {
    let r = rng.f64();
    if r < 0.08 {
        let rec = *rng.weighted(&[
            (Recurrence::Monthly, 30),
            (Recurrence::Quarterly, 25),
            (Recurrence::Semiannual, 10),
            (Recurrence::Yearly, 10),
            (Recurrence::Ongoing, 25),
        ]);
        return Deadline {
            text: rec.label_vi().to_string(),
            due: None,
            recurrence: Some(rec),
        };
    }
    let earliest = add_days(issued, 10);
    let (y, m_min) = if earliest.year() < year {
        (year, 1)
    } else if earliest.year() > year {
        (earliest.year(), earliest.month())
    } else {
        (year, earliest.month())
    };
    let (text, due) = if r < 0.43 {
        let m = rng.range(i64::from(m_min), 12) as u32;
        let text = if rng.chance(0.5) {
            format!("Tháng {m}/{y}")
        } else {
            format!("Trong tháng {m}/{y}")
        };
        (text, last_of_month(y, m))
    } else if r < 0.73 {
        let q = rng.range(i64::from((m_min - 1) / 3 + 1), 4) as u32;
        (
            format!("Quý {}/{y}", words::ROMAN[q as usize - 1]),
            last_of_month(y, q * 3),
        )
    } else if r < 0.83 {
        if m_min <= 6 && rng.chance(0.5) {
            (format!("6 tháng đầu năm {y}"), ymd(y, 6, 30))
        } else {
            (format!("Năm {y}"), ymd(y, 12, 31))
        }
    } else {
        let m = rng.range(i64::from(m_min), 12) as u32;
        let d = *rng.pick(&[5u32, 10, 15, 20, 25]);
        let mut date = ymd(y, m, d);
        if date < earliest {
            date = if m < 12 { ymd(y, m + 1, d) } else { ymd(y, 12, 31) };
        }
        (
            format!("Trước ngày {}/{}/{}", date.day(), date.month(), date.year()),
            date,
        )
    };
    Deadline {
        text,
        due: Some(due),
        recurrence: None,
    }
}

/// Who works on a task, for the rows that name a person.
pub(crate) struct Actors {
    pub responsible: i64,
    /// Head of the issuing unit (decides extensions, asks for explanations).
    pub issuer_head: i64,
}

/// The state of one task and the history rows that led there.
pub(crate) struct TaskState {
    pub facts: TaskFacts,
    pub original_due: Option<NaiveDate>,
    pub cancelled_on: Option<NaiveDate>,
    pub cancel_reason: Option<&'static str>,
}

/// Counts of history rows, to build ids.
pub(crate) struct Ids {
    pub report: i64,
    pub extension: i64,
    pub explanation: i64,
}

pub(crate) struct HistoryBatches<'a> {
    pub reports: &'a mut super::load::Batch,
    pub extensions: &'a mut super::load::Batch,
    pub explanations: &'a mut super::load::Batch,
}

/// Decides what happened to a task up to `today` and writes its history rows.
#[allow(clippy::too_many_arguments)]
pub(crate) fn task_state(
    rng: &mut Rng,
    task_id: i64,
    tenant: i64,
    issued: NaiveDate,
    deadline: &Deadline,
    today: NaiveDate,
    who: &Actors,
    ids: &mut Ids,
    out: &mut HistoryBatches<'_>,
) -> TaskState {
    let mut facts = TaskFacts {
        cancelled: false,
        completed_on: None,
        due_on: deadline.due,
        extension_pending: false,
        progress: 0,
    };
    let mut original_due = deadline.due;
    let mut cancelled_on = None;
    let mut cancel_reason = None;
    let elapsed = days_between(issued, today).max(0);

    // An extension approved earlier: the plan's deadline was moved later.
    if let Some(due) = deadline.due
        && rng.chance(0.03)
    {
        let orig = add_days(due, -rng.range(15, 45));
        let requested = add_days(orig, -rng.range(0, 10));
        let decided = add_days(requested, rng.range(1, 7));
        if requested > add_days(issued, 5) && decided <= today {
            original_due = Some(orig);
            ids.extension += 1;
            out.extensions.push([
                Val::I64(ids.extension),
                Val::I64(tenant),
                Val::I64(task_id),
                Val::Date(requested),
                Val::OptI64(Some(who.responsible)),
                Val::OptDate(Some(orig)),
                Val::Date(due),
                Val::Str(rng.pick::<&str>(words::EXTENSION_REASONS)),
                Val::Str("approved"),
                Val::OptDate(Some(decided)),
                Val::OptI64(Some(who.issuer_head)),
                Val::OptStr(Some("Đồng ý gia hạn.")),
                Val::Now,
            ]);
        }
    }

    let mut pending_request = |rng: &mut Rng, ids: &mut Ids, due: NaiveDate| {
        let requested = rand_date(rng, add_days(due, -10).max(issued), add_days(due, 5).min(today));
        ids.extension += 1;
        out.extensions.push([
            Val::I64(ids.extension),
            Val::I64(tenant),
            Val::I64(task_id),
            Val::Date(requested),
            Val::OptI64(Some(who.responsible)),
            Val::OptDate(Some(due)),
            Val::Date(add_days(due, rng.range(20, 60))),
            Val::Str(rng.pick::<&str>(words::EXTENSION_REASONS)),
            Val::Str("pending"),
            Val::OptDate(None),
            Val::OptI64(None),
            Val::OptStr(None),
            Val::Now,
        ]);
    };

    if rng.chance(0.02) && elapsed > 0 {
        facts.cancelled = true;
        cancelled_on = Some(add_days(issued, rng.range(1, elapsed)));
        cancel_reason = Some(*rng.pick(words::CANCEL_REASONS));
        if rng.chance(0.3) {
            facts.progress = rng.range(10, 50) as i32;
        }
    } else {
        match deadline.due {
            None => {
                if elapsed > 20 && rng.chance(0.85) {
                    facts.progress = rng.range(10, 90) as i32;
                }
            }
            Some(due) if due < today => {
                let r = rng.f64();
                if r < 0.66 {
                    facts.completed_on = Some(rand_date(rng, add_days(due, -30).max(add_days(issued, 1)), due));
                } else if r < 0.82 {
                    facts.completed_on = Some(rand_date(rng, add_days(due, 1), add_days(due, 60).min(today)));
                } else if r < 0.85 {
                    facts.extension_pending = true;
                    facts.progress = rng.range(20, 80) as i32;
                    pending_request(rng, ids, due);
                } else {
                    facts.progress = if rng.chance(0.25) { 0 } else { rng.range(10, 90) as i32 };
                    if rng.chance(0.2) {
                        let asked = add_days(due, rng.range(3, 20));
                        if asked <= today {
                            let answered = add_days(asked, rng.range(1, 7));
                            let answered = (answered <= today && rng.chance(0.5)).then_some(answered);
                            ids.explanation += 1;
                            out.explanations.push([
                                Val::I64(ids.explanation),
                                Val::I64(tenant),
                                Val::I64(task_id),
                                Val::Date(asked),
                                Val::OptI64(Some(who.issuer_head)),
                                Val::Str("Đề nghị giải trình lý do chậm tiến độ và đề xuất giải pháp khắc phục."),
                                Val::OptDate(answered),
                                Val::OptI64(answered.map(|_| who.responsible)),
                                Val::OptStr(
                                    answered.map(|_| "Đơn vị đã khắc phục, dự kiến hoàn thành trong tháng tới."),
                                ),
                                Val::Now,
                            ]);
                        }
                    }
                }
            }
            Some(due) => {
                let span = days_between(issued, due).max(1) as f64;
                let frac = (elapsed as f64 / span).clamp(0.0, 1.0);
                let r = rng.f64();
                if r < 0.22 * frac && elapsed > 0 {
                    facts.completed_on = Some(rand_date(rng, add_days(today, -30).max(add_days(issued, 1)), today));
                } else if days_between(today, due) < 20 && r < 0.22 * frac + 0.04 && elapsed > 0 {
                    facts.extension_pending = true;
                    facts.progress = rng.range(20, 80) as i32;
                    pending_request(rng, ids, due);
                } else if elapsed > 0 && rng.chance(0.25 + 0.7 * frac) {
                    facts.progress = ((frac * 100.0) as i64 + rng.range(-20, 20)).clamp(5, 95) as i32;
                }
            }
        }
    }
    if facts.completed_on.is_some() {
        facts.progress = 100;
    }

    // Progress history: 1–3 reports ending at the current percent; a completion adds a
    // final 100% report on the completion day (as completing a task does).
    let last_day = facts.completed_on.or(cancelled_on).unwrap_or(today).min(today);
    let interim = if facts.completed_on.is_some() {
        rng.range(0, 2)
    } else if facts.progress > 0 {
        rng.range(1, 3)
    } else {
        0
    } as usize;
    if interim > 0 || facts.completed_on.is_some() {
        let hi = if facts.completed_on.is_some() {
            add_days(last_day, -1)
        } else {
            last_day
        };
        let lo = add_days(issued, 1).min(hi);
        let mut dates: Vec<NaiveDate> = (0..interim).map(|_| rand_date(rng, lo, hi.max(lo))).collect();
        dates.sort();
        let top = if facts.completed_on.is_some() {
            95
        } else {
            facts.progress
        };
        let mut pcts: Vec<i32> = (0..interim)
            .map(|_| rng.range(5, i64::from(top.max(6))) as i32)
            .collect();
        pcts.sort();
        if facts.completed_on.is_none()
            && let Some(l) = pcts.last_mut()
        {
            *l = facts.progress;
        }
        for (d, p) in dates.into_iter().zip(pcts) {
            ids.report += 1;
            out.reports.push([
                Val::I64(ids.report),
                Val::I64(tenant),
                Val::I64(task_id),
                Val::Date(d),
                Val::OptI64(Some(who.responsible)),
                Val::I32(p),
                Val::Str(rng.pick::<&str>(words::REPORT_BODIES)),
                Val::Str("[]"),
                Val::Now,
            ]);
        }
        if let Some(done) = facts.completed_on {
            ids.report += 1;
            out.reports.push([
                Val::I64(ids.report),
                Val::I64(tenant),
                Val::I64(task_id),
                Val::Date(done),
                Val::OptI64(Some(who.responsible)),
                Val::I32(100),
                Val::Str("Đã hoàn thành nhiệm vụ."),
                Val::Str("[]"),
                Val::Now,
            ]);
        }
    }
    TaskState {
        facts,
        original_due,
        cancelled_on,
        cancel_reason,
    }
}
