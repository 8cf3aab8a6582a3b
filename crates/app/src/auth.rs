//! Logging in and out: password, second factor, TOTP enrolment, sessions.

use serde_json::json;
use yz_domain::audit::Outcome;
use yz_domain::clock::{DAY_MS, HOUR_MS, MINUTE_MS};
use yz_domain::email::Email;
use yz_domain::measures::{AnalyticsFacts, EventKind};
use yz_store::accounts::{self, User};
use yz_store::sessions::{self, Session};
use yz_store::{Tx, outbox};

use crate::Actor;
use crate::App;
use crate::Stage;
use crate::audit;
use crate::consumers::SECURITY_ALERT;
use crate::error::Msg;
use crate::error::{AppError, AppResult};
use crate::passwords;
use crate::policy::SecurityPolicy;
use crate::ratelimit::Bucket;
use crate::{tokens, totp};

/// A new session: the cookie token (shown once, never stored) and its stage.
#[derive(Debug)]
pub struct Issued {
    pub token: String,
    pub stage: Stage,
    /// Cookie lifetime: administrators get a browser-session cookie; others
    /// stay signed in up to the session's absolute limit.
    pub max_age_secs: Option<i64>,
}

pub fn rate_limit(app: &App, bucket: Bucket, actor: &Actor) -> Result<(), AppError> {
    let l = &app.config.rate_limits;
    let (limit, window) = match bucket {
        Bucket::Login => (l.login_per_minute, MINUTE_MS),
        Bucket::Register => (l.register_per_10_minutes, 10 * MINUTE_MS),
        Bucket::Reset => (l.reset_per_10_minutes, 10 * MINUTE_MS),
        Bucket::Search => (l.search_per_minute, MINUTE_MS),
    };
    app.limiter
        .check(bucket, &actor.ip, limit, window, app.now())
        .map_err(|retry_after| AppError::TooManyRequests { retry_after })
}

/// The stage a user reaches once the password is accepted.
fn stage_after_password(u: &User, is_admin: bool) -> Stage {
    if is_admin {
        if u.totp_secret.is_none() {
            Stage::Enrol
        } else {
            Stage::SecondFactor
        }
    } else if u.must_change_password {
        Stage::ChangePassword
    } else {
        Stage::Full
    }
}

fn stage_after_second_factor(u: &User) -> Stage {
    if u.must_change_password {
        Stage::ChangePassword
    } else {
        Stage::Full
    }
}

/// Writes a fresh session (a new id at every step of login: no fixation).
async fn issue(
    tx: &mut Tx,
    app: &App,
    actor: &Actor,
    user_id: &str,
    is_admin: bool,
    stage: Stage,
    policy: &SecurityPolicy,
) -> Result<Issued, AppError> {
    let now = app.now();
    if let Some(old) = &actor.session_hash {
        sessions::delete(tx, old).await?;
    }
    let token = tokens::random();
    let absolute = if is_admin {
        policy.admin_absolute_hours * HOUR_MS
    } else {
        policy.user_absolute_days * DAY_MS
    };
    sessions::insert(
        tx,
        &Session {
            id_hash: tokens::hash(&token),
            public_id: yz_store::new_id(),
            user_id: user_id.to_owned(),
            stage: stage.as_str().to_owned(),
            created_at: now,
            last_seen_at: now,
            expires_at: now + absolute,
            reauth_at: now,
            ip: actor.ip.clone(),
            user_agent: actor.user_agent.clone(),
        },
    )
    .await?;
    if stage == Stage::Full {
        let facts = AnalyticsFacts {
            actor_id: Some(user_id.to_owned()),
            ..Default::default()
        };
        outbox::enqueue(tx, EventKind::UserLoggedIn.as_str(), &json!(facts), now).await?;
    }
    let max_age_secs = (!is_admin).then_some(absolute / 1000);
    Ok(Issued {
        token,
        stage,
        max_age_secs,
    })
}

/// One line of the user's login history, from this request.
async fn login_event(
    tx: &mut Tx,
    actor: &Actor,
    user: &User,
    result: &str,
    now: i64,
) -> Result<(), AppError> {
    accounts::record_login_event(
        tx,
        Some(&user.id),
        &user.email,
        &actor.ip,
        &actor.user_agent,
        result,
        now,
    )
    .await?;
    Ok(())
}

/// Counts a failed password or code; locks the account at the threshold,
/// audits the lock and raises a security alert.
async fn fail(
    app: &App,
    actor: &Actor,
    user: &User,
    result: &str,
    policy: &SecurityPolicy,
) -> Result<bool, AppError> {
    let now = app.now();
    let mut tx = app.stores.main.begin().await?;
    let locked = accounts::record_failed_login(
        &mut tx,
        &user.id,
        policy.lockout_threshold,
        now + policy.lockout_minutes * MINUTE_MS,
        now,
    )
    .await?;
    login_event(&mut tx, actor, user, result, now).await?;
    if locked {
        outbox::enqueue(
            &mut tx,
            SECURITY_ALERT,
            &json!({"alert": "account_locked", "user_id": user.id, "email": user.email,
                    "ip": actor.ip, "minutes": policy.lockout_minutes}),
            now,
        )
        .await?;
    }
    app.commit(tx).await?;
    let actor = actor.as_user(&user.id, "user");
    audit::refused(
        app,
        &actor,
        "auth.login",
        &audit::user_target(&user.id),
        json!({"reason": result}),
    )
    .await?;
    if locked {
        audit::record(
            app,
            &actor.as_user("system", "system"),
            "account.locked",
            &format!("user:{}", user.id),
            Outcome::Success,
            json!({"reason": "failed_logins", "minutes": policy.lockout_minutes}),
        )
        .await?;
    }
    Ok(locked)
}

fn locked_msg(user: &User, now: i64) -> Msg {
    let minutes = user
        .locked_until
        .map(|t| ((t - now) / MINUTE_MS).max(1))
        .unwrap_or(1);
    Msg::new("error-account-locked").with("minutes", minutes)
}

/// Step one: e-mail and password.
pub async fn login(app: &App, actor: &Actor, email: &str, password: &str) -> AppResult<Issued> {
    rate_limit(app, Bucket::Login, actor)?;
    let now = app.now();
    let policy = app.security_policy().await;
    let cost = app.config.password_cost;
    let user = match Email::parse(email) {
        Ok(e) => accounts::by_email(&app.stores.main, e.as_str()).await?,
        Err(_) => None,
    };
    let Some(user) = user else {
        passwords::verify(None, password.to_owned(), cost).await;
        let mut tx = app.stores.main.begin().await?;
        let shown: String = email.chars().take(254).collect();
        accounts::record_login_event(
            &mut tx,
            None,
            &shown,
            &actor.ip,
            &actor.user_agent,
            "unknown_account",
            now,
        )
        .await?;
        tx.commit().await?;
        audit::refused(
            app,
            actor,
            "auth.login",
            &format!("email:{shown}"),
            json!({"reason": "unknown_account"}),
        )
        .await?;
        return Err(AppError::invalid("error-login-failed"));
    };
    if user.is_locked(now) {
        let mut tx = app.stores.main.begin().await?;
        login_event(&mut tx, actor, &user, "locked", now).await?;
        tx.commit().await?;
        audit::refused(
            app,
            &actor.as_user(&user.id, "user"),
            "auth.login",
            &audit::user_target(&user.id),
            json!({"reason": "locked"}),
        )
        .await?;
        return Err(AppError::Invalid(vec![locked_msg(&user, now)]));
    }
    if !passwords::verify(Some(user.password_hash.clone()), password.to_owned(), cost).await {
        let locked = fail(app, actor, &user, "bad_password", &policy).await?;
        return Err(if locked {
            AppError::Invalid(vec![
                Msg::new("error-account-locked").with("minutes", policy.lockout_minutes),
            ])
        } else {
            AppError::invalid("error-login-failed")
        });
    }
    if !user.is_active() {
        audit::refused(
            app,
            &actor.as_user(&user.id, "user"),
            "auth.login",
            &audit::user_target(&user.id),
            json!({"reason": "disabled"}),
        )
        .await?;
        return Err(AppError::invalid("error-account-disabled"));
    }
    if user.email_confirmed_at.is_none() {
        return Err(AppError::invalid("error-email-unconfirmed"));
    }
    let grants = accounts::grants_of(&app.stores.main, &user.id).await?;
    let is_admin = grants.iter().any(|g| g.role.is_platform_admin());
    let stage = stage_after_password(&user, is_admin);
    let mut tx = app.stores.main.begin().await?;
    if stage == Stage::Full {
        accounts::record_successful_login(&mut tx, &user.id, now).await?;
    }
    let result = if stage == Stage::Full {
        "success"
    } else {
        "password_ok"
    };
    login_event(&mut tx, actor, &user, result, now).await?;
    let issued = issue(&mut tx, app, actor, &user.id, is_admin, stage, &policy).await?;
    app.commit(tx).await?;
    let role = grants.first().map(|g| g.role.as_str()).unwrap_or("user");
    audit::ok(
        app,
        &actor.as_user(&user.id, role),
        "auth.login",
        &audit::user_target(&user.id),
        json!({"stage": stage.as_str()}),
    )
    .await?;
    Ok(issued)
}

fn current(actor: &Actor, want: Stage) -> Result<&crate::actor::Principal, AppError> {
    match actor.user() {
        Some(p) if p.stage() == want => Ok(p),
        _ => Err(AppError::Forbidden),
    }
}

/// Step two for administrators: the TOTP code.
pub async fn second_factor(app: &App, actor: &Actor, code: &str) -> AppResult<Issued> {
    rate_limit(app, Bucket::Login, actor)?;
    let p = current(actor, Stage::SecondFactor)?;
    let now = app.now();
    let policy = app.security_policy().await;
    let user = accounts::by_id(&app.stores.main, &p.user_id)
        .await?
        .ok_or(AppError::Unauthorized)?;
    let secret = user.totp_secret.clone().ok_or(AppError::Forbidden)?;
    let Some(step) = totp::check(&secret, code, now, user.totp_last_step) else {
        let locked = fail(app, actor, &user, "bad_totp", &policy).await?;
        return Err(if locked {
            AppError::Invalid(vec![
                Msg::new("error-account-locked").with("minutes", policy.lockout_minutes),
            ])
        } else {
            AppError::invalid("error-totp-invalid")
        });
    };
    let next = stage_after_second_factor(&user);
    let mut tx = app.stores.main.begin().await?;
    accounts::set(&mut tx, &user.id, "totp_last_step", step.into(), now).await?;
    accounts::record_successful_login(&mut tx, &user.id, now).await?;
    login_event(&mut tx, actor, &user, "success", now).await?;
    let issued = issue(&mut tx, app, actor, &user.id, true, next, &policy).await?;
    app.commit(tx).await?;
    audit::ok(
        app,
        actor,
        "auth.second_factor",
        &audit::user_target(&user.id),
        json!({}),
    )
    .await?;
    Ok(issued)
}

/// The secret being enrolled (created on first view, kept until confirmed).
pub async fn enrolment_secret(app: &App, actor: &Actor) -> AppResult<(String, String)> {
    let p = current(actor, Stage::Enrol)?;
    let user = accounts::by_id(&app.stores.main, &p.user_id)
        .await?
        .ok_or(AppError::Unauthorized)?;
    if let Some(s) = user.totp_pending {
        return Ok((s, user.email));
    }
    let secret = totp::new_secret();
    let mut tx = app.stores.main.begin().await?;
    accounts::set(
        &mut tx,
        &user.id,
        "totp_pending",
        secret.clone().into(),
        app.now(),
    )
    .await?;
    tx.commit().await?;
    Ok((secret, user.email))
}

pub async fn confirm_enrolment(app: &App, actor: &Actor, code: &str) -> AppResult<Issued> {
    rate_limit(app, Bucket::Login, actor)?;
    let p = current(actor, Stage::Enrol)?;
    let now = app.now();
    let policy = app.security_policy().await;
    let user = accounts::by_id(&app.stores.main, &p.user_id)
        .await?
        .ok_or(AppError::Unauthorized)?;
    let pending = user.totp_pending.clone().ok_or(AppError::Forbidden)?;
    let Some(step) = totp::check(&pending, code, now, None) else {
        audit::refused(
            app,
            actor,
            "auth.totp_enrol",
            &audit::user_target(&user.id),
            json!({}),
        )
        .await?;
        return Err(AppError::invalid("error-totp-invalid"));
    };
    let mut tx = app.stores.main.begin().await?;
    accounts::set(&mut tx, &user.id, "totp_secret", pending.into(), now).await?;
    accounts::set(
        &mut tx,
        &user.id,
        "totp_pending",
        Option::<String>::None.into(),
        now,
    )
    .await?;
    accounts::set(&mut tx, &user.id, "totp_last_step", step.into(), now).await?;
    let next = stage_after_second_factor(&user);
    if next == Stage::Full {
        accounts::record_successful_login(&mut tx, &user.id, now).await?;
    }
    let issued = issue(&mut tx, app, actor, &user.id, true, next, &policy).await?;
    app.commit(tx).await?;
    audit::ok(
        app,
        actor,
        "auth.totp_enrol",
        &audit::user_target(&user.id),
        json!({}),
    )
    .await?;
    Ok(issued)
}

/// After a forced password change the session becomes a full one.
pub async fn finish_forced_change(
    tx: &mut Tx,
    app: &App,
    actor: &Actor,
) -> AppResult<Option<Issued>> {
    let Some(p) = actor.user() else {
        return Ok(None);
    };
    if p.stage() != Stage::ChangePassword {
        return Ok(None);
    }
    let policy = app.security_policy().await;
    accounts::record_successful_login(tx, &p.user_id, app.now()).await?;
    issue(
        tx,
        app,
        actor,
        &p.user_id,
        p.is_admin(),
        Stage::Full,
        &policy,
    )
    .await
    .map(Some)
}

pub async fn logout(app: &App, actor: &Actor) -> AppResult<()> {
    let (Some(p), Some(hash)) = (actor.user(), &actor.session_hash) else {
        return Ok(());
    };
    let mut tx = app.stores.main.begin().await?;
    sessions::delete(&mut tx, hash).await?;
    tx.commit().await?;
    audit::ok(
        app,
        actor,
        "auth.logout",
        &audit::user_target(&p.user_id),
        json!({}),
    )
    .await?;
    Ok(())
}

/// Ends one of the caller's sessions; `NotFound` when it is not theirs.
pub async fn end_session(app: &App, actor: &Actor, public_id: &str) -> AppResult<()> {
    let p = actor.full_user().ok_or(AppError::Unauthorized)?;
    let mut tx = app.stores.main.begin().await?;
    let n = sessions::delete_public(&mut tx, &p.user_id, public_id).await?;
    if n == 0 {
        return Err(AppError::NotFound);
    }
    tx.commit().await?;
    audit::ok(
        app,
        actor,
        "session.end",
        &format!("session:{public_id}"),
        json!({}),
    )
    .await?;
    Ok(())
}

pub async fn end_other_sessions(app: &App, actor: &Actor) -> AppResult<u64> {
    let p = actor.full_user().ok_or(AppError::Unauthorized)?;
    let mut tx = app.stores.main.begin().await?;
    let n = sessions::delete_others(&mut tx, &p.user_id, actor.session_hash.as_deref()).await?;
    tx.commit().await?;
    audit::ok(
        app,
        actor,
        "session.end_others",
        &audit::user_target(&p.user_id),
        json!({"ended": n}),
    )
    .await?;
    Ok(n)
}

/// Re-authentication before sensitive actions.
pub async fn reauthenticate(app: &App, actor: &Actor, password: &str) -> AppResult<()> {
    rate_limit(app, Bucket::Login, actor)?;
    let p = actor.full_user().ok_or(AppError::Unauthorized)?;
    let hash = actor.session_hash.clone().ok_or(AppError::Unauthorized)?;
    let user = accounts::by_id(&app.stores.main, &p.user_id)
        .await?
        .ok_or(AppError::Unauthorized)?;
    let policy = app.security_policy().await;
    if !passwords::verify(
        Some(user.password_hash.clone()),
        password.to_owned(),
        app.config.password_cost,
    )
    .await
    {
        fail(app, actor, &user, "bad_reauth", &policy).await?;
        return Err(AppError::invalid("error-password-wrong"));
    }
    let mut tx = app.stores.main.begin().await?;
    sessions::set_reauth(&mut tx, &hash, app.now()).await?;
    tx.commit().await?;
    audit::ok(
        app,
        actor,
        "auth.reauth",
        &audit::user_target(&user.id),
        json!({}),
    )
    .await?;
    Ok(())
}

/// Whether the session re-authenticated recently enough.
pub async fn recently_authenticated(app: &App, actor: &Actor) -> bool {
    let policy = app.security_policy().await;
    actor
        .full_user()
        .is_some_and(|p| app.now() - p.session.reauth_at < policy.reauth_minutes * MINUTE_MS)
}

/// The account behind a session cookie, if the session is still valid:
/// not expired, not idle too long (administrators 30 minutes by default;
/// a session that has not finished logging in ten minutes), the account
/// active and not locked. An invalid session is deleted. Returns the
/// principal and the token's hash.
pub async fn resolve_session(
    app: &App,
    token: &str,
) -> Result<Option<(crate::Principal, String)>, AppError> {
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
    let idle_ms = if session.stage == "full" {
        idle_ms
    } else {
        idle_ms.min(600_000)
    };
    let expired = session.expires_at <= now || session.last_seen_at + idle_ms <= now;
    if expired || !user.is_active() || user.is_locked(now) {
        let mut tx = app.stores.main.begin().await?;
        sessions::delete(&mut tx, &hash).await?;
        tx.commit().await?;
        return Ok(None);
    }
    if now - session.last_seen_at > 60_000 {
        sessions::touch(&app.stores.main, &hash, now).await?;
    }
    let principal = crate::Principal {
        user_id: user.id,
        email: user.email,
        display_name: user.display_name,
        lang: user.lang.as_deref().and_then(yz_domain::lang::Lang::parse),
        grants,
        session,
    };
    Ok(Some((principal, hash)))
}
