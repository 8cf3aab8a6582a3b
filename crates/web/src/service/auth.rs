//! Logging in and out: password, second factor, TOTP enrolment, sessions.

use serde_json::json;
use yz_domain::audit::Outcome;
use yz_domain::clock::{DAY_MS, HOUR_MS, MINUTE_MS};
use yz_domain::email::Email;
use yz_domain::measures::{AnalyticsFacts, EventKind};
use yz_store::accounts::{self, User};
use yz_store::sessions::{self, Session};
use yz_store::{Tx, outbox};

use super::{Failure, ServiceResult};
use crate::audit::{self, Actor};
use crate::consumers::SECURITY_ALERT;
use crate::ctx::{Ctx, Stage};
use crate::error::{Msg, WebError};
use crate::passwords;
use crate::policy::SecurityPolicy;
use crate::ratelimit::Bucket;
use crate::state::AppState;
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

pub fn rate_limit(state: &AppState, bucket: Bucket, ctx: &Ctx) -> Result<(), WebError> {
    let l = &state.config.rate_limits;
    let (limit, window) = match bucket {
        Bucket::Login => (l.login_per_minute, MINUTE_MS),
        Bucket::Register => (l.register_per_10_minutes, 10 * MINUTE_MS),
        Bucket::Reset => (l.reset_per_10_minutes, 10 * MINUTE_MS),
        Bucket::Search => (l.search_per_minute, MINUTE_MS),
    };
    state
        .limiter
        .check(bucket, &ctx.ip, limit, window, state.now())
        .map_err(|retry_after| WebError::TooManyRequests { retry_after })
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
    state: &AppState,
    ctx: &Ctx,
    user_id: &str,
    is_admin: bool,
    stage: Stage,
    policy: &SecurityPolicy,
) -> Result<Issued, Failure> {
    let now = state.now();
    if let Some(old) = &ctx.session_hash {
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
            ip: ctx.ip.clone(),
            user_agent: ctx.user_agent.clone(),
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
    ctx: &Ctx,
    user: &User,
    result: &str,
    now: i64,
) -> Result<(), Failure> {
    accounts::record_login_event(
        tx,
        Some(&user.id),
        &user.email,
        &ctx.ip,
        &ctx.user_agent,
        result,
        now,
    )
    .await?;
    Ok(())
}

/// Counts a failed password or code; locks the account at the threshold,
/// audits the lock and raises a security alert.
async fn fail(
    state: &AppState,
    ctx: &Ctx,
    user: &User,
    result: &str,
    policy: &SecurityPolicy,
) -> Result<bool, Failure> {
    let now = state.now();
    let mut tx = state.stores.main.begin().await?;
    let locked = accounts::record_failed_login(
        &mut tx,
        &user.id,
        policy.lockout_threshold,
        now + policy.lockout_minutes * MINUTE_MS,
        now,
    )
    .await?;
    login_event(&mut tx, ctx, user, result, now).await?;
    if locked {
        outbox::enqueue(
            &mut tx,
            SECURITY_ALERT,
            &json!({"alert": "account_locked", "user_id": user.id, "email": user.email,
                    "ip": ctx.ip, "minutes": policy.lockout_minutes}),
            now,
        )
        .await?;
    }
    state.commit(tx).await?;
    let actor = Actor::user(&user.id, "user", ctx);
    audit::refused(
        state,
        &actor,
        "auth.login",
        &audit::user_target(&user.id),
        json!({"reason": result}),
    )
    .await?;
    if locked {
        audit::record(
            state,
            &Actor {
                id: "system".into(),
                role: "system".into(),
                ip: ctx.ip.clone(),
            },
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
pub async fn login(
    state: &AppState,
    ctx: &Ctx,
    email: &str,
    password: &str,
) -> ServiceResult<Issued> {
    rate_limit(state, Bucket::Login, ctx)?;
    let now = state.now();
    let policy = state.security_policy().await;
    let cost = state.config.password_cost;
    let user = match Email::parse(email) {
        Ok(e) => accounts::by_email(&state.stores.main, e.as_str()).await?,
        Err(_) => None,
    };
    let Some(user) = user else {
        passwords::verify(None, password.to_owned(), cost).await;
        let mut tx = state.stores.main.begin().await?;
        let shown: String = email.chars().take(254).collect();
        accounts::record_login_event(
            &mut tx,
            None,
            &shown,
            &ctx.ip,
            &ctx.user_agent,
            "unknown_account",
            now,
        )
        .await?;
        tx.commit().await?;
        audit::refused(
            state,
            &Actor::of(ctx),
            "auth.login",
            &format!("email:{shown}"),
            json!({"reason": "unknown_account"}),
        )
        .await?;
        return Err(Failure::form("error-login-failed"));
    };
    if user.is_locked(now) {
        let mut tx = state.stores.main.begin().await?;
        login_event(&mut tx, ctx, &user, "locked", now).await?;
        tx.commit().await?;
        audit::refused(
            state,
            &Actor::user(&user.id, "user", ctx),
            "auth.login",
            &audit::user_target(&user.id),
            json!({"reason": "locked"}),
        )
        .await?;
        return Err(Failure::Form(vec![locked_msg(&user, now)]));
    }
    if !passwords::verify(Some(user.password_hash.clone()), password.to_owned(), cost).await {
        let locked = fail(state, ctx, &user, "bad_password", &policy).await?;
        return Err(if locked {
            Failure::Form(vec![
                Msg::new("error-account-locked").with("minutes", policy.lockout_minutes),
            ])
        } else {
            Failure::form("error-login-failed")
        });
    }
    if !user.is_active() {
        audit::refused(
            state,
            &Actor::user(&user.id, "user", ctx),
            "auth.login",
            &audit::user_target(&user.id),
            json!({"reason": "disabled"}),
        )
        .await?;
        return Err(Failure::form("error-account-disabled"));
    }
    if user.email_confirmed_at.is_none() {
        return Err(Failure::form("error-email-unconfirmed"));
    }
    let grants = accounts::grants_of(&state.stores.main, &user.id).await?;
    let is_admin = grants.iter().any(|g| g.role.is_platform_admin());
    let stage = stage_after_password(&user, is_admin);
    let mut tx = state.stores.main.begin().await?;
    if stage == Stage::Full {
        accounts::record_successful_login(&mut tx, &user.id, now).await?;
    }
    let result = if stage == Stage::Full {
        "success"
    } else {
        "password_ok"
    };
    login_event(&mut tx, ctx, &user, result, now).await?;
    let issued = issue(&mut tx, state, ctx, &user.id, is_admin, stage, &policy).await?;
    state.commit(tx).await?;
    let role = grants.first().map(|g| g.role.as_str()).unwrap_or("user");
    audit::ok(
        state,
        &Actor::user(&user.id, role, ctx),
        "auth.login",
        &audit::user_target(&user.id),
        json!({"stage": stage.as_str()}),
    )
    .await?;
    Ok(issued)
}

fn current(ctx: &Ctx, want: Stage) -> Result<&crate::ctx::Principal, Failure> {
    match ctx.user() {
        Some(p) if p.stage() == want => Ok(p),
        _ => Err(Failure::Web(WebError::Forbidden)),
    }
}

/// Step two for administrators: the TOTP code.
pub async fn second_factor(state: &AppState, ctx: &Ctx, code: &str) -> ServiceResult<Issued> {
    rate_limit(state, Bucket::Login, ctx)?;
    let p = current(ctx, Stage::SecondFactor)?;
    let now = state.now();
    let policy = state.security_policy().await;
    let user = accounts::by_id(&state.stores.main, &p.user_id)
        .await?
        .ok_or(WebError::Unauthorized)?;
    let secret = user.totp_secret.clone().ok_or(WebError::Forbidden)?;
    let Some(step) = totp::check(&secret, code, now, user.totp_last_step) else {
        let locked = fail(state, ctx, &user, "bad_totp", &policy).await?;
        return Err(if locked {
            Failure::Form(vec![
                Msg::new("error-account-locked").with("minutes", policy.lockout_minutes),
            ])
        } else {
            Failure::form("error-totp-invalid")
        });
    };
    let next = stage_after_second_factor(&user);
    let mut tx = state.stores.main.begin().await?;
    accounts::set(&mut tx, &user.id, "totp_last_step", step.into(), now).await?;
    accounts::record_successful_login(&mut tx, &user.id, now).await?;
    login_event(&mut tx, ctx, &user, "success", now).await?;
    let issued = issue(&mut tx, state, ctx, &user.id, true, next, &policy).await?;
    state.commit(tx).await?;
    audit::ok(
        state,
        &Actor::of(ctx),
        "auth.second_factor",
        &audit::user_target(&user.id),
        json!({}),
    )
    .await?;
    Ok(issued)
}

/// The secret being enrolled (created on first view, kept until confirmed).
pub async fn enrolment_secret(state: &AppState, ctx: &Ctx) -> ServiceResult<(String, String)> {
    let p = current(ctx, Stage::Enrol)?;
    let user = accounts::by_id(&state.stores.main, &p.user_id)
        .await?
        .ok_or(WebError::Unauthorized)?;
    if let Some(s) = user.totp_pending {
        return Ok((s, user.email));
    }
    let secret = totp::new_secret();
    let mut tx = state.stores.main.begin().await?;
    accounts::set(
        &mut tx,
        &user.id,
        "totp_pending",
        secret.clone().into(),
        state.now(),
    )
    .await?;
    tx.commit().await?;
    Ok((secret, user.email))
}

pub async fn confirm_enrolment(state: &AppState, ctx: &Ctx, code: &str) -> ServiceResult<Issued> {
    rate_limit(state, Bucket::Login, ctx)?;
    let p = current(ctx, Stage::Enrol)?;
    let now = state.now();
    let policy = state.security_policy().await;
    let user = accounts::by_id(&state.stores.main, &p.user_id)
        .await?
        .ok_or(WebError::Unauthorized)?;
    let pending = user.totp_pending.clone().ok_or(WebError::Forbidden)?;
    let Some(step) = totp::check(&pending, code, now, None) else {
        audit::refused(
            state,
            &Actor::of(ctx),
            "auth.totp_enrol",
            &audit::user_target(&user.id),
            json!({}),
        )
        .await?;
        return Err(Failure::form("error-totp-invalid"));
    };
    let mut tx = state.stores.main.begin().await?;
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
    let issued = issue(&mut tx, state, ctx, &user.id, true, next, &policy).await?;
    state.commit(tx).await?;
    audit::ok(
        state,
        &Actor::of(ctx),
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
    state: &AppState,
    ctx: &Ctx,
) -> ServiceResult<Option<Issued>> {
    let Some(p) = ctx.user() else { return Ok(None) };
    if p.stage() != Stage::ChangePassword {
        return Ok(None);
    }
    let policy = state.security_policy().await;
    accounts::record_successful_login(tx, &p.user_id, state.now()).await?;
    issue(
        tx,
        state,
        ctx,
        &p.user_id,
        p.is_admin(),
        Stage::Full,
        &policy,
    )
    .await
    .map(Some)
}

pub async fn logout(state: &AppState, ctx: &Ctx) -> ServiceResult<()> {
    let (Some(p), Some(hash)) = (ctx.user(), &ctx.session_hash) else {
        return Ok(());
    };
    let mut tx = state.stores.main.begin().await?;
    sessions::delete(&mut tx, hash).await?;
    tx.commit().await?;
    audit::ok(
        state,
        &Actor::of(ctx),
        "auth.logout",
        &audit::user_target(&p.user_id),
        json!({}),
    )
    .await?;
    Ok(())
}

/// Ends one of the caller's sessions; `NotFound` when it is not theirs.
pub async fn end_session(state: &AppState, ctx: &Ctx, public_id: &str) -> ServiceResult<()> {
    let p = ctx.full_user().ok_or(WebError::Unauthorized)?;
    let mut tx = state.stores.main.begin().await?;
    let n = sessions::delete_public(&mut tx, &p.user_id, public_id).await?;
    if n == 0 {
        return Err(Failure::Web(WebError::NotFound));
    }
    tx.commit().await?;
    audit::ok(
        state,
        &Actor::of(ctx),
        "session.end",
        &format!("session:{public_id}"),
        json!({}),
    )
    .await?;
    Ok(())
}

pub async fn end_other_sessions(state: &AppState, ctx: &Ctx) -> ServiceResult<u64> {
    let p = ctx.full_user().ok_or(WebError::Unauthorized)?;
    let mut tx = state.stores.main.begin().await?;
    let n = sessions::delete_others(&mut tx, &p.user_id, ctx.session_hash.as_deref()).await?;
    tx.commit().await?;
    audit::ok(
        state,
        &Actor::of(ctx),
        "session.end_others",
        &audit::user_target(&p.user_id),
        json!({"ended": n}),
    )
    .await?;
    Ok(n)
}

/// Re-authentication before sensitive actions.
pub async fn reauthenticate(state: &AppState, ctx: &Ctx, password: &str) -> ServiceResult<()> {
    rate_limit(state, Bucket::Login, ctx)?;
    let p = ctx.full_user().ok_or(WebError::Unauthorized)?;
    let hash = ctx.session_hash.clone().ok_or(WebError::Unauthorized)?;
    let user = accounts::by_id(&state.stores.main, &p.user_id)
        .await?
        .ok_or(WebError::Unauthorized)?;
    let policy = state.security_policy().await;
    if !passwords::verify(
        Some(user.password_hash.clone()),
        password.to_owned(),
        state.config.password_cost,
    )
    .await
    {
        fail(state, ctx, &user, "bad_reauth", &policy).await?;
        return Err(Failure::form("error-password-wrong"));
    }
    let mut tx = state.stores.main.begin().await?;
    sessions::set_reauth(&mut tx, &hash, state.now()).await?;
    tx.commit().await?;
    audit::ok(
        state,
        &Actor::of(ctx),
        "auth.reauth",
        &audit::user_target(&user.id),
        json!({}),
    )
    .await?;
    Ok(())
}

/// Whether the session re-authenticated recently enough.
pub async fn recently_authenticated(state: &AppState, ctx: &Ctx) -> bool {
    let policy = state.security_policy().await;
    ctx.full_user()
        .is_some_and(|p| state.now() - p.session.reauth_at < policy.reauth_minutes * MINUTE_MS)
}
