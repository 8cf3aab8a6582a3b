//! `yunzhan bench SCENARIO`: measured scenarios, printed as a table or, with
//! `--json`, one JSON object per line (`name` plus its figures) so runs can
//! be compared by script. Page scenarios also time a static page of the
//! same size served by the same binary in the same run and report `ratio`
//! (ours / static), which holds on a noisy machine.

pub mod child;
mod import;
mod load;
mod pages;
mod writer;

use std::io::Write;
use std::path::PathBuf;
use std::sync::Arc;
use std::time::{Duration, Instant};

use anyhow::{Context, bail};
use clap::Args;
use serde_json::{Value, json};
use yz_domain::audit::{AuditEntry, Outcome};

use crate::app;
use crate::config::Config;

#[derive(Args)]
pub struct BenchArgs {
    /// home | audit | pages | import
    pub scenario: String,
    /// One JSON object per line instead of a table.
    #[arg(long)]
    pub json: bool,
    /// Seconds of load per measured page.
    #[arg(long, default_value_t = 8)]
    pub seconds: u64,
    /// Concurrent keep-alive connections.
    #[arg(long, default_value_t = 32)]
    pub connections: usize,
    /// Client threads of the load generator.
    #[arg(long, default_value_t = 1)]
    pub client_threads: usize,
    /// Audit records to append (audit scenario).
    #[arg(long, default_value_t = 50_000)]
    pub count: usize,
    /// Products in the generated fair (pages scenario).
    #[arg(long, default_value_t = 100_000)]
    pub exhibits: usize,
    /// Catalogue rows to import (import scenario).
    #[arg(long, default_value_t = 10_000)]
    pub rows: usize,
    /// views_sustained for 10 minutes instead of 60 s (pages scenario).
    #[arg(long)]
    pub long: bool,
    /// Data folder (default: a fresh temporary one, removed afterwards).
    #[arg(long)]
    pub data: Option<PathBuf>,
}

struct Report {
    json: bool,
    rows: Vec<Value>,
}

impl Report {
    fn line(&mut self, v: Value) {
        if self.json {
            println!("{v}");
        }
        self.rows.push(v);
    }
    fn progress(&self, text: &str) {
        if !self.json {
            eprint!("\r\x1b[2K  {text}");
            let _ = std::io::stderr().flush();
        }
    }
    fn table(&self) {
        if self.json {
            return;
        }
        eprintln!();
        println!(
            "{:<14} {:>10} {:>9} {:>9} {:>8} {:>9}",
            "name", "rps", "p50 ms", "p99 ms", "ratio", "seconds"
        );
        for r in &self.rows {
            let f = |k: &str| {
                r.get(k)
                    .and_then(Value::as_f64)
                    .map(|v| format!("{v:.2}"))
                    .unwrap_or_else(|| "—".into())
            };
            println!(
                "{:<14} {:>10} {:>9} {:>9} {:>8} {:>9}",
                r.get("name").and_then(Value::as_str).unwrap_or(""),
                f("rps"),
                f("p50_ms"),
                f("p99_ms"),
                f("ratio"),
                f("seconds")
            );
        }
        println!(
            "machine: {} cores, {}",
            std::thread::available_parallelism()
                .map(|n| n.get())
                .unwrap_or(0),
            std::env::consts::ARCH
        );
    }
}

struct TempData(PathBuf, bool);
impl Drop for TempData {
    fn drop(&mut self) {
        if self.1 {
            let _ = std::fs::remove_dir_all(&self.0);
        }
    }
}

fn data_dir(args: &BenchArgs) -> TempData {
    match &args.data {
        Some(d) => TempData(d.clone(), false),
        None => {
            let nanos = Instant::now().elapsed().as_nanos();
            let d =
                std::env::temp_dir().join(format!("yunzhan-bench-{}-{nanos}", std::process::id()));
            TempData(d, true)
        }
    }
}

pub async fn run(args: BenchArgs) -> anyhow::Result<()> {
    let data = data_dir(&args);
    let config = Config {
        data: Some(data.0.clone()),
        listen: Some(std::net::SocketAddr::from(([127, 0, 0, 1], 0))),
        // The busy writer's users come through a proxy on this machine.
        trusted_proxies: vec!["127.0.0.1/32".into()],
        ..Config::load(None)?
    };
    let mut report = Report {
        json: args.json,
        rows: vec![],
    };
    match args.scenario.as_str() {
        "home" => home(&args, &config, &mut report).await?,
        "audit" => audit(&args, &config, &mut report).await?,
        "pages" => pages::pages(&args, &config, &mut report).await?,
        "import" => import::import(&args, &config, &mut report).await?,
        other => bail!("unknown scenario {other:?}; known: home, audit, pages, import"),
    }
    report.table();
    Ok(())
}

/// Serves the app on a random loopback port; returns its address.
async fn start_server(config: &Config) -> anyhow::Result<(std::net::SocketAddr, yz_web::AppState)> {
    let state = app::build(
        config,
        &app::Options {
            demo: false,
            bench_routes: true,
        },
    )
    .await?;
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await?;
    let addr = listener.local_addr()?;
    let router = yz_web::router(&state);
    tokio::spawn(yz_web::server::serve(listener, router, None));
    Ok((addr, state))
}

async fn measure(
    args: &BenchArgs,
    report: &Report,
    addr: std::net::SocketAddr,
    path: &str,
    label: &str,
) -> load::LoadResult {
    measure_many(args, report, addr, &[path.to_owned()], label).await
}

/// Warms up for a second, then loads `paths` in turn for the set time.
async fn measure_many(
    args: &BenchArgs,
    report: &Report,
    addr: std::net::SocketAddr,
    paths: &[String],
    label: &str,
) -> load::LoadResult {
    let (c, t) = (args.connections, args.client_threads);
    let secs = args.seconds;
    let p = paths.to_vec();
    report.progress(&format!("warming up {label} ..."));
    let _ =
        tokio::task::spawn_blocking(move || load::run_many(addr, &p, c, t, Duration::from_secs(1)))
            .await;
    report.progress(&format!("measuring {label} for {secs} s ..."));
    let p = paths.to_vec();
    tokio::task::spawn_blocking(move || load::run_many(addr, &p, c, t, Duration::from_secs(secs)))
        .await
        .unwrap_or_default()
}

async fn home(args: &BenchArgs, config: &Config, report: &mut Report) -> anyhow::Result<()> {
    let (addr, _state) = start_server(config).await?;
    let size = {
        let r = load::run(addr, "/", 1, 1, Duration::from_millis(200));
        if r.requests == 0 {
            bail!("the home page did not answer 200");
        }
        (r.bytes / r.requests) as usize
    };
    let ours = measure(args, report, addr, "/", "home").await;
    let stat = measure(
        args,
        report,
        addr,
        &format!("/bench/static?bytes={size}"),
        "static page",
    )
    .await;
    let ratio = if stat.rps() > 0.0 {
        ours.rps() / stat.rps()
    } else {
        0.0
    };
    for (name, r, extra) in [("home", &ours, Some(ratio)), ("home_static", &stat, None)] {
        let mut v = json!({
            "name": name,
            "rps": (r.rps() * 10.0).round() / 10.0,
            "p50_ms": r.percentile_ms(0.50),
            "p99_ms": r.percentile_ms(0.99),
            "requests": r.requests,
            "errors": r.errors,
            "bytes": size,
            "seconds": (r.seconds * 100.0).round() / 100.0,
            "connections": args.connections,
        });
        if let Some(ratio) = extra {
            v["ratio"] = json!((ratio * 1000.0).round() / 1000.0);
        }
        report.line(v);
    }
    Ok(())
}

async fn audit(args: &BenchArgs, config: &Config, report: &mut Report) -> anyhow::Result<()> {
    let state = app::build(
        config,
        &app::Options {
            demo: false,
            bench_routes: false,
        },
    )
    .await?;
    let log = state.audit.clone();
    let clock = state.clock.clone();
    let count = args.count;
    let started = Instant::now();
    let done = Arc::new(std::sync::atomic::AtomicUsize::new(0));
    let mut set = tokio::task::JoinSet::new();
    let workers = 256.min(count.max(1));
    for w in 0..workers {
        let log = log.clone();
        let clock = clock.clone();
        let done = done.clone();
        set.spawn(async move {
            let mut i = w;
            while i < count {
                let entry = AuditEntry {
                    actor_id: format!("user-{}", i % 1000),
                    actor_role: "visitor".into(),
                    source_ip: "203.0.113.7".into(),
                    action: "auth.login".into(),
                    target: format!("user:{}", i % 1000),
                    outcome: if i % 10 == 0 {
                        Outcome::Failure
                    } else {
                        Outcome::Success
                    },
                    detail: "{\"stage\":\"full\"}".into(),
                };
                log.append(clock.now_ms(), entry).await?;
                done.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
                i += workers;
            }
            Ok::<_, yz_store::StoreError>(())
        });
    }
    let progress = {
        let done = done.clone();
        let json = args.json;
        tokio::spawn(async move {
            loop {
                tokio::time::sleep(Duration::from_millis(250)).await;
                if !json {
                    let n = done.load(std::sync::atomic::Ordering::Relaxed);
                    let width = 30 * n / count.max(1);
                    eprint!(
                        "\r\x1b[2K  appending [{}{}] {n}/{count}",
                        "#".repeat(width),
                        " ".repeat(30 - width)
                    );
                }
            }
        })
    };
    while let Some(r) = set.join_next().await {
        r.context("append task")??;
    }
    let seconds = started.elapsed().as_secs_f64();
    progress.abort();
    report.progress("verifying the chain ...");
    let v_started = Instant::now();
    let verified = log.verify().await?;
    let verify_seconds = v_started.elapsed().as_secs_f64();
    report.line(json!({
        "name": "audit",
        "rps": (count as f64 / seconds * 10.0).round() / 10.0,
        "count": count,
        "seconds": (seconds * 100.0).round() / 100.0,
        "chain_ok": verified.broken.is_none() && verified.checked == count as u64,
        "verified": verified.checked,
        "verify_seconds": (verify_seconds * 100.0).round() / 100.0,
    }));
    state.stores.close().await;
    Ok(())
}
