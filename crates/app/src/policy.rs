//! Settings the administrators change at run time: the security policy
//! (security administrator) and the site configuration (system
//! administrator). Stored as JSON in the main database, cached briefly.

use serde::{Deserialize, Serialize};
use yz_store::{Db, StoreError, settings};

pub const SECURITY_POLICY: &str = "security_policy";
pub const SITE_CONFIG: &str = "site_config";

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct SecurityPolicy {
    /// Failed logins in a row that lock an account.
    pub lockout_threshold: i64,
    pub lockout_minutes: i64,
    pub admin_idle_minutes: i64,
    pub admin_absolute_hours: i64,
    pub user_idle_days: i64,
    pub user_absolute_days: i64,
    /// Accounts unused this many days are disabled (0: never).
    pub inactive_disable_days: i64,
    /// Minutes a re-authentication stays valid for sensitive actions.
    pub reauth_minutes: i64,
}

impl Default for SecurityPolicy {
    fn default() -> Self {
        Self {
            lockout_threshold: 5,
            lockout_minutes: 30,
            admin_idle_minutes: 30,
            admin_absolute_hours: 12,
            user_idle_days: 7,
            user_absolute_days: 30,
            inactive_disable_days: 0,
            reauth_minutes: 5,
        }
    }
}

impl SecurityPolicy {
    /// Keeps every value within sane bounds; returns the first offending
    /// field's name when something is out of range.
    pub fn validate(&self) -> Result<(), &'static str> {
        let checks: [(&'static str, i64, i64, i64); 8] = [
            ("lockout_threshold", self.lockout_threshold, 3, 20),
            ("lockout_minutes", self.lockout_minutes, 1, 24 * 60),
            ("admin_idle_minutes", self.admin_idle_minutes, 5, 30),
            ("admin_absolute_hours", self.admin_absolute_hours, 1, 12),
            ("user_idle_days", self.user_idle_days, 1, 30),
            ("user_absolute_days", self.user_absolute_days, 1, 90),
            ("inactive_disable_days", self.inactive_disable_days, 0, 3650),
            ("reauth_minutes", self.reauth_minutes, 1, 30),
        ];
        for (name, v, lo, hi) in checks {
            if v < lo || v > hi {
                return Err(name);
            }
        }
        Ok(())
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct SiteConfig {
    pub site_name_zh: String,
    pub site_name_en: String,
    pub registration_open: bool,
    /// Language for visitors whose browser asks for none we have.
    pub default_lang: String,
}

impl Default for SiteConfig {
    fn default() -> Self {
        Self {
            site_name_zh: "云展".into(),
            site_name_en: "Yunzhan".into(),
            registration_open: true,
            default_lang: "zh-CN".into(),
        }
    }
}

pub async fn load<T: for<'de> Deserialize<'de> + Default>(
    db: &Db,
    key: &str,
) -> Result<T, StoreError> {
    Ok(settings::get(db, key)
        .await?
        .and_then(|v| serde_json::from_value(v).ok())
        .unwrap_or_default())
}
