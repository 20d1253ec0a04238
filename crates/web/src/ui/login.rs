//! `/dang-nhap` (sign in) and `/dang-xuat` (sign out).

use std::net::SocketAddr;

use askama::Template;
use axum::Form;
use axum::extract::{ConnectInfo, Query, State};
use axum::http::{HeaderMap, StatusCode, Uri, header};
use axum::response::{AppendHeaders, IntoResponse, Redirect, Response};
use serde::Deserialize;

use super::{Layout, PageError, render, safe_next};
use crate::AppState;
use crate::auth::{SESSION_COOKIE, cross_site, session_cookie};
use crate::error::{ApiError, Lang};

#[derive(Template)]
#[template(path = "login.html")]
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
    let l = Layout::new(None, &uri, super::i18n::t(Lang::current(), "login_title"), "");
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
    ConnectInfo(addr): ConnectInfo<SocketAddr>,
    headers: HeaderMap,
    uri: Uri,
    Form(f): Form<LoginForm>,
) -> Result<Response, PageError> {
    if cross_site(&headers) {
        return Err(super::cross_site_refused());
    }
    let next = safe_next(Some(&f.next));
    match crate::api::auth::sign_in(&st, f.login.trim(), &f.password, &addr.ip().to_string()).await {
        Ok((user_id, secret, mut tx)) => {
            // The language kept on the account wins over this browser's, so it follows the user.
            let lang = store::accounts::language(&mut tx, user_id).await?;
            tx.commit().await.map_err(ApiError::from)?;
            let cookie = session_cookie(&secret, st.auth.session_ttl, st.auth.secure_cookies);
            let to = next.unwrap_or_else(|| "/tong-quan".into());
            let mut cookies = vec![(header::SET_COOKIE, cookie)];
            cookies.extend(lang.map(|code| (header::SET_COOKIE, super::language_cookie(&code))));
            Ok((AppendHeaders(cookies), Redirect::to(&to)).into_response())
        }
        Err(e) if e.status == StatusCode::UNAUTHORIZED || e.status == StatusCode::TOO_MANY_REQUESTS => {
            let lang = Lang::current();
            let error = match lang {
                Lang::Vi => e.message_vi,
                Lang::En => e.message_en,
            };
            let l = Layout::new(None, &uri, super::i18n::t(lang, "login_title"), "");
            let page = LoginPage {
                l,
                login: f.login,
                next: next.unwrap_or_default(),
                error,
            };
            Ok((e.status, render(&page)).into_response())
        }
        Err(e) => Err(PageError(e)),
    }
}

/// Ends the session and clears the cookie.
pub async fn logout(State(st): State<AppState>, headers: HeaderMap) -> Result<Response, PageError> {
    if let Some(secret) = super::cookie(&headers, SESSION_COOKIE) {
        let mut tx = st.db.write().await?;
        store::accounts::close_session(&mut tx, secret).await?;
        tx.commit().await?;
    }
    let clear = session_cookie("", std::time::Duration::ZERO, st.auth.secure_cookies);
    Ok(([(header::SET_COOKIE, clear)], Redirect::to("/dang-nhap")).into_response())
}
