//! The fair's home page as a hub (featured exhibitors, new products, the
//! search box) and the fair's search: case-insensitive, any language,
//! wildcards taken literally, restricted exhibitors left out, rate-limited,
//! each search counted (S5.5.1).

use yz_domain::clock::Clock;
use yz_domain::measures::Measure;
use yz_store::analytics::{MeasureValue, measure};

use crate::both;
use crate::fixtures;
use crate::harness::{Backend, Client, Options, TestApp, location};
use crate::media::booth_for;

async fn publish(c: &Client, org: &str, form: &[(&str, &str)]) -> String {
    let r = c.post(&format!("/org/{org}/exhibits"), form).await;
    let id = location(&r).rsplit('/').next().unwrap().to_owned();
    let r = c
        .post(&format!("/org/{org}/exhibits/{id}/publish"), &[])
        .await;
    assert!(r.text().await.unwrap().contains("exhibit is published"));
    id
}

async fn text(c: &Client, path: &str) -> String {
    let r = c.get(path).await;
    assert_eq!(r.status(), 200, "{path}");
    r.text().await.unwrap()
}

async fn home_hub_and_search(b: Backend) {
    let mut opts = Options::default();
    opts.rate_limits.search_per_minute = 7;
    let app = TestApp::with(b, opts).await;
    let (owner, org, _) = fixtures::org(&app, 1).await;
    let (fair, _) = booth_for(&app, &org).await;
    let oak = publish(
        &owner,
        &org,
        &[
            ("source_lang", "en"),
            ("title_en", "Solid Oak Dining Chair"),
            ("title_zh", "实木橡木餐椅"),
            ("hs_code", "9401.61"),
            ("model_number", "OK-46"),
        ],
    )
    .await;
    let lamp = publish(
        &owner,
        &org,
        &[
            ("source_lang", "en"),
            ("title_en", "Desk lamp 100% brass"),
            ("hs_code", "9405.21"),
        ],
    )
    .await;

    let anon = app.client();
    let home = text(&anon, &format!("/fairs/{fair}")).await;
    assert!(home.contains("Featured exhibitors") && home.contains("Test Exporter 1"));
    assert!(home.contains(&format!("href=\"/exhibitors/{org}\"")));
    assert!(home.contains("New products") && home.contains(&format!("/exhibits/{lamp}")));
    assert!(
        home.contains(&format!("action=\"/fairs/{fair}/search\""))
            && home.contains("role=\"search\"")
    );

    let search = |q: &str| {
        format!(
            "/fairs/{fair}/search?q={}",
            url::form_urlencoded::byte_serialize(q.as_bytes()).collect::<String>()
        )
    };
    // No words: the form only, nothing counted.
    let empty = text(&anon, &format!("/fairs/{fair}/search")).await;
    assert!(!empty.contains("id=\"search-summary\""));
    // Case-insensitive, by title, model number or exhibitor name.
    let page = text(&anon, &search("oak DINING")).await;
    assert!(
        page.contains(&format!("/exhibits/{oak}")) && !page.contains(&format!("/exhibits/{lamp}"))
    );
    assert!(
        text(&anon, &search("ok-46"))
            .await
            .contains(&format!("/exhibits/{oak}"))
    );
    let page = text(&anon, &search("exporter 1")).await;
    assert!(page.contains(&format!("/exhibitors/{org}")) && page.contains("One result"));
    // Chinese titles match too, and a Chinese reader sees them.
    let mut zh = app.client();
    zh.lang = "zh-CN".into();
    let page = text(&zh, &search("橡木")).await;
    assert!(page.contains("实木橡木餐椅"), "{page}");
    // Wildcards are plain characters; markup is escaped.
    let page = text(&anon, &search("100%")).await;
    assert!(
        page.contains(&format!("/exhibits/{lamp}")) && !page.contains(&format!("/exhibits/{oak}"))
    );
    let page = text(&anon, &search("%_<script>")).await;
    assert!(page.contains("Nothing found") && !page.contains("<script>"));

    // A restricted exhibitor is neither featured nor found.
    let owner = yz_app::Actor::cli().as_user("test", "test");
    let mut w = app.state.work(&owner).await.unwrap();
    yz_store::organisations::set_visibility(&mut w.tx, &org, &[], true, app.clock.now_ms())
        .await
        .unwrap();
    w.changed(
        yz_domain::change::Kind::Organisation,
        &org,
        yz_domain::change::Verb::Restricted,
    );
    w.commit().await.unwrap();
    let home = text(&anon, &format!("/fairs/{fair}")).await;
    assert!(!home.contains("Test Exporter 1") && !home.contains("New products"));
    assert!(text(&anon, &search("oak")).await.contains("Nothing found"));

    // Searches are rate-limited per address.
    let r = anon.get(&search("chair")).await;
    assert_eq!(r.status(), 429);
    assert_eq!(
        anon.get(&format!("/fairs/{fair}/search?q=")).await.status(),
        200
    );
    assert_eq!(
        anon.get("/fairs/no-such-fair/search?q=x").await.status(),
        404
    );

    // Each search with words is counted.
    let mut searches = 0;
    for _ in 0..100 {
        app.settle().await;
        if let MeasureValue::Count(n) =
            measure(&app.state.stores.analytics, Measure::Searches, None)
                .await
                .unwrap()
        {
            searches = n;
        }
        if searches == 7 {
            break;
        }
        tokio::time::sleep(std::time::Duration::from_millis(50)).await;
    }
    assert_eq!(searches, 7);
}

both!(home_hub_and_search);
