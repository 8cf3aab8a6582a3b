//! Registration, confirmation, login and logout, lockout, password reset,
//! sessions and their ownership, e-mail change with re-authentication.

use yz_domain::measures::Measure;
use yz_domain::role::Role;
use yz_store::analytics::{MeasureValue, measure};

use crate::both;
use crate::harness::{Backend, TestApp, expect, location};

async fn register_confirm_login_logout(b: Backend) {
    let app = TestApp::spawn(b).await;
    let c = app.client();
    let email = "li.wei@example.cn";
    let r = c
        .post(
            "/register",
            &[
                ("email", "Li.Wei@Example.CN"),
                ("display_name", "李伟"),
                ("password", "Pearl-River-Delta-88"),
                ("password_confirm", "Pearl-River-Delta-88"),
            ],
        )
        .await;
    expect(r, 200, "Check your mailbox").await;
    // Not confirmed yet: login refused with a clear message.
    let r = c
        .post(
            "/login",
            &[("email", email), ("password", "Pearl-River-Delta-88")],
        )
        .await;
    expect(r, 422, "confirm your e-mail").await;
    // The confirmation link arrives over SMTP.
    let mail = app.sink.wait_for(email, 1).await;
    let link = mail.link().expect("a link in the mail");
    assert!(
        link.starts_with(&format!("{}/confirm-email/", app.base)),
        "{link}"
    );
    let path = link.trim_start_matches(&app.base);
    let r = c.get(path).await;
    assert_eq!(r.status(), 200);
    // A second use of the link fails.
    assert_eq!(c.get(path).await.status(), 400);
    let (status, loc) = c.login(email, "Pearl-River-Delta-88").await;
    assert_eq!((status, loc.as_str()), (303, "/"));
    let r = c.get("/account").await;
    assert_eq!(r.status(), 200);
    let page = r.text().await.unwrap();
    assert!(page.contains(email) && page.contains("李伟"));
    // The visitor is counted (S5.5.1) through the outbox.
    app.settle().await;
    assert_eq!(
        measure(&app.state.stores.analytics, Measure::Visitors, None)
            .await
            .unwrap(),
        MeasureValue::Count(1)
    );
    // Logging out ends the session on the server.
    assert_eq!(c.post("/logout", &[]).await.status(), 303);
    let r = c.get("/account").await;
    assert_eq!(r.status(), 303);
    assert!(location(&r).starts_with("/login"));
    let logins = app.audit_actions("auth.login").await;
    assert!(logins.iter().any(|r| r.outcome == "success"));
    assert!(!app.audit_actions("auth.logout").await.is_empty());
}

async fn registration_validates_and_never_enumerates(b: Backend) {
    let app = TestApp::spawn(b).await;
    let mut c = app.client();
    for (pw, confirm, needle) in [
        ("short", "short", "at least 12 characters"),
        ("password1234", "password1234", "too common"),
        (
            "Pearl-River-Delta-88",
            "Pearl-River-Delta-89",
            "do not match",
        ),
    ] {
        let r = c
            .post(
                "/register",
                &[
                    ("email", "a@example.com"),
                    ("display_name", "A"),
                    ("password", pw),
                    ("password_confirm", confirm),
                ],
            )
            .await;
        assert_eq!(r.status(), 422);
        assert!(r.text().await.unwrap().contains(needle), "{pw}");
    }
    // The same error in Chinese for a Chinese browser.
    c.lang = "zh-CN".into();
    let r = c
        .post(
            "/register",
            &[
                ("email", "not-an-email"),
                ("display_name", "A"),
                ("password", "Pearl-River-Delta-88"),
                ("password_confirm", "Pearl-River-Delta-88"),
            ],
        )
        .await;
    expect(r, 422, "请输入有效的电子邮箱").await;
    c.lang = "en".into();
    // A taken address gets the same answer; its owner is told by mail.
    let (taken, _) = app.account(&[Role::Visitor]).await;
    let r = c
        .post(
            "/register",
            &[
                ("email", &taken),
                ("display_name", "B"),
                ("password", "Pearl-River-Delta-88"),
                ("password_confirm", "Pearl-River-Delta-88"),
            ],
        )
        .await;
    assert_eq!(r.status(), 200);
    let mail = app.sink.wait_for(&taken, 1).await;
    assert!(mail.body().contains("already belongs to an account"));
    assert_eq!(
        yz_store::accounts::count(&app.state.stores.main)
            .await
            .unwrap(),
        1
    );
}

/// Five wrong passwords slow down the network they came from, for that
/// address only: the account's owner elsewhere still logs in, nobody can
/// lock anyone out, and unknown addresses behave exactly like known ones.
async fn failed_logins_throttle_the_network_not_the_account(b: Backend) {
    let app = TestApp::spawn(b).await;
    let (secadmin, _) = app.account(&[Role::SecurityAdmin]).await;
    let (email, password) = app.account(&[Role::Visitor]).await;
    let attacker = app.client_from("203.0.113.50");
    let answers = |email: String| {
        let c = &attacker;
        async move {
            let mut out = Vec::new();
            for _ in 0..6 {
                let r = c
                    .post(
                        "/login",
                        &[
                            ("email", email.as_str()),
                            ("password", "wrong-password-123"),
                        ],
                    )
                    .await;
                let status = r.status().as_u16();
                let text = r.text().await.unwrap();
                let said = if text.contains("not correct") {
                    "wrong"
                } else if text.contains("Too many attempts") {
                    "throttled"
                } else {
                    "other"
                };
                out.push((status, said));
            }
            out
        }
    };
    let known = answers(email.clone()).await;
    let unknown = answers("nobody-here@example.com".into()).await;
    assert_eq!(
        known, unknown,
        "the same answers whether the account exists"
    );
    assert_eq!(&known[..5], &[(422, "wrong"); 5]);
    assert_eq!(known[5], (429, "throttled"));
    // The right password from the throttled network waits too...
    let r = attacker
        .post("/login", &[("email", &email), ("password", &password)])
        .await;
    assert_eq!(r.status(), 429);
    // ...but the owner, elsewhere, logs in at once (also from another /64).
    let owner = app.client_from("2001:db8:77::1");
    assert_eq!(owner.login(&email, &password).await.0, 303);
    assert_eq!(
        app.client_from("2001:db8:77:0:ffff::2")
            .login(&email, "wrong-password-123")
            .await
            .0,
        422
    );
    // One audit record and one alert per throttle.
    let throttles = app.audit_actions("auth.throttled").await;
    assert_eq!(throttles.len(), 2, "the known and the unknown address");
    let alert = app.sink.wait_for(&secadmin, 1).await;
    assert!(alert.subject().contains("security alert"));
    // After the policy's minutes the network may try again.
    app.clock.advance(31 * 60_000);
    let (status, _) = attacker.login(&email, &password).await;
    assert_eq!(status, 303);
}

/// An account an administrator locked refuses even the right password, and
/// says so only to whoever knows that password.
async fn locked_accounts_answer_like_others_until_the_password_is_right(b: Backend) {
    let app = TestApp::spawn(b).await;
    let (email, password) = app.account(&[Role::Visitor]).await;
    let id = app.user_id(&email).await;
    yz_app::admin::account_action(
        &app.state,
        &yz_app::Actor::cli(),
        &id,
        yz_app::admin::AccountAction::Lock,
    )
    .await
    .unwrap();
    let c = app.client();
    let r = c
        .post(
            "/login",
            &[("email", &email), ("password", "wrong-password-123")],
        )
        .await;
    expect(r, 422, "not correct").await;
    let r = c
        .post("/login", &[("email", &email), ("password", &password)])
        .await;
    expect(r, 422, "locked by an administrator").await;
}

async fn forgotten_password_reset(b: Backend) {
    let app = TestApp::spawn(b).await;
    let (email, password) = app.account(&[Role::Visitor]).await;
    let old = app.session_client(&email).await;
    assert_eq!(old.get("/account").await.status(), 200);
    let c = app.client();
    // Unknown addresses get the same answer and no mail.
    let r = c
        .post("/password/forgot", &[("email", "nobody@example.com")])
        .await;
    assert_eq!(r.status(), 200);
    let r = c.post("/password/forgot", &[("email", &email)]).await;
    assert_eq!(r.status(), 200);
    let link = app.sink.wait_for(&email, 1).await.link().unwrap();
    let path = link.trim_start_matches(&app.base).to_owned();
    assert_eq!(c.get(&path).await.status(), 200);
    // A bad new password keeps the link usable.
    let r = c
        .post(
            &path,
            &[("password", "short"), ("password_confirm", "short")],
        )
        .await;
    assert_eq!(r.status(), 422);
    let r = c
        .post(
            &path,
            &[
                ("password", "Canton-Tower-Evening-9"),
                ("password_confirm", "Canton-Tower-Evening-9"),
            ],
        )
        .await;
    assert_eq!(r.status(), 200);
    // Every session ended; the old password is gone; the link is spent.
    assert_eq!(old.get("/account").await.status(), 303);
    assert_eq!(c.login(&email, &password).await.0, 422);
    assert_eq!(c.login(&email, "Canton-Tower-Evening-9").await.0, 303);
    assert_eq!(c.get(&path).await.status(), 400);
    assert!(!app.audit_actions("account.password_reset").await.is_empty());
}

async fn sessions_are_listed_ended_and_private(b: Backend) {
    let app = TestApp::spawn(b).await;
    let (email, password) = app.account(&[Role::Visitor]).await;
    let a1 = app.client();
    let a2 = app.client();
    assert_eq!(a1.login(&email, &password).await.0, 303);
    assert_eq!(a2.login(&email, &password).await.0, 303);
    let (bob, _) = app.signed_in(&[Role::Visitor]).await;
    let list: Vec<serde_json::Value> = a1.get("/api/v1/me/sessions").await.json().await.unwrap();
    assert_eq!(list.len(), 2);
    let other = list.iter().find(|s| s["current"] == false).unwrap()["id"]
        .as_str()
        .unwrap()
        .to_owned();
    // Another account can neither see nor end it: 404, not 403.
    let theirs: Vec<serde_json::Value> = bob.get("/api/v1/me/sessions").await.json().await.unwrap();
    assert!(theirs.iter().all(|s| s["id"] != other.as_str()));
    assert_eq!(
        bob.delete(&format!("/api/v1/me/sessions/{other}"))
            .await
            .status(),
        404
    );
    assert_eq!(
        bob.post(&format!("/account/sessions/{other}/end"), &[])
            .await
            .status(),
        404
    );
    let history: Vec<serde_json::Value> = bob.get("/api/v1/me/logins").await.json().await.unwrap();
    assert!(history.is_empty(), "bob sees only his own login history");
    // The owner ends it.
    assert_eq!(
        a1.delete(&format!("/api/v1/me/sessions/{other}"))
            .await
            .status(),
        204
    );
    assert_eq!(a2.get("/account").await.status(), 303);
    let mine: Vec<serde_json::Value> = a1.get("/api/v1/me/logins").await.json().await.unwrap();
    assert_eq!(mine.iter().filter(|e| e["result"] == "success").count(), 2);
    let page = a1.get("/account/logins").await.text().await.unwrap();
    assert!(page.contains("Signed in"));
}

async fn password_change_ends_other_sessions(b: Backend) {
    let app = TestApp::spawn(b).await;
    let (email, password) = app.account(&[Role::Visitor]).await;
    let a1 = app.client();
    let a2 = app.client();
    a1.login(&email, &password).await;
    a2.login(&email, &password).await;
    let r = a1
        .post(
            "/account/password",
            &[
                ("current", "wrong-one-entirely"),
                ("password", "Lychee-Season-2026"),
                ("password_confirm", "Lychee-Season-2026"),
            ],
        )
        .await;
    assert_eq!(r.status(), 422);
    let r = a1
        .post(
            "/account/password",
            &[
                ("current", &password),
                ("password", "Lychee-Season-2026"),
                ("password_confirm", "Lychee-Season-2026"),
            ],
        )
        .await;
    assert_eq!(r.status(), 303);
    assert_eq!(a1.get("/account").await.status(), 200);
    assert_eq!(a2.get("/account").await.status(), 303);
    assert!(
        app.sink
            .wait_for(&email, 1)
            .await
            .subject()
            .contains("password was changed")
    );
}

async fn email_change_needs_reauthentication(b: Backend) {
    let app = TestApp::spawn(b).await;
    let (email, password) = app.account(&[Role::Visitor]).await;
    let c = app.client();
    c.login(&email, &password).await;
    app.clock.advance(6 * 60_000);
    let r = c.get("/account/email").await;
    assert_eq!(r.status(), 303);
    assert_eq!(location(&r), "/account/reauth?next=/account/email");
    let r = c
        .post("/account/email", &[("email", "new@example.com")])
        .await;
    assert_eq!(location(&r), "/account/reauth?next=/account/email");
    assert_eq!(
        c.post(
            "/account/reauth",
            &[("password", "not-the-password"), ("next", "/account/email")]
        )
        .await
        .status(),
        422
    );
    let r = c
        .post(
            "/account/reauth",
            &[("password", &password), ("next", "/account/email")],
        )
        .await;
    assert_eq!(location(&r), "/account/email");
    let r = c
        .post("/account/email", &[("email", "new@example.com")])
        .await;
    assert_eq!(r.status(), 303);
    let link = app
        .sink
        .wait_for("new@example.com", 1)
        .await
        .link()
        .unwrap();
    assert!(
        app.sink
            .wait_for(&email, 1)
            .await
            .body()
            .contains("new@example.com")
    );
    assert_eq!(
        c.get(link.trim_start_matches(&app.base)).await.status(),
        200
    );
    assert!(c.page("/account").await.contains("new@example.com"));
    assert_eq!(c.login("new@example.com", &password).await.0, 303);
}

async fn language_follows_account_cookie_and_browser(b: Backend) {
    let app = TestApp::spawn(b).await;
    let mut c = app.client();
    c.lang = "zh-CN,zh;q=0.9".into();
    assert!(
        c.page("/")
            .await
            .contains("<html lang=\"zh-CN\" dir=\"ltr\">")
    );
    c.lang = "ar".into();
    assert!(c.page("/").await.contains("<html lang=\"ar\" dir=\"rtl\">"));
    // The cookie beats the browser.
    let r = c
        .post("/language", &[("lang", "en"), ("next", "/login")])
        .await;
    assert_eq!(location(&r), "/login");
    assert!(c.page("/").await.contains("<html lang=\"en\""));
    // The account's choice beats the cookie, on any device.
    let (email, password) = app.account(&[Role::Visitor]).await;
    c.login(&email, &password).await;
    c.post(
        "/language",
        &[("lang", "zh-CN"), ("next", "https://evil.example/")],
    )
    .await;
    let other = app.client();
    other.login(&email, &password).await;
    assert!(
        other
            .page("/account")
            .await
            .contains("<html lang=\"zh-CN\"")
    );
}

both!(
    register_confirm_login_logout,
    registration_validates_and_never_enumerates,
    failed_logins_throttle_the_network_not_the_account,
    locked_accounts_answer_like_others_until_the_password_is_right,
    forgotten_password_reset,
    sessions_are_listed_ended_and_private,
    password_change_ends_other_sessions,
    email_change_needs_reauthentication,
    language_follows_account_cookie_and_browser,
);
