//! Exhibiting organisations and their review (main database).

use crate::db::{Db, Row, Tx};
use crate::{StoreError, args};

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Organisation {
    pub id: String,
    pub legal_name_zh: String,
    pub legal_name_en: String,
    pub uscc: String,
    pub contact_name: String,
    pub contact_email: String,
    pub industries: Vec<String>,
    pub markets: Vec<String>,
    pub languages: Vec<String>,
    pub licence_key: Option<String>,
    pub licence_mime: Option<String>,
    pub created_by: String,
    /// Countries whose visitors may see the booth (empty: everyone).
    pub visible_countries: Vec<String>,
    /// Only verified trade visitors may see the booth.
    pub trade_only: bool,
}

impl Organisation {
    /// What a fair's reviewers judge: a change to it sends the
    /// organisation's approvals back to review.
    pub fn identity(&self) -> (&str, &str, &str, Option<&str>) {
        (
            &self.legal_name_zh,
            &self.legal_name_en,
            &self.uscc,
            self.licence_key.as_deref(),
        )
    }
}

const COLS: &str = "id, legal_name_zh, legal_name_en, uscc, contact_name, contact_email, industries, markets, \
    languages, licence_key, licence_mime, created_by";
const READ_COLS: &str = "id, legal_name_zh, legal_name_en, uscc, contact_name, contact_email, industries, markets, \
    languages, licence_key, licence_mime, created_by, visible_countries, trade_only";

fn to_org(r: &Row) -> Result<Organisation, StoreError> {
    Ok(Organisation {
        id: r.text("id")?,
        legal_name_zh: r.text("legal_name_zh")?,
        legal_name_en: r.text("legal_name_en")?,
        uscc: r.text("uscc")?,
        contact_name: r.text("contact_name")?,
        contact_email: r.text("contact_email")?,
        industries: r.json("industries")?,
        markets: r.json("markets")?,
        languages: r.json("languages")?,
        licence_key: r.opt_text("licence_key")?,
        licence_mime: r.opt_text("licence_mime")?,
        created_by: r.text("created_by")?,
        visible_countries: r.json("visible_countries")?,
        trade_only: r.bool("trade_only")?,
    })
}

fn json(v: &[String]) -> String {
    serde_json::to_string(v).unwrap_or_else(|_| "[]".into())
}

/// Inserts or, for an existing id, updates the profile (not the review
/// state). A USCC registered by another organisation is `Conflict`.
pub async fn save(tx: &mut Tx, o: &Organisation, now: i64) -> Result<(), StoreError> {
    tx
        .execute(
            &format!(
                "INSERT INTO organisations ({COLS}, created_at, updated_at)
                 VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $13)
                 ON CONFLICT (id) DO UPDATE SET legal_name_zh = excluded.legal_name_zh,
                   legal_name_en = excluded.legal_name_en, uscc = excluded.uscc,
                   contact_name = excluded.contact_name, contact_email = excluded.contact_email,
                   industries = excluded.industries, markets = excluded.markets, languages = excluded.languages,
                   licence_key = COALESCE(excluded.licence_key, organisations.licence_key),
                   licence_mime = COALESCE(excluded.licence_mime, organisations.licence_mime),
                   updated_at = excluded.updated_at"
            ),
            args![
                o.id.as_str(),
                o.legal_name_zh.as_str(),
                o.legal_name_en.as_str(),
                o.uscc.as_str(),
                o.contact_name.as_str(),
                o.contact_email.as_str(),
                json(&o.industries),
                json(&o.markets),
                json(&o.languages),
                o.licence_key.clone(),
                o.licence_mime.clone(),
                o.created_by.as_str(),
                now
            ],
        )
        .await?;
    Ok(())
}

pub async fn by_id(db: &Db, id: &str) -> Result<Option<Organisation>, StoreError> {
    db.fetch_optional(
        &format!("SELECT {READ_COLS} FROM organisations WHERE id = $1"),
        args![id],
    )
    .await?
    .map(|r| to_org(&r))
    .transpose()
}

/// Organisations created by a user: (id, licence key).
pub async fn created_by(db: &Db, user_id: &str) -> Result<Vec<Organisation>, StoreError> {
    db.fetch_all(
        &format!("SELECT {READ_COLS} FROM organisations WHERE created_by = $1"),
        args![user_id],
    )
    .await?
    .iter()
    .map(to_org)
    .collect()
}

/// Removes an organisation and frees its booths (account deletion).
pub async fn delete(tx: &mut Tx, id: &str) -> Result<(), StoreError> {
    tx.execute(
        "UPDATE booths SET status = 'free', org_id = NULL, requested_by = NULL, requested_at = NULL WHERE org_id = $1",
        args![id],
    )
    .await?;
    tx.execute(
        "DELETE FROM user_roles WHERE scope_kind = 'organisation' AND scope_id = $1",
        args![id],
    )
    .await?;
    tx.execute("DELETE FROM organisations WHERE id = $1", args![id])
        .await?;
    Ok(())
}

/// Sets who may see the organisation's booths.
pub async fn set_visibility(
    tx: &mut Tx,
    id: &str,
    countries: &[String],
    trade_only: bool,
    now: i64,
) -> Result<(), StoreError> {
    tx.execute(
        "UPDATE organisations SET visible_countries = $2, trade_only = $3, updated_at = $4 WHERE id = $1",
        args![id, json(countries), trade_only, now],
    )
    .await?;
    Ok(())
}

/// How many organisations an account registered (quotas).
pub async fn count_created_by(db: &Db, user_id: &str) -> Result<i64, StoreError> {
    db.fetch_one(
        "SELECT COUNT(*) AS n FROM organisations WHERE created_by = $1",
        args![user_id],
    )
    .await?
    .i64("n")
}
