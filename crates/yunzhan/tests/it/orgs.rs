//! Exhibitor onboarding (S3.4): register with a valid USCC, upload a
//! licence (checked by content, metadata stripped), apply to a fair by
//! requesting a booth, get rejected by that fair's reviewers with a reason,
//! fix, apply again, get approved; every step mailed and audited; the
//! verified exhibitor is counted (S5.5.1). Other fairs' reviewers see
//! nothing of it.

use yz_domain::measures::Measure;
use yz_domain::role::Role;
use yz_store::analytics::{MeasureValue, measure};

use crate::both;
use crate::fixtures;
use crate::harness::{Backend, Client, TestApp, expect, location};

pub(crate) fn org_form(uscc: &str) -> Vec<(&'static str, String)> {
    vec![
        ("legal_name_zh", "佛山美居家具有限公司".into()),
        ("legal_name_en", "Foshan Meiju Furniture Co., Ltd.".into()),
        ("uscc", uscc.into()),
        ("contact_name", "陈经理".into()),
        ("contact_email", "sales@meiju.example.cn".into()),
        ("industries", "9403.60, 94".into()),
        ("markets", "us, DE, ae".into()),
        ("languages", "zh-CN, en, ar".into()),
    ]
}

pub(crate) fn pairs<'a>(v: &'a [(&'static str, String)]) -> Vec<(&'static str, &'a str)> {
    v.iter().map(|(a, b)| (*a, b.as_str())).collect()
}

/// A real JPEG (the panorama sample) with an EXIF block carrying GPS data.
pub(crate) fn jpeg_with_gps() -> Vec<u8> {
    let jpeg = yz_media::sample_panorama(2000);
    let mut exif = b"Exif\0\0MM\0*\0\0\0\x08GPSLatitude=23.1291N;GPSLongitude=113.2644E".to_vec();
    exif.resize(64, 0);
    let len = (exif.len() + 2) as u16;
    let mut out = vec![0xFF, 0xD8, 0xFF, 0xE1];
    out.extend(len.to_be_bytes());
    out.extend(exif);
    out.extend(&jpeg[2..]);
    out
}

pub(crate) async fn upload(c: &Client, id: &str, name: &str, bytes: Vec<u8>) -> reqwest::Response {
    let token = c.csrf().await;
    let form = reqwest::multipart::Form::new()
        .text("_csrf", token.clone())
        .part(
            "licence",
            reqwest::multipart::Part::bytes(bytes).file_name(name.to_owned()),
        );
    c.http
        .post(c.url(&format!("/org/{id}/licence")))
        .header("accept-language", "en")
        .multipart(form)
        .send()
        .await
        .unwrap()
}

async fn request_booth(c: &Client, org: &str, code: &str) -> reqwest::Response {
    c.post(
        &format!("/org/{org}/booths"),
        &[("fair", "onboard"), ("code", code)],
    )
    .await
}

async fn exhibitor_onboarding_and_review(b: Backend) {
    let app = TestApp::spawn(b).await;
    let (owner, owner_email) = app.signed_in(&[Role::Visitor]).await;
    let (stranger, _) = app.signed_in(&[Role::Visitor]).await;
    let fair = fixtures::fair(&app, "onboard", false).await;
    let (reviewer, _) = fixtures::fair_staff(&app, &fair, Role::Reviewer).await;
    let elsewhere = fixtures::fair(&app, "elsewhere", false).await;
    let (other_reviewer, _) = fixtures::fair_staff(&app, &elsewhere, Role::Reviewer).await;

    // The owner reads English: mail follows the account's language.
    owner
        .post("/language", &[("lang", "en"), ("next", "/")])
        .await;
    assert_eq!(owner.get("/org/new").await.status(), 200);
    let r = owner
        .post("/org", &pairs(&org_form("91350100M000100Y44")))
        .await;
    expect(r, 422, "wrong check character").await;
    let mut bad = org_form("91350100M000100Y43");
    bad[6].1 = "USA, DE".into();
    let r = owner.post("/org", &pairs(&bad)).await;
    let text = r.text().await.unwrap();
    assert!(
        text.contains("USA") && text.contains("is not a two-letter country code"),
        "{text}"
    );

    let r = owner
        .post("/org", &pairs(&org_form("91350100m000100y43")))
        .await;
    let loc = location(&r);
    assert!(loc.starts_with("/org/"), "{loc}");
    let id = loc.trim_start_matches("/org/").to_owned();
    let page = owner.get(&loc).await.text().await.unwrap();
    assert!(
        page.contains("91350100M000100Y43")
            && page.contains("Upload the business licence before requesting a booth")
    );
    assert_eq!(stranger.get(&loc).await.status(), 403, "only the owner");
    let r = stranger
        .post("/org", &pairs(&org_form("91350100M000100Y43")))
        .await;
    assert!(r.text().await.unwrap().contains("already registered"));

    // No licence, no application.
    let r = request_booth(&owner, &id, "1.1A1").await;
    assert!(
        r.text()
            .await
            .unwrap()
            .contains("Upload the business licence before requesting booths")
    );
    // Checked by content: HTML and scripted PDFs are refused.
    let r = upload(
        &owner,
        &id,
        "licence.jpg",
        b"<html><script>alert(1)</script></html>".to_vec(),
    )
    .await;
    assert!(r.text().await.unwrap().contains("must be an image"));
    let pdf = b"%PDF-1.4\n1 0 obj << /Type /Catalog /OpenAction << /S /JavaScript /JS (app.alert(1)) >> >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n".to_vec();
    let r = upload(&owner, &id, "licence.pdf", pdf).await;
    assert!(r.text().await.unwrap().contains("contains scripts"));
    assert_eq!(
        upload(&stranger, &id, "licence.jpg", jpeg_with_gps())
            .await
            .status(),
        403
    );
    let original = jpeg_with_gps();
    assert!(original.windows(11).any(|w| w == b"GPSLatitude"));
    let r = upload(&owner, &id, "licence.jpg", original).await;
    assert!(r.text().await.unwrap().contains("licence was uploaded"));
    let stored = owner.get(&format!("/org/{id}/licence")).await;
    assert_eq!(stored.headers()["content-type"], "image/jpeg");
    assert!(
        stored.headers()["content-security-policy"]
            .to_str()
            .unwrap()
            .contains("sandbox")
    );
    let stored = stored.bytes().await.unwrap();
    assert_eq!(&stored[..2], &[0xFF, 0xD8]);
    assert!(
        !stored.windows(4).any(|w| w == b"Exif")
            && !stored.windows(11).any(|w| w == b"GPSLatitude"),
        "metadata stripped"
    );

    // Requesting a booth applies to the fair: the owner is told, the
    // profile is frozen while the reviewers decide.
    let r = request_booth(&owner, &id, "1.1A1").await;
    assert_eq!(r.status(), 303);
    let subject = app.sink.wait_for(&owner_email, 1).await.subject();
    assert!(
        subject.contains("applied to exhibit at Test Fair onboard"),
        "{subject}"
    );
    let page = owner.get(&format!("/org/{id}")).await.text().await.unwrap();
    assert!(
        page.contains("id=\"application-onboard\">Waiting for review"),
        "{page}"
    );
    let r = owner
        .post(
            &format!("/org/{id}"),
            &pairs(&org_form("91350100M000100Y43")),
        )
        .await;
    assert!(r.text().await.unwrap().contains("waits for review"));

    // The fair's reviewers, and only they, see the application; a
    // rejection needs a reason, which the owner reads.
    let queue = reviewer.page("/manage/fairs/onboard/review").await;
    assert!(queue.contains("佛山美居家具有限公司"));
    assert_eq!(
        stranger.get("/manage/fairs/onboard/review").await.status(),
        403
    );
    assert_eq!(
        reviewer
            .get("/manage/fairs/elsewhere/review")
            .await
            .status(),
        403,
        "only in the reviewer's own fair"
    );
    for path in [
        format!("/manage/fairs/elsewhere/review/{id}"),
        format!("/manage/fairs/elsewhere/review/{id}/licence"),
    ] {
        assert_eq!(
            other_reviewer.get(&path).await.status(),
            404,
            "{path}: not an applicant of that fair"
        );
    }
    let queue = other_reviewer.page("/manage/fairs/elsewhere/review").await;
    assert!(!queue.contains("佛山美居家具有限公司"));
    assert_eq!(
        reviewer
            .get(&format!("/manage/fairs/onboard/review/{id}/licence"))
            .await
            .status(),
        200
    );
    let decide = format!("/manage/fairs/onboard/review/{id}");
    let r = reviewer
        .post(&decide, &[("decision", "reject"), ("reason", "")])
        .await;
    assert_eq!(r.status(), 422);
    let r = other_reviewer
        .post(
            &format!("/manage/fairs/elsewhere/review/{id}"),
            &[("decision", "approve")],
        )
        .await;
    assert_eq!(r.status(), 404);
    let r = reviewer
        .post(
            &decide,
            &[
                ("decision", "reject"),
                (
                    "reason",
                    "The licence photo is blurred; upload a sharper scan.",
                ),
            ],
        )
        .await;
    assert!(r.text().await.unwrap().contains("sent back"));
    let mail = app.sink.wait_for(&owner_email, 2).await;
    assert!(mail.body().contains("upload a sharper scan"));
    let page = owner.get(&format!("/org/{id}")).await.text().await.unwrap();
    assert!(page.contains("id=\"application-onboard\">Rejected") && page.contains("sharper scan"));

    // Fix, apply again, approve: a verified exhibitor of that fair, counted.
    let r = upload(&owner, &id, "licence.jpg", jpeg_with_gps()).await;
    assert_eq!(r.status(), 200);
    let r = owner
        .post(&format!("/org/{id}/applications/onboard"), &[])
        .await;
    assert!(r.text().await.unwrap().contains("Submitted"));
    let r = reviewer
        .post(&decide, &[("decision", "approve"), ("reason", "")])
        .await;
    assert!(r.text().await.unwrap().contains("was approved"));
    let r = reviewer
        .post(&decide, &[("decision", "approve"), ("reason", "")])
        .await;
    assert!(
        r.text().await.unwrap().contains("not waiting for review"),
        "no double decision"
    );
    assert!(
        app.sink
            .wait_for(&owner_email, 4)
            .await
            .subject()
            .contains("is a verified exhibitor of Test Fair onboard")
    );
    let page = owner.get(&format!("/org/{id}")).await.text().await.unwrap();
    assert!(page.contains("id=\"application-onboard\">Verified exhibitor"));
    let booth = app.client().page("/fairs/onboard/booths/1.1A1").await;
    assert!(booth.contains("Verified exhibitor"));
    app.settle().await;
    assert_eq!(
        measure(&app.state.stores.analytics, Measure::Exhibitors, None)
            .await
            .unwrap(),
        MeasureValue::Count(1)
    );
    for action in [
        "org.register",
        "org.licence_upload",
        "org.submit",
        "org.reject",
        "org.approve",
    ] {
        assert!(
            !app.audit_actions(action).await.is_empty(),
            "{action} audited"
        );
    }
}

both!(exhibitor_onboarding_and_review);

async fn owners_invite_and_remove_staff(b: Backend) {
    let app = TestApp::spawn(b).await;
    let (owner, owner_email) = app.signed_in(&[Role::Visitor]).await;
    owner
        .post("/language", &[("lang", "en"), ("next", "/")])
        .await;
    let r = owner
        .post("/org", &pairs(&org_form("9144030071526726XG")))
        .await;
    let id = location(&r).trim_start_matches("/org/").to_owned();
    let staff_page = owner.page(&format!("/org/{id}/staff")).await;
    assert!(staff_page.contains(&owner_email));

    let r = owner
        .post(
            &format!("/org/{id}/staff"),
            &[
                ("email", "Colleague@Example.com"),
                ("role", "exhibitor_staff"),
            ],
        )
        .await;
    assert!(
        r.text()
            .await
            .unwrap()
            .contains("invitation was sent to colleague@example.com")
    );
    let link = app
        .sink
        .wait_for("colleague@example.com", 1)
        .await
        .link()
        .unwrap();
    let path = link.trim_start_matches(&app.base).to_owned();
    assert!(path.starts_with("/invites/"));
    let anon = app.client().get(&path).await.text().await.unwrap();
    assert!(anon.contains("Foshan Meiju Furniture") && anon.contains("Log in (or register)"));

    // Only the invited address can accept.
    let (other, _) = app.signed_in(&[Role::Visitor]).await;
    let r = other.post(&path, &[]).await;
    expect(r, 400, "for another e-mail address").await;
    let actor = yz_app::Actor::cli();
    yz_app::admin::seed_account(
        &app.state,
        &actor,
        &yz_app::admin::Seed {
            email: "colleague@example.com",
            name: "Colleague",
            grants: vec![],
            password: Some("Colleague-Password-2027"),
        },
    )
    .await
    .map_err(|e| format!("{e:?}"))
    .unwrap();
    let colleague = app.session_client("colleague@example.com").await;
    let r = colleague.post(&path, &[]).await;
    assert_eq!(location(&r), format!("/org/{id}"));
    assert_eq!(
        colleague.post(&path, &[]).await.status(),
        400,
        "an invitation works once"
    );
    let staff_page = owner.page(&format!("/org/{id}/staff")).await;
    assert!(staff_page.contains("colleague@example.com") && staff_page.contains("Exhibitor staff"));
    // Staff do not manage the organisation or its staff.
    assert_eq!(
        colleague.get(&format!("/org/{id}/staff")).await.status(),
        403
    );
    assert_eq!(
        colleague
            .post(
                &format!("/org/{id}/staff"),
                &[("email", "x@example.com"), ("role", "exhibitor_owner")]
            )
            .await
            .status(),
        403
    );

    let colleague_id = app.user_id("colleague@example.com").await;
    let r = owner
        .post(
            &format!("/org/{id}/staff/remove"),
            &[("user_id", &colleague_id), ("role", "exhibitor_staff")],
        )
        .await;
    assert!(r.text().await.unwrap().contains("staff member was removed"));
    let staff_page = owner.page(&format!("/org/{id}/staff")).await;
    assert!(!staff_page.contains("colleague@example.com"));
    for action in ["org.staff_invite", "org.staff_join", "org.staff_remove"] {
        assert_eq!(app.audit_actions(action).await.len(), 1, "{action}");
    }
}

both!(owners_invite_and_remove_staff);

/// An invitation lapses with its sender: once they no longer manage the
/// organisation's staff, the link grants nothing.
async fn invitations_lapse_with_their_sender(b: Backend) {
    let app = TestApp::spawn(b).await;
    let (owner, owner_email) = app.signed_in(&[Role::Visitor]).await;
    let r = owner
        .post("/org", &pairs(&org_form("9144030071526726XG")))
        .await;
    let id = location(&r).trim_start_matches("/org/").to_owned();
    owner
        .post(
            &format!("/org/{id}/staff"),
            &[("email", "late@example.com"), ("role", "exhibitor_staff")],
        )
        .await;
    let link = app
        .sink
        .wait_for("late@example.com", 1)
        .await
        .link()
        .unwrap();
    let path = link.trim_start_matches(&app.base).to_owned();
    // The sender loses the organisation.
    let owner_id = app.user_id(&owner_email).await;
    app.state
        .stores
        .main
        .execute(
            "DELETE FROM user_roles WHERE user_id = $1 AND role = 'exhibitor_owner'",
            yz_store::args![owner_id.as_str()],
        )
        .await
        .unwrap();
    yz_app::admin::seed_account(
        &app.state,
        &yz_app::Actor::cli(),
        &yz_app::admin::Seed {
            email: "late@example.com",
            name: "Late",
            grants: vec![],
            password: Some("Late-Colleague-Password-1"),
        },
    )
    .await
    .map_err(|e| format!("{e:?}"))
    .unwrap();
    let late = app.session_client("late@example.com").await;
    let r = late.post(&path, &[]).await;
    assert_eq!(r.status(), 400);
    let late_id = app.user_id("late@example.com").await;
    let grants = yz_store::accounts::grants_of(&app.state.stores.main, &late_id)
        .await
        .unwrap();
    assert!(grants.is_empty(), "nothing granted");
}

both!(invitations_lapse_with_their_sender);
