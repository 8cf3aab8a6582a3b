//! The `yunzhan` binary: configuration, wiring and the command line.
//! Errors are reported here with `anyhow`; the libraries have typed errors.

mod app;
mod bench;
mod cli;
mod config;
mod demo;
mod seed;

use std::process::ExitCode;

use anyhow::{Context, bail};
use clap::Parser;
use yz_app::Actor;
use yz_app::AppError;
use yz_app::admin::{self, AccountAction};

use crate::cli::{AdminAction, AuditAction, Cli, Command, ServeArgs};
use crate::config::Config;

fn init_logging(json: bool) {
    let filter = tracing_subscriber::EnvFilter::try_from_default_env()
        .unwrap_or_else(|_| tracing_subscriber::EnvFilter::new("info,sqlx=warn,tower_http=warn"));
    let builder = tracing_subscriber::fmt()
        .with_env_filter(filter)
        .with_writer(std::io::stderr);
    let _ = if json {
        builder.json().try_init()
    } else {
        builder.compact().try_init()
    };
}

fn apply(config: &mut Config, args: &ServeArgs) {
    if args.listen.is_some() {
        config.listen = args.listen;
    }
    if args.data.is_some() {
        config.data = args.data.clone();
    }
    if args.tls_cert.is_some() {
        config.tls_cert = args.tls_cert.clone();
    }
    if args.tls_key.is_some() {
        config.tls_key = args.tls_key.clone();
    }
}

fn failure(f: AppError) -> anyhow::Error {
    match f {
        AppError::Invalid(m) => anyhow::anyhow!(
            "{}",
            m.iter()
                .map(|m| yz_i18n::I18n::new(yz_domain::lang::Lang::En).ta(m.key, &m.args))
                .collect::<Vec<_>>()
                .join("; ")
        ),
        e => anyhow::anyhow!("{e}"),
    }
}

async fn run(cli: Cli) -> anyhow::Result<ExitCode> {
    let mut config = Config::load(cli.config.as_deref())?;
    let plain = app::Options {
        demo: false,
        bench_routes: false,
    };
    match cli.command {
        Command::Demo(args) => {
            apply(&mut config, &args);
            init_logging(config.log.as_deref() == Some("json"));
            let state = app::build(
                &config,
                &app::Options {
                    demo: true,
                    bench_routes: false,
                },
            )
            .await?;
            let accounts = demo::seed(&state, &config.data_dir()).await?;
            demo::seed_fair(&state).await?;
            demo::print(&state.config.public_url, &accounts);
            app::serve(&config, state).await?;
        }
        Command::Serve(args) => {
            apply(&mut config, &args);
            init_logging(config.log.as_deref() != Some("pretty"));
            let state = app::build(&config, &plain).await?;
            if !admin::admins_exist(&state)
                .await
                .map_err(|e| anyhow::anyhow!("{e}"))?
            {
                tracing::warn!("no administrators yet: run `yunzhan admin bootstrap`");
            }
            app::serve(&config, state).await?;
        }
        Command::Migrate { data } => {
            config.data = data.or(config.data);
            init_logging(false);
            let settings = config.stores()?;
            yz_store::Stores::open(&settings)
                .await
                .context("migrating")?
                .close()
                .await;
            println!("migrations applied to the main, audit and analytics databases");
        }
        Command::Admin { data, action } => {
            config.data = data.or(config.data);
            init_logging(false);
            let state = app::build(&config, &plain).await?;
            let actor = Actor::cli();
            match action {
                AdminAction::Bootstrap {
                    system_email,
                    security_email,
                    audit_email,
                } => {
                    if admin::admins_exist(&state)
                        .await
                        .map_err(|e| anyhow::anyhow!("{e}"))?
                    {
                        bail!(
                            "administrators already exist; use `yunzhan admin reset-password` instead"
                        );
                    }
                    use yz_domain::role::{Grant, Role, Scope};
                    println!(
                        "One-time credentials (each must be changed at first login, after TOTP enrolment):"
                    );
                    for (email, name, role) in [
                        (&system_email, "System administrator", Role::SystemAdmin),
                        (
                            &security_email,
                            "Security administrator",
                            Role::SecurityAdmin,
                        ),
                        (&audit_email, "Audit administrator", Role::AuditAdmin),
                    ] {
                        let seed = admin::Seed {
                            email,
                            name,
                            grants: vec![Grant {
                                role,
                                scope: Scope::Platform,
                            }],
                            password: None,
                        };
                        let pw = admin::seed_account(&state, &actor, &seed)
                            .await
                            .map_err(failure)?;
                        println!("  {:<15} {:<32} {}", role.as_str(), email, pw);
                    }
                }
                AdminAction::ResetPassword { email } => {
                    let pw = admin::reset_by_operator(&state, &actor, &email)
                        .await
                        .map_err(failure)?;
                    println!("one-time password for {email}: {pw}");
                }
                AdminAction::Lock { email } => {
                    let id = user_id(&state, &email).await?;
                    admin::account_action(&state, &actor, &id, AccountAction::Lock)
                        .await
                        .map_err(failure)?;
                    println!("locked {email}");
                }
                AdminAction::Grant(r) => {
                    admin::grant_role(&state, &actor, &r.input())
                        .await
                        .map_err(failure)?;
                    println!("granted {} to {}", r.role, r.email);
                }
                AdminAction::Revoke(r) => {
                    admin::revoke_role(&state, &actor, &r.input())
                        .await
                        .map_err(failure)?;
                    println!("revoked {} from {}", r.role, r.email);
                }
                AdminAction::Unlock { email } => {
                    let id = user_id(&state, &email).await?;
                    admin::account_action(&state, &actor, &id, AccountAction::Unlock)
                        .await
                        .map_err(failure)?;
                    println!("unlocked {email}");
                }
            }
        }
        Command::Audit {
            data,
            action: AuditAction::Verify,
        } => {
            config.data = data.or(config.data);
            init_logging(false);
            let stores = yz_store::Stores::open(&config.stores()?)
                .await
                .context("opening the databases")?;
            let report = yz_app::audit_log::verify_offline(
                &stores,
                &config.audit_key()?,
                &config.audit_heads(),
            )
            .await
            .map_err(|e| anyhow::anyhow!("verifying the audit chain: {e}"))?;
            stores.close().await;
            match report.broken {
                None => println!(
                    "audit chain intact: {} records verified, signed head matches",
                    report.checked
                ),
                Some(b) => {
                    println!(
                        "AUDIT CHAIN BROKEN after {} good records: {b}",
                        report.checked
                    );
                    return Ok(ExitCode::from(1));
                }
            }
        }
        Command::Sample { kind, path } => {
            let bytes = match kind.as_str() {
                "glb" => yz_media::sample_glb(yz_media::SampleShape::Chair),
                "panorama" => yz_media::sample_panorama(4096),
                "photo" => yz_media::sample_product(1, 800),
                "catalogue" => seed::sample_catalogue(20)?,
                other => anyhow::bail!(
                    "unknown sample {other:?}; known: glb, panorama, photo, catalogue"
                ),
            };
            std::fs::write(&path, bytes).with_context(|| format!("writing {}", path.display()))?;
        }
        Command::Bench(args) => {
            init_logging(false);
            bench::run(args).await?;
        }
        Command::BenchLoad { spec } => {
            // Its own threads, off this runtime.
            tokio::task::spawn_blocking(move || bench::child::main(&spec)).await??;
        }
    }
    Ok(ExitCode::SUCCESS)
}

async fn user_id(state: &yz_web::AppState, email: &str) -> anyhow::Result<String> {
    admin::account_id(state, email).await.map_err(failure)
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    yz_web::server::init_crypto();
    let rt = match tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
    {
        Ok(rt) => rt,
        Err(e) => {
            eprintln!("error: cannot start the runtime: {e}");
            return ExitCode::FAILURE;
        }
    };
    match rt.block_on(run(cli)) {
        Ok(code) => code,
        Err(e) => {
            eprintln!("error: {e:#}");
            ExitCode::FAILURE
        }
    }
}
