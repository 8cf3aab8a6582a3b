//! Visitors' saved exhibitors and products (main database).

use crate::db::{Db, Tx};
use crate::{StoreError, args};

/// What a favourite points at.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Target {
    Org,
    Exhibit,
}

impl Target {
    pub fn as_str(self) -> &'static str {
        match self {
            Target::Org => "org",
            Target::Exhibit => "exhibit",
        }
    }
}

/// Saves or forgets a favourite; returns whether it is saved afterwards.
pub async fn toggle(
    tx: &mut Tx,
    user: &str,
    target: Target,
    id: &str,
    now: i64,
) -> Result<bool, StoreError> {
    let removed = tx
        .execute(
            "DELETE FROM favourites WHERE user_id = $1 AND target_kind = $2 AND target_id = $3",
            args![user, target.as_str(), id],
        )
        .await?;
    if removed > 0 {
        return Ok(false);
    }
    tx.execute(
        "INSERT INTO favourites (user_id, target_kind, target_id, created_at) VALUES ($1, $2, $3, $4)",
        args![user, target.as_str(), id, now],
    )
    .await?;
    Ok(true)
}

pub async fn is_saved(db: &Db, user: &str, target: Target, id: &str) -> Result<bool, StoreError> {
    Ok(db
        .fetch_optional(
            "SELECT 1 FROM favourites WHERE user_id = $1 AND target_kind = $2 AND target_id = $3",
            args![user, target.as_str(), id],
        )
        .await?
        .is_some())
}

/// A user's favourites of one kind, newest first: (target id, saved at).
pub async fn of_user(
    db: &Db,
    user: &str,
    target: Target,
) -> Result<Vec<(String, i64)>, StoreError> {
    db.fetch_all(
        "SELECT target_id, created_at FROM favourites WHERE user_id = $1 AND target_kind = $2
         ORDER BY created_at DESC, target_id LIMIT 1000",
        args![user, target.as_str()],
    )
    .await?
    .iter()
    .map(|r| Ok((r.text("target_id")?, r.i64("created_at")?)))
    .collect()
}
