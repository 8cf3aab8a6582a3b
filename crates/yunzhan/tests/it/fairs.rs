//! Fairs, halls and booths: organizers create and manage their own fairs
//! only; halls get plans with booths; phases follow the clock; of 50
//! concurrent requests for one booth exactly one wins.

use yz_domain::clock::Clock;
use yz_domain::fair::to_local;
use yz_domain::role::Role;
use yz_store::fairs;

use crate::both;
use crate::harness::{Backend, TestApp, expect, location};

const DAY: i64 = 86_400_000;

pub fn fair_form(app: &TestApp, slug: &str, offsets_days: [i64; 6]) -> Vec<(String, String)> {
    let now = app.clock.now_ms();
    let names = [
        "registration_opens",
        "opening",
        "show_days",
        "trade_week",
        "service_period",
        "closes",
    ];
    let mut f: Vec<(String, String)> = vec![
        ("slug".into(), slug.into()),
        ("name_zh".into(), "第141届广交会".into()),
        ("name_en".into(), "141st Canton Fair".into()),
        (
            "description_en".into(),
            "China Import and Export Fair, online.".into(),
        ),
        ("time_zone".into(), "Asia/Shanghai".into()),
        ("lang_zh".into(), "on".into()),
        ("lang_en".into(), "on".into()),
    ];
    for (n, d) in names.iter().zip(offsets_days) {
        f.push(((*n).into(), to_local(now + d * DAY, "Asia/Shanghai")));
    }
    f
}

pub fn pairs(v: &[(String, String)]) -> Vec<(&str, &str)> {
    v.iter().map(|(a, b)| (a.as_str(), b.as_str())).collect()
}

async fn organizers_run_their_own_fairs(b: Backend) {
    let app = TestApp::spawn(b).await;
    let (org, _) = app.signed_in(&[Role::Organizer]).await;
    let (other, _) = app.signed_in(&[Role::Organizer]).await;
    let (visitor, _) = app.signed_in(&[Role::Visitor]).await;
    assert_eq!(org.get("/manage/fairs/new").await.status(), 200);
    assert_eq!(visitor.get("/manage/fairs/new").await.status(), 403);

    // Bad input: every problem named, nothing created.
    let mut bad = fair_form(&app, "Bad Slug!", [-1, 10, 11, 15, 22, 52]);
    bad.retain(|(k, _)| k != "opening");
    let r = org.post("/manage/fairs", &pairs(&bad)).await;
    assert_eq!(r.status(), 422);
    let text = r.text().await.unwrap();
    assert!(
        text.contains("short name must have") && text.contains("every phase"),
        "{text}"
    );
    let r = org
        .post(
            "/manage/fairs",
            &pairs(&fair_form(&app, "canton-141", [-1, 10, 9, 15, 22, 52])),
        )
        .await;
    assert!(
        r.text()
            .await
            .unwrap()
            .contains("follow each other in time")
    );
    assert!(
        fairs::list(&app.state.stores.main, 10)
            .await
            .unwrap()
            .is_empty()
    );

    let r = org
        .post(
            "/manage/fairs",
            &pairs(&fair_form(&app, "canton-141", [-1, 10, 11, 15, 22, 52])),
        )
        .await;
    assert_eq!(location(&r), "/manage/fairs/canton-141");
    assert_eq!(org.get("/manage/fairs/canton-141").await.status(), 200);
    let r = other
        .post(
            "/manage/fairs",
            &pairs(&fair_form(&app, "canton-141", [-1, 10, 11, 15, 22, 52])),
        )
        .await;
    assert!(
        r.text()
            .await
            .unwrap()
            .contains("already uses this short name")
    );
    // Another organizer, or a fair administrator of another fair: refused.
    assert_eq!(other.get("/manage/fairs/canton-141").await.status(), 403);
    let (elsewhere, _) = app.signed_in(&[Role::OrganizerAdmin]).await;
    assert_eq!(
        elsewhere.get("/manage/fairs/canton-141").await.status(),
        403
    );
    assert_eq!(
        elsewhere
            .post("/manage/fairs/canton-141/halls", &[("code", "1")])
            .await
            .status(),
        403
    );

    // A hall by industry, with a plan of booths.
    let hall = [
        ("code", "10"),
        ("name_zh", "家具馆"),
        ("name_en", "Furniture"),
        ("chapters", "94, 9403.60"),
        ("rows", "4"),
        ("cols", "30"),
        ("premium_rows", "1"),
    ];
    let r = org.post("/manage/fairs/canton-141/halls", &hall).await;
    expect(r, 200, "hall and its booths were added").await;
    let r = org.post("/manage/fairs/canton-141/halls", &hall).await;
    assert!(
        r.text()
            .await
            .unwrap()
            .contains("already has a hall with this number")
    );
    let r = org
        .post(
            "/manage/fairs/canton-141/halls",
            &[
                ("code", "11"),
                ("name_zh", "x"),
                ("name_en", "x"),
                ("chapters", "9x"),
                ("rows", "99"),
                ("cols", "1"),
                ("premium_rows", "0"),
            ],
        )
        .await;
    assert_eq!(r.status(), 422);

    let anon = app.client();
    let page = anon.page("/fairs/canton-141/halls/10").await;
    assert!(page.contains("<svg") && page.contains("role=\"group\""));
    assert_eq!(
        page.matches("<a href=\"/fairs/canton-141/booths/").count(),
        240,
        "120 booths on the plan and in the list"
    );
    assert!(page.contains("10.2A15"));
    let booth = anon.get("/fairs/canton-141/booths/10.2a15").await;
    expect(booth, 200, "Free").await;
    assert_eq!(
        anon.get("/fairs/canton-141/booths/10.9Z99").await.status(),
        404
    );
    assert_eq!(anon.get("/fairs/no-such-fair").await.status(), 404);

    // The fair's page follows the phases.
    let home = anon.get("/fairs/canton-141").await.text().await.unwrap();
    assert!(
        home.contains("Before the show")
            && home.contains("Hall 10 · Furniture")
            && home.contains("120 booths")
    );
    app.clock.advance(10 * DAY + 1000);
    let home = anon.get("/fairs/canton-141").await.text().await.unwrap();
    assert!(home.contains("id=\"fair-phase\">Opening ceremony"));
    let list = anon.get("/fairs").await.text().await.unwrap();
    assert!(list.contains("141st Canton Fair"));
    let mut zh = app.client();
    zh.lang = "zh-CN".into();
    assert!(zh.page("/fairs/canton-141").await.contains("第141届广交会"));

    assert_eq!(app.audit_actions("fair.create").await.len(), 1);
    assert_eq!(app.audit_actions("fair.hall_add").await.len(), 1);
}

async fn one_of_fifty_booth_requests_wins(b: Backend) {
    let app = TestApp::spawn(b).await;
    let (org, _) = app.signed_in(&[Role::Organizer]).await;
    org.post(
        "/manage/fairs",
        &pairs(&fair_form(&app, "race-2027", [-1, 10, 11, 15, 22, 52])),
    )
    .await;
    org.post(
        "/manage/fairs/race-2027/halls",
        &[
            ("code", "1"),
            ("name_zh", "电子"),
            ("name_en", "Electronics"),
            ("chapters", "85"),
            ("rows", "1"),
            ("cols", "2"),
            ("premium_rows", "0"),
        ],
    )
    .await;
    let fair = fairs::by_slug(&app.state.stores.main, "race-2027")
        .await
        .unwrap()
        .unwrap();
    let booth = fairs::booth(&app.state.stores.main, &fair.id, "1.1A1")
        .await
        .unwrap()
        .unwrap();
    let mut set = tokio::task::JoinSet::new();
    for i in 0..50 {
        let db = app.state.stores.main.clone();
        let id = booth.id.clone();
        set.spawn(async move {
            let mut tx = db.begin().await.unwrap();
            let won = fairs::request_booth(&mut tx, &id, &format!("org-{i}"), "user", 1)
                .await
                .unwrap();
            tx.commit().await.unwrap();
            won
        });
    }
    let mut wins = 0;
    while let Some(r) = set.join_next().await {
        wins += usize::from(r.unwrap());
    }
    assert_eq!(wins, 1, "exactly one request holds the booth");
    let held = fairs::booth(&app.state.stores.main, &fair.id, "1.1A1")
        .await
        .unwrap()
        .unwrap();
    assert_eq!(held.status, yz_domain::status::BoothStatus::Requested);
    // Rejected, the booth is free again; approved, it is booked.
    let mut tx = app.state.stores.main.begin().await.unwrap();
    assert!(
        fairs::decide_booth(&mut tx, &booth.id, false, "organizer", 2)
            .await
            .unwrap()
    );
    assert!(
        fairs::request_booth(&mut tx, &booth.id, "org-x", "user", 3)
            .await
            .unwrap()
    );
    assert!(
        fairs::decide_booth(&mut tx, &booth.id, true, "organizer", 4)
            .await
            .unwrap()
    );
    assert!(
        !fairs::request_booth(&mut tx, &booth.id, "org-y", "user", 5)
            .await
            .unwrap()
    );
    tx.commit().await.unwrap();
    let booked = fairs::booth(&app.state.stores.main, &fair.id, "1.1A1")
        .await
        .unwrap()
        .unwrap();
    assert_eq!(
        (booked.status.as_str(), booked.org_id.as_deref()),
        ("booked", Some("org-x"))
    );
}

both!(
    organizers_run_their_own_fairs,
    one_of_fifty_booth_requests_wins
);
