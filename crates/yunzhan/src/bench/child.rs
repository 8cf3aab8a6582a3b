//! The load generator in its own process (`yunzhan bench-load SPEC`, a
//! hidden subcommand of the same binary), so its threads are seen apart
//! from the server's and do not share its runtime.

use std::net::SocketAddr;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use anyhow::{Context, bail};
use serde::{Deserialize, Serialize};

use super::load::{LoadResult, Shape, run_plan};

/// What the child loads.
#[derive(Debug, Serialize, Deserialize)]
struct Spec {
    addr: SocketAddr,
    /// One path per line, the most popular first.
    paths: PathBuf,
    shape: Shape,
}

/// What the child reports.
#[derive(Debug, Default, Clone, Serialize, Deserialize)]
pub struct Summary {
    pub requests: u64,
    pub errors: u64,
    pub bytes: u64,
    pub seconds: f64,
    pub p50_ms: f64,
    pub p99_ms: f64,
}

impl Summary {
    pub fn rps(&self) -> f64 {
        if self.seconds > 0.0 {
            self.requests as f64 / self.seconds
        } else {
            0.0
        }
    }
    fn of(r: &LoadResult) -> Summary {
        Summary {
            requests: r.requests,
            errors: r.errors,
            bytes: r.bytes,
            seconds: r.seconds,
            p50_ms: r.percentile_ms(0.50),
            p99_ms: r.percentile_ms(0.99),
        }
    }
}

/// A list of pages written once for the child processes to read.
pub struct Pages {
    pub file: PathBuf,
    pub len: usize,
}

impl Pages {
    pub fn write(dir: &Path, name: &str, paths: &[String]) -> anyhow::Result<Pages> {
        std::fs::create_dir_all(dir)?;
        let file = dir.join(format!("{name}.paths"));
        std::fs::write(&file, paths.join("\n"))
            .with_context(|| format!("writing {}", file.display()))?;
        Ok(Pages {
            file,
            len: paths.len(),
        })
    }
}

/// Runs a child process loading `pages` as `shape` says; waits for it.
pub async fn load(addr: SocketAddr, pages: &Pages, shape: Shape) -> anyhow::Result<Summary> {
    let spec = Spec {
        addr,
        paths: pages.file.clone(),
        shape,
    };
    let spec_file = pages.file.with_extension("spec.json");
    std::fs::write(&spec_file, serde_json::to_vec(&spec)?)?;
    let exe = std::env::current_exe().context("finding this binary")?;
    let out = tokio::process::Command::new(exe)
        .arg("bench-load")
        .arg(&spec_file)
        .kill_on_drop(true)
        .output()
        .await
        .context("starting the load generator")?;
    if !out.status.success() {
        bail!(
            "the load generator failed: {}",
            String::from_utf8_lossy(&out.stderr)
        );
    }
    serde_json::from_slice(&out.stdout).context("reading the load generator's figures")
}

/// The child's side: loads as the spec says and prints its figures as JSON.
pub fn main(spec_file: &Path) -> anyhow::Result<()> {
    let spec: Spec = serde_json::from_slice(
        &std::fs::read(spec_file).with_context(|| format!("reading {}", spec_file.display()))?,
    )?;
    let text = std::fs::read_to_string(&spec.paths)?;
    let paths: Vec<String> = text.lines().map(str::to_owned).collect();
    if paths.is_empty() {
        bail!("no pages to load");
    }
    let r = run_plan(spec.addr, Arc::new(paths), &spec.shape);
    println!("{}", serde_json::to_string(&Summary::of(&r))?);
    Ok(())
}
