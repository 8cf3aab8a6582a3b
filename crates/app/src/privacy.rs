//! A visitor's own data (PIPL): the profile with what exhibitors may see,
//! personal fields sealed at rest, a download of everything we hold about
//! them, and deletion that leaves no personal data or files behind.
//!
//! The audit log keeps the account's (pseudonymous) id in its records: it
//! is retained by law (GB/T 22239, at least 180 days) and is append-only.

use serde_json::json;
use yz_domain::hs::HsCode;
use yz_store::profiles::{self, Profile};
use yz_store::{accounts, organisations, sessions};

use crate::Actor;
use crate::App;
use crate::audit;
use crate::error::Msg;
use crate::error::{AppError, AppResult};
use crate::passwords;
use crate::pii::Field;
use yz_domain::change::{Kind, Verb};

pub const VOLUME_BANDS: [&str; 5] = ["", "lt_100k", "100k_1m", "1m_10m", "gt_10m"];
pub const CONSENTS: [&str; 6] = [
    "show_name",
    "show_company",
    "show_email",
    "show_phone",
    "show_social",
    "lead_push",
];

#[derive(Default)]
pub struct ProfileInput {
    pub country: String,
    pub company: String,
    pub job_title: String,
    pub interests: String,
    pub volume_band: String,
    pub languages: String,
    pub phone: String,
    pub social: String,
    /// The consents ticked (names from [`CONSENTS`]).
    pub consents: Vec<String>,
}

/// The profile as the owner sees it, with the sealed fields opened.
pub struct OpenProfile {
    pub profile: Profile,
    pub phone: String,
    pub social: String,
}

/// Where a visitor's phone number or social handles are sealed.
fn contact_field<'a>(user_id: &'a str, column: &'static str) -> Field<'a> {
    Field {
        table: "visitor_profiles",
        column,
        row: user_id,
    }
}

/// Seals the phone number and social handles into the profile of `user_id`.
pub(crate) fn seal_contacts(
    app: &App,
    user_id: &str,
    profile: &mut Profile,
    phone: &str,
    social: &str,
) {
    profile.phone_sealed = app.pii.seal(phone, contact_field(user_id, "phone_sealed"));
    profile.social_sealed = app
        .pii
        .seal(social, contact_field(user_id, "social_sealed"));
}

pub async fn load(app: &App, user_id: &str) -> Result<OpenProfile, AppError> {
    let profile = profiles::get(&app.stores.main, user_id)
        .await?
        .unwrap_or_default();
    let phone = app
        .pii
        .open(
            &profile.phone_sealed,
            contact_field(user_id, "phone_sealed"),
        )
        .unwrap_or_default();
    let social = app
        .pii
        .open(
            &profile.social_sealed,
            contact_field(user_id, "social_sealed"),
        )
        .unwrap_or_default();
    Ok(OpenProfile {
        profile,
        phone,
        social,
    })
}

/// Checks a profile form; the phone and social handles come back apart,
/// still to be sealed.
pub(crate) fn parse(input: &ProfileInput) -> Result<(Profile, String, String), AppError> {
    let mut errors = Vec::new();
    let country = input.country.trim().to_ascii_uppercase();
    if !(country.is_empty()
        || (country.len() == 2 && country.bytes().all(|b| b.is_ascii_uppercase())))
    {
        errors.push(Msg::new("error-country-code").with("code", &country));
    }
    let limit = |s: &str, n: usize| {
        s.trim()
            .chars()
            .filter(|c| !c.is_control())
            .take(n)
            .collect::<String>()
    };
    let mut interests = Vec::new();
    for p in input
        .interests
        .split([',', ' ', '，'])
        .map(str::trim)
        .filter(|p| !p.is_empty())
    {
        match HsCode::parse(p) {
            Ok(h) => interests.push(h.as_str().to_owned()),
            Err(_) => errors.push(Msg::new("error-hs-code").with("code", p)),
        }
    }
    if !VOLUME_BANDS.contains(&input.volume_band.as_str()) {
        errors.push(Msg::new("error-bad-request"));
    }
    let phone = input.phone.trim().to_owned();
    if phone.len() > 30
        || !phone
            .chars()
            .all(|c| c.is_ascii_digit() || matches!(c, '+' | ' ' | '-' | '(' | ')'))
    {
        errors.push(Msg::new("error-phone"));
    }
    let languages = input
        .languages
        .split([',', ' '])
        .map(str::trim)
        .filter(|p| !p.is_empty() && p.len() <= 12)
        .map(str::to_owned)
        .collect();
    if !errors.is_empty() {
        return Err(AppError::Invalid(errors));
    }
    let consent: serde_json::Map<String, serde_json::Value> = CONSENTS
        .iter()
        .map(|k| {
            (
                (*k).to_owned(),
                json!(input.consents.iter().any(|c| c == k)),
            )
        })
        .collect();
    let profile = Profile {
        country,
        company: limit(&input.company, 200),
        job_title: limit(&input.job_title, 100),
        interests,
        volume_band: input.volume_band.clone(),
        languages,
        phone_sealed: String::new(),
        social_sealed: String::new(),
        consent: serde_json::Value::Object(consent),
    };
    Ok((profile, phone, limit(&input.social, 200)))
}

pub async fn save(app: &App, actor: &Actor, input: &ProfileInput) -> AppResult<()> {
    let p = actor.full_user().ok_or(AppError::Unauthorized)?;
    let (mut profile, phone, social) = parse(input)?;
    seal_contacts(app, &p.user_id, &mut profile, &phone, &social);
    let mut w = app.work(actor).await?;
    let now = w.now();
    profiles::put(&mut w.tx, &p.user_id, &profile, now).await?;
    w.changed(Kind::Profile, &p.user_id, Verb::Changed);
    w.changed(Kind::Consent, &p.user_id, Verb::Changed);
    w.audit(
        "privacy.profile_update",
        audit::user_target(&p.user_id),
        json!({"consent": profile.consent}),
    );
    w.commit().await
}

/// Everything held about the caller, as one JSON document.
pub async fn export(app: &App, actor: &Actor) -> Result<serde_json::Value, AppError> {
    let p = actor.full_user().ok_or(AppError::Unauthorized)?;
    let user = accounts::by_id(&app.stores.main, &p.user_id)
        .await?
        .ok_or(AppError::Unauthorized)?;
    let open = load(app, &p.user_id).await?;
    let sessions = sessions::of_user(&app.stores.main, &p.user_id).await?;
    let logins = accounts::login_history(&app.stores.main, &p.user_id, 10_000).await?;
    let orgs = organisations::created_by(&app.stores.main, &p.user_id).await?;
    let doc = json!({
        "format": "yunzhan-personal-data-v1",
        "exported_at_ms": app.now(),
        "account": {
            "id": user.id, "email": user.email, "display_name": user.display_name, "language": user.lang,
            "email_confirmed_at_ms": user.email_confirmed_at, "created_at_ms": user.created_at,
            "last_login_at_ms": user.last_login_at,
        },
        "roles": p.grants,
        "profile": {
            "country": open.profile.country, "company": open.profile.company, "job_title": open.profile.job_title,
            "interests": open.profile.interests, "volume_band": open.profile.volume_band,
            "languages": open.profile.languages, "phone": open.phone, "social": open.social,
            "consent": open.profile.consent,
        },
        "sessions": sessions,
        "login_history": logins,
        "organisations": orgs.iter().map(|o| json!({
            "id": o.id, "legal_name_zh": o.legal_name_zh, "legal_name_en": o.legal_name_en, "uscc": o.uscc,
            "contact_name": o.contact_name, "contact_email": o.contact_email,
        })).collect::<Vec<_>>(),
    });
    audit::ok(
        app,
        actor,
        "privacy.export",
        &audit::user_target(&p.user_id),
        json!({}),
    )
    .await?;
    Ok(doc)
}

/// Deletes the caller's account after checking the password: profile,
/// sessions, roles, tokens, login history, the organisations they alone
/// created (and their licence files), and their id in analytics events.
pub async fn delete_account(app: &App, actor: &Actor, password: &str) -> AppResult<()> {
    let p = actor.full_user().ok_or(AppError::Unauthorized)?;
    if p.is_admin() {
        return Err(AppError::invalid("error-admin-delete"));
    }
    let user = accounts::by_id(&app.stores.main, &p.user_id)
        .await?
        .ok_or(AppError::Unauthorized)?;
    if !passwords::verify(
        Some(user.password_hash.clone()),
        password.to_owned(),
        app.config.password_cost,
    )
    .await
    {
        return Err(AppError::invalid("error-password-wrong"));
    }
    let orgs = organisations::created_by(&app.stores.main, &user.id).await?;
    let mut files = Vec::new();
    let mut w = app.work(actor).await?;
    for o in &orgs {
        let owners = accounts::holders_in(&app.stores.main, "organisation", &o.id).await?;
        let others = owners
            .iter()
            .any(|(uid, _, role)| uid != &user.id && role == "exhibitor_owner");
        if others {
            continue;
        }
        files.extend(o.licence_key.clone());
        for e in yz_store::exhibits::ids_of_org(&app.stores.main, &o.id).await? {
            for m in yz_store::exhibits::media_of(&app.stores.main, &e).await? {
                files.push(m.object_key.clone());
                files.extend(m.variants.values().cloned());
            }
        }
        organisations::delete(&mut w.tx, &o.id).await?;
        w.changed(Kind::Organisation, &o.id, Verb::Deleted);
    }
    w.tx.execute(
        "DELETE FROM login_events WHERE user_id = $1 OR email = $2",
        yz_store::args![user.id.as_str(), user.email.as_str()],
    )
    .await?;
    w.tx.execute(
        "DELETE FROM outbox WHERE kind = 'mail.send' AND payload LIKE $1",
        yz_store::args![format!(
            "%\"to\":\"{}\"%",
            user.email.replace(['%', '_', '"'], "")
        )],
    )
    .await?;
    w.tx.execute(
        "DELETE FROM users WHERE id = $1",
        yz_store::args![user.id.as_str()],
    )
    .await?;
    w.changed(Kind::Account, &user.id, Verb::Deleted);
    w.audit(
        "privacy.account_delete",
        audit::user_target(&user.id),
        json!({"organisations": orgs.len()}),
    );
    w.commit().await?;
    for key in files {
        if let Err(e) = crate::objects::delete(&app.objects, &key).await {
            tracing::warn!(error = %e, "licence file not deleted");
        }
    }
    let mut ids = vec![user.id.clone()];
    ids.extend(orgs.iter().map(|o| o.id.clone()));
    for id in &ids {
        app.stores
            .analytics
            .execute(
                "UPDATE events SET actor_id = NULL WHERE actor_id = $1",
                yz_store::args![id.as_str()],
            )
            .await?;
    }
    Ok(())
}

/// Seals again the phone numbers and social handles stored before sealed
/// values were bound to their row (run at start-up).
pub async fn reseal_contacts(app: &App) -> AppResult<usize> {
    let system = Actor::system();
    let mut n = 0;
    for (user_id, phone, social) in profiles::legacy_sealed(&app.stores.main).await? {
        let phone = app
            .pii
            .reseal(&phone, contact_field(&user_id, "phone_sealed"))
            .unwrap_or(phone);
        let social = app
            .pii
            .reseal(&social, contact_field(&user_id, "social_sealed"))
            .unwrap_or(social);
        let mut w = app.work(&system).await?;
        profiles::set_sealed(&mut w.tx, &user_id, &phone, &social).await?;
        w.changed(Kind::Profile, &user_id, Verb::Changed);
        w.commit().await?;
        n += 1;
    }
    Ok(n)
}
