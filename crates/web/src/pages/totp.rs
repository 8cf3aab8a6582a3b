//! The administrators' second factor: enrolment by QR code, then a code at
//! every login.

use askama::Template;
use axum::Form;
use axum::extract::State;
use axum::http::StatusCode;
use axum::response::Response;
use serde::Deserialize;

use super::auth::start_session;
use super::form_errors;
use super::{Chrome, render, render_status, see_other};
use crate::ctx::{Ctx, Stage};
use crate::error::WebResult;
use crate::state::AppState;
use yz_app::auth;
use yz_app::totp::{otpauth_url, qr_svg};

#[derive(Template)]
#[template(path = "totp.html")]
pub struct TotpPage {
    pub c: Chrome,
    pub errors: Vec<String>,
}

fn at_stage(ctx: &Ctx, stage: Stage) -> Option<Response> {
    match ctx.user() {
        Some(p) if p.stage() == stage => None,
        Some(p) => Some(see_other(p.stage().page())),
        None => Some(see_other("/login")),
    }
}

pub async fn totp_form(State(state): State<AppState>, ctx: Ctx) -> Response {
    if let Some(r) = at_stage(&ctx, Stage::SecondFactor) {
        return r;
    }
    let c = Chrome::new(&state, &ctx).await;
    render(&TotpPage { c, errors: vec![] })
}

#[derive(Deserialize)]
pub struct CodeForm {
    #[serde(default)]
    code: String,
}

pub async fn totp_submit(
    State(state): State<AppState>,
    ctx: Ctx,
    Form(f): Form<CodeForm>,
) -> WebResult<Response> {
    if let Some(r) = at_stage(&ctx, Stage::SecondFactor) {
        return Ok(r);
    }
    match auth::second_factor(&state, &ctx.actor(), &f.code).await {
        Ok(issued) => Ok(start_session(&state, &issued, "/admin")),
        Err(e) => {
            let c = Chrome::new(&state, &ctx).await;
            let errors = form_errors(&c, e)?;
            Ok(render_status(
                StatusCode::UNPROCESSABLE_ENTITY,
                &TotpPage { c, errors },
            ))
        }
    }
}

#[derive(Template)]
#[template(path = "enrol.html")]
pub struct EnrolPage {
    pub c: Chrome,
    pub errors: Vec<String>,
    pub secret: String,
    pub qr_svg: String,
}

async fn enrol_page(state: &AppState, ctx: &Ctx, errors: Vec<String>) -> WebResult<Response> {
    let (secret, email) =
        auth::enrolment_secret(state, &ctx.actor())
            .await
            .map_err(|e| match e {
                yz_app::AppError::Invalid(_) => crate::error::WebError::Forbidden,
                e => e.into(),
            })?;
    let c = Chrome::new(state, ctx).await;
    let issuer = c.site_name.clone();
    let qr = qr_svg(&otpauth_url(&secret, &email, &issuer));
    let status = if errors.is_empty() {
        StatusCode::OK
    } else {
        StatusCode::UNPROCESSABLE_ENTITY
    };
    Ok(render_status(
        status,
        &EnrolPage {
            c,
            errors,
            secret,
            qr_svg: qr,
        },
    ))
}

pub async fn enrol_form(State(state): State<AppState>, ctx: Ctx) -> WebResult<Response> {
    if let Some(r) = at_stage(&ctx, Stage::Enrol) {
        return Ok(r);
    }
    enrol_page(&state, &ctx, vec![]).await
}

pub async fn enrol_submit(
    State(state): State<AppState>,
    ctx: Ctx,
    Form(f): Form<CodeForm>,
) -> WebResult<Response> {
    if let Some(r) = at_stage(&ctx, Stage::Enrol) {
        return Ok(r);
    }
    match auth::confirm_enrolment(&state, &ctx.actor(), &f.code).await {
        Ok(issued) => Ok(start_session(&state, &issued, "/admin")),
        Err(e) => {
            let c = Chrome::new(&state, &ctx).await;
            let errors = form_errors(&c, e)?;
            enrol_page(&state, &ctx, errors).await
        }
    }
}
