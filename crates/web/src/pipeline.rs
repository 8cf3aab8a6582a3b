//! The request pipeline around every route: builds the [`Ctx`] (session,
//! language, client address), checks CSRF on state-changing requests,
//! counts refusals for the aggregated audit, renders pending errors in the
//! caller's language and sets the cookies it owes.

use std::net::SocketAddr;
use std::sync::Arc;

use axum::extract::{ConnectInfo, MatchedPath, Request, State};
use axum::http::{StatusCode, header};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use yz_app::refusals::{RefusalKind, Refused};
use yz_app::tokens;
use yz_domain::lang::Lang;
use yz_i18n::I18n;

use crate::csrf::{check_csrf, is_state_changing};
use crate::ctx::{Ctx, LANG_COOKIE, client_ip, cookie, cookie_names, set_cookie};
use crate::error::{Msg, PendingError, WebError};
use crate::state::AppState;

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
        match yz_app::sessions::resolve_session(&state, &token).await {
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
