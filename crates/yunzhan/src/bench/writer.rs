//! The busy fair's writer: 50 writes a second through HTTP, as users make
//! them, while pages are measured. Each second: 10 logins (fresh sessions,
//! argon2id included), 25 favourites toggled by signed-in visitors, 10 edits
//! of published exhibits (the most viewed ones, on a fair without review, so
//! each edit is live at once), and 5 booth requests and decisions (an
//! exhibitor requests a free booth, the organizer rejects it, so the plan
//! keeps changing). Users come from distinct addresses through a trusted
//! proxy (`X-Forwarded-For`), as they would behind a load balancer.

use std::collections::VecDeque;
use std::net::SocketAddr;
use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::Duration;

use anyhow::{Context, anyhow};
use reqwest::cookie::CookieStore;
use yz_app::Actor;
use yz_app::admin::{Seed, seed_account};
use yz_domain::role::{Grant, Role, Scope};
use yz_store::args;

const PASSWORD: &str = "Bench-Harbour-Lantern-42";
const FAIR: &str = "canton-demo";

/// An editor: e-mail, organisation, and its exhibits with their HS codes.
type Editor = (String, String, Vec<(String, String)>);

/// Who writes, prepared before the run.
pub struct Cast {
    visitors: Vec<String>,
    /// (e-mail, organisation, [(exhibit, HS code)]).
    editors: Vec<Editor>,
    /// (e-mail, organisation).
    requesters: Vec<(String, String)>,
    organizer: String,
    free_booths: Vec<String>,
    exhibits: Arc<Vec<String>>,
    /// The next booth request: free booths and requesters in turn, so no
    /// request names a booth still waiting for its decision.
    next_request: std::sync::atomic::AtomicUsize,
}

/// Writes done and refused so far.
#[derive(Default)]
pub struct Tally {
    done: AtomicU64,
    failed: AtomicU64,
}

impl Tally {
    /// (done, refused).
    pub fn counts(&self) -> (u64, u64) {
        (
            self.done.load(Ordering::Relaxed),
            self.failed.load(Ordering::Relaxed),
        )
    }
}

async fn account(state: &yz_web::AppState, email: &str, grants: Vec<Grant>) -> anyhow::Result<()> {
    let actor = Actor::cli().as_user("bench", "operator");
    seed_account(
        state,
        &actor,
        &Seed {
            email,
            name: "Bench User",
            grants,
            password: Some(PASSWORD),
        },
    )
    .await
    .map_err(|e| anyhow!("seeding {email}: {e}"))?;
    Ok(())
}

/// Seeds the writer's accounts: visitors, editors of the organisations of
/// the most viewed exhibits (`popular`, most viewed first), booth
/// requesters and an organizer.
pub async fn cast(
    state: &yz_web::AppState,
    popular: &[String],
    orgs: &[(String, String)],
) -> anyhow::Result<Cast> {
    let db = &state.stores.main;
    let mut visitors = Vec::new();
    for i in 0..20 {
        let email = format!("visitor{i}@bench.yunzhan.local");
        account(state, &email, vec![]).await?;
        visitors.push(email);
    }
    let mut editors: Vec<Editor> = Vec::new();
    for id in popular.iter().take(20) {
        let Some(id) = id.strip_prefix("/exhibits/") else {
            continue;
        };
        let row = db
            .fetch_one(
                "SELECT org_id, hs_code FROM exhibits WHERE id = $1",
                args![id],
            )
            .await?;
        let (org, hs) = (row.text("org_id")?, row.text("hs_code")?);
        match editors.iter_mut().find(|(_, o, _)| *o == org) {
            Some(e) => e.2.push((id.to_owned(), hs)),
            None => {
                let email = format!("editor{}@bench.yunzhan.local", editors.len());
                let grant = Grant {
                    role: Role::ExhibitorStaff,
                    scope: Scope::Organisation(org.clone()),
                };
                account(state, &email, vec![grant]).await?;
                editors.push((email, org, vec![(id.to_owned(), hs)]));
            }
        }
    }
    let mut requesters = Vec::new();
    for (i, (org, _)) in orgs.iter().rev().take(5).enumerate() {
        let email = format!("requester{i}@bench.yunzhan.local");
        let grant = Grant {
            role: Role::ExhibitorOwner,
            scope: Scope::Organisation(org.clone()),
        };
        account(state, &email, vec![grant]).await?;
        requesters.push((email, org.clone()));
    }
    let organizer = "desk@bench.yunzhan.local".to_owned();
    let grant = Grant {
        role: Role::Organizer,
        scope: Scope::Platform,
    };
    account(state, &organizer, vec![grant]).await?;
    let free_booths = db
        .fetch_all(
            "SELECT b.code FROM booths b JOIN fairs f ON f.id = b.fair_id
             WHERE f.slug = $1 AND b.status = 'free' ORDER BY b.code LIMIT 50",
            args![FAIR],
        )
        .await?
        .iter()
        .filter_map(|r| r.text("code").ok())
        .collect();
    Ok(Cast {
        visitors,
        editors,
        requesters,
        organizer,
        free_booths,
        exhibits: Arc::new(popular.to_vec()),
        next_request: std::sync::atomic::AtomicUsize::new(0),
    })
}

/// A browser of one user: cookies, its CSRF token, its address.
#[derive(Clone)]
struct Browser {
    http: reqwest::Client,
    jar: Arc<reqwest::cookie::Jar>,
    base: String,
}

impl Browser {
    fn new(addr: SocketAddr, user: usize) -> anyhow::Result<Browser> {
        let jar = Arc::new(reqwest::cookie::Jar::default());
        let mut h = reqwest::header::HeaderMap::new();
        let ip = format!("198.18.{}.{}", (user / 250) % 250, user % 250 + 1);
        h.insert("x-forwarded-for", ip.parse()?);
        let http = reqwest::Client::builder()
            .default_headers(h)
            .cookie_provider(jar.clone())
            .redirect(reqwest::redirect::Policy::none())
            .timeout(Duration::from_secs(30))
            .build()?;
        Ok(Browser {
            http,
            jar,
            base: format!("http://{addr}"),
        })
    }

    async fn csrf(&self) -> anyhow::Result<String> {
        let url: url::Url = self.base.parse()?;
        let find = |jar: &reqwest::cookie::Jar| {
            jar.cookies(&url).and_then(|v| {
                v.to_str().ok().and_then(|s| {
                    s.split("; ")
                        .find_map(|c| c.strip_prefix("yz_csrf=").map(str::to_owned))
                })
            })
        };
        if let Some(t) = find(&self.jar) {
            return Ok(t);
        }
        self.http
            .get(format!("{}/healthz", self.base))
            .send()
            .await?;
        find(&self.jar).context("no CSRF cookie")
    }

    /// Posts a form; Ok when the answer is not an error.
    async fn post(&self, path: &str, form: &[(&str, &str)]) -> anyhow::Result<()> {
        let token = self.csrf().await?;
        let mut f: Vec<(&str, &str)> = form.to_vec();
        f.push(("_csrf", &token));
        let r = self
            .http
            .post(format!("{}{path}", self.base))
            .form(&f)
            .send()
            .await?;
        let status = r.status();
        // Read the page, as a browser would.
        let _ = r.bytes().await;
        if status.is_client_error() || status.is_server_error() {
            anyhow::bail!("{path}: {status}");
        }
        Ok(())
    }

    async fn login(&self, email: &str) -> anyhow::Result<()> {
        self.post("/login", &[("email", email), ("password", PASSWORD)])
            .await
    }
}

/// Signed-in browsers for the run.
struct Sessions {
    visitors: Vec<Browser>,
    editors: Vec<Browser>,
    requesters: Vec<Browser>,
    organizer: Browser,
}

async fn sign_in(addr: SocketAddr, cast: &Cast) -> anyhow::Result<Sessions> {
    let mut user = 0;
    let mut next = |email: &str| {
        user += 1;
        let b = Browser::new(addr, user);
        let email = email.to_owned();
        async move {
            let b = b?;
            b.login(&email).await?;
            Ok::<_, anyhow::Error>(b)
        }
    };
    let mut visitors = Vec::new();
    for v in &cast.visitors {
        visitors.push(next(v).await?);
    }
    let mut editors = Vec::new();
    for (e, _, _) in &cast.editors {
        editors.push(next(e).await?);
    }
    let mut requesters = Vec::new();
    for (r, _) in &cast.requesters {
        requesters.push(next(r).await?);
    }
    let organizer = next(&cast.organizer).await?;
    Ok(Sessions {
        visitors,
        editors,
        requesters,
        organizer,
    })
}

/// What the n-th write of a second is (of 50).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
enum Write {
    Login,
    Favourite,
    Edit,
    Booth,
}

fn write_at(slot: u64) -> Write {
    // Interleaved, so each kind is spread over the second.
    match slot % 10 {
        0 | 5 => Write::Login,
        1 | 3 | 6 | 8 => Write::Favourite,
        2 | 7 => Write::Edit,
        _ if slot % 50 < 25 => Write::Booth,
        _ => Write::Favourite,
    }
}

/// Starts writing 50 times a second until the task is dropped.
pub async fn start(
    addr: SocketAddr,
    cast: Cast,
    tally: Arc<Tally>,
) -> anyhow::Result<tokio::task::JoinHandle<()>> {
    let sessions = Arc::new(sign_in(addr, &cast).await?);
    let cast = Arc::new(cast);
    let pending: Arc<tokio::sync::Mutex<VecDeque<String>>> = Arc::default();
    Ok(tokio::spawn(async move {
        let mut tick = tokio::time::interval(Duration::from_millis(20));
        tick.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
        let mut slot: u64 = 0;
        loop {
            tick.tick().await;
            slot += 1;
            let (s, c, p, t) = (
                sessions.clone(),
                cast.clone(),
                pending.clone(),
                tally.clone(),
            );
            tokio::spawn(async move {
                let r = one(addr, slot, write_at(slot), &s, &c, &p).await;
                match r {
                    Ok(()) => t.done.fetch_add(1, Ordering::Relaxed),
                    Err(e) => {
                        tracing::debug!(error = %e, "bench write refused");
                        t.failed.fetch_add(1, Ordering::Relaxed)
                    }
                };
            });
        }
    }))
}

async fn one(
    addr: SocketAddr,
    slot: u64,
    what: Write,
    s: &Sessions,
    c: &Cast,
    pending: &tokio::sync::Mutex<VecDeque<String>>,
) -> anyhow::Result<()> {
    let pick = |n: usize| (slot as usize / 7) % n.max(1);
    match what {
        Write::Login => {
            let b = Browser::new(addr, 1000 + pick(5000))?;
            b.login(&c.visitors[pick(c.visitors.len())]).await
        }
        Write::Favourite => {
            let b = &s.visitors[pick(s.visitors.len())];
            // Popular products are saved most: the first pages of the list.
            let i = (slot as usize * 7919) % c.exhibits.len().min(5000);
            let id = c.exhibits[i].trim_start_matches("/exhibits/");
            b.post(
                "/favourites",
                &[("kind", "exhibit"), ("id", id), ("next", "/")],
            )
            .await
        }
        Write::Edit => {
            let k = pick(c.editors.len());
            let (_, org, exhibits) = &c.editors[k];
            let (id, hs) = &exhibits[(slot as usize / 3) % exhibits.len()];
            let title = format!("Bench product {id}, edit {slot}");
            s.editors[k]
                .post(
                    &format!("/org/{org}/exhibits/{id}"),
                    &[
                        ("source_lang", "en"),
                        ("title_en", &title),
                        ("title_zh", &format!("基准产品 {slot}")),
                        ("hs_code", hs),
                        ("price_min", "12.50"),
                        ("price_max", "20.00"),
                        ("currency", "USD"),
                        ("moq", "100"),
                    ],
                )
                .await
        }
        Write::Booth => {
            let mut q = pending.lock().await;
            if let Some(code) = q.pop_front() {
                drop(q);
                s.organizer
                    .post(
                        &format!("/manage/fairs/{FAIR}/booths/{code}"),
                        &[("decision", "reject"), ("reason", "bench")],
                    )
                    .await
            } else {
                drop(q);
                if c.free_booths.is_empty() || s.requesters.is_empty() {
                    anyhow::bail!("no free booth to request");
                }
                let n = c.next_request.fetch_add(1, Ordering::Relaxed);
                let code = c.free_booths[n % c.free_booths.len()].clone();
                let k = n % s.requesters.len();
                let org = &c.requesters[k].1;
                s.requesters[k]
                    .post(
                        &format!("/org/{org}/booths"),
                        &[("fair", FAIR), ("code", &code)],
                    )
                    .await?;
                pending.lock().await.push_back(code);
                Ok(())
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fifty_writes_a_second_in_the_stated_mix() {
        let mut n = std::collections::HashMap::new();
        for slot in 0..50 {
            *n.entry(write_at(slot)).or_insert(0) += 1;
        }
        assert_eq!(n[&Write::Login], 10);
        assert_eq!(n[&Write::Favourite], 25);
        assert_eq!(n[&Write::Edit], 10);
        assert_eq!(n[&Write::Booth], 5);
    }
}
