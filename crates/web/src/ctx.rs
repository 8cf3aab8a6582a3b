//! The request context: who is calling (from the session cookie), in which
//! language, from where, and the CSRF token for their forms. Built once per
//! request by [`context`], which also checks CSRF on every state-changing
//! request, renders pending errors and adds the security headers.

use std::net::{IpAddr, SocketAddr};
use std::sync::Arc;

use axum::body::Body;
use axum::extract::{ConnectInfo, FromRequestParts, MatchedPath, Request, State};
use axum::http::{HeaderMap, HeaderValue, Method, StatusCode, header, request::Parts};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use yz_app::refusals::{RefusalKind, Refused};
use yz_app::tokens;
use yz_domain::lang::Lang;

use crate::error::{Msg, PendingError, WebError};
use crate::state::AppState;
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

fn is_state_changing(m: &Method) -> bool {
    !matches!(*m, Method::GET | Method::HEAD | Method::OPTIONS)
}

/// Builds the [`Ctx`], enforces CSRF, and finishes the response.
pub async fn context(State(state): State<AppState>, req: Request, next: Next) -> Response {
    let names = cookie_names(state.secure());
    let peer = req
        .extensions()
        .get::<ConnectInfo<SocketAddr>>()
        .map(|c| c.0.ip());
    let forwarded = req
        .headers()
        .get("x-forwarded-for")
        .and_then(|v| v.to_str().ok());
    let (ip, loopback) = client_ip(peer, forwarded, &state.web.trusted_proxies);
    let path = req.uri().path().to_owned();
    let is_api = path.starts_with("/api/");
    let headers = req.headers().clone();

    let mut principal = None;
    let mut session_hash = None;
    let mut clear_session = false;
    if let Some(token) = cookie(&headers, names.session) {
        match yz_app::auth::resolve_session(&state, &token).await {
            Ok(Some((p, h))) => {
                principal = Some(Arc::new(p));
                session_hash = Some(h);
            }
            Ok(None) => clear_session = true,
            Err(e) => return WebError::from(e).into_response(),
        }
    }

    let site = state.site_config().await;
    let lang = principal
        .as_ref()
        .and_then(|p| p.lang)
        .or_else(|| cookie(&headers, LANG_COOKIE).and_then(|c| Lang::parse(&c)))
        .or_else(|| {
            headers
                .get(header::ACCEPT_LANGUAGE)
                .and_then(|v| v.to_str().ok())
                .and_then(Lang::from_accept_language)
        })
        .or_else(|| Lang::parse(&site.default_lang))
        .unwrap_or(Lang::DEFAULT);

    let existing_csrf = cookie(&headers, names.csrf).filter(|c| tokens::looks_valid(c));
    let new_csrf = existing_csrf.is_none();
    let csrf = existing_csrf.unwrap_or_else(tokens::random);

    let ctx = Ctx {
        i18n: I18n::new(lang),
        principal,
        session_hash,
        csrf: csrf.clone(),
        ip,
        user_agent: headers
            .get(header::USER_AGENT)
            .and_then(|v| v.to_str().ok())
            .unwrap_or("")
            .chars()
            .take(300)
            .collect(),
        secure: state.secure(),
        loopback,
        path,
        is_api,
        operator_token: state.web.operator_token.as_deref().is_some_and(|t| {
            headers
                .get(header::AUTHORIZATION)
                .and_then(|v| v.to_str().ok())
                .and_then(|v| v.strip_prefix("Bearer "))
                .is_some_and(|given| tokens::constant_time_eq(given.as_bytes(), t.as_bytes()))
        }),
    };

    let mut req = req;
    let method = req.method().as_str().to_owned();
    let route = req
        .extensions()
        .get::<MatchedPath>()
        .map(|m| m.as_str().to_owned())
        .unwrap_or_else(|| "(no route)".into());
    if is_state_changing(req.method()) {
        match check_csrf(&state, req, new_csrf, &csrf).await {
            Ok(r) => req = r,
            Err(e) => {
                note_refusal(&state, &ctx, RefusalKind::Csrf, &method, &route);
                return finish(&state, &ctx, e.into_response(), new_csrf, clear_session);
            }
        }
    }
    req.extensions_mut().insert(ctx.clone());
    let res = next.run(req).await;
    match res.status() {
        StatusCode::FORBIDDEN => {
            note_refusal(&state, &ctx, RefusalKind::Forbidden, &method, &route)
        }
        StatusCode::TOO_MANY_REQUESTS => {
            note_refusal(&state, &ctx, RefusalKind::RateLimited, &method, &route)
        }
        _ => {}
    }
    finish(&state, &ctx, res, new_csrf, clear_session)
}

/// Counts a refusal for the aggregated audit (`yz_app::refusals`).
fn note_refusal(state: &AppState, ctx: &Ctx, kind: RefusalKind, method: &str, route: &str) {
    state.refusals.note(
        &Refused {
            kind,
            actor_id: ctx.user().map(|p| p.user_id.as_str()),
            ip: &ctx.ip,
            method,
            route,
        },
        state.now(),
    );
}

/// Double-submit check: the token in the cookie must come back in the form
/// field `_csrf` (in an upload, as its first field) or the `X-CSRF-Token`
/// header, never in the URL (where logs and referrers would keep it).
/// Cross-site requests are refused outright (Sec-Fetch-Site).
async fn check_csrf(
    state: &AppState,
    req: Request,
    cookie_was_missing: bool,
    expected: &str,
) -> Result<Request, WebError> {
    if req
        .headers()
        .get("sec-fetch-site")
        .is_some_and(|v| v.as_bytes() == b"cross-site")
    {
        return Err(WebError::Csrf);
    }
    if cookie_was_missing {
        return Err(WebError::Csrf);
    }
    let matches = |v: &str| tokens::constant_time_eq(v.as_bytes(), expected.as_bytes());
    if let Some(h) = req
        .headers()
        .get("x-csrf-token")
        .and_then(|v| v.to_str().ok())
    {
        return if matches(h) {
            Ok(req)
        } else {
            Err(WebError::Csrf)
        };
    }
    let content_type = req
        .headers()
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .unwrap_or("")
        .to_owned();
    if let Some(boundary) = multipart_boundary(&content_type) {
        let (parts, body) = req.into_parts();
        let (token, body) = first_multipart_field(body, &boundary).await?;
        return match token {
            Some(t) if matches(&t) => Ok(Request::from_parts(parts, body)),
            _ => Err(WebError::Csrf),
        };
    }
    if !content_type.starts_with("application/x-www-form-urlencoded") {
        return Err(WebError::Csrf);
    }
    let (parts, body) = req.into_parts();
    let bytes = axum::body::to_bytes(body, state.web.body_limit)
        .await
        .map_err(|_| WebError::PayloadTooLarge)?;
    let ok = url::form_urlencoded::parse(&bytes)
        .find(|(k, _)| k == "_csrf")
        .is_some_and(|(_, v)| matches(&v));
    if !ok {
        return Err(WebError::Csrf);
    }
    Ok(Request::from_parts(parts, Body::from(bytes)))
}

/// The boundary of a `multipart/form-data` body.
fn multipart_boundary(content_type: &str) -> Option<String> {
    let (mime, params) = content_type.split_once(';')?;
    if !mime.trim().eq_ignore_ascii_case("multipart/form-data") {
        return None;
    }
    params.split(';').find_map(|p| {
        let (k, v) = p.trim().split_once('=')?;
        k.trim()
            .eq_ignore_ascii_case("boundary")
            .then(|| v.trim().trim_matches('"').to_owned())
            .filter(|b| !b.is_empty() && b.len() <= 200)
    })
}

/// The value of the first part of a multipart body when it is the `_csrf`
/// field, reading no more than its first few kilobytes; the body comes
/// back whole for the handler.
async fn first_multipart_field(
    body: Body,
    boundary: &str,
) -> Result<(Option<String>, Body), WebError> {
    use futures_util::StreamExt;
    const MOST: usize = 8 * 1024;
    let mut stream = body.into_data_stream();
    let mut head: Vec<u8> = Vec::new();
    let mut token = None;
    loop {
        match csrf_part(&head, boundary) {
            Some(t) => {
                token = t;
                break;
            }
            None if head.len() >= MOST => break,
            None => match stream.next().await {
                Some(Ok(chunk)) => head.extend_from_slice(&chunk),
                Some(Err(_)) => return Err(WebError::BadRequest(Msg::new("error-bad-request"))),
                None => break,
            },
        }
    }
    let first =
        futures_util::stream::once(
            async move { Ok::<_, axum::Error>(axum::body::Bytes::from(head)) },
        );
    Ok((token, Body::from_stream(first.chain(stream))))
}

/// Parses the first part of a multipart body read so far: None while it is
/// incomplete, Some(None) when it is not a `_csrf` field, Some(Some(token)).
fn csrf_part(buf: &[u8], boundary: &str) -> Option<Option<String>> {
    let open = format!("--{boundary}\r\n");
    if buf.len() < open.len() {
        return None;
    }
    if !buf.starts_with(open.as_bytes()) {
        return Some(None);
    }
    let rest = &buf[open.len()..];
    let headers_end = find(rest, b"\r\n\r\n")?;
    let headers = String::from_utf8_lossy(&rest[..headers_end]).to_ascii_lowercase();
    let is_csrf = headers
        .lines()
        .any(|l| l.starts_with("content-disposition:") && l.contains("name=\"_csrf\""));
    if !is_csrf {
        return Some(None);
    }
    let value = &rest[headers_end + 4..];
    let close = format!("\r\n--{boundary}");
    let end = find(value, close.as_bytes())?;
    Some(std::str::from_utf8(&value[..end]).ok().map(str::to_owned))
}

fn find(hay: &[u8], needle: &[u8]) -> Option<usize> {
    hay.windows(needle.len()).position(|w| w == needle)
}

/// axum's own rejections (a malformed form, JSON or path) are plain text
/// in English; they become our errors, in the caller's language.
fn rejection_to_error(res: &Response) -> Option<WebError> {
    let status = res.status();
    let plain = res
        .headers()
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .is_none_or(|v| v.starts_with("text/plain"));
    if !status.is_client_error() || !plain {
        return None;
    }
    Some(match status.as_u16() {
        404 => WebError::NotFound,
        413 => WebError::PayloadTooLarge,
        405 => WebError::BadRequest(Msg::new("error-method")),
        _ => WebError::BadRequest(Msg::new("error-bad-request")),
    })
}

fn finish(
    state: &AppState,
    ctx: &Ctx,
    mut res: Response,
    new_csrf: bool,
    clear_session: bool,
) -> Response {
    if res.extensions().get::<PendingError>().is_none()
        && let Some(e) = rejection_to_error(&res)
    {
        let status = res.status();
        res = e.into_response();
        *res.status_mut() = status;
    }
    if let Some(PendingError(err)) = res.extensions_mut().remove::<PendingError>() {
        let status = res.status();
        let retry = res.headers().get(header::RETRY_AFTER).cloned();
        let mut rendered = crate::pages::errors::render(ctx, &err);
        *rendered.status_mut() = status;
        if let Some(r) = retry {
            rendered.headers_mut().insert(header::RETRY_AFTER, r);
        }
        res = rendered;
    }
    let names = cookie_names(state.secure());
    let h = res.headers_mut();
    if new_csrf {
        h.append(
            header::SET_COOKIE,
            set_cookie(names.csrf, &ctx.csrf, state.secure(), true, None),
        );
    }
    if clear_session {
        h.append(
            header::SET_COOKIE,
            set_cookie(names.session, "", state.secure(), true, Some(0)),
        );
    }
    crate::headers::apply(h, state.secure(), ctx.principal.is_some());
    res
}

#[cfg(test)]
mod tests {
    use super::{client_ip, csrf_part, multipart_boundary};

    #[test]
    fn the_first_multipart_field_carries_the_token() {
        assert_eq!(
            multipart_boundary("multipart/form-data; boundary=\"abc\"").as_deref(),
            Some("abc")
        );
        assert_eq!(multipart_boundary("application/json"), None);
        let body =
            b"--abc\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\nTOKEN\r\n--abc\r\n";
        assert_eq!(csrf_part(body, "abc"), Some(Some("TOKEN".into())));
        assert_eq!(csrf_part(&body[..30], "abc"), None, "not all there yet");
        let other = b"--abc\r\nContent-Disposition: form-data; name=\"file\"\r\n\r\nxx\r\n--abc";
        assert_eq!(csrf_part(other, "abc"), Some(None));
        assert_eq!(csrf_part(b"garbage-garbage", "abc"), Some(None));
    }

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
