//! PostgreSQL connection strings with several hosts, which sqlx does not read.
//!
//! libpq accepts `postgres://user@h1:5432,h2:5432/db?target_session_attrs=read-write`: try the
//! hosts in order, keep the first that accepts writes. sqlx 0.9 parses one host only (and
//! ignores `target_session_attrs` with a warning; sqlx issues #2290, #3333), so the URL is cut
//! here into one single-host URL per host, each parsed by sqlx; the choice among them is made
//! by [`super::writer`].

use std::str::FromStr;

use sqlx::postgres::PgConnectOptions;

use crate::StoreError;

/// One URL with its hosts apart.
#[derive(Debug, Clone)]
pub struct HostList {
    /// One connect option per host, in the order written.
    pub hosts: Vec<PgConnectOptions>,
    /// The same, as `host:port` for messages (no password).
    pub names: Vec<String>,
    /// `target_session_attrs=read-write` (or `primary`): only a server that is not in recovery
    /// may be used for writing.
    pub require_primary: bool,
}

fn invalid(message: String) -> StoreError {
    StoreError::Db(sqlx::Error::Configuration(message.into()))
}

/// True when `url` names PostgreSQL.
pub fn is_postgres(url: &str) -> bool {
    url.starts_with("postgres://") || url.starts_with("postgresql://")
}

/// Splits a list of URLs written with commas: a comma followed by a scheme starts the next
/// URL; any other comma separates the hosts of one URL. Blank items are dropped.
pub fn split_list(list: &str) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for part in list.split(',') {
        let part = part.trim();
        if part.is_empty() {
            continue;
        }
        match out.last_mut() {
            Some(last) if !part.contains("://") => {
                last.push(',');
                last.push_str(part);
            }
            _ => out.push(part.to_string()),
        }
    }
    out
}

/// Cuts `url` (one or several hosts) into one connect option per host.
pub fn parse(url: &str) -> Result<HostList, StoreError> {
    let Some(scheme_end) = url.find("://").filter(|_| is_postgres(url)) else {
        return Err(invalid(format!("not a postgres:// URL: {}", redact(url))));
    };
    let rest = &url[scheme_end + 3..];
    let auth_end = rest.find(['/', '?']).unwrap_or(rest.len());
    let (authority, tail) = rest.split_at(auth_end);
    let (userinfo, hostlist) = match authority.rfind('@') {
        Some(at) => (&authority[..=at], &authority[at + 1..]),
        None => ("", authority),
    };
    let (path, query) = match tail.find('?') {
        Some(q) => (&tail[..q], &tail[q + 1..]),
        None => (tail, ""),
    };
    let mut require_primary = false;
    let mut kept = Vec::new();
    for pair in query.split('&').filter(|p| !p.is_empty()) {
        match pair.split_once('=') {
            Some(("target_session_attrs", v)) => {
                require_primary = match v {
                    "any" => false,
                    "read-write" | "primary" => true,
                    other => {
                        return Err(invalid(format!(
                            "target_session_attrs={other} is not supported (any, read-write or primary)"
                        )));
                    }
                }
            }
            _ => kept.push(pair),
        }
    }
    let query = if kept.is_empty() {
        String::new()
    } else {
        format!("?{}", kept.join("&"))
    };
    let mut hosts = Vec::new();
    let mut names = Vec::new();
    for host in hostlist.split(',') {
        let host = host.trim();
        if host.is_empty() && hostlist.contains(',') {
            return Err(invalid(format!("an empty host in {}", redact(url))));
        }
        let one = format!("postgres://{userinfo}{host}{path}{query}");
        let opts = PgConnectOptions::from_str(&one).map_err(|e| invalid(format!("{}: {e}", redact(&one))))?;
        names.push(format!("{}:{}", opts.get_host(), opts.get_port()));
        hosts.push(opts);
    }
    Ok(HostList {
        hosts,
        names,
        require_primary,
    })
}

/// A URL without its password, for messages.
pub fn redact(url: &str) -> String {
    match (url.find("://"), url.rfind('@')) {
        (Some(s), Some(at)) if at > s => format!("{}://…@{}", &url[..s], &url[at + 1..]),
        _ => url.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn one_host_is_one_option() {
        let l = parse("postgres://u:pw@db.example:5433/dondoc?sslmode=disable").unwrap();
        assert_eq!(l.names, vec!["db.example:5433"]);
        assert!(!l.require_primary);
        assert_eq!(l.hosts[0].get_database(), Some("dondoc"));
        assert_eq!(l.hosts[0].get_username(), "u");
    }

    #[test]
    fn several_hosts_keep_user_database_and_parameters() {
        let l = parse(
            "postgresql://app@10.0.0.1:5432,10.0.0.2,[::1]:6000/dd?target_session_attrs=read-write&application_name=x",
        )
        .unwrap();
        assert_eq!(l.names, vec!["10.0.0.1:5432", "10.0.0.2:5432", "[::1]:6000"]);
        assert!(l.require_primary);
        for h in &l.hosts {
            assert_eq!(h.get_database(), Some("dd"));
            assert_eq!(h.get_username(), "app");
            assert_eq!(h.get_application_name(), Some("x"));
        }
    }

    #[test]
    fn unsupported_session_attrs_and_bad_urls_are_refused() {
        let e = parse("postgres://a,b/db?target_session_attrs=standby").unwrap_err();
        assert!(e.to_string().contains("target_session_attrs=standby"), "{e}");
        assert!(parse("mysql://x/db").is_err());
        assert!(parse("postgres://a,,b/db").is_err());
        assert!(parse("postgres://h:notaport/db").is_err());
    }

    #[test]
    fn a_list_splits_on_schemes_not_on_host_commas() {
        assert_eq!(
            split_list("postgres://r1/db, postgres://r2:5433,r3/db,,"),
            vec!["postgres://r1/db", "postgres://r2:5433,r3/db"]
        );
        assert!(split_list(" , ").is_empty());
    }
}
