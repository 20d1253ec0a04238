//! `/van-ban/moi`, `/van-ban/{id}/sua`, `/van-ban/{id}/lien-ket` and
//! `/van-ban/{id}/lien-ket/{link_id}/xoa`: registering a document, editing it, linking it to
//! another and removing a link (ManageWork, as `api::documents`).

use askama::Template;
use axum::extract::{Path, State};
use axum::http::Uri;
use axum::response::{IntoResponse, Redirect, Response};
use axum::{Extension, Form};
use domain::access::{Action, Operation};
use domain::document::{DocKind, DocumentInput, LinkInput, LinkKind};
use store::access::Subject;

use crate::AppState;
use crate::auth::Auth;
use crate::error::{ApiError, Lang};
use crate::kit::forms::{Fields, Opt, finish, opt_date};
use crate::kit::{Layout, PageError, PageUser, i18n, label, render};

const NAMES: &[&str] = &[
    "symbol",
    "kind",
    "title",
    "issuer_unit_id",
    "issued_on",
    "valid_from",
    "valid_to",
];

#[derive(Template)]
#[template(path = "documents/form.html")]
pub struct DocumentForm {
    l: Layout,
    f: Fields,
    heading: String,
    action: String,
    editing: bool,
    back_href: String,
    kinds: Vec<Opt>,
    issuers: Vec<Opt>,
    /// The symbol as the server reads it (beside the field), when it reads.
    normalised: String,
}

/// The units the user may register documents for, alphabetical, and any already chosen.
async fn issuers(rd: &mut app::read::Reader<'_>, chosen: &str) -> Result<Vec<Opt>, ApiError> {
    let mut units = rd.units_for(Action::ManageWork, 500).await?;
    if let Ok(id) = chosen.parse::<i64>()
        && !units.iter().any(|u| u.id == id)
        && let Ok(u) = rd.unit(id).await
    {
        units.push(u);
    }
    Ok(units
        .into_iter()
        .map(|u| Opt {
            value: u.id.to_string(),
            label: u.name,
        })
        .collect())
}

async fn build(
    st: &AppState,
    auth: &Auth,
    user: &PageUser,
    uri: &Uri,
    doc: Option<i64>,
    f: Fields,
) -> Result<DocumentForm, ApiError> {
    let lang = Lang::current();
    let mut rd = st.app.read(auth).await?;
    if let Some(id) = doc
        && !rd.may(Operation::UpdateDocument, Subject::Document(id)).await?
    {
        rd.check(Subject::Document(id)).await?;
        return Err(crate::auth::forbidden());
    }
    let issuers = issuers(&mut rd, f.val("issuer_unit_id")).await?;
    if doc.is_none() && issuers.is_empty() {
        return Err(crate::auth::forbidden());
    }
    let heading = i18n::t(lang, if doc.is_some() { "edit_document" } else { "new_document" }).to_string();
    let normalised = match domain::document::parse_symbol(f.val("symbol")) {
        Ok(p) if f.err("symbol").is_empty() && !f.val("symbol").trim().is_empty() => p.symbol,
        _ => String::new(),
    };
    Ok(DocumentForm {
        l: Layout::new(Some(user), uri, heading.clone(), "overview"),
        heading,
        action: match doc {
            Some(id) => crate::paths::document_edit(id),
            None => crate::paths::DOCUMENT_NEW.into(),
        },
        editing: doc.is_some(),
        back_href: match doc {
            Some(id) => crate::paths::document(id),
            None => crate::paths::HOME.into(),
        },
        kinds: DocKind::ALL
            .iter()
            .map(|k| Opt {
                value: k.as_str().into(),
                label: label(k.label_vi(), k.label_en()).into(),
            })
            .collect(),
        issuers,
        normalised,
        f,
    })
}

fn input(f: &Fields) -> Result<DocumentInput, ApiError> {
    crate::kit::forms::need(
        f,
        "symbol",
        "Hãy nhập số, ký hiệu văn bản.",
        "Enter the document's symbol.",
    )?;
    crate::kit::forms::need(f, "title", "Hãy nhập trích yếu văn bản.", "Enter the document's title.")?;
    let kind = match f.val("kind").trim() {
        "" => None,
        k => Some(
            DocKind::parse(k)
                .ok_or_else(|| crate::kit::forms::invalid("kind", "Loại văn bản không hợp lệ.", "Unknown kind."))?,
        ),
    };
    Ok(DocumentInput {
        kind,
        symbol: f.val("symbol").to_string(),
        title: f.val("title").to_string(),
        issuer_unit_id: crate::kit::forms::id("issuer_unit_id", f.val("issuer_unit_id"))?,
        issued_on: crate::kit::forms::date("issued_on", f.val("issued_on"))?,
        valid_from: opt_date("valid_from", f.val("valid_from"))?,
        valid_to: opt_date("valid_to", f.val("valid_to"))?,
    })
}

pub async fn new_form(
    State(st): State<AppState>,
    auth: Auth,
    Extension(user): Extension<PageUser>,
    uri: Uri,
) -> Result<Response, PageError> {
    Ok(render(&build(&st, &auth, &user, &uri, None, Fields::default()).await?))
}

pub async fn create(
    State(st): State<AppState>,
    auth: Auth,
    Extension(user): Extension<PageUser>,
    uri: Uri,
    Form(pairs): Form<Vec<(String, String)>>,
) -> Result<Response, PageError> {
    let f = Fields::new(pairs);
    let result = async {
        let d = app::documents::create(&st.app, &auth, input(&f)?).await?;
        Ok(crate::paths::document(d.id))
    }
    .await;
    finish(result, f, NAMES, |f| build(&st, &auth, &user, &uri, None, f)).await
}

pub async fn edit_form(
    State(st): State<AppState>,
    auth: Auth,
    Extension(user): Extension<PageUser>,
    uri: Uri,
    Path(id): Path<i64>,
) -> Result<Response, PageError> {
    let d = st.app.read(&auth).await?.document(id).await?;
    let f = Fields::from(&[
        ("version", d.version.to_string()),
        ("symbol", d.symbol_raw),
        ("kind", d.kind.as_str().into()),
        ("title", d.title),
        ("issuer_unit_id", d.issuer_unit_id.to_string()),
        ("issued_on", crate::kit::forms::dmy(Some(d.issued_on))),
        ("valid_from", crate::kit::forms::dmy(d.valid_from)),
        ("valid_to", crate::kit::forms::dmy(d.valid_to)),
    ]);
    Ok(render(&build(&st, &auth, &user, &uri, Some(id), f).await?))
}

pub async fn update(
    State(st): State<AppState>,
    auth: Auth,
    Extension(user): Extension<PageUser>,
    uri: Uri,
    Path(id): Path<i64>,
    Form(pairs): Form<Vec<(String, String)>>,
) -> Result<Response, PageError> {
    let f = Fields::new(pairs);
    let result = async {
        let version = crate::kit::forms::version(f.val("version"))?;
        app::documents::update(&st.app, &auth, id, version, input(&f)?).await?;
        Ok(crate::paths::document(id))
    }
    .await;
    finish(result, f, NAMES, |f| build(&st, &auth, &user, &uri, Some(id), f)).await
}

// ---- Links ------------------------------------------------------------------------------

#[derive(Template)]
#[template(path = "documents/link_form.html")]
pub struct LinkForm {
    l: Layout,
    f: Fields,
    id: i64,
    document: String,
    kinds: Vec<Opt>,
}

async fn link_page(
    st: &AppState,
    auth: &Auth,
    user: &PageUser,
    uri: &Uri,
    id: i64,
    f: Fields,
) -> Result<LinkForm, ApiError> {
    let mut rd = st.app.read(auth).await?;
    if !rd.may(Operation::LinkDocuments, Subject::Document(id)).await? {
        rd.check(Subject::Document(id)).await?;
        return Err(crate::auth::forbidden());
    }
    let d = rd.document(id).await?;
    Ok(LinkForm {
        l: Layout::new(Some(user), uri, i18n::t(Lang::current(), "add_link"), "overview"),
        f,
        id,
        document: format!("{} — {}", d.symbol, d.title),
        kinds: LinkKind::ALL
            .iter()
            .map(|k| Opt {
                value: k.as_str().into(),
                label: label(k.label_vi(), k.label_en()).into(),
            })
            .collect(),
    })
}

pub async fn link_form(
    State(st): State<AppState>,
    auth: Auth,
    Extension(user): Extension<PageUser>,
    uri: Uri,
    Path(id): Path<i64>,
) -> Result<Response, PageError> {
    let f = Fields::from(&[("kind", "implements".into())]);
    Ok(render(&link_page(&st, &auth, &user, &uri, id, f).await?))
}

/// The one document the user may read with this symbol (their own, or one of the levels above
/// that their units implement).
async fn find_by_symbol(rd: &mut app::read::Reader<'_>, typed: &str) -> Result<i64, ApiError> {
    let field = "to_symbol";
    if typed.trim().is_empty() {
        return Err(crate::kit::forms::required(
            field,
            "Hãy nhập số, ký hiệu văn bản.",
            "Enter the document's symbol.",
        ));
    }
    let symbol = domain::document::parse_symbol(typed)
        .map(|p| p.symbol)
        .map_err(|mut e| {
            e.field = field.into();
            ApiError::from(e)
        })?;
    let f = store::documents::DocumentFilter {
        q: Some(symbol.clone()),
        ..Default::default()
    };
    let found: Vec<_> = rd
        .documents(f, 50, 0)
        .await?
        .items
        .into_iter()
        .filter(|d| d.symbol == symbol)
        .collect();
    match found.as_slice() {
        [d] => Ok(d.id),
        [] => Err(crate::kit::forms::invalid(
            field,
            &format!("Không tìm thấy văn bản số, ký hiệu “{symbol}”."),
            &format!("No document “{symbol}” was found."),
        )),
        _ => Err(crate::kit::forms::invalid(
            field,
            &format!("Có nhiều văn bản cùng số, ký hiệu “{symbol}”; hãy nhập kèm năm, ví dụ 01/2023/CT-UBND."),
            &format!("Several documents are “{symbol}”; add the year, e.g. 01/2023/CT-UBND."),
        )),
    }
}

pub async fn link(
    State(st): State<AppState>,
    auth: Auth,
    Extension(user): Extension<PageUser>,
    uri: Uri,
    Path(id): Path<i64>,
    Form(pairs): Form<Vec<(String, String)>>,
) -> Result<Response, PageError> {
    let f = Fields::new(pairs);
    let result = async {
        let kind = LinkKind::parse(f.val("kind")).ok_or_else(|| {
            crate::kit::forms::required("kind", "Hãy chọn loại liên kết.", "Choose the kind of link.")
        })?;
        let to_id = {
            let mut rd = st.app.read(&auth).await?;
            find_by_symbol(&mut rd, f.val("to_symbol")).await?
        };
        app::documents::link(&st.app, &auth, id, LinkInput { to_id, kind })
            .await
            .map_err(|e| {
                let mut e = ApiError::from(e);
                if e.field.as_deref() == Some("to_id") {
                    e.0.field = Some("to_symbol".into());
                }
                e
            })?;
        Ok(format!("{}#quan-he", crate::paths::document(id)))
    }
    .await;
    finish(result, f, &["kind", "to_symbol"], |f| {
        link_page(&st, &auth, &user, &uri, id, f)
    })
    .await
}

/// Removes one of the document's links (a button on the document page, no form to fill):
/// 303 back to the page's links.
pub async fn unlink(
    State(st): State<AppState>,
    auth: Auth,
    Path((id, link_id)): Path<(i64, i64)>,
) -> Result<Response, PageError> {
    app::documents::unlink(&st.app, &auth, id, link_id).await?;
    Ok(Redirect::to(&format!("{}#quan-he", crate::paths::document(id))).into_response())
}
