//! Facts from the work: which of a person's tasks count in a period, and how each counted.
//!
//! The store loads one [`TaskRecord`] per task the person is responsible for (see
//! `docs/evaluation.md` for the query); [`count_tasks`] decides, purely, for each record:
//! - it counts when it is due in the period, or was due earlier and still open at the period's
//!   start (carried over), or was completed in the period (early, or work without a deadline);
//! - it does not count when cancelled by the period's end, completed before the period, due
//!   later and not completed in the period, open-ended and not completed, or still open with a
//!   confirmed objective cause (when the rule set leaves such tasks out);
//! - a counted task completed by the period's end earns its quantity; its quality part loses
//!   a share per failed quality check and its timeliness part a share per delay, unless an
//!   objective cause confirmed by the assigning unit waives the deductions;
//! - a task still open at the period's end earns nothing.
//!
//! Everything is weighted by the task's conversion factor ("hệ số quy đổi"). Cancellation and
//! completion are judged as of the period's end, so a later change never rewrites an old month.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use super::fixed::{Factor, Percent, Points};
use super::ruleset::{DelayCount, TaskResultsRule};
use crate::period::Period;
use crate::task::Recurrence;
use crate::{FieldError, labelled_enum};

/// What the store loads per task the person (or unit) is responsible for.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct TaskRecord {
    pub task_id: i64,
    /// The effective due date, after approved extensions; none for open-ended work.
    pub due_on: Option<NaiveDate>,
    /// The due date first assigned, when an extension moved it.
    #[serde(default)]
    pub original_due_on: Option<NaiveDate>,
    #[serde(default)]
    pub completed_on: Option<NaiveDate>,
    #[serde(default)]
    pub cancelled_on: Option<NaiveDate>,
    /// The conversion factor ("quy đổi"); 1 unless the assigning unit set another.
    #[serde(default = "one")]
    pub weight: Factor,
    /// How many times a reviewer marked a completion "not to standard".
    #[serde(default)]
    pub quality_failures: u32,
    /// Marked "vượt mức" by the assigning unit on completion.
    #[serde(default)]
    pub exceeded: bool,
    /// An objective cause confirmed by the assigning unit waives the deductions.
    #[serde(default)]
    pub waived: bool,
    #[serde(default)]
    pub recurrence: Option<Recurrence>,
}

fn one() -> Factor {
    Factor::ONE
}

impl TaskRecord {
    /// A task due on `due_on`, weight 1, nothing else set.
    pub fn due(task_id: i64, due_on: NaiveDate) -> TaskRecord {
        TaskRecord {
            task_id,
            due_on: Some(due_on),
            original_due_on: None,
            completed_on: None,
            cancelled_on: None,
            weight: Factor::ONE,
            quality_failures: 0,
            exceeded: false,
            waived: false,
            recurrence: None,
        }
    }
}

labelled_enum! {
    /// Whether and why a task counts in the period.
    Counting {
        DueInPeriod = "due_in_period", "Đến hạn trong kỳ", "Due in the period";
        CarriedOver = "carried_over", "Quá hạn từ kỳ trước, chưa hoàn thành khi bắt đầu kỳ", "Carried over: due earlier, open at the period's start";
        CompletedInPeriod = "completed_in_period", "Hoàn thành trong kỳ (trước hạn hoặc không có hạn)", "Completed in the period (before its due date or open-ended)";
        Cancelled = "cancelled", "Đã hủy", "Cancelled";
        CompletedBefore = "completed_before", "Đã hoàn thành trước kỳ", "Completed before the period";
        DueLater = "due_later", "Đến hạn sau kỳ, chưa hoàn thành", "Due after the period, not completed";
        OpenEnded = "open_ended", "Không có hạn, chưa hoàn thành", "Open-ended, not completed";
        WaivedOpen = "waived_open", "Chưa hoàn thành do nguyên nhân khách quan đã được xác nhận", "Open for a confirmed objective cause";
    }
}

impl Counting {
    pub fn counts(self) -> bool {
        matches!(
            self,
            Counting::DueInPeriod | Counting::CarriedOver | Counting::CompletedInPeriod
        )
    }
}

/// How one task counted: the facts and the credit of each part, for its explanation line.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct TaskFact {
    pub task_id: i64,
    pub counting: Counting,
    pub weight: Factor,
    pub due_on: Option<NaiveDate>,
    pub original_due_on: Option<NaiveDate>,
    pub completed_on: Option<NaiveDate>,
    pub cancelled_on: Option<NaiveDate>,
    /// Completed by the period's end.
    pub completed: bool,
    /// Days past the due date: at completion, or at the period's end while open.
    pub days_late: i64,
    pub delays: u32,
    pub quality_failures: u32,
    pub exceeded: bool,
    /// The task had a confirmed objective cause and it changed how the task counted.
    pub waiver_applied: bool,
    pub recurrence: Option<Recurrence>,
    /// Credit of each part, as a share of the task's full part.
    pub quantity: Percent,
    pub quality: Percent,
    pub timeliness: Percent,
    /// Task-results points this task could earn and did earn (set by the score).
    pub possible: Points,
    pub earned: Points,
}

/// The period's counted work, weighted: weights in hundredths, credits in hundredths of a
/// weight times hundredths of a percent (a full part of a weight-1 task is 100 × 10 000).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct TaskTally {
    /// Tasks counted.
    pub tasks: u32,
    /// Work assigned: Σ weight of counted tasks.
    pub assigned: i64,
    /// Σ weight of counted tasks completed by the period's end.
    pub completed: i64,
    pub quality_credit: i64,
    pub timeliness_credit: i64,
    /// Σ weight completed on time (after waivers).
    pub on_time: i64,
    /// Σ weight completed on time and to standard (after waivers).
    pub on_time_with_quality: i64,
    /// Σ weight completed and marked exceeded.
    pub exceeded: i64,
    /// Tasks completed late or still open past their due date, before waivers.
    pub late_tasks: u32,
    pub delays: u32,
    pub quality_failures: u32,
    pub open_tasks: u32,
    pub waived_tasks: u32,
}

impl TaskTally {
    /// Full credit of the assigned work, the denominator of the quality and timeliness shares.
    pub fn full_credit(&self) -> i64 {
        self.assigned.saturating_mul(FULL)
    }
}

/// A whole part in percent hundredths.
pub(crate) const FULL: i64 = 10_000;

/// The facts of one period, ready for scoring.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct PeriodFacts {
    pub start: NaiveDate,
    pub end: NaiveDate,
    pub tally: TaskTally,
    /// One per record, in the records' order, counted or not.
    pub tasks: Vec<TaskFact>,
}

/// Counts the records for the period. Refuses a conversion factor outside (0, 100].
pub fn count_tasks(rule: &TaskResultsRule, period: &Period, records: &[TaskRecord]) -> Result<PeriodFacts, FieldError> {
    let (start, end) = period.bounds();
    count_in_window(rule, start, end, records)
}

/// [`count_tasks`] for an explicit window (first and last day, inclusive).
pub fn count_in_window(
    rule: &TaskResultsRule,
    start: NaiveDate,
    end: NaiveDate,
    records: &[TaskRecord],
) -> Result<PeriodFacts, FieldError> {
    let mut tally = TaskTally::default();
    let mut tasks = Vec::with_capacity(records.len());
    for r in records {
        if r.weight <= Factor::ZERO || r.weight > Factor::whole(100) {
            return Err(FieldError::invalid(
                &format!("tasks[{}].weight", r.task_id),
                format!(
                    "Hệ số quy đổi của nhiệm vụ #{} phải lớn hơn 0 và không quá 100 (đang là {}).",
                    r.task_id,
                    r.weight.vi()
                ),
                format!(
                    "Task #{}'s conversion factor must be above 0 and at most 100 (it is {}).",
                    r.task_id,
                    r.weight.en()
                ),
            ));
        }
        let fact = assess(rule, start, end, r);
        if fact.counting.counts() {
            add(&mut tally, &fact);
        }
        tasks.push(fact);
    }
    Ok(PeriodFacts {
        start,
        end,
        tally,
        tasks,
    })
}

fn counting(r: &TaskRecord, start: NaiveDate, end: NaiveDate) -> Counting {
    let completed_in = r.completed_on.filter(|d| *d >= start && *d <= end);
    if r.cancelled_on.is_some_and(|c| c <= end) {
        return Counting::Cancelled;
    }
    if r.completed_on.is_some_and(|d| d < start) {
        return Counting::CompletedBefore;
    }
    match r.due_on {
        Some(due) if due >= start && due <= end => Counting::DueInPeriod,
        Some(due) if due < start => Counting::CarriedOver,
        _ if completed_in.is_some() => Counting::CompletedInPeriod,
        Some(_) => Counting::DueLater,
        None => Counting::OpenEnded,
    }
}

fn assess(rule: &TaskResultsRule, start: NaiveDate, end: NaiveDate, r: &TaskRecord) -> TaskFact {
    let mut counting = counting(r, start, end);
    let completed_on = r.completed_on.filter(|d| *d <= end);
    let completed = counting.counts() && completed_on.is_some();
    if counting.counts() && !completed && r.waived && rule.waiver_excludes_open {
        counting = Counting::WaivedOpen;
    }
    let reference = completed_on.unwrap_or(end);
    let days_late = match r.due_on {
        Some(due) if reference > due => (reference - due).num_days(),
        _ => 0,
    };
    let mut delays = 0u32;
    if completed {
        if days_late > 0 {
            delays = match rule.delay_count {
                DelayCount::PerLateTask => 1,
                DelayCount::PerStartedDays(n) => {
                    let n = i64::from(n.max(1));
                    u32::try_from((days_late + n - 1) / n).unwrap_or(u32::MAX)
                }
            };
        }
        let missed_original = match (r.original_due_on, r.due_on, completed_on) {
            (Some(orig), Some(due), Some(done)) => orig < due && done > orig,
            _ => false,
        };
        if rule.extension_is_delay && missed_original {
            delays = delays.saturating_add(1);
        }
    }
    let deducted = |count: u32, per: Percent| -> Percent {
        let lost = i64::from(count).saturating_mul(per.hundredths()).min(FULL);
        Percent::from_hundredths(FULL - lost)
    };
    let waive = completed && r.waived;
    let (quantity, quality, timeliness) = if completed {
        let quality = if waive {
            Percent::HUNDRED
        } else {
            deducted(r.quality_failures, rule.quality_deduction)
        };
        let timeliness = if waive {
            Percent::HUNDRED
        } else {
            deducted(delays, rule.timeliness_deduction)
        };
        (Percent::HUNDRED, quality, timeliness)
    } else {
        (Percent::ZERO, Percent::ZERO, Percent::ZERO)
    };
    let waiver_applied =
        r.waived && (counting == Counting::WaivedOpen || (completed && (delays > 0 || r.quality_failures > 0)));
    TaskFact {
        task_id: r.task_id,
        counting,
        weight: r.weight,
        due_on: r.due_on,
        original_due_on: r.original_due_on,
        completed_on: r.completed_on,
        cancelled_on: r.cancelled_on,
        completed,
        days_late,
        delays,
        quality_failures: r.quality_failures,
        exceeded: completed && r.exceeded,
        waiver_applied,
        recurrence: r.recurrence,
        quantity,
        quality,
        timeliness,
        possible: Points::ZERO,
        earned: Points::ZERO,
    }
}

fn add(t: &mut TaskTally, f: &TaskFact) {
    let w = f.weight.hundredths();
    t.tasks += 1;
    t.assigned += w;
    if !f.completed {
        t.open_tasks += 1;
    } else {
        t.completed += w;
        t.quality_credit += w * f.quality.hundredths();
        t.timeliness_credit += w * f.timeliness.hundredths();
        let on_time = f.delays == 0 || f.waiver_applied;
        if on_time {
            t.on_time += w;
            if f.quality_failures == 0 || f.waiver_applied {
                t.on_time_with_quality += w;
            }
        }
        if f.exceeded {
            t.exceeded += w;
        }
    }
    if f.delays > 0 || (!f.completed && f.days_late > 0) {
        t.late_tasks += 1;
    }
    t.delays += f.delays;
    t.quality_failures += f.quality_failures;
    if f.waiver_applied {
        t.waived_tasks += 1;
    }
}
