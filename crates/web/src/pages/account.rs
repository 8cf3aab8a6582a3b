//! The signed-in account: overview, password, e-mail, sessions, logins.

use askama::Template;
use axum::Form;
use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use axum::response::Response;
use serde::Deserialize;

use super::auth::start_session;
use super::form_errors;
use super::{Chrome, fmt_time, render, render_status, safe_next, see_other};
use crate::ctx::{Ctx, Stage};
use crate::error::{WebError, WebResult};
use crate::state::AppState;
use yz_app::admin::role_key;
use yz_app::{account, auth};

fn me(ctx: &Ctx) -> WebResult<&crate::ctx::Principal> {
    ctx.full_user().ok_or(WebError::Unauthorized)
}

#[derive(Template)]
#[template(path = "account.html")]
pub struct AccountPage {
    pub c: Chrome,
    pub notice: Option<String>,
    pub display_name: String,
    pub email: String,
    pub roles: String,
    /// My organisations: (id, name, may manage).
    pub orgs: Vec<(String, String, bool)>,
    /// The fairs I work on: (slug, name, may manage, may review).
    pub fairs: Vec<(String, String, bool, bool)>,
    pub create_fairs: bool,
}

#[derive(Deserialize)]
pub struct NoticeQuery {
    done: Option<String>,
}

fn notice_text(c: &Chrome, done: Option<&str>) -> Option<String> {
    let key = match done? {
        "password" => "notice-password-changed",
        "email" => "notice-email-sent",
        "ended" => "notice-session-ended",
        "others" => "notice-sessions-ended",
        _ => return None,
    };
    Some(c.t(key))
}

pub async fn overview(
    State(state): State<AppState>,
    ctx: Ctx,
    Query(q): Query<NoticeQuery>,
) -> WebResult<Response> {
    let p = me(&ctx)?;
    let c = Chrome::new(&state, &ctx).await;
    let roles = p
        .grants
        .iter()
        .map(|g| c.t(role_key(g.role)))
        .collect::<Vec<_>>()
        .join(", ");
    let places = yz_app::workplaces::of(&state, &ctx.actor()).await?;
    let lang = c.i18n.lang;
    Ok(render(&AccountPage {
        notice: notice_text(&c, q.done.as_deref()),
        display_name: p.display_name.clone(),
        email: p.email.clone(),
        roles,
        orgs: places
            .orgs
            .into_iter()
            .map(|o| {
                let name = super::fairs::pick(lang, &o.name_zh, &o.name_en).to_owned();
                (o.id, name, o.manage)
            })
            .collect(),
        fairs: places
            .fairs
            .into_iter()
            .map(|f| {
                let name = super::fairs::pick(lang, &f.name_zh, &f.name_en).to_owned();
                (f.slug, name, f.manage, f.review)
            })
            .collect(),
        create_fairs: places.create_fairs,
        c,
    }))
}

// ---- password ----------------------------------------------------------------

#[derive(Template)]
#[template(path = "password.html")]
pub struct PasswordPage {
    pub c: Chrome,
    pub errors: Vec<String>,
    pub forced: bool,
}

fn password_allowed(ctx: &Ctx) -> Option<bool> {
    ctx.user().and_then(|p| match p.stage() {
        Stage::Full => Some(false),
        Stage::ChangePassword => Some(true),
        _ => None,
    })
}

pub async fn password_form(State(state): State<AppState>, ctx: Ctx) -> Response {
    let Some(forced) = password_allowed(&ctx) else {
        return see_other(ctx.user().map(|p| p.stage().page()).unwrap_or("/login"));
    };
    let c = Chrome::new(&state, &ctx).await;
    render(&PasswordPage {
        c,
        errors: vec![],
        forced,
    })
}

#[derive(Deserialize)]
pub struct PasswordForm {
    #[serde(default)]
    current: String,
    #[serde(default)]
    password: String,
    #[serde(default)]
    password_confirm: String,
}

pub async fn change_password(
    State(state): State<AppState>,
    ctx: Ctx,
    Form(f): Form<PasswordForm>,
) -> WebResult<Response> {
    let Some(forced) = password_allowed(&ctx) else {
        return Ok(see_other(
            ctx.user().map(|p| p.stage().page()).unwrap_or("/login"),
        ));
    };
    match account::change_password(
        &state,
        &ctx.actor(),
        &f.current,
        &f.password,
        &f.password_confirm,
    )
    .await
    {
        Ok(Some(issued)) => Ok(start_session(
            &state,
            &issued,
            if ctx.user().is_some_and(|p| p.is_admin()) {
                "/admin"
            } else {
                "/account?done=password"
            },
        )),
        Ok(None) => Ok(see_other("/account?done=password")),
        Err(e) => {
            let c = Chrome::new(&state, &ctx).await;
            let errors = form_errors(&c, e)?;
            Ok(render_status(
                StatusCode::UNPROCESSABLE_ENTITY,
                &PasswordPage { c, errors, forced },
            ))
        }
    }
}

// ---- e-mail ------------------------------------------------------------------

#[derive(Template)]
#[template(path = "email.html")]
pub struct EmailPage {
    pub c: Chrome,
    pub errors: Vec<String>,
}

pub async fn email_form(State(state): State<AppState>, ctx: Ctx) -> Response {
    if !auth::recently_authenticated(&state, &ctx.actor()).await {
        return see_other("/account/reauth?next=/account/email");
    }
    let c = Chrome::new(&state, &ctx).await;
    render(&EmailPage { c, errors: vec![] })
}

#[derive(Deserialize)]
pub struct EmailForm {
    #[serde(default)]
    email: String,
}

pub async fn change_email(
    State(state): State<AppState>,
    ctx: Ctx,
    Form(f): Form<EmailForm>,
) -> WebResult<Response> {
    if !auth::recently_authenticated(&state, &ctx.actor()).await {
        return Ok(see_other("/account/reauth?next=/account/email"));
    }
    match account::request_email_change(&state, &ctx.actor(), &f.email).await {
        Ok(()) => Ok(see_other("/account?done=email")),
        Err(e) => {
            let c = Chrome::new(&state, &ctx).await;
            let errors = form_errors(&c, e)?;
            Ok(render_status(
                StatusCode::UNPROCESSABLE_ENTITY,
                &EmailPage { c, errors },
            ))
        }
    }
}

// ---- re-authentication -------------------------------------------------------

#[derive(Template)]
#[template(path = "reauth.html")]
pub struct ReauthPage {
    pub c: Chrome,
    pub errors: Vec<String>,
    pub next: String,
}

#[derive(Deserialize)]
pub struct NextQuery {
    next: Option<String>,
}

pub async fn reauth_form(
    State(state): State<AppState>,
    ctx: Ctx,
    Query(q): Query<NextQuery>,
) -> Response {
    let c = Chrome::new(&state, &ctx).await;
    render(&ReauthPage {
        c,
        errors: vec![],
        next: safe_next(q.next.as_deref()),
    })
}

#[derive(Deserialize)]
pub struct ReauthForm {
    #[serde(default)]
    password: String,
    next: Option<String>,
}

pub async fn reauth(
    State(state): State<AppState>,
    ctx: Ctx,
    Form(f): Form<ReauthForm>,
) -> WebResult<Response> {
    let next = safe_next(f.next.as_deref());
    match auth::reauthenticate(&state, &ctx.actor(), &f.password).await {
        Ok(()) => Ok(see_other(&next)),
        Err(e) => {
            let c = Chrome::new(&state, &ctx).await;
            let errors = form_errors(&c, e)?;
            Ok(render_status(
                StatusCode::UNPROCESSABLE_ENTITY,
                &ReauthPage { c, errors, next },
            ))
        }
    }
}

// ---- sessions and login history ---------------------------------------------

pub struct SessionRow {
    pub id: String,
    pub user_agent: String,
    pub ip: String,
    pub created: String,
    pub last_seen: String,
    pub current: bool,
}

#[derive(Template)]
#[template(path = "sessions.html")]
pub struct SessionsPage {
    pub c: Chrome,
    pub notice: Option<String>,
    pub rows: Vec<SessionRow>,
}

pub async fn sessions(
    State(state): State<AppState>,
    ctx: Ctx,
    Query(q): Query<NoticeQuery>,
) -> WebResult<Response> {
    let list = yz_app::sessions::my_sessions(&state, &ctx.actor()).await?;
    let c = Chrome::new(&state, &ctx).await;
    let rows = list
        .into_iter()
        .map(|s| SessionRow {
            current: ctx.session_hash.as_deref() == Some(s.id_hash.as_str()),
            id: s.public_id,
            user_agent: if s.user_agent.is_empty() {
                "—".into()
            } else {
                s.user_agent
            },
            ip: s.ip,
            created: fmt_time(s.created_at),
            last_seen: fmt_time(s.last_seen_at),
        })
        .collect();
    Ok(render(&SessionsPage {
        notice: notice_text(&c, q.done.as_deref()),
        c,
        rows,
    }))
}

pub async fn end_session(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<String>,
) -> WebResult<Response> {
    yz_app::sessions::end_session(&state, &ctx.actor(), &id)
        .await
        .map_err(into_web)?;
    Ok(see_other("/account/sessions?done=ended"))
}

pub async fn end_other_sessions(State(state): State<AppState>, ctx: Ctx) -> WebResult<Response> {
    yz_app::sessions::end_other_sessions(&state, &ctx.actor())
        .await
        .map_err(into_web)?;
    Ok(see_other("/account/sessions?done=others"))
}

fn into_web(f: yz_app::AppError) -> WebError {
    match f {
        yz_app::AppError::Invalid(m) => WebError::BadRequest(
            m.into_iter()
                .next()
                .unwrap_or(crate::error::Msg::new("error-internal")),
        ),
        e => e.into(),
    }
}

#[derive(Template)]
#[template(path = "logins.html")]
pub struct LoginsPage {
    pub c: Chrome,
    pub rows: Vec<(String, String, String, String)>,
}

pub async fn logins(State(state): State<AppState>, ctx: Ctx) -> WebResult<Response> {
    let events = yz_app::sessions::my_logins(&state, &ctx.actor()).await?;
    let c = Chrome::new(&state, &ctx).await;
    let rows = events
        .into_iter()
        .map(|e| {
            let key = format!("login-result-{}", e.result.replace('_', "-"));
            let label = if c.i18n.has_own(&key) || c.i18n.t(&key) != key {
                c.i18n.t(&key)
            } else {
                e.result.clone()
            };
            (fmt_time(e.at), e.ip, e.user_agent, label)
        })
        .collect();
    Ok(render(&LoginsPage { c, rows }))
}
