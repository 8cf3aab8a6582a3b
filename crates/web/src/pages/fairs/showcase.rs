//! The fair home's featured exhibitors and new products, and the fair's
//! search box with its results page.

use std::sync::Arc;

use askama::Template;
use axum::extract::{Path, Query, State};
use axum::response::Response;
use serde::Deserialize;
use yz_domain::measures::{AnalyticsFacts, EventKind};
use yz_store::fairs::Fair;
use yz_store::showcase::{self, ExhibitorCard};

use super::super::exhibitor::{self as exhibitor_page, Card};
use super::super::{Chrome, render};
use super::{FairCard, card, fair_or_404, pick};
use crate::ctx::Ctx;
use crate::error::{WebError, WebResult};
use crate::state::AppState;
use yz_app::ratelimit::Bucket;
use yz_app::{audience, auth::rate_limit};

/// Exhibitors and products on the home page.
const HOME_CARDS: i64 = 8;
/// Most results of each kind on the search page.
const RESULTS: i64 = 48;
/// Longest query taken, in characters.
const MAX_QUERY: usize = 100;

/// An exhibitor as listed: (organisation id, name, booth code, premium).
pub type ExhibitorLine = (String, String, String, bool);

fn exhibitor_line(c: &Chrome, e: &ExhibitorCard) -> ExhibitorLine {
    (
        e.org_id.clone(),
        pick(c.i18n.lang, &e.name_zh, &e.name_en).to_owned(),
        e.booth.clone(),
        e.premium,
    )
}

struct HomeShowcase {
    featured: Vec<ExhibitorCard>,
    newest: Vec<yz_store::exhibits::Card>,
}

/// The home page's featured exhibitors and new products, through the page
/// cache.
pub(super) async fn home_showcase(
    state: &AppState,
    c: &Chrome,
    fair: &Fair,
) -> WebResult<(Vec<ExhibitorLine>, Vec<Card>)> {
    let db = &state.stores.main;
    let lang = c.lang();
    let data: Arc<HomeShowcase> = state
        .cache
        .get_or(format!("showcase:{}:{lang}", fair.id), || async move {
            Ok::<_, WebError>(HomeShowcase {
                featured: showcase::featured(db, &fair.id, HOME_CARDS).await?,
                newest: showcase::newest_products(db, &fair.id, lang, HOME_CARDS).await?,
            })
        })
        .await?;
    Ok((
        data.featured.iter().map(|e| exhibitor_line(c, e)).collect(),
        data.newest.iter().map(exhibitor_page::card).collect(),
    ))
}

#[derive(Template)]
#[template(path = "fairs/search.html")]
pub struct SearchPage {
    pub c: Chrome,
    pub fair: FairCard,
    pub q: String,
    /// False before a search (empty query).
    pub searched: bool,
    pub exhibitors: Vec<ExhibitorLine>,
    pub products: Vec<Card>,
}

#[derive(Deserialize)]
pub struct SearchQuery {
    #[serde(default)]
    q: String,
}

/// GET /fairs/{fair}/search?q=: exhibitors and products of the fair
/// matching the words.
pub async fn search(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(slug): Path<String>,
    Query(query): Query<SearchQuery>,
) -> WebResult<Response> {
    let f = fair_or_404(&state, &slug).await?;
    let c = Chrome::new(&state, &ctx).await;
    let q: String = query
        .q
        .chars()
        .filter(|ch| !ch.is_control())
        .take(MAX_QUERY)
        .collect::<String>()
        .trim()
        .to_owned();
    let (exhibitors, products) = if q.is_empty() {
        (vec![], vec![])
    } else {
        rate_limit(&state, Bucket::Search, &ctx.actor())?;
        let db = &state.stores.main;
        let exhibitors = showcase::exhibitors_matching(db, &f.id, &q, RESULTS).await?;
        let products = showcase::products_matching(db, &f.id, c.lang(), &q, RESULTS).await?;
        let who = audience::of(&state, &ctx.actor(), "").await?;
        state.views.record(
            EventKind::SearchPerformed,
            AnalyticsFacts {
                fair_id: Some(f.id.clone()),
                country: who.viewer.country.clone(),
                industry: who.industry.clone(),
                ..Default::default()
            },
        );
        (
            exhibitors.iter().map(|e| exhibitor_line(&c, e)).collect(),
            products.iter().map(exhibitor_page::card).collect(),
        )
    };
    Ok(render(&SearchPage {
        fair: card(&c, &f, state.now()),
        c,
        searched: !q.is_empty(),
        q,
        exhibitors,
        products,
    }))
}
