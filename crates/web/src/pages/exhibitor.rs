//! The exhibitor's public page (req. 8), shown on its booth and at
//! `/exhibitors/{id}`: profile, verified badge, video, 3D model, panorama,
//! products, documents and certificates, contact and favourite buttons.
//! The exhibitor's visibility restrictions apply to the whole page and to
//! each product.

use askama::Template;
use axum::extract::{Path, State};
use axum::response::Response;
use yz_domain::measures::EventKind;
use yz_domain::visibility::Restriction;
use yz_store::exhibits::{self, Media};
use yz_store::favourites::{self, Target};
use yz_store::organisations::Organisation;

use super::{Chrome, render};
use crate::ctx::Ctx;
use crate::error::{WebError, WebResult};
use crate::state::AppState;
use yz_app::audience::{self, Audience};
use yz_app::exhibits::format_amount;

/// Products listed on the page.
pub const CARDS: i64 = 48;

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
pub fn card(p: &exhibits::Card) -> Card {
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

/// An organisation, through the page cache.
pub async fn org(state: &AppState, id: &str) -> WebResult<Option<Organisation>> {
    let db = &state.stores.main;
    Ok(state
        .cache
        .get_or(format!("org:{id}"), || {
            yz_store::organisations::by_id(db, id)
        })
        .await?
        .as_ref()
        .clone())
}

/// What the page shows of an exhibitor, before the visitor's restrictions.
struct Shown {
    cards: Vec<exhibits::Card>,
    video: Option<Media>,
    model: Option<Media>,
    panorama: Option<Media>,
    documents: Vec<Media>,
}

async fn shown(state: &AppState, org_id: &str, lang: &str) -> WebResult<std::sync::Arc<Shown>> {
    let db = &state.stores.main;
    state
        .cache
        .get_or(format!("shown:{org_id}:{lang}"), || async move {
            let first = |kind: &'static str| async move {
                Ok::<_, WebError>(
                    exhibits::org_media(db, org_id, kind, 1)
                        .await?
                        .into_iter()
                        .next(),
                )
            };
            // Independent reads, run together on the reader pool.
            let (cards, video, model, panorama, documents) = tokio::try_join!(
                async {
                    exhibits::cards_of_org(db, org_id, lang, CARDS)
                        .await
                        .map_err(WebError::from)
                },
                first("video"),
                first("model"),
                first("panorama"),
                async {
                    exhibits::org_media(db, org_id, "document", 10)
                        .await
                        .map_err(WebError::from)
                },
            )?;
            Ok::<_, WebError>(Shown {
                cards,
                video,
                model,
                panorama,
                documents,
            })
        })
        .await
}

/// Loads the page of `org` as `audience` may see it; Err(Hidden) when the
/// whole booth is restricted away from them.
pub async fn load(
    state: &AppState,
    ctx: &Ctx,
    c: &Chrome,
    org: &Organisation,
    audience: &Audience,
    here: &str,
) -> WebResult<Result<ExhibitorView, yz_domain::visibility::Hidden>> {
    let booth_rule = Restriction {
        countries: org.visible_countries.clone(),
        trade_only: org.trade_only,
    };
    if let Err(why) = audience.check(std::slice::from_ref(&booth_rule)) {
        return Ok(Err(why));
    }
    let db = &state.stores.main;
    let data = shown(state, &org.id, c.lang()).await?;
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
    let saved = match ctx.full_user() {
        Some(p) => Some(favourites::is_saved(db, &p.user_id, Target::Org, &org.id).await?),
        None => None,
    };
    Ok(Ok(ExhibitorView {
        id: org.id.clone(),
        name,
        other_name,
        verified: org.verified(),
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

/// `GET /exhibitors/{id}`.
pub async fn show(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<String>,
) -> WebResult<Response> {
    let org = org(&state, &id)
        .await?
        .filter(Organisation::verified)
        .ok_or(WebError::NotFound)?;
    let aud = audience::of(&state, &ctx.actor(), &org.id).await?;
    let c = Chrome::new(&state, &ctx).await;
    match load(&state, &ctx, &c, &org, &aud, &format!("/exhibitors/{id}")).await? {
        Ok(x) => {
            aud.record(&state, EventKind::BoothViewed, &org.id, None);
            Ok(render(&ExhibitorPage { c, x }))
        }
        Err(why) => Ok(super::hidden(&state, &ctx, why).await),
    }
}
