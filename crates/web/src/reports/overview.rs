//! `/tong-quan?don_vi=<id>&ky=2023`: everything a leader reads about a subtree and period.

use askama::Template;
use axum::Extension;
use axum::extract::{Query, State};
use axum::http::Uri;
use axum::response::Response;
use chrono::Datelike;
use domain::ErrorCode;
use domain::period::Period;
use domain::status::TaskStatus;
use serde::Deserialize;
use store::rollup::{OverdueTask, RollupQuery, StatusCounts};

use crate::AppState;
use crate::auth::Auth;
use crate::error::{ApiError, Lang};
use crate::kit::{Layout, PageError, PageUser, fmt, i18n, render, status_class, status_fill, status_label};
use crate::reports::chart::{self, Bar, Part};
use crate::reports::rag::{self, Rag, RagStyle};
use domain::rag::Thresholds;

#[derive(Deserialize)]
pub struct OverviewQuery {
    don_vi: Option<String>,
    ky: Option<String>,
}

/// The statuses shown as columns, in reading order.
pub const COLUMNS: [TaskStatus; 8] = [
    TaskStatus::NotStarted,
    TaskStatus::InProgress,
    TaskStatus::DueSoon,
    TaskStatus::Overdue,
    TaskStatus::ExtensionPending,
    TaskStatus::CompletedOnTime,
    TaskStatus::CompletedLate,
    TaskStatus::Cancelled,
];

pub struct Crumb {
    pub name: String,
    pub href: String,
}

pub struct Row {
    pub name: String,
    pub href: String,
    pub own: bool,
    pub rag_class: &'static str,
    pub rag_label: &'static str,
    pub total: String,
    /// The task list behind the total (all statuses).
    pub total_href: String,
    pub counts: Vec<String>,
    /// The task list behind each count, parallel to `counts`.
    pub count_hrefs: Vec<String>,
    pub completion: String,
    pub on_time: String,
}

pub struct TaskLine {
    pub href: String,
    pub code: String,
    pub title: String,
    pub due: String,
    pub days_late: String,
    pub unit: String,
    pub unit_href: String,
    pub person: String,
    pub progress: i32,
    pub status_label: &'static str,
    pub status_class: &'static str,
}

pub struct PeriodOption {
    pub value: String,
    pub label: String,
    pub selected: bool,
}

#[derive(Template)]
#[template(path = "reports/overview.html")]
struct OverviewPage {
    l: Layout,
    unit_name: String,
    period_label: String,
    unit_id: i64,
    period_code: String,
    as_of: String,
    crumbs: Vec<Crumb>,
    periods: Vec<PeriodOption>,
    columns: Vec<&'static str>,
    /// The subtree's task list for the period (cards and "xem tất cả" add their filter).
    list: String,
    totals: Row,
    rows: Vec<Row>,
    chart: String,
    chart_legend: String,
    status_chart: String,
    overdue: Vec<TaskLine>,
    overdue_total: String,
    key_total: String,
    key_done: String,
    key_overdue: String,
    key_open: Vec<TaskLine>,
    targets_headline: String,
    targets_total: i64,
    targets_exceeded: String,
    targets_met: String,
    targets_missed: String,
    targets_pending: String,
    rag_rule: String,
    /// Compliance requirements concerning the unit (the latest due first).
    req_lines: Vec<crate::compliance::pages::ListLine>,
    req_href: String,
    /// The latest conference held by or reaching the unit: "Quán triệt đến 14/14 điểm cầu".
    conference: Option<crate::conferences::pages::Line>,
}

fn overview_href(unit: i64, period: &str) -> String {
    format!("{}?don_vi={unit}&ky={period}", crate::paths::OVERVIEW)
}

/// The task list of a unit's subtree (or, `own`, of the unit itself) in a period, as the
/// overview counts it.
pub fn list_href(unit: i64, own: bool, period: &str) -> String {
    let own = if own { "&rieng=1" } else { "" };
    format!("{}?don_vi={unit}{own}&ky={period}", crate::paths::TASKS)
}

fn row(name: String, href: String, list: String, own: bool, c: &StatusCounts, th: &Thresholds) -> Row {
    let rag = rag::of(c, th);
    Row {
        name,
        href,
        own,
        rag_class: rag.class(),
        rag_label: i18n::t(Lang::current(), rag.key()),
        total: fmt::int(c.total),
        count_hrefs: COLUMNS
            .iter()
            .map(|s| format!("{list}&trang_thai={}", s.as_str()))
            .collect(),
        total_href: list,
        counts: COLUMNS.iter().map(|s| fmt::int(c.get(*s))).collect(),
        completion: fmt::percent(c.completion_rate),
        on_time: fmt::percent(c.on_time_rate),
    }
}

pub fn task_line(t: &OverdueTask) -> TaskLine {
    TaskLine {
        href: crate::paths::task(t.id),
        code: t.code.clone().unwrap_or_default(),
        title: t.title.clone(),
        due: fmt::opt_date(t.due_on),
        days_late: fmt::int(t.days_late),
        unit: t.lead_unit_name.clone(),
        unit_href: crate::paths::unit(t.lead_unit_id),
        person: t.responsible_name.clone().unwrap_or_default(),
        progress: t.progress,
        status_label: t.status.map(status_label).unwrap_or(""),
        status_class: t.status.map(status_class).unwrap_or(""),
    }
}

pub fn period_label(p: &Period, lang: Lang) -> String {
    let (from, to) = p.bounds();
    let y = p.year;
    if from.month() == 1 && to.month() == 12 {
        match lang {
            Lang::Vi => format!("Năm {y}"),
            Lang::En => format!("Year {y}"),
        }
    } else if to.month() - from.month() == 2 && from.month() % 3 == 1 {
        let q = from.month().div_ceil(3);
        match lang {
            Lang::Vi => format!("Quý {}/{y}", ["I", "II", "III", "IV"][q as usize - 1]),
            Lang::En => format!("Q{q} {y}"),
        }
    } else {
        format!("{} – {}", fmt::date(from), fmt::date(to))
    }
}

pub async fn page(
    State(st): State<AppState>,
    auth: Auth,
    Extension(user): Extension<PageUser>,
    uri: Uri,
    Query(q): Query<OverviewQuery>,
) -> Result<Response, PageError> {
    let lang = Lang::current();
    let clock = st.app.clock.clock();
    let mut rd = st.app.read(&auth).await?;
    let unit_id = match q.don_vi.as_deref().filter(|s| !s.is_empty()) {
        Some(s) => s.trim().parse::<i64>().map_err(|_| not_found(s))?,
        None => rd.own_unit().await?,
    };
    let period_code =
        q.ky.as_deref()
            .filter(|s| !s.is_empty())
            .map(str::to_string)
            .unwrap_or_else(|| clock.today.year().to_string());
    let period = Period::parse(&period_code).map_err(ApiError::from)?;
    let (from, to) = period.bounds();
    let r = rd
        .rollup(RollupQuery {
            unit_id,
            from: Some(from),
            to: Some(to),
            clock,
            overdue_limit: 20,
        })
        .await?;
    // Breadcrumbs stop at the top of what the user may see.
    let crumbs = crate::kit::visible_ancestors(&mut rd, unit_id)
        .await?
        .into_iter()
        .map(|u| Crumb {
            href: overview_href(u.id, &period_code),
            name: u.name,
        })
        .collect();
    let query = app::compliance_read::ListQuery {
        within: Some(unit_id),
        document_id: None,
    };
    let req_lines = app::compliance_read::list_in(&mut rd, query, 5)
        .await?
        .iter()
        .map(|x| crate::compliance::pages::ListLine::of(x, Some(unit_id)))
        .collect();
    let conference = app::conferences_read::latest_in(&mut rd, unit_id)
        .await?
        .as_ref()
        .map(crate::conferences::pages::Line::of);
    drop(rd);
    let th = st.rag();

    let own_label = i18n::t(lang, "own_tasks");
    let rows: Vec<Row> = r
        .children
        .iter()
        .map(|c| {
            if c.own {
                row(
                    format!("{} ({own_label})", c.name),
                    crate::paths::unit(c.unit_id),
                    list_href(c.unit_id, true, &period_code),
                    true,
                    &c.counts,
                    th,
                )
            } else {
                row(
                    c.name.clone(),
                    overview_href(c.unit_id, &period_code),
                    list_href(c.unit_id, false, &period_code),
                    false,
                    &c.counts,
                    th,
                )
            }
        })
        .collect();
    let bars: Vec<Bar> = r
        .children
        .iter()
        .filter(|c| c.counts.total > 0)
        .map(|c| Bar {
            href: list_href(c.unit_id, c.own, &period_code),
            label: if c.own {
                format!("{} ({own_label})", c.name)
            } else {
                c.name.clone()
            },
            value: c.counts.completion_rate.unwrap_or(0.0),
            text: format!(
                "{} ({}/{})",
                fmt::percent(c.counts.completion_rate),
                fmt::int(done(&c.counts)),
                fmt::int(c.counts.total - c.counts.get(TaskStatus::Cancelled))
            ),
            fill: rag::of(&c.counts, th).fill(),
        })
        .collect();
    let (chart, chart_legend) = if bars.is_empty() {
        (String::new(), String::new())
    } else {
        // The colour key lists the assessments the bars use (grey only when present).
        let used: Vec<(&str, &str)> = Rag::ALL
            .iter()
            .filter(|g| **g != Rag::None || bars.iter().any(|b| b.fill == g.fill()))
            .map(|g| (g.fill(), i18n::t(lang, g.key())))
            .collect();
        (
            chart::bars(i18n::t(lang, "chart_completion"), &bars),
            chart::legend(i18n::t(lang, "chart_legend_rag"), &used),
        )
    };
    let status_chart = status_mix(&r.totals, lang);
    let t = &r.targets;
    let page = OverviewPage {
        req_lines,
        req_href: format!("{}?don_vi={unit_id}", crate::paths::REQUIREMENTS),
        conference,
        l: Layout::new(
            Some(&user),
            &uri,
            format!("{} — {}", i18n::t(lang, "overview"), r.unit_name),
            "overview",
        ),
        period_label: period_label(&period, lang),
        unit_name: r.unit_name.clone(),
        unit_id,
        as_of: fmt::date(r.as_of),
        crumbs,
        periods: period_options(clock.today.year(), &period_code, lang),
        period_code: period_code.clone(),
        columns: COLUMNS.iter().map(|s| status_label(*s)).collect(),
        totals: row(
            i18n::t(lang, "total").into(),
            String::new(),
            list_href(unit_id, false, &period_code),
            false,
            &r.totals,
            th,
        ),
        list: list_href(unit_id, false, &period_code),
        rag_rule: rag::rule_text(lang, th),
        rows,
        chart,
        chart_legend,
        status_chart,
        overdue: r.overdue.iter().map(task_line).collect(),
        overdue_total: fmt::int(r.overdue_total),
        key_total: fmt::int(r.key_tasks.total),
        key_done: fmt::int(done(&r.key_tasks)),
        key_overdue: fmt::int(r.key_tasks.get(TaskStatus::Overdue)),
        key_open: r.key_open.iter().take(10).map(task_line).collect(),
        targets_headline: match lang {
            Lang::Vi => r.targets_headline.clone(),
            Lang::En => t.headline_en(),
        },
        targets_total: t.total,
        targets_exceeded: fmt::int(t.exceeded),
        targets_met: fmt::int(t.met),
        targets_missed: fmt::int(t.missed),
        targets_pending: fmt::int(t.pending),
    };
    Ok(render(&page))
}

/// The subtree's tasks by status as one stacked bar (empty when there are no tasks).
fn status_mix(c: &StatusCounts, lang: Lang) -> String {
    if c.total == 0 {
        return String::new();
    }
    let parts: Vec<Part> = COLUMNS
        .iter()
        .map(|s| {
            let n = c.get(*s);
            Part {
                label: status_label(*s).to_string(),
                count: n,
                text: format!(
                    "{} ({})",
                    fmt::int(n),
                    fmt::percent(Some(n as f64 * 100.0 / c.total as f64))
                ),
                fill: status_fill(*s),
            }
        })
        .collect();
    chart::stacked(i18n::t(lang, "chart_status_mix"), &parts)
}

fn done(c: &StatusCounts) -> i64 {
    c.get(TaskStatus::CompletedOnTime) + c.get(TaskStatus::CompletedLate)
}

fn not_found(what: &str) -> ApiError {
    ApiError::new(
        ErrorCode::NotFound,
        format!("Không tìm thấy đơn vị “{what}”."),
        format!("No unit “{what}”."),
    )
}

/// Years around today and their quarters, newest first; the chosen one kept even if outside.
pub fn period_options(this_year: i32, chosen: &str, lang: Lang) -> Vec<PeriodOption> {
    let mut out = Vec::new();
    for y in (this_year - 5..=this_year + 1).rev() {
        let mut codes = vec![y.to_string()];
        codes.extend((1..=4).map(|q| format!("{y}-Q{q}")));
        for c in codes {
            if let Ok(p) = Period::parse(&c) {
                out.push(PeriodOption {
                    selected: c == chosen,
                    label: period_label(&p, lang),
                    value: c,
                });
            }
        }
    }
    if !out.iter().any(|o| o.selected)
        && let Ok(p) = Period::parse(chosen)
    {
        out.insert(
            0,
            PeriodOption {
                value: chosen.to_string(),
                label: period_label(&p, lang),
                selected: true,
            },
        );
    }
    out
}
