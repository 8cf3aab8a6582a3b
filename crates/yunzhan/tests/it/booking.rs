//! Booth booking over HTTP: 50 verified exhibitors request one booth at
//! once and exactly one gets it; the organizer approves; the booth shows
//! its verified exhibitor; booking closes when the fair opens.

use yz_domain::role::Role;

use crate::both;
use crate::fixtures::{self, DAY};
use crate::harness::{Backend, TestApp};

async fn fifty_exhibitors_race_for_one_booth(b: Backend) {
    let app = TestApp::spawn(b).await;
    let fair = fixtures::fair(&app, "race-http", false).await;
    let org = &fair.organizer;
    let (reviewer, _) = fixtures::fair_staff(&app, &fair, Role::Reviewer).await;

    let mut exhibitors = Vec::new();
    for i in 0..50 {
        exhibitors.push(fixtures::org(&app, i).await);
    }
    // The free booth offers the request button to a verified owner.
    let page = exhibitors[0].0.page("/fairs/race-http/booths/1.1A1").await;
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
    let page = anon.page("/fairs/race-http/booths/1.1A1").await;
    assert!(page.contains("id=\"booth-status\">Requested"));
    assert!(!page.contains("Verified exhibitor"), "not before review");

    // Organisations without their licence cannot request.
    let (draft, draft_id, _) = fixtures::org(&app, 99).await;
    app.state
        .stores
        .main
        .execute(
            "UPDATE organisations SET licence_key = NULL, licence_mime = NULL WHERE id = $1",
            yz_store::args![draft_id.as_str()],
        )
        .await
        .unwrap();
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
            .contains("Upload the business licence")
    );
    // Nor for someone else's organisation.
    let r = draft
        .post(
            &format!("/org/{}/booths", exhibitors[1].1),
            &[("fair", "race-http"), ("code", "1.1A2")],
        )
        .await;
    assert_eq!(r.status(), 403);

    // The request is the holder's application: the organizer cannot book
    // the booth before the fair's reviewers verified the organisation.
    let holder = app
        .state
        .stores
        .main
        .fetch_one("SELECT org_id FROM booths WHERE code = '1.1A1'", vec![])
        .await
        .unwrap()
        .text("org_id")
        .unwrap();
    let list = org.page("/manage/fairs/race-http/booths").await;
    assert!(list.contains("1.1A1"));
    let r = org
        .post(
            "/manage/fairs/race-http/booths/1.1A1",
            &[("decision", "approve")],
        )
        .await;
    assert!(
        r.text()
            .await
            .unwrap()
            .contains("not yet a verified exhibitor")
    );
    let queue = reviewer.page("/manage/fairs/race-http/review").await;
    assert!(queue.contains(&holder), "{queue}");
    let r = reviewer
        .post(
            &format!("/manage/fairs/race-http/review/{holder}"),
            &[("decision", "approve")],
        )
        .await;
    assert!(
        r.status().is_success() || r.status() == 303,
        "{}",
        r.status()
    );

    // The organizer approves; the owner is told; the booth is booked.
    let r = org
        .post(
            "/manage/fairs/race-http/booths/1.1A1",
            &[("decision", "approve")],
        )
        .await;
    assert!(r.text().await.unwrap().contains("The booth is booked"));
    let page = anon.page("/fairs/race-http/booths/1.1A1").await;
    assert!(page.contains("id=\"booth-status\">Booked") && page.contains("Verified exhibitor"));
    let (_, _, owner_email) = exhibitors.iter().find(|(_, id, _)| *id == holder).unwrap();
    // Told of the application, its approval, then the booth.
    let mail = app.sink.wait_for(owner_email, 3).await;
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
