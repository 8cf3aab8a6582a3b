//! The audit chain: concurrent appends, tamper detection by `yunzhan audit
//! verify` (edit, deletion, reordering, truncation), and the database
//! refusing changes (PostgreSQL: the app's role may only INSERT and SELECT).

use std::path::Path;

use sqlx::Connection;
use yz_domain::audit::{AuditEntry, Outcome};
use yz_domain::clock::Clock;
use yz_store::audit::AuditLog;
use yz_store::{Db, DbSettings};

use crate::both;
use crate::harness::{Backend, TestApp};
use yz_domain::role::Role;

fn entry(i: usize) -> AuditEntry {
    AuditEntry {
        actor_id: format!("user-{i}"),
        actor_role: "visitor".into(),
        source_ip: "198.51.100.4".into(),
        action: "auth.login".into(),
        target: format!("user:{i}"),
        outcome: Outcome::Success,
        detail: format!("{{\"n\":{i}}}"),
    }
}

async fn append_many(log: &AuditLog, clock: &dyn Clock, n: usize) {
    let mut set = tokio::task::JoinSet::new();
    for i in 0..n {
        let log = log.clone();
        let at = clock.now_ms();
        set.spawn(async move { log.append(at, entry(i)).await.unwrap() });
    }
    let mut seqs = Vec::new();
    while let Some(r) = set.join_next().await {
        seqs.push(r.unwrap());
    }
    seqs.sort_unstable();
    seqs.dedup();
    assert_eq!(seqs.len(), n, "every append got its own sequence number");
}

async fn concurrent_appends_keep_the_chain(b: Backend) {
    let app = TestApp::spawn(b).await;
    append_many(&app.state.audit, app.clock.as_ref(), 300).await;
    if b == Backend::Postgres {
        // A second app node appending at the same time (advisory lock).
        let other = AuditLog::start(
            app.state.stores.audit.clone(),
            app.state.stores.main.clone(),
            crate::harness::audit_key(&app.data),
            None,
        );
        let (a, b2) = tokio::join!(
            append_many(&app.state.audit, app.clock.as_ref(), 200),
            append_many(&other, app.clock.as_ref(), 200)
        );
        let _ = (a, b2);
    }
    let report = app.state.audit.verify().await.unwrap();
    assert_eq!(report.broken, None);
    assert!(report.checked >= 300);
}

async fn the_database_refuses_changes(b: Backend) {
    let app = TestApp::spawn(b).await;
    append_many(&app.state.audit, app.clock.as_ref(), 5).await;
    // As the application itself.
    let upd = app
        .state
        .stores
        .audit
        .execute("UPDATE audit_log SET detail = 'x' WHERE seq = 1", vec![])
        .await;
    let del = app
        .state
        .stores
        .audit
        .execute("DELETE FROM audit_log WHERE seq = 1", vec![])
        .await;
    let msg = |r: Result<u64, yz_store::StoreError>| r.expect_err("must be refused").to_string();
    let (u, d) = (msg(upd), msg(del));
    match b {
        Backend::Sqlite => {
            assert!(
                u.contains("append-only") && d.contains("append-only"),
                "{u} / {d}"
            );
        }
        Backend::Postgres => {
            assert!(
                u.contains("permission denied") && d.contains("permission denied"),
                "{u} / {d}"
            );
            let t = app
                .state
                .stores
                .audit
                .execute("TRUNCATE audit_log", vec![])
                .await;
            assert!(msg(t).contains("permission denied"));
            // Even the owner meets the append-only trigger.
            let owner = Db::connect(&DbSettings {
                url: app.settings.audit_owner_url.clone().unwrap(),
                max_connections: 1,
            })
            .await
            .unwrap();
            let o = owner
                .execute("UPDATE audit_log SET detail = 'x' WHERE seq = 1", vec![])
                .await;
            assert!(msg(o).contains("append-only"));
            owner.close().await;
        }
    }
    assert_eq!(app.state.audit.verify().await.unwrap().broken, None);
}

both!(
    concurrent_appends_keep_the_chain,
    the_database_refuses_changes
);

// ---- `yunzhan audit verify` on a tampered SQLite file --------------------------

fn copy_data(from: &Path) -> std::path::PathBuf {
    let to = std::env::temp_dir().join(format!("yz-audit-copy-{}", yz_store::new_id()));
    std::fs::create_dir_all(to.join("keys")).unwrap();
    for f in [
        "main.db",
        "audit.db",
        "analytics.db",
        "main.db-wal",
        "audit.db-wal",
        "analytics.db-wal",
        "keys/audit-head.key",
        "keys/audit-heads.log",
    ] {
        if from.join(f).exists() {
            std::fs::copy(from.join(f), to.join(f)).unwrap();
        }
    }
    to
}

fn verify_cli(data: &Path) -> (bool, String) {
    let mut cmd = std::process::Command::new(env!("CARGO_BIN_EXE_yunzhan"));
    for (k, _) in std::env::vars() {
        if k.starts_with("YUNZHAN_") {
            cmd.env_remove(k);
        }
    }
    let out = cmd
        .args(["audit", "verify", "--data"])
        .arg(data)
        .output()
        .unwrap();
    (
        out.status.success(),
        format!(
            "{}{}",
            String::from_utf8_lossy(&out.stdout),
            String::from_utf8_lossy(&out.stderr)
        ),
    )
}

async fn tamper(data: &Path, sql: &str) {
    let url = format!("sqlite://{}", data.join("audit.db").display());
    let mut conn = sqlx::SqliteConnection::connect(&url).await.unwrap();
    sqlx::raw_sql(sql).execute(&mut conn).await.unwrap();
    conn.close().await.unwrap();
}

async fn tamper_main(data: &Path, sql: &str) {
    let url = format!("sqlite://{}", data.join("main.db").display());
    let mut conn = sqlx::SqliteConnection::connect(&url).await.unwrap();
    sqlx::raw_sql(sql).execute(&mut conn).await.unwrap();
    conn.close().await.unwrap();
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn verify_names_the_first_bad_record() {
    let app = TestApp::spawn(Backend::Sqlite).await;
    for i in 0..10 {
        app.state
            .audit
            .append(app.clock.now_ms(), entry(i))
            .await
            .unwrap();
    }
    app.state.stores.close().await;
    let clean = copy_data(&app.data);

    let (ok, out) = verify_cli(&clean);
    assert!(ok, "{out}");
    assert!(out.contains("10 records verified"), "{out}");

    let edited = copy_data(&clean);
    tamper(&edited, "DROP TRIGGER audit_log_no_update; UPDATE audit_log SET detail = '{\"forged\":true}' WHERE seq = 3;").await;
    let (ok, out) = verify_cli(&edited);
    assert!(!ok);
    assert!(out.contains("record 3") && out.contains("edited"), "{out}");

    let deleted = copy_data(&clean);
    tamper(
        &deleted,
        "DROP TRIGGER audit_log_no_delete; DELETE FROM audit_log WHERE seq = 5;",
    )
    .await;
    let (ok, out) = verify_cli(&deleted);
    assert!(!ok);
    assert!(out.contains("record 6") && out.contains("missing"), "{out}");

    let reordered = copy_data(&clean);
    tamper(&reordered, "DROP TRIGGER audit_log_no_update;
        UPDATE audit_log SET seq = -4 WHERE seq = 4; UPDATE audit_log SET seq = 4 WHERE seq = 5; UPDATE audit_log SET seq = 5 WHERE seq = -4;").await;
    let (ok, out) = verify_cli(&reordered);
    assert!(!ok);
    assert!(out.contains("record 4"), "{out}");

    let truncated = copy_data(&clean);
    tamper(
        &truncated,
        "DROP TRIGGER audit_log_no_delete; DELETE FROM audit_log WHERE seq > 8;",
    )
    .await;
    let (ok, out) = verify_cli(&truncated);
    assert!(!ok);
    assert!(
        out.contains("cut off") && out.contains("record 10"),
        "{out}"
    );

    // The signed head removed from the main database.
    let headless = copy_data(&clean);
    tamper_main(&headless, "DELETE FROM audit_head;").await;
    let (ok, out) = verify_cli(&headless);
    assert!(!ok);
    assert!(out.contains("head is missing"), "{out}");

    // Records cut off and the head signed at record 5 put back: the chain
    // and that head agree, but this node signed record 10.
    let rolled_back = copy_data(&clean);
    let key = crate::harness::audit_key(&app.data);
    tamper(
        &rolled_back,
        "DROP TRIGGER audit_log_no_delete; DELETE FROM audit_log WHERE seq > 5;",
    )
    .await;
    let url = format!("sqlite://{}", rolled_back.join("audit.db").display());
    let mut conn = sqlx::SqliteConnection::connect(&url).await.unwrap();
    let (h5,): (String,) = sqlx::query_as("SELECT hash FROM audit_log WHERE seq = 5")
        .fetch_one(&mut conn)
        .await
        .unwrap();
    conn.close().await.unwrap();
    let sig = yz_domain::audit::sign_head(&key, 5, &h5);
    tamper_main(
        &rolled_back,
        &format!("UPDATE audit_head SET seq = 5, hash = '{h5}', signature = '{sig}';"),
    )
    .await;
    let (ok, out) = verify_cli(&rolled_back);
    assert!(!ok, "{out}");
    assert!(
        out.contains("older than record 10 this node signed"),
        "{out}"
    );

    for d in [
        clean,
        edited,
        deleted,
        reordered,
        truncated,
        headless,
        rolled_back,
    ] {
        let _ = std::fs::remove_dir_all(d);
    }
}

/// Refusals (403, CSRF, 429) are audited in aggregate: a burst of the same
/// refusal from one network writes one record with its count, not one each.
async fn refusals_are_audited_in_aggregate(b: Backend) {
    let mut opts = crate::harness::Options::default();
    opts.rate_limits.search_per_minute = 3;
    let app = TestApp::with(b, opts).await;
    let (visitor, email) = app.signed_in(&[Role::Visitor]).await;
    let user = app.user_id(&email).await;
    for _ in 0..40 {
        assert_eq!(visitor.get("/manage/fairs/new").await.status(), 403);
    }
    // Without the CSRF token.
    let anon = app.client();
    for _ in 0..5 {
        let r = anon
            .http
            .post(anon.url("/language"))
            .form(&[("lang", "en")])
            .send()
            .await
            .unwrap();
        assert_eq!(r.status(), 403);
    }
    let fair = crate::fixtures::fair(&app, "busy", false).await;
    let mut limited = 0;
    for _ in 0..8 {
        let r = anon
            .get(&format!("/fairs/{}/search?q=lamp", fair.slug))
            .await;
        limited += usize::from(r.status() == 429);
    }
    assert!(limited >= 4, "{limited}");
    assert!(app.state.refusals.pending() >= 3);
    assert!(
        app.audit_actions("security.refused.forbidden")
            .await
            .is_empty()
    );

    let written = yz_app::refusals::flush(&app.state).await.unwrap();
    assert!(written >= 3, "{written}");
    let forbidden = app.audit_actions("security.refused.forbidden").await;
    let mine: Vec<_> = forbidden.iter().filter(|r| r.actor_id == user).collect();
    assert_eq!(mine.len(), 1, "one record for the burst");
    assert_eq!(mine[0].target, "route:GET /manage/fairs/new");
    let detail: serde_json::Value = serde_json::from_str(&mine[0].detail).unwrap();
    assert_eq!(detail["count"], 40);
    let csrf = app.audit_actions("security.refused.csrf").await;
    assert_eq!(csrf.len(), 1);
    let detail: serde_json::Value = serde_json::from_str(&csrf[0].detail).unwrap();
    assert_eq!(detail["count"], 5);
    assert_eq!(csrf[0].target, "route:POST /language");
    let limited_records = app.audit_actions("security.refused.rate_limited").await;
    assert_eq!(limited_records.len(), 1);
    assert_eq!(limited_records[0].target, "route:GET /fairs/{fair}/search");
    // Flushed once: the next flush has nothing to write.
    assert_eq!(yz_app::refusals::flush(&app.state).await.unwrap(), 0);
    // And the chain still verifies.
    assert_eq!(app.state.audit.verify().await.unwrap().broken, None);
}

both!(refusals_are_audited_in_aggregate);
