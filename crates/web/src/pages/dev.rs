//! Demo mode only: the local mail folder, so a newcomer can follow the
//! confirmation and reset links without a mail server.

use askama::Template;
use axum::extract::State;
use axum::response::Response;

use super::{Chrome, render};
use crate::ctx::Ctx;
use crate::state::AppState;
use yz_app::mail::{Mail, list_dir};

#[derive(Template)]
#[template(path = "dev_mail.html")]
pub struct MailPage {
    pub c: Chrome,
    pub mails: Vec<(String, Mail, String)>,
}

fn escape(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
        .replace('\'', "&#39;")
}

/// Escapes the body, then turns our own links into anchors.
fn linkify(body: &str, base: &str) -> String {
    escape(body)
        .lines()
        .map(|line| {
            let t = line.trim();
            if t.starts_with(base) && !t.contains(' ') {
                format!("<a href=\"{t}\">{t}</a>")
            } else {
                line.to_owned()
            }
        })
        .collect::<Vec<_>>()
        .join("<br>\n")
}

pub async fn mail(State(state): State<AppState>, ctx: Ctx) -> Response {
    let c = Chrome::new(&state, &ctx).await;
    let base = escape(state.config.public_url.trim_end_matches('/'));
    let mails = state
        .web
        .mail_dir
        .as_deref()
        .map(list_dir)
        .unwrap_or_default()
        .into_iter()
        .take(100)
        .map(|(name, m)| {
            let html = linkify(&m.body, &base);
            (name, m, html)
        })
        .collect();
    render(&MailPage { c, mails })
}

#[cfg(test)]
mod tests {
    #[test]
    fn links_only_our_own_urls_and_escapes_the_rest() {
        let out = super::linkify(
            "hi <b>\nhttp://127.0.0.1:8080/confirm-email/abc\nhttp://evil/x",
            "http://127.0.0.1:8080",
        );
        assert!(out.contains("&lt;b&gt;"));
        assert!(out.contains("<a href=\"http://127.0.0.1:8080/confirm-email/abc\">"));
        assert!(!out.contains("<a href=\"http://evil"));
    }
}
