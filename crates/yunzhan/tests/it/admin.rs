//! The three separated administrators: TOTP enrolment and login, forced
//! password change, idle timeout, separation of duties, roles, policy.

use yz_app::admin::{Seed, seed_account};
use yz_domain::clock::Clock;
use yz_domain::role::Role;

use crate::both;
use crate::harness::{Backend, Client, TestApp, expect, location};

fn secret_from(page: &str) -> String {
    let start = page.find("id=\"totp-secret\"").expect("secret on the page");
    let rest = &page[start..];
    let open = rest.find('>').unwrap() + 1;
    let close = rest.find("</code>").unwrap();
    rest[open..close].trim().to_owned()
}

/// Bootstraps an administrator the way `yunzhan admin bootstrap` does
/// (one-time password, change forced) and logs in: enrol TOTP, change the
/// password. Returns the client, e-mail, new password and TOTP secret.
async fn bootstrap_admin(app: &TestApp, role: Role) -> (Client, String, String, String) {
    let email = format!("{}@example.gov.cn", role.as_str().replace('_', "-"));
    let actor = yz_app::Actor::cli();
    let grants = vec![yz_domain::role::Grant {
        role,
        scope: yz_domain::role::Scope::Platform,
    }];
    let one_time = seed_account(
        &app.state,
        &actor,
        &Seed {
            email: &email,
            name: "Admin",
            grants,
            password: None,
        },
    )
    .await
    .map_err(|e| format!("{e:?}"))
    .unwrap();
    let c = app.client();
    let (status, loc) = c.login(&email, &one_time).await;
    assert_eq!((status, loc.as_str()), (303, "/login/totp/enrol"));
    // Nothing else is reachable before enrolment.
    assert_eq!(location(&c.get("/admin").await), "/login/totp/enrol");
    let page = c.get("/login/totp/enrol").await.text().await.unwrap();
    assert!(page.contains("<svg"), "QR code shown");
    let secret = secret_from(&page);
    let r = c.post("/login/totp/enrol", &[("code", "000000")]).await;
    assert_eq!(r.status(), 422);
    let code = yz_app::totp::code_at(&secret, app.clock.now_ms()).unwrap();
    let r = c.post("/login/totp/enrol", &[("code", &code)]).await;
    assert_eq!(
        location(&r),
        "/account/password",
        "forced change after enrolment"
    );
    assert_eq!(location(&c.get("/admin").await), "/account/password");
    let new_pw = "Admin-Separation-Of-Duties-1";
    let r = c
        .post(
            "/account/password",
            &[
                ("current", &one_time),
                ("password", new_pw),
                ("password_confirm", new_pw),
            ],
        )
        .await;
    assert_eq!(location(&r), "/admin");
    assert_eq!(c.get("/admin").await.status(), 200);
    (c, email, new_pw.to_owned(), secret)
}

async fn administrator_totp_login(b: Backend) {
    let app = TestApp::spawn(b).await;
    let (c, email, password, secret) = bootstrap_admin(&app, Role::SystemAdmin).await;
    c.post("/logout", &[]).await;
    // Next login: password, then the code; a used code is refused.
    let (_, loc) = c.login(&email, &password).await;
    assert_eq!(loc, "/login/totp");
    let used = yz_app::totp::code_at(&secret, app.clock.now_ms()).unwrap();
    let r = c.post("/login/totp", &[("code", &used)]).await;
    assert_eq!(r.status(), 422, "replayed code refused");
    app.clock.advance(30_000);
    let fresh = yz_app::totp::code_at(&secret, app.clock.now_ms()).unwrap();
    let r = c.post("/login/totp", &[("code", &fresh)]).await;
    assert_eq!(location(&r), "/admin");
    assert_eq!(c.get("/admin/accounts").await.status(), 200);
    // Administrators time out after 30 idle minutes.
    app.clock.advance(31 * 60_000);
    let r = c.get("/admin/accounts").await;
    assert!(location(&r).starts_with("/login"));
    assert!(!app.audit_actions("auth.second_factor").await.is_empty());
    assert!(!app.audit_actions("auth.totp_enrol").await.is_empty());
}

async fn administrators_are_separated(b: Backend) {
    let app = TestApp::spawn(b).await;
    let (sys, sys_email) = app.signed_in(&[Role::SystemAdmin]).await;
    let (sec, sec_email) = app.signed_in(&[Role::SecurityAdmin]).await;
    let (aud, _) = app.signed_in(&[Role::AuditAdmin]).await;
    let (visitor_email, _) = app.account(&[Role::Visitor]).await;

    // System administrator: accounts and configuration only.
    assert_eq!(sys.get("/admin/accounts").await.status(), 200);
    assert_eq!(sys.get("/admin/settings").await.status(), 200);
    for p in [
        "/admin/audit",
        "/admin/audit/export.csv",
        "/admin/roles",
        "/admin/security",
    ] {
        assert_eq!(sys.get(p).await.status(), 403, "system admin at {p}");
    }
    assert_eq!(sys.post("/admin/audit/verify", &[]).await.status(), 403);
    let r = sys
        .post(
            "/admin/accounts",
            &[
                ("email", "new.staff@example.com"),
                ("display_name", "New Staff"),
            ],
        )
        .await;
    expect(r, 200, "One-time password").await;
    let r = sys
        .post(
            "/admin/settings",
            &[
                ("site_name_zh", "广交会线上"),
                ("site_name_en", "Canton Online"),
                ("default_lang", "en"),
                ("registration_open", "on"),
            ],
        )
        .await;
    assert_eq!(r.status(), 200);
    assert!(app.client().page("/").await.contains("Canton Online"));
    let sys_id = app.user_id(&sys_email).await;
    let r = sys
        .post(&format!("/admin/accounts/{sys_id}/lock"), &[])
        .await;
    assert!(
        r.text()
            .await
            .unwrap()
            .contains("cannot do this to your own account")
    );

    // Security administrator: roles and policy, no business data or audit.
    for p in ["/admin/accounts", "/admin/settings", "/admin/audit"] {
        assert_eq!(sec.get(p).await.status(), 403, "security admin at {p}");
    }
    let r = sec
        .post(
            "/admin/roles/grant",
            &[
                ("email", &visitor_email),
                ("role", "reviewer"),
                ("scope_kind", "fair"),
                ("scope_id", "fair-2027"),
            ],
        )
        .await;
    assert!(r.text().await.unwrap().contains("Role granted"));
    let r = sec
        .post(
            "/admin/roles/grant",
            &[
                ("email", &sec_email),
                ("role", "audit_admin"),
                ("scope_kind", "platform"),
                ("scope_id", ""),
            ],
        )
        .await;
    assert!(
        r.text().await.unwrap().contains("only on the server"),
        "administrator roles are not granted in the web"
    );
    let r = sec
        .post(
            "/admin/roles/grant",
            &[
                ("email", &sys_email),
                ("role", "audit_admin"),
                ("scope_kind", "platform"),
                ("scope_id", ""),
            ],
        )
        .await;
    assert!(r.text().await.unwrap().contains("only on the server"));
    let r = sec
        .post(
            "/admin/roles/grant",
            &[
                ("email", &visitor_email),
                ("role", "security_admin"),
                ("scope_kind", "platform"),
                ("scope_id", ""),
            ],
        )
        .await;
    assert!(r.text().await.unwrap().contains("only on the server"));
    let r = sec
        .post(
            "/admin/security",
            &[
                ("lockout_threshold", "4"),
                ("lockout_minutes", "15"),
                ("admin_idle_minutes", "20"),
                ("admin_absolute_hours", "8"),
                ("user_idle_days", "7"),
                ("user_absolute_days", "30"),
                ("inactive_disable_days", "90"),
                ("reauth_minutes", "5"),
            ],
        )
        .await;
    assert_eq!(r.status(), 200);
    let r = sec
        .post("/admin/security", &[("lockout_threshold", "1000")])
        .await;
    assert_eq!(r.status(), 422);
    assert_eq!(app.state.security_policy().await.lockout_threshold, 4);

    // Audit administrator: reads, searches, exports, verifies; nothing else.
    for p in [
        "/admin/accounts",
        "/admin/settings",
        "/admin/roles",
        "/admin/security",
    ] {
        assert_eq!(aud.get(p).await.status(), 403, "audit admin at {p}");
    }
    let page = aud.page("/admin/audit?action=role.").await;
    assert!(page.contains("role.grant"));
    let csv = aud.get("/admin/audit/export.csv").await;
    assert_eq!(csv.headers()["content-type"], "text/csv; charset=utf-8");
    let csv = csv.text().await.unwrap();
    assert!(
        csv.contains("config.change")
            && csv.contains("security.policy_change")
            && csv.contains("admin.account_create")
    );
    let r = aud.post("/admin/audit/verify", &[]).await;
    assert!(r.text().await.unwrap().contains("audit chain is intact"));
    // Reading the audit log is itself audited.
    assert!(!app.audit_actions("audit.search").await.is_empty());
    assert!(!app.audit_actions("audit.export").await.is_empty());
    assert!(!app.audit_actions("audit.verify").await.is_empty());
}

async fn inactive_accounts_are_disabled_by_policy(b: Backend) {
    let app = TestApp::spawn(b).await;
    let (sec, _) = app.signed_in(&[Role::SecurityAdmin]).await;
    let (idle, pw) = app.account(&[Role::Visitor]).await;
    let (_, admin_email) = app.signed_in(&[Role::SystemAdmin]).await;
    sec.post(
        "/admin/security",
        &[
            ("lockout_threshold", "5"),
            ("lockout_minutes", "30"),
            ("admin_idle_minutes", "30"),
            ("admin_absolute_hours", "12"),
            ("user_idle_days", "7"),
            ("user_absolute_days", "30"),
            ("inactive_disable_days", "30"),
            ("reauth_minutes", "5"),
        ],
    )
    .await;
    app.clock.advance(31 * 86_400_000);
    let n = yz_app::admin::disable_inactive(&app.state).await.unwrap();
    assert_eq!(n, 1, "only the visitor, never an administrator");
    let admin = yz_store::accounts::by_email(&app.state.stores.main, &admin_email)
        .await
        .unwrap()
        .unwrap();
    assert!(admin.is_active());
    let r = app
        .client()
        .post("/login", &[("email", &idle), ("password", &pw)])
        .await;
    assert!(r.text().await.unwrap().contains("disabled"));
    assert_eq!(app.audit_actions("account.disable_inactive").await.len(), 1);
}

/// A session past the password but not the code proves only the password:
/// it may not change the password or end the other sessions; the TOTP
/// secret is sealed at rest; two requests with one code: one wins.
async fn the_second_factor_guards_everything(b: Backend) {
    let app = TestApp::spawn(b).await;
    let (admin, email, password, secret) = bootstrap_admin(&app, Role::SecurityAdmin).await;
    let raw = app
        .state
        .stores
        .main
        .fetch_one(
            "SELECT totp_secret FROM users WHERE email = $1",
            yz_store::args![email.as_str()],
        )
        .await
        .unwrap()
        .text(0)
        .unwrap();
    assert!(
        raw.starts_with("v2:") && !raw.contains(&secret),
        "sealed at rest"
    );
    // A thief with the password only.
    let thief = app.client_from("203.0.113.66");
    let (_, loc) = thief.login(&email, &password).await;
    assert_eq!(loc, "/login/totp");
    let r = thief
        .post(
            "/account/password",
            &[
                ("current", &password),
                ("password", "Stolen-Password-Change-1"),
                ("password_confirm", "Stolen-Password-Change-1"),
            ],
        )
        .await;
    assert!(
        r.status() == 403 || location(&r) == "/login/totp",
        "{}",
        r.status()
    );
    let r = thief.post("/account/sessions/end-others", &[]).await;
    assert_eq!(
        location(&r),
        "/login/totp",
        "sent back to the second factor"
    );
    assert_eq!(admin.get("/admin").await.status(), 200, "owner still in");
    assert!(
        app.client().login(&email, &password).await.0 == 303,
        "password unchanged"
    );
    // Two requests with the same fresh code at once: one session.
    app.clock.advance(60_000);
    let code = yz_app::totp::code_at(&secret, app.clock.now_ms()).unwrap();
    let (a, b2) = (app.client(), app.client());
    assert_eq!(a.login(&email, &password).await.1, "/login/totp");
    assert_eq!(b2.login(&email, &password).await.1, "/login/totp");
    let form = [("code", code.as_str())];
    let (ra, rb) = tokio::join!(a.post("/login/totp", &form), b2.post("/login/totp", &form));
    let wins = [location(&ra), location(&rb)]
        .iter()
        .filter(|l| l.as_str() == "/admin")
        .count();
    assert_eq!(wins, 1, "a code is used once");
}

/// The administrator roles move only on the server; no account ever holds
/// two of them; only the security administrator locks administrators.
async fn administrator_roles_stay_separated(b: Backend) {
    let app = TestApp::spawn(b).await;
    let (sys, sys_email, _, _) = bootstrap_admin(&app, Role::SystemAdmin).await;
    let (sec, sec_email, sec_pw, _) = bootstrap_admin(&app, Role::SecurityAdmin).await;
    let cli = yz_app::Actor::cli();
    let fresh = format!("new-admin-{}@example.gov.cn", yz_store::new_id());
    seed_account(
        &app.state,
        &cli,
        &Seed {
            email: &fresh,
            name: "Deputy",
            grants: vec![],
            password: Some("Deputy-Administrator-99"),
        },
    )
    .await
    .unwrap();
    let grant = |role: &'static str| {
        let (app, fresh, cli) = (&app, fresh.clone(), cli.clone());
        async move {
            yz_app::admin::grant_role(
                &app.state,
                &cli,
                &yz_app::admin::GrantInput {
                    email: &fresh,
                    role,
                    scope_kind: "platform",
                    scope_id: "",
                },
            )
            .await
        }
    };
    grant("audit_admin").await.unwrap();
    assert!(
        grant("system_admin").await.is_err(),
        "a second administrator role"
    );
    assert!(grant("organizer").await.is_err(), "nothing beside it");
    yz_app::admin::revoke_role(
        &app.state,
        &cli,
        &yz_app::admin::GrantInput {
            email: &fresh,
            role: "audit_admin",
            scope_kind: "platform",
            scope_id: "",
        },
    )
    .await
    .unwrap();
    grant("system_admin").await.unwrap();
    let granted = app.audit_actions("role.grant").await;
    assert_eq!(granted.iter().filter(|r| r.outcome == "success").count(), 2);
    assert_eq!(granted.iter().filter(|r| r.outcome == "failure").count(), 2);
    // In the web, the security administrator gives no administrator role.
    let r = sec
        .post(
            "/admin/roles/grant",
            &[
                ("email", &fresh),
                ("role", "security_admin"),
                ("scope_kind", "platform"),
                ("scope_id", ""),
            ],
        )
        .await;
    assert!(r.text().await.unwrap().contains("only on the server"));
    let roles = sec.get("/admin/roles").await.text().await.unwrap();
    assert!(!roles.contains("<option value=\"audit_admin\""));
    // The system administrator cannot lock or disable an administrator...
    let sec_id = app.user_id(&sec_email).await;
    for action in ["lock", "disable"] {
        let r = sys
            .post(&format!("/admin/accounts/{sec_id}/{action}"), &[])
            .await;
        expect(r, 422, "Only the security administrator").await;
    }
    assert_eq!(
        app.client().login(&sec_email, &sec_pw).await.1,
        "/login/totp"
    );
    // ...the security administrator can, from the roles page.
    let sys_id = app.user_id(&sys_email).await;
    let r = sec
        .post(&format!("/admin/roles/administrators/{sys_id}/lock"), &[])
        .await;
    assert_eq!(r.status(), 200);
    assert!(location(&sys.get("/admin/accounts").await).starts_with("/login"));
    let r = sec
        .post(&format!("/admin/roles/administrators/{sys_id}/unlock"), &[])
        .await;
    assert_eq!(r.status(), 200);
    // The system administrator still manages ordinary accounts.
    let (visitor, _) = app.account(&[Role::Visitor]).await;
    let vid = app.user_id(&visitor).await;
    let sys2 = app.session_client(&sys_email).await;
    assert_eq!(
        sys2.post(&format!("/admin/accounts/{vid}/lock"), &[])
            .await
            .status(),
        200
    );
}

both!(
    administrator_totp_login,
    administrators_are_separated,
    inactive_accounts_are_disabled_by_policy,
    the_second_factor_guards_everything,
    administrator_roles_stay_separated
);
