//! The fair home's featured exhibitors and new products, and the fair's
//! search box with its results page.

use askama::Template;
use axum::extract::{Path, Query, State};
use axum::response::Response;
use serde::Deserialize;
use yz_app::fairs::Fair;
use yz_app::showcase::{self, ExhibitorCard};

use super::super::exhibitor::{self as exhibitor_page, Card};
use super::super::{Chrome, render};
use super::{FairCard, card, fair_or_404, pick};
use crate::ctx::Ctx;
use crate::error::WebResult;
use crate::state::AppState;

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

/// The home page's featured exhibitors and new products, through the page
/// cache.
pub(super) async fn home_showcase(
    state: &AppState,
    c: &Chrome,
    fair: &Fair,
) -> WebResult<(Vec<ExhibitorLine>, Vec<Card>)> {
    let data = showcase::home(state, fair, c.lang()).await?;
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
        let (exhibitors, products) =
            showcase::search(&state, &ctx.actor(), &f, &q, c.lang()).await?;
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
