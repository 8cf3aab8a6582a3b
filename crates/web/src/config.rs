//! What the web layer needs to know about its deployment.

use std::path::PathBuf;

/// Per-IP limits of the sensitive forms, in requests per window.
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
pub struct WebConfig {
    /// Demo mode: mail goes to a local folder shown at /dev/mail.
    pub demo: bool,
    /// The URL the platform is reached at, for links in e-mails.
    pub public_url: String,
    /// Served over TLS (cookies get `__Host-` and Secure, HSTS is sent).
    pub tls: bool,
    /// Administrator pages over plain HTTP are refused unless the peer is on
    /// loopback (or this is set because a TLS proxy fronts the platform).
    pub behind_tls_proxy: bool,
    pub mail_dir: Option<PathBuf>,
    pub rate_limits: RateLimits,
    pub password_cost: PasswordCost,
    /// Largest request body accepted, in bytes.
    pub body_limit: usize,
    /// Serves /bench/static, a static page the benchmark compares against.
    pub bench_routes: bool,
    /// The platform's name as shown in the header and e-mails.
    pub site_name: String,
    /// Size and decoding limits for uploads.
    pub media_limits: yz_media::Limits,
    /// A LibreTranslate-compatible server for machine drafts (None: the
    /// "translate" button is not offered).
    pub translate_url: Option<String>,
    /// Its API key, if it needs one.
    pub translate_key: Option<String>,
}

/// The platform's upload limits: uploads are held in memory while checked,
/// so videos are capped lower than yz-media's default.
pub fn default_media_limits() -> yz_media::Limits {
    yz_media::Limits {
        max_video_bytes: 200 * 1024 * 1024,
        ..Default::default()
    }
}

impl Default for WebConfig {
    fn default() -> Self {
        Self {
            demo: false,
            public_url: "http://127.0.0.1:8080".into(),
            tls: false,
            behind_tls_proxy: false,
            mail_dir: None,
            rate_limits: RateLimits::default(),
            password_cost: PasswordCost::default(),
            body_limit: 1024 * 1024,
            bench_routes: false,
            site_name: "Yunzhan".into(),
            media_limits: default_media_limits(),
            translate_url: None,
            translate_key: None,
        }
    }
}
