//! The record of what changed and the audit intents that ride with it:
//! every write records its objects with a version in its own transaction,
//! the audit record is appended once however often it is delivered, and a
//! change made while the audit database is unreachable reaches the audit
//! log later through the outbox.

use std::sync::Arc;

use yz_domain::change::{Kind, Verb};
use yz_domain::role::Role;
use yz_store::changes;
use yz_store::outbox::Dispatcher;

use crate::both;
use crate::harness::{Backend, TestApp, location};

async fn organizer_with_fair(app: &TestApp, slug: &str) -> crate::harness::Client {
    let (org, _) = app.signed_in(&[Role::Organizer]).await;
    let form = crate::fairs::fair_form(app, slug, [-1, 10, 11, 15, 22, 52]);
    let r = org.post("/manage/fairs", &crate::fairs::pairs(&form)).await;
    assert_eq!(location(&r), format!("/manage/fairs/{slug}"));
    org
}

async fn writes_record_what_they_changed(b: Backend) {
    let app = TestApp::spawn(b).await;
    let org = organizer_with_fair(&app, "fair-rec").await;
    let fair = yz_store::fairs::by_slug(&app.state.stores.main, "fair-rec")
        .await
        .unwrap()
        .unwrap();
    let form = crate::fairs::fair_form(&app, "fair-rec", [-1, 10, 11, 15, 22, 60]);
    let r = org
        .post("/manage/fairs/fair-rec", &crate::fairs::pairs(&form))
        .await;
    assert!(r.status().is_success(), "{}", r.status());
    let recorded = changes::of_object(&app.state.stores.main, Kind::Fair, &fair.id)
        .await
        .unwrap();
    let seen: Vec<_> = recorded
        .iter()
        .map(|c| (c.change.verb, c.version, c.change.fair_id.clone()))
        .collect();
    assert_eq!(
        seen,
        vec![
            (Verb::Created, 1, Some(fair.id.clone())),
            (Verb::Changed, 2, Some(fair.id.clone()))
        ]
    );
    let organizer = &recorded[0].actor_id;
    assert!(!organizer.is_empty() && organizer != "anonymous");
    // A refused write records nothing.
    let mut bad = form.clone();
    bad.retain(|(k, _)| k != "opening");
    let r = org
        .post("/manage/fairs/fair-rec", &crate::fairs::pairs(&bad))
        .await;
    assert_eq!(r.status(), 422);
    assert_eq!(
        changes::of_object(&app.state.stores.main, Kind::Fair, &fair.id)
            .await
            .unwrap()
            .len(),
        2
    );
    // Each audit record is there once, also after the outbox delivered the
    // intents again.
    app.settle().await;
    assert_eq!(app.audit_actions("fair.create").await.len(), 1);
    assert_eq!(app.audit_actions("fair.update").await.len(), 1);
}

async fn audit_intents_outlive_an_unreachable_audit_database(b: Backend) {
    let app = TestApp::with(
        b,
        crate::harness::Options {
            background: false,
            ..Default::default()
        },
    )
    .await;
    // The audit database goes away (its pool closed under the writer).
    app.state.stores.audit.close().await;
    let org = organizer_with_fair(&app, "fair-offline").await;
    // The change stands, and its audit intent waits in the outbox.
    assert_eq!(org.get("/manage/fairs/fair-offline").await.status(), 200);
    let waiting = app
        .state
        .stores
        .main
        .fetch_one(
            "SELECT COUNT(*) FROM outbox WHERE kind = 'audit.append' AND payload LIKE '%fair.create%'",
            vec![],
        )
        .await
        .unwrap()
        .i64(0)
        .unwrap();
    assert_eq!(waiting, 1);
    // The audit database is back: the outbox appends the record, once,
    // however many times it runs.
    let audit = yz_store::Db::connect(&app.settings.audit).await.unwrap();
    let log = yz_store::audit::AuditLog::start(
        audit.clone(),
        app.state.stores.main.clone(),
        crate::harness::audit_key(&app.data),
        None,
    );
    let clock = app.clock.clone();
    let dispatcher = Dispatcher::new(
        app.state.stores.main.clone(),
        Arc::new(move || yz_domain::clock::Clock::now_ms(clock.as_ref())),
        Arc::new(tokio::sync::Notify::new()),
    )
    .with(Arc::new(yz_app::consumers::AuditAppender {
        audit: log.clone(),
    }));
    dispatcher.run_once().await.unwrap();
    let again = "DELETE FROM outbox_done WHERE consumer = 'audit'";
    app.state.stores.main.execute(again, vec![]).await.unwrap();
    dispatcher.run_once().await.unwrap();
    let found = log
        .search(&yz_store::audit::AuditFilter {
            action: Some("fair.create".into()),
            limit: 10,
            ..Default::default()
        })
        .await
        .unwrap();
    assert_eq!(found.len(), 1);
    assert_eq!(log.verify().await.unwrap().broken, None);
}

both!(
    writes_record_what_they_changed,
    audit_intents_outlive_an_unreachable_audit_database
);
