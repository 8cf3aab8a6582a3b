//! CSRF: the double-submit check on every state-changing request.

use axum::body::Body;
use axum::extract::Request;
use axum::http::{Method, header};

use yz_app::tokens;

use crate::error::{Msg, WebError};
use crate::state::AppState;

pub(crate) fn is_state_changing(m: &Method) -> bool {
    !matches!(*m, Method::GET | Method::HEAD | Method::OPTIONS)
}

/// Double-submit check: the token in the cookie must come back in the form
/// field `_csrf` (in an upload, as its first field) or the `X-CSRF-Token`
/// header, never in the URL (where logs and referrers would keep it).
/// Cross-site requests are refused outright (Sec-Fetch-Site).
pub(crate) async fn check_csrf(
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

#[cfg(test)]
mod tests {
    use super::{csrf_part, multipart_boundary};

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
}
