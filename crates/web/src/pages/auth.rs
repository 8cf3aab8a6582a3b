//! Registration, login, logout, e-mail confirmation and password reset pages.

use askama::Template;
use axum::Form;
use axum::extract::{Path, Query, State};
use axum::http::{StatusCode, header};
use axum::response::Response;
use serde::Deserialize;

use super::form_errors;
use super::form_list::{FormList, field};
use super::privacy::{ProfileView, profile_input};
use super::{Chrome, message, render, render_status, safe_next, see_other};
use crate::ctx::{Ctx, Stage, cookie_names, set_cookie};
use crate::error::{WebError, WebResult};
use crate::state::AppState;
use yz_app::AppError;
use yz_app::account::{self, Confirmed, Registration};
use yz_app::auth::{self, Issued};
use yz_app::privacy::{ProfileInput, VOLUME_BANDS};

/// Sets the session cookie of a newly issued session, with a new CSRF token
/// (a token planted before login is worthless after it), and sends the
/// browser on to the session's next step.
pub fn start_session(state: &AppState, issued: &Issued, next: &str) -> Response {
    let names = cookie_names(state.secure());
    let to = if issued.stage == Stage::Full {
        next
    } else {
        issued.stage.page()
    };
    let mut res = see_other(to);
    res.headers_mut().append(
        header::SET_COOKIE,
        set_cookie(
            names.session,
            &issued.token,
            state.secure(),
            true,
            issued.max_age_secs,
        ),
    );
    res.headers_mut().append(
        header::SET_COOKIE,
        set_cookie(
            names.csrf,
            &yz_app::tokens::random(),
            state.secure(),
            true,
            None,
        ),
    );
    res
}

// ---- registration ------------------------------------------------------------

#[derive(Template)]
#[template(path = "register.html")]
pub struct RegisterPage {
    pub c: Chrome,
    pub errors: Vec<String>,
    pub email: String,
    pub display_name: String,
    /// The visitor profile and consents, asked for on the same form.
    pub p: ProfileView,
    pub bands: Vec<&'static str>,
}

pub async fn register_form(State(state): State<AppState>, ctx: Ctx) -> Response {
    let c = Chrome::new(&state, &ctx).await;
    render(&RegisterPage {
        c,
        errors: vec![],
        email: String::new(),
        display_name: String::new(),
        p: ProfileView::from_input(&ProfileInput::default()),
        bands: VOLUME_BANDS.to_vec(),
    })
}

pub async fn register(
    State(state): State<AppState>,
    ctx: Ctx,
    FormList(pairs): FormList,
) -> WebResult<Response> {
    let get = |k: &str| field(&pairs, k).to_owned();
    let r = Registration {
        email: get("email"),
        display_name: get("display_name"),
        password: get("password"),
        password_confirm: get("password_confirm"),
        profile: profile_input(&pairs),
    };
    match account::register(&state, &ctx.actor(), &r).await {
        Ok(()) => {
            let text = ctx.i18n.ta(
                "register-done-text",
                &[("email", r.email.trim().to_owned())],
            );
            Ok(message(&state, &ctx, "register-done-title", text, None).await)
        }
        Err(e) => {
            let c = Chrome::new(&state, &ctx).await;
            let errors = form_errors(&c, e)?;
            Ok(render_status(
                StatusCode::UNPROCESSABLE_ENTITY,
                &RegisterPage {
                    c,
                    errors,
                    p: ProfileView::from_input(&r.profile),
                    email: r.email,
                    display_name: r.display_name,
                    bands: VOLUME_BANDS.to_vec(),
                },
            ))
        }
    }
}

pub async fn confirm_email(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(token): Path<String>,
) -> WebResult<Response> {
    match account::confirm_email(&state, &ctx.actor(), &token).await {
        Ok(Confirmed::Registration) => Ok(message(
            &state,
            &ctx,
            "confirm-done-title",
            ctx.t("confirm-done-text"),
            Some(("/login", "nav-login")),
        )
        .await),
        Ok(Confirmed::EmailChanged) => Ok(message(
            &state,
            &ctx,
            "confirm-done-title",
            ctx.t("email-changed-text"),
            Some(("/account", "nav-account")),
        )
        .await),
        Err(AppError::Invalid(m)) => {
            let text = m.first().map(|m| ctx.t(m.key)).unwrap_or_default();
            let mut res = message(
                &state,
                &ctx,
                "confirm-failed-title",
                text,
                Some(("/", "nav-home")),
            )
            .await;
            *res.status_mut() = StatusCode::BAD_REQUEST;
            Ok(res)
        }
        Err(e) => Err(e.into()),
    }
}

// ---- login -------------------------------------------------------------------

#[derive(Template)]
#[template(path = "login.html")]
pub struct LoginPage {
    pub c: Chrome,
    pub errors: Vec<String>,
    pub email: String,
    pub next: String,
}

#[derive(Deserialize)]
pub struct NextQuery {
    next: Option<String>,
}

pub async fn login_form(
    State(state): State<AppState>,
    ctx: Ctx,
    Query(q): Query<NextQuery>,
) -> Response {
    let c = Chrome::new(&state, &ctx).await;
    render(&LoginPage {
        c,
        errors: vec![],
        email: String::new(),
        next: safe_next(q.next.as_deref()),
    })
}

#[derive(Deserialize)]
pub struct LoginForm {
    #[serde(default)]
    email: String,
    #[serde(default)]
    password: String,
    next: Option<String>,
}

pub async fn login(
    State(state): State<AppState>,
    ctx: Ctx,
    Form(f): Form<LoginForm>,
) -> WebResult<Response> {
    let next = safe_next(f.next.as_deref());
    match auth::login(&state, &ctx.actor(), &f.email, &f.password).await {
        Ok(issued) => Ok(start_session(&state, &issued, &next)),
        Err(e) => {
            let c = Chrome::new(&state, &ctx).await;
            let errors = form_errors(&c, e)?;
            Ok(render_status(
                StatusCode::UNPROCESSABLE_ENTITY,
                &LoginPage {
                    c,
                    errors,
                    email: f.email,
                    next,
                },
            ))
        }
    }
}

pub async fn logout(State(state): State<AppState>, ctx: Ctx) -> WebResult<Response> {
    yz_app::sessions::logout(&state, &ctx.actor())
        .await
        .map_err(|e| match e {
            AppError::Invalid(_) => WebError::Forbidden,
            e => e.into(),
        })?;
    let names = cookie_names(state.secure());
    let mut res = see_other("/");
    res.headers_mut().append(
        header::SET_COOKIE,
        set_cookie(names.session, "", state.secure(), true, Some(0)),
    );
    Ok(res)
}

// ---- password reset ----------------------------------------------------------

#[derive(Template)]
#[template(path = "forgot.html")]
pub struct ForgotPage {
    pub c: Chrome,
    pub errors: Vec<String>,
}

pub async fn forgot_form(State(state): State<AppState>, ctx: Ctx) -> Response {
    let c = Chrome::new(&state, &ctx).await;
    render(&ForgotPage { c, errors: vec![] })
}

#[derive(Deserialize)]
pub struct ForgotForm {
    #[serde(default)]
    email: String,
}

pub async fn forgot(
    State(state): State<AppState>,
    ctx: Ctx,
    Form(f): Form<ForgotForm>,
) -> WebResult<Response> {
    match account::forgot_password(&state, &ctx.actor(), &f.email).await {
        Ok(()) => Ok(message(
            &state,
            &ctx,
            "forgot-done-title",
            ctx.t("forgot-done-text"),
            None,
        )
        .await),
        Err(e) => {
            let c = Chrome::new(&state, &ctx).await;
            let errors = form_errors(&c, e)?;
            Ok(render_status(
                StatusCode::UNPROCESSABLE_ENTITY,
                &ForgotPage { c, errors },
            ))
        }
    }
}

#[derive(Template)]
#[template(path = "reset.html")]
pub struct ResetPage {
    pub c: Chrome,
    pub errors: Vec<String>,
    pub token: String,
}

async fn invalid_link(state: &AppState, ctx: &Ctx) -> Response {
    let mut res = message(
        state,
        ctx,
        "confirm-failed-title",
        ctx.t("error-link-invalid"),
        Some(("/password/forgot", "login-forgot")),
    )
    .await;
    *res.status_mut() = StatusCode::BAD_REQUEST;
    res
}

pub async fn reset_form(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(token): Path<String>,
) -> WebResult<Response> {
    if !account::reset_link_valid(&state, &token).await? {
        return Ok(invalid_link(&state, &ctx).await);
    }
    let c = Chrome::new(&state, &ctx).await;
    Ok(render(&ResetPage {
        c,
        errors: vec![],
        token,
    }))
}

#[derive(Deserialize)]
pub struct ResetForm {
    #[serde(default)]
    password: String,
    #[serde(default)]
    password_confirm: String,
}

pub async fn reset(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(token): Path<String>,
    Form(f): Form<ResetForm>,
) -> WebResult<Response> {
    match account::reset_password(
        &state,
        &ctx.actor(),
        &token,
        &f.password,
        &f.password_confirm,
    )
    .await
    {
        Ok(()) => Ok(message(
            &state,
            &ctx,
            "reset-done-title",
            ctx.t("reset-done-text"),
            Some(("/login", "nav-login")),
        )
        .await),
        Err(AppError::Invalid(m)) if m.iter().any(|m| m.key == "error-link-invalid") => {
            Ok(invalid_link(&state, &ctx).await)
        }
        Err(e) => {
            let c = Chrome::new(&state, &ctx).await;
            let errors = form_errors(&c, e)?;
            Ok(render_status(
                StatusCode::UNPROCESSABLE_ENTITY,
                &ResetPage { c, errors, token },
            ))
        }
    }
}
