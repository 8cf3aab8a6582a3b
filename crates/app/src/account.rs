//! Registration, e-mail confirmation, password reset and change, e-mail
//! change and the interface language.

use serde_json::json;
use yz_domain::change::{Kind, Verb};
use yz_domain::clock::{DAY_MS, HOUR_MS};
use yz_domain::email::Email;
use yz_domain::lang::Lang;
use yz_domain::measures::{AnalyticsFacts, EventKind};
use yz_domain::password;
use yz_domain::role::{Grant, Role, Scope};
use yz_store::{accounts, profiles, sessions, tokens as token_store};

use crate::auth::{Issued, rate_limit};
use crate::error::{AppError, AppResult, Msg};
use crate::privacy::{self, ProfileInput};
use crate::ratelimit::Bucket;
use crate::{Actor, App, Stage, audit, mails, passwords, tokens};

pub const CONFIRM_EMAIL: &str = "confirm_email";
pub const CHANGE_EMAIL: &str = "change_email";
pub const RESET_PASSWORD: &str = "reset_password";

pub struct Registration {
    pub email: String,
    pub display_name: String,
    pub password: String,
    pub password_confirm: String,
    /// The visitor profile and consents asked for on the same form.
    pub profile: ProfileInput,
}

/// A display name: 1 to 100 characters, no control characters.
pub fn parse_display_name(raw: &str) -> Result<String, Msg> {
    let name = raw.trim();
    let n = name.chars().count();
    if n == 0 || n > 100 || name.chars().any(char::is_control) {
        return Err(Msg::new("error-display-name"));
    }
    Ok(name.to_owned())
}

fn check_new_password(password: &str, confirm: &str, email: &str, errors: &mut Vec<Msg>) {
    if let Err(e) = password::check(password, email) {
        errors.push(Msg::new(e.key()));
    } else if password != confirm {
        errors.push(Msg::new("error-password-mismatch"));
    }
}

pub(crate) fn link(app: &App, path: &str) -> String {
    format!("{}{}", app.config.public_url.trim_end_matches('/'), path)
}

/// The language a person reads their mail in.
pub(crate) fn lang_of(u: &accounts::User, fallback: Lang) -> Lang {
    u.lang.as_deref().and_then(Lang::parse).unwrap_or(fallback)
}

pub async fn register(app: &App, actor: &Actor, r: &Registration) -> AppResult<()> {
    rate_limit(app, Bucket::Register, actor)?;
    if !app.site_config().await.registration_open {
        return Err(AppError::invalid("error-registration-closed"));
    }
    let mut errors = Vec::new();
    let email = Email::parse(&r.email).map_err(|_| Msg::new("error-email-invalid"));
    let name = parse_display_name(&r.display_name);
    if let Err(m) = &email {
        errors.push(m.clone());
    }
    if let Err(m) = &name {
        errors.push(m.clone());
    }
    let email_str = email
        .as_ref()
        .map(|e| e.as_str().to_owned())
        .unwrap_or_default();
    check_new_password(&r.password, &r.password_confirm, &email_str, &mut errors);
    let profile = match privacy::parse(&r.profile) {
        Ok(p) => Some(p),
        Err(AppError::Invalid(m)) => {
            errors.extend(m);
            None
        }
        Err(e) => return Err(e),
    };
    let (Ok(email), Ok(name), Some((mut profile, phone, social)), true) =
        (email, name, profile, errors.is_empty())
    else {
        return Err(AppError::Invalid(errors));
    };
    let id = yz_store::new_id();
    privacy::seal_contacts(app, &id, &mut profile, &phone, &social);
    let hash = passwords::hash(app.config.password_cost, r.password.clone()).await?;
    let lang = actor.lang;
    let who = actor.as_user(&id, "visitor");
    let mut w = app.work(&who).await?;
    let now = w.now();
    let inserted = accounts::insert(
        &mut w.tx,
        &accounts::NewUser {
            id: &id,
            email: email.as_str(),
            display_name: &name,
            password_hash: &hash,
            lang: Some(lang.tag()),
            email_confirmed: false,
            must_change_password: false,
        },
        now,
    )
    .await;
    match inserted {
        Err(e) if e.is_unique_violation() => {
            // Say the same as for a new address (no account enumeration),
            // and tell the owner of the address instead.
            drop(w);
            let mut w = app.work(actor).await?;
            w.mail(&mails::already_registered(
                lang,
                email.as_str(),
                &link(app, "/password/forgot"),
            ))
            .await?;
            w.audit_refused(
                "account.register",
                format!("email:{email}"),
                json!({"reason": "exists"}),
            );
            return w.commit().await;
        }
        Err(e) => return Err(e.into()),
        Ok(()) => {}
    }
    let visitor = Grant {
        role: Role::Visitor,
        scope: Scope::Platform,
    };
    accounts::grant(&mut w.tx, &id, &visitor, None, now).await?;
    let token = tokens::random();
    token_store::insert(
        &mut w.tx,
        &tokens::hash(&token),
        CONFIRM_EMAIL,
        &id,
        "",
        now + DAY_MS,
    )
    .await?;
    w.mail(&mails::confirm_email(
        lang,
        email.as_str(),
        &name,
        &link(app, &format!("/confirm-email/{token}")),
    ))
    .await?;
    profiles::put(&mut w.tx, &id, &profile, now).await?;
    let facts = AnalyticsFacts {
        actor_id: Some(id.clone()),
        country: Some(profile.country.clone()).filter(|c| !c.is_empty()),
        industry: profile
            .interests
            .first()
            .map(|h| h.chars().take(2).collect()),
        ..Default::default()
    };
    w.event(EventKind::VisitorRegistered, &facts).await?;
    w.changed(Kind::Account, &id, Verb::Created);
    w.changed(Kind::Profile, &id, Verb::Created);
    w.audit("account.register", format!("user:{id}"), json!({}));
    w.commit().await
}

/// What a confirmation link did.
#[derive(Debug, PartialEq, Eq)]
pub enum Confirmed {
    Registration,
    EmailChanged,
}

pub async fn confirm_email(app: &App, actor: &Actor, token: &str) -> AppResult<Confirmed> {
    if !tokens::looks_valid(token) {
        return Err(AppError::invalid("error-link-invalid"));
    }
    let hash = tokens::hash(token);
    let mut w = app.work(actor).await?;
    let now = w.now();
    if let Some(t) = token_store::take(&mut w.tx, &hash, CONFIRM_EMAIL, now).await? {
        accounts::set(&mut w.tx, &t.user_id, "email_confirmed_at", now.into(), now).await?;
        w.changed(Kind::Account, &t.user_id, Verb::Changed);
        w.audit_as(
            &actor.as_user(&t.user_id, "user"),
            "account.email_confirmed",
            audit::user_target(&t.user_id),
            yz_domain::audit::Outcome::Success,
            json!({}),
        );
        w.commit().await?;
        return Ok(Confirmed::Registration);
    }
    if let Some(t) = token_store::take(&mut w.tx, &hash, CHANGE_EMAIL, now).await? {
        let r = accounts::set(&mut w.tx, &t.user_id, "email", t.data.clone().into(), now).await;
        if matches!(&r, Err(e) if e.is_unique_violation()) {
            return Err(AppError::invalid("error-email-taken"));
        }
        r?;
        accounts::set(&mut w.tx, &t.user_id, "email_confirmed_at", now.into(), now).await?;
        w.changed(Kind::Account, &t.user_id, Verb::Changed);
        w.audit_as(
            &actor.as_user(&t.user_id, "user"),
            "account.email_changed",
            audit::user_target(&t.user_id),
            yz_domain::audit::Outcome::Success,
            json!({"email": t.data}),
        );
        w.commit().await?;
        return Ok(Confirmed::EmailChanged);
    }
    Err(AppError::invalid("error-link-invalid"))
}

/// Sends a reset link if the address belongs to an active, non-administrator
/// account. The caller always shows the same answer.
pub async fn forgot_password(app: &App, actor: &Actor, email: &str) -> AppResult<()> {
    rate_limit(app, Bucket::Reset, actor)?;
    let Ok(email) = Email::parse(email) else {
        return Err(AppError::invalid("error-email-invalid"));
    };
    let Some(user) = accounts::by_email(&app.stores.main, email.as_str()).await? else {
        return Ok(());
    };
    let grants = accounts::grants_of(&app.stores.main, &user.id).await?;
    // Administrators reset through the operator (`yunzhan admin reset-password`).
    if !user.is_active() || grants.iter().any(|g| g.role.is_platform_admin()) {
        return Ok(());
    }
    let token = tokens::random();
    let lang = lang_of(&user, actor.lang);
    let mut w = app.work(actor).await?;
    let now = w.now();
    token_store::revoke_kind(&mut w.tx, &user.id, RESET_PASSWORD, now).await?;
    token_store::insert(
        &mut w.tx,
        &tokens::hash(&token),
        RESET_PASSWORD,
        &user.id,
        "",
        now + HOUR_MS,
    )
    .await?;
    w.mail(&mails::reset_password(
        lang,
        &user.email,
        &link(app, &format!("/password/reset/{token}")),
    ))
    .await?;
    w.audit(
        "account.password_reset_requested",
        audit::user_target(&user.id),
        json!({}),
    );
    w.commit().await
}

pub async fn reset_link_valid(app: &App, token: &str) -> AppResult<bool> {
    if !tokens::looks_valid(token) {
        return Ok(false);
    }
    Ok(token_store::peek(
        &app.stores.main,
        &tokens::hash(token),
        RESET_PASSWORD,
        app.now(),
    )
    .await?)
}

pub async fn reset_password(
    app: &App,
    actor: &Actor,
    token: &str,
    new: &str,
    confirm: &str,
) -> AppResult<()> {
    if !tokens::looks_valid(token) {
        return Err(AppError::invalid("error-link-invalid"));
    }
    // A refused password rolls the transaction back: the link stays usable.
    let mut w = app.work(actor).await?;
    let now = w.now();
    let Some(t) = token_store::take(&mut w.tx, &tokens::hash(token), RESET_PASSWORD, now).await?
    else {
        return Err(AppError::invalid("error-link-invalid"));
    };
    let user = accounts::by_id_tx(&mut w.tx, &t.user_id)
        .await?
        .ok_or(AppError::NotFound)?;
    let mut errors = Vec::new();
    check_new_password(new, confirm, &user.email, &mut errors);
    if !errors.is_empty() {
        return Err(AppError::Invalid(errors));
    }
    let hash = passwords::hash(app.config.password_cost, new.to_owned()).await?;
    accounts::set(&mut w.tx, &user.id, "password_hash", hash.into(), now).await?;
    accounts::set(
        &mut w.tx,
        &user.id,
        "must_change_password",
        false.into(),
        now,
    )
    .await?;
    sessions::delete_others(&mut w.tx, &user.id, None).await?;
    w.mail(&mails::password_changed(
        lang_of(&user, actor.lang),
        &user.email,
    ))
    .await?;
    w.changed(Kind::Account, &user.id, Verb::Changed);
    w.audit_as(
        &actor.as_user(&user.id, "user"),
        "account.password_reset",
        audit::user_target(&user.id),
        yz_domain::audit::Outcome::Success,
        json!({}),
    );
    w.commit().await
}

/// Changes the password (the current one is the re-authentication). Every
/// other session ends; a forced change turns this session into a full one.
/// A session still waiting for its second factor may not: it has proved
/// only the password.
pub async fn change_password(
    app: &App,
    actor: &Actor,
    current: &str,
    new: &str,
    confirm: &str,
) -> AppResult<Option<Issued>> {
    rate_limit(app, Bucket::Login, actor)?;
    let p = actor
        .user()
        .filter(|p| matches!(p.stage(), Stage::Full | Stage::ChangePassword))
        .ok_or(AppError::Forbidden)?;
    let user = accounts::by_id(&app.stores.main, &p.user_id)
        .await?
        .ok_or(AppError::Unauthorized)?;
    if !passwords::verify(
        Some(user.password_hash.clone()),
        current.to_owned(),
        app.config.password_cost,
    )
    .await
    {
        audit::refused(
            app,
            actor,
            "account.password_change",
            &audit::user_target(&user.id),
            json!({"reason": "wrong_password"}),
        )
        .await?;
        return Err(AppError::invalid("error-password-wrong"));
    }
    let mut errors = Vec::new();
    check_new_password(new, confirm, &user.email, &mut errors);
    if new == current {
        errors.push(Msg::new("error-password-same"));
    }
    if !errors.is_empty() {
        return Err(AppError::Invalid(errors));
    }
    let hash = passwords::hash(app.config.password_cost, new.to_owned()).await?;
    let mut w = app.work(actor).await?;
    let now = w.now();
    accounts::set(&mut w.tx, &user.id, "password_hash", hash.into(), now).await?;
    accounts::set(
        &mut w.tx,
        &user.id,
        "must_change_password",
        false.into(),
        now,
    )
    .await?;
    sessions::delete_others(&mut w.tx, &user.id, actor.session_hash.as_deref()).await?;
    if let Some(h) = &actor.session_hash {
        sessions::set_reauth(&mut w.tx, h, now).await?;
    }
    let issued = crate::auth::finish_forced_change(&mut w).await?;
    w.mail(&mails::password_changed(
        lang_of(&user, actor.lang),
        &user.email,
    ))
    .await?;
    w.changed(Kind::Account, &user.id, Verb::Changed);
    w.audit(
        "account.password_change",
        audit::user_target(&user.id),
        json!({}),
    );
    w.commit().await?;
    Ok(issued)
}

/// Sends a confirmation link to the new address; the change happens when
/// it is followed. The old address is told.
pub async fn request_email_change(app: &App, actor: &Actor, new_email: &str) -> AppResult<()> {
    let p = actor.full_user().ok_or(AppError::Unauthorized)?;
    if !crate::auth::recently_authenticated(app, actor).await {
        return Err(AppError::Forbidden);
    }
    let email = Email::parse(new_email).map_err(|_| AppError::invalid("error-email-invalid"))?;
    if email.as_str() == p.email {
        return Err(AppError::invalid("error-email-same"));
    }
    let lang = actor.lang;
    let taken = accounts::by_email(&app.stores.main, email.as_str())
        .await?
        .is_some();
    let mut w = app.work(actor).await?;
    let now = w.now();
    if taken {
        w.mail(&mails::already_registered(
            lang,
            email.as_str(),
            &link(app, "/password/forgot"),
        ))
        .await?;
    } else {
        let token = tokens::random();
        token_store::revoke_kind(&mut w.tx, &p.user_id, CHANGE_EMAIL, now).await?;
        token_store::insert(
            &mut w.tx,
            &tokens::hash(&token),
            CHANGE_EMAIL,
            &p.user_id,
            email.as_str(),
            now + DAY_MS,
        )
        .await?;
        w.mail(&mails::change_email(
            lang,
            email.as_str(),
            &link(app, &format!("/confirm-email/{token}")),
        ))
        .await?;
    }
    w.mail(&mails::email_change_notice(lang, &p.email, email.as_str()))
        .await?;
    w.audit(
        "account.email_change_requested",
        audit::user_target(&p.user_id),
        json!({"new_email": email.as_str()}),
    );
    w.commit().await
}

/// Stores the chosen language on the account (the cookie is set by the page).
pub async fn set_language(app: &App, actor: &Actor, lang: Lang) -> AppResult<()> {
    if let Some(p) = actor.user() {
        let mut w = app.work(actor).await?;
        let now = w.now();
        accounts::set(&mut w.tx, &p.user_id, "lang", lang.tag().into(), now).await?;
        w.changed(Kind::Account, &p.user_id, Verb::Changed);
        w.commit().await?;
    }
    Ok(())
}
