//! A visitor's own data (PIPL): the profile with what exhibitors may see and
//! personal fields sealed at rest. The download of everything we hold and
//! the deletion of the account are in `personal_data.rs`.

use serde_json::json;
use yz_domain::hs::HsCode;
use yz_store::profiles::{self, Profile};

use crate::Actor;
use crate::App;
use crate::audit;
use crate::error::Msg;
use crate::error::{AppError, AppResult};
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
