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

both!(delivered_once_per_consumer_after_a_crash);
