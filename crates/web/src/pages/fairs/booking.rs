//! Booth pages and booking: requests by exhibitors, decisions by organizers.

use askama::Template;
use axum::Form;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::Response;
use serde::Deserialize;
use yz_domain::kinds::BoothKind;
use yz_domain::status::{BoothStatus, Decision};

use super::super::exhibitor::{self, ExhibitorView};
use super::super::form_errors;
use super::super::{Chrome, render_status, see_other};
use super::public::status_label;
use super::{FairCard, card, fair_or_404, pick};
use crate::ctx::Ctx;
use crate::error::WebResult;
use crate::state::AppState;
use yz_app::audience;
use yz_domain::measures::EventKind;

#[derive(Template)]
#[template(path = "fairs/booth.html")]
pub struct BoothPage {
    pub c: Chrome,
    pub fair: FairCard,
    pub hall_code: String,
    pub code: String,
    pub kind: String,
    pub status: String,
    /// The exhibitor holding the booth: (name, verified).
    pub exhibitor: Option<(String, bool)>,
    /// The exhibitor's page, once the booth is booked.
    pub x: Option<ExhibitorView>,
    /// The caller's verified organisations that may request it now.
    pub my_orgs: Vec<(String, String)>,
    pub errors: Vec<String>,
}

async fn booth_page(
    state: &AppState,
    ctx: &Ctx,
    slug: &str,
    code: &str,
    errors: Vec<String>,
) -> WebResult<Response> {
    let f = fair_or_404(state, slug).await?;
    let b = yz_app::showcase::booth(state, &f, code).await?;
    let c = Chrome::new(state, ctx).await;
    let (status, _) = status_label(&c, b.status);
    let kind = c.t(if b.kind == BoothKind::Premium {
        "booth-premium"
    } else {
        "booth-standard"
    });
    let hall_code = b.code.split('.').next().unwrap_or("").to_owned();
    let org = match &b.org_id {
        Some(id) => yz_app::showcase::exhibitor(state, id, Some(&f)).await?,
        None => None,
    };
    let exhibitor = org.as_ref().map(|x| {
        let name = pick(c.i18n.lang, &x.org.legal_name_zh, &x.org.legal_name_en).to_owned();
        (name, x.verified)
    });
    // The exhibitor's page shows on a booked booth of a verified exhibitor.
    let x = match &org {
        Some(x) if b.status == BoothStatus::Booked && x.verified => {
            let aud = audience::of(state, &ctx.actor(), &x.org.id).await?;
            let here = format!("/fairs/{}/booths/{}", f.slug, b.code);
            match exhibitor::load(state, ctx, &c, x, &aud, &here, Some(&f)).await? {
                Ok(view) => {
                    aud.record(state, EventKind::BoothViewed, &x.org.id, Some(&f.id));
                    Some(view)
                }
                Err(why) => return Ok(super::super::hidden(state, ctx, why).await),
            }
        }
        _ => None,
    };
    let now = state.now();
    let my_orgs = if b.status == BoothStatus::Free && f.schedule.phase_at(now).booking_open() {
        yz_app::booths::bookable_orgs(state, &ctx.actor()).await?
    } else {
        vec![]
    };
    let code_status = if errors.is_empty() {
        StatusCode::OK
    } else {
        StatusCode::CONFLICT
    };
    Ok(render_status(
        code_status,
        &BoothPage {
            fair: card(&c, &f, now),
            hall_code,
            code: b.code,
            kind,
            status,
            exhibitor,
            x,
            my_orgs,
            errors,
            c,
        },
    ))
}

pub async fn booth(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((slug, code)): Path<(String, String)>,
) -> WebResult<Response> {
    booth_page(&state, &ctx, &slug, &code, vec![]).await
}

#[derive(Deserialize)]
pub struct BookForm {
    #[serde(default)]
    fair: String,
    #[serde(default)]
    code: String,
}

/// An organisation's request for a booth.
pub async fn request_booth(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(org): Path<String>,
    Form(f): Form<BookForm>,
) -> WebResult<Response> {
    match yz_app::booths::request(&state, &ctx.actor(), &org, &f.fair, &f.code).await {
        Ok(()) => Ok(see_other(&format!(
            "/fairs/{}/booths/{}",
            f.fair,
            f.code.trim().to_ascii_uppercase()
        ))),
        Err(e) => {
            let c = Chrome::new(&state, &ctx).await;
            let errors = form_errors(&c, e)?;
            booth_page(&state, &ctx, &f.fair, &f.code, errors).await
        }
    }
}

pub struct RequestRow {
    pub code: String,
    pub org: String,
    pub org_id: String,
    /// A verified exhibitor of the fair (its booth may be approved).
    pub verified: bool,
}

#[derive(Template)]
#[template(path = "fairs/requests.html")]
pub struct RequestsPage {
    pub c: Chrome,
    pub slug: String,
    pub notice: Option<String>,
    pub errors: Vec<String>,
    pub rows: Vec<RequestRow>,
}

async fn requests_page(
    state: &AppState,
    ctx: &Ctx,
    slug: &str,
    notice: Option<String>,
    errors: Vec<String>,
) -> WebResult<Response> {
    let (f, requests) = yz_app::booths::requests(state, &ctx.actor(), slug).await?;
    let c = Chrome::new(state, ctx).await;
    let rows = requests
        .into_iter()
        .map(|(code, o, verified)| RequestRow {
            code,
            org: pick(c.i18n.lang, &o.legal_name_zh, &o.legal_name_en).to_owned(),
            org_id: o.id,
            verified,
        })
        .collect();
    let status = if errors.is_empty() {
        StatusCode::OK
    } else {
        StatusCode::UNPROCESSABLE_ENTITY
    };
    Ok(render_status(
        status,
        &RequestsPage {
            c,
            slug: f.slug,
            notice,
            errors,
            rows,
        },
    ))
}

pub async fn requests(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(slug): Path<String>,
) -> WebResult<Response> {
    requests_page(&state, &ctx, &slug, None, vec![]).await
}

pub async fn decide_booth(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((slug, code)): Path<(String, String)>,
    Form(f): Form<super::super::DecisionForm>,
) -> WebResult<Response> {
    let decision = f.decision()?;
    match yz_app::booths::decide(&state, &ctx.actor(), &slug, &code, decision).await {
        Ok(()) => {
            let key = if decision == Decision::Approved {
                "notice-booth-approved"
            } else {
                "notice-booth-rejected"
            };
            requests_page(&state, &ctx, &slug, Some(ctx.t(key)), vec![]).await
        }
        Err(e) => {
            let c = Chrome::new(&state, &ctx).await;
            let errors = form_errors(&c, e)?;
            requests_page(&state, &ctx, &slug, None, errors).await
        }
    }
}
