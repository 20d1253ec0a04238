//! Read-your-writes across server processes (with read replicas): a request's commits raise a
//! WAL position (`store::cluster::floor`) that goes back to the browser in a cookie; the next
//! request, whichever process serves it, reads only from a replica that has replayed it. A
//! client that sends a forged, higher position only sends its own reads to the primary.
//! Without replicas no position is kept and no cookie is set.

use axum::extract::{Request, State};
use axum::http::{HeaderValue, header};
use axum::middleware::Next;
use axum::response::Response;
use store::cluster::floor::{self, ReadFloor};
use store::cluster::replicas::parse_lsn;

use crate::AppState;

pub const COOKIE: &str = "dondoc_wal";

/// Middleware: runs the request with the floor its cookie names; hands back a higher one.
pub async fn carry(State(st): State<AppState>, req: Request, next: Next) -> Response {
    let asked = crate::kit::cookie(req.headers(), COOKIE)
        .and_then(parse_lsn)
        .unwrap_or(0);
    let at = ReadFloor::at(asked);
    let mut resp = floor::with_floor(at.clone(), next.run(req)).await;
    let reached = at.get();
    if reached > asked {
        let secure = if st.web.https { "; Secure" } else { "" };
        // Replicas catch up in seconds; an hour covers a long pause between two pages.
        let v = format!(
            "{COOKIE}={}; Path=/; HttpOnly; SameSite=Lax; Max-Age=3600{secure}",
            floor::format_lsn(reached)
        );
        if let Ok(v) = HeaderValue::from_str(&v) {
            resp.headers_mut().append(header::SET_COOKIE, v);
        }
    }
    resp
}
