//! The reviewers' pages for exhibits of a fair that reviews content before
//! it goes live (S4.1.1): the queue, one revision with what changed, and
//! the decision. Everything is reached through the fair in the path.

use askama::Template;
use axum::Form;
use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use axum::response::Response;
use serde::Deserialize;
use yz_app::exhibit_media::Gallery;
use yz_app::exhibit_review::{self as svc, QueueItem};
use yz_domain::status::Decision;

use super::exhibits::size;
use super::form_errors;
use super::{Chrome, DecisionForm, render, render_status};
use crate::ctx::Ctx;
use crate::error::WebResult;
use crate::state::AppState;
use yz_app::exhibit_input::price_range;

#[derive(Template)]
#[template(path = "exhibits/queue.html")]
pub struct QueuePage {
    pub c: Chrome,
    pub fair: String,
    pub notice: Option<String>,
    pub errors: Vec<String>,
    pub rows: Vec<QueueItem>,
}

async fn queue_page(
    state: &AppState,
    ctx: &Ctx,
    fair: &str,
    notice: Option<String>,
    errors: Vec<String>,
) -> WebResult<Response> {
    let (fair, rows) = svc::queue(state, &ctx.actor(), fair, ctx.lang()).await?;
    let c = Chrome::new(state, ctx).await;
    Ok(render(&QueuePage {
        c,
        fair: fair.slug,
        notice,
        errors,
        rows: rows
            .into_iter()
            .map(|mut r| {
                r.hs_code = yz_domain::hs::dotted(&r.hs_code);
                r
            })
            .collect(),
    }))
}

pub async fn queue(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(fair): Path<String>,
) -> WebResult<Response> {
    queue_page(&state, &ctx, &fair, None, vec![]).await
}

#[derive(Template)]
#[template(path = "exhibits/review.html")]
pub struct ReviewPage {
    pub c: Chrome,
    pub fair: String,
    pub id: String,
    pub revision: i64,
    pub edit: bool,
    pub org: String,
    pub title: String,
    pub description: String,
    pub points: String,
    pub hs_code: String,
    pub model_number: String,
    pub price: String,
    /// What changed: (label, before, after).
    pub changes: Vec<(String, String, String)>,
    /// New media since the live version (ids).
    pub new_media: Vec<String>,
    pub g: Gallery,
    /// This fair's decision on it, if made: (approved, reason).
    pub decided: Option<(bool, String)>,
    pub errors: Vec<String>,
    pub media_base: String,
}

impl ReviewPage {
    pub fn size(&self, bytes: &i64) -> String {
        size(*bytes)
    }
}

#[derive(Deserialize, Default)]
pub struct RevisionQuery {
    pub revision: Option<i64>,
}

async fn review_page(
    state: &AppState,
    ctx: &Ctx,
    fair: &str,
    id: &str,
    revision: Option<i64>,
    errors: Vec<String>,
    status: StatusCode,
) -> WebResult<Response> {
    let item = svc::item(state, &ctx.actor(), fair, id, revision).await?;
    let c = Chrome::new(state, ctx).await;
    let lang = c.lang();
    let text = item
        .content
        .texts
        .iter()
        .find(|t| t.lang == lang)
        .or_else(|| {
            item.content
                .texts
                .iter()
                .find(|t| t.lang == item.content.source_lang)
        })
        .cloned()
        .unwrap_or_default();
    let mut g = Gallery::default();
    let mut new_media = Vec::new();
    for (m, new) in item.media {
        if new {
            new_media.push(m.id.clone());
        }
        g.add(m, None);
    }
    let org = if lang == "zh-CN" {
        item.org_name.0.clone()
    } else {
        item.org_name.1.clone()
    };
    let page = ReviewPage {
        fair: item.fair.slug.clone(),
        id: item.exhibit.id.clone(),
        revision: item.revision,
        edit: item.revision > item.exhibit.revision,
        org,
        title: text.title,
        description: text.description,
        points: text.selling_points,
        hs_code: yz_domain::hs::dotted(&item.content.hs_code),
        model_number: item.content.model_number.clone(),
        price: price_range(
            item.content.price_min_minor,
            item.content.price_max_minor,
            &item.content.currency,
        ),
        changes: item
            .changes
            .into_iter()
            .map(|(key, a, b)| (c.t(key), a, b))
            .collect(),
        new_media,
        g,
        decided: item
            .decided
            .map(|d| (d.decision == Decision::Approved, d.reason)),
        errors,
        media_base: format!("/manage/fairs/{}/media", item.fair.slug),
        c,
    };
    Ok(render_status(status, &page))
}

/// One revision of an exhibit as the fair's reviewers see it, with the
/// decision form.
pub async fn review(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((fair, id)): Path<(String, String)>,
    Query(q): Query<RevisionQuery>,
) -> WebResult<Response> {
    review_page(&state, &ctx, &fair, &id, q.revision, vec![], StatusCode::OK).await
}

pub async fn decide(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((fair, id)): Path<(String, String)>,
    Form(f): Form<DecisionForm>,
) -> WebResult<Response> {
    let decision = f.decision()?;
    let Some(revision) = f.revision else {
        return Err(crate::error::WebError::BadRequest(crate::error::Msg::new(
            "error-bad-request",
        )));
    };
    match svc::decide(
        &state,
        &ctx.actor(),
        &fair,
        &id,
        revision,
        decision,
        &f.reason,
    )
    .await
    {
        Ok(()) => {
            let key = if decision == Decision::Approved {
                "notice-exhibit-approved"
            } else {
                "notice-exhibit-rejected"
            };
            queue_page(&state, &ctx, &fair, Some(ctx.t(key)), vec![]).await
        }
        // The exhibitor changed it since the page was opened: the latest
        // version is shown with the reason, and nothing was decided.
        Err(yz_app::AppError::Conflict(msg)) => {
            let c = Chrome::new(&state, &ctx).await;
            let errors = vec![c.msg(&msg)];
            review_page(&state, &ctx, &fair, &id, None, errors, StatusCode::CONFLICT).await
        }
        Err(e) => {
            let c = Chrome::new(&state, &ctx).await;
            let errors = form_errors(&c, e)?;
            let code = StatusCode::UNPROCESSABLE_ENTITY;
            review_page(&state, &ctx, &fair, &id, Some(revision), errors, code).await
        }
    }
}

/// A media file of an exhibit under review, for the fair's reviewers.
pub async fn media(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((fair, id, variant)): Path<(String, String, String)>,
    headers: axum::http::HeaderMap,
) -> WebResult<Response> {
    let m = svc::media(&state, &ctx.actor(), &fair, &id).await?;
    super::media::send(&state, &m, &variant, &headers, true).await
}
