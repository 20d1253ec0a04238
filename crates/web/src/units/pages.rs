//! `/don-vi/{id}?xem=chu-tri|phoi-hop&trang=N`: a unit — its record, its tasks as lead and
//! as cooperating unit, its people (heads first), its documents and its subunits.

use askama::Template;
use axum::Extension;
use axum::extract::{Path, Query, State};
use axum::http::Uri;
use axum::response::Response;
use domain::access::Operation;
use domain::status::TaskStatus;
use serde::Deserialize;
use store::access::Subject;
use store::rollup::RollupQuery;
use store::tasks::{TaskFilter, TaskSort};

use crate::AppState;
use crate::auth::Auth;
use crate::error::Lang;
use crate::kit::pager::{COUNT_CAP, PAGE_SIZE, Pager, count_text, page_number};
use crate::kit::{Layout, PageError, PageUser, fmt, i18n, label, render, status_label};
use crate::reports::overview::{COLUMNS, Crumb};
use crate::reports::rag::{self, RagStyle};
use crate::tasks::rows::{Head, Line, heads, task_lines};

/// People and documents shown on the page (the most relevant first).
const PEOPLE_MAX: i64 = 100;
const DOCUMENTS_MAX: i64 = 50;

#[derive(Deserialize, Default)]
pub struct UnitQuery {
    #[serde(default)]
    xem: String,
    #[serde(default)]
    trang: String,
}

pub struct Tab {
    pub label: &'static str,
    pub count: String,
    pub href: String,
    pub current: bool,
}

pub struct PersonLine {
    pub name: String,
    pub unit: String,
    /// Empty for the page's own unit.
    pub unit_href: String,
    pub position: String,
    pub category: &'static str,
    pub is_head: bool,
    pub party_member: bool,
}

pub struct DocLine {
    pub href: String,
    pub symbol: String,
    pub kind: &'static str,
    pub title: String,
    pub issued: String,
}

pub struct Child {
    pub href: String,
    pub name: String,
}

#[derive(Template)]
#[template(path = "units/unit.html")]
struct UnitPage {
    l: Layout,
    /// The user may edit the unit, add subunits and people (links to the forms).
    can_organise: bool,
    /// The user may register documents for the unit.
    can_manage: bool,
    /// Each link is offered only to those its own operation allows.
    can_publish: bool,
    can_target: bool,
    id: i64,
    name: String,
    kind: &'static str,
    short_name: String,
    crumbs: Vec<Crumb>,
    children: Vec<Child>,
    as_of: String,
    total: String,
    rag_class: &'static str,
    rag_label: &'static str,
    rag_rule: String,
    completion: String,
    on_time: String,
    overdue: String,
    columns: Vec<&'static str>,
    counts: Vec<String>,
    own_total: String,
    tabs: Vec<Tab>,
    lines: Vec<Line>,
    heads: Vec<Head>,
    bulk: bool,
    pager: Pager,
    people: Vec<PersonLine>,
    people_total: String,
    documents: Vec<DocLine>,
    documents_total: String,
    /// Compliance requirements concerning the unit, and where to set one (when the user may).
    lines_req: Vec<crate::compliance::pages::ListLine>,
    new_requirement: String,
    /// Conferences the unit held or was a bridge point of, and where to add one.
    conferences: Vec<crate::conferences::pages::Line>,
    new_conference: String,
}

pub async fn page(
    State(st): State<AppState>,
    auth: Auth,
    Extension(user): Extension<PageUser>,
    uri: Uri,
    Path(id): Path<i64>,
    Query(q): Query<UnitQuery>,
) -> Result<Response, PageError> {
    let lang = Lang::current();
    let clock = st.app.clock.clock();
    let cooperating = q.xem == "phoi-hop";
    let page = page_number("trang", &q.trang)?;
    let mut rd = st.app.read(&auth).await?;
    let unit = rd.unit(id).await?;
    let can_organise = rd.may(Operation::UpdateUnit, Subject::Unit(id)).await?;
    let can_manage = rd.may(Operation::CreateDocument, Subject::Unit(id)).await?;
    let can_publish = rd.may(Operation::PublishUnit, Subject::Unit(id)).await?;
    let can_target = rd.may(Operation::CreateTarget, Subject::Unit(id)).await?;
    let crumbs = crate::kit::visible_ancestors(&mut rd, id)
        .await?
        .into_iter()
        .map(|u| Crumb {
            href: crate::paths::unit(u.id),
            name: u.name,
        })
        .collect();
    let children = rd
        .children(id)
        .await?
        .into_iter()
        .map(|u| Child {
            href: crate::paths::unit(u.id),
            name: u.name,
        })
        .collect();
    let r = rd
        .rollup_lines(RollupQuery {
            unit_id: id,
            from: None,
            to: None,
            clock,
            overdue_limit: 0,
        })
        .await?;

    // Tasks: the chosen tab's page, and the other tab's count.
    let visibility = None;
    // As lead: tasks led by the unit or its subunits (a ward's tasks are led by its bodies);
    // as cooperating unit: the unit itself.
    let lead_filter = TaskFilter {
        within: Some(id),
        sort: TaskSort::Due,
        visibility: visibility.clone(),
        ..Default::default()
    };
    let coop_filter = TaskFilter {
        within: None,
        cooperating_unit_id: Some(id),
        ..lead_filter.clone()
    };
    let (shown, other) = if cooperating {
        (&coop_filter, &lead_filter)
    } else {
        (&lead_filter, &coop_filter)
    };
    let offset = (page - 1) * PAGE_SIZE;
    let (found, more) = rd.tasks_capped(shown.clone(), PAGE_SIZE, offset, COUNT_CAP).await?;
    let (other, other_more) = rd.tasks_capped(other.clone(), 0, 0, COUNT_CAP).await?;
    let lines = task_lines(&mut rd, &found.items, &clock).await?;
    let (lead_total, coop_total) = if cooperating {
        ((other.total, other_more), (found.total, more))
    } else {
        ((found.total, more), (other.total, other_more))
    };

    let people = rd
        .people(
            store::people::PersonFilter {
                within: Some(id),
                ..Default::default()
            },
            PEOPLE_MAX,
            0,
        )
        .await?;
    let ids: Vec<i64> = people.items.iter().map(|p| p.unit_id).collect();
    let names = rd.unit_names(&ids).await?;
    let documents = rd
        .documents(
            store::documents::DocumentFilter {
                within: Some(id),
                ..Default::default()
            },
            DOCUMENTS_MAX,
            0,
        )
        .await?;
    let new_requirement = if rd.may(Operation::CreateRequirement, Subject::Unit(id)).await? {
        format!("{}?don_vi={id}", crate::paths::REQUIREMENT_NEW)
    } else {
        String::new()
    };
    let new_conference = if rd.may(Operation::CreateConference, Subject::Unit(id)).await? {
        format!("{}?don_vi={id}", crate::paths::CONFERENCE_NEW)
    } else {
        String::new()
    };
    let conferences = crate::conferences::pages::lines_of_unit(&mut rd, id, 10).await?;
    let query = app::compliance_read::ListQuery {
        within: Some(id),
        document_id: None,
    };
    let lines_req = app::compliance_read::list_in(&mut rd, query, 20)
        .await?
        .iter()
        .map(|x| crate::compliance::pages::ListLine::of(x, Some(id)))
        .collect();
    drop(rd);

    let tab = |xem: &str, key: &str, (n, more): (i64, bool), current: bool| Tab {
        label: i18n::t(lang, key),
        count: count_text(lang, n, more),
        href: format!("{}?xem={xem}#nhiem-vu", crate::paths::unit(id)),
        current,
    };
    let link = |p: i64| {
        let xem = if cooperating { "phoi-hop" } else { "chu-tri" };
        format!("{}?xem={xem}&trang={p}#nhiem-vu", crate::paths::unit(id))
    };
    let own = r.lines.iter().find(|c| c.own).map(|c| c.counts.total).unwrap_or(0);
    let rag = rag::of(&r.totals, st.rag());
    let view = UnitPage {
        lines_req,
        new_requirement,
        conferences,
        new_conference,
        can_organise,
        can_manage,
        can_publish,
        can_target,
        l: Layout::new(
            Some(&user),
            &uri,
            format!("{} — {}", i18n::t(lang, "unit"), unit.name),
            "",
        ),
        id,
        kind: label(unit.kind.label_vi(), unit.kind.label_en()),
        short_name: unit.short_name.clone().unwrap_or_default(),
        name: unit.name,
        crumbs,
        children,
        as_of: fmt::date(clock.today),
        total: fmt::int(r.totals.total),
        rag_class: rag.class(),
        rag_label: i18n::t(lang, rag.key()),
        rag_rule: rag::rule_text(lang, st.rag()),
        completion: fmt::percent(r.totals.completion_rate),
        on_time: fmt::percent(r.totals.on_time_rate),
        overdue: fmt::int(r.totals.get(TaskStatus::Overdue)),
        columns: COLUMNS.iter().map(|s| status_label(*s)).collect(),
        counts: COLUMNS.iter().map(|s| fmt::int(r.totals.get(*s))).collect(),
        own_total: fmt::int(own),
        tabs: vec![
            tab("chu-tri", "as_lead", lead_total, !cooperating),
            tab("phoi-hop", "as_cooperating", coop_total, cooperating),
        ],
        lines,
        heads: heads(Lang::current(), None),
        bulk: false,
        pager: Pager::new(lang, page, found.items.len(), found.total, more, link),
        people_total: fmt::int(people.total),
        people: people
            .items
            .into_iter()
            .map(|p| PersonLine {
                unit: names.get(&p.unit_id).cloned().unwrap_or_default(),
                unit_href: if p.unit_id == id {
                    String::new()
                } else {
                    crate::paths::unit(p.unit_id)
                },
                category: label(p.category.label_vi(), p.category.label_en()),
                name: p.name,
                position: p.position.unwrap_or_default(),
                is_head: p.is_head,
                party_member: p.party_member,
            })
            .collect(),
        documents_total: fmt::int(documents.total),
        documents: documents
            .items
            .into_iter()
            .map(|d| DocLine {
                href: crate::paths::document(d.id),
                kind: label(d.kind.label_vi(), d.kind.label_en()),
                symbol: d.symbol,
                title: d.title,
                issued: fmt::date(d.issued_on),
            })
            .collect(),
    };
    Ok(render(&view))
}
