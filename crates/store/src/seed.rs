//! Loading a data set written as TOML (the demo, or an office's own import) by replaying it
//! through the same repository functions the API uses — so demo data obeys every rule and
//! its history (progress, extensions, explanations) is recorded as it would have been.

use std::collections::HashMap;

use chrono::NaiveDate;
use domain::document::{DocKind, DocumentInput, LinkInput, LinkKind, ThemeInput};
use domain::period::Period;
use domain::person::{PersonInput, StaffCategory};
use domain::status::Clock;
use domain::target::{Direction, TargetInput};
use domain::task::{
    CompleteInput, Decision, DecisionInput, ExtensionInput, MessageInput, ProgressInput, Recurrence, TaskInput,
};
use domain::unit::{UnitInput, UnitKind};
use serde::Deserialize;

use crate::db::{Db, Tx};
use crate::{StoreError, documents, people, targets, tasks, units, work};

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SeedSet {
    pub meta: Meta,
    #[serde(default)]
    pub units: Vec<SeedUnit>,
    #[serde(default)]
    pub people: Vec<SeedPerson>,
    #[serde(default)]
    pub documents: Vec<SeedDocument>,
    #[serde(default)]
    pub links: Vec<SeedLink>,
    #[serde(default)]
    pub themes: Vec<SeedTheme>,
    #[serde(default)]
    pub tasks: Vec<SeedTask>,
    #[serde(default)]
    pub targets: Vec<SeedTarget>,
}

#[derive(Debug, Deserialize)]
pub struct Meta {
    /// The data set's "today": statuses are shown as of this date unless configured otherwise.
    pub as_of: NaiveDate,
    pub title: String,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SeedUnit {
    pub key: String,
    pub parent: Option<String>,
    pub kind: UnitKind,
    pub name: String,
    pub short_name: Option<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SeedPerson {
    pub key: String,
    pub name: String,
    pub unit: String,
    pub position: Option<String>,
    pub category: StaffCategory,
    #[serde(default)]
    pub party_member: bool,
    #[serde(default)]
    pub head: bool,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SeedDocument {
    pub key: String,
    pub kind: Option<DocKind>,
    pub symbol: String,
    pub title: String,
    pub issuer: String,
    pub issued_on: NaiveDate,
    pub valid_from: Option<NaiveDate>,
    pub valid_to: Option<NaiveDate>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SeedLink {
    pub from: String,
    pub to: String,
    pub kind: LinkKind,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SeedTheme {
    pub unit: String,
    pub year: i32,
    pub title: String,
    #[serde(default)]
    pub plans: Vec<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SeedTask {
    pub key: Option<String>,
    pub plan: String,
    pub parent: Option<String>,
    pub code: Option<String>,
    pub title: String,
    pub details: Option<String>,
    #[serde(default)]
    pub key_task: bool,
    pub lead: String,
    #[serde(default)]
    pub support: Vec<String>,
    pub responsible: Option<String>,
    pub deadline_text: Option<String>,
    pub due_on: Option<NaiveDate>,
    pub recurrence: Option<Recurrence>,
    pub output: Option<String>,
    pub completed_on: Option<NaiveDate>,
    pub cancelled_on: Option<NaiveDate>,
    pub cancel_reason: Option<String>,
    #[serde(default)]
    pub progress: Vec<SeedProgress>,
    #[serde(default)]
    pub extensions: Vec<SeedExtension>,
    #[serde(default)]
    pub explanations: Vec<SeedExplanation>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SeedProgress {
    pub on: NaiveDate,
    pub by: Option<String>,
    pub percent: i32,
    pub text: String,
    #[serde(default)]
    pub evidence: Vec<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SeedExtension {
    pub requested_on: NaiveDate,
    pub by: Option<String>,
    pub new_due_on: NaiveDate,
    pub reason: String,
    pub decision: Decision,
    pub decided_on: Option<NaiveDate>,
    pub decided_by: Option<String>,
    pub decision_note: Option<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SeedExplanation {
    pub requested_on: NaiveDate,
    pub by: Option<String>,
    pub question: String,
    pub answered_on: Option<NaiveDate>,
    pub answered_by: Option<String>,
    pub answer: Option<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SeedTarget {
    pub unit: String,
    pub period: Period,
    pub indicator: String,
    pub uom: String,
    pub direction: Direction,
    pub planned: f64,
    #[serde(default)]
    pub actuals: Vec<SeedActual>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SeedActual {
    pub on: NaiveDate,
    pub value: f64,
    pub note: Option<String>,
}

/// What was loaded.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct SeedStats {
    pub units: usize,
    pub people: usize,
    pub documents: usize,
    pub links: usize,
    pub themes: usize,
    pub tasks: usize,
    pub progress_reports: usize,
    pub targets: usize,
}

/// An error while loading, naming the record by its key.
#[derive(Debug, thiserror::Error)]
#[error("{what}")]
pub struct SeedError {
    pub what: String,
    #[source]
    pub source: StoreError,
}

impl SeedSet {
    pub fn from_toml(text: &str) -> Result<SeedSet, toml::de::Error> {
        toml::from_str(text)
    }
}

type Keys = HashMap<String, i64>;

fn key(map: &Keys, k: &str, what: &str) -> Result<i64, SeedError> {
    map.get(k).copied().ok_or_else(|| SeedError {
        what: what.to_string(),
        source: StoreError::Invalid(domain::FieldError::new(
            "key",
            "unknown_key",
            format!("Không có khóa “{k}” trong tệp (hoặc nó được khai báo sau chỗ dùng)."),
            format!("No key “{k}” in the file (or it is declared after it is used)."),
        )),
    })
}

fn opt_key(map: &Keys, k: &Option<String>, what: &str) -> Result<Option<i64>, SeedError> {
    k.as_deref().map(|k| key(map, k, what)).transpose()
}

fn ctx(what: impl FnOnce() -> String) -> impl FnOnce(StoreError) -> SeedError {
    move |source| SeedError { what: what(), source }
}

/// Loads a data set into an empty database in one transaction: all of it, or nothing.
pub async fn load(db: &Db, set: &SeedSet, due_soon_days: u32) -> Result<SeedStats, SeedError> {
    let mut tx = db.write().await.map_err(ctx(|| "begin".into()))?;
    let stats = load_into(&mut tx, set, due_soon_days).await?;
    tx.commit().await.map_err(ctx(|| "commit".into()))?;
    Ok(stats)
}

async fn load_into(tx: &mut Tx, set: &SeedSet, due_soon_days: u32) -> Result<SeedStats, SeedError> {
    let mut stats = SeedStats::default();
    let mut unit_ids = Keys::new();
    for u in &set.units {
        let parent_id = opt_key(&unit_ids, &u.parent, &format!("unit {}", u.key))?;
        let input = UnitInput {
            parent_id,
            kind: u.kind,
            name: u.name.clone(),
            short_name: u.short_name.clone(),
        }
        .validate()
        .map_err(|e| SeedError {
            what: format!("unit {}", u.key),
            source: e.into(),
        })?;
        let unit = units::create(tx, &input)
            .await
            .map_err(ctx(|| format!("unit {}", u.key)))?;
        unit_ids.insert(u.key.clone(), unit.id);
        stats.units += 1;
    }
    let mut person_ids = Keys::new();
    for p in &set.people {
        let what = format!("person {}", p.key);
        let input = PersonInput {
            unit_id: key(&unit_ids, &p.unit, &what)?,
            name: p.name.clone(),
            position: p.position.clone(),
            category: p.category,
            party_member: p.party_member,
            is_head: p.head,
        }
        .validate()
        .map_err(|e| SeedError {
            what: what.clone(),
            source: e.into(),
        })?;
        let person = people::create(tx, &input).await.map_err(ctx(|| what))?;
        person_ids.insert(p.key.clone(), person.id);
        stats.people += 1;
    }
    let mut doc_ids = Keys::new();
    for d in &set.documents {
        let what = format!("document {} ({})", d.key, d.symbol);
        let input = DocumentInput {
            kind: d.kind,
            symbol: d.symbol.clone(),
            title: d.title.clone(),
            issuer_unit_id: key(&unit_ids, &d.issuer, &what)?,
            issued_on: d.issued_on,
            valid_from: d.valid_from,
            valid_to: d.valid_to,
        }
        .validate()
        .map_err(|e| SeedError {
            what: what.clone(),
            source: e.into(),
        })?;
        let doc = documents::create(tx, &input).await.map_err(ctx(|| what))?;
        doc_ids.insert(d.key.clone(), doc.id);
        stats.documents += 1;
    }
    for l in &set.links {
        let what = format!("link {} → {}", l.from, l.to);
        let from = key(&doc_ids, &l.from, &what)?;
        let input = LinkInput {
            to_id: key(&doc_ids, &l.to, &what)?,
            kind: l.kind,
        };
        documents::link(tx, from, &input).await.map_err(ctx(|| what))?;
        stats.links += 1;
    }
    for t in &set.themes {
        let what = format!("theme {} {}", t.unit, t.year);
        let plan_ids = t
            .plans
            .iter()
            .map(|p| key(&doc_ids, p, &what))
            .collect::<Result<Vec<_>, _>>()?;
        let input = ThemeInput {
            unit_id: key(&unit_ids, &t.unit, &what)?,
            year: t.year,
            title: t.title.clone(),
            plan_ids,
        }
        .validate()
        .map_err(|e| SeedError {
            what: what.clone(),
            source: e.into(),
        })?;
        documents::create_theme(tx, &input).await.map_err(ctx(|| what))?;
        stats.themes += 1;
    }
    let refs = Refs {
        units: &unit_ids,
        people: &person_ids,
        docs: &doc_ids,
    };
    let mut task_ids = Keys::new();
    for t in &set.tasks {
        stats.progress_reports += load_task(tx, t, &refs, &mut task_ids, set.meta.as_of, due_soon_days).await?;
        stats.tasks += 1;
    }
    for t in &set.targets {
        let what = format!("target {} / {} / {}", t.unit, t.period, t.indicator);
        let input = TargetInput {
            unit_id: key(&unit_ids, &t.unit, &what)?,
            period: t.period,
            indicator: t.indicator.clone(),
            uom: t.uom.clone(),
            direction: t.direction,
            planned: t.planned,
        }
        .validate()
        .map_err(|e| SeedError {
            what: what.clone(),
            source: e.into(),
        })?;
        let target = targets::create(tx, &input).await.map_err(ctx(|| what.clone()))?;
        for a in &t.actuals {
            let input = targets::ActualInput {
                measured_on: a.on,
                value: a.value,
                note: a.note.clone(),
            };
            targets::record_actual(tx, target.id, input)
                .await
                .map_err(ctx(|| what.clone()))?;
        }
        stats.targets += 1;
    }
    Ok(stats)
}

struct Refs<'a> {
    units: &'a Keys,
    people: &'a Keys,
    docs: &'a Keys,
}

/// One dated event in a task's history, replayed with "today" set to its date.
enum Event<'a> {
    Progress(&'a SeedProgress),
    Request(&'a SeedExtension),
    Decide(&'a SeedExtension),
    Ask(&'a SeedExplanation),
    Answer(&'a SeedExplanation),
    Complete(NaiveDate),
    Cancel,
}

async fn load_task(
    tx: &mut Tx,
    t: &SeedTask,
    r: &Refs<'_>,
    task_ids: &mut Keys,
    as_of: NaiveDate,
    due_soon_days: u32,
) -> Result<usize, SeedError> {
    let what = format!(
        "task {} {}",
        t.key.as_deref().unwrap_or("?"),
        t.code.as_deref().unwrap_or("")
    );
    let input = TaskInput {
        plan_id: key(r.docs, &t.plan, &what)?,
        parent_id: opt_key(task_ids, &t.parent, &what)?,
        code: t.code.clone(),
        title: t.title.clone(),
        details: t.details.clone(),
        is_key: t.key_task,
        lead_unit_id: key(r.units, &t.lead, &what)?,
        cooperating_unit_ids: t
            .support
            .iter()
            .map(|s| key(r.units, s, &what))
            .collect::<Result<_, _>>()?,
        responsible_id: opt_key(r.people, &t.responsible, &what)?,
        deadline_text: t.deadline_text.clone(),
        due_on: t.due_on,
        recurrence: t.recurrence,
        expected_output: t.output.clone(),
    };
    let clock_on = |d: NaiveDate| Clock::new(d, due_soon_days);
    let task = tasks::create(tx, input, &clock_on(as_of))
        .await
        .map_err(ctx(|| what.clone()))?;
    if let Some(k) = &t.key {
        task_ids.insert(k.clone(), task.id);
    }

    let mut events: Vec<(NaiveDate, u8, Event)> = Vec::new();
    let mut completion_note = None;
    for p in &t.progress {
        if p.percent >= 100 && t.completed_on.is_some() {
            completion_note = Some(p);
        } else {
            events.push((p.on, 0, Event::Progress(p)));
        }
    }
    for e in &t.extensions {
        events.push((e.requested_on, 1, Event::Request(e)));
        if let Some(d) = e.decided_on.filter(|_| e.decision != Decision::Pending) {
            events.push((d, 2, Event::Decide(e)));
        }
    }
    for x in &t.explanations {
        events.push((x.requested_on, 1, Event::Ask(x)));
        if let Some(d) = x.answered_on {
            events.push((d, 2, Event::Answer(x)));
        }
    }
    if let Some(d) = t.completed_on {
        events.push((d, 3, Event::Complete(d)));
    }
    if let Some(d) = t.cancelled_on {
        events.push((d, 3, Event::Cancel));
    }
    events.sort_by_key(|(d, order, _)| (*d, *order));

    let person = |k: &Option<String>| opt_key(r.people, k, &what);
    let mut reports = 0;
    for (date, _, event) in events {
        let clock = clock_on(date);
        let fail = ctx(|| format!("{what} on {date}"));
        match event {
            Event::Progress(p) => {
                let input = ProgressInput {
                    reported_on: Some(p.on),
                    percent: p.percent,
                    text: p.text.clone(),
                    evidence: p.evidence.clone(),
                    author_id: person(&p.by)?,
                };
                work::report_progress(tx, task.id, input, &clock).await.map_err(fail)?;
                reports += 1;
            }
            Event::Request(e) => {
                let input = ExtensionInput {
                    new_due_on: e.new_due_on,
                    reason: e.reason.clone(),
                    requested_by: person(&e.by)?,
                };
                work::request_extension(tx, task.id, input, &clock)
                    .await
                    .map_err(fail)?;
            }
            Event::Decide(e) => {
                let pending = work::history(tx, task.id, &clock).await.map_err(ctx(|| what.clone()))?;
                let Some(req) = pending
                    .extensions
                    .iter()
                    .rev()
                    .find(|x| x.decision == Decision::Pending)
                else {
                    continue;
                };
                let input = DecisionInput {
                    approve: e.decision == Decision::Approved,
                    note: e.decision_note.clone(),
                    decided_by: person(&e.decided_by)?,
                };
                work::decide_extension(tx, task.id, req.id, input, &clock)
                    .await
                    .map_err(fail)?;
            }
            Event::Ask(x) => {
                let input = MessageInput {
                    text: x.question.clone(),
                    person_id: person(&x.by)?,
                };
                work::request_explanation(tx, task.id, input, &clock)
                    .await
                    .map_err(fail)?;
            }
            Event::Answer(x) => {
                let hist = work::history(tx, task.id, &clock).await.map_err(ctx(|| what.clone()))?;
                let Some(req) = hist
                    .explanations
                    .iter()
                    .find(|q| q.question == x.question && q.answered_on.is_none())
                else {
                    continue;
                };
                let input = MessageInput {
                    text: x.answer.clone().unwrap_or_default(),
                    person_id: person(&x.answered_by)?,
                };
                work::answer_explanation(tx, task.id, req.id, input, &clock)
                    .await
                    .map_err(fail)?;
            }
            Event::Complete(d) => {
                let current = tasks::get(tx, task.id, &clock).await.map_err(ctx(|| what.clone()))?;
                let input = CompleteInput {
                    completed_on: Some(d),
                    note: completion_note.map(|p| p.text.clone()),
                    author_id: completion_note.map(|p| person(&p.by)).transpose()?.flatten(),
                    version: current.version,
                };
                work::complete(tx, task.id, input, &clock).await.map_err(fail)?;
                reports += 1;
            }
            Event::Cancel => {
                let current = tasks::get(tx, task.id, &clock).await.map_err(ctx(|| what.clone()))?;
                let reason = MessageInput {
                    text: t.cancel_reason.clone().unwrap_or_else(|| "Không còn phù hợp.".into()),
                    person_id: None,
                };
                work::cancel(tx, task.id, current.version, reason, &clock)
                    .await
                    .map_err(fail)?;
            }
        }
    }
    Ok(reports)
}
