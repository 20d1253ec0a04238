//! `/dang-nhap` (sign in) and `/dang-xuat` (sign out).

use askama::Template;
use axum::Form;
use axum::extract::{Query, State};
use axum::http::{HeaderMap, Uri, header};
use axum::response::{AppendHeaders, IntoResponse, Redirect, Response};
use domain::ErrorCode;
use serde::Deserialize;

use crate::AppState;
use crate::auth::address::ClientAddress;
use crate::auth::{cross_site, secret};
use crate::error::{ApiError, Lang};
use crate::kit::{Layout, PageError, render, safe_next};

#[derive(Template)]
#[template(path = "accounts/login.html")]
struct LoginPage {
    l: Layout,
    login: String,
    next: String,
    error: String,
}

#[derive(Deserialize)]
pub struct LoginQuery {
    next: Option<String>,
}

pub async fn form(uri: Uri, Query(q): Query<LoginQuery>) -> Response {
    let l = Layout::new(None, &uri, crate::kit::i18n::t(Lang::current(), "login_title"), "");
    render(&LoginPage {
        l,
        login: String::new(),
        next: safe_next(q.next.as_deref()).unwrap_or_default(),
        error: String::new(),
    })
}

#[derive(Deserialize)]
pub struct LoginForm {
    #[serde(default)]
    login: String,
    #[serde(default)]
    password: String,
    #[serde(default)]
    next: String,
}

pub async fn submit(
    State(st): State<AppState>,
    ClientAddress(address): ClientAddress,
    headers: HeaderMap,
    uri: Uri,
    Form(f): Form<LoginForm>,
) -> Result<Response, PageError> {
    if cross_site(&headers) {
        return Err(crate::kit::cross_site_refused());
    }
    let next = safe_next(Some(&f.next));
    match app::accounts::sign_in(&st.app, f.login.trim(), &f.password, &address).await {
        Ok(session) => {
            let cookie = st.web.session_cookie(&session.secret);
            let to = next.unwrap_or_else(|| crate::paths::HOME.into());
            let mut cookies = vec![(header::SET_COOKIE, cookie)];
            // The language kept on the account wins over this browser's, so it follows the user.
            cookies.extend(
                session
                    .lang
                    .map(|code| (header::SET_COOKIE, crate::kit::language_cookie(&code))),
            );
            Ok((AppendHeaders(cookies), Redirect::to(&to)).into_response())
        }
        Err(e)
            if matches!(
                e.code,
                ErrorCode::BadCredentials | ErrorCode::TooManyAttempts | ErrorCode::Busy
            ) =>
        {
            let e = ApiError(e);
            let lang = Lang::current();
            let l = Layout::new(None, &uri, crate::kit::i18n::t(lang, "login_title"), "");
            let page = LoginPage {
                l,
                login: f.login,
                next: next.unwrap_or_default(),
                error: e.message().to_string(),
            };
            Ok((e.status(), render(&page)).into_response())
        }
        Err(e) => Err(PageError(e.into())),
    }
}

/// Ends the session and clears the cookie.
pub async fn logout(State(st): State<AppState>, headers: HeaderMap) -> Result<Response, PageError> {
    if let Some((secret, true)) = secret(&headers) {
        app::accounts::sign_out(&st.app, &secret).await?;
    }
    let clear = st.web.session_cookie("");
    Ok(([(header::SET_COOKIE, clear)], Redirect::to(crate::paths::LOGIN)).into_response())
}
