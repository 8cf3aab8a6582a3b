//! Configuration: an optional TOML file, then `YUNZHAN_*` environment
//! variables, then command-line flags. Secrets never print: `Debug` redacts
//! database URLs and the SMTP password.

use std::net::SocketAddr;
use std::path::{Path, PathBuf};

use anyhow::{Context, bail};
use serde::Deserialize;
use yz_app::mail::{SmtpConfig, SmtpSecurity};
use yz_store::db::redact_url;
use yz_store::{DbSettings, StoreSettings};

#[derive(Clone, Default, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Config {
    pub listen: Option<SocketAddr>,
    pub data: Option<PathBuf>,
    pub public_url: Option<String>,
    /// `sqlite://...` or `postgres://...`; default: SQLite under `data`.
    pub database_url: Option<String>,
    pub audit_database_url: Option<String>,
    /// PostgreSQL: the owner account that migrates the audit database while
    /// the app's own role may only INSERT and SELECT there.
    pub audit_owner_url: Option<String>,
    pub analytics_database_url: Option<String>,
    pub max_connections: Option<u32>,
    pub tls_cert: Option<PathBuf>,
    pub tls_key: Option<PathBuf>,
    /// Set when a TLS-terminating proxy fronts the platform.
    pub behind_tls_proxy: Option<bool>,
    /// Proxies (addresses or CIDR networks) whose `X-Forwarded-For` names
    /// the client; from anyone else the header is ignored.
    #[serde(default)]
    pub trusted_proxies: Vec<String>,
    /// A bearer token opening `/metrics` to scrapers on other machines.
    pub operator_token: Option<String>,
    /// HMAC key file for the audit chain head (default `data/keys/audit-head.key`).
    pub audit_key_file: Option<PathBuf>,
    /// AES-256 key file sealing personal data (default `data/keys/pii.key`).
    pub pii_key_file: Option<PathBuf>,
    pub smtp: Option<SmtpConfig>,
    /// A LibreTranslate-compatible server for machine drafts, e.g.
    /// `http://127.0.0.1:5000`.
    pub translate_url: Option<String>,
    /// Its API key, if it requires one.
    pub translate_key: Option<String>,
    /// `json` (default for serve) or `pretty`.
    pub log: Option<String>,
    /// A NATS server the nodes share cache invalidations through, e.g.
    /// `nats://127.0.0.1:4222`.
    pub nats_url: Option<String>,
    /// The subject prefix on it (default `yunzhan`), so that two platforms
    /// can share one NATS server.
    pub nats_prefix: Option<String>,
    /// `false` turns the page cache off (every page reads the database).
    pub page_cache: Option<bool>,
}

impl std::fmt::Debug for Config {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let url = |u: &Option<String>| u.as_deref().map(redact_url);
        f.debug_struct("Config")
            .field("listen", &self.listen)
            .field("data", &self.data)
            .field("public_url", &self.public_url)
            .field("database_url", &url(&self.database_url))
            .field("audit_database_url", &url(&self.audit_database_url))
            .field("audit_owner_url", &url(&self.audit_owner_url))
            .field("analytics_database_url", &url(&self.analytics_database_url))
            .field("tls_cert", &self.tls_cert)
            .field("tls_key", &self.tls_key)
            .field("behind_tls_proxy", &self.behind_tls_proxy)
            .field("trusted_proxies", &self.trusted_proxies)
            .field(
                "operator_token",
                &self.operator_token.as_ref().map(|_| "<redacted>"),
            )
            .field("audit_key_file", &self.audit_key_file)
            .field("smtp", &self.smtp)
            .field("translate_url", &url(&self.translate_url))
            .field("nats_url", &url(&self.nats_url))
            .field("nats_prefix", &self.nats_prefix)
            .field("page_cache", &self.page_cache)
            .field(
                "translate_key",
                &self.translate_key.as_ref().map(|_| "<redacted>"),
            )
            .finish()
    }
}

fn env(name: &str) -> Option<String> {
    std::env::var(format!("YUNZHAN_{name}"))
        .ok()
        .filter(|v| !v.is_empty())
}

impl Config {
    /// Reads the file (if any), then the environment.
    pub fn load(file: Option<&Path>) -> anyhow::Result<Config> {
        let file = file
            .map(Path::to_path_buf)
            .or_else(|| env("CONFIG").map(PathBuf::from));
        let mut c = match file {
            Some(f) => {
                let text = std::fs::read_to_string(&f)
                    .with_context(|| format!("reading {}", f.display()))?;
                toml::from_str(&text).with_context(|| format!("parsing {}", f.display()))?
            }
            None => Config::default(),
        };
        if let Some(v) = env("LISTEN") {
            c.listen = Some(v.parse().context("YUNZHAN_LISTEN must be ADDR:PORT")?);
        }
        if let Some(v) = env("DATA") {
            c.data = Some(v.into());
        }
        if let Some(v) = env("PUBLIC_URL") {
            c.public_url = Some(v);
        }
        if let Some(v) = env("DATABASE_URL") {
            c.database_url = Some(v);
        }
        if let Some(v) = env("AUDIT_DATABASE_URL") {
            c.audit_database_url = Some(v);
        }
        if let Some(v) = env("AUDIT_OWNER_URL") {
            c.audit_owner_url = Some(v);
        }
        if let Some(v) = env("ANALYTICS_DATABASE_URL") {
            c.analytics_database_url = Some(v);
        }
        if let Some(v) = env("MAX_CONNECTIONS") {
            c.max_connections = Some(
                v.parse()
                    .context("YUNZHAN_MAX_CONNECTIONS must be a number")?,
            );
        }
        if let Some(v) = env("TLS_CERT") {
            c.tls_cert = Some(v.into());
        }
        if let Some(v) = env("TLS_KEY") {
            c.tls_key = Some(v.into());
        }
        if let Some(v) = env("BEHIND_TLS_PROXY") {
            c.behind_tls_proxy = Some(matches!(v.as_str(), "1" | "true" | "yes"));
        }
        if let Some(v) = env("TRUSTED_PROXIES") {
            c.trusted_proxies = v
                .split(',')
                .map(|p| p.trim().to_owned())
                .filter(|p| !p.is_empty())
                .collect();
        }
        if let Some(v) = env("OPERATOR_TOKEN") {
            c.operator_token = Some(v);
        }
        if let Some(v) = env("AUDIT_KEY_FILE") {
            c.audit_key_file = Some(v.into());
        }
        if let Some(v) = env("PII_KEY_FILE") {
            c.pii_key_file = Some(v.into());
        }
        if let Some(v) = env("TRANSLATE_URL") {
            c.translate_url = Some(v);
        }
        if let Some(v) = env("TRANSLATE_KEY") {
            c.translate_key = Some(v);
        }
        if let Some(v) = env("LOG") {
            c.log = Some(v);
        }
        if let Some(v) = env("NATS_URL") {
            c.nats_url = Some(v);
        }
        if let Some(v) = env("NATS_PREFIX") {
            c.nats_prefix = Some(v);
        }
        if let Some(v) = env("PAGE_CACHE") {
            c.page_cache = Some(!matches!(v.as_str(), "0" | "false" | "off" | "no"));
        }
        if let Some(host) = env("SMTP_HOST") {
            c.smtp = Some(SmtpConfig {
                host,
                port: env("SMTP_PORT")
                    .map(|p| p.parse())
                    .transpose()
                    .context("YUNZHAN_SMTP_PORT")?
                    .unwrap_or(587),
                security: match env("SMTP_SECURITY").as_deref() {
                    Some("none") => SmtpSecurity::None,
                    Some("tls") => SmtpSecurity::Tls,
                    _ => SmtpSecurity::Starttls,
                },
                username: env("SMTP_USERNAME"),
                password: env("SMTP_PASSWORD"),
                from: env("SMTP_FROM").unwrap_or_else(|| "Yunzhan <no-reply@localhost>".into()),
            });
        }
        Ok(c)
    }

    pub fn data_dir(&self) -> PathBuf {
        self.data.clone().unwrap_or_else(|| PathBuf::from("data"))
    }

    pub fn listen(&self) -> SocketAddr {
        self.listen
            .unwrap_or_else(|| SocketAddr::from(([127, 0, 0, 1], 8080)))
    }

    pub fn tls(&self) -> anyhow::Result<Option<yz_web::server::Tls>> {
        match (&self.tls_cert, &self.tls_key) {
            (Some(cert), Some(key)) => Ok(Some(yz_web::server::Tls {
                cert: cert.clone(),
                key: key.clone(),
            })),
            (None, None) => Ok(None),
            _ => bail!("TLS needs both a certificate and a key (tls_cert and tls_key)"),
        }
    }

    /// The three databases' settings.
    pub fn stores(&self) -> anyhow::Result<StoreSettings> {
        let data = self.data_dir();
        let max = self.max_connections.unwrap_or(8);
        let sqlite = |name: &str| format!("sqlite://{}", data.join(name).display());
        let main = self
            .database_url
            .clone()
            .unwrap_or_else(|| sqlite("main.db"));
        let derived = |suffix: &str, file: &str| -> anyhow::Result<String> {
            if main.starts_with("postgres") {
                let mut u = url::Url::parse(&main).context("YUNZHAN_DATABASE_URL is not a URL")?;
                let name = u.path().trim_start_matches('/').to_owned();
                let name = if name.is_empty() {
                    "yunzhan".to_owned()
                } else {
                    name
                };
                u.set_path(&format!("/{name}_{suffix}"));
                Ok(u.to_string())
            } else {
                Ok(sqlite(file))
            }
        };
        Ok(StoreSettings {
            main: DbSettings {
                url: main.clone(),
                max_connections: max,
            },
            audit: DbSettings {
                url: match &self.audit_database_url {
                    Some(u) => u.clone(),
                    None => derived("audit", "audit.db")?,
                },
                max_connections: max.min(4),
            },
            audit_owner_url: self.audit_owner_url.clone(),
            analytics: DbSettings {
                url: match &self.analytics_database_url {
                    Some(u) => u.clone(),
                    None => derived("analytics", "analytics.db")?,
                },
                max_connections: max.min(4),
            },
        })
    }

    /// The audit-head key: read, or created (32 random bytes, mode 0600).
    pub fn audit_key(&self) -> anyhow::Result<Vec<u8>> {
        let path = self
            .audit_key_file
            .clone()
            .unwrap_or_else(|| self.data_dir().join("keys").join("audit-head.key"));
        key_file(&path)
    }

    /// The trusted proxies as networks (a bare address is a /32 or /128).
    pub fn trusted_proxies(&self) -> anyhow::Result<Vec<ipnet::IpNet>> {
        self.trusted_proxies
            .iter()
            .map(|p| {
                p.parse::<ipnet::IpNet>()
                    .or_else(|_| p.parse::<std::net::IpAddr>().map(ipnet::IpNet::from))
                    .with_context(|| {
                        format!("YUNZHAN_TRUSTED_PROXIES: {p:?} is not an address or network")
                    })
            })
            .collect()
    }

    /// The append-only file of the audit chain heads this node signed,
    /// next to the key that signs them.
    pub fn audit_heads(&self) -> PathBuf {
        let key = self
            .audit_key_file
            .clone()
            .unwrap_or_else(|| self.data_dir().join("keys").join("audit-head.key"));
        key.with_file_name("audit-heads.log")
    }

    /// The key sealing personal data (phones, social handles) at rest.
    pub fn pii_key(&self) -> anyhow::Result<Vec<u8>> {
        let path = self
            .pii_key_file
            .clone()
            .unwrap_or_else(|| self.data_dir().join("keys").join("pii.key"));
        let key = key_file(&path)?;
        if key.len() != 32 {
            bail!("{} must hold a 32-byte key (64 hex digits)", path.display());
        }
        Ok(key)
    }
}

/// A hex key in a file: read, or created (32 random bytes, mode 0600).
fn key_file(path: &Path) -> anyhow::Result<Vec<u8>> {
    {
        if let Ok(text) = std::fs::read_to_string(path) {
            let key = hex_decode(text.trim())
                .with_context(|| format!("{} is not a hex key", path.display()))?;
            if key.len() < 16 {
                bail!("{} holds a key shorter than 16 bytes", path.display());
            }
            return Ok(key);
        }
        if let Some(dir) = path.parent() {
            std::fs::create_dir_all(dir).with_context(|| format!("creating {}", dir.display()))?;
        }
        let mut key = [0u8; 32];
        rand::RngCore::fill_bytes(&mut rand::rngs::OsRng, &mut key);
        let hex: String = key.iter().map(|b| format!("{b:02x}")).collect();
        write_private(path, hex.as_bytes())?;
        Ok(key.to_vec())
    }
}

fn hex_decode(s: &str) -> anyhow::Result<Vec<u8>> {
    if !s.len().is_multiple_of(2) {
        bail!("odd length");
    }
    (0..s.len())
        .step_by(2)
        .map(|i| u8::from_str_radix(s.get(i..i + 2).unwrap_or("zz"), 16).context("not hex"))
        .collect()
}

/// Writes a file readable by its owner only.
pub fn write_private(path: &Path, bytes: &[u8]) -> anyhow::Result<()> {
    use std::io::Write;
    #[cfg(unix)]
    use std::os::unix::fs::OpenOptionsExt;
    let mut opts = std::fs::OpenOptions::new();
    opts.write(true).create(true).truncate(true);
    #[cfg(unix)]
    opts.mode(0o600);
    let mut f = opts
        .open(path)
        .with_context(|| format!("writing {}", path.display()))?;
    f.write_all(bytes)?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn postgres_urls_derive_the_other_two_databases() {
        let c = Config {
            database_url: Some("postgres://app:pw@127.0.0.1:5432/fair".into()),
            ..Default::default()
        };
        let s = c.stores().unwrap();
        assert!(s.audit.url.ends_with("/fair_audit"));
        assert!(s.analytics.url.ends_with("/fair_analytics"));
        assert!(!format!("{c:?}").contains("pw"), "password printed");
    }

    #[test]
    fn derived_postgres_urls_keep_the_tls_settings() {
        let c = Config {
            database_url: Some(
                "postgres://app@db.example:5432/fair?sslmode=verify-full&sslrootcert=/etc/yunzhan/pg-ca.pem"
                    .into(),
            ),
            ..Default::default()
        };
        let s = c.stores().unwrap();
        for (url, db) in [
            (&s.main.url, "fair"),
            (&s.audit.url, "fair_audit"),
            (&s.analytics.url, "fair_analytics"),
        ] {
            let link = yz_store::db::PgLink::of(url).unwrap().unwrap();
            assert_eq!(link.sslmode, "verify-full", "{url}");
            assert_eq!(
                link.root_cert.as_deref(),
                Some("/etc/yunzhan/pg-ca.pem"),
                "{url}"
            );
            assert!(url.contains(&format!("/{db}?")), "{url}");
        }
    }

    #[test]
    fn sqlite_is_the_default() {
        let c = Config {
            data: Some("/tmp/x".into()),
            ..Default::default()
        };
        let s = c.stores().unwrap();
        assert_eq!(s.main.url, "sqlite:///tmp/x/main.db");
        assert_eq!(s.audit.url, "sqlite:///tmp/x/audit.db");
    }
}
