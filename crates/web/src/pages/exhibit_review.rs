//! The reviewers' queue of exhibits waiting to go live (S4.1.1), used when a
//! fair's organizer asks for review before publication.

use askama::Template;
use axum::Form;
use axum::extract::{Path, State};
use axum::response::Response;
use serde::Deserialize;
use yz_store::exhibits;

use super::auth::form_errors;
use super::exhibits::exhibit_page;
use super::{Chrome, render};
use crate::ctx::Ctx;
use crate::error::WebResult;
use crate::state::AppState;
use yz_app::exhibits as svc;

#[derive(Template)]
#[template(path = "exhibits/queue.html")]
pub struct QueuePage {
    pub c: Chrome,
    pub fair: String,
    pub notice: Option<String>,
    pub errors: Vec<String>,
    /// (exhibit id, title, HS code)
    pub rows: Vec<(String, String, String)>,
}

async fn queue_page(
    state: &AppState,
    ctx: &Ctx,
    fair: &str,
    notice: Option<String>,
    errors: Vec<String>,
) -> WebResult<Response> {
    let c = Chrome::new(state, ctx).await;
    let rows = exhibits::pending(&state.stores.main, c.lang(), 500)
        .await?
        .into_iter()
        .map(|(e, title)| (e.id, title, yz_domain::hs::dotted(&e.hs_code)))
        .collect();
    Ok(render(&QueuePage {
        c,
        fair: fair.to_owned(),
        notice,
        errors,
        rows,
    }))
}

pub async fn queue(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(fair): Path<String>,
) -> WebResult<Response> {
    queue_page(&state, &ctx, &fair, None, vec![]).await
}

/// The pending exhibit as visitors would see it, with the decision form.
pub async fn review(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((fair, id)): Path<(String, String)>,
) -> WebResult<Response> {
    exhibit_page(&state, &ctx, &id, Some(fair)).await
}

#[derive(Deserialize)]
pub struct DecisionForm {
    #[serde(default)]
    decision: String,
    #[serde(default)]
    reason: String,
}

pub async fn decide(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((fair, id)): Path<(String, String)>,
    Form(f): Form<DecisionForm>,
) -> WebResult<Response> {
    let approve = super::decision(&f.decision)?;
    match svc::decide(&state, &ctx.actor(), &id, approve, &f.reason).await {
        Ok(()) => {
            let key = if approve {
                "notice-exhibit-approved"
            } else {
                "notice-exhibit-rejected"
            };
            queue_page(&state, &ctx, &fair, Some(ctx.t(key)), vec![]).await
        }
        Err(e) => {
            let c = Chrome::new(&state, &ctx).await;
            let errors = form_errors(&c, e)?;
            queue_page(&state, &ctx, &fair, None, errors).await
        }
    }
}
