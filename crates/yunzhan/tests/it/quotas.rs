//! Quotas (issue 7): one account or organisation cannot fill the platform.
//! Each limit answers 422 with the limit in the user's language, and
//! nothing past it is written.

use yz_app::quotas::Quotas;
use yz_domain::role::Role;

use crate::both;
use crate::harness::{Backend, Options, TestApp, expect, location};
use crate::orgs::{org_form, pairs};

async fn limits_hold(b: Backend) {
    let app = TestApp::with(
        b,
        Options {
            quotas: Some(Quotas {
                exhibits_per_org: 2,
                media_per_exhibit: 1,
                media_bytes_per_org: 1024 * 1024 * 1024,
                orgs_per_account: 1,
                sessions_per_account: 2,
                open_invitations_per_org: 1,
            }),
            ..Options::default()
        },
    )
    .await;
    let (email, password) = app.account(&[Role::Visitor]).await;
    let user = app.user_id(&email).await;
    let owner = app.session_client(&email).await;

    // Organisations per account.
    let r = owner
        .post("/org", &pairs(&org_form("91350100M000100Y43")))
        .await;
    let org = location(&r).trim_start_matches("/org/").to_owned();
    assert!(!org.is_empty());
    let r = owner
        .post("/org", &pairs(&org_form("9144030071526726XG")))
        .await;
    expect(r, 422, "at most 1 organisations").await;
    assert_eq!(
        app.count(
            "SELECT COUNT(*) FROM organisations WHERE created_by = $1",
            yz_store::args![&user]
        )
        .await,
        1
    );

    // Products per organisation.
    let form = [
        ("source_lang", "en"),
        ("title_en", "Lamp"),
        ("hs_code", "940542"),
    ];
    let mut ids = Vec::new();
    for _ in 0..2 {
        let r = owner.post(&format!("/org/{org}/exhibits"), &form).await;
        ids.push(location(&r).rsplit('/').next().unwrap().to_owned());
    }
    let r = owner.post(&format!("/org/{org}/exhibits"), &form).await;
    expect(r, 422, "at most 2 products").await;
    assert_eq!(
        app.count(
            "SELECT COUNT(*) FROM exhibits WHERE org_id = $1",
            yz_store::args![&org]
        )
        .await,
        2
    );

    // Media files per product.
    let upload = |id: String| {
        let path = format!("/org/{org}/exhibits/{id}/media");
        let owner = &owner;
        async move {
            owner
                .upload(
                    &path,
                    &[("purpose", "image")],
                    "file",
                    "a.jpg",
                    crate::orgs::jpeg_with_gps(),
                )
                .await
        }
    };
    assert_eq!(upload(ids[0].clone()).await.status(), 200);
    let r = upload(ids[0].clone()).await;
    expect(r, 422, "at most 1 media files").await;

    // Open invitations per organisation.
    let invite = |to: &'static str| {
        let path = format!("/org/{org}/staff");
        let owner = &owner;
        async move {
            owner
                .post(&path, &[("email", to), ("role", "exhibitor_staff")])
                .await
        }
    };
    assert_eq!(invite("one@example.com").await.status(), 200);
    let r = invite("two@example.com").await;
    expect(r, 422, "At most 1 invitations").await;

    // Sessions per account: a new login ends the oldest.
    for _ in 0..3 {
        app.clock.advance(1_000);
        let c = app.client();
        assert_eq!(c.login(&email, &password).await.0, 303);
    }
    assert_eq!(
        app.count(
            "SELECT COUNT(*) FROM sessions WHERE user_id = $1",
            yz_store::args![&user]
        )
        .await,
        2
    );
    assert!(
        location(&owner.get("/account").await).starts_with("/login"),
        "the oldest session ended"
    );
}

both!(limits_hold);
