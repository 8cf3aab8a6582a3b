//! Visitors save exhibitors and products, and find them again.

use askama::Template;
use axum::Form;
use axum::extract::State;
use axum::response::Response;
use serde::Deserialize;
use yz_store::favourites::{self, Target};

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
    let p = ctx.full_user().ok_or(WebError::Unauthorized)?;
    let target = match f.kind.as_str() {
        "org" => Target::Org,
        "exhibit" => Target::Exhibit,
        _ => return Err(WebError::BadRequest(Msg::new("error-bad-request"))),
    };
    let exists = match target {
        Target::Org => yz_store::organisations::by_id(&state.stores.main, &f.id)
            .await?
            .is_some(),
        Target::Exhibit => yz_store::exhibits::by_id(&state.stores.main, &f.id)
            .await?
            .is_some_and(|e| e.status == "published"),
    };
    if !exists {
        return Err(WebError::NotFound);
    }
    let mut tx = state.stores.main.begin().await?;
    favourites::toggle(&mut tx, &p.user_id, target, &f.id, state.now()).await?;
    state.commit(tx).await?;
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
    let p = ctx.full_user().ok_or(WebError::Unauthorized)?;
    let c = Chrome::new(&state, &ctx).await;
    let db = &state.stores.main;
    let mut orgs = Vec::new();
    for (id, _) in favourites::of_user(db, &p.user_id, Target::Org).await? {
        if let Some(o) = yz_store::organisations::by_id(db, &id).await? {
            let name = if c.lang() == "zh-CN" {
                o.legal_name_zh
            } else {
                o.legal_name_en
            };
            orgs.push((id, name));
        }
    }
    let mut exhibits = Vec::new();
    for (id, _) in favourites::of_user(db, &p.user_id, Target::Exhibit).await? {
        if let Some(title) = yz_store::exhibits::title(db, &id, c.lang()).await? {
            exhibits.push((id, title));
        }
    }
    Ok(render(&FavouritesPage { c, orgs, exhibits }))
}
