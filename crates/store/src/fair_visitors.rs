//! Visitors registered for fairs, and the trade visitors each fair's
//! organizers verified (main database).

use crate::db::{Db, Tx};
use crate::{StoreError, args};

/// Registers a visitor for a fair; true if they were not registered yet.
pub async fn register(
    tx: &mut Tx,
    fair_id: &str,
    user_id: &str,
    now: i64,
) -> Result<bool, StoreError> {
    Ok(tx
        .execute(
            "INSERT INTO fair_visitors (fair_id, user_id, registered_at) VALUES ($1, $2, $3)
             ON CONFLICT (fair_id, user_id) DO NOTHING",
            args![fair_id, user_id, now],
        )
        .await?
        == 1)
}

/// Whether the visitor is registered for the fair: None if not, else
/// whether they are a verified trade visitor there.
pub async fn registration(
    db: &Db,
    fair_id: &str,
    user_id: &str,
) -> Result<Option<bool>, StoreError> {
    db.fetch_optional(
        "SELECT trade_verified_at FROM fair_visitors WHERE fair_id = $1 AND user_id = $2",
        args![fair_id, user_id],
    )
    .await?
    .map(|r| Ok(r.opt_i64("trade_verified_at")?.is_some()))
    .transpose()
}

/// Verifies (or withdraws) a registered visitor as a trade visitor of the
/// fair; false if they are not registered for it.
pub async fn set_trade(
    tx: &mut Tx,
    fair_id: &str,
    user_id: &str,
    verified: bool,
    by: &str,
    now: i64,
) -> Result<bool, StoreError> {
    let at: Option<i64> = verified.then_some(now);
    let by: Option<&str> = verified.then_some(by);
    Ok(tx
        .execute(
            "UPDATE fair_visitors SET trade_verified_at = $3, verified_by = $4
             WHERE fair_id = $1 AND user_id = $2",
            args![fair_id, user_id, at, by],
        )
        .await?
        == 1)
}

/// Whether the visitor is a verified trade visitor of a fair where the
/// organisation holds a booth (who may see its "trade visitors only"
/// content).
pub async fn trade_verified_for_org(
    db: &Db,
    user_id: &str,
    org_id: &str,
) -> Result<bool, StoreError> {
    Ok(db
        .fetch_optional(
            "SELECT 1 FROM fair_visitors v WHERE v.user_id = $1 AND v.trade_verified_at IS NOT NULL
               AND EXISTS (SELECT 1 FROM booths b WHERE b.fair_id = v.fair_id AND b.org_id = $2
                           AND b.status = 'booked')",
            args![user_id, org_id],
        )
        .await?
        .is_some())
}

/// The fairs a visitor registered for: (fair id, slug, trade verified).
pub async fn of_user(db: &Db, user_id: &str) -> Result<Vec<(String, String, bool)>, StoreError> {
    db.fetch_all(
        "SELECT f.id, f.slug, v.trade_verified_at FROM fair_visitors v JOIN fairs f ON f.id = v.fair_id
         WHERE v.user_id = $1 ORDER BY v.registered_at DESC",
        args![user_id],
    )
    .await?
    .iter()
    .map(|r| {
        Ok((
            r.text("id")?,
            r.text("slug")?,
            r.opt_i64("trade_verified_at")?.is_some(),
        ))
    })
    .collect()
}

/// A visitor of a fair as its organizers list them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct VisitorRow {
    pub user_id: String,
    pub email: String,
    pub display_name: String,
    pub company: String,
    pub country: String,
    pub trade_verified: bool,
}

/// A fair's registered visitors, newest first, filtered by e-mail, name or
/// company.
pub async fn list(
    db: &Db,
    fair_id: &str,
    query: &str,
    limit: i64,
) -> Result<Vec<VisitorRow>, StoreError> {
    let pattern = format!("%{}%", query.trim().to_lowercase().replace(['%', '_'], ""));
    db.fetch_all(
        "SELECT u.id, u.email, u.display_name, COALESCE(p.company, '') AS company,
                COALESCE(p.country, '') AS country, v.trade_verified_at
         FROM fair_visitors v JOIN users u ON u.id = v.user_id
         LEFT JOIN visitor_profiles p ON p.user_id = u.id
         WHERE v.fair_id = $1
           AND (u.email LIKE $2 OR LOWER(u.display_name) LIKE $2 OR LOWER(COALESCE(p.company, '')) LIKE $2)
         ORDER BY v.registered_at DESC, u.id LIMIT $3",
        args![fair_id, pattern, limit],
    )
    .await?
    .iter()
    .map(|r| {
        Ok(VisitorRow {
            user_id: r.text("id")?,
            email: r.text("email")?,
            display_name: r.text("display_name")?,
            company: r.text("company")?,
            country: r.text("country")?,
            trade_verified: r.opt_i64("trade_verified_at")?.is_some(),
        })
    })
    .collect()
}
