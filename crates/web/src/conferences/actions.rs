//! The actions on a conference's page: the attendance entry per bridge point
//! (`/hoi-nghi/{id}/so-nguoi-du`: the host's office any point, a ward its own) and the
//! materials and minutes (`/hoi-nghi/{id}/tep`). Each calls the same use-case operation as the
//! API, then goes back to the conference (303); or shows the page again with the refused
//! form's error and what was typed.

use axum::extract::{Path, Request, State};
use axum::http::Uri;
use axum::response::{IntoResponse, Redirect, Response};
use axum::{Extension, Form};
use domain::conference::{AttendanceInput, PointCount};

use crate::AppState;
use crate::auth::Auth;
use crate::conferences::forms::count;
use crate::conferences::pages::build;
use crate::error::ApiError;
use crate::kit::forms::{Fields, FormState, is_form_error};
use crate::kit::{PageError, PageUser, render};

#[allow(clippy::too_many_arguments)]
/// The conference page again with form `which` refused (its typed values kept), or the error
/// page for refusals that are not the form's.
async fn again(
    st: &AppState,
    auth: &Auth,
    user: &PageUser,
    uri: &Uri,
    id: i64,
    which: &str,
    fields: Vec<(String, String)>,
    e: ApiError,
) -> Result<Response, PageError> {
    if !is_form_error(e.status()) {
        return Err(PageError(e));
    }
    let status = e.status();
    let mut f = Fields::new(fields);
    f.add(&e, &["points", "file", "part"]);
    let page = build(st, auth, user, uri, id, FormState::refused(which, f)).await?;
    Ok((status, render(&page)).into_response())
}

/// `/hoi-nghi/{id}/so-nguoi-du`: the counts typed per bridge point (`present_<unit>`,
/// `expected_<unit>`); points left empty are not changed.
pub async fn attendance(
    State(st): State<AppState>,
    auth: Auth,
    Extension(user): Extension<PageUser>,
    uri: Uri,
    Path(id): Path<i64>,
    Form(pairs): Form<Vec<(String, String)>>,
) -> Result<Response, PageError> {
    let f = Fields::new(pairs.clone());
    let result = async {
        let mut points = Vec::new();
        for (k, v) in &pairs {
            let Some(unit) = k.strip_prefix("present_").and_then(|u| u.parse::<i64>().ok()) else {
                continue;
            };
            if v.trim().is_empty() {
                continue;
            }
            let i = points.len();
            let field = format!("points[{i}].present");
            let present = count(&f, k, &field)?.unwrap_or(0);
            let expected = count(&f, &format!("expected_{unit}"), &field)?;
            points.push(PointCount {
                unit_id: unit,
                present,
                expected,
            });
        }
        app::conferences::record_attendance(&st.app, &auth, id, AttendanceInput { points })
            .await
            .map_err(ApiError::from)
    }
    .await;
    match result {
        Ok(_) => Ok(Redirect::to(&format!("{}#diem-cau", crate::paths::conference(id))).into_response()),
        Err(e) => again(&st, &auth, &user, &uri, id, "so-nguoi-du", pairs, e).await,
    }
}

/// `/hoi-nghi/{id}/tep`: materials or minutes (`part`), several files at once.
pub async fn attach(
    State(st): State<AppState>,
    auth: Auth,
    Extension(user): Extension<PageUser>,
    uri: Uri,
    Path(id): Path<i64>,
    req: Request,
) -> Result<Response, PageError> {
    // Who may attach is decided before anything is received.
    app::conferences::may_attach(&st.app, &auth, id).await?;
    let received = crate::files::read_form(&st, req, "file").await;
    let fields = received.as_ref().map(|p| p.fields.clone()).unwrap_or_default();
    let result = async {
        let p = received?;
        let part = app::conferences::Part::parse(p.get("part").trim()).unwrap_or(app::conferences::Part::Materials);
        app::conferences::attach(&st.app, &auth, id, part, p.files)
            .await
            .map_err(ApiError::from)
    }
    .await;
    match result {
        Ok(_) => Ok(Redirect::to(&crate::paths::conference(id)).into_response()),
        Err(e) => again(&st, &auth, &user, &uri, id, "tep", fields, e).await,
    }
}
