//! What the assigning unit records about a task for evaluation: a completion found "not to
//! standard" (each with its reason), "vượt mức", an objective cause that waives deductions, and
//! the conversion factor. Every change is audited with the reason given.

use domain::FieldError;
use serde::{Deserialize, Serialize};
use sqlx::FromRow;

use crate::audit::{self, Change};
use crate::db::Tx;
use crate::{StoreError, on_tx};

/// The marks of one task (all defaults when none were recorded).
#[derive(Debug, Clone, PartialEq, Serialize, FromRow, utoipa::ToSchema)]
pub struct TaskMarks {
    pub task_id: i64,
    pub quality_failures: i32,
    pub quality_reason: Option<String>,
    pub exceeded: bool,
    pub waived: bool,
    pub waiver_cause: Option<String>,
    /// The conversion factor in hundredths (100 = 1).
    pub weight: i32,
}

/// A change of marks; absent fields stay as they are.
#[derive(Debug, Clone, Default, PartialEq, Deserialize, Serialize, utoipa::ToSchema)]
pub struct MarkInput {
    /// Record one more failed quality check, with its reason.
    #[serde(default)]
    pub quality_failure: Option<String>,
    #[serde(default)]
    pub exceeded: Option<bool>,
    /// Confirm an objective cause (its description), or withdraw it with an empty text.
    #[serde(default)]
    pub waiver_cause: Option<String>,
    /// The conversion factor ("hệ số quy đổi"), above 0 and at most 100.
    #[serde(default)]
    pub weight: Option<f64>,
}

pub async fn get(tx: &mut Tx, task_id: i64) -> Result<TaskMarks, StoreError> {
    let row: Option<TaskMarks> = on_tx!(tx, c => sqlx::query_as::<_, TaskMarks>(
        "SELECT task_id, quality_failures, quality_reason, exceeded, waived, waiver_cause, weight
         FROM eval_task_marks WHERE task_id = $1")
        .bind(task_id).fetch_optional(c).await?);
    Ok(row.unwrap_or(TaskMarks {
        task_id,
        quality_failures: 0,
        quality_reason: None,
        exceeded: false,
        waived: false,
        waiver_cause: None,
        weight: 100,
    }))
}

/// Applies `input` to the task's marks (the caller checked the right and that the task exists).
pub async fn mark(tx: &mut Tx, task_id: i64, input: &MarkInput) -> Result<TaskMarks, StoreError> {
    let before = get(tx, task_id).await?;
    let mut after = before.clone();
    if let Some(reason) = &input.quality_failure {
        let reason = domain::text::required("quality_reason", reason, 1000)?;
        let completed: Option<Option<chrono::NaiveDate>> =
            crate::own_tenants::value_by_id(tx, "tenant_id", task_id, |cond| {
                format!("SELECT completed_on FROM tasks WHERE id = $1{cond}")
            })
            .await?;
        if completed.flatten().is_none() {
            return Err(StoreError::Invalid(FieldError::invalid(
                "quality_failure",
                "Nhiệm vụ chưa báo cáo hoàn thành nên chưa đánh giá chất lượng được.",
                "The task is not reported complete, so its quality cannot be judged yet.",
            )));
        }
        after.quality_failures = after.quality_failures.saturating_add(1);
        after.quality_reason = Some(reason);
    }
    if let Some(x) = input.exceeded {
        after.exceeded = x;
    }
    if let Some(cause) = &input.waiver_cause {
        let cause = domain::text::optional("waiver_cause", Some(cause.as_str()), 1000)?;
        after.waived = cause.is_some();
        after.waiver_cause = cause;
    }
    if let Some(w) = input.weight {
        let f = domain::evaluation::Factor::from_f64(w)
            .filter(|f| *f > domain::evaluation::Factor::ZERO && *f <= domain::evaluation::Factor::whole(100))
            .ok_or_else(|| {
                FieldError::invalid(
                    "weight",
                    format!("Hệ số quy đổi phải lớn hơn 0 và không quá 100, tối đa hai chữ số thập phân (đang nhập {w})."),
                    format!("The conversion factor must be above 0 and at most 100, with at most two decimals (entered {w})."),
                )
            })?;
        after.weight = i32::try_from(f.hundredths()).unwrap_or(100);
    }
    let tenant: i64 = crate::own_tenants::value_by_id(tx, "tenant_id", task_id, |cond| {
        format!("SELECT tenant_id FROM tasks WHERE id = $1{cond}")
    })
    .await?
    .ok_or(StoreError::not_found("task", task_id))?;
    let now = tx.now();
    on_tx!(tx, c => sqlx::query(
        "INSERT INTO eval_task_marks (task_id, tenant_id, quality_failures, quality_reason, exceeded, waived, waiver_cause,
                                      weight, updated_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)
         ON CONFLICT (tenant_id, task_id) DO UPDATE SET quality_failures = excluded.quality_failures,
             quality_reason = excluded.quality_reason, exceeded = excluded.exceeded, waived = excluded.waived,
             waiver_cause = excluded.waiver_cause, weight = excluded.weight, updated_at = excluded.updated_at")
        .bind(task_id).bind(tenant).bind(after.quality_failures).bind(&after.quality_reason).bind(after.exceeded)
        .bind(after.waived).bind(&after.waiver_cause).bind(after.weight).bind(now).execute(c).await?.rows_affected());
    audit::record(
        tx,
        Change::new(
            tenant,
            "task",
            task_id,
            "evaluation_marks",
            Some(audit::json(&before)),
            Some(audit::with(&after, "input", input)),
        ),
    )
    .await?;
    Ok(after)
}
