//! `/van-ban`: the document register — every document the user may read (their units' own, and
//! those of the levels above published to them), searchable by number, symbol or title, filtered
//! by kind, year and issuing unit, newest first; "Đăng ký văn bản" for those who may register.

use askama::Template;
use axum::Extension;
use axum::extract::{Query, State};
use axum::http::Uri;
use axum::response::Response;
use domain::access::Action;
use domain::document::DocKind;
use serde::Deserialize;
use store::access::Subject;
use store::documents::DocumentFilter;

use crate::AppState;
use crate::auth::Auth;
use crate::error::{ApiError, Lang};
use crate::kit::pager::{PAGE_SIZE, Pager, page_number};
use crate::kit::{Layout, PageError, PageUser, fmt, i18n, label, render, urlencode};
use crate::tasks::pages::{Opt, num};

/// The strings of this page.
pub fn strings(key: &str) -> Option<(&'static str, &'static str)> {
    Some(match key {
        "register" => ("Sổ văn bản", "Document register"),
        "reg_new" => ("Đăng ký văn bản", "Register a document"),
        "reg_q" => ("Số, ký hiệu hoặc trích yếu", "Number, symbol or title"),
        "reg_kind" => ("Loại văn bản", "Kind"),
        "reg_year" => ("Năm ban hành", "Year"),
        "reg_issuer" => ("Đơn vị ban hành (gồm cấp dưới)", "Issued by (with subunits)"),
        "reg_symbol" => ("Số, ký hiệu", "Number and symbol"),
        "reg_title" => ("Trích yếu", "Title"),
        "reg_issued" => ("Ngày ban hành", "Issued on"),
        "reg_from_above" => ("Cấp trên", "From above"),
        "reg_none" => ("Không có văn bản nào phù hợp.", "No document matches."),
        _ => return None,
    })
}

#[derive(Deserialize, Default)]
pub struct RegisterQuery {
    #[serde(default)]
    q: String,
    #[serde(default)]
    loai: String,
    #[serde(default)]
    nam: String,
    #[serde(default)]
    don_vi: String,
    #[serde(default)]
    trang: String,
}

pub struct Row {
    pub href: String,
    pub symbol: String,
    pub title: String,
    pub kind: &'static str,
    pub issuer: String,
    pub issued: String,
    /// Issued by a body of a level above (read because it is published to the user's units).
    pub from_above: bool,
}

#[derive(Template)]
#[template(path = "documents/list.html")]
struct RegisterPage {
    l: Layout,
    q: String,
    kinds: Vec<Opt>,
    years: Vec<Opt>,
    units: Vec<Opt>,
    rows: Vec<Row>,
    can_register: bool,
    pager: Pager,
}

pub async fn page(
    State(st): State<AppState>,
    auth: Auth,
    Extension(user): Extension<PageUser>,
    uri: Uri,
    Query(q): Query<RegisterQuery>,
) -> Result<Response, PageError> {
    let lang = Lang::current();
    let kind = match q.loai.trim() {
        "" => None,
        k => Some(DocKind::parse(k).ok_or_else(|| {
            ApiError::bad_request(
                Some("loai".into()),
                format!("Loại văn bản “{k}” không hợp lệ."),
                format!("Unknown document kind “{k}”."),
            )
        })?),
    };
    let year = num("nam", &q.nam)?;
    let within = num("don_vi", &q.don_vi)?;
    let page = page_number("trang", &q.trang)?;
    let mut rd = st.app.read(&auth).await?;
    if let Some(u) = within {
        rd.check(Subject::Unit(u)).await?;
    }
    let f = DocumentFilter {
        within,
        kind,
        year: year.and_then(|y| i32::try_from(y).ok()),
        q: Some(q.q.trim().to_string()).filter(|s| !s.is_empty()),
        ..Default::default()
    };
    let found = rd.documents(f, PAGE_SIZE, (page - 1) * PAGE_SIZE).await?;
    let issuers: Vec<i64> = found.items.iter().map(|d| d.issuer_unit_id).collect();
    let names = rd.unit_names(&issuers).await?;
    // A document from a level above: its issuer is outside the units the user reads.
    let readable = rd.readable_units(&issuers).await?;
    let above: std::collections::HashSet<i64> = issuers.iter().copied().filter(|u| !readable.contains(u)).collect();
    let mut units = Vec::new();
    if let Some(home) = rd.home_unit().await? {
        let mut list = vec![rd.unit(home).await?];
        list.extend(rd.children(home).await?);
        for u in list {
            units.push(Opt {
                selected: Some(u.id) == within,
                value: u.id.to_string(),
                label: u.name,
            });
        }
    }
    drop(rd);
    let rows = found
        .items
        .iter()
        .map(|d| Row {
            href: crate::paths::document(d.id),
            symbol: d.symbol.clone(),
            title: d.title.clone(),
            kind: label(d.kind.label_vi(), d.kind.label_en()),
            issuer: names.get(&d.issuer_unit_id).cloned().unwrap_or_default(),
            issued: fmt::date(d.issued_on),
            from_above: above.contains(&d.issuer_unit_id),
        })
        .collect();
    let kinds = DocKind::ALL
        .iter()
        .map(|k| Opt {
            value: k.as_str().into(),
            label: label(k.label_vi(), k.label_en()).into(),
            selected: Some(*k) == kind,
        })
        .collect();
    let this_year = i64::from(chrono::Datelike::year(&st.app.clock.clock().today));
    let years = (1990..=this_year)
        .rev()
        .map(|y| Opt {
            value: y.to_string(),
            label: y.to_string(),
            selected: Some(y) == year,
        })
        .collect();
    let link = |p: i64| {
        let mut s = format!("{}?", crate::paths::DOCUMENTS);
        for (k, v) in [("q", &q.q), ("loai", &q.loai), ("nam", &q.nam), ("don_vi", &q.don_vi)] {
            if !v.is_empty() {
                s.push_str(&format!("{k}={}&", urlencode(v)));
            }
        }
        s.push_str(&format!("trang={p}"));
        s
    };
    let view = RegisterPage {
        l: Layout::new(Some(&user), &uri, i18n::t(lang, "register"), "documents"),
        q: q.q.clone(),
        kinds,
        years,
        units,
        can_register: auth.principal.may_at_all(Action::ManageWork),
        pager: Pager::new(lang, page, found.items.len(), found.total, false, link),
        rows,
    };
    Ok(render(&view))
}
