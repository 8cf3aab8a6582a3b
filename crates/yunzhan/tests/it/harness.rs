//! Starts the real server on a random port against fresh databases (SQLite
//! in a temp folder, or fresh PostgreSQL databases), with a manual clock and
//! a local SMTP server. `both!` runs a test on both backends.

use std::path::PathBuf;
use std::sync::Arc;

use reqwest::cookie::{CookieStore, Jar};
use tokio::task::JoinHandle;
use yz_app::Actor;
use yz_app::AppConfig;
use yz_app::admin::{Seed, seed_account};
use yz_app::config::{PasswordCost, RateLimits};
use yz_app::mail::{SmtpConfig, SmtpMailer, SmtpSecurity};
use yz_domain::clock::{Clock, ManualClock, SystemClock};
use yz_domain::role::{Grant, Role, Scope};
use yz_store::{DbSettings, StoreSettings, Stores, sessions};
use yz_web::{AppState, Background, WebConfig};

use crate::smtp::Sink;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Backend {
    Sqlite,
    Postgres,
}

/// The PostgreSQL server for tests (YUNZHAN_TEST_PG); CI also sets
/// YUNZHAN_REQUIRE_PG=1 so that a missing server fails instead of skipping.
pub fn pg_url() -> Option<String> {
    match std::env::var("YUNZHAN_TEST_PG") {
        Ok(u) if !u.is_empty() => Some(u),
        _ => {
            if std::env::var("YUNZHAN_REQUIRE_PG").is_ok_and(|v| v == "1") {
                panic!("YUNZHAN_REQUIRE_PG=1 but YUNZHAN_TEST_PG is not set");
            }
            None
        }
    }
}

/// Declares `name::sqlite` and `name::postgres` tests around `async fn name(Backend)`.
#[macro_export]
macro_rules! both {
    ($($name:ident),+ $(,)?) => {$(
        mod $name {
            #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
            async fn sqlite() {
                super::$name($crate::harness::Backend::Sqlite).await
            }
            #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
            async fn postgres() {
                if $crate::harness::pg_url().is_none() {
                    eprintln!("skipped: set YUNZHAN_TEST_PG to run against PostgreSQL");
                    return;
                }
                super::$name($crate::harness::Backend::Postgres).await
            }
        }
    )+};
}

pub struct Options {
    pub demo: bool,
    pub tls: Option<yz_web::server::Tls>,
    pub rate_limits: RateLimits,
    pub background: bool,
    /// A LibreTranslate-compatible server.
    pub translate_url: Option<String>,
    /// A TLS proxy fronts the platform.
    pub behind_tls_proxy: bool,
    /// The operations token (`/metrics` from elsewhere).
    pub operator_token: Option<String>,
    /// Limits per account and organisation (the defaults when None).
    pub quotas: Option<yz_app::quotas::Quotas>,
    /// NATS URL and subject prefix the node shares invalidations through.
    pub nats: Option<(String, String)>,
}

impl Default for Options {
    fn default() -> Self {
        Self {
            demo: false,
            tls: None,
            rate_limits: RateLimits {
                login_per_minute: 10_000,
                register_per_10_minutes: 10_000,
                search_per_minute: 10_000,
                reset_per_10_minutes: 10_000,
            },
            background: true,
            translate_url: None,
            behind_tls_proxy: false,
            operator_token: None,
            quotas: None,
            nats: None,
        }
    }
}

pub struct TestApp {
    pub base: String,
    pub state: AppState,
    pub clock: Arc<ManualClock>,
    pub sink: Sink,
    pub data: PathBuf,
    pub settings: StoreSettings,
    server: JoinHandle<()>,
    /// Kept so the dispatcher runs as long as the app (aborted on drop).
    _background: Option<Background>,
}

impl Drop for TestApp {
    fn drop(&mut self) {
        self.server.abort();
        let _ = std::fs::remove_dir_all(&self.data);
    }
}

fn short_id() -> String {
    yz_store::new_id().replace('-', "")[20..].to_owned()
}

fn with_path(url: &str, user: Option<&str>, db: &str) -> String {
    let mut u = url::Url::parse(url).expect("YUNZHAN_TEST_PG is a URL");
    if let Some(user) = user {
        u.set_username(user).unwrap();
        u.set_password(None).unwrap();
    }
    u.set_path(&format!("/{db}"));
    u.to_string()
}

pub async fn store_settings(backend: Backend, data: &std::path::Path) -> StoreSettings {
    match backend {
        Backend::Sqlite => {
            let s = |f: &str| DbSettings {
                url: format!("sqlite://{}", data.join(f).display()),
                max_connections: 4,
            };
            StoreSettings {
                main: s("main.db"),
                audit: s("audit.db"),
                audit_owner_url: None,
                analytics: s("analytics.db"),
            }
        }
        Backend::Postgres => {
            let server = pg_url().expect("PostgreSQL URL");
            let name = format!("yzt_{}", short_id());
            let role = format!("{name}_app");
            let admin = yz_store::Db::connect(&DbSettings {
                url: with_path(&server, None, "postgres"),
                max_connections: 1,
            })
            .await
            .expect("PostgreSQL reachable");
            admin
                .execute(&format!("CREATE ROLE \"{role}\" LOGIN"), vec![])
                .await
                .expect("create app role");
            admin.close().await;
            StoreSettings {
                main: DbSettings {
                    url: with_path(&server, None, &name),
                    max_connections: 4,
                },
                audit: DbSettings {
                    url: with_path(&server, Some(&role), &format!("{name}_audit")),
                    max_connections: 4,
                },
                audit_owner_url: Some(with_path(&server, None, &format!("{name}_audit"))),
                analytics: DbSettings {
                    url: with_path(&server, None, &format!("{name}_analytics")),
                    max_connections: 4,
                },
            }
        }
    }
}

/// The audit-head key, in the data folder as `yunzhan` itself keeps it.
pub fn audit_key(data: &std::path::Path) -> Vec<u8> {
    let path = data.join("keys").join("audit-head.key");
    if let Ok(t) = std::fs::read_to_string(&path) {
        return (0..t.trim().len())
            .step_by(2)
            .map(|i| u8::from_str_radix(&t.trim()[i..i + 2], 16).unwrap())
            .collect();
    }
    std::fs::create_dir_all(path.parent().unwrap()).unwrap();
    let key: Vec<u8> = (0..32u8)
        .map(|i| i.wrapping_mul(37).wrapping_add(11))
        .collect();
    std::fs::write(
        &path,
        key.iter().map(|b| format!("{b:02x}")).collect::<String>(),
    )
    .unwrap();
    key
}

impl TestApp {
    pub async fn spawn(backend: Backend) -> TestApp {
        TestApp::with(backend, Options::default()).await
    }

    pub async fn with(backend: Backend, opts: Options) -> TestApp {
        TestApp::node(backend, opts, None).await
    }

    /// Another node on this one's databases (a cluster of two).
    pub async fn beside(&self, opts: Options) -> TestApp {
        TestApp::node(Backend::Sqlite, opts, Some(self.settings.clone())).await
    }

    async fn node(backend: Backend, opts: Options, shared: Option<StoreSettings>) -> TestApp {
        yz_web::server::init_crypto();
        let data = std::env::temp_dir().join(format!("yunzhan-it-{}", short_id()));
        std::fs::create_dir_all(&data).unwrap();
        let settings = match shared {
            Some(s) => s,
            None => store_settings(backend, &data).await,
        };
        let stores = Stores::open(&settings).await.expect("databases open");
        let clock = Arc::new(ManualClock::new(SystemClock.now_ms()));
        let (sink, smtp_port) = Sink::start().await;
        let mailer = SmtpMailer::new(&SmtpConfig {
            host: "127.0.0.1".into(),
            port: smtp_port,
            security: SmtpSecurity::None,
            username: None,
            password: None,
            from: "Yunzhan <no-reply@yunzhan.test>".into(),
        })
        .unwrap();
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
        let addr = listener.local_addr().unwrap();
        let scheme = if opts.tls.is_some() { "https" } else { "http" };
        let base = format!("{scheme}://{addr}");
        let config = AppConfig {
            demo: opts.demo,
            public_url: base.clone(),
            rate_limits: opts.rate_limits,
            translate_url: opts.translate_url.clone(),
            password_cost: PasswordCost {
                memory_kib: 4096,
                iterations: 1,
            },
            quotas: opts.quotas.clone().unwrap_or_default(),
            nats_url: opts.nats.as_ref().map(|(u, _)| u.clone()),
            nats_prefix: opts
                .nats
                .as_ref()
                .map(|(_, p)| p.clone())
                .unwrap_or_else(|| "yunzhan".into()),
            ..AppConfig::default()
        };
        let web = WebConfig {
            tls: opts.tls.is_some(),
            behind_tls_proxy: opts.behind_tls_proxy,
            operator_token: opts.operator_token.clone(),
            mail_dir: Some(data.join("mail")),
            // Tests pose as clients elsewhere with X-Forwarded-For.
            trusted_proxies: vec!["127.0.0.1/32".parse().unwrap(), "::1/128".parse().unwrap()],
            ..WebConfig::default()
        };
        let state = yz_web::state(yz_web::Parts {
            app: yz_app::Parts {
                stores,
                clock: clock.clone(),
                config,
                mailer: Arc::new(mailer),
                audit_key: audit_key(&data),
                audit_heads: Some(data.join("keys").join("audit-heads.log")),
                objects: yz_app::objects::local(&data.join("objects")).unwrap(),
                pii: yz_app::pii::Pii::new(&[42u8; 32]).unwrap(),
            },
            web,
        });
        let router = yz_web::router(&state);
        let tls = opts.tls.clone();
        let server = tokio::spawn(async move {
            let _ = yz_web::server::serve(listener, router, tls).await;
        });
        let background = opts.background.then(|| Background::start(&state));
        TestApp {
            base,
            state,
            clock,
            sink,
            data,
            settings,
            server,
            _background: background,
        }
    }

    pub fn client(&self) -> Client {
        self.client_with(reqwest::header::HeaderMap::new())
    }

    /// A client the server sees at `ip` (the tests' loopback address is a
    /// trusted proxy, so X-Forwarded-For names the client).
    pub fn client_from(&self, ip: &str) -> Client {
        let mut h = reqwest::header::HeaderMap::new();
        h.insert("x-forwarded-for", ip.parse().unwrap());
        self.client_with(h)
    }

    fn client_with(&self, headers: reqwest::header::HeaderMap) -> Client {
        let jar = Arc::new(Jar::default());
        let http = reqwest::Client::builder()
            .default_headers(headers)
            .cookie_provider(jar.clone())
            .redirect(reqwest::redirect::Policy::none())
            .danger_accept_invalid_certs(true)
            .build()
            .unwrap();
        Client {
            http,
            jar,
            base: self.base.clone(),
            lang: "en".into(),
        }
    }

    /// Creates a confirmed account holding `roles`; returns its e-mail and password.
    pub async fn account(&self, roles: &[Role]) -> (String, String) {
        let email = format!("u{}@example.com", short_id());
        let password = format!("Harbour-{}-Lantern", short_id());
        let grants = roles
            .iter()
            .map(|r| Grant {
                role: *r,
                scope: match r.scope_kind() {
                    yz_domain::role::ScopeKind::Platform => Scope::Platform,
                    yz_domain::role::ScopeKind::Fair => Scope::Fair("fair-1".into()),
                    yz_domain::role::ScopeKind::Organisation => Scope::Organisation("org-1".into()),
                },
            })
            .collect();
        let actor = Actor::cli().as_user("test", "test");
        seed_account(
            &self.state,
            &actor,
            &Seed {
                email: &email,
                name: "Test User",
                grants,
                password: Some(&password),
            },
        )
        .await
        .map_err(|e| format!("{e:?}"))
        .unwrap();
        (email, password)
    }

    pub async fn user_id(&self, email: &str) -> String {
        yz_store::accounts::by_email(&self.state.stores.main, email)
            .await
            .unwrap()
            .unwrap()
            .id
    }

    /// A client with a fully signed-in session of a new account with `roles`
    /// (written directly, as after a completed login with second factor).
    pub async fn signed_in(&self, roles: &[Role]) -> (Client, String) {
        let (email, _) = self.account(roles).await;
        let client = self.session_client(&email).await;
        (client, email)
    }

    pub async fn session_client(&self, email: &str) -> Client {
        let user_id = self.user_id(email).await;
        let token = yz_app::tokens::random();
        let now = self.clock.now_ms();
        let mut tx = self.state.stores.main.begin().await.unwrap();
        sessions::insert(
            &mut tx,
            &sessions::Session {
                id_hash: yz_app::tokens::hash(&token),
                public_id: yz_store::new_id(),
                user_id,
                stage: yz_domain::status::Stage::Full,
                created_at: now,
                last_seen_at: now,
                expires_at: now + 3_600_000,
                reauth_at: now,
                ip: "127.0.0.1".into(),
                user_agent: "test".into(),
            },
        )
        .await
        .unwrap();
        tx.commit().await.unwrap();
        let client = self.client();
        let name = if self.base.starts_with("https") {
            "__Host-yz_session"
        } else {
            "yz_session"
        };
        client
            .jar
            .add_cookie_str(&format!("{name}={token}; Path=/"), &client.url("/"));
        client
    }

    /// The one number a query of the main database answers (`SELECT COUNT(*) ...`).
    pub async fn count(&self, sql: &str, args: Vec<yz_store::Value>) -> i64 {
        self.state
            .stores
            .main
            .fetch_one(sql, args)
            .await
            .unwrap()
            .i64(0)
            .unwrap()
    }

    /// Waits until every outbox event has been handled by every consumer.
    pub async fn settle(&self) {
        for _ in 0..200 {
            let n = self
                .state
                .stores
                .main
                .fetch_one(
                    &format!(
                        "SELECT COUNT(*) FROM outbox o WHERE (SELECT COUNT(*) FROM outbox_done d WHERE d.event_id = o.id) < {}",
                        yz_app::consumers::CONSUMERS
                    ),
                    vec![],
                )
                .await
                .unwrap()
                .i64(0)
                .unwrap();
            if n == 0 {
                return;
            }
            self.state.outbox_wake.notify_one();
            tokio::time::sleep(std::time::Duration::from_millis(50)).await;
        }
        panic!("outbox not drained");
    }

    /// Audit records with this action, newest first.
    pub async fn audit_actions(&self, action: &str) -> Vec<yz_domain::audit::AuditRecord> {
        self.state
            .audit
            .search(&yz_store::audit::AuditFilter {
                action: Some(action.into()),
                limit: 1000,
                ..Default::default()
            })
            .await
            .unwrap()
    }
}

pub struct Client {
    pub http: reqwest::Client,
    pub jar: Arc<Jar>,
    pub base: String,
    pub lang: String,
}

impl Client {
    pub fn url(&self, path: &str) -> url::Url {
        url::Url::parse(&format!("{}{}", self.base, path)).unwrap()
    }

    pub fn cookie(&self, name: &str) -> Option<String> {
        let header = self.jar.cookies(&self.url("/"))?;
        header
            .to_str()
            .ok()?
            .split(';')
            .filter_map(|kv| kv.trim().split_once('='))
            .find(|(k, _)| *k == name)
            .map(|(_, v)| v.to_owned())
    }

    /// The CSRF token, fetching a page first if the cookie is not there yet.
    pub async fn csrf(&self) -> String {
        let name = if self.base.starts_with("https") {
            "__Host-yz_csrf"
        } else {
            "yz_csrf"
        };
        if let Some(c) = self.cookie(name) {
            return c;
        }
        self.get("/healthz").await;
        self.cookie(name).expect("CSRF cookie set")
    }

    pub async fn get(&self, path: &str) -> reqwest::Response {
        self.http
            .get(self.url(path))
            .header("accept-language", &self.lang)
            .send()
            .await
            .unwrap()
    }

    /// The body of `GET path`, whatever its status.
    pub async fn page(&self, path: &str) -> String {
        self.get(path).await.text().await.unwrap()
    }

    pub async fn post(&self, path: &str, form: &[(&str, &str)]) -> reqwest::Response {
        let token = self.csrf().await;
        let mut f: Vec<(&str, &str)> = form.to_vec();
        f.push(("_csrf", &token));
        self.http
            .post(self.url(path))
            .header("accept-language", &self.lang)
            .form(&f)
            .send()
            .await
            .unwrap()
    }

    pub async fn delete(&self, path: &str) -> reqwest::Response {
        let token = self.csrf().await;
        self.http
            .delete(self.url(path))
            .header("x-csrf-token", token)
            .header("accept-language", &self.lang)
            .send()
            .await
            .unwrap()
    }

    /// A multipart form: the CSRF token first, then `fields`, then one file.
    pub async fn upload(
        &self,
        path: &str,
        fields: &[(&str, &str)],
        file_field: &str,
        file_name: &str,
        bytes: Vec<u8>,
    ) -> reqwest::Response {
        let mut form = reqwest::multipart::Form::new().text("_csrf", self.csrf().await);
        for (k, v) in fields {
            form = form.text(k.to_string(), v.to_string());
        }
        form = form.part(
            file_field.to_owned(),
            reqwest::multipart::Part::bytes(bytes).file_name(file_name.to_owned()),
        );
        self.http
            .post(self.url(path))
            .header("accept-language", &self.lang)
            .multipart(form)
            .send()
            .await
            .unwrap()
    }

    /// Logs in with a password; returns where the server sent the browser.
    pub async fn login(&self, email: &str, password: &str) -> (u16, String) {
        let r = self
            .post("/login", &[("email", email), ("password", password)])
            .await;
        let status = r.status().as_u16();
        let loc = location(&r);
        (status, loc)
    }
}

/// Asserts a response's status and that its body says `needle`.
pub async fn expect(r: reqwest::Response, status: u16, needle: &str) {
    assert_eq!(r.status(), status);
    let body = r.text().await.unwrap();
    assert!(
        body.contains(needle),
        "{needle:?} not in the answer:\n{body}"
    );
}

pub fn location(r: &reqwest::Response) -> String {
    r.headers()
        .get("location")
        .and_then(|v| v.to_str().ok())
        .unwrap_or("")
        .to_owned()
}
