//! Serving the router over plain HTTP or TLS (rustls).

use std::net::SocketAddr;
use std::path::PathBuf;

use axum::Router;
use tokio::net::TcpListener;

#[derive(Debug, Clone)]
pub struct Tls {
    pub cert: PathBuf,
    pub key: PathBuf,
}

/// Installs rustls's ring provider once per process.
pub fn init_crypto() {
    let _ = rustls::crypto::ring::default_provider().install_default();
}

/// Serves until the future is dropped. The router must be built with the
/// same TLS setting (cookies, HSTS).
pub async fn serve(listener: TcpListener, app: Router, tls: Option<Tls>) -> std::io::Result<()> {
    let svc = app.into_make_service_with_connect_info::<SocketAddr>();
    match tls {
        None => axum::serve(listener, svc).await,
        Some(tls) => {
            init_crypto();
            let config =
                axum_server::tls_rustls::RustlsConfig::from_pem_file(&tls.cert, &tls.key).await?;
            let std_listener = listener.into_std()?;
            axum_server::from_tcp_rustls(std_listener, config)
                .serve(svc)
                .await
        }
    }
}
