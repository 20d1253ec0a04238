//! The inspection page's forms: a paper (self-report, verification note, draft) with its files,
//! closing a recommendation with its reason, closing the inspection. Each posts to the
//! use-case layer and comes back to the inspection page; a refusal is shown with its reason
//! (naming the field) on the error page.

use axum::Form;
use axum::extract::{Path, Request, State};
use axum::response::{IntoResponse, Redirect, Response};
use domain::inspection::{CloseInput, RecordInput, RecordKind};
use serde::Deserialize;

use crate::AppState;
use crate::auth::Auth;
use crate::compliance::posted::{date, opt_id};
use crate::kit::PageError;

fn back(id: i64) -> Response {
    Redirect::to(&crate::paths::inspection(id)).into_response()
}

/// `POST /kiem-tra/{id}/ho-so/{kind}`: `subject_unit_id`, `dated_on` (dd/mm/yyyy), `text`, files.
pub async fn paper(
    State(st): State<AppState>,
    auth: Auth,
    Path((id, kind)): Path<(i64, String)>,
    req: Request,
) -> Result<Response, PageError> {
    let kind = RecordKind::parse(&kind).ok_or_else(|| app::Error::not_found("inspection_record", 0))?;
    // Who may make such a paper is decided before any file is received.
    let seen = app::inspections_read::get(&st.app, &auth, id).await?;
    if !seen.may.contains(&app::inspections::record_operation(kind)) {
        return Err(PageError(crate::auth::forbidden()));
    }
    let p = crate::files::read_form(&st, req, "file").await?;
    let input = RecordInput {
        subject_unit_id: opt_id(&p, "subject_unit_id")?,
        dated_on: date(&p, "dated_on")?,
        text: p.get("text").to_string(),
    };
    app::inspections::add_record(&st.app, &auth, id, kind, input, p.files).await?;
    Ok(back(id))
}

#[derive(Deserialize)]
pub struct ReasonForm {
    #[serde(default)]
    reason: String,
}

/// `POST /kiem-tra/{id}/kien-nghi/{rid}/dong`.
pub async fn close_recommendation(
    State(st): State<AppState>,
    auth: Auth,
    Path((id, rid)): Path<(i64, i64)>,
    Form(f): Form<ReasonForm>,
) -> Result<Response, PageError> {
    app::inspections::close_recommendation(&st.app, &auth, id, rid, CloseInput { reason: f.reason }).await?;
    Ok(back(id))
}

/// `POST /kiem-tra/{id}/ket-thuc`.
pub async fn close(State(st): State<AppState>, auth: Auth, Path(id): Path<i64>) -> Result<Response, PageError> {
    app::inspections::close(&st.app, &auth, id).await?;
    Ok(back(id))
}
