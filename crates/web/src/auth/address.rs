//! The client's address: the peer of the connection, or — when the peer is a trusted proxy — the
//! nearest address in `X-Forwarded-For` that is not itself a trusted proxy. Addresses feed login
//! throttling and the audit trail, so a forged header from an untrusted peer is never believed.

use std::net::{IpAddr, SocketAddr};

use axum::extract::{ConnectInfo, FromRequestParts, Request};
use axum::http::request::Parts;

use super::WebSettings;

/// An address or a CIDR range (`10.0.0.0/8`, `::1`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Net {
    addr: IpAddr,
    prefix: u8,
}

impl Net {
    /// Parses `1.2.3.4`, `10.0.0.0/8`, `::1` or `fd00::/8`.
    pub fn parse(s: &str) -> Option<Net> {
        let s = s.trim();
        let (a, p) = match s.split_once('/') {
            Some((a, p)) => (a, Some(p)),
            None => (s, None),
        };
        let addr: IpAddr = a.parse().ok()?;
        let max = if addr.is_ipv4() { 32 } else { 128 };
        let prefix = match p {
            Some(p) => p.parse::<u8>().ok().filter(|p| *p <= max)?,
            None => max,
        };
        Some(Net { addr, prefix })
    }

    pub fn contains(&self, ip: IpAddr) -> bool {
        match (self.addr, ip) {
            (IpAddr::V4(n), IpAddr::V4(i)) => {
                let mask = u32::MAX.checked_shl(32 - u32::from(self.prefix)).unwrap_or(0);
                u32::from(n) & mask == u32::from(i) & mask
            }
            (IpAddr::V6(n), IpAddr::V6(i)) => {
                let mask = u128::MAX.checked_shl(128 - u32::from(self.prefix)).unwrap_or(0);
                u128::from(n) & mask == u128::from(i) & mask
            }
            _ => false,
        }
    }
}

fn trusted(settings: &WebSettings, ip: IpAddr) -> bool {
    settings.trusted_proxies.iter().any(|n| n.contains(ip))
}

/// The client's address, as text, for throttling and the audit trail.
pub fn client_address(settings: &WebSettings, req: &Request) -> Option<String> {
    of_parts(settings, req.extensions(), req.headers())
}

fn of_parts(settings: &WebSettings, ext: &axum::http::Extensions, headers: &axum::http::HeaderMap) -> Option<String> {
    let peer = ext.get::<ConnectInfo<SocketAddr>>().map(|c| c.0.ip())?;
    Some(
        resolve(
            settings,
            peer,
            headers.get("x-forwarded-for").and_then(|v| v.to_str().ok()),
        )
        .to_string(),
    )
}

/// The client's address as an extractor (`"unknown"` when the server was not given peers).
#[derive(Debug, Clone)]
pub struct ClientAddress(pub String);

impl FromRequestParts<crate::AppState> for ClientAddress {
    type Rejection = std::convert::Infallible;

    async fn from_request_parts(parts: &mut Parts, st: &crate::AppState) -> Result<Self, Self::Rejection> {
        Ok(ClientAddress(
            of_parts(&st.web, &parts.extensions, &parts.headers).unwrap_or_else(|| "unknown".into()),
        ))
    }
}

/// The address to believe given the peer and its `X-Forwarded-For` header.
pub fn resolve(settings: &WebSettings, peer: IpAddr, forwarded: Option<&str>) -> IpAddr {
    if !trusted(settings, peer) {
        return peer;
    }
    let Some(list) = forwarded else { return peer };
    // Right to left: each trusted proxy appended the address it saw.
    for hop in list.rsplit(',') {
        match hop.trim().parse::<IpAddr>() {
            Ok(ip) if trusted(settings, ip) => continue,
            Ok(ip) => return ip,
            // A garbled entry: stop believing the header from here on.
            Err(_) => break,
        }
    }
    peer
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ip(s: &str) -> IpAddr {
        s.parse().unwrap()
    }

    #[test]
    fn ranges() {
        let n = Net::parse("10.0.0.0/8").unwrap();
        assert!(n.contains(ip("10.1.2.3")));
        assert!(!n.contains(ip("11.0.0.1")));
        assert!(Net::parse("::1").unwrap().contains(ip("::1")));
        assert!(Net::parse("1.2.3.4/33").is_none());
        assert!(Net::parse("nope").is_none());
    }

    #[test]
    fn forwarded_for_is_believed_only_from_trusted_proxies() {
        let s = WebSettings {
            https: false,
            trusted_proxies: vec![Net::parse("127.0.0.1").unwrap(), Net::parse("10.0.0.0/8").unwrap()],
            ..Default::default()
        };
        // A stranger cannot claim another address.
        assert_eq!(resolve(&s, ip("203.0.113.9"), Some("1.1.1.1")), ip("203.0.113.9"));
        // Behind our proxies: the nearest untrusted hop.
        assert_eq!(
            resolve(&s, ip("127.0.0.1"), Some("1.1.1.1, 203.0.113.7, 10.0.0.5")),
            ip("203.0.113.7")
        );
        assert_eq!(resolve(&s, ip("127.0.0.1"), None), ip("127.0.0.1"));
        assert_eq!(resolve(&s, ip("127.0.0.1"), Some("garbage")), ip("127.0.0.1"));
    }
}
