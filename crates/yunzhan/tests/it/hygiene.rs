//! Web hygiene: CSRF, security headers and cookies, TLS, rate limits,
//! errors in the caller's language, body limits, operations endpoints.

use yz_app::config::RateLimits;
use yz_domain::role::Role;

use crate::both;
use crate::harness::{Backend, Options, TestApp, expect, location};

async fn csrf_is_required_on_every_change(b: Backend) {
    let app = TestApp::spawn(b).await;
    let (email, password) = app.account(&[Role::Visitor]).await;
    let c = app.client();
    c.csrf().await;
    let form = [("email", email.as_str()), ("password", password.as_str())];
    // No token, a wrong token, a cross-site request: all refused.
    let r = c
        .http
        .post(c.url("/login"))
        .form(&form)
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 403);
    let wrong = "x".repeat(43);
    let bad = [
        ("email", email.as_str()),
        ("password", password.as_str()),
        ("_csrf", wrong.as_str()),
    ];
    assert_eq!(
        c.http
            .post(c.url("/login"))
            .form(&bad)
            .send()
            .await
            .unwrap()
            .status(),
        403
    );
    let token = c.csrf().await;
    let good = [
        ("email", email.as_str()),
        ("password", password.as_str()),
        ("_csrf", token.as_str()),
    ];
    let r = c
        .http
        .post(c.url("/login"))
        .header("sec-fetch-site", "cross-site")
        .form(&good)
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 403);
    // A fresh client without the cookie cannot reuse someone's token.
    let other = app.client();
    assert_eq!(
        other
            .http
            .post(other.url("/login"))
            .form(&good)
            .send()
            .await
            .unwrap()
            .status(),
        403
    );
    assert_eq!(
        c.http
            .post(c.url("/login"))
            .form(&good)
            .send()
            .await
            .unwrap()
            .status(),
        303
    );
    // The API needs the header for DELETE.
    let r = c
        .http
        .delete(c.url("/api/v1/me/sessions/x"))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 403);
    assert_eq!(r.headers()["content-type"], "application/problem+json");
}

async fn headers_and_cookies(b: Backend) {
    let app = TestApp::spawn(b).await;
    let (email, password) = app.account(&[Role::Visitor]).await;
    let c = app.client();
    let r = c.get("/").await;
    let h = r.headers();
    let csp = h["content-security-policy"].to_str().unwrap();
    assert!(
        csp.contains("script-src 'self'")
            && !csp.contains("unsafe-inline")
            && csp.contains("frame-ancestors 'none'")
    );
    assert_eq!(h["x-content-type-options"], "nosniff");
    assert_eq!(h["referrer-policy"], "strict-origin-when-cross-origin");
    assert!(
        h.get("strict-transport-security").is_none(),
        "no HSTS over plain HTTP"
    );
    let token = c.csrf().await;
    let r = c
        .http
        .post(c.url("/login"))
        .form(&[
            ("email", email.as_str()),
            ("password", password.as_str()),
            ("_csrf", token.as_str()),
        ])
        .send()
        .await
        .unwrap();
    let cookie = r
        .headers()
        .get_all("set-cookie")
        .iter()
        .map(|v| v.to_str().unwrap().to_owned())
        .find(|v| v.starts_with("yz_session="))
        .expect("session cookie");
    assert!(
        cookie.contains("HttpOnly") && cookie.contains("SameSite=Lax") && cookie.contains("Path=/"),
        "{cookie}"
    );
    // A new session id at login (no fixation): the old cookie value is not reused.
    let first = cookie.clone();
    c.post("/logout", &[]).await;
    let r = c
        .post("/login", &[("email", &email), ("password", &password)])
        .await;
    let second = r
        .headers()
        .get_all("set-cookie")
        .iter()
        .map(|v| v.to_str().unwrap().to_owned())
        .find(|v| v.starts_with("yz_session="))
        .unwrap();
    assert_ne!(first, second);
    let page = c.get("/account").await;
    assert_eq!(page.headers()["cache-control"], "no-store");
}

async fn tls_is_built_in(b: Backend) {
    let dir = std::env::temp_dir().join(format!("yz-tls-{}", yz_store::new_id()));
    std::fs::create_dir_all(&dir).unwrap();
    let cert =
        rcgen::generate_simple_self_signed(vec!["127.0.0.1".into(), "localhost".into()]).unwrap();
    std::fs::write(dir.join("cert.pem"), cert.cert.pem()).unwrap();
    std::fs::write(dir.join("key.pem"), cert.key_pair.serialize_pem()).unwrap();
    let tls = yz_web::server::Tls {
        cert: dir.join("cert.pem"),
        key: dir.join("key.pem"),
    };
    let app = TestApp::with(
        b,
        Options {
            tls: Some(tls),
            ..Options::default()
        },
    )
    .await;
    let (email, password) = app.account(&[Role::Visitor]).await;
    let c = app.client();
    let r = c.get("/").await;
    assert_eq!(r.status(), 200);
    assert!(
        r.headers()["strict-transport-security"]
            .to_str()
            .unwrap()
            .contains("max-age=")
    );
    let r = c
        .post("/login", &[("email", &email), ("password", &password)])
        .await;
    let cookie = r
        .headers()
        .get_all("set-cookie")
        .iter()
        .map(|v| v.to_str().unwrap().to_owned())
        .find(|v| v.starts_with("__Host-yz_session="))
        .expect("__Host- cookie under TLS");
    assert!(
        cookie.contains("Secure")
            && cookie.contains("HttpOnly")
            && cookie.contains("Path=/")
            && !cookie.contains("Domain")
    );
    assert_eq!(c.get("/account").await.status(), 200);
    let _ = std::fs::remove_dir_all(dir);
}

async fn rate_limits_answer_429(b: Backend) {
    let limits = RateLimits {
        login_per_minute: 3,
        register_per_10_minutes: 2,
        reset_per_10_minutes: 2,
        search_per_minute: 10_000,
    };
    let app = TestApp::with(
        b,
        Options {
            rate_limits: limits,
            ..Options::default()
        },
    )
    .await;
    let c = app.client();
    for _ in 0..3 {
        assert_eq!(
            c.post(
                "/login",
                &[
                    ("email", "x@example.com"),
                    ("password", "whatever-password")
                ]
            )
            .await
            .status(),
            422
        );
    }
    let r = c
        .post(
            "/login",
            &[
                ("email", "x@example.com"),
                ("password", "whatever-password"),
            ],
        )
        .await;
    assert_eq!(r.status(), 429);
    let retry: u64 = r.headers()["retry-after"]
        .to_str()
        .unwrap()
        .parse()
        .unwrap();
    assert!((1..=60).contains(&retry));
    assert!(r.text().await.unwrap().contains("Too many attempts"));
    for _ in 0..2 {
        c.post("/password/forgot", &[("email", "x@example.com")])
            .await;
    }
    assert_eq!(
        c.post("/password/forgot", &[("email", "x@example.com")])
            .await
            .status(),
        429
    );
    app.clock.advance(61_000);
    assert_eq!(
        c.post(
            "/login",
            &[
                ("email", "x@example.com"),
                ("password", "whatever-password")
            ]
        )
        .await
        .status(),
        422
    );
}

async fn errors_speak_the_callers_language(b: Backend) {
    let app = TestApp::spawn(b).await;
    let mut c = app.client();
    let r = c.get("/api/v1/me").await;
    assert_eq!(r.status(), 401);
    assert_eq!(r.headers()["content-type"], "application/problem+json");
    let p: serde_json::Value = r.json().await.unwrap();
    assert_eq!(p["status"], 401);
    assert_eq!(p["type"], "/problems/unauthorized");
    assert_eq!(p["detail"], "Please log in to continue.");
    c.lang = "zh-CN".into();
    let p: serde_json::Value = c.get("/api/v1/me").await.json().await.unwrap();
    assert_eq!(p["detail"], "请登录后继续。");
    let r = c.get("/no/such/page").await;
    expect(r, 404, "页面不存在").await;
    // Malformed input: a clear error page in the caller's language, not a
    // bare framework message.
    let token = c.csrf().await;
    let r = c
        .http
        .post(c.url("/language"))
        .header("accept-language", "en")
        .form(&[("_csrf", token.as_str())])
        .send()
        .await
        .unwrap();
    expect(r, 422, "could not be understood").await;
    let r = c
        .http
        .post(c.url("/login"))
        .header("accept-language", "zh-CN")
        .header("x-csrf-token", &token)
        .header("content-type", "application/json")
        .body("{}")
        .send()
        .await
        .unwrap();
    expect(r, 415, "无法理解该请求").await;
    let huge = "x".repeat(2 * 1024 * 1024);
    let r = c
        .http
        .post(c.url("/login"))
        .header("accept-language", "en")
        .header("x-csrf-token", &token)
        .header("content-type", "application/x-www-form-urlencoded")
        .body(format!("email={huge}"))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 413);
    // The server closes a connection whose body it refused; start afresh.
    let c = app.client();
    // Hostile input never reaches a 500.
    for path in [
        "/confirm-email/%00%FF",
        "/password/reset/..%2f..%2fetc%2fpasswd",
        "/static/..%2fCargo.toml",
        "/api/v1/me/sessions/'%20OR%201=1--",
    ] {
        let r = c.get(path).await;
        assert!(r.status().as_u16() < 500, "{path}: {}", r.status());
    }
    let (admin, _) = app.signed_in(&[Role::AuditAdmin]).await;
    for q in [
        "from=2026-13-45",
        "actor=%27%20OR%201%3D1--",
        "before=abc",
        "outcome=<script>",
    ] {
        let r = admin.get(&format!("/admin/audit?{q}")).await;
        assert!(r.status().as_u16() < 500, "{q}");
    }
}

async fn operations_endpoints(b: Backend) {
    let token = "scrape-token-0123456789";
    let app = TestApp::with(
        b,
        Options {
            operator_token: Some(token.into()),
            ..Options::default()
        },
    )
    .await;
    // Metrics are for the operator: this machine, or the token.
    let remote = app.client_from("203.0.113.5");
    assert_eq!(remote.get("/metrics").await.status(), 403);
    let scraped = remote
        .http
        .get(remote.url("/metrics"))
        .bearer_auth(token)
        .send()
        .await
        .unwrap();
    assert_eq!(scraped.status(), 200);
    let wrong = remote
        .http
        .get(remote.url("/metrics"))
        .bearer_auth("scrape-token-wrong-guess")
        .send()
        .await
        .unwrap();
    assert_eq!(wrong.status(), 403);
    let c = app.client();
    assert_eq!(c.get("/healthz").await.text().await.unwrap(), "ok");
    let ready: serde_json::Value = c.get("/readyz").await.json().await.unwrap();
    assert_eq!(ready["status"], "ready");
    let metrics = c.get("/metrics").await.text().await.unwrap();
    assert!(metrics.contains("http_requests_total"), "{metrics}");
    let doc: serde_json::Value = c.get("/api/openapi.json").await.json().await.unwrap();
    assert_eq!(doc["openapi"], "3.1.0");
    let (_, specs) = yz_web::routes::build(&app.state);
    for s in specs.iter().filter(|s| s.api.is_some()) {
        let op = &doc["paths"][s.path][s.method.as_str().to_lowercase()];
        assert!(
            op.is_object(),
            "{} {} missing from the document",
            s.method.as_str(),
            s.path
        );
        assert!(op["responses"]["default"].is_object());
    }
    assert!(doc["paths"]["/api/v1/me"]["get"]["responses"]["200"]["content"]["application/json"]["schema"]["properties"]["email"].is_object());
    // Every reference resolves inside the document.
    fn refs(v: &serde_json::Value, out: &mut Vec<String>) {
        match v {
            serde_json::Value::Object(m) => {
                if let Some(serde_json::Value::String(r)) = m.get("$ref") {
                    out.push(r.clone());
                }
                m.values().for_each(|v| refs(v, out));
            }
            serde_json::Value::Array(a) => a.iter().for_each(|v| refs(v, out)),
            _ => {}
        }
    }
    let mut all = Vec::new();
    refs(&doc, &mut all);
    assert!(all.iter().any(|r| r.ends_with("/SessionView")), "{all:?}");
    for r in all {
        let name = r
            .strip_prefix("#/components/schemas/")
            .unwrap_or_else(|| panic!("{r} points outside components"));
        assert!(
            doc["components"]["schemas"][name].is_object(),
            "{r} does not resolve"
        );
    }
    // Demo-only pages do not exist outside demo mode.
    assert_eq!(c.get("/dev/mail").await.status(), 404);
    app.state.stores.audit.close().await;
    let r = c.get("/readyz").await;
    assert_eq!(r.status(), 503);
}

/// Static text assets go gzipped to browsers that take it (the 3D viewer
/// shrinks to about a quarter), as they are to everyone else.
async fn static_assets_are_compressed_when_accepted(b: Backend) {
    use std::io::Read;
    let app = TestApp::spawn(b).await;
    let c = app.client();
    let path = "/static/vendor/model-viewer/model-viewer.min.js";
    let plain = c.http.get(c.url(path)).send().await.unwrap();
    assert_eq!(plain.status(), 200);
    assert!(plain.headers().get("content-encoding").is_none());
    assert_eq!(plain.headers()["vary"], "accept-encoding");
    let plain = plain.bytes().await.unwrap();
    let gz = c
        .http
        .get(c.url(path))
        .header("accept-encoding", "gzip, deflate, br")
        .send()
        .await
        .unwrap();
    assert_eq!(gz.headers()["content-encoding"], "gzip");
    assert_eq!(
        gz.headers()["content-type"],
        "text/javascript; charset=utf-8"
    );
    let gz = gz.bytes().await.unwrap();
    assert!(
        gz.len() * 3 < plain.len(),
        "{} of {}",
        gz.len(),
        plain.len()
    );
    let mut out = Vec::new();
    flate2::read::GzDecoder::new(&gz[..])
        .read_to_end(&mut out)
        .unwrap();
    assert_eq!(out, plain);
    let css = c
        .http
        .get(c.url("/static/app.css"))
        .header("accept-encoding", "gzip;q=0")
        .send()
        .await
        .unwrap();
    assert!(css.headers().get("content-encoding").is_none());
    // Pages are never compressed (BREACH).
    let page = c
        .http
        .get(c.url("/"))
        .header("accept-encoding", "gzip")
        .send()
        .await
        .unwrap();
    assert!(page.headers().get("content-encoding").is_none());
}

/// The CSRF token changes at login; an upload's token travels in its body,
/// never in the URL; `next` never leaves the site.
async fn tokens_and_redirects_stay_put(b: Backend) {
    let app = TestApp::spawn(b).await;
    let (email, password) = app.account(&[Role::Visitor]).await;
    let c = app.client();
    let before = c.csrf().await;
    let r = c
        .post(
            "/login",
            &[
                ("email", &email),
                ("password", &password),
                ("next", "/\t/evil.example"),
            ],
        )
        .await;
    assert_eq!(location(&r), "/", "a tab does not smuggle //evil.example");
    let after = c.csrf().await;
    assert_ne!(before, after, "a new CSRF token at login");
    let r = c
        .http
        .post(c.url(&format!("/account/reauth?_csrf={after}")))
        .form(&[
            ("password", password.as_str()),
            ("next", "/\n/evil.example"),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 403, "a token in the URL counts for nothing");
    let r = c
        .post(
            "/account/reauth",
            &[
                ("password", password.as_str()),
                ("next", "/\r\n/evil.example"),
            ],
        )
        .await;
    assert_eq!(location(&r), "/");
    // An upload with the token in the URL instead of the body: refused.
    let form = reqwest::multipart::Form::new().text("display_name", "x");
    let r = c
        .http
        .post(c.url(&format!("/org?_csrf={after}")))
        .multipart(form)
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 403);
}

/// Behind a TLS proxy the cookies are `__Host-` and Secure and HSTS is
/// sent, although the platform itself speaks plain HTTP.
async fn behind_a_tls_proxy_cookies_stay_secure(b: Backend) {
    let app = TestApp::with(
        b,
        Options {
            behind_tls_proxy: true,
            ..Options::default()
        },
    )
    .await;
    let r = app.client().get("/login").await;
    assert!(r.headers().contains_key("strict-transport-security"));
    let cookies: Vec<_> = r
        .headers()
        .get_all("set-cookie")
        .iter()
        .map(|v| v.to_str().unwrap().to_owned())
        .collect();
    assert!(
        cookies
            .iter()
            .any(|c| c.starts_with("__Host-yz_csrf=") && c.contains("Secure")),
        "{cookies:?}"
    );
}

both!(
    tokens_and_redirects_stay_put,
    behind_a_tls_proxy_cookies_stay_secure,
    static_assets_are_compressed_when_accepted,
    csrf_is_required_on_every_change,
    headers_and_cookies,
    tls_is_built_in,
    rate_limits_answer_429,
    errors_speak_the_callers_language,
    operations_endpoints,
);
