//! `bench pages --exhibits N`: a fair with N products (600 exhibitors with
//! booths, generated photos), then, side by side in one run, the fair home,
//! hall, booth and exhibit pages:
//!
//! - one page again and again (`booth`, `exhibit`, `hall`, `fair_home`);
//! - `*_spread`: uniform over all pages of the kind (all N products),
//!   warmed up with another random sequence than the one measured;
//! - `*_cold`: Zipf over all pages, the page cache off (a second node on the
//!   same database);
//! - `*_busy`: Zipf (s = 1) over all pages, cache on, while a writer makes
//!   50 writes a second through HTTP (`writer.rs`), after 30 s of warm-up;
//! - `views_sustained`: 5,000 views a second (Zipf over all booth and
//!   exhibit pages) for 60 s (600 s with `--long`), writer still on, then
//!   how far the outbox is behind and how many views were dropped.
//!
//! Each line carries the cache's hit ratio during the measurement and the
//! ratio of its rate to a static page of the same size served by the same
//! binary in the same run. The load comes from a child process (`child.rs`).

use std::sync::Arc;
use std::time::{Duration, Instant};

use anyhow::Context;
use serde_json::{Value, json};
use yz_app::Actor;
use yz_app::admin::{Seed, seed_account};
use yz_domain::role::{Grant, Role, Scope};

use super::child::{self, Pages, Summary};
use super::load::{Order, Shape};
use super::{BenchArgs, Report, start_server, writer};
use crate::config::Config;

pub(super) async fn organizer(state: &yz_web::AppState) -> anyhow::Result<Actor> {
    let actor = Actor::cli().as_user("bench", "operator");
    let email = "organizer@bench.yunzhan.local";
    seed_account(
        state,
        &actor,
        &Seed {
            email,
            name: "Bench Organizer",
            grants: vec![Grant {
                role: Role::Organizer,
                scope: Scope::Platform,
            }],
            password: None,
        },
    )
    .await
    .map_err(|_| anyhow::anyhow!("creating the bench organizer"))?;
    let id = yz_app::bulk::account_id(state, email)
        .await
        .map_err(|e| anyhow::anyhow!("{e}"))?
        .context("the bench organizer")?;
    yz_app::sessions::operator_acting_as(state, &id)
        .await
        .map_err(|e| anyhow::anyhow!("acting as the bench organizer: {e}"))
}

/// One kind of page: its list (most popular first) and a static page of
/// its size to compare with.
struct Kind {
    name: &'static str,
    pages: Pages,
    first: String,
    static_rps: f64,
}

/// Where the runs go and what they compare with.
struct Run<'a> {
    args: &'a BenchArgs,
    report: &'a mut Report,
    seeded: Value,
    /// The busy writer's count, once it runs.
    tally: Option<Arc<writer::Tally>>,
}

fn round(v: f64, places: i32) -> f64 {
    let f = 10f64.powi(places);
    (v * f).round() / f
}

impl Run<'_> {
    fn shape(&self, order: Order, seconds: f64) -> Shape {
        Shape {
            order,
            connections: self.args.connections,
            threads: self.args.client_threads,
            seconds,
            rate: None,
        }
    }

    /// Loads `pages` on `state` at `addr` and reports the line `name`.
    #[allow(clippy::too_many_arguments)]
    async fn line(
        &mut self,
        name: &str,
        kind: &Kind,
        pages: &Pages,
        state: &yz_web::AppState,
        addr: std::net::SocketAddr,
        warm: (Order, f64),
        measured: Order,
        extra: Value,
    ) -> anyhow::Result<Summary> {
        self.report.progress(&format!("warming up {name} ..."));
        child::load(addr, pages, self.shape(warm.0, warm.1)).await?;
        self.report
            .progress(&format!("measuring {name} for {} s ...", self.args.seconds));
        let before = state.cache.counts();
        let written = self.tally.as_ref().map(|t| t.counts());
        let r = child::load(addr, pages, self.shape(measured, self.args.seconds as f64)).await?;
        let after = state.cache.counts();
        let writes = match (&self.tally, written) {
            (Some(t), Some((done, failed))) => {
                let (d, f) = t.counts();
                json!({
                    "writes_per_s": round((d - done) as f64 / r.seconds.max(0.001), 1),
                    "writes_refused": f - failed,
                })
            }
            _ => json!({}),
        };
        let (hits, misses) = (after.0 - before.0, after.1 - before.1);
        let hit_ratio = if hits + misses > 0 {
            Value::from(round(hits as f64 / (hits + misses) as f64, 3))
        } else {
            Value::Null
        };
        let mut v = json!({
            "name": name,
            "rps": round(r.rps(), 1),
            "p50_ms": r.p50_ms,
            "p99_ms": r.p99_ms,
            "requests": r.requests,
            "errors": r.errors,
            "pages": pages.len,
            "bytes": r.bytes / r.requests.max(1),
            "hit_ratio": hit_ratio,
            "ratio": if kind.static_rps > 0.0 { round(r.rps() / kind.static_rps, 3) } else { 0.0 },
            "connections": self.args.connections,
        });
        if let (Some(o), Some(e), Some(w)) =
            (v.as_object_mut(), extra.as_object(), writes.as_object())
        {
            o.extend(e.clone());
            o.extend(w.clone());
            if let Some(s) = self.seeded.as_object() {
                o.extend(s.clone());
            }
        }
        self.report.line(v);
        Ok(r)
    }
}

async fn list(state: &yz_web::AppState, sql: &str, prefix: &str) -> anyhow::Result<Vec<String>> {
    Ok(state
        .stores
        .main
        .fetch_all(sql, vec![])
        .await?
        .iter()
        .filter_map(|r| r.text(0).ok())
        .map(|id| format!("{prefix}{id}"))
        .collect())
}

pub async fn pages(args: &BenchArgs, config: &Config, report: &mut Report) -> anyhow::Result<()> {
    let (addr, state) = start_server(config).await?;
    let background = yz_web::Background::start(&state);
    let actor = organizer(&state).await?;
    crate::demo::create_fair(&state, &actor).await?;
    let started = Instant::now();
    let total = args.exhibits;
    let json_out = args.json;
    let plan = crate::seed::Plan {
        fair_slug: "canton-demo",
        owner_id: &actor.id,
        exhibitors: 600,
        exhibits: total,
        photos: 8,
        preset_ids: &[],
    };
    let seeded = crate::seed::fair(&state, &plan, &mut |n| {
        if !json_out {
            eprint!("\r\x1b[2K  generating exhibits {n}/{total}");
        }
    })
    .await?;
    let seed_seconds = started.elapsed().as_secs_f64();
    let dir = config.data_dir().join("bench");
    // Every page of each kind, in a random order: the first is the most
    // popular under Zipf.
    report.progress("listing pages ...");
    let exhibits = list(
        &state,
        "SELECT id FROM exhibits WHERE status = 'published' ORDER BY random()",
        "/exhibits/",
    )
    .await?;
    let mut booths: Vec<String> = seeded
        .booths
        .iter()
        .map(|b| format!("/fairs/canton-demo/booths/{b}"))
        .collect();
    let mut halls: Vec<String> = seeded
        .booths
        .iter()
        .filter_map(|b| b.split('.').next())
        .map(|h| format!("/fairs/canton-demo/halls/{h}"))
        .collect();
    halls.sort();
    halls.dedup();
    {
        use rand::seq::SliceRandom;
        let mut rng = rand::thread_rng();
        booths.shuffle(&mut rng);
        halls.shuffle(&mut rng);
    }
    let home = vec!["/fairs/canton-demo".to_owned()];
    let mut kinds = Vec::new();
    for (name, paths) in [
        ("fair_home", &home),
        ("hall", &halls),
        ("booth", &booths),
        ("exhibit", &exhibits),
    ] {
        let first = paths.first().context("no page")?.clone();
        let probe = super::load::run(addr, &first, 1, 1, Duration::from_millis(300));
        if probe.requests == 0 {
            anyhow::bail!("{first} did not answer 200");
        }
        let size = probe.bytes / probe.requests;
        report.progress(&format!("static page of {size} bytes ..."));
        let stat = Pages::write(
            &dir,
            &format!("{name}-static"),
            &[format!("/bench/static?bytes={size}")],
        )?;
        let shape = |secs| Shape {
            order: Order::Cycle,
            connections: args.connections,
            threads: args.client_threads,
            seconds: secs,
            rate: None,
        };
        child::load(addr, &stat, shape(1.0)).await?;
        let s = child::load(addr, &stat, shape(args.seconds as f64)).await?;
        report.line(json!({
            "name": format!("{name}_static"),
            "rps": round(s.rps(), 1),
            "p50_ms": s.p50_ms,
            "p99_ms": s.p99_ms,
            "bytes": size,
            "connections": args.connections,
        }));
        kinds.push(Kind {
            name,
            pages: Pages::write(&dir, name, paths)?,
            first,
            static_rps: s.rps(),
        });
    }
    let mut run = Run {
        args,
        report,
        seeded: json!({
            "exhibits": seeded.exhibits,
            "exhibitors": seeded.exhibitors,
            "seed_seconds": round(seed_seconds, 1),
        }),
        tally: None,
    };
    let none = json!({});
    // One page, again and again.
    for k in &kinds {
        let one = Pages::write(
            &dir,
            &format!("{}-one", k.name),
            std::slice::from_ref(&k.first),
        )?;
        run.line(
            k.name,
            k,
            &one,
            &state,
            addr,
            (Order::Cycle, 1.0),
            Order::Cycle,
            none.clone(),
        )
        .await?;
    }
    // Uniform over all: the worst case for the cache.
    for k in kinds.iter().filter(|k| k.pages.len > 1) {
        let name = format!("{}_spread", k.name);
        run.line(
            &name,
            k,
            &k.pages,
            &state,
            addr,
            (Order::Uniform(1), 5.0),
            Order::Uniform(2),
            none.clone(),
        )
        .await?;
    }
    // The database path: a second node on the same files, cache off.
    let cold_config = Config {
        page_cache: Some(false),
        ..config.clone()
    };
    let (cold_addr, cold_state) = start_server(&cold_config).await?;
    for k in &kinds {
        let name = format!("{}_cold", k.name);
        run.line(
            &name,
            k,
            &k.pages,
            &cold_state,
            cold_addr,
            (Order::Zipf(3), 2.0),
            Order::Zipf(4),
            none.clone(),
        )
        .await?;
    }
    cold_state.stores.close().await;
    // A busy fair: 50 writes a second while pages are read.
    run.report.progress("seeding the writer's accounts ...");
    let popular: Vec<String> = exhibits.iter().take(5000).cloned().collect();
    let cast = writer::cast(&state, &popular, &seeded.orgs).await?;
    let tally = Arc::new(writer::Tally::default());
    let writing = writer::start(addr, cast, tally.clone()).await?;
    run.tally = Some(tally.clone());
    for k in &kinds {
        let name = format!("{}_busy", k.name);
        let warm = (Order::Zipf(5), 30.0);
        run.line(
            &name,
            k,
            &k.pages,
            &state,
            addr,
            warm,
            Order::Zipf(6),
            none.clone(),
        )
        .await?;
    }
    // Views the analytics must keep up with.
    let mut all_views: Vec<String> = booths.clone();
    all_views.extend(exhibits.iter().cloned());
    {
        use rand::seq::SliceRandom;
        all_views.shuffle(&mut rand::thread_rng());
    }
    let views = Pages::write(&dir, "views", &all_views)?;
    let seconds = if args.long { 600.0 } else { 60.0 };
    let dropped = state.views.dropped();
    let (writes_before, _) = tally.counts();
    run.report
        .progress(&format!("5,000 views a second for {seconds} s ..."));
    let r = child::load(
        addr,
        &views,
        Shape {
            order: Order::Zipf(7),
            connections: args.connections,
            threads: args.client_threads,
            seconds,
            rate: Some(5000.0),
        },
    )
    .await?;
    let written = tally.counts();
    let lags = yz_app::consumers::lags(&state)
        .await
        .map_err(|e| anyhow::anyhow!("{e}"))?;
    let worst = lags.iter().map(|l| l.2).fold(0.0, f64::max);
    let backlog: i64 = lags.iter().map(|l| l.1).sum();
    run.report.line(json!({
        "name": "views_sustained",
        "rps": round(r.rps(), 1),
        "p50_ms": r.p50_ms,
        "p99_ms": r.p99_ms,
        "requests": r.requests,
        "errors": r.errors,
        "seconds": round(r.seconds, 1),
        "outbox_lag_s": round(worst, 2),
        "outbox_backlog": backlog,
        "views_dropped": state.views.dropped() - dropped,
        "pages": views.len,
        "writes_per_s": round((written.0 - writes_before) as f64 / r.seconds.max(0.001), 1),
    }));
    writing.abort();
    // Let the writes under way finish before the databases close.
    tokio::time::sleep(Duration::from_secs(2)).await;
    background.stop();
    state.stores.close().await;
    Ok(())
}
