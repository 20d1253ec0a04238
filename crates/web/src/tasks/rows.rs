//! Task rows as every list shows them (`templates/tasks/rows.html`): the task with its source
//! document and issuer, the lead unit (a link only when the user may open it), the person
//! responsible, the deadline with days late, status, progress and the last report. A table on
//! wide screens, one card per task on phones. Headings may sort the list.

use domain::status::{Clock, TaskStatus};
use store::model::Task;
use store::tasks::TaskSort;

use crate::error::{ApiError, Lang};
use crate::kit::{fmt, i18n, status_class, status_label};

pub struct Line {
    pub id: i64,
    pub href: String,
    pub code: String,
    pub title: String,
    pub is_key: bool,
    /// "88-KH/ĐU · ĐU phường Đức Giang": symbols of two wards look alike without the issuer.
    pub source: String,
    pub unit: String,
    /// Empty when the user may not open the unit (shown as text, never a link to a 404).
    pub unit_href: String,
    pub responsible: String,
    pub due: String,
    /// "12 ngày" for overdue work, empty otherwise.
    pub late: String,
    pub last_report: String,
    pub progress: i32,
    pub status_label: &'static str,
    pub status_class: &'static str,
}

/// A column heading; `href` sorts the list by it when not empty.
pub struct Head {
    pub label: &'static str,
    pub href: String,
    /// `ascending`/`descending` when the list is sorted by this column (for `aria-sort`).
    pub sorted: &'static str,
    pub class: &'static str,
}

/// Rows for `tasks`, read with what a list shows beside them.
pub async fn task_lines(r: &mut app::read::Reader<'_>, tasks: &[Task], clock: &Clock) -> Result<Vec<Line>, ApiError> {
    let lang = Lang::current();
    let cx = r.task_context(tasks).await?;
    let units: Vec<i64> = tasks.iter().map(|t| t.lead_unit_id).collect();
    let readable = r.readable_units(&units).await?;
    let days = i18n::t(lang, "days");
    Ok(tasks
        .iter()
        .map(|t| {
            let s = t.status.unwrap_or_else(|| t.facts().status(clock));
            let late = match (s, t.due_on) {
                (TaskStatus::Overdue, Some(due)) => format!("{} {days}", (clock.today - due).num_days()),
                _ => String::new(),
            };
            Line {
                id: t.id,
                href: crate::paths::task(t.id),
                code: t.code.clone().unwrap_or_default(),
                title: t.title.clone(),
                is_key: t.is_key,
                source: cx
                    .sources
                    .get(&t.plan_id)
                    .map(|s| format!("{} · {}", s.symbol, s.issuer))
                    .unwrap_or_default(),
                unit: cx.units.get(&t.lead_unit_id).cloned().unwrap_or_default(),
                unit_href: if readable.contains(&t.lead_unit_id) {
                    crate::paths::unit(t.lead_unit_id)
                } else {
                    String::new()
                },
                responsible: t
                    .responsible_id
                    .and_then(|p| cx.people.get(&p).cloned())
                    .unwrap_or_default(),
                due: fmt::opt_date(t.due_on),
                late,
                last_report: cx.last_reports.get(&t.id).map(|d| fmt::date(*d)).unwrap_or_default(),
                progress: t.progress,
                status_label: status_label(s),
                status_class: status_class(s),
            }
        })
        .collect())
}

/// The headings of a task table; with `sort_link`, the sortable ones link to the list sorted by
/// them.
pub fn heads(lang: Lang, sort_link: Option<(&dyn Fn(TaskSort) -> String, TaskSort)>) -> Vec<Head> {
    let cols: [(&str, Option<TaskSort>, &str); 7] = [
        ("task", Some(TaskSort::Code), "title"),
        ("lead_unit", None, ""),
        ("responsible", None, ""),
        ("due", Some(TaskSort::Due), ""),
        ("status", Some(TaskSort::Urgency), ""),
        ("progress", Some(TaskSort::Progress), "num"),
        ("last_report", None, ""),
    ];
    cols.iter()
        .map(|(key, sort, class)| {
            let (href, sorted) = match (sort, &sort_link) {
                (Some(by), Some((link, current))) => {
                    let order = if *by == TaskSort::Updated {
                        "descending"
                    } else {
                        "ascending"
                    };
                    (link(*by), if by == current { order } else { "" })
                }
                _ => (String::new(), ""),
            };
            Head {
                label: i18n::t(lang, key),
                href,
                sorted,
                class,
            }
        })
        .collect()
}
