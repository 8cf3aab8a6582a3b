//! The request context: who is calling (from the session cookie), in which
//! language, from where, and the CSRF token for their forms. Built once per
//! request by the pipeline (`pipeline.rs`).

use std::net::IpAddr;
use std::sync::Arc;

use axum::extract::FromRequestParts;
use axum::http::{HeaderMap, HeaderValue, header, request::Parts};
use yz_domain::lang::Lang;

use crate::error::WebError;
use yz_i18n::I18n;

pub use yz_app::{Principal, Stage};

/// Everything a handler knows about the request's origin.
#[derive(Debug, Clone)]
pub struct Ctx {
    pub i18n: I18n,
    pub principal: Option<Arc<Principal>>,
    /// The raw session token (to end "this" session).
    pub session_hash: Option<String>,
    pub csrf: String,
    pub ip: String,
    pub user_agent: String,
    /// Reached over TLS (directly or through a declared TLS proxy).
    pub secure: bool,
    pub loopback: bool,
    pub path: String,
    pub is_api: bool,
    /// The request carries the configured operations token.
    pub operator_token: bool,
}

impl Ctx {
    pub fn lang(&self) -> Lang {
        self.i18n.lang
    }
    pub fn user(&self) -> Option<&Principal> {
        self.principal.as_deref()
    }
    /// The fully signed-in principal, if any.
    pub fn full_user(&self) -> Option<&Principal> {
        self.user().filter(|p| p.stage() == Stage::Full)
    }
    pub fn t(&self, key: &str) -> String {
        self.i18n.t(key)
    }
    /// Who is acting, for the use cases.
    pub fn actor(&self) -> yz_app::Actor {
        match &self.principal {
            Some(p) => yz_app::Actor::signed_in(
                p.clone(),
                self.session_hash.clone(),
                &self.ip,
                &self.user_agent,
                self.lang(),
            ),
            None => yz_app::Actor::anonymous(&self.ip, &self.user_agent, self.lang()),
        }
    }
}

impl<S: Send + Sync> FromRequestParts<S> for Ctx {
    type Rejection = WebError;
    async fn from_request_parts(parts: &mut Parts, _: &S) -> Result<Self, Self::Rejection> {
        parts
            .extensions
            .get::<Ctx>()
            .cloned()
            .ok_or_else(|| WebError::Internal("request context missing".into()))
    }
}

pub struct CookieNames {
    pub session: &'static str,
    pub csrf: &'static str,
}

pub const LANG_COOKIE: &str = "yz_lang";

/// Under TLS the cookies carry the `__Host-` prefix (Secure, no Domain,
/// Path=/), so no sibling host can plant or read them.
pub fn cookie_names(tls: bool) -> CookieNames {
    if tls {
        CookieNames {
            session: "__Host-yz_session",
            csrf: "__Host-yz_csrf",
        }
    } else {
        CookieNames {
            session: "yz_session",
            csrf: "yz_csrf",
        }
    }
}

pub fn cookie(headers: &HeaderMap, name: &str) -> Option<String> {
    headers
        .get_all(header::COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(';'))
        .filter_map(|kv| kv.trim().split_once('='))
        .find(|(k, _)| *k == name)
        .map(|(_, v)| v.trim().to_owned())
}

/// A `Set-Cookie` value with our defaults (HttpOnly, SameSite=Lax, Path=/,
/// Secure under TLS). `max_age` None: a browser-session cookie; Some(0): delete.
pub fn set_cookie(
    name: &str,
    value: &str,
    tls: bool,
    http_only: bool,
    max_age: Option<i64>,
) -> HeaderValue {
    let mut c = format!("{name}={value}; Path=/; SameSite=Lax");
    if http_only {
        c.push_str("; HttpOnly");
    }
    if tls {
        c.push_str("; Secure");
    }
    if let Some(age) = max_age {
        c.push_str(&format!("; Max-Age={age}"));
    }
    HeaderValue::from_str(&c).unwrap_or_else(|_| HeaderValue::from_static("invalid=1"))
}

/// The client's address: the peer's, or, when the peer is a trusted proxy,
/// the last address in `X-Forwarded-For` that is not itself a trusted
/// proxy (proxies append; anything left of that the client wrote itself).
/// Also whether that client is on this machine (a proxy on this machine
/// forwarding a remote client does not make the client local).
pub fn client_ip(
    peer: Option<IpAddr>,
    forwarded_for: Option<&str>,
    trusted: &[ipnet::IpNet],
) -> (String, bool) {
    let is_trusted = |ip: &IpAddr| trusted.iter().any(|n| n.contains(ip));
    let mut client = peer;
    if let (Some(p), Some(xff)) = (peer, forwarded_for)
        && is_trusted(&p)
    {
        for hop in xff.rsplit(',') {
            match hop.trim().parse::<IpAddr>() {
                Ok(ip) if is_trusted(&ip) => client = Some(ip),
                Ok(ip) => {
                    client = Some(ip);
                    break;
                }
                Err(_) => break,
            }
        }
    }
    let loopback = client.is_some_and(|c| c.is_loopback());
    (
        client
            .map(|i| i.to_canonical().to_string())
            .unwrap_or_else(|| "unknown".into()),
        loopback,
    )
}

#[cfg(test)]
mod tests {
    use super::client_ip;

    fn nets(list: &[&str]) -> Vec<ipnet::IpNet> {
        list.iter().map(|n| n.parse().unwrap()).collect()
    }

    #[test]
    fn forwarded_for_is_believed_only_from_trusted_proxies() {
        let peer = Some("203.0.113.9".parse().unwrap());
        let proxy = Some("10.0.0.2".parse().unwrap());
        let trusted = nets(&["10.0.0.0/8"]);
        // Anyone else's header is ignored.
        assert_eq!(client_ip(peer, Some("1.2.3.4"), &trusted).0, "203.0.113.9");
        assert_eq!(client_ip(peer, Some("1.2.3.4"), &[]).0, "203.0.113.9");
        // Through the proxy: the last untrusted hop is the client; what the
        // client wrote itself (left of it) is not.
        assert_eq!(
            client_ip(proxy, Some("6.6.6.6, 198.51.100.7"), &trusted).0,
            "198.51.100.7"
        );
        assert_eq!(
            client_ip(proxy, Some("198.51.100.7, 10.0.0.3"), &trusted).0,
            "198.51.100.7"
        );
        assert_eq!(client_ip(proxy, Some("garbage"), &trusted).0, "10.0.0.2");
    }

    #[test]
    fn a_local_proxy_does_not_make_remote_clients_local() {
        let local = Some("127.0.0.1".parse().unwrap());
        let trusted = nets(&["127.0.0.1/32"]);
        assert!(client_ip(local, None, &trusted).1);
        let (ip, loopback) = client_ip(local, Some("198.51.100.7"), &trusted);
        assert_eq!(ip, "198.51.100.7");
        assert!(!loopback);
    }
}
