//! The visitor's profile (phone and social handles sealed at rest),
//! consents, the data download, and deletion leaving nothing behind.

use yz_domain::role::Role;

use crate::both;
use crate::harness::{Backend, TestApp, location};
use crate::orgs::{jpeg_with_gps, org_form, pairs, upload};

async fn profile_export_and_deletion(b: Backend) {
    let app = TestApp::spawn(b).await;
    let (email, password) = app.account(&[Role::Visitor]).await;
    let c = app.client();
    assert_eq!(c.login(&email, &password).await.0, 303);
    let user_id = app.user_id(&email).await;
    assert_eq!(c.get("/account/profile").await.status(), 200);

    let r = c
        .post(
            "/account/profile",
            &[
                ("country", "us"),
                ("phone", "call me maybe"),
                ("volume_band", ""),
            ],
        )
        .await;
    assert_eq!(r.status(), 422);
    assert!(
        r.text()
            .await
            .unwrap()
            .contains("A phone number has at most 30")
    );
    let form = [
        ("country", "us"),
        ("company", "Harbor Imports LLC"),
        ("job_title", "Buyer"),
        ("interests", "9403.60, 6911"),
        ("volume_band", "1m_10m"),
        ("languages", "en, es"),
        ("phone", "+1 (415) 555-0134"),
        ("social", "linkedin:harbor-buyer"),
        ("consent", "show_name"),
        ("consent", "lead_push"),
    ];
    let r = c.post("/account/profile", &form).await;
    assert_eq!(r.status(), 200);
    let page = r.text().await.unwrap();
    assert!(page.contains("+1 (415) 555-0134") && page.contains("value=\"US\""));
    // At rest the phone and handle are ciphertext.
    let raw = app
        .state
        .stores
        .main
        .fetch_one(
            "SELECT phone_sealed, social_sealed, consent FROM visitor_profiles WHERE user_id = $1",
            yz_store::args![user_id.as_str()],
        )
        .await
        .unwrap();
    let (phone, social, consent) = (
        raw.text("phone_sealed").unwrap(),
        raw.text("social_sealed").unwrap(),
        raw.text("consent").unwrap(),
    );
    assert!(
        phone.starts_with("v2:")
            && !phone.contains("555")
            && social.starts_with("v2:")
            && !social.contains("harbor")
    );
    assert!(consent.contains("\"lead_push\":true") && consent.contains("\"show_phone\":false"));

    // The download holds everything, readable.
    let r = c.get("/account/data").await;
    assert!(
        r.headers()["content-disposition"]
            .to_str()
            .unwrap()
            .contains("attachment")
    );
    let doc: serde_json::Value = r.json().await.unwrap();
    assert_eq!(doc["account"]["email"], email.as_str());
    assert_eq!(doc["profile"]["phone"], "+1 (415) 555-0134");
    assert_eq!(doc["profile"]["consent"]["show_name"], true);
    assert!(
        !doc["records"]["login_events"]
            .as_array()
            .unwrap()
            .is_empty()
    );
    assert!(!doc["records"]["sessions"].as_array().unwrap().is_empty());
    let text = doc.to_string();
    for secret in ["password_hash", "id_hash", "phone_sealed", "$argon2"] {
        assert!(!text.contains(secret), "{secret} in the download");
    }

    // An organisation with a licence file, to be deleted with the account.
    let r = c
        .post("/org", &pairs(&org_form("914403001922038216")))
        .await;
    let org_id = location(&r).trim_start_matches("/org/").to_owned();
    assert_eq!(
        upload(&c, &org_id, "licence.jpg", jpeg_with_gps())
            .await
            .status(),
        200
    );
    let licences = app.data.join("objects").join("licences").join(&org_id);
    assert_eq!(std::fs::read_dir(&licences).unwrap().count(), 1);

    let r = c
        .post("/account/delete", &[("password", "not-my-password")])
        .await;
    assert_eq!(r.status(), 422);
    let r = c.post("/account/delete", &[("password", &password)]).await;
    assert_eq!(r.status(), 303);
    assert!(
        r.headers()
            .get_all("set-cookie")
            .iter()
            .any(|v| v.to_str().unwrap().contains("Max-Age=0"))
    );
    assert_eq!(c.get("/account").await.status(), 303);

    // Nothing personal is left: every registered column (but the audit
    // trail's) is empty of the account, in every database.
    app.settle().await;
    for e in yz_store::personal::REGISTRY {
        if matches!(e.erase, yz_store::personal::Erase::Keep(_)) {
            continue;
        }
        let db = match e.db {
            yz_store::migrate::DbKind::Main => &app.state.stores.main,
            yz_store::migrate::DbKind::Analytics => &app.state.stores.analytics,
            yz_store::migrate::DbKind::Audit => &app.state.stores.audit,
        };
        let key = match e.key {
            yz_store::personal::Key::Account => user_id.as_str(),
            yz_store::personal::Key::Email => email.as_str(),
        };
        let n = db
            .fetch_one(
                &format!(
                    "SELECT COUNT(*) AS n FROM {} WHERE {} = $1",
                    e.table, e.column
                ),
                yz_store::args![key],
            )
            .await
            .unwrap()
            .i64("n")
            .unwrap();
        assert_eq!(n, 0, "{}.{} still names the account", e.table, e.column);
    }
    assert_eq!(
        app.count(
            "SELECT COUNT(*) FROM organisations WHERE id = $1",
            yz_store::args![org_id.as_str()]
        )
        .await,
        0,
        "the organisation they alone owned"
    );
    assert!(
        !licences.exists() || std::fs::read_dir(&licences).unwrap().count() == 0,
        "licence file deleted"
    );
    app.settle().await;
    let left = app
        .state
        .stores
        .analytics
        .fetch_one(
            "SELECT COUNT(*) FROM events WHERE actor_id = $1",
            yz_store::args![user_id.as_str()],
        )
        .await
        .unwrap()
        .i64(0)
        .unwrap();
    assert_eq!(left, 0, "analytics keep counts, not the person");
    assert_eq!(app.audit_actions("privacy.account_delete").await.len(), 1);
    assert_eq!(
        c.login(&email, &password).await.0,
        422,
        "the account is gone"
    );
}

both!(profile_export_and_deletion);

/// Every column that holds an account id, in every database, is in the
/// personal-data registry, and every registered column exists: a new
/// table or column naming accounts fails here until it is registered.
async fn every_account_column_is_registered(b: Backend) {
    use yz_store::migrate::DbKind;
    use yz_store::personal::{self, Key};
    let app = TestApp::spawn(b).await;
    let stores = &app.state.stores;
    let mut problems = Vec::new();
    for (db, kind) in [
        (&stores.main, DbKind::Main),
        (&stores.audit, DbKind::Audit),
        (&stores.analytics, DbKind::Analytics),
    ] {
        let live = personal::account_columns(db).await.unwrap();
        let registered: Vec<(String, String)> = personal::of(kind)
            .filter(|e| e.key == Key::Account)
            .map(|e| (e.table.to_owned(), e.column.to_owned()))
            .collect();
        for c in &live {
            if !registered.contains(c) {
                problems.push(format!(
                    "{}: {}.{} is not registered",
                    kind.as_str(),
                    c.0,
                    c.1
                ));
            }
        }
        for c in &registered {
            if !live.contains(c) {
                problems.push(format!(
                    "{}: {}.{} is registered but absent",
                    kind.as_str(),
                    c.0,
                    c.1
                ));
            }
        }
        for e in personal::of(kind).filter(|e| e.key == Key::Email) {
            let exists = db
                .fetch_optional(
                    &format!("SELECT {} FROM {} LIMIT 1", e.column, e.table),
                    vec![],
                )
                .await
                .is_ok();
            if !exists {
                problems.push(format!("{}.{} is registered but absent", e.table, e.column));
            }
        }
        assert!(live.len() >= 3 || kind == DbKind::Audit || kind == DbKind::Analytics);
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

both!(every_account_column_is_registered);

async fn organizers_verify_trade_visitors(b: Backend) {
    let app = TestApp::spawn(b).await;
    let fair = crate::fixtures::fair(&app, "trade-fair", false).await;
    let org = &fair.organizer;
    let other = crate::fixtures::fair(&app, "other-fair", false).await;
    let (visitor, email) = app.signed_in(&[Role::Visitor]).await;
    visitor
        .post(
            "/account/profile",
            &[
                ("country", "DE"),
                ("company", "Rhein Handel GmbH"),
                ("volume_band", ""),
            ],
        )
        .await;
    let id = app.user_id(&email).await;
    let verify = format!("/manage/fairs/trade-fair/visitors/{id}/verify");
    // Not registered for the fair: not one of its visitors.
    assert_eq!(org.post(&verify, &[]).await.status(), 404);
    let home = visitor.get("/fairs/trade-fair").await.text().await.unwrap();
    assert!(home.contains("Register for this fair"), "{home}");
    let r = visitor.post("/fairs/trade-fair/register", &[]).await;
    assert_eq!(r.status(), 303);
    let home = visitor.get("/fairs/trade-fair").await.text().await.unwrap();
    assert!(home.contains("You are registered for this fair."));
    let page = org
        .get("/manage/fairs/trade-fair/visitors?q=rhein")
        .await
        .text()
        .await
        .unwrap();
    assert!(page.contains(&email) && page.contains("Rhein Handel GmbH"));
    let other_page = other
        .organizer
        .get("/manage/fairs/other-fair/visitors?q=rhein")
        .await
        .text()
        .await
        .unwrap();
    assert!(!other_page.contains(&email), "another fair's organizer");
    let r = org.post(&verify, &[]).await;
    assert!(
        r.text()
            .await
            .unwrap()
            .contains("now a verified trade visitor")
    );
    let home = visitor.get("/fairs/trade-fair").await.text().await.unwrap();
    assert!(home.contains("as a verified trade visitor"));
    // Verified on this fair only.
    assert_eq!(
        yz_store::fair_visitors::registration(&app.state.stores.main, &fair.id, &id)
            .await
            .unwrap(),
        Some(true)
    );
    assert!(
        yz_store::fair_visitors::registration(&app.state.stores.main, &other.id, &id)
            .await
            .unwrap()
            .is_none()
    );
    // Only staff of that fair; another fair's organizer finds no such
    // visitor through their own fair.
    assert_eq!(
        visitor
            .get("/manage/fairs/trade-fair/visitors")
            .await
            .status(),
        403
    );
    assert_eq!(
        org.get("/manage/fairs/other-fair/visitors").await.status(),
        403
    );
    assert_eq!(
        other
            .organizer
            .post(
                &format!("/manage/fairs/other-fair/visitors/{id}/verify"),
                &[]
            )
            .await
            .status(),
        404
    );
    let (_, admin_email) = app.signed_in(&[Role::AuditAdmin]).await;
    let admin_id = app.user_id(&admin_email).await;
    assert_eq!(
        org.post(
            &format!("/manage/fairs/trade-fair/visitors/{admin_id}/verify"),
            &[]
        )
        .await
        .status(),
        404
    );
    let r = org.post(&verify, &[("verified", "false")]).await;
    assert!(r.text().await.unwrap().contains("withdrawn"));
    assert_eq!(app.audit_actions("visitor.trade_verify").await.len(), 1);
    assert_eq!(app.audit_actions("visitor.trade_unverify").await.len(), 1);
}

both!(organizers_verify_trade_visitors);

/// The registration form asks for the visitor profile and consents: a bad
/// field refuses the whole form (nothing created), a good one stores the
/// profile with the account and counts the visitor by country and industry.
async fn registration_collects_the_profile(b: Backend) {
    use yz_domain::measures::Measure;
    use yz_store::analytics::{MeasureValue, measure};
    let app = TestApp::spawn(b).await;
    let c = app.client();
    let page = c.get("/register").await.text().await.unwrap();
    for field in [
        "name=\"country\"",
        "name=\"interests\"",
        "name=\"volume_band\"",
        "value=\"lead_push\"",
    ] {
        assert!(page.contains(field), "{field} missing from the form");
    }
    let mut form = vec![
        ("email", "importer@example.com"),
        ("display_name", "Importer"),
        ("password", "Pearl-River-Delta-88"),
        ("password_confirm", "Pearl-River-Delta-88"),
        ("country", "Germany"),
        ("company", "Rhein Import GmbH"),
        ("job_title", "Purchasing manager"),
        ("interests", "9403.60, 85"),
        ("volume_band", "100k_1m"),
        ("languages", "de, en"),
        ("phone", "+49 30 1234567"),
        ("consent", "show_company"),
        ("consent", "lead_push"),
    ];
    let r = c.post("/register", &form).await;
    assert_eq!(r.status(), 422);
    let text = r.text().await.unwrap();
    assert!(
        text.contains("Rhein Import GmbH"),
        "the form keeps what was typed"
    );
    assert!(text.contains(
        "id=\"consent-lead_push\" name=\"consent\" value=\"lead_push\" type=\"checkbox\" checked"
    ));
    assert_eq!(
        app.count(
            "SELECT COUNT(*) FROM users WHERE email = $1",
            yz_store::args!["importer@example.com"]
        )
        .await,
        0
    );
    form[4] = ("country", "de");
    assert_eq!(c.post("/register", &form).await.status(), 200);
    let user_id = app.user_id("importer@example.com").await;
    let raw = app
        .state
        .stores
        .main
        .fetch_one(
            "SELECT country, company, phone_sealed, consent FROM visitor_profiles WHERE user_id = $1",
            yz_store::args![user_id.as_str()],
        )
        .await
        .unwrap();
    assert_eq!(raw.text("country").unwrap(), "DE");
    assert_eq!(raw.text("company").unwrap(), "Rhein Import GmbH");
    let sealed = raw.text("phone_sealed").unwrap();
    assert!(sealed.starts_with("v2:") && !sealed.contains("1234567"));
    let consent: serde_json::Value = serde_json::from_str(&raw.text("consent").unwrap()).unwrap();
    assert_eq!(consent["lead_push"], true);
    assert_eq!(consent["show_email"], false);

    app.settle().await;
    let analytics = &app.state.stores.analytics;
    assert_eq!(
        measure(analytics, Measure::VisitorCountries, None)
            .await
            .unwrap(),
        MeasureValue::Distribution(vec![("DE".into(), 1)])
    );
    assert_eq!(
        measure(analytics, Measure::VisitorIndustries, None)
            .await
            .unwrap(),
        MeasureValue::Distribution(vec![("94".into(), 1)])
    );
}
both!(registration_collects_the_profile);

/// Rows past their retention go: login history after 180 days, sessions
/// and one-time links once expired; recent rows stay.
async fn retention_purges_old_rows(b: Backend) {
    use yz_store::migrate::DbKind;
    let app = TestApp::spawn(b).await;
    let (_c, email) = app.signed_in(&[Role::Visitor]).await;
    app.client().login(&email, "wrong password").await;
    let db = &app.state.stores.main;
    let rows =
        |sql: &'static str| async move { db.fetch_one(sql, vec![]).await.unwrap().i64(0).unwrap() };
    let now = yz_domain::clock::Clock::now_ms(&*app.clock);
    assert_eq!(
        yz_store::personal::purge(db, DbKind::Main, now)
            .await
            .unwrap(),
        0
    );
    assert!(rows("SELECT COUNT(*) FROM login_events").await > 0);
    assert!(rows("SELECT COUNT(*) FROM sessions").await > 0);
    let later = now + 181 * 86_400_000;
    assert!(
        yz_store::personal::purge(db, DbKind::Main, later)
            .await
            .unwrap()
            > 0
    );
    assert_eq!(rows("SELECT COUNT(*) FROM login_events").await, 0);
    assert_eq!(rows("SELECT COUNT(*) FROM sessions").await, 0);
    assert!(
        rows("SELECT COUNT(*) FROM users").await > 0,
        "accounts stay"
    );
}

both!(retention_purges_old_rows);
