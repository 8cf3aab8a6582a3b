//! Logging in and out: password, second factor, TOTP enrolment, sessions.
//!
//! Every answer to a wrong address or password is the same, and takes the
//! same time (the password is always checked, against a dummy hash when
//! there is no account). Failures are counted per typed address and client
//! network (`yz_domain::net`): after the security policy's number of
//! failures that network waits the policy's minutes before trying that
//! address again. Nobody can lock someone else out; the account is locked
//! only by an administrator.

use serde_json::json;
use yz_domain::audit::Outcome;
use yz_domain::change::{Kind, Verb};
use yz_domain::clock::{DAY_MS, HOUR_MS, MINUTE_MS};
use yz_domain::email::Email;
use yz_domain::measures::{AnalyticsFacts, EventKind};
use yz_domain::net::network_key;
use yz_store::accounts::{self, LoginAttempt, User};
use yz_store::sessions::{self, Session};

use crate::audit;
use crate::consumers::SECURITY_ALERT;
use crate::error::{AppError, AppResult, Msg};
use crate::passwords;
use crate::pii::Field;
use crate::policy::SecurityPolicy;
use crate::ratelimit::Bucket;
use crate::work::Work;
use crate::{Actor, App, Principal, Stage};
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
    app.limiter
        .check(bucket, &actor.ip)
        .map_err(|retry_after| AppError::TooManyRequests { retry_after })
}

/// Where an account's TOTP secret is sealed.
pub fn totp_field(user_id: &str, pending: bool) -> Field<'_> {
    Field {
        table: "users",
        column: if pending {
            "totp_pending"
        } else {
            "totp_secret"
        },
        row: user_id,
    }
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
    w: &mut Work<'_>,
    policy: &SecurityPolicy,
    user_id: &str,
    is_admin: bool,
    stage: Stage,
) -> AppResult<Issued> {
    let now = w.now();
    let (ip, user_agent, old) = {
        let a = w.actor();
        (a.ip.clone(), a.user_agent.clone(), a.session_hash.clone())
    };
    if let Some(old) = &old {
        sessions::delete(&mut w.tx, old).await?;
    }
    let keep = w.app().config.quotas.sessions_per_account - 1;
    sessions::keep_newest(&mut w.tx, user_id, keep).await?;
    let token = tokens::random();
    let absolute = if is_admin {
        policy.admin_absolute_hours * HOUR_MS
    } else {
        policy.user_absolute_days * DAY_MS
    };
    let public_id = yz_store::new_id();
    sessions::insert(
        &mut w.tx,
        &Session {
            id_hash: tokens::hash(&token),
            public_id: public_id.clone(),
            user_id: user_id.to_owned(),
            stage,
            created_at: now,
            last_seen_at: now,
            expires_at: now + absolute,
            reauth_at: now,
            ip,
            user_agent,
        },
    )
    .await?;
    w.changed(Kind::Session, public_id, Verb::Created);
    if stage == Stage::Full {
        let facts = AnalyticsFacts {
            actor_id: Some(user_id.to_owned()),
            ..Default::default()
        };
        w.event(EventKind::UserLoggedIn, &facts).await?;
    }
    let max_age_secs = (!is_admin).then_some(absolute / 1000);
    Ok(Issued {
        token,
        stage,
        max_age_secs,
    })
}

/// The address a login attempt is counted under: as typed, lower-cased.
fn account_key(email: &str) -> String {
    match Email::parse(email) {
        Ok(e) => e.as_str().to_owned(),
        Err(_) => email.trim().to_lowercase().chars().take(254).collect(),
    }
}

/// One line of login history (and of the throttle's count).
async fn login_event(
    w: &mut Work<'_>,
    user_id: Option<&str>,
    key: &str,
    result: &str,
) -> AppResult<()> {
    let (ip, ua) = (w.actor().ip.clone(), w.actor().user_agent.clone());
    let now = w.now();
    accounts::record_login_event(
        &mut w.tx,
        &LoginAttempt {
            user_id,
            email: key,
            ip: &ip,
            net: &network_key(&ip),
            user_agent: &ua,
            result,
        },
        now,
    )
    .await?;
    Ok(())
}

/// Seconds until this network may try `key` again, if it is throttled.
async fn throttled(
    app: &App,
    actor: &Actor,
    key: &str,
    policy: &SecurityPolicy,
) -> AppResult<Option<u64>> {
    let window = policy.lockout_minutes * MINUTE_MS;
    let n = accounts::failures_since(
        &app.stores.main,
        key,
        &network_key(&actor.ip),
        app.now() - window,
    )
    .await?;
    Ok((n >= policy.lockout_threshold).then_some((window / 1000) as u64))
}

/// Records a failed attempt; when it reaches the threshold, audits the
/// throttle and alerts the security administrators.
async fn fail(
    app: &App,
    actor: &Actor,
    user: Option<&User>,
    key: &str,
    result: &str,
    action: &str,
    policy: &SecurityPolicy,
) -> AppResult<()> {
    let net = network_key(&actor.ip);
    let before = accounts::failures_since(
        &app.stores.main,
        key,
        &net,
        app.now() - policy.lockout_minutes * MINUTE_MS,
    )
    .await?;
    let who = match user {
        Some(u) => actor.as_user(&u.id, "user"),
        None => actor.clone(),
    };
    let target = match user {
        Some(u) => audit::user_target(&u.id),
        None => format!("email:{key}"),
    };
    let mut w = app.work(&who).await?;
    login_event(&mut w, user.map(|u| u.id.as_str()), key, result).await?;
    w.audit_refused(action, target.clone(), json!({"reason": result}));
    if before + 1 == policy.lockout_threshold {
        w.audit_as(
            &Actor::system().as_user("system", "system"),
            "auth.throttled",
            target,
            Outcome::Success,
            json!({"network": net, "minutes": policy.lockout_minutes}),
        );
        w.emit(
            SECURITY_ALERT,
            &json!({"alert": "login_throttled", "account": key, "user_id": user.map(|u| &u.id),
                    "network": net, "minutes": policy.lockout_minutes}),
        )
        .await?;
    }
    w.commit().await
}

/// Step one: e-mail and password.
pub async fn login(app: &App, actor: &Actor, email: &str, password: &str) -> AppResult<Issued> {
    rate_limit(app, Bucket::Login, actor)?;
    let policy = app.security_policy().await;
    let key = account_key(email);
    if let Some(retry_after) = throttled(app, actor, &key, &policy).await? {
        return Err(AppError::TooManyRequests { retry_after });
    }
    let now = app.now();
    let user = match Email::parse(email) {
        Ok(e) => accounts::by_email(&app.stores.main, e.as_str()).await?,
        Err(_) => None,
    };
    // The same work whether the account exists or not.
    let hash = user.as_ref().map(|u| u.password_hash.clone());
    let password_ok = passwords::verify(hash, password.to_owned(), app.config.password_cost).await;
    let user = match user {
        Some(u) if password_ok => u,
        known => {
            let result = if known.is_some() {
                "bad_password"
            } else {
                "unknown_account"
            };
            fail(
                app,
                actor,
                known.as_ref(),
                &key,
                result,
                "auth.login",
                &policy,
            )
            .await?;
            return Err(AppError::invalid("error-login-failed"));
        }
    };
    // Past this point the caller knows the password.
    let refusal = if user.is_locked(now) {
        Some(("locked", Msg::new("error-account-locked")))
    } else if !user.is_active() {
        Some(("disabled", Msg::new("error-account-disabled")))
    } else if user.email_confirmed_at.is_none() {
        Some(("unconfirmed", Msg::new("error-email-unconfirmed")))
    } else {
        None
    };
    if let Some((reason, msg)) = refusal {
        let who = actor.as_user(&user.id, "user");
        let mut w = app.work(&who).await?;
        login_event(&mut w, Some(&user.id), &key, reason).await?;
        w.audit_refused(
            "auth.login",
            audit::user_target(&user.id),
            json!({"reason": reason}),
        );
        w.commit().await?;
        return Err(AppError::Invalid(vec![msg]));
    }
    let grants = accounts::grants_of(&app.stores.main, &user.id).await?;
    let is_admin = grants.iter().any(|g| g.role.is_platform_admin());
    let stage = stage_after_password(&user, is_admin);
    let role = grants.first().map(|g| g.role.as_str()).unwrap_or("user");
    let who = actor.as_user(&user.id, role);
    let mut w = app.work(&who).await?;
    if stage == Stage::Full {
        accounts::record_successful_login(&mut w.tx, &user.id, now).await?;
    }
    let result = if stage == Stage::Full {
        "success"
    } else {
        "password_ok"
    };
    login_event(&mut w, Some(&user.id), &key, result).await?;
    let issued = issue(&mut w, &policy, &user.id, is_admin, stage).await?;
    w.audit(
        "auth.login",
        audit::user_target(&user.id),
        json!({"stage": stage.as_str()}),
    );
    w.commit().await?;
    Ok(issued)
}

fn current(actor: &Actor, want: Stage) -> Result<&Principal, AppError> {
    match actor.user() {
        Some(p) if p.stage() == want => Ok(p),
        _ => Err(AppError::Forbidden),
    }
}

/// Step two for administrators: the TOTP code, accepted once (a second
/// request with the same code, even at the same moment, is refused).
pub async fn second_factor(app: &App, actor: &Actor, code: &str) -> AppResult<Issued> {
    rate_limit(app, Bucket::Login, actor)?;
    let p = current(actor, Stage::SecondFactor)?;
    let policy = app.security_policy().await;
    let user = accounts::by_id(&app.stores.main, &p.user_id)
        .await?
        .ok_or(AppError::Unauthorized)?;
    if let Some(retry_after) = throttled(app, actor, &user.email, &policy).await? {
        return Err(AppError::TooManyRequests { retry_after });
    }
    let sealed = user.totp_secret.clone().ok_or(AppError::Forbidden)?;
    let secret = app
        .pii
        .open(&sealed, totp_field(&user.id, false))
        .ok_or_else(|| AppError::internal("the TOTP secret does not open with this key"))?;
    let now = app.now();
    let step = totp::check(&secret, code, now, user.totp_last_step);
    let mut w = app.work(actor).await?;
    let fresh = match step {
        Some(s) => accounts::take_totp_step(&mut w.tx, &user.id, s, now).await?,
        None => false,
    };
    if !fresh {
        drop(w);
        fail(
            app,
            actor,
            Some(&user),
            &user.email,
            "bad_totp",
            "auth.second_factor",
            &policy,
        )
        .await?;
        return Err(AppError::invalid("error-totp-invalid"));
    }
    let next = stage_after_second_factor(&user);
    accounts::record_successful_login(&mut w.tx, &user.id, now).await?;
    login_event(&mut w, Some(&user.id), &user.email, "success").await?;
    let issued = issue(&mut w, &policy, &user.id, true, next).await?;
    w.audit(
        "auth.second_factor",
        audit::user_target(&user.id),
        json!({}),
    );
    w.commit().await?;
    Ok(issued)
}

/// The secret being enrolled (created on first view, kept sealed until
/// confirmed) and the account's e-mail address for the authenticator app.
pub async fn enrolment_secret(app: &App, actor: &Actor) -> AppResult<(String, String)> {
    let p = current(actor, Stage::Enrol)?;
    let user = accounts::by_id(&app.stores.main, &p.user_id)
        .await?
        .ok_or(AppError::Unauthorized)?;
    let field = totp_field(&user.id, true);
    if let Some(s) = user
        .totp_pending
        .as_deref()
        .and_then(|s| app.pii.open(s, field))
    {
        return Ok((s, user.email));
    }
    let secret = totp::new_secret();
    let mut w = app.work(actor).await?;
    let now = w.now();
    accounts::set(
        &mut w.tx,
        &user.id,
        "totp_pending",
        app.pii.seal(&secret, field).into(),
        now,
    )
    .await?;
    w.changed(Kind::Account, &user.id, Verb::Changed);
    w.commit().await?;
    Ok((secret, user.email))
}

pub async fn confirm_enrolment(app: &App, actor: &Actor, code: &str) -> AppResult<Issued> {
    rate_limit(app, Bucket::Login, actor)?;
    let p = current(actor, Stage::Enrol)?;
    let policy = app.security_policy().await;
    let user = accounts::by_id(&app.stores.main, &p.user_id)
        .await?
        .ok_or(AppError::Unauthorized)?;
    let pending = user
        .totp_pending
        .as_deref()
        .and_then(|s| app.pii.open(s, totp_field(&user.id, true)))
        .ok_or(AppError::Forbidden)?;
    let now = app.now();
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
    let mut w = app.work(actor).await?;
    let sealed = app.pii.seal(&pending, totp_field(&user.id, false));
    accounts::set(&mut w.tx, &user.id, "totp_secret", sealed.into(), now).await?;
    accounts::set(
        &mut w.tx,
        &user.id,
        "totp_pending",
        Option::<String>::None.into(),
        now,
    )
    .await?;
    accounts::set(&mut w.tx, &user.id, "totp_last_step", step.into(), now).await?;
    let next = stage_after_second_factor(&user);
    if next == Stage::Full {
        accounts::record_successful_login(&mut w.tx, &user.id, now).await?;
    }
    let issued = issue(&mut w, &policy, &user.id, true, next).await?;
    w.changed(Kind::Account, &user.id, Verb::Changed);
    w.audit("auth.totp_enrol", audit::user_target(&user.id), json!({}));
    w.commit().await?;
    Ok(issued)
}

/// After a forced password change the session becomes a full one.
pub async fn finish_forced_change(w: &mut Work<'_>) -> AppResult<Option<Issued>> {
    let Some(p) = w.actor().principal.clone() else {
        return Ok(None);
    };
    if p.stage() != Stage::ChangePassword {
        return Ok(None);
    }
    let policy = w.app().security_policy().await;
    let now = w.now();
    accounts::record_successful_login(&mut w.tx, &p.user_id, now).await?;
    issue(w, &policy, &p.user_id, p.is_admin(), Stage::Full)
        .await
        .map(Some)
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
    if let Some(retry_after) = throttled(app, actor, &user.email, &policy).await? {
        return Err(AppError::TooManyRequests { retry_after });
    }
    if !passwords::verify(
        Some(user.password_hash.clone()),
        password.to_owned(),
        app.config.password_cost,
    )
    .await
    {
        fail(
            app,
            actor,
            Some(&user),
            &user.email,
            "bad_password",
            "auth.reauth",
            &policy,
        )
        .await?;
        return Err(AppError::invalid("error-password-wrong"));
    }
    let mut w = app.work(actor).await?;
    let now = w.now();
    sessions::set_reauth(&mut w.tx, &hash, now).await?;
    w.changed(Kind::Session, &p.session.public_id, Verb::Changed);
    w.audit("auth.reauth", audit::user_target(&user.id), json!({}));
    w.commit().await
}

/// Whether the session re-authenticated recently enough.
pub async fn recently_authenticated(app: &App, actor: &Actor) -> bool {
    let policy = app.security_policy().await;
    actor
        .full_user()
        .is_some_and(|p| app.now() - p.session.reauth_at < policy.reauth_minutes * MINUTE_MS)
}

/// Seals TOTP secrets stored before they were sealed to their row (run at
/// start-up).
pub async fn reseal_totp(app: &App) -> AppResult<usize> {
    let rows = accounts::legacy_totp(&app.stores.main).await?;
    let mut n = 0;
    let system = Actor::system();
    for (id, secret, pending) in rows {
        let mut w = app.work(&system).await?;
        let now = w.now();
        for (column, value, is_pending) in [
            ("totp_secret", secret, false),
            ("totp_pending", pending, true),
        ] {
            if let Some(v) = value.and_then(|v| app.pii.reseal(&v, totp_field(&id, is_pending))) {
                accounts::set(&mut w.tx, &id, column, v.into(), now).await?;
                n += 1;
            }
        }
        w.changed(Kind::Account, &id, Verb::Changed);
        w.commit().await?;
    }
    Ok(n)
}
