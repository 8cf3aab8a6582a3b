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
    pub status: String,
    pub review_reason: String,
    pub submitted_at: Option<i64>,
    pub created_by: String,
    /// Countries whose visitors may see the booth (empty: everyone).
    pub visible_countries: Vec<String>,
    /// Only verified trade visitors may see the booth.
    pub trade_only: bool,
}

impl Organisation {
    pub fn verified(&self) -> bool {
        self.status == "approved"
    }
    /// The owner may change the profile while it is not under review.
    pub fn editable(&self) -> bool {
        matches!(self.status.as_str(), "draft" | "rejected")
    }
}

const COLS: &str = "id, legal_name_zh, legal_name_en, uscc, contact_name, contact_email, industries, markets, \
    languages, licence_key, licence_mime, status, review_reason, submitted_at, created_by";
const READ_COLS: &str = "id, legal_name_zh, legal_name_en, uscc, contact_name, contact_email, industries, markets, \
    languages, licence_key, licence_mime, status, review_reason, submitted_at, created_by, visible_countries, trade_only";

fn list_of(s: &str) -> Vec<String> {
    serde_json::from_str(s).unwrap_or_default()
}

fn to_org(r: &Row) -> Result<Organisation, StoreError> {
    Ok(Organisation {
        id: r.text(0)?,
        legal_name_zh: r.text(1)?,
        legal_name_en: r.text(2)?,
        uscc: r.text(3)?,
        contact_name: r.text(4)?,
        contact_email: r.text(5)?,
        industries: list_of(&r.text(6)?),
        markets: list_of(&r.text(7)?),
        languages: list_of(&r.text(8)?),
        licence_key: r.opt_text(9)?,
        licence_mime: r.opt_text(10)?,
        status: r.text(11)?,
        review_reason: r.text(12)?,
        submitted_at: r.opt_i64(13)?,
        created_by: r.text(14)?,
        visible_countries: list_of(&r.text(15)?),
        trade_only: r.bool(16)?,
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
                 VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $16)
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
                o.status.as_str(),
                o.review_reason.as_str(),
                o.submitted_at,
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

/// The review states an organisation moves through.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Review {
    Submit,
    Approve,
    Reject,
}

/// Moves the review state if the current one allows it (no double
/// decisions, no edits sneaking past review). Returns whether it moved.
pub async fn review(
    tx: &mut Tx,
    id: &str,
    step: Review,
    reason: &str,
    by: &str,
    now: i64,
) -> Result<bool, StoreError> {
    if step == Review::Submit {
        let n = tx
            .execute(
                "UPDATE organisations SET status = 'submitted', review_reason = '', submitted_at = $2, updated_at = $2
                 WHERE id = $1 AND status IN ('draft', 'rejected') AND licence_key IS NOT NULL",
                args![id, now],
            )
            .await?;
        return Ok(n == 1);
    }
    let sql = match step {
        Review::Submit | Review::Approve => {
            "UPDATE organisations SET status = 'approved', review_reason = $2, reviewed_by = $4, reviewed_at = $3, updated_at = $3
             WHERE id = $1 AND status = 'submitted'"
        }
        Review::Reject => {
            "UPDATE organisations SET status = 'rejected', review_reason = $2, reviewed_by = $4, reviewed_at = $3, updated_at = $3
             WHERE id = $1 AND status = 'submitted'"
        }
    };
    Ok(tx.execute(sql, args![id, reason, now, by]).await? == 1)
}

/// The review queue: submitted organisations, oldest first.
pub async fn queue(db: &Db, limit: i64) -> Result<Vec<Organisation>, StoreError> {
    db.fetch_all(
        &format!("SELECT {READ_COLS} FROM organisations WHERE status = 'submitted' ORDER BY submitted_at, id LIMIT $1"),
        args![limit],
    )
    .await?
    .iter()
    .map(to_org)
    .collect()
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
