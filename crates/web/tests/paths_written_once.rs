//! Every page address is written once, in `src/paths.rs`: this scans the web crate's sources
//! and templates for a literal page path written anywhere else (a link, a redirect, a form's
//! action, a route), so that it stays true. The page addresses are the patterns of
//! `paths::route`, read from that file; the API (`/api/v1/…`, owned by utoipa), static assets
//! (`/static/…`) and the operations endpoints (`/metrics`, `/healthz`, `/readyz`) are not pages.
// Tests fail loudly where they fail: unwrap, expect and panic are their assertions.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use std::fs;
use std::path::{Path, PathBuf};

/// Literal page paths that may stay where they are, each with the reason. Empty today: the
/// language switch's `next` and the login's `next` are the current address (`l.here`), never
/// a literal.
const ALLOWED: &[(&str, &str)] = &[];

fn crate_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// The first segments of every page pattern in `paths::route` (`nhiem-vu`, `van-ban` …).
fn page_segments() -> Vec<String> {
    let src = fs::read_to_string(crate_dir().join("src/paths.rs")).expect("paths.rs");
    let mut segs: Vec<String> = src
        .lines()
        .filter_map(|l| {
            l.trim()
                .strip_prefix("pub const ")?
                .split_once(": &str = \"")
                .map(|(_, v)| v)
        })
        .filter_map(|v| v.strip_suffix("\";"))
        .filter_map(|p| p.strip_prefix('/')?.split(['/', '?', '{']).next().map(str::to_string))
        .filter(|s| !s.is_empty())
        .collect();
    segs.sort();
    segs.dedup();
    segs
}

/// The literal page paths in one line: `/segment` opened by a quote (or a format placeholder's
/// `}` before it, as in `{host}/cong-khai`) and ended by a quote, `/`, `?`, `#` or a placeholder.
fn literals(line: &str, segs: &[String]) -> Vec<String> {
    let mut found = Vec::new();
    for seg in segs {
        let needle = format!("/{seg}");
        for (at, _) in line.match_indices(&needle) {
            let before = line[..at].chars().next_back();
            let after = line[at + needle.len()..].chars().next();
            let opened = matches!(before, Some('"' | '\'' | '}'));
            let closed = matches!(after, None | Some('"' | '\'' | '/' | '?' | '#' | '{' | '&'));
            if opened && closed {
                let end = line[at..].find(['"', '\'']).map_or(line.len(), |e| at + e);
                found.push(line[at..end].to_string());
            }
        }
    }
    found
}

fn files(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in fs::read_dir(dir).expect("read_dir") {
        let path = entry.expect("entry").path();
        if path.is_dir() {
            files(&path, out);
        } else {
            out.push(path);
        }
    }
}

/// Every literal page path outside `src/paths.rs`, as `file:line: path`.
fn offenders(segs: &[String]) -> Vec<String> {
    let root = crate_dir();
    let mut all = Vec::new();
    files(&root.join("src"), &mut all);
    files(&root.join("templates"), &mut all);
    let mut bad = Vec::new();
    for path in all {
        let rel = path
            .strip_prefix(&root)
            .expect("inside")
            .to_string_lossy()
            .replace('\\', "/");
        if rel == "src/paths.rs" || !(rel.ends_with(".rs") || rel.ends_with(".html")) {
            continue;
        }
        let text = fs::read_to_string(&path).expect("source");
        for (n, line) in text.lines().enumerate() {
            // Comments describe addresses; they do not build them.
            if rel.ends_with(".rs") && line.trim_start().starts_with("//") {
                continue;
            }
            for lit in literals(line, segs) {
                if !ALLOWED.iter().any(|(file, allowed)| rel == *file && lit == *allowed) {
                    bad.push(format!("{rel}:{}: {lit}", n + 1));
                }
            }
        }
    }
    bad
}

#[test]
fn the_scan_sees_the_page_addresses() {
    let segs = page_segments();
    for seg in [
        "nhiem-vu",
        "van-ban",
        "don-vi",
        "tong-quan",
        "cong-khai",
        "hang-doi-thu",
    ] {
        assert!(segs.iter().any(|s| s == seg), "{seg} missing from {segs:?}");
    }
    // The detector itself: what it must catch, and what it must leave.
    let caught = [
        r#"Redirect::to("/nhiem-vu")"#,
        r#"format!("/nhiem-vu/{id}/sua")"#,
        r#"format!("/van-ban?{q}")"#,
        r#"format!("{scheme}://{host}/cong-khai/{id}")"#,
        r#"<a href="/don-vi/{{ id }}#can-bo">"#,
        r#"<form action='/tong-quan'>"#,
    ];
    for line in caught {
        assert_eq!(literals(line, &segs).len(), 1, "not caught: {line}");
    }
    let left = [
        r#"href="{{ crate::paths::task(id) }}#nhiem-vu""#,
        r#"format!("{}?don_vi={u}", crate::paths::TARGETS)"#,
        r#""/api/v1/tasks""#,
        r#""/static/app.css""#,
        r#"let anchor = "/nhiem-vu-cu";"#,
    ];
    for line in left {
        assert!(literals(line, &segs).is_empty(), "wrongly caught: {line}");
    }
}

#[test]
fn no_page_path_is_written_outside_paths_rs() {
    let bad = offenders(&page_segments());
    assert!(
        bad.is_empty(),
        "literal page paths outside src/paths.rs (use crate::paths):\n{}",
        bad.join("\n")
    );
}

#[test]
fn the_page_router_registers_route_consts_only() {
    // The page routes live beside each capability's pages, so the whole crate is read; the
    // routes that are not pages (static files, the OpenAPI document, the operations
    // endpoints) may be literals.
    const NOT_PAGES: &[&str] = &["\"/static/", "\"/api/", "\"/metrics\"", "\"/healthz\"", "\"/readyz\""];
    let mut all = Vec::new();
    files(&crate_dir().join("src"), &mut all);
    let mut bad = Vec::new();
    for path in all.iter().filter(|p| p.extension().is_some_and(|e| e == "rs")) {
        let text = fs::read_to_string(path).expect("source");
        // `.route(` then the pattern, on the same line or the next.
        for (at, _) in text.match_indices(".route(") {
            let arg = text[at + ".route(".len()..].trim_start();
            if arg.starts_with('"') && !NOT_PAGES.iter().any(|p| arg.starts_with(p)) {
                let line = text[..at].lines().count();
                bad.push(format!("{}:{line}", path.display()));
            }
        }
    }
    assert!(
        bad.is_empty(),
        "page routes registered with a literal pattern:\n{}",
        bad.join("\n")
    );
}
