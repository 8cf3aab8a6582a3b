//! `bench pages --exhibits N`: a fair with N products (600 exhibitors with
//! booths, generated photos), then the booth, exhibit and hall pages under
//! load; `bench import --rows N`: an N-row XLSX catalogue imported through
//! the same service the upload uses.

use std::time::{Duration, Instant};

use anyhow::Context;
use serde_json::json;
use yz_app::Actor;
use yz_app::admin::{Seed, seed_account};
use yz_app::catalogue::{COLUMNS, ImportFailure, xlsx};
use yz_domain::role::{Grant, Role, Scope};

use super::{BenchArgs, Report, measure_many, start_server};
use crate::config::Config;

async fn organizer(state: &yz_web::AppState) -> anyhow::Result<Actor> {
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

pub async fn pages(args: &BenchArgs, config: &Config, report: &mut Report) -> anyhow::Result<()> {
    let (addr, state) = start_server(config).await?;
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
    let booth = seeded
        .booths
        .get(seeded.booths.len() / 2)
        .context("no booth was booked")?
        .clone();
    let org = &seeded.orgs[seeded.booths.len() / 2].0;
    let exhibit = yz_app::bulk::exhibit_ids(&state, org)
        .await
        .map_err(|e| anyhow::anyhow!("{e}"))?
        .into_iter()
        .next()
        .context("no exhibit")?;
    let hall = booth.split('.').next().unwrap_or("1").to_owned();
    // The same page again and again (served from the page cache after the
    // first request), then many different pages in turn (mostly cache
    // misses: every booth, 20,000 random products, every hall).
    let spread_exhibits: Vec<String> = state
        .stores
        .main
        .fetch_all(
            "SELECT id FROM exhibits WHERE status = 'published' ORDER BY random() LIMIT 20000",
            vec![],
        )
        .await?
        .iter()
        .filter_map(|r| r.text(0).ok())
        .map(|id| format!("/exhibits/{id}"))
        .collect();
    let mut halls: Vec<String> = seeded
        .booths
        .iter()
        .filter_map(|b| b.split('.').next())
        .map(|h| format!("/fairs/canton-demo/halls/{h}"))
        .collect();
    halls.sort();
    halls.dedup();
    let paths: [(&str, Vec<String>); 6] = [
        ("booth", vec![format!("/fairs/canton-demo/booths/{booth}")]),
        ("exhibit", vec![format!("/exhibits/{exhibit}")]),
        ("hall", vec![format!("/fairs/canton-demo/halls/{hall}")]),
        (
            "booth_spread",
            seeded
                .booths
                .iter()
                .map(|b| format!("/fairs/canton-demo/booths/{b}"))
                .collect(),
        ),
        ("exhibit_spread", spread_exhibits),
        ("hall_spread", halls),
    ];
    for (name, list) in &paths {
        let Some(path) = list.first() else {
            anyhow::bail!("nothing to request for {name}");
        };
        let probe = super::load::run(addr, path, 1, 1, Duration::from_millis(200));
        if probe.requests == 0 {
            anyhow::bail!("{path} did not answer 200");
        }
        let r = measure_many(args, report, addr, list, name).await;
        report.line(json!({
            "name": name,
            "rps": (r.rps() * 10.0).round() / 10.0,
            "p50_ms": r.percentile_ms(0.50),
            "p99_ms": r.percentile_ms(0.99),
            "requests": r.requests,
            "errors": r.errors,
            "pages": list.len(),
            "bytes": probe.bytes / probe.requests.max(1),
            "exhibits": seeded.exhibits,
            "exhibitors": seeded.exhibitors,
            "connections": args.connections,
            "seed_seconds": (seed_seconds * 10.0).round() / 10.0,
        }));
    }
    state.stores.close().await;
    Ok(())
}

pub async fn import(args: &BenchArgs, config: &Config, report: &mut Report) -> anyhow::Result<()> {
    let (_addr, state) = start_server(config).await?;
    let actor = organizer(&state).await?;
    crate::demo::create_fair(&state, &actor).await?;
    let seeded = crate::seed::fair(
        &state,
        &crate::seed::Plan {
            fair_slug: "canton-demo",
            owner_id: &actor.id,
            exhibitors: 1,
            exhibits: 0,
            photos: 1,
            preset_ids: &[],
        },
        &mut |_| {},
    )
    .await?;
    let org = seeded.orgs.first().context("no exhibitor")?.0.clone();
    let rows = args.rows;
    report.progress(&format!("writing a {rows}-row catalogue ..."));
    let mut cells = vec![COLUMNS.iter().map(|c| (*c).to_owned()).collect::<Vec<_>>()];
    for i in 0..rows {
        let mut r = vec![String::new(); COLUMNS.len()];
        let set = |r: &mut Vec<String>, col: &str, v: String| {
            if let Some(k) = COLUMNS.iter().position(|c| *c == col) {
                r[k] = v;
            }
        };
        set(&mut r, "source_lang", "en".into());
        set(&mut r, "title_en", format!("LED panel light, model {i}"));
        set(&mut r, "title_zh", format!("LED 平板灯 {i} 型"));
        set(
            &mut r,
            "description_en",
            "Aluminium frame, 4000 K, flicker-free driver, 5-year warranty.".into(),
        );
        set(&mut r, "hs_code", "9405.42".into());
        set(&mut r, "model_number", format!("LP-{i:05}"));
        set(&mut r, "price_min", format!("{}.50", 10 + i % 40));
        set(&mut r, "price_max", format!("{}.00", 60 + i % 40));
        set(&mut r, "currency", "USD".into());
        set(&mut r, "moq", "100".into());
        set(&mut r, "lead_time_days", "25".into());
        set(&mut r, "incoterms", "FOB, CIF".into());
        set(&mut r, "ports", "Ningbo, Shanghai".into());
        set(&mut r, "specs", "Power: 36 W\nSize: 600 x 600 mm".into());
        cells.push(r);
    }
    let bytes = xlsx(&cells, &[]).map_err(|e| anyhow::anyhow!("{e}"))?;
    let size = bytes.len();
    report.progress(&format!("importing {rows} rows ..."));
    let started = Instant::now();
    let n = match yz_app::catalogue::import(&state, &actor, &org, bytes).await {
        Ok(n) => n,
        Err(ImportFailure::Other(e)) => anyhow::bail!("import failed: {e}"),
        Err(ImportFailure::Refused(_)) => anyhow::bail!("import refused the generated rows"),
    };
    let seconds = started.elapsed().as_secs_f64();
    report.line(json!({
        "name": "import",
        "rows": n,
        "xlsx_bytes": size,
        "seconds": (seconds * 1000.0).round() / 1000.0,
        "rps": (n as f64 / seconds).round(),
    }));
    state.stores.close().await;
    Ok(())
}
