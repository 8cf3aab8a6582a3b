//! The outbox delivers each event at least once per consumer, even when the
//! dispatcher dies between commit and delivery; consumers make the repeat
//! harmless.

use std::sync::Arc;

use tokio::sync::Notify;
use yz_app::consumers::{AnalyticsRecorder, Notifier};
use yz_domain::measures::Measure;
use yz_store::analytics::{MeasureValue, measure};
use yz_store::outbox::{BoxFuture, Consumer, Dispatcher, OutboxEvent};

use crate::both;
use crate::harness::{Backend, Options, TestApp};

/// Handles the visitor event, then "dies" before its delivery is recorded.
struct DiesAfterHandling(Arc<dyn Consumer>);

impl Consumer for DiesAfterHandling {
    fn name(&self) -> &'static str {
        self.0.name()
    }
    fn handle<'a>(&'a self, ev: &'a OutboxEvent) -> BoxFuture<'a, Result<(), String>> {
        Box::pin(async move {
            self.0.handle(ev).await?;
            if ev.kind == "visitor.registered" {
                Err("process killed".into())
            } else {
                Ok(())
            }
        })
    }
}

async fn delivered_once_per_consumer_after_a_crash(b: Backend) {
    let app = TestApp::with(
        b,
        Options {
            background: false,
            ..Options::default()
        },
    )
    .await;
    let c = app.client();
    let r = c
        .post(
            "/register",
            &[
                ("email", "buyer@example.com"),
                ("display_name", "Buyer"),
                ("password", "Pearl-River-Delta-88"),
                ("password_confirm", "Pearl-River-Delta-88"),
            ],
        )
        .await;
    assert_eq!(r.status(), 200);
    // Committed, but no dispatcher ran: nothing delivered yet.
    let analytics = app.state.stores.analytics.clone();
    assert_eq!(
        measure(&analytics, Measure::Visitors, None).await.unwrap(),
        MeasureValue::Count(0)
    );
    assert!(app.sink.to("buyer@example.com").is_empty());

    let recorder: Arc<dyn Consumer> = Arc::new(AnalyticsRecorder {
        analytics: analytics.clone(),
    });
    let notifier: Arc<dyn Consumer> = Arc::new(Notifier {
        mailer: app.state.mailer.clone(),
        main: app.state.stores.main.clone(),
    });
    let now = {
        let clock = app.clock.clone();
        Arc::new(move || yz_domain::clock::Clock::now_ms(clock.as_ref()))
    };

    // The first dispatcher records the analytics event and dies before
    // marking it delivered.
    let dying = Dispatcher::new(
        app.state.stores.main.clone(),
        now.clone(),
        Arc::new(Notify::new()),
    )
    .with(Arc::new(DiesAfterHandling(recorder.clone())));
    dying.run_once().await.unwrap();
    assert_eq!(
        measure(&analytics, Measure::Visitors, None).await.unwrap(),
        MeasureValue::Count(1)
    );

    // After the restart every consumer gets the event; the recorder sees it
    // again (at least once) but counts it once; the mail goes out once.
    let restarted = Dispatcher::new(
        app.state.stores.main.clone(),
        now.clone(),
        Arc::new(Notify::new()),
    )
    .with(recorder)
    .with(notifier);
    let delivered = restarted.run_once().await.unwrap();
    assert!(
        delivered >= 3,
        "visitor.registered to both consumers and the mail: {delivered}"
    );
    assert_eq!(restarted.run_once().await.unwrap(), 0, "nothing left");
    assert_eq!(
        measure(&analytics, Measure::Visitors, None).await.unwrap(),
        MeasureValue::Count(1)
    );
    assert_eq!(app.sink.to("buyer@example.com").len(), 1);
    let per_consumer = app
        .state
        .stores
        .main
        .fetch_all(
            "SELECT consumer, COUNT(*) AS n FROM outbox_done GROUP BY consumer ORDER BY consumer",
            vec![],
        )
        .await
        .unwrap();
    let counts: Vec<(String, i64)> = per_consumer
        .iter()
        .map(|r| (r.text("consumer").unwrap(), r.i64("n").unwrap()))
        .collect();
    let events = app
        .state
        .stores
        .main
        .fetch_one("SELECT COUNT(*) FROM outbox", vec![])
        .await
        .unwrap()
        .i64(0)
        .unwrap();
    assert_eq!(
        counts,
        vec![
            ("analytics".to_owned(), events),
            ("notifier".to_owned(), events)
        ]
    );
}

/// Fails on one chosen event, handling the others.
struct FailsOn(i64);

impl Consumer for FailsOn {
    fn name(&self) -> &'static str {
        "picky"
    }
    fn handle<'a>(&'a self, ev: &'a OutboxEvent) -> BoxFuture<'a, Result<(), String>> {
        Box::pin(async move {
            if ev.id == self.0 {
                Err("not now".into())
            } else {
                Ok(())
            }
        })
    }
}

/// Events are delivered in batches: the recorder writes a whole batch at
/// once and counts each event once; a consumer that fails on one event has
/// the events before it recorded as delivered and gets that one and the
/// rest again.
async fn batches_are_delivered_up_to_the_first_failure(b: Backend) {
    let app = TestApp::with(
        b,
        Options {
            background: false,
            ..Options::default()
        },
    )
    .await;
    let main = app.state.stores.main.clone();
    let n = 1_234;
    let mut tx = main.begin().await.unwrap();
    for i in 0..n {
        let facts = yz_domain::measures::AnalyticsFacts {
            country: Some(if i % 2 == 0 { "DE" } else { "BR" }.into()),
            ..Default::default()
        };
        yz_store::outbox::enqueue(
            &mut tx,
            yz_domain::measures::EventKind::SearchPerformed.as_str(),
            &serde_json::json!(facts),
            1_000 + i,
        )
        .await
        .unwrap();
    }
    tx.commit().await.unwrap();
    let ids: Vec<i64> = main
        .fetch_all("SELECT id FROM outbox ORDER BY id", vec![])
        .await
        .unwrap()
        .iter()
        .map(|r| r.i64("id").unwrap())
        .collect();
    assert_eq!(ids.len(), n as usize);
    let now: Arc<dyn Fn() -> i64 + Send + Sync> = Arc::new(|| 5_000);
    let analytics = app.state.stores.analytics.clone();
    let recorder: Arc<dyn Consumer> = Arc::new(AnalyticsRecorder {
        analytics: analytics.clone(),
    });
    // The 700th event fails: the 699 before it are delivered, in two batches.
    let failing = ids[699];
    let d = Dispatcher::new(main.clone(), now.clone(), Arc::new(Notify::new()))
        .with(recorder.clone())
        .with(Arc::new(FailsOn(failing)));
    assert_eq!(d.run_once().await.unwrap(), n as usize + 699);
    let done = |who: &'static str| {
        let main = main.clone();
        async move {
            main.fetch_one(
                "SELECT COUNT(*) AS n, COALESCE(MAX(event_id), 0) AS last FROM outbox_done WHERE consumer = $1",
                yz_store::args![who],
            )
            .await
            .unwrap()
        }
    };
    let picky = done("picky").await;
    assert_eq!(picky.i64("n").unwrap(), 699);
    assert_eq!(picky.i64("last").unwrap(), ids[698]);
    assert_eq!(
        measure(&analytics, Measure::Searches, None).await.unwrap(),
        MeasureValue::Count(n)
    );
    // Again, with the failure gone: the rest, and the recorder has nothing left.
    let d = Dispatcher::new(main.clone(), now, Arc::new(Notify::new()))
        .with(recorder)
        .with(Arc::new(FailsOn(-1)));
    assert_eq!(d.run_once().await.unwrap(), n as usize - 699);
    assert_eq!(done("picky").await.i64("n").unwrap(), n);
    assert_eq!(done("analytics").await.i64("n").unwrap(), n);
    assert_eq!(
        measure(&analytics, Measure::Searches, None).await.unwrap(),
        MeasureValue::Count(n),
        "each event counted once"
    );
}

/// `/metrics` says how far behind each consumer is.
async fn metrics_show_each_consumers_backlog_and_lag(b: Backend) {
    let app = TestApp::with(
        b,
        Options {
            background: false,
            ..Options::default()
        },
    )
    .await;
    let c = app.client();
    let line = |text: &str, name: &str| {
        text.lines()
            .find(|l| l.starts_with(name))
            .map(|l| l.rsplit(' ').next().unwrap_or("").to_owned())
            .unwrap_or_else(|| panic!("no {name} in:\n{text}"))
    };
    let m = c.page("/metrics").await;
    assert_eq!(line(&m, "outbox_backlog{consumer=\"analytics\"}"), "0");
    assert_eq!(line(&m, "outbox_lag_seconds{consumer=\"notifier\"}"), "0");
    let mut tx = app.state.stores.main.begin().await.unwrap();
    let written = yz_domain::clock::Clock::now_ms(app.clock.as_ref()) - 90_000;
    for _ in 0..3 {
        yz_store::outbox::enqueue(&mut tx, "search.performed", &serde_json::json!({}), written)
            .await
            .unwrap();
    }
    tx.commit().await.unwrap();
    let m = c.page("/metrics").await;
    for consumer in yz_app::consumers::NAMES {
        assert_eq!(
            line(&m, &format!("outbox_backlog{{consumer=\"{consumer}\"}}")),
            "3"
        );
        let lag: f64 = line(
            &m,
            &format!("outbox_lag_seconds{{consumer=\"{consumer}\"}}"),
        )
        .parse()
        .unwrap();
        assert!((89.0..3_600.0).contains(&lag), "{consumer}: {lag}");
    }
    let recorder: Arc<dyn Consumer> = Arc::new(AnalyticsRecorder {
        analytics: app.state.stores.analytics.clone(),
    });
    let now: Arc<dyn Fn() -> i64 + Send + Sync> = Arc::new(|| 0);
    Dispatcher::new(app.state.stores.main.clone(), now, Arc::new(Notify::new()))
        .with(recorder)
        .run_once()
        .await
        .unwrap();
    let m = c.page("/metrics").await;
    assert_eq!(line(&m, "outbox_backlog{consumer=\"analytics\"}"), "0");
    assert_eq!(line(&m, "outbox_lag_seconds{consumer=\"analytics\"}"), "0");
    assert_eq!(line(&m, "outbox_backlog{consumer=\"notifier\"}"), "3");
}

both!(
    delivered_once_per_consumer_after_a_crash,
    batches_are_delivered_up_to_the_first_failure,
    metrics_show_each_consumers_backlog_and_lag
);
