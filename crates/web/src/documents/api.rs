//! `/documents`, their links, `/symbols/parse` and `/themes`.

use axum::Json;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::Response;
use domain::document::{DocKind, DocumentInput, LinkInput, SymbolParts, ThemeInput};
use serde::{Deserialize, Serialize};
use store::documents::DocumentFilter;
use store::model::{Document, DocumentLink, Page, Theme};
use utoipa::{IntoParams, ToSchema};

use crate::AppState;
use crate::api::{Versioned, created};
use crate::auth::Auth;
use crate::error::{ApiError, ApiJson, ApiQuery, ErrorBody};

#[derive(Debug, Deserialize, ToSchema)]
pub struct SymbolRequest {
    /// A number and symbol as written, e.g. `Số 152-KH/QU`, `01/CT-UBND`, `09 KH/DU`.
    pub symbol: String,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct SymbolAnswer {
    #[serde(flatten)]
    pub parts: SymbolParts,
    /// The document kind the type abbreviation names, if it names one.
    pub kind: Option<DocKind>,
    /// Vietnamese name of the type ("Kế hoạch").
    pub type_name: Option<String>,
}

/// Check and normalise a document symbol (live feedback for forms).
#[utoipa::path(post, path = "/symbols/parse", tag = "documents", request_body = SymbolRequest,
    responses((status = 200, body = SymbolAnswer), (status = 422, body = ErrorBody)))]
pub async fn parse_symbol(ApiJson(req): ApiJson<SymbolRequest>) -> Result<Json<SymbolAnswer>, ApiError> {
    let parts = domain::document::parse_symbol(&req.symbol)?;
    let kind = parts.doc_type.as_deref().and_then(DocKind::from_type_abbrev);
    let type_name = parts
        .doc_type
        .as_deref()
        .and_then(vntext::type_name_vi)
        .map(str::to_string);
    Ok(Json(SymbolAnswer { parts, kind, type_name }))
}

#[derive(Debug, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct DocumentQuery {
    /// Documents issued by units in this subtree.
    pub within: Option<i64>,
    pub kind: Option<DocKind>,
    /// Year of issue.
    pub year: Option<i32>,
    /// Search in symbol and title, diacritic-insensitive ("chi thi 24").
    pub q: Option<String>,
    /// At most 500; default 50.
    pub limit: Option<i64>,
    pub offset: Option<i64>,
}

/// List documents, newest first: the caller's own, and — unless narrowed with `within` — those
/// of the bodies above that their units implement.
#[utoipa::path(get, path = "/documents", tag = "documents", params(DocumentQuery),
    responses((status = 200, body = Page<Document>), (status = 400, body = ErrorBody)))]
pub async fn list(
    State(st): State<AppState>,
    auth: Auth,
    ApiQuery(q): ApiQuery<DocumentQuery>,
) -> Result<Json<Page<Document>>, ApiError> {
    let (limit, offset) = store::sql::clamp_page(q.limit, q.offset);
    let f = DocumentFilter {
        within: q.within,
        kind: q.kind,
        year: q.year,
        q: q.q,
        ..Default::default()
    };
    let mut r = st.app.read(&auth).await?;
    Ok(Json(r.documents(f, limit, offset).await?))
}

/// Register a document; its symbol is parsed and checked.
#[utoipa::path(post, path = "/documents", tag = "documents", request_body = DocumentInput,
    responses((status = 201, body = Document), (status = 409, body = ErrorBody), (status = 422, body = ErrorBody)))]
pub async fn create(
    State(st): State<AppState>,
    auth: Auth,
    ApiJson(input): ApiJson<DocumentInput>,
) -> Result<Response, ApiError> {
    let d = app::documents::create(&st.app, &auth, input).await?;
    Ok(created(format!("/api/v1/documents/{}", d.id), d))
}

/// One document.
#[utoipa::path(get, path = "/documents/{id}", tag = "documents", params(("id" = i64, Path)),
    responses((status = 200, body = Document), (status = 404, body = ErrorBody)))]
pub async fn get(State(st): State<AppState>, auth: Auth, Path(id): Path<i64>) -> Result<Json<Document>, ApiError> {
    let mut r = st.app.read(&auth).await?;
    Ok(Json(r.document(id).await?))
}

/// Edit a document.
#[utoipa::path(put, path = "/documents/{id}", tag = "documents", params(("id" = i64, Path)), request_body = Versioned<DocumentInput>,
    responses((status = 200, body = Document), (status = 404, body = ErrorBody), (status = 409, body = ErrorBody), (status = 422, body = ErrorBody)))]
pub async fn update(
    State(st): State<AppState>,
    auth: Auth,
    Path(id): Path<i64>,
    ApiJson(body): ApiJson<Versioned<DocumentInput>>,
) -> Result<Json<Document>, ApiError> {
    Ok(Json(
        app::documents::update(&st.app, &auth, id, body.version, body.data).await?,
    ))
}

/// The document's links, up (what it implements…) and down (what implements it) — those to
/// documents the caller may read.
#[utoipa::path(get, path = "/documents/{id}/links", tag = "documents", params(("id" = i64, Path)),
    responses((status = 200, body = Vec<DocumentLink>), (status = 404, body = ErrorBody)))]
pub async fn links(
    State(st): State<AppState>,
    auth: Auth,
    Path(id): Path<i64>,
) -> Result<Json<Vec<DocumentLink>>, ApiError> {
    let mut r = st.app.read(&auth).await?;
    Ok(Json(r.links(id).await?.0))
}

/// Link this document to another: this one implements / guides / replaces / amends `to_id`.
#[utoipa::path(post, path = "/documents/{id}/links", tag = "documents", params(("id" = i64, Path)), request_body = LinkInput,
    responses((status = 201, body = Vec<DocumentLink>), (status = 404, body = ErrorBody), (status = 409, body = ErrorBody), (status = 422, body = ErrorBody)))]
pub async fn link(
    State(st): State<AppState>,
    auth: Auth,
    Path(id): Path<i64>,
    ApiJson(input): ApiJson<LinkInput>,
) -> Result<Response, ApiError> {
    let links = app::documents::link(&st.app, &auth, id, input).await?;
    Ok(created(format!("/api/v1/documents/{id}/links"), links))
}

/// Remove a link.
#[utoipa::path(delete, path = "/documents/{id}/links/{link_id}", tag = "documents",
    params(("id" = i64, Path), ("link_id" = i64, Path)),
    responses((status = 204), (status = 404, body = ErrorBody)))]
pub async fn unlink(
    State(st): State<AppState>,
    auth: Auth,
    Path((id, link_id)): Path<(i64, i64)>,
) -> Result<StatusCode, ApiError> {
    app::documents::unlink(&st.app, &auth, id, link_id).await?;
    Ok(StatusCode::NO_CONTENT)
}

#[derive(Debug, Serialize, ToSchema)]
pub struct GraphEdge {
    /// The document that implements (guides, replaces, amends)…
    pub from_id: i64,
    /// …this one.
    pub to_id: i64,
    pub kind: String,
}

/// Everything below this document in the implementation graph, transitively
/// (directive → district plans → ward plans).
#[utoipa::path(get, path = "/documents/{id}/descendants", tag = "documents", params(("id" = i64, Path)),
    responses((status = 200, body = Vec<GraphEdge>), (status = 404, body = ErrorBody)))]
pub async fn descendants(
    State(st): State<AppState>,
    auth: Auth,
    Path(id): Path<i64>,
) -> Result<Json<Vec<GraphEdge>>, ApiError> {
    let mut r = st.app.read(&auth).await?;
    let edges = r.descendants(id).await?;
    Ok(Json(
        edges
            .into_iter()
            .map(|(from_id, to_id, kind)| GraphEdge { from_id, to_id, kind })
            .collect(),
    ))
}

#[derive(Debug, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct ThemeQuery {
    /// Themes of units in this subtree.
    pub within: Option<i64>,
    pub year: Option<i32>,
}

/// Annual work themes (chủ đề công tác năm).
#[utoipa::path(get, path = "/themes", tag = "documents", params(ThemeQuery),
    responses((status = 200, body = Vec<Theme>), (status = 400, body = ErrorBody)))]
pub async fn list_themes(
    State(st): State<AppState>,
    auth: Auth,
    ApiQuery(q): ApiQuery<ThemeQuery>,
) -> Result<Json<Vec<Theme>>, ApiError> {
    let mut r = st.app.read(&auth).await?;
    Ok(Json(r.themes(q.within, q.year).await?))
}

/// Set a unit's work theme for a year, with the plans that carry it out.
#[utoipa::path(post, path = "/themes", tag = "documents", request_body = ThemeInput,
    responses((status = 201, body = Theme), (status = 409, body = ErrorBody), (status = 422, body = ErrorBody)))]
pub async fn create_theme(
    State(st): State<AppState>,
    auth: Auth,
    ApiJson(input): ApiJson<ThemeInput>,
) -> Result<Response, ApiError> {
    let t = app::documents::create_theme(&st.app, &auth, input).await?;
    Ok(created(format!("/api/v1/themes/{}", t.id), t))
}

/// One theme.
#[utoipa::path(get, path = "/themes/{id}", tag = "documents", params(("id" = i64, Path)),
    responses((status = 200, body = Theme), (status = 404, body = ErrorBody)))]
pub async fn get_theme(State(st): State<AppState>, auth: Auth, Path(id): Path<i64>) -> Result<Json<Theme>, ApiError> {
    let mut r = st.app.read(&auth).await?;
    Ok(Json(r.theme(id).await?))
}

/// Edit a theme.
#[utoipa::path(put, path = "/themes/{id}", tag = "documents", params(("id" = i64, Path)), request_body = Versioned<ThemeInput>,
    responses((status = 200, body = Theme), (status = 404, body = ErrorBody), (status = 409, body = ErrorBody), (status = 422, body = ErrorBody)))]
pub async fn update_theme(
    State(st): State<AppState>,
    auth: Auth,
    Path(id): Path<i64>,
    ApiJson(body): ApiJson<Versioned<ThemeInput>>,
) -> Result<Json<Theme>, ApiError> {
    Ok(Json(
        app::documents::update_theme(&st.app, &auth, id, body.version, body.data).await?,
    ))
}
