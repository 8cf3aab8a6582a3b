//! Enforces the [`Access`] each route declares. It runs after the context
//! middleware, so the caller is known.

use axum::extract::{FromRequestParts, RawPathParams, Request, State};
use axum::middleware::Next;
use axum::response::{IntoResponse, Redirect, Response};
use yz_domain::Access;
use yz_domain::role::{Scope, ScopeKind};

use crate::ctx::{Ctx, Stage};
use crate::error::WebError;
use crate::state::AppState;

/// The state a route's guard carries: the app, the declared access and
/// whether the route is an administrator page.
#[derive(Clone)]
pub struct GuardState {
    pub app: AppState,
    pub access: Access,
    pub admin_area: bool,
}

fn login_redirect(ctx: &Ctx) -> Response {
    if ctx.is_api {
        return WebError::Unauthorized.into_response();
    }
    let next: String = url::form_urlencoded::byte_serialize(ctx.path.as_bytes()).collect();
    Redirect::to(&format!("/login?next={next}")).into_response()
}

/// The scope a route's permission is checked in: the `{fair}` or `{org}`
/// segment of its path, for permissions of that kind.
pub fn scope_of(perm: yz_domain::Permission, params: &[(String, String)]) -> Option<Scope> {
    let find = |name: &str| {
        params
            .iter()
            .find(|(k, _)| k == name)
            .map(|(_, v)| v.clone())
    };
    match perm.scope_kind() {
        ScopeKind::Platform => Some(Scope::Platform),
        ScopeKind::Fair => find("fair").map(Scope::Fair),
        ScopeKind::Organisation => find("org").map(Scope::Organisation),
    }
}

/// The decision alone, for the matrix test and the guard. `scope` is where
/// a permission must be held (None: a scoped permission on a route without
/// its scope in the path, which is refused).
pub fn decide(ctx: &Ctx, access: Access, demo: bool, scope: Option<&Scope>) -> Result<(), Refusal> {
    let full = ctx.full_user();
    match access {
        Access::Public => Ok(()),
        Access::Anonymous => match ctx.user() {
            None => Ok(()),
            Some(p) => Err(Refusal::SignedIn(p.stage())),
        },
        Access::Authenticated => match (ctx.user(), full) {
            (_, Some(_)) => Ok(()),
            (Some(p), None) => Err(Refusal::Unfinished(p.stage())),
            (None, None) => Err(Refusal::SignIn),
        },
        Access::Session => match ctx.user() {
            Some(_) => Ok(()),
            None => Err(Refusal::SignIn),
        },
        Access::Permission(perm) => match (ctx.user(), full) {
            (_, Some(p)) if scope.is_some_and(|s| p.can_in(perm, s)) => Ok(()),
            (_, Some(_)) => Err(Refusal::Forbidden),
            (Some(p), None) => Err(Refusal::Unfinished(p.stage())),
            (None, None) => Err(Refusal::SignIn),
        },
        Access::DemoOnly => {
            if demo {
                Ok(())
            } else {
                Err(Refusal::Hidden)
            }
        }
        Access::Operator => {
            if ctx.loopback || ctx.operator_token {
                Ok(())
            } else {
                Err(Refusal::Forbidden)
            }
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Refusal {
    SignIn,
    SignedIn(Stage),
    Unfinished(Stage),
    Forbidden,
    Hidden,
}

/// Administrator pages travel only over TLS, or stay on this machine.
pub fn admin_transport_ok(secure: bool, loopback: bool) -> bool {
    secure || loopback
}

pub async fn guard(State(g): State<GuardState>, ctx: Ctx, req: Request, next: Next) -> Response {
    // Only permission routes need their scope from the path; the rest (the
    // hot public pages) skip the extraction.
    let (req, scope) = match g.access {
        Access::Permission(p) => {
            let (mut parts, body) = req.into_parts();
            let params: Vec<(String, String)> =
                match RawPathParams::from_request_parts(&mut parts, &()).await {
                    Ok(raw) => raw
                        .iter()
                        .map(|(k, v)| (k.to_owned(), v.to_owned()))
                        .collect(),
                    Err(_) => Vec::new(),
                };
            (Request::from_parts(parts, body), scope_of(p, &params))
        }
        _ => (req, None),
    };
    if g.admin_area && !admin_transport_ok(ctx.secure, ctx.loopback) {
        return WebError::AdminNeedsTls.into_response();
    }
    match decide(&ctx, g.access, g.app.config.demo, scope.as_ref()) {
        Ok(()) => next.run(req).await,
        Err(Refusal::SignIn) => login_redirect(&ctx),
        Err(Refusal::SignedIn(stage)) => {
            if ctx.is_api {
                WebError::Forbidden.into_response()
            } else {
                Redirect::to(stage.page()).into_response()
            }
        }
        Err(Refusal::Unfinished(stage)) => {
            if ctx.is_api {
                WebError::Unauthorized.into_response()
            } else {
                Redirect::to(stage.page()).into_response()
            }
        }
        Err(Refusal::Forbidden) => WebError::Forbidden.into_response(),
        Err(Refusal::Hidden) => WebError::NotFound.into_response(),
    }
}

#[cfg(test)]
mod tests {
    use super::admin_transport_ok;
    #[test]
    fn admin_pages_need_tls_off_loopback() {
        assert!(admin_transport_ok(true, false));
        assert!(admin_transport_ok(false, true));
        assert!(!admin_transport_ok(false, false));
    }
}
