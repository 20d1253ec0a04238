//! Computing a period's facts and scores for many people at once, set-based: one query for the
//! people, one for every task they are responsible for that can count in the period (with the
//! assigning unit's marks), one for the evaluations already stored; the pure engine
//! (`domain::evaluation`) scores each person in memory; the results go back in multi-row
//! upserts. Decided and locked evaluations are never touched: re-evaluating them needs a reopen.

use std::collections::HashMap;

use chrono::NaiveDate;
use domain::evaluation::ruleset::Subject;
use domain::evaluation::score::task_results;
use domain::evaluation::{
    Assessment, Evaluation, EvaluationRequest, LeaderInput, Level, RuleSet, TaskRecord, TaskTally, count_tasks,
    evaluate,
};
use domain::period::Period;
use domain::{FieldError, Valid};
use serde::Serialize;

use super::parent_path;
use crate::audit::{self, Change};
use crate::db::Tx;
use crate::{StoreError, on_tx, units};

/// The computed figures of one evaluation (points in hundredths).
#[derive(Debug, Clone, PartialEq)]
pub struct Scores {
    pub tally: TaskTally,
    pub task_points: Option<i64>,
    pub general: Option<i64>,
    pub bonus: Option<i64>,
    pub total: Option<i64>,
    pub level: Option<Level>,
}

impl Scores {
    pub fn tally_json(&self) -> String {
        serde_json::to_string(&self.tally).unwrap_or_else(|_| "{}".into())
    }
}

/// Scores one person: the full evaluation when scores were entered, else the task results alone
/// (none when no task counted and the rule set wants them entered by hand).
pub fn score(
    rules: &Valid<RuleSet>,
    period: &Period,
    subject: Subject,
    records: Vec<TaskRecord>,
    assessment: Option<&Assessment>,
    leader: Option<LeaderInput>,
) -> Result<(Scores, Option<Evaluation>), FieldError> {
    let leader = leader.filter(|_| rules.leader.is_some() && subject == Subject::Leader);
    match assessment {
        Some(a) => {
            let e = evaluate(
                rules,
                &EvaluationRequest {
                    period: *period,
                    subject,
                    tasks: records,
                    assessment: a.clone(),
                    leader,
                },
            )?;
            Ok((
                Scores {
                    tally: e.facts.tally,
                    task_points: Some(e.task_points.hundredths()),
                    general: Some(e.general.hundredths()),
                    bonus: Some(e.bonus.hundredths()),
                    total: Some(e.total.hundredths()),
                    level: Some(e.classification.level),
                },
                Some(e),
            ))
        }
        None => {
            let mut facts = count_tasks(&rules.task_results, period, &records)?;
            let points = task_results(rules, &mut facts, None)
                .ok()
                .map(|t| t.points.hundredths());
            Ok((
                Scores {
                    tally: facts.tally,
                    task_points: points,
                    general: None,
                    bonus: None,
                    total: None,
                    level: None,
                },
                None,
            ))
        }
    }
}

/// Who a computation covers.
#[derive(Debug, Clone, Copy)]
pub enum Selection {
    /// Everyone in the unit's subtree.
    Subtree(i64),
    /// One person.
    Person(i64),
}

#[derive(Debug, Clone, sqlx::FromRow)]
pub(crate) struct PersonRow {
    pub id: i64,
    pub tenant_id: i64,
    pub unit_id: i64,
    pub unit_path: String,
    pub is_head: bool,
    pub category: String,
}

async fn people(tx: &mut Tx, sel: Selection) -> Result<Vec<PersonRow>, StoreError> {
    const COLS: &str = "id, tenant_id, unit_id, unit_path, is_head, category";
    Ok(match sel {
        Selection::Subtree(unit) => {
            let root = units::path_of(tx, unit).await?;
            let (lo, hi) = root.range();
            let sql = format!(
                "SELECT {COLS} FROM people WHERE tenant_id = $3 AND unit_path >= $1 AND unit_path < $2 ORDER BY id"
            );
            on_tx!(tx, c => sqlx::query_as::<_, PersonRow>(sqlx::AssertSqlSafe(sql.as_str())).bind(lo).bind(hi).bind(root.tenant()).fetch_all(c).await?)
        }
        Selection::Person(id) => {
            let one: Option<PersonRow> = crate::own_tenants::one_by_id(tx, "tenant_id", id, |cond| {
                format!("SELECT {COLS} FROM people WHERE id = $1{cond}")
            })
            .await?;
            one.into_iter().collect()
        }
    })
}

type TaskRow = (
    i64,
    i64,
    Option<NaiveDate>,
    Option<NaiveDate>,
    Option<NaiveDate>,
    Option<NaiveDate>,
    Option<String>,
    i32,
    i32,
    i32,
    i32,
);

/// The task columns a record needs, with the marks; `{key}` is the grouping column.
const TASK_SQL: &str = "SELECT {key}, t.id, t.due_on, t.original_due_on, t.completed_on, t.cancelled_on, t.recurrence,
        COALESCE(m.quality_failures, 0), CASE WHEN m.exceeded THEN 1 ELSE 0 END, CASE WHEN m.waived THEN 1 ELSE 0 END,
        COALESCE(m.weight, 100)
    FROM tasks t {join} LEFT JOIN eval_task_marks m ON m.tenant_id = t.tenant_id AND m.task_id = t.id
    WHERE {cond} AND t.is_group = FALSE
      AND (t.completed_on IS NULL OR t.completed_on >= $1)
      AND (t.cancelled_on IS NULL OR t.cancelled_on > $2)
      AND ((t.due_on IS NOT NULL AND t.due_on <= $2) OR (t.completed_on IS NOT NULL AND t.completed_on <= $2))
    ORDER BY {key}, t.due_on, t.id";

fn record(r: TaskRow) -> (i64, TaskRecord) {
    let (key, id, due_on, original_due_on, completed_on, cancelled_on, recurrence, failures, exceeded, waived, weight) =
        r;
    (
        key,
        TaskRecord {
            task_id: id,
            due_on,
            original_due_on: original_due_on.filter(|o| Some(*o) != due_on),
            completed_on,
            cancelled_on,
            weight: domain::evaluation::Factor::from_hundredths(i64::from(weight)),
            quality_failures: u32::try_from(failures).unwrap_or(0),
            exceeded: exceeded != 0,
            waived: waived != 0,
            recurrence: recurrence.as_deref().and_then(domain::task::Recurrence::parse),
        },
    )
}

fn group(rows: Vec<TaskRow>) -> HashMap<i64, Vec<TaskRecord>> {
    let mut out: HashMap<i64, Vec<TaskRecord>> = HashMap::new();
    for r in rows {
        let (k, rec) = record(r);
        out.entry(k).or_default().push(rec);
    }
    out
}

/// The task records of the selected people that can count in `[start, end]`, by person.
pub async fn task_records(
    tx: &mut Tx,
    sel: Selection,
    start: NaiveDate,
    end: NaiveDate,
) -> Result<HashMap<i64, Vec<TaskRecord>>, StoreError> {
    let rows: Vec<TaskRow> = match sel {
        Selection::Subtree(unit) => {
            let root = units::path_of(tx, unit).await?;
            let (lo, hi) = root.range();
            // The people of a subtree are in its tenant, and their tasks are joined in it.
            let sql = TASK_SQL
                .replace("{key}", "t.responsible_id")
                .replace(
                    "{join}",
                    "JOIN people p ON p.tenant_id = t.tenant_id AND p.id = t.responsible_id",
                )
                .replace("{cond}", "t.tenant_id = $5 AND p.unit_path >= $3 AND p.unit_path < $4");
            on_tx!(tx, c => sqlx::query_as(sqlx::AssertSqlSafe(sql.as_str())).bind(start).bind(end).bind(lo).bind(hi).bind(root.tenant()).fetch_all(c).await?)
        }
        Selection::Person(id) => {
            // Named where the person's tasks can lie: one shard on Citus in the common case.
            let own = crate::access::person_tenants(tx, id).await?;
            if own.is_empty() {
                return Ok(HashMap::new());
            }
            let cond = format!(
                "t.responsible_id = $3 AND {}",
                crate::sql::in_tenants(tx.backend(), "t.tenant_id", own)
            );
            let sql = TASK_SQL
                .replace("{key}", "t.responsible_id")
                .replace("{join}", "")
                .replace("{cond}", &cond);
            on_tx!(tx, c => sqlx::query_as(sqlx::AssertSqlSafe(sql.as_str())).bind(start).bind(end).bind(id).fetch_all(c).await?)
        }
    };
    Ok(group(rows))
}

/// The tasks a unit of `tenant` leads that can count in the period (a leader's organising
/// capacity). A task is in its lead unit's tenant.
pub async fn unit_task_records(
    tx: &mut Tx,
    tenant: i64,
    unit_id: i64,
    start: NaiveDate,
    end: NaiveDate,
) -> Result<Vec<TaskRecord>, StoreError> {
    let sql = TASK_SQL
        .replace("{key}", "t.lead_unit_id")
        .replace("{join}", "")
        .replace("{cond}", "t.tenant_id = $4 AND t.lead_unit_id = $3");
    let rows: Vec<TaskRow> = on_tx!(tx, c => sqlx::query_as(sqlx::AssertSqlSafe(sql.as_str())).bind(start).bind(end).bind(unit_id).bind(tenant).fetch_all(c).await?);
    Ok(rows.into_iter().map(|r| record(r).1).collect())
}

#[derive(Debug, Clone, sqlx::FromRow)]
struct Existing {
    person_id: i64,
    unit_id: i64,
    rule_set_id: i64,
    stage: String,
    assessment: Option<String>,
    level: Option<String>,
    decided_level: Option<String>,
}

/// What a computation did.
#[derive(Debug, Clone, PartialEq, Serialize, utoipa::ToSchema)]
pub struct ComputeSummary {
    pub period: String,
    pub family: String,
    /// The rule-set version new evaluations use (existing ones keep theirs).
    pub version: i64,
    pub people: usize,
    pub computed: usize,
    /// Decided or locked evaluations left as they are.
    pub skipped_closed: usize,
    /// People whose task-results points wait to be entered (no tracked task this period).
    pub awaiting_points: usize,
}

struct Row {
    tenant: i64,
    person: i64,
    unit: i64,
    owner: String,
    path: String,
    rule_set: i64,
    subject: Subject,
    group: String,
    scores: Scores,
}

/// Computes (or recomputes) the period's evaluations of the selected people under `family`.
pub async fn compute(tx: &mut Tx, sel: Selection, period: &Period, family: &str) -> Result<ComputeSummary, StoreError> {
    let (default_id, default_rules) = super::rule_sets::for_period(tx, family, period).await?;
    domain::evaluation::evaluate::check_period(&default_rules, period)?;
    let (start, end) = period.bounds();
    let people = people(tx, sel).await?;
    let mut records = task_records(tx, sel, start, end).await?;
    let existing: Vec<Existing> = match sel {
        Selection::Subtree(unit) => {
            let (lo, hi) = units::path_of(tx, unit).await?.range();
            on_tx!(tx, c => sqlx::query_as::<_, Existing>(
                "SELECT person_id, unit_id, rule_set_id, stage, assessment, level, decided_level FROM evaluations
                 WHERE period = $1 AND family = $2 AND unit_path >= $3 AND unit_path < $4")
                .bind(period.to_string()).bind(family).bind(lo).bind(hi).fetch_all(c).await?)
        }
        Selection::Person(id) => on_tx!(tx, c => sqlx::query_as::<_, Existing>(
            "SELECT person_id, unit_id, rule_set_id, stage, assessment, level, decided_level FROM evaluations
             WHERE period = $1 AND family = $2 AND person_id = $3")
            .bind(period.to_string()).bind(family).bind(id).fetch_all(c).await?),
    };
    let existing: HashMap<i64, Existing> = existing.into_iter().map(|e| (e.person_id, e)).collect();
    let mut rules: HashMap<i64, Valid<RuleSet>> = HashMap::from([(default_id, default_rules)]);
    for e in existing.values() {
        if let std::collections::hash_map::Entry::Vacant(slot) = rules.entry(e.rule_set_id) {
            slot.insert(super::rule_sets::body(tx, e.rule_set_id).await?);
        }
    }
    let mut summary = ComputeSummary {
        period: period.to_string(),
        family: family.to_string(),
        version: rules.get(&default_id).map_or(0, |r| i64::from(r.version)),
        people: people.len(),
        computed: 0,
        skipped_closed: 0,
        awaiting_points: 0,
    };
    // Levels by unit, for the leaders' "every subordinate at least hoàn thành" (staff first).
    let mut unit_levels: HashMap<i64, Vec<Level>> = HashMap::new();
    for e in existing.values() {
        if let Some(l) = e.decided_level.as_deref().or(e.level.as_deref()).and_then(Level::parse) {
            unit_levels.entry(e.unit_id).or_default().push(l);
        }
    }
    let mut rows = Vec::with_capacity(people.len());
    let mut ordered: Vec<&PersonRow> = people.iter().filter(|p| !p.is_head).collect();
    ordered.extend(people.iter().filter(|p| p.is_head));
    for p in ordered {
        let prior = existing.get(&p.id);
        if prior.is_some_and(|e| matches!(e.stage.as_str(), "decided" | "locked")) {
            summary.skipped_closed += 1;
            continue;
        }
        let rule_set = prior.map_or(default_id, |e| e.rule_set_id);
        let Some(set) = rules.get(&rule_set) else { continue };
        let subject = if p.is_head { Subject::Leader } else { Subject::Staff };
        let leader = if p.is_head && set.leader.is_some() {
            Some(LeaderInput {
                unit_tasks: unit_task_records(tx, p.tenant_id, p.unit_id, start, end).await?,
                subordinate_levels: unit_levels.get(&p.unit_id).cloned().unwrap_or_default(),
            })
        } else {
            None
        };
        let assessment = prior
            .and_then(|e| e.assessment.as_deref())
            .and_then(|a| serde_json::from_str::<Assessment>(a).ok());
        let tasks = records.remove(&p.id).unwrap_or_default();
        let scores = match score(set, period, subject, tasks.clone(), assessment.as_ref(), leader.clone()) {
            Ok((s, _)) => s,
            // Scores entered earlier that no longer fit (e.g. points entered by hand while a
            // task now counts): keep the task results, the next step asks again.
            Err(_) => score(set, period, subject, tasks, None, leader)?.0,
        };
        if scores.task_points.is_none() {
            summary.awaiting_points += 1;
        }
        if !p.is_head
            && let Some(l) = scores.level
        {
            unit_levels.entry(p.unit_id).or_default().push(l);
        }
        rows.push(Row {
            tenant: p.tenant_id,
            person: p.id,
            unit: p.unit_id,
            owner: if p.is_head {
                parent_path(&p.unit_path).to_string()
            } else {
                p.unit_path.clone()
            },
            path: p.unit_path.clone(),
            rule_set,
            subject,
            group: p.category.clone(),
            scores,
        });
    }
    summary.computed = rows.len();
    upsert(tx, period, family, &rows).await?;
    // The batch goes to the chain of the unit (or person) it was computed for.
    let tenant: Option<i64> = match sel {
        Selection::Subtree(u) => {
            crate::own_tenants::value_by_id(tx, "tenant_id", u, |cond| {
                format!("SELECT tenant_id FROM units WHERE id = $1{cond}")
            })
            .await?
        }
        Selection::Person(p) => {
            crate::own_tenants::value_by_id(tx, "tenant_id", p, |cond| {
                format!("SELECT tenant_id FROM people WHERE id = $1{cond}")
            })
            .await?
        }
    };
    audit::record(
        tx,
        Change::new(
            tenant.unwrap_or(audit::INSTALLATION),
            "evaluation_batch",
            match sel {
                Selection::Subtree(u) => u,
                Selection::Person(p) => p,
            },
            "compute",
            None,
            Some(audit::json(&summary)),
        ),
    )
    .await?;
    Ok(summary)
}

/// Rows per multi-row upsert. Small on purpose: SQLite finds a numbered parameter by walking
/// the statement's parameter list (`sqlite3_bind_parameter_name`), so binding n parameters
/// costs O(n²) — at 400 rows (7,200 parameters) that was three quarters of a city's month.
const CHUNK: usize = 50;

async fn upsert(tx: &mut Tx, period: &Period, family: &str, rows: &[Row]) -> Result<(), StoreError> {
    let (start, end) = period.bounds();
    let now = tx.now();
    let code = period.to_string();
    for chunk in rows.chunks(CHUNK) {
        let mut values = Vec::with_capacity(chunk.len());
        for i in 0..chunk.len() {
            let b = i * 18;
            let ph: Vec<String> = (1..=18).map(|k| format!("${}", b + k)).collect();
            values.push(format!(
                "({}, '{}', $NOW, $NOW, $NOW)",
                ph.join(", "),
                domain::evaluation::Stage::Open.as_str()
            ));
        }
        let n = chunk.len() * 18 + 1;
        let sql = format!(
            "INSERT INTO evaluations (tenant_id, person_id, unit_id, owner_path, unit_path, period, period_start, period_end,
                 family, rule_set_id, subject, post_group, tally, task_points, general_points, bonus_points, total,
                 level, stage, computed_at, created_at, updated_at)
             VALUES {}
             ON CONFLICT (tenant_id, person_id, period, family) DO UPDATE SET unit_id = excluded.unit_id,
                 owner_path = excluded.owner_path, unit_path = excluded.unit_path, subject = excluded.subject,
                 post_group = excluded.post_group, tally = excluded.tally, task_points = excluded.task_points,
                 general_points = excluded.general_points, bonus_points = excluded.bonus_points, total = excluded.total,
                 level = excluded.level, computed_at = excluded.computed_at, updated_at = excluded.updated_at
             WHERE evaluations.stage NOT IN ('decided', 'locked')",
            values.join(", ").replace("$NOW", &format!("${n}"))
        );
        on_tx!(tx, c => {
            let mut q = sqlx::query(sqlx::AssertSqlSafe(sql.as_str()));
            for r in chunk {
                q = q.bind(r.tenant).bind(r.person).bind(r.unit).bind(r.owner.as_str()).bind(r.path.as_str())
                    .bind(code.as_str()).bind(start).bind(end).bind(family).bind(r.rule_set).bind(r.subject.as_str())
                    .bind(r.group.as_str()).bind(r.scores.tally_json()).bind(r.scores.task_points)
                    .bind(r.scores.general).bind(r.scores.bonus).bind(r.scores.total)
                    .bind(r.scores.level.map(|l| l.as_str()));
            }
            q.bind(now).execute(c).await?.rows_affected()
        });
    }
    Ok(())
}

/// Rescoring one stored evaluation (for a workflow step) with `assessment` when given.
pub async fn rescore(
    tx: &mut Tx,
    rec: &super::EvaluationRecord,
    assessment: Option<&Assessment>,
) -> Result<(Scores, Option<Evaluation>, Valid<RuleSet>, Vec<TaskRecord>), StoreError> {
    let rules = super::rule_sets::body(tx, rec.rule_set_id).await?;
    let period = Period::parse(&rec.period)?;
    let (start, end) = period.bounds();
    let tasks = task_records(tx, Selection::Person(rec.person_id), start, end)
        .await?
        .remove(&rec.person_id)
        .unwrap_or_default();
    let subject = Subject::parse(&rec.subject).unwrap_or(Subject::Staff);
    let leader = if subject == Subject::Leader && rules.leader.is_some() {
        let levels: Vec<Option<String>> = on_tx!(tx, c => sqlx::query_scalar(
            "SELECT COALESCE(decided_level, level) FROM evaluations
             WHERE tenant_id = $5 AND unit_id = $1 AND period = $2 AND family = $3 AND person_id <> $4")
            .bind(rec.unit_id).bind(&rec.period).bind(&rec.family).bind(rec.person_id).bind(rec.tenant_id).fetch_all(c).await?);
        Some(LeaderInput {
            unit_tasks: unit_task_records(tx, rec.tenant_id, rec.unit_id, start, end).await?,
            subordinate_levels: levels.iter().flatten().filter_map(|l| Level::parse(l)).collect(),
        })
    } else {
        None
    };
    let (scores, eval) = score(&rules, &period, subject, tasks.clone(), assessment, leader)?;
    Ok((scores, eval, rules, tasks))
}

/// Titles of tasks by id (for the lines of an evaluation page), read the caller's tenants first
/// (one shard on Citus).
pub async fn task_titles(tx: &mut Tx, ids: &[i64]) -> Result<HashMap<i64, String>, StoreError> {
    let rows: HashMap<i64, (i64, String)> = crate::own_tenants::many_by_id(
        tx,
        "tenant_id",
        ids,
        |list, cond| format!("SELECT id, title FROM tasks WHERE id IN ({list}){cond}"),
        |r: &(i64, String)| r.0,
    )
    .await?;
    Ok(rows.into_iter().map(|(id, (_, title))| (id, title)).collect())
}
