//! A small HTTP/1.1 load generator: keep-alive connections on their own
//! threads, each sending GETs back to back until the deadline, recording
//! every latency.

use std::net::SocketAddr;
use std::sync::Arc;
use std::time::{Duration, Instant};

use http_body_util::{BodyExt, Empty};
use hyper::body::Bytes;
use hyper_util::rt::TokioIo;

#[derive(Debug, Default)]
pub struct LoadResult {
    pub requests: u64,
    pub errors: u64,
    pub bytes: u64,
    pub seconds: f64,
    pub latencies_us: Vec<u32>,
}

impl LoadResult {
    pub fn rps(&self) -> f64 {
        if self.seconds > 0.0 {
            self.requests as f64 / self.seconds
        } else {
            0.0
        }
    }
    /// The latency below which `q` (0..1) of the requests fall, in ms.
    pub fn percentile_ms(&self, q: f64) -> f64 {
        if self.latencies_us.is_empty() {
            return 0.0;
        }
        let mut v = self.latencies_us.clone();
        v.sort_unstable();
        let i = ((v.len() as f64 - 1.0) * q).round() as usize;
        f64::from(v[i.min(v.len() - 1)]) / 1000.0
    }
}

/// One keep-alive connection requesting `paths` in turn, from `start`.
async fn one_connection(
    addr: SocketAddr,
    paths: Arc<Vec<String>>,
    start: usize,
    until: Instant,
    out: &mut LoadResult,
) {
    if paths.is_empty() {
        return;
    }
    let mut next = start % paths.len();
    let Ok(stream) = tokio::net::TcpStream::connect(addr).await else {
        out.errors += 1;
        return;
    };
    let _ = stream.set_nodelay(true);
    let Ok((mut sender, conn)) = hyper::client::conn::http1::handshake(TokioIo::new(stream)).await
    else {
        out.errors += 1;
        return;
    };
    tokio::spawn(conn);
    let host = addr.to_string();
    while Instant::now() < until {
        let path = &paths[next];
        next = (next + 1) % paths.len();
        let req = match hyper::Request::get(path.as_str())
            .header(hyper::header::HOST, host.as_str())
            .header(hyper::header::ACCEPT_LANGUAGE, "zh-CN,zh;q=0.9,en;q=0.8")
            .body(Empty::<Bytes>::new())
        {
            Ok(r) => r,
            Err(_) => {
                out.errors += 1;
                return;
            }
        };
        let started = Instant::now();
        match sender.send_request(req).await {
            Ok(res) => {
                let ok = res.status().is_success();
                match res.into_body().collect().await {
                    Ok(body) if ok => {
                        out.bytes += body.to_bytes().len() as u64;
                        out.requests += 1;
                        out.latencies_us
                            .push(started.elapsed().as_micros().min(u128::from(u32::MAX)) as u32);
                    }
                    _ => out.errors += 1,
                }
            }
            Err(_) => {
                out.errors += 1;
                return;
            }
        }
    }
}

/// Runs `connections` connections spread over `threads` client threads,
/// all requesting `path`.
pub fn run(
    addr: SocketAddr,
    path: &str,
    connections: usize,
    threads: usize,
    duration: Duration,
) -> LoadResult {
    run_many(addr, &[path.to_owned()], connections, threads, duration)
}

/// Like [`run`], each connection going through `paths` in turn (starting
/// at a different place), so no one page stays hot.
pub fn run_many(
    addr: SocketAddr,
    paths: &[String],
    connections: usize,
    threads: usize,
    duration: Duration,
) -> LoadResult {
    let paths = Arc::new(paths.to_vec());
    let stride = (paths.len() / connections.max(1)).max(1);
    let started = Instant::now();
    let until = started + duration;
    let threads = threads.max(1);
    let handles: Vec<_> = (0..threads)
        .map(|t| {
            let paths = paths.clone();
            let first = t * (connections / threads + 1);
            let mine = connections / threads + usize::from(t < connections % threads);
            std::thread::spawn(move || {
                let rt = tokio::runtime::Builder::new_current_thread()
                    .enable_all()
                    .build();
                let Ok(rt) = rt else {
                    return LoadResult::default();
                };
                rt.block_on(async move {
                    let mut set = tokio::task::JoinSet::new();
                    for k in 0..mine {
                        let paths = paths.clone();
                        let start = (first + k) * stride;
                        set.spawn(async move {
                            let mut r = LoadResult::default();
                            one_connection(addr, paths, start, until, &mut r).await;
                            r
                        });
                    }
                    let mut total = LoadResult::default();
                    while let Some(Ok(r)) = set.join_next().await {
                        total.requests += r.requests;
                        total.errors += r.errors;
                        total.bytes += r.bytes;
                        total.latencies_us.extend(r.latencies_us);
                    }
                    total
                })
            })
        })
        .collect();
    let mut total = LoadResult::default();
    for h in handles {
        if let Ok(r) = h.join() {
            total.requests += r.requests;
            total.errors += r.errors;
            total.bytes += r.bytes;
            total.latencies_us.extend(r.latencies_us);
        }
    }
    total.seconds = started.elapsed().as_secs_f64();
    total
}
