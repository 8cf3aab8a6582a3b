//! Sessions after login: resolving the cookie to an account, logging out,
//! ending one's other sessions, one's sessions and login history, and the
//! operator's own tools acting as an account on this machine.

use serde_json::json;
use yz_domain::change::{Kind, Verb};
use yz_store::accounts;
pub use yz_store::accounts::LoginEvent;
use yz_store::sessions;
pub use yz_store::sessions::Session;

use crate::audit;
use crate::error::{AppError, AppResult};
use crate::tokens;
use crate::{Actor, App, Principal, Stage};

pub async fn logout(app: &App, actor: &Actor) -> AppResult<()> {
    let (Some(p), Some(hash)) = (actor.user(), &actor.session_hash) else {
        return Ok(());
    };
    let mut w = app.work(actor).await?;
    sessions::delete(&mut w.tx, hash).await?;
    w.changed(Kind::Session, &p.session.public_id, Verb::Ended);
    w.audit("auth.logout", audit::user_target(&p.user_id), json!({}));
    w.commit().await
}

/// Ends one of the caller's sessions; `NotFound` when it is not theirs.
pub async fn end_session(app: &App, actor: &Actor, public_id: &str) -> AppResult<()> {
    let p = actor.full_user().ok_or(AppError::Unauthorized)?;
    let mut w = app.work(actor).await?;
    let n = sessions::delete_public(&mut w.tx, &p.user_id, public_id).await?;
    if n == 0 {
        return Err(AppError::NotFound);
    }
    w.changed(Kind::Session, public_id, Verb::Ended);
    w.audit("session.end", format!("session:{public_id}"), json!({}));
    w.commit().await
}

pub async fn end_other_sessions(app: &App, actor: &Actor) -> AppResult<u64> {
    let p = actor.full_user().ok_or(AppError::Unauthorized)?;
    let mut w = app.work(actor).await?;
    let n = sessions::delete_others(&mut w.tx, &p.user_id, actor.session_hash.as_deref()).await?;
    w.changed(Kind::Account, &p.user_id, Verb::Changed);
    w.audit(
        "session.end_others",
        audit::user_target(&p.user_id),
        json!({"ended": n}),
    );
    w.commit().await?;
    Ok(n)
}

/// The account behind a session cookie, if the session is still valid:
/// not expired, not idle too long (administrators 30 minutes by default;
/// a session that has not finished logging in ten minutes), the account
/// active and not locked. An invalid session is deleted. Returns the
/// principal and the token's hash.
pub async fn resolve_session(app: &App, token: &str) -> AppResult<Option<(Principal, String)>> {
    let hash = tokens::hash(token);
    let Some(session) = sessions::by_hash(&app.stores.main, &hash).await? else {
        return Ok(None);
    };
    let Some(user) = accounts::by_id(&app.stores.main, &session.user_id).await? else {
        return Ok(None);
    };
    let now = app.now();
    let grants = accounts::grants_of(&app.stores.main, &user.id).await?;
    let admin = grants.iter().any(|g| g.role.is_platform_admin());
    let policy = app.security_policy().await;
    let idle_ms = if admin {
        policy.admin_idle_minutes * 60_000
    } else {
        policy.user_idle_days * 86_400_000
    };
    // A session that has not finished logging in lives ten minutes at most.
    let idle_ms = if session.stage == Stage::Full {
        idle_ms
    } else {
        idle_ms.min(600_000)
    };
    let expired = session.expires_at <= now || session.last_seen_at + idle_ms <= now;
    if expired || !user.is_active() || user.is_locked(now) {
        // Housekeeping, not a use case: no record of it.
        let mut tx = app.stores.main.begin().await?;
        sessions::delete(&mut tx, &hash).await?;
        tx.commit().await?;
        return Ok(None);
    }
    if now - session.last_seen_at > 60_000 {
        sessions::touch(&app.stores.main, &hash, now).await?;
    }
    let principal = Principal {
        user_id: user.id,
        email: user.email,
        display_name: user.display_name,
        lang: user.lang.as_deref().and_then(yz_domain::lang::Lang::parse),
        grants,
        session,
    };
    Ok(Some((principal, hash)))
}

/// The operator's own tools on this machine (demo and benchmark seeding)
/// act as an existing account, with exactly the grants it holds, as if it
/// were signed in here. Never reachable over the network. NotFound if the
/// account does not exist or is not active.
pub async fn operator_acting_as(app: &App, user_id: &str) -> AppResult<Actor> {
    let user = accounts::by_id(&app.stores.main, user_id)
        .await?
        .filter(|u| u.is_active())
        .ok_or(AppError::NotFound)?;
    let grants = accounts::grants_of(&app.stores.main, &user.id).await?;
    let now = app.now();
    let principal = Principal {
        user_id: user.id.clone(),
        email: user.email,
        display_name: user.display_name,
        lang: user.lang.as_deref().and_then(yz_domain::lang::Lang::parse),
        grants,
        session: sessions::Session {
            id_hash: String::new(),
            public_id: String::new(),
            user_id: user.id,
            stage: Stage::Full,
            created_at: now,
            last_seen_at: now,
            expires_at: now,
            reauth_at: now,
            ip: "local".into(),
            user_agent: "yunzhan (operator)".into(),
        },
    };
    Ok(Actor::signed_in(
        std::sync::Arc::new(principal),
        None,
        "local",
        "yunzhan (operator)",
        yz_domain::lang::Lang::DEFAULT,
    ))
}

/// The signed-in account's sessions.
pub async fn my_sessions(app: &App, actor: &Actor) -> AppResult<Vec<Session>> {
    let p = actor.full_user().ok_or(AppError::Unauthorized)?;
    Ok(sessions::of_user(&app.stores.main, &p.user_id).await?)
}

/// The signed-in account's login history, newest first.
pub async fn my_logins(app: &App, actor: &Actor) -> AppResult<Vec<accounts::LoginEvent>> {
    let p = actor.full_user().ok_or(AppError::Unauthorized)?;
    Ok(accounts::login_history(&app.stores.main, &p.user_id, 200).await?)
}
