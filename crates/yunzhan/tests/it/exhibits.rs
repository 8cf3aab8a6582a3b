//! Exhibits: written per language by the organisation's staff, checked
//! (HS code, prices in minor units, Incoterms, specifications), images
//! re-encoded with thumbnails, published by verified organisations only,
//! shown in the visitor's language or the source with a notice.

use yz_domain::measures::Measure;
use yz_domain::role::{Grant, Role, Scope};
use yz_store::analytics::{MeasureValue, measure};

use crate::both;
use crate::fixtures;
use crate::harness::{Backend, Client, TestApp, expect, location};
use crate::orgs::jpeg_with_gps;

fn exhibit_form() -> Vec<(&'static str, &'static str)> {
    vec![
        ("source_lang", "en"),
        ("title_en", "Solid oak dining chair"),
        ("description_en", "Kiln-dried oak, water-based lacquer."),
        ("points_en", "FSC certified"),
        ("hs_code", "9401.61"),
        ("model_number", "OK-46"),
        ("price_min", "25"),
        ("price_max", "32.5"),
        ("currency", "usd"),
        ("moq", "200"),
        ("lead_time_days", "35"),
        ("incoterms", "FOB, CIF"),
        ("ports", "Guangzhou, Shenzhen"),
        ("specs", "Material: solid oak\nSeat height = 46 cm"),
    ]
}

async fn upload_image(c: &Client, org: &str, id: &str, bytes: Vec<u8>) -> reqwest::Response {
    let token = c.csrf().await;
    let form = reqwest::multipart::Form::new()
        .text("_csrf", token.clone())
        .part(
            "image",
            reqwest::multipart::Part::bytes(bytes).file_name("chair.jpg"),
        );
    c.http
        .post(c.url(&format!("/org/{org}/exhibits/{id}/images")))
        .header("accept-language", "en")
        .multipart(form)
        .send()
        .await
        .unwrap()
}

async fn exhibits_are_written_published_and_shown(b: Backend) {
    let app = TestApp::spawn(b).await;
    let fair = fixtures::fair(&app, "reviewed", true).await;
    let (owner, org, _) = fixtures::exhibitor(&app, 1, &fair).await;
    let (stranger, other_org, _) = fixtures::exhibitor(&app, 2, &fair).await;
    let (draft_owner, draft_org, _) = fixtures::org(&app, 3).await;
    let (reviewer, _) = fixtures::fair_staff(&app, &fair, Role::Reviewer).await;
    let elsewhere = fixtures::fair(&app, "elsewhere", true).await;
    let (other_reviewer, _) = fixtures::fair_staff(&app, &elsewhere, Role::Reviewer).await;

    assert_eq!(
        owner.get(&format!("/org/{org}/exhibits")).await.status(),
        200
    );
    assert_eq!(
        stranger.get(&format!("/org/{org}/exhibits")).await.status(),
        403
    );
    let bad = [
        ("source_lang", "en"),
        ("hs_code", "94"),
        ("price_min", "9"),
        ("price_max", "x"),
        ("currency", "usd"),
        ("incoterms", "FOB, XYZ"),
        ("specs", "no separator"),
    ];
    let r = owner.post(&format!("/org/{org}/exhibits"), &bad).await;
    assert_eq!(r.status(), 422);
    let text = r.text().await.unwrap();
    for needle in [
        "title in the language",
        "not an HS code",
        "is not a price",
        "not an Incoterm",
        "has no name and value",
    ] {
        assert!(text.contains(needle), "{needle}");
    }
    let r = owner
        .post(&format!("/org/{org}/exhibits"), &exhibit_form())
        .await;
    let loc = location(&r);
    let id = loc.rsplit('/').next().unwrap().to_owned();
    assert!(loc.starts_with(&format!("/org/{org}/exhibits/")), "{loc}");
    assert_eq!(
        stranger
            .get(&format!("/org/{other_org}/exhibits/{id}"))
            .await
            .status(),
        404,
        "not through another organisation"
    );

    // Staff edit it; the Chinese title is added.
    let (staff_email, _) = app.account(&[Role::Visitor]).await;
    let staff_id = app.user_id(&staff_email).await;
    let mut tx = app.state.stores.main.begin().await.unwrap();
    yz_store::accounts::grant(
        &mut tx,
        &staff_id,
        &Grant {
            role: Role::ExhibitorStaff,
            scope: Scope::Organisation(org.clone()),
        },
        None,
        0,
    )
    .await
    .unwrap();
    tx.commit().await.unwrap();
    let staff = app.session_client(&staff_email).await;
    let mut form = exhibit_form();
    form.push(("title_zh", "实木橡木餐椅"));
    let r = staff
        .post(&format!("/org/{org}/exhibits/{id}"), &form)
        .await;
    expect(r, 200, "实木橡木餐椅").await;

    // An image, with thumbnails; drafts stay private.
    let r = upload_image(&owner, &org, &id, b"GIF89a-not-really".to_vec()).await;
    assert_eq!(r.status(), 422);
    let r = upload_image(&owner, &org, &id, jpeg_with_gps()).await;
    assert!(r.text().await.unwrap().contains("image was added"));
    let media = yz_store::exhibits::media_of(&app.state.stores.main, &id)
        .await
        .unwrap();
    assert_eq!(media.len(), 1);
    assert_eq!(
        media[0].variants.keys().cloned().collect::<Vec<_>>(),
        vec!["1200", "160", "480"]
    );
    let thumb = owner.get(&format!("/media/{}/160", media[0].id)).await;
    assert_eq!(thumb.headers()["content-type"], "image/jpeg");
    let anon = app.client();
    assert_eq!(
        anon.get(&format!("/media/{}/160", media[0].id))
            .await
            .status(),
        404
    );
    assert_eq!(anon.get(&format!("/exhibits/{id}")).await.status(), 404);

    // Its only fair reviews products: publishing sends it to review; the
    // fair's reviewer sees it, with its media, and approves.
    let r = owner
        .post(&format!("/org/{org}/exhibits/{id}/publish"), &[])
        .await;
    assert!(r.text().await.unwrap().contains("sent for review"));
    assert_eq!(anon.get(&format!("/exhibits/{id}")).await.status(), 404);
    let queue = reviewer.page("/manage/fairs/reviewed/exhibits").await;
    assert!(queue.contains("Solid oak dining chair"), "{queue}");
    let preview = format!("/manage/fairs/reviewed/media/{}/160", media[0].id);
    assert_eq!(
        reviewer.get(&preview).await.status(),
        200,
        "reviewers see a pending exhibit's media"
    );
    assert_eq!(stranger.get(&preview).await.status(), 403);
    assert_eq!(
        stranger
            .get("/manage/fairs/reviewed/exhibits")
            .await
            .status(),
        403
    );
    // Another fair's reviewer finds nothing of it, through either fair.
    assert_eq!(
        other_reviewer
            .get(&format!("/manage/fairs/elsewhere/exhibits/{id}"))
            .await
            .status(),
        404
    );
    assert_eq!(
        other_reviewer
            .get(&format!(
                "/manage/fairs/elsewhere/media/{}/160",
                media[0].id
            ))
            .await
            .status(),
        404
    );
    assert_eq!(
        other_reviewer
            .get(&format!("/manage/fairs/reviewed/exhibits/{id}"))
            .await
            .status(),
        403
    );
    let decide = format!("/manage/fairs/reviewed/exhibits/{id}");
    let r = reviewer
        .post(
            &decide,
            &[("decision", "reject"), ("reason", ""), ("revision", "1")],
        )
        .await;
    assert!(r.text().await.unwrap().contains("Give a reason"));
    let r = reviewer
        .post(&decide, &[("decision", "approve"), ("revision", "1")])
        .await;
    assert!(r.text().await.unwrap().contains("approved and is live"));
    let page = anon.page(&format!("/exhibits/{id}")).await;
    assert!(
        page.contains("Solid oak dining chair")
            && page.contains("25.00 USD – 32.50 USD")
            && page.contains("Seat height")
            && page.contains("9401.61")
    );
    assert!(page.contains("Test Exporter 1") && page.contains("Verified exhibitor"));
    let mut zh = app.client();
    zh.lang = "zh-CN".into();
    assert!(
        zh.page(&format!("/exhibits/{id}"))
            .await
            .contains("实木橡木餐椅")
    );
    let mut ar = app.client();
    ar.lang = "ar".into();
    assert!(
        ar.page(&format!("/exhibits/{id}"))
            .await
            .contains("id=\"untranslated\"")
    );
    let big = anon.get(&format!("/media/{}/1200", media[0].id)).await;
    assert_eq!(big.status(), 200);
    assert!(
        big.headers()["cache-control"]
            .to_str()
            .unwrap()
            .contains("public")
    );
    app.settle().await;
    assert_eq!(
        measure(&app.state.stores.analytics, Measure::Exhibits, None)
            .await
            .unwrap(),
        MeasureValue::Count(1)
    );

    // Changes to the live product wait for review as version 2; visitors
    // keep seeing version 1 until the reviewer approves.
    let mut form = exhibit_form();
    form.retain(|(k, _)| *k != "title_en");
    form.push(("title_en", "Solid oak dining chair, padded"));
    form.push(("title_zh", "实木橡木餐椅"));
    let r = owner
        .post(&format!("/org/{org}/exhibits/{id}"), &form)
        .await;
    assert!(r.text().await.unwrap().contains("go live once"));
    let page = anon.page(&format!("/exhibits/{id}")).await;
    assert!(page.contains("Solid oak dining chair") && !page.contains("padded"));
    let review = reviewer.get(&decide).await.text().await.unwrap();
    assert!(
        review.contains("Solid oak dining chair, padded")
            && review.contains("id=\"review-changes\""),
        "the reviewer sees what changed"
    );
    // Version 1 is decided already; and when the exhibitor saves again
    // (version 3) while the reviewer looks at version 2, deciding version 2
    // is refused as stale.
    let r = reviewer
        .post(&decide, &[("decision", "approve"), ("revision", "1")])
        .await;
    assert_eq!(r.status(), 422);
    form.retain(|(k, _)| *k != "moq");
    form.push(("moq", "150"));
    let r = owner
        .post(&format!("/org/{org}/exhibits/{id}"), &form)
        .await;
    assert_eq!(r.status(), 200);
    let r = reviewer
        .post(&decide, &[("decision", "approve"), ("revision", "2")])
        .await;
    assert_eq!(r.status(), 409);
    let body = r.text().await.unwrap();
    assert!(
        body.contains("review the new version")
            && body.contains("id=\"review-form\"")
            && body.contains("name=\"revision\" value=\"3\""),
        "a stale decision shows the latest version to decide, with the reason:\n{body}"
    );
    let r = reviewer
        .post(&decide, &[("decision", "approve"), ("revision", "3")])
        .await;
    assert!(r.text().await.unwrap().contains("approved and is live"));
    let page = anon.page(&format!("/exhibits/{id}")).await;
    assert!(page.contains("Solid oak dining chair, padded"));

    // Unverified organisations write drafts but cannot publish.
    let r = draft_owner
        .post(&format!("/org/{draft_org}/exhibits"), &exhibit_form())
        .await;
    let draft_id = location(&r).rsplit('/').next().unwrap().to_owned();
    let r = draft_owner
        .post(
            &format!("/org/{draft_org}/exhibits/{draft_id}/publish"),
            &[],
        )
        .await;
    assert!(
        r.text()
            .await
            .unwrap()
            .contains("once a fair has verified the organisation")
    );
    for action in [
        "exhibit.create",
        "exhibit.update",
        "exhibit.media_add",
        "exhibit.publish",
        "exhibit.approve",
    ] {
        assert!(!app.audit_actions(action).await.is_empty(), "{action}");
    }
}

both!(exhibits_are_written_published_and_shown);
