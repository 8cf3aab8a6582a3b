//! The page cache follows the record of changes: private writes (logins,
//! favourites) drop nothing public, an edit drops the pages that show the
//! edited exhibit, and with NATS another node shows a change well within
//! 500 ms.

use std::time::{Duration, Instant};

use crate::both;
use crate::fixtures;
use crate::harness::{Backend, Client, Options, TestApp, location};
use crate::media::booth_for;

fn form(title: &str) -> Vec<(&'static str, String)> {
    vec![
        ("source_lang", "en".into()),
        ("title_en", title.into()),
        ("hs_code", "9401.61".into()),
    ]
}

async fn post_form(c: &Client, path: &str, form: &[(&'static str, String)]) -> reqwest::Response {
    let f: Vec<(&str, &str)> = form.iter().map(|(k, v)| (*k, v.as_str())).collect();
    c.post(path, &f).await
}

/// An exhibitor with a booth on a fair without review and one published
/// exhibit: (owner, org, fair slug, booth code, exhibit id).
async fn shop(app: &TestApp) -> (Client, String, String, String, String) {
    let (owner, org, _) = fixtures::org(app, 1).await;
    let (fair, code) = booth_for(app, &org).await;
    let r = post_form(&owner, &format!("/org/{org}/exhibits"), &form("Oak Chair")).await;
    let id = location(&r).rsplit('/').next().unwrap().to_owned();
    let r = owner
        .post(&format!("/org/{org}/exhibits/{id}/publish"), &[])
        .await;
    assert_eq!(r.status(), 200);
    (owner, org, fair, code, id)
}

async fn page(c: &Client, path: &str) -> String {
    let r = c.get(path).await;
    assert_eq!(r.status(), 200, "{path}");
    r.text().await.unwrap()
}

async fn private_writes_keep_public_pages_cached(b: Backend) {
    let app = TestApp::spawn(b).await;
    let (owner, org, fair, code, id) = shop(&app).await;
    let (visitor, _) = fixtures::visitor(&app, &fair, false).await;
    let pages = [
        format!("/fairs/{fair}"),
        format!("/fairs/{fair}/halls/1"),
        format!("/fairs/{fair}/booths/{code}"),
        format!("/exhibits/{id}"),
    ];
    for p in &pages {
        page(&visitor, p).await;
    }
    let (_, misses) = app.state.cache.counts();

    // A login, a favourite, a visitor registration: nothing public.
    let other = app.client();
    let (email, password) = app.account(&[]).await;
    other.login(&email, &password).await;
    let r = visitor
        .post(
            "/favourites",
            &[("kind", "exhibit"), ("id", &id), ("next", "/")],
        )
        .await;
    assert!(r.status().is_redirection(), "{}", r.status());
    for p in &pages {
        page(&visitor, p).await;
    }
    assert_eq!(
        app.state.cache.counts().1,
        misses,
        "private writes dropped a public entry"
    );

    // An edit of the live exhibit shows at once, on its page, the booth
    // page and the fair home; the hall plan (which does not show it) stays.
    let r = post_form(
        &owner,
        &format!("/org/{org}/exhibits/{id}"),
        &form("Walnut Chair"),
    )
    .await;
    assert_eq!(r.status(), 200);
    let (_, before) = app.state.cache.counts();
    page(&visitor, &pages[1]).await;
    assert_eq!(app.state.cache.counts().1, before, "the hall plan was kept");
    for p in [&pages[0], &pages[2], &pages[3]] {
        let html = page(&visitor, p).await;
        assert!(html.contains("Walnut Chair"), "{p} is stale");
        assert!(!html.contains("Oak Chair"), "{p} is stale");
    }
}

async fn another_node_shows_a_change_within_500_ms(b: Backend) {
    let Some(url) = nats_url() else {
        eprintln!("skipped: set YUNZHAN_TEST_NATS to run the two-node test");
        return;
    };
    let prefix = format!("yzt{}", yz_store::new_id().replace('-', ""));
    let opts = || Options {
        nats: Some((url.clone(), prefix.clone())),
        ..Options::default()
    };
    let a = TestApp::with(b, opts()).await;
    let node_b = a.beside(opts()).await;
    for node in [&a, &node_b] {
        let t = Instant::now();
        while !node.state.bus.is_connected() {
            assert!(t.elapsed() < Duration::from_secs(10), "NATS unreachable");
            tokio::time::sleep(Duration::from_millis(20)).await;
        }
    }
    let (owner, org, _, _, id) = shop(&a).await;
    let reader = node_b.client();
    let path = format!("/exhibits/{id}");
    assert!(page(&reader, &path).await.contains("Oak Chair"));
    // Cached on B: a second read costs no load.
    let (_, misses) = node_b.state.cache.counts();
    page(&reader, &path).await;
    assert_eq!(node_b.state.cache.counts().1, misses);

    let r = post_form(
        &owner,
        &format!("/org/{org}/exhibits/{id}"),
        &form("Walnut Chair"),
    )
    .await;
    assert_eq!(r.status(), 200);
    let changed = Instant::now();
    loop {
        if page(&reader, &path).await.contains("Walnut Chair") {
            break;
        }
        assert!(
            changed.elapsed() < Duration::from_millis(500),
            "node B still shows the old title after 500 ms"
        );
        tokio::time::sleep(Duration::from_millis(10)).await;
    }
    assert!(node_b.state.bus.received().0 >= 1);
    let m = reader.page("/metrics").await;
    assert!(m.contains("cache_bus_connected 1"), "{m}");
    let hits = m
        .lines()
        .find_map(|l| l.strip_prefix("page_cache_hits_total "))
        .and_then(|v| v.parse::<u64>().ok());
    assert!(hits.is_some_and(|h| h >= 1), "{m}");
    eprintln!("visible on node B after {:?}", changed.elapsed());
}

both!(
    private_writes_keep_public_pages_cached,
    another_node_shows_a_change_within_500_ms
);

/// The NATS server for tests (YUNZHAN_TEST_NATS); CI also sets
/// YUNZHAN_REQUIRE_NATS=1 so that a missing server fails instead of skipping.
pub fn nats_url() -> Option<String> {
    match std::env::var("YUNZHAN_TEST_NATS") {
        Ok(u) if !u.is_empty() => Some(u),
        _ => {
            if std::env::var("YUNZHAN_REQUIRE_NATS").is_ok_and(|v| v == "1") {
                panic!("YUNZHAN_REQUIRE_NATS=1 but YUNZHAN_TEST_NATS is not set");
            }
            None
        }
    }
}
