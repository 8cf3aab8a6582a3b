//! What the web layer needs to know about its deployment (the use cases'
//! settings are `yz_app::AppConfig`).

use std::path::PathBuf;

#[derive(Debug, Clone)]
pub struct WebConfig {
    /// Served over TLS (cookies get `__Host-` and Secure, HSTS is sent).
    pub tls: bool,
    /// Administrator pages over plain HTTP are refused unless the peer is on
    /// loopback (or this is set because a TLS proxy fronts the platform).
    pub behind_tls_proxy: bool,
    /// Proxies whose `X-Forwarded-For` is believed (addresses or CIDR
    /// networks); from anyone else the header is ignored.
    pub trusted_proxies: Vec<ipnet::IpNet>,
    /// A bearer token that opens the operations endpoints (`/metrics`) to
    /// clients not on this machine; None: loopback only.
    pub operator_token: Option<String>,
    /// The demo mail folder shown at /dev/mail.
    pub mail_dir: Option<PathBuf>,
    /// Largest request body accepted, in bytes.
    pub body_limit: usize,
    /// Serves /bench/static, a static page the benchmark compares against.
    pub bench_routes: bool,
}

impl Default for WebConfig {
    fn default() -> Self {
        Self {
            tls: false,
            behind_tls_proxy: false,
            trusted_proxies: Vec::new(),
            operator_token: None,
            mail_dir: None,
            body_limit: 1024 * 1024,
            bench_routes: false,
        }
    }
}
