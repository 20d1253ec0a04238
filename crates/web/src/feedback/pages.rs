//! `/y-kien/{code}`: the public citizen feedback page of a service desk — no sign-in, a few
//! yes/no questions and a rating. The form carries a signed single-use token; a device cookie
//! (`dondoc_thiet_bi`, random, one year) limits a device to one response per desk and day
//! (`app::feedback`).

use askama::Template;
use axum::Form;
use axum::extract::{Path, State};
use axum::http::{HeaderMap, HeaderValue, header};
use axum::response::{IntoResponse, Response};
use serde::Deserialize;
use store::evaluation::feedback::FeedbackPoint;

use crate::AppState;
use crate::auth::address::ClientAddress;
use crate::error::{ApiError, Lang};
use crate::kit::{Layout, PageError, render};

pub const DEVICE_COOKIE: &str = "dondoc_thiet_bi";

/// The device cookie's value, when the browser sent a well-formed one.
pub fn device_of(headers: &HeaderMap) -> Option<String> {
    crate::kit::cookie(headers, DEVICE_COOKIE)
        .filter(|v| v.len() == 32 && v.chars().all(|c| c.is_ascii_hexdigit()))
        .map(|v| format!("dev:{v}"))
}

fn new_device() -> String {
    rand::random::<[u8; 16]>().iter().map(|b| format!("{b:02x}")).collect()
}

pub struct Question {
    pub code: &'static str,
    pub text: &'static str,
}

#[derive(Template)]
#[template(path = "feedback/form.html")]
struct FormPage {
    l: Layout,
    point: FeedbackPoint,
    code: String,
    token: String,
    questions: Vec<Question>,
    error: String,
    sent: bool,
}

fn questions() -> Vec<Question> {
    app::feedback::QUESTIONS
        .iter()
        .map(|(code, vi, en)| Question {
            code,
            text: crate::kit::label(vi, en),
        })
        .collect()
}

fn layout(point: &FeedbackPoint) -> Layout {
    Layout {
        lang: Lang::current(),
        title: point.name.clone(),
        user: String::new(),
        menu: Default::default(),
        here: crate::paths::feedback(&point.code),
        q: String::new(),
        nav: "",
        unread: 0,
    }
}

async fn form_page(
    st: &AppState,
    headers: &HeaderMap,
    code: &str,
    error: Option<&ApiError>,
    sent: bool,
) -> Result<Response, PageError> {
    let point = app::feedback::point(&st.app, code).await?;
    let token = app::feedback::issue_token(&st.app, point.id, chrono::Utc::now()).await?;
    let page = FormPage {
        l: layout(&point),
        code: code.to_string(),
        token,
        questions: questions(),
        error: error.map(|e| e.message().to_string()).unwrap_or_default(),
        sent,
        point,
    };
    let status = error.map_or(axum::http::StatusCode::OK, |e| e.status());
    let mut resp = (status, render(&page)).into_response();
    if device_of(headers).is_none() {
        let cookie = format!(
            "{DEVICE_COOKIE}={}; Path=/y-kien; Max-Age=31536000; HttpOnly; SameSite=Lax",
            new_device()
        );
        if let Ok(v) = HeaderValue::from_str(&cookie) {
            resp.headers_mut().append(header::SET_COOKIE, v);
        }
    }
    Ok(resp)
}

pub async fn page(
    State(st): State<AppState>,
    headers: HeaderMap,
    Path(code): Path<String>,
) -> Result<Response, PageError> {
    form_page(&st, &headers, &code, None, false).await
}

#[derive(Deserialize)]
pub struct SendForm {
    form_token: String,
    #[serde(default)]
    rating: String,
    #[serde(default)]
    comment: String,
    #[serde(flatten)]
    rest: std::collections::BTreeMap<String, String>,
}

pub async fn send(
    State(st): State<AppState>,
    headers: HeaderMap,
    addr: ClientAddress,
    Path(code): Path<String>,
    Form(f): Form<SendForm>,
) -> Result<Response, PageError> {
    let answers = f
        .rest
        .iter()
        .filter_map(|(k, v)| k.strip_prefix("q_").map(|q| (q.to_string(), v == "co")))
        .collect();
    let input = app::feedback::FeedbackInput {
        form_token: f.form_token,
        rating: f.rating.trim().parse().unwrap_or(0),
        answers,
        comment: Some(f.comment).filter(|c| !c.trim().is_empty()),
    };
    let address = addr.0.clone();
    let device = device_of(&headers).unwrap_or_else(|| format!("addr:{address}"));
    match app::feedback::submit(&st.app, &code, &input, &device, &address, chrono::Utc::now()).await {
        Ok(_) => form_page(&st, &headers, &code, None, true).await,
        Err(e) => form_page(&st, &headers, &code, Some(&ApiError(e)), false).await,
    }
}
