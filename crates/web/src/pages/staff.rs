//! An organisation's staff and invitations, and the invitee's acceptance.

use askama::Template;
use axum::Form;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::Response;
use serde::Deserialize;

use super::form_errors;
use super::{Chrome, render_status, see_other};
use crate::ctx::Ctx;
use crate::error::WebResult;
use crate::state::AppState;
use yz_app::admin::role_key;
use yz_app::staff::{self as svc, Invitation};

pub struct StaffRow {
    pub user_id: String,
    pub email: String,
    pub role: String,
    pub role_label: String,
    pub is_me: bool,
}

#[derive(Template)]
#[template(path = "orgs/staff.html")]
pub struct StaffPage {
    pub c: Chrome,
    pub org: String,
    pub notice: Option<String>,
    pub errors: Vec<String>,
    pub staff: Vec<StaffRow>,
    pub pending: Vec<(String, String)>,
}

async fn page(
    state: &AppState,
    ctx: &Ctx,
    org: &str,
    notice: Option<String>,
    errors: Vec<String>,
) -> WebResult<Response> {
    let (staff, pending) = svc::roster(state, &ctx.actor(), org).await?;
    let c = Chrome::new(state, ctx).await;
    let me = ctx.user().map(|p| p.user_id.clone()).unwrap_or_default();
    let label = |r: &str| {
        yz_domain::role::Role::parse(r)
            .map(|r| c.t(role_key(r)))
            .unwrap_or_else(|| r.to_owned())
    };
    let staff = staff
        .into_iter()
        .map(|(user_id, email, role)| StaffRow {
            is_me: user_id == me,
            role_label: c.t(role_key(role)),
            user_id,
            email,
            role: role.as_str().to_owned(),
        })
        .collect();
    let pending = pending
        .into_iter()
        .map(|i| (i.email, label(&i.role)))
        .collect();
    let status = if errors.is_empty() {
        StatusCode::OK
    } else {
        StatusCode::UNPROCESSABLE_ENTITY
    };
    Ok(render_status(
        status,
        &StaffPage {
            c,
            org: org.to_owned(),
            notice,
            errors,
            staff,
            pending,
        },
    ))
}

pub async fn show(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(org): Path<String>,
) -> WebResult<Response> {
    page(&state, &ctx, &org, None, vec![]).await
}

#[derive(Deserialize)]
pub struct InviteForm {
    #[serde(default)]
    email: String,
    #[serde(default)]
    role: String,
}

pub async fn invite(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(org): Path<String>,
    Form(f): Form<InviteForm>,
) -> WebResult<Response> {
    match svc::invite(&state, &ctx.actor(), &org, &f.email, &f.role).await {
        Ok(()) => {
            page(
                &state,
                &ctx,
                &org,
                Some(ctx.i18n.ta(
                    "notice-invite-sent",
                    &[("email", f.email.trim().to_lowercase())],
                )),
                vec![],
            )
            .await
        }
        Err(e) => {
            let c = Chrome::new(&state, &ctx).await;
            let errors = form_errors(&c, e)?;
            page(&state, &ctx, &org, None, errors).await
        }
    }
}

#[derive(Deserialize)]
pub struct RemoveForm {
    #[serde(default)]
    user_id: String,
    #[serde(default)]
    role: String,
}

pub async fn remove(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(org): Path<String>,
    Form(f): Form<RemoveForm>,
) -> WebResult<Response> {
    match svc::remove(&state, &ctx.actor(), &org, &f.user_id, &f.role).await {
        Ok(()) => {
            page(
                &state,
                &ctx,
                &org,
                Some(ctx.t("notice-staff-removed")),
                vec![],
            )
            .await
        }
        Err(e) => {
            let c = Chrome::new(&state, &ctx).await;
            let errors = form_errors(&c, e)?;
            page(&state, &ctx, &org, None, errors).await
        }
    }
}

#[derive(Template)]
#[template(path = "orgs/invite.html")]
pub struct InvitePage {
    pub c: Chrome,
    pub errors: Vec<String>,
    pub token: String,
    pub invitation: Option<Invitation>,
    pub role_label: String,
    pub signed_in_as: Option<String>,
}

async fn invite_page(
    state: &AppState,
    ctx: &Ctx,
    token: &str,
    errors: Vec<String>,
) -> WebResult<Response> {
    let invitation = svc::peek(state, token).await?;
    let c = Chrome::new(state, ctx).await;
    let role_label = invitation
        .as_ref()
        .and_then(|i| yz_domain::role::Role::parse(&i.role))
        .map(|r| c.t(role_key(r)))
        .unwrap_or_default();
    let status = if invitation.is_none() || !errors.is_empty() {
        StatusCode::BAD_REQUEST
    } else {
        StatusCode::OK
    };
    let signed_in_as = ctx.full_user().map(|p| p.email.clone());
    Ok(render_status(
        status,
        &InvitePage {
            c,
            errors,
            token: token.to_owned(),
            invitation,
            role_label,
            signed_in_as,
        },
    ))
}

pub async fn view_invite(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(token): Path<String>,
) -> WebResult<Response> {
    invite_page(&state, &ctx, &token, vec![]).await
}

pub async fn accept_invite(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(token): Path<String>,
) -> WebResult<Response> {
    match svc::accept(&state, &ctx.actor(), &token).await {
        Ok(org) => Ok(see_other(&format!("/org/{org}"))),
        Err(e) => {
            let c = Chrome::new(&state, &ctx).await;
            let errors = form_errors(&c, e)?;
            invite_page(&state, &ctx, &token, errors).await
        }
    }
}
