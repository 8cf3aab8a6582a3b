//! Error responses: problem+json (RFC 9457) for the API, a page otherwise,
//! both in the caller's language.

use askama::Template;
use axum::http::{HeaderValue, header};
use axum::response::{Html, IntoResponse, Response};

use super::Chrome;
use crate::ctx::Ctx;
use crate::error::WebError;
use yz_i18n::I18n;

#[derive(Template)]
#[template(path = "error.html")]
struct ErrorPage {
    c: Chrome,
    title: String,
    text: String,
}

fn title_key(e: &WebError) -> &'static str {
    match e.status().as_u16() {
        400 | 422 => "error-title-bad-request",
        401 => "error-title-unauthorized",
        403 => "error-title-forbidden",
        404 => "error-title-not-found",
        409 => "error-title-conflict",
        413 => "error-title-too-large",
        429 => "error-title-rate-limited",
        503 => "error-title-unavailable",
        _ => "error-title-internal",
    }
}

pub fn render(ctx: &Ctx, e: &WebError) -> Response {
    let i = I18n::new(ctx.lang());
    let m = e.msg();
    let text = i.ta(m.key, &m.args);
    let title = i.t(title_key(e));
    let wants_json = ctx.is_api;
    if wants_json {
        let body = serde_json::json!({
            "type": format!("/problems/{}", e.slug()),
            "title": title,
            "status": e.status().as_u16(),
            "detail": text,
            "instance": ctx.path,
        });
        let mut res = body.to_string().into_response();
        res.headers_mut().insert(
            header::CONTENT_TYPE,
            HeaderValue::from_static("application/problem+json"),
        );
        res.headers_mut().insert(
            header::CONTENT_LANGUAGE,
            HeaderValue::from_static(ctx.lang().tag()),
        );
        return res;
    }
    // The layout without the database: errors must render even when it fails.
    let c = Chrome {
        i18n: i,
        csrf: ctx.csrf.clone(),
        site_name: i.t("site-name"),
        path: ctx.path.clone(),
        user_name: ctx.full_user().map(|p| p.display_name.clone()),
        is_admin: ctx.full_user().is_some_and(|p| p.is_admin()),
        signed_in: ctx.user().is_some(),
        demo: false,
    };
    match (ErrorPage {
        c,
        title,
        text: text.clone(),
    })
    .render()
    {
        Ok(html) => Html(html).into_response(),
        Err(_) => text.into_response(),
    }
}
