//! Tasks: creation, editing, reading and listing. The work on a task (progress, completion,
//! extensions, explanations) is in [`crate::work`].

use domain::FieldError;
use domain::status::{Clock, Phase, TaskFacts, TaskStatus, status_sql};
use domain::task::{TaskDraft, TaskInput, check_parent};
use domain::unit::UnitPath;

use crate::audit::{self, Change};
use crate::db::Tx;
use crate::model::{Page, Task};
use crate::rollup::{self, RollupKey};
use crate::sql::Where;
use crate::{StoreError, bind_args, on_tx};

mod by_status;
mod filter;
mod known;
pub use by_status::lists_by_status;
pub(crate) use filter::filter_where;
pub use known::Known;

pub(crate) const COLS: &str = "id, tenant_id, plan_id, parent_id, code, title, details, is_key, is_group, lead_unit_id, \
    assigner_unit_id, responsible_id, deadline_text, due_on, original_due_on, recurrence, expected_output, progress, \
    completed_on, cancelled_on, cancel_reason, ext_pending, phase, version, updated_at";

impl Task {
    pub fn facts(&self) -> TaskFacts {
        TaskFacts {
            cancelled: self.cancelled_on.is_some(),
            completed_on: self.completed_on,
            due_on: self.due_on,
            extension_pending: self.ext_pending,
            progress: self.progress,
        }
    }

    /// What the task adds to the roll-up; nothing for a group heading, which is not a task of
    /// its own.
    pub fn rollup_key(&self) -> Option<RollupKey> {
        (!self.is_group).then(|| RollupKey {
            tenant_id: self.tenant_id,
            lead_unit_id: self.lead_unit_id,
            is_key: self.is_key,
            phase: self.facts().phase(),
            due_on: self.due_on,
        })
    }
}

/// One task, with its status as of `clock` and its cooperating units.
pub async fn get(tx: &mut Tx, id: i64, clock: &Clock) -> Result<Task, StoreError> {
    if let Some(mut t) = tx.seen.as_ref().and_then(|s| s.tasks.get(&id)).cloned() {
        t.status = Some(t.facts().status(clock));
        return Ok(t);
    }
    let mut t = crate::own_tenants::one_by_id::<Task>(tx, "tenant_id", id, |cond| {
        format!("SELECT {COLS} FROM tasks WHERE id = $1{cond}")
    })
    .await?
    .ok_or(StoreError::not_found("task", id))?;
    t.status = Some(t.facts().status(clock));
    t.cooperating_unit_ids = on_tx!(tx, c => sqlx::query_scalar("SELECT unit_id FROM task_cooperators WHERE tenant_id = $2 AND task_id = $1 ORDER BY unit_id")
        .bind(id).bind(t.tenant_id).fetch_all(c).await?);
    crate::seen::note_tenant(tx, "tasks", id, t.tenant_id);
    crate::seen::with(tx, |s| s.tasks.insert(id, t.clone()));
    Ok(t)
}

/// Validates `input` against its plan and the data it refers to; returns the draft and the
/// lead unit's path.
async fn check(
    tx: &mut Tx,
    look: &mut Known,
    input: TaskInput,
    self_id: Option<i64>,
) -> Result<(TaskDraft, UnitPath), StoreError> {
    let issued = look.plan_issued_on(tx, input.plan_id).await?;
    let draft = input.validate(issued)?.into_inner();
    let i = &draft.input;
    let lead = look.unit_path(tx, "lead_unit_id", i.lead_unit_id).await?;
    for u in &i.cooperating_unit_ids {
        look.unit_path(tx, "cooperating_unit_ids", *u).await?;
    }
    look.check_person(tx, "responsible_id", i.responsible_id).await?;
    if let Some(pid) = i.parent_id {
        let parent_plan: Option<i64> = crate::own_tenants::value_by_id(tx, "tenant_id", pid, |cond| {
            format!("SELECT plan_id FROM tasks WHERE id = $1{cond}")
        })
        .await?;
        match parent_plan {
            None => return Err(StoreError::unknown_ref("parent_id", "nhiệm vụ", pid)),
            Some(pp) if pp != i.plan_id => {
                return Err(StoreError::Invalid(FieldError::invalid(
                    "parent_id",
                    "Nhiệm vụ cha phải thuộc cùng kế hoạch.",
                    "The parent task must belong to the same plan.",
                )));
            }
            Some(_) => {}
        }
        if let Some(me) = self_id {
            // Parents one step at a time (Citus cannot plan a recursive query across shards);
            // a chain is a few levels, and a loop in the data stops at the first repeat.
            let (mut chain, mut next) = (Vec::new(), Some(pid));
            while let Some(at) = next.filter(|at| !chain.contains(at)) {
                chain.push(at);
                next = crate::own_tenants::value_by_id::<Option<i64>>(tx, "tenant_id", at, |cond| {
                    format!("SELECT parent_id FROM tasks WHERE id = $1{cond}")
                })
                .await?
                .flatten();
            }
            check_parent(me, &chain)?;
        }
    }
    Ok((draft, lead))
}

/// Creates a task. `assigner_unit_id` is the unit that split its own part into this sub-task;
/// `None` when the plan's issuer assigns it.
pub async fn create(
    tx: &mut Tx,
    input: TaskInput,
    assigner_unit_id: Option<i64>,
    clock: &Clock,
) -> Result<Task, StoreError> {
    create_known(tx, input, assigner_unit_id, clock, &mut Known::default()).await
}

/// As [`create`], with what is already known of the records the task names.
pub async fn create_known(
    tx: &mut Tx,
    input: TaskInput,
    assigner_unit_id: Option<i64>,
    clock: &Clock,
    known: &mut Known,
) -> Result<Task, StoreError> {
    let task = insert(tx, known, input, assigner_unit_id, clock).await?;
    rollup::change(tx, None, task.rollup_key()).await?;
    audit::record(tx, Change::created(task.tenant_id, "task", task.id, &task)).await?;
    Ok(task)
}

/// Inserts a checked task and its cooperating units; the roll-up is the caller's.
async fn insert(
    tx: &mut Tx,
    look: &mut Known,
    input: TaskInput,
    assigner_unit_id: Option<i64>,
    clock: &Clock,
) -> Result<Task, StoreError> {
    let (draft, lead) = check(tx, look, input, None).await?;
    let i = &draft.input;
    let tenant = lead.tenant();
    let facts = TaskFacts {
        cancelled: false,
        completed_on: None,
        due_on: i.due_on,
        extension_pending: false,
        progress: 0,
    };
    let now = tx.now();
    let sql = format!(
        "INSERT INTO tasks (tenant_id, plan_id, parent_id, code, title, title_fold, details, is_key, lead_unit_id, unit_path,
                            responsible_id, deadline_text, due_on, original_due_on, recurrence, expected_output, phase,
                            created_at, updated_at, is_group, assigner_unit_id)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21) RETURNING {COLS}"
    );
    let mut task: Task = on_tx!(tx, c => sqlx::query_as::<_, Task>(sqlx::AssertSqlSafe(sql.as_str()))
        .bind(tenant).bind(i.plan_id).bind(i.parent_id).bind(&i.code).bind(&i.title).bind(fold_task(i))
        .bind(&i.details).bind(i.is_key).bind(i.lead_unit_id).bind(lead.as_str()).bind(i.responsible_id)
        .bind(&i.deadline_text).bind(i.due_on).bind(i.due_on).bind(i.recurrence.map(|r| r.as_str()))
        .bind(&i.expected_output).bind(facts.phase().code()).bind(now).bind(now).bind(i.is_group).bind(assigner_unit_id)
        .fetch_one(c).await?);
    insert_cooperators(tx, task.id, tenant, &i.cooperating_unit_ids).await?;
    task.status = Some(task.facts().status(clock));
    task.cooperating_unit_ids = i.cooperating_unit_ids.clone();
    Ok(task)
}

/// Creates many tasks in one transaction: all are written or none. An error names the
/// failing item, e.g. field `tasks[3].title`. Roll-up counts are added once per distinct key.
pub async fn create_batch(tx: &mut Tx, inputs: Vec<TaskInput>, clock: &Clock) -> Result<Vec<Task>, StoreError> {
    create_batch_known(tx, inputs, clock, &mut Known::default()).await
}

/// As [`create_batch`], with what is already known of the records the tasks name.
pub async fn create_batch_known(
    tx: &mut Tx,
    inputs: Vec<TaskInput>,
    clock: &Clock,
    look: &mut Known,
) -> Result<Vec<Task>, StoreError> {
    let mut out = Vec::with_capacity(inputs.len());
    for (n, input) in inputs.into_iter().enumerate() {
        match insert(tx, look, input, None, clock).await {
            Ok(t) => out.push(t),
            Err(StoreError::Invalid(mut e)) => {
                e.field = format!("tasks[{n}].{}", e.field);
                return Err(StoreError::Invalid(e));
            }
            Err(e) => return Err(e),
        }
    }
    let mut counts: Vec<(RollupKey, i64)> = Vec::new();
    for t in &out {
        let Some(k) = t.rollup_key() else { continue };
        match counts.iter_mut().find(|(key, _)| *key == k) {
            Some((_, n)) => *n += 1,
            None => counts.push((k, 1)),
        }
    }
    for (k, n) in counts {
        rollup::add(tx, &k, n).await?;
    }
    let created = out.iter().map(|t| Change::created(t.tenant_id, "task", t.id, t));
    audit::record_many(tx, created.collect()).await?;
    Ok(out)
}

fn fold_task(i: &TaskInput) -> String {
    domain::text::search_key(&[i.code.as_deref().unwrap_or(""), &i.title])
}

async fn set_cooperators(tx: &mut Tx, id: i64, tenant: i64, unit_ids: &[i64]) -> Result<(), StoreError> {
    on_tx!(tx, c => sqlx::query("DELETE FROM task_cooperators WHERE tenant_id = $2 AND task_id = $1").bind(id).bind(tenant).execute(&mut *c).await?.rows_affected());
    insert_cooperators(tx, id, tenant, unit_ids).await
}

async fn insert_cooperators(tx: &mut Tx, id: i64, tenant: i64, unit_ids: &[i64]) -> Result<(), StoreError> {
    for u in unit_ids {
        on_tx!(tx, c => sqlx::query("INSERT INTO task_cooperators (task_id, unit_id, tenant_id) VALUES ($1, $2, $3)")
            .bind(id).bind(*u).bind(tenant).execute(&mut *c).await?.rows_affected());
    }
    Ok(())
}

/// Edits a task's assignment (not its progress: see [`crate::work`]).
pub async fn update(tx: &mut Tx, id: i64, version: i64, input: TaskInput, clock: &Clock) -> Result<Task, StoreError> {
    let before = get(tx, id, clock).await?;
    if before.version != version {
        return Err(StoreError::StaleVersion {
            entity: "task",
            id,
            expected: version,
        });
    }
    let (draft, lead) = check(tx, &mut Known::default(), input, Some(id)).await?;
    // Checks done; claim the version (a concurrent editor loses here), then write.
    crate::version::claim(tx, "task", before.tenant_id, id, version).await?;
    let i = &draft.input;
    let tenant = lead.tenant();
    StoreError::same_tenant("lead_unit_id", before.tenant_id, tenant)?;
    // A changed deadline is a new assignment; an unchanged one keeps any approved extension.
    let (due_on, original) = if i.due_on == before.original_due_on {
        (before.due_on, before.original_due_on)
    } else {
        (i.due_on, i.due_on)
    };
    let facts = TaskFacts {
        due_on,
        ..before.facts()
    };
    on_tx!(tx, c => sqlx::query(
        "UPDATE tasks SET plan_id = $2, parent_id = $3, code = $4, title = $5, title_fold = $6, details = $7,
                is_key = $8, lead_unit_id = $9, unit_path = $10, responsible_id = $11, deadline_text = $12, due_on = $13,
                original_due_on = $14, recurrence = $15, expected_output = $16, phase = $17, is_group = $18
         WHERE tenant_id = $1 AND id = $19")
        .bind(tenant).bind(i.plan_id).bind(i.parent_id).bind(&i.code).bind(&i.title).bind(fold_task(i))
        .bind(&i.details).bind(i.is_key).bind(i.lead_unit_id).bind(lead.as_str()).bind(i.responsible_id)
        .bind(&i.deadline_text).bind(due_on).bind(original).bind(i.recurrence.map(|r| r.as_str()))
        .bind(&i.expected_output).bind(facts.phase().code()).bind(i.is_group).bind(id)
        .execute(c).await?.rows_affected());
    set_cooperators(tx, id, tenant, &i.cooperating_unit_ids).await?;
    let after = get(tx, id, clock).await?;
    rollup::change(tx, before.rollup_key(), after.rollup_key()).await?;
    let change = Change::updated(after.tenant_id, "task", id, "update", &before, &after);
    audit::record(tx, change).await?;
    Ok(after)
}

/// Names (or clears) the person responsible for a task.
pub async fn set_responsible(
    tx: &mut Tx,
    before: &Task,
    version: i64,
    person: Option<i64>,
    clock: &Clock,
) -> Result<Task, StoreError> {
    crate::version::claim(tx, "task", before.tenant_id, before.id, version).await?;
    on_tx!(tx, c => sqlx::query("UPDATE tasks SET responsible_id = $1 WHERE tenant_id = $3 AND id = $2")
        .bind(person).bind(before.id).bind(before.tenant_id).execute(c).await?.rows_affected());
    let after = get(tx, before.id, clock).await?;
    let change = Change::updated(before.tenant_id, "task", before.id, "set_responsible", before, &after);
    audit::record(tx, change).await?;
    Ok(after)
}

/// Filters for task lists. All optional; combined with AND.
#[derive(Debug, Clone, Default)]
pub struct TaskFilter {
    /// Tasks led by units in this subtree.
    pub within: Option<i64>,
    pub lead_unit_id: Option<i64>,
    /// Tasks where this unit cooperates.
    pub cooperating_unit_id: Option<i64>,
    pub plan_id: Option<i64>,
    pub parent_id: Option<i64>,
    pub responsible_id: Option<i64>,
    pub status: Option<TaskStatus>,
    pub is_key: Option<bool>,
    pub due_from: Option<chrono::NaiveDate>,
    pub due_to: Option<chrono::NaiveDate>,
    pub q: Option<String>,
    /// Also list group headings (never counted as tasks otherwise).
    pub include_groups: bool,
    pub sort: TaskSort,
    /// Only what the caller may see; none for trusted callers.
    pub visibility: Option<crate::access::TaskVisibility>,
}

/// Orderings for task lists.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum TaskSort {
    /// Open work first, soonest (most overdue) deadline first; then finished and cancelled work,
    /// latest deadline first. What a follow-up list wants by default.
    #[default]
    Urgency,
    Due,
    Code,
    Updated,
    Progress,
}

impl TaskSort {
    pub fn parse(s: &str) -> Option<TaskSort> {
        Some(match s {
            "urgency" => TaskSort::Urgency,
            "due" => TaskSort::Due,
            "code" => TaskSort::Code,
            "updated" => TaskSort::Updated,
            "progress" => TaskSort::Progress,
            _ => return None,
        })
    }

    /// The code `parse` reads.
    pub fn code(self) -> &'static str {
        match self {
            TaskSort::Urgency => "urgency",
            TaskSort::Due => "due",
            TaskSort::Code => "code",
            TaskSort::Updated => "updated",
            TaskSort::Progress => "progress",
        }
    }

    fn sql(self) -> &'static str {
        match self {
            // Open-ended work last on both backends, in the order of the `tasks_due_order` index.
            TaskSort::Due | TaskSort::Urgency => "COALESCE(due_on, '9999-12-31'), id",
            TaskSort::Code => "plan_id, code, id",
            TaskSort::Updated => "updated_at DESC, id DESC",
            TaskSort::Progress => "progress, id",
        }
    }
}

/// A page of the tasks matching `f`, with their exact total.
pub async fn list(
    tx: &mut Tx,
    f: &TaskFilter,
    clock: &Clock,
    limit: i64,
    offset: i64,
) -> Result<Page<Task>, StoreError> {
    let w = filter_where(tx, f, clock).await?;
    let total = match subtree_total(tx, f).await? {
        Some(n) => n,
        None => count(tx, &w, None).await?,
    };
    fetch(tx, f, &w, clock, limit, offset, total).await
}

/// The number of tasks under `f.within` when that subtree is the whole filter (no other
/// condition, no group headings, and a visibility that holds the subtree): the sum of the unit's roll-up rows
/// (`task_rollup`, kept in the same transaction as every task write, a row per child, flag,
/// phase and due date), not a count of every task row — at national scale a province's 600,000
/// tasks took 285 ms to count, its roll-up rows a few. None when the filter says more.
async fn subtree_total(tx: &mut Tx, f: &TaskFilter) -> Result<Option<i64>, StoreError> {
    let TaskFilter {
        within: Some(unit),
        lead_unit_id: None,
        cooperating_unit_id: None,
        plan_id: None,
        parent_id: None,
        responsible_id: None,
        status: None,
        is_key: None,
        due_from: None,
        due_to: None,
        q: None,
        include_groups: false,
        sort: _,
        visibility,
    } = f
    else {
        return Ok(None);
    };
    let path = crate::units::path_of(tx, *unit).await?;
    // As in `filter_where`: visibility narrows nothing inside a subtree the scope holds.
    if visibility.as_ref().is_some_and(|v| !v.scope.contains(&path)) {
        return Ok(None);
    }
    let tenant = path.tenant();
    let sql = format!(
        "SELECT CAST(COALESCE(SUM(n), 0) AS BIGINT) FROM task_rollup WHERE {} = $1 AND anc_id = $2 AND {}",
        crate::sql::tenant_col(tx.backend(), "tenant_id"),
        crate::rollup::counted_once("", tenant, *unit)
    );
    Ok(Some(
        on_tx!(tx, c => sqlx::query_scalar(sqlx::AssertSqlSafe(sql.as_str())).bind(tenant).bind(*unit).fetch_one(&mut *c).await?),
    ))
}

/// As [`list`], but counting no further than `cap` matches: a city-wide list need not count a
/// million rows to show its first page. The flag says there are more than `total` (= `cap`).
pub async fn list_capped(
    tx: &mut Tx,
    f: &TaskFilter,
    clock: &Clock,
    limit: i64,
    offset: i64,
    cap: i64,
) -> Result<(Page<Task>, bool), StoreError> {
    let w = filter_where(tx, f, clock).await?;
    let n = count(tx, &w, Some(cap + 1)).await?;
    let page = fetch(tx, f, &w, clock, limit, offset, n.min(cap)).await?;
    Ok((page, n > cap))
}

async fn count(tx: &mut Tx, w: &Where, at_most: Option<i64>) -> Result<i64, StoreError> {
    let where_sql = w.sql();
    let sql = match at_most {
        None => format!("SELECT COUNT(*) FROM tasks{where_sql}"),
        Some(n) => format!("SELECT COUNT(*) FROM (SELECT 1 FROM tasks{where_sql} LIMIT {n}) AS t"),
    };
    Ok(
        on_tx!(tx, c => bind_args!(sqlx::query_scalar(sqlx::AssertSqlSafe(sql.as_str())), w.args).fetch_one(&mut *c).await?),
    )
}

async fn fetch(
    tx: &mut Tx,
    f: &TaskFilter,
    w: &Where,
    clock: &Clock,
    limit: i64,
    offset: i64,
    total: i64,
) -> Result<Page<Task>, StoreError> {
    // Nothing to show (a count asked for alone, or a page past the end): no statement.
    let mut items = if limit <= 0 || offset >= total {
        Vec::new()
    } else if f.sort == TaskSort::Urgency {
        // Every task of an overdue or due-soon list has a due date: ordered by the bare date,
        // the page walks `tasks_open_due` in order instead of sorting the subtree's matches
        // (the city root's overdue list: 94,064 tasks).
        let dated = f.status.is_some_and(domain::status::status_needs_due_date);
        by_urgency(tx, w, if dated { "due_on, id" } else { OPEN_ORDER }, limit, offset).await?
    } else {
        rows(tx, w, f.sort.sql(), limit, offset).await?
    };
    for t in &mut items {
        t.status = Some(t.facts().status(clock));
    }
    attach_cooperators(tx, &mut items).await?;
    Ok(Page {
        items,
        total,
        limit,
        offset,
    })
}

/// Fills in the cooperating units of a page of tasks, in one query (a list answers like the
/// single task does).
async fn attach_cooperators(tx: &mut Tx, items: &mut [Task]) -> Result<(), StoreError> {
    if items.is_empty() {
        return Ok(());
    }
    // The ids come from the database, never from the client.
    let ids: Vec<String> = items.iter().map(|t| t.id.to_string()).collect();
    let sql = format!(
        "SELECT task_id, unit_id FROM task_cooperators WHERE {} AND task_id IN ({}) ORDER BY task_id, unit_id",
        crate::sql::in_tenants(tx.backend(), "tenant_id", items.iter().map(|t| t.tenant_id)),
        ids.join(",")
    );
    let pairs: Vec<(i64, i64)> =
        on_tx!(tx, c => sqlx::query_as(sqlx::AssertSqlSafe(sql.as_str())).fetch_all(&mut *c).await?);
    let mut by_task: std::collections::HashMap<i64, Vec<i64>> = std::collections::HashMap::new();
    for (task, unit) in pairs {
        by_task.entry(task).or_default().push(unit);
    }
    for t in items.iter_mut() {
        t.cooperating_unit_ids = by_task.remove(&t.id).unwrap_or_default();
    }
    Ok(())
}

async fn rows(tx: &mut Tx, w: &Where, order: &str, limit: i64, offset: i64) -> Result<Vec<Task>, StoreError> {
    let sql = format!(
        "SELECT {COLS} FROM tasks{} ORDER BY {order} LIMIT {limit} OFFSET {offset}",
        w.sql()
    );
    Ok(
        on_tx!(tx, c => bind_args!(sqlx::query_as::<_, Task>(sqlx::AssertSqlSafe(sql.as_str())), w.args).fetch_all(&mut *c).await?),
    )
}

/// Open tasks by deadline, open-ended work last.
const OPEN_ORDER: &str = "COALESCE(due_on, '9999-12-31'), id";

/// A page in urgency order, read as two index-ordered ranges rather than one sort of the whole
/// scope (a city's list has a million rows): the open tasks by deadline (`open_order`), then
/// the closed ones by latest deadline. Open = pending extension, started or not started
/// (`Phase` ≥ 3).
async fn by_urgency(
    tx: &mut Tx,
    w: &Where,
    open_order: &str,
    limit: i64,
    offset: i64,
) -> Result<Vec<Task>, StoreError> {
    let mut open = w.clone();
    open.cond("phase >= 3");
    let mut closed = w.clone();
    closed.cond("phase < 3");
    // How many open tasks reach into this page (counting no further than its end).
    let open_before_end = count(tx, &open, Some(offset + limit)).await?;
    let mut items = Vec::new();
    if open_before_end > offset {
        items = rows(tx, &open, open_order, limit, offset).await?;
    }
    let missing = limit - items.len() as i64;
    if missing > 0 {
        let closed_offset = (offset - open_before_end).max(0);
        let order = "COALESCE(due_on, '9999-12-31') DESC, id DESC";
        items.extend(rows(tx, &closed, order, missing, closed_offset).await?);
    }
    Ok(items)
}

/// Status codes of every task as SQL computes them (used to check SQL against the domain).
pub async fn statuses_by_sql(tx: &mut Tx, clock: &Clock) -> Result<Vec<(i64, String)>, StoreError> {
    let sql = format!(
        "SELECT id, {} FROM tasks ORDER BY id",
        status_sql("phase", "due_on", "$1", "$2")
    );
    Ok(
        on_tx!(tx, c => sqlx::query_as::<_, (i64, String)>(sqlx::AssertSqlSafe(sql.as_str())).bind(clock.today).bind(clock.soon_limit()).fetch_all(c).await?),
    )
}

/// Stores a task's new state facts and moves its roll-up count. The version `before` was read
/// at is claimed first, so a concurrent change of the same task makes this one fail whole.
pub(crate) async fn save_facts(
    tx: &mut Tx,
    before: &Task,
    facts: TaskFacts,
    clock: &Clock,
) -> Result<Task, StoreError> {
    crate::version::claim(tx, "task", before.tenant_id, before.id, before.version).await?;
    let phase: Phase = facts.phase();
    on_tx!(tx, c => sqlx::query(
        "UPDATE tasks SET progress = $1, completed_on = $2, due_on = $3, ext_pending = $4, phase = $5,
                cancelled_on = $6 WHERE tenant_id = $8 AND id = $7")
        .bind(facts.progress).bind(facts.completed_on).bind(facts.due_on).bind(facts.extension_pending)
        .bind(phase.code()).bind(if facts.cancelled { before.cancelled_on.or(Some(clock.today)) } else { None })
        .bind(before.id).bind(before.tenant_id).execute(c).await?.rows_affected());
    let after = get(tx, before.id, clock).await?;
    rollup::change(tx, before.rollup_key(), after.rollup_key()).await?;
    Ok(after)
}
