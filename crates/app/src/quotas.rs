//! How much one account or organisation may create: enough for any real
//! exhibitor, small enough that one account cannot fill the disk or the
//! database (exhibits, media files and bytes, organisations, sessions,
//! open invitations).

use yz_store::{exhibits, organisations};

use crate::App;
use crate::error::{AppError, AppResult, Msg};

#[derive(Debug, Clone)]
pub struct Quotas {
    pub exhibits_per_org: i64,
    pub media_per_exhibit: i64,
    pub media_bytes_per_org: i64,
    pub orgs_per_account: i64,
    /// Sessions an account keeps; a new login ends the oldest beyond it.
    pub sessions_per_account: i64,
    pub open_invitations_per_org: i64,
}

impl Default for Quotas {
    fn default() -> Self {
        Quotas {
            exhibits_per_org: 20_000,
            media_per_exhibit: 40,
            media_bytes_per_org: 20 * 1024 * 1024 * 1024,
            orgs_per_account: 10,
            sessions_per_account: 20,
            open_invitations_per_org: 200,
        }
    }
}

fn over(key: &'static str, max: i64) -> AppError {
    AppError::Invalid(vec![Msg::new(key).with("max", max)])
}

/// Room for `adding` more exhibits in the organisation.
pub async fn exhibits_left_for(app: &App, org_id: &str, adding: i64) -> AppResult<()> {
    let max = app.config.quotas.exhibits_per_org;
    if exhibits::count_of_org(&app.stores.main, org_id).await? + adding > max {
        return Err(over("error-quota-exhibits", max));
    }
    Ok(())
}

/// Room for one more exhibit in the organisation.
pub async fn exhibits_left(app: &App, org_id: &str) -> AppResult<()> {
    exhibits_left_for(app, org_id, 1).await
}

/// Room for one more media file of `bytes` on the exhibit.
pub async fn media_left(app: &App, exhibit_id: &str, org_id: &str, bytes: i64) -> AppResult<()> {
    let q = &app.config.quotas;
    let (files, used) = exhibits::media_usage(&app.stores.main, exhibit_id, org_id).await?;
    if files >= q.media_per_exhibit {
        return Err(over("error-quota-media", q.media_per_exhibit));
    }
    if used + bytes > q.media_bytes_per_org {
        return Err(over(
            "error-quota-storage",
            q.media_bytes_per_org / (1024 * 1024 * 1024),
        ));
    }
    Ok(())
}

/// Room for one more organisation registered by the account.
pub async fn orgs_left(app: &App, user_id: &str) -> AppResult<()> {
    let max = app.config.quotas.orgs_per_account;
    if organisations::count_created_by(&app.stores.main, user_id).await? >= max {
        return Err(over("error-quota-orgs", max));
    }
    Ok(())
}
