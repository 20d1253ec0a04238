//! `/y-kien/{code}/ma-qr`: the sheet a service desk prints and puts on its counter — the
//! desk's name, a QR code of its public feedback page and the same address written out
//! (issue 12). Public like the page it points to: it shows nothing that page does not.

use askama::Template;
use axum::extract::{Path, State};
use axum::http::{HeaderMap, header};
use axum::response::Response;
use qrcode::QrCode;
use qrcode::render::svg;
use store::evaluation::feedback::FeedbackPoint;

use crate::AppState;
use crate::error::{ApiError, Lang};
use crate::kit::{Layout, PageError, render};

#[derive(Template)]
#[template(path = "feedback/qr.html")]
struct Sheet {
    l: Layout,
    point: FeedbackPoint,
    url: String,
    svg: String,
}

/// Where users reach this server: the configured public URL, else the request's own host
/// (only when it is a plain host name, so a forged header cannot put markup on the page).
fn origin(st: &AppState, headers: &HeaderMap) -> String {
    if let Some(u) = &st.web.public_url {
        return u.clone();
    }
    let host = headers
        .get(header::HOST)
        .and_then(|v| v.to_str().ok())
        .filter(|h| !h.is_empty() && h.chars().all(|c| c.is_ascii_alphanumeric() || ".-:[]".contains(c)))
        .unwrap_or("localhost");
    let scheme = if st.web.https { "https" } else { "http" };
    format!("{scheme}://{host}")
}

/// The QR code of `url` as an SVG element that scales to its box.
fn qr_svg(url: &str) -> Result<String, PageError> {
    let code = QrCode::new(url.as_bytes()).map_err(|_| ApiError(app::Error::internal()))?;
    let svg = code
        .render::<svg::Color<'_>>()
        .min_dimensions(240, 240)
        .quiet_zone(true)
        .build();
    // Inline in HTML: the element only, without the XML declaration.
    Ok(svg.find("<svg").map(|i| svg[i..].to_string()).unwrap_or(svg))
}

pub async fn sheet(
    State(st): State<AppState>,
    headers: HeaderMap,
    Path(code): Path<String>,
) -> Result<Response, PageError> {
    let point = app::feedback::point(&st.app, &code).await?;
    let url = format!("{}{}", origin(&st, &headers), crate::paths::feedback(&point.code));
    let svg = qr_svg(&url)?;
    let l = Layout {
        lang: Lang::current(),
        title: point.name.clone(),
        user: String::new(),
        menu: Default::default(),
        here: crate::paths::feedback_qr(&point.code),
        q: String::new(),
        nav: "",
        unread: 0,
    };
    Ok(render(&Sheet { l, point, url, svg }))
}
