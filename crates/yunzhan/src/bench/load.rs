//! A small HTTP/1.1 load generator: keep-alive connections on their own
//! threads, each sending GETs back to back until the deadline, recording
//! every latency.

use std::net::SocketAddr;
use std::sync::Arc;
use std::time::{Duration, Instant};

use http_body_util::{BodyExt, Empty};
use hyper::body::Bytes;
use hyper_util::rt::TokioIo;
use serde::{Deserialize, Serialize};

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

/// In which order a connection requests the pages.
#[derive(Debug, Clone, Copy, Serialize, Deserialize)]
pub enum Order {
    /// In turn, each connection starting at a different place.
    Cycle,
    /// At random, each page as likely (seeded).
    Uniform(u64),
    /// At random, the page of rank k with weight 1/k (Zipf, s = 1), the
    /// first page the most popular (seeded).
    Zipf(u64),
}

/// Picks the next page of one connection.
enum Picker {
    Cycle(usize),
    Uniform(rand::rngs::StdRng),
    Zipf(rand::rngs::StdRng, rand_distr::Zipf<f64>),
}

impl Picker {
    fn new(order: Order, len: usize, connection: usize, stride: usize) -> Picker {
        use rand::SeedableRng;
        let rng = |seed: u64| rand::rngs::StdRng::seed_from_u64(seed ^ (connection as u64) << 32);
        match order {
            Order::Cycle => Picker::Cycle((connection * stride) % len.max(1)),
            Order::Uniform(seed) => Picker::Uniform(rng(seed)),
            Order::Zipf(seed) => match rand_distr::Zipf::new(len as u64, 1.0) {
                Ok(z) => Picker::Zipf(rng(seed), z),
                Err(_) => Picker::Uniform(rng(seed)),
            },
        }
    }
    fn next(&mut self, len: usize) -> usize {
        use rand::Rng;
        match self {
            Picker::Cycle(i) => {
                let at = *i;
                *i = (*i + 1) % len;
                at
            }
            Picker::Uniform(rng) => rng.gen_range(0..len),
            Picker::Zipf(rng, z) => (rng.sample(*z) as usize).saturating_sub(1).min(len - 1),
        }
    }
}

/// One keep-alive connection requesting `paths` in `order`; with `every`,
/// at most one request per that interval (an open schedule: a late
/// request is sent at once, and its latency counts from when it was due).
async fn one_connection(
    addr: SocketAddr,
    paths: Arc<Vec<String>>,
    mut picker: Picker,
    every: Option<Duration>,
    until: Instant,
    out: &mut LoadResult,
) {
    if paths.is_empty() {
        return;
    }
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
    let mut due = Instant::now();
    while Instant::now() < until {
        if every.is_some() {
            tokio::time::sleep_until(due.into()).await;
        }
        let path = &paths[picker.next(paths.len())];
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
        let started = if every.is_some() { due } else { Instant::now() };
        if let Some(every) = every {
            due += every;
        }
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
    run_plan(
        addr,
        Arc::new(paths.to_vec()),
        &Shape {
            order: Order::Cycle,
            connections,
            threads,
            seconds: duration.as_secs_f64(),
            rate: None,
        },
    )
}

/// How a run loads the server.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Shape {
    pub order: Order,
    pub connections: usize,
    pub threads: usize,
    pub seconds: f64,
    /// Requests per second in all (None: as fast as answers come).
    pub rate: Option<f64>,
}

/// Loads `paths` as `shape` says.
pub fn run_plan(addr: SocketAddr, paths: Arc<Vec<String>>, shape: &Shape) -> LoadResult {
    let connections = shape.connections.max(1);
    let stride = (paths.len() / connections).max(1);
    let every = shape
        .rate
        .filter(|r| *r > 0.0)
        .map(|r| Duration::from_secs_f64(connections as f64 / r));
    let started = Instant::now();
    let until = started + Duration::from_secs_f64(shape.seconds);
    let threads = shape.threads.max(1);
    let order = shape.order;
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
                        let picker = Picker::new(order, paths.len(), first + k, stride);
                        set.spawn(async move {
                            let mut r = LoadResult::default();
                            one_connection(addr, paths, picker, every, until, &mut r).await;
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn zipf_favours_the_first_pages_and_reaches_the_last() {
        let n = 1000;
        let mut p = Picker::new(Order::Zipf(7), n, 0, 1);
        let mut counts = vec![0u32; n];
        for _ in 0..200_000 {
            counts[p.next(n)] += 1;
        }
        // With s = 1 the first page draws about 1 / H(1000) = 13 % of all.
        let first = f64::from(counts[0]) / 200_000.0;
        assert!((0.11..0.16).contains(&first), "{first}");
        assert!(counts[0] > counts[1] && counts[1] > counts[9] && counts[9] > counts[99]);
        assert!(counts[900..].iter().any(|c| *c > 0));
    }

    #[test]
    fn seeds_give_other_sequences() {
        let draw = |seed| {
            let mut p = Picker::new(Order::Uniform(seed), 1_000_000, 0, 1);
            (0..50).map(|_| p.next(1_000_000)).collect::<Vec<_>>()
        };
        assert_eq!(draw(1), draw(1));
        assert_ne!(
            draw(1),
            draw(2),
            "a warm-up does not replay the measured run"
        );
    }
}
