//! Visitors save exhibitors and products, and find them again.

use askama::Template;
use axum::Form;
use axum::extract::State;
use axum::response::Response;
use serde::Deserialize;
use yz_app::favourites::{self, FavouriteKind};

use super::{Chrome, render, safe_next, see_other};
use crate::ctx::Ctx;
use crate::error::{Msg, WebError, WebResult};
use crate::state::AppState;

#[derive(Deserialize)]
pub struct ToggleForm {
    #[serde(default)]
    kind: String,
    #[serde(default)]
    id: String,
    #[serde(default)]
    next: String,
}

/// `POST /favourites`: saves or forgets an exhibitor or a product.
pub async fn toggle(
    State(state): State<AppState>,
    ctx: Ctx,
    Form(f): Form<ToggleForm>,
) -> WebResult<Response> {
    let target = match f.kind.as_str() {
        "org" => FavouriteKind::Org,
        "exhibit" => FavouriteKind::Exhibit,
        _ => return Err(WebError::BadRequest(Msg::new("error-bad-request"))),
    };
    favourites::toggle(&state, &ctx.actor(), target, &f.id).await?;
    Ok(see_other(&safe_next(Some(&f.next))))
}

#[derive(Template)]
#[template(path = "favourites.html")]
pub struct FavouritesPage {
    pub c: Chrome,
    /// (org id, name)
    pub orgs: Vec<(String, String)>,
    /// (exhibit id, title)
    pub exhibits: Vec<(String, String)>,
}

/// `GET /account/favourites`.
pub async fn list(State(state): State<AppState>, ctx: Ctx) -> WebResult<Response> {
    let saved = favourites::list(&state, &ctx.actor(), ctx.lang()).await?;
    let c = Chrome::new(&state, &ctx).await;
    Ok(render(&FavouritesPage {
        c,
        orgs: saved.orgs,
        exhibits: saved.exhibits,
    }))
}
