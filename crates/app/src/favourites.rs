//! Visitors save exhibitors and products, and find them again.

use yz_domain::change::{Kind, Verb};
use yz_domain::lang::Lang;
use yz_store::favourites::{self, Target};
use yz_store::{exhibits, organisations};

use crate::error::{AppError, AppResult};
use crate::{Actor, App};

pub use yz_store::favourites::Target as FavouriteKind;

impl App {
    /// Whether the signed-in actor saved this object (None when not signed in).
    pub async fn is_saved(
        &self,
        actor: &Actor,
        target: Target,
        id: &str,
    ) -> AppResult<Option<bool>> {
        match actor.full_user() {
            Some(p) => Ok(Some(
                favourites::is_saved(&self.stores.main, &p.user_id, target, id).await?,
            )),
            None => Ok(None),
        }
    }
}

/// Saves or forgets an exhibitor or a published product; returns whether it
/// is saved afterwards.
pub async fn toggle(app: &App, actor: &Actor, target: Target, id: &str) -> AppResult<bool> {
    let p = actor.full_user().ok_or(AppError::Unauthorized)?;
    // Only what visitors may see can be saved.
    let exists = match target {
        Target::Org => yz_store::applications::approved_anywhere(&app.stores.main, id).await?,
        Target::Exhibit => exhibits::is_live(&app.stores.main, id, None).await?,
    };
    if !exists {
        return Err(AppError::NotFound);
    }
    let mut w = app.work(actor).await?;
    let now = w.now();
    let saved = favourites::toggle(&mut w.tx, &p.user_id, target, id, now).await?;
    let verb = if saved { Verb::Created } else { Verb::Deleted };
    w.changed(Kind::Favourite, format!("{}:{id}", target.as_str()), verb);
    w.commit().await?;
    Ok(saved)
}

/// The actor's saved exhibitors and products: (id, name or title).
pub struct Saved {
    pub orgs: Vec<(String, String)>,
    pub exhibits: Vec<(String, String)>,
}

pub async fn list(app: &App, actor: &Actor, lang: Lang) -> AppResult<Saved> {
    let p = actor.full_user().ok_or(AppError::Unauthorized)?;
    let db = &app.stores.main;
    let mut orgs = Vec::new();
    for (id, _) in favourites::of_user(db, &p.user_id, Target::Org).await? {
        if let Some(o) = organisations::by_id(db, &id).await? {
            let name = if lang == Lang::ZhCn {
                o.legal_name_zh
            } else {
                o.legal_name_en
            };
            orgs.push((id, name));
        }
    }
    let mut exhibits = Vec::new();
    for (id, _) in favourites::of_user(db, &p.user_id, Target::Exhibit).await? {
        if let Some(title) = exhibits::title(db, &id, lang.tag()).await? {
            exhibits.push((id, title));
        }
    }
    Ok(Saved { orgs, exhibits })
}
