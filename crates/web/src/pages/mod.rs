//! Server-rendered pages: one module per area, one askama struct per page.
//! Handlers stay thin: parse the form, call a service, render.

pub mod account;
pub mod admin;
pub mod audit;
pub mod auth;
pub mod catalogue;
pub mod dev;
pub mod errors;
pub mod exhibit_form;
pub mod exhibit_review;
pub mod exhibitor;
pub mod exhibits;
pub mod fairs;
pub mod favourites;
pub mod form_list;
pub mod home;
pub mod media;
pub mod ops;
pub mod orgs;
pub mod privacy;
pub mod staff;
pub mod totp;

use askama::Template;
use axum::response::{Html, IntoResponse, Redirect, Response};

use crate::ctx::Ctx;
use crate::error::{Msg, WebError};
use crate::state::AppState;
use yz_i18n::I18n;

/// What the layout needs on every page.
pub struct Chrome {
    pub i18n: I18n,
    pub csrf: String,
    pub site_name: String,
    pub path: String,
    pub user_name: Option<String>,
    pub is_admin: bool,
    pub signed_in: bool,
    pub demo: bool,
}

impl Chrome {
    pub async fn new(state: &AppState, ctx: &Ctx) -> Chrome {
        let site = state.site_config().await;
        Chrome::with_site(state, ctx, &site)
    }

    pub fn with_site(state: &AppState, ctx: &Ctx, site: &yz_app::policy::SiteConfig) -> Chrome {
        let full = ctx.full_user();
        Chrome {
            i18n: ctx.i18n,
            csrf: ctx.csrf.clone(),
            site_name: match ctx.lang() {
                yz_domain::lang::Lang::ZhCn => site.site_name_zh.clone(),
                _ => site.site_name_en.clone(),
            },
            path: ctx.path.clone(),
            user_name: full.map(|p| p.display_name.clone()),
            is_admin: full.is_some_and(|p| p.is_admin()),
            signed_in: ctx.user().is_some(),
            demo: state.config.demo,
        }
    }

    pub fn t(&self, key: &str) -> String {
        self.i18n.t(key)
    }
    pub fn ta(&self, key: &str, name: &'static str, value: impl std::fmt::Display) -> String {
        self.i18n.ta(key, &[(name, value.to_string())])
    }
    pub fn msg(&self, m: &Msg) -> String {
        self.i18n.ta(m.key, &m.args)
    }
    pub fn lang(&self) -> &'static str {
        self.i18n.tag()
    }
    pub fn dir(&self) -> &'static str {
        self.i18n.dir()
    }
    pub fn languages(&self) -> Vec<LangOption> {
        yz_domain::lang::Lang::ALL
            .iter()
            .map(|l| LangOption {
                tag: l.tag(),
                name: l.native_name(),
                selected: *l == self.i18n.lang,
            })
            .collect()
    }
    pub fn time(&self, ms: &i64) -> String {
        fmt_time(*ms)
    }
}

pub struct LangOption {
    pub tag: &'static str,
    pub name: &'static str,
    pub selected: bool,
}

/// UTC time as `2026-11-29 16:20 UTC` (user time zones come with fairs).
pub fn fmt_time(ms: i64) -> String {
    let fmt = time::macros::format_description!("[year]-[month]-[day] [hour]:[minute] UTC");
    time::OffsetDateTime::from_unix_timestamp(ms.div_euclid(1000))
        .ok()
        .and_then(|t| t.format(&fmt).ok())
        .unwrap_or_default()
}

pub fn render<T: Template>(t: &T) -> Response {
    match t.render() {
        Ok(html) => Html(html).into_response(),
        Err(e) => WebError::Internal(format!("template: {e}")).into_response(),
    }
}

/// Renders with a status (e.g. 422 for a form with errors).
pub fn render_status<T: Template>(status: axum::http::StatusCode, t: &T) -> Response {
    let mut r = render(t);
    if r.status().is_success() {
        *r.status_mut() = status;
    }
    r
}

/// A same-site path to go back to after a form, never an open redirect:
/// the value is resolved as a browser would (which drops tabs and line
/// breaks, and reads `\` as `/`) and kept only if it stays on this site.
pub fn safe_next(next: Option<&str>) -> String {
    const BASE: &str = "https://yunzhan.invalid/";
    let Some(n) = next.filter(|n| n.starts_with('/')) else {
        return "/".into();
    };
    let Ok(base) = url::Url::parse(BASE) else {
        return "/".into();
    };
    match base.join(n) {
        Ok(u) if u.origin() == base.origin() && !n.contains('\\') => {
            let mut out = u.path().to_owned();
            if let Some(q) = u.query() {
                out.push('?');
                out.push_str(q);
            }
            if let Some(f) = u.fragment() {
                out.push('#');
                out.push_str(f);
            }
            out
        }
        _ => "/".into(),
    }
}

/// A reviewer's decision form (organisations, exhibits, booths): the
/// button pressed, a reason for a rejection, and the revision decided on
/// where there is one.
#[derive(Debug, Default, serde::Deserialize)]
pub struct DecisionForm {
    #[serde(default)]
    pub decision: String,
    #[serde(default)]
    pub reason: String,
    #[serde(default)]
    pub revision: Option<i64>,
}

impl DecisionForm {
    pub fn decision(&self) -> Result<yz_domain::status::Decision, WebError> {
        yz_domain::status::Decision::from_button(&self.decision)
            .ok_or_else(|| WebError::BadRequest(Msg::new("error-bad-request")))
    }
}

pub fn see_other(to: &str) -> Response {
    Redirect::to(to).into_response()
}

/// A page with a title, a message and a link: confirmations and notices.
#[derive(Template)]
#[template(path = "message.html")]
pub struct MessagePage {
    pub c: Chrome,
    pub title: String,
    pub text: String,
    pub link: Option<(String, String)>,
}

pub async fn message(
    state: &AppState,
    ctx: &Ctx,
    title_key: &str,
    text: String,
    link: Option<(&str, &str)>,
) -> Response {
    let c = Chrome::new(state, ctx).await;
    let title = c.t(title_key);
    let link = link.map(|(href, key)| (href.to_owned(), c.t(key)));
    render(&MessagePage {
        c,
        title,
        text,
        link,
    })
}

/// A 403 page saying why content is hidden from this visitor.
pub async fn hidden(state: &AppState, ctx: &Ctx, why: yz_domain::visibility::Hidden) -> Response {
    let text = ctx.t(yz_app::audience::hidden_key(why));
    let mut res = message(
        state,
        ctx,
        "hidden-title",
        text,
        Some(("/account/profile", "hidden-profile-link")),
    )
    .await;
    *res.status_mut() = axum::http::StatusCode::FORBIDDEN;
    res
}

/// Turns form failures into messages; other failures into errors.
pub fn form_errors(c: &Chrome, f: yz_app::AppError) -> Result<Vec<String>, WebError> {
    match f {
        yz_app::AppError::Invalid(msgs) => Ok(msgs.iter().map(|m| c.msg(m)).collect()),
        e => Err(e.into()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    #[test]
    fn next_is_never_off_site() {
        assert_eq!(safe_next(Some("/account")), "/account");
        assert_eq!(safe_next(Some("//evil.example")), "/");
        assert_eq!(safe_next(Some("https://evil.example")), "/");
        assert_eq!(safe_next(Some("/\\evil")), "/");
        assert_eq!(safe_next(None), "/");
        // Browsers drop tabs and line breaks: "/\t/evil" is "//evil".
        assert_eq!(safe_next(Some("/\t/evil.example")), "/");
        assert_eq!(safe_next(Some("/\n/evil.example")), "/");
        assert_eq!(safe_next(Some("/\r\n/evil.example")), "/");
        assert_eq!(safe_next(Some("/ /evil.example")), "/%20/evil.example");
        assert_eq!(safe_next(Some("/fairs/x?q=1#top")), "/fairs/x?q=1#top");
        assert_eq!(safe_next(Some("/a/../b")), "/b");
        assert_eq!(fmt_time(0), "1970-01-01 00:00 UTC");
    }
}
