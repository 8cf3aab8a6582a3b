//! Visitors of a fair: a signed-in visitor registers for a fair (their
//! profile and consents stay with the account); the fair's organizers list
//! its registered visitors and verify its trade visitors. A verified trade
//! visitor of a fair sees what exhibitors there show to trade visitors only.

use serde_json::json;
use yz_domain::Permission;
use yz_domain::change::{Change, Kind, Verb};
use yz_store::fair_visitors;
pub use yz_store::fair_visitors::VisitorRow;
use yz_store::fairs::{self, Fair};

use crate::error::{AppError, AppResult};
use crate::{Actor, App, audit, scope};

/// Registers the signed-in account for a fair (idempotent).
pub async fn register(app: &App, actor: &Actor, fair_slug: &str) -> AppResult<()> {
    let p = actor.full_user().ok_or(AppError::Unauthorized)?;
    let fair = fairs::by_slug(&app.stores.main, fair_slug)
        .await?
        .ok_or(AppError::NotFound)?;
    if p.is_admin() {
        // The three administrators keep to their duties (GB/T 22239).
        return Err(AppError::Forbidden);
    }
    let mut w = app.work(actor).await?;
    let now = w.now();
    if fair_visitors::register(&mut w.tx, &fair.id, &p.user_id, now).await? {
        w.record(
            Change::new(
                Kind::Registration,
                format!("{}:{}", fair.id, p.user_id),
                Verb::Created,
            )
            .in_fair(&fair.id),
        );
        w.audit(
            "visitor.register",
            audit::user_target(&p.user_id),
            json!({"fair": fair.slug}),
        );
    }
    w.commit().await
}

/// Whether the signed-in account registered for the fair: None if not
/// signed in or not registered, else whether they are a verified trade
/// visitor there.
pub async fn registration(app: &App, actor: &Actor, fair: &Fair) -> AppResult<Option<bool>> {
    match actor.full_user() {
        Some(p) => Ok(fair_visitors::registration(&app.stores.main, &fair.id, &p.user_id).await?),
        None => Ok(None),
    }
}

/// The fair's registered visitors, for its organizers.
pub async fn list(
    app: &App,
    actor: &Actor,
    fair_slug: &str,
    query: &str,
) -> AppResult<(Fair, Vec<VisitorRow>)> {
    let fair = scope::staffed_fair(app, actor, fair_slug, Permission::FairManage).await?;
    let rows = fair_visitors::list(&app.stores.main, &fair.id, query, 500).await?;
    Ok((fair, rows))
}

/// An organizer verifies a registered visitor of their fair as a trade
/// visitor of that fair (or withdraws it); anyone not registered for the
/// fair is not found.
pub async fn set_trade(
    app: &App,
    actor: &Actor,
    fair_slug: &str,
    user_id: &str,
    verified: bool,
) -> AppResult<()> {
    let fair = scope::staffed_fair(app, actor, fair_slug, Permission::FairManage).await?;
    let mut w = app.work(actor).await?;
    let now = w.now();
    if !fair_visitors::set_trade(&mut w.tx, &fair.id, user_id, verified, &actor.id, now).await? {
        return Err(AppError::NotFound);
    }
    let (action, verb) = if verified {
        ("visitor.trade_verify", Verb::Approved)
    } else {
        ("visitor.trade_unverify", Verb::Revoked)
    };
    w.record(
        Change::new(Kind::Registration, format!("{}:{user_id}", fair.id), verb).in_fair(&fair.id),
    );
    w.audit(
        action,
        audit::user_target(user_id),
        json!({"fair": fair.slug}),
    );
    w.commit().await
}

/// The fairs the signed-in account registered for: (slug, trade visitor).
pub async fn my_fairs(app: &App, actor: &Actor) -> AppResult<Vec<(String, bool)>> {
    let p = actor.full_user().ok_or(AppError::Unauthorized)?;
    Ok(fair_visitors::of_user(&app.stores.main, &p.user_id)
        .await?
        .into_iter()
        .map(|(_, slug, trade)| (slug, trade))
        .collect())
}
