//! Platform settings as JSON values by key (main database). The web layer
//! owns their meaning (config and security policy).

use crate::db::{Db, Tx};
use crate::{StoreError, args};

pub async fn get(db: &Db, key: &str) -> Result<Option<serde_json::Value>, StoreError> {
    let Some(r) = db
        .fetch_optional("SELECT value FROM settings WHERE key = $1", args![key])
        .await?
    else {
        return Ok(None);
    };
    serde_json::from_str(&r.text("value")?)
        .map(Some)
        .map_err(|e| StoreError::Decode(format!("setting {key}: {e}")))
}

pub async fn put(
    tx: &mut Tx,
    key: &str,
    value: &serde_json::Value,
    by: Option<&str>,
    now: i64,
) -> Result<(), StoreError> {
    tx.execute(
        "INSERT INTO settings (key, value, updated_at, updated_by) VALUES ($1, $2, $3, $4)
         ON CONFLICT (key) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at,
             updated_by = excluded.updated_by",
        args![key, value.to_string(), now, by],
    )
    .await?;
    Ok(())
}
