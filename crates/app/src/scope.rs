//! Loading what a request names through the scope it names it in. An
//! object outside the scope is "not found" (404), never "forbidden": a
//! stranger learns nothing about it. The route guard checks the
//! permission in the path's scope too; these checks stand on their own, so
//! the command line and later the API and jobs get the same protection.

use yz_domain::Permission;
use yz_domain::role::Scope;
use yz_store::exhibits::{self, Exhibit};
use yz_store::fairs::{self, Fair};
use yz_store::organisations::{self, Organisation};

use crate::error::{AppError, AppResult};
use crate::{Actor, App};

/// The actor holds `perm` in the scope, else 403.
pub fn require(actor: &Actor, perm: Permission, scope: &Scope) -> AppResult<()> {
    if actor.can_in(perm, scope) {
        Ok(())
    } else if actor.full_user().is_none() {
        Err(AppError::Unauthorized)
    } else {
        Err(AppError::Forbidden)
    }
}

/// A fair for its own staff holding `perm`.
pub async fn staffed_fair(
    app: &App,
    actor: &Actor,
    slug: &str,
    perm: Permission,
) -> AppResult<Fair> {
    require(actor, perm, &Scope::Fair(slug.to_owned()))?;
    fairs::by_slug(&app.stores.main, slug)
        .await?
        .ok_or(AppError::NotFound)
}

/// An organisation for its own staff holding `perm`.
pub async fn own_org(
    app: &App,
    actor: &Actor,
    org_id: &str,
    perm: Permission,
) -> AppResult<Organisation> {
    require(actor, perm, &Scope::Organisation(org_id.to_owned()))?;
    organisations::by_id(&app.stores.main, org_id)
        .await?
        .ok_or(AppError::NotFound)
}

/// An exhibit of an organisation, for the organisation's editors.
pub async fn own_exhibit(app: &App, actor: &Actor, org_id: &str, id: &str) -> AppResult<Exhibit> {
    require(
        actor,
        Permission::ExhibitEdit,
        &Scope::Organisation(org_id.to_owned()),
    )?;
    exhibits::by_id(&app.stores.main, id)
        .await?
        .filter(|e| e.org_id == org_id)
        .ok_or(AppError::NotFound)
}

/// Whether the actor works for the organisation (any role in its scope).
pub fn belongs_to(actor: &Actor, org_id: &str) -> bool {
    actor.full_user().is_some_and(|p| {
        p.grants
            .iter()
            .any(|g| g.scope == Scope::Organisation(org_id.to_owned()))
    })
}
