//! "Việc của tôi" and "Việc cần xử lý": what waits for the caller today.
//!
//! The lead side (staff, unit officers) sees its open work by urgency and the requests it must
//! answer or has had answered; the assigning side (offices, unit officers for the work they
//! split) sees the requests it must decide, the explanations it asked for, the plans still to be
//! broken down and the directives from above its units have not yet planned for. Every list is
//! narrowed by the caller's rights for the action it leads to, so nothing offered is refused.

use chrono::{Duration, NaiveDate};
use domain::access::{Action, Role, Scope};
use domain::status::TaskStatus;
use store::inbox::{OnTask, PlanWithoutTasks, Reporter, Unimplemented};
use store::model::{ExplanationRequest, ExtensionRequest, Task};
use store::tasks::TaskFilter;

use crate::Result;
use crate::read::Reader;

/// How far back answers and decisions stay in the lists.
const RECENT_DAYS: i64 = 30;
/// How far back directives from above are offered for planning.
const DIRECTIVES_DAYS: i64 = 365;
/// Rows per list (each list links to its full filtered list where one exists).
const PER_LIST: i64 = 20;
/// The statuses of the open work, in the order of [`MyWork`]'s lists.
const OPEN_STATUSES: [TaskStatus; 5] = [
    TaskStatus::Overdue,
    TaskStatus::DueSoon,
    TaskStatus::ExtensionPending,
    TaskStatus::InProgress,
    TaskStatus::NotStarted,
];

/// The caller's own work: open tasks by urgency and the requests on them.
#[derive(Debug, Default)]
pub struct MyWork {
    pub overdue: Vec<Task>,
    pub overdue_total: i64,
    pub due_soon: Vec<Task>,
    pub due_soon_total: i64,
    /// Waiting for a decision on an extension request.
    pub extension_pending: Vec<Task>,
    pub extension_pending_total: i64,
    /// Other open work (in progress or not started), soonest deadline first.
    pub open: Vec<Task>,
    pub open_total: i64,
    pub explanations_to_answer: Vec<OnTask<ExplanationRequest>>,
    pub decisions_received: Vec<OnTask<ExtensionRequest>>,
}

/// What the assigning side must handle.
#[derive(Debug, Default)]
pub struct Queue {
    pub extensions_to_decide: Vec<OnTask<ExtensionRequest>>,
    pub explanations_sent: Vec<OnTask<ExplanationRequest>>,
    pub plans_without_tasks: Vec<PlanWithoutTasks>,
    pub directives_from_above: Vec<Unimplemented>,
}

impl MyWork {
    pub fn is_empty(&self) -> bool {
        self.overdue.is_empty()
            && self.due_soon.is_empty()
            && self.extension_pending.is_empty()
            && self.open.is_empty()
            && self.explanations_to_answer.is_empty()
            && self.decisions_received.is_empty()
    }
}

impl Queue {
    pub fn is_empty(&self) -> bool {
        self.extensions_to_decide.is_empty()
            && self.explanations_sent.is_empty()
            && self.plans_without_tasks.is_empty()
            && self.directives_from_above.is_empty()
    }
}

fn days_before(day: NaiveDate, n: i64) -> NaiveDate {
    day - Duration::days(n)
}

impl Reader<'_> {
    /// Who "my" work is for: the units where the caller works on the lead side (a unit
    /// officer's unit and its subtree) and the person they are. An office's wider right to
    /// report on behalf of any unit below does not make that work "theirs".
    fn reporter(&self) -> Reporter {
        let p = &self.caller.principal;
        let roots = p
            .bindings
            .iter()
            .filter(|b| b.role == Role::UnitOfficer)
            .filter_map(|b| b.unit_path.clone())
            .collect();
        Reporter {
            scope: Scope::subtrees(roots),
            person_id: p.person_id,
            user_id: self.caller.user_id(),
        }
    }

    /// Whether the caller has work of their own to report on (a "Việc của tôi" page).
    pub fn reports_work(&self) -> bool {
        let p = &self.caller.principal;
        p.has_role(Role::UnitOfficer) || p.person_id.is_some()
    }

    /// Whether the caller decides on work assigned by their units (a "Việc cần xử lý" queue).
    pub fn assigns_work(&self) -> bool {
        let p = &self.caller.principal;
        !p.scope(Action::DecideExtension).is_empty() || !p.scope(Action::ManageWork).is_empty()
    }

    /// The caller's open tasks by status (overdue, due soon, awaiting an extension, in
    /// progress, not started): each list's first lines and its count, read together.
    async fn open_tasks(&mut self, r: &Reporter) -> Result<[(Vec<Task>, i64); OPEN_STATUSES.len()]> {
        let f = TaskFilter {
            visibility: Some(store::access::TaskVisibility {
                scope: r.scope.clone(),
                person_id: r.person_id,
            }),
            ..Default::default()
        };
        // The reporter's visibility replaces the reading one: "mine" is narrower than "seen".
        let clock = self.clock();
        let lists = store::tasks::lists_by_status(&mut self.tx, &f, &clock, &OPEN_STATUSES, PER_LIST).await?;
        let mut lists = lists.into_iter().map(|p| (p.items, p.total));
        Ok(std::array::from_fn(|_| lists.next().unwrap_or_default()))
    }

    /// The caller's own work.
    pub async fn my_work(&mut self) -> Result<MyWork> {
        if !self.reports_work() {
            return Ok(MyWork::default());
        }
        let r = self.reporter();
        let today = self.clock().today;
        let [
            (overdue, overdue_total),
            (due_soon, due_soon_total),
            (extension_pending, extension_pending_total),
            (mut open, in_progress),
            (not_started, not_started_total),
        ] = self.open_tasks(&r).await?;
        open.extend(not_started);
        open.sort_by_key(|t| (t.due_on.is_none(), t.due_on, t.id));
        open.truncate(PER_LIST as usize);
        let explanations_to_answer = store::inbox::explanations_to_answer(&mut self.tx, &r, PER_LIST).await?;
        let decisions_received =
            store::inbox::decisions_received(&mut self.tx, &r, days_before(today, RECENT_DAYS), PER_LIST).await?;
        Ok(MyWork {
            overdue,
            overdue_total,
            due_soon,
            due_soon_total,
            extension_pending,
            extension_pending_total,
            open,
            open_total: in_progress + not_started_total,
            explanations_to_answer,
            decisions_received,
        })
    }

    /// The assigning side's queue.
    pub async fn queue(&mut self) -> Result<Queue> {
        if !self.assigns_work() {
            return Ok(Queue::default());
        }
        let p = self.caller.principal.clone();
        let today = self.clock().today;
        let deciding = p.scope(Action::DecideExtension);
        let asking = p.scope(Action::RequestExplanation);
        let managing = p.scope(Action::ManageWork);
        let extensions_to_decide =
            store::inbox::extensions_to_decide(&mut self.tx, &deciding, self.caller.user_id(), PER_LIST).await?;
        let explanations_sent =
            store::inbox::explanations_sent(&mut self.tx, &asking, days_before(today, RECENT_DAYS), PER_LIST).await?;
        let plans_without_tasks = store::inbox::plans_without_tasks(&mut self.tx, &managing, PER_LIST).await?;
        let directives_from_above = if managing.all {
            Vec::new()
        } else {
            let issuers = store::access::higher_issuers(&mut self.tx, &managing.roots).await?;
            store::inbox::unimplemented_from_above(
                &mut self.tx,
                &issuers,
                &managing,
                days_before(today, DIRECTIVES_DAYS),
                PER_LIST,
            )
            .await?
        };
        Ok(Queue {
            extensions_to_decide,
            explanations_sent,
            plans_without_tasks,
            directives_from_above,
        })
    }
}
