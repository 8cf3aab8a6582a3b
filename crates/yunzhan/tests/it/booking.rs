//! Booth booking over HTTP: 50 verified exhibitors request one booth at
//! once and exactly one gets it; the organizer approves; the booth shows
//! its verified exhibitor; booking closes when the fair opens.

use yz_domain::clock::Clock;
use yz_domain::fair::to_local;
use yz_domain::role::{Grant, Role, Scope};
use yz_domain::uscc::Uscc;
use yz_store::organisations::{self, Organisation};

use crate::both;
use crate::harness::{Backend, Client, TestApp, location};

const DAY: i64 = 86_400_000;

pub(crate) async fn verified_org(
    app: &TestApp,
    i: usize,
    status: &str,
) -> (Client, String, String) {
    let (email, _) = app.account(&[Role::Visitor]).await;
    let user_id = app.user_id(&email).await;
    let id = yz_store::new_id();
    let uscc = Uscc::compose("91", "440106", &format!("{:08}", 10_000_000 + i)).unwrap();
    let org = Organisation {
        id: id.clone(),
        legal_name_zh: format!("测试企业{i}"),
        legal_name_en: format!("Test Exporter {i}"),
        uscc: uscc.as_str().to_owned(),
        contact_name: "Li".into(),
        contact_email: email.clone(),
        industries: vec!["85".into()],
        markets: vec!["US".into()],
        languages: vec!["en".into()],
        licence_key: Some("licences/x.pdf".into()),
        licence_mime: Some("application/pdf".into()),
        status: status.into(),
        review_reason: String::new(),
        submitted_at: None,
        created_by: user_id.clone(),
        visible_countries: vec![],
        trade_only: false,
    };
    let mut tx = app.state.stores.main.begin().await.unwrap();
    organisations::save(&mut tx, &org, app.clock.now_ms())
        .await
        .unwrap();
    let grant = Grant {
        role: Role::ExhibitorOwner,
        scope: Scope::Organisation(id.clone()),
    };
    yz_store::accounts::grant(&mut tx, &user_id, &grant, None, 0)
        .await
        .unwrap();
    tx.commit().await.unwrap();
    (app.session_client(&email).await, id, email)
}

async fn fifty_exhibitors_race_for_one_booth(b: Backend) {
    let app = TestApp::spawn(b).await;
    let (org, _) = app.signed_in(&[Role::Organizer]).await;
    let now = app.clock.now_ms();
    let mut form: Vec<(String, String)> = vec![
        ("slug".into(), "race-http".into()),
        ("name_zh".into(), "展位抢订".into()),
        ("name_en".into(), "Booth Race".into()),
        ("time_zone".into(), "Europe/Berlin".into()),
        ("lang_en".into(), "on".into()),
    ];
    for (n, d) in [
        "registration_opens",
        "opening",
        "show_days",
        "trade_week",
        "service_period",
        "closes",
    ]
    .iter()
    .zip([-1, 10, 11, 15, 22, 52])
    {
        form.push(((*n).into(), to_local(now + d * DAY, "Europe/Berlin")));
    }
    let f: Vec<(&str, &str)> = form.iter().map(|(a, b)| (a.as_str(), b.as_str())).collect();
    assert_eq!(
        location(&org.post("/manage/fairs", &f).await),
        "/manage/fairs/race-http"
    );
    org.post(
        "/manage/fairs/race-http/halls",
        &[
            ("code", "1"),
            ("name_zh", "电子"),
            ("name_en", "Electronics"),
            ("chapters", "85"),
            ("rows", "1"),
            ("cols", "3"),
            ("premium_rows", "0"),
        ],
    )
    .await;

    let mut exhibitors = Vec::new();
    for i in 0..50 {
        exhibitors.push(verified_org(&app, i, "approved").await);
    }
    // The free booth offers the request button to a verified owner.
    let page = exhibitors[0]
        .0
        .get("/fairs/race-http/booths/1.1A1")
        .await
        .text()
        .await
        .unwrap();
    assert!(page.contains("Request this booth for Test Exporter 0"));

    let mut set = tokio::task::JoinSet::new();
    for (client, id, _) in exhibitors.iter() {
        let token = client.csrf().await;
        let http = client.http.clone();
        let url = client.url(&format!("/org/{id}/booths"));
        set.spawn(async move {
            let r = http
                .post(url)
                .header("accept-language", "en")
                .form(&[
                    ("fair", "race-http"),
                    ("code", "1.1a1"),
                    ("_csrf", token.as_str()),
                ])
                .send()
                .await
                .unwrap();
            r.status().as_u16()
        });
    }
    let mut statuses = Vec::new();
    while let Some(s) = set.join_next().await {
        statuses.push(s.unwrap());
    }
    assert_eq!(
        statuses.iter().filter(|s| **s == 303).count(),
        1,
        "{statuses:?}"
    );
    assert_eq!(
        statuses.iter().filter(|s| **s == 409).count(),
        49,
        "{statuses:?}"
    );

    let anon = app.client();
    let page = anon
        .get("/fairs/race-http/booths/1.1A1")
        .await
        .text()
        .await
        .unwrap();
    assert!(page.contains("id=\"booth-status\">Requested") && page.contains("Verified exhibitor"));

    // Unverified organisations cannot request.
    let (draft, draft_id, _) = verified_org(&app, 99, "draft").await;
    let r = draft
        .post(
            &format!("/org/{draft_id}/booths"),
            &[("fair", "race-http"), ("code", "1.1A2")],
        )
        .await;
    assert!(
        r.text()
            .await
            .unwrap()
            .contains("Only verified organisations")
    );
    // Nor for someone else's organisation.
    let r = draft
        .post(
            &format!("/org/{}/booths", exhibitors[1].1),
            &[("fair", "race-http"), ("code", "1.1A2")],
        )
        .await;
    assert_eq!(r.status(), 403);

    // The organizer approves; the owner is told; the booth is booked.
    let list = org
        .get("/manage/fairs/race-http/booths")
        .await
        .text()
        .await
        .unwrap();
    assert!(list.contains("1.1A1"));
    let r = org
        .post(
            "/manage/fairs/race-http/booths/1.1A1",
            &[("decision", "approve")],
        )
        .await;
    assert!(r.text().await.unwrap().contains("The booth is booked"));
    let page = anon
        .get("/fairs/race-http/booths/1.1A1")
        .await
        .text()
        .await
        .unwrap();
    assert!(page.contains("id=\"booth-status\">Booked"));
    let holder = app
        .state
        .stores
        .main
        .fetch_one("SELECT org_id FROM booths WHERE code = '1.1A1'", vec![])
        .await
        .unwrap()
        .text(0)
        .unwrap();
    let (_, _, owner_email) = exhibitors.iter().find(|(_, id, _)| *id == holder).unwrap();
    let mail = app.sink.wait_for(owner_email, 1).await;
    assert!(
        mail.body().contains("1.1A1"),
        "the owner is told, in their language"
    );
    assert_eq!(app.audit_actions("booth.approve").await.len(), 1);
    assert_eq!(app.audit_actions("booth.request").await.len(), 1);

    // Once the fair opens, booking closes.
    app.clock.advance(11 * DAY);
    let late = app.session_client(&exhibitors[2].2).await;
    let r = late
        .post(
            &format!("/org/{}/booths", exhibitors[2].1),
            &[("fair", "race-http"), ("code", "1.1A2")],
        )
        .await;
    assert!(
        r.text()
            .await
            .unwrap()
            .contains("only before the fair opens")
    );
}

both!(fifty_exhibitors_race_for_one_booth);
