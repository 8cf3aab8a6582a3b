//! `bench import --rows N`: an N-row XLSX catalogue imported through the
//! same service the upload uses.

use std::time::Instant;

use anyhow::Context;
use serde_json::json;
use yz_app::catalogue::{COLUMNS, ImportFailure, xlsx};

use super::pages::organizer;
use super::{BenchArgs, Report, start_server};
use crate::config::Config;

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
