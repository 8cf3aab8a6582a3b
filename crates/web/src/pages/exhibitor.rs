//! The exhibitor's public page (req. 8), shown on its booth and at
//! `/exhibitors/{exhibitor}`: profile, verified badge, video, 3D model, panorama,
//! products, documents and certificates, contact and favourite buttons.
//! The exhibitor's visibility restrictions apply to the whole page and to
//! each product.

use askama::Template;
use axum::extract::{Path, State};
use axum::response::Response;
use yz_app::exhibits::{Card as StoredCard, Media};
use yz_app::fairs::Fair;
use yz_app::favourites::FavouriteKind;
use yz_app::showcase::{self, Exhibitor};
use yz_domain::measures::EventKind;
use yz_domain::visibility::Restriction;

use super::{Chrome, render};
use crate::ctx::Ctx;
use crate::error::WebResult;
use crate::state::AppState;
use yz_app::audience::{self, Audience};
use yz_app::exhibits::format_amount;

/// A product card: (id, title, HS code, price, thumbnail media id).
pub type Card = (String, String, String, String, Option<String>);

pub struct ExhibitorView {
    pub id: String,
    pub name: String,
    pub other_name: String,
    pub verified: bool,
    pub industries: String,
    pub markets: String,
    pub languages: String,
    /// Shown to signed-in users only (no harvesting by crawlers).
    pub contact_email: Option<String>,
    pub video: Option<Media>,
    pub model: Option<Media>,
    pub panorama: Option<Media>,
    pub documents: Vec<Media>,
    pub products: Vec<Card>,
    /// Signed-in: Some(already saved).
    pub saved: Option<bool>,
    /// Where the favourite form returns to.
    pub here: String,
}

impl ExhibitorView {
    pub fn needs_viewers(&self) -> bool {
        self.model.is_some() || self.panorama.is_some()
    }
}

/// A stored product card as the templates list it.
pub fn card(p: &StoredCard) -> Card {
    let price = p
        .price_min_minor
        .map(|m| format_amount(m, &p.currency))
        .unwrap_or_default();
    (
        p.id.clone(),
        p.title.clone(),
        yz_domain::hs::dotted(&p.hs_code),
        price,
        p.image.clone(),
    )
}

/// Loads the page of exhibitor `x` as `audience` may see it, with what it
/// shows on `fair` (or on any fair); Err(Hidden) when the whole booth is
/// restricted away from them.
pub async fn load(
    state: &AppState,
    ctx: &Ctx,
    c: &Chrome,
    x: &Exhibitor,
    audience: &Audience,
    here: &str,
    fair: Option<&Fair>,
) -> WebResult<Result<ExhibitorView, yz_domain::visibility::Hidden>> {
    let org = &x.org;
    let booth_rule = Restriction {
        countries: org.visible_countries.clone(),
        trade_only: org.trade_only,
    };
    if let Err(why) = audience.check(std::slice::from_ref(&booth_rule)) {
        return Ok(Err(why));
    }
    let data = showcase::shown(state, &org.id, c.lang(), fair).await?;
    let products = data
        .cards
        .iter()
        .filter(|p| {
            audience
                .check(&[Restriction {
                    countries: p.visible_countries.clone(),
                    trade_only: p.trade_only,
                }])
                .is_ok()
        })
        .map(card)
        .collect();
    let (name, other_name) = if c.lang() == "zh-CN" {
        (org.legal_name_zh.clone(), org.legal_name_en.clone())
    } else {
        (org.legal_name_en.clone(), org.legal_name_zh.clone())
    };
    let saved = state
        .is_saved(&ctx.actor(), FavouriteKind::Org, &org.id)
        .await?;
    Ok(Ok(ExhibitorView {
        id: org.id.clone(),
        name,
        other_name,
        verified: x.verified,
        industries: org
            .industries
            .iter()
            .map(|h| yz_domain::hs::dotted(h))
            .collect::<Vec<_>>()
            .join(", "),
        markets: org.markets.join(", "),
        languages: org.languages.join(", "),
        contact_email: ctx
            .full_user()
            .map(|_| org.contact_email.clone())
            .filter(|e| !e.is_empty()),
        video: data.video.clone(),
        model: data.model.clone(),
        panorama: data.panorama.clone(),
        documents: data.documents.clone(),
        products,
        saved,
        here: here.to_owned(),
    }))
}

#[derive(Template)]
#[template(path = "exhibitor.html")]
pub struct ExhibitorPage {
    pub c: Chrome,
    pub x: ExhibitorView,
}

/// `GET /exhibitors/{exhibitor}`.
pub async fn show(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<String>,
) -> WebResult<Response> {
    // Public once a verified exhibitor of some fair.
    let x = showcase::exhibitor(&state, &id, None)
        .await?
        .filter(|x| x.verified)
        .ok_or(crate::error::WebError::NotFound)?;
    let aud = audience::of(&state, &ctx.actor(), &x.org.id).await?;
    let c = Chrome::new(&state, &ctx).await;
    match load(
        &state,
        &ctx,
        &c,
        &x,
        &aud,
        &format!("/exhibitors/{id}"),
        None,
    )
    .await?
    {
        Ok(view) => {
            aud.record(&state, EventKind::BoothViewed, &x.org.id, None);
            Ok(render(&ExhibitorPage { c, x: view }))
        }
        Err(why) => Ok(super::hidden(&state, &ctx, why).await),
    }
}
