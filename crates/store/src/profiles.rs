//! Visitor profiles (main database). Sealed fields arrive already
//! encrypted; this module never sees them in clear.

use crate::db::{Db, Tx};
use crate::{StoreError, args};

#[derive(Debug, Clone, Default, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct Profile {
    pub country: String,
    pub company: String,
    pub job_title: String,
    pub interests: Vec<String>,
    pub volume_band: String,
    pub languages: Vec<String>,
    pub phone_sealed: String,
    pub social_sealed: String,
    pub consent: serde_json::Value,
}

pub async fn get(db: &Db, user_id: &str) -> Result<Option<Profile>, StoreError> {
    let Some(r) = db
        .fetch_optional(
            "SELECT country, company, job_title, interests, volume_band, languages, phone_sealed, social_sealed, consent
             FROM visitor_profiles WHERE user_id = $1",
            args![user_id],
        )
        .await?
    else {
        return Ok(None);
    };
    let json = |s: String| serde_json::from_str(&s).unwrap_or_default();
    Ok(Some(Profile {
        country: r.text("country")?,
        company: r.text("company")?,
        job_title: r.text("job_title")?,
        interests: json(r.text("interests")?),
        volume_band: r.text("volume_band")?,
        languages: json(r.text("languages")?),
        phone_sealed: r.text("phone_sealed")?,
        social_sealed: r.text("social_sealed")?,
        consent: serde_json::from_str(&r.text("consent")?).unwrap_or_default(),
    }))
}

pub async fn put(tx: &mut Tx, user_id: &str, p: &Profile, now: i64) -> Result<(), StoreError> {
    tx.execute(
        "INSERT INTO visitor_profiles (user_id, country, company, job_title, interests, volume_band, languages,
            phone_sealed, social_sealed, consent, updated_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)
         ON CONFLICT (user_id) DO UPDATE SET country = excluded.country, company = excluded.company,
            job_title = excluded.job_title, interests = excluded.interests, volume_band = excluded.volume_band,
            languages = excluded.languages, phone_sealed = excluded.phone_sealed,
            social_sealed = excluded.social_sealed, consent = excluded.consent, updated_at = excluded.updated_at",
        args![
            user_id,
            p.country.as_str(),
            p.company.as_str(),
            p.job_title.as_str(),
            serde_json::to_string(&p.interests).unwrap_or_else(|_| "[]".into()),
            p.volume_band.as_str(),
            serde_json::to_string(&p.languages).unwrap_or_else(|_| "[]".into()),
            p.phone_sealed.as_str(),
            p.social_sealed.as_str(),
            p.consent.to_string(),
            now
        ],
    )
    .await?;
    Ok(())
}

/// Profiles whose phone or social handles are sealed the old way (not bound
/// to their row): (user id, phone, social).
pub async fn legacy_sealed(db: &Db) -> Result<Vec<(String, String, String)>, StoreError> {
    db.fetch_all(
        "SELECT user_id, phone_sealed, social_sealed FROM visitor_profiles
         WHERE (phone_sealed <> '' AND phone_sealed NOT LIKE 'v2:%')
            OR (social_sealed <> '' AND social_sealed NOT LIKE 'v2:%')",
        crate::args![],
    )
    .await?
    .iter()
    .map(|r| {
        Ok((
            r.text("user_id")?,
            r.text("phone_sealed")?,
            r.text("social_sealed")?,
        ))
    })
    .collect()
}

/// Replaces a profile's sealed fields.
pub async fn set_sealed(
    tx: &mut Tx,
    user_id: &str,
    phone: &str,
    social: &str,
) -> Result<(), StoreError> {
    tx.execute(
        "UPDATE visitor_profiles SET phone_sealed = $2, social_sealed = $3 WHERE user_id = $1",
        crate::args![user_id, phone, social],
    )
    .await?;
    Ok(())
}
