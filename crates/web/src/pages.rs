//! The page routes of every capability, assembled: the signed-in pages behind the session
//! check, the public ones (login, language, feedback, published documents) and the static
//! files. Pages speak the user's chosen language; forms post to page routes and answer 303
//! (post/redirect/get), or re-render the form with the field's error so nothing typed is lost.

use axum::extract::{DefaultBodyLimit, Request, State};
use axum::http::{HeaderMap, HeaderValue, Method, header};
use axum::middleware::{self, Next};
use axum::response::{IntoResponse, Redirect, Response};
use axum::routing::{get, post};
use axum::{Extension, Form, Router};
use serde::Deserialize;

use crate::AppState;
use crate::auth::address::ClientAddress;
use crate::auth::{self, Auth};
use crate::error::{LANG, Lang};
use crate::kit::{
    LANG_COOKIE, Nav, PAGE_USER, PageError, PageUser, cookie, cross_site_refused, language_cookie, safe_next, urlencode,
};
use crate::paths::route;
use crate::{
    accounts, compliance, conferences, documents, evaluation, feedback, inspections, notices, plans, reports, targets,
    tasks, units,
};

/// The page routes.
pub fn router(state: AppState) -> Router<AppState> {
    // A little above the streamed cap, so the cap (with its message) is met first.
    let upload_limit = DefaultBodyLimit::max(crate::files::body_limit(&state).saturating_add(1024 * 1024));
    let signed = Router::new()
        .route(route::HOME, get(home))
        .route(route::OVERVIEW, get(reports::overview::page))
        .route(route::MY_WORK, get(tasks::my_work::page))
        .route(route::TASKS, get(tasks::pages::list))
        .route(route::TASKS_BULK, post(tasks::bulk::submit))
        .route(route::TASK, get(tasks::task::page))
        .route(route::TASK_PROGRESS, post(tasks::actions::progress).layer(upload_limit))
        .route(route::FILE, get(download_file))
        .route(route::TASK_COMPLETE, post(tasks::actions::complete))
        .route(route::TASK_EXTENSION, post(tasks::actions::extension))
        .route(route::TASK_EXTENSION_DECISION, post(tasks::actions::decide))
        .route(route::TASK_EXPLANATION, post(tasks::actions::explanation))
        .route(route::TASK_EXPLANATION_ANSWER, post(tasks::actions::answer))
        .route(route::TASK_RESPONSIBLE, post(tasks::actions::set_responsible))
        .route(route::TASK_COMMENT, post(tasks::actions::comment))
        .route(route::TASK_URGE, post(tasks::actions::urge))
        .route(route::SEARCH, get(tasks::pages::search))
        .route(route::UNIT, get(units::pages::page))
        .route(route::DOCUMENTS, get(documents::pages::page))
        .route(route::DOCUMENT, get(documents::document::page))
        .route(route::TARGETS, get(targets::pages::page))
        .route(
            route::PLAN_IMPORT,
            get(plans::pages::form)
                .post(plans::pages::read)
                .layer(DefaultBodyLimit::max(plans::pages::BODY_LIMIT)),
        )
        .route(
            route::PLAN_IMPORT_SAVE,
            post(plans::pages::save).layer(DefaultBodyLimit::max(plans::pages::BODY_LIMIT)),
        )
        .route(route::LOGOUT, post(accounts::pages::logout))
        .merge(form_routes())
        .merge(compliance::pages::routes(&state))
        .merge(conferences::pages::routes(&state))
        .merge(conferences::invitees::routes())
        .merge(inspections::pages::routes(&state))
        .merge(reports::pages::routes())
        .merge(reports::exports::routes())
        .merge(plans::sheet_import::routes())
        .merge(documents::publishing::routes())
        .merge(notices::pages::routes())
        .merge(notices::admin::routes())
        .merge(evaluation::ranking::routes())
        .route_layer(middleware::from_fn_with_state(state, require_session));
    Router::new()
        .merge(signed)
        .merge(documents::publishing::public_routes())
        .route(route::LOGIN, get(accounts::pages::form).post(accounts::pages::submit))
        .route(route::LANGUAGE, post(set_language))
        .route(route::FEEDBACK, get(feedback::pages::page).post(feedback::pages::send))
        .route(route::FEEDBACK_QR, get(feedback::qr::sheet))
        .route("/static/app.css", get(css))
        .route("/static/symbol-check.js", get(symbol_js))
        .route("/static/app.js", get(app_js))
        .layer(middleware::from_fn(page_language))
}

/// The create/edit forms of tasks, documents (and their links), units, people and targets.
fn form_routes() -> Router<AppState> {
    use crate::{documents::forms as doc, targets::forms as target, tasks::forms as t, units::forms as org};
    Router::new()
        .route(route::TASK_NEW, get(t::new_form).post(t::create))
        .route(route::TASK_EDIT, get(t::edit_form).post(t::update))
        .route(route::TASK_CANCEL, get(t::cancel_form).post(t::cancel))
        .route(route::DOCUMENT_NEW, get(doc::new_form).post(doc::create))
        .route(route::DOCUMENT_EDIT, get(doc::edit_form).post(doc::update))
        .route(route::DOCUMENT_LINK, get(doc::link_form).post(doc::link))
        .route(route::DOCUMENT_UNLINK, post(doc::unlink))
        .route(route::UNIT_NEW, get(org::new_unit).post(org::create_unit))
        .route(route::UNIT_EDIT, get(org::edit_unit).post(org::update_unit))
        .route(route::PERSON_NEW, get(org::new_person).post(org::create_person))
        .route(route::PERSON_EDIT, get(org::edit_person).post(org::update_person))
        .route(route::TARGET_NEW, get(target::new_form).post(target::create))
        .route(route::TARGET_ACTUAL, get(target::actual_form).post(target::record))
        .route(route::TARGET_EDIT, get(target::edit_form).post(target::update))
}

/// `/tep/{id}`: an attached file, for those who may read the record it belongs to.
async fn download_file(
    State(st): State<AppState>,
    auth: Auth,
    axum::extract::Path(id): axum::extract::Path<i64>,
) -> Result<Response, PageError> {
    Ok(crate::files::download(&st, &auth, id).await?)
}

// ---- Language ---------------------------------------------------------------------------

/// Pages speak Vietnamese unless the user chose English (remembered in a cookie).
pub(crate) fn page_lang(headers: &HeaderMap) -> Lang {
    match cookie(headers, LANG_COOKIE) {
        Some("en") => Lang::En,
        _ => Lang::Vi,
    }
}

async fn page_language(req: Request, next: Next) -> Response {
    let lang = page_lang(req.headers());
    LANG.scope(lang, async move {
        // A control character in a query value (a NUL in a search term) is refused on every
        // page, before it reaches a database that cannot store it.
        if let Err(e) = crate::error::refuse_control_characters(req.uri().query().unwrap_or("")) {
            return PageError(e).into_response();
        }
        // An address the router or an extractor refused (an id that is no number) is an
        // error page in the page's language, not plain text.
        crate::error::page_rejection(next.run(req).await)
    })
    .await
}

#[derive(Deserialize)]
struct LanguageForm {
    #[serde(default)]
    lang: String,
    #[serde(default)]
    next: String,
}

/// Switches the pages' language: a cookie for this browser and, for a signed-in user, their
/// account too, so the choice follows them to another device (applied when they sign in).
async fn set_language(
    State(st): State<AppState>,
    ClientAddress(address): ClientAddress,
    headers: HeaderMap,
    Form(f): Form<LanguageForm>,
) -> Result<Response, PageError> {
    if auth::cross_site(&headers) {
        return Err(cross_site_refused());
    }
    let caller = auth::caller_of(&st, &headers, &Method::POST, Some(address)).await?;
    let code = if f.lang == "en" { "en" } else { "vi" };
    if let Some((caller, _)) = caller {
        app::accounts::set_language(&st.app, &caller, code).await?;
    }
    let to = safe_next(Some(&f.next)).unwrap_or_else(|| crate::paths::HOME.into());
    Ok(([(header::SET_COOKIE, language_cookie(code))], Redirect::to(&to)).into_response())
}

// ---- Sessions ----------------------------------------------------------------------------

/// Pages need a signed-in user: anonymous requests go to the login page (303), cookie writes
/// from other sites are refused (the API's CSRF rule).
async fn require_session(State(st): State<AppState>, mut req: Request, next: Next) -> Response {
    let mut page_user = None;
    let address = auth::client_address(&st.web, &req);
    match auth::page_caller_of(&st, req.headers(), req.method(), address).await {
        Ok(Some((caller, display_name, unread))) => {
            let user = PageUser {
                display_name,
                nav: Nav::of(&caller.principal),
                unread,
            };
            req.extensions_mut().insert(Auth(caller));
            req.extensions_mut().insert(user.clone());
            page_user = Some(user);
        }
        Ok(None) => {}
        Err(e) => return PageError(e).into_response(),
    }
    if req.extensions().get::<Auth>().is_none() {
        let here = req.uri().path_and_query().map(|p| p.as_str()).unwrap_or("/");
        let to = if *req.method() == Method::GET && here != crate::paths::HOME {
            format!("{}?next={}", crate::paths::LOGIN, urlencode(here))
        } else {
            crate::paths::LOGIN.to_string()
        };
        return Redirect::to(&to).into_response();
    }
    PAGE_USER.scope(page_user.unwrap_or_default(), next.run(req)).await
}

/// Each role lands where its day's work is: staff and unit officers on "Việc của tôi", offices
/// on "Việc cần xử lý", leaders and inspectors on the overview.
async fn home(Extension(user): Extension<PageUser>) -> Redirect {
    match user.nav.work {
        Some(_) => Redirect::to(crate::paths::MY_WORK),
        None if user.nav.overview => Redirect::to(crate::paths::OVERVIEW),
        None => Redirect::to(crate::paths::TASKS),
    }
}

// ---- Static files ------------------------------------------------------------------------

/// A static file served with its type and an hour's caching.
fn asset(content_type: &'static str, body: &'static str) -> Response {
    (
        [
            (header::CONTENT_TYPE, HeaderValue::from_static(content_type)),
            (header::CACHE_CONTROL, HeaderValue::from_static("public, max-age=3600")),
        ],
        body,
    )
        .into_response()
}

async fn symbol_js() -> Response {
    asset(
        "text/javascript; charset=utf-8",
        include_str!("../static/symbol-check.js"),
    )
}

async fn app_js() -> Response {
    asset("text/javascript; charset=utf-8", include_str!("../static/app.js"))
}

async fn css() -> Response {
    asset("text/css; charset=utf-8", include_str!("../static/app.css"))
}
