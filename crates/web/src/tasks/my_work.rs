//! `/viec`: where staff, unit officers and offices land — "Việc của tôi" (open work by urgency,
//! explanations to give, decisions received) and "Việc cần xử lý" (extension requests to decide,
//! explanations asked for, plans to break down, directives from above still to plan for). Each
//! role sees the parts it can act on (`app::inbox`); each count links to its full list.

use std::collections::HashMap;

use askama::Template;
use axum::Extension;
use axum::extract::State;
use axum::http::Uri;
use axum::response::Response;
use domain::status::TaskStatus;
use store::access::Subject;
use store::inbox::OnTask;
use store::model::{ExplanationRequest, ExtensionRequest, Task};

use crate::AppState;
use crate::auth::Auth;
use crate::error::Lang;
use crate::kit::{Layout, PageError, PageUser, fmt, i18n, render};
use crate::tasks::rows::{Head, Line, heads, task_lines};

/// The strings of this page.
pub fn strings(key: &str) -> Option<(&'static str, &'static str)> {
    Some(match key {
        "my_work" => ("Việc của tôi", "My work"),
        "queue" => ("Việc cần xử lý", "To handle"),
        "mw_overdue" => ("Quá hạn", "Overdue"),
        "mw_due_soon" => ("Sắp đến hạn", "Due soon"),
        "mw_extension_pending" => ("Đang chờ gia hạn", "Awaiting an extension decision"),
        "mw_open" => ("Đang thực hiện, chưa thực hiện", "In progress or not started"),
        "mw_see_all" => ("Xem tất cả", "See all"),
        "mw_explain" => ("Yêu cầu giải trình cần trả lời", "Explanations to give"),
        "mw_decisions" => (
            "Kết quả đề nghị gia hạn (30 ngày qua)",
            "Extension decisions (last 30 days)",
        ),
        "mw_to_decide" => ("Đề nghị gia hạn chờ quyết định", "Extension requests to decide"),
        "mw_sent" => ("Yêu cầu giải trình đã gửi", "Explanations requested"),
        "mw_plans" => ("Kế hoạch chưa giao nhiệm vụ", "Plans without tasks"),
        "mw_directives" => (
            "Văn bản cấp trên chưa có văn bản thực hiện",
            "Directives from above not yet implemented",
        ),
        "mw_nothing" => ("Không có việc nào đang chờ.", "Nothing is waiting."),
        "mw_nothing_here" => ("Không có.", "None."),
        "mw_asked_on" => ("Ngày gửi", "Sent on"),
        "mw_answer_by" => ("Hạn trả lời", "Answer by"),
        "mw_answered" => ("Đã trả lời", "Answered"),
        "mw_unanswered" => ("Chưa trả lời", "Not answered"),
        "mw_answer_late" => ("Quá hạn trả lời", "Answer overdue"),
        "mw_asked_date" => ("Đề nghị gia hạn đến", "Asked until"),
        "mw_reason" => ("Lý do", "Reason"),
        "mw_question" => ("Nội dung", "Question"),
        "mw_decision" => ("Quyết định", "Decision"),
        "mw_open_task" => ("Mở nhiệm vụ", "Open the task"),
        "mw_issued" => ("Ngày ban hành", "Issued on"),
        "mw_import" => ("Giao nhiệm vụ", "Assign tasks"),
        "mw_document" => ("Văn bản", "Document"),
        _ => return None,
    })
}

/// A section of tasks with its count and the full list it comes from.
pub struct TaskSection {
    pub key: &'static str,
    pub total: i64,
    pub lines: Vec<Line>,
    pub all_href: String,
    /// More than the lines shown.
    pub more: bool,
}

/// A request on a task, as the lists show it.
pub struct RequestLine {
    pub task_href: String,
    pub task: String,
    pub unit: String,
    pub date: String,
    pub due: String,
    pub text: String,
    /// "Đã trả lời", "Quá hạn trả lời", "Đã đồng ý đến 30/11/2023"…
    pub state: String,
    pub late: bool,
}

/// A document line.
pub struct DocLine {
    pub href: String,
    pub symbol: String,
    pub title: String,
    pub issuer: String,
    pub issued: String,
    /// Assign its first task (plans without tasks), when the user may.
    pub import_href: String,
}

#[derive(Template)]
#[template(path = "tasks/my_work.html")]
struct MyWorkPage {
    l: Layout,
    heads: Vec<Head>,
    bulk: bool,
    reports: bool,
    assigns: bool,
    /// Offices see their queue first (their menu calls the page "Việc cần xử lý").
    queue_first: bool,
    has_mine: bool,
    sections: Vec<TaskSection>,
    to_answer: Vec<RequestLine>,
    decisions: Vec<RequestLine>,
    to_decide: Vec<RequestLine>,
    sent: Vec<RequestLine>,
    plans: Vec<DocLine>,
    directives: Vec<DocLine>,
    /// Compliance requirements the user's units still owe.
    owed: Vec<OwedLine>,
    empty: bool,
}

/// A unit's item of a requirement not yet done, linked to its card.
pub struct OwedLine {
    pub href: String,
    pub title: String,
    pub unit: String,
    pub due: String,
    pub shown: &'static str,
    pub late: bool,
    pub reason: String,
}

fn task_href(task_id: i64, anchor: &str) -> String {
    format!("{}#{anchor}", crate::paths::task(task_id))
}

fn task_name(t: &store::inbox::TaskBrief) -> String {
    match &t.code {
        Some(c) if !c.is_empty() => format!("{c}. {}", t.title),
        _ => t.title.clone(),
    }
}

fn explanation_lines(
    list: &[OnTask<ExplanationRequest>],
    units: &HashMap<i64, String>,
    today: chrono::NaiveDate,
    lang: Lang,
) -> Vec<RequestLine> {
    list.iter()
        .map(|x| {
            let r = &x.request;
            let late = r.answered_on.is_none() && r.answer_due_on.is_some_and(|d| d < today);
            let state = if r.answered_on.is_some() {
                i18n::t(lang, "mw_answered")
            } else if late {
                i18n::t(lang, "mw_answer_late")
            } else {
                i18n::t(lang, "mw_unanswered")
            };
            RequestLine {
                task_href: task_href(x.task.id, "giai-trinh"),
                task: task_name(&x.task),
                unit: units
                    .get(&r.addressee_unit_id.unwrap_or(x.task.lead_unit_id))
                    .cloned()
                    .unwrap_or_default(),
                date: fmt::date(r.requested_on),
                due: r.answer_due_on.map(fmt::date).unwrap_or_default(),
                text: r.question.clone(),
                state: state.to_string(),
                late,
            }
        })
        .collect()
}

fn extension_lines(list: &[OnTask<ExtensionRequest>], units: &HashMap<i64, String>, lang: Lang) -> Vec<RequestLine> {
    list.iter()
        .map(|x| {
            let r = &x.request;
            let decision = match lang {
                Lang::Vi => r.decision.label_vi(),
                Lang::En => r.decision.label_en(),
            };
            let state = match (r.decided_on, r.granted_due_on) {
                (Some(on), Some(granted)) => format!("{decision} ({}), {}", fmt::date(on), fmt::date(granted)),
                (Some(on), None) => format!("{decision} ({})", fmt::date(on)),
                _ => decision.to_string(),
            };
            RequestLine {
                task_href: task_href(x.task.id, "gia-han"),
                task: task_name(&x.task),
                unit: units.get(&x.task.lead_unit_id).cloned().unwrap_or_default(),
                date: fmt::date(r.requested_on),
                due: fmt::date(r.new_due_on),
                text: r.reason.clone(),
                state,
                late: false,
            }
        })
        .collect()
}

pub async fn page(
    State(st): State<AppState>,
    auth: Auth,
    Extension(user): Extension<PageUser>,
    uri: Uri,
) -> Result<Response, PageError> {
    let lang = Lang::current();
    let mut rd = st.app.read(&auth).await?;
    let clock = rd.clock();
    let (reports, assigns) = (rd.reports_work(), rd.assigns_work());
    let work = rd.my_work().await?;
    let queue = rd.queue().await?;

    let mut unit_ids: Vec<i64> = Vec::new();
    for x in &work.explanations_to_answer {
        unit_ids.extend(x.request.addressee_unit_id);
        unit_ids.push(x.task.lead_unit_id);
    }
    for x in &queue.explanations_sent {
        unit_ids.extend(x.request.addressee_unit_id);
        unit_ids.push(x.task.lead_unit_id);
    }
    unit_ids.extend(work.decisions_received.iter().map(|x| x.task.lead_unit_id));
    unit_ids.extend(queue.extensions_to_decide.iter().map(|x| x.task.lead_unit_id));
    unit_ids.extend(queue.plans_without_tasks.iter().map(|d| d.issuer_unit_id));
    unit_ids.extend(queue.directives_from_above.iter().map(|d| d.issuer_unit_id));
    let units = rd.unit_names(&unit_ids).await?;

    let list = |status: TaskStatus| format!("{}?trang_thai={}&sap_xep=due", crate::paths::TASKS, status.as_str());
    let shown: Vec<_> = [
        (
            "mw_overdue",
            &work.overdue,
            work.overdue_total,
            list(TaskStatus::Overdue),
        ),
        (
            "mw_due_soon",
            &work.due_soon,
            work.due_soon_total,
            list(TaskStatus::DueSoon),
        ),
        (
            "mw_extension_pending",
            &work.extension_pending,
            work.extension_pending_total,
            list(TaskStatus::ExtensionPending),
        ),
        (
            "mw_open",
            &work.open,
            work.open_total,
            format!("{}?sap_xep=urgency", crate::paths::TASKS),
        ),
    ]
    .into_iter()
    .filter(|(_, tasks, _, _)| !tasks.is_empty())
    .collect();
    // The lines of every section at once: their names, sources and last reports are read in
    // one set of statements, not one per section (a page's statements are its cost on Citus).
    let all: Vec<Task> = shown
        .iter()
        .flat_map(|(_, tasks, _, _)| tasks.iter().cloned())
        .collect();
    let mut lines = task_lines(&mut rd, &all, &clock).await?.into_iter();
    let sections: Vec<TaskSection> = shown
        .into_iter()
        .map(|(key, tasks, total, href)| TaskSection {
            key,
            total,
            more: total > tasks.len() as i64,
            lines: lines.by_ref().take(tasks.len()).collect(),
            all_href: href,
        })
        .collect();
    let mut plans = Vec::new();
    for d in &queue.plans_without_tasks {
        let may_assign = rd
            .may(domain::access::Operation::CreateTask, Subject::Document(d.id))
            .await?;
        plans.push(DocLine {
            href: crate::paths::document(d.id),
            symbol: d.symbol.clone(),
            title: d.title.clone(),
            issuer: units.get(&d.issuer_unit_id).cloned().unwrap_or_default(),
            issued: fmt::date(d.issued_on),
            import_href: if may_assign {
                format!("{}?ke_hoach={}", crate::paths::TASK_NEW, d.id)
            } else {
                String::new()
            },
        });
    }
    let directives = queue
        .directives_from_above
        .iter()
        .map(|d| DocLine {
            href: crate::paths::document(d.id),
            symbol: d.symbol.clone(),
            title: d.title.clone(),
            issuer: units.get(&d.issuer_unit_id).cloned().unwrap_or_default(),
            issued: fmt::date(d.issued_on),
            import_href: String::new(),
        })
        .collect();
    let owed = rd.owed(50).await?;
    drop(rd);

    let owed: Vec<OwedLine> = owed
        .into_iter()
        .map(|o| OwedLine {
            href: format!(
                "{}?don_vi={}#muc-{}",
                crate::paths::requirement(o.requirement_id),
                o.unit_id,
                o.item_id
            ),
            title: o.title,
            unit: o.unit_name,
            due: fmt::date(o.due_on),
            shown: crate::kit::label(o.shown.label_vi(), o.shown.label_en()),
            late: o.shown == domain::compliance::Shown::Late,
            reason: o.return_reason.unwrap_or_default(),
        })
        .collect();
    let queue_first = assigns && (user.nav.work == Some("queue") || !reports);
    let title = i18n::t(lang, if queue_first { "queue" } else { "my_work" });
    let page = MyWorkPage {
        l: Layout::new(Some(&user), &uri, title, "work"),
        heads: heads(lang, None),
        bulk: false,
        reports,
        assigns,
        to_answer: explanation_lines(&work.explanations_to_answer, &units, clock.today, lang),
        decisions: extension_lines(&work.decisions_received, &units, lang),
        to_decide: extension_lines(&queue.extensions_to_decide, &units, lang),
        sent: explanation_lines(&queue.explanations_sent, &units, clock.today, lang),
        empty: work.is_empty() && queue.is_empty() && owed.is_empty(),
        has_mine: !work.is_empty() || !owed.is_empty(),
        owed,
        queue_first,
        sections,
        plans,
        directives,
    };
    Ok(render(&page))
}
