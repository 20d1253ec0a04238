//! `/nhiem-vu` (the task list with filters and pages) and `/tim-kiem` (search).

use askama::Template;
use axum::Extension;
use axum::extract::{Query, State};
use axum::http::Uri;
use axum::response::Response;
use chrono::Datelike;
use domain::status::TaskStatus;
use serde::Deserialize;
use store::access::Subject;
use store::search::HitKind;
use store::tasks::{TaskFilter, TaskSort};

use crate::AppState;
use crate::auth::Auth;
use crate::error::{ApiError, Lang};
use crate::kit::pager::{COUNT_CAP, PAGE_SIZE, Pager, page_number};
use crate::kit::{Layout, PageError, PageUser, escape, i18n, render, status_label, urlencode};
use crate::tasks::rows::{Head, Line, heads, task_lines};

#[derive(Deserialize, Default)]
pub struct ListQuery {
    #[serde(default)]
    don_vi: String,
    #[serde(default)]
    trang_thai: String,
    #[serde(default)]
    trong_tam: String,
    #[serde(default)]
    ke_hoach: String,
    /// A period code (`2023`, `2023-Q4`…): tasks due in it.
    #[serde(default)]
    ky: String,
    /// The chosen unit's role: `chu_tri` (lead, the default) or `phoi_hop` (cooperating).
    #[serde(default)]
    vai_tro: String,
    /// The responsible person's id.
    #[serde(default)]
    can_bo: String,
    #[serde(default)]
    q: String,
    #[serde(default)]
    sap_xep: String,
    #[serde(default)]
    trang: String,
    /// `1`: only the tasks the chosen unit leads itself, not its subunits'.
    #[serde(default)]
    rieng: String,
    /// The outcome of a bulk action, shown once (`urge-3`, `person-2`).
    #[serde(default)]
    da_xu_ly: String,
}

pub struct Opt {
    pub value: String,
    pub label: String,
    pub selected: bool,
}

#[derive(Template)]
#[template(path = "tasks/list.html")]
struct ListPage {
    l: Layout,
    units: Vec<Opt>,
    statuses: Vec<Opt>,
    plans: Vec<Opt>,
    periods: Vec<Opt>,
    roles: Vec<Opt>,
    people: Vec<Opt>,
    sorts: Vec<Opt>,
    key_only: bool,
    /// Only the chosen unit's own tasks (from the overview's "own tasks" row).
    own_only: bool,
    q: String,
    lines: Vec<Line>,
    heads: Vec<Head>,
    /// Whether the user may act on several tasks at once (the rows get checkboxes).
    bulk: bool,
    /// People the selected tasks can be given to (the chosen unit's).
    bulk_people: Vec<Opt>,
    /// The outcome of a bulk action just done.
    done: String,
    pager: Pager,
    /// The same list as an Excel file.
    export_href: String,
    /// "Nhập từ Excel" into the plan the list is filtered by.
    import_href: String,
}

pub fn num(field: &str, s: &str) -> Result<Option<i64>, ApiError> {
    let s = s.trim();
    if s.is_empty() {
        return Ok(None);
    }
    s.parse().map(Some).map_err(|_| {
        ApiError::bad_request(
            Some(field.into()),
            format!("Giá trị “{s}” của {field} không hợp lệ."),
            format!("Invalid value “{s}” for {field}."),
        )
    })
}

/// The task filter a list's query asks for (the list page and its Excel export read the same).
pub fn filter_of(q: &ListQuery) -> Result<TaskFilter, ApiError> {
    let within = num("don_vi", &q.don_vi)?;
    let plan_id = num("ke_hoach", &q.ke_hoach)?;
    let responsible_id = num("can_bo", &q.can_bo)?;
    let (due_from, due_to) = match q.ky.trim() {
        "" => (None, None),
        code => {
            let (a, b) = domain::period::Period::parse(code).map_err(ApiError::from)?.bounds();
            (Some(a), Some(b))
        }
    };
    let cooperating = match q.vai_tro.as_str() {
        "" | "chu_tri" => false,
        "phoi_hop" => true,
        s => {
            return Err(ApiError::bad_request(
                Some("vai_tro".into()),
                format!("Vai trò “{s}” không hợp lệ."),
                format!("Unknown role “{s}”."),
            ));
        }
    };
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
    let sort = TaskSort::parse(&q.sap_xep).unwrap_or_default();
    // The chosen unit leads (in its subtree) or cooperates (the unit itself).
    let own_only = q.rieng == "1";
    let (within_f, cooperating_unit_id, lead_unit_id) = match (cooperating, own_only) {
        (true, _) => (None, within, None),
        (false, true) => (None, None, within),
        (false, false) => (within, None, None),
    };
    Ok(TaskFilter {
        within: within_f,
        lead_unit_id,
        cooperating_unit_id,
        responsible_id,
        due_from,
        due_to,
        plan_id,
        status,
        is_key: (q.trong_tam == "1").then_some(true),
        q: Some(q.q.trim().to_string()).filter(|s| !s.is_empty()),
        sort,
        ..Default::default()
    })
}

/// The unit and plan a list is narrowed to must be visible (`not_found` otherwise).
pub async fn check_filter(rd: &mut app::read::Reader<'_>, q: &ListQuery) -> Result<(), ApiError> {
    if let Some(w) = num("don_vi", &q.don_vi)? {
        rd.check(Subject::Unit(w)).await?;
    }
    if let Some(p) = num("ke_hoach", &q.ke_hoach)? {
        rd.check(Subject::Document(p)).await?;
    }
    Ok(())
}

pub async fn list(
    State(st): State<AppState>,
    auth: Auth,
    Extension(user): Extension<PageUser>,
    uri: Uri,
    Query(q): Query<ListQuery>,
) -> Result<Response, PageError> {
    let lang = Lang::current();
    let clock = st.app.clock.clock();
    let within = num("don_vi", &q.don_vi)?;
    let page = page_number("trang", &q.trang)?;
    let f = filter_of(&q)?;
    let (plan_id, responsible_id, status, sort) = (f.plan_id, f.responsible_id, f.status, f.sort);
    let cooperating = q.vai_tro == "phoi_hop";
    let own_only = q.rieng == "1";
    let mut rd = st.app.read(&auth).await?;
    check_filter(&mut rd, &q).await?;
    let offset = (page - 1) * PAGE_SIZE;
    let (found, more) = rd.tasks_capped(f, PAGE_SIZE, offset, COUNT_CAP).await?;
    let lines = task_lines(&mut rd, &found.items, &clock).await?;
    // Units to filter by: the user's home unit and its children, and the chosen one.
    let mut units = Vec::new();
    if let Some(home) = rd.home_unit().await? {
        let mut list = vec![rd.unit(home).await?];
        list.extend(rd.children(home).await?);
        if let Some(w) = within
            && !list.iter().any(|u| u.id == w)
        {
            list.push(rd.unit(w).await?);
        }
        for u in list {
            units.push(Opt {
                selected: Some(u.id) == within,
                value: u.id.to_string(),
                label: u.name,
            });
        }
    }
    // People to filter by: those of the chosen unit's subtree, and the chosen one.
    let mut people = Vec::new();
    if let Some(w) = within {
        let found = rd
            .people(
                store::people::PersonFilter {
                    within: Some(w),
                    ..Default::default()
                },
                300,
                0,
            )
            .await?;
        people.extend(found.items.into_iter().map(|p| Opt {
            selected: Some(p.id) == responsible_id,
            value: p.id.to_string(),
            label: p.name,
        }));
    }
    if let Some(r) = responsible_id
        && !people.iter().any(|o| o.selected)
        && let Ok(p) = rd.person(r).await
    {
        people.push(Opt {
            selected: true,
            value: r.to_string(),
            label: p.name,
        });
    }
    let docs = rd
        .documents(store::documents::DocumentFilter::default(), 200, 0)
        .await?;
    drop(rd);
    let plans = docs
        .items
        .into_iter()
        .map(|d| Opt {
            selected: Some(d.id) == plan_id,
            value: d.id.to_string(),
            label: d.symbol,
        })
        .collect();
    let periods = std::iter::once(Opt {
        value: String::new(),
        label: i18n::t(lang, "all").into(),
        selected: q.ky.trim().is_empty(),
    })
    .chain(
        crate::reports::overview::period_options(clock.today.year(), q.ky.trim(), lang)
            .into_iter()
            .map(|p| Opt {
                selected: p.selected && !q.ky.trim().is_empty(),
                value: p.value,
                label: p.label,
            }),
    )
    .collect();
    let roles = [("chu_tri", "role_lead"), ("phoi_hop", "role_cooperating")]
        .iter()
        .map(|(v, k)| Opt {
            value: (*v).into(),
            label: i18n::t(lang, k).into(),
            selected: (*v == "phoi_hop") == cooperating,
        })
        .collect();
    let statuses = TaskStatus::ALL
        .iter()
        .map(|s| Opt {
            value: s.as_str().into(),
            label: status_label(*s).into(),
            selected: Some(*s) == status,
        })
        .collect();
    let sorts = [
        ("urgency", "sort_urgency"),
        ("due", "sort_due"),
        ("code", "sort_code"),
        ("updated", "sort_updated"),
        ("progress", "sort_progress"),
    ]
    .iter()
    .map(|(v, k)| Opt {
        value: (*v).into(),
        label: i18n::t(lang, k).into(),
        selected: TaskSort::parse(v) == Some(sort),
    })
    .collect();
    let query = |sort: Option<&str>| {
        let mut s = format!("{}?", crate::paths::TASKS);
        for (k, v) in [
            ("don_vi", q.don_vi.as_str()),
            ("trang_thai", &q.trang_thai),
            ("trong_tam", &q.trong_tam),
            ("ke_hoach", &q.ke_hoach),
            ("ky", &q.ky),
            ("vai_tro", &q.vai_tro),
            ("can_bo", &q.can_bo),
            ("rieng", &q.rieng),
            ("q", &q.q),
            ("sap_xep", sort.unwrap_or(&q.sap_xep)),
        ] {
            if !v.is_empty() {
                s.push_str(&format!("{k}={}&", urlencode(v)));
            }
        }
        s
    };
    let link = |p: i64| format!("{}trang={p}", query(None));
    let sort_link = |by: TaskSort| query(Some(by.code())).trim_end_matches('&').to_string();
    let bulk = auth.principal.may_at_all(domain::access::Action::FollowUp);
    let bulk_people = if auth.principal.may_at_all(domain::access::Action::ManageWork) {
        people
            .iter()
            .map(|o| Opt {
                value: o.value.clone(),
                label: o.label.clone(),
                selected: false,
            })
            .collect()
    } else {
        Vec::new()
    };
    let done = bulk_outcome(lang, &q.da_xu_ly);
    let export_href = query(None)
        .replacen(
            &format!("{}?", crate::paths::TASKS),
            &format!("{}?", crate::paths::TASKS_EXPORT),
            1,
        )
        .trim_end_matches(['&', '?'])
        .to_string();
    let page_view = ListPage {
        l: Layout::new(Some(&user), &uri, i18n::t(lang, "tasks"), "tasks"),
        units,
        statuses,
        plans,
        periods,
        roles,
        people,
        sorts,
        key_only: q.trong_tam == "1",
        own_only,
        q: q.q.clone(),
        lines,
        heads: heads(lang, Some((&sort_link, sort))),
        bulk,
        bulk_people,
        done,
        pager: Pager::new(lang, page, found.items.len(), found.total, more, link),
        export_href,
        import_href: match q.ke_hoach.trim() {
            "" => String::new(),
            p if user.nav.sheet_import => format!(
                "{}?loai=nhiem-vu&ke_hoach={}",
                crate::paths::SHEET_IMPORT,
                crate::kit::urlencode(p)
            ),
            _ => String::new(),
        },
    };
    Ok(render(&page_view))
}

/// The sentence shown after a bulk action (`urge-3` → "Đã đôn đốc 3 nhiệm vụ.").
fn bulk_outcome(lang: Lang, code: &str) -> String {
    let Some((what, n)) = code.split_once('-') else {
        return String::new();
    };
    let Ok(n) = n.parse::<u32>() else {
        return String::new();
    };
    let key = match what {
        "urge" => "bulk_done_urge",
        "person" => "bulk_done_person",
        _ => return String::new(),
    };
    format!("{} {n} {}.", i18n::t(lang, key), i18n::t(lang, "tasks_unit"))
}

#[derive(Deserialize)]
pub struct SearchQuery {
    #[serde(default)]
    q: String,
}

pub struct Hit {
    pub kind: &'static str,
    pub href: String,
    /// Escaped title with `<mark>` around the matches.
    pub title_html: String,
    pub subtitle: String,
}

#[derive(Template)]
#[template(path = "tasks/search.html")]
struct SearchPage {
    l: Layout,
    q: String,
    hits: Vec<Hit>,
}

/// The title, escaped, with the matched byte ranges in `<mark>`.
pub fn highlight(title: &str, ranges: &[[usize; 2]]) -> String {
    let mut ranges: Vec<[usize; 2]> = ranges.to_vec();
    ranges.sort();
    let mut out = String::new();
    let mut at = 0;
    for [a, b] in ranges {
        if a < at || b <= a || title.get(a..b).is_none() || title.get(at..a).is_none() {
            continue;
        }
        out.push_str(&escape(&title[at..a]));
        out.push_str("<mark>");
        out.push_str(&escape(&title[a..b]));
        out.push_str("</mark>");
        at = b;
    }
    out.push_str(&escape(title.get(at..).unwrap_or("")));
    out
}

pub async fn search(
    State(st): State<AppState>,
    auth: Auth,
    Extension(user): Extension<PageUser>,
    uri: Uri,
    Query(q): Query<SearchQuery>,
) -> Result<Response, PageError> {
    let lang = Lang::current();
    let text = q.q.trim().to_string();
    if text.chars().count() > 200 {
        return Err(PageError(ApiError::bad_request(
            Some("q".into()),
            "Từ khóa tìm kiếm dài quá 200 ký tự.".into(),
            "The search text is longer than 200 characters.".into(),
        )));
    }
    let mut hits = Vec::new();
    if !text.is_empty() {
        let mut rd = st.app.read(&auth).await?;
        let found = rd.search(&text, 50).await?;
        for h in found.hits {
            let (kind, href) = match h.kind {
                HitKind::Document => ("hit_document", crate::paths::document(h.id)),
                HitKind::Task => ("hit_task", crate::paths::task(h.id)),
                HitKind::Unit => ("hit_unit", crate::paths::unit(h.id)),
                // A person's hit opens their unit's page, where they are listed.
                HitKind::Person => match rd.person(h.id).await {
                    Ok(p) => ("hit_person", format!("{}#can-bo", crate::paths::unit(p.unit_id))),
                    Err(_) => ("hit_person", String::new()),
                },
            };
            hits.push(Hit {
                kind: i18n::t(lang, kind),
                href,
                title_html: highlight(&h.title, &h.highlights),
                subtitle: h.subtitle.unwrap_or_default(),
            });
        }
    }
    let mut l = Layout::new(Some(&user), &uri, i18n::t(lang, "search"), "");
    l.q = text.clone();
    Ok(render(&SearchPage { l, q: text, hits }))
}

#[cfg(test)]
mod tests {
    use super::highlight;

    #[test]
    fn highlights_escape_and_respect_char_boundaries() {
        let t = "Quận ủy <Long Biên>";
        let a = t.find("Long").unwrap();
        assert_eq!(highlight(t, &[[a, a + 4]]), "Quận ủy &lt;<mark>Long</mark> Biên&gt;");
        // A range inside a multi-byte character is skipped, not a panic.
        assert_eq!(highlight("ủy", &[[1, 2]]), "ủy");
    }
}
