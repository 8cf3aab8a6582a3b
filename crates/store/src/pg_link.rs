//! PostgreSQL connection settings: how a URL's `sslmode` and `sslrootcert`
//! protect the link (S6.1.2, rustls, no OpenSSL).

use std::net::IpAddr;
use std::str::FromStr;

use sqlx::postgres::{PgConnectOptions, PgSslMode};

use crate::StoreError;

pub(crate) fn is_postgres(url: &str) -> bool {
    url.starts_with("postgres://") || url.starts_with("postgresql://")
}

/// How a PostgreSQL URL protects its link (S6.1.2, data in transit
/// encrypted), read from its `sslmode` and `sslrootcert` parameters (or
/// `PGSSLMODE` and `PGSSLROOTCERT`) as libpq reads them:
///
/// - `disable` and `allow`: plain text (sqlx treats `allow` as `disable`);
/// - `prefer` (the default): TLS when the server offers it, else plain
///   text; the server is not authenticated;
/// - `require`: TLS, server not authenticated; but, as in libpq, when a CA
///   file is given it is `verify-ca`;
/// - `verify-ca`: TLS, the certificate must chain to a trusted CA (sqlx
///   0.8.6 with rustls >= 0.23.24 also checks the name, sqlx issue 3793);
/// - `verify-full`: that, and it must name the host of the URL (a DNS name
///   or an IP address in its subject alternative names).
///
/// Trusted CAs are the Mozilla roots built into webpki-roots plus those in
/// `sslrootcert` (a PEM file). TLS is rustls with the ring provider; no
/// OpenSSL.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PgLink {
    /// The host the server's certificate must name, or the Unix socket.
    pub host: String,
    /// The link does not leave this machine: a Unix socket, `localhost` or
    /// a loopback address.
    pub local: bool,
    /// The effective `sslmode`, as libpq spells it.
    pub sslmode: &'static str,
    /// The CA file (`sslrootcert`), when one is named.
    pub root_cert: Option<String>,
}

impl PgLink {
    /// The settings of a PostgreSQL URL; `None` for any other database.
    pub fn of(url: &str) -> Result<Option<PgLink>, StoreError> {
        if !is_postgres(url) {
            return Ok(None);
        }
        pg_options(url).map(|(_, link, _)| Some(link))
    }

    /// Whether the server's certificate is checked against the CAs.
    pub fn verifies(&self) -> bool {
        matches!(self.sslmode, "verify-ca" | "verify-full")
    }

    /// Why this link falls short of an encrypted, authenticated one, when
    /// it leaves the machine without `sslmode=verify-full`.
    pub fn warning(&self) -> Option<String> {
        if self.local || self.sslmode == "verify-full" {
            return None;
        }
        let why = match self.sslmode {
            "disable" | "allow" => "the link is not encrypted",
            "prefer" => {
                "the link falls back to plain text if the server offers no TLS, and the server is not authenticated"
            }
            "require" => "the link is encrypted but the server is not authenticated",
            _ => "the server's certificate is checked but not that it names the host",
        };
        Some(format!(
            "PostgreSQL at {} uses sslmode={}: {why}; set sslmode=verify-full and sslrootcert=<CA file> in the URL (S6.1.2)",
            self.host, self.sslmode
        ))
    }
}

/// A named CA file must be readable and hold a PEM certificate: said here,
/// at start, instead of as an I/O or unknown-issuer error at the handshake.
pub(crate) async fn check_root_cert(path: &str) -> Result<(), StoreError> {
    let pem = tokio::fs::read(path)
        .await
        .map_err(|e| StoreError::Config(format!("sslrootcert {path}: {e}")))?;
    if !String::from_utf8_lossy(&pem).contains("-----BEGIN CERTIFICATE-----") {
        return Err(StoreError::Config(format!(
            "sslrootcert {path} holds no PEM certificate"
        )));
    }
    Ok(())
}

/// sqlx takes a `sslrootcert` value that looks like PEM as the certificate
/// itself rather than a file name.
fn is_inline_pem(v: &str) -> bool {
    let v = v.trim();
    v.starts_with("-----BEGIN") && v.ends_with("-----")
}

/// A PostgreSQL URL as sqlx options, with what it says about TLS and the
/// CA file to read, if one is named (not inline PEM).
pub(crate) fn pg_options(
    url: &str,
) -> Result<(PgConnectOptions, PgLink, Option<String>), StoreError> {
    let mut opts = PgConnectOptions::from_str(url)
        .map_err(|e| StoreError::Config(format!("bad PostgreSQL URL: {e}")))?;
    // The last of the names sqlx accepts wins, as in sqlx.
    let root_cert = url::Url::parse(url)
        .ok()
        .and_then(|u| {
            u.query_pairs()
                .filter(|(k, _)| matches!(&**k, "sslrootcert" | "ssl-root-cert" | "ssl-ca"))
                .map(|(_, v)| v.into_owned())
                .last()
        })
        .or_else(|| std::env::var("PGSSLROOTCERT").ok())
        .filter(|v| !v.is_empty());
    // libpq: "if a root CA file exists, sslmode=require behaves as
    // verify-ca"; sqlx alone would accept any certificate.
    if matches!(opts.get_ssl_mode(), PgSslMode::Require) && root_cert.is_some() {
        opts = opts.ssl_mode(PgSslMode::VerifyCa);
    }
    let sslmode = match opts.get_ssl_mode() {
        PgSslMode::Disable => "disable",
        PgSslMode::Allow => "allow",
        PgSslMode::Prefer => "prefer",
        PgSslMode::Require => "require",
        PgSslMode::VerifyCa => "verify-ca",
        PgSslMode::VerifyFull => "verify-full",
    };
    let (host, local) = match opts.get_socket() {
        Some(socket) => (socket.display().to_string(), true),
        None => {
            let host = opts.get_host().to_owned();
            let local = host.eq_ignore_ascii_case("localhost")
                || host
                    .trim_start_matches('[')
                    .trim_end_matches(']')
                    .parse::<IpAddr>()
                    .is_ok_and(|ip| ip.is_loopback());
            (host, local)
        }
    };
    let ca_file = root_cert.clone().filter(|v| !is_inline_pem(v));
    let link = PgLink {
        host,
        local,
        sslmode,
        root_cert: root_cert.map(|v| {
            if is_inline_pem(&v) {
                "<inline PEM>".to_owned()
            } else {
                v
            }
        }),
    };
    Ok((opts, link, ca_file))
}

/// A URL with its password replaced, for messages and logs.
pub fn redact_url(u: &str) -> String {
    match url::Url::parse(u) {
        Ok(mut p) if p.password().is_some() => {
            let _ = p.set_password(Some("***"));
            p.to_string()
        }
        Ok(p) => p.to_string(),
        Err(_) => "<unparseable URL>".into(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn link(url: &str) -> PgLink {
        PgLink::of(url).unwrap().unwrap()
    }

    #[test]
    fn sslmode_and_sslrootcert_are_read_from_the_url() {
        let l = link(
            "postgres://app:pw@db.example:5432/yunzhan?sslmode=verify-full&sslrootcert=/etc/yunzhan/pg-ca.pem",
        );
        assert_eq!(l.host, "db.example");
        assert!(!l.local);
        assert_eq!(l.sslmode, "verify-full");
        assert_eq!(l.root_cert.as_deref(), Some("/etc/yunzhan/pg-ca.pem"));
        assert!(l.verifies());
        assert_eq!(l.warning(), None);
        for mode in ["disable", "allow", "prefer", "require", "verify-ca"] {
            let l = link(&format!("postgresql://app@db.example/y?sslmode={mode}"));
            assert_eq!(l.sslmode, mode);
            let w = l
                .warning()
                .expect("a remote link without verify-full warns");
            assert!(w.contains("db.example") && w.contains(mode), "{w}");
            assert!(!w.contains("pw"));
        }
        assert!(PgLink::of("postgres://app@db.example/y?sslmode=strict").is_err());
        assert_eq!(PgLink::of("sqlite:///tmp/x.db").unwrap(), None);
    }

    #[test]
    fn require_with_a_ca_file_verifies_the_chain_as_in_libpq() {
        let l = link("postgres://app@db.example/y?sslmode=require&sslrootcert=/ca.pem");
        assert_eq!(l.sslmode, "verify-ca");
        assert!(l.verifies());
        let l = link("postgres://app@db.example/y?sslmode=require");
        assert_eq!(l.sslmode, "require");
        assert!(!l.verifies());
    }

    #[test]
    fn links_that_stay_on_the_machine_do_not_warn() {
        for url in [
            "postgres://postgres@127.0.0.1:5432/postgres",
            "postgres://postgres@localhost/postgres?sslmode=disable",
            "postgres://postgres@[::1]:5432/postgres",
            "postgres:///yunzhan?host=/var/run/postgresql",
        ] {
            let l = link(url);
            assert!(l.local, "{url}");
            assert_eq!(l.warning(), None, "{url}");
        }
        assert!(!link("postgres://postgres@10.0.0.5/y?sslmode=verify-full").local);
    }
}
