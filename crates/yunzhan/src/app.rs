//! Wiring: configuration -> databases -> state -> server.

use std::sync::Arc;

use anyhow::Context;
use yz_app::AppConfig;
use yz_app::mail::{DirMailer, Mailer, SmtpMailer};
use yz_domain::clock::SystemClock;
use yz_store::Stores;
use yz_web::{AppState, WebConfig};

use crate::config::Config;

pub struct Options {
    pub demo: bool,
    pub bench_routes: bool,
}

/// Opens (creating and migrating) the databases and builds the state.
pub async fn build(config: &Config, opts: &Options) -> anyhow::Result<AppState> {
    let data = config.data_dir();
    std::fs::create_dir_all(&data).with_context(|| format!("creating {}", data.display()))?;
    let stores = Stores::open(&config.stores()?)
        .await
        .context("opening the databases")?;
    let tls = config.tls()?;
    let listen = config.listen();
    let scheme = if tls.is_some() { "https" } else { "http" };
    let public_url = config
        .public_url
        .clone()
        .unwrap_or_else(|| format!("{scheme}://{listen}"));
    let mail_dir = data.join("mail");
    let mailer: Arc<dyn Mailer> = match (&config.smtp, opts.demo) {
        (Some(smtp), _) => Arc::new(SmtpMailer::new(smtp).map_err(anyhow::Error::msg)?),
        (None, _) => Arc::new(DirMailer::new(mail_dir.clone()).map_err(anyhow::Error::msg)?),
    };
    if config.smtp.is_none() && !opts.demo {
        tracing::warn!(folder = %mail_dir.display(), "no SMTP relay configured (YUNZHAN_SMTP_HOST): e-mails are written to the mail folder");
    }
    let web = WebConfig {
        tls: tls.is_some(),
        behind_tls_proxy: config.behind_tls_proxy.unwrap_or(false),
        trusted_proxies: config.trusted_proxies()?,
        operator_token: match &config.operator_token {
            Some(t) if t.len() < 16 => {
                anyhow::bail!("YUNZHAN_OPERATOR_TOKEN must be at least 16 characters")
            }
            t => t.clone(),
        },
        mail_dir: Some(mail_dir),
        bench_routes: opts.bench_routes,
        ..WebConfig::default()
    };
    let app = AppConfig {
        demo: opts.demo,
        public_url,
        translate_url: config.translate_url.clone(),
        translate_key: config.translate_key.clone(),
        nats_url: config.nats_url.clone(),
        nats_prefix: config
            .nats_prefix
            .clone()
            .unwrap_or_else(|| AppConfig::default().nats_prefix),
        page_cache: config.page_cache.unwrap_or(true),
        ..AppConfig::default()
    };
    Ok(yz_web::state(yz_web::Parts {
        app: yz_app::Parts {
            stores,
            clock: Arc::new(SystemClock),
            config: app,
            mailer,
            audit_key: config.audit_key()?,
            audit_heads: Some(config.audit_heads()),
            objects: yz_app::objects::local(&data.join("objects")).map_err(anyhow::Error::msg)?,
            pii: yz_app::pii::Pii::new(&config.pii_key()?).context("the personal-data key")?,
        },
        web,
    }))
}

/// Serves until Ctrl-C, with the background tasks running.
pub async fn serve(config: &Config, state: AppState) -> anyhow::Result<()> {
    let listen = config.listen();
    let tls = config.tls()?;
    let listener = tokio::net::TcpListener::bind(listen)
        .await
        .with_context(|| format!("cannot listen on {listen}"))?;
    let _bg = yz_web::Background::start(&state);
    let app = yz_web::router(&state);
    tracing::info!(address = %listen, tls = tls.is_some(), "serving");
    tokio::select! {
        r = yz_web::server::serve(listener, app, tls) => r.context("server failed")?,
        _ = tokio::signal::ctrl_c() => tracing::info!("shutting down"),
    }
    Ok(())
}
