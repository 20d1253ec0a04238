//! `/van-ban/{id}`: a document — symbol, kind, issuer, dates, validity; the implementation
//! graph up and down as links; its tasks as a filterable, sortable table.

use std::collections::BTreeMap;

use askama::Template;
use axum::Extension;
use axum::extract::{Path, Query, State};
use axum::http::Uri;
use axum::response::Response;
use chrono::Datelike;
use domain::access::Operation;
use domain::document::LinkKind;
use domain::status::TaskStatus;
use serde::Deserialize;
use store::access::Subject;
use store::tasks::{TaskFilter, TaskSort};

use crate::AppState;
use crate::auth::Auth;
use crate::error::{ApiError, Lang};
use crate::kit::pager::{PAGE_SIZE, Pager, page_number};
use crate::kit::{Layout, PageError, PageUser, fmt, i18n, label, render, status_label, urlencode};
use crate::tasks::pages::{Opt, num};
use crate::tasks::rows::{Head, Line, heads, task_lines};

/// Most documents drawn in the graph below a document.
const GRAPH_MAX: usize = 300;

#[derive(Deserialize, Default)]
pub struct DocQuery {
    #[serde(default)]
    trang_thai: String,
    #[serde(default)]
    don_vi: String,
    #[serde(default)]
    trong_tam: String,
    #[serde(default)]
    sap_xep: String,
    #[serde(default)]
    trang: String,
}

/// A linked document; `href` is empty when the user may not open it.
pub struct LinkLine {
    /// The link's id (a direct link; 0 in the graph below), for removing it.
    pub link_id: i64,
    pub href: String,
    pub kind: &'static str,
    pub symbol: String,
    pub title: String,
    pub issued: String,
}

/// One document of the graph below, indented by its depth (0–5).
pub struct TreeLine {
    pub depth: usize,
    pub link: LinkLine,
}

#[derive(Template)]
#[template(path = "documents/document.html")]
struct DocumentPage {
    l: Layout,
    /// The reader administers accounts: the change log shows client addresses.
    show_addresses: bool,
    /// Linked documents the reader may not open (not listed, only counted).
    hidden_links: usize,
    /// The user may edit the document, link it and assign its tasks (links to the forms).
    can_manage: bool,
    id: i64,
    symbol: String,
    symbol_raw: String,
    kind: &'static str,
    form: &'static str,
    title: String,
    issuer: String,
    issuer_href: String,
    issued: String,
    valid_from: String,
    valid_to: String,
    validity: &'static str,
    up: Vec<LinkLine>,
    down: Vec<LinkLine>,
    tree: Vec<TreeLine>,
    statuses: Vec<Opt>,
    units: Vec<Opt>,
    sorts: Vec<Opt>,
    key_only: bool,
    lines: Vec<Line>,
    heads: Vec<Head>,
    bulk: bool,
    pager: Pager,
    audit: Vec<crate::audit::pages::AuditRow>,
    progress_chart: String,
    /// Compliance requirements set from the document, and where to set one.
    req_lines: Vec<crate::compliance::pages::ListLine>,
    new_requirement: String,
    /// Conferences that disseminated the document or were concluded by it.
    conferences: Vec<crate::conferences::pages::Line>,
}

/// Most of a plan's tasks read for its lead-unit choices and its progress chart.
const PLAN_TASKS_MAX: i64 = 10_000;

/// The plan's progress by month: tasks completed so far against tasks due so far
/// (cumulative, cancelled tasks left out), from January of the plan's year to December of
/// the last year a task is due or completed in (at most two years more). Empty when no
/// task has a date.
fn progress_chart(tasks: &[store::model::Task], year: i32, lang: Lang) -> String {
    let live: Vec<&store::model::Task> = tasks.iter().filter(|t| t.cancelled_on.is_none()).collect();
    let month = |d: chrono::NaiveDate| (d.year(), d.month());
    let last_year = live
        .iter()
        .flat_map(|t| [t.due_on, t.completed_on])
        .flatten()
        .map(|d| d.year())
        .max();
    let Some(last_year) = last_year else {
        return String::new();
    };
    let last_year = last_year.clamp(year, year + 2);
    let months: Vec<(i32, u32)> = (year..=last_year).flat_map(|y| (1..=12).map(move |m| (y, m))).collect();
    let upto = |dates: &dyn Fn(&store::model::Task) -> Option<chrono::NaiveDate>| -> Vec<i64> {
        months
            .iter()
            .map(|m| live.iter().filter(|t| dates(t).is_some_and(|d| month(d) <= *m)).count() as i64)
            .collect()
    };
    let labels: Vec<String> = months.iter().map(|(y, m)| format!("{m}/{:02}", y % 100)).collect();
    crate::reports::chart::lines(
        i18n::t(lang, "chart_plan_progress"),
        &labels,
        &[
            crate::reports::chart::Series {
                label: i18n::t(lang, "chart_due_cumulative").into(),
                fill: "#0b3d91",
                values: upto(&|t| t.due_on),
                dashed: true,
            },
            crate::reports::chart::Series {
                label: i18n::t(lang, "chart_done_cumulative").into(),
                fill: "#1e7b34",
                values: upto(&|t| t.completed_on),
                dashed: false,
            },
        ],
    )
}

fn kind_label(k: LinkKind) -> &'static str {
    label(k.label_vi(), k.label_en())
}

pub async fn page(
    State(st): State<AppState>,
    auth: Auth,
    Extension(user): Extension<PageUser>,
    uri: Uri,
    Path(id): Path<i64>,
    Query(q): Query<DocQuery>,
) -> Result<Response, PageError> {
    let lang = Lang::current();
    let clock = st.app.clock.clock();
    let lead_unit = num("don_vi", &q.don_vi)?;
    let page = page_number("trang", &q.trang)?;
    let status = match q.trang_thai.as_str() {
        "" => None,
        s => Some(TaskStatus::parse(s).ok_or_else(|| {
            ApiError::bad_request(
                Some("trang_thai".into()),
                format!("Trạng thái “{s}” không hợp lệ."),
                format!("Unknown status “{s}”."),
            )
        })?),
    };
    let sort = match q.sap_xep.as_str() {
        "" => TaskSort::Code,
        s => TaskSort::parse(s).unwrap_or(TaskSort::Code),
    };
    let mut rd = st.app.read(&auth).await?;
    let b = rd.belonging(Subject::Document(id)).await?;
    let can_manage = rd.may_on(&b, Operation::UpdateDocument);
    let doc = rd.document(id).await?;
    let issuer_readable = rd.may_read(Subject::Unit(doc.issuer_unit_id)).await?;
    let issuer_name = rd
        .unit_names(&[doc.issuer_unit_id])
        .await?
        .remove(&doc.issuer_unit_id)
        .unwrap_or_default();
    let issuer_href = if issuer_readable {
        crate::paths::unit(doc.issuer_unit_id)
    } else {
        String::new()
    };

    // The graph: direct links up and down, then everything below, as a tree.
    let mut up = Vec::new();
    let mut down = Vec::new();
    // Links to documents the user may not open are not shown, title included.
    let (links, hidden_links) = rd.links(id).await?;
    for k in links {
        let line = LinkLine {
            link_id: k.link_id,
            href: crate::paths::document(k.document_id),
            kind: kind_label(k.kind),
            symbol: k.symbol,
            title: k.title,
            issued: fmt::date(k.issued_on),
        };
        if k.direction == "up" {
            up.push(line)
        } else {
            down.push(line)
        }
    }
    // Every document below that the user may open, read together with its edges.
    let (edges, readable) = rd.descendants_with_documents(id).await?;
    let mut below: BTreeMap<i64, Vec<(i64, String)>> = BTreeMap::new();
    for (from, to, kind) in edges {
        below.entry(to).or_default().push((from, kind));
    }
    let mut tree = Vec::new();
    let mut stack: Vec<(i64, usize, String)> = below
        .get(&id)
        .map(|v| v.iter().rev().map(|(f, k)| (*f, 0, k.clone())).collect())
        .unwrap_or_default();
    let mut seen = std::collections::HashSet::from([id]);
    while let Some((doc_id, depth, kind)) = stack.pop() {
        if tree.len() >= GRAPH_MAX || !seen.insert(doc_id) {
            continue;
        }
        // Documents out of the user's scope are not shown, nor what hangs below them.
        let Some(d) = readable.get(&doc_id).cloned() else {
            continue;
        };
        tree.push(TreeLine {
            depth: depth.min(5),
            link: LinkLine {
                link_id: 0,
                href: crate::paths::document(doc_id),
                kind: LinkKind::parse(&kind).map(kind_label).unwrap_or(""),
                symbol: d.symbol,
                title: d.title,
                issued: fmt::date(d.issued_on),
            },
        });
        if let Some(children) = below.get(&doc_id) {
            stack.extend(children.iter().rev().map(|(f, k)| (*f, depth + 1, k.clone())));
        }
    }

    // The tasks: filtered, sorted, one page.
    let base = TaskFilter {
        plan_id: Some(id),
        ..Default::default()
    };
    let f = TaskFilter {
        lead_unit_id: lead_unit,
        status,
        is_key: (q.trong_tam == "1").then_some(true),
        sort,
        ..base.clone()
    };
    let offset = (page - 1) * PAGE_SIZE;
    let found = rd.tasks(f, PAGE_SIZE, offset).await?;
    let lines = task_lines(&mut rd, &found.items, &clock).await?;
    // Lead units to filter by, and the progress chart: from the plan's tasks.
    let all = rd.tasks(base, PLAN_TASKS_MAX, 0).await?;
    let progress_chart = progress_chart(&all.items, doc.issued_on.year(), lang);
    let mut unit_ids: Vec<i64> = all.items.iter().map(|t| t.lead_unit_id).collect();
    unit_ids.sort_unstable();
    unit_ids.dedup();
    let unit_names = rd.unit_names(&unit_ids).await?;
    let mut units = Vec::new();
    for u in unit_ids {
        let name = unit_names.get(&u).cloned().unwrap_or_default();
        units.push(Opt {
            selected: Some(u) == lead_unit,
            value: u.to_string(),
            label: name,
        });
    }
    units.sort_by_key(|o| vntext::collation_key(&o.label));
    let audit = crate::audit::pages::rows(&mut rd, Subject::Document(id), lang).await?;
    let new_requirement = if rd
        .may(Operation::CreateRequirement, Subject::Unit(doc.issuer_unit_id))
        .await?
    {
        format!("{}?van_ban={id}", crate::paths::REQUIREMENT_NEW)
    } else {
        String::new()
    };
    let query = app::compliance_read::ListQuery {
        within: None,
        document_id: Some(id),
    };
    let req_lines = app::compliance_read::list_in(&mut rd, query, 20)
        .await?
        .iter()
        .map(|x| crate::compliance::pages::ListLine::of(x, None))
        .collect();
    let conferences = crate::conferences::pages::lines_of_document(&mut rd, id).await?;
    drop(rd);
    let show_addresses = auth.principal.may_at_all(domain::access::Action::ManageUsers);

    let statuses = TaskStatus::ALL
        .iter()
        .map(|s| Opt {
            value: s.as_str().into(),
            label: status_label(*s).into(),
            selected: Some(*s) == status,
        })
        .collect();
    let sorts = [
        ("code", "sort_code"),
        ("due", "sort_due"),
        ("progress", "sort_progress"),
    ]
    .iter()
    .map(|(v, k)| Opt {
        value: (*v).into(),
        label: i18n::t(lang, k).into(),
        selected: TaskSort::parse(v) == Some(sort),
    })
    .collect();
    let link = |p: i64| {
        let mut s = format!("{}?", crate::paths::document(id));
        for (k, v) in [
            ("trang_thai", &q.trang_thai),
            ("don_vi", &q.don_vi),
            ("trong_tam", &q.trong_tam),
            ("sap_xep", &q.sap_xep),
        ] {
            if !v.is_empty() {
                s.push_str(&format!("{k}={}&", urlencode(v)));
            }
        }
        s.push_str(&format!("trang={p}#nhiem-vu"));
        s
    };
    let today = clock.today;
    let validity = match (doc.valid_from, doc.valid_to) {
        (Some(f), _) if f > today => "not_yet_valid",
        (_, Some(t)) if t < today => "expired",
        _ => "in_force",
    };
    let view = DocumentPage {
        req_lines,
        conferences,
        new_requirement,
        can_manage,
        audit,
        show_addresses,
        hidden_links,
        progress_chart,
        l: Layout::new(Some(&user), &uri, format!("{} {}", doc.symbol, doc.title), ""),
        id,
        kind: label(doc.kind.label_vi(), doc.kind.label_en()),
        form: label(doc.form.label_vi(), doc.form.label_en()),
        symbol_raw: if doc.symbol_raw != doc.symbol {
            doc.symbol_raw.clone()
        } else {
            String::new()
        },
        symbol: doc.symbol,
        title: doc.title,
        issuer: issuer_name,
        issuer_href,
        issued: fmt::date(doc.issued_on),
        valid_from: doc.valid_from.map(fmt::date).unwrap_or_default(),
        valid_to: doc.valid_to.map(fmt::date).unwrap_or_default(),
        validity,
        up,
        down,
        tree,
        statuses,
        units,
        sorts,
        key_only: q.trong_tam == "1",
        lines,
        heads: heads(Lang::current(), None),
        bulk: false,
        pager: Pager::new(lang, page, found.items.len(), found.total, false, link),
    };
    Ok(render(&view))
}
