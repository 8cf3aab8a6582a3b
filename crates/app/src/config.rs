//! What the use cases need to know about the deployment.

/// Per-address limits of the sensitive forms, in requests per window.
#[derive(Debug, Clone)]
pub struct RateLimits {
    pub login_per_minute: u32,
    pub register_per_10_minutes: u32,
    pub reset_per_10_minutes: u32,
    /// Searches per client address.
    pub search_per_minute: u32,
}

impl Default for RateLimits {
    fn default() -> Self {
        Self {
            login_per_minute: 20,
            register_per_10_minutes: 10,
            reset_per_10_minutes: 5,
            search_per_minute: 60,
        }
    }
}

/// argon2id cost. The defaults follow OWASP (19 MiB, 2 passes); tests may
/// lower them to stay fast, never below argon2id itself.
#[derive(Debug, Clone, Copy)]
pub struct PasswordCost {
    pub memory_kib: u32,
    pub iterations: u32,
}

impl Default for PasswordCost {
    fn default() -> Self {
        Self {
            memory_kib: 19 * 1024,
            iterations: 2,
        }
    }
}

#[derive(Debug, Clone)]
pub struct AppConfig {
    /// Demo mode: mail goes to a local folder shown at /dev/mail.
    pub demo: bool,
    /// The URL the platform is reached at, for links in e-mails.
    pub public_url: String,
    pub rate_limits: RateLimits,
    pub password_cost: PasswordCost,
    /// Size and decoding limits for uploads.
    pub media_limits: yz_media::Limits,
    /// A LibreTranslate-compatible server for machine drafts (None: the
    /// "translate" button is not offered).
    pub translate_url: Option<String>,
    /// Its API key, if it needs one.
    pub translate_key: Option<String>,
    /// What one account or organisation may create.
    pub quotas: crate::quotas::Quotas,
    /// NATS, through which nodes tell each other what their commits made
    /// stale (None: this node's cache entries are short-lived).
    pub nats_url: Option<String>,
    /// The prefix of the subjects used on NATS.
    pub nats_prefix: String,
    /// Whether public reads are cached (off only to measure the database
    /// path).
    pub page_cache: bool,
}

/// The platform's upload limits: uploads are held in memory while checked,
/// so videos are capped lower than yz-media's default.
pub fn default_media_limits() -> yz_media::Limits {
    yz_media::Limits {
        max_video_bytes: 200 * 1024 * 1024,
        ..Default::default()
    }
}

impl Default for AppConfig {
    fn default() -> Self {
        Self {
            demo: false,
            public_url: "http://127.0.0.1:8080".into(),
            rate_limits: RateLimits::default(),
            password_cost: PasswordCost::default(),
            media_limits: default_media_limits(),
            translate_url: None,
            translate_key: None,
            quotas: crate::quotas::Quotas::default(),
            nats_url: None,
            nats_prefix: "yunzhan".into(),
            page_cache: true,
        }
    }
}
