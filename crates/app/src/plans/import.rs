//! Saving a reviewed plan: the document, its "implements" links and its tasks, in one
//! transaction through the same checks as entering each by hand (the issuer is one the caller
//! manages; every implemented document is readable; every unit and person within the issuer's
//! reach). Every task's error is reported at once, named `tasks[i].field`.

use std::collections::HashMap;

use chrono::NaiveDate;
use domain::FieldError;
use domain::document::{DocumentInput, LinkInput, LinkKind};
use domain::task::{Recurrence, TaskInput};
use serde::{Deserialize, Serialize};
use store::Tx;
use store::model::{Document, Task};
use utoipa::ToSchema;

use crate::{Caller, Ctx, Error, Result, authz, documents};

/// A task of an imported plan: a [`TaskInput`] without `plan_id` (the new document) and with
/// the hierarchy given by codes.
#[derive(Debug, Clone, PartialEq, Deserialize, ToSchema)]
pub struct ImportTask {
    /// The numbering in the plan, e.g. `II.2.a`; needed when another task names it as parent.
    pub code: Option<String>,
    /// The code of the parent task in this import, if any.
    pub parent_code: Option<String>,
    pub title: String,
    pub details: Option<String>,
    #[serde(default)]
    pub is_key: bool,
    /// A heading that groups the tasks below it.
    #[serde(default)]
    pub is_group: bool,
    pub lead_unit_id: i64,
    #[serde(default)]
    pub cooperating_unit_ids: Vec<i64>,
    pub responsible_id: Option<i64>,
    pub deadline_text: Option<String>,
    pub due_on: Option<NaiveDate>,
    pub recurrence: Option<Recurrence>,
    pub expected_output: Option<String>,
}

/// A reviewed plan to save.
#[derive(Debug, Clone, PartialEq, Deserialize, ToSchema)]
pub struct PlanImport {
    pub document: DocumentInput,
    /// Ids of the documents the plan implements.
    #[serde(default)]
    pub implements: Vec<i64>,
    pub tasks: Vec<ImportTask>,
}

/// What was created.
#[derive(Debug, Clone, PartialEq, Serialize, ToSchema)]
pub struct PlanImported {
    pub document: Document,
    /// The tasks, in the order sent.
    pub tasks: Vec<Task>,
}

/// The order to create tasks in (parents first, as depth levels of indexes into `tasks`), or
/// the error naming the task whose code or parent code is wrong.
fn levels(tasks: &[ImportTask]) -> std::result::Result<Vec<Vec<usize>>, FieldError> {
    let mut by_code: HashMap<&str, usize> = HashMap::new();
    for (i, t) in tasks.iter().enumerate() {
        if let Some(code) = t.code.as_deref().map(str::trim).filter(|c| !c.is_empty())
            && by_code.insert(code, i).is_some()
        {
            return Err(FieldError::new(
                format!("tasks[{i}].code"),
                domain::ErrorCode::DuplicateCode,
                format!("Mã nhiệm vụ “{code}” bị trùng trong kế hoạch."),
                format!("The task code “{code}” appears twice in the plan."),
            ));
        }
    }
    let mut parent: Vec<Option<usize>> = Vec::with_capacity(tasks.len());
    for (i, t) in tasks.iter().enumerate() {
        let p = match t.parent_code.as_deref().map(str::trim).filter(|c| !c.is_empty()) {
            None => None,
            Some(pc) => Some(*by_code.get(pc).ok_or_else(|| {
                FieldError::new(
                    format!("tasks[{i}].parent_code"),
                    domain::ErrorCode::UnknownReference,
                    format!("Không có nhiệm vụ mã “{pc}” trong kế hoạch để làm nhiệm vụ cha."),
                    format!("No task with code “{pc}” in the plan to be the parent."),
                )
            })?),
        };
        parent.push(p);
    }
    let mut depth: Vec<Option<usize>> = vec![None; tasks.len()];
    for start in 0..tasks.len() {
        let mut chain = vec![start];
        let mut at = start;
        while depth[at].is_none() {
            match parent[at] {
                None => {
                    depth[at] = Some(0);
                    break;
                }
                Some(p) if chain.contains(&p) => {
                    return Err(FieldError::new(
                        format!("tasks[{start}].parent_code"),
                        domain::ErrorCode::Cycle,
                        "Quan hệ nhiệm vụ cha – con tạo thành vòng lặp.",
                        "The parent codes form a cycle.",
                    ));
                }
                Some(p) => {
                    chain.push(p);
                    at = p;
                }
            }
        }
        // Unwind: every task on the chain is one deeper than its parent.
        let mut d = depth[at].unwrap_or(0);
        for &i in chain.iter().rev().skip(1) {
            d += 1;
            depth[i] = Some(d);
        }
    }
    let max = depth.iter().flatten().max().copied().unwrap_or(0);
    let mut out = vec![Vec::new(); if tasks.is_empty() { 0 } else { max + 1 }];
    for (i, d) in depth.iter().enumerate() {
        out[d.unwrap_or(0)].push(i);
    }
    Ok(out)
}

/// Creates the plan document, links it to what it implements, and creates its tasks (parents
/// before children, parent ids resolved from codes). Errors name `document.field`,
/// `implements[i]` or `tasks[i].field`; the caller's transaction must then be dropped.
pub async fn import_in(tx: &mut Tx, caller: &Caller, cx: &Ctx<'_>, plan: PlanImport) -> Result<PlanImported> {
    let order = levels(&plan.tasks)?;
    let document = documents::create_in(tx, caller, cx, plan.document)
        .await
        .map_err(|e| prefixed("document", e))?;
    for (i, to_id) in plan.implements.iter().enumerate() {
        let link = LinkInput {
            to_id: *to_id,
            kind: LinkKind::Implements,
        };
        // "implements[0].to_id" reads better as "implements[0]".
        documents::link_in(tx, caller, document.id, link, &format!("implements[{i}]")).await?;
    }
    let issuer = store::access::unit_place(tx, document.issuer_unit_id).await?;
    let mut ids: Vec<Option<i64>> = vec![None; plan.tasks.len()];
    let mut by_code: HashMap<String, usize> = HashMap::new();
    for (i, t) in plan.tasks.iter().enumerate() {
        if let Some(c) = t.code.as_deref().map(str::trim).filter(|c| !c.is_empty()) {
            by_code.insert(c.to_string(), i);
        }
    }
    // Check every task first, so the reviewer sees all the rows to fix at once.
    let mut errors: Vec<Error> = Vec::new();
    let inputs: Vec<TaskInput> = plan
        .tasks
        .iter()
        .map(|t| TaskInput {
            plan_id: document.id,
            parent_id: None,
            code: t.code.clone(),
            title: t.title.clone(),
            details: t.details.clone(),
            is_key: t.is_key,
            is_group: t.is_group,
            lead_unit_id: t.lead_unit_id,
            cooperating_unit_ids: t.cooperating_unit_ids.clone(),
            responsible_id: t.responsible_id,
            deadline_text: t.deadline_text.clone(),
            due_on: t.due_on,
            recurrence: t.recurrence,
            expected_output: t.expected_output.clone(),
        })
        .collect();
    let mut seen = authz::Seen::default();
    seen.known.plan(document.id, document.issued_on);
    for (i, input) in inputs.iter().enumerate() {
        let checked = match authz::assignment(tx, caller, &issuer, input, &mut seen).await {
            Ok(()) => input
                .clone()
                .validate(document.issued_on)
                .map(|_| ())
                .map_err(Error::from),
            Err(e) => Err(e),
        };
        if let Err(e) = checked {
            errors.push(e.in_item("tasks", i));
        }
    }
    if let Some(first) = errors.first() {
        let mut e = first.clone();
        if errors.len() > 1 {
            e.message_vi = format!("{} (và {} dòng khác cần sửa)", e.message_vi, errors.len() - 1);
            e.message_en = format!("{} (and {} more rows to fix)", e.message_en, errors.len() - 1);
        }
        return Err(e);
    }
    let mut created: Vec<Option<Task>> = vec![None; plan.tasks.len()];
    for level in &order {
        let mut batch = Vec::with_capacity(level.len());
        for &i in level {
            let mut input = inputs[i].clone();
            input.parent_id = plan.tasks[i]
                .parent_code
                .as_deref()
                .map(str::trim)
                .and_then(|pc| by_code.get(pc))
                .and_then(|&p| ids[p]);
            batch.push(input);
        }
        let made = store::tasks::create_batch_known(tx, batch, &cx.clock, &mut seen.known)
            .await
            .map_err(|e| renumber(e.into(), level))?;
        for (&i, task) in level.iter().zip(made) {
            ids[i] = Some(task.id);
            created[i] = Some(task);
        }
    }
    Ok(PlanImported {
        document,
        tasks: created.into_iter().flatten().collect(),
    })
}

/// Prefixes the field of an input error (`symbol` → `document.symbol`).
fn prefixed(prefix: &str, mut e: Error) -> Error {
    if let Some(f) = e.field.take() {
        e.field = Some(format!("{prefix}.{f}"));
    }
    e
}

/// Renames `tasks[n].…` of a batch error to the index the client sent.
fn renumber(mut e: Error, batch: &[usize]) -> Error {
    let mapped = e.field.as_deref().and_then(|f| {
        let rest = f.strip_prefix("tasks[")?;
        let (n, tail) = rest.split_once(']')?;
        let orig = batch.get(n.parse::<usize>().ok()?)?;
        Some(format!("tasks[{orig}]{tail}"))
    });
    if mapped.is_some() {
        e.field = mapped;
    }
    e
}

#[cfg(test)]
mod tests {
    use super::*;

    fn t(code: &str, parent: Option<&str>) -> ImportTask {
        ImportTask {
            code: Some(code.into()),
            parent_code: parent.map(Into::into),
            title: code.into(),
            details: None,
            is_key: false,
            is_group: false,
            lead_unit_id: 1,
            cooperating_unit_ids: vec![],
            responsible_id: None,
            deadline_text: None,
            due_on: None,
            recurrence: None,
            expected_output: None,
        }
    }

    #[test]
    fn parents_come_first_whatever_the_order_sent() {
        let tasks = [t("1.a", Some("1")), t("1", None), t("1.a.i", Some("1.a")), t("2", None)];
        assert_eq!(levels(&tasks).unwrap(), vec![vec![1, 3], vec![0], vec![2]]);
    }

    #[test]
    fn bad_codes_name_the_task() {
        assert_eq!(
            levels(&[t("1", None), t("1", None)]).unwrap_err().field,
            "tasks[1].code"
        );
        assert_eq!(levels(&[t("1", Some("9"))]).unwrap_err().field, "tasks[0].parent_code");
        let e = levels(&[t("1", Some("2")), t("2", Some("1"))]).unwrap_err();
        assert_eq!(
            (e.field.as_str(), e.code),
            ("tasks[0].parent_code", domain::ErrorCode::Cycle)
        );
    }

    #[test]
    fn batch_errors_are_renumbered() {
        let e = Error::from(FieldError::required("tasks[1].title"));
        assert_eq!(renumber(e, &[4, 7]).field.as_deref(), Some("tasks[7].title"));
    }
}
