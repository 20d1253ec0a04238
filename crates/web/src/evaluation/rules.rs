//! `/danh-gia/bo-tieu-chi`: the evaluation rule sets — every version with its dates; an
//! installation administrator clones one, edits the draft (its rules as JSON: weights,
//! thresholds, quotas, criteria) and activates it from a date. No code, no restart.

use askama::Template;
use axum::extract::{Path, State};
use axum::http::Uri;
use axum::response::{IntoResponse, Redirect, Response};
use axum::{Extension, Form};
use serde::Deserialize;
use store::evaluation::RuleSetRecord;

use crate::AppState;
use crate::auth::Auth;
use crate::error::ApiError;
use crate::kit::{Layout, PageError, PageUser, render};

fn dmy(d: chrono::NaiveDate) -> String {
    d.format("%d/%m/%Y").to_string()
}

pub struct Row {
    pub r: RuleSetRecord,
    pub from: String,
    pub until: String,
}

#[derive(Template)]
#[template(path = "evaluation/rule_sets.html")]
struct ListPage {
    l: Layout,
    rows: Vec<Row>,
    admin: bool,
}

fn is_rule_admin(auth: &Auth) -> bool {
    auth.principal.scope(domain::access::Action::ManageRuleSets).all
}

pub async fn list(
    State(st): State<AppState>,
    auth: Auth,
    Extension(user): Extension<PageUser>,
    uri: Uri,
) -> Result<Response, PageError> {
    let rows = app::evaluation_admin::list(&st.app, &auth)
        .await?
        .into_iter()
        .map(|r| Row {
            from: dmy(r.effective_from),
            until: r.effective_until.map(dmy).unwrap_or_default(),
            r,
        })
        .collect();
    let page = ListPage {
        l: Layout::new(
            Some(&user),
            &uri,
            crate::kit::i18n::t(crate::error::Lang::current(), "ev_rule_sets"),
            "rule_sets",
        ),
        rows,
        admin: is_rule_admin(&auth),
    };
    Ok(render(&page))
}

#[derive(Template)]
#[template(path = "evaluation/rule_set.html")]
struct EditPage {
    l: Layout,
    r: RuleSetRecord,
    from: String,
    body: String,
    admin: bool,
    error: String,
}

async fn show(
    st: &AppState,
    auth: &Auth,
    user: &PageUser,
    uri: &Uri,
    id: i64,
    typed: Option<String>,
    error: Option<&ApiError>,
) -> Result<Response, PageError> {
    let (r, body) = app::evaluation_admin::get(&st.app, auth, id).await?;
    let body = typed.unwrap_or_else(|| serde_json::to_string_pretty(&body).unwrap_or_default());
    let page = EditPage {
        l: Layout::new(Some(user), uri, format!("{} v{}", r.name, r.version), "rule_sets"),
        from: dmy(r.effective_from),
        r,
        body,
        admin: is_rule_admin(auth),
        error: error.map(|e| e.message().to_string()).unwrap_or_default(),
    };
    let status = error.map_or(axum::http::StatusCode::OK, |e| e.status());
    Ok((status, render(&page)).into_response())
}

pub async fn detail(
    State(st): State<AppState>,
    auth: Auth,
    Extension(user): Extension<PageUser>,
    uri: Uri,
    Path(id): Path<i64>,
) -> Result<Response, PageError> {
    show(&st, &auth, &user, &uri, id, None, None).await
}

pub async fn clone(State(st): State<AppState>, auth: Auth, Path(id): Path<i64>) -> Result<Response, PageError> {
    let r = app::evaluation_admin::clone(&st.app, &auth, id).await?;
    Ok(Redirect::to(&crate::paths::rule_set(r.id)).into_response())
}

#[derive(Deserialize)]
pub struct SaveForm {
    body: String,
}

pub async fn save(
    State(st): State<AppState>,
    auth: Auth,
    Extension(user): Extension<PageUser>,
    uri: Uri,
    Path(id): Path<i64>,
    Form(f): Form<SaveForm>,
) -> Result<Response, PageError> {
    let parsed: Result<domain::evaluation::RuleSet, app::Error> = serde_json::from_str(&f.body).map_err(|e| {
        app::Error::from(domain::FieldError::invalid(
            "rule_set",
            format!("Không đọc được bộ tiêu chí: {e}"),
            format!("The rule set could not be read: {e}"),
        ))
    });
    let result = match parsed {
        Ok(set) => app::evaluation_admin::update(&st.app, &auth, id, set).await.map(|_| ()),
        Err(e) => Err(e),
    };
    match result {
        Ok(()) => Ok(Redirect::to(&crate::paths::rule_set(id)).into_response()),
        Err(e) => show(&st, &auth, &user, &uri, id, Some(f.body), Some(&ApiError(e))).await,
    }
}

#[derive(Deserialize)]
pub struct ActivateForm {
    tu_ngay: String,
}

pub async fn activate(
    State(st): State<AppState>,
    auth: Auth,
    Extension(user): Extension<PageUser>,
    uri: Uri,
    Path(id): Path<i64>,
    Form(f): Form<ActivateForm>,
) -> Result<Response, PageError> {
    let result = match domain::dates::parse_input("effective_from", &f.tu_ngay) {
        Ok(d) => app::evaluation_admin::activate(&st.app, &auth, id, d).await.map(|_| ()),
        Err(e) => Err(app::Error::from(e)),
    };
    match result {
        Ok(()) => Ok(Redirect::to(crate::paths::RULE_SETS).into_response()),
        Err(e) => show(&st, &auth, &user, &uri, id, None, Some(&ApiError(e))).await,
    }
}
