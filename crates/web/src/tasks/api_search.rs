//! `/search`: one ranked, highlighted search over documents, tasks, units and people.

use axum::Json;
use axum::extract::State;
use serde::Deserialize;
use store::search::SearchResult;
use utoipa::IntoParams;

use crate::AppState;
use crate::auth::Auth;
use crate::error::{ApiError, ApiQuery, ErrorBody};

#[derive(Debug, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct SearchQuery {
    /// Words to find, diacritic-insensitive ("quan uy long bien", "Chi thi 24", "24 CT TU").
    /// Every word must match; words of one or two letters match at the start of a word.
    pub q: String,
    /// At most 100; default 20.
    pub limit: Option<i64>,
}

/// Search documents (symbol, title), tasks (code, title), units (name, short name) and people
/// (name). Best first: exact symbol, then words at word starts, then inside words; documents
/// and units before tasks on equal score; newer documents first. `highlights` are byte ranges
/// of `title`.
#[utoipa::path(get, path = "/search", tag = "search", params(SearchQuery),
    responses((status = 200, body = SearchResult), (status = 400, body = ErrorBody)))]
pub async fn search(
    State(st): State<AppState>,
    auth: Auth,
    ApiQuery(q): ApiQuery<SearchQuery>,
) -> Result<Json<SearchResult>, ApiError> {
    if q.q.chars().count() > 200 {
        return Err(ApiError::bad_request(
            Some("q".into()),
            "Từ khóa tìm kiếm dài quá 200 ký tự.".into(),
            "The search text is longer than 200 characters.".into(),
        ));
    }
    let limit = store::search::clamp_limit(q.limit);
    let mut r = st.app.read(&auth).await?;
    Ok(Json(r.search(&q.q, limit).await?))
}
